"""Index on disk and retrieval with a fake embedder: build, load, refuse, survive crashes, rebuild cheaply."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from qa import store
from qa.build import build_index, expected_manifest
from qa.config import INDEX_FORMAT, Settings
from qa.embed import KeywordEmbedder
from qa.engine import Engine
from qa.errors import CorpusError, IndexMismatchError, IndexMissingError, QueryError
from qa.lexical import Lexical


def engine(settings, embedder) -> Engine:
    return Engine(settings.index_dir, settings.corpus_dir, settings, embedder, auto_build=False)


def test_build_then_search_finds_the_passage(tiny_settings, fake_embedder):
    report = build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                         embedder=fake_embedder, progress=False)
    assert report.passages >= 4 and report.dropped >= 3 and report.duplicates == 1 and report.reused == 0
    hits = engine(tiny_settings, fake_embedder).retriever().search("slipped disc pressing on a nerve", k=3)
    assert "herniated disc" in hits[0].text
    assert hits[0].source == "blanks.md" and hits[0].location.paragraph == 1
    assert [h.rank for h in hits] == [1, 2, 3] and hits[0].score >= hits[1].score >= hits[2].score


def test_manifest_records_what_the_index_depends_on(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    build = tiny_settings.index_dir / store.current_build(tiny_settings.index_dir)
    manifest = json.loads((build / "manifest.json").read_text())
    assert manifest["format_version"] == INDEX_FORMAT
    assert manifest["model"] == {"name": "keyword-fake", "sha256": fake_embedder.fingerprint, "dim": 64}
    assert manifest["chunking"] == tiny_settings.chunk_settings()
    assert set(manifest["corpus"]["files"]) == {"lines.txt", "blanks.md"}
    assert manifest["counts"]["passages"] > 0 and manifest["built_at"]
    assert (build / "dense.faiss").is_file() and (build / "report.json").is_file()


def test_no_pickle_anywhere_in_the_index(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    for path in tiny_settings.index_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(b"\x80"), f"{path} looks like a pickle"
            assert path.suffix not in {".pkl", ".pickle"}
            if path.suffix == ".npy":
                np.load(path, allow_pickle=False)  # raises if it holds Python objects


def test_index_built_with_another_model_is_refused(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    other = KeywordEmbedder(dim=32)
    with pytest.raises(IndexMismatchError, match=r"built with model .*python -m qa build"):
        store.load(tiny_settings.index_dir, expected_manifest(other, tiny_settings))


def test_index_built_with_other_chunking_or_format_is_refused(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    with pytest.raises(IndexMismatchError, match="chunking"):
        store.load(tiny_settings.index_dir, expected_manifest(fake_embedder, replace(tiny_settings, max_tokens=99)))
    build = tiny_settings.index_dir / store.current_build(tiny_settings.index_dir)
    manifest = json.loads((build / "manifest.json").read_text())
    (build / "manifest.json").write_text(json.dumps(dict(manifest, format_version=INDEX_FORMAT + 1)))
    with pytest.raises(IndexMismatchError, match="format"):
        store.load(tiny_settings.index_dir, expected_manifest(fake_embedder, tiny_settings))


def test_default_index_of_an_older_format_is_rebuilt_other_indexes_are_refused(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    old = store.current_build(tiny_settings.index_dir)
    manifest_path = tiny_settings.index_dir / old / "manifest.json"
    manifest_path.write_text(json.dumps(dict(json.loads(manifest_path.read_text()), format_version=INDEX_FORMAT - 1)))
    with pytest.raises(IndexMismatchError, match="format"):
        engine(tiny_settings, fake_embedder).retriever()
    auto = Engine(tiny_settings.index_dir, tiny_settings.corpus_dir, tiny_settings, fake_embedder, auto_build=True)
    assert auto.retriever().build_id != old
    assert auto.retriever().search("sciatica")
    # a running service keeps its index when a mismatched build appears, rather than rebuilding over it
    loaded = auto.retriever().build_id
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    newer = tiny_settings.index_dir / store.current_build(tiny_settings.index_dir) / "manifest.json"
    newer.write_text(json.dumps(dict(json.loads(newer.read_text()), format_version=INDEX_FORMAT - 1)))
    assert auto.retriever().build_id == loaded


def test_missing_index_says_how_to_build(tmp_path, tiny_settings, fake_embedder):
    with pytest.raises(IndexMissingError, match="python -m qa build"):
        engine(replace(tiny_settings, index_dir=tmp_path / "none"), fake_embedder).retriever()


class ExplodingEmbedder(KeywordEmbedder):
    def encode(self, texts, progress=False):
        raise RuntimeError("power cut")


def test_crash_mid_build_leaves_the_previous_index_live(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    live = store.current_build(tiny_settings.index_dir)
    (tiny_settings.corpus_dir / "new.txt").write_text("Pilates strengthens the core muscles that support the spine.\n")
    with pytest.raises(RuntimeError, match="power cut"):
        build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                    embedder=ExplodingEmbedder(), progress=False)
    assert store.current_build(tiny_settings.index_dir) == live
    hits = engine(tiny_settings, fake_embedder).retriever().search("bed rest", k=1)
    assert "Bed rest" in hits[0].text


def test_crash_while_writing_files_leaves_no_half_build(tiny_settings, fake_embedder, monkeypatch):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    live = store.current_build(tiny_settings.index_dir)

    def broken_save(self, folder):
        raise OSError("disk full")

    monkeypatch.setattr(Lexical, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                    embedder=fake_embedder, progress=False)
    assert store.current_build(tiny_settings.index_dir) == live
    leftovers = [p.name for p in tiny_settings.index_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    store.load(tiny_settings.index_dir, expected_manifest(fake_embedder, tiny_settings))


def test_incremental_rebuild_embeds_only_new_text(tiny_settings):
    first = KeywordEmbedder()
    full = build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=first,
                       progress=False)
    assert full.embedded == first.calls > 0
    again = KeywordEmbedder()
    unchanged = build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings,
                            embedder=again, progress=False)
    assert unchanged.embedded == again.calls == 0 and unchanged.reused == full.embedded
    (tiny_settings.corpus_dir / "new.txt").write_text("Pilates strengthens the core muscles that support the spine.\n")
    third = KeywordEmbedder()
    added = build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=third,
                        progress=False)
    assert 0 < added.embedded == third.calls <= 2  # the new passage and its one sentence
    hits = engine(tiny_settings, third).retriever().search("pilates core", k=1)
    assert "Pilates" in hits[0].text


def test_engine_picks_up_a_rebuilt_index(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    eng = engine(tiny_settings, fake_embedder)
    before = eng.retriever()
    assert eng.retriever() is before  # loaded once
    (tiny_settings.corpus_dir / "new.txt").write_text("Pilates strengthens the core muscles that support the spine.\n")
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    after = eng.retriever()
    assert after is not before and "Pilates" in after.search("pilates core", k=1)[0].text


def test_empty_corpus_folder_fails_and_keeps_the_old_index(tiny_settings, fake_embedder, tmp_path):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    live = store.current_build(tiny_settings.index_dir)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError, match="no .txt or .md files"):
        build_index(empty, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder, progress=False)
    assert store.current_build(tiny_settings.index_dir) == live


@pytest.fixture
def retriever(tiny_settings, fake_embedder):
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder,
                progress=False)
    return engine(tiny_settings, fake_embedder).retriever()


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_blank_query_is_a_value_error(retriever, query):
    with pytest.raises(ValueError, match="blank"):
        retriever.search(query)


def test_wrong_query_type_and_bad_k_are_query_errors(retriever):
    with pytest.raises(QueryError, match="text"):
        retriever.search(None)  # type: ignore[arg-type]
    for k in (0, -1, 2.5, True):
        with pytest.raises(QueryError, match="k must be"):
            retriever.search("back pain", k=k)  # type: ignore[arg-type]


def test_huge_query_is_truncated_not_fatal(retriever):
    hits = retriever.search("sciatica leg pain " * 6000, k=2)  # 108,000 characters
    assert hits and len(retriever.analyse("x" * 100_000).text) == retriever.settings.max_query_chars


def test_same_text_is_never_returned_twice(retriever):
    hits = retriever.search("bed rest back pain walking recovery", k=10)
    texts = [h.text for h in hits]
    assert len(texts) == len(set(texts))


def test_highlights_are_sentences_of_the_hit(retriever):
    hit = retriever.search("ice packs swelling", k=1)[0]
    assert hit.highlights and all(hit.text[a:b] in hit.text for a, b in hit.highlights)
    assert any("Ice packs" in s for s in hit.highlighted)


def test_concurrent_searches_agree(retriever):
    expected = [h.passage_id for h in retriever.search("sciatica tingling leg", k=3)]
    results, errors = [], []

    def worker():
        try:
            for _ in range(20):
                results.append([h.passage_id for h in retriever.search("sciatica tingling leg", k=3)])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 160 and all(r == expected for r in results)


LONG = " ".join(f"Sciatica pain in the leg eases with walking, said study {n}." for n in range(1, 9)) + "\n"


@pytest.mark.parametrize("margin, merged", [(0.05, True), (-1.0, False)])
def test_neighbouring_passages_of_a_section_join_into_one_hit(tmp_path, fake_embedder, margin, merged):
    corpus = tmp_path / "long"
    corpus.mkdir()
    (corpus / "long.txt").write_text(LONG, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "ix", max_tokens=40, min_tokens=5,
                        merge_margin=margin)
    build_index(corpus, settings.index_dir, settings=settings, embedder=fake_embedder, progress=False)
    hits = engine(settings, fake_embedder).retriever().search("sciatica", k=5)
    joined = [h for h in hits if "+" in h.passage_id]
    assert bool(joined) == merged
    for hit in joined:
        start, end = hit.location.char_start, hit.location.char_end
        assert hit.text.startswith(LONG[start:start + 20]) and hit.text.endswith(LONG[:end][-20:])
        assert all(hit.text[a:b].strip() for a, b in hit.highlights)
    texts = " ".join(h.text for h in hits)
    assert texts.count("study 5.") == 1


def test_lay_words_and_acronyms_expand_to_clinical_ones():
    from qa import synonyms
    assert "ankylosing" in synonyms.expand("I've got AS and my back is stiff").split()
    assert "ankylosing" not in synonyms.expand("as well as my back")
    assert "ankylosing" not in synonyms.expand("MY BACK HURTS AS WELL")  # shouting is not an acronym
    assert "tumour" in synonyms.expand("could a growth on my spine cause this").split()
    assert "ageing" not in synonyms.expand("my 12 year old's back hurts")  # a child's age, not ageing
    assert "unexplained" in synonyms.expand("losing weight without trying and my back aches").split()
    assert "hamstrings" in synonyms.expand("can tight hammies give you a sore back").split()
    # two words that mean more together: a numb groin is saddle numbness, though neither word says so
    assert "saddle" in synonyms.expand("my groin has gone numb").split()
    assert "saddle" not in synonyms.expand("I pulled my groin playing football")
    assert "cauda" in synonyms.expand("numb down there and trouble weeing").split()
    # legs that ache on a walk and ease on a bench: the walking pain of spinal stenosis
    assert "stenosis" in synonyms.expand("my dads legs ache when he walks to the shops till he sits on a bench").split()
    assert "stenosis" not in synonyms.expand("is walking or sitting better for my back")
    # everyday phrasings with words in between
    assert "lifting" in synonyms.expand("how do I pick my two-year-old grandson up out of his cot").split()
    assert "lifting" in synonyms.expand("pulled my back shifting the wardrobe").split()
    assert "sitting" in synonyms.expand("over twenty hours sat down on the flight").split()
    assert "intensity" in synonyms.expand("my pain is 10/10, is it serious?").split()
    assert "height" in synonyms.expand("my nan is getting shorter every year").split()
    assert "height" in synonyms.expand("my mum has gotten noticeably shorter").split()
    assert "height" not in synonyms.expand("one leg is shorter than the other")
    # concepts the corpus names and patients describe: each rule with a near miss that must not fire
    assert "degenerative" in synonyms.expand("arthritis in my spine, should I still exercise?").split()
    assert "degenerative" not in synonyms.expand("arthritis in my hip, should I still exercise?")
    assert "non-specific" in synonyms.expand("scans show nothing, it's been years, would an op fix it").split()
    assert "non-specific" not in synonyms.expand("long-term complications of spinal fusion")
    assert "processing" in synonyms.expand("my injury healed ages ago but my back still hurts").split()
    assert "aneurysm" in synonyms.expand("his low back pain pulses like a heartbeat").split()
    assert "fear" in synonyms.expand("I'm scared to move in case I make it worse").split()
    assert "depression" in synonyms.expand("been feeling really down since my back went").split()
    assert "depression" not in synonyms.expand("I feel it low down in my back")
    assert "push" in synonyms.expand("better to push or pull the trolleys at work?").split()
    assert "cyclists" in synonyms.expand("i cycle a lot and my hips are tight").split()
    assert "cyclists" not in synonyms.expand("i cycle a lot and my knees hurt")
    assert "warriors" in synonyms.expand("desk all week then heavy gardening on a Saturday").split()
    assert "identified" in synonyms.expand("nobody can find a cause and my scans are normal").split()
    assert "satisfaction" in synonyms.expand("honestly I hate my job, could that slow my recovery").split()
    assert "dragging" in synonyms.expand("he has started dragging his left foot").split()
    assert "vertebrae" in synonyms.expand("what does L4 mean on my MRI").split()
    assert "chronic" in synonyms.expand("had back pain for 4 months now, will it ever go away?").split()
    assert "hydrated" in synonyms.expand("does drinking more water help my discs").split()
    assert "hydrated" not in synonyms.expand("hot water bottle or ice pack for my back")
    assert "biopsy" in synonyms.expand("how is Paget's disease diagnosed?").split()
    assert "biopsy" not in synonyms.expand("mum was diagnosed with Paget's, can it affect her legs?")
    assert "sleep" in synonyms.expand("is it normal that my back pain is wrecking my sleep").split()
    assert "sleep" not in synonyms.expand("stiff every morning for ages, is it from sleeping badly")
    assert "chronic" not in synonyms.expand("is it normal for my 6 month old not to sleep at night?")  # no pain
    assert "facet" in synonyms.expand("hurts to lean backwards and it goes into my bum and thigh").split()
    assert "sitting" in synonyms.expand("my discs are worn and it's worse sat at my desk").split()
    assert "ask" in synonyms.expand("what sort of things will the GP ask me about my back?").split()
    assert "16" in synonyms.expand("my 12 year old has back pain, should he see the GP?").split()
    assert "16" not in synonyms.expand("flying out to see my son, any tips for my back")
    assert "active" in synonyms.expand("is walking good for a bad back or should I rest it?").split()
    assert "strengthening" in synonyms.expand("stretching my tight hips does nothing, are they weak?").split()


def test_recurring_patient_questions_expand_to_the_corpus_words():
    """Questions that 3-10 independent writers asked in everyday words; each rule with a near miss."""
    from qa import synonyms

    def fires(word: str, question: str) -> bool:
        return word in synonyms.expand(question).split()

    assert fires("tension", "can getting stressed make my back worse?")
    assert not fires("tension", "how do I stress less at work")  # no back, no pain
    assert fires("negative", "does thinking my back is wrecked forever make it worse?")
    assert not fires("negative", "I'm worried about my back, what should I do")  # worry, not whether worry matters
    assert fires("delaying", "scared of surgery on my disc, will putting it off make things worse?")
    assert fires("electromyography", "they want to test the nerves in my leg with needles and electrics, worth it?")
    assert not fires("electromyography", "are those electric pulse pads worth buying for my back")  # that is TENS
    assert fires("radiates", "tried some back stretches off youtube and now the pain shoots down my leg")
    assert fires("radiologist", "how accurate are MRI reports? did they miss something")
    assert fires("symptoms", "my x-ray shows worn discs but my back barely hurts")
    assert fires("third", "my MRI found a bulging disc but it doesn't hurt, is that common?")
    assert fires("inactivity", "been laid up for weeks after an op, how do I ease back into exercise")
    assert fires("hour", "how often should I get up from my desk?")
    assert fires("knee", "could weak hips be why my knee hurts?")
    assert not fires("knee", "my hip and knee both ache in the morning")  # no weakness or exercises asked about
    assert fires("examine", "the GP prodded my back but couldn't say what's wrong")
    assert fires("recurrences", "once my back is better will it go again?")
    assert not fires("recurrences", "athlete's foot that keeps coming back")  # "coming back" is not a back
    assert not fires("recurrences", "put my back out again lifting")  # one more time, not a question of recurrence
    assert fires("99", "what are the chances my back pain is something serious?")
    assert not fires("99", "is it likely to happen again once you've had one bad back?")
    assert fires("flexibility", "spinal fusion, what are the downsides?")
    assert fires("20", "what age does back pain usually start?")
    assert not fires("20", "at what age does ankylosing spondylitis start?")  # the condition's own onset
    assert fires("scoliosis", "one leg is shorter than the other, can it bend my spine?")
    assert fires("asleep", "night shifts and back pain, it takes ages to drop off")
    assert fires("shock", "physio used an ultrasound machine on my back, does it do anything?")
    assert not fires("shock", "why would they do an ultrasound for back pain?")  # the scan, not the therapy
    assert fires("transcutaneous", "TENS machines any good?")
    assert fires("termed", "what's a red flag for back pain?")
    assert fires("indicator", "my back is absolute agony, does that mean it's something serious?")
    assert fires("inactivity", "my mum says stay in bed for a week with a bad back, is she right?")
    assert not fires("inactivity", "my back hurts most lying still in bed at night, should I worry?")  # night pain
    assert fires("temporary", "chiropractor wants me on a traction table, is it worth paying for?")
    assert fires("conservative", "how long do I try physio and tablets before they'll operate?")
    assert fires("decompression", "doctor says I have spinal stenosis, what can be done for it?")
    assert fires("cauda", "since my back went I can't perform in the bedroom")
    assert not fires("cauda", "is sex safe in pregnancy?")  # no back


def test_chat_fillers_are_dropped_not_corrected(retriever):
    q = retriever.analyse("is a dead butt an actual thing lol")
    assert "lol" not in q.dense_text.split() and "lot" not in q.dense_text.split()
    assert retriever.analyse("lol").dense_text == "lol"  # nothing else to search for: kept as typed
    assert "your" in retriever.analyse("it hurts ur back").dense_text.split()
    assert "people" in retriever.analyse("how many ppl have bulging discs").dense_text.split()  # not "pl"


def test_a_question_about_another_body_part_is_elsewhere():
    from qa.abstain import _elsewhere
    assert _elsewhere("what helps tennis elbow?", "Hip flexor stretches help sitters.")
    assert not _elsewhere("my knee hurts with my sciatica", "Sciatica runs down the leg.")
    assert not _elsewhere("knee pain from my hip?", "Hip problems can be felt in the knee.")
    assert not _elsewhere("is bed rest good for a bad back?", "Stay active.")
    # another complaint is off topic the same way, unless the back comes into it
    assert _elsewhere("how long does a cold sore last", "Subacute low back pain lasts 6 weeks to 3 months.")
    assert not _elsewhere("can chickenpox come back as shingles?", "Shingles is caused by the chickenpox virus.")
    assert not _elsewhere("does gout ever affect the hip?", "Hip pain has many causes.")
    assert not _elsewhere("pigeon pose kills my knees", "Try the figure four stretch instead.")  # a yoga pose is ours
    assert _elsewhere("tore my meniscus playing basketball", "Results after four years of follow-up showed ...")
    assert _elsewhere("my back tooth throbs when I drink something cold", "Stay hydrated.")  # a tooth, not a back
    # numb, tingling or dragging feet are nerve symptoms of the back, not another part
    assert not _elsewhere("tingling in my toes", "A pinched nerve causes numbness or tingling.")
    assert not _elsewhere("my foot drags when I walk", "Place a mini band around your knees.")
    # a named complaint needs the passage to name it, not just the part: "shin splints" is not "drop right shin"
    assert _elsewhere("shin splints from running, how do I get rid of them", "Drop right shin and thigh to the floor.")
    assert not _elsewhere("sore shins after running", "Drop right shin and thigh to the floor.")


def test_a_question_about_another_part_needs_a_good_match_and_an_animal_is_off_topic():
    from qa.abstain import should_abstain
    from qa.config import Settings
    from qa.retrieve import Query
    from qa.types import Hit, Location

    band = Hit("Place a mini band around your ankles and walk.", 0.5, "f", Location(1, 1, 1, 0, 1), dense_score=0.44,
               lexical_score=3.0)
    ankle = Query("rolled my ankle, how long till I can walk", "rolled my ankle", ("ankl",), 1.0)
    assert should_abstain(ankle, [band], Settings())  # the passage names ankles, but answers something else
    assert not should_abstain(ankle, [band], Settings(min_dense_elsewhere=0.40))
    hips = Hit("Stop activities that aggravate hip pain.", 0.5, "f", Location(1, 1, 1, 0, 1), dense_score=0.6,
               lexical_score=3.0)
    dog = Query("my german shepherd has hip dysplasia, what can I give him", "dog", ("hip",), 1.0)
    assert should_abstain(dog, [hips], Settings())
    walk = Query("we walk the dog up a steep hill and my hips ache", "walk", ("hip",), 1.0)
    assert not should_abstain(walk, [hips], Settings())
    lab = Query("my labrador is stiff in his back legs, any joint supplements for dogs?", "lab", ("leg",), 1.0)
    assert should_abstain(lab, [hips], Settings())
    pulled = Query("my dog pulled me over and hurt my back", "dog", ("back",), 1.0)
    assert not should_abstain(pulled, [hips], Settings())


def _scored(text: str, dense: float, lexical: float, asked: float = -1.0):
    """A hit with the scores abstention judges (asked: the closest written question, -1 when none)."""
    from qa.types import Hit, Location

    return Hit(text, 0.5, "f", Location(1, 1, 1, 0, 1), dense_score=dense, lexical_score=lexical,
               question_score=asked)


def test_a_near_miss_with_many_shared_words_is_not_abstained():
    from qa.abstain import should_abstain
    from qa.config import Settings
    from qa.retrieve import Query

    def hit(dense, lexical):
        return _scored("Learn correct lifting techniques.", dense, lexical)

    q = Query("correct way to lift heavy boxes", "correct way to lift heavy boxes", ("lift",), 1.0)
    assert not should_abstain(q, [hit(0.36, 11.6)], Settings())  # just under the bar, many words shared
    assert should_abstain(q, [hit(0.36, 4.0)], Settings())  # just under the bar, few words shared
    assert should_abstain(q, [hit(0.30, 11.6)], Settings())  # far under it: words alone are not enough


def test_a_middling_match_unlike_every_written_question_is_abstained():
    from qa.abstain import should_abstain
    from qa.config import Settings
    from qa.retrieve import Query

    def hit(dense, asked, lexical=5.0):
        return _scored("A recent study found that chair yoga eased pain.", dense, lexical, asked)

    q = Query("price of a week-long yoga retreat in Bali", "yoga retreat", ("yoga",), 1.0)
    assert should_abstain(q, [hit(0.48, 0.51)], Settings())  # like none of the questions the library answers
    assert not should_abstain(q, [hit(0.48, 0.51), hit(0.45, 0.62)], Settings())  # like one of a close passage's
    assert not should_abstain(q, [hit(0.53, 0.51)], Settings())  # the text itself is close enough
    assert not should_abstain(q, [hit(0.48, -1.0)], Settings())  # new text with no questions: judged by its text
    assert not should_abstain(q, [hit(0.48, 0.51, lexical=9.2)], Settings())  # many words shared


def test_a_weak_match_very_like_a_written_question_is_answered():
    from qa.abstain import should_abstain
    from qa.config import Settings
    from qa.retrieve import Query

    def hit(dense, asked, lexical=2.0):
        return _scored("Waddell's signs are signs that may show a non-organic component.", dense, lexical, asked)

    q = Query("what does Waddell's sign mean", "waddell sign mean", ("waddell", "sign", "mean"), 1.0)
    assert should_abstain(q, [hit(0.30, 0.60)], Settings())  # weak text, no written question close enough
    assert not should_abstain(q, [hit(0.30, 0.60), hit(0.28, 0.70)], Settings())  # very like one written for a hit
    assert should_abstain(q, [hit(0.15, 0.70)], Settings())  # the text itself is too far off
    assert should_abstain(q, [hit(0.30, -1.0)], Settings())  # new text with no questions: judged by its text
    unfamiliar = Query("wat dos waddel mean", "wat dos waddel mean", ("wat", "dos", "waddel", "mean"), 0.25)
    assert should_abstain(unfamiliar, [hit(0.45, 0.60)], Settings())
    assert not should_abstain(unfamiliar, [hit(0.45, 0.70)], Settings())


def test_a_back_that_is_not_ours_does_not_bring_a_question_back_to_the_library():
    from qa.abstain import _other_named

    assert _other_named("athlete's foot that keeps coming back, what works?") == {"foot"}
    assert _other_named("a soft lump on the back of my wrist") == {"wrist"}
    assert _other_named("when can I go back to work after my knee op") == {"knee"}
    assert _other_named("my back and my knee ache after gardening") == frozenset()
    assert _other_named("pain in the back of my thigh and my foot is numb") == frozenset()


def test_spelling_repair_prefers_the_likely_slip():
    lexical = Lexical.build(["really relay massage manage flexors flexes often open every very work were",
                             "mattress matters cause case worse"])
    fixes = {"realy": "really", "masage": "massage", "flexers": "flexors", "ofen": "often", "mattres": "mattress",
             "cuase": "cause", "werk": "work", "wors": "worse"}
    assert {typed: lexical.correct(typed) for typed in fixes} == fixes
    assert lexical.correct("ive") is None and lexical.correct("alot") is None  # chat, not misspellings
    assert lexical.correct("cardio", frozenset({"cardio"})) is None  # a lay word we know is left alone
    assert lexical.correct("bread") is None  # a real word the corpus lacks
    sounds = Lexical.build(["what is the chance of change"])
    assert sounds.correct("chanse") == "chance"  # s for c is a sound-alike slip, s for g is not
    spelt = Lexical.build(["exercise helps", "excessive weight"])
    assert spelt.correct("excersize") == "exercise"  # z sounds like s: a slip of one sound, not of two letters


def test_every_two_neighbouring_sentences_are_embedded(tiny_settings, fake_embedder):
    (tiny_settings.corpus_dir / "smoking.txt").write_text(
        "Quit smoking. Smokers have more back pain than others. Nobody knows exactly why.\n", encoding="utf-8")
    build_index(tiny_settings.corpus_dir, tiny_settings.index_dir, settings=tiny_settings, embedder=fake_embedder)
    stored = store.load(tiny_settings.index_dir, expected_manifest(fake_embedder, tiny_settings))
    n_sentences = sum(len(p.sentences) for p in stored.passages)
    assert len(stored.pair_vectors) == n_sentences - len(stored.passages) > 0
    p = next(p for p in stored.passages if len(p.sentences) >= 2)
    first, second = (p.text[a:b] for a, b in p.sentences[:2])
    assert p.pair_texts()[0].endswith(p.text[p.sentences[0][0]:p.sentences[1][1]])
    assert first in p.pair_texts()[0] and second in p.pair_texts()[0]
