"""The browser chat and its API endpoint: a thin Gradio layer over qa.answer(); `python app.py` serves it."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

import gradio as gr

import qa
from qa.answer import MAX_SAFETY_CHARS
from qa.engine import warm_up
from qa.render import CSS, answer_html, question_html

EXAMPLES = (
    "Is bed rest good for a bad back?",
    "What exercises help lower back pain?",
    "What causes sciatica?",
    "Why does my hip hurt when I walk?",
)
DEFAULT_K = 5
QUEUE_SIZE = 32  # requests waiting beyond this are turned away with "queue full" instead of piling up
CONCURRENCY = 2  # answers computed at once; each takes well under a second on two cores

# After a reply, scroll the chat so the newest question is at its top: the reply reads from its
# warnings down. (Gradio's own autoscroll goes to the bottom, past the warnings, so it is off.)
SHOW_NEWEST_QUESTION = """() => setTimeout(() => {
  const asked = document.querySelectorAll('#qa-chat .qa-question');
  const last = asked[asked.length - 1];
  let box = last && last.parentElement;
  while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 12;
}, 50)"""

# Launch settings chosen for safety: no public link, no run history kept in the browser, no file uploads
# (the app takes none) and no extra served folders. GRADIO_SERVER_NAME / GRADIO_SERVER_PORT set the
# address (default 127.0.0.1:7860). Usage analytics are off in create_app().
LAUNCH_OPTIONS = dict(share=False, run_history=False, allowed_paths=None, max_file_size=0, css=CSS)


# Conversations are kept only in server memory for the open page. An operator who must keep a record
# (a clinic's audit trail) sets QA_CONVERSATION_LOG to a file: each exchange is appended as one JSON line.
LOG_ENV = "QA_CONVERSATION_LOG"
_log_lock = threading.Lock()


def log_exchange(question: str, ans: qa.Answer) -> None:
    """Append one exchange to the operator's conversation log, if one was asked for."""
    path = os.environ.get(LOG_ENV)
    if not path:
        return
    record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "question": question, "abstained": ans.abstained,
              "red_flags": [f"{f.urgency}:{f.category}" for f in ans.red_flags],
              "sources": [h.citation for h in ans.hits]}
    with _log_lock, open(Path(path), "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


def ask(question: str, k: int, history: list | None) -> qa.Answer:
    """qa.answer(), with its errors shown to the user instead of hidden as a generic failure."""
    try:
        return qa.answer(question, k=k, history=history)
    except qa.QAError as e:
        raise gr.Error(str(e)) from e


def respond(question: str, chat: list, asked: list[str], k: float) -> tuple[list, list[str], str]:
    """Chat handler: answer the question given the user's earlier questions; returns (chat, asked, cleared box)."""
    if not question or not question.strip():
        gr.Warning("Type a question first.")
        return chat, asked, question
    ans = ask(question, int(round(k)), asked)
    log_exchange(question, ans)
    chat = [*chat, {"role": "user", "content": question_html(question)},
            {"role": "assistant", "content": answer_html(ans)}]
    return chat, [*asked, question], ""


def answer_api(question: str, k: int = DEFAULT_K, history: list[str] | None = None) -> dict:
    """Answer a question about back or hip pain from the library (same JSON as `python -m qa ask --json`).

    history: the user's earlier messages in this conversation, oldest first; warning signs they
    mention stay in force.
    """
    return asdict(ask(question, k, history))


def create_app() -> gr.Blocks:
    """The chat as a Gradio Blocks app, queue configured, not launched."""
    with gr.Blocks(title="Back and hip pain library", analytics_enabled=False) as demo:
        gr.Markdown("## Back and hip pain: what the library says\n"
                    "Ask a question in your own words. Every answer is quoted from the library's source "
                    "texts, with where it came from; nothing is written by a computer model. "
                    "It is general information, not medical advice.")
        asked = gr.State([])  # the user's questions as typed (the chat shows them escaped); server memory only
        chat = gr.Chatbot(label="Conversation", height="68vh", min_height=420, autoscroll=False, buttons=[],
                          feedback_options=None, latex_delimiters=[], sanitize_html=True, elem_id="qa-chat",
                          placeholder="Ask about back or hip pain, or pick an example below.")
        with gr.Row():
            question = gr.Textbox(show_label=False, placeholder="e.g. is bed rest good for a bad back?",
                                  max_length=MAX_SAFETY_CHARS, scale=8, autofocus=True, elem_id="qa-question")
            send = gr.Button("Ask", variant="primary", scale=1, elem_id="qa-ask")
        with gr.Row():
            examples = [gr.Button(text, size="sm", variant="secondary", elem_classes="qa-example")
                        for text in EXAMPLES]
        with gr.Row():
            k = gr.Slider(1, 10, value=DEFAULT_K, step=1, label="Passages per answer", elem_id="qa-k")
            clear = gr.Button("Clear conversation", variant="secondary", size="sm", elem_id="qa-clear")

        private = dict(api_visibility="private")
        for trigger, source in [(question.submit, question), (send.click, question),
                                *((b.click, b) for b in examples)]:
            trigger(respond, [source, chat, asked, k], [chat, asked, question], **private).then(
                None, js=SHOW_NEWEST_QUESTION, **private)
        clear.click(lambda: ([], [], ""), None, [chat, asked, question], **private)
        chat.clear(lambda: [], None, asked, **private)  # the chat's own bin icon forgets the history too
        gr.api(answer_api, api_name="answer")
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=CONCURRENCY)
    return demo


def main() -> None:
    """Load (on a fresh checkout, first build) the index and the model, then serve the chat."""
    print("[app] loading the index and model ...", file=sys.stderr, flush=True)
    try:
        warm_up()  # loads (on a fresh checkout, first builds) the index and the model: the first question is fast
    except qa.QAError as e:
        sys.exit(f"error: {e}")
    create_app().launch(**LAUNCH_OPTIONS)


if __name__ == "__main__":
    main()
