"""Stated ages: who in a message is 50 or over, or under 16 (AHCPR, NICE CKS, the NHS paediatric
pathway: new back pain then needs a doctor's check). Read by rules only: the sentence model cannot
read numbers ("I'm 37" sat closer to "I am over fifty" than "I'm 67" did).

What counts as an age:

- explicit forms (`AGE_PATTERN`): "I'm 67", "67 year old", "66 years young", "a 58-year-young",
  "aged 70", "I'll be 58", "my son (12)", "my lad's only 13", "67M", "male, 67";
- bare numbers (`BARE_AGE`), only when the message speaks of back or hip pain and never a unit, a
  duration or a time ("3 weeks", "at 3am", "10/10"): a number that opens the message or a sentence
  ("66 and never had back trouble", "58, female, ..."), or is followed by "next month" / "this
  year", when it is 11-15 or 50-110 (a pain score is 0-10); and "at N" right after a word that asks
  what is usual ("is back pain common at 12?", "normal at 70?");
- words (`AGE_WORDS`): "in my sixties", "over 60", "pensioner", "OAP", "I'm retired";
- a child (`CHILD_WORDS`): "child", "teenager", "my 12 year old", school years ("in year 8",
  "7th grader", "at primary school"), unless an adult age is given with the word ("my teenager
  (17)") or the child is only a cause ("sleeping badly because of the kids").

Context (`_age_applies`): an age in the past ("since I was 12", "grandad died at 85"), a simile
("I feel like I'm 90"), a thing's age ("my mattress is 15 years old"), a negation or a question in
general ("is back pain common in people over 50?") cancel it; someone else's age counts when the
message is about their pain, or is about nobody's pain but speaks of pain, a fall or a symptom
("my dad is 75, what helps a bad back?") or of nothing else ("My mum is 50"), not when it goes on
about them without any complaint ("my grandad is 90 and asked me about walking sticks"). An older age does not count when the pain has been there for years and nothing is new
("I'm 72 and my hip has been the same for decades").
"""

from __future__ import annotations

import re

from qa import negation as ctx
from qa.redflag_rules import rx
from qa.redflag_text import Doc

_NUM = r"(\d{1,3})"
_NOT_UNIT = (r"(?!\s*(?:'|\"|′|%|kg|kgs|kilos?|lbs?|pounds|stones?|st\b|cm|mm|ft\b|foot|feet|inches|in\b|weeks?|months?"
             r"|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|am\b|pm\b|o'clock|reps?|times|miles?|km|percent"
             r"|degrees|°|mg|/10|out of|of\b|and a half (?:weeks|months)|x\b|-\d|\.\d|:\d))")
_PERSON = (r"(?:mother|father|sister|brother|son|daughter)-in-law|son|daughter|boy|girl|child|kid|kiddo|lad|lass|laddie|youngest|eldest|oldest|middle one|little one|teen|teenager|grandson|granddaughter|nephew|niece|wife|husband|mum|mom|dad"
           r"|bro|sis|lil bro|lil sis|little brother|little sister|baby brother|baby sister|pupil|student|resident|service user|elderly (?:man|woman|lady|gentleman)"
           r"|father|mother|partner|brother|sister|patient|grandad|granddad|grandpa|grandma|gran|nan|nana|nanna|granny|grandmother"
           r"|grandfather|grandparent|stepdad|stepfather|stepmum|stepmom|stepmother|hubby|boyfriend|girlfriend|fiance|fiancee"
           r"|aunt|auntie|uncle|neighbour|neighbor|friend|colleague|client|he|she|me")
_AGE_FORMS = [
    # "I'm 67", "I am 67 years old", "aged 70", "at the age of 55", "turned 60"
    r"(?:i'm|i am|i'm now|i am now|(?:i'm|i am) (?:nearly|almost|about|around|over|just over|pushing|approaching|coming up to|coming up|nearing)|i've just turned|just turned|i turned|turning|turned|coming up to|coming up|pushing|aged|age|at age"
    rf"|at the age of|at the ripe old age of)\s*[:=]?\s*{_NUM}\b{_NOT_UNIT}",
    # "67 year old", "67-year-old", "67yo", "67 y/o", "67 yrs old", "66 years young", "67 years of age"
    rf"{_NUM}\s*-?\s*(?:years?|yrs?|yr)[\s-]*(?:olds?|young|of\s+age)\b|{_NUM}\s*(?:yo|y/o|y\.o\.?|yrs?\.?\s+old)\b",
    # "I'll be 58", "she will be 13 in May"
    rf"(?:i'll|i will|he'll|he will|she'll|she will)\s+be\s+(?:\w+\s+)?{_NUM}(?=\s*[,.!?]|\s*$|\s+(?:in|on|next|this|soon|and|by)\s+(?!the\b|a\b|\d+\s*(?:min|sec|hour)))",
    # "my son (12)", "my son, 12,", "me (67)": a person then a bare number
    rf"(?:{_PERSON})(?:\s+here)?\s*[,(]\s*{_NUM}\b{_NOT_UNIT}",
    # "she's 14", "my dad is 70", "my son just turned 12"
    rf"(?:{_PERSON})(?:'s|\s+is|\s+was|\s+has just turned|\s+just turned|\s+turned|\s+is now|\s+aged|,?\s+who's|,?\s+who\s+is)(?:\s+(?:only|just|nearly|almost|about|around|now|over|coming up to))?\s+{_NUM}\b{_NOT_UNIT}",
    # "67M", "55F", "male, 67", "woman aged 70"
    rf"\b(\d\d)(?:m|f)\b|(?:male|female|man|woman|lady|gentleman|guy|bloke|gent)\s*,?\s*(?:aged\s+|of\s+)?{_NUM}\b{_NOT_UNIT}",
    # "am 55, first time ...": the "I" left out at the start of a sentence
    rf"(?:^|(?<=[.!?,;])\s*)am\s+(?:now\s+|nearly\s+|almost\s+|just\s+)?{_NUM}\b{_NOT_UNIT}",
    # "At 55 I've ...": a bare "at N" only when it opens a clause and a subject follows
    rf"(?:^|[.!?,;]\s*|\b(?:that|if|when|because|but|now|and|so|retired|retiring)\s+)at\s+{_NUM}(?=\s*,|\s+(?:i|i've|i'm|my|it|this|is|and|you|back|new|to)\b)",
    # "my husband 68 years, he ...": a person, then an age with "years" but no "old"
    rf"(?:{_PERSON})\s+{_NUM}\s*(?:years?|yrs?)\b(?!\s+(?:ago|of|since|back|later|before|after|now|in|on|with|for|married|together))",
]
AGE_PATTERN = re.compile("|".join(f"(?<![\\w'])(?:{f})" for f in _AGE_FORMS))
_DECADES = {"fifties": 55, "sixties": 65, "seventies": 75, "eighties": 85, "nineties": 95,
            "50s": 55, "60s": 65, "70s": 75, "80s": 85, "90s": 95}
AGE_WORDS = rx(r"(?:in (?:my|his|her) (?:(?:early|mid|late)[- ])?|(?:early|mid|late)[- ])(?:<DECADE>)|over (?:50|fifty|60|sixty|65|70|seventy|80|eighty)|elderly|pensioner|oap|old age pensioner|senior citizen|retiree|(?:state |old age )pension|free bus pass|retired(?=\s*,|\s+(?:and|now|here)\b)"
               r"|(?:i'm|i am|i've|i have|now|just|recently|newly|since i|since i've|since being|(?:he|she|dad|mum)(?:'s| is| has)) (?:\w+ )?retired(?! (?:from|footballer|athlete|soldier|player|dancer|officer|boxer|jockey|gymnast|runner|early|young|at))"
               .replace("<DECADE>", "|".join(_DECADES)))
CHILD_WORDS = rx(r"child|children|kids?|toddler|baby|infant|little (?:boy|girl|one)|schoolboy|schoolgirl|teen|teens|teenager|teenage \w+|primary school|preteen|tween|year \d (?:pupil|student)"
                 r"|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) grader|(?:middle|elementary|grade|junior) school(?:er)?|year (?:[1-9]|10|11) (?:pupil|student|child|kid)"
                 r"|(?:my|our|his|her|a|the) year (?:[1-9]|10|11) (?:son|daughter|boy|girl|lad|lass|kid|child|pupil|student)"
                 r"|(?:in|into|starting|started|starts|finished|doing) year (?:[1-9]|10|11)(?! (?:of|at) )(?! (?:uni|university|college|degree|course|apprenticeship|training|phd))"
                 r"|(?:at|in|to|started|starting|starts|goes to|go to) (?:primary|secondary|junior|middle|elementary|prep|infant|infants) school|grade (?:[1-9])(?! (?:\d|tear|strain|sprain|injury|slip|listhesis|spondylo\w*|[1-5]/5))")
_NUMBER_WORDS = {
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBER_WORD = re.compile(r"\b(twelve|thirteen|fourteen|fifteen|sixteen|seventeen|fifty|sixty|seventy|eighty|ninety)"
                          r"(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b")


def words_to_digits(text: str) -> str:
    """'sixty-seven' -> '67', keeping length roughly stable is not needed: only used to read ages."""
    def sub(m: re.Match) -> str:
        n = _NUMBER_WORDS[m.group(1)] + (_UNITS[m.group(2)] if m.group(2) else 0)
        return str(n).ljust(len(m.group()))  # same length, so offsets still line up
    return _NUMBER_WORD.sub(sub, text)


def qualifying_age(age: int) -> bool:
    """AHCPR / NICE CKS: new back pain from 50 on (or under 16, per the NHS paediatric pathway).

    50 itself counts: the tables say "over 50", and a person who has just turned 50 is the reader
    they have in mind; a needless check costs far less than a missed one."""
    return age >= 50 or 0 < age < 16


# Pain that has been there for years is not new back pain: an older age alone then needs no check.
LONGSTANDING_PAIN = rx(
    r"for (?:many |several |a few |some |so many |\d+ |two |three |four |five |ten |twenty |thirty |forty |fifty )?(?:years|decades)"
    r"|since (?:my|his|her) (?:teens|twenties|thirties|forties|20s|30s|40s|youth|school days|army days|childhood|first (?:child|baby|pregnancy))"
    r"|since (?:i|he|she) was (?:young|little|a kid|a child|a teenager|a lad|a girl|a boy|in (?:my|his|her) \w+|\d+)"
    r"|(?:years|decades) of|all (?:my|his|her) (?:life|adult life)|(?:have|has|i've|he's|she's) always had|on and off for|on-off for|for as long as (?:i|he|she) can remember"
    r"|(?:chronic|long-?standing|longstanding|lifelong|life-?long)")
# ... unless something about it is new: "had a bad back for years but this is different".
NEW_PAIN = rx(
    r"new|newly|first (?:time|ever|episode)|never (?:had|been|suffered|experienced)|(?:just|recently|suddenly) (?:started|begun|began|come on|came on)"
    r"|started (?:\w+ )?(?:ago|last|this|on|yesterday|today|recently)|came on|different|worse|changed|suddenly|lately|recently")

# Bare numbers read as an age only beside back or hip pain, and only 11-15 or 50-110.
_PAIN_WORDS = (r"backs?|backache|hips?|spine|spinal|sciatica|sciatic|pain\w*|aches?|aching|achy|sore\w*|stiff\w*|hurt\w*"
               r"|twinges?|agony|discs?|lumbar|tailbone|coccyx|trouble")
PAIN_CONTEXT = rx(_PAIN_WORDS)
_USUAL = (r"common|normal|usual|unusual|typical|rare|likely|unlikely|possible|serious|ok|okay|bad|worrying|concerning"
          r"|expected|natural|weird|strange|odd|surprising|uncommon|too young|too old|at my age")
BARE_AGE = re.compile(
    # "66 and never had back trouble", "58, female", "66!" - a number opening the message or a sentence
    rf"(?:^|(?<=[.!?])\s+|(?<=\n))\s*(\d{{2,3}})(?=\s*(?:,|&|\+|!|\.(?!\d)|$|-\s|—|–|\s+(?:and|now|here|soon|yrs|yo|with|w/)\b)){_NOT_UNIT}"
    # "retired teacher, 72, never had back trouble": a number between commas
    rf"|(?<=[a-z],\s)(\d{{2,3}})(?=\s*,\s*[a-z]){_NOT_UNIT}"
    # "58 next month", "12 this year", "70 on my next birthday"
    rf"|(?<![\w'.])(\d{{2,3}})\s+(?:next|this)\s+(?:month|week|year|birthday|bday|spring|summer|autumn|winter)\b"
    rf"|(?<![\w'.])(\d{{2,3}})\s+on\s+(?:my|his|her)\s+(?:next\s+)?birthday"
    # "back pain at 78, should I worry?" (50 and over only: "pain at 7" is a score or a time)
    rf"|(?:pain|ache|aches|sciatica|trouble|problems?|arthritis)\s+at\s+(?:only\s+|just\s+|nearly\s+|almost\s+|over\s+)?([5-9]\d|10\d)\b{_NOT_UNIT}"
    # "is back pain common at 12?", "normal at 70?", "normal for a woman at 70"
    rf"|(?:{_USUAL})(?:\s+(?:for|in)\s+(?:a|an|someone|somebody|kids?|children|girls?|boys?|teens?|teenagers?|people|women|men|woman|man|lady|me|him|her)(?:\s+\w+)?)?"
    rf"\s+at\s+(?:only\s+|just\s+|nearly\s+|almost\s+|over\s+)?(\d{{1,3}})(?!\s*(?::|\.\d|am\b|pm\b|o'clock|in the|at night|%))(?=\s*(?:[?!.,;]|$|\s+(?:and|or|but|with|years?|yrs?|yo|too|though|then|now|like|even|when|is|are|my|i|if|to)\b))")
_BARE_OK = frozenset(range(11, 16)) | frozenset(range(50, 111))


# An age in the past: "since I was 12", "when she was 80", "my grandad died at 85".
_PAST_AGE_BEFORE = rx(r"since (?:i|he|she|they) was|when (?:i|he|she|they) was|from the age of|back when|until (?:i|he|she) was|left school at|diagnosed at|started at|had it at")
_FIGURATIVE_AGE = rx(r"(?:feel|feels|felt|feeling|look|looks|looked|move|moves|walk|walks) (?:like|as if|as though)(?: an?| some)?|like (?:an?|some)|belongs? to (?:an?|some)|than (?:an?|my)")
_PAST_AGE_CLAUSE = rx(r"died|passed away|passed on|lived to|lived until")


def find_ages(doc: Doc) -> list[tuple[str, int, int]]:
    """(topic, start, end) of each stated age of 50 or over ("older") or under 16 ("younger"), of the
    user or of someone they ask about."""
    text = words_to_digits(doc.text)
    found = []
    for m in AGE_PATTERN.finditer(text):
        num = next(g for g in m.groups() if g)
        start, end = m.span()
        if _age_applies(doc, start, end, int(num)):
            found.append(("older" if int(num) >= 50 else "younger", start, end))
    if PAIN_CONTEXT.search(doc.text):
        for m in BARE_AGE.finditer(text):
            g = next(k for k in range(1, len(m.groups()) + 1) if m.group(k))
            num, start, end = int(m.group(g)), m.start(g), m.end(g)
            if num in _BARE_OK and not any(s <= start < e for _, s, e in found) and _age_applies(doc, start, end, num):
                found.append(("older" if num >= 50 else "younger", start, end))
    for m in AGE_WORDS.finditer(doc.text):
        if _age_applies(doc, *m.span(), age=60):
            found.append(("older", *m.span()))
    if found and _longstanding(doc):  # "I'm 72 and my hip has been the same for years"
        found = [f for f in found if f[0] != "older"]
    for m in CHILD_WORDS.finditer(doc.text):
        i, j = doc.token_span(*m.span())
        if i < j and ctx.is_about_their_pain(doc, i) and not ctx.is_negated(doc, i, j) \
                and not _ADULT_AGE_AFTER.match(text, m.end()) and not _ONLY_A_CAUSE.search(doc.text, 0, m.start()) \
                and not _WHEN_YOUNG.search(doc.text, 0, m.start()):
            found.append(("younger", *m.span()))
    return found


# "broke my wrist as a kid": the user's own childhood, not a child now
_WHEN_YOUNG = re.compile(r"(?:\bas an?|when (?:i|he|she) was an?|since (?:i|he|she) was an?|back when (?:i|he|she) was an?)\s+(?:\w+\s+)?$")
# "my teenager (17)", "my kid, 19,": the child word names someone 16 or over
_ADULT_AGE_AFTER = re.compile(r"(?:'s|\s*[,(]|\s+(?:is|was|who's|who is|aged|turned|just turned|now))\s*(?:only |just |nearly |almost |now )?(?:1[6-9]|[2-4]\d)\b")
# "sleeping badly because of the kids": the children are a cause, not the patient
_ONLY_A_CAUSE = re.compile(r"(?:because of|thanks to|due to|blame|running (?:around )?after|looking after|after|since having|having|had|giving birth to) (?:the |my |our |all the )?(?:\w+ )?$")


_PAIN = rx(r"back|backs|pain|pains|ache|aches|aching|achy|hip|hips|sciatica|arthritis|spine|disc|trouble|problems?|sore|stiff\w*|it")


def _longstanding(doc: Doc) -> bool:
    """The pain is years old ("the same bad back for decades") and nothing about it is said to be new."""
    for m in LONGSTANDING_PAIN.finditer(doc.text):
        i, j = doc.token_span(*m.span())
        a, b = doc.clause_bounds(i)
        if i < j and _PAIN.search(doc.text, doc.tokens[a].start, doc.tokens[b - 1].end) and not ctx.is_negated(doc, i, j):
            return not NEW_PAIN.search(doc.text)
    return False


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
    if _FIGURATIVE_AGE.search(doc.text, max(doc.tokens[a].start, start - 25), start):
        return False  # "I feel like I'm 90", "a back like an 80 year old's"
    if ctx.is_negated(doc, i, j) or ctx.is_hypothetical(doc, i) or ctx.is_general_question(doc, i):
        return False
    if _age_of_a_thing(doc, i, j):
        return False  # "my car is 15 years old"
    who, person = ctx.experiencer(doc, i, j)
    if _a_child(doc, i, j):  # "I have a 2 year old": a child of the user's, not the user
        return ctx.is_about_their_pain(doc, i)
    if not (who == "self" and person >= 0 and doc.tokens[person].text != "my"):  # "I'm a 61 year old woman"
        who, person = ctx.person_after(doc, j) or (who, person)  # "my 85 year old neighbour"
    if who == "animal":
        return False
    if who == "self" or person < 0:
        return True
    if who == "distant" or ctx.has_history_marker(doc, i, j, had_counts=False):
        return False  # "people over 50", "my neighbour is 85", "grandad died at 85"
    # a relative's age counts when the message is about their pain, or not about the user's own
    # ("my dad is 55, I'm asking about myself, I'm 28" is about the user) but about some pain
    # ("my grandad is 90 and asked me about walking sticks" is about no pain at all)
    own = stated_own_age(doc.text)
    about_user = ctx.user_has_own_pain(doc) or (own is not None and own != age)
    if ctx.is_about_their_pain(doc, person):
        return True
    return not about_user and (bool(_COMPLAINT.search(_PREVENTION.sub(" ", doc.text))) or not _more_said(doc, j))


# Pain, a fall or a symptom: what makes a relative's age worth a check
_COMPLAINT = rx(_PAIN_WORDS + r"|fell|fall|falls|fallen|falling|slipped|tripped|injur\w*|numb\w*|weak\w*|tingl\w*|(?:can't|cannot|unable to|struggl\w* to) (?:walk|stand|get up|move)")


# Keeping a back healthy is no complaint: "my mum is 72, tips for keeping her back healthy?"
_PREVENTION = rx(r"(?:keep|keeping|keeps|stay|staying|look after|looking after|protect\w*|strengthen\w*|take care of|taking care of) (?:\w+ )?(?:back|backs|spine|hips?|joints?|bones?)(?: (?:healthy|strong|fit|supple|moving|safe|in (?:good )?(?:shape|nick|condition)))?"
                 r"|(?:prevent\w*|avoid\w*) (?:\w+ )?(?:back|hip) (?:pain|problems?|trouble|injur\w*)|(?:healthy|strong) (?:back|spine|hips?)"
                 r"|(?:stop|stopping|prevent\w*|avoid\w*|protect\w*) (?:\w+ ){0,2}(?:from )?(?:getting|developing|having|ending up with) (?:\w+ )?(?:back|hip) (?:pain|ache|problems?|trouble|injur\w*)")


def _more_said(doc: Doc, j: int) -> bool:
    """The message goes on about the person after their age ("my gran is 87 and still walks every
    day"): it says what it is about, and it is not a complaint. "My mum is 50" alone may be an
    answer to a question about her back, so it counts."""
    return sum(t.is_word for t in doc.tokens[j:]) >= 3


_MY_THING = re.compile(r"\b(?:my|our) (?:\w+ )?(?:mattress|bed|car|sofa|couch|settee|chair|pillow|shoes|trainers|boots|house|flat|desk|bike|van|boiler|topper)\b")
_AGE_VERBS = frozenset({"is", "was", "'s", "are", "were", "turned", "turns"})
_THINGS_OK = frozenset({"i", "i'm", "he", "she", "he's", "she's", "they", "you", "who", "who's", "which", "patient"})


def _age_of_a_thing(doc: Doc, i: int, j: int) -> bool:
    """The age belongs to a thing, not a person: 'my mattress is 15 years old', 'the house's 80'."""
    k = i - 1
    while k >= 0 and doc.tokens[k].text in ("about", "nearly", "almost", "over", "around", "only", "just"):
        k -= 1
    if k < 0:
        return False
    if doc.tokens[k].text in _AGE_VERBS and k >= 1:
        subject = doc.tokens[k - 1]
    elif doc.tokens[k].text.endswith("'s"):
        subject = doc.tokens[k]
    else:
        return False
    word = subject.text.removesuffix("'s")
    if word == "mine" and _MY_THING.search(doc.text, 0, subject.start):
        return True  # "how often should I change my mattress? mine is 12 years old"
    if word in _THINGS_OK or ctx.is_person_word(word) or word in ctx.FIRST_PERSON | ctx.THIRD_PRONOUNS:
        return False
    # a capitalised word is a name ("Tom is 70"); a lower-case one a thing ("the house is 80 years old")
    return doc.source(subject.start, subject.end)[:1].islower()


def _a_child(doc: Doc, i: int, j: int) -> bool:
    """'a 2 year old', 'my 4 year old' as a noun: a child the user speaks of, not a description of
    the user (nor 'my 12 year old son', where the person word follows)."""
    if i < 1 or doc.tokens[i - 1].text not in ("a", "an", "my", "our"):
        return False
    if not re.search(r"\bold$", doc.text[doc.tokens[j - 1].start:doc.tokens[j - 1].end]):
        return False
    before = doc.tokens[i - 2].text if i >= 2 else ""
    after = doc.tokens[j].text if j < len(doc.tokens) else ""
    return before not in ("i'm", "am", "is", "was", "he's", "she's", "as") and not ctx.is_person_word(after)


def stated_own_age(text: str) -> int | None:
    """The user's own age if this message states it ("sorry, I'm 37"), to correct an earlier one."""
    m = re.search(r"(?:i'm|i am|im)\s+(\d{1,3})(?!\s*(?:%|kg|lbs?|weeks?|months?|days?))", words_to_digits(text.lower()))
    return int(m.group(1)) if m else None
