"""Helpers several of the precision rules share: the head of a source phrase, a proper name, a source given by
one, a recording, a legal record cited, the object of "according to", "for example"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..attribution import Attribution


#: Recordings whose people the article describes: what they say there can be watched, not only taken on trust.
_RECORDING_NOUNS = frozenset(
    {"video", "footage", "clip", "recording", "tape", "videotape", "livestream", "broadcast", "documentary"}
)


def recording(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _RECORDING_NOUNS


SPEAKING_VIAS = frozenset({"subject", "inverted", "according"})


def cites_a_legal_record(according: Token) -> bool:
    """ "according to the affidavit", "According to a 52-count civil complaint": a determined legal record."""
    pobj = according_object(according)
    return (
        pobj is not None
        and pobj.lemma_.lower() in _LEGAL_RECORDS
        and any(c.dep_ in ("det", "poss", "compound") for c in pobj.lefts)
    )


#: Records "according to the ..." that make an article's allegations a legal record's.
_LEGAL_RECORDS = frozenset(
    {"affidavit", "complaint", "indictment", "lawsuit", "suit", "filing", "warrant", "deposition", "petition"}
)


def according_object(according: Token) -> Token | None:
    """What "according to" names: the object of its "to" ("according to the affidavit" -> "affidavit")."""
    return next((c for p in according.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"), None)


def source_head(doc: Doc, attr: Attribution) -> Token | None:
    """The root of the source phrase, without the verb a phrase shown with it ends in ("Sources tell")."""
    end = attr.source_end
    if attr.first < attr.cue_i <= end:
        end = attr.cue_i - 1  # "Sources tell": a phrase shown with its verb
    span: Span = doc[attr.first : end + 1]
    return span.root if len(span) else None


def is_proper_name(tok: Token) -> bool:
    """A person or organisation named by a proper noun (the parse decides; no new entity reads)."""
    if tok.pos_ == "PROPN":
        return True
    return any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") for c in tok.children) or (
        tok.dep_ == "appos" and tok.head.pos_ == "PROPN"
    )


#: Tags of pronouns, which name nobody.
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP"})


def for_example(tok: Token) -> bool:
    """``tok`` is the "for" of "for example" or "for instance"."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "for" and nxt is not None and nxt.lower_ in ("instance", "example")


def proper_source(doc: Doc, attr: Attribution) -> bool:
    """The source is given by a proper name, not a pronoun ("he" in a quotation is nobody's attribution)."""
    head = source_head(doc, attr)
    return head is not None and head.tag_ not in PRONOUN_TAGS and is_proper_name(head)
