"""Tests for qa.render: the chat's HTML for an Answer, built from hand-made answers (no model, no Gradio)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from qa.render import answer_html, card_html, flag_html, highlight, question_html, relevance
from qa.safety import DISCLAIMER
from qa.types import Answer, Hit, Location, Origin, RedFlag

ALLOWED_TAGS = {"div", "p", "span", "mark", "br"}
HOSTILE = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> & "quotes"'


class Parsed(HTMLParser):
    """Every element and the text a browser would show, in document order."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def classes(self) -> list[str]:
        return [c for _, attrs in self.tags for c in attrs.get("class", "").split()]

    def shown(self) -> str:
        return "".join(self.text)


def hit(text="Gentle activity, not bed rest, is the best treatment. Most back pain gets better.", score=0.7,
        rank=1, **kw) -> Hit:
    loc = Location(paragraph=3, line_start=7, line_end=7, char_start=100, char_end=100 + len(text),
                   section=kw.pop("section", ""))
    return Hit(text=text, score=score, source=kw.pop("source", "guide.txt"), location=loc, rank=rank, **kw)


def flag(urgency="emergency", category="cauda_equina", triggers=("can't control my bladder",), **kw) -> RedFlag:
    return RedFlag(category=category, urgency=urgency, message=kw.pop("message", f"{urgency} advice"),
                   triggers=triggers, **kw)


def answer(hits=(), flags=(), abstained=False, message="") -> Answer:
    return Answer(query="q", hits=list(hits), abstained=abstained, disclaimer=DISCLAIMER, red_flags=list(flags),
                  message=message)


def test_reply_reads_warnings_then_sources_then_disclaimer():
    ans = answer(hits=[hit(rank=1), hit("Another passage.", 0.55, rank=2)],
                 flags=[flag("emergency"), flag("urgent", "infection", ("fever",))])
    p = Parsed(answer_html(ans))
    order = [c for c in p.classes() if c in ("qa-flag-emergency", "qa-flag-urgent", "qa-card", "qa-disclaimer")]
    assert order == ["qa-flag-emergency", "qa-flag-urgent", "qa-card", "qa-card", "qa-disclaimer"]
    assert DISCLAIMER in p.shown()
    assert "emergency advice" in p.shown() and "Emergency: get help now" in p.shown()
    assert [a["role"] for t, a in p.tags if "role" in a] == ["alert", "alert"]


def test_abstained_reply_says_so_and_keeps_warnings_and_disclaimer():
    ans = answer(flags=[flag()], abstained=True, message="The library has nothing on this question.")
    p = Parsed(answer_html(ans))
    assert "qa-card" not in p.classes()
    assert p.classes().index("qa-flag") < p.classes().index("qa-nothing") < p.classes().index("qa-disclaimer")
    assert "The library has nothing on this question." in p.shown()
    assert DISCLAIMER in p.shown()


def test_card_shows_source_location_relevance_title_and_passage_warning():
    h = hit(score=0.71, title="Treatment", section="Treatment", warning="This passage describes emergency symptoms.",
            also_in=(Origin("other.txt", Location(9, 20, 20, 0, 10)),))
    p = Parsed(card_html(h))
    shown = p.shown()
    assert "Strong match" in shown and "Treatment" in shown
    assert "guide.txt, paragraph 3, line 7, chars 100-" in shown and "also in other.txt, paragraph 9" in shown
    assert "This passage describes emergency symptoms." in shown
    assert p.classes().index("qa-passage-warning") < p.classes().index("qa-text")


def test_best_sentences_are_marked():
    text = "First sentence. Second sentence matches. Third."
    h = hit(text, highlights=((16, 40),))
    marks = card_html(h).split("<mark>")[1:]
    assert len(marks) == 1 and marks[0].startswith("Second sentence matches.</mark>")


@pytest.mark.parametrize("spans, expected", [
    ((), "abcdef"),
    (((0, 2),), "<mark>ab</mark>cdef"),
    (((4, 6), (0, 2)), "<mark>ab</mark>cd<mark>ef</mark>"),  # out of order
    (((0, 3), (2, 5)), "<mark>abc</mark><mark>de</mark>f"),  # overlapping: nothing shown twice
    (((3, 99),), "abc<mark>def</mark>"),  # past the end
    (((2, 2),), "abcdef"),  # empty
])
def test_highlight_spans(spans, expected):
    assert highlight("abcdef", spans) == expected


def test_highlight_escapes_inside_and_outside_marks():
    text = "<b>bold</b> & <i>"
    assert highlight(text, ((0, 3),)) == "<mark>&lt;b&gt;</mark>bold&lt;/b&gt; &amp; &lt;i&gt;"


@pytest.mark.parametrize("score, label", [(0.9, "Strong match"), (0.65, "Strong match"), (0.6, "Good match"),
                                          (0.5, "Good match"), (0.3, "Possible match"), (-1.0, "Possible match"),
                                          (float("nan"), "Possible match")])
def test_relevance_bands(score, label):
    assert relevance(score)[1] == label


def test_hostile_corpus_and_user_text_is_shown_as_text_never_as_markup():
    h = hit(HOSTILE, title=HOSTILE, source="<img src=y onerror=alert(1)>.txt", warning=HOSTILE,
            highlights=((0, 20),))
    f = flag(triggers=(HOSTILE,), message=HOSTILE, category='x" onmouseover="alert(1)')
    ans = Answer(query=HOSTILE, hits=[h], abstained=False, disclaimer=HOSTILE, red_flags=[f], message=HOSTILE)
    for markup in (answer_html(ans), question_html(HOSTILE)):
        p = Parsed(markup)
        assert {t for t, _ in p.tags} <= ALLOWED_TAGS
        assert not [k for _, a in p.tags for k in a if k.startswith("on")]
        assert "<script>window.__pwned=1</script>" in p.shown()  # the literal text survives, for the reader
        assert '<img src=x onerror="window.__pwned=2">' in p.shown()


def test_reply_is_one_line_so_markdown_leaves_it_alone():
    h = hit("Line one.\n\nLine two *not emphasis*\n1. not a list")
    markup = answer_html(answer(hits=[h]))
    assert "\n" not in markup and "Line one.<br><br>Line two *not emphasis*<br>1. not a list" in markup
    assert "\n" not in question_html("a\n\nb")


def test_flag_says_which_words_raised_it_and_when():
    now = Parsed(flag_html(flag(triggers=("bum feels numb",)))).shown()
    assert "Because you wrote “bum feels numb”." in now
    earlier = Parsed(flag_html(flag(triggers=("bum feels numb",), from_history=True))).shown()
    assert "Because you wrote “bum feels numb” earlier in this conversation." in earlier
    assert "Raised by an earlier message" in Parsed(flag_html(flag(triggers=(), from_history=True))).shown()


def test_question_is_echoed_exactly():
    assert Parsed(question_html("is <b>bed rest</b> good? I'm 50 & sore")).shown() == \
        "is <b>bed rest</b> good? I'm 50 & sore"
