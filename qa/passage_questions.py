"""Questions each passage answers, written by hand beside the corpus, as extra search keys.

People word a question far from the page that answers it ("can I still have sex with a bad back" for
"loss of sexual function"). A question is much closer to another question than to the answer, so
`corpus/questions.jsonl` holds, for each passage, the ways patients ask what it answers; they are
embedded beside the passage and the retriever lets the best of them speak for it. They are only
search keys: nobody is ever shown them, every answer is still the corpus' own text.

One JSON object per line:
    {"source": "004_846d9b8ede3280ce.txt", "anchor": "a sentence copied from the passage",
     "questions": ["can I still have sex with a bad back", "..."]}
The anchor finds the passage (case, punctuation and spacing aside), so the file survives re-chunking;
an anchor that no longer finds exactly one passage is reported by the build and skipped. "source" may
be left out when the anchor is unique in the whole corpus. A corpus without the file works as before.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .dedup import fingerprint
from .errors import CorpusError
from .types import Passage

FILE_NAME = "questions.jsonl"
_HOW = (f'each line of {FILE_NAME} must be a JSON object like {{"source": "page.txt", "anchor": "a sentence '
        f'copied from the passage", "questions": ["how a patient would ask it", ...]}}')


@dataclass(frozen=True)
class PassageQuestions:
    """The questions one passage answers, and the sentence that finds it."""

    line: int  # 1-based line in the questions file
    source: str  # file the passage comes from ("" when the anchor alone finds it)
    anchor: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Matched:
    """The questions that found their passage, flattened: questions[i] belongs to passages[owners[i]]."""

    questions: tuple[str, ...]
    owners: tuple[int, ...]
    unmatched: tuple[str, ...]  # one line per entry that found no passage, or more than one, saying which


def read(corpus_dir: Path) -> tuple[list[PassageQuestions], str | None]:
    """The questions file of a corpus folder and its sha256; ([], None) when there is none."""
    path = Path(corpus_dir) / FILE_NAME
    if not path.exists():
        return [], None
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read {path}: {e.strerror}; fix its permissions or remove it") from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(f"{path} is not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8") from e
    return parse(text, str(path)), hashlib.sha256(data).hexdigest()


def parse(text: str, where: str = FILE_NAME) -> list[PassageQuestions]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as e:
            raise CorpusError(f"{where} line {number} is not valid JSON ({e}); {_HOW}") from e
        questions = entry.get("questions") if isinstance(entry, dict) else None
        anchor = entry.get("anchor") if isinstance(entry, dict) else None
        source = entry.get("source", "") if isinstance(entry, dict) else None
        if (not isinstance(anchor, str) or not fingerprint(anchor) or not isinstance(source, str)
                or not isinstance(questions, list) or not all(isinstance(q, str) for q in questions)):
            raise CorpusError(f"{where} line {number} is malformed; {_HOW}")
        kept = tuple(dict.fromkeys(" ".join(q.split()) for q in questions if q.strip()))
        out.append(PassageQuestions(number, source, " ".join(anchor.split()), kept))
    return out


def match(entries: list[PassageQuestions], passages: list[Passage]) -> Matched:
    """Each entry's questions, owned by the one passage of its source whose text holds its anchor."""
    keys = [f" {fingerprint(p.text)} " for p in passages]
    sources = [{p.source, *(o.source for o in p.also_in)} for p in passages]
    questions: list[str] = []
    owners: list[int] = []
    unmatched: list[str] = []
    for e in entries:
        anchor = f" {fingerprint(e.anchor)} "
        found = [i for i, key in enumerate(keys) if anchor in key and (not e.source or e.source in sources[i])]
        if len(found) != 1:
            why = "no passage holds it" if not found else f"{len(found)} passages hold it; give a longer anchor"
            unmatched.append(f"line {e.line}: anchor \u201c{e.anchor[:60]}\u201d ({e.source or 'any file'}): {why}")
            continue
        for q in e.questions:
            questions.append(q)
            owners.append(found[0])
    return Matched(tuple(questions), tuple(owners), tuple(unmatched))
