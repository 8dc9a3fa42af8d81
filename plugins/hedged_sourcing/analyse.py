"""The whole analysis of one parsed article: attributions from the parse, claims with no source
phrase, the precision rules, then pronoun speakers that refer back to an unnamed source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution import HEDGED_KINDS, Attribution
from .crowd_states import find_crowd_states
from .detect import Detection, dedupe, detect, resolve
from .pronouns import resolve_pronoun_speakers
from .scope import in_scope, source_head
from .talk import find_talk
from .voice import find_unsourced

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Analysis:
    """``found``: every attribution the parse gives, before the precision rules; ``attributions``:
    those that stand after them (named ones and the hedged findings), in text order."""

    found: list[Attribution]
    attributions: list[Attribution]


def analyse(doc: Doc, detection: Detection | None = None) -> Analysis:
    """The attributions of ``doc`` before and after the precision rules (``scope/``).

    :param detection: the parse-only first stage, when ``entity_sentences`` already ran it.
    """
    found = resolve(doc, detection if detection is not None else detect(doc))
    found = dedupe(found + find_unsourced(doc) + find_talk(doc) + find_crowd_states(doc))
    standing = in_scope(doc, found, HEDGED_KINDS)
    # after the precision rules: a pronoun continues only an unnamed source that stands as a finding
    standing = in_scope(doc, resolve_pronoun_speakers(doc, standing), HEDGED_KINDS)
    return Analysis(found, once_per_sentence(doc, standing))


_POINTING_BACK = frozenset({"the", "that", "this", "these", "those"})


def once_per_sentence(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` without an unnamed source that only tags again, in the same sentence, the source
    an earlier finding of that sentence introduced: 'a separate intelligence source familiar with the
    investigation did so, but with a caveat: "...," the source said' is one source, one query."""
    kept: list[Attribution] = []
    for attr in attributions:
        head = _head(doc, attr)
        if attr.kind in HEDGED_KINDS and head is not None and _points_back(head):
            sent = doc[attr.first].sent
            if any(
                other.kind in HEDGED_KINDS
                and doc[other.first].sent.start == sent.start
                and (earlier := _head(doc, other)) is not None
                and earlier.i < head.i
                and earlier.lemma_.lower() == head.lemma_.lower()
                for other in kept
            ):
                continue
        kept.append(attr)
    return kept


def _head(doc: Doc, attr: Attribution) -> Token | None:
    """The source phrase's head noun ("source" in "a separate intelligence source familiar with ..."), if a noun."""
    root = source_head(doc, attr)
    return root if root is not None and root.pos_ == "NOUN" else None


def _points_back(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in head.lefts)


def attributions_in(doc: Doc, detection: Detection | None = None) -> list[Attribution]:
    """Every attribution in ``doc`` that stands after the precision rules (``scope/``), in text
    order: named ones (for the features) and hedged ones (the findings).

    :param detection: the parse-only first stage, when ``entity_sentences`` already ran it.
    """
    return analyse(doc, detection).attributions
