"""A checkable source stands behind the claim where it is made: a named speaker's claim holds the
attribution, the document or law the sentence names, a named teller's story, a recording a name released, an
institution's statement, the legal act or record an allegation comes from. Reasons ``named_claim``,
``inside_attribution``, ``legal_process``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from scorer import paragraph_ranges

from .. import patterns as P
from ..classify import entity
from .common import according_object, cites_a_legal_record, is_proper_name, recording, source_head
from .context import Context

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..attribution import Attribution


#: Verbs of examining whose named subject is the judge of what the passive says: "When PolitiFact examined
#: the statement, it was labeled 'Mostly True'".
_EXAMINING_VERBS = frozenset(
    {"examine", "review", "check", "investigate", "analyze", "analyse", "study", "rate", "evaluate", "assess"}
)


def judged_by_a_name(cue: Token) -> bool:
    """The passive's own time clause names who examined the thing judged: the examiner is the judge."""
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _EXAMINING_VERBS:
            continue
        if any(c.dep_ == "nsubj" and is_proper_name(c) for c in clause.children):
            return True
    return False


#: Documents a passive's own sentence may give as where a thing was said, and the verbs of releasing them.
_RELEASED_DOCUMENTS = frozenset(
    {"summary", "statement", "release", "readout", "report", "letter", "memo", "transcript", "filing", "account"}
)


_RELEASING_VERBS = frozenset({"release", "issue", "publish", "provide", "distribute", "send", "post"})


def said_in_a_released_document(cue: Token) -> bool:
    """'In a strikingly praise-filled summary of the meeting released by his campaign, the Republican was said
    to express ...': the passive's own "in" phrase names the document and who released it (an agent of a
    verb of releasing in the phrase, wherever the parser hung it)."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in _RELEASED_DOCUMENTS:
            continue
        if any(t.lemma_.lower() in _RELEASING_VERBS and t.dep_ in ("acl", "relcl")
               and any(c.dep_ == "agent" for c in t.children) for t in noun.subtree):
            return True
    return False


#: Rules a status is held under ("Under the statute, a child ... is considered a citizen").
_LAW_NOUNS = frozenset(
    {"law", "statute", "rule", "regulation", "constitution", "treaty", "act", "code", "agreement", "contract", "policy"}
)


#: Written things a passive or a speaker's words may be "in": the reports of ``DOCUMENT_NOUNS`` and the
#: legal papers and writings an article quotes from ("in Friday's criminal complaint", "In it [the book]").
_WRITTEN_NOUNS = P.DOCUMENT_NOUNS | frozenset(
    {
        "book", "complaint", "affidavit", "indictment", "lawsuit", "motion", "petition", "column", "essay", "editorial",
        "chapter", "passage", "text", "manual", "encyclical", "constitution", "bill",
    }
)


#: Documents filed with a court: "filed" makes even "an affidavit" a record the reader can look up.
_COURT_FILINGS = frozenset({"affidavit", "complaint", "indictment", "lawsuit", "motion", "petition", "filing", "brief"})
#: What shows people rather than records their words: "described her demeanor in this video" is a speaker's
#: verdict on the video, not words the video holds.
_SHOWING_NOUNS = frozenset({"video", "footage", "photo", "image", "imagery", "interview", "recording", "clip", "tape"})


def in_the_document_or_law(doc: Doc, cue: Token, *, speaker: bool = False) -> bool:
    """The verb's own phrase gives where it is written: "in the filing" (a document the article brought up
    before: "the" or a demonstrative and the same noun earlier in the text, or a possessive that picks it out:
    "in Friday's criminal complaint, investigators say"; a court filing said to be filed: "in an affidavit filed
    in support of a criminal complaint"), "In it" opening the sentence after one that names
    a book or document ("The book is ... In it, Jews are described as"), or "under the statute" (a law or
    rule by which the status holds). For an unnamed ``speaker`` the document must hold words: not a video or an
    interview."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        if prep.lower_ == "in" and noun.lower_ == "it" and _written_thing_just_before(doc, prep):
            return True
        if (
            prep.lower_ == "in"
            and noun.lower_ == "which"
            and cue.dep_ == "relcl"
            and cue.head.lemma_.lower() in _WRITTEN_NOUNS | {"piece"}
        ):
            return True  # "the Washington Post ran a lengthy piece in which several Muslims explained why ..."
        lemma = noun.lemma_.lower()
        if prep.lower_ == "in" and lemma in _COURT_FILINGS and any(
            c.dep_ == "acl" and c.lemma_.lower() in ("file", "unseal", "submit") for c in noun.children
        ):
            return True  # "In an affidavit filed in support of a criminal complaint, an FBI special agent wrote":
            # a filing with a court is a public record, signed by whoever wrote it
        owned = any(c.dep_ == "poss" for c in noun.lefts)
        if not owned and not any(c.lower_ in ("the", "that", "this") for c in noun.lefts):
            continue
        if speaker and lemma in _SHOWING_NOUNS:
            continue
        if prep.lower_ == "under" and lemma in _LAW_NOUNS:
            return True
        if prep.lower_ == "in" and lemma in _WRITTEN_NOUNS and (
            owned or any(t.lemma_.lower() == lemma for t in doc[: noun.sent.start])
        ):
            return True
    return False


def _written_thing_just_before(doc: Doc, prep: Token) -> bool:
    """"In it" opens its sentence, and the sentence before, in the same paragraph, names a book or a document."""
    sent = prep.sent
    if prep.i != sent.start or sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    if "\n\n" in doc.text[before.end_char : sent.start_char]:
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _WRITTEN_NOUNS for t in before)


def accused_in_the_record_before(doc: Doc, cue: Token) -> bool:
    """An agentless "was accused of"/"was charged with" right after a sentence of the same paragraph that
    cites the legal record by "according to" ("According to a 52-count civil complaint filed by the ...
    Commission, ..."): the record is the accuser."""
    if cue.lemma_.lower() not in ("accuse", "charge") or cue.sent.start == 0:
        return False
    before = doc[cue.sent.start - 1].sent
    if "\n" in doc.text[before.end_char : cue.sent.start_char]:
        return False
    return any(tok.lower_ == "according" and cites_a_legal_record(tok) for tok in before)


#: Adverbs that hedge what a recording seems to show. Not "reportedly", which tells of a report, nor
#: "apparently", the writer's own inference ("In the video, the girl begs ... a black officer she was
#: apparently familiar with", marked in a tuning set).
_FOOTAGE_ADVERBS = frozenset({"allegedly", "purportedly"})


#: Verbs by which a recording shows something ("a video purporting to show", "footage appears to depict").
_FOOTAGE_VERBS = frozenset({"show", "purport", "depict", "capture", "appear"})


def what_a_recording_shows(adverb: Token) -> bool:
    """The adverb hedges what a recording named before it in the sentence shows: "released a new video
    purporting to show the killing of two Syrian activists ... allegedly for spying", "A video purportedly
    shot in the Kafr Batna neighborhood showed a room filled with more than 90 bodies"."""
    if adverb.lower_ not in _FOOTAGE_ADVERBS:
        return False
    sent = adverb.sent
    footage = [t for t in sent if t.i < adverb.i and recording(t) and _owned_by_a_name(t)]
    if not footage:
        return False  # "Videos posted online purportedly show yellow gas": nobody named stands behind them
    if any(t.lemma_.lower() in _FOOTAGE_VERBS and t.pos_ == "VERB" for t in sent):
        return True
    return any(t.dep_ == "pobj" and t.head.lower_ == "in" for t in footage)


def _owned_by_a_name(recording: Token) -> bool:
    """A name releases, runs or posts the recording: "The Islamic State group has released a new video",
    "Hezbollah's al-Manar TV ran exclusive footage", "an IS video", "a video posted by Reuters"."""
    if any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in recording.lefts):
        return True
    if any(
        c.dep_ == "acl" and any(a.dep_ == "agent" and any(t.pos_ == "PROPN" for t in a.subtree) for a in c.children)
        for c in recording.rights
    ):
        return True
    verb = recording.head
    if recording.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.pos_ == "PROPN" for t in subject.subtree)


def writers_aside(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """The hedge stands in round brackets the named source's cue is outside of: 'Trump stated that
    members of the "alt-left" (which is commonly understood to be made up of Antifa ...) were equally
    responsible': the bracket is the writer's aside, not part of what the speaker is reported to have
    said, so the speaker's name does not cover it."""
    sent = doc[attr.first].sent
    opening = None
    for tok in doc[sent.start : attr.first]:
        if tok.text == "(":
            opening = tok.i
        elif tok.text == ")":
            opening = None
    if opening is None:
        return False
    closing = next((t.i for t in doc[attr.first : sent.end] if t.text == ")"), None)
    if closing is None:
        return False
    return not any(opening < a.cue_i < closing or opening < a.first < closing for a in named)


#: A story someone tells, and the verbs of telling it: "told the tale of ...", "repeated the story that ...".
_STORY_NOUNS = frozenset({"tale", "story", "anecdote", "account", "yarn", "legend", "myth"})


_TELLING_VERBS = frozenset({"tell", "recount", "repeat", "relate", "share", "spin", "retell"})


def in_a_told_story(adverb: Token) -> bool:
    """The adverb is inside a story that a named person or a pronoun (who refers to one) tells."""
    for anc in adverb.ancestors:
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in _STORY_NOUNS and anc.dep_ == "dobj":
            teller = next((c for c in anc.head.children if c.dep_ == "nsubj"), None)
            return (
                anc.head.lemma_.lower() in _TELLING_VERBS
                and teller is not None
                and (teller.pos_ == "PROPN" or teller.lower_ in ("he", "she"))
            )
    return False


#: A source that names itself right after its noun: "one commenter calling himself “VarnstarkBittlewater”",
#: "a user who goes by @Pdubya", "a poster known as 'TruthSeeker'" (a quoted name, a handle or a capital).
_SELF_NAMED = re.compile(
    r"\s*,?\s*(?:who\s+(?:calls|called)\s+(?:him|her|them)sel(?:f|ves)|calling\s+(?:him|her|them)sel(?:f|ves)|"
    r"(?:who\s+(?:goes|went)|going)\s+by(?:\s+the\s+(?:name|handle))?|known\s+(?:online\s+)?as|"
    r"(?:using|under)\s+the\s+(?:user\s*name|name|handle|pseudonym))\s+[“\"‘'@]?[A-Z@]"
)


def self_named(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source gives its own screen name or pseudonym right after its noun."""
    head = doc[attr.source_last] if attr.source_last >= 0 else source_head(doc, attr)
    if head is None:
        return False
    return _SELF_NAMED.match(doc.text, head.idx + len(head)) is not None


#: Verbs by which a person makes the claim an "allegedly" inside it repeats.
_CLAIMING_VERBS = frozenset({"claim", "allege", "say", "tell", "testify", "insist", "accuse", "recall"})


#: Adverbs that pass a claim on; "reportedly" and "supposedly" say more than who claims it.
_ALLEGING_ADVERBS = frozenset({"allegedly"})


def in_a_persons_claim(adverb: Token) -> bool:
    """An "allegedly" inside what a name, a "he"/"she"/"who" standing for a person, or a document the article
    points back to ("The documents claim"), claims or says in the same sentence ("Alicia Machado, who has said
    that Trump regularly bullied her ..., allegedly calling ..."): that person is the one alleging, named where
    the claim is made."""
    if adverb.lower_ not in _ALLEGING_ADVERBS:
        return False
    for anc in adverb.ancestors:
        if anc.pos_ != "VERB" or anc.lemma_.lower() not in _CLAIMING_VERBS or anc.i > adverb.i:
            continue
        subject = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in ("he", "she"):
            return True
        if subject.pos_ == "PROPN":
            return True  # a name, of a person or of a body that claims: either is the one alleging
        if subject.lower_ == "who" and anc.dep_ == "relcl" and anc.head.pos_ == "PROPN":
            return True
        if subject.lemma_.lower() in _WRITTEN_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in subject.children
        ):
            return True  # "The documents claim ... in allegedly “third world” conditions": the documents allege
    return False


def inside_another(attr: Attribution, context: Context) -> bool:
    """The source phrase lies in what another hedged speaker says, not only in its own sentence
    ("Many retailers are against the idea, saying ...": the parse hangs the whole sentence, the
    group included, under its own "saying")."""
    return any(attr.first in covered for cue_i, covered in context.own_claims.items() if cue_i != attr.cue_i)


#: Verbs by which an institution states what follows: "a hospital said", "the ministry reported".
_INSTITUTION_SPEECH_VERBS = frozenset({"say", "report", "tell", "state", "announce", "add"})


#: A sentence that ends on its named speaker: "... Hamza Khatib told Reuters news agency.", "... Reuters
#: reported.", "... the Syrian Observatory for Human Rights said." (a name of one to six words, its last
#: capitalised, perhaps "group" or "monitor", then a verb of telling, at most an outlet's name and a weekday:
#: "... the Syrian Observatory for Human Rights group said on Saturday.").
_NAMED_SPEAKER_AT_END = re.compile(
    r"(?:\b[A-Z][\w.'’-]*(?:\s+(?:for|of|al|el|de|the)?\s*[A-Z][\w.'’-]*){0,5})\s+"
    r"(?:(?:group|monitor|agency|ministry)\s+)?"
    r"(?:told|said|says|reported|reports|added|confirmed|stated)"
    r"(?:\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:news\s+agency)?)?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*[.!]?[\"”’']?\s*$"
)


def named_speaker_closes(cue: Token) -> bool:
    """The passive's sentence closes on a named speaker and a verb of telling, the comma before them lost
    (as some collections strip commas): what comes before is that speaker's account."""
    sent = cue.sent
    tail = cue.doc.text[cue.idx : sent.end_char]
    match = _NAMED_SPEAKER_AT_END.search(tail)
    return match is not None and match.start() > 0 and not match.group().lstrip().lower().startswith("it ")


#: Words after the verb of a speaker who closes the sentence ("... security sources said on Monday on the condition
#: of anonymity due to restrictions on speaking with the media"): a time and a manner, no new clause.
_CLOSING_TAIL = 16
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def speaker_closes(token: Token, speaker_cues: Iterable[int]) -> bool:
    """ "Katyusha rockets which were reportedly preparing to attack Turkey security sources said on Monday", "some of
    the wounded were reported to be in critical condition the network added": the sentence of ``token`` (a hedge
    or a passive's verb) closes on a speaker whose verb is one of ``speaker_cues`` (the commas lost), with at most
    a time and a manner after it. What comes before is that speaker's account: a named one owns it, and an
    unnamed one's own finding already queries it."""
    sent = token.sent
    for i in speaker_cues:
        if not token.i < i < sent.end:
            continue
        tail = token.doc[i + 1 : sent.end]
        if len(tail) <= _CLOSING_TAIL and not any(t.tag_ in _FINITE for t in tail):
            return True
    return False


def named_speaker_tells_after(cue: Token, named_cues: Iterable[int]) -> bool:
    """A passive's sentence closes on a named speaker's bare verb of telling, the comma before it lost: "some of
    the wounded were reported to be in critical condition the network added". The verb must take no clause or
    object of its own (then it says something else) and nothing may shut the passive off from it (a bracket, a
    semicolon)."""
    doc = cue.doc
    telling = [
        i
        for i in named_cues
        if cue.i < i < cue.sent.end
        and doc[i].lemma_.lower() in _CLOSING_TELLING_VERBS
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "attr") for c in doc[i].children)
        and not any(t.text in (";", "(", ")") for t in doc[cue.i : i])
    ]
    return speaker_closes(cue, telling)


#: Verbs a speaker closing a sentence tells by.
_CLOSING_TELLING_VERBS = frozenset({"say", "add", "tell", "report", "state", "confirm", "note", "explain"})


def inside_an_institutions_claim(cue: Token) -> bool:
    """The passive stands in the clause an institution is said to state, whatever its determiner ("a hospital and
    a civil defence group said", which names no person and so is no attribution of its own)."""
    verb = cue.head
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in _INSTITUTION_SPEECH_VERBS:
            break
    if verb.lemma_.lower() not in _INSTITUTION_SPEECH_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lemma_.lower() in P.INSTITUTION_NOUNS
        and not (subject.left_edge.i <= cue.i <= subject.right_edge.i)
    )


def credited_with_thanks(cue: Token) -> bool:
    """'Thanks to Paul Sperry over at Real Clear Investigations, it was revealed only days before ...': the
    sentence credits a name with what the passive reports."""
    sent = cue.sent
    for tok in sent:
        if tok.i >= cue.i:
            return False
        if tok.lower_ == "thanks" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            target = tok.doc[tok.i + 2] if tok.i + 2 < sent.end else None
            return target is not None and target.pos_ == "PROPN" and target.text[:1].isupper()
    return False


def named_according_inside(cue: Token, named: list[Attribution]) -> bool:
    """'It is estimated that between 250000 and 300000 people live in areas held by the opposition
    in Aleppo according to the Syrian Observatory for Human Rights': a named "according to" inside
    the passive's own clause owns the estimate."""
    clause = {t.i for t in cue.subtree}
    if any(other.via == "according" and other.cue_i in clause for other in named):
        return True
    # "it's supposed to curb ''activist'' investors ..., according to a speech Mrs. Clinton delivered": what
    # is cited is no source phrase of its own, but whose it is is named (its owner, or the subject of a
    # relative clause on it; not a name it is about: "according to reports about Mrs. Clinton")
    for according in (t for t in cue.subtree if t.lower_ == "according"):
        cited = according_object(according)
        if cited is None:
            continue
        owners = [c for c in cited.lefts if c.dep_ in ("poss", "compound")]
        owners += [s for c in cited.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]
        if any(t.pos_ == "PROPN" for o in owners for t in o.subtree):
            return True
    return False


#: Verbs of an agentless "it was ... that" whose finder, beside a legal act, is the investigation.
FINDING_VERBS = frozenset({"discover", "find", "learn", "reveal", "confirm", "determine", "establish"})


def found_by_law(cue: Token) -> bool:
    """The sentence names a legal act outside what was found ("arrested after it was discovered that ...", "At the
    trial, it was revealed that ..."); not a legal word inside the finding itself ("it was revealed that he
    bankrolled lawsuits")."""
    found = {t.i for c in cue.children if c.dep_ in ("ccomp", "advcl", "xcomp") for t in c.subtree}
    return names_legal_process(cue.sent, skip=found)


def names_legal_process(sent: Span, skip: set[int] | None = None) -> bool:
    """The sentence names the legal act that makes the allegation ("arrested", "indicted"), the case it
    is made in ("the State of Missouri's case against Gov. Eric Greitens") or the allegations themselves
    ("weighed in on allegations against Donald Trump's campaign manager, who allegedly assaulted a
    reporter"): the "allegedly" is the caution of reporting them."""
    return any(
        t.lemma_.lower() in P.LEGAL_PROCESS_LEMMAS
        or (
            t.lemma_.lower() in ("case", "allegation", "accusation")
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children)
        )
        for t in sent
        if skip is None or t.i not in skip
    )


def same_verb_owned_before(cue: Token) -> bool:
    """The passive's verb stands in the sentence before, in the same paragraph, with an owner as its subject and the
    passive's own subject in what it says: "... the plaintiff alleged that Sater threatened one of the Arizona
    partners in the deal. Sater was alleged to have told Mennes he would call in a relative ...": the same
    plaintiff goes on alleging."""
    sent = cue.sent
    doc = cue.doc
    patient = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if patient is None or sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char]:
        return False
    lemma = cue.lemma_.lower()
    for tok in before:
        if tok.lemma_.lower() != lemma or tok.pos_ != "VERB":
            continue
        said = [t for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp") for t in c.subtree]
        if not any(t.text == patient.text for t in said):
            continue
        if _owned(tok):
            return True
    return False


def _owned(verb: Token) -> bool:
    """The verb's subject is an owner: a proper name, or a definite singular noun that is no group ("the budget
    office", "the plaintiff")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.pos_ == "PROPN":
            return True
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts)
        if definite and subject.tag_ == "NN" and subject.lemma_.lower() not in P.GROUP_NOUNS:
            return True
    return False


def same_verb_owned(cue: Token) -> bool:
    """The passive's verb comes back in the same sentence with an owner as its subject: "The deficit ... is
    projected to be $544 billion ... more than the budget office had projected": the forecast is the
    office's, named (or definite, given before) right there."""
    lemma = cue.lemma_.lower()
    for tok in cue.sent:
        if tok.i == cue.i or tok.lemma_.lower() != lemma:
            continue
        if _owned(tok):
            return True
    return False


#: A note's number after a sentence's end: "... in Catskill, NY.[1]", "... the record.”[12]", "... failed. [41]".
_FOOTNOTE = re.compile(r"[.!?\"”’)] ?\[\d{1,3}\]")
#: How far past the sentence's end the sentence splitter may have left its note.
_FOOTNOTE_REACH = 8
#: How many sentences after the hedged one a note may close the entry it cites.
_FOOTNOTE_SENTENCES = 2


def footnoted(token: Token) -> bool:
    """'May 2014: Ben Hodzic allegedly voted at the polls in the name of his brother ... in Catskill, NY.[1]': the
    sentence carries a numbered note, the source it cites, as a list of cases documented one by one does. A note
    closes the entry it cites, which may run on a sentence or two past the hedged one ('Linda Earlette Wells
    apparently voted ... She apparently used her mother's ID to cast the ballot.[32]'), up to its paragraph's end."""
    doc = token.doc
    text = doc.text
    if _FOOTNOTE.search(text, token.idx) is None:
        return False  # no note anywhere after it: most articles, without reading their paragraphs
    paragraph_end = next((end for start, end in paragraph_ranges(text) if start <= token.idx < end), len(text))
    last = token.sent
    for _ in range(_FOOTNOTE_SENTENCES):
        if last.end >= len(doc) or doc[last.end].idx >= paragraph_end:
            break
        last = doc[last.end].sent
    end = min(last.end_char + _FOOTNOTE_REACH, paragraph_end)
    return _FOOTNOTE.search(text, token.idx, end) is not None


#: What a named person says something in: "In an interview with co-founder Steve Wozniak, it was revealed ...".
_SAID_IN_NOUNS = frozenset({"interview", "conversation", "podcast", "statement", "speech", "letter", "memo", "call"})


def in_a_named_interview(cue: Token) -> bool:
    """'In an interview with co-founder Steve Wozniak, it was revealed that Jobs always had a particular fondness
    for the color', 'in his statement to the court, Manafort was said to ...': the passive's sentence names the
    interview or statement it comes from, and who gave it."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _SAID_IN_NOUNS):
            if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
                return True  # "in Wozniak's interview"
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "from")):
                if any(t.pos_ == "PROPN" for t in by.subtree):
                    return True
    return False


#: Nouns for a state's or a body's institutions that a nationality names ("the Syrian government").
_STATE_BODIES = frozenset({"government", "regime", "army", "military", "ministry", "authorities", "police", "court"})


def agent_named_after(cue: Token) -> bool:
    """ "Jaish al-Islam ... is considered a terrorist group by the Syrian government and Russia": the passive's
    agent comes after its complement and is named (a proper noun, or a state body its nationality names)."""
    # on the verb or on its complement, not inside a clause ("it was revealed that ... was attacked by Russia")
    holders = [cue, *(c for c in cue.children if c.dep_ in ("oprd", "attr", "acomp"))]
    bys = [t for h in holders for t in h.children if t.lower_ == "by" and t.i > cue.i and t.dep_ in ("prep", "agent")]
    agents = [c for by in bys for c in by.children if c.dep_ == "pobj"]
    return any(_named_agent(who) for a in agents for who in (a, *(c for c in a.children if c.dep_ == "conj")))


def _named_agent(who: Token) -> bool:
    """A proper noun, or a state body its nationality names ("the Syrian government")."""
    if who.pos_ == "PROPN" and who.text[:1].isupper():
        return True
    national = any(c.dep_ == "amod" and c.text[:1].isupper() and entity(c) == "NORP" for c in who.lefts)
    return who.lemma_.lower() in _STATE_BODIES and national


def named_co_source(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """ "she was in a stable condition the observatory and a security source said", "police and a security
    source said": the unnamed source shares its verb with a co-subject that is named, or that is "the" with a
    noun the article used before as part of a proper name ("the Syrian Observatory for Human Rights"). The
    claim then has an owner an editor can check."""
    head = source_head(doc, attr)
    if head is None or attr.cue_i < 0:
        return False
    partners = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ == "conj":
        partners.append(head.head)
    for partner in partners:
        if any(n.cue_i == attr.cue_i and n.first <= partner.i <= n.source_end for n in named):
            return True
        if _names_a_body_named_before(doc, partner):
            return True
    return False


def _names_a_body_named_before(doc: Doc, noun: Token) -> bool:
    """"the observatory" after "the Syrian Observatory for Human Rights": a definite common noun that an earlier
    proper name of the article ends in or holds as its head word."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(
        t.lower_ == noun.lower_ and t.pos_ == "PROPN" and t.text[:1].isupper() and t.i > 0
        and doc[t.i - 1].pos_ == "PROPN"
        for t in doc[: noun.sent.start]
    )
