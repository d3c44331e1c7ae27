"""Decide whether the library has anything on a question, from how well the best passages match."""

from __future__ import annotations

from .config import Settings
from .retrieve import Query
from .types import Hit


def should_abstain(query: Query, hits: list[Hit], settings: Settings) -> bool:
    """True when no passage is close enough to answer the question.

    The dense score of the best passage is the main signal. A middling score is accepted only when
    the best passage shares at least one word with the question (after spelling repair and lay-word
    expansion) and most of the question's words occur in the corpus at all: "how to do a backflip"
    and "sore throat remedies" score like weak back-pain questions, but share no words with what
    they matched.
    """
    if not hits:
        return True
    top = max(hits, key=lambda h: h.dense_score)
    if top.dense_score < settings.min_dense:
        return True
    if top.dense_score < settings.min_dense_unfamiliar and query.known < settings.familiar_share:
        return True
    return top.dense_score < settings.min_dense_no_overlap and top.lexical_score <= 0.0
