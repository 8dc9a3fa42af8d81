"""A report, a record or an outlet named nearby: the finding's unowned report, "reportedly" or evidence is one
the article names in the next sentence ("according to a new poll. A Quinnipiac University survey released
Thursday shows ..."), a sentence that says where the claim comes from ("This is all according to lawsuit filed
in federal court ..."), the paragraph's opening ("As The Hill reported, ..."), or the sentence before ("... said
in a report released today that ... According to report ISIS has executed"). Reasons ``named_report`` and
``named_next``; the people named nearby are ``named_nearby.py``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import paragraph_ranges

from .. import patterns as P
from ..classify import entity
from .common import according_object, for_example, is_proper_name, proper_source, source_head
from .measured import gives_shares

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..attribution import Attribution


def report_named_next(doc: Doc, attr: Attribution) -> bool:
    """'..., according to a recent study. The study, which was published in the American Journal
    of Public Health, ...', '..., according to a new poll. A Quinnipiac University survey released
    Thursday shows ...': the next sentence names the report the finding points to, or what follows a
    colon in its own ('Early polls show voters ... rejecting Mr. Trump: A Quinnipiac University poll this
    month found ...')."""
    sent = doc[attr.first].sent
    colon = next((t.i for t in doc[attr.last + 1 : sent.end] if t.text == ":"), None)
    if colon is not None and _report_named_in(doc[colon + 1 : sent.end], doc, attr):
        return True
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    if _report_named_in(nxt, doc, attr):
        return True
    if nxt.end < len(doc) and _new_report_named_again(doc[nxt.end].sent, doc, attr):
        return True  # "A new poll shows that ... Despite media pronouncements ... The latest Reuters/Ipsos
        # opinion poll released Friday shows ...": the lede's new poll, its owner given a sentence later
    # "Polls in New Hampshire show ... But beneath them, ... For instance, a WBUR poll last week showed ...": an
    # example a sentence or two further on gives in so many words
    for _ in range(2):
        if nxt.end >= len(doc):
            return False
        nxt = doc[nxt.end].sent
        if "\n" in doc.text[sent.end_char : nxt.start_char]:
            return False  # the example must be in the same paragraph
        if _gives_an_example(nxt):
            return _report_named_in(nxt, doc, attr)
    return False


def _gives_an_example(sent: Span) -> bool:
    """The sentence opens with "For instance" or "For example"."""
    return for_example(sent[0])


def _report_named_in(nxt: Span, doc: Doc, attr: Attribution) -> bool:
    head = source_head(doc, attr)
    if head is not None and head.pos_ == "NOUN" and any(
        t.dep_ == "appos" and t.lemma_.lower() == head.lemma_.lower() and t.head.pos_ == "PROPN" for t in nxt
    ):
        return True  # "..., a newspaper reported Friday. ..., said Uhuru, or Freedom, a Swahili newspaper owned by
        # the ruling party": the same noun, now in apposition to a name
    for tok in nxt:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in P.DOCUMENT_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # the next sentence must be about the report, not cite one for another figure
        if any(t.pos_ == "PROPN" for t in tok.subtree):
            return True  # "The study, which was published in the American Journal of Public Health"
        verb = tok.head
        if verb.lemma_.lower() in _PUBLISHING_VERBS and any(
            t.pos_ == "PROPN" for c in verb.children if c.dep_ in ("prep", "agent") for t in c.subtree
        ):
            return True  # "The poll was conducted by Quinnipiac University"
    news = next((t for t in doc[attr.first : attr.source_end + 1] if t.lemma_.lower() in _NEWS_REPORT_NOUNS), None)
    if news is not None and news.tag_ == "NN" and _outlet_reports(nxt):
        return True  # "A news report published Wednesday said ... The New York Times reported it obtained ..."
    if news is not None and news.tag_ == "NN" and attr.via == "according" and _new(news) and _according_to_a_name(nxt):
        return True  # "..., according to a new report. According to Radar Online, Winter “feels ...": the same
        # words, the report now named (not "according to one report", one of several)
    report = next((t for t in doc[attr.first : attr.source_end + 1] if t.lemma_.lower() in P.SURVEY_NOUNS), None)
    if report is None:
        return False
    for tok in nxt:
        if tok.lemma_.lower() != report.lemma_.lower():
            continue
        if _definite_with_owner(tok):
            return True  # "... in the new NBC/Wall Street Journal poll": the same poll, its owner named
        if _according_to(report) and _according_to(tok) and _owner_named(tok) and report.tag_ == tok.tag_ == "NN":
            return True  # "..., according to a new nationwide poll. ... according to a CBS poll released Monday"
        if report.tag_ == tok.tag_ == "NN" and _same_new_report(report, tok) and _owner_by(tok):
            return True  # "..., a new poll indicates. ... according to a new poll by the Harvard University
            # Institute of Politics": the lede's new poll, its owner given in the next sentence
        if report.tag_ == "NN" and _owner_named(tok) and _reports_as_subject(tok):
            return True  # "..., according to a new poll. ... a Morning Consult Poll found that ...": the lede's
            # poll, named as the next sentence's subject telling what it found
        if report.tag_ == "NNS" and tok.tag_ == "NN" and _owner_named(tok) and _in_reporting_subject(tok):
            return True  # "Polls consistently show Americans view the country as on the wrong track ... A
            # POLITICO-Harvard T.H. Chan School of Public Health poll out this week showed that ...": one of the
            # polls, named, telling what it found
    opener = next((t for t in nxt if not t.is_punct), None)
    if report.tag_ == "NN" and opener is not None and opener.lower_ == "in" and _names_its_poll(opener):
        return True  # "A poll of voters nationwide ... show ... In a CNN/ORC poll of voters watching the debate, ..."
    return gives_shares(nxt) and _opens_with_named_according(nxt)  # "According to Morning Consult, 29 percent"


def source_named_next(doc: Doc, attr: Attribution) -> bool:
    """'Allegedly, the school has been mandating children profess ... This is all according to lawsuit
    filed in federal court this past Wednesday.': the next sentence says where what was just said comes
    from. Only this anaphoric form counts: a named source merely standing in the next sentence (a
    named member of the group, an "according to" on another claim) was queried by readers all the
    same (10 of 11 such findings in the marked sets)."""
    sent = doc[attr.first].sent
    return sent.end < len(doc) and _this_is_according_to_a_record(doc[sent.end].sent)


def _names_its_poll(prep: Token) -> bool:
    """ "In a Washington Post/ABC News poll released Sunday": the preposition's object is a poll or survey
    whose owner is named."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in P.SURVEY_NOUNS and _owner_named(pobj)


def _this_is_according_to_a_record(sent: Span) -> bool:
    """'This is all according to lawsuit filed in federal court this past Wednesday.': "this"/"that"
    stands for what was just said and "according to" gives a record the reader can find (a proper
    name, or a noun pinned down by what it is: filed, published, released ...)."""
    root = sent.root
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("this", "that") for c in root.children):
        return False
    according = next((c for c in root.children if c.lower_ == "according"), None)
    if according is None:
        return False
    pobj = according_object(according)
    if pobj is None or pobj.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS | P.GROUP_NOUNS:
        return False
    return is_proper_name(pobj) or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in pobj.children)


def _definite_with_owner(noun: Token) -> bool:
    """'the new NBC/Wall Street Journal poll': the report again, with its owner's name on it."""
    lefts = list(noun.lefts)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in lefts
    )


def _according_to(noun: Token) -> bool:
    """The noun is what "according to" cites."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def _opens_with_named_according(sent: Span) -> bool:
    """The sentence opens with "According to" and a proper name ("According to Morning Consult,")."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ != "according":
        return False
    pobj = according_object(first)
    if pobj is None:
        return False
    # "According to Morning Consult,", "According to a Washington Post-ABC News survey,"
    return pobj.pos_ == "PROPN" or (pobj.lemma_.lower() in P.DOCUMENT_NOUNS and _owner_named(pobj))


#: Verbs of a named report that opens a paragraph: "As The Hill reported,", "As Politico first noted,".
_AS_REPORTED_VERBS = frozenset({"report", "note", "write", "reveal", "say"})


def paragraph_opens_with_named_report(doc: Doc, attr: Attribution) -> bool:
    """The paragraph of a "reportedly" opens with a named outlet's report ("As The Hill reported, ..."
    or "According to Politico, ..."): what follows in the paragraph is that report's."""
    at = doc[attr.first].idx
    start = next((a for a, b in paragraph_ranges(doc.text) if a <= at < b), None)
    opening = None if start is None else doc.char_span(start, start + 1, alignment_mode="expand")
    if not opening:
        return False
    first = opening[0].sent
    if _opens_with_named_according(first):
        return True
    opener = next((t for t in first if not t.is_punct and not t.is_space), None)
    if opener is None or opener.lower_ != "as":
        return False
    verb = opener.head
    return verb.lemma_.lower() in _AS_REPORTED_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children
    )


#: Words by which a report is introduced as the latest of its kind: "a new poll", "a recent survey".
_NEW_REPORT_WORDS = frozenset({"new", "recent", "latest"})


def _new_report_named_again(sent: Span, doc: Doc, attr: Attribution) -> bool:
    """``sent`` gives the attribution's one new report ("a new poll") again, definite and with its
    owner's name ("The latest Reuters/Ipsos opinion poll")."""
    report = next((t for t in doc[attr.first : attr.source_end + 1] if t.lemma_.lower() in P.SURVEY_NOUNS), None)
    if report is None or report.tag_ != "NN" or not _new_words(report):
        return False
    return any(
        t.lemma_.lower() == report.lemma_.lower() and t.tag_ == "NN" and _new_words(t) and _definite_with_owner(t)
        for t in sent
    )


def _new_words(noun: Token) -> set[str]:
    """The words that call the report new: {"new"} for "a new poll", {"latest"} for "the latest poll"."""
    return {c.lower_ for c in noun.lefts if c.dep_ == "amod"} & _NEW_REPORT_WORDS


def _same_new_report(first: Token, again: Token) -> bool:
    """Both mentions call the report new the same way ("a new poll" ... "a new poll by ..."), so they
    are one report, not the second of two."""
    return bool(_new_words(first) & _new_words(again))


def _owner_by(noun: Token) -> bool:
    """The report is given with its owner: "a new poll by the Harvard University Institute of Politics"."""
    return _owner_named(noun) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(t.pos_ == "PROPN" for t in c.subtree) for c in noun.rights
    )


#: Verbs a poll or study tells its results with ("a Morning Consult Poll found that").
_RESULT_VERBS = frozenset({"find", "show", "indicate", "suggest", "reveal", "say", "put"})


def _reports_as_subject(noun: Token) -> bool:
    """The report is the subject of a verb telling its results: "a Morning Consult Poll found that"."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _RESULT_VERBS


def _in_reporting_subject(noun: Token) -> bool:
    """The report is the subject of a verb telling its results, or the last noun of that subject as the parser
    split a long name ("A POLITICO-Harvard T.H. Chan School of Public Health poll out this week showed": "poll"
    hung on "School of")."""
    if _reports_as_subject(noun):
        return True
    tok = noun
    while tok.dep_ in ("pobj", "prep", "compound"):
        tok = tok.head
    own = {t.i for t in noun.subtree}
    # a noun after it naming the subject instead says it is not the last ("week" in "out this week" dates it)
    later = [t for t in tok.subtree if noun.i < t.i < tok.head.i and t.pos_ == "NOUN" and t.i not in own]
    return _reports_as_subject(tok) and all(t.dep_ == "npadvmod" for t in later)


def _owner_named(noun: Token) -> bool:
    """The report carries its owner's proper name before it ("a Washington Post-ABC News survey")."""
    return any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in noun.lefts)


#: News reports whose owner the next sentence may give as a paper's name reporting ("A news report
#: published Wednesday said ... The New York Times reported it obtained ...").
_NEWS_REPORT_NOUNS = frozenset({"report", "story", "article"})


def _outlet_reports(sent: Span) -> bool:
    """The sentence's subject is an organisation's name and its verb reports: "The New York Times reported"."""
    root = sent.root
    if root.lemma_.lower() not in ("report", "say", "publish"):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and entity(c) == "ORG" for c in root.children)


def _new(report: Token) -> bool:
    """'a new report', 'a recent report': the latest one, which the next sentence may name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in report.lefts) and bool(_new_words(report))


def _according_to_a_name(sent: Span) -> bool:
    """The sentence opens with "According to" and a name ("According to Radar Online, ..."), not a person's
    relations ("According to Winter's friends")."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "according":
        return False
    named = according_object(first)
    return named is not None and named.pos_ == "PROPN"


_PUBLISHING_VERBS = frozenset({"publish", "conduct", "release", "commission", "carry", "issue", "produce"})


def bare_report_named_before(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """ "The Syrian Network for Human Rights said in a report released today that ... According to report ISIS has
    executed around 367 people": a singular "report" with no article at all (dropped, as in translated copy) right
    after a sentence in which a named source gives "a report": it is that report, as "the report" would be."""
    head = according_object(doc[attr.cue_i]) if attr.via == "according" and attr.cue_i >= 0 else source_head(doc, attr)
    if head is None or head.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    sent = doc[attr.first].sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    return any(t.lemma_.lower() == head.lemma_.lower() and t.pos_ == "NOUN" for t in before) and any(
        before.start <= n.first < before.end and proper_source(doc, n) for n in named
    )
