"""odd_phrasing's learned loaded words: candidates in the article's own voice, their features, the
shipped detector and the signal with and without it.

Every sentence is quoted from a real article (ids in the comments; corpora in ../shared/data).
"""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import pytest
from misinfo_scorer_plugins import odd_phrasing
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.learned import (
    LEARNED_CHECK,
    NAME,
    TASK,
    Judged,
    candidates,
    judge,
    learned_features,
    valence,
)
from misinfo_scorer_plugins.odd_phrasing.loaded import find_loaded
from misinfo_scorer_plugins.odd_phrasing.voice import voices

from scorer.compiled import file_digest
from scorer.spans import SpanDetector, load_detector
from scorer.spans.detector import detector_filename
from scorer.spans.train import load_archive
from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # the tests parse text with the spaCy pipeline

# buzzfeed_webis_2016:0906 (fake, models/training): the rules flag "traitorous appeasement" (an act
# judged); the reader also marked "shocking", which no rule flags
SHOCKING = (
    "Trump’s traitorous appeasement of Putin, and the shocking monetary ties between his campaign and the "
    "inner circle of Russian oligarchs have already received some scrutiny – albeit far less than they should "
    "– in the American press."
)
# buzzfeed_webis_2016:1594 (credible): a charged word inside a quotation is the speaker's
QUOTED = (
    "“As a child of divorce, all I can say is that’s terrible news for those children, and that’s all you can "
    "really say,” the 45-year-old star said."
)
# buzzfeed_webis_2016:0000 (credible): charged words of plain political description
PLAIN = (
    "Donald Trump's unorthodox campaign style and provocative positions have piqued public interest; the "
    "debates may be the single best opportunity for him to allay concerns about his qualifications, "
    "temperament and policy promises alike."
)


@pytest.fixture(scope="module")
def parse(nlp):
    return lambda text: nlp(text)


def _words(cands, text: str) -> list[str]:
    return [text[c.start : c.end] for c in cands]


def test_a_charged_word_no_rule_flags_is_a_candidate(parse):
    cands = candidates(parse(SHOCKING))
    words = _words(cands, SHOCKING)
    assert "shocking" in words
    # the rules' finding covers "traitorous appeasement": no candidate inside it
    assert "traitorous" not in words and "appeasement" not in words
    (cand,) = [c for c in cands if SHOCKING[c.start : c.end] == "shocking"]
    assert cand.features["pos"] == "ADJ" and cand.features["dep"] == "amod"
    assert cand.features["valence"] < 0 and cand.features["valence_band"] == "neg_clear"
    assert cand.features["lexicon"] == 1.0
    assert cand.features["rule_in_sentence"] == 1.0
    assert "lemma" not in cand.features  # the lemma is no feature (cross-validation by article)


def test_a_quoted_word_is_no_candidate(parse):
    doc = parse(QUOTED)
    (terrible,) = [t for t in doc if t.lower_ == "terrible"]
    assert valence(terrible) < 0  # charged, but the star's word
    assert "terrible" not in _words(candidates(doc), QUOTED)


def test_plain_description_is_a_candidate_with_what_it_is_said_of(parse):
    cands = candidates(parse(PLAIN))
    (best,) = [c for c in cands if PLAIN[c.start : c.end] == "best"]
    assert best.features["superlative"] == 1.0
    assert all(c.features["exclamation"] == 0.0 and c.features["reported_speech"] == 0.0 for c in cands)


# --- the shipped detector ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def detector() -> SpanDetector:
    found = load_detector(NAME)
    assert found is not None, f"models/{detector_filename(NAME)} is not installed"
    return found


def test_table_and_archive_agree(parse, detector):
    models = resources.files("misinfo_scorer_models")
    archive = models.joinpath(f"{NAME}.spans.skops")
    table = json.loads(models.joinpath(detector_filename(NAME)).read_text(encoding="utf-8"))
    with resources.as_file(archive) as path:
        assert table["source_sha256"] == file_digest(path)
        pipe = load_archive(path)
    cands = candidates(parse(SHOCKING)) + candidates(parse(PLAIN))
    expected = pipe.predict_proba([dict(c.features) for c in cands])[:, 1]
    for cand, p in zip(cands, expected, strict=True):
        assert detector.probability(cand) == pytest.approx(p, abs=1e-9)


def test_detector_ranks_the_marked_word_above_plain_description(parse, detector):
    shocking = [c for c in candidates(parse(SHOCKING)) if SHOCKING[c.start : c.end] == "shocking"]
    plain = candidates(parse(PLAIN))
    assert shocking and plain
    assert detector.probability(shocking[0]) > max(detector.probability(c) for c in plain)


def test_shipped_threshold_is_the_cross_validated_one(detector):
    # no threshold reached precision 0.8 with 20 findings, so the detector ships silent (see its card)
    assert detector.threshold == detector.card["threshold"]
    if detector.card["cv_findings"] == 0:
        assert detector.silent
    else:
        assert detector.card["cv_precision"] >= 0.8


# --- the signal -------------------------------------------------------------------------------


def test_signal_with_the_silent_detector_is_as_without_it(monkeypatch, detector):
    shipped = run_signal(OddPhrasing(), SHOCKING)
    monkeypatch.setattr(odd_phrasing, "load_detector", lambda name: None)
    without = run_signal(OddPhrasing(), SHOCKING)
    assert detector.silent
    assert shipped.features == without.features
    assert "learned_loaded_per_1k" not in without.features
    assert [(f.start, f.end, f.check) for f in shipped.findings] == [
        (f.start, f.end, f.check) for f in without.findings
    ]


def test_an_accepting_detector_adds_loaded_words_beside_the_rules(monkeypatch, detector):
    eager = dataclasses.replace(detector, threshold=0.0)
    monkeypatch.setattr(odd_phrasing, "load_detector", lambda name: eager)
    result = run_signal(OddPhrasing(), SHOCKING)
    rules = [f for f in result.findings if "learned from articles" not in f.message]
    learned = [f for f in result.findings if "learned from articles" in f.message]
    assert learned and all(f.check == LEARNED_CHECK for f in learned)
    assert all(f"'{f.text}'" in f.message and "own voice" in f.message for f in learned)
    assert not any(r.start < f.end and f.start < r.end for f in learned for r in rules)
    assert result.features["learned_loaded_per_1k"] > 0 and result.features["learned_loaded_mass_per_1k"] > 0


def test_judge_keeps_one_finding_per_sentence(parse, detector):
    doc = parse(SHOCKING)
    loaded = find_loaded(doc)
    judged = judge(doc, [], voices(SHOCKING), loaded, dataclasses.replace(detector, threshold=0.0))
    assert len(judged.findings) == 1
    assert learned_features(Judged([], 0.0), doc) == {"learned_loaded_per_1k": 0.0, "learned_loaded_mass_per_1k": 0.0}


def test_task_names_its_category():
    assert TASK.name == NAME and TASK.category == "loaded_language"
