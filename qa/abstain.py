"""Decide whether the library has anything on a question, from how well the best passages match."""

from __future__ import annotations

import re

from .config import Settings
from .retrieve import Query
from .types import Hit


def should_abstain(query: Query, hits: list[Hit], settings: Settings) -> bool:
    """True when no passage is close enough to answer the question.

    The dense score of the best passage is the main signal; a score a little under the threshold is
    enough when that passage also shares many of the question's words (a high BM25 score). A middling
    score is accepted only when the best passage shares at least one word with the question (after
    spelling repair and lay-word expansion) and most of the question's words occur in the corpus at
    all: "how to do a backflip" and "sore throat remedies" score like weak back-pain questions, but
    share no words with what they matched. A question about another part of the body ("my knee
    clicks", "tennis elbow") or another complaint ("cold sores") is off topic unless it also names the
    back or hips, or the best passage speaks of that part too, and its best passage scores well
    (`min_dense_elsewhere`): a yoga passage that says "your neck" does not answer "my stiff neck". So is an
    animal's ("my dog's hips"). A middling score is also not enough when the question is unlike every
    question written for the best passages (corpus/questions.jsonl): "the price of a yoga retreat". The
    other way round, a low score is enough when the question is very like one written for a best passage:
    "scared to move in case I make it worse" shares little with the text that answers it.
    """
    if not hits:
        return True
    named = _other_named(query.text)
    if _unmentioned(named, hits[0].text) or _ANIMAL.search(query.text):
        return True
    top = max(hits, key=lambda h: h.dense_score)
    if named and top.dense_score < settings.min_dense_elsewhere:
        return True
    nearest_question = max(h.question_score for h in hits)  # -1 when no best passage has questions written
    asked = _asked(top, nearest_question, settings)
    if top.dense_score < settings.min_dense and not (asked or _strong_words(hits[0], settings)):
        return True
    if top.dense_score < settings.min_dense_unfamiliar and query.known < settings.familiar_share and not asked:
        return True
    if _unasked(top, nearest_question, settings) and not _strong_words(hits[0], settings):
        return True
    return top.dense_score < settings.min_dense_no_overlap and top.lexical_score <= 0.0


def _unasked(top: Hit, nearest_question: float, settings: Settings) -> bool:
    """A middling match to a passage that has written questions, and the question is like none of the
    questions written for any of the best passages. Passages with none written (new text) are judged
    by their text alone."""
    return (top.question_score > -1.0 and top.dense_score < settings.min_dense_unasked
            and nearest_question < settings.min_question)


def _asked(top: Hit, nearest_question: float, settings: Settings) -> bool:
    """The question is very like one written for one of the best passages, and the text is not far off."""
    return top.dense_score >= settings.min_dense_asked and nearest_question >= settings.min_question_asked


def _strong_words(best: Hit, settings: Settings) -> bool:
    """The best passage is only a little under the dense threshold and shares many of the question's words."""
    return best.dense_score >= settings.min_dense_strong_words and best.lexical_score >= settings.strong_words


# Parts of the body this library is not about, and the words that bring a question back to it
_OTHER_PART = re.compile(r"\b(neck|knees?|shoulders?|elbows?|wrists?|hands?|fingers?|thumbs?|ankles?|heels?|jaw|teeth|tooth"
                         r"|eyes?|ears?|earaches?|toothaches?|throat|headaches?|migraines?|period (?:pain|cramps?)|menstrual|chest|calf|calves|shins?|feet|foot|toes?)\b", re.IGNORECASE)
# Common complaints the library says nothing about; like another body part, they are off topic unless
# the question also names the back or hips or the best passage speaks of them too
_OTHER_CONDITION = re.compile(r"\b(cold sores?|(?:mouth |stomach )?ulcers?|acne|eczema|psoriasis|dandruff|head lice|conjunctivitis|pink eye"
                              r"|tonsillitis|hay ?fever|asthma|gout|shin splints?|acl|carpal tunnel|bunions?|verrucas?|warts?|heartburn"
                              r"|acid reflux|hiccups?|snoring|nosebleeds?|sunburn|moles?|cataracts?|tinnitus|hot (?:flushes|flashes|flush)"
                              r"|cholesterol|diabetes|dementia|chicken ?pox|tetanus|flu jabs?|meniscus|menisci"
                              r"|rotator cuff|achilles"
                              r"|plantar fasciitis|tennis elbow|golfer'?s elbow)\b", re.IGNORECASE)
_OUR_PARTS = re.compile(r"\b(backs?(?! (?:tooth|teeth|molars?))"  # "my back tooth" is a tooth
                        # ... "the back of my wrist" is a wrist, and "keeps coming back" is no back at all
                        r"(?! of (?:my|the|your|his|her) (?:hands?|wrists?|knees?|neck|head|throat|eyes?|heels?|ankles?))"
                        r"(?<!coming back)(?<!comes back)(?<!come back)(?<!came back)(?<!going back)(?<!go back)"
                        r"|backache|spine|spinal|lumbar|hips?|sciatic\w*|discs?|disks?|buttocks?|bum|butt|glutes?"
                        r"|tailbone|coccyx|sacrum|sacroiliac|pelvis|pelvic|groin|thighs?|legs?|vertebra\w*|posture"
                        r"|stenosis|spondyl\w*|nerves?|cauda|saddle"
                        r"|slipped|herniat\w*|bladder|bowel|poses?)\b", re.IGNORECASE)  # "pose": our yoga poses


# numb, tingling, dragging or weak feet are the nerve symptoms of a back problem ("my foot drags when I walk")
_NERVES_IN_FEET = re.compile(r"\b(?:feet|foot|toes?)\b.{0,40}\b(?:numb|tingl|pins and needles|drag|drop|weak)"
                             r"|\b(?:drag\w*|lift|raise)\b.{0,20}\b(?:foot|feet)\b"
                             r"|\b(?:numb|tingl\w*|pins and needles|weak\w*)\b.{0,40}\b(?:feet|foot|toes?)\b",
                             re.IGNORECASE)
# An animal's hips or back: the library is about people ("my German shepherd has hip dysplasia")
_PET = (r"(?:dogs?|pupp(?:y|ies)|cats?|kittens?|horses?|pony|ponies|german shepherds?|labradors?|retrievers?"
        r"|spaniels?|pets?)")
_ANIMAL = re.compile(rf"\b{_PET}(?:'s|s'|') (?:hips?|back|spine|legs?|joints?)\b"
                     rf"|\b{_PET} (?:has|had|have|with|got) (?:\S+ ){{0,2}}(?:dysplasia|arthritis|hips?|back|limp\w*)\b"
                     rf"|\b{_PET}\b.{{0,40}}\b(?:his|her|its) (?:back|hips?|legs?)\b|\bfor (?:my |our |the )?{_PET}\b"
                     r"|\b(?:the|our|my) vets?\b|\bveterinar\w*", re.IGNORECASE)


# the same part in the passage, in either number: "foot" also finds "feet"
_FORMS = {"feet": r"f(?:oo|ee)t", "foot": r"f(?:oo|ee)t", "calves": r"cal(?:f|ves)", "calf": r"cal(?:f|ves)",
          "teeth": r"t(?:oo|ee)th", "tooth": r"t(?:oo|ee)th"}


def _other_named(question: str) -> frozenset[str]:
    """The other parts of the body and other complaints the question names; none when it names one of ours too."""
    if _OUR_PARTS.search(question) or _NERVES_IN_FEET.search(question):
        return frozenset()
    return frozenset(m.group(1).lower() for rx in (_OTHER_PART, _OTHER_CONDITION) for m in rx.finditer(question))


def _unmentioned(named: frozenset[str], passage: str) -> bool:
    """Some part or complaint is named, and the passage mentions none of them (in either number), or
    it names a complaint the passage does not: "shin splints" is not answered by "drop right shin"."""
    def said(w: str) -> bool:
        form = _FORMS.get(w, re.escape(w.rstrip("s")) if w.endswith("s") else re.escape(w))
        return re.search(rf"\b{form}", passage, re.IGNORECASE) is not None
    complaints = {w for w in named if _OTHER_CONDITION.fullmatch(w)}
    return bool(named) and (not any(said(w) for w in named) or not all(said(w) for w in complaints))


def _elsewhere(question: str, best_passage: str) -> bool:
    """The question is about another part of the body (or another complaint) the best passage does not mention."""
    return _unmentioned(_other_named(question), best_passage)
