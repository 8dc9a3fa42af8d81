"""The whole analysis of one parsed article: attributions from the parse, claims with no source
phrase, the precision rules, then pronoun speakers that refer back to an unnamed source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .crowd_states import find_crowd_states
from .detect import HEDGED_KINDS, Attribution, Detection, dedupe, detect, resolve
from .pronouns import resolve_pronoun_speakers
from .scope import in_scope
from .talk import find_talk
from .voice import find_unsourced

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Analysis:
    """``found``: every attribution the parse gives, before the precision rules; ``attributions``:
    those that stand after them (named ones and the hedged findings), in text order."""

    found: list[Attribution]
    attributions: list[Attribution]


def analyse(doc: Doc, detection: Detection | None = None) -> Analysis:
    """The attributions of ``doc`` before and after the precision rules (``scope.py``).

    :param detection: the parse-only first stage, when ``entity_sentences`` already ran it.
    """
    found = resolve(doc, detection if detection is not None else detect(doc))
    found = dedupe(found + find_unsourced(doc) + find_talk(doc) + find_crowd_states(doc))
    standing = in_scope(doc, found, HEDGED_KINDS)
    # after the precision rules: a pronoun continues only an unnamed source that stands as a finding
    return Analysis(found, in_scope(doc, resolve_pronoun_speakers(doc, standing), HEDGED_KINDS))


def attributions_in(doc: Doc, detection: Detection | None = None) -> list[Attribution]:
    """Every attribution in ``doc`` that stands after the precision rules (``scope.py``), in text
    order: named ones (for the features) and hedged ones (the findings).

    :param detection: the parse-only first stage, when ``entity_sentences`` already ran it.
    """
    return analyse(doc, detection).attributions
