"""python -m qa build | search | ask | eval  (errors: one line on stderr, exit status 1 or 2)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from .config import default_settings
from .errors import QAError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except QAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m qa", description="Back and hip pain library: build, search, ask, eval.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build or rebuild the index from a corpus folder")
    b.add_argument("--corpus", type=Path, help="folder of .txt/.md files (default: corpus/)")
    b.add_argument("--index", type=Path, help="index folder (default: index/)")
    b.add_argument("--explain", action="store_true", help="list what the cleaner dropped or merged, and why")
    b.add_argument("--quiet", action="store_true", help="no progress output")
    b.set_defaults(run=_build)

    for name, helptext in (("search", "the best-matching passages"), ("ask", "the full answer, as the chat gives it")):
        s = sub.add_parser(name, help=helptext)
        s.add_argument("query", help="the question, in quotes")
        s.add_argument("-k", type=int, default=5, help="number of passages (default 5)")
        s.add_argument("--index", type=Path, help="index folder (default: index/, built on first use)")
        s.add_argument("--json", action="store_true", help="print JSON instead of text")
        if name == "ask":
            s.add_argument("--history", action="append", default=[], metavar="MESSAGE",
                           help="an earlier message of the conversation (repeat, oldest first)")
        s.set_defaults(run=_search if name == "search" else _ask)

    e = sub.add_parser("eval", help="retrieval and red-flag figures on the labelled sets in eval/")
    e.add_argument("--index", type=Path, help="index folder (default: index/, built on first use)")
    e.add_argument("--questions", type=Path, action="append", help="question set(s) (default: eval/questions.jsonl "
                                                                    "and every eval/holdout*.jsonl)")
    e.add_argument("--redflags", type=Path, action="append", help="red-flag set(s) (default: every "
                                                                  "eval/redflags*.jsonl)")
    e.add_argument("--failures", action="store_true", help="also list questions not answered at rank 1")
    e.set_defaults(run=_eval)
    return p


def _build(args) -> int:
    from .build import build_index
    from .store import read_report

    settings = default_settings()
    index_dir = args.index or settings.index_dir
    report = build_index(args.corpus, index_dir, progress=not args.quiet)
    print(f"built {report.index_dir}: {report.passages} passages from {report.files} files "
          f"({report.paragraphs} paragraphs); dropped {report.dropped}, merged {report.duplicates} duplicates; "
          f"embedded {report.embedded} texts, reused {report.reused}; {report.seconds:.1f} s")
    if report.questions or report.questions_unmatched:
        skipped = f", {report.questions_unmatched} entries skipped (see --explain)" if report.questions_unmatched else ""
        print(f"questions.jsonl: {report.questions} questions linked to their passages{skipped}")
    if args.explain:
        details = read_report(index_dir)
        for kind in ("dropped", "duplicates"):
            print(f"\n{kind}:")
            for d in details[kind]:
                text = d["text"] if len(d["text"]) <= 100 else d["text"][:97] + "..."
                print(f"  {d['source']} paragraph {d['paragraph']} (line {d['lines'][0]}): {d['reason']}\n      {text}")
        print("\nquestions.jsonl entries skipped (copy an anchor sentence from the passage as it is now):")
        for line in details.get("questions_unmatched", []):
            print(f"  {line}")
    return 0


def _search(args) -> int:
    from .answer import search

    hits = search(args.query, args.k, index_dir=args.index)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], indent=2, ensure_ascii=False))
        return 0
    for h in hits:
        print(f"[{h.rank}] {h.score:.3f}  {h.citation}")
        print(f"    {h.title + ': ' if h.title else ''}{h.text}\n")
    return 0


def _ask(args) -> int:
    from .answer import answer, render_text

    ans = answer(args.query, args.k, history=args.history, index_dir=args.index)
    if args.json:
        print(json.dumps(asdict(ans), indent=2, ensure_ascii=False))
    else:
        print(render_text(ans))
    return 0


def _eval(args) -> int:
    from .abstain import should_abstain
    from .engine import get_engine
    from .evaluate import EVAL_DIR, evaluate_retrieval, load_jsonl
    from .safety import evaluate_red_flags

    retriever = get_engine(args.index).retriever()

    def retrieve(question: str, k: int):
        q, hits = retriever.retrieve(question, k)
        return hits, should_abstain(q, hits, retriever.settings)

    for path in args.questions or [EVAL_DIR / "questions.jsonl", *sorted(EVAL_DIR.glob("holdout*.jsonl"))]:
        report = evaluate_retrieval(_read(path, load_jsonl), retrieve)
        print(f"== retrieval: {path}")
        print("\n".join(report.lines()))
        if args.failures:
            for f in report.failures:
                print(f"  not first: {f['id']} rank {f['rank']}: {f['question']}")
            for w in report.wrong_abstentions:
                print(f"  wrong abstention: {w['id']}: {w['question']}")
        print()
    for path in args.redflags or sorted(EVAL_DIR.glob("redflags*.jsonl")):
        m = evaluate_red_flags(_read(path, load_jsonl))
        print(f"== red flags: {path}")
        print(f"recall {m['recall']:.3f} (any flag {m['any_recall']:.3f}) on {m['n_warn']} warning cases; "
              f"false alarms {m['false_alarm_rate']:.3f} on {m['n_benign']} benign; {m['ms_per_message']:.2f} ms/message")
        for case_id, text, missing in m["misses"]:
            print(f"  miss {case_id}: {text[:90]}  (missing {', '.join(missing)})")
        for case_id, text, cats in m["false_alarms"]:
            print(f"  false alarm {case_id}: {text[:90]}  ({', '.join(cats)})")
        print()
    return 0


def _read(path: Path, loader):
    try:
        return loader(path)
    except FileNotFoundError as e:
        raise QAError(f"evaluation file {path} not found: pass an existing .jsonl file") from e
    except (ValueError, KeyError) as e:
        raise QAError(f"evaluation file {path} is not valid JSON lines ({e})") from e
