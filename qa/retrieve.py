"""search(): dense (FAISS) and BM25 candidates, fused, de-duplicated, as Hits.

A Retriever wraps one loaded index and is immutable, so any number of threads may search it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from . import fusion, synonyms
from .config import Settings
from .dedup import fingerprint
from .embed import Embedder
from .errors import QueryError
from .lexical import CHAT, content_words, is_english, stem
from .store import StoredIndex
from .types import Hit


@dataclass(frozen=True)
class Query:
    """A query as the two retrievers see it."""

    text: str  # what the user typed, cut to a sane length
    dense_text: str  # text + clinical words for lay ones
    tokens: tuple[str, ...]  # stemmed BM25 tokens: words, spelling fixes, clinical words
    known: float  # share of the user's content words the corpus uses (0..1)


def clean_query(query: object, max_chars: int) -> str:
    if not isinstance(query, str):
        raise QueryError(f"query must be text (str), not {type(query).__name__}")
    text = " ".join(query.split())
    if not text:
        raise QueryError("query is blank: type a question, e.g. \"is bed rest good for a bad back?\"")
    return text[:max_chars]


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise QueryError(f"k must be a whole number of passages, 1 or more (got {k!r})")
    return min(k, 50)


def _replace_words(text: str, fixes: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in fixes) + r")\b", re.IGNORECASE)
    return " ".join(pattern.sub(lambda m: fixes[m.group().lower()], text).split())


class Retriever:
    def __init__(self, index: StoredIndex, embedder: Embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.build_id = index.build_id
        passages = index.passages
        self._keys = [fingerprint(p.text) for p in passages]
        counts = np.array([len(p.sentences) for p in passages], dtype=np.int64)
        self._starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self._owner = np.repeat(np.arange(len(passages)), counts)
        # a sentence that is itself a question ("Is the pain worse at night?") matches questions
        # well but answers nothing, so it never counts as a passage's best sentence
        self._question = np.array([p.text[a:b].rstrip().endswith("?") for p in passages for a, b in p.sentences])
        # two neighbouring sentences: an answer that takes two ("Quit smoking. Smokers are ...") is found
        # as a unit; a pair of two questions answers nothing either
        first = np.concatenate([self._starts[i] + np.arange(len(p.sentences) - 1) for i, p in enumerate(passages)]
                               + [np.zeros(0, dtype=np.int64)]).astype(np.int64)
        self._pair_owner = self._owner[first]
        self._pair_question = self._question[first] & self._question[first + 1]
        self._next = _next_in_section(passages)
        self._prev = {j: i for i, j in self._next.items()}
        is_english("warm")  # load the spelling dictionary now, not on the first query

    def analyse(self, query: str) -> Query:
        text = clean_query(query, self.settings.max_query_chars)
        lexical = self.index.lexical
        words = content_words(text)
        fixes = {w: f for w in set(words)
                 if (f := CHAT[w] if w in CHAT else lexical.correct(w, synonyms.WORDS)) is not None}
        known = sum(1 for w in words if w in fixes or lexical.known(w)) / len(words) if words else 0.0
        repaired = (_replace_words(text, fixes) if fixes else text) or text  # "lol" alone stays "lol"
        extra = synonyms.expand(repaired)
        tokens = [stem(w) for w in content_words(repaired + " " + extra)]
        dense_text = f"{repaired} {extra}" if extra else repaired
        return Query(text, dense_text, tuple(tokens), known)

    def search(self, query: str, k: int = 5) -> list[Hit]:
        return self.retrieve(query, k)[1]

    def retrieve(self, query: str, k: int = 5) -> tuple[Query, list[Hit]]:
        """The analysed query and its hits, best first."""
        k = check_k(k)
        q = self.analyse(query)
        qvec = self.embedder.encode([q.dense_text])[0]
        return q, self.rank(q, qvec, k)

    def rank(self, q: Query, qvec: np.ndarray, k: int) -> list[Hit]:
        """Fuse dense and lexical evidence for an analysed query and its vector."""
        st = self.settings
        index = self.index
        n_cand = min(st.candidates, len(index.passages))
        sentence = index.sentence_vectors @ qvec
        answering = np.where(self._question, -1.0, sentence).astype(np.float32)
        best_sentence = fusion.best_per_group(answering, self._starts)
        pairs = np.where(self._pair_question, -1.0, index.pair_vectors @ qvec).astype(np.float32)
        np.maximum.at(best_sentence, self._pair_owner, pairs)
        asked = index.questions.vectors @ qvec
        best_question = np.full(len(index.passages), -1.0, dtype=np.float32)
        np.maximum.at(best_question, index.questions.owner, asked)
        _, dense_ids = index.dense.search(qvec.reshape(1, -1).astype(np.float32), n_cand)
        lexical = np.asarray(index.lexical.scores(list(q.tokens)), dtype=np.float32)
        lex_ids = fusion.top_ids(lexical, n_cand)
        key_ids = np.unique(np.concatenate([self._owner[fusion.top_ids(answering, n_cand)],
                                            self._pair_owner[fusion.top_ids(pairs, n_cand)],
                                            index.questions.owner[fusion.top_ids(asked, n_cand)]]))
        candidates = np.unique(np.concatenate([dense_ids[0][dense_ids[0] >= 0], lex_ids[lexical[lex_ids] > 0],
                                               key_ids]))
        passage = index.vectors[candidates] @ qvec
        best = np.where(best_sentence[candidates] > -1.0, best_sentence[candidates], passage)
        # written questions reorder; abstention judges the text's own score (its thresholds are cosines of
        # text, and a question resembles any other question more than it does an answer) and, apart, how
        # close the nearest written question is (Hit.question_score)
        own = fusion.dense_score(passage, best, st.passage_weight, st.sentence_margin)
        dense = fusion.with_questions(own, best_question[candidates], st.question_weight)
        fused = fusion.weighted(dense, lexical[candidates], st.dense_weight, st.bm25_saturation)
        score = dict(zip(candidates.tolist(), fused.tolist()))
        hits: list[Hit] = []
        seen: set[str] = set()
        for j in np.argsort(-fused, kind="stable").tolist():
            i = int(candidates[j])
            if self._keys[i] in seen:
                continue
            group = self._window(i, score, seen)
            seen.update(self._keys[g] for g in group)
            hits.append(self._hit(group, float(fused[j]), float(own[j]), float(lexical[i]), len(hits) + 1, sentence,
                                  float(best_question[group].max())))
            if len(hits) == k:
                break
        return hits

    def _window(self, i: int, score: dict[int, float], seen: set[str]) -> list[int]:
        """Passage i with its neighbours in the same section when they score almost as well.

        A long section is cut into several passages; when the one after (or before) is nearly as
        relevant, the answer often runs across the cut, so the reader gets both as one hit.
        """
        margin = self.settings.merge_margin
        group = [i]
        for nb in (self._prev.get(i), self._next.get(i)):
            if nb is not None and nb in score and self._keys[nb] not in seen and score[nb] >= score[i] - margin:
                group.append(nb)
        return sorted(group, key=lambda g: self.index.passages[g].location.char_start)

    def _hit(self, group: list[int], fused: float, dense: float, lexical: float, rank: int,
             sentence: np.ndarray, question: float) -> Hit:
        parts = [self.index.passages[g] for g in group]
        first, last = parts[0], parts[-1]
        text = " ".join(p.text for p in parts)
        spans, scores, offset = [], [], 0
        for g, p in zip(group, parts):
            spans += [(a + offset, b + offset) for a, b in p.sentences]
            scores.append(sentence[self._starts[g]:self._starts[g] + len(p.sentences)])
            offset += len(p.text) + 1
        loc = first.location
        if len(parts) > 1:
            loc = replace(loc, line_end=last.location.line_end, char_end=last.location.char_end)
        return Hit(text, round(fused, 4), first.source, loc, first.title, "+".join(p.id for p in parts), rank,
                   round(dense, 4), round(lexical, 4), first.also_in, _highlights(spans, np.concatenate(scores)),
                   question_score=round(question, 4))


def _next_in_section(passages) -> dict[int, int]:
    """Passage index -> index of the passage that follows it in the same paragraph and section."""
    order = sorted(range(len(passages)), key=lambda i: (passages[i].source, passages[i].location.char_start))
    nxt = {}
    for i, j in zip(order, order[1:]):
        a, b = passages[i].location, passages[j].location
        if (passages[i].source == passages[j].source and a.paragraph == b.paragraph and a.section == b.section
                and passages[i].title == passages[j].title):
            nxt[i] = j
    return nxt


def _highlights(spans: list[tuple[int, int]], scores: np.ndarray, margin: float = 0.05) -> tuple[tuple[int, int], ...]:
    """The one or two sentences closest to the query, in reading order."""
    order = np.argsort(-scores)
    chosen = [int(j) for j in order[:2] if scores[j] >= scores[order[0]] - margin]
    return tuple(spans[j] for j in sorted(chosen))
