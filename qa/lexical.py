"""BM25 over the passages (bm25s, saved as numpy arrays and JSON, never pickle), plus the words.

The tokenizer (lowercase, stop words out, Snowball stems) is shared by build and query. The corpus'
surface vocabulary is kept so misspelt query words can be corrected to words the corpus uses.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

BM25_PARAMS = {"k1": 1.2, "b": 0.75, "method": "lucene", "stemmer": "english"}
_STOP = frozenset("""a an and are as at be but by for if in into is it no not of on or such that the their then
there these they this to was will with i im i'm me my myself we our you your yours he she him her his its
what whats how why when where which who whom do does did doing done can could should would shall may might
must have has had having am been being so than too very just also any some get got about from up out
over under again further once here all both each few more most other own same s t don dont ve ll re d""".split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

_stemmer = Stemmer.Stemmer(BM25_PARAMS["stemmer"])


def words(text: str) -> list[str]:
    """Lowercased words with apostrophes folded: "don't" -> "dont"."""
    return [w.replace("'", "") for w in _WORD.findall(text.lower().replace("’", "'"))]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in _STOP and len(w) > 1]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


@lru_cache(maxsize=1)
def _dictionary():
    from spellchecker import SpellChecker  # an English word list with frequencies; loads in ~0.2 s

    return SpellChecker(distance=1)


def is_english(word: str) -> bool:
    return word in _dictionary()


def tokenize(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


class Lexical:
    """A BM25 index and the corpus vocabulary it was built from."""

    def __init__(self, bm25: bm25s.BM25, vocabulary: dict[str, int]):
        self.bm25 = bm25
        self.vocabulary = vocabulary  # surface word -> number of passages using it
        self._words = list(vocabulary)
        self._stems = {stem(w) for w in vocabulary}

    @classmethod
    def build(cls, texts: list[str]) -> "Lexical":
        bm25 = bm25s.BM25(k1=BM25_PARAMS["k1"], b=BM25_PARAMS["b"], method=BM25_PARAMS["method"])
        bm25.index([tokenize(t) or [""] for t in texts], show_progress=False)
        vocabulary: Counter[str] = Counter()
        for t in texts:
            vocabulary.update(set(content_words(t)))
        return cls(bm25, dict(sorted(vocabulary.items())))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.bm25.save(str(folder), show_progress=False, allow_pickle=False)
        (folder / "words.json").write_text(json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "Lexical":
        bm25 = bm25s.BM25.load(str(folder), show_progress=False, allow_pickle=False)
        vocabulary = json.loads((folder / "words.json").read_text(encoding="utf-8"))
        return cls(bm25, vocabulary)

    def known(self, word: str) -> bool:
        return word in self.vocabulary or stem(word) in self._stems

    def correct(self, word: str, extra_words: frozenset[str] = frozenset()) -> str | None:
        """What a misspelt query word most likely meant, or None when it is not misspelt.

        Only words found neither in the corpus nor in an English dictionary are corrected ("bread"
        is a real word the corpus lacks; "sciatia" is a misspelling). Candidates are corpus words
        (and `extra_words`, e.g. the lay terms we know) within one edit, two for long words, and
        English words within one edit. Preferred: fewer edits, then a swap of two letters (the
        commonest slip: "cuase" -> "cause", not "case"), then domain words, then common words.
        """
        if len(word) < 3 or not word.isalpha() or self.known(word) or is_english(word):
            return None
        limit = 1 if len(word) < 7 else 2
        domain = {w: d for w, d, _ in process.extract(word, self._words + sorted(extra_words), scorer=OSA.distance,
                                                       score_cutoff=limit, limit=10)}
        english = {w: 1 for w in (_dictionary().candidates(word) or ()) if w != word}
        pool = {**english, **domain}
        if not pool:
            return None
        freq = _dictionary().word_frequency
        return min(pool, key=lambda w: (pool[w], sorted(w) != sorted(word), w not in domain, -freq[w], w))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        if not query_tokens:
            return np.zeros(self.bm25.scores["num_docs"], dtype=np.float32)
        return self.bm25.get_scores(query_tokens)
