"""Safety layer: red flags in what the user writes, warnings on passages, and the disclaimer.

Design (rules, not a model: every warning can be traced to the words that raised it):

1. Cues. `qa.redflag_rules` holds 126 cues over 11 categories (NICE NG59, NHS cauda equina
   and 999 guidance, AHCPR red-flag table, BMJ Best Practice), in lay ("wet myself", "numb down
   there", "toe catches", "waterworks", "legs like jelly"), clinical ("saddle anaesthesia",
   "urinary retention"), US ("fender bender", "7th grader") and UK spelling, slang ("todger",
   "lady garden", "mainlining"), vehicle and sport mishaps as a lexicon of rides and smash words
   ("motorbike spill at 40mph", "skiing wipeout"), plus stated ages (`qa.redflag_ages`; 50 and
   over, or under 16, unless the pain has been there for years; bare numbers like "66 and never had
   back trouble" or "common at 12?" only beside back pain and never as a unit or a time). Body
   site + sensation cues match as pairs ("my bum feels numb", "numbness around my back passage"),
   so "numb" or "bum" alone never fires; false friends are listed per cue ("fell asleep", "breast
   stroke", "lost weight on a diet", "hay fever"), and an explanation before a "but" does not
   cancel what follows it ("I thought it was my posture, but now my chest is tight").
2. Spelling. `qa.redflag_text` corrects tokens of 4+ letters towards cue words only ("pian",
   "urin", "bladdder"), one edit (two from 8 letters), same first letter unless only the first
   letter is wrong ("nladder"), never a word in an English word list ("fewer" stays "fewer");
   Scots and chat spellings ("cannae", "nite") and a few homophones ("groyne") are mapped.
3. Context. `qa.negation` applies NegEx/ConText scopes: negation ("no fever", "denies numbness",
   and double negatives: "can't say I haven't"), pseudo-negation ("no idea why I'm leaking"),
   hypotheticals ("what are the signs of...", "the GP asked if"), resolution ("the numbness has
   gone", "a fever weeks ago, long gone now"), distant past for events, past habits ("I used to
   wet the bed as a kid", but "I never used to" is new), what nearly happened ("I nearly fell"),
   and the experiencer ("my dad had cancer" is family history; "my husband can't feel his legs" is
   a patient; "my grandad died of cancer" never is). A harmless cause only guessed at in a question
   ("a pulsing in my tummy, is it just gas?") does not explain a sign away.
4. Ambiguity warns. Context cancels a cue only on clear evidence; a possible emergency that we
   warn about needlessly costs a minute, one we miss can cost a person's bladder or life. So a
   yes/no question about "you" ("can back pain make you wet yourself?") warns, while a request
   for information ("what are the signs of cauda equina?") does not.
5. Conversation. Earlier user messages are scanned too; their flags carry forward marked
   `from_history` until a later message clearly says the sign is absent or gone.
6. Meaning. Rules miss phrasings nobody wrote a pattern for ("can't feel my vajayjay", "like when the
   dentist injection wears off"). `qa.redflag_semantic` compares each clause with prototype
   statements of every sign using the bundled sentence model, under the same context checks, and
   its flags are added to the rule flags (`detect_red_flags(..., semantic=False)` gives the rules
   alone). Its trigger is the whole clause, so a cue's exact words are shown when a cue also fired.

`python -m qa.safety eval/redflags.jsonl` prints recall, false alarms and speed on a labelled set;
`--compare` prints rules alone and rules + semantic side by side, `--prefix ID` keeps some cases.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Iterable, Sequence

from qa.redflag_ages import qualifying_age, stated_own_age
from qa.redflag_rules import (CATEGORIES, PASSAGE_BOILERPLATE, PASSAGE_STRONG, PASSAGE_SYMPTOM,
                              PASSAGE_URGENT_ACTION)
from qa.redflag_scan import Finding, cleared_topics, message_features, scan, strongest
from qa.redflag_semantic import semantic_findings, warm_up
from qa.types import URGENCIES, RedFlag

EMERGENCY_CALL = ("call 999 (UK), 911 (US), 112 (EU) or 000 (Australia), "
                  "or go to an emergency department (A&E) now")
_URGENT_CALL = ("Contact a doctor today: your GP surgery for an urgent appointment, an urgent care "
                "centre, or NHS 111 in the UK")

MESSAGES = {
    ("cauda_equina", "emergency"):
        "Numbness around the bottom, genitals or inner thighs, new problems passing or holding urine "
        "or stool, new sexual problems, or sciatica in both legs can be signs of cauda equina "
        "syndrome, where nerves at the base of the spine are squeezed. This is an emergency: "
        f"{EMERGENCY_CALL}. Do not wait for a routine appointment.",
    ("neurological_deficit", "emergency"):
        "Weakness or loss of feeling in the legs that is getting worse quickly, or legs that cannot "
        f"move, can be signs of serious nerve compression. This is an emergency: {EMERGENCY_CALL}.",
    ("neurological_deficit", "urgent"):
        "Foot drop, a leg getting weaker, legs giving way or new trouble walking can be signs of "
        f"nerve damage that needs checking soon. {_URGENT_CALL}. If the weakness spreads or gets "
        f"worse quickly, or bladder or bowel control changes, {EMERGENCY_CALL}.",
    ("infection", "urgent"):
        "Fever, chills or night sweats with back pain, injecting drugs, or a weakened immune system "
        "(HIV, a transplant, chemotherapy, long-term steroids) can be signs of an infection in the "
        f"spine that needs checking the same day. {_URGENT_CALL}. If the person feels very unwell, "
        f"confused or faint, {EMERGENCY_CALL}.",
    ("cancer", "urgent"):
        "Back pain after a past cancer, or weight loss without trying, needs a doctor's check soon: "
        "these can be signs of a cause that needs tests. Book an urgent appointment with a GP or "
        "doctor within days, not weeks.",
    ("cancer", "see_doctor"):
        "Pain at night or at rest that never eases can be a sign that back pain needs a doctor's "
        "check. Book an appointment with a GP or doctor in the next week or two, sooner if other "
        "warning signs appear.",
    ("fracture", "urgent"):
        "A heavy fall, a road accident, or a small knock or sudden pain with weak bones "
        "(osteoporosis, long-term steroids) can be signs of a broken bone in the spine or hip. "
        "Get checked today at an urgent care centre, minor injuries unit or by a doctor. If there "
        f"is numbness, weakness, or the person cannot stand or move their legs, {EMERGENCY_CALL}.",
    ("aortic_aneurysm", "emergency"):
        "A pulsing or throbbing feeling in the tummy with back pain, or sudden tearing pain, can be "
        "signs of a problem with the body's main artery (an aortic aneurysm). This is an "
        f"emergency: {EMERGENCY_CALL}.",
    ("age", "see_doctor"):
        "Back pain that starts for the first time over the age of 50, or in a child under 16, is "
        "worth a doctor's check even without other warning signs. Book an appointment with a GP or "
        "doctor (for a child, their GP or paediatrician).",
    ("chest_pain", "emergency"):
        "Chest pain or tightness, especially spreading to the arm, jaw, neck or back, or with "
        "sweating, sickness or breathlessness, can be signs of a heart attack. This is an "
        f"emergency: {EMERGENCY_CALL}. Do not drive yourself.",
    ("breathing", "emergency"):
        "Struggling to breathe, or sudden breathlessness or chest pain on breathing, can be signs "
        f"of an emergency such as a blood clot in the lung. {EMERGENCY_CALL[0].upper()}{EMERGENCY_CALL[1:]}.",
    ("stroke", "emergency"):
        "A drooping face, a weak arm, slurred speech, sudden numbness on one side, sudden "
        "confusion or loss of vision can be signs of a stroke. Every minute counts: "
        f"{EMERGENCY_CALL}, and note the time the symptoms started.",
    ("self_harm", "emergency"):
        "It sounds like things are very hard right now, and you deserve support. If you are "
        "thinking about suicide or harming yourself, please reach out now: call 999 (UK), 911 (US), "
        "112 (EU) or 000 (Australia) if you might act on these thoughts, or talk to a crisis line: "
        "988 in the US (call or text), Samaritans on 116 123 in the UK and Ireland, Lifeline on "
        "13 11 14 in Australia. If you can, stay with someone you trust and tell them how you feel.",
}

PASSAGE_WARNING = ("This passage describes emergency symptoms. If they apply to you, "
                   f"{EMERGENCY_CALL}.")

DISCLAIMER = (
    "This is general information quoted from the sources listed, not a diagnosis or a treatment "
    "plan for you. Talk to a doctor, physiotherapist or other clinician about your own back or "
    "hip. In an emergency call 999 (UK), 911 (US), 112 (EU) or 000 (Australia), or go to an "
    "emergency department."
)

_ORDER = {c: n for n, c in enumerate(CATEGORIES)}
# Facts a later "it's fine now" cannot undo: a past cancer, a fall, thoughts of self-harm...
_UNCLEARABLE = {"ces", "cancer", "drugs", "immunity", "trauma", "self_harm", "older", "younger", "infection"}


def detect_red_flags(text: str, history: Sequence[str] = (), semantic: bool = True) -> list[RedFlag]:
    """Red flags in `text`, and those still standing from earlier user messages (oldest first).

    With `semantic` (the default) the rule findings are joined by those of `qa.redflag_semantic`;
    `semantic=False` gives the rules alone."""
    history = [h for h in history if isinstance(h, str)]
    # osteoporosis said once makes a later "I slipped" a fracture risk
    features = frozenset().union(*(message_features(m) for m in [*history, text]))
    meant = semantic_findings([*history, text]) if semantic else {}

    def findings(message: str) -> list[Finding]:
        return scan(message, features) + list(meant.get(message, ()))

    standing: dict[str, list[Finding]] = {}  # category -> findings, from earlier messages
    for message in history:
        _forget_cleared(standing, message, meant)
        for f in findings(message):
            standing.setdefault(f.category, []).append(f)
    _forget_cleared(standing, text, meant)
    current: dict[str, list[Finding]] = {}
    for f in findings(text):
        current.setdefault(f.category, []).append(f)

    flags = [_flag(cat, found, from_history=False) for cat, found in current.items()]
    flags += [_flag(cat, found, from_history=True) for cat, found in standing.items() if cat not in current]
    flags.sort(key=lambda f: (URGENCIES.index(f.urgency), f.from_history, _ORDER[f.category]))
    return flags


def _forget_cleared(standing: dict[str, list[Finding]], message: str,
                    meant: dict[str, tuple[Finding, ...]]) -> None:
    """Drop earlier flags that `message` says are absent or gone; when unsure, keep them."""
    if not standing:
        return
    positive = {f.category for f in scan(message)} | {f.category for f in meant.get(message, ())}
    cleared = cleared_topics(message)
    age = stated_own_age(message)
    for cat in list(standing):
        if cat in positive:
            continue
        topics = {f.topic for f in standing[cat]}
        if cat == "age":
            if age is not None and not qualifying_age(age):
                del standing[cat]
        elif not topics & _UNCLEARABLE and topics <= cleared:
            del standing[cat]


def _flag(category: str, found: list[Finding], from_history: bool) -> RedFlag:
    urgency = strongest(found)
    # a cue names the exact words; a semantic match only its clause, so it speaks when no cue does
    named = [f for f in found if not f.by_meaning] or found
    words = list(dict.fromkeys(f.trigger for f in sorted(named, key=lambda f: f.start)))
    # "can't feel my bum" inside "can't feel my bum when I wipe" says nothing new
    triggers = tuple(w for w in words if not any(w != o and w.lower() in o.lower() for o in words))
    message = MESSAGES.get((category, urgency)) or next(
        text for (cat, _), text in MESSAGES.items() if cat == category)
    return RedFlag(category, urgency, message, triggers, from_history)


def passage_warning(text: str) -> str:
    """A note for a corpus passage that itself describes emergency signs; "" for ordinary ones."""
    lowered = text.lower()
    strong = PASSAGE_STRONG.search(lowered)
    action = PASSAGE_URGENT_ACTION.search(lowered)
    if strong or (action and PASSAGE_SYMPTOM.search(lowered) and not PASSAGE_BOILERPLATE.search(lowered)):
        return PASSAGE_WARNING
    return ""


def evaluate_red_flags(cases: Iterable[dict], semantic: bool = True) -> dict:
    """Recall on must-warn cases, false alarms on benign ones, and speed.

    Each case: {"id", "text", "expect": [categories], optional "history": [earlier messages]}.
    recall: share of must-warn cases where every expected category is raised; any_recall: where
    at least one flag is raised; false_alarm_rate: share of benign cases with any flag.
    """
    n_warn = n_benign = hits = any_hits = alarms = 0
    misses, false_alarms = [], []
    seconds = 0.0
    if semantic:
        warm_up()  # the chat loads the model once at start; its load is not a per-message cost
    for case in cases:
        t0 = time.perf_counter()
        flags = detect_red_flags(case["text"], case.get("history", ()), semantic=semantic)
        seconds += time.perf_counter() - t0
        raised = {f.category for f in flags}
        expected = set(case.get("expect", ()))
        if expected:
            n_warn += 1
            missing = sorted(expected - raised)
            hits += not missing
            any_hits += bool(raised)
            if missing:
                misses.append((case["id"], case["text"], missing))
        else:
            n_benign += 1
            if raised:
                alarms += 1
                false_alarms.append((case["id"], case["text"], sorted(raised)))
    n = n_warn + n_benign
    return {
        "recall": hits / n_warn if n_warn else 1.0,
        "any_recall": any_hits / n_warn if n_warn else 1.0,
        "false_alarm_rate": alarms / n_benign if n_benign else 0.0,
        "misses": misses,
        "false_alarms": false_alarms,
        "n_warn": n_warn,
        "n_benign": n_benign,
        "ms_per_message": 1000 * seconds / n if n else 0.0,
    }


def load_cases(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _main(argv: list[str]) -> None:
    import argparse

    p = argparse.ArgumentParser(prog="python -m qa.safety", description="red-flag figures on labelled sets")
    p.add_argument("files", nargs="*", default=["eval/redflags.jsonl"])
    p.add_argument("--compare", action="store_true", help="rules alone, then rules + semantic")
    p.add_argument("--rules", action="store_true", help="rules alone")
    p.add_argument("--prefix", default="", help="only cases whose id starts with this")
    p.add_argument("--quiet", action="store_true", help="figures only, no list of misses and false alarms")
    p.add_argument("--sweep", action="store_true", help="rules + semantic with every semantic threshold and "
                                                        "margin moved up or down together")
    args = p.parse_args(argv)
    modes = [False, True] if args.compare else [not args.rules]
    for path in args.files:
        cases = [c for c in load_cases(path) if c["id"].startswith(args.prefix)]
        if args.sweep:
            _sweep(path, cases)
            continue
        for semantic in modes:
            report = evaluate_red_flags(cases, semantic=semantic)
            print(f"{path}{' ' + args.prefix if args.prefix else ''} {'rules+semantic' if semantic else 'rules alone'}: "
                  f"recall {report['recall']:.3f}  any_recall {report['any_recall']:.3f}  "
                  f"false_alarm_rate {report['false_alarm_rate']:.3f}  "
                  f"({report['n_warn']} must-warn, {report['n_benign']} benign)  "
                  f"{report['ms_per_message']:.2f} ms/message")
        if not args.quiet:
            for case_id, text, cats in report["misses"]:
                print(f"MISS  {case_id} {cats}: {text}")
            for case_id, text, cats in report["false_alarms"]:
                print(f"ALARM {case_id} {cats}: {text}")


def _sweep(path: str, cases: list[dict]) -> None:
    """Recall and false alarms as the semantic thresholds (dt) and margins (dm) move from their values."""
    from qa import redflag_semantic as semantic

    rules = [{f.category for f in detect_red_flags(c["text"], c.get("history", ()), semantic=False)} for c in cases]
    table = semantic.candidate_table([c["text"] for c in cases])
    for dt in (-0.04, -0.02, 0.0, 0.02, 0.04):
        for dm in (-0.02, 0.0, 0.02, 0.04):
            threshold = {k: v + dt for k, v in semantic.THRESHOLD.items()}
            margin = {k: v + dm for k, v in semantic.MARGIN.items()}
            warn = benign = hits = alarms = 0
            for case, found, cands in zip(cases, rules, table):
                raised = found | {c.category for c in cands if c.passes(threshold, margin)}
                expected = set(case.get("expect", ()))
                warn, benign = warn + bool(expected), benign + (not expected)
                hits += bool(expected) and expected <= raised
                alarms += (not expected) and bool(raised)
            print(f"{path} threshold{dt:+.2f} margin{dm:+.2f}: recall {hits / max(warn, 1):.3f}  "
                  f"false_alarm_rate {alarms / max(benign, 1):.3f}")


if __name__ == "__main__":
    _main(sys.argv[1:])
