"""Test helper: an index over corpus/ plus a hostile file, and `python app.py` serving it on a free port.

Each piece is made once per test session however many test modules ask for it: the fixtures below
are imported by several modules, and pytest gives each importing module its own copy of a fixture.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
STARTUP_SECONDS = 180  # a start imports torch and gradio and loads the model: ~15 s here, more on a slow CI box

HOSTILE_FILE = "zz_hostile_sciatica.txt"
SCRIPT_TAG = "<script>window.__pwned=1</script>"
IMG_TAG = '<img src=x onerror="window.__pwned=2">'
# A plausible health paragraph carrying markup, as a scraped page might: it must be shown as text, never run.
HOSTILE_TEXT = (
    "Sciatica is pain that travels from the lower back through the buttock and down the back of one leg, "
    f"often caused by a slipped disc pressing on the sciatic nerve root. {SCRIPT_TAG} Sciatica from a "
    f"slipped disc usually settles within six weeks with gentle walking and simple painkillers. {IMG_TAG} "
    "See a doctor if the leg pain is severe, keeps getting worse, or has not improved after a few weeks.\n"
)


@dataclass(frozen=True)
class Library:
    corpus_dir: Path
    index_dir: Path

    def env(self) -> dict[str, str]:
        return {**os.environ, "QA_CORPUS_DIR": str(self.corpus_dir), "QA_INDEX_DIR": str(self.index_dir)}


@dataclass
class AppServer:
    url: str
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-6000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


_library: Library | None = None
_server: AppServer | None = None


def build_library(base: Path, seed_index: Path | None = None) -> Library:
    """corpus/ plus the hostile file, indexed with `python -m qa build` (made once per session).

    seed_index, an index of corpus/ built with the same model, is copied in first so the build reuses
    its vectors and embeds only the hostile file: the build is then seconds, not a minute.
    """
    global _library
    if _library is None:
        corpus, index = base / "corpus", base / "index"
        if seed_index is not None:
            shutil.copytree(seed_index, index)
        shutil.copytree(ROOT / "corpus", corpus)
        for f in corpus.iterdir():
            f.chmod(0o644)  # the checked-in corpus is read-only; tests add files beside it
        (corpus / HOSTILE_FILE).write_text(HOSTILE_TEXT, encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "qa", "build", "--quiet", "--corpus", str(corpus),
                               "--index", str(index)], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"python -m qa build failed ({done.returncode}):\n{done.stderr[-4000:]}"
        _library = Library(corpus, index)
    return _library


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(library: Library, log: Path) -> AppServer:
    """`python app.py` on a free port, returned once it answers HTTP; fails with its output if it does not."""
    port = free_port()
    env = {**library.env(), "GRADIO_SERVER_PORT": str(port), "GRADIO_SERVER_NAME": "127.0.0.1",
           "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1"}
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = AppServer(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"python app.py exited with status {process.returncode} before serving:\n{server.output()}")
        try:
            with urllib.request.urlopen(server.url + "/", timeout=2) as r:
                if r.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    server.stop()
    pytest.fail(f"python app.py did not answer HTTP at {server.url} within {STARTUP_SECONDS} s; its output:\n"
                f"{server.output()}")


@pytest.fixture(scope="session")
def library(real_index, tmp_path_factory) -> Library:
    """The test library; real_index (tests/conftest.py: corpus/ built in-process) seeds its vectors."""
    return build_library(tmp_path_factory.mktemp("library"), seed_index=real_index)


@pytest.fixture(scope="session")
def app_url(library, tmp_path_factory):
    """URL of `python app.py` serving the test library; one server per session, stopped at the end."""
    global _server
    if _server is None or _server.process.poll() is not None:
        _server = start_app(library, tmp_path_factory.mktemp("server") / "app.log")
    yield _server.url
    _server.stop()
