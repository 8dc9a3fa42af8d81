"""The combiner pipeline as ``train`` builds it: signals → matrix → impute → scale and clip →
logistic regression with non-negative weights for warning features."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from scorer.features import ClippedScaler, SignalVectorizer
from scorer.fitting import COMBINERS, DEFAULT_COMBINER, DEFAULT_FIT, FITS, MIN_CORPORA_FOR_AVERAGE
from scorer.fitting.data import combiner_columns
from scorer.linear import SignConstrainedLogisticRegression

#: Bound on each standardised feature (see ``scorer.features.ClippedScaler``).
DEFAULT_CLIP = 5.0
#: Inverse L2 strength of the combiner's logistic regression.
DEFAULT_C = 0.02


def make_pipeline(
    features: list[str], warnings: Iterable[str] = (), C: float = DEFAULT_C,
    clip: float | None = DEFAULT_CLIP, log: bool = False, robust: bool = True,
    rates: dict[str, str] | None = None, fit_by: str = DEFAULT_FIT,
) -> Any:
    """The combiner pipeline: signals → matrix → impute → robust scale → logistic regression.

    :param features: the columns, in order (``signal.feature``).
    :param warnings: features whose weight may not be negative (see ``scorer.linear``).
    :param C: inverse L2 regularisation strength.
    :param clip: bound on each standardised feature; with ``log``, see ``ClippedScaler``.
    :param robust: False for a plain ``StandardScaler`` (the pre-2026.11.28 model, for comparison).
    :param rates: columns derived from counts, rate name → count name (``SignalVectorizer``).
    :param fit_by: ``pooled`` or ``corpus-average`` (``scorer.linear``; fit the pipeline with
        ``clf__corpus=``, as :func:`scorer.fitting.metrics.fit_pipeline` does).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    warn = set(warnings)
    scale = ClippedScaler(clip=clip, log=log) if robust else StandardScaler()
    return Pipeline(
        [
            ("vectorize", SignalVectorizer(list(features), rates=dict(rates) if rates else None)),
            ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
            ("scale", scale),
            ("clf", SignConstrainedLogisticRegression(
                C=C, class_weight="balanced",
                nonnegative=[i for i, name in enumerate(features) if name in warn], fit_by=fit_by,
            )),
        ]
    )


def feature_names(signals: list[dict[str, Any]]) -> list[str]:
    """The sorted union of feature names over rows of signals."""
    return [str(n) for n in SignalVectorizer().fit(signals).get_feature_names_out()]


Factory = Callable[[], Any]

#: Settings of the additive combiner (the ones the leave-one-corpus-out experiments used).
ADDITIVE_SETTINGS: dict[str, Any] = {"n_knots": 5, "C": 0.05, "smoothness": 3.0}


def combiner_factory(
    signals: list[dict[str, Any]], warnings: Iterable[str] = (), combiner: str = DEFAULT_COMBINER,
    features: list[str] | None = None, rates: dict[str, str] | None = None, fit_by: str = DEFAULT_FIT,
    **options: Any,
) -> Factory:
    """Builds the combiner pipeline exactly as ``train`` fits it.

    :param features: the columns (default: the features ``signals`` carry).
    :param combiner: ``linear`` (scaled sign-constrained logistic regression) or ``additive``
        (``scorer.additive``: monotone shapes for warnings).
    :param rates: columns derived from counts, rate name → count name.
    :param fit_by: ``pooled`` or ``corpus-average`` (linear only: one model per training corpus, averaged).
    :param options: passed to :func:`make_pipeline` or ``additive_pipeline``.
    :raises ValueError: an unknown combiner or fit, or the corpus-average fit with the additive combiner.
    """
    names = list(features) if features is not None else feature_names(signals)
    if fit_by not in FITS:
        raise ValueError(f"unknown fit {fit_by!r}: one of {', '.join(FITS)}")
    if fit_by != "pooled" and combiner != "linear":
        raise ValueError(f"--fit {fit_by} averages linear models: use it with --combiner linear")
    if combiner == "linear":
        return partial(make_pipeline, names, tuple(warnings), rates=rates, fit_by=fit_by, **options)
    if combiner == "additive":
        from scorer.additive import additive_pipeline

        return partial(additive_pipeline, names, tuple(warnings), rates=rates, **(ADDITIVE_SETTINGS | options))
    raise ValueError(f"unknown combiner {combiner!r}: one of {', '.join(COMBINERS)}")


#: Names of the signal model's other length variant in a report: the one the shipped model is not.
NO_LENGTH = "signals_no_length"
WITH_LENGTH = "signals_with_length"


def length_variant(
    signals: list[dict[str, Any]], warnings: Iterable[str], combiner: str, length: bool,
    fit_by: str = DEFAULT_FIT,
) -> tuple[str, Factory]:
    """The same combiner (and fit) with the length feature flipped (left out when ``length``, put in
    when not), and its name in the report, so a card and an evaluation always show the model both ways."""
    other = combiner_columns(signals, warnings, length=not length)
    name = NO_LENGTH if length else WITH_LENGTH
    return name, combiner_factory(signals, other.warnings, combiner, other.features, other.rates, fit_by=fit_by)


def check_corpora_for_fit(fit_by: str, corpora: Iterable[str]) -> None:
    """A clear error when the corpus-average fit gets too few corpora to average after leaving one out.

    :raises ValueError: ``corpus-average`` with fewer than ``MIN_CORPORA_FOR_AVERAGE`` corpora.
    """
    names = sorted(set(corpora))
    if fit_by == "corpus-average" and len(names) < MIN_CORPORA_FOR_AVERAGE:
        raise ValueError(
            f"--fit corpus-average averages one model per training corpus and is measured leaving one corpus "
            f"out, so it needs at least {MIN_CORPORA_FOR_AVERAGE} corpora; got {len(names)} "
            f"({', '.join(names)}). Add corpora or use --fit pooled.")
