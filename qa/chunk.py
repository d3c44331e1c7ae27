"""Paragraphs -> passages that fit the model's window, cut on sentence boundaries.

Pure functions. A paragraph longer than the budget is cut into as few passages as fit, and where
a `cohesion` function is given (similarity of neighbouring sentences, from the embedder) the cuts
go where the topic changes most, so "Codeine is another strong painkiller" and "Codeine is another
opioid and can also lead to addiction" stay together. A passage carries its section heading
(embedded with it, so a piece of a long page still says what it is about), its source file and
exact character span, and its id: a hash of the embedded text, stable across builds so unchanged
passages reuse their vectors.
"""

from __future__ import annotations

import hashlib
import math
import re
from itertools import pairwise
from typing import Callable

from .dedup import fingerprint
from .types import Location, Paragraph, Passage

TokenCounter = Callable[[str], int]
Cohesion = Callable[[list[str]], list[float]]  # consecutive texts -> similarity of each neighbouring pair
Locator = Callable[[str, int, int], tuple[int, int]]  # (source, char start, char end) -> (line start, line end)

_ABBREVIATIONS = {"e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "etc", "st", "no", "fig", "approx", "inc",
                  "u.s", "cf", "al", "ca", "c", "jr", "sr", "prof", "dept", "vol", "pp"}
_BOUNDARY = re.compile(r"[.!?…][\"')\]]*\s+(?=[\"'(\[<]?[A-Z0-9<])")
# a short heading run into its text with a dash: "Back surgery - In ongoing ...", "Pilates - Studio training ..."
# (a list line that goes on in lower case, "Poor posture - this can lead to ...", is not a heading)
_ITEM = re.compile(r"[A-Z][\w()'’/ -]{2,70}? [-–] (?=[A-Z])")
_CLAUSE = re.compile(r"(?<=[;,:])\s+|\s+(?=[-–—]\s)")
# a sentence that points back at the one before ("Doctors think this is due to ...", "It often affects
# young athletes") is not cut from it: alone, it no longer says what it is about
_REFERS_BACK = re.compile(r"(?:This|These|That|Those|It|Its|They|Their|Such|However|Thus|Therefore)\b"
                          r"|\w+ (?:think|thinks|believe|believes|say|says|suggest|suggests) (?:this|that)\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of text; abbreviations and initials do not end a sentence."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        word = re.search(r"(\S+)[.!?…][\"')\]]*\s+$", text[start:m.end()])
        if word and text[m.start()] == "." and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                                                or re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]", word.group(1))):
            continue
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def chunk_paragraph(para: Paragraph, count_tokens: TokenCounter, max_tokens: int, min_tokens: int,
                    locate_lines: Locator | None = None, cohesion: Cohesion | None = None,
                    glue_references: bool = True, split_items: bool = False) -> list[Passage]:
    """Cut one paragraph into passages of at most `max_tokens` word pieces, heading included.

    With `cohesion`, cuts go where neighbouring sentences are least alike and, with
    `glue_references`, almost never before a sentence that refers back ("This is due to ...").
    With `split_items`, a paragraph with two or more headings run into their text ("Back surgery - In
    ongoing ...") is cut before each of them.
    """
    origin = para.origins[0]
    title = origin.location.section
    budget = max(16, max_tokens - (count_tokens(title + ":") if title else 0))
    pieces = _pieces(para.text, count_tokens, budget)
    sizes = [n for _, _, n in pieces]
    groups = _balanced_groups(sizes, budget, min_tokens)
    if cohesion is not None and len(groups) > 1:
        prefix = f"{title}: " if title else ""
        similarity = cohesion([prefix + para.text[a:b] for a, b, _ in pieces])
        if glue_references:
            similarity = [sim + (1.0 if _REFERS_BACK.match(para.text[pieces[j + 1][0]:]) else 0.0)
                          for j, sim in enumerate(similarity)]
        # for a long text, one passage more than the fewest that fit leaves room to cut where the
        # topic changes; no passage shorter than a third of the budget
        n_groups = len(groups) + 1 if len(groups) >= 3 else len(groups)
        groups = _cohesive_groups(sizes, budget, max(min_tokens, budget // 3), similarity, n_groups) or groups
    if split_items:
        groups = _split_at_items(groups, [_is_item(para.text[a:b]) for a, b, _ in pieces])
    passages = []
    for first, last in groups:
        start, end = pieces[first][0], pieces[last][1]
        passages.append(_passage(para, start, end, title, locate_lines))
    return passages


def chunk_all(paragraphs: list[Paragraph], count_tokens: TokenCounter, max_tokens: int, min_tokens: int,
              locate_lines: Locator | None = None, cohesion: Cohesion | None = None,
              glue_references: bool = True, split_items: bool = False) -> list[Passage]:
    """Chunk every paragraph; a passage whose text already appeared is not repeated."""
    seen: set[str] = set()
    out: list[Passage] = []
    for para in paragraphs:
        for passage in chunk_paragraph(para, count_tokens, max_tokens, min_tokens, locate_lines, cohesion,
                                       glue_references, split_items):
            key = fingerprint(passage.text)
            if key not in seen:
                seen.add(key)
                out.append(passage)
    return out


def _pieces(text: str, count_tokens: TokenCounter, budget: int) -> list[tuple[int, int, int]]:
    """(start, end, tokens) of sentences; a sentence longer than the budget is cut at clauses, then words."""
    out = []
    for start, end in sentence_spans(text):
        n = count_tokens(text[start:end])
        if n <= budget:
            out.append((start, end, n))
        else:
            out.extend(_cut_long(text, start, end, count_tokens, budget))
    return out


def _cut_long(text: str, start: int, end: int, count_tokens: TokenCounter, budget: int) -> list[tuple[int, int, int]]:
    bounds = [start] + [start + m.end() for m in _CLAUSE.finditer(text[start:end])] + [end]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    out = []
    for a, b in spans:
        n = count_tokens(text[a:b])
        if n <= budget:
            out.append((a, b, n))
            continue
        words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
        step = max(1, len(words) * budget // (n + 1))
        for i in range(0, len(words), step):
            ws = words[i:i + step]
            out.append((ws[0][0], ws[-1][1], count_tokens(text[ws[0][0]:ws[-1][1]])))
    return out


def _is_item(sentence: str, max_words: int = 6) -> bool:
    """Does the sentence open a named item: "Back surgery - In ongoing ...", "Therapeutic massage - The evidence"?"""
    m = _ITEM.match(sentence)
    return m is not None and len(m.group().split()) - 1 <= max_words


def _split_at_items(groups: list[tuple[int, int]], item: list[bool]) -> list[tuple[int, int]]:
    """Cut groups of pieces before each item heading, when the paragraph has two or more of them."""
    if sum(item) < 2:
        return groups
    out = []
    for first, last in groups:
        cuts = [first] + [j for j in range(first + 1, last + 1) if item[j]] + [last + 1]
        out += [(a, b - 1) for a, b in pairwise(cuts)]
    return out


def _balanced_groups(sizes: list[int], budget: int, min_tokens: int) -> list[tuple[int, int]]:
    """Consecutive groups, each within budget, as even in size as the greedy count allows."""
    def greedy(limit: int) -> list[tuple[int, int]]:
        groups, first, total = [], 0, 0
        for i, n in enumerate(sizes):
            if i > first and total + n > limit:
                groups.append((first, i - 1))
                first, total = i, 0
            total += n
        groups.append((first, len(sizes) - 1))
        return groups

    groups = greedy(budget)
    if len(groups) > 1:
        target = math.ceil(sum(sizes) / len(groups))
        for limit in range(max(target, max(sizes)), budget + 1, 4):
            candidate = greedy(limit)
            if len(candidate) == len(groups):
                groups = candidate
                break
    if len(groups) > 1 and sum(sizes[groups[-1][0]:]) < min_tokens:
        (a, _), (_, d) = groups[-2], groups[-1]
        if sum(sizes[a:d + 1]) <= budget + min_tokens:  # still well inside the model's window
            groups[-2:] = [(a, d)]
    return groups


def _cohesive_groups(sizes: list[int], budget: int, min_tokens: int, similarity: list[float], n_groups: int,
                     balance: float = 0.3) -> list[tuple[int, int]] | None:
    """n_groups consecutive groups within budget, cut where neighbouring pieces are least alike.

    Dynamic programming over cut positions: cost = similarity across each cut + balance * squared
    relative deviation of each group from the mean size. None when no split fits the budget.
    """
    n = len(sizes)
    prefix = [0]
    for size in sizes:
        prefix.append(prefix[-1] + size)
    mean = prefix[-1] / n_groups
    inf = float("inf")
    best = [[inf] * (n_groups + 1) for _ in range(n + 1)]
    back = [[-1] * (n_groups + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        for g in range(1, min(i, n_groups) + 1):
            for j in range(g - 1, i):
                size = prefix[i] - prefix[j]
                if size > budget:
                    continue
                if best[j][g - 1] == inf or (size < min_tokens and n_groups > 1):
                    continue
                cost = best[j][g - 1] + (similarity[j - 1] if j > 0 else 0.0) + balance * ((size - mean) / mean) ** 2
                if cost < best[i][g]:
                    best[i][g], back[i][g] = cost, j
    if best[n][n_groups] == inf:
        return None
    groups, i = [], n
    for g in range(n_groups, 0, -1):
        j = back[i][g]
        groups.append((j, i - 1))
        i = j
    return groups[::-1]


def _passage(para: Paragraph, start: int, end: int, title: str, locate_lines: Locator | None) -> Passage:
    text = para.text[start:end].strip()
    lead = start + (len(para.text[start:end]) - len(para.text[start:end].lstrip()))
    origin = para.origins[0]
    loc = origin.location
    if para.offsets:
        c_start, c_end = para.offsets[lead], para.offsets[lead + len(text) - 1] + 1
    else:
        c_start, c_end = loc.char_start, loc.char_end
    lines = locate_lines(origin.source, c_start, c_end) if locate_lines else (loc.line_start, loc.line_end)
    location = Location(loc.paragraph, lines[0], lines[1], c_start, c_end, loc.section)
    embed = f"{title}: {text}" if title else text
    return Passage(unit_id(embed), text, title, origin.source, location, tuple(para.origins[1:]),
                   sentence_spans(text))


def unit_id(text: str) -> str:
    """Stable id of an embedded text: its vector can be reused whenever the text is unchanged."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sentence_spans(text: str, min_words: int = 4) -> tuple[tuple[int, int], ...]:
    """Sentence spans; a fragment shorter than min_words ("Avoid stress.", "Yikes.") joins the sentence
    after it, which it usually introduces, or the one before it when it comes last."""
    spans: list[tuple[int, int]] = []
    pending: int | None = None  # start of short fragments waiting for the next sentence
    for start, end in split_sentences(text):
        if pending is not None:
            start, pending = pending, None
        if len(text[start:end].split()) < min_words:
            pending = start
            continue
        spans.append((start, end))
    if pending is not None:
        end = len(text.rstrip())
        if spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((pending, end))
    return tuple(spans)
