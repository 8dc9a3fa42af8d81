"""The model card: the Markdown ``misinfo-scorer train --card`` writes beside the model.

The prose and the tables' layout are in ``templates/model_card.md.j2`` (Jinja2); this module only
hands the template the training report and the few numbers it derives (precision at a newsroom's
base rate, the confound sections shared with the evaluation report).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import jinja2

from scorer.fitting.markdown import render_confounds
from scorer.fitting.pipeline import ADDITIVE_SETTINGS, DEFAULT_C, DEFAULT_CLIP

#: Shares of misinformation a newsroom might see, for the base-rate table of the model card.
BASE_RATES = (0.01, 0.05, 0.2)


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("scorer.fitting", "templates"),
        autoescape=False,  # Markdown, not HTML
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["fmt"] = format
    return env.get_template("model_card.md.j2")


def model_card(report: dict[str, Any], corpora: Sequence[str], version: str) -> str:
    """The Markdown model card for a training report (``scorer.fitting.fit.fit_combiner``'s, with
    ``warnings`` and ``excluded`` added by ``train``)."""
    ev = report.get("evaluation") or {}
    confounds = render_confounds(ev, heading="###") if ev else []
    return _template().render(
        r=report,
        version=version,
        corpora=list(corpora),
        clip=report.get("clip", DEFAULT_CLIP),
        C=DEFAULT_C,
        additive=ADDITIVE_SETTINGS,
        big=report.get("largest_contribution"),
        dropped=", ".join(f"{v} {k}" for k, v in report["dropped"].items()) or "none",
        base_rates=BASE_RATES,
        precision=[
            {**b, "precision": [precision(rate, b["recall"], b["fpr"]) for rate in BASE_RATES]}
            for b in report.get("bands", [])
        ],
        calibration_options=ev.get("calibration_options"),
        held_out_bands=ev.get("held_out_bands"),
        confounds="\n".join(confounds),
        warnings=set(report.get("warnings", [])),
        nan=float("nan"),
    )


def precision(base_rate: float, recall: float, fpr: float) -> float:
    """Share of flagged articles that are fake when a share ``base_rate`` of all articles is."""
    flagged = base_rate * recall + (1 - base_rate) * fpr
    return base_rate * recall / flagged if flagged else float("nan")
