"""The real bundled model, offline, on the real corpus: search quality, answers, reloads, refusals, CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import qa
from qa import store
from qa.abstain import should_abstain
from qa.answer import render_text
from qa.build import expected_manifest
from qa.config import Settings, default_settings
from qa.embed import default_embedder
from qa.engine import get_engine
from qa.errors import IndexMismatchError
from qa.evaluate import EVAL_DIR, answer_rank, evaluate_retrieval, load_jsonl

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def retriever(real_index):
    return get_engine(real_index).retriever()


def test_model_loads_offline_from_the_bundled_package(retriever):
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert retriever.embedder.dim == 384 and len(retriever.embedder.fingerprint) == 64
    assert retriever.index.manifest["model"]["name"] == "sentence-transformers/all-MiniLM-L6-v2"


@pytest.mark.parametrize("question,expected", [
    ("is bed rest good for a bad back?", "inactivity"),
    ("what is cauda equina syndrome", "Cauda equina syndrome is a medical emergency"),
    ("what is a slipped disc", "herniated disc"),
    ("do high heels cause back pain?", "High heels alter your body"),  # only inside the 28,000-character page
    ("best stretch for tight hip flexors", "hip flexor"),
])
def test_search_finds_the_right_passage(real_index, question, expected):
    hits = qa.search(question, k=5, index_dir=real_index)
    assert any(expected in h.text for h in hits[:3]), [h.text[:80] for h in hits]
    assert all(h.source.endswith(".txt") and h.location.line_start >= 1 for h in hits)


def test_hits_carry_their_location_and_never_repeat(real_index):
    hits = qa.search("what are the symptoms of cauda equina", k=10, index_dir=real_index)
    assert len({h.text for h in hits}) == len(hits) == 10
    top = hits[0]
    raw = (real_index.parent / "corpus" / top.source).read_text(encoding="utf-8")
    assert raw[top.location.char_start:top.location.char_end].split()[:2] == top.text.split()[:2]


def test_blank_and_huge_queries(real_index):
    with pytest.raises(ValueError):
        qa.search("  ", index_dir=real_index)
    hits = qa.search("my lower back hurts when I sit " * 4000, k=3, index_dir=real_index)  # ~124,000 characters
    assert len(hits) == 3
    assert qa.answer("sciatica " * 20000, index_dir=real_index).disclaimer


def test_answer_abstains_off_topic_and_still_warns(real_index):
    bread = qa.answer("how do I bake bread?", index_dir=real_index)
    assert bread.abstained and bread.hits == [] and "nothing" in bread.message and bread.disclaimer
    chest = qa.answer("how do I bake bread? also I have crushing chest pain right now", index_dir=real_index)
    assert any(f.category == "chest_pain" and f.urgency == "emergency" for f in chest.red_flags)
    assert chest.disclaimer


def test_other_body_parts_abstain_unless_they_mention_the_back(real_index):
    for question in ("how can I tell if I've sprained my ankle or broken it", "what exercises help tennis elbow",
                     "my shoulder clicks when I lift my arm over my head"):
        assert qa.answer(question, index_dir=real_index).abstained, question
    assert not qa.answer("my back hurts and the pain goes down to my knee", index_dir=real_index).abstained
    assert qa.answer("how long does a cold sore usually last?", index_dir=real_index).abstained
    # the best passage names the part ("a mini band around your ankles") but does not answer about it
    ankle = qa.answer("rolled my ankle stepping off a kerb, how long till I can walk on it?", index_dir=real_index)
    assert ankle.abstained
    assert qa.answer("my labrador has hip dysplasia, what can I give him for the pain?", index_dir=real_index).abstained


def test_near_misses_unlike_any_written_question_abstain(real_index):
    """Words the library uses (pilates, chair, hernia, coming back) in questions it does not answer."""
    for question in ("how much does a pilates retreat in Spain cost for a week",
                     "can I claim an ergonomic chair on my taxes", "is a lump near my belly button a hernia",
                     "what's good for a verruca that keeps coming back"):
        assert qa.answer(question, index_dir=real_index).abstained, question
    for question in ("how should I lift a heavy box without hurting my back", "is a standing desk better for my back",
                     "is it ok to keep taking strong painkillers for my back for months"):
        assert not qa.answer(question, index_dir=real_index).abstained, question


def test_a_weak_match_very_like_a_written_question_is_answered(real_index):
    """A term from a clinic letter scores low against the text that explains it but close to the questions
    written for that text; an off-topic question with a weak match stays abstained."""
    ans = qa.answer("what does Waddell's sign mean on my report", index_dir=real_index)
    assert not ans.abstained and "Waddell" in ans.hits[0].text
    assert qa.answer("how long after a bang on the head can my daughter go back to hockey",
                     index_dir=real_index).abstained


def test_practical_questions_the_library_answers_are_not_abstained(real_index):
    ans = qa.answer("correct way to lift heavy boxes when moving house?", index_dir=real_index)
    assert not ans.abstained and "lifting" in ans.hits[0].text
    ans = qa.answer("should I rest my feet up on something when I sit at my desk all day?", index_dir=real_index)
    assert not ans.abstained and "elevate feet" in ans.hits[0].text


def test_acronyms_patients_use_find_their_condition(real_index):
    hits = qa.search("I've got AS and resting does nothing for my back", k=5, index_dir=real_index)
    assert any("ankylosing spondylitis" in h.text.lower() for h in hits)


def test_answer_in_domain_has_passages_warning_first(real_index):
    ans = qa.answer("I suddenly can't control my bladder and my bum feels numb", index_dir=real_index)
    assert not ans.abstained and ans.hits and ans.emergency
    assert ans.red_flags[0].category == "cauda_equina"
    text = render_text(ans)
    assert text.index("EMERGENCY") < text.index("[1]") < text.index(ans.disclaimer)
    assert any(h.warning for h in ans.hits)  # passages listing emergency signs say so


def test_history_keeps_a_red_flag_in_force(real_index):
    ans = qa.answer("what stretches help?", history=["I can't feel my bum when I wipe"], index_dir=real_index)
    assert any(f.category == "cauda_equina" and f.from_history for f in ans.red_flags)


def test_reload_gives_the_same_results(real_index):
    first = [h.passage_id for h in qa.search("sciatica down one leg", index_dir=real_index)]
    from qa.engine import Engine

    settings = replace(default_settings(), index_dir=real_index)
    fresh = Engine(real_index, settings.corpus_dir, settings, default_embedder(), auto_build=False).retriever()
    assert [h.passage_id for h in fresh.search("sciatica down one leg")] == first


def test_index_from_another_model_is_refused(real_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(real_index, copy)
    build = copy / store.current_build(copy)
    manifest = json.loads((build / "manifest.json").read_text())
    manifest["model"] = dict(manifest["model"], name="sentence-transformers/all-mpnet-base-v2", sha256="0" * 64)
    (build / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="all-mpnet-base-v2.*rebuild it with: python -m qa build"):
        store.load(copy, expected_manifest(default_embedder(), default_settings()))


def test_quality_on_the_labelled_questions(retriever):
    """A regression guard well below the figures in the README (python -m qa eval prints those)."""

    def run(question, k):
        q, hits = retriever.retrieve(question, k)
        return hits, should_abstain(q, hits, retriever.settings)

    report = evaluate_retrieval(load_jsonl(EVAL_DIR / "questions.jsonl"), run)
    assert report.hit5 >= 0.97 and report.hit1 >= 0.80 and report.mrr10 >= 0.88
    assert report.in_domain_abstained <= 0.02 and report.off_topic_abstained >= 0.85


def test_every_written_question_finds_its_passage_in_the_real_index(real_index):
    """corpus/questions.jsonl stays in step with cleaning and chunking: no anchor is lost or ambiguous,
    and a question asked word for word is answered by the passage it was written for."""
    build = real_index / store.current_build(real_index)
    report = json.loads((build / "report.json").read_text(encoding="utf-8"))
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    assert report["questions_unmatched"] == []
    assert manifest["counts"]["questions"] >= 1500
    retriever = get_engine(real_index).retriever()
    asked = retriever.index.questions
    sample = range(0, len(asked.text), 10)
    found = sum(retriever.index.passages[asked.owner[i]].text in retriever.search(asked.text[i], k=1)[0].text
                for i in sample)
    assert found >= 0.9 * len(sample)


def test_answer_snippets_match_cleaned_passages():
    from qa.types import Hit, Location

    loc = Location(1, 1, 1, 0, 1)
    hit = Hit("Physician specialties range to subspecialists. These specialties include", 1.0, "f", loc)
    assert answer_rank([hit], ["to subspecialists.These specialties"]) == 1
    assert answer_rank([hit], ["something else entirely"]) is None


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env or os.environ.copy(), timeout=600)


def test_cli_build_adds_a_new_file_and_rebuilds_cheaply(real_index, tmp_path):
    corpus = tmp_path / "corpus"
    index = tmp_path / "index"
    shutil.copytree(ROOT / "corpus", corpus)
    shutil.copytree(real_index, index)  # a live index for this corpus, so the first rebuild reuses vectors
    (corpus / "005_whiplash.txt").write_text(
        "Whiplash is a neck injury caused by a sudden jolt, often in a rear-end car collision; it can cause neck "
        "stiffness and headaches that last for weeks.\n", encoding="utf-8")
    built = _cli("build", "--corpus", str(corpus), "--index", str(index), "--quiet")
    assert built.returncode == 0, built.stderr
    assert "embedded" in built.stdout and "reused" in built.stdout
    found = _cli("search", "whiplash from a car collision", "--index", str(index), "--json", "-k", "3")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits[0]["source"] == "005_whiplash.txt"
    again = _cli("build", "--corpus", str(corpus), "--index", str(index), "--quiet")
    assert again.returncode == 0 and "embedded 0 texts" in again.stdout


def test_cli_errors_are_one_line_and_non_zero(tmp_path):
    blank = _cli("search", "   ", "--index", str(tmp_path))
    assert blank.returncode != 0 and blank.stderr.strip().count("\n") == 0 and "blank" in blank.stderr
    missing = _cli("build", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "i"), "--quiet")
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    assert missing.stderr.strip().count("\n") == 0
    no_index = _cli("search", "sciatica", "--index", str(tmp_path / "empty"))
    assert no_index.returncode != 0 and "python -m qa build" in no_index.stderr


def test_first_search_builds_the_default_index(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Sciatica is pain that travels from the lower back down one leg.\n"
                                  "Bed rest is no longer recommended for low back pain.\n", encoding="utf-8")
    monkeypatch.setenv("QA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    hits = qa.search("pain down my leg")
    assert "Sciatica" in hits[0].text
    assert store.current_build(tmp_path / "index") is not None


def test_settings_default_to_the_repository_folders():
    s = Settings()
    assert s.corpus_dir == ROOT / "corpus" and s.index_dir == ROOT / "index"


def test_many_threads_share_the_real_model(real_index):
    import threading

    expected = [h.passage_id for h in qa.search("sciatica down one leg", index_dir=real_index)]
    seen, errors = [], []

    def worker():
        try:
            for _ in range(3):
                seen.append([h.passage_id for h in qa.search("sciatica down one leg", index_dir=real_index)])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(seen) == 24 and all(s == expected for s in seen)
