"""Tests for the context rules (negation, hypothetical, experiencer) and text preparation."""

from __future__ import annotations

import pytest

from qa import negation as ctx
from qa.redflag_text import correct, is_contrast, parse


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


def test_a_correction_after_a_comma_ends_the_negation():
    doc, i, j = span("I wouldn't call it numb, more a tingle in my groin", "tingle")
    assert not ctx.is_negated(doc, i, j)
    doc, i, j = span("no fever, just chills", "chills")
    assert not ctx.is_negated(doc, i, j)


def test_a_denied_denial_is_an_admission():
    doc, i, j = span("I can't say I haven't leaked a bit", "leaked")
    assert not ctx.is_negated(doc, i, j)
    doc, i, j = span("I can't say I have any numbness", "numbness")
    assert not ctx.is_negated(doc, i, j)  # no negation before the cue at all: it stands, a warning errs safe


def test_a_bare_negation_after_the_cue_denies_it():
    doc, i, j = span("the nurse wanted to know about leaking and I haven't", "leaking")
    assert ctx.is_denied_after(doc, j)
    doc, i, j = span("I've been leaking and I don't know why", "leaking")
    assert not ctx.is_denied_after(doc, j)


def test_however_i_lie_is_not_a_contrast():
    doc = parse("it hurts at night however I lie")
    assert len({t.clause for t in doc.tokens}) == 1 and not is_contrast(doc, 4)
    doc = parse("it hurts at night, however I feel fine")
    assert doc.tokens[-1].clause != doc.tokens[0].clause and is_contrast(doc, 5)


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


def test_a_past_episode_said_to_be_over():
    doc, i, j = span("I had chills a couple of weeks ago, all gone now, and I want to run", "chills")
    assert ctx.is_over(doc, i, j)
    doc, i, j = span("I had chills a couple of weeks ago and they haven't gone", "chills")
    assert not ctx.is_over(doc, i, j)
    doc, i, j = span("I had chills and it's gone now", "chills")
    assert not ctx.is_over(doc, i, j)  # no past date: left to is_resolved


def test_general_questions_and_questions_about_you():
    doc, i, _ = span("what does saddle numbness mean?", "saddle numbness")
    assert ctx.is_general_question(doc, i)
    doc, i, _ = span("can a disc stop you feeling your bum?", "feeling your bum")
    assert not ctx.is_general_question(doc, i)
    doc, i, _ = span("does peeing without noticing mean something serious?", "peeing")
    assert not ctx.is_general_question(doc, i)


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
    doc, i, j = span("a van shunted me at the roundabout", "shunted")
    assert ctx.experiencer(doc, i, j)[0] == "self"
    doc, i, j = span("my legs feel like somebody else's", "legs feel like somebody else's")
    assert ctx.experiencer(doc, i, j)[0] == "self"


def test_spelling_correction_is_narrow():
    assert correct("feaver") == "fever"
    assert correct("bladdder") == "bladder"
    assert correct("incontinance") == "incontinence"
    assert correct("sucidal") == "suicidal"
    assert correct("fewer") == "fewer"  # a real word, one edit from "fever"
    assert correct("strike") == "strike"
    assert correct("cant") == "can't"


def test_spelling_reaches_short_words_and_a_wrong_first_letter():
    assert correct("numm") == "numb" and correct("urin") == "urine" and correct("pian") == "pain"
    assert correct("nladder") == "bladder" and correct("ncontinence") == "incontinence"
    assert correct("cannae") == "can't" and correct("nite") == "night"
    # real words and chat words stay as they are, however close to a cue word
    for word in ("paid", "main", "meds", "legit", "heat", "bowl", "sever", "dever"):
        assert correct(word) == word, word


def test_offsets_map_back_to_the_users_text():
    text = "My BLADDDER feels wierd"
    doc = parse(text)
    start = doc.text.index("bladder")
    assert doc.source(start, start + len("bladder")) == "BLADDDER"


@pytest.mark.parametrize("text, sign, past", [
    ("I used to wet the bed as a kid", "wet the bed", True),
    ("as a teenager I got night sweats", "night sweats", True),
    ("I used to wet the bed as a kid and it's started again", "wet the bed", False),
    ("I never used to leak when I sneeze", "leak", False),
    ("I leak when I sneeze", "leak", False),
])
def test_past_habit_cancels_a_symptom_unless_it_is_back(text, sign, past):
    doc, i, _ = span(text, sign)
    assert ctx.is_past_habit(doc, i) is past


def test_a_run_on_i_opens_its_own_clause():
    doc = parse("every time i cough i leak a bit")
    toks = {t.text: t.clause for t in doc.tokens}
    i_leak = [t for t in doc.tokens if t.text == "i"][1]
    assert i_leak.clause == toks["leak"]  # "I leak" stays together
    assert toks["cough"] != toks["leak"]


def test_reading_about_a_condition_is_information():
    doc, i, j = span("my mum made me check after reading about strokes", "strokes")
    assert ctx.is_info_question(doc, i, worry=False)
