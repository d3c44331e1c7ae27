"""Corpus loading and cleaning: layouts, text repair, boilerplate, duplicates, locations (no model)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa import clean
from qa.boilerplate import classify
from qa.corpus import clean_file, load_corpus, split_paragraphs
from qa.dedup import merge_duplicates
from qa.errors import CorpusError
from qa.textmap import MappedText

ROOT = Path(__file__).resolve().parent.parent


def _clean(text: str) -> str:
    return clean.fix_glued_sentences(clean.drop_markers(clean.normalise(MappedText.from_source(text)))).text


def test_one_paragraph_per_line_layout():
    paras = split_paragraphs("First paragraph here.\nSecond paragraph here.\n\nThird one.\n")
    assert [p.text.text for p in paras] == ["First paragraph here.", "Second paragraph here.", "Third one."]
    assert [p.number for p in paras] == [1, 2, 3]


def test_blank_line_layout_joins_hard_wrapped_lines():
    paras = split_paragraphs("A short wrapped\nline of text.\n\nAnother wrapped\nparagraph.\n")
    assert [p.text.text for p in paras] == ["A short wrapped line of text.", "Another wrapped paragraph."]


def test_line_separator_inside_a_line_does_not_split_it():
    paras = split_paragraphs("as time goes on.\u2028Active recovery helps.\nNext.\n")
    assert len(paras) == 2


def test_markdown_headings_become_sections():
    paras = split_paragraphs("# Sciatica\n\nPain down the leg from the back.\n", markdown=True)
    assert paras[0].section == "Sciatica"


def test_citation_markers_and_glued_footnotes_are_dropped():
    assert _clean("Walking helps.[55] Heat may help[56] too.[1][88]") == "Walking helps. Heat may help too."
    assert _clean("pain is a poor indicator of ominousness,10 and the worst") == \
        "pain is a poor indicator of ominousness, and the worst"
    assert "L5" in _clean("the discs between L1 to L5 of the spine")


def test_quotes_and_spaces_are_normalised_but_words_kept():
    assert _clean("“Stop,”\u00a0 she says.  It’s   fine") == '"Stop," she says. It\'s fine'


def test_glued_sentences_get_their_space_back():
    assert _clean("to subspecialists.These specialties include:Dull ache;severe pain") == \
        "to subspecialists. These specialties include: Dull ache; severe pain"


def test_inline_bibliography_entry_is_removed_and_sentence_kept():
    text = ("injuries (especially among runners) Hip muscle weakness and overuse injuries in recreational runners. "
            "Niemuth, P.E., Johnson, R.J., Myers, M.J., et al. Rocky Mountain University, Provo, VT. "
            "Clinical Journal of Sport Medicine, 2005 Jan; 15 (1): 14-21.. So be sure to get up.")
    assert _clean(text) == "injuries (especially among runners). So be sure to get up."


def test_run_together_headings_split_into_sections():
    page = ("Most back pain gets better. SymptomsThe symptoms may include a dull ache. "
            "When to seek help for back painRarely, back pain is serious. "
            "Lumbar sprainA lumbar sprain happens when ligaments tear.")
    sections = clean.split_sections(MappedText.from_source(page))
    assert [h for h, _ in sections] == ["", "Symptoms", "When to seek help for back pain", "Lumbar sprain"]
    assert sections[1][1].text == "The symptoms may include a dull ache."
    assert sections[3][1].text == "A lumbar sprain happens when ligaments tear."


def test_a_single_camel_case_word_is_not_a_heading():
    sections = clean.split_sections(MappedText.from_source("All PainScience updates are logged here."))
    assert len(sections) == 1


def test_trailing_link_label_is_cut():
    kept, cut = clean.split_trailing_fragment(MappedText.from_source("Stretch daily. Click Here to Learn More"))
    assert kept.text == "Stretch daily." and cut == "Click Here to Learn More"


@pytest.mark.parametrize("text,reason", [
    ("© 2019 Condé Nast. All rights reserved. Use of this site constitutes acceptance of our User Agreement.",
     "legal or copyright notice"),
    ("The site navigation utilizes arrow, enter, escape, and space bar key commands. Left and right arrows move "
     "across top level links and expand menus.", "site navigation"),
    ("Melissa Conrad Stöppler, MD, is a U.S. board-certified Anatomic Pathologist with subspecialty training.",
     "author biography"),
    ("^ Chou R, Loeser JD, Owens DK (2009). \"Interventional therapies\". Spine. 34 (10): 1066–77. "
     "doi:10.1097/BRS.0b013e3181a1390d. PMID 19363457.", "reference-list entry"),
    ("I'm a runner and my hip got sore. I'm glad I found this page because these stretches helped me! Thank you!",
     "reader comment"),
    ("Eleven updates have been logged for this article since publication (2009).", "update log"),
    ("×", "stray symbols or too short"),
    ("Spartacus is worthwhile, but the sex and violence is over-the-top. The first season gets quite good, with "
     "solid acting from the whole cast.", "not health information"),
    ("The JB Trainer Med Pro: A device that lets you train, the JBIT MedPro is a wellness solution. Buy the JBIT "
     "MedPro now.", "advertisement"),
])
def test_boilerplate_is_dropped_with_its_reason(text, reason):
    assert classify(text) == reason


@pytest.mark.parametrize("text", [
    "Sciatica is a form of radiculopathy caused by compression of the sciatic nerve.",
    "That is, the parts of your body that touch a saddle: groin, buttock, and inner thighs. I was vigilant about "
    "numbness in that area after my wife's accident.",
    "“If you start to get tired, stop and rest for a couple of minutes,” Pariser says of the bridge exercise.",
])
def test_health_information_is_kept(text):
    assert classify(text) is None


def test_exact_and_near_duplicates_merge_and_keep_every_source():
    kept, lost = clean_file("a.txt", "Bed rest slows recovery from back pain in most people.\n"
                                     "Bed rest slows recovery from back pain in most people. \n"
                                     "Bed rest slows recovery from back pain in most  peoples.\n"
                                     "Walking helps recovery from back pain.\n")
    assert not lost
    unique, copies = merge_duplicates(kept)
    assert len(unique) == 2 and len(copies) == 2
    assert [o.location.paragraph for o in unique[0].origins] == [1, 2, 3]
    assert {c.reason.split()[0] for c in copies} == {"exact", "near"}


def test_locations_point_at_the_source_text(tiny_corpus):
    corpus = load_corpus(tiny_corpus)
    for para in corpus.paragraphs:
        origin = para.origins[0]
        raw = (tiny_corpus / origin.source).read_text(encoding="utf-8")
        loc = origin.location
        assert raw[loc.char_start:loc.char_end].split()[:3] == para.text.split()[:3]
        assert raw.count("\n", 0, loc.char_start) + 1 == loc.line_start


def test_tiny_corpus_keeps_health_text_and_records_drops(tiny_corpus):
    corpus = load_corpus(tiny_corpus)
    texts = " ".join(p.text for p in corpus.paragraphs)
    assert "slipped disc" in texts and "Bed rest" in texts
    reasons = {d.reason for d in corpus.dropped}
    assert {"legal or copyright notice", "reader comment", "stray symbols or too short"} <= reasons
    assert len(corpus.duplicates) == 1
    assert "[3]" not in texts


def test_real_corpus_long_page_is_split_into_its_sections():
    corpus = load_corpus(ROOT / "corpus")
    sections = {p.origins[0].location.section for p in corpus.paragraphs}
    for heading in ("Symptoms", "Cauda equina syndrome (CES)", "Spinal stenosis", "Treatment and self-help for low "
                    "back pain", "Prevention", "Facet joint problems", "Sacro-iliac joint problems"):
        assert heading in sections
    dropped = " ".join(d.text for d in corpus.dropped)
    for boilerplate in ("All rights reserved", "Onnit's Chief Fitness Officer", "site navigation", "PMID",
                        "Eleven updates have been logged", "Spartacus is worthwhile", "Thank you!"):
        assert boilerplate in dropped
    kept = " ".join(p.text for p in corpus.paragraphs)
    assert "Last Reviewed" not in kept and "BACK TO TEXT" not in kept and "[5]" not in kept


def test_missing_empty_and_unreadable_corpus_folders_give_clear_errors(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match="no .txt or .md files"):
        load_corpus(empty)
    broken = tmp_path / "broken"
    broken.mkdir()
    os.symlink(tmp_path / "gone.txt", broken / "gone.txt")
    with pytest.raises(CorpusError, match="cannot read corpus file"):
        load_corpus(broken)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "a.txt").write_text("×\n© 2020 Someone. All rights reserved.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no usable health text"):
        load_corpus(junk)


def test_non_utf8_file_is_read(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "old.txt").write_bytes("Sciatica causes leg pain and tingling – often on one side.\n".encode("cp1252"))
    corpus = load_corpus(folder)
    assert "–" in corpus.paragraphs[0].text
