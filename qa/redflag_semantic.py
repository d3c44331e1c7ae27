"""Semantic red flags: the clauses of a message compared by meaning with prototype statements.

The rules (`qa.redflag_scan`) need a pattern for every phrasing, and people keep finding new ones
("feels like when the dentist injection wears off", "can't push down like on a car pedal"). This
layer compares what the user wrote with short statements of each sign (`qa.redflag_prototypes`)
using the bundled all-MiniLM-L6-v2, and `qa.safety` adds its flags to the rule flags.

1. Units. `qa.redflag_text.parse` splits the message into clauses; every clause with a content word
   is a unit, and so is every sentence of two or more clauses ("my bum hurts and it's numb" needs
   both; "no fever" must be judged alone). At most MAX_UNITS per message.
2. One encode. The units of the message (and of earlier messages not seen before), plus a copy of
   each unit that has a negation, with the negation words removed, go through
   `qa.embed.default_embedder().encode` in one batch: usually 1-4 texts, about 20 ms a message on
   2 CPU cores (19 ms on eval/redflags.jsonl, 21-28 ms on the longer development messages; the
   rules take under 1 ms). The 1,000 prototype vectors are encoded once per process, lazily, under a
   lock (2.5 s after the model's own 7 s load); findings are cached per message text, so earlier
   messages of a conversation are not encoded again.
3. Score. For category c, s_c is the best cosine between the unit and c's prototypes, and n the best
   cosine with a NEGATIVE prototype (benign look-alikes: "numb from cycling but it went away", "my
   grandad had cancer years ago", "I want to end this pain, what works?"). The unit raises c when
   s_c >= THRESHOLD[c] and s_c - n >= MARGIN[c].
4. Negation. The model hardly tells "I'm short of breath" from "I'm not short of breath", so the
   copy without negation words decides. A negation on a symptom ("no numbness", "haven't leaked")
   denies it unless removing it lowers s_c by more than NEGATION_DROP; one on a function ("can't
   feel my bum", "won't lift", "no control") is part of the sign unless removing it raises s_c by
   more than NEGATION_RISE ("I don't want to die" -> "I want to die").
5. Context, from `qa.negation` and the rules, in every clause of the unit: a denial after it ("...
   and I haven't"), hypotheticals and questions about signs ("what are the signs of ..."), a named
   condition asked or worried about ("could it be cancer?"), a resolution ("it went away", "I can wee
   fine"), the explanations the rule cues of the same topic accept ("after spin class", "on a diet",
   "from the office chair"), and `qa.redflag_scan.stands_now_for_them` (past events, ended
   treatments, someone else's history, pets). Some words the model cannot judge are checked as words
   (`_fits_topic`): a bilateral sign must name both sides, a pulse the belly (or a tearing pain),
   pain at rest must not be said to ease anywhere in its sentence ("constant but eases when I lie
   down"), a stated temperature must be a fever, and steroids for immunity must not be a short
   course ("a five day course of prednisolone").
6. Flag. Topic (hence urgency and what a later message can clear) comes from the best prototype;
   the trigger is the unit, in the user's words; one Finding per category.

Thresholds, tuned on the development part of eval/redflags_semantic_dev.jsonl (ids sd-, sd2-, sd3-)
with eval/redflags.jsonl and eval/redflags_holdout.jsonl guarding false alarms (rerun with
`python -m qa.safety --compare FILE`): same-sign cosines run 0.6-0.95 while benign look-alikes
that share the words reach 0.6-0.8, so THRESHOLD is a floor (0.60) and the lead over the negatives
(MARGIN 0.03) does most of the work. Fracture is stricter (0.75 and 0.15): its rules already catch
the mechanisms people name, and "I tripped", "my back fell apart" look like falls to the model.

Age is not scored here: the model cannot read numbers ("I'm 37" sat closer to "I am over fifty"
than "I'm 67" did), so ages stay with the rules. If the model cannot load or encode, the layer says
so once on stderr and returns nothing, leaving the rules.
"""

from __future__ import annotations

import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from qa import negation as ctx
from qa.redflag_prototypes import NEGATIVE, POSITIVE
from qa.redflag_rules import AFTER_ACTIVITY, CUES, POSITIONAL, URGENCY_OF, rx
from qa.redflag_scan import Finding, corrected_after, explained_away, is_rapid, stands_now_for_them
from qa.redflag_text import Doc, parse

# minimum best-prototype cosine per category, and lead over the best negative prototype
THRESHOLD = {
    "cauda_equina": 0.60, "neurological_deficit": 0.60, "infection": 0.60, "cancer": 0.60, "fracture": 0.75,
    "aortic_aneurysm": 0.60, "chest_pain": 0.60, "breathing": 0.60, "stroke": 0.60, "self_harm": 0.60,
}
MARGIN = {c: 0.15 if c == "fracture" else 0.03 for c in THRESHOLD}
# a negation on a symptom ("no numbness") denies it unless removing it lowers s_c by more than
# NEGATION_DROP; one on a function ("won't lift") only if removing it raises s_c by more than NEGATION_RISE
NEGATION_DROP = 0.08
NEGATION_RISE = 0.03
MAX_UNITS = 64

# How context may cancel a sign of each topic: "symptom", "event" (a past date cancels it) or
# "history" (a fact about the person), as `Cue.kind`; LAPSES: a treatment or habit that ends.
TOPIC_KIND = {
    "saddle": "symptom", "bladder": "symptom", "bowel": "symptom", "sexual": "symptom", "bilateral": "symptom",
    "weakness": "symptom", "fever": "symptom", "infection": "symptom", "immunity": "history", "drugs": "history",
    "cancer": "history", "weight": "symptom", "night": "symptom", "trauma": "event", "pulse": "symptom",
    "chest": "event", "breathing": "event", "stroke": "event", "self_harm": "symptom",
}
LAPSES = frozenset({"immunity", "drugs"})
TOPIC_URGENCY = {"cancer": "urgent", "weight": "urgent", "night": "see_doctor"}

# A named condition: "could it be cancer?" is a worry about a name, not a sign.
_CONDITION = rx(r"cancers?|tumou?rs?|malignan\w*|cauda equina|ces|strokes?|heart attacks?|aneurysm\w*|infection\w*|sepsis"
                r"|fractur\w*|broken (?:back|bones?|hip|spine)|osteopor\w*|lymphoma|leuka?emia|myeloma|metasta\w*|secondaries"
                r"|spinal cord compression|discitis|abscess|blood clot|embolism|angina")
# Words a sign of these topics needs, for what the model cannot judge: a bilateral sign names both sides,
# a pulsing one the belly (or a tearing pain); weight loss speaks of weight, clothes or eating; night
# pain of night, bed, rest or a pain that never stops ("a real pain in the butt" is none of them).
_NEEDS = {
    "bilateral": rx(r"both|legs|each|either|other (?:leg|side)|two|sides|bilateral|left and right|right and left"),
    "weight": rx(r"weight|thin\w*|skinn\w*|stones?|pounds|lbs?|kilos?|kgs?|clothes|trousers|jeans|belt|(?:dress )?sizes?"
                 r"|loose|baggy|hanging|falling off|wast\w*|appetite|eat\w*|scales|lost|losing|lose|dropp\w*|shed\w*|notch\w*|hole"),
    "night": rx(r"night(?! shifts?)\w*|nights|sleep\w*|slept|asleep|bed|lying|lie|lay|laying|rest\w*|still|constant\w*|all the time"
                r"|day and night|never|wak\w*|woke|awake|position\w*|24/7|non-?stop|relentless|unrelenting|whatever|lets? up"),
    "pulse": rx(r"belly|tummy|stomach|abdom\w*|navel|belly button|gut|tear\w*|torn|rip\w*|aort\w*|aneurysm\w*"),
    # a symptom, not just the word "heart" ("broke my phone screen and my heart lol")
    "chest": rx(r"pain\w*|hurt\w*|ach\w*|sore\w*|tight\w*|pressure|press\w*|squeez\w*|crush\w*|heav\w*|weight|band|belt|vi[cs]e|elephant|burn\w*"
                r"|stab\w*|sharp|attack|arm|jaw|neck|shoulder|radiat\w*|spread\w*|racing|pound\w*|flutter\w*|palpitat\w*|skip\w*|thump\w*|irregular"
                r"|funny|weird|odd|strange|wrong|discomfort|agony|angina|clutch\w*|grip\w*|holding|sweat\w*|clammy|grey|gray|breath\w*|faint\w*|dizz\w*|sick|going|doing"),
}
# Words a negation may take without denying a sign: "can't feel", "won't lift", "no control", "not able".
_FUNCTIONS = frozenset("""
feel feeling feelings felt sensation sense control work works working worked lift lifts hold holds holding move
moving moved push press empty emptying emptied come coming go going tell know knowing realise realising realize
realizing notice noticing urge strength power stand standing walk walking able wake waking want live living alive
exist future hope point trying tried meaning dieting bend climb grip stop ease eases touch help helps let settle
start pass passing flow make respond obey do bear take carry support see speak talk smile breathe catch sleep
get keep lets end
""".split())
_ABLE = re.compile(r"(?<!wish )(?<!if )(?<!hope )\b(?:i|he|she|we|they|i'm|he's|she's) (?:can|could|(?:am |is |are )?able to|managed to)\b")
_UNABLE = re.compile(r"\b(?:no|not|never|nothing|without|none|nor|unable|barely|hardly|only just|scarcely|cannot|"
                     r"lost|losing|\w+n't)\b")
_NEGATED_FILLER = frozenset({"been", "be", "being", "even", "really", "actually", "just", "quite", "seem", "seems",
                             "to", "a", "an", "the", "any", "ever", "always", "fully", "properly", "so", "very", "have",
                             "got", "get", "i", "it", "they", "as", "much", "longer", "more"})
_FELT_OBJECTS = frozenset({"my", "his", "her", "the", "anything", "it", "them", "when", "myself", "himself", "herself",
                           "a", "much", "any", "where", "if", "whether", "that", "what", "me", "down", "properly",
                           "their", "your", "whenever", "nothing", "things", "sensation", "touch"})
# A short treatment: "a five day course of steroids", "one course of prednisolone".
_SHORT_COURSE = rx(r"(?:a|one|short|single|quick|\d+[- ]day|(?:one|two|three|four|five|six|seven|ten|fourteen)[- ]day) (?:\w+ )?course|course of|burst of|for (?:a few|\d+|one|two|three|four|five|six|seven|ten) days")
_RELIEF = rx(r"eas\w*|helps?|helped|better|settles?|settled|goes|relie\w*|fine|comfortable|comfy|improves?")
_NO_RELIEF = frozenset({"nothing", "no", "not", "never", "nor", "neither", "won't", "cannot", "can't", "hardly", "barely"})
# The rule cues of each topic whose `unless` explains a sign away ("legs like jelly after spin class",
# "chest tight from the gym", "lost weight on a diet"): a semantic match of that topic obeys them too.
# Not those that guard a word's other sense rather than explain a sign: "hurt myself lifting" (the
# negative prototypes do that job), "weight" beside wasting muscles.
_EXPLAINERS: dict[str, list] = {}
for _cue in CUES:
    if (_cue.unless or _cue.unless_clause) and _cue.topic != "self_harm" and not (
            _cue.topic == "weakness" and "wast" in _cue.pattern.pattern):
        _EXPLAINERS.setdefault(_cue.topic, []).append(_cue)
_LINKS = frozenset({"but", "however", "although", "though", "except", "apart", "aside", "yet", "whereas", "because",
                    "anyway", "otherwise", "unlike", "whilst", "and", "or", "so", "then", "n", "plus"})


@dataclass(frozen=True)
class _Unit:
    """A clause or sentence of a message: token range [a, b) and the clauses it spans."""

    a: int
    b: int
    clauses: tuple[tuple[int, int], ...]
    text: str
    stripped: str  # the text without its negation words; "" when it has none
    function: bool  # each negation negates a function ("won't lift"), not a symptom ("no numbness")
    able: bool = False  # says the person can do something ("I can get a full breath"), and no "can't"


class _Prototypes:
    """Prototype vectors, with the category and topic of each positive row."""

    def __init__(self, embedder):
        import torch  # loaded with the model already

        rows = [(cat, topic, text) for cat, topics in POSITIVE.items() for topic, texts in topics.items()
                for text in texts]
        self.categories = tuple(dict.fromkeys(cat for cat, _, _ in rows))
        self.category = np.array([self.categories.index(cat) for cat, _, _ in rows])
        self.topic = [topic for _, topic, _ in rows]
        self.text = [t for _, _, t in rows]
        self.negative_text = list(NEGATIVE)
        self.negated = [bool(_UNABLE.search(t.lower())) for t in self.text]  # "I can't lift my foot"
        vectors = embedder.encode(self.text + self.negative_text)
        self.n_positive = len(rows)
        self.columns = [np.flatnonzero(self.category == k) for k in range(len(self.categories))]
        # cosines go through torch's thread pool: a numpy (OpenBLAS) product between two encodes wakes
        # a second pool that fights torch's for the 2 cores and makes the next encode 3 times slower
        self._matrix = torch.from_numpy(np.ascontiguousarray(vectors.T))

    def cosines(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cosines with every positive prototype, best cosine with a negative one) per row."""
        import torch

        both = (torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32)) @ self._matrix).numpy()
        return both[:, :self.n_positive], both[:, self.n_positive:].max(axis=1)


_lock = threading.Lock()
_state: dict[str, object] = {}  # "embedder", "prototypes"; "failed" and "said" when the model is unusable
_cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
_CACHE_SIZE = 2048


def _load():
    """(embedder, prototypes), or None when the model cannot be used (said once on stderr)."""
    with _lock:
        if "prototypes" in _state:
            return _state["embedder"], _state["prototypes"]
        if _state.get("failed"):
            return None
        try:
            from qa.embed import default_embedder

            embedder = default_embedder()
            prototypes = _Prototypes(embedder)
        except Exception as e:  # a missing or broken model must never stop the rules
            _state["failed"] = True
            _say_once(f"the embedding model is unavailable ({e})")
            return None
        _state["embedder"], _state["prototypes"] = embedder, prototypes
        return embedder, prototypes


def _say_once(problem: str) -> None:
    if not _state.get("said"):
        _state["said"] = True
        print(f"qa.redflag_semantic: {problem}; red flags come from the rules only", file=sys.stderr)


def warm_up() -> bool:
    """Load the model and encode the prototypes now (a few seconds), not on the first message."""
    return _load() is not None


def semantic_findings(messages: list[str]) -> dict[str, tuple[Finding, ...]]:
    """Semantic findings for each message, encoding all that are not cached in one batch."""
    with _lock:
        todo = [m for m in dict.fromkeys(messages) if m not in _cache]
    if todo:
        loaded = _load()
        if loaded is None:
            return {m: () for m in messages}
        embedder, prototypes = loaded
        try:
            found = _score_messages(todo, embedder, prototypes)
        except Exception as e:  # never let the model stop the rules
            _say_once(f"encoding failed ({e})")
            return {m: () for m in messages}
        with _lock:
            for m, f in found.items():
                _cache[m] = f
                _cache.move_to_end(m)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        return {m: _cache.get(m, ()) for m in messages}


def _score_messages(messages: list[str], embedder, prototypes: _Prototypes) -> dict[str, tuple[Finding, ...]]:
    docs = [parse(m) for m in messages]
    units = [_units(doc) for doc in docs]
    texts: list[str] = []
    for us in units:
        for u in us:
            texts.append(u.text)
            if u.stripped:
                texts.append(u.stripped)
    if not texts:
        return {m: () for m in messages}
    pos, neg = prototypes.cosines(embedder.encode(texts))  # (texts, prototypes), (texts,)
    out: dict[str, tuple[Finding, ...]] = {}
    row = 0
    for message, doc, us in zip(messages, docs, units):
        rows = []
        for u in us:
            rows.append((row, row + 1 if u.stripped else -1))
            row += 2 if u.stripped else 1
        out[message] = tuple(_decide(doc, us, rows, pos, neg, prototypes))
    return out


def candidate_table(messages: list[str]) -> list[list[Candidate]]:
    """Every candidate of each message, with the context checked for all of them: the raw material
    for choosing THRESHOLD and MARGIN (`python -m qa.safety --sweep FILE`)."""
    embedder, prototypes = _load() or (None, None)
    if prototypes is None:
        return [[] for _ in messages]
    table = []
    for message in messages:
        doc = parse(message)
        units = _units(doc)
        texts, rows = [], []
        for u in units:
            rows.append((len(texts), len(texts) + 1 if u.stripped else -1))
            texts += [u.text, u.stripped] if u.stripped else [u.text]
        if not texts:
            table.append([])
            continue
        pos, neg = prototypes.cosines(embedder.encode(texts))
        table.append(candidates(doc, units, rows, pos, neg, prototypes, everything=True))
    return table


def _decide(doc: Doc, units: list[_Unit], rows, pos, neg, prototypes: _Prototypes) -> list[Finding]:
    found: dict[str, Finding] = {}
    for c in candidates(doc, units, rows, pos, neg, prototypes):
        if c.category not in found and c.passes():
            found[c.category] = c.finding(doc, units)
    return list(found.values())


@dataclass(frozen=True)
class Candidate:
    """A unit's best match in one category, with what the thresholds and the context say of it."""

    unit: int
    category: str
    topic: str
    score: float  # best cosine with the category's prototypes
    lead: float  # score minus the best cosine with a negative prototype
    # per negated part (the unit, or each clause of a sentence): the change in its score when its
    # negation words are removed, and whether they negate a function ("won't lift") or a symptom
    shifts: tuple[tuple[float, bool], ...]
    allowed: bool | None  # the context check (None: not run, the thresholds already failed)

    def denied(self, drop: float | None = None, rise: float | None = None) -> bool:
        """A negation denies the sign. One on a symptom ("no numbness") does unless removing it moves
        the text clearly away from the sign; one on a function ("won't lift") does only if removing it
        moves the text clearly towards the sign ("I don't want to die")."""
        drop = NEGATION_DROP if drop is None else drop
        rise = NEGATION_RISE if rise is None else rise
        return any(shift > rise if function else shift >= -drop for shift, function in self.shifts)

    def passes(self, threshold: dict | None = None, margin: dict | None = None, drop: float | None = None,
               rise: float | None = None) -> bool:
        return (self.score >= (threshold or THRESHOLD)[self.category] and self.lead >= (margin or MARGIN)[self.category]
                and not self.denied(drop, rise) and bool(self.allowed))

    def finding(self, doc: Doc, units: list[_Unit]) -> Finding:
        u = units[self.unit]
        urgency = TOPIC_URGENCY.get(self.topic) or URGENCY_OF[self.category]
        if self.category == "neurological_deficit" and is_rapid(doc, u.a):
            urgency = "emergency"
        start, end = doc.tokens[u.a].start, doc.tokens[u.b - 1].end
        return Finding(self.category, urgency, self.topic, doc.source(start, end), start, by_meaning=True)


def candidates(doc: Doc, units: list[_Unit], rows, pos, neg, prototypes: _Prototypes,
               everything: bool = False) -> list[Candidate]:
    """Every (unit, category) pair, clauses before sentences so a trigger is the shortest unit;
    the context is checked only where the thresholds pass, unless `everything` (for tuning)."""
    cols = prototypes.columns
    best = {}  # (unit, category) -> (score, prototype row, (shift, negative prototype) or None)
    for n, (r, rs) in enumerate(rows):
        for k, cat in enumerate(prototypes.categories):
            p = int(cols[k][int(np.argmax(pos[r, cols[k]]))])
            score = float(pos[r, p])
            shift = (float(pos[rs, cols[k]].max()) - score, units[n].function) if rs >= 0 else None
            best[n, cat] = (score, p, shift)
    clause_of = {units[n].clauses[0]: n for n in range(len(units)) if len(units[n].clauses) == 1}

    out = []
    for n in sorted(range(len(units)), key=lambda n: len(units[n].clauses)):
        u = units[n]
        for cat in prototypes.categories:
            score, p, shift = best[n, cat]
            lead = score - float(neg[rows[n][0]])
            # a sentence stands only if each of its clauses does: "my cat has cancer, my back is
            # tight" reads as "I have cancer and back pain" as a whole
            parts = [clause_of[c] for c in u.clauses] if len(u.clauses) > 1 else [n]
            shifts = tuple(best[m, cat][2] for m in parts if best[m, cat][2] is not None)
            c = Candidate(n, cat, prototypes.topic[p], score, lead, shifts, None)
            if everything or (score >= THRESHOLD[cat] and lead >= MARGIN[cat] and not c.denied()):
                # "I can get a full breath" is as close to "I can't get a full breath" as anything
                affirms = any(prototypes.negated[best[m, cat][1]] and units[m].able and not units[m].stripped
                              for m in {n, *parts})
                allowed = not affirms and _fits_topic(doc, c.topic, u.a, u.b) and all(
                    _context_allows(doc, cat, c.topic, a, b) for a, b in u.clauses)
                c = Candidate(n, cat, c.topic, score, lead, shifts, allowed)
            out.append(c)
    return out


def _fits_topic(doc: Doc, topic: str, a: int, b: int) -> bool:
    """Word checks for what the model cannot judge: how many legs, where a pulse is, whether rest helps."""
    lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
    need = _NEEDS.get(topic)
    if need is not None and not need.search(doc.text, lo, hi):
        return False
    if topic == "fever" and not _feverish_reading(doc.text[lo:hi]):
        return False  # "my temperature is 37.2"
    if topic == "night" and (POSITIONAL.search(doc.text, lo, hi) or AFTER_ACTIVITY.search(doc.text, lo, hi)):
        return False  # "it aches at night if I sleep on my side"
    if topic == "immunity" and _SHORT_COURSE.search(doc.text, lo, hi):
        return False  # "a five day course of steroids" does not weaken immunity
    if topic == "night":  # "lying down eases it" reads like "lying down doesn't ease it" to the model
        # in the whole sentence: "the pain is constant but eases when I lie down"
        s_a, s_b = doc.sentence_bounds(a)
        for m in _RELIEF.finditer(doc.text, doc.tokens[s_a].start, doc.tokens[s_b - 1].end):
            i, _ = doc.token_span(*m.span())
            c = doc.clause_bounds(i)[0]
            if not any(doc.tokens[k].text in _NO_RELIEF or doc.tokens[k].text.endswith("n't")
                       for k in range(c, i)):
                return False  # "can't find any position that helps" keeps it
    return True


def _feverish_reading(text: str) -> bool:
    """True unless the text gives a body temperature and every one given is normal (the model cannot
    read numbers): 37.8 C / 100 F and over is a fever."""
    readings = [float(x) for x in re.findall(r"(?<![\d.])(\d{2,3}(?:\.\d)?)(?![\d.])", text)]
    readings = [x for x in readings if 34 <= x <= 43 or 93 <= x <= 110]
    return not readings or any(x >= 37.8 if x < 50 else x >= 100.0 for x in readings)


def _context_allows(doc: Doc, category: str, topic: str, a: int, b: int) -> bool:
    """The clause [a, b) states the sign as present, for the user or someone they ask for.

    The anchor is the clause's last word: context triggers ("if I ever", "what are the signs of")
    come before a sign, and the person who has it is the last one named before its end."""
    z = max(k for k in range(a, b) if doc.tokens[k].is_word)
    if ctx.is_denied_after(doc, b) or ctx.is_hypothetical(doc, z) or corrected_after(doc, b):
        return False
    if category != "self_harm" and (ctx.is_general_question(doc, z) or ctx.is_only_asking(doc, z)):
        return False
    lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
    named = list(_CONDITION.finditer(doc.text, lo, hi))
    if category != "self_harm" and any(ctx.is_info_question(doc, doc.token_span(*m.span())[0], worry=True)
                                       for m in named):
        return False  # "could it be cancer?", "worried about a stroke"
    if any(explained_away(doc, cue, z) for cue in _EXPLAINERS.get(topic, ())):
        return False  # the rules' own explanations: "after spin class", "breast stroke", "on a diet"
    kind = TOPIC_KIND[topic]
    if kind != "history" and ctx.resolved_within(doc, a, b):
        return False  # "the tingling went away", "I can wee fine"
    return stands_now_for_them(doc, category, kind, topic in LAPSES, bool(named), z, b, topic)


def _units(doc: Doc) -> list[_Unit]:
    toks = doc.tokens
    clauses: list[tuple[int, int]] = []
    k = 0
    while k < len(toks) and len(clauses) < MAX_UNITS:
        a, b = doc.clause_bounds(k)
        k = b
        if any(t.is_word and t.text not in _LINKS for t in toks[a:b]):
            clauses.append(_trim(doc, a, b))
    units = [_Unit(a, b, ((a, b),), doc.text[toks[a].start:toks[b - 1].end], *_strip_negation(doc, a, b),
                   able=_affirms_ability(doc, a, b)) for a, b in clauses]
    k = 0
    while k < len(toks) and len(units) < MAX_UNITS:
        a, b = doc.sentence_bounds(k)
        k = b
        parts = tuple(c for c in clauses if a <= c[0] and c[1] <= b)
        if len(parts) > 1:
            a, b = _trim(doc, a, b)
            # its clauses' copies without negation speak for it: no copy of its own to encode
            units.append(_Unit(a, b, parts, doc.text[toks[a].start:toks[b - 1].end], "", False,
                               able=_affirms_ability(doc, a, b)))
    return units


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """[a, b) without leading and trailing punctuation (a closing ? or ! stays: it makes a question)."""
    toks = doc.tokens
    while a < b and not toks[a].is_word:
        a += 1
    while b > a and not toks[b - 1].is_word and toks[b - 1].text not in ("?", "!"):
        b -= 1
    return a, b


def _negates_function(doc: Doc, t: int, b: int) -> bool:
    """The negation at t takes a function ("can't feel my bum", "won't lift", "no control", "not able to
    pee"), not a symptom ("no loss of control", "don't feel hot", "haven't leaked")."""
    toks = doc.tokens
    k = next((k for k in range(t + 1, b) if toks[k].is_word and toks[k].text not in _NEGATED_FILLER), b)
    if k >= b or toks[k].text not in _FUNCTIONS:
        return False
    if toks[k].text in ("feel", "feeling", "felt"):  # "can't feel my legs", not "don't feel hot"
        return k + 1 < b and toks[k + 1].text in _FELT_OBJECTS
    return True


def _affirms_ability(doc: Doc, a: int, b: int) -> bool:
    """The clause says someone can do something ("I can feel my legs", "she's able to pee") and has
    no word of inability in it ("can barely", "can't", "unable", "no")."""
    text = doc.text[doc.tokens[a].start:doc.tokens[b - 1].end]
    return bool(_ABLE.search(text)) and not _UNABLE.search(text)


def _strip_negation(doc: Doc, a: int, b: int) -> tuple[str, bool]:
    """The unit without its negation words ("" if none), and whether every one of them negates a
    function ("can't feel", "won't lift", "no control") rather than a symptom ("no numbness")."""
    toks = doc.tokens
    drop = []
    for t in range(a, b):
        end = doc.clause_bounds(t)[1]
        if any(toks[k].is_word for k in range(t + 1, min(b, end))) and ctx.is_trigger(doc, t, min(b, end)):
            drop.append(t)
    if not drop:
        return "", False
    function = all(_negates_function(doc, t, b) for t in drop)
    kept = [toks[k].text for k in range(a, b) if k not in drop]
    text = " ".join(kept).replace(" ,", ",").replace(" .", ".").replace(" ?", "?").replace(" '", "'")
    return text, function
