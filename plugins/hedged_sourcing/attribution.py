"""What the detector finds, and the words every rule reads it with.

An :class:`Attribution` is one attributed claim: the phrase to show, the cue that makes it one, the construction
that found it and the kind of source behind it (``classify.py``'s kinds; :data:`HEDGED_KINDS` are the ones an
editor is told about). A :class:`Pending` is a construction whose source phrase the second stage classifies, with
entity labels. Rules report either through an :data:`Add`, and read words through :func:`lemma_of` (the
pipeline's lemma slips mended) and :func:`word` (quotation marks glued on by scraping stripped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import patterns as P
from .classify import AGENTLESS, ANONYMOUS, COMMON, OWN_VOICE, REPORT, RUMOUR, VAGUE, Source

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The kinds of source an editor is told about: every kind but a named one.
HEDGED_KINDS = (ANONYMOUS, VAGUE, AGENTLESS, REPORT, RUMOUR, COMMON, OWN_VOICE)


@dataclass(frozen=True)
class Attribution:
    """One attributed claim.

    ``first``/``last`` are the token indices (inclusive) of the phrase to show; ``cue`` is the
    word that makes it an attribution ("said", "according", "reportedly"); ``via`` says which
    construction found it (subject, inverted, agent, according, noun, passive, evaluative,
    adverb, anonymity, hearsay, common; ``voice.py`` adds evidential, appearance, learning and
    unowned); ``quoted`` is True when a quotation of a few words or more stands in the sentence
    or right after it; ``cue_i`` is the token index of the cue word when there is one (the
    precision rules of ``scope/`` read its clause).
    """

    kind: str
    first: int
    last: int
    cue: str
    via: str
    quoted: bool = False
    affiliated: bool = False
    weak: bool = False
    source_last: int = -1  # last token of the source itself when ``last`` runs on to the verb
    cue_i: int = -1  # token index of the cue word, when there is one

    @property
    def source_end(self) -> int:
        """Last token index of the source phrase, without a trailing verb."""
        return self.last if self.source_last < 0 else self.source_last


@dataclass(frozen=True)
class Pending:
    """A construction whose source phrase is classified in the second stage.

    ``via`` is the construction (according, agent, subject, inverted, noun, cited); ``cue`` the token
    index of the cue word, ``head`` that of the source phrase's head. ``decided`` is True when
    the parse alone settled the verdict, which is then ``source``.
    """

    via: str
    cue: int
    head: int
    decided: bool = False
    source: Source | None = None


def lemma_of(tok: Token) -> str:
    """The lower-case lemma, with the pipeline's known slips mended ("hoped" -> "hop")."""
    return P.LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def word(tok: Token) -> str:
    """The lower-case word without quotation marks glued to it ("”According" in scraped text)."""
    return tok.lower_.strip(_GLUED_QUOTES) or tok.lower_


_GLUED_QUOTES = "\"“”'‘’`"


#: How a rule reports what it found: ``add(attribution_or_pending, *token_indices_pointing_at_it)``.
Add = Callable[..., None]
