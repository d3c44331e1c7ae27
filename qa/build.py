"""build_index(): corpus -> clean -> chunk -> embed (reusing cached vectors) -> index folder."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import asdict, replace
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from . import store
from .chunk import chunk_all, unit_id
from .config import INDEX_FORMAT, Settings, default_settings
from .corpus import load_corpus
from .embed import Embedder, default_embedder
from .lexical import BM25_PARAMS, Lexical
from .types import BuildReport


def expected_manifest(embedder: Embedder, settings: Settings) -> dict:
    """The parts of a manifest an index must match to be used with this embedder and these settings."""
    return {"format_version": INDEX_FORMAT,
            "model": {"name": embedder.name, "sha256": embedder.fingerprint, "dim": embedder.dim},
            "chunking": settings.chunk_settings()}


def build_index(corpus_dir: str | Path | None = None, index_dir: str | Path | None = None, *,
                settings: Settings | None = None, embedder: Embedder | None = None,
                progress: bool = True) -> BuildReport:
    """Build (or rebuild) the index for a corpus folder and make it live atomically.

    Passages whose text is unchanged reuse their vectors from the live build, so adding one file
    embeds only its passages. Raises CorpusError for a missing, empty or unreadable corpus; the
    live index is untouched by any failure.
    """
    settings = settings or default_settings()
    corpus_dir = Path(corpus_dir) if corpus_dir else settings.corpus_dir
    index_dir = Path(index_dir) if index_dir else settings.index_dir
    embedder = embedder or default_embedder()
    started = time.perf_counter()

    corpus = load_corpus(corpus_dir, settings.near_duplicate)
    with store.build_lock(index_dir):
        cache = store.previous_vectors(index_dir, embedder.fingerprint)
        embedded: set[str] = set()

        embedded_or_reused: set[str] = set()  # what this build used; the rest of the cache is dropped

        def vectors_for(texts: list[str], what: str = "") -> np.ndarray:
            """Vectors of texts, from the cache or the model (then cached)."""
            ids = [unit_id(t) for t in texts]
            embedded_or_reused.update(ids)
            todo = {uid: t for uid, t in zip(ids, texts) if uid not in cache}
            if todo:
                _say(progress, f"embedding {len(todo)} {what} ({len(set(ids)) - len(todo)} reused from the "
                               f"previous build)")
                cache.update(zip(todo, embedder.encode(list(todo.values()), progress=progress)))
                embedded.update(todo)
            return np.stack([cache[uid] for uid in ids]) if ids else np.zeros((0, embedder.dim), np.float32)

        def cohesion(texts: list[str], window: int = 2) -> list[float]:
            """Similarity across each gap: the `window` pieces before it against the `window` after it."""
            v = vectors_for(texts)
            gaps = []
            for j in range(1, len(v)):
                before, after = v[max(0, j - window):j].mean(0), v[j:j + window].mean(0)
                gaps.append(float(before @ after / (np.linalg.norm(before) * np.linalg.norm(after))))
            return gaps

        def chunk(similarity=None):
            return chunk_all(corpus.paragraphs, embedder.count_tokens, settings.max_tokens, settings.min_tokens,
                             corpus.locate_lines, similarity)

        if settings.cohesive_chunks:  # embed the sentences of long paragraphs in one batch, then cut them
            seen: list[str] = []
            chunk(lambda texts: seen.extend(texts) or [0.0] * (len(texts) - 1))
            vectors_for(list(dict.fromkeys(seen)), "sentences of long paragraphs to find where topics change")
        passages = chunk(cohesion if settings.cohesive_chunks else None)
        # every passage is embedded whole and sentence by sentence; both are cached by text hash
        sentence_texts = [t for p in passages for t in p.sentence_texts()]
        units = list(dict.fromkeys([p.embed_text for p in passages] + sentence_texts))
        vectors_for(units, "passages and sentences")
        vectors = np.stack([cache[p.id] for p in passages]).astype(np.float32)
        sentence_vectors = vectors_for(sentence_texts).astype(np.float32)
        lexical = Lexical.build([p.embed_text for p in passages])
        seconds = time.perf_counter() - started
        reasons = Counter(d.reason for d in corpus.dropped)
        report = BuildReport(str(index_dir), len(corpus.file_hashes), len(corpus.paragraphs), len(passages),
                             len(corpus.dropped), len(corpus.duplicates), len(embedded),
                             len(units) - len(embedded & {unit_id(u) for u in units}), round(seconds, 3),
                             dict(reasons))
        manifest = dict(expected_manifest(embedder, settings),
                        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        corpus={"dir": str(corpus_dir), "files": corpus.file_hashes},
                        counts={"files": report.files, "paragraphs": report.paragraphs, "passages": report.passages,
                                "dropped": report.dropped, "duplicates": report.duplicates,
                                "embedded": report.embedded, "reused": report.reused},
                        bm25=BM25_PARAMS, build_seconds=report.seconds)
        details = {"summary": asdict(report),
                   "dropped": [_record(d) for d in corpus.dropped],
                   "duplicates": [_record(d) for d in corpus.duplicates]}
        kept = {unit_id(u) for u in units}
        extra = {uid: vec for uid, vec in cache.items() if uid in embedded_or_reused and uid not in kept}
        store.save(index_dir, manifest, passages, vectors, sentence_vectors, lexical, details, extra)
    return replace(report, seconds=round(time.perf_counter() - started, 3))


def _record(d) -> dict:
    return {"source": d.source, "paragraph": d.location.paragraph, "lines": [d.location.line_start,
            d.location.line_end], "chars": [d.location.char_start, d.location.char_end],
            "section": d.location.section, "reason": d.reason, "text": d.text}


def _say(progress: bool, message: str) -> None:
    if progress:
        print(f"[qa] {message}", file=sys.stderr, flush=True)
