"""Decide whether a scraped paragraph is health information, and if not, say what it is.

classify(text) returns a short reason ("legal or copyright notice", "reader comment", ...) or None
to keep the paragraph. Rules are deliberately conservative: a health paragraph wrongly dropped is
lost to every user, so each rule needs strong, specific evidence.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_LEGAL_STRONG = _rx(r"©", r"all rights reserved", r"copyright\s+(?:\d{4}|©)", r"does not provide medical advice",
                    r"information purposes only", r"not intended (?:as|to be) a substitute",
                    r"should not be used during any medical emergency", r"not designed to replace")
_LEGAL = _rx(r"copyright", r"user agreement", r"privacy (?:policy|rights)", r"cookie", r"terms of (?:use|service)",
             r"endorse(?:ment|s)", r"accredit", r"editorial (?:policy|process)", r"reproduced",
             r"affiliate", r"licensed physician should be consulted", r"duplication for commercial use")
_NAVIGATION = _rx(r"navigation", r"\bmenus?\b", r"arrow", r"key commands", r"\btoggle", r"\btab\b", r"sub[- ]?(?:levels?|tier)",
                  r"skip to (?:main )?content", r"breadcrumb")
_REFERENCE = _rx(r"^\s*\^", r"\bdoi:\s*10\.", r"\bPMID\b", r"\bPMC\s?\d", r"jump up to", r"\bISBN\b",
                 r"retrieved \d{1,2} \w+ \d{4}")
_UPDATE_LOG = _rx(r"updates? (?:have|has) been logged", r"^\s*(?:19|20)\d{2}\s*[—–-]\s", r"last (?:reviewed|updated):",
                  r"this (?:article|page) (?:was|has been) (?:updated|revised)")
_COMMENT = _rx(r"thank(?:s| you)\b", r"\blol\b", r"[\U0001F300-\U0001FAFF\u2639-\u263A]", r"\bthis (?:page|site|website)\b",
               r"\bi'?m glad i found", r"for anyone else who reads", r"^honestly\b", r"\bi think you should\b",
               r"\blog off\b", r"bit\.ly/", r"\breport\s*$", r"\breply\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|me|my|myself)\b", re.IGNORECASE)
_BIO_START = re.compile(
    r"^(?:(?:Dr|Model|Author|Trainer|Coach)\.? )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},?"
    r"(?: (?:MD|M\.D\.|PhD|DPT|RN|CSCS|C\.S\.C\.S\.),?)* (?:is|was) (?:a|an|the|one of|[A-Z][\w'’-]+(?:'s|’s))\b")
_BIO_WORDS = _rx(r"years of experience", r"board[- ]certified", r"\bresidency\b", r"\bfellowship\b",
                 r"\bbestselling\b", r"\bauthor of\b", r"\bfounder\b", r"\bowner of\b", r"\bgraduated?\b",
                 r"\bdegree\b", r"\bartist\b", r"\bproducer\b", r"\bofficer\b", r"\bexpert\b", r"\bcareer\b",
                 r"\bon a mission\b", r"\bbased (?:artist|trainer|writer)\b", r"\bUniversity\b")
_PUBLISHER = _rx(r"\bfederal\b", r"\bfunder\b", r"\bconsortium\b", r"\bcommittee\b", r"\bagenc(?:y|ies)\b",
                 r"\bdepartments? of\b", r"\bcomponent of\b", r"\badvisory\b")
_AD = _rx(r"buy now", r"shop now", r"order now", r"\bsponsored\b", r"\badvertisement\b", r"promo code",
          r"free trial", r"wellness solution", r"ad choices", r"% off\b", r"free shipping")
_BRAND = re.compile(r"\b(?:[A-Z]{3,}|[A-Z][a-z]+[A-Z]\w*)\b")
_PRODUCT = _rx(r"\bdevice\b", r"\bproduct\b", r"\bsolution\b", r"\bapp\b")
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

# Stems that mark a text as being about bodies, pain and care. Deliberately broad.
_HEALTH = re.compile(
    r"\b(?:pain|ache|sore|back|spin|lumbar|sacr|pelvi|hip|glute|butt|thigh|leg|knee|ankle|foot|feet|neck|shoulder|"
    r"muscl|nerv|disc|disk|joint|bone|vertebra|ligament|tendon|cartilage|core|abdom|posture|sciatic|hernia|"
    r"arthrit|osteo|stenosis|spondyl|fractur|injur|strain|sprain|spasm|inflamm|swell|numb|tingl|weak|stiff|"
    r"symptom|diagnos|treat|therap|physio|physician|doctor|clinic|surg|medic|drug|opioid|steroid|inject|"
    r"exercis|stretch|workout|strength|mobility|flexib|rehab|recover|health|patient|cancer|tumou?r|infect|"
    r"fever|pregnan|chronic|acute|adduct|abduct|flexor|cramp|sleep|mattress|weight|yoga|pilates|lunge|squat|train|body|bodies)",
    re.IGNORECASE)


def classify(text: str) -> str | None:
    """Return why `text` is not health information, or None to keep it."""
    words = _WORD.findall(text)
    n = len(words)
    if n < 4:
        return "stray symbols or too short"
    if _REFERENCE.search(text):
        return "reference-list entry"
    if _LEGAL_STRONG.search(text) or len(_LEGAL.findall(text)) >= 2:
        return "legal or copyright notice"
    if len(set(m.lower() for m in _NAVIGATION.findall(text))) >= 2 or (
            len(_CAMEL_JOIN.findall(text)) >= 4 and len(_SENTENCE_END.findall(text)) < 2):
        return "site navigation"
    if _UPDATE_LOG.search(text):
        return "update log"
    if _AD.search(text) or (_PRODUCT.search(text) and _repeated_brand(text)):
        return "advertisement"
    if _BIO_START.search(text) and _BIO_WORDS.search(text):
        return "author biography"
    if len(_PUBLISHER.findall(text)) >= 3:
        return "publisher information"
    first_person = len(_FIRST_PERSON.findall(text)) / n
    markers = len(_COMMENT.findall(text))
    if markers >= 2 or (markers and first_person >= 0.03) or first_person >= 0.08:
        return "reader comment"
    health = len(_HEALTH.findall(text))
    if health == 0 or (health < 2 and n >= 40):
        return "not health information"
    return None


def _repeated_brand(text: str) -> bool:
    brands = [b for b in _BRAND.findall(text) if b not in {"NSAID", "NSAIDs", "MRI", "CT", "LBP", "TENS", "NIH"}]
    return any(brands.count(b) >= 2 for b in set(brands))
