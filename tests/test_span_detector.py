"""The span-detector machinery: marks as offsets, fitting with a cross-validated threshold, the weight table."""

from __future__ import annotations

import json
import random
import re

import numpy as np
import pytest
import spacy

from scorer.spans import Candidate, SpanDetector, SpanTask, load_detector
from scorer.spans.marks import MarkedArticle, from_gold_dir, from_offsets, place, to_offsets
from scorer.spans.train import choose_threshold, fit_detector, label, load_archive, write_detector

NLP = spacy.blank("en")


def word_candidates(doc) -> list[Candidate]:
    """Every word a candidate, judged by its lower-cased form and the next word."""
    out = []
    for tok in doc:
        if tok.is_alpha:
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            out.append(Candidate(tok.idx, tok.idx + len(tok), "word", {"w": tok.lower_, "next": nxt, "len": len(tok)}))
    return out


TASK = SpanTask("test.words", "loaded_language", word_candidates, "words readers marked as loaded")
LOADED = ["disgraceful", "shameful", "outrageous", "pathetic"]
PLAIN = ["the", "council", "said", "on", "Tuesday", "it", "would", "vote", "budget", "plan"]


def article(i: int, rng: random.Random) -> MarkedArticle:
    words = [rng.choice(PLAIN) for _ in range(30)]
    for _ in range(2):
        words.insert(rng.randrange(len(words)), rng.choice(LOADED))
    text = " ".join(words) + "."
    marks = []
    for w in LOADED:
        marks += [("loaded_language", m.start(), m.end()) for m in re.finditer(w, text)]
    return MarkedArticle(f"toy:{i}", text, tuple(marks))


@pytest.fixture(scope="module")
def toy():
    rng = random.Random(7)
    arts = [article(i, rng) for i in range(60)]
    return arts, [NLP(a.text) for a in arts]


def test_place_finds_the_nth_copy():
    assert place("a b a b", "b", 2) == (6, 7)
    assert place("a b", "c") is None


def test_marks_round_trip_through_offsets_without_quoting(tmp_path, toy):
    arts, _ = toy
    (tmp_path / "data" / "toy").mkdir(parents=True)
    with (tmp_path / "data" / "toy" / "articles.jsonl").open("w") as f:
        for a in arts:
            f.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
    to_offsets(arts, tmp_path / "toy.marks.jsonl")
    raw = (tmp_path / "toy.marks.jsonl").read_text()
    assert "disgraceful" not in raw and "council" not in raw  # offsets only, no text
    back = from_offsets(tmp_path / "toy.marks.jsonl", tmp_path / "data")
    assert [(a.id, a.text, a.marks) for a in back] == [(a.id, a.text, a.marks) for a in arts]
    # a corpus whose text changed since it was marked is refused
    with (tmp_path / "data" / "toy" / "articles.jsonl").open("w") as f:
        f.write(json.dumps({"id": arts[0].id, "text": arts[0].text + " More."}) + "\n")
    with pytest.raises(ValueError, match="differs from the one that was marked"):
        from_offsets(tmp_path / "toy.marks.jsonl", tmp_path / "data")


def test_gold_dir_places_quotes(tmp_path):
    text = "He said it was a disgrace. A disgrace."
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "a", "text": text}) + "\n")
    gold = {"id": "a", "annotations": [{"category": "loaded_language", "quote": "disgrace", "occurrence": 2},
                                       {"category": "grammar_slip", "quote": "not in the text"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    [art] = from_gold_dir(tmp_path)
    assert art.marks == (("loaded_language", 29, 37),)


def test_labels_follow_overlap_with_marks_of_the_category(toy):
    arts, docs = toy
    data = label(TASK, arts, docs)
    positives = {c.features["w"] for c, y in zip(data.candidates, data.labels, strict=True) if y}
    assert positives <= set(LOADED) and positives
    assert data.n_marks == sum(len(a.spans("loaded_language")) for a in arts)


def test_fit_reaches_its_precision_and_the_table_scores_like_the_pipeline(tmp_path, toy):
    arts, docs = toy
    pipe, det, report = fit_detector(TASK, arts, docs, precision=0.9, sources=["toy"])
    assert report["cv_precision"] >= 0.9 and report["cv_recall"] > 0.9
    cands = word_candidates(docs[0])
    expected = pipe.predict_proba([dict(c.features) for c in cands])[:, 1]
    got = np.array([det.probability(c) for c in cands])
    np.testing.assert_allclose(got, expected, atol=1e-9)
    assert {c.features["w"] for c in cands if det.accepts(c)} <= set(LOADED)
    paths = write_detector(pipe, det, report, tmp_path, "misinfo-scorer train-spans test")
    table = tmp_path / "test.words.spans.json"
    assert table in paths and (tmp_path / "test.words.spans.md").read_text().startswith("# Span detector")
    again = load_detector("test.words", str(table))
    assert again == det
    reloaded = load_archive(tmp_path / "test.words.spans.skops")
    np.testing.assert_allclose(reloaded.predict_proba([dict(c.features) for c in cands])[:, 1], expected)


def test_no_threshold_reaching_the_precision_reports_nothing(toy):
    arts, docs = toy
    data = label(TASK, arts, docs)
    noise = np.random.default_rng(0).random(len(data.candidates))
    op = choose_threshold(data, noise, precision=0.99)
    assert op.findings == 0 and op.threshold > 1.0  # above any probability a final fit can give
    silent = SpanDetector("t", "1", {}, 0.0, op.threshold)
    assert silent.silent and not silent.accepts(Candidate(0, 1, "w", {}))
    assert not SpanDetector("t", "1", {}, 0.0, 0.9).silent


def test_a_missing_detector_is_none_and_a_foreign_file_is_refused(tmp_path):
    assert load_detector("no.such.detector") is None
    bad = tmp_path / "x.spans.json"
    bad.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(ValueError, match="not a span detector"):
        SpanDetector.from_json(bad.read_text())
