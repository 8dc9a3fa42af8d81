"""hedged_sourcing: claims credited to anonymous, vague or no sources at all.

Flags "a senior official", "experts say", "it is widely believed", "reportedly"; counts named,
checkable attributions ("said Denise Okafor", "the company said in a statement") for contrast.
Hedge cues that are not sourcing ("probably", "might have", "is considered", "one of the most")
are counted in the features (``hedge_cues``, ``hedge_cues_per_1k``), never flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import scorer.entities  # noqa: F401  (registers Token._.entity: NER labels per sentence, on demand)
from scorer import SignalResult, hookimpl

from .analyse import attributions_in
from .cues import find_hedge_cues
from .detect import HEDGED_KINDS, Detection, detect
from .quotes import forget_quotes
from .report import features, finding_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from scorer import Article

__all__ = ["HedgedSourcing", "register_signals"]

#: ``doc.user_data`` key of the parse-only detection ``entity_sentences`` leaves for ``compute``.
DETECTION_KEY = "hedged_sourcing.attributions"


class HedgedSourcing:
    """Signal: how much of an article's sourcing cannot be checked."""

    name = "hedged_sourcing"
    version = "0.2.0"
    languages = ("en",)
    # entities are read per sentence through token._.entity (scorer.entities), not a full NER pass
    requires = ("tagger", "attribute_ruler", "lemmatizer", "parser")
    # more of these only ever makes an article more suspect: the combiner keeps their weights >= 0
    warning_features = ("anonymous", "vague", "agentless", "hedged_share", "hedge_cues_per_1k")

    def entity_sentences(self, article: Article, doc: Doc) -> Iterable[Span]:
        """The sentences whose entity labels ``compute`` will read, found from the parse alone
        (the host runs NER over them for a whole batch at once). Optional: ``compute`` works
        the same without it; the detection is kept on the Doc so ``compute`` does not redo it."""
        detection = detect(doc)
        doc.user_data[DETECTION_KEY] = detection
        return detection.entity_sentences(doc)

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Findings for each anonymous, vague or agentless attribution, plus sourcing features
        (hedge cues such as "probably" count in the features, never as findings)."""
        detection = doc.user_data.pop(DETECTION_KEY, None)
        if not isinstance(detection, Detection):
            detection = detect(doc)
        attributions = attributions_in(doc, detection)
        findings = [finding_for(a, doc) for a in attributions if a.kind in HEDGED_KINDS]
        cues = find_hedge_cues(doc)
        forget_quotes(doc)
        return SignalResult(features=features(attributions, doc, cues), findings=findings)


@hookimpl
def register_signals(register):
    """Register the signal with the host."""
    register(HedgedSourcing())
