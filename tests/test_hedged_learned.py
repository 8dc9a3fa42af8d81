"""hedged_sourcing's learned attributions: candidates from the parse, their features, the shipped
detector and the signal with and without it.

Sentences are quoted from real articles (the id in a comment): the marked ones come from the
training articles (models/training), the credible named ones from the articles of
tests/test_signal_hedged_sourcing.py.
"""

from __future__ import annotations

import dataclasses
import itertools
from importlib import resources

import pytest
from misinfo_scorer_plugins import hedged_sourcing
from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing
from misinfo_scorer_plugins.hedged_sourcing.analyse import analyse
from misinfo_scorer_plugins.hedged_sourcing.learned import (
    LEARNED_CHECK,
    NAME,
    TASK,
    Judged,
    candidates,
    judge,
    learned_features,
)

from scorer.compiled import file_digest
from scorer.spans import SpanDetector, load_detector
from scorer.spans.detector import detector_filename
from scorer.spans.train import load_archive

# (article id, sentence, the phrase a candidate must cover, the construction it is found by)
MARKED = [
    # (hedged_sourcing 0.7.0's rules now flag "Neighbors complained that ..." and "Reports last week
    # indicated that ...", and talk.py's "in what activists say is ...", which stood here: a rule
    # finding is no candidate)
    (
        "celebrity:fake/210fake.txt",
        "This would be Angelina’s fourth marriage if the tabloid’s article was true, but based upon other "
        "reports, it seems safe to say this surprise wedding is likely fake news.",
        "other reports",
        "report",
    ),
    (
        "celebrity:legit/143legit.txt",
        "One sighting also took place at one of Bieber's hockey games, which took place just two days after "
        "Gomez and Tesfaye's breakup was reported.",
        "was reported",
        "passive",
    ),
    (
        "fakenewsnet_politifact_defend:politifact14908",
        "Moreover, and perhaps most disturbing, a maze of underground tunnels, ostensibly used for human "
        "trafficking, ran for miles in every direction beneath the surface.",
        "ostensibly",
        "hedge",
    ),
    (
        "buzzfeed_webis_2016:0019",
        "“The vote President Bush will cast as a private citizen in some 50 days will be just that: a private "
        "vote cast in some 50 days,” a spokesman for Bush told ABC News.",
        "a spokesman for Bush told ABC News",
        "named",  # the rules take a named man's spokesman for a named source and set it aside: a candidate
    ),
]

# credible articles: a named source speaks (buzzfeed_webis_2016 mainstream, quoted in the signal's tests)
NAMED = "Spade hung herself as well, NYPD officials said."
PERSON = (
    "''It may have been Freddy's first attempt to make his own statement to his father,'' said his best "
    "friend at Lehigh, Bruce Turry."
)


@pytest.fixture(scope="module")
def parse(nlp):
    return lambda text: nlp(text)


def _cover(cands, text: str, phrase: str):
    start = text.index(phrase)
    return [c for c in cands if c.start < start + len(phrase) and start < c.end]


@pytest.mark.parametrize(("article", "sentence", "phrase", "construction"), MARKED)
def test_a_marked_kind_the_rules_miss_is_a_candidate(parse, article, sentence, phrase, construction):
    doc = parse(sentence)
    found = _cover(candidates(doc), sentence, phrase)
    assert found, f"{article}: no candidate on {phrase!r}"
    assert construction in {c.kind for c in found}


def test_candidates_never_overlap_a_rule_finding(parse):
    text = "Critics say the plan will fail. " + MARKED[0][1]
    doc = parse(text)
    analysis = analyse(doc)
    flagged = [(doc[a.first].idx, doc[a.last].idx + len(doc[a.last])) for a in analysis.attributions
               if a.kind != "named"]
    assert flagged, "the rules flag 'Critics say'"
    for cand in candidates(doc, analysis):
        assert not any(s < cand.end and cand.start < e for s, e in flagged)


# buzzfeed_webis_2016:1424 (models/training/dev3): a bare plural that reports, which no rule flags
PHOTOS = (
    "But photos and reports from the event showed that the few millennials who actually showed up to the "
    "event weren’t exactly enthused about it."
)


def test_features_describe_the_source(parse):
    doc = parse(PHOTOS)  # a bare plural reports a clause
    (cand,) = [c for c in _cover(candidates(doc), PHOTOS, "photos") if c.kind == "subject"]
    assert cand.features["source"] == "bare_plural"
    assert cand.features["cue_class"] == "report"
    assert cand.features["cue_clause"] == 1.0
    some = (
        "According to authorities more than a hundred people reported missing in the area in the last decade may "
        "have fallen under the fangs of the gigantic beast, several local residents even suspecting its presence "
        "for a long time."
    )
    doc = parse(some)  # politifact14309
    (cand,) = [c for c in _cover(candidates(doc), some, "several local residents") if c.kind == "subject"]
    assert cand.features["source"] == "quantified"


def test_a_named_source_is_a_named_candidate(parse):
    doc = parse(PERSON)
    cands = candidates(doc)
    named = [c for c in cands if c.kind == "named"]
    assert named and all(c.features["rule_kind"] == "named" for c in named)
    assert any(c.features.get("entity") == "PERSON" or c.features.get("source") == "proper" for c in named)


# --- the shipped detector ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def detector() -> SpanDetector:
    found = load_detector(NAME)
    assert found is not None, f"models/{detector_filename(NAME)} is not installed"
    return found


def test_table_and_archive_agree(parse, detector):
    import json

    models = resources.files("misinfo_scorer_models")
    archive = models.joinpath(f"{NAME}.spans.skops")
    table = json.loads(models.joinpath(detector_filename(NAME)).read_text(encoding="utf-8"))
    with resources.as_file(archive) as path:
        assert table["source_sha256"] == file_digest(path)
        pipe = load_archive(path)
    cands = [c for _, s, _, _ in MARKED for c in candidates(parse(s))] + candidates(parse(PERSON))
    expected = pipe.predict_proba([dict(c.features) for c in cands])[:, 1]
    for cand, p in zip(cands, expected, strict=True):
        assert detector.probability(cand) == pytest.approx(p, abs=1e-9)


def test_detector_ranks_an_unnamed_group_above_a_named_speaker(parse, detector):
    unnamed = [c for c in candidates(parse(MARKED[0][1])) if c.kind == "subject"]
    named = candidates(parse(PERSON)) + candidates(parse(NAMED))
    assert unnamed and named
    assert max(detector.probability(c) for c in unnamed) > max(detector.probability(c) for c in named)


def test_shipped_threshold_is_the_cross_validated_one(detector):
    # the card records what cross-validation chose; no threshold reached the target precision,
    # so the detector is shipped reporting nothing (see the card)
    assert detector.threshold == detector.card["threshold"]
    if detector.card["cv_findings"] == 0:
        assert detector.silent
    else:
        assert detector.card["cv_precision"] >= 0.85


# --- the signal -------------------------------------------------------------------------------


def test_signal_without_the_table_works_as_before(run_signal, monkeypatch, detector):
    text = PHOTOS + " Critics say the plan will fail."
    shipped = run_signal(HedgedSourcing(), text)
    monkeypatch.setattr(hedged_sourcing, "load_detector", lambda name: None)
    without = run_signal(HedgedSourcing(), text)
    assert [f.text for f in without.findings] == ["Critics say"]
    assert "learned_per_1k" not in without.features and "learned_mass_per_1k" not in without.features
    # the shipped detector is silent (see its card): the signal is exactly as without it
    assert detector.silent
    assert shipped.features == without.features
    spans = [(f.start, f.end, f.check) for f in without.findings]
    assert [(f.start, f.end, f.check) for f in shipped.findings] == spans


def test_an_accepting_detector_adds_a_finding_beside_the_rules(run_signal, monkeypatch, detector):
    eager = dataclasses.replace(detector, threshold=0.0)
    monkeypatch.setattr(hedged_sourcing, "load_detector", lambda name: eager)
    text = PHOTOS + " Critics say the plan will fail."
    result = run_signal(HedgedSourcing(), text)
    learned = [f for f in result.findings if f.check == LEARNED_CHECK]
    rules = [f for f in result.findings if f.check != LEARNED_CHECK]
    assert [f.text for f in rules] == ["Critics say"]
    assert any(f.text.startswith("photos") for f in learned)
    assert all("Unclear attribution" in f.message and f.text in f.message for f in learned)
    assert not any(r.start < f.end and f.start < r.end for f in learned for r in rules)
    assert result.features["learned_per_1k"] > 0 and result.features["learned_mass_per_1k"] > 0


def test_judge_keeps_one_finding_per_phrase(parse, detector):
    doc = parse(MARKED[1][1])
    analysis = analyse(doc)
    judged = judge(doc, analysis, dataclasses.replace(detector, threshold=0.0))
    spans = [(c.start, c.end) for c, _ in judged.findings]
    assert spans and all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert learned_features(Judged([], 0.0), doc) == {"learned_per_1k": 0.0, "learned_mass_per_1k": 0.0}


def test_task_names_its_category():
    assert TASK.name == NAME and TASK.category == "hedged_sourcing"
