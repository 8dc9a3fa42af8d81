"""internal_contradiction: the date normaliser, the reference date and each consistency check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction, register_signals
from misinfo_scorer_plugins.internal_contradiction.reference import find_reference
from misinfo_scorer_plugins.internal_contradiction.timex import describe, find_expressions, normalise

from scorer.testing import run_signal

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "example_article.txt"
REF = dt.date(2023, 6, 10)  # a Saturday


def run(text: str, published: str | None = None):
    return run_signal(InternalContradiction(), text, published=published)


# --- the normaliser ---------------------------------------------------------------------------

NORMALISER_TABLE = [
    # absolute
    ("3 January 2023", "2023-01-03", "2023-01-03", "2023-01-03"),
    ("January 3, 2023", "2023-01-03", "2023-01-03", "2023-01-03"),
    ("Jan. 3, 2023", "2023-01-03", "2023-01-03", "2023-01-03"),
    ("the 9th of October 2024", "2024-10-09", "2024-10-09", "2024-10-09"),
    ("Tuesday, 9 October 2024", "2024-10-09", "2024-10-09", "2024-10-09"),
    ("2024-07-15", "2024-07-15", "2024-07-15", "2024-07-15"),
    ("15/07/2024", "2024-07-15", "2024-07-15", "2024-07-15"),
    ("May 2010", "2010-05", "2010-05-01", "2010-05-31"),
    ("mid-2024", "2024", "2024-04-01", "2024-09-30"),
    ("early 2011", "2011", "2011-01-01", "2011-04-30"),
    ("the end of 2024", "2024", "2024-10-01", "2024-12-31"),
    ("in 1998", "1998", "1998-01-01", "1998-12-31"),
    ("Q3 2024", "2024-Q3", "2024-07-01", "2024-09-30"),
    ("the first quarter of 2022", "2022-Q1", "2022-01-01", "2022-03-31"),
    ("summer of 2019", "2019-SU", "2019-06-01", "2019-08-31"),
    ("the 1990s", "199", "1990-01-01", "1999-12-31"),
    # relative to 2023-06-10
    ("yesterday", "2023-06-09", "2023-06-09", "2023-06-09"),
    ("today", "2023-06-10", "2023-06-10", "2023-06-10"),
    ("tomorrow", "2023-06-11", "2023-06-11", "2023-06-11"),
    ("the day before yesterday", "2023-06-08", "2023-06-08", "2023-06-08"),
    ("last week", "2023-W22", "2023-05-29", "2023-06-04"),
    ("this week", "2023-W23", "2023-06-05", "2023-06-11"),
    ("next week", "2023-W24", "2023-06-12", "2023-06-18"),
    ("last month", "2023-05", "2023-05-01", "2023-05-31"),
    ("next month", "2023-07", "2023-07-01", "2023-07-31"),
    ("last year", "2022", "2022-01-01", "2022-12-31"),
    ("this year", "2023", "2023-01-01", "2023-12-31"),
    ("earlier this year", "2023", "2023-01-01", "2023-04-30"),
    ("next year", "2024", "2024-01-01", "2024-12-31"),
    ("last summer", "2022-SU", "2022-06-01", "2022-08-31"),
    ("three days ago", "2023-06-07", "2023-06-07", "2023-06-07"),
    ("two weeks ago", "2023-W21", "2023-05-23", "2023-05-31"),
    ("four years ago", "2019", "2018-01-01", "2020-12-31"),  # approximate: a year either side
    ("over the past year", "P1Y", "2022-06-10", "2023-06-10"),
    ("the past two weeks", "P2W", "2023-05-27", "2023-06-10"),
    ("last Tuesday", "2023-06-06", "2023-06-06", "2023-06-06"),
    ("next Tuesday", "2023-06-13", "2023-06-13", "2023-06-13"),
    ("last June", "2022-06", "2022-06-01", "2022-06-30"),
    ("in August", "2023-08", "2023-08-01", "2023-08-31"),
    ("Oct. 9", "2023-10-09", "2023-10-09", "2023-10-09"),
    ("in June last year", "2022-06", "2022-06-01", "2022-06-30"),
    ("3 March this year", "2023-03-03", "2023-03-03", "2023-03-03"),
    ("the second half of March", "2023-03", "2023-03-16", "2023-03-31"),  # raised KeyError before 0.3.0
]


@pytest.mark.parametrize(("phrase", "timex", "start", "end"), NORMALISER_TABLE)
def test_normaliser_table(phrase: str, timex: str, start: str, end: str) -> None:
    value = normalise(phrase, REF)
    assert value is not None, phrase
    assert (value.timex, value.start.isoformat(), value.end.isoformat()) == (timex, start, end)


@pytest.mark.parametrize(
    ("phrase", "tense", "timex"),
    [("August", "past", "2022-08"), ("August", "future", "2023-08"), ("Friday", "past", "2023-06-09"),
     ("Friday", "future", "2023-06-16")],
)
def test_tense_places_bare_months_and_weekdays(phrase: str, tense: str, timex: str) -> None:
    text = f"in {phrase}" if phrase == "August" else f"on {phrase}"
    value = normalise(text, REF, tense=tense)
    assert value is not None and value.timex == timex


@pytest.mark.parametrize("phrase", ["last month", "yesterday", "two weeks ago", "next year", "last Tuesday"])
def test_relative_expressions_need_a_reference(phrase: str) -> None:
    assert normalise(phrase, None) is None
    assert normalise("3 January 2023", None) is not None


@pytest.mark.parametrize(
    "text",
    ["He may 5 times refuse.", "2,000 troops arrived", "Sat down", "20 percent", "Will they march?"],
)
def test_normaliser_ignores_lookalikes(text: str) -> None:
    # Bare numbers count as years only with a DATE entity; find_expressions without NER sees none.
    exprs = [e for e in find_expressions(text, REF) if e.kind != "ref"]
    assert exprs == [], exprs


# DURATION, SET and TIME (TimeML values as TempEval-3 annotates them); REF is Saturday 2023-06-10.
KINDS_TABLE = [
    ("He led the club for six years.", "six years", "DURATION", "P6Y"),
    ("Prices rose over the past two weeks.", "over the past two weeks", "DURATION", "P2W"),
    ("Prices rose over the past year.", "over the past year", "DURATION", "P1Y"),
    ("It was a three-day visit.", "three-day", "DURATION", "P3D"),
    ("The feud has lasted for decades.", "decades", "DURATION", "PXDE"),
    ("It took a few months to rebuild.", "a few months", "DURATION", "PXM"),
    ("The fire was out within hours.", "hours", "DURATION", "PTXH"),
    ("Talks resume in the next two years.", "the next two years", "DURATION", "P2Y"),
    ("It lasted twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
    ("Two decades of war ended.", "Two decades", "DURATION", "P20Y"),
    ("They met Tuesday morning.", "Tuesday morning", "TIME", "2023-06-06TMO"),
    ("The vote opens tonight.", "tonight", "TIME", "2023-06-10TNI"),
    ("Shots rang out yesterday afternoon.", "yesterday afternoon", "TIME", "2023-06-09TAF"),
    ("The polls close at 3 p.m. today.", "3 p.m.", "TIME", "2023-06-10T15:00"),
    ("It began at 10:35 a.m. EST.", "10:35 a.m. EST", "TIME", "2023-06-10T10:35"),
    ("It ended at 10 p.m. Wednesday.", "10 p.m.", "TIME", "2023-06-07T22:00"),
    ("The board meets every week.", "every week", "SET", "P1W"),
    ("The report is published annually.", "annually", "SET", "P1Y"),
    ("The market opens each Monday.", "each Monday", "SET", "XXXX-WXX-1"),
    ("The shop closes on Tuesdays.", "Tuesdays", "SET", "XXXX-WXX-2"),
    ("The pills are taken twice a day.", "twice a day", "SET", "P1D"),
    ("The festival returns every July.", "every July", "SET", "XXXX-07"),
    ("Elections are held every four years.", "every four years", "SET", "P4Y"),
    ("Rates are what they are now.", "now", "DATE", "PRESENT_REF"),
]


@pytest.mark.parametrize(("text", "span", "typ", "timex"), KINDS_TABLE)
def test_durations_sets_and_times(text: str, span: str, typ: str, timex: str) -> None:
    found = [e for e in find_expressions(text, REF, tense_at=lambda _pos: "past") if e.text == span]
    assert len(found) == 1, find_expressions(text, REF)
    assert (found[0].timex_type, found[0].value.timex) == (typ, timex)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["The 52-year-old mayor resigned.", "Mr. Reupke, 52 years old, resigned.", "The firm raised its quarterly "
     "dividend.", "Average daily volume fell.", "It costs $5 a year.", "Read the Daily Mail."],
)
def test_ages_rates_and_adjectives_are_no_timex(text: str) -> None:
    assert [e for e in find_expressions(text, REF) if e.kind in ("duration", "set")] == []


def test_vague_ago_is_no_calendar_date() -> None:
    # "several years ago" sizes no interval a date could contradict.
    [e] = [e for e in find_expressions("Several years ago the plant closed.", REF) if e.text.lower() != "now"]
    assert e.kind == "ref" and e.value is not None and e.value.timex == "PAST_REF"


def test_quarters_without_a_year_take_the_latest_one() -> None:
    assert normalise("the third quarter", dt.date(1989, 10, 27)).timex == "1989-Q3"  # type: ignore[union-attr]
    assert normalise("fourth-quarter", dt.date(1989, 8, 15)).timex == "1988-Q4"  # type: ignore[union-attr]


def test_parts_of_a_day_still_resolve_as_that_day() -> None:
    # The checks read the interval, which stays the day; only the TIMEX3 value gains "TMO".
    v = normalise("yesterday morning", REF)
    assert v is not None and v.gran == "day" and v.start == v.end == dt.date(2023, 6, 9)


def test_describe_reads_like_prose() -> None:
    assert describe(normalise("last month", REF)) == "May 2023"  # type: ignore[arg-type]
    assert describe(normalise("3 Jan 2023", REF)) == "3 January 2023"  # type: ignore[arg-type]


# --- the reference date -----------------------------------------------------------------------


def test_reference_prefers_published() -> None:
    ref = find_reference(dt.date(2024, 1, 2), "Published: 9 October 2024\nText.")
    assert (ref.date, ref.source) == (dt.date(2024, 1, 2), "published")


@pytest.mark.parametrize(
    "text",
    [
        "Published: 9 October 2024\nThe council met.",
        "WASHINGTON, Oct. 9, 2024 (Reuters) - The council met.",
        "9 October 2024\n\nThe council met.",
        "Some headline\nUpdated on October 9, 2024 at 10:00\nThe council met.",
    ],
)
def test_reference_from_dateline(text: str) -> None:
    ref = find_reference(None, text)
    assert (ref.date, ref.source) == (dt.date(2024, 10, 9), "text")


def test_a_date_inside_the_story_is_not_a_dateline() -> None:
    assert find_reference(None, "On 9 October 2024, the council met.").date is None


# --- the checks, through the host's own runner ------------------------------------------------


@pytest.mark.slow
def test_relative_vs_explicit_contradiction() -> None:
    text = "Last month, on 3 January 2023, the council voted to close the library."
    result = run(text, "2023-06-10")
    assert result.features["contradictions"] == 1
    [f] = result.findings
    # the span is the later side, ``related`` the earlier one; the message quotes both
    assert f.text == "3 January 2023" and f.related is not None and f.related.text == "Last month"
    assert "'last month' points to May 2023 (published 2023-06-10)" in f.message
    assert "3 January 2023" in f.message
    assert f.severity >= 0.8


@pytest.mark.slow
def test_consistent_relative_and_explicit_dates_give_no_finding() -> None:
    result = run("Last month, on 3 May 2023, the council voted to close the library.", "2023-06-10")
    assert result.findings == []
    assert result.features["contradictions"] == 0


@pytest.mark.slow
def test_yesterday_allows_copy_written_the_day_before_publication() -> None:
    assert run("Yesterday, on 8 June 2023, the council met.", "2023-06-10").findings == []
    [f] = run("Yesterday, on 1 June 2023, the council met.", "2023-06-10").findings
    assert "'yesterday' points to 9 June 2023" in f.message and "1 June 2023" in f.message


@pytest.mark.slow
def test_same_verb_link_in_one_clause() -> None:
    text = "Last month Putin made a historic trip to Pyongyang on 3 January 2023 and signed a pact."
    [f] = run(text, "2023-06-10").findings
    assert f.text == "3 January 2023" and f.related is not None and f.related.text == "Last month"
    assert "May 2023" in f.message and "3 January 2023" in f.message


@pytest.mark.slow
def test_this_year_and_last_year_against_an_explicit_year() -> None:
    [f] = run("Last year, in 2019, the club won the title.", "2023-03-01").findings
    assert "'last year' points to 2022" in f.message and "2019" in f.message
    [g] = run("This year's summit, held in 2021, drew large crowds.", "2024-03-01").findings
    assert "'this year' points to 2024" in g.message and "2021" in g.message
    assert run("Last year, in 2022, the club won the title.", "2023-03-01").findings == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Last year, inflation hit its highest level since 1981.",  # since: another moment
        "Yesterday, police said the suspect was arrested on 3 May 2023.",  # a different verb
        "Last year sales were double the level of 2019.",  # comparison
        "This year the company, founded in 1998, opened a plant.",  # participle on another noun
    ],
)
def test_dates_of_other_events_are_not_contradictions(text: str) -> None:
    result = run(text, "2023-06-10")
    assert result.findings == [], [f.message for f in result.findings]


@pytest.mark.slow
def test_weekday_mismatch_and_match() -> None:
    [f] = run("The rally took place on Tuesday, 9 October 2024 in Leeds.", "2024-10-12").findings
    assert f.text == "9 October 2024" and f.related is not None and f.related.text == "Tuesday"
    assert "'Tuesday, 9 October 2024'" in f.message and "Wednesday" in f.message
    undated = run("The rally took place on Tuesday, 9 October 2024 in Leeds.")
    assert undated.features["weekday_mismatches"] == 1
    ok = run("The rally took place on Wednesday, 9 October 2024 in Leeds.", "2024-10-12")
    assert ok.findings == [] and ok.features["weekday_mismatches"] == 0
    us = run("The rally took place on Tuesday, October 9, 2024 in Leeds.")
    assert us.features["weekday_mismatches"] == 1


@pytest.mark.slow
def test_weekday_against_yesterday() -> None:
    [f] = run("Yesterday (Tuesday) the minister resigned.", "2023-06-10").findings
    assert "9 June 2023" in f.message and "Friday" in f.message and "Tuesday" in f.message
    assert run("Yesterday (Friday) the minister resigned.", "2023-06-10").findings == []


@pytest.mark.slow
def test_unanchored_relative_dates_are_one_note_not_findings() -> None:
    result = run("Last month, the minister resigned. The vote is next week. On Tuesday she left.")
    assert result.findings == []  # nothing to compare them with: no finding
    [note] = result.notes
    assert note.startswith("relative dates could not be checked: the article carries no date")
    assert "'Last month'" in note
    assert result.features["unanchored_relative"] == 3
    assert result.features["anchored"] == 0
    anchored = run("Last month, the minister resigned.", "2023-06-10")
    assert anchored.findings == [] and anchored.notes == [] and anchored.features["unanchored_relative"] == 0


@pytest.mark.slow
def test_dateline_anchors_relative_dates() -> None:
    text = "WASHINGTON, Oct. 9, 2024 (Reuters) - Last month, on 3 January, the Fed cut rates."
    result = run(text)
    assert result.features["reference_from_text"] == 1 and result.features["anchored"] == 1
    [f] = result.findings
    assert "(dateline 2024-10-09)" in f.message and "September 2024" in f.message


@pytest.mark.slow
def test_features_are_flat_numbers() -> None:
    result = run("Last month, on 3 May 2023, the council met. In 2019 it had met twice.", "2023-06-10")
    f = result.features
    assert all(isinstance(v, (int, float)) for v in f.values())
    assert f["relative_expressions"] == 1 and f["absolute_expressions"] == 2
    assert f["anchored_share"] == 1.0 and f["reference_from_text"] == 0
    assert f["date_spread_days"] > 365 * 3


@pytest.mark.slow
def test_example_article() -> None:
    if not EXAMPLE.is_file():
        pytest.skip(f"{EXAMPLE} not found")
    text = EXAMPLE.read_text(encoding="utf-8")
    dated = run(text, "2024-07-15")
    assert dated.findings == []
    assert dated.features["relative_expressions"] >= 2  # "over the past year", "Last month"
    undated = run(text)
    assert undated.findings == [] and len(undated.notes) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Found as false positives on news corpora; written afresh here.
        ("Unemployment fell to 3.8 percent last month from 4.1 percent in December.", "1998-02-06"),
        ("He was charged last year in the October 2018 shooting of a guard.", "2020-01-24"),
        ("Net income this year has risen over comparable periods in 2018.", "2019-10-26"),
        ("The paper said in an editorial on Saturday, April 25: the court erred.", "1998-04-24"),
        ("The rebels have held the city since June last year.", "2015-07-06"),
        ("Troops killed in advance Monitor AFP Saturday 26 Jul 2014 At least 85 troops were killed.",
         "2014-07-03"),
        ("One of two attacks, a bombing, occurred this weekend in Manhattan.", "2016-09-19"),
        ("The firm plans to ship a computer based on the new chip early next year.", "1989-10-27"),
        # two moments on one verb: a second poll (seen on a real article)
        ("The group polled the race in February and again two weeks ago.", "2016-04-18"),
        # durations, sets, clock times and year-less quarters are not dates the checks compare
        ("For six years, since 2015, the plant ran every day.", "2023-06-10"),
        ("Last year the company earned more in the third quarter than in 2019.", "2023-06-10"),
        ("Yesterday at 3 p.m. on 9 June 2023 the polls closed.", "2023-06-10"),
        ("The group expects to return to profit in the third quarter next year.", "2023-06-10"),
    ],
)
def test_no_false_findings(text: str, published: str) -> None:
    result = run(text, published)
    assert result.findings == [], [f.message for f in result.findings]


@pytest.mark.slow
def test_tense_against_time() -> None:
    [f] = run("The summit took place on 5 May 2024 in Geneva.", "2024-03-01").findings
    assert "5 May 2024 is after the article's date (published 2024-03-01)" in f.message
    assert "past tense ('took')" in f.message
    [g] = run("The summit will take place on 5 May 2022 in Geneva.", "2024-03-01").findings
    assert "before the article's date" in g.message and "'will take'" in g.message
    [h] = run("Next month the minister resigned.", "2024-03-01").findings
    assert "'next month' (April 2024)" in h.message
    for ok in ("The summit will take place on 5 May 2024.", "The summit was scheduled for 5 May 2024.",
               "If the vote was held on 5 May 2024, it would fail.", "The summit took place on 5 May 2023."):
        result = run(ok, "2024-03-01")
        assert result.findings == [] and result.features["tense_mismatches"] == 0, ok


@pytest.mark.slow
def test_ages() -> None:
    [f] = run("Smith, who was born in 1980, died in 2019 at the age of 35.", "2023-03-01").findings
    assert "'at the age of 35' does not fit a birth in 1980 ('born in 1980'): in 2019 that person was 38 or 39" \
        in f.message
    assert f.text == "at the age of 35" and f.related is not None and f.related.text == "born in 1980"
    assert run("Smith, who was born in 1980, died in 2019 at the age of 38.", "2023-03-01").findings == []
    [g] = run("Maria Lopez was born on 3 May 1990. She is now aged 40.", "2023-03-01").findings
    assert "in 2023 (published 2023-03-01)" in g.message and "32 or 33" in g.message
    result = run("Maria Lopez was born on 3 May 1990. She is now aged 32.", "2023-03-01")
    assert result.findings == [] and result.features["age_mismatches"] == 0


@pytest.mark.slow
def test_anniversaries() -> None:
    bad = run("The club, founded in 1998, celebrates its 30th anniversary this year.", "2024-03-01")
    [f] = bad.findings
    assert "'30th anniversary' in 2024 ('this year')" in f.message and "26 years, not 30" in f.message
    assert bad.features["anniversary_mismatches"] == 1
    assert run("The club, founded in 1998, celebrates its 26th anniversary this year.", "2024-03-01").findings == []
    [g] = run("The club was founded in 1998. It celebrated its 22nd anniversary in 2018.", "2024-03-01").findings
    assert "20 years, not 22" in g.message


@pytest.mark.slow
def test_years_later() -> None:
    [f] = run("The war began in 1990. Five years later, in 1997, a treaty was signed.", "2024-03-01").findings
    assert "'Five years later' lands on 1997, but from 1990 ('began in 1990') that is 7 years" in f.message
    assert f.text == "Five years later, in 1997" and f.related is not None and f.related.text == "began in 1990"
    assert run("The war began in 1990. Five years later, in 1995, a treaty was signed.").findings == []
    [g] = run("In 2015, seven years after the 2004 tsunami, the town was rebuilt.", "2024-03-01").findings
    assert "from 2004 that is 11 years" in g.message
    assert run("In 2011, seven years after the 2004 tsunami, the town was rebuilt.", "2024-03-01").findings == []


@pytest.mark.slow
def test_dateline_offset_feature() -> None:
    text = "WASHINGTON, Oct. 9, 2024 (Reuters) - The Fed cut rates."
    assert run(text, "2024-10-19").features["dateline_offset_days"] == 10
    assert run(text).features["dateline_offset_days"] == 0


def test_plugin_registration() -> None:
    got: list[object] = []
    register_signals(got.append)
    [sig] = got
    assert isinstance(sig, InternalContradiction)
    assert sig.name == "internal_contradiction" and sig.languages == ("en",)
    assert set(sig.requires) <= {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}


# --- (f) counts against their lists -----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Police searched three cities — Paris, Lyon, Nice and Lille — last week.",
         "'three cities' but four are named: Paris, Lyon, Nice and Lille"),
        ("The firm has offices in three cities: Paris and Lyon.", "'three cities' but two are named: Paris and Lyon"),
        ("There are four issues: the economy, immigration and health care.",
         "'four issues' but three are named: the economy, immigration and health care"),
        ("The report named two companies, namely Apple, Google and Microsoft.",
         "'two companies' but three are named: Apple, Google and Microsoft"),
        ("Two cities, including Paris, Lyon and Nice, voted.",
         "'Two cities' but three are named: Paris, Lyon and Nice"),
        ("The three candidates, Clinton and Trump, debated on Tuesday.",
         "'three candidates' but two are named: Clinton and Trump"),
        ("Three cities in France: Paris, Lyon, Nice and Lille.",
         "'Three cities' but four are named: Paris, Lyon, Nice and Lille"),
        # the next sentence's "To" is no "to name a few"
        ("Inspectors visited five towns — Alderton and Brockley. To be fair, they were busy.",
         "'five towns' but two are named: Alderton and Brockley"),
    ],
)
def test_count_list_mismatch(text: str, message: str) -> None:
    result = run(text, "2024-03-01")
    [f] = result.findings
    assert f.message == message
    # the span is the list (the later side), ``related`` the count it contradicts
    assert f.text == message.split(": ", 1)[1]
    assert f.related is not None and f.related.text == message.split("'")[1]
    assert result.features["count_list_mismatches"] == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The firm has offices in three cities: Paris, Lyon and Nice.",
        "The two candidates, Clinton and Trump, debated.",
        "The three men — Smith, Jones and Brown — were arrested.",
        "There are three issues: the economy, immigration and health care.",
        # partial lists may name fewer
        "Three cities, including Paris and Lyon, voted.",
        "Five states, such as Ohio and Iowa, will vote.",
        "She won five states: Ohio, Florida and Iowa, among others.",
        # the count is a subset's frame, approximate, a measure, or not the list's noun
        "Two of the three cities, including Paris, voted.",
        "One of the four firms, Apple and Google, said so.",
        "About five cities, Paris and Lyon among them, voted.",
        "Among the three cities, Paris and Lyon voted no.",
        "In three years, Smith and Jones built the company.",
        "He has three children: two sons and a daughter.",
        # a US place and its state are one item
        "The company has two plants: Springfield, Illinois, and Dayton, Ohio.",
        # a breakdown into sub-counts: the groups add up, the items are not the count
        "The 14 foreigners, six Iraqis, six Sudanese, a Somali national and a Turk, were freed.",
        "Police held five people: three men and two women.",
    ],
)
def test_count_list_no_false_findings(text: str) -> None:
    result = run(text, "2024-03-01")
    assert result.findings == [], [f.message for f in result.findings]
    assert result.features["count_list_mismatches"] == 0


def test_count_list_mismatches_is_a_warning_feature() -> None:
    assert "count_list_mismatches" in InternalContradiction.warning_features


# --- entity_sentences: the sentences compute reads entity labels in ------------------------------

ENTITY_TEXT = (
    "The plant opened in 1998 and closed last year. Some 2000 workers lost their jobs.\n\n"
    "Its owner, founded 1952, said on 3 May 2023 that 1999 was its best year. Nobody disputed that.\n\n"
    "Talks will resume next month."
)


@pytest.mark.slow
def test_entity_sentences_cover_every_label_compute_reads(nlp) -> None:
    from scorer.entities import _KEY, defer_ner, prefetch_entities
    from scorer.testing import make_article

    signal = InternalContradiction()
    article = make_article(ENTITY_TEXT, "2023-06-10")
    doc = nlp(ENTITY_TEXT, disable=["ner"])
    defer_ner(doc, nlp)
    sentences = list(signal.entity_sentences(article, doc))
    assert [s.text.split()[0] for s in sentences] == ["The", "Some", "Its"]  # sentences with a year-like number
    prefetch_entities([(doc, sentences)])
    covered = set(doc.user_data[_KEY].done)
    result = signal.compute(article, doc)
    assert doc.user_data[_KEY].done == covered  # compute needed NER on no other sentence

    # Without the hint, compute reads the same labels on demand and gives the same result.
    lazy = nlp(ENTITY_TEXT, disable=["ner"])
    defer_ner(lazy, nlp)
    again = signal.compute(article, lazy)
    assert again.features == result.features and again.findings == result.findings
    assert lazy.user_data[_KEY].done <= covered


def test_entity_queries_cover_the_years_the_normaliser_asks_about() -> None:
    asked: list[int] = []
    text = "In 1998 it grew; by 2005 it had 2,000 staff and 1999 units, and 12345 was a code."

    def entity_at(pos: int) -> str:
        asked.append(pos)
        return "DATE"

    find_expressions(text, REF, entity_at=entity_at)
    from misinfo_scorer_plugins.internal_contradiction.timex import entity_queries

    assert asked and set(asked) <= set(entity_queries(text))
