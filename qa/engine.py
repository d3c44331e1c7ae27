"""The live index behind search() and answer(): built on first use, loaded once, reloaded after a rebuild.

The default index is also rebuilt when the live one was made with another format, model or
chunking (after an upgrade). Each call checks the index folder's CURRENT pointer (one small
read); when a build has made a new folder live, the next call loads it. A half-written build is
never visible: CURRENT only ever names a finished folder. Loading is serialised by a lock;
searching needs none.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from . import store
from .build import build_index, expected_manifest
from .config import Settings, default_settings
from .embed import Embedder, default_embedder
from .errors import IndexMismatchError, IndexMissingError, QAError
from .retrieve import Retriever


class Engine:
    def __init__(self, index_dir: Path, corpus_dir: Path, settings: Settings, embedder: Embedder,
                 auto_build: bool):
        self.index_dir = Path(index_dir)
        self.corpus_dir = Path(corpus_dir)
        self.settings = settings
        self.embedder = embedder
        self.auto_build = auto_build
        self._lock = threading.Lock()
        self._retriever: Retriever | None = None

    def retriever(self) -> Retriever:
        live = self._retriever
        build = store.current_build(self.index_dir)
        if live is not None and live.build_id == build:
            return live
        with self._lock:
            build = store.current_build(self.index_dir)
            if self._retriever is not None and self._retriever.build_id == build:
                return self._retriever
            if build is None:
                if not self.auto_build:
                    raise IndexMissingError(f"no index in {self.index_dir}: build one with: "
                                            f"python -m qa build --index {self.index_dir}")
                self._build(f"no index in {self.index_dir} yet: building it from {self.corpus_dir} (first run only)")
            try:
                stored = self._load()
            except QAError as e:
                if self._retriever is None:
                    raise
                # a new build that cannot be read must not take down a working service
                print(f"[qa] keeping the loaded index: {e}", file=sys.stderr, flush=True)
                return self._retriever
            self._retriever = Retriever(stored, self.embedder, self.settings)
            return self._retriever

    def _load(self) -> store.StoredIndex:
        """The live build. At start-up the default index is rebuilt when an older version made it; once
        an index is loaded, a mismatched new build is refused and the loaded one kept (see retriever)."""
        expect = expected_manifest(self.embedder, self.settings)
        try:
            return store.load(self.index_dir, expect)
        except IndexMismatchError as e:
            if not self.auto_build or self._retriever is not None:
                raise
            self._build(f"{e}\n[qa] rebuilding it from {self.corpus_dir}")
            return store.load(self.index_dir, expect)

    def _build(self, why: str) -> None:
        print(f"[qa] {why}", file=sys.stderr, flush=True)
        build_index(self.corpus_dir, self.index_dir, settings=self.settings, embedder=self.embedder)


_engines: dict[Path, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(index_dir: str | Path | None = None, settings: Settings | None = None) -> Engine:
    """The shared engine for an index folder. Only the default folder is built automatically."""
    settings = settings or default_settings()
    default = index_dir is None
    path = Path(index_dir).resolve() if index_dir else settings.index_dir.resolve()
    with _engines_lock:
        engine = _engines.get(path)
        if engine is None:
            engine = Engine(path, settings.corpus_dir, settings, default_embedder(), auto_build=default)
            _engines[path] = engine
        return engine


def warm_up(index_dir: str | Path | None = None) -> Retriever:
    """Load (or first build) the index and the model now, so the first question is answered at full speed."""
    from .redflag_semantic import warm_up as warm_safety

    retriever = get_engine(index_dir).retriever()
    retriever.embedder.encode(["warm up"])
    warm_safety()  # the red-flag prototypes are embedded once per process
    return retriever
