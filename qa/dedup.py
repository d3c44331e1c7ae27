"""Merge exact and near-duplicate paragraphs: keep the first, remember every place it appears."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz, process

from .types import Dropped, Paragraph

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fingerprint(text: str) -> str:
    """Case, punctuation and spacing removed: two texts that differ only there are the same text."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def merge_duplicates(paragraphs: list[Paragraph], threshold: float = 92.0) -> tuple[list[Paragraph], list[Dropped]]:
    """Return (unique paragraphs in first-seen order, a record of each copy merged away).

    Exact copies are found by fingerprint; near copies (a changed word, a typo fixed, a sentence
    cut) by rapidfuzz similarity of fingerprints at or above `threshold` (0-100).
    """
    keys = [fingerprint(p.text) for p in paragraphs]
    owner = list(range(len(paragraphs)))  # index of the paragraph each one merges into
    first_seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        owner[i] = first_seen.setdefault(key, i)
    leaders = [i for i in range(len(paragraphs)) if owner[i] == i]
    if len(leaders) > 1:
        scores = process.cdist([keys[i] for i in leaders], [keys[i] for i in leaders], scorer=fuzz.ratio,
                               score_cutoff=threshold, workers=-1)
        for a_pos, a in enumerate(leaders):
            if owner[a] != a:
                continue
            for b_pos in range(a_pos + 1, len(leaders)):
                b = leaders[b_pos]
                if owner[b] == b and scores[a_pos, b_pos] >= threshold:
                    owner[b] = a
        owner = [owner[owner[i]] for i in range(len(owner))]

    merged: dict[int, Paragraph] = {}
    copies: list[Dropped] = []
    for i, para in enumerate(paragraphs):
        lead = owner[i]
        if lead == i:
            merged[i] = para
            continue
        kind = "exact" if keys[i] == keys[lead] else "near"
        first = paragraphs[lead].origins[0]
        copies.append(Dropped(para.origins[0].source, para.origins[0].location,
                              f"{kind} duplicate of {first.source} paragraph {first.location.paragraph}", para.text))
        merged[lead] = replace(merged[lead], origins=merged[lead].origins + para.origins)
    return [merged[i] for i in sorted(merged)], copies
