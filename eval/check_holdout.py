#!/usr/bin/env python3
"""Validate a held-out question set against the corpus (stdlib only).

Usage: python3 eval/check_holdout.py [eval/holdoutN.jsonl]   (default: eval/holdout.jsonl)


Checks:
  * every line is a JSON object, ids unique and well formed: h### / ho### in holdout.jsonl,
    hN_### / hN_o### in holdoutN.jsonl
  * in-domain items: question, kind in {lay, typo, long_page, clinical}, non-empty answers
  * every answer snippet occurs verbatim (character for character) in some corpus file
  * snippets are 6-25 words, carry no citation markers like [5], do not span two
    sentences and do not cross run-together headings (".Fever", "painSymptoms")
  * long_page snippets occur in the single very long line of the 000_ file and
    nowhere else in the corpus
  * off-topic items: off_topic true, no answers
  * minimum counts: >=50 in-domain, >=20 off-topic, >=15 long_page
Exit status 0 when clean, 1 otherwise.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HOLDOUT = os.path.join(HERE, "holdout.jsonl")
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"lay", "typo", "long_page", "clinical"}


def load_corpus():
    files = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            files[os.path.basename(path)] = fh.read()
    return files


def find_long_line(files):
    best = ("", -1, "")
    for name, text in files.items():
        for i, line in enumerate(text.split("\n")):
            if len(line) > len(best[2]):
                best = (name, i, line)
    return best


def main():
    errors, warnings = [], []
    files = load_corpus()
    if not files:
        print("no corpus files found in", CORPUS)
        return 1
    long_name, long_idx, long_line = find_long_line(files)
    # corpus text with the long line removed, to test long_page exclusivity
    rest_parts = []
    for name, text in files.items():
        lines = text.split("\n")
        if name == long_name:
            lines = lines[:long_idx] + lines[long_idx + 1:]
        rest_parts.append("\n".join(lines))
    rest = "\n\x00\n".join(rest_parts)

    ids = set()
    kinds = collections.Counter()
    n_in = n_off = n_snip = 0
    path = sys.argv[1] if len(sys.argv) > 1 else HOLDOUT
    number = re.search(r"holdout(\d+)\.jsonl$", path)
    base = f"h{number.group(1)}_" if number else "h"  # in-domain ids; off-topic ones add "o"
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"line {ln}: bad JSON: {exc}")
                continue
            oid = obj.get("id")
            if not isinstance(oid, str) or not re.fullmatch(rf"{base}o?\d{{3}}", oid):
                errors.append(f"line {ln}: bad id {oid!r}")
            if oid in ids:
                errors.append(f"line {ln}: duplicate id {oid}")
            ids.add(oid)
            question = obj.get("question")
            if not isinstance(question, str) or not question.strip():
                errors.append(f"{oid}: missing question")
            if obj.get("off_topic"):
                n_off += 1
                if obj.get("off_topic") is not True:
                    errors.append(f"{oid}: off_topic must be true")
                if "answers" in obj:
                    errors.append(f"{oid}: off-topic item must not have answers")
                if not str(oid).startswith(base + "o"):
                    errors.append(f"{oid}: off-topic ids should start with '{base}o'")
                continue
            n_in += 1
            if not str(oid).startswith(base) or str(oid).startswith(base + "o"):
                errors.append(f"{oid}: in-domain ids should be {base}###")
            kind = obj.get("kind")
            if kind not in KINDS:
                errors.append(f"{oid}: bad kind {kind!r}")
            kinds[kind] += 1
            answers = obj.get("answers")
            if not isinstance(answers, list) or not answers:
                errors.append(f"{oid}: answers must be a non-empty list")
                continue
            if len(set(answers)) != len(answers):
                errors.append(f"{oid}: duplicate snippets")
            for snip in answers:
                n_snip += 1
                if not isinstance(snip, str):
                    errors.append(f"{oid}: non-string snippet")
                    continue
                where = [n for n, t in files.items() if snip in t]
                if not where:
                    errors.append(f"{oid}: snippet not found verbatim: {snip!r}")
                nw = len(snip.split())
                if not 6 <= nw <= 25:
                    errors.append(f"{oid}: snippet has {nw} words (need 6-25): {snip!r}")
                if re.search(r"\[\d+\]", snip):
                    errors.append(f"{oid}: citation marker in snippet: {snip!r}")
                if re.search(r"[.!?]\s+[A-Z]", snip.rstrip()[:-1]):
                    errors.append(f"{oid}: snippet seems to span sentences: {snip!r}")
                if re.search(r"[a-z.;:!?)][A-Z][a-z]", snip):
                    errors.append(f"{oid}: snippet seems to cross a run-together heading: {snip!r}")
                if snip != snip.strip():
                    errors.append(f"{oid}: leading/trailing whitespace: {snip!r}")
                if kind == "long_page":
                    if snip not in long_line:
                        errors.append(f"{oid}: long_page snippet not in the long line: {snip!r}")
                    if snip in rest:
                        errors.append(f"{oid}: long_page snippet also occurs outside the long line: {snip!r}")
            if kind == "long_page" and any(s not in long_line for s in answers if isinstance(s, str)):
                errors.append(f"{oid}: long_page item has answers outside the long line")

    if n_in < 50:
        errors.append(f"only {n_in} in-domain questions (need >= 50)")
    if n_off < 20:
        errors.append(f"only {n_off} off-topic questions (need >= 20)")
    if kinds["long_page"] < 15:
        errors.append(f"only {kinds['long_page']} long_page questions (need >= 15)")
    if n_in and not 0.10 <= kinds["typo"] / n_in <= 0.25:
        warnings.append(f"typo share is {kinds['typo'] / n_in:.0%} (target ~15%)")

    print(f"long line: {long_name} line {long_idx + 1} ({len(long_line)} chars)")
    print(f"in-domain: {n_in}  off-topic: {n_off}  snippets: {n_snip}")
    for k in sorted(kinds):
        print(f"  kind {k}: {kinds[k]}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
