"""Chunking: sentence splitting, passages within the model's window, stable ids (no model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa.chunk import chunk_all, chunk_paragraph, sentence_spans, split_sentences
from qa.corpus import load_corpus
from qa.textmap import MappedText
from qa.types import Location, Origin, Paragraph

ROOT = Path(__file__).resolve().parent.parent


def words(text: str) -> int:
    return len(text.split())


def para(text: str, section: str = "") -> Paragraph:
    mt = MappedText.from_source(text, 100)
    return Paragraph(text, (Origin("f.txt", Location(7, 3, 3, 100, 100 + len(text), section)),), mt.offsets)


def test_sentences_respect_abbreviations_and_initials():
    text = "Take ibuprofen, e.g. Nurofen, with food. Dr. Smith agrees. Niemuth, P.E. wrote it. Is it safe? Yes."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["Take ibuprofen, e.g. Nurofen, with food.", "Dr. Smith agrees.", "Niemuth, P.E. wrote it.",
                   "Is it safe?", "Yes."]


def test_short_fragments_join_the_sentence_they_introduce():
    text = "Lift with your knees and keep your back straight. Avoid stress. Stress tightens the back muscles. Yikes."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Lift with your knees and keep your back straight.", "Avoid stress. Stress tightens the back muscles. Yikes."]


def test_long_paragraph_is_cut_on_sentence_boundaries_within_budget():
    sentences = [f"Sentence number {i} talks about the lower back and hips." for i in range(30)]
    p = para(" ".join(sentences), section="Treatment")
    passages = chunk_paragraph(p, words, max_tokens=40, min_tokens=5)
    assert len(passages) > 1
    for passage in passages:
        assert words("Treatment:") + words(passage.text) <= 40
        assert passage.text.endswith(".") and passage.title == "Treatment"
    assert " ".join(x.text for x in passages) == p.text


def test_passages_point_at_their_exact_characters():
    p = para("First sentence is here. Second sentence is here. Third sentence is here.")
    passages = chunk_paragraph(p, words, max_tokens=8, min_tokens=1)
    for passage in passages:
        start = passage.location.char_start - 100
        assert p.text[start:start + len(passage.text)] == passage.text
        assert passage.location.paragraph == 7 and passage.source == "f.txt"


def test_a_sentence_longer_than_the_window_is_cut_at_clauses():
    p = para("; ".join(f"clause {i} about sciatica and numbness" for i in range(40)) + ".")
    passages = chunk_paragraph(p, words, max_tokens=30, min_tokens=5)
    assert all(words(x.text) <= 35 for x in passages)


def test_ids_are_stable_and_depend_on_text_only():
    a = chunk_paragraph(para("Walking helps back pain recover."), words, 50, 5)[0]
    b = chunk_paragraph(para("Walking helps back pain recover."), words, 50, 5)[0]
    c = chunk_paragraph(para("Walking helps hip pain recover."), words, 50, 5)[0]
    assert a.id == b.id != c.id


def test_real_corpus_passages_fit_the_model_window():
    from qa.embed import MiniLMEmbedder

    counter = MiniLMEmbedder().count_tokens  # the tokenizer only: the network is not loaded
    corpus = load_corpus(ROOT / "corpus")
    passages = chunk_all(corpus.paragraphs, counter, 200, 24, corpus.locate_lines)
    assert max(counter(p.embed_text) for p in passages) <= 230  # 256 minus special tokens, with margin
    texts = [p.text for p in passages]
    assert len(texts) == len(set(texts))
    assert any(p.title == "Cauda equina syndrome (CES)" and "saddle" in p.text for p in passages)


def test_a_sentence_that_refers_back_is_not_cut_from_the_one_before():
    sentences = ["Quit smoking for good.", "Smokers get more back pain than others.",
                 "This is due to reduced blood flow to the discs.", "Eat a healthy diet every day.",
                 "Some foods ease inflammation in the body.", "Drink plenty of water each day."]
    p = para(" ".join(sentences))

    def cohesion(texts: list[str]) -> list[float]:  # least alike just before "This is due to ..."
        return [0.1 if t.startswith("Smokers") else 0.5 for t in texts[:-1]]

    glued = chunk_paragraph(p, words, max_tokens=30, min_tokens=5, cohesion=cohesion)
    cut = chunk_paragraph(p, words, max_tokens=30, min_tokens=5, cohesion=cohesion, glue_references=False)
    assert any(x.text.startswith("This is due") for x in cut)
    assert not any(x.text.startswith("This is due") for x in glued)
    assert any("Smokers get more back pain than others. This is due" in x.text for x in glued)


def test_one_exact_sentence_is_not_buried_by_the_list_around_it():
    from qa.fusion import dense_score
    passage, sentence = np.array([0.3, 0.6]), np.array([0.8, 0.6])
    assert dense_score(passage, sentence, 0.5).tolist() == pytest.approx([0.55, 0.6])  # plain mix
    assert dense_score(passage, sentence, 0.5, sentence_margin=0.1).tolist() == pytest.approx([0.7, 0.6])


def test_a_treatment_list_run_into_one_paragraph_is_cut_before_each_item():
    text = ("Facet joint injections - Facet joint injections are corticosteroid injections. Guidelines now say "
            "they are rarely helpful. Back surgery - In ongoing, non-specific back pain, there is no evidence that "
            "surgery helps. Surgery is only relevant for a minority of people.")
    whole = chunk_paragraph(para(text), words, 200, 4)
    assert len(whole) == 1  # without the option, one passage
    got = [p.text for p in chunk_paragraph(para(text), words, 200, 4, split_items=True)]
    assert got == [text[:text.index("Back surgery")].strip(), text[text.index("Back surgery"):]]
    # a list whose lines go on in lower case stays whole: those are not headings run into their text
    risks = ("Risk factors include these. Being older - back pain is more common with age. Poor posture - this "
             "leads to imbalances. Scoliosis - an abnormal curve of the spine.")
    assert len(chunk_paragraph(para(risks), words, 200, 4, split_items=True)) == 1
