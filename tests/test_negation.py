"""Tests for the context rules (negation, hypothetical, experiencer) and text preparation."""

from __future__ import annotations

from qa import negation as ctx
from qa.redflag_text import correct, parse


def span(text: str, words: str):
    doc = parse(text)
    start = doc.text.index(words)
    return doc, *doc.token_span(start, start + len(words))


def test_negation_scope_and_list():
    doc, i, j = span("no fever, chills or night sweats", "night sweats")
    assert ctx.is_negated(doc, i, j)
    doc, i, j = span("I do not think I have much wrong apart from a few things with numbness", "numbness")
    assert not ctx.is_negated(doc, i, j)  # "apart" ends the clause


def test_clause_boundary_stops_negation():
    doc, i, j = span("I don't have a fever and I've wet myself", "wet myself")
    assert not ctx.is_negated(doc, i, j)
    doc, i, j = span("no fever, but numbness", "numbness")
    assert not ctx.is_negated(doc, i, j)


def test_pseudo_negations():
    for text, cue in [("no idea why I'm leaking urine", "leaking"), ("not sure but I think I'm numb", "numb"),
                      ("I didn't realise I had wet myself", "wet myself"), ("nothing helps the pain at night", "pain")]:
        doc, i, j = span(text, cue)
        assert not ctx.is_negated(doc, i, j), text


def test_hypothetical():
    doc, i, _ = span("should I worry if I ever get numbness down there?", "numbness")
    assert ctx.is_hypothetical(doc, i)
    doc, i, _ = span("I wet myself if I cough", "wet myself")
    assert not ctx.is_hypothetical(doc, i)


def test_resolution():
    doc, _, j = span("the numbness has gone now", "numbness")
    assert ctx.is_resolved(doc, j)
    doc, _, j = span("the numbness hasn't gone", "numbness")
    assert not ctx.is_resolved(doc, j)
    doc, _, j = span("I wet myself but it's fine", "wet myself")
    assert not ctx.is_resolved(doc, j)


def test_experiencer():
    doc, i, j = span("my grandfather had cancer", "cancer")
    assert ctx.experiencer(doc, i, j)[0] == "close"
    doc, i, j = span("my mum's friend wet herself", "wet herself")
    assert ctx.experiencer(doc, i, j)[0] == "distant"
    doc, i, j = span("my husband can't feel his legs", "can't feel his legs")
    assert ctx.experiencer(doc, i, j)[0] == "close"
    doc, i, j = span("my back is sore and I can't feel my bum", "can't feel my bum")
    assert ctx.experiencer(doc, i, j)[0] == "self"
    doc, i, j = span("my dog's back legs are weak", "legs are weak")
    assert ctx.experiencer(doc, i, j)[0] == "animal"


def test_spelling_correction_is_narrow():
    assert correct("feaver") == "fever"
    assert correct("bladdder") == "bladder"
    assert correct("incontinance") == "incontinence"
    assert correct("sucidal") == "suicidal"
    assert correct("fewer") == "fewer"  # a real word, one edit from "fever"
    assert correct("strike") == "strike"
    assert correct("numm") == "numm"  # too short to guess
    assert correct("cant") == "can't"


def test_offsets_map_back_to_the_users_text():
    text = "My BLADDDER feels wierd"
    doc = parse(text)
    start = doc.text.index("bladder")
    assert doc.source(start, start + len("bladder")) == "BLADDDER"
