"""Text that remembers, for every character, where it came from in the source file.

Cleaning rewrites text (drops citation markers, splits run-together headings, collapses spaces), yet a
passage must still point at its place in the file. Every edit here keeps a parallel list of offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    text: str
    offsets: tuple[int, ...]  # offsets[i] = position in the source file of text[i]

    @classmethod
    def from_source(cls, text: str, start: int = 0) -> "MappedText":
        return cls(text, tuple(range(start, start + len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, span: slice) -> "MappedText":
        return MappedText(self.text[span], self.offsets[span])

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Source offsets [first, last + 1) of text[start:end]."""
        end = len(self.text) if end is None else end
        if not self.offsets or start >= end:
            return (self.offsets[0], self.offsets[0]) if self.offsets else (0, 0)
        return self.offsets[start], self.offsets[end - 1] + 1

    def sub(self, pattern: str | re.Pattern, repl: str = "") -> "MappedText":
        """re.sub with offsets: inserted characters take the offset of the text they replace."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        parts: list[str] = []
        offs: list[int] = []
        pos = 0
        literal = "\\" not in repl
        for m in rx.finditer(self.text):
            new = repl if literal else m.expand(repl)
            if new == m.group():
                continue
            parts.append(self.text[pos:m.start()])
            offs.extend(self.offsets[pos:m.start()])
            anchor = self.offsets[m.start()] if m.start() < len(self.offsets) else (
                self.offsets[-1] + 1 if self.offsets else 0)
            parts.append(new)
            offs.extend([anchor] * len(new))
            pos = m.end()
        if pos == 0 and not parts:
            return self
        parts.append(self.text[pos:])
        offs.extend(self.offsets[pos:])
        return MappedText("".join(parts), tuple(offs))

    def insert(self, positions: list[int], piece: str) -> "MappedText":
        """Insert `piece` before each of the given character positions."""
        text, offs, pos = [], [], 0
        for p in sorted(set(positions)):
            text.append(self.text[pos:p])
            offs.extend(self.offsets[pos:p])
            text.append(piece)
            offs.extend([self.offsets[p] if p < len(self.offsets) else self.offsets[-1] + 1] * len(piece))
            pos = p
        text.append(self.text[pos:])
        offs.extend(self.offsets[pos:])
        return MappedText("".join(text), tuple(offs))

    def translate(self, table: dict[int, str]) -> "MappedText":
        """Character-for-character replacement (the table must map to single characters)."""
        out = self.text.translate(table)
        if len(out) != len(self.text):
            raise ValueError("translate() table must map each character to exactly one character")
        return MappedText(out, self.offsets)

    def strip(self) -> "MappedText":
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self[left:right]

    def join(self, pieces: list["MappedText"]) -> "MappedText":
        """Join pieces with this text as the separator."""
        text: list[str] = []
        offs: list[int] = []
        for i, piece in enumerate(pieces):
            if i:
                text.append(self.text)
                offs.extend([piece.offsets[0] if piece.offsets else 0] * len(self.text))
            text.append(piece.text)
            offs.extend(piece.offsets)
        return MappedText("".join(text), tuple(offs))
