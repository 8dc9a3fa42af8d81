"""Signal versions against the model's: a model is trained on features that particular versions of the
signals computed, and a newer signal can count, rate or guard differently. When the installed signals
are not the versions the model was trained with, its scores can drift without anything else changing;
the host says so once at start-up and ``misinfo-scorer plugins`` shows both versions. Retraining
(``misinfo-scorer train``) puts them back in step.

A model that records no versions (trained before they were recorded, or built by hand) is never
reported: there is nothing to compare with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Drift:
    """One signal whose installed version is not the one the model was trained with."""

    signal: str
    trained: str
    running: str | None  # None: not installed (its features count as typical)

    def message(self) -> str:
        """What an operator reads."""
        if self.running is None:
            return (f"the model was trained with signal {self.signal} {self.trained}, which is not installed: "
                    f"its features count as typical in every score")
        return (f"signal {self.signal} {self.running} is installed but the model was trained on the features of "
                f"{self.trained}: scores may drift until the model is retrained (misinfo-scorer train)")


def trained_versions(model: Any) -> dict[str, str]:
    """The signal versions a model records (name → version); empty when it records none."""
    card = getattr(model, "card", None) or {}
    versions = card.get("signal_versions") or {}
    return {str(k): str(v) for k, v in versions.items()} if isinstance(versions, Mapping) else {}


def version_drift(trained: Mapping[str, str], running: Mapping[str, str]) -> list[Drift]:
    """Signals the model was trained with whose installed version differs or is missing, by name.

    A signal installed now but absent in training is not drift: the model has no weight for it.
    """
    return [
        Drift(name, version, running.get(name))
        for name, version in sorted(trained.items())
        if running.get(name) != version
    ]
