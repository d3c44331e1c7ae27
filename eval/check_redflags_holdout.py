#!/usr/bin/env python3
"""Validate eval/redflags_holdout.jsonl (stdlib only) and print counts per category.

Rules:
  * every line is a JSON object with id, text, expect (list), note
  * ids unique; warning cases are r### with a non-empty expect list,
    benign cases are b### with expect == []
  * categories must come from the fixed list below; no duplicates within a case
  * texts unique (case/whitespace-insensitive)
  * minimum sizes: >=90 warning cases, >=70 benign, >=8 per big category,
    >=5 for chest_pain / breathing / stroke
Exit status 0 when clean, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "redflags_holdout.jsonl")

# category -> expected urgency (documentation; NICE NG59 / NHS / AHCPR / BMJ BP)
CATEGORIES = {
    "cauda_equina": "emergency",
    "neurological_deficit": "emergency/urgent",
    "infection": "urgent",
    "cancer": "urgent/see_doctor",
    "fracture": "urgent",
    "aortic_aneurysm": "emergency",
    "age": "see_doctor",
    "chest_pain": "emergency",
    "breathing": "emergency",
    "stroke": "emergency",
    "self_harm": "crisis",
}
BIG = ["cauda_equina", "neurological_deficit", "infection", "cancer", "fracture",
       "aortic_aneurysm", "age", "self_harm"]
SMALL = ["chest_pain", "breathing", "stroke"]


def main():
    errors = []
    ids, texts = set(), {}
    per_cat = collections.Counter()
    multi = 0
    n_warn = n_benign = 0
    with open(PATH, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                errors.append(f"line {ln}: bad JSON: {exc}")
                continue
            extra = set(obj) - {"id", "text", "expect", "note"}
            if extra:
                errors.append(f"line {ln}: unexpected keys {sorted(extra)}")
            oid = obj.get("id")
            if not isinstance(oid, str) or not re.fullmatch(r"[rb]\d{3}", oid):
                errors.append(f"line {ln}: bad id {oid!r}")
                oid = f"line{ln}"
            if oid in ids:
                errors.append(f"{oid}: duplicate id")
            ids.add(oid)
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{oid}: empty text")
            else:
                key = " ".join(text.lower().split())
                if key in texts:
                    errors.append(f"{oid}: duplicate text of {texts[key]}")
                texts[key] = oid
            note = obj.get("note")
            if not isinstance(note, str) or not note.strip():
                errors.append(f"{oid}: missing note")
            expect = obj.get("expect")
            if not isinstance(expect, list):
                errors.append(f"{oid}: expect must be a list")
                continue
            bad = [c for c in expect if c not in CATEGORIES]
            if bad:
                errors.append(f"{oid}: unknown categories {bad}")
            if len(set(expect)) != len(expect):
                errors.append(f"{oid}: duplicate categories")
            if oid.startswith("r"):
                n_warn += 1
                if not expect:
                    errors.append(f"{oid}: warning case with empty expect")
                if len(expect) > 1:
                    multi += 1
                for c in expect:
                    per_cat[c] += 1
            elif oid.startswith("b"):
                n_benign += 1
                if expect:
                    errors.append(f"{oid}: benign case must have expect == []")

    if n_warn < 90:
        errors.append(f"only {n_warn} warning cases (need >= 90)")
    if n_benign < 70:
        errors.append(f"only {n_benign} benign cases (need >= 70)")
    for c in BIG:
        if per_cat[c] < 8:
            errors.append(f"category {c} has {per_cat[c]} cases (need >= 8)")
    for c in SMALL:
        if per_cat[c] < 5:
            errors.append(f"category {c} has {per_cat[c]} cases (need >= 5)")

    print(f"warning cases: {n_warn} (multi-category: {multi})   benign cases: {n_benign}")
    print("cases per category (a multi-category case counts once in each):")
    for c, urg in CATEGORIES.items():
        print(f"  {c:22s} {per_cat[c]:4d}   [{urg}]")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
