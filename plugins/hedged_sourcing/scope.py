"""Where a hedged attribution is no finding: the precision rules.

An unnamed source, an agentless passive or a hedge is only worth an editor's query when the
article itself presents the claim and nobody checkable stands behind it. So a hedged attribution
is dropped when:

* it stands inside quotation marks: the words are a speaker's, not the article's (a word in
  scare quotes is no claim at all);
* it is hypothetical: its cue verb carries a modal ("politicians would say", "would be
  considered"), stands in a conditional clause ("if a Trump supporter said"), or is a bare
  infinitive under another verb ("heard a reporter say", "have people believe");
* its group is the topic, not a source: "rebuked critics who say", "there's not a single
  historian who believes" (a relative clause on a noun that is not the subject; citing verbs,
  "cited two agents who said", still make it a source);
* a named source is given for the same claim: the finding lies in what a named source says in
  the same sentence ("Byrne states that the post was considered a punishment"), including the
  main clause of "..., according to the complaint" or "..., police said";
* for an unnamed group, the next sentence quotes a named member of it ("Critics say ...
  '...,' said Ann Lee, a ..."; the quotation opened with “, ", `` or a wire's ''), or names members
  as its example ("Chaffetz and Rep. Bob Goodlatte, for example, earlier asked ...");
* the next sentence says where the claim comes from in so many words ("This is all according to
  lawsuit filed in federal court ...");
* an "allegedly" in crime reporting whose sentence names the legal act or case, or whose article
  cites the record the allegations come from ("according to the affidavit", "the feds alleged").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import paragraph_ranges, post_ranges

from . import patterns as P
from .candidates import candidates
from .classify import AGENTLESS, ANONYMOUS, COMMON, DEFINITE, NAMED, OWN_VOICE, REPORT, RUMOUR, VAGUE, entity
from .detect import asks, goes_on_to, holds_a_claim, lemma_of
from .quotes import Quotes, find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .detect import Attribution

#: Adverbs by which the writer calls a belief false: what the group believes is then the topic.
_DISPUTING = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "incorrectly", "wrongfully"})
_ASSERTING_AUX = frozenset({"do", "does", "did", "will", "shall", "'ll", "wo"})
_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_TOPIC_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})
_PRONOUNS = frozenset({"PRP", "PRP$", "WP"})
_OPENING_QUOTES = frozenset({'"', "“", "``", "«"})
#: Adverbs by which the writer guesses at what a group expects or wants ("viewers probably expected").
_GUESSING = frozenset({"probably", "presumably"})
#: Verbs of expecting and wanting: a guess at them credits the group with no claim. Not "agree", "know",
#: "believe": "experts likely agree that ..." invokes an authority all the same.
_WISHING = frozenset({"expect", "want", "hope", "wish", "wonder"})
_BARE_QUANTIFIERS = frozenset({"some", "others", "many", "most", "several"})
#: Nouns for people: a partitive of anything else ("some of his stories") counts things.
_PEOPLE_NOUNS = P.ROLE_NOUNS | P.RELATION_NOUNS | P.GROUP_NOUNS | P.ALWAYS_ANONYMOUS_NOUNS


def in_scope(doc: Doc, attributions: list[Attribution], hedged: tuple[str, ...]) -> list[Attribution]:
    """``attributions`` without the hedged ones the rules above rule out (named ones stay)."""
    context = Context.of(doc, attributions, hedged)
    return [a for a in attributions if a.kind not in hedged or not ruled_out(doc, a, context)]


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
        speakers = [a for a in attributions if a.kind in hedged and a.via in _SPEAKING_VIAS]
        own = {a.cue_i: frozenset(_claims_of(doc, [a])) for a in speakers if a.cue_i >= 0}
        hedged_claims = _claims_of(doc, speakers)
        return cls(
            find_quotes(doc), named, frozenset(identified), frozenset(hedged_claims), own, _legal_record_cited(doc)
        )


def ruled_out(doc: Doc, attr: Attribution, context: Context) -> str:
    """Why ``attr`` is no finding ("quoted", "question", "hypothetical", "topic", "narrated", "named_claim",
    "legal_process", "measured", "inside_attribution", "named_member", "named_report", "named_next",
    "no_claim", "named_before", "link_title", "recorded", "press"), or "" when it stands."""
    first = doc[attr.first]
    if context.quotes.covering(first.idx) is not None or context.quotes.in_single_quotation(first.idx):
        return "quoted"
    if _in_bracketed_line(doc.text, first.idx):
        return "link_title"  # "[In wake of debate, multiple women accuse Trump of sexual advances]": a link
    cue = doc[attr.cue_i] if attr.cue_i >= 0 else None
    if cue is not None and attr.via in _QUOTABLE_CUE_VIAS and _inside_quotation(cue, context.quotes):
        # 'His "friends are slowly thinking ...', 'was “considered offensive.”': the verb is someone's quoted word
        return "quoted"
    if cue is not None and hypothetical(cue):
        return "hypothetical"
    if cue is not None and _topic_group(doc, attr, cue):
        return "topic"
    if cue is not None and attr.via == "subject" and _wh_object(cue):
        return "topic"  # "how do you expect to influence how people think": what people think is the object
    if cue is not None and attr.kind == AGENTLESS and _label_as_topic(cue):
        return "topic"  # "opened up about being described as a 'real woman'": the label is what she talks about
    if cue is not None and any(c.dep_ == "advmod" and c.lower_ in _DISPUTING for c in cue.children):
        return "topic"  # "Many mistakenly believe that ...": the writer disputes the belief, no claim rests on it
    if attr.kind == VAGUE and _quantifier_of_things(doc, attr):
        return "topic"  # "Some of his Trump stories are true, some are highly slanted and others are totally
        # false, like one this summer reporting that ...": "others" are stories, not people
    if cue is not None and attr.kind == VAGUE and _writers_guess(cue):
        return "topic"  # "And I think most of these people understand that their names might be difficult":
        # the writer's own guess about the group, who are the topic, not a source
    if cue is not None and attr.kind == VAGUE and _guessed_wish(cue):
        return "topic"  # "it left some gaps where viewers probably expected sharp questions": the writer's guess
        # at what a group thinks, no claim passed on from it
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and _rebutted(cue):
        return "topic"  # "While liberals dismissed him as a Hollywood actor, the truth was ...": a view the
        # writer states in order to answer it, no claim rests on it
    if cue is not None and attr.via == "subject" and _picks_out_a_group(cue):
        return "topic"  # "investors expecting a big deal ... may want to think twice": the -ing phrase picks
        # out whom the sentence is about, nobody is cited
    if attr.kind in (ANONYMOUS, VAGUE) and _the_press(doc, attr):
        return "press"  # "Scenes from the film were described to him by a Post reporter", "A reporter
        # pointed out that ...": journalists at work, asking or telling, not sources the writer leans on
    if cue is not None and attr.via == "noun" and not _report_holds_a_claim(cue):
        return "no_claim"  # "to recommend stories by other journalists": writings, nothing drawn from them
    if cue is not None and attr.via == "subject" and cue.lemma_.lower() in P.FINITE_CLAUSE_ONLY_VERBS and _to_do(cue):
        return "no_claim"  # "A University of Houston professor agreed to distribute ... kits": an act, no claim
    if cue is not None and attr.via == "subject" and _announces_a_plan(cue):
        return "no_claim"  # "a former Republican committee staffer announced plans to sue the panel": an act
    if cue is not None and attr.via in ("subject", "inverted") and _declines_to_comment(cue):
        return "no_claim"  # 'a State Department official said, "We are not going to speak to the content of
        # these documents"': a refusal to comment, no claim to check
    if cue is not None and attr.via == "subject" and _instructs(cue):
        return "no_claim"  # "officials have told Flint residents not to drink the brown stuff": an instruction
    if cue is not None and attr.via == "subject" and _attitude_to_a_thing(cue):
        return "no_claim"  # "most people primarily know people of their own race"
    if cue is not None and attr.via == "subject" and _a_feeling(cue):
        return "no_claim"  # "many European citizens feel stung after the euro crisis": a mood, no claim
    if cue is not None and attr.via == "agent" and _an_audience(doc, attr, cue):
        return "no_claim"  # "the Commander-in-Chief Forum viewed by 14.7 million people": an audience counted
    if cue is not None and attr.via == "subject" and cue.lemma_.lower() in P.REQUEST_VERBS and asks(cue):
        return "question"  # "Other judges questioned whether ...": an open question, no claim
    if cue is not None and attr.via in ("learning", "emerged") and _narrated(cue):
        # "The first thing I thought when I heard that they were splitting up", "voters swung to Mr. Cruz
        # after questions arose about Mr. Carson's grasp of foreign policy": an event that dates another
        return "narrated"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and _seen_in_a_recording(doc, attr, cue):
        return "recorded"  # "ISIS soldiers mock America's military tactics in the video": the people a
        # recording shows, which is there to be checked, not sources the writer leans on
    relayed = attr.kind == ANONYMOUS and _always_a_source(doc, attr)
    if cue is not None and attr.via == "subject" and _narrated(cue) and not relayed:
        return "narrated"
    if (
        not relayed
        and (attr.first in context.identified_claims or (cue is not None and cue.i in context.identified_claims))
        and not _writers_aside(doc, attr, context.named)
    ):
        return "named_claim"
    if attr.cue.startswith(("alleged", "purported")) and (context.legal_record or _legal_process(first.sent)):
        return "legal_process"
    if attr.kind == AGENTLESS and cue is not None and cue.lemma_.lower() in _FINDING_VERBS and _found_by_law(cue):
        return "legal_process"  # "has been arrested after it was discovered that she had fabricated a story": the
        # investigation that led to the arrest found it
    if attr.via == "evaluative" and _measured(first.sent):
        return "measured"  # "On terrorism (52% to 41%) ... Clinton is viewed as the better candidate"
    if attr.kind == VAGUE and cue is not None and _share_measured(doc, attr, cue):
        return "measured"  # "most think she would be the better candidate ..., 54% to 43%": a poll's result
    if attr.kind == VAGUE and cue is not None and attr.via == "subject" and _poll_split(cue.sent.text):
        return "measured"  # "Supporters of Republican Donald Trump for president say by 55%-41% that ...": a
        # poll's breakdown by group, the split given
    if attr.kind in (ANONYMOUS, VAGUE) and _tallied(doc, attr):
        return "measured"  # "the group polled members online: 1,409 teachers said they wanted to endorse
        # Sanders": a count that large is a tally of answers, not people cited as sources
    if attr.kind in (ANONYMOUS, VAGUE) and attr.via == "subject" and _percent_of(doc, attr):
        return "measured"  # "Overall, 55 percent of insiders said Trump met expectations", "It found more than a
        # third (35%) of amateur sports people say ...": a share in per cent is a poll's answer, not a source
    if attr.kind == VAGUE and cue is not None and attr.via == "subject" and _respondents(doc, attr):
        return "measured"  # "..., according to the poll. Some stated the absence of Brady was enough ...": the
        # bare quantifier counts the poll's respondents
    if attr.kind == VAGUE and cue is not None and _poll_result(cue):
        return "measured"  # "according to a new poll that shows more voters view Clinton unfavorably"
    if attr.kind == AGENTLESS and cue is not None and _same_verb_owned(cue):
        return "named_claim"  # "is projected to be $544 billion ... more than the budget office had projected"
    if attr.kind == AGENTLESS and cue is not None and _same_verb_told_next(doc, cue, context.named):
        return "named_next"  # "Internet companies have been criticized for ... Matthew Prince, chief executive of
        # CloudFlare, said that in one case Internet activists criticized his company for ...": he tells of it
    if attr.kind == AGENTLESS and attr.via == "adverb" and _in_a_told_story(doc[attr.first]):
        return "named_claim"  # "he told the largely unsubstantiated tale of Gen. John Pershing allegedly halting
        # Muslim attacks": the adverb is inside the story a named teller tells
    if attr.kind == AGENTLESS and _what_a_recording_shows(doc[attr.first]):
        return "named_claim"  # "a video posted online on 4 July purportedly showing Islamic State fighters
        # killing 25 Syrian soldiers": the recording is the source, the adverb says it is unverified
    if attr.kind == AGENTLESS and attr.via == "adverb" and _in_a_persons_claim(doc[attr.first]):
        return "named_claim"  # "She claims he asked her to dress up ... and allegedly 'pressed her ...'": the
        # person who makes the claim is the one alleging
    if attr.kind == AGENTLESS and cue is not None and _judged_by_a_name(cue):
        return "named_claim"  # "When PolitiFact examined the senator's statement, it was labeled 'Mostly True.'"
    if attr.kind == AGENTLESS and cue is not None and _said_in_a_released_document(cue):
        return "named_claim"  # "In a ... summary of the meeting released by his campaign, the Republican was said
        # to express ...": the document the sentence names, and who released it, is where it was said
    if attr.kind == AGENTLESS and cue is not None and _in_the_document_or_law(doc, cue):
        return "named_claim"  # "Mr. Angelo was described in the filing as a consultant" after "a filing with
        # the SEC"; "Under the statute, a child born abroad ... is automatically considered a U.S. citizen"
    if attr.kind == AGENTLESS and cue is not None and _accused_in_the_record_before(doc, cue):
        return "legal_process"  # "According to a 52-count civil complaint filed by the federal Securities and
        # Exchange Commission ... Mr. Quiros was accused of using $50 million": the complaint accuses him
    if attr.kind == AGENTLESS and cue is not None and _named_according_inside(cue, context.named):
        return "named_claim"  # "It is estimated that ... according to the Syrian Observatory for Human Rights"
    if attr.kind == AGENTLESS and cue is not None and _named_speaker_closes(cue):
        return "inside_attribution"  # "Those killed were believed to have inhaled chlorine gas and died from
        # poisoning the manager of al-Quds hospital Hamza Khatib told Reuters news agency" (commas stripped)
    if attr.kind == AGENTLESS and cue is not None and _inside_an_institutions_claim(cue):
        return "inside_attribution"  # "... when gas believed to be chlorine was dropped ..., a hospital and a civil
        # defence group said": what the institution said holds the belief
    if attr.kind not in (ANONYMOUS,) and attr.first in context.hedged_claims and attr.via not in _SPEAKING_VIAS:
        return "inside_attribution"  # "officials said the breach is believed to be ...": flagged once
    if attr.kind == VAGUE and attr.first in context.hedged_claims and _inside_another(attr, context):
        return "inside_attribution"  # "a new poll shows more voters view ...": the poll is the source
    if (attr.kind == VAGUE or (attr.kind == ANONYMOUS and _plural_source(doc, attr))) and (
        _named_member_next(doc, attr, context.named, context.quotes)
        or _members_listed_next(doc, attr)
        or _one_of_them_named_next(doc, attr)
        or _member_by_role_named_next(doc, attr)
        or _same_claim_named_next(doc, attr, context.named)
    ):
        return "named_member"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and _reaction(doc, attr, cue):
        return "reaction"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and attr.via == "subject" and _reacts_to_an_event(cue):
        return "reaction"  # "Most other opponents of abortion, however, condemned the shooting"
    if attr.kind == RUMOUR and cue is not None and _rumour_owned_next(doc, cue, context.named):
        return "named_next"  # "stoked speculation that he might offer himself ... 'Over time, there's been a lot
        # of speculation about that,' said former Utah governor Michael Leavitt, a Romney confidant"
    if attr.kind in (ANONYMOUS, VAGUE) and _self_named(doc, attr):
        return "named_claim"  # "one commenter calling himself “VarnstarkBittlewater” asks": a screen name
        # the reader can look up
    if attr.kind in (ANONYMOUS, VAGUE) and _post_signed_next(doc, attr):
        return "named_next"  # "Here's definitive proof ..., according to a user on Twitter: Can we put the
        # debate to rest now? ... — Quake Gyan (@QuakeDawg) September 26, 2016": the post names its poster
    if attr.kind == ANONYMOUS and _named_later(doc, attr):
        return "named_later"
    if attr.kind in (ANONYMOUS, VAGUE) and _teaser_named_next(doc, attr):
        return "named_later"
    if attr.kind == ANONYMOUS and _lede_actor_named_next(doc, attr):
        return "named_later"  # "A cafeteria worker in a Pennsylvania school district just quit her job, saying ...
        # Stacy Koltiska turned in her resignation letter ...": the lede's actor, named as the next sentence opens
    if attr.kind in (ANONYMOUS, VAGUE) and _counted_named_before(doc, attr):
        return "named_before"  # "Chairman Jason Chaffetz and Chairman Bob Goodlatte" ... "The two lawmakers"
    if attr.kind in (ANONYMOUS, VAGUE) and _counted_named_after(doc, attr):
        return "named_later"  # "six senators have slammed ..." ... "written by Patrick Leahy, ... and Elizabeth Warren"
    if attr.kind in (OWN_VOICE, COMMON) and _about_writer_or_reader(doc, attr):
        return "own_experience"  # also "Everybody knows how much I dislike Cops": what is known is the writer's own
    if attr.kind == OWN_VOICE and attr.via == "evidential" and _named_subject_quoted_next(doc, attr):
        return "named_next"  # "Ted Cruz apparently thinks so, too. ... 'I've got somebody in mind to build it,'
        # Cruz said": the writer's reading of a named person's words, which the paragraph quotes
    if attr.kind == REPORT and _report_named_next(doc, attr):
        return "named_report"
    if attr.via == "adverb" and attr.cue == "reportedly" and (
        _paragraph_opens_with_named_report(doc, attr) or _subject_posts_next(doc, attr)
    ):
        return "named_report"  # "As The Hill reported, ... he reportedly refused"; "Henry reportedly got a
        # reply ... Henry tweeted, '...'"
    if attr.kind in (AGENTLESS, VAGUE) and _source_named_next(doc, attr):
        return "named_next"
    if attr.via == "evidence" and _evidence_cited_next(doc, attr):
        return "named_next"  # "there is also evidence that ... According to the same poll, ..."
    return ""


#: Words by which the writer answers a view just stated: "While liberals dismissed him as ..., the truth was ...".
_ANSWERING_WORDS = frozenset({"truth", "fact", "reality", "actually"})
#: Conjunctions that open a clause the main clause answers.
_CONCEDING_MARKS = frozenset({"while", "although", "though", "whereas"})


def _rebutted(cue: Token) -> bool:
    """The cue's clause opens with "while"/"although" and the main clause answers it with the truth, the
    fact, reality or "actually": the group's view is the writer's foil, not a source ("While liberals
    dismissed him as a Hollywood actor, the truth was he was a successful two-term governor")."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONCEDING_MARKS for c in cue.children):
        return False
    after_clause = cue.right_edge.i  # the answer comes after the conceded clause, in the main one
    return any(t.lower_ in _ANSWERING_WORDS and t.i > after_clause for t in cue.head.subtree)


def _picks_out_a_group(cue: Token) -> bool:
    """A bare "-ing" phrase the parse makes the subject of the main verb ("investors expecting a big deal ...
    may want to think twice"); not a tense ("aides were predicting the parties would ...", the same parse)."""
    return cue.tag_ == "VBG" and cue.dep_ == "csubj" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)


#: Journalists at work, whose questions and descriptions are not sources of the article's claims.
_PRESS_NOUNS = frozenset({"reporter", "journalist", "correspondent"})


def _the_press(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source is a reporter or journalist: in a news article they ask the questions ("A reporter
    pointed out that ...") or are the paper's own staff ("described to him by a Post reporter"); every such
    finding read in the judged rounds was wrong, and no editor marked one. Not former journalists, who tell
    of where they worked ("Several former RT journalists have complained they weren't given such a free
    hand")."""
    head = source_head(doc, attr)
    if head is None:
        return False
    if head.lemma_.lower() in _OUTLET_STAFF_NOUNS and _at_a_named_outlet(head):
        return True  # "Writers at Quartz have noted that ...": the outlet's published work, named
    if head.lemma_.lower() not in _PRESS_NOUNS:
        return False
    return not any(c.lower_ in ("former", "ex") for c in head.lefts)


#: Staff who publish under an outlet's name: with the outlet named, their claim is the outlet's.
_OUTLET_STAFF_NOUNS = frozenset({"writer", "editor", "columnist", "reporter", "journalist"})


def _at_a_named_outlet(head: Token) -> bool:
    """ "Writers at Quartz", "editors of The Atlantic", "reporters for the Post": a named outlet."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "for", "from", "of", "with")
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in head.rights
    )


#: What holds a report noun's claim: a clause on it, or the verb or preposition that draws on it.
_DRAWN_ON = frozenset({"according", "on", "citing", "cite", "show", "suggest", "say", "find", "indicate"})


def _report_holds_a_claim(noun: Token) -> bool:
    """'reports from officials that ...', 'based on accounts from law enforcement officials': the report
    noun carries a claim, by a clause of its own or by what the sentence draws from it; not 'recommend
    stories by other journalists', 'amid dire warnings from medical experts about Zika'."""
    if any(c.dep_ in ("acl", "relcl", "ccomp", "appos") for c in noun.children):
        return True
    governor = noun.head
    if noun.dep_ == "pobj":
        governor = governor if governor.lower_ in _DRAWN_ON else governor.head
    if noun.dep_ in ("nsubj", "nsubjpass") or governor.lemma_.lower() in _DRAWN_ON:
        return True
    # "In another report from the same source ..., it states that ...": the sentence's clause is the report's
    return noun.dep_ == "pobj" and governor.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("ccomp", "parataxis") for c in governor.children
    )


#: Verbs of examining whose named subject is the judge of what the passive says: "When PolitiFact examined
#: the statement, it was labeled 'Mostly True'".
_EXAMINING_VERBS = frozenset(
    {"examine", "review", "check", "investigate", "analyze", "analyse", "study", "rate", "evaluate", "assess"}
)


def _judged_by_a_name(cue: Token) -> bool:
    """The passive's own time clause names who examined the thing judged: the examiner is the judge."""
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _EXAMINING_VERBS:
            continue
        if any(c.dep_ == "nsubj" and _is_proper_name(c) for c in clause.children):
            return True
    return False


#: Documents a passive's own sentence may give as where a thing was said, and the verbs of releasing them.
_RELEASED_DOCUMENTS = frozenset(
    {"summary", "statement", "release", "readout", "report", "letter", "memo", "transcript", "filing", "account"}
)
_RELEASING_VERBS = frozenset({"release", "issue", "publish", "provide", "distribute", "send", "post"})


def _said_in_a_released_document(cue: Token) -> bool:
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


def _in_the_document_or_law(doc: Doc, cue: Token) -> bool:
    """The passive's own phrase gives where it is written: "in the filing" (a document the article brought up
    before: "the" or a possessive, and the same noun earlier in the text) or "under the statute" (a law or rule
    by which the status holds)."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "under"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not any(c.dep_ == "poss" or c.lower_ in ("the", "that", "this") for c in noun.lefts):
            continue
        lemma = noun.lemma_.lower()
        if prep.lower_ == "under" and lemma in _LAW_NOUNS:
            return True
        if prep.lower_ == "in" and lemma in P.DOCUMENT_NOUNS and any(
            t.lemma_.lower() == lemma for t in doc[: noun.sent.start]
        ):
            return True
    return False


def _accused_in_the_record_before(doc: Doc, cue: Token) -> bool:
    """An agentless "was accused of"/"was charged with" right after a sentence of the same paragraph that
    cites the legal record by "according to" ("According to a 52-count civil complaint filed by the ...
    Commission, ..."): the record is the accuser."""
    if cue.lemma_.lower() not in ("accuse", "charge") or cue.sent.start == 0:
        return False
    before = doc[cue.sent.start - 1].sent
    if "\n" in doc.text[before.end_char : cue.sent.start_char]:
        return False
    return any(tok.lower_ == "according" and _cites_a_legal_record(tok) for tok in before)


def _rumour_owned_next(doc: Doc, cue: Token, named: list[Attribution]) -> bool:
    """Talk of a rumour that a named speaker, within the next two sentences, speaks of in the same word
    ("stoked speculation that ... 'Over time, there's been a lot of speculation about that,' said former
    Utah governor Michael Leavitt"): the rumour is put to someone who can be checked."""
    sent = cue.sent
    if sent.end >= len(doc):
        return False
    after = doc[sent.end].sent
    start, end = after.start, (after.end if after.end >= len(doc) else doc[after.end].sent.end)
    if not any(t.lemma_.lower() == cue.lemma_.lower() for t in doc[start:end]):
        return False
    for other in named:
        head = source_head(doc, other) if start <= other.first < end else None
        if head is not None and other.via in ("subject", "inverted") and _is_proper_name(head):
            return True
    return False


#: Recordings whose people the article describes: what they say there can be watched, not only taken on trust.
_RECORDING_NOUNS = frozenset(
    {"video", "footage", "clip", "recording", "tape", "videotape", "livestream", "broadcast", "documentary"}
)


#: Verbs of judging, whose object is what is judged ("described her demeanor in this video as 'unhinged'").
_JUDGING_VERBS = P.AS_VERBS | P.EVALUATIVE_PASSIVE_VERBS | P.OBJECT_CLAIM_VERBS


def _seen_in_a_recording(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """The unnamed speaker is someone a recording shows: "ISIS soldiers mock ... in the video", or, in
    the present tense of a scene described, just after a sentence about the recording ("The fuzzy video,
    shot by a worker ..., captured the raging national debate ... ''This is strictly a business
    decision,'' a Carrier executive tells employees")."""
    # the parse often hangs the place on the object ("mock America's military tactics in the video"), but a
    # verb of judging has its object there: "has described her demeanor in this video as 'unhinged'" (a
    # pundit watching it)
    if cue.lemma_.lower() in _JUDGING_VERBS:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if any(
        c.dep_ == "prep" and c.lower_ in ("in", "on") and any(_recording(o) for o in c.children if o.dep_ == "pobj")
        for host in (cue, *objects)
        for c in host.children
    ):
        return True
    sent = doc[attr.first].sent
    if cue.tag_ not in ("VBZ", "VBP") or not any(t.tag_ in ("``", "''") for t in sent):
        return False  # the scene's words are quoted as said there
    paragraph = next((a for a, b in paragraph_ranges(doc.text) if a <= sent.start_char < b), None)
    if paragraph is None:
        return False
    # the sentences before it in its paragraph, and the previous paragraph's last one
    prev = sent
    while prev.start > 0:
        prev = doc[prev.start - 1].sent
        if any(
            t.dep_ == "nsubj"
            and _recording(t)
            and any(c.lower_ in DEFINITE for c in t.lefts)
            and t.head.lemma_.lower() in _SCENE_VERBS
            for t in prev
        ):
            return True
        if prev.start_char < paragraph:
            break
    return False


#: Verbs by which a recording shows a scene ("The fuzzy video ... captured the raging national debate").
_SCENE_VERBS = frozenset({"capture", "show", "depict", "record", "feature"})


#: Adverbs that hedge what a recording seems to show. Not "reportedly", which tells of a report, nor
#: "apparently", the writer's own inference ("In the video, the girl begs ... a black officer she was
#: apparently familiar with", marked in a tuning set).
_FOOTAGE_ADVERBS = frozenset({"allegedly", "purportedly"})
#: Verbs by which a recording shows something ("a video purporting to show", "footage appears to depict").
_FOOTAGE_VERBS = frozenset({"show", "purport", "depict", "capture", "appear"})


def _what_a_recording_shows(adverb: Token) -> bool:
    """The adverb hedges what a recording named before it in the sentence shows: "released a new video
    purporting to show the killing of two Syrian activists ... allegedly for spying", "A video purportedly
    shot in the Kafr Batna neighborhood showed a room filled with more than 90 bodies"."""
    if adverb.lower_ not in _FOOTAGE_ADVERBS:
        return False
    sent = adverb.sent
    footage = [t for t in sent if t.i < adverb.i and _recording(t) and _owned_by_a_name(t)]
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


def _recording(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _RECORDING_NOUNS


def _in_bracketed_line(text: str, at: int) -> bool:
    """The line holding ``at`` is wholly in square brackets: a related story's headline or a video's title
    that the publisher linked into the text, not the article's own sentence."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line.startswith("[") and line.endswith("]") and "]" not in line[:-1]


def _writers_aside(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
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


def _always_a_source(doc: Doc, attr: Attribution) -> bool:
    """The unnamed speaker is a 'source' or an 'insider': a word that always means someone who is
    not named. Relayed by a named outlet ("WSOCTV is reporting that sources tell them ...", "as
    Radar previously reported, insiders claim that ...") or told as an event ("after another source
    told OKMagazine.com that ..."), the claim still rests on nobody anyone can ask."""
    head = source_head(doc, attr)
    return head is not None and attr.via in _SPEAKING_VIAS and head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS


def _inside_quotation(cue: Token, quotes: Quotes) -> bool:
    """The cue's last character lies between quotation marks (its first may be a mark glued on)."""
    return quotes.covering(cue.idx + len(cue.text) - 1) is not None


def _named_later(doc: Doc, attr: Attribution) -> bool:
    """'One of Twitter's senior engineers has admitted to hacking ... The high-level engineer, Clay
    Haynes, ...': within the next two sentences the same role comes back definite with a name in
    apposition, so the source is named after all."""
    head = source_head(doc, attr)
    if head is None:
        return False
    partitive = next((c for p in head.rights if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    noun = partitive if head.lower_ == "one" and partitive is not None else head
    if noun.pos_ != "NOUN":
        return False
    role = noun.lemma_.lower()
    sent = doc[attr.first].sent
    end = sent.end
    if head.lower_ == "one" and partitive is not None and end < len(doc) and _opens_with_a_speaker(doc[end].sent):
        return True  # "One of Bill Clinton's oldest friends has come forward and said ... Dolly Kyle, ..., said"
    if end < len(doc) and _named_owns_the_words(doc[end].sent):
        return True  # "A Clinton ally suggested ... Virginia Gov. Terry McAuliffe (D) tried to walk back his comments"
    if head.tag_ == "NN" and end < len(doc) and _opens_with_a_speaker(doc[end].sent, _OCCASION_VERBS):
        return True  # "A top Donald Trump adviser says the businessman is on a 'glide path' ... Ed Brookover spoke
        # to reporters Thursday following a meeting ...": the next sentence names who spoke, and when
    for _ in range(2):
        if end >= len(doc):
            break
        nxt = doc[end].sent
        for tok in nxt:
            if tok.lemma_.lower() != role or not any(c.lower_.strip('"“') in DEFINITE for c in tok.lefts):
                continue  # "The high-level engineer", also with the quotation mark glued on; "That insider"
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
                return True
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and _names_in_predicate(tok.head):
                return True  # "That insider is one of the late Robert F. Kennedy's daughters, Kathleen Townsend."
        if _opens_with_a_speaker(nxt) and _role_given_to_speaker(nxt, role):
            return True  # "a top adviser for President Obama explained why ... Jason Furman, who leads Mr.
            # Obama's Council of Economic Advisers, said ...": the next speaker is named with the same role
        end = nxt.end
    return False


#: Titles written before a name, by the role noun they stand for: "Sens. Chuck Grassley", "Rep. Joe Heck".
_TITLE_ROLES = {
    **dict.fromkeys(("sen.", "sens.", "sen", "sens"), "senator"),
    **dict.fromkeys(("rep.", "reps.", "congresswoman"), "congressman"),
    "gov.": "governor",
}


def _teaser_named_next(doc: Doc, attr: Attribution) -> bool:
    """A lede's teaser whose people the next sentence names by title: "one GOP congressman is blaming the
    victims ... North Carolina GOP Congressman Robert Pittenger had some extraordinary opinions", "Two
    Republican senators are expressing concern ... Sens. Chuck Grassley of Iowa and Ron Johnson of Wisconsin
    specifically suggested". The verb characterises rather than quotes: not "..., said a Republican senator"
    or "a senator said", the unnamed voices of political reporting."""
    head = source_head(doc, attr)
    if attr.via != "subject" or head is None or head.pos_ != "NOUN" or attr.cue_i < 0:
        return False
    if doc[attr.cue_i].lemma_.lower() in ("say", "tell"):
        return False
    end = doc[attr.first].sent.end
    return end < len(doc) and _titled_name(doc[end].sent, head.lemma_.lower())


def _lede_actor_named_next(doc: Doc, attr: Attribution) -> bool:
    """The article's first sentence tells what an unnamed person did and adds what they said with a participle
    ("A police officer in Louisiana fighting murder charges ... is pleading self-defense, saying he feared for his
    life"); the next sentence opens with a full name: the lede holds the name back a sentence, as ledes do."""
    if attr.via != "subject" or attr.cue_i < 0:
        return False
    cue = doc[attr.cue_i]
    sent = cue.sent
    if sent.start != next((t.i for t in doc if not t.is_space), 0) or sent.end >= len(doc):
        return False
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.lemma_.lower() in P.CUE_VERBS:
        return False
    opener = [t for t in doc[sent.end].sent if not t.is_space][:2]
    if len(opener) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in opener):
        return False
    name = opener[1]  # "Stacy Koltiska turned in her resignation letter": the full name is the subject
    return name.dep_ == "nsubj" and opener[0].dep_ == "compound" and opener[0].head.i == name.i


def _titled_name(sent: Span, role: str) -> bool:
    """The sentence names someone with the role as a title before the name ("North Carolina GOP Congressman
    Robert Pittenger", "Sens. Chuck Grassley of Iowa and Ron Johnson of Wisconsin"; the words are read in
    order, as the parse may hang a title anywhere)."""
    wanted = _TITLE_ROLES.get(role, role)
    doc = sent.doc
    for tok in sent:
        stop = tok.i + 1 < sent.end and doc[tok.i + 1].text == "."  # "Sens ." as two tokens
        name = tok.i + 2 if stop else tok.i + 1
        if name >= sent.end or doc[name].pos_ != "PROPN" or not doc[name].is_alpha:
            continue
        title = tok.lower_ + "." if stop else tok.lower_
        # an abbreviation, or the role itself capitalised: "Congressman Robert Pittenger", not "officials Director"
        given = _TITLE_ROLES.get(title) or (tok.lemma_.lower() if tok.is_title else None)
        if given == wanted:
            return True
    return False


#: Verbs that give when and where someone spoke and say nothing of what: the occasion of the words just
#: quoted from an unnamed source, whose speaker the sentence names ("Ed Brookover spoke to reporters").
_OCCASION_VERBS = frozenset({"speak", "talk"})


_WORDS_NOUNS = frozenset({"comment", "remark", "statement", "word", "claim", "suggestion", "assertion"})
_OWN_WORDS_VERBS = frozenset(
    {"walk", "retract", "clarify", "withdraw", "reiterate", "repeat", "apologize", "apologise", "elaborate"}
)


def _named_owns_the_words(sent: Span) -> bool:
    """The next sentence's subject is a full name and what it is about is "his"/"her" words: the
    unnamed speaker just quoted, named ("Virginia Gov. Terry McAuliffe (D) tried to walk back his
    comments a day after he said them")."""
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.lefts):
        return False
    for t in subject.head.subtree:
        if t.lemma_.lower() not in _WORDS_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children
        ):
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if verb.lemma_.lower() in _OWN_WORDS_VERBS:
            return True  # only one's own words are walked back ("Kerry rejected his claim" is another's)
    return False


def _role_given_to_speaker(sent: Span, role: str) -> bool:
    """The named subject that opens ``sent`` carries ``role`` in its apposition or relative clause."""
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None:
        return False
    described = [t for c in subject.children if c.dep_ in ("appos", "relcl") for t in c.subtree]
    return any(t.lemma_.lower() == role or t.lower_.rstrip("s") == role for t in described)


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_COUNTS = {**{w: n for n, w in enumerate(_NUMBER_WORDS, 2)}, **{str(n): n for n in range(2, 13)}}


def _counted_named_before(doc: Doc, attr: Attribution) -> bool:
    """ "The two lawmakers, however, argue ...": "the" and a count before a role refer back to as many
    people the article named together before ("Oversight Committee Chairman Jason Chaffetz (R-Utah) and
    Judiciary Committee Chairman Bob Goodlatte"). Not for "sources" or "insiders", never named."""
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return False
    count = _count_of(head)
    return count is not None and _names_together(doc[: attr.first], count)


def _counted_named_after(doc: Doc, attr: Attribution) -> bool:
    """ "six senators have slammed Wells Fargo ... The letter was written by Patrick Leahy (D-VT), Sherrod Brown
    (D-OH), Dick Durbin (D-IL), Al Franken (D-MN), Richard Blumenthal (D-CT) and Elizabeth Warren (D-MA).": a
    count of people the article names later, as many in one list. Not for "sources" or "insiders", and not
    for two or three: "two people familiar with the meeting" are not the two names a later sentence joins."""
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS:
        return False
    count = _count_of(head)
    return count is not None and count >= 4 and _names_together(doc[attr.last + 1 :], count)


def _count_of(head: Token) -> int | None:
    """The number a source phrase counts its people with ("the two lawmakers", "six senators"), if any."""
    return next((_COUNTS[c.lower_] for c in head.lefts if c.dep_ == "nummod" and c.lower_ in _COUNTS), None)


def _names_together(tokens: Span, count: int) -> bool:
    """``tokens`` hold a list of exactly ``count`` proper names joined by "and" or commas."""
    for tok in tokens:
        if tok.pos_ != "PROPN" or tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        names, todo = 1, [tok]
        while todo:  # the parse may hang a long list's names off several of them
            joined = [c for c in todo.pop().children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            names += len(joined)
            todo += joined
        if names == count:
            return True
    return False


def _opens_with_a_speaker(sent: Span, verbs: frozenset[str] = P.STRONG_CUE_VERBS) -> bool:
    """The sentence opens with a full name (two capitalised words or more, one of them a proper noun the
    parser made a subject) whose verb is one of ``verbs`` (of saying): the lede's unnamed figure, named."""
    names = []
    for tok in sent:
        if not (tok.is_alpha and tok.text.istitle()):
            break
        names.append(tok)
    if len(names) < 2:
        return False
    subject = next((t for t in names if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    return subject is not None and lemma_of(subject.head) in verbs


def _names_in_predicate(be: Token) -> bool:
    """The predicate of "is"/"was" gives a name in apposition ("one of his daughters, Kathleen Townsend")."""
    for attr in (c for c in be.children if c.dep_ == "attr"):
        if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in attr.subtree):
            return True
    return False


def _plural_source(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source is a group ("Donald Trump's supporters on Capitol Hill"), not one person."""
    head = source_head(doc, attr)
    return head is not None and head.tag_ in ("NNS", "NNPS")


def _reaction(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """'One person wrote, "Ok!!! We see you ..."', 'others praised the new mom': a member of the
    public posting or reacting. The post is what the article reports; nobody is cited for a fact."""
    head = source_head(doc, attr)
    if head is None or attr.via not in ("subject", "inverted"):
        return False
    return cue.lemma_.lower() in P.REACTION_VERBS and head.lemma_.lower() in P.PUBLIC_NOUNS


def _reacts_to_an_event(cue: Token) -> bool:
    """'Most other opponents of abortion condemned the shooting', 'residents ... decried the attack': a verdict
    on a violent happening (``EVENT_NOUNS``) is the group's reaction, which the article reports as news; it asserts
    nothing a reader would need a source for. So is the welcome bare investors give a move ("Investors welcomed
    the move"): what the share price did."""
    if cue.lemma_.lower() not in P.EVALUATION_VERBS | {"decry"}:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in P.EVENT_NOUNS for c in cue.children):
        return True
    # "Investors welcomed the move. Courtaulds' shares rose 15 pence": the market's verdict, which prices record
    return not holds_a_claim(cue) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MARKET_NOUNS and not any(c.children) for c in cue.children
    )


#: The market as a crowd: its welcome of a move is told by prices, not by anyone who could be quoted.
_MARKET_NOUNS = frozenset({"investor", "trader", "market"})


def _same_claim_named_next(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """'Several former RT journalists have complained they weren't given such a free hand. That was
    what Liz Wahl said when she resigned ...': the next sentence opens with "That"/"This" standing
    for the claim and gives a named speaker for it ("That was what X said", "This is what X told")."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    root = nxt.root
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in root.children):
        return False
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via != "subject" or other.cue_i < 0:
            continue
        cue = doc[other.cue_i]
        head = source_head(doc, other)
        says_it = cue.head.i == root.i and any(c.tag_ == "WP" and c.lower_ == "what" for c in cue.children)
        if says_it and head is not None and _is_proper_name(head):
            return True
    return False


def _members_listed_next(doc: Doc, attr: Attribution) -> bool:
    """'Other designers have publicly said they would refuse ... They include Tom Ford, Marc Jacobs
    and Sophie Theallet.': the next sentence names the group's members."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    root = nxt.root
    if root.lemma_.lower() != "include" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("they", "these", "those") for c in root.children
    ):
        return False
    return any(t.pos_ == "PROPN" for c in root.children if c.dep_ == "dobj" for t in c.subtree)


def _one_of_them_named_next(doc: Doc, attr: Attribution) -> bool:
    """'... watched it on Thursday, attorneys for the family said. In a statement, one of the family's
    attorneys, Justin Bamberg, said ...': the next sentence names one of the same group with the same
    role noun, by name in apposition, as a speaker."""
    head = source_head(doc, attr)
    sent = doc[attr.first].sent
    if head is None or head.pos_ != "NOUN" or sent.end >= len(doc):
        return False
    role = head.lemma_.lower()
    for one in doc[sent.end].sent:
        if one.lower_ != "one" or one.dep_ not in ("nsubj", "nsubjpass") or lemma_of(one.head) not in P.REPORTING_VERBS:
            continue
        group = next((o for p in one.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if group is None or group.lemma_.lower() != role:
            continue
        appositions = [c for c in (*one.children, *group.children) if c.dep_ == "appos"]
        if any(t.pos_ == "PROPN" for c in appositions for t in c.subtree):
            return True
    return False


def _member_by_role_named_next(doc: Doc, attr: Attribution) -> bool:
    """'..., some management consultants maintain. Yoshihisa Murasawa, a management consultant for Booz-Allen &
    Hamilton (Japan) Inc., said ...': the next sentence's speaker is named and given the group's own role noun in
    apposition, one of the group on the record."""
    head = source_head(doc, attr)
    sent = doc[attr.first].sent
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NNS" or sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    subject = next((t for t in nxt if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None or lemma_of(subject.head) not in P.REPORTING_VERBS:
        return False
    return _role_given_to_speaker(nxt, head.lemma_.lower())


_FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "us"})


def _about_writer_or_reader(doc: Doc, attr: Attribution) -> bool:
    """'Apparently, we're all supposed to ignore the fact that ...', 'it sounds like we're going to
    see some sparks fly': the hedged clause is about the writer or the reader (its subject is "we",
    "I" or "you"), a comment on their own experience, not a claim about others passed on unsourced."""
    cue = doc[attr.cue_i] if attr.cue_i >= 0 else doc[attr.first]
    if attr.via == "evidential":
        clause = cue.head
    else:
        clause = next((c for c in cue.rights if c.dep_ in ("ccomp", "advcl", "xcomp", "parataxis")), None)
        if clause is None:
            return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_SECOND_PERSON for c in clause.children)


#: A story someone tells, and the verbs of telling it: "told the tale of ...", "repeated the story that ...".
_STORY_NOUNS = frozenset({"tale", "story", "anecdote", "account", "yarn", "legend", "myth"})
_TELLING_VERBS = frozenset({"tell", "recount", "repeat", "relate", "share", "spin", "retell"})


def _in_a_told_story(adverb: Token) -> bool:
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


def _self_named(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source gives its own screen name or pseudonym right after its noun."""
    head = doc[attr.source_last] if attr.source_last >= 0 else source_head(doc, attr)
    if head is None:
        return False
    return _SELF_NAMED.match(doc.text, head.idx + len(head)) is not None


#: The most characters between an unnamed source and the colon that introduces the post it stands for.
_POST_INTRO_MAX = 80


def _one_person(head: Token) -> bool:
    """The source is one person: "someone", "one", or a singular noun after "a", "an", "one" or "another"
    ("a user on Twitter", "one commenter")."""
    if head.lower_ in ("someone", "somebody", "one"):
        return True
    return head.tag_ == "NN" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                     for c in head.lefts)  # fmt: skip


def _post_signed_next(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source introduces, with a colon, an embedded post that starts right after it, and the
    post's signature names its poster ("according to a user on Twitter: Can we put the debate to rest
    now? pic.twitter.com/... — Quake Gyan (@QuakeDawg) September 26, 2016")."""
    span = doc[attr.first : attr.last + 1]
    if not any(_one_person(t) for t in span) or any(t.tag_ == "NNS" for t in span):
        return False  # "The left is calling for his head today: ..." and a post: one voice of the group
    text = doc.text
    end = doc[attr.last].idx + len(doc[attr.last])
    colon = text.find(":", end, end + _POST_INTRO_MAX)
    if colon < 0 or any(mark in text[end:colon] for mark in ".!?\n"):
        return False
    after = colon + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return any(start == after for start, _ in post_ranges(text))


#: Verbs by which a person makes the claim an "allegedly" inside it repeats.
_CLAIMING_VERBS = frozenset({"claim", "allege", "say", "tell", "testify", "insist", "accuse", "recall"})
#: Adverbs that pass a claim on; "reportedly" and "supposedly" say more than who claims it.
_ALLEGING_ADVERBS = frozenset({"allegedly"})


def _in_a_persons_claim(adverb: Token) -> bool:
    """An "allegedly" inside what a name, or a "he"/"she"/"who" standing for a person, claims or says
    in the same sentence ("Alicia Machado, who has said that Trump regularly bullied her ..., allegedly
    calling ..."): that person is the one alleging, named where the claim is made."""
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
    return False


def _named_subject_quoted_next(doc: Doc, attr: Attribution) -> bool:
    """The hedged clause's subject is a person's name, and one of the next two sentences has the same
    name saying something: the words the hedge reads are given."""
    verb = doc[attr.first].head
    # a proper noun, not an entity label: NER reads only the sentences the first stage named
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None:
        return False
    sent = doc[attr.first].sent
    end = sent.end
    for _ in range(2):
        if end >= len(doc):
            return False
        nxt = doc[end].sent
        if any(
            t.dep_ == "nsubj" and t.text == subject.text and lemma_of(t.head) in _OWN_ACCOUNT_VERBS for t in nxt
        ):
            return True
        end = nxt.end
    return False


def _inside_another(attr: Attribution, context: Context) -> bool:
    """The source phrase lies in what another hedged speaker says, not only in its own sentence
    ("Many retailers are against the idea, saying ...": the parse hangs the whole sentence, the
    group included, under its own "saying")."""
    return any(attr.first in covered for cue_i, covered in context.own_claims.items() if cue_i != attr.cue_i)


def _report_named_next(doc: Doc, attr: Attribution) -> bool:
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


def _example_given(sent: Span) -> bool:
    """The sentence says it gives an example: "for example" or "for instance" anywhere in it."""
    return any(_for_example(t) for t in sent)


def _told_by_the_group(sent: Span) -> bool:
    """The example is itself the unnamed group's account: "Rep. Mia Love, for instance, explained how she
    felt betrayed by Cruz ..., those people said" ("they", "those people" speaking again)."""
    return any(
        t.dep_ == "nsubj"
        and lemma_of(t.head) in ("say", "tell", "add", "recall", "recount")
        and (t.lower_ == "they" or any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in t.lefts))
        for t in sent
    )


def _gives_an_example(sent: Span) -> bool:
    """The sentence opens with "For instance" or "For example"."""
    return _for_example(sent[0])


def _for_example(tok: Token) -> bool:
    """``tok`` is the "for" of "for example" or "for instance"."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "for" and nxt is not None and nxt.lower_ in ("instance", "example")


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
    opener = next((t for t in nxt if not t.is_punct), None)
    if report.tag_ == "NN" and opener is not None and opener.lower_ == "in" and _names_its_poll(opener):
        return True  # "A poll of voters nationwide ... show ... In a CNN/ORC poll of voters watching the debate, ..."
    return _measured(nxt) and _opens_with_named_according(nxt)  # "According to Morning Consult, 29 percent"


def _source_named_next(doc: Doc, attr: Attribution) -> bool:
    """'Allegedly, the school has been mandating children profess ... This is all according to lawsuit
    filed in federal court this past Wednesday.': the next sentence says where what was just said comes
    from. Only this anaphoric form counts: a named source merely standing in the next sentence (a
    named member of the group, an "according to" on another claim) was queried by readers all the
    same (10 of 11 such findings in the marked sets)."""
    sent = doc[attr.first].sent
    return sent.end < len(doc) and _this_is_according_to_a_record(doc[sent.end].sent)


def _evidence_cited_next(doc: Doc, attr: Attribution) -> bool:
    """'But there is also evidence that Clinton's standing with Hispanic voters may be weakening.
    According to the same poll, ...': the next sentence opens by citing the evidence, a named source or
    one given before ("the same poll")."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    first = next((t for t in doc[sent.end].sent if not t.is_punct), None)
    if first is not None and first.lower_ == "in" and _names_its_poll(first):
        return True  # "There is some evidence that ... In a Washington Post/ABC News poll released Sunday, ..."
    if first is None or first.lower_ != "according":
        return False
    pobj = _according_object(first)
    if pobj is None or pobj.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS | P.GROUP_NOUNS:
        return False
    return pobj.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in pobj.lefts)


#: What a speaker says when declining to comment: "We are not going to speak to the content", "no comment".
_NO_COMMENT = re.compile(
    r"\b(?:(?:not|n[’']t|never)\s+(?:going\s+to\s+|able\s+to\s+|be\s+)?(?:comment(?:ing)?|speak(?:ing)?\s+to"
    r"|discuss(?:ing)?|get(?:ting)?\s+into)|no\s+comment)\b",
    re.IGNORECASE,
)


def _declines_to_comment(cue: Token) -> bool:
    """The cue's sentence, a short one, says only that the speaker will not comment: it declines to speak to
    the matter and goes on to no claim after that ("but", "however", "although", a semicolon)."""
    text = cue.sent.text
    found = _NO_COMMENT.search(text)
    # "... would not comment, but said the deal was dead": a claim after all
    return found is not None and len(text) < 300 and _CLAIM_AFTER.search(text, found.end()) is None


_CLAIM_AFTER = re.compile(r"\bbut\b|\bhowever\b|\balthough\b|;", re.IGNORECASE)


#: The smallest number of people whose saying something is a tally, not a set of unnamed sources.
_TALLY = 20


def _tallied(doc: Doc, attr: Attribution) -> bool:
    """The source is counted in figures of at least ``_TALLY`` ("1,409 teachers said", "95 members")."""
    head = source_head(doc, attr)
    if head is None:
        return False
    for c in head.lefts:
        digits = c.text.replace(",", "")
        if c.dep_ == "nummod" and digits.isdigit() and int(digits) >= _TALLY:
            return True
    return False


def _percent_of(doc: Doc, attr: Attribution) -> bool:
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
    pobj = _according_object(according)
    if pobj is None or pobj.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS | P.GROUP_NOUNS:
        return False
    return _is_proper_name(pobj) or any(c.dep_ == "acl" and c.tag_ == "VBN" for c in pobj.children)


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
    pobj = _according_object(first)
    if pobj is None:
        return False
    # "According to Morning Consult,", "According to a Washington Post-ABC News survey,"
    return pobj.pos_ == "PROPN" or (pobj.lemma_.lower() in P.DOCUMENT_NOUNS and _owner_named(pobj))


#: Verbs of a named report that opens a paragraph: "As The Hill reported,", "As Politico first noted,".
_AS_REPORTED_VERBS = frozenset({"report", "note", "write", "reveal", "say"})
#: Verbs of posting or saying by which a person gives their own account: "Henry tweeted, '...'".
_OWN_ACCOUNT_VERBS = frozenset({"tweet", "post", "write", "say", "tell", "explain", "recount"})


def _paragraph_opens_with_named_report(doc: Doc, attr: Attribution) -> bool:
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


#: Verbs by which an institution states what follows: "a hospital said", "the ministry reported".
_INSTITUTION_SPEECH_VERBS = frozenset({"say", "report", "tell", "state", "announce", "add"})


#: A sentence that ends on its named speaker: "... Hamza Khatib told Reuters news agency.", "... Reuters
#: reported.", "... the Syrian Observatory for Human Rights said." (a name of one to six words, its last
#: capitalised, then a verb of telling and at most an outlet's name).
_NAMED_SPEAKER_AT_END = re.compile(
    r"(?:\b[A-Z][\w.'’-]*(?:\s+(?:for|of|al|el|de|the)?\s*[A-Z][\w.'’-]*){0,5})\s+"
    r"(?:told|said|says|reported|reports|added|confirmed|stated)"
    r"(?:\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:news\s+agency)?)?\s*[.!]?[\"”’']?\s*$"
)


def _named_speaker_closes(cue: Token) -> bool:
    """The passive's sentence closes on a named speaker and a verb of telling, the comma before them lost
    (as some collections strip commas): what comes before is that speaker's account."""
    sent = cue.sent
    tail = cue.doc.text[cue.idx : sent.end_char]
    match = _NAMED_SPEAKER_AT_END.search(tail)
    return match is not None and match.start() > 0 and not match.group().lstrip().lower().startswith("it ")


def _inside_an_institutions_claim(cue: Token) -> bool:
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


def _subject_posts_next(doc: Doc, attr: Attribution) -> bool:
    """'Henry reportedly got a reply ... Henry tweeted, "..."': the next sentence has the same named
    subject giving their own account, the source of the report."""
    sent = doc[attr.first].sent
    verb = doc[attr.first].head  # the verb "reportedly" qualifies: its own subject, not the sentence's
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None or sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    return any(
        t.dep_ == "nsubj" and t.text == subject.text and t.head.lemma_.lower() in _OWN_ACCOUNT_VERBS for t in nxt
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


_PUBLISHING_VERBS = frozenset({"publish", "conduct", "release", "commission", "carry", "issue", "produce"})


_SPEAKING_VIAS = frozenset({"subject", "inverted", "according"})
#: Attributions whose cue word, when inside a quotation, makes them the quoted person's words: a speaker's
#: verb, and a judging passive ('the theme was “considered offensive.”').
_QUOTABLE_CUE_VIAS = _SPEAKING_VIAS | {"evaluative"}


def _measured(sent: Span) -> bool:
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


def _poll_split(text: str) -> bool:
    """Whether ``text`` gives a poll's split of two shares ("by 55%-41%", ", 76%-21%")."""
    return any(float(m.group(1)) > float(m.group(2)) for m in _SPLIT.finditer(text))


_POINTS = re.compile(
    r"\b\d+(?:\.\d+)?(?:-| percentage )points?\b"  # "a 13-point advantage"
    r"|\b(?:half|a majority|two-thirds|a third|a quarter|three-quarters) of "
    r"(?:all )?(?:registered )?(?:voters|respondents)\b"  # "by at least half of all registered voters"
    r"|\b(?:\d|one|two|three|four|five|six|seven|eight|nine) in (?:10|ten)\b"  # "Nine in 10 Democratic voters"
)


def _share_measured(doc: Doc, attr: Attribution, cue: Token) -> bool:
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
    return _measured(sent) or (sent.end < len(doc) and _measured(doc[sent.end].sent))


_SHARE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


def _named_according_inside(cue: Token, named: list[Attribution]) -> bool:
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
        cited = _according_object(according)
        if cited is None:
            continue
        owners = [c for c in cited.lefts if c.dep_ in ("poss", "compound")]
        owners += [s for c in cited.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]
        if any(t.pos_ == "PROPN" for o in owners for t in o.subtree):
            return True
    return False


#: Verbs of an agentless "it was ... that" whose finder, beside a legal act, is the investigation.
_FINDING_VERBS = frozenset({"discover", "find", "learn", "reveal", "confirm", "determine", "establish"})


def _found_by_law(cue: Token) -> bool:
    """The sentence names a legal act outside what was found ("arrested after it was discovered that ...", "At the
    trial, it was revealed that ..."); not a legal word inside the finding itself ("it was revealed that he
    bankrolled lawsuits")."""
    found = {t.i for c in cue.children if c.dep_ in ("ccomp", "advcl", "xcomp") for t in c.subtree}
    return _legal_process(cue.sent, skip=found)


def _legal_process(sent: Span, skip: set[int] | None = None) -> bool:
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


def _legal_record_cited(doc: Doc) -> bool:
    """The article gives the legal record its allegations come from ("..., according to the affidavit",
    "the feds alleged", "prosecutors allege"): its "allegedly" is the legal caution of crime reporting,
    owned by that record, not a claim passed on from nobody."""
    if any(_cites_a_legal_record(tok) for tok in candidates(doc, {"according"})):
        return True
    for tok in candidates(doc, lemmas={"allege", "charge"}):
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _LEGAL_ACCUSERS for c in tok.children):
            return True
    return False


def _cites_a_legal_record(according: Token) -> bool:
    """ "according to the affidavit", "According to a 52-count civil complaint": a determined legal record."""
    pobj = _according_object(according)
    return (
        pobj is not None
        and pobj.lemma_.lower() in _LEGAL_RECORDS
        and any(c.dep_ in ("det", "poss", "compound") for c in pobj.lefts)
    )


#: Records "according to the ..." that make an article's allegations a legal record's.
_LEGAL_RECORDS = frozenset(
    {"affidavit", "complaint", "indictment", "lawsuit", "suit", "filing", "warrant", "deposition", "petition"}
)
#: Subjects of "allege"/"charge" that make the allegation a legal record's.
_LEGAL_ACCUSERS = frozenset(
    {"prosecutor", "prosecutors", "fed", "feds", "prosecution"}
    | {"indictment", "complaint", "affidavit", "lawsuit", "suit"}
)


def _speaker_after_quotation(cue: Token) -> bool:
    """'"He desperately wanted her in his clothes," a source ... explained': the speaker's clause comes
    after the quotation it reports (the parser hangs it on the quotation's verb)."""
    if cue.i <= cue.head.i:
        return False
    edge = cue.left_edge
    if edge.i > 0 and cue.doc[edge.i - 1].tag_ == "''":
        return True
    # '"... seeing how many people like the post," an insider told Radar': the parse gave the verb words
    # from inside the quotation, so its left edge is there; its subject still opens right after the mark
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    return subject is not None and subject.left_edge.i > 0 and cue.doc[subject.left_edge.i - 1].tag_ == "''"


#: Verbs of conceding or confirming: negated, the clause they hold is asserted by no one ("did not admit their
#: employees called the cake racist").
_CONCEDING = frozenset({"admit", "confirm", "acknowledge", "concede", "say", "state", "claim", "allege"})
#: Verbs of coming to know, which a purpose clause wishes on someone ("..., so everyone knows that ...").
_COMING_TO_KNOW = frozenset({"know", "understand", "learn", "realize", "realise"})


def hypothetical(cue: Token) -> bool:
    """The cue does not report a claim: a modal on it, a conditional clause above it, or a bare
    infinitive ("heard a reporter say")."""
    if (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in P.ASPECT_VERBS) or goes_on_to(cue):
        return hypothetical(cue.head)  # "critics continue to say", "went on to say": as hypothetical as "critics
        # continue"
    children = list(cue.children)
    modals = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}
    if modals & P.HYPOTHETICAL_MODALS:
        return True
    if modals & _FUTURE:
        # "Trump will be viewed as lacking", "Critics will say ...": the writer predicts a judgement or
        # an objection nobody has made yet, so no claim is credited to anyone
        return True
    raised = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in P.RAISING_VERBS
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children) and not raised:
        return True  # "loath to be seen as", "it remains to be seen"; not "seem to have agreed"
    if (
        cue.tag_ == "VB"
        and cue.dep_ in ("xcomp", "ccomp", "advcl")
        and not any(c.dep_ == "aux" and c.lower_ in _ASSERTING_AUX for c in children)
    ):
        return True  # a bare infinitive under another verb ("let critics say")
    if (
        cue.dep_ in ("ccomp", "xcomp")
        and cue.head.lemma_.lower() in P.NON_ASSERTING_HEADS
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        and not _speaker_after_quotation(cue)
    ):
        return True  # "you hear a reporter say", "have people believe"
    if cue.dep_ == "ccomp" and cue.head.lower_ in ("sure", "certain") and cue.head.head.lemma_.lower() == "make":
        return True  # "Share this and make sure everyone knows that ...": a directive, no claim
    if (
        cue.dep_ == "ccomp"
        and cue.head.lemma_.lower() in _CONCEDING
        and any(c.dep_ == "neg" for c in cue.head.children)
    ):
        return True  # "Walmart confirmed the story, but they did not admit their employees called the cake racist":
        # nobody asserts the clause a denied admission holds
    if cue.lemma_.lower() in _COMING_TO_KNOW and not any(c.dep_ == "auxpass" for c in children) and any(
        c.lower_ == "so" and c.dep_ in ("advmod", "mark") and cue.sent.start < c.i < cue.i
        and c.doc[c.i - 1].text == ","
        for c in children
    ):
        return True  # "to place signs at all entrances, so everyone entering the school knows that ...": a purpose
    if (
        cue.dep_ == "pcomp"
        and cue.head.lower_ == "of"
        and cue.head.head.pos_ in ("NOUN", "ADJ")
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
    ):
        return True  # "the fear of being labeled a racist", "afraid of being seen as weak": a prospect
    if cue.dep_ == "ccomp" and cue.head.lemma_.lower() in P.INFERENCE_VERBS and cue.head.tag_ == "VBG":
        return True  # "the peso rallied, suggesting investors viewed Clinton as the winner"
    if _correlative(cue):
        return True
    tok = cue
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in P.CONDITIONAL_MARKS for c in tok.children):
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("advcl", "relcl", "conj", "ccomp", "xcomp", "acl", "pcomp"):
            break
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in P.CUE_VERBS:
            break  # "Experts say that if ..." is the content, not a condition on the cue
        tok = tok.head
    return False


def _correlative(cue: Token) -> bool:
    """'The more politics gets polarized, the more voters fear the candidate at the pole furthest from
    them': a comparative correlative states a general rule (if one, then the other), no one's claim."""
    sent = cue.sent
    if len(sent) < 4 or sent[0].lower_ != "the" or sent[1].tag_ not in _COMPARATIVE_TAGS:
        return False
    return any(
        sent[k].lower_ == "the" and sent[k + 1].tag_ in _COMPARATIVE_TAGS and sent[k - 1].text == ","
        for k in range(2, cue.i - sent.start - 1)
    )


_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _narrated(cue: Token) -> bool:
    """'When one analyst recently said on the air that ..., the questioner cut her off': a speech
    told as an event in a time clause, not offered as the source of a claim."""
    # the parser also hangs a time clause as a conjunct ("..., or before many women even know that")
    return cue.dep_ in ("advcl", "conj") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < cue.i for c in cue.children
    )


_TIME_MARKS = frozenset({"when", "after", "before", "until", "once"})


def _topic_group(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """'rebuked critics who say ...': the group is what the sentence is about, not its source."""
    if attr.via != "subject" or cue.dep_ not in ("relcl", "acl"):
        return False
    noun = cue.head
    if not (attr.first <= noun.i <= attr.source_end):
        return False  # the relative clause has a source of its own ("..., a police source told")
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "As for conservative pundits and national-security analysts who claim ..." (not
        # a misparse joining the group to a pronoun: 'called it "disgusting" and Clinton supporters attacking')
    if noun.dep_ not in _TOPIC_DEPS:
        return False
    governor = noun.head
    if noun.dep_ == "pobj":
        if governor.lower_ in ("according", "from", "by"):
            return False
        if governor.lower_ == "with" and _absolute(governor, cue):
            return False  # "..., with a new report claiming that ...": an absolute clause whose subject speaks
        governor = governor.head
    return governor.lemma_.lower() not in P.CITING_LEMMAS and governor.lower_ != "according"


#: Words by which a sentence is about a poll and its answers.
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "surveyed", "polled", "respondents", "questionnaire"})


def _quantifier_of_things(doc: Doc, attr: Attribution) -> bool:
    """The source is a bare quantifier ("others", "some") that is not the subject of the cue verb and
    continues an earlier partitive of the same sentence whose noun is no kind of person ("Some of his
    Trump stories are true, ... others are totally false, like one this summer reporting that ..."): the
    quantifier counts those things, and the report is one of them."""
    head = source_head(doc, attr)
    if head is None or head.lower_ not in _BARE_QUANTIFIERS or head.n_lefts or head.n_rights:
        return False
    if head.head.i == attr.cue_i:
        return False  # "Some of the protesters were calm, but others said ...": the quantifier speaks
    for tok in doc[head.sent.start : head.i]:
        if tok.lower_ not in _BARE_QUANTIFIERS:
            continue
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _PEOPLE_NOUNS:
            return entity(noun) not in ("PERSON", "NORP")
    return False


#: Verbs by which the writer offers a guess of their own ("I think", "I bet", "we suspect").
_GUESS_VERBS = frozenset({"think", "believe", "guess", "suspect", "bet", "imagine", "reckon"})


def _writers_guess(cue: Token) -> bool:
    """The group's verb is the clause of the writer's own "I think" / "I bet" / "we suspect": a guess about
    the group, who are the topic ("I think most of these people understand that ...")."""
    head = cue.head
    if cue.dep_ != "ccomp" or head.lemma_.lower() not in _GUESS_VERBS or head.i > cue.i:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("i", "we")


def _guessed_wish(cue: Token) -> bool:
    """'viewers probably expected sharp questions': the writer guesses what a group expected or wanted."""
    return cue.lemma_.lower() in _WISHING and any(c.dep_ == "advmod" and c.lower_ in _GUESSING for c in cue.lefts)


def _respondents(doc: Doc, attr: Attribution) -> bool:
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


def _wh_object(cue: Token) -> bool:
    """'to influence how people think', 'to change how voters feel': the verb's clause opens with "how" and
    is the object of another verb, which acts on the thinking; nobody is cited for a claim. Not under "be"
    nor a verb of saying, and not "what" ("in what activists say is ...", "what authorities said was a
    gun": a free relative whose group judges, ``talk.py``'s)."""
    governor = lemma_of(cue.head)
    if cue.dep_ not in ("ccomp", "dobj", "xcomp", "pcomp") or governor in ("be", *P.CITING_LEMMAS, *P.CUE_VERBS):
        return False
    opener = cue.left_edge
    if opener.lower_ != "how" or opener.tag_ != "WRB" or opener.i >= cue.i:
        return False
    # a misparse that hangs the attribution after a quotation on a "how" inside it ('"... seeing how many
    # people like the post," an insider told Radar') has punctuation between
    return not any(t.is_punct for t in cue.doc[opener.i : cue.i])


#: Prepositions that make a clause the topic of a reaction: "spoke about", "angry over", "laughed at".
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "at"})


def _label_as_topic(cue: Token) -> bool:
    """'opened up about being described as a "real woman"': a passive "being <verb>" that is the object
    of a preposition of topic. What people call someone is then what the sentence is about; no claim of
    the writer rests on it (unlike "despite being considered the favorite")."""
    return (
        cue.dep_ == "pcomp"
        and cue.head.lower_ in _TOPIC_PREPOSITIONS
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in cue.children)
    )


def _announces_a_plan(cue: Token) -> bool:
    """ "announced plans to sue", "announced her candidacy": what is announced is the speaker's own next
    step (a plan, a decision, a bid), which the announcement itself makes true; no claim rests on it."""
    if cue.lemma_.lower() != "announce" or any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in P.OWN_STEP_NOUNS for c in cue.children)


#: Verbs that hold a claim only through a clause ("know that ...") or an "as" ("view her as ..."); with a
#: bare object they tell an acquaintance or an attitude to a thing, which no one needs a source for.
_CLAUSE_OR_AS_VERBS = frozenset({"know", "view", "regard"})
_OBJECT_PRONOUNS = frozenset({"it", "this", "that", "so", "what", "which"})


def _attitude_to_a_thing(cue: Token) -> bool:
    """ "most people primarily know people of their own race", "Many conservatives view the mainstream
    media networks with skepticism": the verb takes a thing, not a claim (no clause, no "as"), so
    nothing rests on the group. Not "welcome": "environmentalists welcomed India's announcement" was
    judged a query (a vague group's reaction), "were warmly welcomed by NATO allies" not."""
    if cue.lemma_.lower() not in _CLAUSE_OR_AS_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") for c in cue.children):
        return False
    if any(t.lower_ == "as" for c in cue.children for t in (c, *c.children)):
        return False  # "view the media as biased" ("as" on the verb, its object or a clause under it)
    things = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(things) and all(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _OBJECT_PRONOUNS for t in things)


#: Feelings one expresses, which claim nothing without a clause: "Several students expressed frustration over ...".
#: Not doubt, concern or scepticism: judgements of what is so ("insiders have expressed doubt about his willingness").
_EXPRESSED_FEELINGS = frozenset({
    "frustration", "anger", "outrage", "dismay", "disappointment", "sadness", "shock", "sympathy", "gratitude",
    "condolence", "joy", "delight", "excitement", "grief", "sorrow", "regret", "exasperation", "displeasure",
})  # fmt: skip


def _a_feeling(cue: Token) -> bool:
    """ "many European citizens feel stung": "feel" with an adjective or participle and no clause says how
    the group feels, not what it holds to be true ("many feel that the euro failed" is a claim); so does
    "expressed frustration over the extent to which ..." ("Republicans expressed frustration that Holt did not
    ask" holds a claim)."""
    if cue.lemma_.lower() == "express":
        feeling = next((c for c in cue.children if c.dep_ == "dobj"), None)
        return (
            feeling is not None
            and feeling.lemma_.lower() in _EXPRESSED_FEELINGS
            and not any(c.dep_ in ("ccomp", "acl") for c in feeling.children)  # "frustration that Holt did not ..."
            and not any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)
        )
    if cue.lemma_.lower() != "feel":
        return False
    mood = next((c for c in cue.children if c.dep_ in ("acomp", "oprd") and c.tag_ in ("JJ", "VBN")), None)
    if mood is None:
        return False
    # a clause after the mood is the parse's reading of what follows it ("feel stung after the euro crisis
    # highlighted ... and the migration crisis ushered ..."), unless "that" opens it
    return not any(
        c.dep_ in ("ccomp", "parataxis") and (c.i < mood.i or any(m.lower_ == "that" for m in c.children))
        for c in cue.children
    )


#: Verbs whose agent is an audience: "viewed by 14.7 million people", "watched by millions".
_AUDIENCE_VERBS = frozenset({"view", "watch", "see", "read", "hear", "visit", "attend", "download", "stream"})


def _an_audience(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """A passive of watching whose agent is a counted crowd ("viewed by 14.7 million people"): how many
    saw something, not whose view it is ("seen by many as a betrayal" has its "as" and stays)."""
    if cue.lemma_.lower() not in _AUDIENCE_VERBS or any(t.lower_ == "as" for t in cue.subtree):
        return False
    return any(t.like_num for t in doc[attr.first : attr.source_end + 1])


_INSTRUCTING_VERBS = frozenset({"tell", "warn", "urge", "advise", "order", "instruct"})


def _instructs(cue: Token) -> bool:
    """ "told Flint residents not to drink", "urged voters to stay home": the verb gives an instruction
    to someone (an object and a "to"-infinitive, no clause of a claim), an act on the record."""
    if cue.lemma_.lower() not in _INSTRUCTING_VERBS or not any(c.dep_ in ("dobj", "dative") for c in cue.children):
        return False
    infinitive = _to_infinitive(cue)
    # a clause the parser hung on the verb after the infinitive belongs further on ("... coming out of their
    # taps, which they had previously been assured was safe")
    return infinitive is not None and not any(
        c.dep_ in ("ccomp", "parataxis") and c.i < infinitive.i for c in cue.children
    )


#: Verbs by which a poll or study gives its result ("a new poll that shows", "the survey found").
_RESULT_VERBS_OF_POLLS = frozenset({"show", "find", "suggest", "indicate", "reveal"})


def _poll_result(cue: Token) -> bool:
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


def _same_verb_owned(cue: Token) -> bool:
    """The passive's verb comes back in the same sentence with an owner as its subject: "The deficit ... is
    projected to be $544 billion ... more than the budget office had projected": the forecast is the
    office's, named (or definite, given before) right there."""
    lemma = cue.lemma_.lower()
    for tok in cue.sent:
        if tok.i == cue.i or tok.lemma_.lower() != lemma:
            continue
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            if subject.pos_ == "PROPN":
                return True
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts)
            if definite and subject.tag_ == "NN" and subject.lemma_.lower() not in P.GROUP_NOUNS:
                return True
    return False


def _same_verb_told_next(doc: Doc, cue: Token, named: list[Attribution]) -> bool:
    """The next sentence, in the same paragraph, has a named speaker tell of the passive's judgement in so
    many words: the passive's verb of judgement ("criticize", "accuse") comes back in what the speaker says."""
    sent = cue.sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    if "\n" in doc.text[sent.end_char : nxt.start_char]:
        return False
    lemma = cue.lemma_.lower()
    if lemma not in P.EVALUATION_VERBS and lemma not in P.PREP_JUDGEMENT_VERBS:
        return False  # "reported", "said": the next sentence's speaker may report something else entirely
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via not in ("subject", "inverted") or other.cue_i < 0:
            continue
        head = source_head(doc, other)
        if head is None or not _is_proper_name(head):
            continue
        said = doc[other.cue_i]
        if any(t.lemma_.lower() == lemma and t.pos_ == "VERB" and t.i != said.i for t in said.subtree):
            return True
    return False


def _to_infinitive(cue: Token) -> Token | None:
    """The verb's "to"-infinitive complement ("agreed to distribute", "told residents not to drink")."""
    return next((c for c in cue.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.lefts)), None)


def _to_do(cue: Token) -> bool:
    """'agreed to distribute', 'hopes to offset': an infinitive of an act and no clause of a claim."""
    if any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False
    return _to_infinitive(cue) is not None


def _absolute(with_: Token, cue: Token) -> bool:
    """'..., with a new report claiming that she did not drop movie plans': "with" opens an absolute
    clause after a comma, and its -ing verb reports a claim (not "met with critics saying ...")."""
    doc = with_.doc
    after_comma = with_.i > 0 and doc[with_.i - 1].text == ","
    return after_comma and cue.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in cue.children)


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
        pobj = _according_object(tok)
        if pobj is not None and _identified(pobj):
            covered |= _content(tok, according=True)
    return covered


def _identified(subject: Token) -> bool:
    """A definite singular description of one person or body: "the real estate mogul"."""
    if subject.tag_ != "NN" or subject.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS | P.GROUP_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.lefts)


def _according_object(according: Token) -> Token | None:
    """What "according to" names: the object of its "to" ("according to the affidavit" -> "affidavit")."""
    return next((c for p in according.children if p.lower_ == "to" for c in p.children if c.dep_ == "pobj"), None)


def _according_host(according: Token) -> Token:
    """The clause "according to X" is attached to (its head, or the sentence root)."""
    head = according.head
    return head if head.i != according.i else according.sent.root


def _named_member_next(doc: Doc, attr: Attribution, named: list[Attribution], quotes: Quotes) -> bool:
    """The next sentence gives a named person or organisation for the group's claim."""
    sent = doc[attr.first].sent
    nxt_end = -1
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        if _they_continue(nxt) and nxt.end < len(doc):
            # 'Facebook officials say they are reviewing posts ... Sometimes, they say, it means ...
            # "We've looked at our general rules ...," said Richard Allan, Facebook's vice president'
            nxt = doc[nxt.end].sent
        if _opens_a_quotation(nxt[0], quotes):
            # only a quotation that opens the next sentence illustrates the group's claim; one of
            # several sentences is attributed after its last ('"They might have ... Trump. So I think
            # ...," said Sen. Tom Udall')
            nxt_end = nxt.end
            quoted = quotes.covering(nxt[0].idx + len(nxt[0].text))
            while quoted is not None and nxt_end < len(doc) and doc[nxt_end].idx < quoted[1]:
                nxt_end = doc[nxt_end].sent.end
        elif _example_given(nxt) and not _told_by_the_group(nxt):
            if _named_subject(nxt, doc[attr.first : attr.last + 1]):
                return True  # "Republican legislators have questioned that determination ... Chaffetz and Rep.
                # Bob Goodlatte (R-Va.), for example, earlier asked ...": the members named, doing it
            nxt_end = nxt.end  # "Most of the vulnerable Senate Republicans have already said ... Sen. Kelly
            # Ayotte's campaign, for example, said she would ...": a named member given as the example
    for other in named:
        in_next = sent.end <= other.first < nxt_end
        # 'Others questioned his absence: "...," National Review columnist Jim Geraghty tweeted.'
        in_same = sent.start <= other.first < sent.end and other.first > attr.last and other.quoted
        if not (in_next or in_same) or other.via not in ("subject", "inverted"):
            continue
        head = source_head(doc, other)
        if head is not None and head.tag_ not in _PRONOUNS and _is_proper_name(head) and _introduced(doc, other, head):
            return True
    return False


def _named_subject(sent: Span, source: Span) -> bool:
    """The sentence's main verb has a proper name for its subject, not one the source phrase holds ("Kerry's
    defenders insist ... For instance, ... Kerry ...": the example is about him, not by a defender)."""
    held = {t.lower_ for t in source if t.pos_ == "PROPN"}
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.lower_ not in held for c in sent.root.children
    )


def _opens_a_quotation(tok: Token, quotes: Quotes) -> bool:
    """``tok`` is an opening quotation mark: a curly or typeset one, or the ``''`` some wires open
    quotations with as well as close them (''It's one thing to say ...,'' said Faiza Patel), when the
    quotation pairing reads a quotation starting right after it."""
    if tok.text in _OPENING_QUOTES or tok.tag_ == "``":
        return True
    return tok.text == "''" and quotes.covering(tok.idx + len(tok.text)) is not None


def _they_continue(sent: Span) -> bool:
    """The sentence goes on with what the same group says: "they" as the subject of a verb of saying
    ("Sometimes, they say, it means ...", "They added that ...")."""
    return any(
        t.lower_ == "they" and t.dep_ == "nsubj" and lemma_of(t.head) in ("say", "add", "argue", "note", "insist")
        for t in sent
    )


def _introduced(doc: Doc, attr: Attribution, head: Token) -> bool:
    """The named speaker is brought in with a description ("said Victor Cha, a Korea scholar at
    ...", "Rep. G.K. Butterfield"), as an example of the group is; a bare name already known
    ("Obama said") is not, and "an Iowa Republican" is no name."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return False
    if any(c.dep_ in ("appos", "acl", "relcl", "prep") for c in head.children):
        return True
    return attr.source_end - attr.first + 1 >= 3


def source_head(doc: Doc, attr: Attribution) -> Token | None:
    """The root of the source phrase, without the verb a phrase shown with it ends in ("Sources tell")."""
    end = attr.source_end
    if attr.first < attr.cue_i <= end:
        end = attr.cue_i - 1  # "Sources tell": a phrase shown with its verb
    span: Span = doc[attr.first : end + 1]
    return span.root if len(span) else None


def _is_proper_name(tok: Token) -> bool:
    """A person or organisation named by a proper noun (the parse decides; no new entity reads)."""
    if tok.pos_ == "PROPN":
        return True
    return any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") for c in tok.children) or (
        tok.dep_ == "appos" and tok.head.pos_ == "PROPN"
    )
