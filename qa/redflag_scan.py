"""One message -> the red-flag cues it contains, after context (negation, experiencer...) is applied."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qa import negation as ctx
from qa.redflag_rules import (AGE_PATTERN, AGE_WORDS, CHILD_WORDS, CUES, FRAGILE, RAPID, URGENCY_OF, Cue,
                              qualifying_age, rx, words_to_digits)
from qa.redflag_text import Doc, parse

_RANK = {"emergency": 0, "urgent": 1, "see_doctor": 2}


@dataclass(frozen=True)
class Finding:
    """One cue that stood in one message."""

    category: str
    urgency: str
    topic: str
    trigger: str  # the user's words
    start: int  # offset in the message, for ordering triggers


def scan(text: str, features: frozenset[str] = frozenset()) -> list[Finding]:
    """Every red-flag cue in `text` that survives its context."""
    doc = parse(text)
    found: list[Finding] = []
    for cue in CUES:
        if cue.needs and cue.needs not in features:
            continue
        for start, end in _matches(doc, cue):
            i, j = doc.token_span(start, end)
            if i == j or not _stands(doc, cue, i, j):
                continue
            urgency = cue.urgency or URGENCY_OF[cue.category]
            if cue.category == "neurological_deficit" and _rapid(doc, i):
                urgency = "emergency"
            found.append(Finding(cue.category, urgency, cue.topic, doc.source(start, end), start))
    found.extend(_ages(doc))
    return found


def message_features(text: str) -> frozenset[str]:
    """Facts that change how other cues read: fragile bones (osteoporosis, steroids, over 50)."""
    doc = parse(text)
    fragile = any(not ctx.is_negated(doc, *doc.token_span(*m.span())) for m in FRAGILE.finditer(doc.text))
    older = any(f.topic == "older" for f in _ages(doc))
    return frozenset({"fragile"} if fragile or older else ())


def _matches(doc: Doc, cue: Cue) -> Iterator[tuple[int, int]]:
    """(start, end) of each match; for a `near` cue the span covers both parts."""
    for m in cue.pattern.finditer(doc.text):
        start, end = m.span()
        i, j = doc.token_span(start, end)
        if i == j or doc.tokens[i].clause != doc.tokens[j - 1].clause:
            continue  # a cue never straddles two clauses
        unless = (cue.unless and _in_sentence(doc, cue.unless, i)) or (cue.unless_clause and _in_clause(doc, cue.unless_clause, i))
        if unless and not (cue.but_if and _in_sentence(doc, cue.but_if, i)):
            continue
        if cue.near is None:
            yield start, end
            continue
        a, b = doc.clause_bounds(i) if cue.scope == "clause" else doc.sentence_bounds(i)
        lo = doc.tokens[max(a, i - cue.window)].start
        hi = doc.tokens[min(b, j + cue.window) - 1].end
        near = [n for n in cue.near.finditer(doc.text, lo, hi) if not (start <= n.start() and n.end() <= end)]
        if near:
            n = min(near, key=lambda n: abs(n.start() - start))
            ni, nj = doc.token_span(*n.span())
            # nothing between the two parts may negate them: "my legs don't feel weak"
            if ctx.negation_between(doc, min(j, nj), max(i, ni)):
                continue
            # across a clause boundary the parts must not each have their own predicate:
            # "numbness, my bum and inner thighs" pairs; "numb foot and my bum hurts" does not
            if doc.tokens[i].clause != doc.tokens[ni].clause and (_own_predicate(doc, i) or _own_predicate(doc, ni)):
                continue
            yield min(start, n.start()), max(end, n.end())


_PREDICATE = rx(r"hurt\w*|ache\w*|aching|sore|pain\w*|itch\w*|burn\w*|fine|ok|okay|normal|stiff|tight|bruised|cramp\w*")


def _own_predicate(doc: Doc, i: int) -> bool:
    a, b = doc.clause_bounds(i)
    return bool(_PREDICATE.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end))


def _in_clause(doc: Doc, pattern: re.Pattern, i: int) -> bool:
    a, b = doc.clause_bounds(i)
    return bool(pattern.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end))


def _in_sentence(doc: Doc, pattern: re.Pattern, i: int) -> bool:
    a, b = doc.sentence_bounds(i)
    return bool(pattern.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end))


def _stands(doc: Doc, cue: Cue, i: int, j: int) -> bool:
    """Context check: does this cue, at tokens [i, j), say the red flag is present now?"""
    if ctx.is_negated(doc, i, j) or ctx.is_hypothetical(doc, i):
        return False
    if cue.category != "self_harm" and ctx.is_general_question(doc, i):
        return False  # "what is foot drop?" asks about a sign; "what's the point of living?" does not
    if cue.info and ctx.is_info_question(doc, i, worry=cue.info == "any"):
        return False
    if cue.kind == "event" and ctx.in_past(doc, i, j, recent_too=True):
        return False
    if cue.topic in ("immunity", "drugs") and ctx.in_past(doc, i, j):
        return False  # chemotherapy or steroids years ago no longer weaken immunity
    if cue.kind != "history" and ctx.is_resolved(doc, j):
        return False
    who, person = ctx.experiencer(doc, i, j)
    if who == "self":
        return True
    if who == "animal":
        return False
    if cue.kind == "history" or cue.category == "cancer":
        # someone else's past cancer or treatment is a family history, unless they are the patient
        return person >= 0 and ctx.is_about_their_pain(doc, person)
    if ctx.has_history_marker(doc, i, j, had_counts=bool(cue.info)):
        return False
    if who == "distant":  # an acquaintance: only when it is happening now ("my friend can't feel her legs")
        return ctx.has_present_marker(doc, person, j)
    return True


def _rapid(doc: Doc, i: int) -> bool:
    a, b = doc.sentence_bounds(i)
    m = RAPID.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end)
    return bool(m) and not ctx.is_negated(doc, *doc.token_span(*m.span()))


# An age in the past: "since I was 12", "when she was 80", "my grandad died at 85".
_PAST_AGE_BEFORE = rx(r"since (?:i|he|she|they) was|when (?:i|he|she|they) was|from the age of|back when|until (?:i|he|she) was|retired at|left school at|diagnosed at|started at|had it at")
_PAST_AGE_CLAUSE = rx(r"died|passed away|passed on|lived to|lived until")


def _ages(doc: Doc) -> list[Finding]:
    """Stated ages over 50 or under 16, of the user or of someone they ask about."""
    text = words_to_digits(doc.text)
    found = []
    for m in AGE_PATTERN.finditer(text):
        num = next(g for g in m.groups() if g)
        start, end = m.span()
        if _age_applies(doc, start, end, int(num)):
            topic = "older" if int(num) > 50 else "younger"
            found.append(Finding("age", URGENCY_OF["age"], topic, doc.source(start, end), start))
    for m in AGE_WORDS.finditer(doc.text):
        if _age_applies(doc, *m.span(), age=60):
            found.append(Finding("age", URGENCY_OF["age"], "older", doc.source(*m.span()), m.start()))
    for m in CHILD_WORDS.finditer(doc.text):
        i, j = doc.token_span(*m.span())
        if i < j and ctx.is_about_their_pain(doc, i) and not ctx.is_negated(doc, i, j):
            found.append(Finding("age", URGENCY_OF["age"], "younger", doc.source(*m.span()), m.start()))
    return found


def _age_applies(doc: Doc, start: int, end: int, age: int) -> bool:
    if not qualifying_age(age) or age > 110:
        return False
    i, j = doc.token_span(start, end)
    if i == j:
        return False
    a, b = doc.clause_bounds(i)
    if _PAST_AGE_BEFORE.search(doc.text, max(doc.tokens[a].start, start - 30), end) or \
            _PAST_AGE_CLAUSE.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end):
        return False
    if ctx.is_negated(doc, i, j) or ctx.is_hypothetical(doc, i) or ctx.is_general_question(doc, i):
        return False
    who, person = ctx.experiencer(doc, i, j)
    if not (who == "self" and person >= 0 and doc.tokens[person].text != "my"):  # "I'm a 61 year old woman"
        who, person = ctx.person_after(doc, j) or (who, person)  # "my 85 year old neighbour"
    if who == "animal":
        return False
    if who == "self" or person < 0:
        return True
    if who == "distant" or ctx.has_history_marker(doc, i, j, had_counts=False):
        return False  # "people over 50", "my neighbour is 85", "grandad died at 85"
    # a relative's age counts when the message is about their pain, or not about the user's own
    return ctx.is_about_their_pain(doc, person) or not ctx.user_has_own_pain(doc)


def stated_own_age(text: str) -> int | None:
    """The user's own age if this message states it ("sorry, I'm 37"), to correct an earlier one."""
    m = re.search(r"(?:i'm|i am|im)\s+(\d{1,3})(?!\s*(?:%|kg|lbs?|weeks?|months?|days?))", words_to_digits(text.lower()))
    return int(m.group(1)) if m else None


def cleared_topics(text: str) -> set[str]:
    """Topics this message says are absent or gone: 'actually the numbness has gone' -> {'saddle', ...}."""
    doc = parse(text)
    cleared = set()
    for topic, pattern in TOPIC_WORDS.items():
        for m in pattern.finditer(doc.text):
            i, j = doc.token_span(*m.span())
            if i < j and (ctx.is_negated(doc, i, j) or ctx.is_resolved(doc, j)):
                cleared.add(topic)
    return cleared


TOPIC_WORDS = {
    "saddle": rx(r"numb\w*|feeling|sensation|tingl\w*|pins and needles|<SADDLE>|<BUTTOCK>"),
    "bladder": rx(r"<PEE>|wetting|wet myself|leak\w*|incontinen\w*|toilet|loo|accidents?|control"),
    "bowel": rx(r"<POO>|toilet|loo|accidents?|control"),
    "sexual": rx(r"erections?|sex|sexual|sex life"),
    "bilateral": rx(r"legs|sciatica|numb\w*|tingl\w*|both sides|pins and needles"),
    "weakness": rx(r"weak\w*|<LEG>|walk\w*|strength|foot drop|drop|balance|dragging"),
    "fever": rx(r"fevers?|feverish|temp(?:erature)?|chills|shiver\w*|sweat\w*"),
    "weight": rx(r"weight"),
    "night": rx(r"night pain|pain at night|nights?|sleep\w*"),
    "chest": rx(r"chest(?: pain)?"),
    "breathing": rx(r"breath\w*"),
    "stroke": rx(r"face|speech|arm|vision|headache|confus\w*|numbness"),
    "pulse": rx(r"puls\w*|throb\w*|tummy|belly|abdomen|stomach"),
}


def strongest(findings: list[Finding]) -> str:
    return min((f.urgency for f in findings), key=_RANK.__getitem__)
