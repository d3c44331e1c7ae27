"""Text repair for scraped pages: quotes, spaces, citation markers, run-together headings, debris.

Every function takes and returns MappedText so passages keep their place in the source file.
The words themselves are kept as written; only markup left over from scraping is changed.
"""

from __future__ import annotations

import re

from .textmap import MappedText

_CHARS = {
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x2033: '"',
    0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2007: " ", 0x3000: " ", 0x09: " ", 0x0D: " ",
}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# [5], [1][88], [5, 34], [12-14], [a], [citation needed]
_CITATION = re.compile(r"\s?\[\s*(?:\d+(?:\s*[-–,]\s*\d+)*|[a-z]|citation needed|note \d+)\s*\]")
# footnote numbers glued to a word: "ominousness,10 and", "for doctors.9)", "basically11 —"
_GLUED_FOOTNOTE = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z]{2}[.,;]))\d{1,2}(?=[\s)—–]|$)")

_INLINE_DEBRIS = [
    re.compile(r"\bBACK TO TEXT\b"),
    re.compile(r"^\s*En español\s*\|\s*"),
    re.compile(r"\bClick here\b[^.!?]*[.!?]?", re.IGNORECASE),
    re.compile(r"\bLast (?:reviewed|updated|modified):?\s*(?:\w+\s){0,2}\d{4}\.?", re.IGNORECASE),
    re.compile(r"(?<!\w)#[A-Za-z]\w+[!.]?"),
]

# An inline bibliography entry: "Title. Surname, A.B., Surname, C., et al. Place. Journal, 2005 Jan; 15 (1): 14-21.."
_AUTHORS = re.compile(
    r"(?:(?:and )?[A-Z][\w'’-]+, (?:[A-Z]\.){1,3},? ){2,}(?:et al\.)?"
    r"[^;]{0,200}?\b(?:19|20)\d{2}[^;]{0,12}; ?\d+ ?\(\d+\): ?\d+(?:[-–]\d+)?\.*"
)
_TITLE_START = re.compile(r"(?:(?<=[a-z)] )|(?<=[.!?] ))[A-Z]")

_SENTENCE_GLUE = re.compile(r"(?<=[a-z0-9)%][.!?;])(?=[\"(]?[A-Z])")  # "subspecialists.These"
_COLON_GLUE = re.compile(r"(?<=[a-z][:;])(?=[A-Za-z])")  # "include:Dull ache", "saddle;severe pain"
# a lowercase word (or ')') running straight into a capitalised word: "SymptomsThe", "sprainA lumbar"
_HEADING_GLUE = re.compile(r"(?:(?<=[a-z]{2})|(?<=\)))(?=[A-Z](?:[a-z]|\s))")
_SENTENCE_END = re.compile(r"[.!?;:]\s")
_TERMINAL = tuple(".!?:;\"')]…")


def normalise(mt: MappedText) -> MappedText:
    """Quotes and odd spaces to plain ones, invisible characters out, runs of space to one."""
    mt = mt.sub(_INVISIBLE).translate(_CHARS)
    return mt.sub(r"\s+", " ").strip()


def drop_markers(mt: MappedText) -> MappedText:
    """Citation markers, glued footnote numbers, inline bibliography entries and link debris."""
    mt = mt.sub(_CITATION).sub(_GLUED_FOOTNOTE)
    mt = _drop_inline_references(mt)
    for rx in _INLINE_DEBRIS:
        mt = mt.sub(rx)
    return mt.sub(r"\s+", " ").sub(r"\s+(?=[.,;:!?])").strip()


def _drop_inline_references(mt: MappedText) -> MappedText:
    while m := _AUTHORS.search(mt.text):
        start = m.start()
        titles = [t.start() for t in _TITLE_START.finditer(mt.text, max(0, start - 200), start)
                  if len(mt.text[t.start():start].split()) >= 3 and "." not in mt.text[t.start():start].rstrip()[:-1]]
        if titles:
            start = titles[-1]
        # "...in the hips Title. Authors... 135-43.." : the doubled stop was the sentence's own
        keep = "." if m.group().endswith("..") else ""
        mt = MappedText(mt.text[:start].rstrip() + keep + " " + mt.text[m.end():],
                        mt.offsets[:len(mt.text[:start].rstrip())] + (mt.offsets[start],) * (len(keep) + 1)
                        + mt.offsets[m.end():])
    return mt


def fix_glued_sentences(mt: MappedText) -> MappedText:
    """Put the missing space back after sentence and list punctuation: "pain.The" -> "pain. The"."""
    return mt.sub(_SENTENCE_GLUE, " ").sub(_COLON_GLUE, " ")


def split_sections(mt: MappedText, min_headings: int = 2) -> list[tuple[str, MappedText]]:
    """Split a flattened page at headings that run into the text ("SymptomsThe symptoms...").

    A heading is a short run of words (1-12, no sentence punctuation) that starts after a sentence
    end and runs straight into a capitalised word. A paragraph with fewer than `min_headings` such
    joins is left whole: a single join is more likely a brand name than a page structure.
    Returns (heading, body) pairs; the text before the first heading has heading "".
    """
    cuts: list[tuple[int, int]] = []  # (heading start, body start)
    glued: list[int] = []  # joins that are not headings: two words run together ("orNarrowing")
    for m in _HEADING_GLUE.finditer(mt.text):
        body = m.start()
        ends = [e.end() for e in _SENTENCE_END.finditer(mt.text, 0, body)]
        start = ends[-1] if ends else 0
        heading = mt.text[start:body].strip()
        if (not (cuts and start < cuts[-1][1]) and heading[:1].isupper() and len(heading.split()) <= 12
                and len(heading) <= 90 and not re.search(r"[.!?;:]", heading)):
            cuts.append((start, body))
        else:
            glued.append(body)
    if len(cuts) < min_headings:
        return [("", mt)]
    if glued:  # a flattened page: the other joins are lost spaces
        return split_sections(mt.insert(glued, " "), min_headings)
    sections: list[tuple[str, MappedText]] = []
    first = mt[: cuts[0][0]].strip()
    if first.text:
        sections.append(("", first))
    for i, (h_start, b_start) in enumerate(cuts):
        b_end = cuts[i + 1][0] if i + 1 < len(cuts) else len(mt)
        heading = mt.text[h_start:b_start].strip()
        body = mt[b_start:b_end].strip()
        if body.text:
            sections.append((heading, body))
    return sections


def split_trailing_fragment(mt: MappedText) -> tuple[MappedText, str]:
    """Cut a last 'sentence' with no closing punctuation (a link label, scrape debris).

    Returns (kept text, removed fragment). A one-sentence paragraph is never cut.
    """
    text = mt.text.rstrip()
    if not text or text.endswith(_TERMINAL):
        return mt, ""
    ends = [m.end() for m in re.finditer(r"[.!?…][\"')]?\s", text)]
    if not ends:
        return mt, ""
    cut = ends[-1]
    return mt[:cut].strip(), text[cut:].strip()
