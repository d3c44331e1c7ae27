"""The index folder on disk: plain files, a JSON manifest, atomic swaps, checked loads. No pickle.

    index/
      CURRENT                 name of the live build folder (replaced atomically)
      build-<time>-<id>/
        manifest.json         format, model name + weights hash, dimension, chunking, corpus hashes, counts
        dense.faiss           faiss.write_index of an inner-product index over normalised vectors
        embeddings.npy        the same vectors (float32, allow_pickle=False): the cache for incremental builds
        sentences.npy         one vector per sentence of each passage, in passage order
        pairs.npy             one vector per two neighbouring sentences of each passage, in passage order
        extra.npy, extra_ids.json   other vectors the build used (clauses compared to place cuts)
        questions.npy         one vector per question a passage answers (corpus/questions.jsonl)
        questions.jsonl       those questions in vector order, each with the number of its passage
        passages.jsonl        one passage per line, in vector order, with its sentence spans
        bm25/                 bm25s arrays (.npy) and JSON, plus the corpus vocabulary
        report.json           what the cleaner dropped and why, duplicates merged

A build writes a new folder, then points CURRENT at it; a crash before that leaves the old build live.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

import faiss
import numpy as np

from .config import INDEX_FORMAT
from .errors import IndexCorruptError, IndexMismatchError, IndexMissingError, rebuild_hint
from .chunk import unit_id
from .lexical import Lexical
from .types import Location, Origin, Passage

CURRENT = "CURRENT"


@dataclass(frozen=True)
class Questions:
    """Questions the passages answer: text[i] belongs to passage owner[i] and has vector vectors[i]."""

    text: tuple[str, ...]
    owner: np.ndarray  # (q,) int64 passage numbers
    vectors: np.ndarray  # (q, dim) float32

    @staticmethod
    def none(dim: int) -> "Questions":
        return Questions((), np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32))


@dataclass(frozen=True)
class StoredIndex:
    build_id: str
    path: Path
    manifest: dict
    passages: list[Passage]
    vectors: np.ndarray  # (n, dim) float32, row i = passages[i]
    sentence_vectors: np.ndarray  # (m, dim) float32, the sentences of passage 0, then of passage 1, ...
    pair_vectors: np.ndarray  # (m - n, dim) float32, sentences 1+2, 2+3, ... of passage 0, then of passage 1, ...
    dense: faiss.Index
    lexical: Lexical
    questions: Questions


def current_build(index_dir: Path) -> str | None:
    """Name of the live build folder, or None when nothing has been built."""
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise IndexCorruptError(f"cannot read {Path(index_dir) / CURRENT}: {e.strerror}; check permissions, or "
                                f"{rebuild_hint(str(index_dir))}") from e
    return name or None


@contextlib.contextmanager
def build_lock(index_dir: Path):
    """One build at a time per index folder (other processes wait)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".build.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def save(index_dir: Path, manifest: dict, passages: list[Passage], vectors: np.ndarray,
         sentence_vectors: np.ndarray, pair_vectors: np.ndarray, lexical: Lexical, report: dict,
         extra_vectors: dict[str, np.ndarray] | None = None, questions: Questions | None = None) -> str:
    """Write a complete build next to the live one, then make it live. Returns the build id."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    build_id = f"build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    tmp = index_dir / f".{build_id}.tmp"
    tmp.mkdir()
    try:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dense = faiss.IndexFlatIP(vectors.shape[1])
        dense.add(vectors)
        faiss.write_index(dense, str(tmp / "dense.faiss"))
        np.save(tmp / "embeddings.npy", vectors, allow_pickle=False)
        np.save(tmp / "sentences.npy", np.ascontiguousarray(sentence_vectors, dtype=np.float32), allow_pickle=False)
        np.save(tmp / "pairs.npy", np.ascontiguousarray(pair_vectors, dtype=np.float32).reshape(-1, vectors.shape[1]),
                allow_pickle=False)
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(_passage_to_json(p), ensure_ascii=False) + "\n")
        lexical.save(tmp / "bm25")
        extra = extra_vectors or {}
        np.save(tmp / "extra.npy", np.array(list(extra.values()), dtype=np.float32).reshape(len(extra), -1)
                if extra else np.zeros((0, vectors.shape[1]), dtype=np.float32), allow_pickle=False)
        _write_json(tmp / "extra_ids.json", list(extra))
        questions = questions or Questions.none(vectors.shape[1])
        np.save(tmp / "questions.npy", np.ascontiguousarray(questions.vectors, dtype=np.float32)
                .reshape(-1, vectors.shape[1]), allow_pickle=False)
        with open(tmp / "questions.jsonl", "w", encoding="utf-8") as f:
            for text, owner in zip(questions.text, questions.owner.tolist()):
                f.write(json.dumps({"passage": owner, "text": text}, ensure_ascii=False) + "\n")
        _write_json(tmp / "report.json", report)
        _write_json(tmp / "manifest.json", dict(manifest, build_id=build_id))  # written last: marks completeness
        _fsync_tree(tmp)
        os.rename(tmp, index_dir / build_id)
        previous = current_build(index_dir)
        _point_current(index_dir, build_id)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # the previous build stays one more round, so a reader that resolved CURRENT just now can finish loading it
    _remove_old_builds(index_dir, keep={build_id, previous or ""})
    return build_id


def load(index_dir: Path, expect: dict) -> StoredIndex:
    """Load the live build, refusing one built with another format, model or chunking."""
    index_dir = Path(index_dir)
    build_id = current_build(index_dir)
    if build_id is None:
        raise IndexMissingError(f"no index in {index_dir}: build one with: python -m qa build --index {index_dir}")
    path = index_dir / build_id
    manifest = read_manifest(path)
    check_manifest(manifest, expect, index_dir)
    try:
        passages = [_passage_from_json(json.loads(line))
                    for line in (path / "passages.jsonl").read_text(encoding="utf-8").splitlines() if line]
        vectors = np.load(path / "embeddings.npy", allow_pickle=False)
        sentence_vectors = np.load(path / "sentences.npy", allow_pickle=False)
        pair_vectors = np.load(path / "pairs.npy", allow_pickle=False)
        dense = faiss.read_index(str(path / "dense.faiss"))
        lexical = Lexical.load(path / "bm25")
        questions = _load_questions(path)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as e:
        raise IndexCorruptError(f"index build {path} is damaged ({e}); {rebuild_hint(str(index_dir))}") from e
    n_sentences = sum(len(p.sentences) for p in passages)
    if not (len(passages) == len(vectors) == dense.ntotal == manifest["counts"]["passages"]
            and len(sentence_vectors) == n_sentences and len(pair_vectors) == n_sentences - len(passages)
            and len(questions.text) == len(questions.vectors) == manifest["counts"].get("questions")
            and all(0 <= o < len(passages) for o in questions.owner.tolist())):
        raise IndexCorruptError(f"index build {path} is inconsistent (passages, vectors and manifest disagree); "
                                f"{rebuild_hint(str(index_dir))}")
    return StoredIndex(build_id, path, manifest, passages, vectors, sentence_vectors, pair_vectors, dense, lexical,
                       questions)


def _load_questions(path: Path) -> Questions:
    records = [json.loads(line) for line in (path / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return Questions(tuple(r["text"] for r in records), np.array([r["passage"] for r in records], dtype=np.int64),
                     np.load(path / "questions.npy", allow_pickle=False))


def read_manifest(path: Path) -> dict:
    try:
        return json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise IndexCorruptError(f"index build {path} has no manifest.json; "
                                f"{rebuild_hint(str(path.parent))}") from e
    except (OSError, ValueError) as e:
        raise IndexCorruptError(f"cannot read {path / 'manifest.json'} ({e}); "
                                f"{rebuild_hint(str(path.parent))}") from e


def check_manifest(manifest: dict, expect: dict, index_dir: Path) -> None:
    """Raise IndexMismatchError naming the first difference between the manifest and what we run."""
    hint = rebuild_hint(str(index_dir))
    if manifest.get("format_version") != INDEX_FORMAT:
        raise IndexMismatchError(f"index in {index_dir} has format {manifest.get('format_version')}, this program "
                                 f"reads format {INDEX_FORMAT}; {hint}")
    model = manifest.get("model", {})
    if model.get("name") != expect["model"]["name"] or model.get("sha256") != expect["model"]["sha256"]:
        raise IndexMismatchError(
            f"index in {index_dir} was built with model {model.get('name')} (weights {str(model.get('sha256'))[:12]}), "
            f"but this program uses {expect['model']['name']} (weights {expect['model']['sha256'][:12]}); {hint}")
    if model.get("dim") != expect["model"]["dim"]:
        raise IndexMismatchError(f"index in {index_dir} has {model.get('dim')}-dimensional vectors, the model gives "
                                 f"{expect['model']['dim']}; {hint}")
    if manifest.get("chunking") != expect["chunking"]:
        raise IndexMismatchError(f"index in {index_dir} was built with chunking {manifest.get('chunking')}, this "
                                 f"program uses {expect['chunking']}; {hint}")


def previous_vectors(index_dir: Path, model_sha256: str) -> dict[str, np.ndarray]:
    """Vectors of the live build's passages, sentences and sentence pairs by text id.

    {} when there is no build or it used other weights.
    """
    build_id = current_build(index_dir)
    if build_id is None:
        return {}
    path = Path(index_dir) / build_id
    try:
        manifest = read_manifest(path)
        if manifest.get("model", {}).get("sha256") != model_sha256:
            return {}
        passages = [_passage_from_json(json.loads(line))
                    for line in (path / "passages.jsonl").read_text(encoding="utf-8").splitlines() if line]
        vectors = np.load(path / "embeddings.npy", allow_pickle=False)
        sentence_vectors = np.load(path / "sentences.npy", allow_pickle=False)
    except (OSError, ValueError, KeyError, TypeError, IndexCorruptError):
        return {}  # a damaged cache only costs time
    sentence_ids = [unit_id(t) for p in passages for t in p.sentence_texts()]
    if len(passages) != len(vectors) or len(sentence_ids) != len(sentence_vectors):
        return {}
    out = {**dict(zip(sentence_ids, sentence_vectors)), **dict(zip((p.id for p in passages), vectors))}
    with contextlib.suppress(OSError, ValueError):  # builds of format 1 had no pairs: they are embedded anew
        pair_ids = [unit_id(t) for p in passages for t in p.pair_texts()]
        pair_vectors = np.load(path / "pairs.npy", allow_pickle=False)
        if len(pair_ids) == len(pair_vectors):
            out.update(zip(pair_ids, pair_vectors))
    with contextlib.suppress(OSError, ValueError, KeyError):  # builds before format 3 had no questions
        questions = _load_questions(path)
        if len(questions.text) == len(questions.vectors):
            out.update(zip((unit_id(t) for t in questions.text), questions.vectors))
    try:  # vectors the build needed that are not passages or sentences (e.g. clauses compared for cutting)
        extra_ids = json.loads((path / "extra_ids.json").read_text(encoding="utf-8"))
        extra = np.load(path / "extra.npy", allow_pickle=False)
        if len(extra_ids) == len(extra):
            out.update(zip(extra_ids, extra))
    except (OSError, ValueError):
        pass
    return out


def read_report(index_dir: Path) -> dict:
    build_id = current_build(index_dir)
    if build_id is None:
        raise IndexMissingError(f"no index in {index_dir}: build one with: python -m qa build --index {index_dir}")
    return json.loads((Path(index_dir) / build_id / "report.json").read_text(encoding="utf-8"))


def _point_current(index_dir: Path, build_id: str) -> None:
    tmp = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:8]}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(build_id + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / CURRENT)
    with contextlib.suppress(OSError):
        fd = os.open(index_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_old_builds(index_dir: Path, keep: set[str]) -> None:
    """Builds other than the live one go; so do temp folders of crashed builds."""
    for child in index_dir.iterdir():
        stale = child.name.startswith("build-") or (child.name.startswith(".build-") and child.name.endswith(".tmp"))
        if child.is_dir() and stale and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _passage_to_json(p: Passage) -> dict:
    return {"id": p.id, "text": p.text, "title": p.title, "source": p.source, "location": asdict(p.location),
            "also_in": [{"source": o.source, "location": asdict(o.location)} for o in p.also_in],
            "sentences": [list(s) for s in p.sentences]}


def _passage_from_json(d: dict) -> Passage:
    return Passage(d["id"], d["text"], d["title"], d["source"], Location(**d["location"]),
                   tuple(Origin(o["source"], Location(**o["location"])) for o in d["also_in"]),
                   tuple((a, b) for a, b in d["sentences"]))
