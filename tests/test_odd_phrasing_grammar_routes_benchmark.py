"""benchmarks/odd_phrasing_grammar_routes.py: the synthetic errors it learns from are the errors it labels."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from scorer.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "The senator says the new bill is aimed at the farmers of the state and will pass in the spring."


@pytest.fixture(scope="module")
def probe():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # the script imports harness and editor_gold beside it
    spec = importlib.util.spec_from_file_location(
        "odd_phrasing_grammar_routes", ROOT / "benchmarks" / "odd_phrasing_grammar_routes.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["odd_phrasing_grammar_routes"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sentence():
    return load_pipeline()(SENTENCE)


def test_one_keystroke_gives_real_neighbours_and_not_the_word(probe):
    near = probe.one_keystroke("card")
    assert {"cart", "car", "scard", "crad", "cards", "ward"} <= near
    assert "card" not in near
    assert "cat" not in near  # two keystrokes away


@pytest.mark.parametrize("kind", [
    "real_word", "agreement", "noun_number", "dropped_word", "added_word", "preposition", "verb_form", "determiner",
])
def test_each_kind_labels_the_word_it_changed(probe, sentence, kind):
    made = probe.corrupt(sentence, random.Random(3), kind)
    assert made is not None and made.kind == kind
    assert made.text != SENTENCE
    before, after = SENTENCE[: made.start], made.text[: made.start]
    assert before == after, "the text before the labelled word is untouched"
    labelled = made.text[made.start :].split(" ", 1)[0]
    original = SENTENCE[made.start :].split(" ", 1)[0]
    if kind == "dropped_word":
        # the word that followed the dropped one now starts at the label
        assert labelled == SENTENCE[made.start :].split(" ", 2)[1]
    elif kind == "added_word":
        assert made.text[made.start :].split(" ", 1)[1] == SENTENCE[made.start :]
    else:
        assert labelled != original
        assert made.text[made.start + len(labelled) :] == SENTENCE[made.start + len(original) :]


def test_a_kind_the_sentence_cannot_take_gives_none(probe):
    assert probe.corrupt(load_pipeline()("Smith arrived."), random.Random(0), "preposition") is None


def test_token_features_one_row_per_token(probe, sentence):
    feats = probe.token_features(sentence)
    assert feats.shape == (len(sentence), 4 * sentence.tensor.shape[1] + 6)


def test_precision_at_counts_the_top_of_the_ranking(probe):
    ranked = [(0.9, True), (0.8, False), (0.7, True), (0.1, False)]
    lines = probe.precision_at(ranked, (2, 4, 10))
    assert len(lines) == 2  # no line for more tokens than there are
    assert "top     2: precision 0.500" in lines[0]
    assert "top     4: precision 0.500 (score >= 0.100)" in lines[1]


def test_number_swaps_change_only_grammatical_number(probe):
    doc = load_pipeline()("It also seem that these events was planned by Smith and the senators.")
    swaps = {tok.text: probe.number_swaps(tok) for tok in doc}
    assert swaps["seem"] == ["seems"]
    assert swaps["these"] == ["this"]
    assert swaps["events"] == ["event"]
    assert swaps["was"] == ["were"]
    assert swaps["senators"] == ["senator"]
    # the conjunction "that", a name, a past participle and a preposition have no other number
    assert swaps["that"] == swaps["Smith"] == swaps["planned"] == swaps["by"] == []
    assert probe.number_swaps(load_pipeline()("These rules apply.")[0]) == ["This"]  # cased as written
