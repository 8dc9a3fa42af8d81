"""The combiner pipeline as ``train`` builds it: signals → matrix → impute → scale and clip →
logistic regression with non-negative weights for warning features."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from scorer.features import ClippedScaler, SignalVectorizer
from scorer.linear import SignConstrainedLogisticRegression

#: Bound on each standardised feature (see ``scorer.features.ClippedScaler``).
DEFAULT_CLIP = 5.0
#: Inverse L2 strength of the combiner's logistic regression.
DEFAULT_C = 0.02


def make_pipeline(
    features: list[str], warnings: Iterable[str] = (), C: float = DEFAULT_C,
    clip: float | None = DEFAULT_CLIP, log: bool = False, robust: bool = True,
) -> Any:
    """The combiner pipeline: signals → matrix → impute → robust scale → logistic regression.

    :param features: the columns, in order (``signal.feature``).
    :param warnings: features whose weight may not be negative (see ``scorer.linear``).
    :param C: inverse L2 regularisation strength.
    :param clip: bound on each standardised feature; with ``log``, see ``ClippedScaler``.
    :param robust: False for a plain ``StandardScaler`` (the pre-2026.11.28 model, for comparison).
    """
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    warn = set(warnings)
    scale = ClippedScaler(clip=clip, log=log) if robust else StandardScaler()
    return Pipeline(
        [
            ("vectorize", SignalVectorizer(list(features))),
            ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
            ("scale", scale),
            ("clf", SignConstrainedLogisticRegression(
                C=C, class_weight="balanced",
                nonnegative=[i for i, name in enumerate(features) if name in warn],
            )),
        ]
    )


def feature_names(signals: list[dict[str, Any]]) -> list[str]:
    """The sorted union of feature names over rows of signals."""
    return [str(n) for n in SignalVectorizer().fit(signals).get_feature_names_out()]


Factory = Callable[[], Any]


def combiner_factory(signals: list[dict[str, Any]], warnings: Iterable[str] = (), **options: Any) -> Factory:
    """Builds the combiner pipeline exactly as ``train`` fits it, on the features ``signals`` carry.

    :param options: passed to :func:`make_pipeline` (``C``, ``clip``, ``log``, ``robust``).
    """
    return partial(make_pipeline, feature_names(signals), tuple(warnings), **options)
