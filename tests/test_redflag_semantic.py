"""The semantic red-flag layer with the real bundled model (offline): what it adds to the rules, and
what it must not add."""

from __future__ import annotations

from collections import OrderedDict

import pytest

from qa import redflag_semantic as semantic
from qa.redflag_text import parse
from qa.safety import detect_red_flags, evaluate_red_flags

pytestmark = pytest.mark.model


def categories(text: str, history=(), **kw) -> set[str]:
    return {f.category for f in detect_red_flags(text, history, **kw)}


@pytest.fixture(scope="module", autouse=True)
def model_ready():
    assert semantic.warm_up(), "the bundled model did not load"


# ---------------------------------------------------------------- what the rules miss

@pytest.mark.parametrize("text, category", [
    ("can't feel my tuppence since my back went", "cauda_equina"),
    ("my bum cheeks feel like when the dentist injection wears off", "cauda_equina"),
    ("can't push down with my foot like pressing a car pedal", "neurological_deficit"),
    ("clutching my chest and feel sick", "chest_pain"),
    ("I can't get a full breath", "breathing"),
    ("my breathing has gone really fast and shallow and I can't slow it", "breathing"),
    ("my dad says he wants to die because the pain won't stop", "self_harm"),
])
def test_creative_phrasing_the_rules_miss_is_caught(text, category):
    assert category not in categories(text, semantic=False), "the rules learnt this one: pick another"
    assert category in categories(text)


def test_semantic_flag_has_the_category_message_urgency_and_the_users_clause():
    flags = detect_red_flags("can't feel my tuppence since my back went")
    assert [(f.category, f.urgency) for f in flags] == [("cauda_equina", "emergency")]
    assert flags[0].triggers == ("can't feel my tuppence since my back went",)
    assert "999" in flags[0].message
    neuro = [f for f in detect_red_flags("can't push down with my foot like pressing a car pedal")]
    assert [(f.category, f.urgency) for f in neuro] == [("neurological_deficit", "urgent")]


@pytest.mark.parametrize("positive, negated", [
    ("can't feel my tuppence since my back went", "I can feel my tuppence fine, it's just my back"),
    ("I can't get a full breath", "I'm not struggling to get a full breath"),
    ("I can't get a full breath", "I can get a full breath, it's just my back that hurts"),
    ("clutching my chest and feel sick", "I'm not clutching my chest or anything, it's just my back"),
    ("my breathing has gone really fast and shallow and I can't slow it", "my breathing hasn't gone fast or shallow"),
    ("can't push down with my foot like pressing a car pedal", "I can push down with my foot fine, it's just sore"),
    ("my dad says he wants to die because the pain won't stop",
     "my dad says he doesn't want to die, he just wants the pain to stop"),
])
def test_negated_twin_stays_silent(positive, negated):
    assert detect_red_flags(positive)
    assert not detect_red_flags(negated)


@pytest.mark.parametrize("text", [
    "I was numb from cycling but it went away",
    "my bum goes numb on long car journeys but it comes back when I stand up",
    "I'm breathing through the pain",
    "my legs are jelly after spin class",
    "my grandad had cancer years ago, what helps sciatica?",
    "what are the signs of cauda equina?",
    "I want to end this pain, what works best?",
    "the anaesthetic from the dentist has worn off and my back aches",
    "I'm not short of breath",
    "I don't have any night pain",
    "my temperature is 37.2 and my back aches",
    "I'd kill for a decent mattress, my back is killing me",
    "my dog's back legs have gone weak and wobbly",
])
def test_benign_look_alikes_stay_silent(text):
    assert not detect_red_flags(text)


def test_a_fever_reading_is_read_as_a_number():
    assert "infection" in categories("my temp was 39.4 last night and my back is agony")
    assert "infection" not in categories("my temp was 36.9 last night and my back is agony")


# ---------------------------------------------------------------- conversation and switches

def test_history_carries_a_semantic_flag():
    earlier = ["can't feel my tuppence since my back went"]
    flags = detect_red_flags("what stretches help?", history=earlier)
    assert [(f.category, f.from_history) for f in flags] == [("cauda_equina", True)]
    assert flags[0].triggers == (earlier[0],)
    assert detect_red_flags("what stretches help?", history=earlier, semantic=False) == []


def test_a_later_message_clears_a_semantic_flag():
    earlier = ["can't feel my tuppence since my back went"]
    assert not detect_red_flags("actually the numbness down there has gone completely", history=earlier)


def test_semantic_false_is_the_rules_alone():
    text = "can't feel my tuppence since my back went and I've wet myself"
    assert categories(text, semantic=False) == {"cauda_equina"}
    rules = detect_red_flags("clutching my chest and feel sick", semantic=False)
    assert rules == []


def test_emergencies_first_with_semantic_flags():
    flags = detect_red_flags("I'm 70 and clutching my chest and I can't get a full breath")
    assert [f.category for f in flags] == ["chest_pain", "breathing", "age"]


def test_evaluation_runs_the_semantic_layer_by_default():
    case = [{"id": "x", "text": "clutching my chest and feel sick", "expect": ["chest_pain"]}]
    assert evaluate_red_flags(case)["recall"] == 1.0
    assert evaluate_red_flags(case, semantic=False)["recall"] == 0.0


# ---------------------------------------------------------------- mechanics

def test_units_are_clauses_and_sentences_of_several_clauses():
    units = semantic._units(parse("no fever, but I've wet myself. My back hurts"))
    assert [u.text for u in units] == ["no fever", "i've wet myself", "my back hurts", "no fever, but i've wet myself"]
    assert units[0].stripped == "fever" and not units[0].function
    assert units[1].stripped == ""


def test_a_negated_function_is_part_of_the_sign():
    [unit] = semantic._units(parse("my leg won't lift"))
    assert unit.stripped == "my leg lift" and unit.function
    [unit] = semantic._units(parse("I don't feel hot"))
    assert not unit.function  # "don't feel hot" denies a symptom; "can't feel my legs" is a sign


def test_one_encode_per_message_and_a_cache(monkeypatch):
    embedder = semantic._load()[0]
    calls = []
    original = embedder.encode

    def counting(texts, progress=False):
        calls.append(list(texts))
        return original(texts, progress)

    monkeypatch.setattr(embedder, "encode", counting)
    monkeypatch.setattr(semantic, "_cache", OrderedDict())
    detect_red_flags("my leg won't lift. I also feel sick", history=["first message here", "second one"])
    assert len(calls) == 1 and len(calls[0]) >= 4
    detect_red_flags("and one more", history=["first message here", "second one", "my leg won't lift. I also feel sick"])
    assert len(calls) == 2 and calls[1] == ["and one more"]


def test_without_the_model_the_rules_still_answer(monkeypatch, capsys):
    import qa.embed

    def broken():
        raise RuntimeError("no weights")

    monkeypatch.setattr(semantic, "_state", {})
    monkeypatch.setattr(semantic, "_cache", OrderedDict())
    monkeypatch.setattr(qa.embed, "default_embedder", broken)
    assert categories("I wet myself and clutching my chest") == {"cauda_equina"}
    assert categories("clutching my chest") == set()
    err = capsys.readouterr().err
    assert err.count("qa.redflag_semantic:") == 1 and "rules only" in err


@pytest.mark.parametrize("text", [
    "I had a three day course of prednisolone for my chest and my back aches",
    "the ache is constant but settles when I lie down",
    "Did a long sportive yesterday. Do I need a comfier saddle?",
])
def test_short_courses_relief_and_saddle_questions_stay_silent(text):
    assert not detect_red_flags(text)


def test_long_term_steroids_still_warn_with_the_model():
    assert {"infection", "fracture"} <= categories("I've been on prednisolone tablets for two years and my back hurts")
