"""Features a deployment sets aside: each scores as if it sat at the training average, so it moves no score.

Some features read a publisher's house style as much as the article. The clearest is headline
capitalisation (``style.title_capitalised_share``): the same 300 headlines written In Title Case
instead of as sentences raise the shipped model's scores by 0.09 (median) and move 17 % of them to
another band; among buzzfeed_webis_2016's credible networks ABC News, whose style guide capitalises
headlines, gets +0.17 log-odds from it on every article and CNN −0.21 (docs/accuracy.md). Inside one
newsroom such a feature says nothing about one article against another, only where the whole
newsroom sits; a newsroom can set it aside instead of retraining.

Contributions are exact (they add up, with the intercept, to the calibrated log-odds), so setting a
feature aside is exact too: its contribution becomes 0 and the score is what the others give. The
result's ``model`` field names the features set aside.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from scorer.contract import Contribution
from scorer.scoring_model import Explained, ScoringModel

#: The environment variable that names them, comma-separated, for the command line and the service.
ENV_VAR = "MISINFO_SCORER_NEUTRAL_FEATURES"


def parse_names(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Feature names, sorted and each once, from a comma-separated string or a list of them (blanks dropped)."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(sorted({name.strip() for item in items for name in item.split(",") if name.strip()}))


def neutralise(explained: Explained, names: frozenset[str]) -> Explained:
    """``explained`` with the contributions of ``names`` set to 0 and the score recomputed from the rest."""
    kept = [c if c.feature not in names else Contribution(c.feature, c.value, 0.0) for c in explained.contributions]
    logit = explained.intercept + math.fsum(c.contribution for c in kept)
    kept.sort(key=lambda c: abs(c.contribution), reverse=True)
    return Explained(score=1.0 / (1.0 + math.exp(-logit)), contributions=kept, intercept=explained.intercept)


class NeutralFeatures:
    """A scoring model with some of its features set aside (see the module's docstring).

    :raises ValueError: a name is not one of the model's features (when the model lists them).
    """

    def __init__(self, model: ScoringModel, names: Iterable[str]) -> None:
        self.model = model
        self.names = frozenset(names)
        known = getattr(model, "feature_names", None)
        if known is not None:
            unknown = sorted(self.names - set(known))
            if unknown:
                raise ValueError(
                    f"no such model feature to set aside: {', '.join(unknown)} "
                    "(names as in a result's contributions, e.g. style.title_capitalised_share)"
                )
        self.name: str = model.name
        self.version: str = model.version

    @property
    def card(self) -> Mapping[str, Any]:
        """The wrapped model's card (what it was trained with), for the version-drift check."""
        return getattr(self.model, "card", None) or {}

    @property
    def feature_names(self) -> list[str] | None:
        return getattr(self.model, "feature_names", None)

    def explain(self, signals: Mapping[str, Any]) -> Explained:
        return neutralise(self.model.explain(signals), self.names)

    def band(self, score: float, bands: tuple[tuple[float, str], ...] | None = None) -> str:
        return self.model.band(score, bands)

    def info(self) -> dict[str, str]:
        return {**self.model.info(), "neutral_features": ",".join(sorted(self.names))}

    def for_base_rate(self, rate: float) -> NeutralFeatures:
        return NeutralFeatures(self.model.for_base_rate(rate), self.names)


def check_against_model(model: str | None, names: Iterable[str]) -> None:
    """Refuse, before any scoring, a feature to set aside that the model file (None: the shipped one) lacks.

    A model that cannot be loaded passes: that is reported on every result, as it is without the option.

    :raises ValueError: a name is not one of the model's features.
    """
    from scorer.model import load_for_scoring

    try:
        loaded = load_for_scoring(model)
    except Exception:
        return
    NeutralFeatures(loaded, names)
