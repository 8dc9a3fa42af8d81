"""What the precision rules read besides the attribution itself (:class:`Context`): the article's quotations, its
named attributions, and the tokens inside what identified or hedged sources say."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import patterns as P
from ..attribution import lemma_of
from ..candidates import candidates
from ..classify import NAMED
from ..quotes import Quotes, find_quotes
from .common import SPEAKING_VIAS, according_object, cites_a_legal_record

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..attribution import Attribution


@dataclass(frozen=True)
class Context:
    """What the rules read besides the attribution itself: the quotations, the named
    attributions, and the tokens inside what identified or hedged sources say."""

    quotes: Quotes
    named: list[Attribution]
    identified_claims: frozenset[int]
    hedged_claims: frozenset[int]
    #: what each hedged speaker's own cue covers, by cue index (a source is not inside its own claim)
    own_claims: dict[int, frozenset[int]]
    #: the article cites the legal record its allegations come from ("according to the affidavit")
    legal_record: bool

    @classmethod
    def of(cls, doc: Doc, attributions: list[Attribution], hedged: tuple[str, ...]) -> Context:
        named = [a for a in attributions if a.kind == NAMED]
        identified = (
            _claims_of(doc, named)
            | _claims_of_identified_speakers(doc)
            | _claims_of_identified_documents(doc)
            | _claims_of_owned_positions(doc)
        )
        speakers = [a for a in attributions if a.kind in hedged and a.via in SPEAKING_VIAS]
        own = {a.cue_i: frozenset(_claims_of(doc, [a])) for a in speakers if a.cue_i >= 0}
        hedged_claims = _claims_of(doc, speakers)
        return cls(
            find_quotes(doc), named, frozenset(identified), frozenset(hedged_claims), own, _legal_record_cited(doc)
        )


def _legal_record_cited(doc: Doc) -> bool:
    """The article gives the legal record its allegations come from ("..., according to the affidavit",
    "the feds alleged", "prosecutors allege"): its "allegedly" is the legal caution of crime reporting,
    owned by that record, not a claim passed on from nobody."""
    if any(cites_a_legal_record(tok) for tok in candidates(doc, {"according"})):
        return True
    for tok in candidates(doc, lemmas={"allege", "charge"}):
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _LEGAL_ACCUSERS for c in tok.children):
            return True
    return False


#: Subjects of "allege"/"charge" that make the allegation a legal record's.
_LEGAL_ACCUSERS = frozenset(
    {"prosecutor", "prosecutors", "fed", "feds", "prosecution"}
    | {"indictment", "complaint", "affidavit", "lawsuit", "suit"}
)


def _claims_of(doc: Doc, attributions: list[Attribution]) -> set[int]:
    """Token indices of what these sources say: the clause of their verb, or the sentence
    around "according to X" and a parenthetical "..., X said"."""
    covered: set[int] = set()
    for attr in attributions:
        if attr.cue_i >= 0:
            covered |= _content(doc[attr.cue_i], according=attr.via == "according")
    return covered


def _content(cue: Token, *, according: bool = False) -> set[int]:
    own = {t.i for t in cue.subtree}
    covered: set[int] = set()
    if according or (cue.dep_ in ("parataxis", "advcl", "prep") and cue.head.i != cue.i and _parenthetical(cue)):
        host = cue.head if not according else _according_host(cue)
        covered.update(t.i for t in host.subtree if t.i not in own)
    inverted = any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children)
    for child in cue.children:
        if child.dep_ in ("ccomp", "parataxis") and _frame(child):
            continue  # "Bush said he will vote for Clinton, a source told ABC News": the source tells it all
        if child.dep_ in ("ccomp", "parataxis") or (child.dep_ == "conj" and child.i < cue.i):
            covered.update(t.i for t in child.subtree)
        elif inverted and child.dep_ == "advcl" and child.i > cue.i and any(c.dep_ == "mark" for c in child.children):
            covered.update(t.i for t in child.subtree)  # '"...," the attorney said, while 5,600 are believed ...'

        elif child.dep_ == "conj" and child.i > cue.i and _that_clause(child):
            covered.update(t.i for t in child.subtree)  # "complained that ... and that Trump's camp apparently ..."
        elif child.dep_ == "dobj" and cue.lemma_.lower() in P.CLAIM_AS_OBJECT_VERBS:
            covered.update(t.i for t in child.subtree)  # "alleges violations supposedly committed"
    return covered


def _that_clause(verb: Token) -> bool:
    """A verb whose clause opens with "that": a second complement coordinated with the first ("said that
    A and that B"), which the parser may hang on the speech verb as a conjunct."""
    return verb.left_edge.lower_ == "that" and verb.pos_ in ("VERB", "AUX")


def _parenthetical(cue: Token) -> bool:
    """The speaker's clause frames its host ('..., police said', 'as Breitbart reported'), rather
    than adding a claim of its own beside it ('..., though he declared ...', 'was when Bush
    asked ...'): a subordinator other than "as" makes it a clause of its own."""
    if cue.dep_ != "advcl":
        return True
    return not any(
        c.dep_ in ("mark", "advmod") and c.tag_ in _SUBORDINATOR_TAGS and c.lower_ != "as" for c in cue.children
    )


_SUBORDINATOR_TAGS = frozenset({"IN", "WRB"})


_FRAME_PUNCT = frozenset({",", "—", "--"})


def _frame(clause: Token) -> bool:
    """A speech verb after a comma that reports the whole sentence and says nothing of its own:
    "Bush said he will vote for Clinton, a source told ABC News" (the parser makes the frame a
    clause of the first verb)."""
    if clause.lemma_.lower() not in P.CUE_VERBS or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    edge = clause.left_edge
    after_comma = edge.text in _FRAME_PUNCT or (edge.i > 0 and clause.doc[edge.i - 1].text in _FRAME_PUNCT)
    if clause.i < clause.head.i or not after_comma:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in clause.children)


def _claims_of_identified_speakers(doc: Doc) -> set[int]:
    """What identified speakers the classifier leaves aside say: a definite description ("the
    real estate mogul claimed ..."), found from the parse."""
    covered: set[int] = set()
    for tok in candidates(doc, P.LEMMA_FIXES, P.STRONG_CUE_VERBS):
        if tok.pos_ != "VERB" or lemma_of(tok) not in P.STRONG_CUE_VERBS:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and tok.dep_ == "conj":
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and _identified(subject):
            covered |= _content(tok)
    return covered


def _claims_of_owned_positions(doc: Doc) -> set[int]:
    """What a named owner's position holds: "RT's defense has been that its viewers expect ...",
    "the company's argument that ..."."""
    covered: set[int] = set()
    for noun in candidates(doc, (), P.POSITION_NOUNS):
        owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
        if owner is None or not (owner.pos_ == "PROPN" or owner.tag_ == "PRP$"):
            continue
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp", "relcl"):
                covered.update(t.i for t in child.subtree)
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            for child in noun.head.rights:
                if child.dep_ in ("ccomp", "attr", "advcl"):
                    covered.update(t.i for t in child.subtree)
    return covered


def _claims_of_identified_documents(doc: Doc) -> set[int]:
    """What "according to the document" (a definite, already introduced source) covers."""
    covered: set[int] = set()
    for tok in candidates(doc, {"according"}):
        pobj = according_object(tok)
        if pobj is not None and _identified(pobj):
            covered |= _content(tok, according=True)
    return covered


def _identified(subject: Token) -> bool:
    """A definite singular description of one person or body: "the real estate mogul"."""
    if subject.tag_ != "NN" or subject.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS | P.GROUP_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.lefts)


def _according_host(according: Token) -> Token:
    """The clause "according to X" is attached to (its head, or the sentence root)."""
    head = according.head
    return head if head.i != according.i else according.sent.root
