"""BM25 over the passages (bm25s, saved as numpy arrays and JSON, never pickle), plus the words.

The tokenizer (lowercase, stop words out, Snowball stems) is shared by build and query. The corpus'
surface vocabulary is kept so misspelt query words can be corrected to words the corpus uses.
"""

from __future__ import annotations

import json
import math
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


# Chat spellings and folded contractions ("I've" -> "ive") that are not misspellings of a corpus word
CHAT = {"ive": "I've", "hes": "he's", "shes": "she's", "youre": "you're", "theyre": "they're", "thats": "that's",
        "whats": "what's", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "didnt": "didn't",
        "havent": "haven't", "hasnt": "hasn't", "couldnt": "couldn't", "shouldnt": "shouldn't",
        "wouldnt": "wouldn't", "arent": "aren't", "wont": "won't", "cant": "can't", "dont": "don't",
        "alot": "a lot", "wat": "what", "wot": "what", "wen": "when", "wud": "would", "shud": "should",
        "cud": "could", "coz": "because", "cuz": "because", "bcos": "because", "bcoz": "because",
        "til": "till", "abt": "about", "thx": "thanks", "pls": "please", "plz": "please", "gonna": "going to",
        "wanna": "want to", "gotta": "have to", "dunno": "don't know", "prob": "probably", "probs": "probably",
        "sumthing": "something", "summat": "something", "nite": "night", "tmrw": "tomorrow", "yrs": "years",
        "hrs": "hours", "mins": "minutes", "wks": "weeks", "cos": "because", "ur": "your", "ya": "you",
        "ppl": "people", "mths": "months", "yday": "yesterday", "sth": "something", "smth": "something",
        "def": "definitely", "defo": "definitely", "deffo": "definitely", "hosp": "hospital", "appt": "appointment",
        "bday": "birthday", "bro": "brother", "ofc": "of course", "tho": "though", "thru": "through",
        "b4": "before",
        # chat fillers carry no meaning: they are dropped, never "corrected" ("lol" is not "lot")
        "lol": "", "lmao": "", "omg": "", "tbh": "", "ngl": "", "btw": "", "imo": "", "imho": "", "fwiw": "",
        "smh": "", "haha": "", "hahaha": "", "nvm": "", "idk": "I don't know"}
_VOWELS = set("aeiouy")
_SOUND_ALIKE = ({"s", "c"}, {"c", "k"}, {"s", "z"})  # letters that can spell the same sound ("chanse": chance)


def typo_cost(typed: str, word: str, distance: int) -> float:
    """How unlikely it is that someone meaning `word` typed `typed` (lower: likelier).

    One-edit slips are ranked by how often people make them: a doubled letter dropped or added
    ("masage", "normaly") is the commonest, then two letters swapped ("cuase"), a letter left out
    ("ofen"), one vowel for another ("flexers") or a sound-alike letter ("chanse"), then a stray
    extra letter, then any other wrong letter. Two edits cost more than any one.
    """
    if distance != 1:
        return 2.0
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(diff) == 2 and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]:
            return 0.5
        a, b = typed[diff[0]], word[diff[0]]
        return 0.6 if (a in _VOWELS and b in _VOWELS) or {a, b} in _SOUND_ALIKE else 1.0
    short, long_ = (typed, word) if len(typed) < len(word) else (word, typed)
    i = next((i for i, (a, b) in enumerate(zip(short, long_)) if a != b), len(short))
    doubled = (i > 0 and long_[i] == long_[i - 1]) or (i + 1 < len(long_) and long_[i] == long_[i + 1])
    if doubled:
        return 0.2
    return 0.6 if short is typed else 0.8


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
        English words within one edit. They are ranked by how likely the slip is (`typo_cost`),
        then by how common the word is, corpus words first.
        """
        if (len(word) < 3 or not word.isalpha() or word in CHAT or word in extra_words or self.known(word)
                or is_english(word)):
            return None
        limit = 1 if len(word) < 7 else 2
        choices = self._words + sorted(extra_words)
        domain = {w: d for w, d, _ in process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=10)}
        if "z" in word:  # a z that sounds like s is a slip of one sound, not a letter ("excersize": exercise)
            for w, d, _ in process.extract(word.replace("z", "s"), choices, scorer=OSA.distance, score_cutoff=limit,
                                           limit=10):
                domain[w] = min(max(d, 1), domain.get(w, 2))
        english = {w: 1 for w in (_dictionary().candidates(word) or ()) if w != word}
        pool = {**english, **domain}
        if not pool:
            return None
        freq = _dictionary().word_frequency
        return min(pool, key=lambda w: (typo_cost(word, w, pool[w]) - (0.3 if w in domain else 0.0)
                                        - 0.15 * math.log10(freq[w] + 1), w))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        if not query_tokens:
            return np.zeros(self.bm25.scores["num_docs"], dtype=np.float32)
        return self.bm25.get_scores(query_tokens)
