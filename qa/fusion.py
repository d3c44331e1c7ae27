"""Pure functions that combine dense and lexical scores into one ranking.

Dense scores are cosines, already on a common scale. A passage's dense score mixes the cosine of
the whole passage with that of its best sentence (a long passage that answers in one sentence is
not diluted by the rest), and is never far below that sentence's. BM25 scores are unbounded, so
they are squashed to [0, 1) with s / (s + c): unlike dividing by the query's best score, a weak
lexical match stays weak.
Reciprocal rank fusion is kept for comparison in the tuning script (eval/tune.py).
"""

from __future__ import annotations

import numpy as np


def top_ids(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the n highest scores, best first."""
    n = min(n, len(scores))
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    part = np.argpartition(-scores, n - 1)[:n]
    return part[np.argsort(-scores[part], kind="stable")]


def best_per_group(scores: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Maximum of each contiguous group of scores; group g is scores[starts[g]:starts[g + 1]]."""
    return np.maximum.reduceat(scores, starts) if len(scores) else np.zeros(0, dtype=scores.dtype)


def dense_score(passage: np.ndarray, best_sentence: np.ndarray, passage_weight: float,
                sentence_margin: float = 1.0) -> np.ndarray:
    """Mix of the passage's and its best sentence's cosine, and never more than sentence_margin
    below that sentence: one sentence that answers exactly ("Sit with your knees slightly higher
    than your hips") is not buried by the unrelated list it stands in."""
    mixed = passage_weight * passage + (1.0 - passage_weight) * best_sentence
    return np.maximum(mixed, best_sentence - sentence_margin)


def with_questions(dense: np.ndarray, best_question: np.ndarray, weight: float) -> np.ndarray:
    """Mix of a passage's dense score and the cosine of the closest question it is known to answer.

    A passage with no questions written for it (best_question -1) keeps its own score. One with
    questions is judged by them too, both ways: a close question lifts it, and when none of the
    ways patients ask what it answers is near the query, the passage sinks a little.
    """
    return np.where(best_question > -1.0, (1.0 - weight) * dense + weight * best_question, dense)


def squash(lexical: np.ndarray, saturation: float) -> np.ndarray:
    return lexical / (lexical + saturation)


def weighted(dense: np.ndarray, lexical: np.ndarray, weight: float, saturation: float) -> np.ndarray:
    """Fused score: weight * dense + (1 - weight) * squashed BM25."""
    return weight * dense + (1.0 - weight) * squash(lexical, saturation)


def reciprocal_rank(dense: np.ndarray, lexical: np.ndarray, candidates: np.ndarray, k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion over the candidates (ranks taken within the whole collection)."""
    d_rank = np.empty(len(dense), dtype=np.int64)
    d_rank[np.argsort(-dense, kind="stable")] = np.arange(len(dense))
    l_rank = np.empty(len(lexical), dtype=np.int64)
    l_rank[np.argsort(-lexical, kind="stable")] = np.arange(len(lexical))
    lex_term = np.where(lexical[candidates] > 0, 1.0 / (k + 1 + l_rank[candidates]), 0.0)
    return 1.0 / (k + 1 + d_rank[candidates]) + lex_term
