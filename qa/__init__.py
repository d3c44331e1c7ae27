"""Retrieval question answering over a library of back and hip pain texts.

    import qa
    hits = qa.search("is bed rest good for a bad back?", k=5)
    reply = qa.answer("I can't feel my bum when I wipe")
    report = qa.build_index(corpus_dir="corpus", index_dir="index")
"""

from .answer import answer, search
from .build import build_index
from .errors import (CorpusError, IndexCorruptError, IndexMismatchError, IndexMissingError, ModelError, QAError,
                     QueryError)
from .types import Answer, BuildReport, Hit, Location, Origin, Passage, RedFlag

__all__ = ["search", "answer", "build_index", "Hit", "Answer", "RedFlag", "Passage", "Location", "Origin",
           "BuildReport", "QAError", "QueryError", "CorpusError", "IndexMissingError", "IndexMismatchError",
           "IndexCorruptError", "ModelError"]
