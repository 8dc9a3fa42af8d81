"""hedged_sourcing: claims credited to anonymous, vague or no sources at all.

Flags "a senior official", "experts say", "it is widely believed", "reportedly"; counts named,
checkable attributions ("said Denise Okafor", "the company said in a statement") for contrast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import scorer.entities  # noqa: F401  (registers Token._.entity: NER labels per sentence, on demand)
from scorer import SignalResult, hookimpl

from .detect import HEDGED_KINDS, find_attributions
from .report import features, finding_for

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Article

__all__ = ["HedgedSourcing", "register_signals"]


class HedgedSourcing:
    """Signal: how much of an article's sourcing cannot be checked."""

    name = "hedged_sourcing"
    version = "0.1.0"
    languages = ("en",)
    # entities are read per sentence through token._.entity (scorer.entities), not a full NER pass
    requires = ("tagger", "attribute_ruler", "lemmatizer", "parser")
    # more of these only ever makes an article more suspect: the combiner keeps their weights >= 0
    warning_features = ("anonymous", "vague", "agentless", "hedged_share", "hedge_cues_per_1k")

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Findings for each anonymous, vague or agentless attribution, plus sourcing features."""
        attributions = find_attributions(doc)
        findings = [finding_for(a, doc) for a in attributions if a.kind in HEDGED_KINDS]
        return SignalResult(features=features(attributions, doc), findings=findings)


@hookimpl
def register_signals(register):
    """Register the signal with the host."""
    register(HedgedSourcing())
