"""Corpus folder -> cleaned, de-duplicated paragraphs of health information, each with its locations.

Reads .txt and .md files (UTF-8, falling back to Windows-1252), finds paragraphs in either layout
(blank-line separated, or one per line), repairs the text (qa.clean), drops what is not health
information (qa.boilerplate), splits flattened pages at their headings and merges duplicates
(qa.dedup). Everything removed is returned as Dropped records for the build report.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from . import clean
from .boilerplate import classify
from .dedup import merge_duplicates
from .errors import CorpusError
from .textmap import MappedText
from .types import Dropped, Location, Origin, Paragraph

SUFFIXES = (".txt", ".md")
_TERMINAL = tuple(".!?:;\"')]…”’")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Corpus:
    paragraphs: list[Paragraph]
    dropped: list[Dropped]  # boilerplate and debris, with reasons
    duplicates: list[Dropped]  # copies merged into an earlier paragraph
    file_hashes: dict[str, str]  # relative path -> sha256 of the bytes
    line_starts: dict[str, tuple[int, ...]]  # relative path -> offset of each line's first character

    def locate_lines(self, source: str, start: int, end: int) -> tuple[int, int]:
        """1-based first and last line of the characters [start, end) of a file."""
        starts = self.line_starts[source]
        return bisect.bisect_right(starts, start), bisect.bisect_right(starts, max(start, end - 1))


@dataclass(frozen=True)
class _Raw:
    number: int
    text: MappedText
    section: str


def list_files(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.exists():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist: create it and put .txt or .md files "
                          f"in it, or pass --corpus DIR")
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus path {corpus_dir} is a file, not a folder: pass the folder that holds the "
                          f".txt or .md files with --corpus DIR")
    try:
        files = sorted(p for p in corpus_dir.rglob("*")  # a broken link is listed so reading it can fail loudly
                       if p.suffix.lower() in SUFFIXES and (p.is_file() or p.is_symlink())
                       and not p.name.startswith("."))
    except OSError as e:
        raise CorpusError(f"cannot read corpus folder {corpus_dir}: {e.strerror}; check its permissions") from e
    if not files:
        raise CorpusError(f"corpus folder {corpus_dir} has no .txt or .md files: add some text files, "
                          f"or pass the right folder with --corpus DIR")
    return files


def read_file(path: Path) -> tuple[str, bytes]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read corpus file {path}: {e.strerror}; fix its permissions or remove it "
                          f"from the corpus folder") from e
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), data
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), data


def load_corpus(corpus_dir: Path, near_duplicate: float = 92.0) -> Corpus:
    corpus_dir = Path(corpus_dir)
    paragraphs: list[Paragraph] = []
    dropped: list[Dropped] = []
    hashes: dict[str, str] = {}
    line_starts: dict[str, tuple[int, ...]] = {}
    for path in list_files(corpus_dir):
        name = path.relative_to(corpus_dir).as_posix()
        text, data = read_file(path)
        hashes[name] = hashlib.sha256(data).hexdigest()
        line_starts[name] = tuple(_LineIndex(text).starts)
        kept, lost = clean_file(name, text, markdown=path.suffix.lower() == ".md")
        paragraphs.extend(kept)
        dropped.extend(lost)
    if not paragraphs:
        raise CorpusError(f"corpus folder {corpus_dir} has files but no usable health text after cleaning "
                          f"({len(dropped)} paragraphs dropped); run `python -m qa build --explain` to see why")
    unique, duplicates = merge_duplicates(paragraphs, near_duplicate)
    return Corpus(unique, dropped, duplicates, hashes, line_starts)


def clean_file(name: str, text: str, markdown: bool = False) -> tuple[list[Paragraph], list[Dropped]]:
    """One file's text -> kept paragraphs and dropped pieces, each with its location."""
    lines = _LineIndex(text)
    kept: list[Paragraph] = []
    dropped: list[Dropped] = []
    for raw in split_paragraphs(text, markdown):
        mt = clean.normalise(raw.text)
        if markdown:
            mt = _strip_markdown(mt)
        mt = clean.drop_markers(mt)
        reason = classify(mt.text)
        if reason:
            dropped.append(Dropped(name, lines.locate(raw.number, mt, section=raw.section), reason, mt.text))
            continue
        mt = clean.fix_glued_sentences(mt)
        for heading, body in clean.split_sections(mt):
            body, fragment = clean.split_trailing_fragment(body)
            if fragment:
                dropped.append(Dropped(name, lines.locate(raw.number, body, section=heading or raw.section),
                                       "trailing fragment (link label or scrape debris)", fragment))
            if not body.text:
                continue
            section = heading or raw.section
            reason = classify(body.text) if heading else None
            loc = lines.locate(raw.number, body, section=section)
            if reason:
                dropped.append(Dropped(name, loc, reason, body.text))
                continue
            kept.append(Paragraph(body.text, (Origin(name, loc),), body.offsets))
    return kept, dropped


def split_paragraphs(text: str, markdown: bool = False) -> list[_Raw]:
    """Paragraphs in either layout: blank-line separated blocks, or one paragraph per line.

    A block of several lines is one hard-wrapped paragraph when its lines are short (median under
    120 characters) and at least half of its line breaks fall mid-sentence; otherwise each line is
    a paragraph of its own (the one-per-line layout).
    """
    out: list[_Raw] = []
    section = ""
    block: list[MappedText] = []

    def flush() -> None:
        if not block:
            return
        mid_sentence = sum(1 for b in block[:-1] if not b.text.rstrip().endswith(_TERMINAL))
        if len(block) > 1 and median(len(b) for b in block) < 120 and 2 * mid_sentence >= len(block) - 1:
            pieces = [MappedText(" ", ()).join(block)]
        else:
            pieces = block[:]
        for piece in pieces:
            out.append(_Raw(len(out) + 1, piece, section))
        block.clear()

    pos = 0
    for line in text.split("\n"):  # not splitlines(): U+2028 and friends occur inside scraped lines
        content = line.rstrip("\r")
        mt = MappedText.from_source(content, pos)
        pos += len(line) + 1
        if not content.strip():
            flush()
            continue
        heading = _MD_HEADING.match(content) if markdown else None
        if heading:
            flush()
            section = heading.group(1).strip()
            continue
        block.append(mt)
    flush()
    return out


def _strip_markdown(mt: MappedText) -> MappedText:
    mt = mt.sub(r"!\[[^\]]*\]\([^)]*\)")  # images
    mt = mt.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1")  # links -> their text
    mt = mt.sub(r"(\*\*|__|`)")  # bold, code
    return mt.sub(r"^\s*(?:[-*+]|\d+[.)])\s+").strip()


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def locate(self, number: int, mt: MappedText, section: str = "") -> Location:
        start, end = mt.source_span()
        return Location(number, self.line(start), self.line(max(start, end - 1)), start, end, section)
