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
    back or hips, or the best passage speaks of that part too.
    """
    if not hits:
        return True
    if _elsewhere(query.text, hits[0].text):
        return True
    top = max(hits, key=lambda h: h.dense_score)
    if top.dense_score < settings.min_dense and not _strong_words(hits[0], settings):
        return True
    if top.dense_score < settings.min_dense_unfamiliar and query.known < settings.familiar_share:
        return True
    return top.dense_score < settings.min_dense_no_overlap and top.lexical_score <= 0.0


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
                              r"|cholesterol|diabetes|dementia|chicken ?pox|tetanus|flu jabs?)\b", re.IGNORECASE)
_OUR_PARTS = re.compile(r"\b(backs?|backache|spine|spinal|lumbar|hips?|sciatic\w*|discs?|disks?|buttocks?|bum|butt|glutes?|tailbone|coccyx"
                        r"|sacrum|sacroiliac|pelvis|pelvic|groin|thighs?|legs?|vertebra\w*|posture|stenosis|spondyl\w*|nerves?|cauda|saddle"
                        r"|slipped|herniat\w*|bladder|bowel|poses?)\b", re.IGNORECASE)  # "pose": our yoga poses


# the same part in the passage, in either number: "foot" also finds "feet"
_FORMS = {"feet": r"f(?:oo|ee)t", "foot": r"f(?:oo|ee)t", "calves": r"cal(?:f|ves)", "calf": r"cal(?:f|ves)",
          "teeth": r"t(?:oo|ee)th", "tooth": r"t(?:oo|ee)th"}


def _elsewhere(question: str, best_passage: str) -> bool:
    """The question is about another part of the body (or another complaint) the best passage does not mention."""
    named = {m.group(1).lower() for rx in (_OTHER_PART, _OTHER_CONDITION) for m in rx.finditer(question)}
    if not named or _OUR_PARTS.search(question):
        return False
    forms = {_FORMS.get(w, re.escape(w.rstrip("s")) if w.endswith("s") else re.escape(w)) for w in named}
    return not any(re.search(rf"\b{f}", best_passage, re.IGNORECASE) for f in forms)
