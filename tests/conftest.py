"""Shared fixtures: a tiny corpus and a fake embedder for fast tests, the real index for slow ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.config import Settings
from qa.embed import KeywordEmbedder

ROOT = Path(__file__).resolve().parent.parent

# one file per layout: one paragraph per line, and blank-line separated hard-wrapped text
LINES = """Bed rest is no longer recommended for low back pain; gentle walking helps recovery.[3]
Sciatica is pain that travels from the lower back down one leg, often with tingling.
© 2019 Example Media. All rights reserved. Use of this site constitutes acceptance of our User Agreement.
Stretching the hip flexors every morning can ease tight hips after long periods of sitting at a desk.
Bed rest is no longer recommended for low back pain; gentle walking helps recovery.[3]
×
"""

BLANKS = """A herniated disc, sometimes called a slipped disc, happens when the soft centre of a
spinal disc bulges out through a tear in its outer ring and presses on a nerve.

I'm so glad I found this page, thank you! My back feels great now lol.

Ice packs can reduce swelling in the first days after a back injury, and heat
loosens tight muscles later on.
"""


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "lines.txt").write_text(LINES, encoding="utf-8")
    (folder / "blanks.md").write_text(BLANKS, encoding="utf-8")
    return folder


@pytest.fixture
def fake_embedder() -> KeywordEmbedder:
    return KeywordEmbedder()


@pytest.fixture
def tiny_settings(tiny_corpus: Path, tmp_path: Path) -> Settings:
    return Settings(corpus_dir=tiny_corpus, index_dir=tmp_path / "index", max_tokens=40, min_tokens=5)


@pytest.fixture(scope="session")
def real_index(tmp_path_factory) -> Path:
    """The real corpus built once with the real bundled model (about 20 s)."""
    from qa.build import build_index

    folder = tmp_path_factory.mktemp("real")
    corpus = folder / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    build_index(corpus, folder / "index", progress=False)
    return folder / "index"
