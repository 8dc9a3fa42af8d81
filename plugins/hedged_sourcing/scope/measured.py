"""A poll's or count's result, not people cited as sources: a share in per cent, a split, respondents, what a
poll shows. Reason ``measured``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns as P
from ..candidates import candidates
from .common import source_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..attribution import Attribution


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


def measured_just_before(cue: Token) -> bool:
    """'ANDERSON COOPER ... is seen as favorable with 58% of those polled -- by far the most popular moderator. He
    is also seen as the moderator who will be the toughest': the sentence before gives a poll's shares for a
    judgement in the same words, so this one is the same poll's next answer."""
    sent = cue.sent
    if sent.start == 0:
        return False
    before = cue.doc[sent.start - 1].sent
    lemma = cue.lemma_.lower()
    return gives_shares(before) and any(t.lemma_.lower() == lemma and t.pos_ == "VERB" for t in before)


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
_POLL_WORDS = frozenset(
    {"poll", "polls", "polling", "survey", "surveys", "surveyed", "polled", "respondents", "questionnaire"}
)


def respondents(doc: Doc, attr: Attribution) -> bool:
    """The source is a bare quantifier ("Some", "Many", "Others") and the sentence before is about a poll
    (what they say is not): the quantifier counts the poll's respondents, whom the poll is the source for."""
    head = source_head(doc, attr)
    if head is None or head.lower_ not in ("some", "many", "most", "others") or head.n_lefts:
        return False
    if head.n_rights and not _of_a_polled_public(head):
        return False
    sent, verb = head.sent, head.head
    if sent.start == 0:
        return False
    claim = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep")]
    if any(t.lower_ in _POLL_WORDS for t in _without_side_clauses(claim)):
        return False  # "Many doubt the veracity of the MetroNews poll": the poll is what they doubt
    return any(t.lower_ in _POLL_WORDS for t in doc[sent.start - 1].sent)


#: The publics polls ask: "Most of each candidate's supporters say ...", "Many of the voters said ...".
_POLLED_PUBLICS = frozenset(
    {"supporter", "voter", "respondent", "american", "democrat", "republican", "independent", "viewer", "adult"}
)


def _of_a_polled_public(head: Token) -> bool:
    """The quantifier's only words after it are "of" and a public polls ask ("Most of each candidates'
    supporters")."""
    rights = list(head.rights)
    if len(rights) != 1 or rights[0].lower_ != "of":
        return False
    pobj = next((c for c in rights[0].children if c.dep_ == "pobj"), None)
    return pobj is not None and _singular(pobj.lower_) in _POLLED_PUBLICS


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


#: Words by which a sentence says a survey's answers were given anonymously ("who, like all respondents,
#: completed the survey anonymously").
_ANONYMITY_WORDS = frozenset({"anonymously", "anonymous", "anonymity"})
_PANEL_SURVEY_WORDS = frozenset(
    {"survey", "surveys", "respondent", "respondents", "panelist", "panelists", "questionnaire"}
)
#: The words a panel's members are called by in the reports of its surveys.
_PANEL_NOUNS = frozenset({"insider", "respondent", "panelist", "participant", "member"})
_PARTY_NOUNS = frozenset({"democrat", "republican", "independent"})


def panel_member(doc: Doc, attr: Attribution) -> bool:
    """'Insiders in both parties agree ...', 'some Republicans said ...', 'Other insiders, however, doubted'
    in an article that reports a survey of a panel whose members all answered anonymously ("said a Nevada
    Democrat — who, like all respondents, completed the survey anonymously"; "That's according to The
    POLITICO Caucus — a panel of activists, strategists and operatives"). The panel's members are what the
    survey measures; the article says who they are and why their names are withheld, so they are not
    sources the writer leans on."""
    head = source_head(doc, attr)
    if head is None:
        return False
    panel = _panel_nouns(doc)
    if not panel:
        return False
    # "The vast majority of all insiders": the group is the object of "of"
    groups = [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
    return any(_singular(g.lower_) in panel for g in groups)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _panel_nouns(doc: Doc) -> frozenset[str]:
    """What the members of an anonymously surveyed panel are called in ``doc``; empty when no sentence of
    the article says a survey's respondents answered anonymously."""
    nouns: set[str] = set()
    for sent in {tok.sent for tok in candidates(doc, _ANONYMITY_WORDS)}:
        words = {t.lower_ for t in sent}
        if words & _PANEL_SURVEY_WORDS:
            nouns |= _PANEL_NOUNS
            # the respondent the disclosure is attached to ("said a Nevada Democrat — who, like all respondents")
            nouns |= {_singular(t.lower_) for t in sent if t.pos_ in ("NOUN", "PROPN")} & _PARTY_NOUNS
    if nouns:
        nouns |= _panel_described(doc)
        if nouns & _PARTY_NOUNS:
            nouns |= _PARTY_NOUNS  # a panel "in both parties"
    return frozenset(nouns)


def _panel_described(doc: Doc) -> set[str]:
    """The nouns of 'a panel of activists, strategists and operatives'."""
    nouns: set[str] = set()
    for tok in doc:
        if tok.lower_ not in ("panel", "panels") or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        for pobj in (c for c in doc[tok.i + 1].children if c.dep_ == "pobj"):
            for member in [pobj, *pobj.conjuncts]:
                nouns.add(_singular(member.lower_))
    return nouns
