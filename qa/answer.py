"""answer(): search + abstention + safety -> Answer; and the plain-text form the CLI prints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable

from .abstain import should_abstain
from .engine import get_engine
from .retrieve import check_k, clean_query
from .safety import DISCLAIMER, detect_red_flags, passage_warning
from .types import Answer, Hit

NOTHING_FOUND = ("The library has nothing on this question. It holds general information about back and hip "
                 "pain; try asking about symptoms, causes, exercises or treatments.")
MAX_SAFETY_CHARS = 20_000  # red flags are looked for in this much of a message (searching reads less)
MAX_HISTORY = 30  # earlier user messages read for red flags: the most recent ones


def search(query: str, k: int = 5, *, index_dir: str | Path | None = None) -> list[Hit]:
    """The k passages that best match query, best first (higher score is better).

    Raises ValueError (QueryError) for a blank query. The first call builds the default index from
    corpus/ when there is none; later calls reuse the loaded index, and pick up a rebuilt one.
    """
    clean_query(query, MAX_SAFETY_CHARS)  # a blank query fails before any index is loaded or built
    check_k(k)
    return get_engine(index_dir).retriever().search(query, k)


def answer(query: str, k: int = 5, history: Iterable[object] | None = None, *,
           index_dir: str | Path | None = None) -> Answer:
    """The chat's reply: passages (unless the library has nothing on it), red flags, disclaimer.

    history holds the user's earlier messages in this conversation, oldest first: strings, or
    chat messages as {"role": ..., "content": ...} dicts (only the user's are read).
    """
    text = clean_query(query, MAX_SAFETY_CHARS)
    check_k(k)
    flags = detect_red_flags(text, _user_messages(history))
    retriever = get_engine(index_dir).retriever()
    q, hits = retriever.retrieve(text, k)
    abstained = should_abstain(q, hits, retriever.settings)
    if abstained:
        hits = []
    hits = [replace(h, warning=passage_warning(h.text)) for h in hits]
    return Answer(query=q.text, hits=hits, abstained=abstained, disclaimer=DISCLAIMER, red_flags=flags,
                  message=NOTHING_FOUND if abstained else "")


def _user_messages(history: Iterable[object] | None) -> list[str]:
    out: list[str] = []
    for item in history or ():
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and item.get("role", "user") == "user":
            content = item.get("content")
            if isinstance(content, str):
                out.append(content)
        elif isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
            out.append(item[0])  # (user, assistant) pairs
    return [m[:MAX_SAFETY_CHARS] for m in out if m.strip()][-MAX_HISTORY:]


def render_text(ans: Answer) -> str:
    """The answer as plain text, in the order the chat shows it: warnings, passages, disclaimer."""
    lines: list[str] = []
    for flag in ans.red_flags:
        lines.append(f"!! {flag.urgency.upper().replace('_', ' ')} ({flag.category.replace('_', ' ')}): "
                     f"{flag.message}")
    if lines:
        lines.append("")
    if ans.abstained:
        lines.append(ans.message)
    for hit in ans.hits:
        lines.append(f"[{hit.rank}] {hit.citation} (score {hit.score:.2f})")
        if hit.warning:
            lines.append(f"    ! {hit.warning}")
        lines.append(f"    {hit.title + ': ' if hit.title else ''}{hit.text}")
        lines.append("")
    lines.append(ans.disclaimer)
    return "\n".join(lines)
