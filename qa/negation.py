"""ConText-style context for a cue match: negated, hypothetical, resolved, past, and who has it.

After NegEx (Chapman 2001) and ConText (Harkema 2009): a trigger word opens a scope that runs
forward (pre-triggers: "no", "denies", "without", "if I ever") or backward (post-triggers: "has
gone", "is fine now", "... and I haven't") over the words of one clause. Clauses end at sentence
punctuation, at terminations ("but", "however", "although", "because"), where "and"/"or"/a comma
is followed by a new subject ("no fever, and I've wet myself") or a correction ("I wouldn't say
numb, more tingly down there"); see `qa.redflag_text.parse`.

- Negation scope: at most 5 words between trigger and cue, 10 when the words between are a list
  ("no fever, chills or sweats"). Pseudo-triggers are skipped: "no idea why", "not sure",
  "didn't realise", "nothing helps", "doesn't ease". Negation words inside a cue ("no control
  over my bladder", "can't feel my bum") belong to the cue and never negate it. A denial that is
  itself denied is an admission: "I can't say I haven't had accidents". A bare negated auxiliary
  right after the cue denies it: "the physio asked about numbness down below and I haven't".
- Hypothetical: "if I ever", "what if", "in case", "what are the signs of", "should I worry if",
  "the GP asked if".
- Resolution: the cue is followed in its sentence by "has gone", "went away", "is fine now",
  "is recovering well"... with nothing but auxiliaries, adverbs, pronouns and time words in
  between, and not negated ("hasn't gone"); or a symptom set in the past ("a few weeks ago") is
  later in its sentence said to be over ("- long gone now").
- Past habit: "used to", "as a kid" before a symptom in its clause ("I used to wet the bed as a
  kid", "I used to get night sweats on my old tablets") cancel it unless the sentence says it is
  back or current ("again", "now", "still"); "I never used to" says the opposite.
- General questions: a question about a sign with nobody in it ("what is foot drop?") is
  information, not a report; but a yes/no question with a generic "you" ("can back pain make you
  wet yourself?") or about whether a sign is serious is usually the asker's own sign, and warns.
- Experiencer: the nearest person mentioned before the cue in its sentence (or a "his"/"her"
  inside the cue, or "me" right after it: "someone rear-ended me"); "he"/"she" resolve to the last
  person named. A close person (family, partner, patient) is usually the one the user is asking
  for, so their symptoms count; a remote one ("my mum's friend", "a colleague") counts only when
  the message is in the present about them ("my friend says she doesn't want to live").
Every rule leans the same way: when a reading is uncertain the cue stands, because a missed
emergency costs far more than a needless warning.
"""

from __future__ import annotations

import re

from qa.redflag_rules import MACROS, rx
from qa.redflag_text import Doc, is_contrast

NEGATIONS = frozenset({
    "no", "not", "never", "without", "none", "nor", "neither", "deny", "denies", "denied",
    "denying", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't", "aren't",
    "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "nothing", "nobody", "negative", "free",
    "ruled", "rules", "rule", "absence", "absent", "nope", "zero",
})
# A negation word followed by one of these is about something else ("no idea why I'm leaking").
_PSEUDO_AFTER = {
    "no": {"idea", "clue", "reason", "doubt", "matter", "one", "wonder", "way", "warning", "end",
           "sooner", "better", "worse", "relief", "change", "improvement", "help", "luck", "choice",
           "option", "sleep", "painkiller", "painkillers", "position", "medication", "amount",
           "longer", "time", "appetite", "energy", "hunger"},
    "not": {"sure", "certain", "only", "just", "long", "until", "quite", "helping",
            "improving", "better", "easing", "stopping", "working", "much", "even", "know",
            "knowing", "realising", "realizing", "noticing"},
    "without": {"realising", "realizing", "noticing", "meaning", "knowing", "warning", "trying",
                "reason", "being", "me"},
    "never": {"before", "happened", "knew", "know"},
}
# After "don't", "didn't", "can't" ...: verbs that take the negation for themselves.
_PSEUDO_VERBS = {"know", "realise", "realize", "notice", "noticed", "understand", "believe",
                 "remember", "care", "mean", "help", "ease", "work", "stop", "touch", "settle",
                 "improve", "matter", "last", "seem", "let", "see", "sleep", "make",
                 "even", "always", "usually", "normally", "like", "manage", "bother", "dare", "tell"}
_SKIP = {"really", "even", "quite", "actually", "fully", "exactly", "honestly", "yet", "any", "a", "an", "the"}
_LIST_WORDS = {",", "or", "nor", "and", "/", "any", "a", "an"}
_NEGATION_SCOPE = 5
_LIST_SCOPE = 10

HYPOTHETICAL = rx(
    r"if (?:i|you|he|she|someone|one|they|we) (?:ever|were to|was to|should|start(?:ed)? to|begin to|develop\w*|suddenly|start|began|experience|notice)"
    r"|if (?:i|you|he|she|someone|one|they|we) (?:get|got|have|had|develop|notice|feel) (?:a|an|any|some)"
    r"|if ever|what if|in case|what happens if|what (?:should|do|would|could|can|shall) (?:i|you|we|one|he|she) do (?:if|when)"
    r"|(?:should|do|would|must|shall) (?:i|you|we|one) (?:\w+ )?(?:worry|be worried|be concerned|panic|go to a&e|call|see a doctor|seek help)\w* (?:if|when)"
    r"|(?:should|do|would|must|shall) (?:i|you|we|one) (?:\w+ )?(?:worry|be worried|be concerned)\w* about(?! (?:my|the|this|these|his|her|that|it|how|being)(?![\w']))"
    r"|when (?:should|do|would|to) (?:i |you |we |one )?(?:worry|be worried|be concerned|seek|see|go|call)|when to (?:worry|seek|see|go|call)"
    r"|what (?:are|is|were|'re|are some of) (?:the )?(?:\w+ )?(?:signs?|symptoms?|red flags?|warning signs?)|(?:signs?|symptoms?) (?:of|to look out for|to watch)"
    r"|warning signs|red flags? (?:of|for|include|are|like|such as)|look(?:ing)? out for|watch(?:ing)? (?:out )?for"
    r"|how (?:do|would|can|will) (?:i|you|we|one) (?:know|tell)|risk of|chances? of|prevent\w*|to rule out|(?:is|are) there any"
    r"|worried about (?:getting|developing|ending up|having)|scared of (?:getting|developing|ending up)"
    r"|(?:says|said|say|told (?:me|us)|tells (?:me|you|us)|advis\w*|recommends?) (?:to )?(?:call|ring|phone|go|see|seek|get)\w* (?:\w+ ){0,3}(?:if|when)"
    r"|asked (?:me |him |her |us )?(?:if|whether|about)|wanted to know (?:if|whether)|checked (?:if|whether)|enquired about|inquired about")

# In a question about a condition ("what are the signs of cauda equina", "could it be cancer").
INFO_GENERAL = re.compile((
    r"(?<![\w'])(?:^\W*(?:can|could|does|do|would|will|might|may) (?:a|an)|(?:what|what's|whats|which) (?:is|are|causes?|does|do|happens)|tell me about|explain|define|definition of|meaning of"
    r"|signs? (?:of|for)|symptoms? (?:of|for)|red flags? (?:of|for)|risk (?:of|for)|risks (?:of|for)|chances? of|causes? of"
    r"|linked to|link (?:with|to|between)|related to|associated with|caused by|cause|causes|lead to|leads to|prevent\w*|rule out|ruled out|rules out"
    r"|(?:check|checked|checking|test|tested|testing|screen\w*|scan\w*) (?:me |him |her )?for|told (?:me|us) about|read (?:about|that)|reading (?:about|up on)|read up on|looked up|looking up|googl\w*(?: about)?|heard (?:about|of|that)|know about|learn about"
    r"|information (?:on|about)|info (?:on|about)|leaflet|article|people with|patients with|someone with|anyone with"
    r"|types? of|kinds? of|difference between|survival|awareness|prognosis"
    r"|(?:documentary|programme|program|show|film|video|podcast|book|story|news|post|study|research|charity|campaign|talk) (?:on|about|of|for)"
    r")(?:\W+[\w']+){0,3}\W*$").replace(" ", r"\W+"))
INFO_WORRY = re.compile((
    r"(?<![\w'])(?:worried|worry|worrying|scared|afraid|fear|fearing|frightened|terrified|concerned|paranoid|anxious|convinced|wonder\w*"
    r"|could (?:it|this|that) be|might (?:it|this|that) be|(?:could|might|may|can|does|do|would) (?:\w+\W+){0,3}(?:be|mean|indicate|signal|suggest)"
    r"|is (?:it|this|that)|it's not|it isn't|possibly|maybe|perhaps|think (?:it's|it is|it might be|it could be|this is)|(?:sound|sounds|look|looks) like)(?:\W+[\w']+){0,6}\W*$").replace(" ", r"\W+"))
_HISTORY_VERBS = re.compile(r"\b(?:had|have|has|i've|'ve|was|were|diagnosed|treated|history|survivor|remission|beat|after|since|previous|past|got)\b")

_RESOLVED = {"gone", "stopped", "resolved", "cleared", "settled", "disappeared", "subsided", "passed",
             "fine", "normal", "normally", "ok", "okay", "better", "improved", "recovered", "eased",
             "vanished", "ended"}
_RESOLVED_PHRASES = re.compile(r"^(?:went away|go away|gone away|cleared up|came back|come back|back to normal|under control|all good"
                                r"|recovering well|doing well|on the mend|fully recovered|made a (?:full|good) recovery)")
_FILLERS = {"has", "have", "had", "is", "are", "was", "were", "'s", "seems", "seem", "now", "all",
            "completely", "totally", "fully", "since", "then", "but", "and", "though", "it", "it's",
            "that", "that's", "this", "they", "they've", "which", "both", "these", "those", "mostly",
            "pretty", "much", "largely", "last", "week", "month", "year", "ago", "days", "weeks",
            "months", "a", "few", "couple", "of", "yesterday", "the", "entirely", "already", "back",
            "finally", "thankfully", "luckily", ",", "i", "i'm", "can", "could", "feel", "feels",
            "seemed", "appears", "well", "there", "right", "really", "absolutely", "perfectly"}
_PAST = rx(MACROS["PAST_TIME"])

FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "myself", "mine", "we", "we're", "us", "our"})
THIRD_PRONOUNS = frozenset({"he", "she", "he's", "she's", "he'd", "she'd", "him", "his", "her", "hers",
                            "himself", "herself"})
CLOSE = frozenset("""
mum mom mother mam mommy mummy ma dad father daddy papa pa parent parents son sons daughter daughters
child children kid kids baby toddler boy girl teenager teen husband wife partner boyfriend girlfriend
fiance fiancee spouse hubby missus wifey fella bf gf brother sister sibling grandma grandmother granny gran nan nana nanna
grandad granddad grandpa grandfather grandparent grandson granddaughter grandchild
patient client stepson stepdaughter stepmum stepdad family
""".split())
DISTANT = frozenset("""
friend friends colleague colleagues coworker workmate neighbour neighbor boss someone somebody anyone
anybody everybody everyone people person guy man woman lady bloke acquaintance celebrity actor
footballer player teammate classmate flatmate housemate roommate aunt auntie uncle cousin niece
nephew
""".split())
PETS = frozenset("""
dog dogs cat cats puppy kitten horse pony pet pets rabbit hamster
""".split())
# A past story about someone else: "my grandad died of ...", "my uncle had a stroke years ago".
_HISTORY_WORDS = frozenset({"died", "passed", "history", "suffered", "survived", "survivor",
                            "committed", "killed", "used", "runs", "ran", "once", "family"})
_RECENT = rx(r"today|tonight|this (?:morning|afternoon|evening)|last night|yesterday|just|right now|now"
             r"|an hour ago|hours ago|minutes ago|is having|are having|'s having")
# An acquaintance's symptom counts only when it is happening now: "my friend can't feel her legs".
_PRESENT_WORDS = frozenset({"is", "are", "'s", "can't", "cannot", "keeps", "keep", "now", "today",
                            "currently", "just", "won't", "suddenly", "tonight", "right", "says", "tells", "told",
                            "wants", "doesn't", "isn't", "feels", "thinks", "seems"})
_QUESTION_WORDS = frozenset({"does", "do", "is", "are", "can", "could", "should", "will", "would",
                             "what", "what's", "whats", "how", "how's", "why", "when", "which", "any", "anyone"})
_HANDLING = frozenset({"carry", "carrying", "carried", "lift", "lifting", "lifted", "pick", "picking", "hold", "holding",
                       "push", "pushing", "bath", "bathing", "cuddle", "cuddling", "chase", "chasing", "nurse", "nursing"})
_HELPED = frozenset({"helped", "helps", "help", "fixed", "cured", "improved", "strengthened", "sorted", "healed"})
_PAIN_WORDS = frozenset({"pain", "painful", "pains", "ache", "aches", "aching", "achy", "hurts", "hurt",
                         "hurting", "sore", "sciatica", "back", "hip", "hips", "spine", "disc",
                         "neck", "stiff", "agony", "sciatic", "backache", "leg", "legs"})


def _base(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def _words(doc: Doc, a: int, b: int) -> list[int]:
    return [k for k in range(a, b) if doc.tokens[k].is_word]


def is_negated(doc: Doc, i: int, j: int) -> bool:
    """A negation trigger before token i, in the same clause and within scope."""
    a, _ = doc.clause_bounds(i)
    toks = doc.tokens
    for t in range(i - 1, a - 1, -1):
        word = toks[t].text
        if word not in NEGATIONS:
            continue
        if _is_pseudo(doc, t, i):
            continue
        between = [toks[k].text for k in range(t + 1, i)]
        n_words = sum(1 for w in between if w[0].isalnum())
        scope = _LIST_SCOPE if any(w in _LIST_WORDS for w in between) else _NEGATION_SCOPE
        if n_words <= scope:
            # "I can't say I haven't had accidents": a denial denied is an admission
            return not _DOUBLE.search(doc.text, toks[max(a, t - 4)].start, toks[t].start)
    return False


_DOUBLE = rx(r"(?:can't|cannot|couldn't|wouldn't|won't|don't|didn't|not|never) (?:\w+ )?(?:say|deny|denying|pretend|claim|swear)(?: that)?(?: i| he| she| we)?\W*$")


def _is_pseudo(doc: Doc, t: int, cue_start: int) -> bool:
    toks = doc.tokens
    word = toks[t].text
    nxt = [toks[k].text for k in range(t + 1, min(cue_start, t + 5)) if toks[k].text not in _SKIP]
    first = nxt[0] if nxt else ""
    if word in ("free", "negative", "absence"):  # only "free of", "negative for", "absence of"
        return first not in ("of", "for")
    if word in ("ruled", "rules", "rule"):
        return first != "out"
    if word == "nobody":
        return True
    if word == "nothing":  # negates only in "nothing like", "nothing wrong with"
        return first not in ("like", "of", "wrong", "abnormal", "unusual")
    if first in _PSEUDO_AFTER.get(word, ()):
        return True
    if word.endswith("n't") and first in _PSEUDO_VERBS:
        return True
    if word == "never" and any(w in ("before", "so", "this", "such") for w in nxt):
        return True
    return False


def is_trigger(doc: Doc, t: int, until: int) -> bool:
    """Token t is a negation that negates what follows it up to token `until` (not "no idea why",
    not the "haven't" of "I can't say I haven't")."""
    if doc.tokens[t].text not in NEGATIONS or _is_pseudo(doc, t, until):
        return False
    a, _ = doc.clause_bounds(t)
    return not _DOUBLE.search(doc.text, doc.tokens[max(a, t - 4)].start, doc.tokens[t].start)


# "the physio asked about numbness down below and I haven't": a bare negated auxiliary after the cue
_DENIED_AFTER = re.compile(
    r"^\W*(?:,\W*)?(?:and|but|which|though|,)\W+(?:i|he|she|we|they|it)\W+(?:haven't|hasn't|don't|doesn't|didn't|have not|has not"
    r"|do not|does not|did not|wasn't|isn't|am not|i'm not|'m not|hadn't|had not|never have|never did|can't say i have)"
    r"(?:\W+(?:had|got|have|been|any|it|one|them|that|either|really|at all|thankfully|luckily))*\W*(?:$|[.!?;])")


def is_denied_after(doc: Doc, j: int) -> bool:
    """The cue ending before token j is denied right after it: '... numbness down below and I haven't'."""
    if j >= len(doc.tokens):
        return False
    _, end = doc.sentence_bounds(j - 1)
    if end <= j:
        return False
    return bool(_DENIED_AFTER.match(doc.text[doc.tokens[j].start:doc.tokens[end - 1].end]))


def negation_between(doc: Doc, a: int, b: int) -> bool:
    """A negation among tokens [a, b): the gap between the two parts of a paired cue."""
    return any(doc.tokens[t].text in NEGATIONS and not _is_pseudo(doc, t, b) for t in range(a, b))


_QUESTION_OPENERS = frozenset({"what", "what's", "whats", "which", "is", "are", "can", "could", "does",
                               "do", "how", "why", "when", "would", "will", "tell", "explain", "list",
                               "define", "describe", "name"})
_SERIOUS = rx(r"(?:mean|means|indicate|indicates|signal|suggest|sign of|be|is it) (?:something|anything) (?:serious|bad|wrong|worrying|sinister|dangerous|nasty)"
              r"|(?:is|are) (?:that|this|it|these) (?:serious|bad|dangerous|an emergency|normal)")
_ASKS_THE_BOT = re.compile(r"\W*(?:can|could|would|will) you\W+(?:please\W+)?(?:explain|tell|describe|define|list|give|say|outline)\b")
_YES_NO = frozenset({"is", "are", "can", "could", "does", "do", "would", "will", "should"})
_GENERIC_YOU = frozenset({"you", "your", "yourself", "you're", "you've", "you'd", "someone", "somebody", "anyone",
                          "anybody", "people", "person", "one's"})
_PERSONAL_QUESTION = re.compile(r"^\W*(?:is it (?:normal|ok|okay|common|bad|serious|dangerous|worrying)|is this|are these|could this|can this|should)")


_NOT_A_QUESTION = frozenset({"barely", "hardly", "only", "just", "no", "not", "never", "scarcely", "still"})


# Words that put a person in a message: a question with none of them is about signs in general
_PEOPLE = FIRST_PERSON | THIRD_PRONOUNS | CLOSE | {"my", "mine"}


def _sentence_words(doc: Doc, i: int) -> tuple[int, int, list[str], str]:
    """Bounds of the sentence of token i, its words, and its first real word ("" if none)."""
    a, b = doc.sentence_bounds(i)
    words = [doc.tokens[k].text for k in range(a, b)]
    return a, b, words, next((w for w in words if w[0].isalnum()), "")


def is_general_question(doc: Doc, i: int) -> bool:
    """A question about symptoms in general, with nobody in it: 'what is foot drop?'."""
    a, b, words, first = _sentence_words(doc, i)
    if first not in _QUESTION_OPENERS or _PERSONAL_QUESTION.match(doc.text[doc.tokens[a].start:]):
        return False
    after = words[words.index(first) + 1:] if first else []
    if first in ("can", "could") and after and after[0] in _NOT_A_QUESTION:
        return False  # "can barely talk, out of breath": a statement with the "I" left out
    # nobody in the whole message: "is foot drop serious? mine started yesterday" is about the user
    if any(_base(t.text) in _PEOPLE for t in doc.tokens):
        return False
    # a yes/no question with a generic person in it is usually a person's own sign asked at arm's
    # length: "can back pain make you wet yourself?" warns; "what is foot drop?" does not
    if _ASKS_THE_BOT.match(doc.text, doc.tokens[a].start):
        return True  # "can you explain what foot drop is?": "you" is the assistant
    if first in _YES_NO and any(doc.tokens[k].text in _GENERIC_YOU for k in range(a, b)):
        return False
    # "does losing weight without trying mean something serious?" is a worry about a sign one has
    return not _SERIOUS.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end)


# The user says the question is not about them: "I'm just reading up, I don't have it", "just curious"
_NOT_MINE = rx(r"(?:i|i'm|i am) (?:just |only )?(?:reading up|doing (?:some )?research|curious|asking (?:out of (?:interest|curiosity)|in general|generally|hypothetically))"
               r"|(?:just|only|purely) (?:curious|wondering|asking|out of (?:interest|curiosity))|out of (?:interest|curiosity)|for (?:my|an?) (?:\w+ )?(?:essay|assignment|exam|course|studies|homework|revision|project|dissertation)"
               r"|revising|asking because|(?:read|heard) about it|mine(?:'s| is) (?:just|only)|just wanted to (?:understand|know|check)"
               r"|(?:i have|i've got|i've had|i get|i've) none of (?:those|these|the|them)|none of (?:those|these|the) symptoms"
               r"|(?:i|i've) (?:don't|do not|haven't|have not|never) (?:have|got|had) (?:it|them|that|this|those|these|any of (?:it|them|that|those|these|this))(?: (?:myself|thankfully|luckily|at all))?\W*(?:$|[.!?,;])")


def is_only_asking(doc: Doc, i: int) -> bool:
    """The sign at token i is in a question with nobody in it ("is saddle numbness an emergency?"),
    and elsewhere the user says it is not theirs ("I'm just reading up, I don't have it")."""
    a, b, words, first = _sentence_words(doc, i)
    sentence = doc.text[doc.tokens[a].start:doc.tokens[b - 1].end]
    if "?" not in sentence and first not in _QUESTION_OPENERS:
        return False
    if any(_base(w) in _PEOPLE for w in words):
        return False
    rest = doc.text[:doc.tokens[a].start] + " . " + doc.text[doc.tokens[b - 1].end:]
    return bool(_NOT_MINE.search(rest) or _NOT_MINE.search(sentence))


_ACTUAL = rx(r"again|still|keeps?|kept|anymore|any more|already|another|more often|worse|mine")


_USED_TO = rx(r"used to|would always|as a (?:kid|child|teenager|teen|boy|girl|baby|toddler)|when (?:i|he|she) was (?:little|small|young|a kid|a child|a baby|a toddler|at school)")
_NOT_USED = frozenset({"never", "didn't", "did", "not", "don't"})
_NOW_AGAIN = rx(r"still|again|now|these days|nowadays|recently|lately|started|starting|back|returned|come back|came back|this (?:week|month|morning)|today|since (?:my|the|i)")


def is_past_habit(doc: Doc, i: int) -> bool:
    """The sign at token i was a habit of the past ("I used to wet the bed as a kid", "I used to get
    night sweats on my old medication") and nothing says it is back ("again", "now", "still").
    "I never used to" says the opposite: the sign is new."""
    s, e = doc.sentence_bounds(i)
    _, b = doc.clause_bounds(i)
    # from the last contrast before the sign ("as a kid I ..., but now ...") to the end of its clause
    a = next((k + 1 for k in range(i - 1, s - 1, -1) if is_contrast(doc, k)), s)
    m = _USED_TO.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end)
    if not m:
        return False
    k, _ = doc.token_span(*m.span())
    if k > 0 and doc.tokens[k - 1].text in _NOT_USED:
        return False
    # "it used to go down both legs years ago but it's only my back now": a "now" after a later
    # contrast speaks of something else
    end = next((t for t in range(i + 1, e) if is_contrast(doc, t)), e)
    return not _NOW_AGAIN.search(doc.text, doc.tokens[s].start, doc.tokens[end - 1].end)


# Something read or heard, not the user's own sign: "I read that back pain at night can mean cancer"
_REPORTED = rx(r"(?:read|heard|seen|saw|googled|told) (?:online |somewhere |on \w+ |it said )?that(?!\W+(?:my|i|i'm|i've|his|her|he|she|me|mine|we|our)(?![\w']))")


# "Should I worry if ..." asks about the user's own sign when the message says it is happening
_WORRY_IF = rx(r"(?:should|do|would|must|shall) (?:i|we) (?:\w+ )?(?:worry|be worried|be concerned|panic|go to a&e|call|see a doctor|seek help)\w* (?:if|when|about)"
               r"|checked (?:if|whether|when|after)")
_HAPPENING = rx(r"started|starting|began|begun|has come|has gone|have gone|it's been|has been|have been|been there|since|this morning|today|tonight"
                r"|yesterday|last night|now|lately|recently|getting worse|got worse|keeps?|kept|(?:a|one|two|three|few|\d+) (?:days?|weeks?) ago"
                r"|for (?:a |the )?(?:few |couple of |\d+ |two |three |several )?(?:days?|weeks?|months?)")


def is_hypothetical(doc: Doc, i: int) -> bool:
    """'if I ever', 'what are the signs of', 'I read that' ... before the cue; not when it has happened
    ('if I wet myself again'), nor a worry about what the message says is happening ('should I be
    worried if my privates have gone numb? it started this morning')."""
    a, b = doc.clause_bounds(i)
    lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
    s = doc.tokens[doc.sentence_bounds(i)[0]].start
    m = HYPOTHETICAL.search(doc.text, lo, doc.tokens[i].start)
    if m and _WORRY_IF.match(doc.text, m.start()) and _HAPPENING.search(doc.text):
        return False
    return bool(m or _REPORTED.search(doc.text, s, doc.tokens[i].start)) and not _ACTUAL.search(doc.text, lo, hi)


def is_info_question(doc: Doc, i: int, worry: bool) -> bool:
    """The cue (a condition's name) is the object of a question or a worry, not a fact."""
    a, _ = doc.clause_bounds(i)
    before = doc.text[doc.tokens[a].start:doc.tokens[i].start]
    if INFO_GENERAL.search(before):
        return True
    m = INFO_WORRY.search(before) if worry else None
    # "scared it might be cancer" is a worry; "scared as I had cancer" is a history
    return bool(m) and not _HISTORY_VERBS.search(m.group())


def is_resolved(doc: Doc, j: int) -> bool:
    """The cue ending before token j is followed by 'has gone', 'is fine now' ... in its sentence."""
    _, end = doc.sentence_bounds(max(j - 1, 0))
    toks = doc.tokens
    seen = 0
    for k in range(j, end):
        w = toks[k].text
        rest = doc.text[toks[k].start:toks[k].start + 20]
        if w in _RESOLVED or _RESOLVED_PHRASES.match(rest):
            prev = [toks[m].text for m in range(max(j, k - 2), k)]
            if any(p in NEGATIONS or p.endswith("n't") for p in prev):
                return False
            if w in ("better", "fine", "ok", "okay", "normal") and any(p in ("it", "it's", "that's", "this") for p in prev):
                return False  # "it's fine" after a symptom is a shrug, not a resolution
            first = doc.sentence_bounds(max(j - 1, 0))[0]
            if w in ("normal", "ok", "okay", "fine") and toks[first].text in ("is", "are", "was", "can", "could"):
                return False  # "is chest pain normal with a pulled muscle?" asks; it does not resolve
            return True
        if w not in _FILLERS and not w.isdigit():
            return False
        seen += toks[k].is_word
        if seen > 6:
            return False
    return False


def resolved_within(doc: Doc, a: int, b: int) -> bool:
    """From some word of tokens [a, b), only fillers lead to 'has gone', 'went away', 'is fine now'...:
    'the numbness went away', 'numb last week but it's gone'. For a sign located only as a whole
    clause (`qa.redflag_semantic`), where `is_resolved` needs the end of the sign. A negated
    resolution ('can't pee normally', 'hasn't got better') does not count."""
    toks = doc.tokens
    for j in range(a + 1, min(b + 1, len(toks))):
        if any(_denies(toks[k].text) for k in range(max(a, j - 3), j)):
            continue
        if toks[j].text in _RESOLVED and (j == a or toks[j - 1].text in _SHRUG or not toks[j - 1].is_word):
            continue  # "it's fine" after a sign is a shrug; "I can wee fine" says the function is normal
        if is_resolved(doc, j):
            k = next((m for m in range(j, len(toks)) if toks[m].text in _RESOLVED or _RESOLVED_PHRASES.match(
                doc.text[toks[m].start:toks[m].start + 20])), j)
            if toks[k].text == "gone" and _changed(toks[k + 1:k + 3]):
                continue  # "my breathing has gone really fast", "it's gone numb": a change, not an end
            if not is_negated(doc, k, k + 1):
                return True
    return False


def _changed(following) -> bool:
    """'gone' followed (within two words) by a word that says what it became: 'gone (really) fast'."""
    for t in following:
        if not t.is_word:
            return False
        if t.text not in _FILLERS and t.text != "away":
            return True
    return False


_SHRUG = frozenset({"it", "it's", "that's", "this", "that", "its", "all", "is", "was", "be"})


def _denies(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't") or word == "cannot"


# "had a fever with a cold a few weeks ago - long gone now": a past episode, then said to be over.
_AGO = rx(r"(?:a|one|two|three|four|five|six|several|a few|few|couple of|a couple of|\d+) (?:days?|weeks?|months?|years?) ago"
          r"|last (?:week|month|year|summer|winter|spring|autumn|christmas)|back in|over (?:the )?(?:summer|winter|christmas)")
_OVER = rx(r"(?:it's|it is|it has|it was|that's|that has|that|which|which has|which is|which was|they've|they're|they have|they were"
           r"|all|long|since|now|thankfully|luckily|completely|totally|fully|but|and|-|–|—)"
           r"(?: (?:it's|it has|it was|been|all|long|since|now|completely|totally|fully|thankfully|luckily|i'm|i am|i feel|i've been))*"
           r" (?:gone|cleared(?: up)?|went away|gone away|passed|over|resolved|settled|recovered|better now|fine now|done with)")


_OVER_AFTER_COMMA = re.compile(r"[,;(–—-]\s*(?:all\s+|totally\s+|completely\s+|long\s+)?(?:fine|better|ok|okay|recovered|gone|over)(?:\s+now)?\s*(?:[.,;!)–—-]|$)")


def is_over(doc: Doc, i: int, j: int) -> bool:
    """A symptom placed in the past ('a few weeks ago') and later in its sentence said to be over."""
    a, b = doc.sentence_bounds(i)
    ca, cb = doc.clause_bounds(i)
    if not (_AGO.search(doc.text, doc.tokens[ca].start, doc.tokens[cb - 1].end)
            or _PAST.search(doc.text, doc.tokens[a].start, doc.tokens[cb - 1].end)):  # "years ago I had ..."
        return False
    if j >= b:
        return False
    if _OVER_AFTER_COMMA.search(doc.text, doc.tokens[j].start, doc.tokens[b - 1].end):
        return True  # "a temperature last month with flu, fine now"
    for m in _OVER.finditer(doc.text, doc.tokens[j].start, doc.tokens[b - 1].end):
        k, _ = doc.token_span(*m.span())
        before = [doc.tokens[t].text for t in range(max(j, k - 2), k)]
        if not any(w in NEGATIONS or w.endswith("n't") for w in before + m.group().split()):
            return True
    return False


_PAST_EVENT = rx(r"last (?:year|month|summer|winter|spring|autumn|fall)|(?:a|one|two|three|four|five|six|several|a few|few|couple of|\d+) months? ago")


def in_past(doc: Doc, i: int, j: int, recent_too: bool = False) -> bool:
    """A distant-past time ("years ago", "as a child"; with `recent_too` also "last year") in the clause."""
    a, b = doc.clause_bounds(i)
    lo, hi = doc.tokens[a].start, doc.tokens[b - 1].end
    return bool(_PAST.search(doc.text, lo, hi) or (recent_too and _PAST_EVENT.search(doc.text, lo, hi)))


def experiencer(doc: Doc, i: int, j: int) -> tuple[str, int]:
    """('self' | 'close' | 'distant' | 'animal', index of the person or -1) for the cue at tokens [i, j)."""
    toks = doc.tokens
    a, b = doc.sentence_bounds(i)
    # "the tumour in my cat", "the cancer of his wife": the owner follows the cue
    if j < b and toks[j].text in ("in", "of", "for"):
        for k in range(j + 1, min(j + 4, b)):
            w = _base(toks[k].text)
            if w in PETS:
                return "animal", k
            if w in CLOSE or w in DISTANT:
                return _person(doc, k)
            if w not in ("my", "his", "her", "our", "the"):
                break
    if j < b and toks[j].text in ("me", "us", "myself"):  # "someone rear-ended me"
        return "self", j
    for k in range(i, j):  # "can't feel his legs", "wet herself", "better off without me"
        if toks[k].text in THIRD_PRONOUNS:
            return _resolve(doc, k)
        if toks[k].text in FIRST_PERSON:
            return "self", k
        w = _base(toks[k].text)
        if (w in CLOSE or (w in DISTANT and w not in _GENERIC_PEOPLE)) and not _figurative(doc, k):  # "my dad is 70"
            return _person(doc, k)
        if toks[k].text == "my" and not (k + 1 < j and _base(toks[k + 1].text) in CLOSE | DISTANT):
            return "self", k
    for k in range(i - 1, a - 1, -1):
        w = _base(toks[k].text)
        if w == "mine" and k > 0 and toks[k - 1].text == "of":
            continue  # "a colleague of mine": the colleague comes next
        if w in FIRST_PERSON:
            return "self", k
        if w == "my":
            nxt = _base(toks[k + 1].text) if k + 1 < len(toks) else ""
            if nxt not in CLOSE and nxt not in DISTANT and nxt not in PETS:
                return "self", k
            continue
        if w in THIRD_PRONOUNS:
            return _resolve(doc, k)
        if (w in CLOSE or w in DISTANT or w in PETS) and _figurative(doc, k):
            continue  # "like someone else's bum", "eating like a horse", "my lady parts"
        if w in CLOSE or w in DISTANT or (w == "law" and k > 1 and toks[k - 2].text == "in"):
            return _person(doc, k)  # "mother-in-law" ends in "law"
        if w in PETS:
            return "animal", k
    return "self", -1


def _person(doc: Doc, k: int) -> tuple[str, int]:
    toks = doc.tokens
    w = _base(toks[k].text)
    prev = toks[k - 1].text if k > 0 else ""
    chained = prev.endswith("'s") and (_base(prev) in CLOSE or _base(prev) in DISTANT)
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    of_someone = after == "of" and k + 2 < len(toks) and toks[k + 2].text in ("mine", "my", "his", "her", "a")
    if chained or of_someone or w in DISTANT:
        return "distant", k
    # "my mum's friend" was handled above; "law" in "mother-in-law" is close family
    return "close", k


def _resolve(doc: Doc, k: int) -> tuple[str, int]:
    for m in range(k - 1, -1, -1):
        w = _base(doc.tokens[m].text)
        if (w in CLOSE or w in DISTANT) and not _figurative(doc, m):
            return _person(doc, m)
    return "close", -1  # someone the user is asking about


_LIKE = frozenset({"like", "as", "than"})
_BODY = frozenset({"parts", "part", "bits", "bit", "garden", "area", "region", "regions", "flu", "bag", "cave"})


def _figurative(doc: Doc, k: int) -> bool:
    """The person or animal word at k names nobody: a simile ("like someone else's bum", "eating like
    a horse", "as if someone is sitting on my chest") or a body part ("my lady parts")."""
    toks = doc.tokens
    before = [toks[m].text for m in range(max(0, k - 2), k)]
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    if before and (before[-1] in _LIKE or (len(before) == 2 and before[0] in _LIKE
                                           and before[1] in ("a", "an", "some", "the", "if", "though"))):
        return True
    return after.startswith("else") or after in _BODY


def person_after(doc: Doc, j: int) -> tuple[str, int] | None:
    """The person named right after tokens ending at j: 'my 85 year old [neighbour]'."""
    for k in range(j, min(j + 2, len(doc.tokens))):
        w = _base(doc.tokens[k].text)
        if w in PETS:
            return "animal", k
        if w in CLOSE or (w in DISTANT and w not in _GENERIC_PEOPLE):
            return _person(doc, k)
    return None


_GENERIC_PEOPLE = frozenset({"man", "woman", "lady", "guy", "bloke", "person", "people", "someone", "somebody",
                             "anyone", "anybody", "everyone", "everybody"})


_PERSON_NOUNS = frozenset({"man", "woman", "lady", "guy", "bloke", "person", "male", "female", "gentleman", "gent",
                           "boy", "girl", "patient", "mum", "mom", "dad", "grandma", "grandad", "pensioner"})


def is_person_word(word: str) -> bool:
    w = _base(word)
    return w in CLOSE or w in DISTANT or w in _PERSON_NOUNS


def user_has_own_pain(doc: Doc) -> bool:
    """The user describes pain of their own: 'my back hurts', 'I have back pain', 'me with sciatica'."""
    toks = doc.tokens
    for k, t in enumerate(toks):
        if t.text in _PAIN_WORDS:
            before = [toks[m].text for m in range(max(0, k - 3), k)]
            if any(w in FIRST_PERSON or w == "my" for w in before) and not any(_base(w) in CLOSE | DISTANT for w in before):
                return True
    return False


def has_history_marker(doc: Doc, i: int, j: int, had_counts: bool) -> bool:
    """'died of', 'years ago' (and 'had', when `had_counts`) in the cue's clause, nothing recent."""
    a, b = doc.clause_bounds(i)
    words = {doc.tokens[k].text for k in range(a, j)}
    if _RECENT.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end):
        return False
    return bool(words & _HISTORY_WORDS or (had_counts and words & {"had", "'d", "was", "got"})
                or in_past(doc, i, j))


def has_present_marker(doc: Doc, person: int, j: int) -> bool:
    return any(doc.tokens[k].text in _PRESENT_WORDS for k in range(max(person, 0), j))


_WELL = frozenset({"healthy", "strong", "fit", "supple", "safe", "mobile", "flexible"})
_QUESTION_SUBJECTS = frozenset({"it", "there", "this", "that", "i", "you", "he", "she", "they", "we", "my", "your", "the",
                                "a", "an", "back", "sciatica", "anything", "anyone", "someone", "people", "any", "exercise",
                                "stretching", "yoga", "walking", "swimming", "heat", "ice", "rest"})
_GROUPS = frozenset({"class", "team", "group", "school", "club", "gym", "street", "office", "ward", "unit", "care",
                     "swim", "dance", "football", "rugby", "netball", "choir", "church", "year", "form", "squad"})
_TIME_BACK = frozenset({"years", "year", "while", "way", "weeks", "months", "days", "decades", "ages"})
_ASIDE = frozenset({"think", "believe", "guess", "reckon", "suppose", "gather", "understand"})


def is_about_their_pain(doc: Doc, person: int) -> bool:
    """The message describes this person's own pain: 'my husband has back pain and ...'."""
    toks = doc.tokens
    if any(toks[k].text in _HANDLING for k in range(max(0, person - 3), person)):
        return False  # "can I carry my toddler with a bad back?": the child is carried, the back is the user's
    _, end = doc.sentence_bounds(person)
    # the sentence of the person, and the next one if it starts with he/she
    if end < len(toks) and any(toks[m].text in THIRD_PRONOUNS for m in range(end, min(end + 3, len(toks)))):
        _, end = doc.sentence_bounds(end)  # "... Yesterday he coughed and now his back hurts"
    for k in range(person + 1, end):
        w = toks[k].text
        if w == "i" and k + 1 < end and toks[k + 1].text in _ASIDE:
            continue  # "my aunt has cancer, I think, and now her back is sore"
        if w == "my" and k + 1 < end and toks[k + 1].text in _GROUPS:
            continue  # "a 13 year old in my swim class says her back hurts"
        if w in FIRST_PERSON or w == "my" or w == "?":
            return False
        if w in _QUESTION_WORDS and (toks[k - 1].text in (",", ".", "so") or (
                toks[k - 1].text == "and" and (k + 1 >= end or toks[k + 1].text in _QUESTION_SUBJECTS))):
            return False  # "my grandad had cancer, does back pain run in families?"
        if w in _PAIN_WORDS and not (w == "back" and toks[k - 1].text in _TIME_BACK) \
                and not (k + 1 < len(toks) and toks[k + 1].text in _WELL):  # "from years back", "her back healthy"
            after = {toks[m].text for m in range(k + 1, min(k + 3, len(toks)))}
            before = {toks[m].text for m in range(max(person + 1, k - 3), k)}
            if before & _HELPED:
                return False  # "yoga helped her back": a good outcome, not a complaint
            return not after & {"my", "me", "i"}  # "lifting it hurts my back" is the user's pain
    return False
