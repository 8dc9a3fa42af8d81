"""A poll's or count's result, not people cited as sources: a share in per cent, a split, respondents, what a
poll shows. Reason ``measured``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns as P
from .common import source_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..detect import Attribution


#: The smallest number of people whose saying something is a tally, not a set of unnamed sources.
_TALLY = 20


def tallied(doc: Doc, attr: Attribution) -> bool:
    """The source is counted in figures of at least ``_TALLY`` ("1,409 teachers said", "95 members")."""
    head = source_head(doc, attr)
    if head is None:
        return False
    for c in head.lefts:
        digits = c.text.replace(",", "")
        if c.dep_ == "nummod" and digits.isdigit() and int(digits) >= _TALLY:
            return True
    return False


def percent_of(doc: Doc, attr: Attribution) -> bool:
    """The source phrase is the group of a share given in per cent: "55 percent of insiders", "(35%) of
    amateur sports people". Read from the words before the phrase, not the parse, which often hangs the
    "of" elsewhere. Not a share in words ("a majority of Americans believe"): without a figure nobody
    measured it."""
    i = attr.first - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    i -= 1
    if doc[i].text in (")", "]") and i > 0:
        i -= 1
    return doc[i].lower_ in _PERCENT_WORDS or doc[i].text.endswith("%")


_PERCENT_WORDS = frozenset({"%", "percent", "pct", "cent"})


def gives_shares(sent: Span) -> bool:
    """The sentence gives the shares a judgement was measured by: a poll's result, not a
    judgement passed off as common ground."""
    # "52% to 41%", "55 percent", "a 13-point advantage on being viewed as decisive"
    return any(t.text in ("%", "percent") or t.text.endswith("%") for t in sent) or (
        _POINTS.search(sent.text) is not None
    )


#: Two shares set against each other, a poll's split: "55%-41%", "54% to 43%", "76 percent to 21 percent".
#: Not a range ("20 to 30 percent more", "20% to 30% more"): both shares carry their unit and the first is
#: the larger, as a split is written.
_SPLIT = re.compile(r"\b(\d+(?:\.\d+)?)(?:%| percent)\s?(?:-|–|to)\s?(\d+(?:\.\d+)?)(?:%| percent)")


def poll_split(text: str) -> bool:
    """Whether ``text`` gives a poll's split of two shares ("by 55%-41%", ", 76%-21%")."""
    return any(float(m.group(1)) > float(m.group(2)) for m in _SPLIT.finditer(text))


_POINTS = re.compile(
    r"\b\d+(?:\.\d+)?(?:-| percentage )points?\b"  # "a 13-point advantage"
    r"|\b(?:half|a majority|two-thirds|a third|a quarter|three-quarters) of "
    r"(?:all )?(?:registered )?(?:voters|respondents)\b"  # "by at least half of all registered voters"
    r"|\b(?:\d|one|two|three|four|five|six|seven|eight|nine) in (?:10|ten)\b"  # "Nine in 10 Democratic voters"
)


def share_measured(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """'most think she would be the better candidate to handle terrorism, 54% to 43%', 'more voters
    believe she's honest ... now than in June. About 3-in-10 said ...': the group is a share or a
    comparison of a polled crowd ("most", "more": a superlative or comparative quantifier), and the
    sentence or the next gives the shares. The poll's respondents are what is measured,
    not a source passing a claim on."""
    if attr.via != "subject":
        return False
    head = source_head(doc, attr)
    if head is None:
        return False
    share = head if head.tag_ in _SHARE_TAGS else next((c for c in head.lefts if c.tag_ in _SHARE_TAGS), None)
    if share is None or share.lower_ not in P.VAGUE_QUANTIFIERS:
        return False
    sent = doc[attr.first].sent
    return gives_shares(sent) or (sent.end < len(doc) and gives_shares(doc[sent.end].sent))


_SHARE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


#: Words by which a sentence is about a poll and its answers.
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "surveyed", "polled", "respondents", "questionnaire"})


def respondents(doc: Doc, attr: Attribution) -> bool:
    """The source is a bare quantifier ("Some", "Many", "Others") and the sentence before is about a poll
    (what they say is not): the quantifier counts the poll's respondents, whom the poll is the source for."""
    head = source_head(doc, attr)
    if head is None or head.lower_ not in ("some", "many", "most", "others") or head.n_lefts or head.n_rights:
        return False
    sent, verb = head.sent, head.head
    if sent.start == 0:
        return False
    claim = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep")]
    if any(t.lower_ in _POLL_WORDS for t in _without_side_clauses(claim)):
        return False  # "Many doubt the veracity of the MetroNews poll": the poll is what they doubt
    return any(t.lower_ in _POLL_WORDS for t in doc[sent.start - 1].sent)


def _without_side_clauses(roots: list[Token]) -> list[Token]:
    """The tokens under ``roots`` but not under an adverbial clause among them ("..., while a third of
    the poll said ...")."""
    found, todo = [], list(roots)
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo.extend(c for c in tok.children if c.dep_ != "advcl")
    return found


#: Verbs by which a poll or study gives its result ("a new poll that shows", "the survey found").
_RESULT_VERBS_OF_POLLS = frozenset({"show", "find", "suggest", "indicate", "reveal"})


def poll_result(cue: Token) -> bool:
    """The group's view is what a poll or study shows ("a new poll that shows more voters view ...",
    "the survey found most Americans think ..."): the respondents are measured, the report is the source."""
    for anc in list(cue.ancestors)[:3]:
        if anc.lemma_.lower() not in _RESULT_VERBS_OF_POLLS:
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in P.FINDING_NOUNS for c in anc.children):
            return True
        if anc.dep_ == "relcl" and anc.head.lemma_.lower() in P.FINDING_NOUNS:
            return True
    return False
