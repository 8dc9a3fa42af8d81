"""Block quotations of HTML articles (scorer.block_quotes): a letter, a statement or a tweet printed whole in a
``<blockquote>`` is someone else's words, and the signals that judge the writer's own voice leave it alone.

In the judged rounds of the Propaganda Techniques Corpus (docs/accuracy.md, round fifty-six), 18 of 33 wrong
findings were such words, which the corpus's plain text prints with nothing to mark them: "Many fear" in Fr.
Weinandy's letter, "absolutely worthless" in Bishop Laun's statement. The passages below are built like those.
Given as text, the one layout that says so in words: a short line naming a source and its verb, then a colon
("Fox News reports:"), introduces the lines after it (``introduced_passages``).
"""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer import Article, block_quote_ranges
from scorer.block_quotes import introduced_passages, printed_remarks
from scorer.testing import run_signal

_INTRO = "The bishop, who leads the diocese, wrote a long letter to the faithful on Sunday. In it he said:"
_LETTER = (
    "Many fear that the text is absolutely worthless, and it is widely believed that the synod was rigged.",
    "I have heard the the same from priests across the country.",
)
_AFTER = "The Vatican did not reply on Monday. Critics say the letter is a disgrace to the church."
HTML = (
    f"<article><h1>Bishop condemns the document</h1><p>{_INTRO}</p>"
    f"<blockquote><p>{_LETTER[0]}</p><p>{_LETTER[1]}</p></blockquote><p>{_AFTER}</p></article>"
)


def _article() -> Article:
    return Article.from_dict({"id": "letter", "html": HTML})


def test_the_range_runs_from_the_quotations_first_paragraph_to_its_last() -> None:
    article = _article()
    ((start, end),) = block_quote_ranges(article)
    assert article.text[start:end] == "\n".join(_LETTER)


def test_a_page_nested_deeper_than_libxml2_reads_by_default_keeps_its_quotation() -> None:
    article = Article.from_dict({"id": "deep", "html": "<div>" * 300 + HTML + "</div>" * 300})
    ((start, end),) = block_quote_ranges(article)
    assert article.text[start:end] == "\n".join(_LETTER)


def test_no_ranges_without_html_or_without_a_blockquote_or_where_the_text_lacks_the_words() -> None:
    assert block_quote_ranges(Article(id="t", text="\n".join(_LETTER))) == ()
    plain = Article.from_dict({"id": "p", "html": f"<article><p>{_INTRO}</p><p>{_LETTER[0]}</p></article>"})
    assert block_quote_ranges(plain) == ()
    other = Article(id="o", text="Nothing of the letter here, only the writer's own words.", html=HTML)
    assert block_quote_ranges(other) == ()


@pytest.mark.slow
def test_the_signals_leave_a_block_quotation_alone_and_still_read_the_writer() -> None:
    article = _article()
    (start, end), = block_quote_ranges(article)
    odd = run_signal(OddPhrasing(), article.text, html=HTML).findings
    hedged = run_signal(HedgedSourcing(), article.text, html=HTML).findings
    assert not [f for f in (*odd, *hedged) if start <= f.start and f.end <= end]
    assert [f.text for f in hedged if f.start >= end] == ["Critics say"]  # the writer's own vague source


@pytest.mark.slow
def test_the_same_words_given_as_text_are_found() -> None:
    text = _article().text
    odd = {f.text for f in run_signal(OddPhrasing(), text).findings}
    hedged = {f.text for f in run_signal(HedgedSourcing(), text).findings}
    assert {"the the", "absolutely worthless"} <= odd
    assert "it is widely believed" in hedged


# ---- plain text: a line of its own that introduces a source's text ---------------------------------------------
# (ptc:786919720, judged round fifty-nine: five findings in the excerpts after "Fox News reports:" and "According
# to The Washington Post:", all judged wrong; ptc:999001621 "The first version read:", ptc:721890296 "RT reports:")
_EXCERPT = (
    "Feinstein said she had referred the matter to the FBI.\n"
    "Fox News reports:\n"
    "A spokesperson for Feinstein declined to elaborate, but there has been much speculation that she is referring "
    "to a secret letter.\n"
    "A source familiar with the confirmation proceedings told Fox News that Feinstein received the letter in July.\n"
    "\n"
    "The White House has called this a last minute gambit. Critics say the timing is suspicious."
)


def test_a_line_that_names_a_source_and_ends_in_a_colon_introduces_the_lines_after_it_up_to_a_blank_line() -> None:
    article = Article(id="x", text=_EXCERPT)
    ((start, end),) = block_quote_ranges(article)
    assert article.text[start:end].startswith("A spokesperson for Feinstein")
    assert article.text[start:end].endswith("received the letter in July.")


@pytest.mark.parametrize(
    "intro",
    ["According to The Washington Post:", "The first version read:", "RT reports:",
     "The Hill's John Solomon reported on Wednesday:", "Disobediant Media notes (emphasis in the original):",
     "Archbishop Bernard Hebda responds to the McCarrick scandal (The Catholic Spirit):"],
)
def test_the_introducing_lines_seen_in_the_judged_rounds(intro: str) -> None:
    text = f"The story broke on Monday.\n{intro}\nSources said the talks had failed.\nOfficials were told."
    ((start, end),) = introduced_passages(text)
    assert text[start:end] == "Sources said the talks had failed.\nOfficials were told."


@pytest.mark.parametrize(
    "line",
    ["NOTES:", "Here are three things to know:", "Critics say the plan is dangerous for three reasons, "
     "which the governor's office disputed in a long statement on Monday:", "Watch the video here:"],
)
def test_a_colon_without_a_source_and_its_verb_introduces_nothing(line: str) -> None:
    assert introduced_passages(f"{line}\nSources said the talks had failed.") == ()


def test_a_passage_stops_at_six_lines_and_at_the_next_introducing_line() -> None:
    body = "\n".join(f"Line {k} of the report." for k in range(1, 10))
    ((start, end),) = introduced_passages(f"Reuters reports:\n{body}")
    assert f"Reuters reports:\n{body}"[start:end].splitlines()[-1] == "Line 6 of the report."
    two = "AP reports:\nOne.\nReuters reports:\nTwo.\nThree."
    assert [two[a:b] for a, b in introduced_passages(two)] == ["One.", "Two.\nThree."]


def test_an_html_article_reads_only_its_blockquotes() -> None:
    html = "<article>" + "".join(f"<p>{p}</p>" for p in _EXCERPT.split("\n") if p) + "</article>"
    assert block_quote_ranges(Article.from_dict({"id": "h", "html": html})) == ()


@pytest.mark.slow
def test_the_signals_leave_an_introduced_passage_alone_and_still_read_the_writer() -> None:
    hedged = [f.text for f in run_signal(HedgedSourcing(), _EXCERPT).findings]
    assert hedged == ["Critics say"]


# ---- an article that prints someone's remarks whole --------------------------------------------------------------
# (fakenewsnet_politifact_defend:politifact14940, judged round sixty-nine: "Full text: Jeff Flake on Trump speech
# transcript", six findings in the senator's own words, all judged wrong)
_SPEECH = (
    "Prepared remarks for Sen. Jeff Flake, who delivered a speech to the Senate on Jan. 17, 2018.Mr. President, "
    "we are told via twitter that the president intends to announce his awards. This feedback loop is disgraceful, "
    "Mr. President, and it has recently been reported that there has not been a single meeting."
)


def test_remarks_printed_whole_are_the_speakers_words_after_the_sentence_that_says_so() -> None:
    ((start, end),) = block_quote_ranges(Article(id="s", text=_SPEECH, title="Full text: Jeff Flake on Trump"))
    assert _SPEECH[start:end].startswith("Mr. President, we are told") and end == len(_SPEECH)
    assert printed_remarks(_SPEECH) == (start, end)  # the opening sentence says it even without the title


@pytest.mark.parametrize(
    ("title", "text", "body"),
    [
        ("Transcript of AP interview with Trump",
         "A transcript of an Oval Office interview Friday with President Donald Trump, recorded in full. AP: I do "
         "want to talk about the 100 days. TRUMP: Good.",
         "AP: I do want to talk about the 100 days. TRUMP: Good."),
        ("McCain, Obama go head to head in last debate",
         "Bob Schieffer of CBS was the moderator. Here is a transcript of the debate. Sens. Obama and McCain spoke.",
         "Sens. Obama and McCain spoke."),
        ("Transcript: NPR's Full Interview With Sen. Marco Rubio",  # only the title says it: all of the text
         "Sen. Marco Rubio spoke with NPR on Monday.STEVE INSKEEP: Did you have a moment of doubt?",
         "Sen. Marco Rubio spoke with NPR on Monday.STEVE INSKEEP: Did you have a moment of doubt?"),
        ("Statement by the President",  # the White House's transcripts
         "Rose Garden5:35 P.M. EDTMR. BARDEN: Hello. THE PRESIDENT: By now, it's well known that 90 percent agree.",
         "Rose Garden5:35 P.M. EDTMR. BARDEN: Hello. THE PRESIDENT: By now, it's well known that 90 percent agree."),
        # session 49, judged round seventy-eight: the speaker's name before "Transcript:", a named speech alone
        ("Hillary Clinton Transcript: Read Full Text of Clinton Campaign Launch",
         "Thank you! Oh, thank you all! Research tells us how much early learning can impact lifelong success.",
         "Thank you! Oh, thank you all! Research tells us how much early learning can impact lifelong success."),
        ("Obama’s Health Care Speech to Congress",
         "I am not the first President to take up this cause. More and more Americans worry about their coverage.",
         "I am not the first President to take up this cause. More and more Americans worry about their coverage."),
    ],
)
def test_the_ways_a_transcript_is_announced(title: str, text: str, body: str) -> None:
    start, end = printed_remarks(text, title)
    assert text[start:end] == body


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Transcript: The Democratic debate in Milwaukee, annotated",  # the writer's annotations run through it
         "At a debate in Milwaukee, the candidates diverged. Reporters are annotating what it all meant."),
        ("Trump call under scrutiny",  # a transcript cited, not printed
         "According to a transcript of the call, the president asked for a favor. Critics say it was improper."),
        ("Curious robocall seeks information",  # a document given, after which the writer goes on
         "Here is the text of that voicemail message. Hi, this is a reporter. Officials say it was a hoax."),
        (None, "The senator gave prepared statements to reporters on Monday. Critics say they were thin."),
        ("Statement by the President sparks outrage in Congress",  # a headline about a statement, not the statement
         "The statement angered Democrats on Monday. Critics say it was improper."),
        ("Obama’s Health Care Speech to Congress",  # a report on the speech: the writer's third person
         "President Obama spoke to Congress on Wednesday night. Critics say his plan costs too much."),
        ("Obama’s health care speech fell flat with Congress",  # a headline with a verb: a report, not the speech
         "I was in the chamber on Wednesday night. Critics say his plan costs too much."),
    ],
)
def test_an_article_that_only_mentions_a_transcript_prints_no_remarks(title: str | None, text: str) -> None:
    assert printed_remarks(text, title) is None


@pytest.mark.slow
def test_the_signals_leave_printed_remarks_alone() -> None:
    article_fields = {"title": "Full text: Jeff Flake on Trump speech transcript"}
    odd = run_signal(OddPhrasing(), _SPEECH, **article_fields).findings
    hedged = run_signal(HedgedSourcing(), _SPEECH, **article_fields).findings
    assert not odd and not hedged
    plain = _SPEECH.replace("Prepared remarks for", "A profile of")  # the same words as the writer's own
    assert {"disgraceful"} <= {f.text for f in run_signal(OddPhrasing(), plain).findings}
    assert {"it has recently been reported"} <= {f.text for f in run_signal(HedgedSourcing(), plain).findings}
