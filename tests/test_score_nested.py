"""benchmarks/score_nested.py: which columns each configuration may use (never length), and the fits."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nested():
    spec = importlib.util.spec_from_file_location("score_nested", ROOT / "benchmarks" / "score_nested.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_nested"] = module
    spec.loader.exec_module(module)
    return module


def test_groups_of_columns(nested):
    assert nested.group_of("hedged_sourcing.anonymous_share") == "evidence"
    assert nested.group_of("readability.smog_index") == "readability"
    assert nested.group_of("style.verbs_per_1k") == "style_profile"
    assert nested.group_of("style.name_pairs_per_1k") == "style_profile"
    assert nested.group_of("style.title_words") == "style_other"
    assert nested.group_of("generic_stylometry.body_tag_VBD") == "gs_tags"
    assert nested.group_of("generic_stylometry.body_punct_comma") == "gs_body"
    assert nested.group_of("generic_stylometry.title_tag_NNP") == "gs_title"
    assert "gs_tags" not in nested.FEATURE_SETS["shipped"]


def test_length_columns_are_never_used(nested):
    assert {"generic_stylometry.body_words", "generic_stylometry.body_log_words",
            "generic_stylometry.body_type_token_ratio"} <= set(nested.STYLOMETRY_LENGTH)


def test_grid_names_are_unique_and_filterable(nested):
    configs = nested.grid(None)
    names = [c.name for c in configs]
    assert len(names) == len(set(names)) == 21
    one = "shipped | clip | corpus-average | C=0.02"
    assert [c.name for c in nested.grid([one])] == [one]


def test_corpus_balanced_fit_weighs_corpora_alike(nested):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 2))
    y = (X[:, 0] + 0.3 * rng.normal(size=120) > 0).astype(int)
    corpus = np.array(["a"] * 100 + ["b"] * 20)
    z = nested.fit_predict("corpus-balanced", 1.0, X, y, corpus, [], X)
    assert np.corrcoef(z, X[:, 0])[0, 1] > 0.9
    with pytest.raises(ValueError):
        nested.fit_transform("no such transform", X)
