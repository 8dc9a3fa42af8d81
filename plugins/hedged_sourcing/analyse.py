"""The whole analysis of one parsed article: attributions from the parse, claims with no source
phrase, and the precision rules, in that order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .detect import HEDGED_KINDS, Attribution, Detection, dedupe, detect, resolve
from .scope import in_scope
from .voice import find_unsourced

if TYPE_CHECKING:
    from spacy.tokens import Doc


def attributions_in(doc: Doc, detection: Detection | None = None) -> list[Attribution]:
    """Every attribution in ``doc`` that stands after the precision rules (``scope.py``), in text
    order: named ones (for the features) and hedged ones (the findings).

    :param detection: the parse-only first stage, when ``entity_sentences`` already ran it.
    """
    found = resolve(doc, detection if detection is not None else detect(doc))
    found = dedupe(found + find_unsourced(doc))
    return in_scope(doc, found, HEDGED_KINDS)
