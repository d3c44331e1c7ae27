"""Tests for the safety layer: red flags, passage warnings, disclaimer, evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.safety import (DISCLAIMER, MESSAGES, PASSAGE_WARNING, detect_red_flags, evaluate_red_flags,
                       load_cases, passage_warning)
from qa.types import URGENCIES

EVAL = Path(__file__).resolve().parent.parent / "eval" / "redflags.jsonl"


def categories(text: str, history=()) -> set[str]:
    return {f.category for f in detect_red_flags(text, history)}


def flag(text: str, category: str, history=()):
    found = [f for f in detect_red_flags(text, history) if f.category == category]
    assert found, f"no {category} flag for {text!r}"
    return found[0]


# ---------------------------------------------------------------- one test per category

@pytest.mark.parametrize("text", [
    "I can't feel my bum when I wipe",
    "Saddle anaesthesia since this morning",
    "I wet myself yesterday and my back is agony",
    "I've had urinary retention since last night",
    "I pooed myself on the way to work",
    "Since my back went I can't get it up",
    "Bilateral sciatica with a herniated disc",
    "It's numb down there",
    "I have no control over my bladder",
])
def test_cauda_equina_is_an_emergency(text):
    assert flag(text, "cauda_equina").urgency == "emergency"


def test_neurological_deficit_urgent_and_rapid_emergency():
    assert flag("my toe catches on the carpet and I keep tripping", "neurological_deficit").urgency == "urgent"
    assert flag("my legs keep giving way", "neurological_deficit").urgency == "urgent"
    rapid = "my legs are getting weaker by the hour and I can barely stand"
    assert flag(rapid, "neurological_deficit").urgency == "emergency"


@pytest.mark.parametrize("text", ["I've got back pain and a fever", "night sweats and back pain",
                                  "I inject drugs and my back hurts", "I'm immunosuppressed after a transplant"])
def test_infection(text):
    assert flag(text, "infection").urgency == "urgent"


def test_cancer_urgency_depends_on_the_cue():
    assert flag("I had breast cancer five years ago", "cancer").urgency == "urgent"
    assert flag("I've lost a stone without trying", "cancer").urgency == "urgent"
    assert flag("the pain wakes me up every night", "cancer").urgency == "see_doctor"


@pytest.mark.parametrize("text", ["I fell off a ladder yesterday", "I was in a car crash last week",
                                  "I have osteoporosis and my back hurt suddenly when I sneezed"])
def test_fracture(text):
    assert flag(text, "fracture").urgency == "urgent"


def test_minor_trauma_needs_fragile_bones():
    assert "fracture" not in categories("my back went into spasm when I sneezed")
    assert "fracture" in categories("I sneezed and felt something go", history=["I have osteoporosis"])


def test_aortic_aneurysm():
    assert flag("I can feel a throbbing in my tummy and my back hurts", "aortic_aneurysm").urgency == "emergency"


@pytest.mark.parametrize("text", ["I'm 67 and my back hurts", "my 12 year old son has back pain",
                                  "At 55 I've got back pain for the first time", "My son (12) has back pain"])
def test_age(text):
    assert flag(text, "age").urgency == "see_doctor"


@pytest.mark.parametrize("text", ["I'm 50 and this back ache is new", "fifty years old, sore back since Friday",
                                  "my nan, who's 88, has started with back pain",
                                  "I'm 71 and had back ache for years, but this is different"])
def test_age_fifty_counts_and_new_pain_counts(text):
    assert flag(text, "age").urgency == "see_doctor"


@pytest.mark.parametrize("text", ["I'm 34 and my back hurts", "My 25 year old son has back pain",
                                  "I'm 12 weeks pregnant", "I've had back pain since I was 12",
                                  "I'm 5'6 and my back hurts", "I lift 60 kg at the gym",
                                  # not new back pain: there for years
                                  "I'm 66 and my bad back has been the same for twenty years",
                                  "my grandad is 90 and has had a dodgy hip all his life, what cushion helps?",
                                  # not a person's age, or not the user's
                                  "our sofa is 60 years old and sags", "I move like an 80 year old in the mornings",
                                  "I have a 3 year old who climbs all over me", "my uncle is 64, I'm 31 with a stiff back"])
def test_age_not_raised(text):
    assert "age" not in categories(text)


@pytest.mark.parametrize("category, text", [
    ("chest_pain", "crushing pain in my chest"),
    ("breathing", "I can't breathe properly"),
    ("stroke", "my face is drooping on one side"),
    ("self_harm", "I want to kill myself"),
])
def test_general_emergencies(category, text):
    assert flag(text, category).urgency == "emergency"


# ---------------------------------------------------------------- context

@pytest.mark.parametrize("positive, negative", [
    ("I have back pain and a fever", "I have back pain but no fever"),
    ("I wet myself", "I haven't wet myself"),
    ("I had cancer", "I've never had cancer"),
    ("I've lost weight", "I have not lost weight"),
    ("numbness around my groin", "denies numbness around the groin"),
    ("tingling in both legs", "without any tingling in my legs"),
    ("I'm suicidal", "I'm not suicidal, just fed up"),
    ("my legs feel weak", "my legs don't feel weak"),
])
def test_negation_minimal_pairs(positive, negative):
    assert detect_red_flags(positive)
    assert not detect_red_flags(negative)


def test_negation_ends_at_but():
    assert "cauda_equina" in categories("no fever, but I've wet myself")
    assert "infection" not in categories("no fever, but I've wet myself")


def test_pseudo_negation_and_negation_inside_the_cue():
    assert "cauda_equina" in categories("no idea why I'm leaking urine")
    assert "cauda_equina" in categories("I have no control over my bladder")
    assert "cauda_equina" in categories("I didn't even notice I'd wet myself")


@pytest.mark.parametrize("own, someone_else", [
    ("I had cancer", "my grandfather had cancer"),
    ("I wet myself laughing", "my mum's friend wet herself laughing"),
])
def test_experiencer_minimal_pairs(own, someone_else):
    assert detect_red_flags(own)
    assert not detect_red_flags(someone_else)


def test_someone_the_user_asks_for_still_counts():
    assert "neurological_deficit" in categories("my husband can't feel his legs")
    assert "age" in categories("my son (12) has back pain")
    assert "cancer" in categories("my husband has prostate cancer and now has back pain")


@pytest.mark.parametrize("text, category", [
    # lay families the first lexicon missed
    ("my bits down there feel like cotton wool", "cauda_equina"),
    ("it's as if my backside belongs to someone else", "cauda_equina"),
    ("I keep having little wee accidents", "cauda_equina"),
    ("my waterworks have gone funny since the disc went", "cauda_equina"),
    ("I need to go but nothing happens", "cauda_equina"),
    ("I keep messing my knickers", "cauda_equina"),
    ("the sciatica is now in the other leg as well", "cauda_equina"),
    ("my leg feels leaden and won't take my weight", "neurological_deficit"),
    ("my foot keeps flapping on the pavement", "neurological_deficit"),
    ("wiped out by fevers and my back is on fire", "infection"),
    ("I had a heart transplant years ago and my back is now killing me", "infection"),
    ("the op scar on my back is weeping pus", "infection"),
    ("the cancer spread to my bones last year", "cancer"),
    ("it aches even when I'm lying flat in bed", "cancer"),
    ("my belt is on its last hole and I haven't been trying to slim", "cancer"),
    ("I heard a crack when I came off the climbing wall", "fracture"),
    ("someone drove into the back of my car on the motorway", "fracture"),
    ("my chest feels like it's being crushed", "chest_pain"),
    ("I'm puffing just sitting on the sofa", "breathing"),
    ("I went blind in my left eye for a few minutes", "stroke"),
    ("I've been saving up my co-codamol", "self_harm"),
    ("nobody would even notice if I was gone", "self_harm"),
])
def test_lay_families(text, category):
    assert category in categories(text)


@pytest.mark.parametrize("text, category", [
    ("I wouldn't say numb, more a fizzing round my bottom", "cauda_equina"),
    ("I can't say I haven't had the odd accident with my bladder", "cauda_equina"),
    ("I'm sure it's just the desk, but since lunch there's a heavy pressure across my chest", "chest_pain"),
    ("it doesn't matter how I lie, the pain at night never stops", "cancer"),
    ("it's there at night however I lie, it never lets up", "cancer"),
    ("I fell off my bike last month and it still hurts", "fracture"),
])
def test_grammar_that_used_to_hide_a_flag(text, category):
    assert category in categories(text)


@pytest.mark.parametrize("text, category", [
    ("Could a slipped disc make you lose control of your bladder?", "cauda_equina"),
    ("can sciatica stop you feeling your private parts?", "cauda_equina"),
])
def test_questions_about_you_warn(text, category):
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "had a temperature with a cold last month - long gone - any tips for stiff hips?",
    "my physio asked whether I had any numbness in my groin and I haven't",
    "I slipped on the kitchen floor and landed on my bum, I'm 29 and it's fine",
    "I get breathless when I'm anxious", "my vision is blurry without my contact lenses",
    "I sweat at night because of my antidepressants", "hay fever is making my back ache from sneezing",
    "the physio cracked my back and it felt great", "is it ok to carry my toddler with a bad back?",
    "my friend had cancer years ago and says yoga helped her back",
])
def test_explained_or_negated_signs_stay_silent(text):
    assert not detect_red_flags(text)


def test_questions_about_signs_do_not_warn():
    assert not detect_red_flags("What are the signs of cauda equina?")
    assert not detect_red_flags("Should I worry if I ever get numbness down there?")
    assert not detect_red_flags("What is foot drop?")


@pytest.mark.parametrize("text", [
    "I fell asleep on the sofa", "I've lost weight on purpose on a diet", "Is a hot bath good for back pain?",
    "Does a weak core cause back pain?", "My back is killing me", "I do breast stroke swimming",
    "What should my heart rate be during exercise?", "Is a chest stretch good for posture?",
    "pins and needles in my hand from sleeping on it", "I hurt myself lifting a box",
    "After the ride my bum is sore from the saddle", "I'd kill for a massage",
])
def test_false_friends(text):
    assert not detect_red_flags(text)


@pytest.mark.parametrize("text, category", [
    ("my urin is dark and won't come out", "cauda_equina"),
    ("it's numm round my bum", "cauda_equina"),
    ("the nladder feels full all the time and nothing comes out", "cauda_equina"),
    ("chest pian and sweaty", "chest_pain"),
    ("I cannae feel my legs", "neurological_deficit"),
    ("my bladdder feels weird", "cauda_equina"),
    ("back pain and a feaver", "infection"),
    ("numbnes around my anus", "cauda_equina"),
    ("incontinance since Monday", "cauda_equina"),
    ("I feel sucidal", "self_harm"),
    ("ive got sciatica down both legs n cant control my pee", "cauda_equina"),
])
def test_misspellings(text, category):
    assert category in categories(text)


def test_spelling_leaves_real_words_alone():
    assert not detect_red_flags("I had fewer bad days this week")
    assert not detect_red_flags("the workers went on strike and I sat all day")


# ---------------------------------------------------------------- conversation

def test_history_carries_a_flag_into_a_follow_up():
    flags = detect_red_flags("what stretches help?", history=["I can't feel my bum when I wipe"])
    assert [(f.category, f.from_history) for f in flags] == [("cauda_equina", True)]
    assert flags[0].triggers == ("can't feel my bum when I wipe",)


def test_flag_in_the_current_message_is_not_from_history():
    flags = detect_red_flags("I wet myself again", history=["I wet myself"])
    assert [(f.category, f.from_history) for f in flags] == [("cauda_equina", False)]


@pytest.mark.parametrize("earlier, later", [
    ("I've been leaking urine", "no, my bladder is fine now"),
    ("It's numb down there", "actually the numbness has gone"),
    ("I have a fever", "I don't have a fever any more"),
    ("I'm 67", "sorry, I'm 37"),
])
def test_a_later_negation_clears_a_history_flag(earlier, later):
    assert detect_red_flags("what stretches help?", history=[earlier])
    assert not detect_red_flags(later, history=[earlier])


def test_he_and_she_in_a_follow_up_count_for_the_person_asked_about():
    assert "cauda_equina" in categories("he says he can't feel himself wee", history=["my dad's back is bad"])
    assert "fracture" in categories("she slipped in the garden this morning", history=["my gran is 92"])


def test_unclear_answers_keep_the_warning():
    assert "cauda_equina" in categories("it's fine", history=["I wet myself"])
    assert "self_harm" in categories("what stretches help?", history=["I want to die", "I'm ok now"])
    # one sign gone, another not mentioned: keep
    assert "cauda_equina" in categories("the numbness has gone", history=["numb down there and leaking urine"])


# ---------------------------------------------------------------- the flags themselves

def test_one_flag_per_category_sorted_by_urgency():
    text = "I'm 74, I've lost weight without trying, I have a fever and I've wet myself twice"
    flags = detect_red_flags(text)
    assert len({f.category for f in flags}) == len(flags)
    ranks = [URGENCIES.index(f.urgency) for f in flags]
    assert ranks == sorted(ranks)
    assert flags[0].category == "cauda_equina" and flags[-1].category == "age"


def test_triggers_are_the_users_own_words():
    text = "So I've had this ache, and my BUM feels NUMB when I wipe, and I'm 67."
    assert {f.category for f in detect_red_flags(text)} == {"cauda_equina", "age"}
    for case in load_cases(str(EVAL)):
        for f in detect_red_flags(case["text"]):
            assert f.triggers and all(t in case["text"] for t in f.triggers), case["id"]


def test_emergency_messages_name_an_emergency_number():
    for (category, urgency), message in MESSAGES.items():
        if urgency == "emergency":
            assert "999" in message and "911" in message and "112" in message, category


def test_self_harm_message_names_crisis_lines():
    message = flag("I want to end my life", "self_harm").message
    assert "988" in message and "116 123" in message and "stay with someone" in message


def test_no_message_diagnoses():
    texts = list(MESSAGES.values()) + [DISCLAIMER, PASSAGE_WARNING]
    assert not [t for t in texts if "you have" in t.lower()]
    naming = {"cauda_equina", "neurological_deficit", "infection", "cancer", "fracture",
              "aortic_aneurysm", "chest_pain", "breathing", "stroke"}
    # a condition is only ever named as a possibility: "can be signs of ..."
    assert all("can be" in m for (c, _), m in MESSAGES.items() if c in naming)


def test_every_category_and_urgency_has_a_message():
    from qa.redflag_rules import URGENCY_OF
    for category, urgency in URGENCY_OF.items():
        assert (category, urgency) in MESSAGES
    assert ("neurological_deficit", "emergency") in MESSAGES and ("cancer", "urgent") in MESSAGES


# ---------------------------------------------------------------- passages and disclaimer

@pytest.mark.parametrize("text", [
    "Cauda equina syndrome causes numbness in the saddle area and loss of bladder control. Seek medical help immediately.",
    "Symptoms include numbness and tingling of the legs and incontinence of urine or stool.",
    "If you suddenly cannot move your legs (paralysis), call 999.",
])
def test_passage_warning_on_emergency_passages(text):
    assert passage_warning(text).startswith("This passage describes emergency symptoms")


@pytest.mark.parametrize("text", [
    "Lie on your back with your knees bent and your feet flat on the floor. Lift your hips and hold.",
    "Extend both legs out, feet flexed, and lift the top leg.",
    "Physician specialties that evaluate low back pain include emergency medicine physicians.",
    "Call 911 for all medical emergencies. The information provided should not be used for diagnosis.",
    "Ibuprofen and heat can help an acute strain; gentle walking is better than bed rest.",
])
def test_no_passage_warning_on_ordinary_passages(text):
    assert passage_warning(text) == ""


def test_disclaimer():
    assert DISCLAIMER.strip()
    assert "not a diagnosis" in DISCLAIMER and "999" in DISCLAIMER and "clinician" in DISCLAIMER


# ---------------------------------------------------------------- the labelled set

def test_evaluation_on_the_labelled_set():
    cases = load_cases(str(EVAL))
    assert sum(1 for c in cases if c["expect"]) >= 110 and sum(1 for c in cases if not c["expect"]) >= 80
    report = evaluate_red_flags(cases)
    assert report["recall"] >= 0.98, report["misses"]
    assert report["false_alarm_rate"] <= 0.05, report["false_alarms"]
    # one batched encode per message (about 15-25 ms on 2 cores) on top of the rules
    assert report["ms_per_message"] < 50
    rules = evaluate_red_flags(cases, semantic=False)
    assert rules["recall"] >= 0.98 and rules["false_alarm_rate"] <= 0.05
    assert rules["ms_per_message"] < 20


def test_evaluate_counts_misses_and_false_alarms():
    report = evaluate_red_flags([
        {"id": "a", "text": "I wet myself", "expect": ["cauda_equina", "stroke"]},
        {"id": "b", "text": "I have a fever", "expect": ["infection"]},
        {"id": "c", "text": "stretches for my back?", "expect": []},
        {"id": "d", "text": "I'm 70", "expect": []},
    ])
    assert report["n_warn"] == 2 and report["n_benign"] == 2
    assert report["recall"] == 0.5 and report["any_recall"] == 1.0
    assert report["misses"] == [("a", "I wet myself", ["stroke"])]
    assert report["false_alarm_rate"] == 0.5 and report["false_alarms"] == [("d", "I'm 70", ["age"])]
