"""Text preparation for red-flag matching: normalise, fix misspelt cue words, split into clauses.

`parse(text)` returns a `Doc`: a lower-cased copy of the text in which contractions written without
an apostrophe ("cant", "dont", "ive") and chat spellings ("nite", "tonite") are restored and
misspelt cue words ("bladdder", "feaver", "sucidal", "pian", "urin") are replaced by the word they
were meant to be, plus a map from every character of that copy back to the user's text, so matches
can be reported in the user's own words.

Spelling correction is deliberately narrow, because correcting a real word into a cue word invents
symptoms ("fewer" -> "fever", "strike" -> "stroke", "pain" -> "paid"):

- only tokens of 4 letters or more are corrected, and only towards the cue words in `CUE_WORDS`;
- at most 1 edit (optimal string alignment, so a swap of two letters is one edit) below 8 letters,
  2 edits from 8 letters; 4-letter tokens only towards cue words of 3 to 5 letters;
- the first letter must agree, except in tokens of 6+ letters where the first letter is the only
  difference (a neighbouring key hit, "nladder"; a dropped or doubled first letter, "ncontinence");
- a token that is a real English word is never corrected: the pyspellchecker English word list
  (160,000 words, loaded on first need) and `REAL_WORDS_NEAR_CUES` (British and corpus words near a
  cue word, which that list lacks);
- ties between two different cue words are left alone.

Clauses end at sentence punctuation, at terminations ("but", "however", "because"), where "and",
"or" or a comma is followed by a new subject ("no fever, and I've wet myself"), where a comma is
followed by a correction ("I wouldn't say numb, more tingly down there") and at a run-on "I"
("no fever i wet myself"), which opens the new clause ("every time I cough | I leak a bit").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Words of the cue lexicon that people misspell. Short words (pee, wee, bum) are matched exactly.
CUE_WORDS = frozenset("""
numb numbness tingling tingly needles anaesthesia anesthesia sensation feeling
bladder bowel bowels urine urinate urinating urination urinary incontinence incontinent
retention catheter stream peeing weeing leaking leakage dribbling accident accidents wetting
genitals genital buttock buttocks bottom perineum saddle groin crotch privates anus rectum
vagina testicles penis scrotum thighs
erection erectile impotence impotent ejaculate orgasm climax sexual
sciatica bilateral
fever feverish temperature chills shivering shivery shivers sweats sweating sweaty drenched
injecting heroin immunosuppressed immunocompromised immunosuppressant immune transplant
chemotherapy chemo radiotherapy steroids steroid prednisolone prednisone methotrexate
cancer tumour tumor tumours tumors malignant lymphoma leukaemia leukemia myeloma melanoma
metastases metastatic oncologist carcinoma sarcoma survivor remission
weight unexplained losing pounds clothes thinner appetite
night nights waking constant constantly unrelenting relentless resting
fracture fractured broken osteoporosis osteopenia brittle scaffolding ladder
motorbike motorcycle accident crash crashed collision
aneurysm aortic abdomen abdominal stomach tummy belly pulsating pulsing throbbing heartbeat
tearing ripping
weakness weaker weakening paralysed paralyzed paralysis dragging drags stumbling
buckling buckles buckled collapsing giving tiptoes heels
chest tightness pressure crushing squeezing heart attack angina
breathe breathing breathless breathlessness breath shortness gasping wheezing dyspnoea dyspnea
stroke slurred slurring drooping droopy confused confusion vision speech headache
suicidal suicide overdose killing myself himself herself ending harming cutting
worthless hopeless
pain numb legs chest heart urine breath vision drooping slurred secondaries spleen
mets tena
""".split())

# Real words within the edit limits of a cue word: left as written. Regenerate after changing
# CUE_WORDS with `python -m qa.redflag_text VOCAB.txt [corpus files...]` (a one-word-per-line list).
REAL_WORDS_NEAR_CUES = frozenset("""
accidental anesthetic aneurysms angelina attach attacked attacker attacks bella belle bells billy
bottoms bowed bowen bowls breach breached breadth breaking breathed breaths broke broker bubbling
buckle buckled buckley bully cancel cancers chatting cheat chess chests chill chilli chilly clash
clashed clothed clutches coalition collisions conclusion concussion confessed confession confined
confuse confusing consonant constance constantin constraint consultant consumed contestant coughing
counting crashes crashing crest crossing crouch cruising crush crushed cushing drafting draining
draws drilling dripping dropping drowning drugs election elections electron encoding endings
enduring eruption evacuate execution featured feeding feelings fewer fielding fleeting fractures
freezing gaping generals grain grasping groan grown harding headaches heard hears hearst heartbreak
hearth hearts herein heroic heroine heron homeless impatience impatient importance important
injection injections inspecting investing killings leading leaning leaping learning leasing leaving
loving meds motorcycles needle organism osteoporotic overcome overdoses peeking peeling peering peking
pleasure ponds pound pressured pressures private privateer privately pulling pursuing reacting
reception recession rectus rejection relating rescuing residing resisting restoring resulting
revision rustling sciatic scream seating seats sensations sexually shifters shimmering shiver
shivered shortens shortest sneaking sneezing softness soreness speaking speeches spurred starring
stealing steam steaming steroidal stirring stoke streak streamed streams strike strode stroked
strokes surveyor survival survived survives survivors swearing sweat sweeping sweets swelling tammy
teaching teaming teasing temperate temperatures tentacles textiles thigh thinkers throwing timmy
timor tingle tommy treating tudor tutor visions walking waving weaken weaknesses weaver weeping
weigh weighs weighted weights wellness wheeling wight wright
""".split())

# Contractions typed without the apostrophe, and Scots ones ("cannae"). "id", "ill" and "hell" are real
# words: left alone; "wont" (habit) is rare enough next to "won't" to be read as "won't".
CONTRACTIONS = {
    "cant": "can't", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
    "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "im": "i'm", "ive": "i've", "youre": "you're", "thats": "that's",
    "cannot": "can't", "cannae": "can't", "canna": "can't", "dinnae": "don't", "didnae": "didn't",
    "doesnae": "doesn't", "isnae": "isn't", "wasnae": "wasn't", "couldnae": "couldn't", "wouldnae": "wouldn't",
    "havnae": "haven't", "havenae": "haven't", "willnae": "won't", "wont": "won't",
}
# Chat spellings, homophones and 3-letter typos of cue words that correction cannot reach: they are
# in the English word list ("nite", "groyne" for groin, "naval" for navel) or too short ("kil").
INFORMAL = {"nite": "night", "nites": "nights", "tonite": "tonight", "nitetime": "nighttime",
            "pee'd": "peed", "wee'd": "weed", "groyne": "groin", "naval": "navel", "kil": "kill", "fel": "feel",
            "yday": "yesterday", "u": "you", "ur": "your", "whats": "what's", "wots": "what's", "shes": "she's",
            "theres": "there's", "wat": "what"}

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)*|\d+(?:\.\d+)?|\n|[^\sa-z\d]")
_SENTENCE_END = frozenset({".", "!", "?", ";", "\n", "…"})
# Words after which a new clause starts: negation and other context stops here (ConText terminations).
_TERMINATORS = frozenset({"but", "however", "although", "though", "except", "apart", "aside",
                          "yet", "whereas", "because", "anyway", "otherwise", "unlike", "whilst"})
# "and", "or", a comma ... followed by one of these starts a new clause: "no fever, and I've wet myself".
_JOINERS = frozenset({",", "and", "or", "so", "then", "n", "plus", "&", "-", "—", "–", ":", "(", ")"})
# "however I lie" means "no matter how I lie": no contrast, no new clause.
_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
_HOW_VERBS = frozenset({"lie", "lay", "sit", "sleep", "move", "turn", "stand", "position", "try", "do", "get",
                        "twist", "bend", "rest", "tried"})
# A comma followed by one of these corrects what came before: "not numb, more tingly down there".
_CORRECTIONS = frozenset({"more", "rather", "instead", "just", "only", "actually", "mostly", "mainly"})
_SUBJECTS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "my", "it", "it's", "he", "she", "he's",
                       "she's", "we", "they", "there", "now", "this", "that", "the", "also", "since",
                       "today", "yesterday", "recently", "lately", "suddenly", "his", "her", "our",
                       "when", "which", "who", "what", "anyway", "sometimes", "last"})


_I = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
# Words that may come right before "I" inside one clause ("I don't think I have a fever").
_BEFORE_I = frozenset("""
think thought feel felt know knew believe say said says guess reckon suppose sure realise realize
realised realized notice noticed remember mean wonder hope worry worried afraid scared if that when
whether because as and or but so since until while before after where what how why which who whom
then now also like unless though although once do does did don't doesn't didn't can can't could
couldn't should would will won't have has had am is are was were be been being tell told ask asked
wish whenever wherever cos cause coz till than me however
""".split())


@dataclass(frozen=True)
class Token:
    text: str  # normalised, lower case
    start: int  # offsets into Doc.text
    end: int
    sentence: int
    clause: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@dataclass(frozen=True)
class Doc:
    original: str
    text: str  # normalised copy that the cue patterns run on
    origin: tuple[int, ...]  # origin[i] = index in `original` of text[i]
    tokens: tuple[Token, ...]

    def source(self, start: int, end: int) -> str:
        """The user's own words behind text[start:end]."""
        if end <= start:
            return ""
        return self.original[self.origin[start]:self.origin[end - 1] + 1].strip()

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the tokens overlapping text[start:end]."""
        i = bisect_right(self._ends, start)
        j = bisect_left(self._starts, end)
        return (i, j) if i < j else (0, 0)

    def clause_bounds(self, i: int) -> tuple[int, int]:
        """Token range [a, b) of the clause holding token i."""
        return self._clause_bounds[i]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        return self._sentence_bounds[i]

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    @cached_property
    def _clause_bounds(self) -> list[tuple[int, int]]:
        return _runs([t.clause for t in self.tokens])

    @cached_property
    def _sentence_bounds(self) -> list[tuple[int, int]]:
        return _runs([t.sentence for t in self.tokens])


def _runs(labels: list[int]) -> list[tuple[int, int]]:
    """For each position, the [start, end) of the run of equal labels it sits in."""
    out: list[tuple[int, int]] = []
    a = 0
    for k in range(1, len(labels) + 1):
        if k == len(labels) or labels[k] != labels[a]:
            out.extend([(a, k)] * (k - a))
            a = k
    return out


_BY_LETTER: dict[str, list[str]] = {}
_BY_TAIL: dict[str, list[str]] = {}  # cue word minus its first letter, for a wrong first letter
for _w in sorted(CUE_WORDS):
    if len(_w) >= 3:
        _BY_LETTER.setdefault(_w[0], []).append(_w)
    if len(_w) >= 6:
        _BY_TAIL.setdefault(_w[1:], []).append(_w)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The pyspellchecker English word list; empty (only `REAL_WORDS_NEAR_CUES` guards) without it."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # pragma: no cover - it is a pinned requirement
        return frozenset()
    return frozenset(SpellChecker(distance=1).word_frequency.keys())


@lru_cache(maxsize=8192)
def correct(word: str) -> str:
    """The cue word a misspelt token stands for, or the token unchanged."""
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    if word in INFORMAL:
        return INFORMAL[word]
    if word in CUE_WORDS or word in REAL_WORDS_NEAR_CUES or not word.isalpha():
        return word
    guess = _guess(word)
    if guess is None or word in _english():  # checked last: the word list loads only when needed
        return word
    return guess


def _guess(word: str) -> str | None:
    """The one cue word within the edit limits of `word`, if there is exactly one."""
    if len(word) < 4:
        return None
    limit = 1 if len(word) < 8 else 2
    if len(word) == 4:  # "pian", "urin", "numm": only towards short cue words
        choices = [c for c in _BY_LETTER.get(word[0], ()) if 3 <= len(c) <= 5]
    else:
        choices = [c for c in _BY_LETTER.get(word[0], ()) if len(c) >= 4 and abs(len(c) - len(word)) <= limit]
    best = [c for c, _, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=2)]
    scores = [OSA.distance(word, c) for c in best]
    if len(best) == 2 and scores[0] == scores[1]:
        return None
    if best:
        return best[0]
    if len(word) >= 6:  # only the first letter is wrong, missing or doubled: "nladder", "ncontinence"
        for tails in (_BY_TAIL.get(word[1:], []), _BY_TAIL.get(word, []),
                      [word[1:]] if len(word) >= 7 and word[1:] in CUE_WORDS else []):
            if len(tails) == 1:
                return tails[0]
    return None


@lru_cache(maxsize=256)
def parse(text: str) -> Doc:
    """Normalise `text` and split it into tokens, sentences and clauses."""
    lowered = text.lower()
    if len(lowered) != len(text):  # keep one character per character, so offsets stay valid ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    lowered = lowered.replace("’", "'").replace("‘", "'").replace("`", "'")
    out: list[str] = []
    origin: list[int] = []
    length = 0
    pos = 0
    spans: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(lowered):
        out.append(lowered[pos:m.start()])  # the gap (spaces) is copied as it is
        origin.extend(range(pos, m.start()))
        length += m.start() - pos
        word = m.group()
        fixed = correct(word) if word[0].isalpha() else word
        out.append(fixed)
        if fixed == word:
            origin.extend(range(m.start(), m.end()))
        else:  # a corrected word still maps onto the whole original word
            origin.extend(m.start() + min(k, len(word) - 1) for k in range(len(fixed) - 1))
            origin.append(m.end() - 1)
        spans.append((fixed, length, length + len(fixed)))
        length += len(fixed)
        pos = m.end()
    out.append(lowered[pos:])
    origin.extend(range(pos, len(lowered)))

    tokens: list[Token] = []
    sentence = clause = 0
    for n, (tok, start, end) in enumerate(spans):
        nxt = spans[n + 1][0] if n + 1 < len(spans) else ""
        prev = spans[n - 1][0] if n else ""
        # run-on text: "no fever i wet myself" has a new clause at "i"
        run_on = tok in _I and prev[:1].isalnum() and prev not in _BEFORE_I
        no_matter_how = tok == "however" and _no_matter_how([t for t, _, _ in spans[n + 1:n + 3]])
        starts_clause = (run_on or (tok in _TERMINATORS and not no_matter_how) or (tok in _JOINERS and nxt in _SUBJECTS)
                         or (tok == "," and nxt in _CORRECTIONS))
        if starts_clause and tokens and tokens[-1].clause == clause:
            clause += 1
        tokens.append(Token(tok, start, end, sentence, clause))
        if tok in _SENTENCE_END or (tok in _TERMINATORS and not no_matter_how) or (starts_clause and not run_on):
            # the boundary word belongs to neither side: what follows is a new clause (a run-on "I"
            # opens its clause: "every time I cough I leak" keeps "I leak" together)
            clause += 1
        if tok in _SENTENCE_END:
            sentence += 1
    return Doc(text, "".join(out), tuple(origin), tuple(tokens))


def _no_matter_how(following: list[str]) -> bool:
    """'however I lie' means 'no matter how I lie'."""
    return len(following) == 2 and following[0] in _PRONOUNS and following[1] in _HOW_VERBS


_CONTRAST = frozenset({"but", "however", "although", "though", "except", "whereas", "yet", "apart"})


def is_contrast(doc: Doc, k: int) -> bool:
    """Token k is a contrast between two clauses: 'but', 'although', 'however' (not 'however I lie')."""
    toks = doc.tokens
    return toks[k].text in _CONTRAST and not (
        toks[k].text == "however" and _no_matter_how([t.text for t in toks[k + 1:k + 3]]))


def near_misses(vocabulary: set[str]) -> list[str]:
    """Real words that `correct` would turn into a cue word: candidates for REAL_WORDS_NEAR_CUES."""
    return [w for w in sorted(vocabulary - CUE_WORDS) if w not in _english() and _guess(w)]


if __name__ == "__main__":  # regenerate REAL_WORDS_NEAR_CUES
    import sys

    words: set[str] = set()
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            words |= set(re.findall(r"[a-z]+", fh.read().lower()))
    print(" ".join(near_misses(words)))
