"""Helpers for testing signals, for this project and for plugin authors.

    from scorer.testing import run_signal
    result = run_signal(MySignal(), "Text of a test article.", published="2024-06-10")

``run_signal`` runs a signal the way the host does (one shared Doc, NER deferred when the signal's
``requires`` leaves it out, offsets checked), so a test sees exactly the findings a user would.
"""

from __future__ import annotations

from scorer.contract import Article, SignalResult
from scorer.entities import defer_ner
from scorer.host import skippable_components
from scorer.nlp import load_pipeline
from scorer.signal import Signal


def make_article(text: str, published: str | None = None, **fields: object) -> Article:
    """An Article with a fixed id, for tests."""
    return Article.from_dict({"id": "test", "text": text, "published": published, **fields})


def run_signal(signal: Signal, text: str, published: str | None = None, **fields: object) -> SignalResult:
    """Parse ``text`` with the shared pipeline, run ``signal`` on it and check every finding's offsets.

    Returned findings carry ``signal`` and ``text`` as the host fills them in.

    :raises scorer.contract.OffsetError: a finding's offsets do not fit the text.
    """
    article = make_article(text, published, **fields)
    nlp = load_pipeline()
    skip = skippable_components([signal])
    doc = nlp(article.text, disable=list(skip))
    if "ner" in skip:
        defer_ner(doc, nlp)
    result = signal.compute(article, doc)
    result.findings = [f.anchored(signal.name, article.text) for f in result.findings]
    return result
