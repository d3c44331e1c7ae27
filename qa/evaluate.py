"""Retrieval evaluation: hit@1, hit@5, MRR@10 and abstention on labelled questions (eval/*.jsonl).

A question is answered at rank r when the r-th passage contains one of its answer snippets.
Snippets and passages are compared after the same cleaning and with case, punctuation and spacing
ignored, so a snippet copied from the raw file still matches its cleaned passage.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .clean import drop_markers, normalise
from .dedup import fingerprint
from .textmap import MappedText
from .types import Hit

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def snippet_key(text: str) -> str:
    return fingerprint(drop_markers(normalise(MappedText.from_source(text))).text)


def answer_rank(hits: list[Hit], answers: list[str]) -> int | None:
    """1-based rank of the first hit containing an answer snippet, or None."""
    keys = [snippet_key(a) for a in answers]
    for rank, hit in enumerate(hits, 1):
        text = f" {fingerprint(hit.text)} "
        if any(f" {k} " in text for k in keys):
            return rank
    return None


@dataclass
class RetrievalReport:
    n_questions: int
    n_off_topic: int
    hit1: float
    hit5: float
    mrr10: float
    off_topic_abstained: float
    in_domain_abstained: float
    ms_per_question: float
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)  # questions whose answer is not first
    wrong_abstentions: list[dict] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"questions {self.n_questions} (+{self.n_off_topic} off-topic)",
               f"hit@1 {self.hit1:.3f}   hit@5 {self.hit5:.3f}   MRR@10 {self.mrr10:.3f}",
               f"off-topic abstention {self.off_topic_abstained:.3f}   "
               f"in-domain false abstention {self.in_domain_abstained:.3f}",
               f"{self.ms_per_question:.1f} ms per question"]
        for kind, m in sorted(self.by_kind.items()):
            out.append(f"  {kind:10s} n={int(m['n']):3d}  hit@1 {m['hit1']:.3f}  hit@5 {m['hit5']:.3f}  "
                       f"MRR@10 {m['mrr10']:.3f}")
        return out


Retrieve = Callable[[str, int], tuple[list[Hit], bool]]  # question, k -> (hits, abstained)


def evaluate_retrieval(cases: list[dict], retrieve: Retrieve) -> RetrievalReport:
    in_domain = [c for c in cases if not c.get("off_topic")]
    off_topic = [c for c in cases if c.get("off_topic")]
    ranks: list[int | None] = []
    kinds: dict[str, list[int | None]] = {}
    failures, wrong = [], []
    abstained_in = abstained_off = 0
    started = time.perf_counter()
    for case in in_domain:
        hits, abstained = retrieve(case["question"], 10)
        rank = answer_rank(hits, case["answers"])
        ranks.append(rank)
        kinds.setdefault(case.get("kind", "other"), []).append(rank)
        abstained_in += abstained
        if abstained:
            wrong.append({"id": case["id"], "question": case["question"], "best": hits[0].dense_score if hits else None})
        if rank != 1:
            failures.append({"id": case["id"], "question": case["question"], "rank": rank,
                             "top": hits[0].text[:160] if hits else ""})
    for case in off_topic:
        hits, abstained = retrieve(case["question"], 10)
        abstained_off += abstained
        if not abstained:
            wrong.append({"id": case["id"], "question": case["question"], "best": hits[0].dense_score if hits else None,
                          "top": hits[0].text[:120] if hits else ""})
    elapsed = (time.perf_counter() - started) * 1000 / max(1, len(cases))
    return RetrievalReport(
        len(in_domain), len(off_topic), *_rank_metrics(ranks),
        abstained_off / max(1, len(off_topic)), abstained_in / max(1, len(in_domain)), elapsed,
        {k: dict(zip(("hit1", "hit5", "mrr10"), _rank_metrics(r)), n=len(r)) for k, r in kinds.items()},
        failures, wrong)


def _rank_metrics(ranks: list[int | None]) -> tuple[float, float, float]:
    n = max(1, len(ranks))
    hit1 = sum(1 for r in ranks if r == 1) / n
    hit5 = sum(1 for r in ranks if r is not None and r <= 5) / n
    mrr = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    return hit1, hit5, mrr
