#!/usr/bin/env python3
"""Sanity-check the development question set (eval/questions.jsonl).

Standard library only. Verifies that:
  * every line is valid JSON with a unique "id";
  * in-domain items have a non-empty "question", a valid "kind" and a
    non-empty list of "answers";
  * every answer snippet occurs verbatim in at least one corpus file,
    is 6-25 words long, contains no citation marker like "[5]" and does
    not look like it crosses a sentence or run-together heading boundary;
  * off-topic items have "off_topic": true and no answers;
  * "long_page" items are answered only from the 28,000-character line.
Prints counts per kind and the off-topic count; exits non-zero on a problem.

Usage: python3 eval/check_questions.py [questions.jsonl] [corpus_dir]
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
QFILE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.jsonl")
CORPUS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "corpus")

KINDS = {"lay", "typo", "long_page", "clinical"}
MIN_WORDS, MAX_WORDS = 6, 25
LONG_LINE_MIN = 20000  # the single very long line in file 000

# Sentence boundary inside a snippet: ". X", "? X", "! X" (abbreviations allowed)
SENT_BOUNDARY = re.compile(r"(?<!e\.g)(?<!i\.e)(?<!etc)(?<!Dr)(?<!vs)[.?!]\s+[A-Z“\"]")
# Run-together heading / sentence, e.g. "shape.SymptomsThe" or "painCauses"
RUN_TOGETHER = re.compile(r"[a-z)][.;:]?[A-Z][a-z]|[.;:][A-Z]")
CITATION = re.compile(r"\[\d+\]|\[citation")


def load_corpus(d):
    docs = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                docs[name] = f.read()
    return docs


def main():
    problems = []
    docs = load_corpus(CORPUS)
    if not docs:
        print(f"no corpus files found in {CORPUS}")
        return 2
    lines = []  # (file, line_no, text)
    for name, text in docs.items():
        for i, ln in enumerate(text.split("\n"), 1):
            lines.append((name, i, ln))
    long_lines = {(f, i) for f, i, ln in lines if len(ln) >= LONG_LINE_MIN}

    items = []
    with open(QFILE, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                items.append((n, json.loads(raw)))
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: invalid JSON ({e})")

    ids = Counter(obj.get("id") for _, obj in items)
    for i, c in ids.items():
        if i is None:
            problems.append("an item has no id")
        elif c > 1:
            problems.append(f"duplicate id {i!r} ({c} times)")

    kinds = Counter()
    off = 0
    questions_seen = Counter()
    for n, obj in items:
        qid = obj.get("id", f"line{n}")
        q = obj.get("question")
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{qid}: missing question")
            continue
        questions_seen[q.strip().lower()] += 1
        if obj.get("off_topic"):
            off += 1
            if obj.get("off_topic") is not True:
                problems.append(f"{qid}: off_topic must be true")
            if obj.get("answers"):
                problems.append(f"{qid}: off-topic item must not have answers")
            if not qid.startswith("o"):
                problems.append(f"{qid}: off-topic ids should start with 'o'")
            continue
        if not qid.startswith("q"):
            problems.append(f"{qid}: in-domain ids should start with 'q'")
        kind = obj.get("kind")
        if kind not in KINDS:
            problems.append(f"{qid}: bad or missing kind {kind!r}")
        else:
            kinds[kind] += 1
        answers = obj.get("answers")
        if not isinstance(answers, list) or not answers:
            problems.append(f"{qid}: missing answers")
            continue
        if len(set(answers)) != len(answers):
            problems.append(f"{qid}: duplicate snippets")
        where_all = set()
        for s in answers:
            if not isinstance(s, str) or not s.strip():
                problems.append(f"{qid}: empty snippet")
                continue
            if s != s.strip():
                problems.append(f"{qid}: snippet has leading/trailing space: {s!r}")
            nw = len(s.split())
            if not MIN_WORDS <= nw <= MAX_WORDS:
                problems.append(f"{qid}: snippet has {nw} words: {s!r}")
            if CITATION.search(s):
                problems.append(f"{qid}: snippet contains a citation marker: {s!r}")
            if SENT_BOUNDARY.search(s):
                problems.append(f"{qid}: snippet seems to cross a sentence: {s!r}")
            if RUN_TOGETHER.search(s):
                problems.append(f"{qid}: snippet seems to cross a run-together boundary: {s!r}")
            where = {(f, i) for f, i, ln in lines if s in ln}
            if not where:
                problems.append(f"{qid}: snippet not found verbatim in corpus: {s!r}")
            where_all |= where
        if kind == "long_page" and where_all and not where_all <= long_lines:
            extra = sorted(where_all - long_lines)
            problems.append(f"{qid}: long_page item has snippets outside the long line: {extra}")
        if kind == "long_page" and where_all and not (where_all & long_lines):
            problems.append(f"{qid}: long_page item has no snippet in the long line")

    for q, c in questions_seen.items():
        if c > 1:
            problems.append(f"question text repeated {c} times: {q!r}")

    total_in = sum(kinds.values())
    print(f"file: {QFILE}")
    print(f"in-domain: {total_in}")
    for k in sorted(KINDS):
        print(f"  {k:10s} {kinds[k]}")
    print(f"off-topic: {off}")
    if total_in < 75:
        problems.append(f"only {total_in} in-domain items (need >= 75)")
    if kinds["long_page"] < 20:
        problems.append(f"only {kinds['long_page']} long_page items (need >= 20)")
    if off < 25:
        problems.append(f"only {off} off-topic items (need >= 25)")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
