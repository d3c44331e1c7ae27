"""Tests for app.py without a server: the Blocks it builds, and its handlers over the real engine and model."""

from __future__ import annotations

import json
import shutil

import gradio as gr
import pytest

import app
import qa
from app_server import HOSTILE_FILE, library  # noqa: F401  (session fixture: corpus/ + hostile file, built)

pytestmark = pytest.mark.model


@pytest.fixture
def live(library, monkeypatch):  # noqa: F811
    """The app's default engine pointed at the test library, as QA_CORPUS_DIR / QA_INDEX_DIR do for python app.py."""
    monkeypatch.setenv("QA_CORPUS_DIR", str(library.corpus_dir))
    monkeypatch.setenv("QA_INDEX_DIR", str(library.index_dir))
    return library


def ask(question: str, chat=None, asked=None, k=5):
    return app.respond(question, chat or [], asked or [], k)


def test_create_app_builds_without_a_server_and_is_safe_by_default():
    demo = app.create_app()
    assert isinstance(demo, gr.Blocks) and not demo.is_running
    public = {fn.api_name for fn in demo.fns.values() if fn.api_visibility == "public"}
    assert public == {"answer"}  # the UI's own handlers are not exposed as API endpoints
    assert demo._queue.max_size == app.QUEUE_SIZE and demo._queue.default_concurrency_limit == app.CONCURRENCY
    kinds = {type(b).__name__ for b in demo.blocks.values()}
    assert not kinds & {"BrowserState", "File", "Files", "UploadButton", "Image", "Audio", "Video", "MultimodalTextbox"}
    chatbot = next(b for b in demo.blocks.values() if isinstance(b, gr.Chatbot))
    assert chatbot.sanitize_html and chatbot.latex_delimiters == []
    opts = app.LAUNCH_OPTIONS
    assert opts["share"] is False and opts["run_history"] is False and not opts["allowed_paths"]
    assert opts["max_file_size"] == 0 and not demo.analytics_enabled


def test_reply_shows_sources_and_disclaimer(live):
    chat, asked, box = ask("is bed rest good for a bad back?", k=3)
    assert box == "" and asked == ["is bed rest good for a bad back?"]
    assert [m["role"] for m in chat] == ["user", "assistant"]
    reply = chat[1]["content"]
    assert reply.count('class="qa-card"') == 3
    assert "bed rest" in reply.lower() and "<mark>" in reply
    assert reply.index("qa-card") < reply.index(qa.answer("bed rest", k=1).disclaimer[:40])


def test_follow_up_keeps_an_earlier_emergency(live):
    chat, asked, _ = ask("I suddenly can't control my bladder and my bum feels numb")
    first = chat[-1]["content"]
    assert first.index("qa-flag-emergency") < first.index("qa-card")
    chat, asked, _ = ask("what exercises help lower back pain?", chat, asked)
    assert len(chat) == 4 and len(asked) == 2
    follow_up = chat[-1]["content"]
    assert "qa-flag-emergency" in follow_up and "earlier in this conversation" in follow_up
    # the same question in a fresh conversation raises nothing
    assert "qa-flag" not in ask("what exercises help lower back pain?")[0][-1]["content"]


def test_conversations_are_logged_only_when_the_operator_asks(live, tmp_path, monkeypatch):
    log = tmp_path / "chat.jsonl"
    monkeypatch.delenv(app.LOG_ENV, raising=False)
    ask("is bed rest good for a bad back?")
    assert not log.exists() and not list(tmp_path.glob("*.jsonl"))
    monkeypatch.setenv(app.LOG_ENV, str(log))
    ask("I suddenly can't control my bladder and my bum feels numb", k=2)
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["question"].startswith("I suddenly")
    assert "emergency:cauda_equina" in records[0]["red_flags"] and len(records[0]["sources"]) == 2


def test_off_topic_question_gets_a_plain_no(live):
    reply = ask("how do I bake sourdough bread?")[0][-1]["content"]
    assert "The library has nothing on this question" in reply and "qa-card" not in reply
    assert "qa-disclaimer" in reply


def test_blank_question_changes_nothing(live):
    chat = [{"role": "user", "content": "x"}]
    with pytest.warns(UserWarning, match="Type a question first"):
        assert app.respond("   ", chat, ["x"], 5) == (chat, ["x"], "   ")


def test_user_text_is_escaped_in_the_chat(live):
    chat, asked, _ = ask("<b>sciatica</b> <script>alert(1)</script>?")
    assert chat[0]["content"] == ('<div class="qa-question">&lt;b&gt;sciatica&lt;/b&gt; '
                                  '&lt;script&gt;alert(1)&lt;/script&gt;?</div>')
    assert asked == ["<b>sciatica</b> <script>alert(1)</script>?"]  # the engine gets the words as typed


def test_hostile_passage_is_escaped(live):
    reply = ask("does sciatica from a slipped disc settle with gentle walking and painkillers?", k=10)[0][-1]["content"]
    assert HOSTILE_FILE in reply
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in reply and "<script" not in reply
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in reply and "<img" not in reply


def test_api_handler_returns_json_data(live):
    data = app.answer_api("is bed rest good for a bad back?", 2,
                          ["I suddenly can't control my bladder and my bum feels numb"])
    assert json.loads(json.dumps(data, allow_nan=False))["hits"][0]["text"] == data["hits"][0]["text"]
    assert set(data) >= {"query", "hits", "abstained", "disclaimer", "red_flags", "message"}
    assert len(data["hits"]) == 2 and not data["abstained"]
    top = data["hits"][0]
    assert top["source"].endswith(".txt") and top["text"] and top["score"] > 0 and top["location"]["paragraph"] >= 1
    assert data["red_flags"][0]["urgency"] == "emergency" and data["red_flags"][0]["from_history"] is True


@pytest.mark.parametrize("question, k, says", [("  ", 5, "query is blank"), ("back pain", 0, "k must be")])
def test_bad_input_is_a_readable_error(live, question, k, says):
    with pytest.raises(gr.Error, match=says):
        app.answer_api(question, k)


def test_a_rebuilt_index_is_served_without_a_restart(live, tmp_path, monkeypatch):
    """The handlers ask the engine on every call, so `python -m qa build` shows up in the running app."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(live.corpus_dir, corpus)
    shutil.copytree(live.index_dir, index)
    monkeypatch.setenv("QA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(index))
    question = "does the figure-four piriformis stretch help a tight hip?"
    assert "zz_rebuilt.txt" not in ask(question, k=10)[0][-1]["content"]

    (corpus / "zz_rebuilt.txt").write_text(
        "The figure-four piriformis stretch eases a tight hip: lie on your back, cross one ankle over the "
        "opposite knee, and gently pull the lower thigh towards your chest for thirty seconds on each side.\n",
        encoding="utf-8")
    qa.build_index(corpus, index, progress=False)  # reuses the stored vectors: only the new file is embedded
    assert "zz_rebuilt.txt" in ask(question, k=10)[0][-1]["content"]
