#!/usr/bin/env python3
"""Validate eval/redflags_holdout2.jsonl (stdlib only).

Checks:
  * every non-blank line is a JSON object with keys id, text, expect, note
  * ids are unique and look like x### (must-warn) or y### (benign)
  * texts are unique (compared case- and whitespace-insensitively) and non-empty
  * expect is a list of known category names, no duplicates
  * expect is empty exactly for y-ids (non-empty for x-ids)
  * minimum counts: >=160 must-warn lines, >=110 benign lines and per-category minimums
Prints counts per category. Exit status 0 when clean, 1 otherwise.

Usage: python3 eval/check_redflags_holdout2.py [path/to/file.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter

CATEGORIES = [
    "cauda_equina", "neurological_deficit", "infection", "cancer", "fracture",
    "aortic_aneurysm", "age", "chest_pain", "breathing", "stroke", "self_harm",
]
MIN_PER_CATEGORY = {
    "cauda_equina": 25,
    "neurological_deficit": 15, "infection": 15, "cancer": 15, "fracture": 15, "age": 15,
    "aortic_aneurysm": 8, "chest_pain": 8, "breathing": 8, "stroke": 8, "self_harm": 8,
}
MIN_WARN = 160
MIN_BENIGN = 110
REQUIRED_KEYS = {"id", "text", "expect", "note"}
ID_RE = re.compile(r"^[xy]\d{3,}$")


def norm(text):
    return " ".join(text.lower().split())


def main(argv):
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "redflags_holdout2.jsonl")
    path = argv[1] if len(argv) > 1 else default
    errors = []
    ids, texts = {}, {}
    cat_counts = Counter()
    n_warn = n_benign = n_multi = 0

    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")

    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"line {lineno}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        keys = set(rec)
        if keys != REQUIRED_KEYS:
            missing, extra = REQUIRED_KEYS - keys, keys - REQUIRED_KEYS
            errors.append(f"{where}: keys wrong (missing={sorted(missing)}, extra={sorted(extra)})")
            continue

        rid, text, expect, note = rec["id"], rec["text"], rec["expect"], rec["note"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r} (want x### or y###)")
            continue
        where = f"line {lineno} ({rid})"
        if rid in ids:
            errors.append(f"{where}: duplicate id (first at line {ids[rid]})")
        else:
            ids[rid] = lineno
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: text must be a non-empty string")
        else:
            key = norm(text)
            if key in texts:
                errors.append(f"{where}: duplicate text (first at line {texts[key]})")
            else:
                texts[key] = lineno
        if not isinstance(note, str):
            errors.append(f"{where}: note must be a string")
        if not isinstance(expect, list) or not all(isinstance(c, str) for c in expect):
            errors.append(f"{where}: expect must be a list of strings")
            continue
        unknown = [c for c in expect if c not in CATEGORIES]
        if unknown:
            errors.append(f"{where}: unknown categories {unknown}")
        if len(set(expect)) != len(expect):
            errors.append(f"{where}: duplicate categories in expect")

        if rid.startswith("y"):
            n_benign += 1
            if expect:
                errors.append(f"{where}: y-id must have empty expect, got {expect}")
        else:
            n_warn += 1
            if not expect:
                errors.append(f"{where}: x-id must have non-empty expect")
            if len(set(expect)) > 1:
                n_multi += 1
            for c in set(expect):
                if c in CATEGORIES:
                    cat_counts[c] += 1

    print(f"file: {path}")
    print(f"must-warn lines (x): {n_warn}   (min {MIN_WARN})")
    print(f"benign lines (y):    {n_benign}   (min {MIN_BENIGN})")
    print(f"multi-label x lines: {n_multi}")
    print("per-category counts (lines listing the category):")
    for c in CATEGORIES:
        mark = "" if cat_counts[c] >= MIN_PER_CATEGORY[c] else "   <-- below minimum"
        print(f"  {c:22s} {cat_counts[c]:4d}   (min {MIN_PER_CATEGORY[c]}){mark}")

    if n_warn < MIN_WARN:
        errors.append(f"only {n_warn} must-warn lines, need {MIN_WARN}")
    if n_benign < MIN_BENIGN:
        errors.append(f"only {n_benign} benign lines, need {MIN_BENIGN}")
    for c in CATEGORIES:
        if cat_counts[c] < MIN_PER_CATEGORY[c]:
            errors.append(f"category {c}: {cat_counts[c]} lines, need {MIN_PER_CATEGORY[c]}")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
