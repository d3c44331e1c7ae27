"""One frozen Settings object: paths, model, chunking, fusion and abstention thresholds."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDEX_FORMAT = 3  # bump when the on-disk layout changes


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = ROOT / "corpus"
    index_dir: Path = ROOT / "index"
    model_name: str = "sentence-transformers/all-MiniLM-L6-v2"

    # chunking: the model reads at most 256 word pieces; stay well inside it
    max_tokens: int = 200  # word pieces per passage, heading included (tuned: eval/tune.py)
    min_tokens: int = 24  # a shorter tail is merged into the passage before it
    cohesive_chunks: bool = True  # cut long paragraphs where neighbouring sentences are least alike
    glue_references: bool = True  # ... and not before a sentence that refers back ("This is due to ...")
    # a treatment list run into one paragraph: each heading run into its text with a dash ("Back surgery - In
    # ongoing ...", "Pilates - Studio ...") starts its own passage, so each treatment is found on its own
    item_chunks: bool = True
    near_duplicate: float = 92.0  # rapidfuzz ratio above which two paragraphs are one

    # retrieval (tuned on eval/questions.jsonl with eval/tune.py)
    candidates: int = 40  # taken from each of dense and BM25 before fusion
    dense_weight: float = 0.8  # weight of the dense score in the fused score; the rest is BM25
    passage_weight: float = 0.5  # within the dense score: whole passage vs its best sentence
    sentence_margin: float = 0.1  # ... and never more than this below the best sentence (pooled eval sets)
    # within the dense score: the passage's own text vs the closest question it answers (corpus/questions.jsonl)
    question_weight: float = 0.5
    bm25_saturation: float = 5.0  # BM25 score s counts as s / (s + this)
    merge_margin: float = 0.1  # a neighbouring passage of the same section scoring within this joins the hit (eval/tune.py)
    max_query_chars: int = 2000  # longer queries are cut (the model reads ~256 pieces anyway)

    # abstention: the library is judged to have nothing on a question when the best passage's dense
    # score is below min_dense, or below min_dense_unfamiliar while most of the question's words
    # never occur in the corpus ("how to do a backflip on a trampoline"), or below min_dense_no_overlap
    # while that passage shares no word with the question
    min_dense: float = 0.40
    min_dense_unfamiliar: float = 0.50
    familiar_share: float = 0.5
    min_dense_no_overlap: float = 0.55  # ... or below this when the best passage shares no word with the question
    # a best passage just under min_dense still answers when it shares many of the question's words: "correct way
    # to lift heavy boxes" scores 0.36 dense against "Learn correct lifting techniques" but 11.6 in BM25
    min_dense_strong_words: float = 0.34
    # a question about another part of the body ("rolled my ankle") needs a better match than this, even when
    # the best passage names that part too (an exercise that puts a band "around your ankles")
    min_dense_elsewhere: float = 0.47
    # ... or below this while the question is unlike every question written for the library's passages
    # (corpus/questions.jsonl) and shares few words with the best one: "a yoga retreat in Bali, price?",
    # "lumbar support in a Ford Ranger" score 0.46-0.48 against text but under 0.55 against the questions
    min_dense_unasked: float = 0.50
    min_question: float = 0.55
    # the other way round: a best passage under min_dense (or under min_dense_unfamiliar) still answers when
    # the question is very like a question written for one of the best passages and its text scores at least
    # min_dense_asked: "what are Waddell signs" scores 0.24 against the text that explains them, "scared to
    # move in case I make it worse" 0.31; both are 0.69-1.00 against written questions, where off-topic
    # questions that reach this rule stay under 0.63 (a concussion, a toddler's rash)
    min_question_asked: float = 0.65
    min_dense_asked: float = 0.20
    strong_words: float = 9.0  # BM25 score of the best passage that counts as strong agreement (off-topic sets: <= 8.3)

    def chunk_settings(self) -> dict:
        """The settings an index depends on; a mismatch means the index must be rebuilt."""
        return {"max_tokens": self.max_tokens, "min_tokens": self.min_tokens,
                "near_duplicate": self.near_duplicate, "cohesive_chunks": self.cohesive_chunks,
                "glue_references": self.glue_references, "item_chunks": self.item_chunks}

    def as_dict(self) -> dict:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}


def default_settings() -> Settings:
    """Settings with QA_CORPUS_DIR / QA_INDEX_DIR from the environment when set."""
    env = {}
    if os.environ.get("QA_CORPUS_DIR"):
        env["corpus_dir"] = Path(os.environ["QA_CORPUS_DIR"])
    if os.environ.get("QA_INDEX_DIR"):
        env["index_dir"] = Path(os.environ["QA_INDEX_DIR"])
    return Settings(**env)
