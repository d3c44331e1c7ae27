"""Questions written beside the corpus (corpus/questions.jsonl): read, matched to passages, searched, rebuilt."""

from __future__ import annotations

import json

import pytest

from qa import passage_questions, store
from qa.build import build_index
from qa.embed import KeywordEmbedder
from qa.engine import Engine
from qa.errors import CorpusError
from qa.types import Location, Origin, Passage

# asked in words the passage never uses: only the written question links them
ASKED = "can my bulging cushion pinch something"
ENTRY = {"source": "blanks.md", "anchor": "A herniated disc, sometimes called a \u201cslipped disc\u201d",
         "questions": [ASKED, "  can my bulging   cushion pinch something ", "what is a slipped disc"]}


def _passage(text: str, source: str = "a.txt", also_in: tuple[str, ...] = ()) -> Passage:
    loc = Location(1, 1, 1, 0, len(text))
    return Passage(text[:8], text, "", source, loc, tuple(Origin(s, loc) for s in also_in))


def _write(folder, *entries) -> None:
    (folder / passage_questions.FILE_NAME).write_text("\n".join(json.dumps(e) for e in entries) + "\n",
                                                      encoding="utf-8")


def test_questions_are_read_tidied_and_deduplicated():
    [entry] = passage_questions.parse("\n" + json.dumps(ENTRY) + "\n\n")
    assert entry.line == 2 and entry.source == "blanks.md"
    assert entry.questions == (ASKED, "what is a slipped disc")


@pytest.mark.parametrize("line, why", [
    ("{not json", "line 1 is not valid JSON"),
    ('["a list"]', "line 1 is malformed"),
    ('{"anchor": "Bed rest is no longer recommended"}', "line 1 is malformed"),
    ('{"anchor": "...", "questions": ["a"]}', "line 1 is malformed"),
    ('{"anchor": "Bed rest", "questions": "one string"}', "line 1 is malformed"),
])
def test_a_malformed_line_is_a_corpus_error_that_shows_the_format(line, why):
    with pytest.raises(CorpusError, match=why) as e:
        passage_questions.parse(line)
    assert '"anchor": "a sentence copied from the passage"' in str(e.value)


def test_an_anchor_finds_its_passage_whatever_the_quotes_case_and_spacing():
    passages = [_passage("Bed rest is not advised. Walk a little each day."),
                _passage("Heat loosens tight muscles. Walk a little each day.", "b.txt", also_in=("c.txt",))]
    entries = passage_questions.parse("\n".join(json.dumps(e) for e in [
        {"anchor": "BED  REST is \u2018not\u2019 advised", "questions": ["should I stay in bed"]},
        {"source": "c.txt", "anchor": "heat loosens", "questions": ["hot water bottle?", "warmth for a stiff back"]},
        {"anchor": "Walk a little each day", "questions": ["how much walking"]},
        {"source": "b.txt", "anchor": "Bed rest is not advised", "questions": ["bed?"]},
        {"anchor": "rest is", "questions": ["resting?"]},  # whole words: "interest is" would not hold it
    ]))
    matched = passage_questions.match(entries, passages)
    assert matched.questions == ("should I stay in bed", "hot water bottle?", "warmth for a stiff back", "resting?")
    assert matched.owners == (0, 1, 1, 0)
    assert len(matched.unmatched) == 2
    assert "line 3" in matched.unmatched[0] and "2 passages hold it; give a longer anchor" in matched.unmatched[0]
    assert "line 4" in matched.unmatched[1] and "no passage holds it" in matched.unmatched[1]


def _engine(settings, embedder) -> Engine:
    return Engine(settings.index_dir, settings.corpus_dir, settings, embedder, auto_build=False)


def test_a_written_question_leads_to_its_passage(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    before = _engine(tiny_settings, fake_embedder).retriever().search(ASKED, k=1)[0]
    assert "herniated disc" not in before.text  # nothing in the text itself matches the question's words
    _write(tiny_settings.corpus_dir, ENTRY, {"anchor": "no such sentence in the corpus", "questions": ["x"]})
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                embedder=fake_embedder, progress=False)
    after = _engine(tiny_settings, fake_embedder).retriever().search(ASKED, k=1)[0]
    assert "herniated disc" in after.text
    build = tiny_settings.index_dir / store.current_build(tiny_settings.index_dir)
    manifest = json.loads((build / "manifest.json").read_text())
    assert manifest["counts"]["questions"] == 2 and len(manifest["corpus"]["questions"]) == 64
    [unmatched] = json.loads((build / "report.json").read_text())["questions_unmatched"]
    assert unmatched.startswith("line 2:") and "no passage holds it" in unmatched
    assert [json.loads(line)["text"] for line in (build / "questions.jsonl").read_text().splitlines()] == [
        ASKED, "what is a slipped disc"]


def test_questions_are_embedded_once_and_a_bad_file_keeps_the_old_index(tiny_settings, fake_embedder):
    _write(tiny_settings.corpus_dir, ENTRY)
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    again = KeywordEmbedder()
    report = build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=again,
                         progress=False)
    assert again.calls == report.embedded == 0
    live = store.current_build(tiny_settings.index_dir)
    (tiny_settings.corpus_dir / passage_questions.FILE_NAME).write_text('{"anchor": "x", "questions": [1]}\n')
    with pytest.raises(CorpusError, match="questions.jsonl line 1 is malformed"):
        build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                    embedder=fake_embedder, progress=False)
    assert store.current_build(tiny_settings.index_dir) == live
    assert ASKED in _engine(tiny_settings, fake_embedder).retriever().index.questions.text
