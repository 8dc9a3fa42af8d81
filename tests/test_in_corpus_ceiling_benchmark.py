"""benchmarks/in_corpus_ceiling.py: how much of a corpus's label a text model trained on that corpus finds."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["council", "budget", "vote", "river", "school", "market", "police", "court", "weather", "road",
         "hospital", "election", "farm", "bridge", "museum", "rail", "tax", "park", "harbour", "library"]


@pytest.fixture(scope="module")
def ceiling_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))  # the script imports harness beside it
    spec = importlib.util.spec_from_file_location("in_corpus_ceiling", ROOT / "benchmarks" / "in_corpus_ceiling.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["in_corpus_ceiling"] = module
    spec.loader.exec_module(module)
    return module


def corpus(tmp_path: Path, name: str, marked: bool) -> Path:
    """80 articles of 40-60 words from one pool; with ``marked``, every fake also carries its own words."""
    rng = random.Random(7)
    folder = tmp_path / name
    folder.mkdir()
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as fh:
        for i in range(80):
            label = "fake" if i % 2 else "credible"
            words = [rng.choice(WORDS) for _ in range(rng.randint(40, 60))]
            if marked and label == "fake":
                words[rng.randrange(len(words))] = "shocking secret exposed"
            fh.write(json.dumps({"id": f"{name}:{i}", "text": " ".join(words) + f" story{i}.", "label": label}) + "\n")
    return folder / "articles.jsonl"


def test_labels_in_the_words_are_found_on_all_articles_and_on_matched_pairs(ceiling_module, tmp_path):
    row = ceiling_module.ceiling(corpus(tmp_path, "marked", marked=True), folds=5, seed=0)
    assert row["articles"] == 80 and row["fake"] == 40 and row["pairs"] > 10
    assert row["tfidf"] > 0.95 and row["tfidf_matched"] > 0.95


def test_labels_not_in_the_words_stay_near_chance(ceiling_module, tmp_path):
    row = ceiling_module.ceiling(corpus(tmp_path, "unmarked", marked=False), folds=5, seed=0)
    assert 0.3 < row["tfidf"] < 0.7
