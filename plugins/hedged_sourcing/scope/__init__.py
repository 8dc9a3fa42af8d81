"""Where a hedged attribution is no finding: the precision rules, one module per kind of reason.

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

:func:`ruled_out` asks the rules in order and returns the first reason that holds. The rules live
by kind of reason:

* ``unasserted.py``: ``quoted``, ``link_title``, ``hypothetical`` (the article does not assert it);
* ``topic.py``: ``topic``, ``press``, ``recorded``, ``reaction``, ``narrated``, ``own_experience``
  (the people are what the sentence is about, not sources);
* ``no_claim.py``: ``no_claim``, ``question`` (no claim is passed on);
* ``measured.py``: ``measured`` (a poll's or count's result);
* ``named_here.py``: ``named_claim``, ``inside_attribution``, ``legal_process`` (a checkable source
  stands behind the claim where it is made);
* ``named_nearby.py``: ``named_next``, ``named_member``, ``named_later``, ``named_before``,
  ``named_report`` (a checkable person is given for it nearby); ``named_reports.py``: ``named_report``,
  ``named_next`` (a report, record or outlet is named for it nearby);
* ``context.py``: what they read besides the attribution (:class:`Context`); ``common.py``: helpers
  several of them share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import patterns as P
from ..classify import AGENTLESS, ANONYMOUS, COMMON, OWN_VOICE, REPORT, RUMOUR, VAGUE
from ..passives import asks
from .common import SPEAKING_VIAS, source_head
from .context import Context
from .measured import (
    gives_shares,
    measured_just_before,
    panel_member,
    percent_of,
    poll_result,
    poll_split,
    respondents,
    share_measured,
    tallied,
)
from .named_here import (
    FINDING_VERBS,
    accused_in_the_record_before,
    agent_named_after,
    credited_with_thanks,
    footnoted,
    found_by_law,
    in_a_named_interview,
    in_a_persons_claim,
    in_a_told_story,
    in_the_document_or_law,
    inside_an_institutions_claim,
    inside_another,
    judged_by_a_name,
    named_according_inside,
    named_co_source,
    named_speaker_closes,
    named_speaker_tells_after,
    names_legal_process,
    said_in_a_released_document,
    same_verb_owned,
    same_verb_owned_before,
    self_named,
    speaker_closes,
    what_a_recording_shows,
    writers_aside,
)
from .named_nearby import (
    bare_name_speaks_next,
    claim_repeated_by_name_next,
    counted_named_after,
    counted_named_before,
    institution_said_it_before,
    lede_activists_named_next,
    lede_actor_named_next,
    member_by_role_named_next,
    members_listed_next,
    name_run_into_role,
    named_member_next,
    named_subject_quoted_next,
    one_named_with_the_quote_next,
    one_of_them_named_next,
    plural_source,
    post_signed_next,
    quoted_words_owned_next,
    role_named_later,
    rumour_owned_next,
    same_claim_named_next,
    same_source_named_before,
    same_verb_told_next,
    subject_posts_next,
    teaser_named_next,
)
from .named_reports import (
    bare_report_named_before,
    paragraph_opens_with_named_report,
    report_named_next,
    source_named_next,
)
from .no_claim import (
    a_feeling,
    a_person_described,
    an_audience,
    announces_a_plan,
    attitude_to_a_thing,
    declines_to_comment,
    instructs,
    names_itself,
    report_holds_a_claim,
    to_do,
)
from .topic import (
    DISPUTING,
    about_writer_or_reader,
    guessed_wish,
    label_as_topic,
    picks_out_a_group,
    public_reaction,
    quantifier_of_things,
    reacts_to_an_event,
    rebutted,
    seen_in_a_recording,
    the_press,
    told_as_an_event,
    topic_group,
    wh_object,
    writers_guess,
)
from .unasserted import (
    QUOTABLE_CUE_VIAS,
    hypothetical,
    in_a_headline,
    in_bracketed_line,
    inside_quotation,
    known_of_nobody,
    yes_no_question,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..attribution import Attribution

__all__ = ["Context", "hypothetical", "in_scope", "ruled_out", "source_head"]


def in_scope(doc: Doc, attributions: list[Attribution], hedged: tuple[str, ...]) -> list[Attribution]:
    """``attributions`` without the hedged ones the rules above rule out (named ones stay)."""
    context = Context.of(doc, attributions, hedged)
    return [a for a in attributions if a.kind not in hedged or not ruled_out(doc, a, context)]


def ruled_out(doc: Doc, attr: Attribution, context: Context) -> str:
    """Why ``attr`` is no finding ("quoted", "question", "hypothetical", "topic", "narrated", "named_claim",
    "legal_process", "measured", "inside_attribution", "named_member", "named_report", "named_next",
    "no_claim", "named_before", "link_title", "recorded", "press"), or "" when it stands."""
    first = doc[attr.first]
    if context.quotes.covering(first.idx) is not None or context.quotes.in_single_quotation(first.idx):
        return "quoted"
    if in_bracketed_line(doc.text, first.idx) or (attr.via == "adverb" and in_a_headline(first)):
        return "link_title"  # "[In wake of debate, multiple women accuse Trump of sexual advances]": a link
    cue = doc[attr.cue_i] if attr.cue_i >= 0 else None
    if cue is not None and attr.via in QUOTABLE_CUE_VIAS and inside_quotation(cue, context.quotes):
        # 'His "friends are slowly thinking ...', 'was “considered offensive.”': the verb is someone's quoted word
        return "quoted"
    if cue is not None and hypothetical(cue):
        return "hypothetical"
    if attr.kind == AGENTLESS and cue is not None and known_of_nobody(cue):
        return "no_claim"  # "no one in the probe is known to have received full immunity": what the record lacks
    if yes_no_question(doc.text, first.idx):
        return "question"  # "Has this been reported anywhere else?": a reader's checklist asks, it claims nothing
    if cue is not None and topic_group(doc, attr, cue):
        return "topic"
    if cue is not None and attr.via == "subject" and wh_object(cue):
        return "topic"  # "how do you expect to influence how people think": what people think is the object
    if cue is not None and attr.kind == AGENTLESS and label_as_topic(cue):
        return "topic"  # "opened up about being described as a 'real woman'": the label is what she talks about
    if cue is not None and any(c.dep_ == "advmod" and c.lower_ in DISPUTING for c in cue.children):
        return "topic"  # "Many mistakenly believe that ...": the writer disputes the belief, no claim rests on it
    if attr.kind == VAGUE and quantifier_of_things(doc, attr):
        return "topic"  # "Some of his Trump stories are true, some are highly slanted and others are totally
        # false, like one this summer reporting that ...": "others" are stories, not people
    if cue is not None and attr.kind == VAGUE and writers_guess(cue):
        return "topic"  # "And I think most of these people understand that their names might be difficult":
        # the writer's own guess about the group, who are the topic, not a source
    if cue is not None and attr.kind == VAGUE and guessed_wish(cue):
        return "topic"  # "it left some gaps where viewers probably expected sharp questions": the writer's guess
        # at what a group thinks, no claim passed on from it
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and rebutted(cue):
        return "topic"  # "While liberals dismissed him as a Hollywood actor, the truth was ...": a view the
        # writer states in order to answer it, no claim rests on it
    if cue is not None and attr.via == "subject" and picks_out_a_group(cue):
        return "topic"  # "investors expecting a big deal ... may want to think twice": the -ing phrase picks
        # out whom the sentence is about, nobody is cited
    if attr.kind in (ANONYMOUS, VAGUE) and the_press(doc, attr):
        return "press"  # "Scenes from the film were described to him by a Post reporter", "A reporter
        # pointed out that ...": journalists at work, asking or telling, not sources the writer leans on
    if cue is not None and attr.via == "noun" and not report_holds_a_claim(cue):
        return "no_claim"  # "to recommend stories by other journalists": writings, nothing drawn from them
    if cue is not None and attr.via == "subject" and cue.lemma_.lower() in P.FINITE_CLAUSE_ONLY_VERBS and to_do(cue):
        return "no_claim"  # "A University of Houston professor agreed to distribute ... kits": an act, no claim
    if cue is not None and attr.via == "subject" and announces_a_plan(cue):
        return "no_claim"  # "a former Republican committee staffer announced plans to sue the panel": an act
    if cue is not None and attr.via in ("subject", "inverted") and declines_to_comment(cue):
        return "no_claim"  # 'a State Department official said, "We are not going to speak to the content of
        # these documents"': a refusal to comment, no claim to check
    if cue is not None and attr.via == "subject" and names_itself(cue):
        return "no_claim"  # "Perry fans call themselves 'KatyCats'"
    if cue is not None and attr.via == "subject" and instructs(cue):
        return "no_claim"  # "officials have told Flint residents not to drink the brown stuff": an instruction
    if cue is not None and attr.kind == AGENTLESS and a_person_described(cue):
        return "no_claim"  # "Burks is described as an African-American male, ... six feet two inches tall": what the
        # wanted person looks like, given out to find him, no judgement
    if cue is not None and attr.via == "subject" and attitude_to_a_thing(cue):
        return "no_claim"  # "most people primarily know people of their own race"
    if cue is not None and attr.via == "subject" and a_feeling(cue):
        return "no_claim"  # "many European citizens feel stung after the euro crisis": a mood, no claim
    if cue is not None and attr.via == "agent" and an_audience(doc, attr, cue):
        return "no_claim"  # "the Commander-in-Chief Forum viewed by 14.7 million people": an audience counted
    if cue is not None and attr.via == "subject" and cue.lemma_.lower() in _ASKING_VERBS and asks(cue):
        return "question"  # "Other judges questioned whether ...", "fans speculated whether the entire album would
        # be a vindictive screed": an open question, no claim
    if cue is not None and attr.via in ("learning", "emerged") and told_as_an_event(cue):
        # "The first thing I thought when I heard that they were splitting up", "voters swung to Mr. Cruz
        # after questions arose about Mr. Carson's grasp of foreign policy": an event that dates another
        return "narrated"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and seen_in_a_recording(doc, attr, cue):
        return "recorded"  # "ISIS soldiers mock America's military tactics in the video": the people a
        # recording shows, which is there to be checked, not sources the writer leans on
    relayed = attr.kind == ANONYMOUS and _always_a_source(doc, attr)
    if cue is not None and attr.via == "subject" and told_as_an_event(cue) and not relayed:
        return "narrated"
    if (
        not relayed
        and (attr.first in context.identified_claims or (cue is not None and cue.i in context.identified_claims))
        and not writers_aside(doc, attr, context.named)
    ):
        return "named_claim"
    if attr.kind in (ANONYMOUS, VAGUE) and attr.via == "subject" and named_co_source(doc, attr, context.named):
        return "named_claim"  # "the observatory and a security source said": a checkable co-source says it too
    if attr.cue.startswith(("alleged", "purported")) and (context.legal_record or names_legal_process(first.sent)):
        return "legal_process"
    if attr.kind == AGENTLESS and cue is not None and cue.lemma_.lower() in FINDING_VERBS and found_by_law(cue):
        return "legal_process"  # "has been arrested after it was discovered that she had fabricated a story": the
        # investigation that led to the arrest found it
    if attr.via == "evaluative" and gives_shares(first.sent):
        return "measured"  # "On terrorism (52% to 41%) ... Clinton is viewed as the better candidate"
    if attr.via == "evaluative" and cue is not None and measured_just_before(cue):
        return "measured"  # "... is seen as favorable with 58% of those polled ... He is also seen as the moderator
        # who will be the toughest": the same poll's next answer
    if attr.kind == VAGUE and cue is not None and share_measured(doc, attr, cue):
        return "measured"  # "most think she would be the better candidate ..., 54% to 43%": a poll's result
    if attr.kind == VAGUE and cue is not None and attr.via == "subject" and poll_split(cue.sent.text):
        return "measured"  # "Supporters of Republican Donald Trump for president say by 55%-41% that ...": a
        # poll's breakdown by group, the split given
    if attr.kind in (ANONYMOUS, VAGUE) and tallied(doc, attr):
        return "measured"  # "the group polled members online: 1,409 teachers said they wanted to endorse
        # Sanders": a count that large is a tally of answers, not people cited as sources
    if attr.kind in (ANONYMOUS, VAGUE) and attr.via == "subject" and percent_of(doc, attr):
        return "measured"  # "Overall, 55 percent of insiders said Trump met expectations", "It found more than a
        # third (35%) of amateur sports people say ...": a share in per cent is a poll's answer, not a source
    if attr.kind == VAGUE and cue is not None and attr.via == "subject" and respondents(doc, attr):
        return "measured"  # "..., according to the poll. Some stated the absence of Brady was enough ...": the
        # bare quantifier counts the poll's respondents
    if attr.kind in (ANONYMOUS, VAGUE) and panel_member(doc, attr):
        return "measured"  # "some Republicans said ..." in a report of a panel's survey whose respondents all
        # answered anonymously, the panel named and its members listed: the survey is the source
    if attr.kind == VAGUE and cue is not None and poll_result(cue):
        return "measured"  # "according to a new poll that shows more voters view Clinton unfavorably"
    if attr.kind == AGENTLESS and cue is not None and same_verb_owned(cue):
        return "named_claim"  # "is projected to be $544 billion ... more than the budget office had projected"
    if attr.kind == AGENTLESS and cue is not None and same_verb_owned_before(cue):
        return "named_claim"  # "the plaintiff alleged that Sater threatened ... Sater was alleged to have told"
    if attr.kind == AGENTLESS and cue is not None and same_verb_told_next(doc, cue, context.named):
        return "named_next"  # "Internet companies have been criticized for ... Matthew Prince, chief executive of
        # CloudFlare, said that in one case Internet activists criticized his company for ...": he tells of it
    if attr.kind == AGENTLESS and attr.via == "adverb" and in_a_told_story(doc[attr.first]):
        return "named_claim"  # "he told the largely unsubstantiated tale of Gen. John Pershing allegedly halting
        # Muslim attacks": the adverb is inside the story a named teller tells
    if attr.kind == AGENTLESS and what_a_recording_shows(doc[attr.first]):
        return "named_claim"  # "a video posted online on 4 July purportedly showing Islamic State fighters
        # killing 25 Syrian soldiers": the recording is the source, the adverb says it is unverified
    if attr.kind == AGENTLESS and attr.via == "adverb" and in_a_persons_claim(doc[attr.first]):
        return "named_claim"  # "She claims he asked her to dress up ... and allegedly 'pressed her ...'": the
        # person who makes the claim is the one alleging
    if attr.kind == AGENTLESS and cue is not None and judged_by_a_name(cue):
        return "named_claim"  # "When PolitiFact examined the senator's statement, it was labeled 'Mostly True.'"
    if attr.kind == AGENTLESS and cue is not None and said_in_a_released_document(cue):
        return "named_claim"  # "In a ... summary of the meeting released by his campaign, the Republican was said
        # to express ...": the document the sentence names, and who released it, is where it was said
    if (
        attr.kind in (AGENTLESS, ANONYMOUS, VAGUE)
        and cue is not None
        and in_the_document_or_law(doc, cue, speaker=attr.kind != AGENTLESS)
        and not relayed  # "a recent New York Times story in which Democratic sources said": still nobody to ask
    ):
        return "named_claim"  # "Mr. Angelo was described in the filing as a consultant" after "a filing with
        # the SEC"; "Under the statute, a child born abroad ... is automatically considered a U.S. citizen"
    if attr.kind == AGENTLESS and cue is not None and accused_in_the_record_before(doc, cue):
        return "legal_process"  # "According to a 52-count civil complaint filed by the federal Securities and
        # Exchange Commission ... Mr. Quiros was accused of using $50 million": the complaint accuses him
    if attr.kind in (AGENTLESS, OWN_VOICE) and footnoted(doc[attr.first]):
        return "named_claim"  # "May 2014: Ben Hodzic allegedly voted at the polls in the name of his brother ...
        # in Catskill, NY.[1]": the note cites the source
    if attr.kind == AGENTLESS and cue is not None and in_a_named_interview(cue):
        return "named_claim"  # "In an interview with co-founder Steve Wozniak, it was revealed that ..."
    if attr.kind == AGENTLESS and cue is not None and credited_with_thanks(cue):
        return "named_claim"  # "Thanks to Paul Sperry over at Real Clear Investigations, it was revealed ..."
    if attr.kind == AGENTLESS and attr.via in ("passive", "evaluative") and cue is not None and agent_named_after(cue):
        return "named_claim"  # "is considered a terrorist group by the Syrian government and Russia"
    if attr.kind == AGENTLESS and cue is not None and named_according_inside(cue, context.named):
        return "named_claim"  # "It is estimated that ... according to the Syrian Observatory for Human Rights"
    if attr.kind == AGENTLESS and named_speaker_closes(cue if cue is not None else doc[attr.first]):
        return "inside_attribution"  # "Those killed were believed to have inhaled chlorine gas and died from
        # poisoning the manager of al-Quds hospital Hamza Khatib told Reuters news agency" (commas stripped)
    if attr.kind == AGENTLESS and attr.via == "adverb" and speaker_closes(doc[attr.first], context.own_claims):
        return "inside_attribution"  # "rockets which were reportedly preparing to attack Turkey security sources
        # said on Monday" (commas stripped): the unnamed speaker's finding queries the claim
    if attr.kind == AGENTLESS and attr.via == "passive" and cue is not None and named_speaker_tells_after(
        cue, _named_cues(context)
    ):
        return "inside_attribution"  # "some of the wounded were reported to be in critical condition the network
        # added" (commas stripped): the named speaker's account
    if attr.kind == AGENTLESS and cue is not None and inside_an_institutions_claim(cue):
        return "inside_attribution"  # "... when gas believed to be chlorine was dropped ..., a hospital and a civil
        # defence group said": what the institution said holds the belief
    if attr.kind not in (ANONYMOUS,) and attr.first in context.hedged_claims and attr.via not in SPEAKING_VIAS:
        return "inside_attribution"  # "officials said the breach is believed to be ...": flagged once
    if attr.kind == VAGUE and attr.first in context.hedged_claims and inside_another(attr, context):
        return "inside_attribution"  # "a new poll shows more voters view ...": the poll is the source
    if (attr.kind == VAGUE or (attr.kind == ANONYMOUS and plural_source(doc, attr))) and (
        named_member_next(doc, attr, context.named, context.quotes)
        or members_listed_next(doc, attr)
        or one_of_them_named_next(doc, attr)
        or member_by_role_named_next(doc, attr)
        or same_claim_named_next(doc, attr, context.named)
    ):
        return "named_member"
    if attr.kind in (ANONYMOUS, VAGUE) and claim_repeated_by_name_next(doc, attr, context.named):
        return "named_member"  # "U.S. officials acknowledged ... the solution ... would ultimately require Assad's
        # removal ... National Security Adviser Susan Rice said the solution in Syria will ..."
    if attr.kind == ANONYMOUS and name_run_into_role(doc, attr):
        return "named_claim"  # "Necip Ensari a local civil defense official reportedly said" (commas lost)
    if attr.kind == ANONYMOUS and bare_name_speaks_next(doc, attr, context.quotes):
        return "named_later"  # "A Madaya resident ... said ... '...' Ahmed, 24, said."
    if attr.kind == ANONYMOUS and one_named_with_the_quote_next(doc, attr, context.quotes):
        return "named_member"  # "A top aide to Donald Trump's presidential campaign said ... “Revelations that
        # ...,” Trump aide Jason Miller said in a statement.": the aide named one sentence on
    if attr.kind in (ANONYMOUS, VAGUE) and quoted_words_owned_next(doc, attr, context.named, context.quotes):
        return "named_next"  # 'friends described him as “one of the guys.” “He wasn't ... he was one of the
        # guys,” Harrison Weinhold told CBS News': the quoted words are a named speaker's, given next"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and public_reaction(doc, attr, cue):
        return "reaction"
    if cue is not None and attr.kind in (ANONYMOUS, VAGUE) and attr.via == "subject" and reacts_to_an_event(cue):
        return "reaction"  # "Most other opponents of abortion, however, condemned the shooting"
    if attr.kind == RUMOUR and cue is not None and rumour_owned_next(doc, cue, context.named):
        return "named_next"  # "stoked speculation that he might offer himself ... 'Over time, there's been a lot
        # of speculation about that,' said former Utah governor Michael Leavitt, a Romney confidant"
    if attr.kind in (ANONYMOUS, VAGUE) and self_named(doc, attr):
        return "named_claim"  # "one commenter calling himself “VarnstarkBittlewater” asks": a screen name
        # the reader can look up
    if attr.kind in (ANONYMOUS, VAGUE) and post_signed_next(doc, attr):
        return "named_next"  # "Here's definitive proof ..., according to a user on Twitter: Can we put the
        # debate to rest now? ... — Quake Gyan (@QuakeDawg) September 26, 2016": the post names its poster
    if attr.kind == ANONYMOUS and role_named_later(doc, attr):
        return "named_later"
    if attr.kind in (ANONYMOUS, VAGUE) and teaser_named_next(doc, attr):
        return "named_later"
    if attr.kind == VAGUE and lede_activists_named_next(doc, attr):
        return "named_later"  # "Activists say ... . The Britain-based Syrian Observatory for Human Rights says ..."
    if attr.kind == ANONYMOUS and lede_actor_named_next(doc, attr):
        return "named_later"  # "A cafeteria worker in a Pennsylvania school district just quit her job, saying ...
        # Stacy Koltiska turned in her resignation letter ...": the lede's actor, named as the next sentence opens
    if attr.kind in (ANONYMOUS, VAGUE) and attr.cue_i >= 0 and (
        any(o.cue_i == attr.cue_i and o.first > attr.cue_i for o in context.named) or _name_said(doc[attr.cue_i])
    ):
        return "named_claim"  # "to identify the source says Winfield": the verb's named speaker comes after it, so
        # the noun before it is no speaker (a name before it is often a quotation's word the parser took for one)
    if attr.kind == ANONYMOUS and same_source_named_before(doc, attr, context.named, context.own_claims):
        return "named_before"  # "Abdel Rahman said ... rebels fired rockets on Damascus ... the same source said"
    if attr.kind == ANONYMOUS and institution_said_it_before(doc, attr, context.named):
        return "named_before"  # "..., the Justice Department announced Friday evening. A senior Justice
        # Department official announced the development": the institution is on the record for it
    if attr.kind in (ANONYMOUS, VAGUE) and counted_named_before(doc, attr):
        return "named_before"  # "Chairman Jason Chaffetz and Chairman Bob Goodlatte" ... "The two lawmakers"
    if attr.kind in (ANONYMOUS, VAGUE) and counted_named_after(doc, attr):
        return "named_later"  # "six senators have slammed ..." ... "written by Patrick Leahy, ... and Elizabeth Warren"
    if attr.kind in (OWN_VOICE, COMMON) and about_writer_or_reader(doc, attr):
        return "own_experience"  # also "Everybody knows how much I dislike Cops": what is known is the writer's own
    if attr.kind == OWN_VOICE and attr.via == "evidential" and named_subject_quoted_next(doc, attr):
        return "named_next"  # "Ted Cruz apparently thinks so, too. ... 'I've got somebody in mind to build it,'
        # Cruz said": the writer's reading of a named person's words, which the paragraph quotes
    if attr.kind == REPORT and report_named_next(doc, attr):
        return "named_report"
    if attr.kind == REPORT and bare_report_named_before(doc, attr, context.named):
        return "named_report"  # "... said in a report released today that ... According to report ISIS has executed"
    if attr.via == "adverb" and attr.cue == "reportedly" and (
        paragraph_opens_with_named_report(doc, attr) or subject_posts_next(doc, attr)
    ):
        return "named_report"  # "As The Hill reported, ... he reportedly refused"; "Henry reportedly got a
        # reply ... Henry tweeted, '...'"
    if attr.kind in (AGENTLESS, VAGUE) and source_named_next(doc, attr):
        return "named_next"
    return ""


#: Verbs whose indirect question ("whether ...", "how ...") is open, not claimed: requests, and guessing aloud.
_ASKING_VERBS = P.REQUEST_VERBS | frozenset({"speculate", "wonder", "debate"})


def _name_said(cue: Token) -> bool:
    """ "without causing more deaths said Barazi": "say" cannot take a person as its object, so a proper noun the
    parser made its object right after it is the speaker, inverted."""
    if cue.lemma_.lower() != "say" or cue.i + 1 >= len(cue.doc):
        return False
    after = cue.doc[cue.i + 1]
    return after.head.i == cue.i and after.dep_ == "dobj" and after.pos_ == "PROPN" and after.text[:1].isupper()


def _named_cues(context: Context) -> list[int]:
    """The token indices of the verbs named sources speak by."""
    return [n.cue_i for n in context.named if n.cue_i >= 0]


def _always_a_source(doc: Doc, attr: Attribution) -> bool:
    """The unnamed speaker is a 'source' or an 'insider': a word that always means someone who is
    not named. Relayed by a named outlet ("WSOCTV is reporting that sources tell them ...", "as
    Radar previously reported, insiders claim that ...") or told as an event ("after another source
    told OKMagazine.com that ..."), the claim still rests on nobody anyone can ask."""
    head = source_head(doc, attr)
    return head is not None and attr.via in SPEAKING_VIAS and head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS
