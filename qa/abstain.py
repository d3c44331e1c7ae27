"""Decide whether the library has anything on a question, from how well the best passages match."""

from __future__ import annotations

from .config import Settings
from .retrieve import Query
from .types import Hit


def should_abstain(query: Query, hits: list[Hit], settings: Settings) -> bool:
    """True when no passage is close enough to answer the question.

    The dense score of the best passage is the main signal. A middling score is accepted only when
    most of the question's words occur in the corpus at all: "how to do a backflip" scores like a
    weak back-pain question, but "backflip" and "trampoline" appear nowhere in the library.
    """
    if not hits:
        return True
    best = max(h.dense_score for h in hits)
    if best < settings.min_dense:
        return True
    return best < settings.min_dense_unfamiliar and query.known < settings.familiar_share
