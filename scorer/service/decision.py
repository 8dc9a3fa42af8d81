"""The publish decision: ``publish``, ``review`` or ``hold``, from configurable thresholds.

The score is a signal for editors, not a verdict, so the defaults only *hold* at a very high score;
anything the service cannot score goes to a person (``review``) rather than through unseen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scorer.contract import Result

DECISIONS = ("publish", "review", "hold")  # in order of strictness


@dataclass(frozen=True)
class Thresholds:
    """When an article needs a person (review) or must not go out yet (hold).

    A threshold of None switches that rule off. A score or severity at or above a threshold triggers it.
    """

    review_score: float | None = 0.5
    hold_score: float | None = 0.9
    review_severity: float | None = 0.9  # any single finding this severe asks for review
    hold_severity: float | None = None
    unscored: str = "review"  # the decision for an article that got no score

    def __post_init__(self) -> None:
        if self.unscored not in DECISIONS:
            raise ValueError(f"unscored decision must be one of {DECISIONS}, got {self.unscored!r}")
        for name in ("review_score", "hold_score", "review_severity", "hold_severity"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within 0..1, got {value}")


@dataclass
class Decision:
    """The decision and the reasons behind it, in words an editor can act on."""

    decision: str = "publish"
    reasons: list[str] = field(default_factory=list)

    def escalate(self, decision: str, reason: str) -> None:
        """Record a reason; the decision becomes the stricter of the current one and ``decision``."""
        if DECISIONS.index(decision) > DECISIONS.index(self.decision):
            self.decision = decision
        self.reasons.append(reason)


def decide(result: Result, thresholds: Thresholds) -> Decision:
    """The publish decision for one result."""
    out = Decision()
    if result.score is None:
        why = "; ".join(f"{e.plugin}: {e.error}" for e in result.errors) or "no score"
        out.escalate(thresholds.unscored, f"the article could not be scored ({why})")
        return out
    for level, threshold in (("hold", thresholds.hold_score), ("review", thresholds.review_score)):
        if threshold is not None and result.score >= threshold:
            out.escalate(level, f"score {result.score:.2f} is at or above the {level} threshold {threshold:.2f}")
            break
    for level, threshold in (("hold", thresholds.hold_severity), ("review", thresholds.review_severity)):
        if threshold is None:
            continue
        severe = [f for f in result.findings if f.severity >= threshold]
        if severe:
            worst = max(severe, key=lambda f: f.severity)
            out.escalate(
                level,
                f"{len(severe)} finding(s) at or above the {level} severity {threshold:.2f}, "
                f"e.g. {worst.signal} on “{worst.text}”: {worst.message}",
            )
            break
    return out
