"""Browser tests: the running app (`python app.py`) driven in real headless Chromium with Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from app_server import CHROMIUM, CHROMIUM_ARGS, HOSTILE_FILE, IMG_TAG, SCRIPT_TAG, app_url, library  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.model]

ORDINARY = "is bed rest good for a bad back?"
EMERGENCY = "I suddenly can't control my bladder and my bum feels numb"
OFF_TOPIC = "how do I bake sourdough bread?"
REPLY_SECONDS = 30  # an answer takes well under a second; this only bounds a hung test
IN_CHAT_VIEW = """el => {
  let box = el.parentElement;
  while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
  const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
  return r.top >= b.top && r.bottom <= b.bottom;
}"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it with: apt-get install -y chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, app_url):  # noqa: F811
    """A fresh page (own context: no shared storage) on the app; fails the test if any dialog opens."""
    context = browser.new_context(viewport={"width": 1100, "height": 1000})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url)
    page.wait_for_selector("#qa-question textarea")
    yield page
    context.close()
    assert not dialogs, f"a dialog opened: {dialogs}"


def replies(page: Page):
    return page.locator("#qa-chat .qa-answer")


def ask(page: Page, question: str):
    """Type the question, press Enter, and return the new reply once it is shown."""
    before = replies(page).count()
    page.fill("#qa-question textarea", question)
    page.press("#qa-question textarea", "Enter")
    return wait_for_reply(page, before)


def wait_for_reply(page: Page, before: int):
    page.wait_for_function(f"document.querySelectorAll('#qa-chat .qa-answer').length > {before}",
                           timeout=REPLY_SECONDS * 1000)
    return replies(page).nth(before)


def test_ordinary_question_shows_sources_and_disclaimer(page):
    reply = ask(page, ORDINARY)
    cards = reply.locator(".qa-card")
    assert cards.count() == 5  # the default number of passages
    first = cards.first
    assert first.locator(".qa-match").inner_text() in ("Strong match", "Good match", "Possible match")
    assert ".txt, paragraph" in first.locator(".qa-cite").inner_text()
    assert reply.locator("mark").count() >= 1 and "bed rest" in reply.inner_text().lower()
    assert reply.locator(".qa-flag").count() == 0
    disclaimer = reply.locator(".qa-disclaimer")
    assert disclaimer.is_visible() and "not a diagnosis" in disclaimer.inner_text()
    assert page.locator("#qa-chat .qa-question").first.inner_text() == ORDINARY
    assert page.input_value("#qa-question textarea") == ""


def test_emergency_warning_comes_above_the_sources_and_is_scrolled_into_view(page):
    ask(page, ORDINARY)  # a long reply first, so the chat has to scroll to show the next one
    reply = ask(page, EMERGENCY)
    warning = reply.locator(".qa-flag-emergency").first
    assert warning.is_visible()
    page.wait_for_function(IN_CHAT_VIEW, arg=warning.element_handle(), timeout=5_000)
    text = warning.inner_text()
    assert "Emergency" in text and "999" in text and "can't control my bladder" in text
    first_card = reply.locator(".qa-card").first
    assert warning.evaluate("(w, c) => !!(w.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)",
                            first_card.element_handle())
    assert warning.bounding_box()["y"] + warning.bounding_box()["height"] <= first_card.bounding_box()["y"]
    assert first_card.bounding_box()["y"] < reply.locator(".qa-disclaimer").bounding_box()["y"]
    # visibly distinct from a source card
    colours = [el.evaluate("e => getComputedStyle(e).backgroundColor") for el in (warning, first_card)]
    assert colours[0] != colours[1]


def test_off_topic_question_gets_a_plain_no(page):
    reply = ask(page, OFF_TOPIC)
    assert "The library has nothing on this question" in reply.locator(".qa-nothing").inner_text()
    assert reply.locator(".qa-card").count() == 0
    assert reply.locator(".qa-disclaimer").is_visible()


def test_markup_in_the_corpus_is_shown_as_text_and_never_runs(page):
    reply = ask(page, "does sciatica from a slipped disc settle with gentle walking and painkillers?")
    card = reply.locator(".qa-card", has_text=HOSTILE_FILE)
    assert card.count() == 1, "the hostile test passage should be among the sources"
    shown = card.locator(".qa-text").inner_text()
    assert SCRIPT_TAG in shown and IMG_TAG in shown
    assert page.locator("#qa-chat script, #qa-chat img[onerror], #qa-chat img[src='x']").count() == 0
    page.wait_for_timeout(500)  # give a broken image's onerror time to fire, were there one
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_user_markup_is_echoed_as_text(page):
    question = '<img src=x onerror="window.__pwned=3"> <b>sciatica</b>?'
    ask(page, question)
    assert page.locator("#qa-chat .qa-question").last.inner_text() == question
    assert page.locator("#qa-chat b, #qa-chat img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_a_conversation_examples_passages_follow_up_and_clear(page):
    page.locator(".qa-example").first.click()  # "Is bed rest good for a bad back?"
    assert wait_for_reply(page, 0).locator(".qa-card").count() == 5

    page.fill("#qa-k input[type=number]", "2")
    page.press("#qa-k input[type=number]", "Enter")
    ask(page, EMERGENCY)
    follow_up = ask(page, "what exercises help lower back pain?")
    assert follow_up.locator(".qa-card").count() == 2
    carried = follow_up.locator(".qa-flag-emergency")
    assert carried.count() == 1 and "earlier in this conversation" in carried.inner_text()

    page.click("#qa-clear")
    page.wait_for_function("document.querySelectorAll('#qa-chat .qa-answer').length === 0", timeout=10_000)
    fresh = ask(page, "what exercises help lower back pain?")
    assert fresh.locator(".qa-flag").count() == 0  # a cleared conversation forgets its warnings too


def test_the_chat_bin_icon_also_forgets_the_conversation(page):
    ask(page, EMERGENCY)
    page.locator("#qa-chat button[aria-label='Clear']").click()
    page.wait_for_function("document.querySelectorAll('#qa-chat .qa-answer').length === 0", timeout=10_000)
    assert ask(page, "what exercises help lower back pain?").locator(".qa-flag").count() == 0


def test_nothing_is_kept_in_the_browser(page):
    ask(page, EMERGENCY)
    stored = page.evaluate("JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])")
    assert "bladder" not in stored
    databases = page.evaluate("indexedDB.databases().then(dbs => dbs.map(d => d.name))")
    assert databases == [], f"the app created browser databases: {databases}"
