"""Errors whose messages name what is wrong and the command that fixes it."""

from __future__ import annotations


class QAError(Exception):
    """Base class for every error this package raises on purpose."""


class CorpusError(QAError):
    """The corpus folder is missing, empty or unreadable."""


class IndexMissingError(QAError):
    """There is no built index where one was expected."""


class IndexMismatchError(QAError):
    """The index on disk was built with another model, format or settings."""


class IndexCorruptError(QAError):
    """The index on disk is incomplete or damaged."""


class ModelError(QAError):
    """The bundled embedding model cannot be found or loaded."""


class QueryError(QAError, ValueError):
    """The query is unusable (blank, wrong type, bad k)."""


def rebuild_hint(index_dir: str, corpus_dir: str | None = None) -> str:
    corpus = f" --corpus {corpus_dir}" if corpus_dir else ""
    return f"rebuild it with: python -m qa build{corpus} --index {index_dir}"
