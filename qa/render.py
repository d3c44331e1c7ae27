"""The chat's HTML for an Answer: warnings, source cards, disclaimer; every corpus and user string escaped."""

from __future__ import annotations

from html import escape

from .types import Answer, Hit, RedFlag

# Fused scores of the best passage on eval/questions.jsonl run from 0.35 to 0.82 (median 0.64);
# the fifth passage's median is 0.50. The bands follow those figures.
RELEVANCE = ((0.65, "strong", "Strong match"), (0.50, "good", "Good match"),
             (float("-inf"), "possible", "Possible match"))

URGENCY_HEADINGS = {
    "emergency": "Emergency: get help now",
    "urgent": "Urgent: see a doctor today",
    "see_doctor": "See a doctor soon",
}

CSS = """
.qa-answer { display: flex; flex-direction: column; gap: 0.75rem; line-height: 1.5; }
.qa-answer p { margin: 0; }
.qa-flag { border-left: 6px solid; border-radius: 6px; padding: 0.6rem 0.8rem; color: #1f1f1f; }
.qa-flag-emergency { background: #fde2e1; border-color: #c81e1e; }
.qa-flag-urgent { background: #fff1d6; border-color: #d97706; }
.qa-flag-see_doctor { background: #e3f0fd; border-color: #2563eb; }
.qa-flag-heading { font-weight: 700; font-size: 1.05em; }
.qa-flag-emergency .qa-flag-heading { color: #a01414; }
.qa-flag-why { font-size: 0.9em; opacity: 0.85; margin-top: 0.25rem !important; }
.qa-nothing { font-weight: 600; }
.qa-sources-heading { font-weight: 600; opacity: 0.8; }
.qa-card { border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 8px; padding: 0.6rem 0.8rem; }
.qa-card-head { display: flex; gap: 0.5rem; align-items: baseline; flex-wrap: wrap; margin-bottom: 0.3rem; }
.qa-rank { font-weight: 700; }
.qa-title { font-weight: 600; }
.qa-match { margin-left: auto; font-size: 0.8em; font-weight: 600; border-radius: 999px; padding: 0.05rem 0.55rem;
            color: #1f1f1f; white-space: nowrap; }
.qa-match-strong { background: #bbf7d0; }
.qa-match-good { background: #d9f99d; }
.qa-match-possible { background: #e5e7eb; }
.qa-passage-warning { font-size: 0.85em; color: #a01414; margin-bottom: 0.3rem !important; }
.qa-text mark { background: #fde68a; color: #1f1f1f; padding: 0 0.1em; border-radius: 2px; }
.qa-cite { font-size: 0.8em; opacity: 0.75; margin-top: 0.3rem !important; word-break: break-word; }
.qa-disclaimer { font-size: 0.85em; opacity: 0.8; border-top: 1px solid rgba(128, 128, 128, 0.35);
                 padding-top: 0.5rem; }
"""


def answer_html(ans: Answer) -> str:
    """The whole reply in reading order: warnings, the library's passages (or that it has none), disclaimer.

    The result has no line breaks, so the chat's Markdown renderer passes it through as one HTML block
    instead of reading Markdown syntax inside passage text.
    """
    parts = [flag_html(f) for f in ans.red_flags]
    if ans.abstained or not ans.hits:
        parts.append(f'<p class="qa-nothing">{_text(ans.message or "The library has nothing on this question.")}</p>')
    else:
        n = len(ans.hits)
        parts.append(f'<p class="qa-sources-heading">From the library ({n} passage{"s" if n != 1 else ""}, '
                     f'best first):</p>')
        parts.extend(card_html(h) for h in ans.hits)
    parts.append(f'<p class="qa-disclaimer">{_text(ans.disclaimer)}</p>')
    return f'<div class="qa-answer">{"".join(parts)}</div>'


def flag_html(flag: RedFlag) -> str:
    """A warning box: how urgent, what to do, and which of the user's words raised it."""
    heading = URGENCY_HEADINGS.get(flag.urgency, flag.urgency.replace("_", " ").capitalize())
    why = ""
    if flag.triggers:
        words = ", ".join(f"“{_text(t)}”" for t in flag.triggers)
        why = f"Because you wrote {words}{' earlier in this conversation' if flag.from_history else ''}."
    elif flag.from_history:
        why = "Raised by an earlier message in this conversation."
    return (f'<div class="qa-flag qa-flag-{escape(flag.urgency)}" role="alert" data-urgency="{escape(flag.urgency)}" '
            f'data-category="{escape(flag.category)}">'
            f'<p class="qa-flag-heading">{_text(heading)}</p>'
            f'<p class="qa-flag-message">{_text(flag.message)}</p>'
            + (f'<p class="qa-flag-why">{why}</p>' if why else "")
            + "</div>")


def card_html(hit: Hit) -> str:
    """A source passage: rank, heading, relevance, its own warning, its text with the best sentences marked, and
    where it is."""
    key, label = relevance(hit.score)
    title = f'<span class="qa-title">{_text(hit.title)}</span>' if hit.title else ""
    warning = f'<p class="qa-passage-warning">⚠ {_text(hit.warning)}</p>' if hit.warning else ""
    also = "".join(f"; also in {_text(o.source)}, paragraph {o.location.paragraph}" for o in hit.also_in)
    return (f'<div class="qa-card" data-rank="{hit.rank}">'
            f'<div class="qa-card-head"><span class="qa-rank">{hit.rank}.</span>{title}'
            f'<span class="qa-match qa-match-{key}" title="score {hit.score:.2f}">{label}</span></div>'
            f"{warning}"
            f'<p class="qa-text">{highlight(hit.text, hit.highlights)}</p>'
            f'<p class="qa-cite">Source: {_text(hit.citation)}{also}</p>'
            "</div>")


def question_html(text: str) -> str:
    """The user's own message, shown exactly as typed (escaped, never read as HTML or Markdown)."""
    return f'<div class="qa-question">{_text(text)}</div>'


def relevance(score: float) -> tuple[str, str]:
    """(css key, label) for a fused score: strong, good or possible match."""
    for floor, key, label in RELEVANCE:
        if score >= floor:
            return key, label
    return RELEVANCE[-1][1], RELEVANCE[-1][2]  # NaN


def highlight(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """text, escaped, with each (start, end) span wrapped in <mark>; overlapping or out-of-range spans are fine."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        out.append(_text(text[pos:start]))
        out.append(f"<mark>{_text(text[start:end])}</mark>")
        pos = end
    out.append(_text(text[pos:]))
    return "".join(out)


def _text(s: str) -> str:
    """Escaped text with line breaks as <br>, so the reply stays on one line (one HTML block)."""
    return "<br>".join(escape(line) for line in s.splitlines())
