"""build_index(): corpus -> clean -> chunk -> embed (reusing cached vectors) -> index folder."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import asdict, replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from . import passage_questions, store
from .chunk import chunk_all, unit_id
from .config import INDEX_FORMAT, Settings, default_settings
from .corpus import load_corpus
from .embed import Embedder, default_embedder
from .lexical import BM25_PARAMS, Lexical
from .types import BuildReport, Dropped


def expected_manifest(embedder: Embedder, settings: Settings) -> dict:
    """The parts of a manifest an index must match to be used with this embedder and these settings."""
    return {"format_version": INDEX_FORMAT,
            "model": {"name": embedder.name, "sha256": embedder.fingerprint, "dim": embedder.dim},
            "chunking": settings.chunk_settings()}


class VectorCache:
    """Vectors by text hash: those of the previous build are reused, the rest come from the model."""

    def __init__(self, embedder: Embedder, previous: dict[str, np.ndarray], progress: bool):
        self.embedder = embedder
        self.vectors = previous
        self.progress = progress
        self.embedded: set[str] = set()  # ids sent through the model by this build
        self.used: set[str] = set()  # ids this build asked for

    def get(self, texts: list[str], what: str = "texts") -> np.ndarray:
        ids = [unit_id(t) for t in texts]
        self.used.update(ids)
        todo = {uid: t for uid, t in zip(ids, texts) if uid not in self.vectors}
        if todo:
            _say(self.progress, f"embedding {len(todo)} {what} ({len(set(ids)) - len(todo)} reused from the "
                                f"previous build)")
            self.vectors.update(zip(todo, self.embedder.encode(list(todo.values()), progress=self.progress)))
            self.embedded.update(todo)
        if not ids:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self.vectors[uid] for uid in ids]).astype(np.float32)

    def cohesion(self, texts: list[str], window: int = 2) -> list[float]:
        """Similarity across each gap between texts: the `window` before it against the `window` after it."""
        v = self.get(texts)
        gaps = []
        for j in range(1, len(v)):
            before, after = v[max(0, j - window):j].mean(0), v[j:j + window].mean(0)
            gaps.append(float(before @ after / (np.linalg.norm(before) * np.linalg.norm(after))))
        return gaps


def build_index(corpus_dir: str | Path | None = None, index_dir: str | Path | None = None, *,
                settings: Settings | None = None, embedder: Embedder | None = None,
                progress: bool = True) -> BuildReport:
    """Build (or rebuild) the index for a corpus folder and make it live atomically.

    Texts that are unchanged reuse their vectors from the live build, so adding one file embeds
    only its passages. Raises CorpusError for a missing, empty or unreadable corpus; the live
    index is untouched by any failure.
    """
    settings = settings or default_settings()
    corpus_dir = Path(corpus_dir) if corpus_dir else settings.corpus_dir
    index_dir = Path(index_dir) if index_dir else settings.index_dir
    embedder = embedder or default_embedder()
    started = time.perf_counter()

    corpus = load_corpus(corpus_dir, settings.near_duplicate)
    written, written_hash = passage_questions.read(corpus_dir)
    with store.build_lock(index_dir):
        cache = VectorCache(embedder, store.previous_vectors(index_dir, embedder.fingerprint), progress)

        def chunk(cohesion=None):
            return chunk_all(corpus.paragraphs, embedder.count_tokens, settings.max_tokens, settings.min_tokens,
                             corpus.locate_lines, cohesion, settings.glue_references, settings.item_chunks)

        if settings.cohesive_chunks:  # embed the sentences of long paragraphs in one batch, then cut them
            asked: list[str] = []
            chunk(lambda texts: asked.extend(texts) or [0.0] * (len(texts) - 1))
            cache.get(list(dict.fromkeys(asked)), "sentences of long paragraphs, to cut where topics change")
        passages = chunk(cache.cohesion if settings.cohesive_chunks else None)

        # every passage is embedded whole, sentence by sentence and two sentences at a time
        sentence_texts = [t for p in passages for t in p.sentence_texts()]
        pair_texts = [t for p in passages for t in p.pair_texts()]
        units = list(dict.fromkeys([p.embed_text for p in passages] + sentence_texts + pair_texts))
        cache.get(units, "passages and sentences")
        vectors = cache.get([p.embed_text for p in passages])
        sentence_vectors = cache.get(sentence_texts)
        pair_vectors = cache.get(pair_texts)
        lexical = Lexical.build([p.embed_text for p in passages])
        # the ways patients ask what each passage answers (corpus/questions.jsonl), as more keys to it
        matched = passage_questions.match(written, passages)
        question_vectors = cache.get(list(matched.questions), "questions the passages answer")
        for line in matched.unmatched:
            _say(progress, f"{passage_questions.FILE_NAME} {line}: skipped")

        unit_ids = {unit_id(u) for u in units + list(matched.questions)}
        report = BuildReport(str(index_dir), len(corpus.file_hashes), len(corpus.paragraphs), len(passages),
                             len(corpus.dropped), len(corpus.duplicates), len(cache.embedded),
                             len(unit_ids - cache.embedded), round(time.perf_counter() - started, 3),
                             dict(Counter(d.reason for d in corpus.dropped)), len(matched.questions),
                             len(matched.unmatched))
        manifest = dict(expected_manifest(embedder, settings),
                        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        corpus={"dir": str(corpus_dir), "files": corpus.file_hashes, "questions": written_hash},
                        counts={"files": report.files, "paragraphs": report.paragraphs, "passages": report.passages,
                                "questions": report.questions, "dropped": report.dropped,
                                "duplicates": report.duplicates,
                                "embedded": report.embedded, "reused": report.reused},
                        bm25=BM25_PARAMS, build_seconds=report.seconds)
        details = {"summary": asdict(report),
                   "dropped": [_record(d) for d in corpus.dropped],
                   "duplicates": [_record(d) for d in corpus.duplicates],
                   "questions_unmatched": list(matched.unmatched)}
        # vectors used to place cuts that are not passages or sentences are kept for the next build
        extra = {uid: cache.vectors[uid] for uid in cache.used - unit_ids}
        store.save(index_dir, manifest, passages, vectors, sentence_vectors, pair_vectors, lexical, details, extra,
                   store.Questions(matched.questions, np.asarray(matched.owners, dtype=np.int64), question_vectors))
    return replace(report, seconds=round(time.perf_counter() - started, 3))


def _record(d: Dropped) -> dict:
    return {"source": d.source, "paragraph": d.location.paragraph, "lines": [d.location.line_start,
            d.location.line_end], "chars": [d.location.char_start, d.location.char_end],
            "section": d.location.section, "reason": d.reason, "text": d.text}


def _say(progress: bool, message: str) -> None:
    if progress:
        print(f"[qa] {message}", file=sys.stderr, flush=True)
