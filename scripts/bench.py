"""Speed figures, measured side by side in one process (the machines are shared: compare ratios).

    python scripts/bench.py            # search() latency against one bare model.encode(query)
    python scripts/bench.py --build    # also: full build vs unchanged rebuild vs rebuild after adding a file

search(): each round times a bare `model.encode(query)` with the same SentenceTransformer and then
`search(query)`, alternating, so both see the same machine load. The encoder is the floor; the ratio
of the medians is the overhead of everything else (spelling, synonyms, BM25, fusion, FAISS).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.answer import answer  # noqa: E402
from qa.build import build_index  # noqa: E402
from qa.embed import default_embedder  # noqa: E402
from qa.engine import warm_up  # noqa: E402
from qa.evaluate import EVAL_DIR, load_jsonl  # noqa: E402
from qa.safety import detect_red_flags  # noqa: E402


def bench_search(index: Path | None, rounds: int) -> None:
    retriever = warm_up(index)
    model = default_embedder().model
    questions = [c["question"] for c in load_jsonl(EVAL_DIR / "questions.jsonl")][:40]
    for q in questions[:5]:  # warm up both paths
        model.encode(q)
        retriever.search(q)
    encode_ms, search_ms = [], []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            model.encode(q)
            encode_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            retriever.search(q)
            search_ms.append((time.perf_counter() - t) * 1000)
    enc, sea = statistics.median(encode_ms), statistics.median(search_ms)
    print(f"search():      p50 {sea:6.2f} ms   p90 {_p90(search_ms):6.2f} ms   ({len(search_ms)} queries)")
    print(f"model.encode:  p50 {enc:6.2f} ms   p90 {_p90(encode_ms):6.2f} ms")
    print(f"ratio search/encode p50: {sea / enc:.2f}x  (target <= 1.5x)")
    answer_ms = []
    for q in questions:  # the whole chat reply: search, abstention, red flags (rules + semantic), warnings
        t = time.perf_counter()
        answer(q, index_dir=index)
        answer_ms.append((time.perf_counter() - t) * 1000)
    print(f"answer():      p50 {statistics.median(answer_ms):6.2f} ms   (search plus the safety layer's own encode)")
    messages = [c["text"] for c in load_jsonl(EVAL_DIR / "redflags_holdout4.jsonl")][:100]
    rules_ms, full_ms = [], []
    for text in messages:  # distinct texts: the semantic layer caches per message, so each is new to it
        t = time.perf_counter()
        detect_red_flags(text, semantic=False)
        rules_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        detect_red_flags(text)
        full_ms.append((time.perf_counter() - t) * 1000)
    print(f"red flags:     p50 {statistics.median(full_ms):6.2f} ms per message (rules alone {statistics.median(rules_ms):.2f} ms)")


def bench_build() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        shutil.copytree(ROOT / "corpus", corpus)
        default_embedder().model  # load the network first so the full build is not charged for it
        full = build_index(corpus, index, progress=False)
        same = build_index(corpus, index, progress=False)
        (corpus / "005_new.txt").write_text("Whiplash is a neck injury caused by a sudden jolt, often in a rear-end "
                                            "car collision; it can cause neck stiffness and headaches.\n")
        added = build_index(corpus, index, progress=False)
    print(f"full build:            {full.seconds:6.2f} s  (embedded {full.embedded})")
    print(f"unchanged rebuild:     {same.seconds:6.2f} s  (embedded {same.embedded}, reused {same.reused})"
          f"  = {same.seconds / full.seconds:.2f}x of full")
    print(f"rebuild + one file:    {added.seconds:6.2f} s  (embedded {added.embedded}, reused {added.reused})")


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, help="index folder (default: index/)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="also time builds")
    args = parser.parse_args()
    bench_search(args.index, args.rounds)
    if args.build:
        bench_build()


if __name__ == "__main__":
    main()
