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
    # speed is a benchmark figure (python -m qa.safety prints ms/message), not asserted: machines are shared
    rules = evaluate_red_flags(cases, semantic=False)
    assert rules["recall"] >= 0.98 and rules["false_alarm_rate"] <= 0.05


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


# ---------------------------------------------------------------- families of unseen phrasings

def rules(text: str, history=()) -> set[str]:
    return {f.category for f in detect_red_flags(text, history, semantic=False)}


@pytest.mark.parametrize("text", [
    "71 years young and my lower back has started playing up",
    "I'm a 63-year-young grandma with a sore hip",
    "59, male, back pain for a fortnight",
    "72 and my back has never hurt like this before",
    "I'll be 55 in March and my back is killing me",
    "61 next month, and this hip pain is new",
    "is sciatica normal at 13? my son keeps complaining",
    "is this much back pain usual at 75?",
    "my girl's only 11 and she has back ache",
    "my son is in year 7 and his back hurts after school",
    "my 9 year old keeps saying her back hurts",
    "I'm retired now and my back aches every morning",
])
def test_age_is_read_from_bare_numbers_and_school_words(text):
    assert "age" in rules(text)


@pytest.mark.parametrize("text", [
    "3 weeks of back pain now",  # a duration
    "7, and it's getting worse, my back is killing me",  # a pain score, not an age
    "is it normal to wake at 4 with back pain?",  # a time
    "I'm in year 2 of uni and my back hurts",  # a university year
    "my son (19) has a stiff back from football",  # an adult child
    "my teen, 18, pulled his back at the gym",
    "I can't sleep because of the kids and my back is stiff",  # the children are a cause
    "my grandma is 88 and loves her garden",  # someone's age, no complaint
    "my grandad is 92 and still plays bowls every week",
])
def test_numbers_that_are_not_a_qualifying_age(text):
    assert "age" not in rules(text)


@pytest.mark.parametrize("text", [
    "scooter crash at 30mph on the way to work, my back is sore",
    "had a nasty wipeout snowboarding and landed on my coccyx",
    "a bus clipped me on my bike this morning and my hip hurts",
    "flew over the handlebars on a downhill trail, back agony",
    "I came a cropper on my horse at the weekend and my back is killing me",
    "my pony bucked me off on saturday and my tailbone is agony",
    "got flattened in a rugby tackle and now my lower back hurts",
    "trampoline accident yesterday, my back really hurts",
    "I've been taking prednisolone for six months for my arthritis and now my back hurts",
    "on dexamethasone daily since January and I've got new back pain",
    "been on pred since last year and my spine is aching",
    "my steroid inhalers weren't enough so I've been on oral steroids for years, and now my back hurts",
])
def test_vehicle_and_sport_trauma_and_long_term_steroids_are_a_fracture_risk(text):
    assert "fracture" in rules(text)


@pytest.mark.parametrize("text", [
    "I watched a motorbike crash on the telly and my back aches",
    "I nearly crashed my bike but stopped in time, my back is stiff",
    "I use a steroid inhaler for asthma and my back aches",
    "I had a steroid injection in my back last week",
    "had a wee accident with the car door, bruised my hip a bit",
    "crashed on the sofa after work and my back is stiff",
])
def test_trauma_and_steroid_look_alikes(text):
    assert "fracture" not in rules(text)


@pytest.mark.parametrize("text", [
    "there's a beating feeling in my tummy and my back hurts, could it be wind?",
    "I can feel a heartbeat in my belly along with lower back pain",
    "I can feel my pulse in my stomach when I lie down and my back aches",
])
def test_a_pulse_in_the_belly_is_not_explained_by_a_guess(text):
    assert "aortic_aneurysm" in rules(text)


def test_a_stated_cause_still_explains_a_belly_throb():
    assert "aortic_aneurysm" not in rules("my tummy throbs when I have trapped wind, and my back is stiff")


@pytest.mark.parametrize("text", [
    "my fanny and inner thighs have gone numb",
    "my todger feels numb since my back went",
    "can't feel my vajayjay when I wipe",
    "the bike-seat area has gone numb and my back is agony",
    "my undercarriage has gone silent since the weekend",
    "sitting down feels like I'm sitting on someone elses backside",
    "I can't tell when I need a number 2 any more",
    "my bladder has stopped working properly since my back went",
    "I cough and I leak a little now, which I never used to",
    "both legs are getting weaker and my back is agony",
])
def test_cauda_equina_slang_and_bowel_and_bladder(text):
    assert "cauda_equina" in rules(text)


@pytest.mark.parametrize("text", [
    "I used to wet the bed when I was little",
    "my son nearly wet himself laughing at the film",
    "numb bum from the cinema seats but fine once I got up",
    "my bits went numb on a 60 mile ride but came back to normal",
    "I used to get night sweats during the menopause but not any more",
])
def test_past_habits_and_passing_numbness_stay_silent(text):
    assert not detect_red_flags(text, semantic=False)


def test_a_past_habit_that_is_back_still_warns():
    assert "cauda_equina" in rules("I used to wet the bed as a kid and now it's happening again")


@pytest.mark.parametrize("text", [
    "my left knee keeps giving way on the stairs and I fell twice",
    "my legs gave up on me in the supermarket",
    "my legs are like overcooked spaghetti since last night",
    "I feel like a rag doll, my legs won't hold me",
    "I keep collapsing when I try to walk",
])
def test_legs_giving_way_idioms(text):
    assert "neurological_deficit" in rules(text)


def test_a_one_off_stubbed_toe_is_not_foot_drop():
    assert "neurological_deficit" not in rules("I stubbed my toe on the bed and now my hip aches from limping")
    assert "neurological_deficit" in rules("I keep stubbing my toe on the left since my back went")


@pytest.mark.parametrize("text", ["I've been shooting up for years and my back is killing me",
                                  "I used to mainline heroin and now my spine aches",
                                  "my teeth are chattering and I'm boiling hot, plus my back pain is worse",
                                  "running a temp and my lower back is agony"])
def test_infection_slang(text):
    assert "infection" in rules(text)


def test_shivering_in_a_cold_house_is_not_a_fever():
    assert "infection" not in rules("I'm shivering because the heating is off, my back is sore")


@pytest.mark.parametrize("text", [
    "the pain is just as bad whether I'm walking or resting in bed",
    "my back pain never lets up, day or night",
    "I've lost my appetite and about half a stone, and my back aches",
    "the weight is melting off me and my back hurts",
])
def test_cancer_rest_pain_and_weight_loss(text):
    assert "cancer" in rules(text)


def test_a_relatives_death_from_cancer_is_family_history():
    assert "cancer" not in rules("my aunt died of cancer last year, anyway what helps sciatica?")


@pytest.mark.parametrize("text", [
    "some days I think about steering into oncoming traffic",
    "I keep picking at my skin until it bleeds to cope with the pain",
    "I don't want to wake up tomorrow",
    "they'd all be better off without me",
])
def test_indirect_self_harm(text):
    assert "self_harm" in rules(text)


@pytest.mark.parametrize("text", [
    "I nearly drove into a wall on the ice this morning and jarred my back",
    "I scratch my eczema until it bleeds",
])
def test_self_harm_look_alikes(text):
    assert "self_harm" not in rules(text)


def test_press_ups_and_reading_about_strokes_stay_silent():
    assert not detect_red_flags("my chest is tight after 50 push-ups", semantic=False)
    assert not detect_red_flags("no slurred speech, I was only reading about strokes, my back aches", semantic=False)


def test_a_clause_does_not_swallow_the_next_one():
    # "my knee gave way and I fell": the cue ends at "gave way", within its clause
    assert "neurological_deficit" in rules("my knee gave way and I fell in the kitchen, it keeps happening")
    assert "cauda_equina" in rules("every time I sneeze I leak a bit now")


@pytest.mark.parametrize("text, category", [
    ("skidded off my scooter on a wet roundabout and my back is agony", "fracture"),
    ("spun out on black ice in the van and my lower back hurts", "fracture"),
    ("I've been punching walls until my knuckles bleed", "self_harm"),
    ("I keep thinking about the railway tracks behind our house", "self_harm"),
    ("how many codeine would it take to not wake up", "self_harm"),
    ("coming up 70 and my hip has just started hurting", "age"),
])
def test_more_new_phrasings(text, category):
    assert category in rules(text)


@pytest.mark.parametrize("text", [
    "I brush my teeth until my gums bleed and my back aches",
    "I was thinking about the train line to work, the bumps hurt my back",
    "how many paracetamol is an overdose?",
    "my son spun round on the trampoline and landed fine",
])
def test_more_look_alikes(text):
    assert not detect_red_flags(text, semantic=False)


@pytest.mark.parametrize("text, category", [
    ("I can't tell if my bowels are moving any more", "cauda_equina"),
    ("my back is worst in the wee hours and nothing helps", "cancer"),
    ("I've gone down three belt notches without trying", "cancer"),
])
def test_bowel_sense_small_hours_and_belt_notches(text, category):
    assert category in rules(text)


def test_notches_on_a_diet_and_positional_small_hours_stay_silent():
    assert not detect_red_flags("I've gone down a dress size on my diet", semantic=False)
    assert not detect_red_flags("my back hurts in the small hours if I lie on my side", semantic=False)


@pytest.mark.parametrize("text, category", [
    ("kms, this back pain is too much", "self_harm"),
    ("woke up breathless, dyspnoea and back pain since dawn", "breathing"),
    ("my legs keep buckeling on the stairs since my back went", "neurological_deficit"),
    ("no apetite for weeks and the weight is falling off me, back aches", "cancer"),
    ("I'm a cancer survivor and this back pain is new", "cancer"),
])
def test_shorthand_clinical_words_and_typos(text, category):
    assert category in rules(text)


@pytest.mark.parametrize("text", [
    "cycled 30 kms yesterday and my lower back is tight",
    "I'm a Cancer, typical worrier, but my back is just stiff from gardening",
    "I volunteer at a cancer charity shop and lifting boxes hurts my back",
    "no dyspnoea, no fever, just a stiff back",
    "sciatica in one leg only, both legs are strong, can I cycle?",
    "my legs aren't strong enough to walk up the hill yet after my hip op",
])
def test_kilometres_star_signs_workplaces_and_one_sided_sciatica_stay_silent(text):
    assert not detect_red_flags(text, semantic=False)


@pytest.mark.parametrize("text, category", [
    ("i've kind of lost feeling in my backside since the disc went", "cauda_equina"),
    ("my girlfriend says I'm not 'responding' down there since the disc flared", "cauda_equina"),
    ("i dont get the feeling that i need the loo any more", "cauda_equina"),
    ("couldn't feel the loo roll when I wiped this morning", "cauda_equina"),
    ("can a bad back make u poo yourself? it happened today", "cauda_equina"),
    ("ran to the loo and didn't make it, never happens to me", "cauda_equina"),
    ("have to strain like mad to pass water since my back went", "cauda_equina"),
    ("it was only my left leg but now the right one's doing it too", "cauda_equina"),
    ("my right leg just isn't strong anymore since the disc thing", "neurological_deficit"),
    ("my leg isn't strong enough to climb into the car since my back went", "neurological_deficit"),
    ("the numb patch on my calf is getting bigger every day", "neurological_deficit"),
    ("my foot feels asleep and now it's gone floppy", "neurological_deficit"),
    ("my walking has gone all wobbly since I hurt my back", "neurological_deficit"),
    ("mum is walking like she's had a few drinks but she hasn't touched a drop", "neurological_deficit"),
    ("pt now 3/5 ankle dorsiflexion on the left", "neurological_deficit"),
    ("new difficulty mobilising, now needs a frame", "neurological_deficit"),
    ("my knee just gives out randomly since the back flare", "neurological_deficit"),
    ("back pain and the chills even with the heating on full", "infection"),
    ("my immune system is basically zero after my transplant and my back aches", "infection"),
    ("39 on the thermometer and my spine is tender", "infection"),
    ("been using again (iv) and my back is screaming", "infection"),
    ("my back has ached nonstop, doesn't matter if I'm sitting or lying down", "cancer"),
    ("my weight go down 8 kilo and I don't do diet, back pain too", "cancer"),
    ("the big C came back last year and now my lower back is playing up", "cancer"),
    ("h/o renal cell ca, new thoracic pain", "cancer"),
    ("got body slammed at wrestling and my spine hurts", "fracture"),
    ("took a heavy tackle on Saturday and landed on my back", "fracture"),
    ("fall from approx 3m, LBP", "fracture"),
    ("quad bike rollover last week and my back is agony", "fracture"),
    ("am 58, first time my back has ever hurt like this", "age"),
    ("my husband 71 years, pain in his back since Sunday", "age"),
    ("retired at 66 and my back started hurting last month", "age"),
    ("c/o central CP radiating to back", "chest_pain"),
    ("can barely talk in full sentences and my back hurts", "breathing"),
    ("getting puffed out just walking to the kitchen", "breathing"),
    ("my husband says I'm not making sense and my hand keeps dropping things", "stroke"),
    ("honestly wanna unalive myself, this pain is too much", "self_harm"),
    ("I think about taking everything in the cupboard and being done with it", "self_harm"),
    ("whats the point in living with this back", "self_harm"),
    ("I've written letters to my family, I can't do this anymore", "self_harm"),
    ("I took too many tablets on purpose last night", "self_harm"),
])
def test_lay_and_shorthand_wording_from_blind_sets(text, category):
    assert category in rules(text)


@pytest.mark.parametrize("text", [
    "is it true that saddle numbness is an emergency? I'm just reading up, I don't have it",
    "can a slipped disc cause incontinence? just curious",
    "I read that back pain at night can mean cancer, is that true? mine only hurts when I bend",
    "can a stroke cause back pain? my back is just sore from sleeping funny",
    "my mum is 72 and wants to start yoga, tips for keeping her back healthy?",
    "my daughter is 10, how can we stop her getting back pain in future?",
    "my nan broke her hip when she was old, I'm 40 and my hip aches after running",
    "back pain from wearing heels all night at a wedding",
    "got the chills waiting for my exam results, back aches from revising",
    "sweating buckets at hot yoga, any poses for the lower back?",
    "my legs are wobbly after leg day at the gym",
    "doing suicide sprints at training and my lower back is tight",
    "Got World Cup fever, sat on the sofa for days and now my back is stiff",
    "my uncle has cauda equina from years back, I'm 26 with a sore back from climbing",
    "Work is a car crash at the moment and my back is stiff from my desk",
    "broke my wrist as a kid, now my lower back aches from lifting",
    "how often should I change my mattress? mine is 12 years old",
    "I was breathless after climbing Snowdon, back sore from the descent",
    "GP leaflet says to call 111 if I get numbness around my bottom. I haven't",
    "I work on an oncology ward and my back hurts from turning patients",
    "years ago I had sciatica in both legs that cleared completely, now just stiff",
    "I'm 29 and get sciatica down my left leg when I sit too long",
])
def test_questions_reading_idioms_and_other_peoples_history_stay_silent(text):
    assert not detect_red_flags(text, semantic=False)


def test_a_worry_about_what_is_happening_is_not_hypothetical():
    happening = "Should I be worried if my privates have gone a bit numb? It started this morning."
    assert "cauda_equina" in rules(happening)
    assert not detect_red_flags("should I worry if I get numbness down there?", semantic=False)


@pytest.mark.parametrize("text, category", [
    ("osteoporosis diagnosed last year and I heard a crunch turning over in bed", "fracture"),
    ("felt like something ripped inside, pain between my shoulder blades", "aortic_aneurysm"),
    ("my inner thighs feel like they've had novocaine since the gym", "cauda_equina"),
    ("a 13 year old in my swim class says her back hurts", "age"),
    ("my son uses needles (heroin) and is complaining about his back", "infection"),
    ("the back pain is worst at 3am and lying still makes no difference", "cancer"),
    ("been looking up how many pills it would take", "self_harm"),
])
def test_fragile_bones_torn_feelings_and_indirect_wording(text, category):
    assert category in rules(text)


@pytest.mark.parametrize("text", [
    "I can't feel my... no wait, I can feel everything fine, just a dull ache",
    "my wife is 8 months pregnant and her lower back aches at night, what helps?",
    "a friend told me about cauda equina. I have none of those symptoms, just a stiff back",
    "worse at night after I've been on my feet all day, but it settles once I find a comfy position",
    "leaking a bit when I sneeze since having my kids years ago, is pelvic floor work good for back pain?",
    "my grandad had cancer years ago, what's good for sciatica?",
])
def test_corrections_pregnancy_and_hearsay_stay_silent(text):
    assert not detect_red_flags(text, semantic=False)


@pytest.mark.parametrize("text, category", [
    ("went to pass wind and more than wind came out, back's sore", "cauda_equina"),
    ("can't tell if I'm sitting on the chair or not, back is bad", "cauda_equina"),
    ("he's a user, shoots up, and keeps moaning about his back", "infection"),
    ("he's got a known aneurysm and now sudden severe back pain", "aortic_aneurysm"),
    ("is chest pain normal with a pulled back muscle? mine's bad right now", "chest_pain"),
    ("my husband suddenly doesn't know where he is and his back hurts", "stroke"),
    ("70 year old man, new back pain and a pulsing in his tummy", "aortic_aneurysm"),
    ("I'm a stone lighter than at Christmas and haven't changed what I eat", "cancer"),
])
def test_unnamed_patients_euphemisms_and_normal_questions(text, category):
    assert category in rules(text)


@pytest.mark.parametrize("text", [
    "my core feels weak since having my baby, exercises for back pain?",
    "puffed out after my 10k which is normal, but my back tightens up afterwards",
    "is it normal to feel stiff in the morning? it's fine by lunchtime",
])
def test_new_mums_runners_and_morning_stiffness_stay_silent(text):
    assert not detect_red_flags(text, semantic=False)
