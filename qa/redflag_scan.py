"""One message -> the red-flag cues it contains, after context (negation, experiencer...) is applied.

A cue match never straddles two clauses: a shorter match inside the first clause is tried ("my knee
gave way | and I collapsed"). Context (`_stands`, `stands_now_for_them`, shared with
`qa.redflag_semantic`) drops what nearly happened ("I nearly fell off the ladder"), past habits
(`qa.negation.is_past_habit`), someone else's history (and never a patient who has died), a
toddler's wetting, and an explanation given only as a guess in a question ("is it just gas?" does
not explain a pulsing tummy). Stated ages come from `qa.redflag_ages`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qa import negation as ctx
from qa.redflag_ages import PAIN_CONTEXT, find_ages
from qa.redflag_rules import CUES, FRAGILE, MACROS, RAPID, URGENCY_OF, Cue, rx
from qa.redflag_text import Doc, is_contrast, parse

_RANK = {"emergency": 0, "urgent": 1, "see_doctor": 2}


@dataclass(frozen=True)
class Finding:
    """One cue that stood in one message."""

    category: str
    urgency: str
    topic: str
    trigger: str  # the user's words
    start: int  # offset in the message, for ordering triggers
    by_meaning: bool = False  # found by qa.redflag_semantic (the trigger is a whole clause), not by a cue


def scan(text: str, features: frozenset[str] = frozenset()) -> list[Finding]:
    """Every red-flag cue in `text` that survives its context."""
    doc = parse(text)
    found: list[Finding] = []
    for cue in CUES:
        needs_met = not cue.needs or cue.needs in features
        if not needs_met and cue.needs != "fragile":
            continue
        for start, end in _matches(doc, cue):
            i, j = doc.token_span(start, end)
            if i == j or not _stands(doc, cue, i, j):
                continue
            if not needs_met and not _grandparent(doc, i, j):
                continue  # "my gran slipped": a grandparent's bones count as fragile
            urgency = cue.urgency or URGENCY_OF[cue.category]
            if cue.category == "neurological_deficit" and is_rapid(doc, i):
                urgency = "emergency"
            found.append(Finding(cue.category, urgency, cue.topic, doc.source(start, end), start))
    found.extend(_ages(doc))
    return found


def _ages(doc: Doc) -> list[Finding]:
    """Stated ages of 50 or over or under 16 (`qa.redflag_ages`), as findings."""
    return [Finding("age", URGENCY_OF["age"], topic, doc.source(start, end), start) for topic, start, end in find_ages(doc)]


_GRANDPARENTS = frozenset({"gran", "granny", "grandma", "grandmother", "nan", "nana", "nanna", "grandad", "granddad",
                           "grandpa", "grandfather", "grandparent", "grandparents", "grandmum", "grandmom"})


def _grandparent(doc: Doc, i: int, j: int) -> bool:
    """The cue happened to a grandparent: old enough for a small fall to break a bone."""
    who, k = ctx.experiencer(doc, i, j)
    return k >= 0 and who != "self" and doc.tokens[k].text.removesuffix("'s") in _GRANDPARENTS


def message_features(text: str) -> frozenset[str]:
    """Facts that change how other cues read: fragile bones (osteoporosis, steroids, over 50), and
    back or hip pain ("pain"), which long-term steroids need to count as a fracture risk."""
    doc = parse(text)
    fragile = any(not ctx.is_negated(doc, *doc.token_span(*m.span())) for m in FRAGILE.finditer(doc.text))
    older = any(f.topic == "older" for f in _ages(doc))
    pain = bool(PAIN_CONTEXT.search(doc.text))  # back or hip pain somewhere in the conversation
    return frozenset({"fragile"} if fragile or older else ()) | frozenset({"pain"} if pain else ())


def _matches(doc: Doc, cue: Cue) -> Iterator[tuple[int, int]]:
    """(start, end) of each match; for a `near` cue the span covers both parts."""
    pos = 0
    while m := cue.pattern.search(doc.text, pos):
        start, end = m.span()
        pos = max(end, start + 1)
        i, j = doc.token_span(start, end)
        if i == j:
            continue
        if doc.tokens[i].clause != doc.tokens[j - 1].clause:
            # a cue never straddles two clauses: a shorter match inside the first clause may stand
            # ("my knee gave way and I collapsed": the words up to "gave way"); otherwise look again
            # from the next clause, where a shorter match may start: "the pain, it's there all night"
            _, b = doc.clause_bounds(i)
            clause_end = doc.tokens[b - 1].end
            pos = doc.tokens[b].start if b < len(doc.tokens) else len(doc.text)
            m = cue.pattern.match(doc.text, start, clause_end)
            if m is None or m.end() <= start:
                continue
            start, end = m.span()
            i, j = doc.token_span(start, end)
            if i == j:
                continue
        if explained_away(doc, cue, i):
            continue
        if cue.near is None:
            yield start, end
            continue
        a, b = doc.clause_bounds(i) if cue.scope == "clause" else doc.sentence_bounds(i)
        lo = doc.tokens[max(a, i - cue.window)].start
        hi = doc.tokens[min(b, j + cue.window) - 1].end
        near = [n for n in cue.near.finditer(doc.text, lo, hi) if not (start <= n.start() and n.end() <= end)]
        # the nearest partner first; a further one may stand where the nearest is negated:
        # "not that I can't feel down there, it's just really faint"
        for n in sorted(near, key=lambda n: abs(n.start() - start))[:3]:
            ni, nj = doc.token_span(*n.span())
            # nothing between the two parts may negate them: "my legs don't feel weak"
            if ctx.negation_between(doc, min(j, nj), max(i, ni)):
                continue
            # across a clause boundary the parts must not each have their own predicate:
            # "numbness, my bum and inner thighs" pairs; "numb foot and my bum hurts" does not;
            # "my bum hurts, it's numb" does ("it" takes up the first clause). A "loose" pair
            # (a time and a course: "at night ..., the pain never stops") only stops at a contrast.
            if cue.pairing == "loose":
                if any(is_contrast(doc, k) for k in range(min(j, nj), max(i, ni))):
                    continue  # "constant but mild and eases with rest": a contrast separates the parts
            elif doc.tokens[i].clause != doc.tokens[ni].clause and not _refers_back(doc, i, j, ni, nj) \
                    and (_own_predicate(doc, i) or _own_predicate(doc, ni)):
                continue
            yield min(start, n.start()), max(end, n.end())


def explained_away(doc: Doc, cue: Cue, i: int) -> bool:
    """The cue's `unless` stands in the sentence of token i (or `unless_clause` in its clause) and its
    `but_if` does not: "breast stroke", "lost weight on a diet" (but not "... without trying").
    An explanation inside a simile explains nothing: "numb like when the dentist's injection wears off"."""
    unless = ((cue.unless and _in_sentence(doc, cue.unless, i, after_contrast=True, literal=True, asserted=True))
              or (cue.unless_clause and _in_clause(doc, cue.unless_clause, i)))
    return bool(unless) and not (cue.but_if and _in_sentence(doc, cue.but_if, i))


_SIMILE = rx(r"like (?:when|after|you get after|you get when)|as when|the way (?:it|you) (?:feels?|felt|get) (?:when|after)")


def _literal(doc: Doc, start: int) -> bool:
    """The text at `start` is not part of a simile opened earlier in its clause ("like when ...")."""
    i, _ = doc.token_span(start, start + 1)
    a, _ = doc.clause_bounds(i)
    return not _SIMILE.search(doc.text, doc.tokens[max(a, i - 6)].start, start)


_PREDICATE = rx(r"hurt\w*|ache\w*|aching|sore|pain\w*|itch\w*|burn\w*|fine|ok|okay|normal|stiff|tight|bruised|cramp\w*")


_ANAPHORA = frozenset({"it", "it's", "which", "this", "that", "that's", "they", "they're", "they've"})


def _refers_back(doc: Doc, i: int, j: int, ni: int, nj: int) -> bool:
    """The later part points back at the earlier one: it opens its clause with a pronoun ("my bum
    hurts, it's numb") or takes one as object ("my privates are sore and I can't feel them")."""
    later, end = (i, j) if i > ni else (ni, nj)
    if any(doc.tokens[k].text in ("it", "them") for k in range(later, min(end + 1, len(doc.tokens)))):
        return True
    a, _ = doc.clause_bounds(later)
    if a == 0:
        return False
    first = next((doc.tokens[k].text for k in range(a, later + 1) if doc.tokens[k].is_word), "")
    return first in _ANAPHORA and doc.tokens[a - 1].text in (",", "and", "-", "—", "–")


def _own_predicate(doc: Doc, i: int) -> bool:
    a, b = doc.clause_bounds(i)
    return bool(_PREDICATE.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end))


def _in_clause(doc: Doc, pattern: re.Pattern, i: int) -> bool:
    a, b = doc.clause_bounds(i)
    return bool(pattern.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end))


def _in_sentence(doc: Doc, pattern: re.Pattern, i: int, after_contrast: bool = False, literal: bool = False,
                 asserted: bool = False) -> bool:
    """`pattern` in the sentence of token i; with `after_contrast`, not before a "but" that precedes
    token i: "I thought it was my posture, but now a squeezing pain in my chest" keeps the chest pain;
    with `literal`, not inside a simile; with `asserted`, not a cause only asked about ("is it just gas?")."""
    a, b = doc.sentence_bounds(i)
    if after_contrast:
        a = next((k + 1 for k in range(i - 1, a - 1, -1) if is_contrast(doc, k)), a)
    found = pattern.finditer(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end)
    return any((not literal or _literal(doc, m.start())) and (not asserted or not _asked_cause(doc, m.start()))
               for m in found)


_ASKED = rx(r"is (?:it|this|that)|could (?:it|this|that) (?:just )?be|might (?:it|this|that) be|can (?:it|this|that) be|or is|or just|maybe|perhaps|probably|surely|hopefully")


def _asked_cause(doc: Doc, start: int) -> bool:
    """The text at `start` is a cause offered in a question ("is it just gas?", "could it be my period?"):
    a guess at a harmless explanation does not explain the sign away."""
    k, _ = doc.token_span(start, start + 1)
    a, b = doc.clause_bounds(k)
    ends_in_question = (b - 1 < len(doc.tokens) and doc.tokens[b - 1].text == "?") or \
        (b < len(doc.tokens) and doc.tokens[b].text == "?")
    return ends_in_question and bool(_ASKED.search(doc.text, doc.tokens[a].start, start))


_USED_TO = rx(r"used to")
_NOT_YET_CONTINENT = frozenset({"baby", "babies", "toddler", "toddlers", "infant", "newborn", "little one"})
_NEARLY = frozenset({"nearly", "almost", "narrowly", "practically"})
_DECEASED = rx(r"died|dead|passed away|passed on|lost (?:him|her|them) to|late (?:husband|wife|mum|dad|mother|father|grandad|gran|nan)")
_STOPPED = rx(r"stopped|came off|come off|finished|quit|no longer")
_PAST = rx(MACROS["PAST_TIME"])

# An event last month whose effects go on ("still hurts") still counts; one years ago does not.
_ONGOING = rx(r"still|ever since|since then|since that|hasn't (?:stopped|gone|settled|eased|healed)|not (?:healed|settled|gone)"
              r"|getting worse|worse and worse|never (?:healed|recovered|settled)")


# The user corrects themselves right after the cue: "I can't feel my... no wait, I can feel everything"
_CORRECTED = re.compile(r"\W*(?:no wait|wait no|wait|actually|scratch that|sorry|i mean)\W+(?:i|it|they|he|she)\W*(?:can|do|does|am|is|are|'m|have)\b(?!n't| not)")


# A case described by a carer or clinician: "70 year old man, new back pain and ..."
_AGED_PATIENT = re.compile(r"\b\d{1,3}\s*-?\s*(?:years?|yrs?|y)[\s-]*(?:old\s+|o\s+)?(?:man|woman|male|female|gentleman|lady|patient|pt)\b")


def corrected_after(doc: Doc, j: int) -> bool:
    """The words after token j - 1 take the sign back: "I can't feel my... no wait, I can"."""
    return bool(_CORRECTED.match(doc.text, doc.tokens[j - 1].end))


def _stands(doc: Doc, cue: Cue, i: int, j: int) -> bool:
    """Context check: does this cue, at tokens [i, j), say the red flag is present now?"""
    if ctx.is_negated(doc, i, j) or ctx.is_denied_after(doc, j) or ctx.is_hypothetical(doc, i):
        return False
    if corrected_after(doc, j):
        return False
    if cue.category != "self_harm" and (ctx.is_general_question(doc, i) or ctx.is_only_asking(doc, i)):
        return False  # "what is foot drop?" asks about a sign; "what's the point of living?" does not
    if cue.info and ctx.is_info_question(doc, i, worry=cue.info == "any"):
        return False
    return stands_now_for_them(doc, cue.category, cue.kind, cue.lapses, bool(cue.info), i, j, cue.topic)


def stands_now_for_them(doc: Doc, category: str, kind: str, lapses: bool, named: bool, i: int, j: int,
                        topic: str = "") -> bool:
    """The time and person part of the context check, shared with `qa.redflag_semantic`: is a sign
    at tokens [i, j) current (not a past event, an ended treatment, or resolved) and about the user
    or someone they ask for? `kind` and `lapses` as in `Cue`; `named`: the sign names a condition,
    so "had" marks someone else's history ("my uncle had a stroke")."""
    if kind == "event" and any(doc.tokens[k].text in _NEARLY for k in range(max(0, i - 2), i)):
        return False  # "I nearly fell off the ladder", "we almost crashed": it did not happen
    if kind == "event" and ctx.in_past(doc, i, j, recent_too=True) and (
            ctx.in_past(doc, i, j) or not _in_sentence(doc, _ONGOING, i)):
        return False  # a fall years ago is history; one last month that "still hurts" is not
    if lapses and ctx.in_past(doc, i, j):
        return False  # chemotherapy or steroids years ago no longer weaken immunity
    if topic == "immunity" and (_in_clause(doc, _USED_TO, i) or (_in_sentence(doc, _STOPPED, i) and _in_sentence(doc, _PAST, i))):
        return False  # "I used to take prednisolone but stopped five years ago" (a past drug habit still counts)
    if kind == "symptom" and ctx.is_past_habit(doc, i):
        return False  # "I used to wet the bed as a kid", "I used to get night sweats on my old tablets"
    if kind != "history" and ctx.is_resolved(doc, j):
        return False
    if kind == "symptom" and ctx.is_over(doc, i, j):
        return False  # a fever weeks ago, "long gone now"; a fall or a cancer is not undone
    who, person = ctx.experiencer(doc, i, j)
    if who == "self":
        return True
    if who == "animal":
        return False
    if topic in ("bladder", "bowel") and person >= 0 and doc.tokens[person].text in _NOT_YET_CONTINENT:
        return False  # "my toddler wet himself at nursery": not yet dry, not a sign
    if kind == "history" or category == "cancer":
        # someone else's past cancer or treatment is a family history, unless they are the patient
        # (who cannot be someone who has died: "my grandad died of cancer years ago, anyway my back ...")
        if person < 0 and who == "close":  # "he's a user, shoots up, and keeps moaning about his back"
            return not _in_clause(doc, _DECEASED, i) and ctx.is_about_their_pain(doc, 0)
        return person >= 0 and not _in_clause(doc, _DECEASED, i) and ctx.is_about_their_pain(doc, person)
    if ctx.has_history_marker(doc, i, j, had_counts=named):
        return False
    if ctx.in_past(doc, i, j):
        return False  # someone else's sign years ago: "my uncle has had cauda equina from years back"
    if who == "distant":  # an acquaintance: only when it is happening now ("my friend can't feel her legs")
        return ctx.has_present_marker(doc, person, j) or _AGED_PATIENT.search(doc.text, 0, doc.tokens[person].end) is not None
    return True


def is_rapid(doc: Doc, i: int) -> bool:
    """The sentence of token i says the sign came on or is worsening fast ('by the hour', 'today')."""
    a, b = doc.sentence_bounds(i)
    m = RAPID.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end)
    return bool(m) and not ctx.is_negated(doc, *doc.token_span(*m.span()))


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
