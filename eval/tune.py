"""Tune the fusion and abstention settings on the development questions; check them on the held-out set.

    python eval/tune.py [--index DIR]

Queries are encoded once; every setting in the grid then re-ranks with the same vectors. The
held-out set is only scored for the chosen setting, never searched over. The chosen values live in
qa/config.py (Settings); chunk size was chosen the same way by building one index per size.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.abstain import should_abstain  # noqa: E402
from qa.engine import get_engine  # noqa: E402
from qa.evaluate import EVAL_DIR, answer_rank, load_jsonl  # noqa: E402


def prepared(retriever, path: Path):
    cases = load_jsonl(path)
    queries = [retriever.analyse(c["question"]) for c in cases]
    vectors = retriever.embedder.encode([q.dense_text for q in queries])
    return list(zip(cases, queries, vectors))


def score(retriever, data, settings) -> dict:
    retriever.settings = settings
    ranks, abstain_in, abstain_off, n_off = [], 0, 0, 0
    for case, q, v in data:
        hits = retriever.rank(q, v, 10)
        abstained = should_abstain(q, hits, settings)
        if case.get("off_topic"):
            n_off += 1
            abstain_off += abstained
        else:
            abstain_in += abstained
            ranks.append(answer_rank(hits, case["answers"]))
    n = len(ranks)
    return {"hit1": sum(r == 1 for r in ranks) / n, "hit5": sum(r is not None and r <= 5 for r in ranks) / n,
            "mrr10": sum(1 / r for r in ranks if r) / n, "off_abstain": abstain_off / max(1, n_off),
            "in_abstain": abstain_in / n}


def show(name: str, m: dict) -> str:
    return (f"{name}: hit@1 {m['hit1']:.3f} hit@5 {m['hit5']:.3f} MRR@10 {m['mrr10']:.3f} "
            f"off-topic abstain {m['off_abstain']:.3f} in-domain abstain {m['in_abstain']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    args = parser.parse_args()
    retriever = get_engine(args.index).retriever()
    base = retriever.settings
    dev = prepared(retriever, EVAL_DIR / "questions.jsonl")
    holdout = prepared(retriever, EVAL_DIR / "holdout.jsonl")

    results = []
    for dense_weight, passage_weight, saturation in itertools.product(
            (0.7, 0.75, 0.8, 0.85, 0.9, 1.0), (0.3, 0.5, 0.7, 1.0), (3.0, 5.0, 8.0)):
        s = replace(base, dense_weight=dense_weight, passage_weight=passage_weight, bm25_saturation=saturation)
        results.append((score(retriever, dev, s), s))
    results.sort(key=lambda r: -(r[0]["hit1"] + r[0]["mrr10"] + r[0]["hit5"]))
    print("best fusion settings on the development set:")
    for m, s in results[:8]:
        print(f"  dense_weight={s.dense_weight} passage_weight={s.passage_weight} bm25_saturation={s.bm25_saturation}"
              f"  ->  {show('dev', m)}")

    print("\njoining neighbouring passages of a section (merge_margin; below 0 never joins):")
    for margin in (-1.0, 0.02, 0.05, 0.1, 0.15):
        print(f"  merge_margin={margin}  ->  {show('dev', score(retriever, dev, replace(base, merge_margin=margin)))}")

    print("\nwritten questions (question_weight; 0 ignores corpus/questions.jsonl):")
    for weight in (0.0, 0.3, 0.4, 0.5, 0.6):
        s = replace(base, question_weight=weight)
        print(f"  question_weight={weight}  ->  {show('dev', score(retriever, dev, s))}")
        print(f"  question_weight={weight}  ->  {show('held-out', score(retriever, holdout, s))}")

    print("\nabstention thresholds with the current fusion settings:")
    for min_dense, no_overlap in itertools.product((0.37, 0.40, 0.42, 0.44), (0.45, 0.50, 0.55, 0.60)):
        s = replace(base, min_dense=min_dense, min_dense_no_overlap=no_overlap)
        m = score(retriever, dev, s)
        print(f"  min_dense={min_dense} min_dense_no_overlap={no_overlap}  ->  off-topic abstain "
              f"{m['off_abstain']:.3f}, in-domain abstain {m['in_abstain']:.3f}")

    print("\ncurrent settings (qa/config.py):")
    print("  " + show("dev", score(retriever, dev, base)))
    print("  " + show("held-out", score(retriever, holdout, base)))


if __name__ == "__main__":
    main()
