"""The vocabulary of the package: frozen dataclasses passed from stage to stage.

Paragraph (corpus) -> Passage (chunk) -> Hit (retrieve) -> Answer (answer), with RedFlag (safety).
"""

from __future__ import annotations

from dataclasses import dataclass, field

URGENCIES = ("emergency", "urgent", "see_doctor")


@dataclass(frozen=True)
class Location:
    """Where a piece of text sits in its source file, so a reader can find it."""

    paragraph: int  # 1-based paragraph number within the file
    line_start: int  # 1-based line of the first character
    line_end: int  # 1-based line of the last character
    char_start: int  # 0-based offset into the decoded file text
    char_end: int  # exclusive
    section: str = ""  # heading of the section the text sits under, if the page had one

    def describe(self) -> str:
        lines = f"line {self.line_start}" if self.line_start == self.line_end else f"lines {self.line_start}-{self.line_end}"
        where = f"paragraph {self.paragraph}, {lines}, chars {self.char_start}-{self.char_end}"
        return f"{where}, section “{self.section}”" if self.section else where


@dataclass(frozen=True)
class Origin:
    """One place a (possibly duplicated) text was found."""

    source: str  # file name, relative to the corpus folder
    location: Location


@dataclass(frozen=True)
class Paragraph:
    """A cleaned paragraph of health information, with every place it occurs."""

    text: str
    origins: tuple[Origin, ...]
    offsets: tuple[int, ...] = ()  # per character of `text`: its offset in the first origin's file


@dataclass(frozen=True)
class Dropped:
    """Something the cleaner removed, and why, for the build report."""

    source: str
    location: Location
    reason: str
    text: str


@dataclass(frozen=True)
class Passage:
    """A unit of retrieval: short enough for the model's window, readable on its own."""

    id: str  # content hash of the embedded text; stable across builds
    text: str
    title: str  # section heading it came from ("" if none); embedded with the text
    source: str
    location: Location
    also_in: tuple[Origin, ...] = ()  # other places the same text was found
    sentences: tuple[tuple[int, int], ...] = ()  # (start, end) of each sentence in text

    def _headed(self, start: int, end: int) -> str:
        """text[start:end] as embedded: after the heading, so it still says what it is about."""
        return f"{self.title}: {self.text[start:end]}" if self.title else self.text[start:end]

    @property
    def embed_text(self) -> str:
        return self._headed(0, len(self.text))

    def sentence_texts(self) -> list[str]:
        """Each sentence as embedded."""
        return [self._headed(a, b) for a, b in self.sentences]

    def pair_texts(self) -> list[str]:
        """Each two neighbouring sentences as embedded: an answer often takes two."""
        return [self._headed(a, d) for (a, _), (_, d) in zip(self.sentences, self.sentences[1:])]


@dataclass(frozen=True)
class Hit:
    """A passage returned for a query. `score` is higher for better matches."""

    text: str
    score: float
    source: str
    location: Location
    title: str = ""
    passage_id: str = ""
    rank: int = 0
    dense_score: float = 0.0  # cosine similarity of query and passage
    lexical_score: float = 0.0  # BM25 score (0 when no query word occurs)
    also_in: tuple[Origin, ...] = ()
    highlights: tuple[tuple[int, int], ...] = ()  # (start, end) in text of the sentences that match best
    warning: str = ""  # set when the passage itself describes emergency signs
    question_score: float = -1.0  # cosine of the closest question written for the passage (-1: none written)

    @property
    def citation(self) -> str:
        return f"{self.source}, {self.location.describe()}"

    @property
    def highlighted(self) -> list[str]:
        return [self.text[a:b] for a, b in self.highlights]


@dataclass(frozen=True)
class RedFlag:
    """A warning sign found in what the user wrote."""

    category: str
    urgency: str  # one of URGENCIES
    message: str  # plain language: what to do, and how fast
    triggers: tuple[str, ...]  # the user's words that raised it
    from_history: bool = False  # raised by an earlier message of the conversation


@dataclass(frozen=True)
class Answer:
    """What the chat shows for one question."""

    query: str
    hits: list[Hit]
    abstained: bool
    disclaimer: str
    red_flags: list[RedFlag] = field(default_factory=list)
    message: str = ""  # a plain sentence about the result, e.g. that the library has nothing on it

    @property
    def emergency(self) -> bool:
        return any(f.urgency == "emergency" for f in self.red_flags)


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    index_dir: str
    files: int
    paragraphs: int
    passages: int  # passages kept in the index
    dropped: int  # paragraphs or fragments removed by the cleaner
    duplicates: int  # paragraphs merged into an earlier copy
    embedded: int  # texts (passages and their sentences) sent through the model this build
    reused: int  # texts whose vectors came from the previous build
    seconds: float
    drop_reasons: dict[str, int] = field(default_factory=dict)
    questions: int = 0  # questions from corpus/questions.jsonl that found their passage
    questions_unmatched: int = 0  # entries of that file whose anchor found no passage, or several (report.json lists them)
