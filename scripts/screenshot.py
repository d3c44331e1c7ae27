"""Make docs/screenshot.png: a real conversation with the running chat, captured in headless Chromium.

    python app.py &                      # serve the chat (http://127.0.0.1:7860)
    python scripts/screenshot.py         # --url for another address, --out for another file
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CONVERSATION = ("My lower back has hurt for a week. Is bed rest good for it?",
                "I suddenly can't control my bladder and my bum feels numb")
PASSAGES = 2  # few enough that the whole second reply fits in the picture


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="http://127.0.0.1:7860", help="address of the running chat")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = p.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium not found at {CHROMIUM}: install it with: apt-get install -y chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 1400}, device_scale_factor=1)
        try:
            page.goto(args.url)
        except Exception as e:  # playwright's error names the failed address
            sys.exit(f"cannot open {args.url} ({e.__class__.__name__}): start the chat first with: python app.py")
        page.wait_for_selector("#qa-question textarea")
        page.fill("#qa-k input[type=number]", str(PASSAGES))
        page.press("#qa-k input[type=number]", "Enter")
        for n, question in enumerate(CONVERSATION, start=1):
            page.fill("#qa-question textarea", question)
            page.press("#qa-question textarea", "Enter")
            page.wait_for_function(f"document.querySelectorAll('#qa-chat .qa-answer').length >= {n}", timeout=60_000)
        page.wait_for_timeout(800)  # let the chat finish scrolling to the newest reply
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out), full_page=True)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
