"""The combiner: calibrated scores, exact contributions, bands, and safe (pickle-free) model files."""

from __future__ import annotations

import math
import pickle

import numpy as np
import pytest

from scorer.features import SignalVectorizer, flatten_signals
from scorer.fitting.data import Labelled, pair_group
from scorer.fitting.fit import fit_combiner
from scorer.fitting.metrics import reliability
from scorer.model import TRUSTED_TYPES, CombinerModel, default_model_path, load_model, save_model

THOUSAND_WORDS = math.log1p(1000)


def synthetic(n: int = 400, seed: int = 0):
    """Signals where 'hedged_sourcing.anonymous_share' drives the label and 'readability.grade' is noise."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    signals = [
        {
            "hedged_sourcing": {"anonymous_share": float(rng.poisson(1 + 3 * label))},
            "readability": {"grade": float(rng.normal(10, 2))},
            # 1,000 words each: a count's rate per 1,000 words is the count
            "length": {"log_words": THOUSAND_WORDS},
        }
        for label in y
    ]
    data = Labelled(y=y.tolist(), corpus=["a" if i % 2 else "b" for i in range(n)], groups=[str(i) for i in range(n)])
    data.articles = [None] * n  # not used without evaluate
    return data, signals


@pytest.fixture(scope="module")
def model() -> CombinerModel:
    data, signals = synthetic()
    model, report = fit_combiner(data, signals, version="test", evaluate=False)
    assert report["cv"]["auc"] > 0.8
    return model


@pytest.mark.slow
def test_contributions_add_up_to_the_calibrated_log_odds(model):
    row = {"hedged_sourcing": {"anonymous_share": 6}, "readability": {"grade": 9}}
    explained = model.explain(row)
    logit = explained.intercept + sum(c.contribution for c in explained.contributions)
    assert math.isclose(1 / (1 + math.exp(-logit)), explained.score, rel_tol=1e-9)
    assert explained.contributions[0].feature == "hedged_sourcing.anonymous_share"
    assert explained.contributions[0].contribution > 0
    assert explained.score == pytest.approx(model.predict_proba([row])[0])


def test_score_rises_with_the_driving_feature(model):
    scores = model.predict_proba([{"hedged_sourcing": {"anonymous_share": k}} for k in range(8)])
    assert np.all(np.diff(scores) > 0)


def test_missing_signal_counts_as_typical(model):
    explained = model.explain({"hedged_sourcing": {"anonymous_share": 6}})  # readability failed
    grade = next(c for c in explained.contributions if c.feature == "readability.grade")
    assert grade.value is None and abs(grade.contribution) < 0.05


def test_bands(model):
    (high, h), (medium, m), (low, lo) = model.bands
    assert (h, m, lo) == ("high", "medium", "low") and 1 > high > medium > low == 0
    assert model.band(high) == "high" and model.band(high - 1e-6) == "medium"
    assert model.band(medium) == "medium" and model.band(medium - 1e-6) == "low"
    assert model.band(0.5, bands=((0.3, "review"), (0.0, "ok"))) == "review"


def test_reliability_table_and_ece():
    p = np.array([0.1, 0.1, 0.9, 0.9])
    y = np.array([0, 0, 1, 1])
    rows, ece = reliability(p, y)
    assert [r["n"] for r in rows] == [2, 2] and ece == pytest.approx(0.1)


def test_pair_group_keeps_fake_and_credible_versions_together():
    amt, celeb = "fakenewsamt", "celebrity"
    assert pair_group(amt, "fakenewsamt:fake/biz01.fake.txt") == pair_group(amt, "fakenewsamt:legit/biz01.legit.txt")
    assert pair_group(celeb, "celebrity:fake/001fake.txt") == pair_group(celeb, "celebrity:legit/001legit.txt")
    assert pair_group(celeb, "celebrity:fake/001fake.txt") != pair_group(celeb, "celebrity:fake/002fake.txt")


def test_vectorizer_flattens_and_marks_missing():
    vec = SignalVectorizer().fit([{"a": {"x": 1}}, {"b.y": 2}])
    assert vec.get_feature_names_out().tolist() == ["a.x", "b.y"]
    out = vec.transform([{"a": {"x": 3}}])
    assert out[0, 0] == 3 and math.isnan(out[0, 1])
    assert flatten_signals({"a": {"x": None}})["a.x"] != flatten_signals({"a": {"x": None}})["a.x"]  # NaN


def test_save_and_load_round_trip_without_pickle(model, tmp_path, monkeypatch):
    path = tmp_path / "m.skops"
    save_model(model, path)

    def no_pickle(*a, **k):
        raise AssertionError("pickle was used to load a model")

    monkeypatch.setattr(pickle, "loads", no_pickle)
    monkeypatch.setattr(pickle, "load", no_pickle)
    monkeypatch.setattr(pickle, "Unpickler", no_pickle)
    again = load_model(path)
    row = {"hedged_sourcing": {"anonymous_share": 3}, "readability": {"grade": 12}}
    assert again.explain(row).score == pytest.approx(model.explain(row).score)


def test_a_model_file_with_an_untrusted_type_is_refused(model, tmp_path):
    import skops.io as sio

    class Sneaky:
        pass

    model.card = {"payload": Sneaky()}
    path = tmp_path / "sneaky.skops"
    try:
        sio.dump(model, path)
    finally:
        model.card = {}
    with pytest.raises(Exception, match=r"[Uu]ntrusted"):
        load_model(path)


def test_shipped_model_loads_with_only_trusted_types():
    import skops.io as sio

    path = default_model_path()
    assert path.is_file(), "models/default.skops is missing: run the train command in models/MODEL_CARD.md"
    assert set(sio.get_untrusted_types(file=path)) <= set(TRUSTED_TYPES)
    model = load_model()
    assert model.name == "default" and model.feature_names
    assert all("." in name for name in model.feature_names)


@pytest.mark.slow
def test_a_warning_feature_never_lowers_the_score():
    data, signals = synthetic()
    # a feature that (by noise or confound) goes with credible articles in the training data
    for row, label in zip(signals, data.y, strict=True):
        row["internal_contradiction"] = {"contradictions": float(label == 0)}
    free, _ = fit_combiner(data, signals, version="t", evaluate=False)
    constrained, _ = fit_combiner(data, signals, version="t", evaluate=False,
                                  warnings={"internal_contradiction.contradictions"})
    row = {"hedged_sourcing": {"anonymous_share": 3}, "readability": {"grade": 10},
           "internal_contradiction": {"contradictions": 1}, "length": {"log_words": THOUSAND_WORDS}}

    def contribution(model):
        # the count enters as its rate per 1,000 words, a warning because the count is declared one
        return next(c.contribution for c in model.explain(row).contributions
                    if c.feature == "internal_contradiction.contradictions_per_1k_words")

    assert contribution(free) < 0
    assert contribution(constrained) >= 0


def test_shipped_model_vectorizer_keeps_its_attributes_and_scores_signal_dicts():
    model = load_model()
    vec = model.pipeline.named_steps["vectorize"]
    assert isinstance(vec, SignalVectorizer)
    assert list(vec.feature_names_) == model.feature_names
    assert vec.features is None or list(vec.features) == model.feature_names
    name = model.feature_names[0]
    signal, feature = name.split(".", 1)
    p = model.predict_proba([{signal: {feature: 1.0}}, {}])
    assert p.shape == (2,) and np.all((p > 0) & (p < 1))
    assert model.explain({signal: {feature: 1.0}}).score == pytest.approx(p[0])


@pytest.mark.slow
def test_fit_combiner_measures_loco_through_the_evaluation_harness():
    from scorer.contract import Article

    data, signals = synthetic(n=120)
    data.articles = [Article(id=str(i), text="word " * (5 + i % 7)) for i in range(120)]
    _, report = fit_combiner(data, signals, version="t")
    assert [row["corpus"] for row in report["loco"]] == ["a", "b"]
    assert all(set(row) >= {"signals", "length"} and "tfidf" not in row for row in report["loco"])
    assert report["loco"][0]["signals"]["auc"] > 0.7


# --- robust features: one rare warning cannot dominate -----------------------------------------


def rare_warning_data(n: int = 400, hits: int = 2, seed: int = 1):
    """``synthetic`` plus a warning count that is non-zero in only ``hits`` fake articles."""
    data, signals = synthetic(n, seed)
    fakes = [i for i, label in enumerate(data.y) if label == 1][:hits]
    for i, row in enumerate(signals):
        row["internal_contradiction"] = {"weekday_mismatches": 1.0 if i in fakes else 0.0}
    return data, signals


WARNING = "internal_contradiction.weekday_mismatches_per_1k_words"


def _log_odds(model, row) -> float:
    explained = model.explain(row)
    return explained.intercept + sum(c.contribution for c in explained.contributions)


def test_clipped_scaler_bounds_and_keeps_order():
    from scorer.features import ClippedScaler

    X = np.array([[0.0, 5.0]] * 199 + [[1.0, 7.0]])
    scaler = ClippedScaler(clip=3.0).fit(X)
    Z = scaler.transform(np.array([[0.0, 5.0], [1.0, 7.0], [50.0, 7.0]]))
    assert np.all(np.abs(Z) <= 3.0)
    assert Z[1, 0] == 3.0 and Z[2, 0] == 3.0  # one occurrence would be z ≈ 14 unclipped
    assert Z[0, 0] < Z[1, 0]
    assert ClippedScaler(clip=None).fit(X).transform([[1.0, 7.0]])[0, 0] > 10
    assert np.array_equal(ClippedScaler(log=True).fit(X).log_columns_, [True, True])
    with pytest.raises(ValueError, match="clip"):
        ClippedScaler(clip=0).fit(X)


@pytest.mark.slow
def test_a_single_rare_warning_moves_the_log_odds_by_at_most_the_documented_bound():
    from scorer.fitting.pipeline import DEFAULT_CLIP, combiner_factory

    data, signals = rare_warning_data()
    robust, report = fit_combiner(data, signals, version="t", evaluate=False, warnings={WARNING})
    row = {"hedged_sourcing": {"anonymous_share": 2}, "readability": {"grade": 10}}

    def shift(model, count):
        return (_log_odds(model, {**row, "internal_contradiction": {"weekday_mismatches": count},
                                     "length": {"log_words": THOUSAND_WORDS}})
                - _log_odds(model, {**row, "internal_contradiction": {"weekday_mismatches": 0},
                                     "length": {"log_words": THOUSAND_WORDS}}))

    a = robust.calibration[0]
    weight = robust.pipeline.named_steps["clf"].coef_[0][robust.feature_names.index(WARNING)]
    bound = 2 * DEFAULT_CLIP * abs(a * weight)
    assert report["largest_contribution"]["bound"] >= bound
    for count in (1, 3, 100):
        assert 0 <= shift(robust, count) <= bound + 1e-9

    # the same model without the clip (plain standardisation) is what the bound protects against
    from scorer.fitting.data import combiner_columns
    from scorer.fitting.metrics import oof_decision, platt

    columns = combiner_columns(signals, {WARNING})
    plain = combiner_factory(signals, columns.warnings, features=columns.features, rates=columns.rates, robust=False)
    pipe = plain().fit(signals, np.asarray(data.y))
    a_plain, _ = platt(oof_decision(signals, np.asarray(data.y), data.groups, plain), np.asarray(data.y))
    scale = pipe.named_steps["scale"]
    j = pipe.named_steps["vectorize"].get_feature_names_out().tolist().index(WARNING)
    plain_shift = a_plain * pipe.named_steps["clf"].coef_[0][j] / scale.scale_[j]
    assert plain_shift > 2 * shift(robust, 1)


@pytest.mark.slow
def test_robust_model_persists_through_skops_under_the_trusted_loader(tmp_path):
    import skops.io as sio

    from scorer.features import ClippedScaler

    data, signals = rare_warning_data()
    model, _ = fit_combiner(data, signals, version="t", evaluate=False, warnings={WARNING})
    path = tmp_path / "robust.skops"
    save_model(model, path)
    assert "scorer.features.ClippedScaler" in sio.get_untrusted_types(file=path)
    assert set(sio.get_untrusted_types(file=path)) <= set(TRUSTED_TYPES)
    again = load_model(path)
    scale = again.pipeline.named_steps["scale"]
    assert isinstance(scale, ClippedScaler) and scale.clip == model.pipeline.named_steps["scale"].clip
    row = {"hedged_sourcing": {"anonymous_share": 4}, "internal_contradiction": {"weekday_mismatches": 2},
           "length": {"log_words": THOUSAND_WORDS}}
    assert again.explain(row).score == pytest.approx(model.explain(row).score)
    assert _log_odds(again, row) == pytest.approx(math.log(again.explain(row).score / (1 - again.explain(row).score)))
    assert again.base_rate == pytest.approx(np.mean(data.y))


@pytest.mark.slow
def test_for_base_rate_shifts_the_log_odds_and_keeps_each_band():
    data, signals = synthetic(400, 3)
    model, _ = fit_combiner(data, signals, version="t", evaluate=False)
    rare = model.for_base_rate(0.05)
    row = {"hedged_sourcing": {"anonymous_share": 5}, "readability": {"grade": 10}}
    expected = math.log(0.05 / 0.95) - math.log(model.base_rate / (1 - model.base_rate))
    assert _log_odds(rare, row) - _log_odds(model, row) == pytest.approx(expected)
    assert rare.explain(row).score < model.explain(row).score
    rows = [{"hedged_sourcing": {"anonymous_share": k}, "readability": {"grade": g}} for k in range(9) for g in (8, 12)]
    before = [model.band(s) for s in model.predict_proba(rows)]
    after = [rare.band(s) for s in rare.predict_proba(rows)]
    assert before == after
    with pytest.raises(ValueError):
        model.for_base_rate(1.0)
