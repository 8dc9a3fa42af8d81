"""Speaker turns of transcripts (scorer.transcripts), and hedged_sourcing reading them as speech.

The texts are short excerpts of real articles (ids in the comments), as scraped: labels glued to the
end of the previous turn, no line breaks.
"""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing

from scorer.testing import run_signal
from scorer.transcripts import speaker_turns, turn_ranges

# fakenewsnet_politifact_defend:politifact2166 (ABC's This Week transcript)
INTERVIEW = (
    "AMANPOUR: Are you nervous about November?PELOSI: No, I'm not nervous at all --AMANPOUR: Not at all?"
    "PELOSI: No. I'm -- I'm --AMANPOUR: Because people say I know you're putting on a great face -- going "
    "into an election. But people say there's been considerable worry about what will happen in November."
    "PELOSI: Well, let me say this. I never take anything for granted."
)
# fakenewsnet_politifact_defend:politifact377 (the Democratic debate in Cleveland): the first sentence of
# each of its first eight turns, glued as scraped
DEBATE = (
    "MR. WILLIAMS: Senator Clinton, we're here in Ohio.SEN. CLINTON: Well, this is a contested campaign."
    "MR. WILLIAMS: On the topic of accurate information, and to that end, one of the things that has happened "
    "over the past 36 hours -- a photo went out.CLINTON: Well, so far as I know, it did not."
    "MR. WILLIAMS: Senator Obama, your response.SEN. OBAMA: Well, first of all, I take Senator Clinton at her "
    "word that she knew nothing about the photo.MR. WILLIAMS: And Senator Clinton, on this subject --"
    "SEN. CLINTON: But I have to -- I have to respond to that."
)


def test_an_interview_is_cut_into_its_speakers_turns() -> None:
    turns = speaker_turns(INTERVIEW)
    assert [t.speaker for t in turns] == ["AMANPOUR", "PELOSI", "AMANPOUR", "PELOSI", "AMANPOUR", "PELOSI"]
    assert INTERVIEW[turns[0].start : turns[0].end] == "Are you nervous about November?"
    assert INTERVIEW[turns[-1].start : turns[-1].end].startswith("Well, let me say this.")


def test_titled_speakers_of_a_debate() -> None:
    speakers = [t.speaker for t in speaker_turns(DEBATE)]
    assert speakers == [
        "MR. WILLIAMS", "SEN. CLINTON", "MR. WILLIAMS", "CLINTON", "MR. WILLIAMS", "SEN. OBAMA", "MR. WILLIAMS",
        "SEN. CLINTON",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # an editor's note and an update are not speakers
        "EDITOR'S NOTE: This story was updated. UPDATE: The vote was delayed. NOTE: Figures are rounded.",
        # e-mail headers quoted in a story (the WikiLeaks stories of 2016)
        "FROM: John Podesta TO: Robby Mook SUBJECT: Iowa. FROM: Robby Mook TO: John Podesta SUBJECT: Re: Iowa.",
        # a newsletter's section heads each come once (buzzfeed_webis_2016:1003, Politico Playbook)
        "SPOTTED: at the Hay-Adams. BIRTHDAYS: Jen Palmieri. QUICK THOUGHT: the race is close. "
        "KEEP IN MIND: the debate is Monday.",
        # one speaker only is a quotation lead-in, not a transcript
        "TRUMP: We will win. TRUMP: We will win again. TRUMP: And again.",
    ],
)
def test_texts_that_are_not_transcripts(text: str) -> None:
    assert speaker_turns(text) == ()


def test_turn_ranges_are_the_turns_words() -> None:
    assert turn_ranges(DEBATE)[1] == (DEBATE.index("Well, this"), DEBATE.index("MR. WILLIAMS: On the topic"))


def test_people_say_inside_an_interview_turn_is_the_speakers_sourcing() -> None:
    """'people say' asked by the interviewer is hers, not the article's; the same sentence in the
    writer's own voice is a vague source."""
    in_turn = run_signal(HedgedSourcing(), INTERVIEW)
    assert [f.text for f in in_turn.findings] == []
    own_voice = run_signal(
        HedgedSourcing(), "But people say there's been considerable worry about what will happen in November."
    )
    assert [f.check for f in own_voice.findings] == ["vague_source"]


def test_loaded_words_inside_a_speakers_turn_are_the_speakers() -> None:
    """A loaded sentence (written for the test) given to a guest's turn in the real interview above is his;
    in the article's own voice the same words are a loaded-language finding."""
    from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

    words = "It is an absolutely disgraceful, shameful and outrageous policy."
    in_turn = run_signal(OddPhrasing(), INTERVIEW + "KRUGMAN: " + words + "PELOSI: Well, no.")
    own_voice = run_signal(OddPhrasing(), words)
    assert [f for f in own_voice.findings if f.check.startswith("loaded")]
    assert [f for f in in_turn.findings if f.check.startswith("loaded")] == []


# buzzfeed_webis_2016:0955 (The Atlantic's interview printed Q-and-A style, names in ordinary case; judged round
# seventy: two findings inside its turns judged wrong)
QA = (
    "We asked Graeme Wood to talk with Callimachi. Graeme Wood: We're still shocked by what ISIS does. What are we "
    "doing wrong? Rukmini Callimachi: The systemic failure is that reporters are on a general beat. Wood: Do you "
    "think it helps that you're a woman? Callimachi: I've had countless jihadis shut me down straightaway. Wood: In "
    "one frightening quote, a jailed ISIS supporter tells you he thinks the number is in the hundreds. Callimachi: "
    "You have to keep in mind the logistics."
)


def test_an_interview_with_names_in_ordinary_case_is_cut_into_turns() -> None:
    turns = speaker_turns(QA)
    assert [t.speaker for t in turns] == [
        "Graeme Wood", "Rukmini Callimachi", "Wood", "Callimachi", "Wood", "Callimachi",
    ]  # fmt: skip
    assert QA[turns[0].start : turns[0].end] == "We're still shocked by what ISIS does. What are we doing wrong? "
    findings = run_signal(HedgedSourcing(), QA).findings
    assert [f.text for f in findings] == []  # "countless jihadis", "a jailed ISIS supporter tells": the speakers'


@pytest.mark.parametrize(
    "text",
    [
        # a source named with a colon once in a while is a quotation lead-in, not a turn
        "Critics were unmoved. Warren: The plan fails workers. Officials say it will pass. Sanders: It is a scam.",
        # headings in ordinary case that each come once
        "Background: The vote was delayed. Update: It passed. Correction: An earlier version erred.",
        # one speaker, however often
        "Trump: We will win. Trump: We will win again. Trump: And again.",
    ],
)
def test_ordinary_case_labels_that_are_not_a_transcript(text: str) -> None:
    assert speaker_turns(text) == ()
