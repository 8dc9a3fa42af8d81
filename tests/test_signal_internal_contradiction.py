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


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("on a June Saturday in 1961", False),  # some Saturday, placed by its own year
        ("that Friday the vote was held", False),  # a day the story has already placed
        ("in the last quarter century", False),  # no calendar quarter
        ("USA Today reported it", False),  # a name
        ("on Saturday the vote was held", True),
        ("shares outstanding by the Tuesday deadline", True),  # TempEval-3 gold: that Tuesday
        ("about 500 people attended a Sunday night memorial service", True),  # "a" is the service's
        ("in the last quarter the firm lost money", True),
        ("Today the vote was held", True),
    ],
)
def test_what_is_no_relative_date(text: str, relative: bool) -> None:
    kinds = [e.kind for e in find_expressions(text, REF)]
    assert (("relative" in kinds) or ("weekday" in kinds)) is relative, kinds


def test_weekday_with_a_part_of_day_pins_the_year() -> None:
    # "last Sunday morning, Oct 2": 2 October was a Sunday in 2016, not in 2017
    [e] = [e for e in find_expressions("The fire started last Sunday morning, Oct 2, and burned.",
                                       dt.date(2017, 1, 20)) if e.kind == "absolute"]
    assert e.value is not None and e.value.start == dt.date(2016, 10, 2) and e.weekday == 6


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
        # a date opening the text, perhaps after its weekday (as FA-KES scraped wire copy)
        "9 Oct 2024 At least 42 people were killed.",
        "Wed 09 Oct 2024 The council met.",
    ],
)
def test_reference_from_dateline(text: str) -> None:
    ref = find_reference(None, text)
    assert (ref.date, ref.source) == (dt.date(2024, 10, 9), "text")


def test_a_date_inside_the_story_is_not_a_dateline() -> None:
    assert find_reference(None, "On 9 October 2024, the council met.").date is None


@pytest.mark.parametrize("zero", [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(999, 12, 31)])
def test_a_systems_zero_date_is_no_reference_but_a_dateline_still_is(zero: dt.date) -> None:
    ref = find_reference(zero, "The council met.")
    assert (ref.date, ref.implausible) == (None, zero)
    ref = find_reference(zero, "WASHINGTON, Oct. 9, 2024 (Reuters) - The council met.")
    assert (ref.date, ref.source, ref.implausible) == (dt.date(2024, 10, 9), "text", zero)
    assert find_reference(None, "1 January 0001\n\nThe council met.").date is None
    assert find_reference(dt.date(1000, 1, 1), "The council met.").date == dt.date(1000, 1, 1)


@pytest.mark.slow
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendars_ends_is_noted_and_the_checks_still_run(published: str) -> None:
    # Go's and .NET's zero time is what some systems send for "unknown"; day arithmetic next to either end of
    # the calendar overflowed and the whole signal was lost
    text = (
        "WASHINGTON, Oct. 9, 2024 (Reuters) - The council met on Monday, October 9, 2024. Last month it had voted "
        "to close the bridge. Yesterday the mayor, Ann Smith, said the repairs would begin. Ann Smyth disagreed."
    )
    result = run(text, published)
    assert any("cannot be a news article's" in note and published in note for note in result.notes)
    found = [(f.check, f.text) for f in result.findings]
    assert ("weekday_mismatch", "October 9, 2024") in found and ("name_spelling", "Ann Smyth") in found


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
def test_relative_vs_explicit_in_a_real_article() -> None:
    # PolitiFact via fakenewsnet_old_politifact Real_101, published 26 September 2016 (quoted): 2011 is five
    # years back, not "a couple"
    text = "The Grand Lady was also inducted into the Country Music Hall of Fame a couple of years ago in 2011."
    [f] = run(text, "2016-09-26").findings
    assert f.check == "relative_vs_date" and f.text == "2011" and f.related is not None
    assert f.related.text == "a couple of years ago"
    assert "points to around 2014 (published 2016-09-26), but the date given is 2011" in f.message


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
@pytest.mark.parametrize(
    ("text", "date", "weekday", "actual"),
    [
        # real articles, quoted: 12 May 1976 was a Wednesday (ptc:728972961), 25 March 2017 a Saturday
        # (fakenewsamt fake/polit31)
        ("It was held at the Radisson South Hotel, Minneapolis, on Tuesday, May 12, 1976, and its stated purpose was "
         "to assist the Archbishop in gaining a stronger foothold for the Society of St. Pius X in the States during "
         "the unprecedented crisis Blessed Pope Paul had helped unleash on the Church.", "May 12, 1976", "Tuesday",
         "Wednesday"),
        ("On Monday the 25th of March 2017 the lowest court in the land passed new laws that disregarded human life.",
         "25th of March 2017", "Monday", "Saturday"),
    ],
)
def test_weekday_mismatch_in_real_articles(text: str, date: str, weekday: str, actual: str) -> None:
    [f] = run(text).findings
    assert f.check == "weekday_mismatch" and f.text == date and f.related is not None and f.related.text == weekday
    assert f"was a {actual}, not a {weekday}" in f.message


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
        # false findings on real articles (quoted), fixed in 0.4.0:
        # a year-less date takes the year the article implies (2013 here, when 9 September was a Monday)
        ("On Friday, September 6, 2013, Wildstein informed several Port Authority staffers of the closures that "
         "were scheduled to begin on Monday, September 9.", "2016-09-26"),
        # the date belongs to the "when" clause between it and "said"
        ("Next week, when Trump faces Clinton again, Gingrich said the Republican nominee should alter his "
         "strategy:", "2016-09-27"),
        # a date fronted before a reporting verb may date what is reported
        ("Then, in 2017, Kerry said that 100,000 would be accepted.", "2015-11-17"),
        # "a year after" a clause counts from that clause, not from the last date before it
        ("He served in the Naval Reserves at that time, even joking to a reporter in 2003 that he wouldn't see "
         "combat. After a 23-year career in the Navy Reserves, Kirk retired from the service in 2013 -- a year "
         "after he suffered a major stroke.", "2016-09-21"),
        # "and" inside a list item
        ("Nashua has three other major businesses: labels and tapes, data storage disks for computers and "
         "mail-order photofinishing.", "1989-10-30"),
        # a list separated by semicolons, places with their states
        ("The book looks at six other battleground counties in the nation: Hamilton, Ohio; Wake, N.C.; Prince "
         "William, Va.; Jefferson, Colo.; Hillsborough, N.H.; and Brown County, Wis.", "2016-10-25"),
        # "Today" in a name
        ("RT started in 2005 as Russia Today, a television network meant to sell Russia abroad through soft "
         "features.", "2016-10-17"),
        # not relative dates: some weekday in a dated past, a quarter century
        ("He was arrested on a June Saturday in 1961 outside the courthouse.", "2016-09-20"),
        ("McCarrick, one of the most prominent Churchmen in the United States in the last quarter century, has "
         "been accused.", "2018-07-20"),
        # "last Sunday morning, Oct 2": 2 October 2016 was a Sunday
        ("The fire started last Sunday morning, Oct 2, and burned for hours.", "2016-10-05"),
        # the list goes on after a relative clause (AP, quoted)
        ("The campaign is expecting to air a new ad as soon as Monday in nine states: Ohio, Pennsylvania, North "
         "Carolina and Florida, where the campaign has already been on the air, along with New Hampshire, "
         "Virginia, Iowa, Colorado and Nevada — all battleground states.", "2016-08-29"),
        # a date far from the verb belongs to a noun in between (quoted)
        ("The address will bookend Obama’s career-launching address to the Democratic convention in 2004.",
         "2016-07-27"),
        # "the next year" is the year after the story's event (quoted)
        ("The left-leaning New Democratic Party challenged it in provincial elections the next year under the "
         "slogan ''Axe the tax.''", "2016-03-03"),
        # "this winter" told in the past, in September, is the winter just gone (quoted)
        ("According to the Trump policy adviser, this winter, Clovis began to draw up a list of people who could "
         "serve as policy advisers.", "2016-09-23"),
        # "cast" is present or past (quoted)
        ("No choices will be written in stone until they cast their votes this summer.", "2016-04-03"),
        # the text's own opening date is no event after the article's date, when the date given is
        # earlier (FA-KES 1924058093, quoted; its date field is the crowd's, not the publication's)
        ("5 Sep 2016 At least 42 people were killed and dozens more wounded in simultaneous bomb blasts that hit "
         "Tartous Homs and Hasakeh cities of Syria.", "2016-09-03"),
        # a date after the start of what "said" reports dates the report's content (FA-KES 1926479125, quoted)
        ("Fabius said he was looking to schedule visits to China later this week and Russia early next week for "
         "talks with the two veto-wielding members of the U.N. Security Council.", "2013-08-21"),
        # "in 2004" after a noun far from the verb may date the noun: the deaths, not the blaming
        # (buzzfeed_webis_2016:0223, quoted; a false finding before 0.5.1)
        ("Just last month, she blamed President Obama for Iraq war deaths in 2004.", "2016-09-27"),
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
    assert f.text == "5 May 2024" and f.related is not None and f.related.text == "took"
    # a fronted date with a subordinate clause in the same tense still counts (a real sentence, quoted)
    [k] = run("In April 2009, Douglas J. Band, who led the foundation's Clinton Global Initiative, wrote to "
              "Abedin.", "2009-02-16").findings
    assert k.text == "April 2009" and k.related.text == "wrote"
    [g] = run("The summit will take place on 5 May 2022 in Geneva.", "2024-03-01").findings
    assert "before the article's date" in g.message and "'will take'" in g.message
    [h] = run("Next month the minister resigned.", "2024-03-01").findings
    assert "'next month' (April 2024)" in h.message
    for ok in ("The summit will take place on 5 May 2024.", "The summit was scheduled for 5 May 2024.",
               "If the vote was held on 5 May 2024, it would fail.", "The summit took place on 5 May 2023."):
        result = run(ok, "2024-03-01")
        assert result.findings == [] and result.features["tense_mismatches"] == 0, ok


@pytest.mark.slow
def test_tense_against_time_in_a_real_article() -> None:
    # HuffPost, dated 24 February 2016 (PolNeAR), quoted: the page was updated with a later event and no
    # new date, which an editor would query
    [f] = run("Cruz dropped out of the race May 3, 2016.", "2016-02-24").findings
    assert f.check == "tense_vs_time" and f.text == "May 3, 2016" and f.related is not None
    assert f.related.text == "dropped" and "3 May 2016 is after the article's date" in f.message


@pytest.mark.slow
def test_a_predicate_adjective_leaves_the_date_to_its_verb() -> None:
    # PolNeAR (quoted), its publication date moved before the date: "became public in March 2015" dates the
    # becoming; only an adjective that modifies a noun keeps the date ("a loan repayable in 1990")
    text = ("Her exclusive use of a private email system, which became public in March 2015, led to an FBI "
            "investigation.")
    [f] = run(text, "2015-01-07").findings
    assert f.check == "tense_vs_time" and f.text == "March 2015" and f.related is not None
    assert f.related.text == "became"
    assert run(text, "2015-06-07").findings == []


@pytest.mark.slow
def test_a_quotation_before_said_leaves_the_date_to_said() -> None:
    # a real quotation (PolNeAR, quoted) with its "last month" edited to a date after publication: the
    # quoted clause before "said" is no report the date could belong to
    text = "“People are sick and tired of stupid and incompetent people leading our nation,” Trump said on 5 May 2016."
    [f] = run(text, "2016-03-01").findings
    assert f.check == "tense_vs_time" and f.text == "5 May 2016" and f.related is not None and f.related.text == "said"


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
        # more things, not the count's items (USA Today, quoted)
        "My parents at my age -- who made what I made -- would have two cars, a house, a dog and a child.",
        # false findings on real articles before 0.5.1 (quoted): a partitive with a possessor
        # (ptc:779394730), and one item naming two (buzzfeed_webis_2016:1564)
        "The release is the culmination of an 18-month probe, led by state Attorney General Josh Shapiro, on six of "
        "the state’s eight dioceses — Harrisburg, Pittsburgh, Allentown, Scranton, Erie and Greensburg — and follows "
        "other state grand jury reports.",
        "He denied the claims that he gave her three STDs, Herpes 1&2 and Gonnorhea.",
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


# --- one name spelled two ways -----------------------------------------------------------------

# Variety, quoted from a real article (the editors' gold marks this pair)
BULOCHNIKOV = (
    "Mariah Carey and her manager of three years, Stella Bulochnikov, are no longer working together as manager "
    "and client, Variety has confirmed.\n\nAccording to a statement from Bulochnikov, the two mutually agreed that "
    "working together was no longer beneficial.\n\nA former TV producer, Bulchnikov was responsible for directing "
    "Carey’s career towards reality television."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (BULOCHNIKOV, "Bulchnikov", "Stella Bulochnikov"),
        # Politico, quoted
        ("“When I listened to him, I thought for sure he was going to either make no recommendation or recommend "
         "prosecution,” said Rudy Giuliani, the former Republican mayor of New York. Giulini also questioned the "
         "idea that Clinton had shown no criminal intent.", "Giulini", "Rudy Giuliani"),
        # a title before the surname: "Dr. Debra Polowotski" ... "Dr. Polotwotski" (a hoax article, quoted)
        ("Michigan DNR Marine Biologist Dr. Debra Polowotski arrived at Good Harbor Bay. According to Dr. "
         "Polowotski, the squid were kept contained in Lake Erie. Dr. Polotwotski also confirmed that the squid is "
         "a female.", "Polotwotski", "Debra Polowotski"),
        # a swap of neighbouring letters, after the full name
        ("“Dude, we kind of already wrote the songs,” frontman Anthony Kiedis said. Kiedis laughed. “We’re "
         "looking at each other,” Keidis continued.", "Keidis", "Anthony Kiedis"),
        # buzzfeed_webis_2016:1467 (dev4, quoted): two letters swapped into a name of its own ("Wiener"),
        # once, beside a surname written three times and more
        ("Anyways, back in January, Anthony Weiner, 51, who at the time wasn’t in the process of divorce with top "
         "Hillary Clinton aide Huma Abedin, supposedly engaged in a months-long online sexual relationship. Back in "
         "January of 2016, Weiner had developed a knowing online sexting relationship. Both the girl and Weiner sent "
         "sexually charged pictures and texts back and forth. Alright Dad. Wiener is a scumbag and he is a sexual "
         "predator, no doubt.", "Wiener", "Anthony Weiner"),
        # buzzfeed_webis_2016:0613 (dev6, quoted): the same given name ties a variant that is a name of its own
        # (Zipf 2.6) to one person
        ("Do you remember Clock Boy, Ahmed Mohamad? You know, the Texas Muslim teen who brought a clock to school. "
         "RIP the 2977 americans who died in 9/11. — Ahmed Mohamed (@IStandWithAhmed) September 11, 2016",
         "Ahmed Mohamed", "Ahmed Mohamad"),
        # fakenewsnet_politifact_defend:politifact15146 (dev9, quoted): NER calls the misspelt possessive a PRODUCT
        ("Democratic officeholders also have been openly rebelling against ICE, including Oakland Mayor Libby "
         "Schaaf, who recently tipped off the public to an immigration raid in the San Francisco Bay Area. Attorney "
         "General Jeff Sessions said Schaff’s tip-off put both residents and law enforcement at risk.",
         "Schaff", "Libby Schaaf"),
    ],
)
def test_name_spelled_two_ways(text: str, later: str, earlier: str) -> None:
    result = run(text)
    [f] = result.findings
    assert f.check == "name_spelling" and f.text == later
    assert f.related is not None and f.related.text == earlier
    assert f"'{later}' here, but '{earlier}' earlier" in f.message
    assert result.features["name_spellings_per_1k"] > 0


@pytest.mark.slow
def test_a_surname_two_letters_short_with_the_same_given_name() -> None:
    # buzzfeed_webis_2016:0706 (dev4, quoted): "Joel Benson" once, "Joel Benenson" after it and throughout
    text = ("When asked to explain the unexplainable, the Clinton strategist, Joel Benson, could not do it. Chris "
            "Wallace at FOX tried to get the reason. The chief strategist for Hillary Clinton’s campaign, Joel "
            "Benenson, could not clearly explain Sunday why Clinton’s former chief of staff asked for immunity. "
            "Benenson first said that limited immunity is “fairly routine.”")
    [f] = run(text).findings
    assert f.check == "name_spelling" and f.text == "Joel Benenson" and f.related.text == "Joel Benson"


@pytest.mark.slow
def test_a_surname_two_letters_off_in_a_form_of_no_currency() -> None:
    # PolNeAR train, west-journal_2015-11-25_busted-emails-reveal-hillary-aid (quoted): "Labott" seven times,
    # "Labbot" once, two edits away and no word or name of any currency
    text = ("The CNN reporter in question is the network’s foreign affairs reporter, Elise Labott. The emails show "
            "that Labott took directions from Clinton staffer Philippe Reines. After posting some of the tweets she "
            "was directed to post, Labott also engaged in high fiving Hillary with the State Department staffer. "
            "“She was great. well done. I hope you are going to have a big drink tonight,” Labbot said to Reines in "
            "compliments over Clinton’s performance at the hearings.")
    [f] = run(text).findings
    assert f.check == "name_spelling" and f.text == "Labbot" and f.related.text == "Elise Labott"
    assert "(Labott 3 times, Labbot once)" in f.message


@pytest.mark.slow
def test_two_full_spellings_of_one_name_are_reported_once() -> None:
    # Politico Playbook, quoted: the same man as "Ray Washburne" and "Ray Washbourne"
    text = ("Trump supporters Woody Johnson, Ray Washburne, David Tamasi and Rick Hohlt were there. Spotted: Mike "
            "Flynn, Bill de Blasio, Ray Washbourne and Charles Rangel.")
    [f] = run(text).findings
    assert f.check == "name_spelling" and f.text == "Ray Washbourne" and f.related.text == "Ray Washburne"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # different people whose names rhyme (Politico Playbook, quoted): the first letter differs
        "Steve Tilton is returning to PhRMA as vice president. Tilton starts Monday. THE PLAYBOOK INTERVIEW: Steve "
        "Hilton, who was once director of strategy for David Cameron, now lives in California. Hilton said so.",
        # a given name is no surname: "Osama" beside "Obama" (quoted)
        "In 2012, Barack Obama, with the benefit of incumbency and the killing of Osama bin Laden the year before, "
        "grabbed the advantage. Obama won.",
        # the family, in the plural (quoted)
        "Michelle Obama waved. There are few breaks for the Obamas in the crush of photo-line encounters.",
        # an established name of its own (Hasan is not Hassan misspelt), and a given name of its own
        "Sen. Maggie Hassan spoke first. Hassan said the base was safe. Hasan, the gunman, was not named.",
        "Maggie Hassan spoke first. Nidal Hasan was convicted in 2013. Hasan is on death row.",
        # the text gives the other spelling itself
        "Moammar Gadhafi ruled Libya for decades. Gadhafi (also spelled Gaddafi) died in 2011.",
        # the text gives the other spelling itself, as an alias (CNN via fakenewsnet_old_buzzfeed Real_69, quoted)
        "\"The defendant in this case, Ahmad Khan Rahami, a/k/a 'Ahmad Rahimi,' has not been arrested on any "
        "federal charge.",
        # one spelling throughout, with a possessive
        "Stella Bulochnikov spoke. Bulochnikov’s statement followed. Bulochnikov left.",
        # a swapped form that is a name of its own, written as often as the other: two people (constructed)
        "Anthony Weiner spoke. Weiner left. Weiner returned. Louis Wiener answered. Wiener agreed.",
        # two letters short, but with another given name: another person (constructed)
        "Joel Benenson spoke for the campaign. Benenson said so. Ezra Benson, a farmer, disagreed.",
        # two edits away, but a name of some currency (Zipf above 1): Ron Klain beside Tim Kaine
        # (buzzfeed_webis_2016:1175, quoted, Kaine's uses gathered)
        "Tim Kaine is campaigning in Houston. KATIE COURIC interviewed TIM KAINE in Reno, Nev. -- Kaine on whether "
        "expectations for Clinton are too high. Kaine said no. The buttoned-down, courtly [Ron] Klain has also "
        "stood in parrying questions with Clinton.",
        # two edits away because a word ran into the name: no slip of the name (PolNeAR train,
        # wash-post_2016-04-09_trump-s-new-go-to-guy-no-strange, quoted, Manafort's uses gathered)
        "Paul Manafort has a history of working for strong men. Manafort is the co-founder of two lobbying and "
        "consulting firms - Black, Manafort, Stone and Kelly (BMS&K) and, later, Davis Manafort. After BMS&K was "
        "sold to Burson-Marsteller, Manafort formed Davis Manafortin 1995 with former John McCain adviser Rick "
        "Davis.",
    ],
)
def test_names_that_are_not_one_name_spelled_two_ways(text: str) -> None:
    result = run(text)
    assert [f for f in result.findings if f.check == "name_spelling"] == [], [f.message for f in result.findings]


# --- one person, two ages ------------------------------------------------------------------------


@pytest.mark.slow
def test_one_person_given_two_ages() -> None:
    # a real lede (quoted), with a later age edited in for the test
    text = ("Mark Weddle, 55, started work at Carrier 24 years ago and earns $21 an hour. "
            "The 57-year-old Weddle said he would retire.")
    [f] = run(text, "2016-02-20").findings
    assert f.check == "person_age" and f.text == "57-year-old Weddle" and f.related.text == "Mark Weddle, 55"
    assert "(55 and 57)" in f.message
    assert run(text, "2016-02-20").features["person_ages_per_1k"] > 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Mark Weddle, 55, started work at Carrier 24 years ago. The 55-year-old Weddle said he would retire.",
        # another time: "then"
        "Mark Weddle, 55, started work at Carrier. In 1992 Weddle, then 31, had joined the union.",
        # two people with one surname; a bare surname could be either
        "Liz Cheney, 50, received about 40 percent of the vote. Dick Cheney, 75, watched. Cheney, 75, smiled.",
        # a poll, not ages: bare surnames with numbers
        "In Ohio it is Clinton, 46, Trump, 44. In Florida it is Clinton, 48, Trump, 45.",
    ],
)
def test_ages_that_do_not_conflict(text: str) -> None:
    assert [f for f in run(text, "2016-02-20").findings if f.check == "person_age"] == []


# --- figures the article's own arithmetic contradicts ------------------------------------------------

# CNN, quoted (the editors' gold marks it): the shares add to 104%, and 909 of 3,644 is 25%
BALLOTS = ("Democrats have returned 1,508 ballots, or 41%; Republicans 1,227 ballots, or 34%; and Independents 909 "
           "ballots, or 29%, as of Wednesday, according to the North Carolina state Board of Elections.")


@pytest.mark.slow
def test_shares_of_one_whole_that_cannot_all_hold() -> None:
    [f] = run(BALLOTS, "2016-09-23").findings
    assert f.check == "share_of_whole" and f.text == "909 ballots, or 29%"
    assert f.related is not None and f.related.text == "1,508 ballots, or 41%"
    assert "the shares add up to 104%" in f.message and "909 is 25% of the 3,644 counted here, not 29%" in f.message
    # each share consistent with the others (909 of 3,644 is 25%)
    fixed = BALLOTS.replace("909 ballots, or 29%", "909 ballots, or 25%")
    assert run(fixed, "2016-09-23").findings == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # changes, not shares of one whole (AP, quoted)
        "The Standard & Poor's 500-stock index rose 3.54 points, or 0.2 percent, to 2,173.60 and the Nasdaq "
        "composite increased 7.15 points, or 0.1 percent, to 5,162.13.",
        # shares of their own bases
        "Democrats have returned 1,508 ballots, or 41% of their requests; Republicans 1,227 ballots, or 54% of "
        "theirs.",
        # one share only (quoted)
        "Xerox Corp. said it is laying off about 300 people, or 25% of the staff.",
    ],
)
def test_figures_that_are_not_shares_of_one_whole(text: str) -> None:
    assert [f for f in run(text, "2016-09-23").findings if f.check == "share_of_whole"] == []


@pytest.mark.slow
def test_a_lead_its_two_figures_do_not_give() -> None:
    # Politico, quoted: 50 - 42 is 8, not 6
    text = ("It shows Ross with a 4 point lead, 46 percent to 42 percent, and Cooper with a 6 point lead, 50 percent "
            "to 42 percent.")
    result = run(text, "2016-09-21")
    [f] = result.findings
    assert f.check == "margin_vs_figures" and f.text == "50 percent to 42 percent" and f.related.text == "6 point"
    assert "50 and 42 are 8 points apart, not 6" in f.message
    assert result.features["figure_mismatches_per_1k"] > 0
    [g] = run("Clinton's favorability among Hispanics fell in August from 71 percent to 55 percent, a drop of "
              "6 points.", "2016-09-21").findings  # a real sentence with its drop edited from 16 to 6
    assert g.check == "margin_vs_figures" and "16 points apart, not 6" in g.message


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # quoted from real articles, all consistent
        "Hillary Clinton beat the senator from Vermont by 18 points (58 percent to 40 percent) in the Grand Canyon "
        "State, and Donald Trump beat the senator from Texas by 22 points (47 to 25).",
        "In a head-to-head matchup, Clinton leads by an even wider 14 points, 52 percent to 38 percent, or double "
        "the 7-point lead she held last month.",
        "Approval of Cruz, while still a net negative 6 points (37 percent to 43 percent), has risen 8 points.",
        # rounding: 48.6 and 44.4 print as 49 and 44, a 4.2-point lead
        "A new poll shows Clinton with a 4-point lead, 49 percent to 44 percent.",
        # a margin of error is no margin between the figures (quoted)
        "The poll found Trump leading Clinton by 1 point among likely voters, 44% to 43%, a statistical tie, "
        "within the 3.86-point margin of error.",
        "Clinton's favorability among Hispanics fell in August from 71 percent to 55 percent, a drop outside the "
        "sample's 10 percentage-point margin of error.",
    ],
)
def test_margins_that_agree(text: str) -> None:
    assert run(text, "2016-09-21").findings == []


@pytest.mark.slow
def test_a_change_its_amounts_do_not_give() -> None:
    # a real sentence (TempEval-3, quoted) with its percentage edited from 9.4% to 19.4%
    [f] = run("Sales in the latest quarter were $8.59 billion, up 19.4% from $7.85 billion.", "1989-10-30").findings
    assert f.check == "change_vs_amounts" and "that is 9.4%, not 19.4%" in f.message
    assert f.related is not None and f.related.text == "19.4%" and f.text == "$7.85 billion"
    # and an index move (AP, edited from 0.2 to 2 percent)
    [g] = run("The Standard & Poor's 500-stock index rose 3.54 points, or 2 percent, to 2,173.60.",
              "2016-08-01").findings
    assert g.check == "change_vs_amounts" and "that is 0.2%, not 2%" in g.message


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # quoted from real articles
        "Sales in the latest quarter were $8.59 billion, up 9.4% from $7.85 billion.",
        "Sales for the full year were $6.6 billion, up 13% from $5.8 billion.",
        "Exxon fell $1.25, or 1.4 percent, to $88.95. Chevron climbed 69 cents, or 0.7 percent, to $102.48.",
        "The Dow Jones industrial average closed down 24.11 points, or 0.1 percent, to close at 18,432.24.",
    ],
)
def test_changes_that_agree(text: str) -> None:
    assert run(text, "2016-08-01").findings == []


def test_new_checks_are_warning_rates() -> None:
    for name in ("name_spellings_per_1k", "person_ages_per_1k", "figure_mismatches_per_1k"):
        assert name in InternalContradiction.warning_features


@pytest.mark.slow
def test_a_misspelt_surname_the_ner_calls_an_org_is_still_found() -> None:
    # a real article's name pair (Combetta/Cobetta), sentences written for the test
    text = ("Reddit users exposed Paul Combetta, an IT specialist. In fact, Mr. Combetta was granted immunity. "
            "Cobetta said nothing.")
    [f] = run(text).findings
    assert f.text == "Cobetta" and f.related.text == "Paul Combetta"


# --- one fact restated: a toll, an event's year, a person's role ----------------------------------


@pytest.mark.slow
def test_a_toll_in_the_lede_the_body_gives_differently() -> None:
    # CONSTRUCTED, not real: a wire lede (quoted) with a body sentence written for the test. No real
    # article in ../shared/data gives a toll two ways (18,901 texts scanned), and no real lede beside any toll
    # sentence of its own article fires either (248 such pairs in 122 articles tried).
    text = ("Twelve killed in Kabul suicide bombing\n\nA suicide bomber killed 12 people in Kabul on Tuesday, "
            "police said.\n\nThe bomber struck near the ministry. Fourteen people were killed in the blast.")
    result = run(text, "2014-03-04")
    [f] = result.findings
    assert f.check == "toll_restated" and f.text == "Fourteen people were killed"
    assert f.related is not None and f.related.text == "Twelve killed"
    assert "'Fourteen people were killed' here, but 'Twelve killed' at the top" in f.message
    assert result.features["restated_facts_per_1k"] > 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a headline summing several attacks, the body giving one of them (SANA via FA-KES, quoted)
        "10 civilians killed 15 injured in terrorist rocket attacks on Aleppo and Deir Ezzor\nTen civilians were "
        "killed on Tuesday.\nMeanwhile four civilians were killed when ISIS targeted residential neighborhoods in "
        "Deir Ezzor.",
        # two sources, two tolls (AFP via FA-KES, quoted)
        "Syrian state media says 30 people have been killed in rocket fire overnight in Aleppo, the country's "
        "largest city. The Britain-based Syrian Observatory for Human Rights says 34 people were killed, 6 of them "
        "women or children.",
        # an earlier count of the same attacks, said to be earlier (SANA via FA-KES 1926479027, quoted)
        "17 August 2016 Terrorist rocket attacks on Salah Eddin neighborhood in Aleppo kill 10 civilians injure 16. "
        "Ten civilians were killed and 16 others were injured as terrorist groups targeted Salah Eddin neighborhood in "
        "Aleppo city with rocket attacks on Wednesday. Earlier on Wednesday a source at Aleppo province said that "
        "seven civilians were killed among them a child and two women and nine others were injured due to terrorist "
        "rocket attack on the same neighborhood.",
        # approximate figures, one of them a quoted source's (Reuters via FA-KES 1923848146, quoted)
        "Tuesday 4 Apr 2017 Suspected gas attack on Syrias rebel-held Idlib kills at least 58 Observatory Reuters A "
        "suspected gas attack believed to be by Syrian government jets killed at least 58 people including 11 "
        "children under the age of eight in the northwestern province of Idlib on Tuesday a war monitor and medical "
        "workers in the rebel-held area said. A Syrian military source strongly denied the army had used any such "
        "weapons. \"This morning at 630 a.m. warplanes targeted Khan Sheikhoun with gases believed to be sarin and "
        "chlorine\" said Mounzer Khalil head of Idlibs health authority adding that the attack had killed more than "
        "50 people and wounded 300.",
        # the same toll restated (the constructed lede above, with its own figure again)
        "Twelve killed in Kabul suicide bombing\n\nA suicide bomber killed 12 people in Kabul on Tuesday, police "
        "said.\n\nThe bomber struck near the ministry. Twelve people were killed in the blast.",
    ],
)
def test_tolls_that_do_not_contradict(text: str) -> None:
    assert [f for f in run(text, "2016-07-09").findings if f.check == "toll_restated"] == []


@pytest.mark.slow
def test_years_ago_against_the_year_the_article_gives() -> None:
    # CONSTRUCTED, not real: NYT, 3 February 2016 (quoted), beside a sentence written for the test. No
    # real article in ../shared/data dates one event both ways (677 articles with "N years ago" and a date),
    # and two real sentences of one article cannot be made to disagree by putting them side by side:
    # this check already compares the whole article.
    text = ("The last comprehensive tax overhaul in the United States came 30 years ago. The last comprehensive "
            "tax overhaul was signed in 1981.")
    result = run(text, "2016-02-03")
    [f] = result.findings
    assert f.check == "years_ago_vs_date" and f.text == "The last comprehensive tax overhaul was signed in 1981"
    assert f.related is not None and f.related.text == "30 years ago"
    assert "puts the overhaul in about 1986, but the article dates it to 1981" in f.message
    assert result.features["restated_facts_per_1k"] > 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the year and "30 years ago" agree (NYT, quoted; the year as the overhaul's)
        ("The last comprehensive tax overhaul in the United States came 30 years ago. Ronald Reagan signed the "
         "1986 overhaul.", "2016-02-03"),
        # nothing else dates the event (NYT, quoted)
        ("It grew out of a desire to cement the democratic gains made in the former Warsaw Pact countries after "
         "the collapse of communism 10 years ago.", "1999-03-12"),
        # an event that recurs, with another one dated (Washington Post, 7 June 2016, quoted)
        ("\"It was supposed to be Jeb Bush in a slam dunk, and we were going to have a lovely, beautiful party,\" she "
         "said, recalling the thinking back when the city landed the convention two years ago. The last time "
         "Cleveland held a convention was in 1936, when Kansas Gov. Alf Landon was handed the Republican nomination "
         "here and Franklin D. Roosevelt won the Democratic bid in Philadelphia, the city that will also host this "
         "year's Democratic convention.", "2016-06-07"),
        # two campaigns, two candidates (NYT, 22 February 2016, quoted)
        ("''It's bad for the party and bad for the country,'' said Stuart Stevens, the chief strategist for Mitt "
         "Romney's presidential campaign four years ago. ''It's an enormous moment,'' said Steve Schmidt, a top "
         "Republican strategist on John McCain's presidential campaign in 2008 and George W Bush's in 2004.",
         "2016-02-22"),
        # a person's past role and a company's collapse (NYT, 1 February 2016, quoted)
        ("One is Sandra Ripert, a real estate agent today who was a Bear Stearns assistant 25 years ago and an "
         "aspiring trader who felt she wasn't taken seriously because she lacked the right degrees or connections. "
         "Actually, the two people are one and the same: Isabelle, the heroine of ''Opening Belle,'' a comic, "
         "semiautobiographical first-person novel by Maureen Sherry, a former managing director at Bear Stearns, "
         "which collapsed in 2008.", "2016-02-01"),
        # two events of one kind, constructed: which one "four years ago" means is not said
        ("Obama won the 2008 election and the 2012 election. The election four years ago was closer.",
         "2016-09-01"),
        # an approximate figure
        ("The last comprehensive tax overhaul came nearly 30 years ago. The last comprehensive tax overhaul was "
         "signed in 1981.", "2016-02-03"),
        # a modifier names another one (Politico, 17 February 2016, quoted)
        ("Four years ago, the Romney campaign made a strong play. It is early in the 2016 campaign.", "2016-02-17"),
        ("Four years ago, the Romney campaign made a strong play. It is early in the 2014 campaign.", "2016-02-17"),
    ],
)
def test_years_ago_that_do_not_contradict(text: str, published: str) -> None:
    assert [f for f in run(text, published).findings if f.check == "years_ago_vs_date"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        # CONSTRUCTED after the examples, not real: no real article in ../shared/data gives one person
        # two roles for one moment (1,647 articles with "former", "ex-" or "-elect" scanned), and no real
        # "-elect" sentence beside a bare-title sentence of the same article fires either
        ("Former Secretary of State Hillary Clinton praised the speech that Secretary of State Hillary Clinton "
         "gave at Goldman Sachs.", "Secretary of State Hillary Clinton", "Former Secretary of State Hillary Clinton"),
        ("President-elect Donald Trump met Barack Obama at the White House. President Donald Trump said the "
         "meeting went well.", "President Donald Trump", "President-elect Donald Trump"),
    ],
)
def test_one_person_given_two_roles_for_one_moment(text: str, later: str, earlier: str) -> None:
    [f] = run(text, "2016-11-12").findings
    assert f.check == "role_vs_time" and f.text == later and f.related.text == earlier


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # two sentences, two moments (NYT, quoted)
        "Clinton's campaign said that Hillary Clinton won't be distracted by the slings he throws at her and "
        "former President Clinton. President Bill Clinton signed the law in 1996.",
        # a second moment in the sentence
        "Former Secretary of State Hillary Clinton defended the emails she sent when Secretary of State Hillary "
        "Clinton was in office.",
        # the holder-elect and the holder once in office
        "President-elect Donald Trump met Barack Obama. When President Donald Trump takes office, he will act.",
        # "then-" is no claim about the story's moment
        "Former Secretary of State Hillary Clinton spoke. Then-Secretary of State Hillary Clinton had said so.",
        # real articles, quoted: the holder-elect on Inauguration Day and the holder inaugurated (ptc:832947852)
        "The New York Times published a front-page, top-of-the-page story on Inauguration Day suggesting that "
        "President-elect Trump’s associates had been “wiretapped.” Though the report admitted, “It is not clear "
        "whether the intercepted communications had anything to do with Mr. Trump’s campaign, or Mr. Trump himself,” "
        "it set the very inauguration of President Trump as part of a Russian conspiracy.",
        # the holder-elect's transition and the holder in a quotation (CNN, politifact13619; two sentences of one
        # article put in one paragraph)
        "Washington (CNN) President-elect Donald Trump's transition team has signaled to congressional Republican "
        "leaders that his preference is to fund the border wall through the appropriations process as soon as April, "
        "according to House Republican officials. \"We want President Trump to have all the tools he needs to build "
        "the wall,\" Scalise said.",
        # the office then and the former holder now, in two sentences (buzzfeed_webis_2016:0623, quoted)
        "Prior to that, she served as the deputy chief of staff to U.S. Secretary of State Hillary Clinton from 2009 "
        "to 2013. ABedin parlayed a 1996 Whitehouse internship into a role as Mrs. Clinton’s Right Hand Man, or "
        "Woman. Former Secretary of State Hillary Clinton is listed as the supervisor certifying Abedin’s designation "
        "as a “special government employee.",
    ],
)
def test_roles_that_do_not_contradict(text: str) -> None:
    assert [f for f in run(text, "2016-11-12").findings if f.check == "role_vs_time"] == []


def test_restated_facts_are_a_warning_rate() -> None:
    assert "restated_facts_per_1k" in InternalContradiction.warning_features


# --- other names written two ways (spellings.py) and one group counted two ways (groups.py) -------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "later", "earlier", "why"),
    [
        # a hyphen dropped after the same given name (buzzfeed_webis_2016:0893, quoted)
        ("However, Kareem Abdul-Jabbar isn’t just one of the NBA’s legends. Many Americans are ready to buy into "
         "this new Republic of Fear, but as Kareem Abdul Jabbar concluded: “Compassion and courage are what makes "
         "America great.”", "Kareem Abdul Jabbar", "Kareem Abdul-Jabbar", "with and without a hyphen"),
        # a given name one letter off, with the same surname (celebrity:legit/087legit.txt, quoted)
        ("Kim Kardashian and Kanye West are asking those close to them for donations. The charity would like to "
         "extend its sincerest gratitude to Kim Kardashian and Kayne West for their thoughtfulness.",
         "Kayne West", "Kanye West", "the same name spelled two ways (Kanye and Kayne)"),
        # before the same surname, a given name that is a rarer name of its own, the slip first
        # (buzzfeed_webis_2016:0935, dev12, quoted)
        ("The hashtag ran contrary to every major media news network poll, which showed Hilary Clinton as the "
         "clear winner of the night. Fox News said, “if polls only included media pundits, Hillary Clinton would "
         "have won Monday’s debate by a landslide.”",
         "Hillary Clinton", "Hilary Clinton", "the same name spelled two ways (Hillary and Hilary)"),
        # a given name one letter off, alone (fakenewsnet_politifact_defend:politifact15109, quoted)
        ("Questions have come up about the former first lady, starting when Barack Obama was still the president. "
         "It’s ironic how Michelle says Barrack was successful in inspiring hope in the nation.",
         "Barrack", "Barack Obama", "the same name spelled two ways (Barack and Barrack)"),
        # a surname after the same title, in capitals (fakenewsnet_politifact_defend:politifact13617, quoted)
        # (the span is the misspelling's first use: the readers marked "GINSBERG TURNED TO HER")
        ("The Supreme Court is in recess for the summer, but Justice Ruth Bader Ginsburg took some time to reflect "
         "on its future composition. AFTER OPENING FIRE AT THE PRESUMPTIVE REPUBLICAN PRESIDENTIAL CANDIDATE, "
         "GINSBERG TURNED TO HER OWN PLANS. “I AM PROUD TO SAY I HAD A PROSPEROUS AND FULFILLED LIFE,” JUSTICE "
         "GINSBERG ARGUED.", "GINSBERG", "Justice Ruth Bader Ginsburg", "after the same title 'Justice'"),
        # after the same title, a variant that is a common name of its own (buzzfeed_webis_2016:1453, quoted)
        ("Governor Greg Abbot has put his foot down on refugees. “Neither the federal government nor the "
         "refugee agencies can ensure that refugees will not pose a threat to our nation,” Governor Abbott said "
         "in a statement.", "Abbott", "Governor Greg Abbot", "after the same title 'Governor'"),
        # a designation with a letter O and with a digit 0 (fakenewsnet_politifact_defend:politifact15206, quoted)
        ("Moon 2.0 is actually asteroid 2016 H03, which is locked into a dance with our planet. “Since 2016 HO3 "
         "loops around our planet, but never ventures very far away,” he said.", "HO3", "H03",
         "a letter where the other has a digit"),
    ],
)
def test_names_written_two_ways_beyond_surnames(text: str, later: str, earlier: str, why: str) -> None:
    result = run(text)
    [f] = result.findings
    assert f.check == "name_spelling" and f.text == later
    assert f.related is not None and f.related.text == earlier
    assert f"'{later}' here, but '{earlier}' earlier" in f.message and why in f.message
    assert f.start == text.index(later, f.related.end)  # the first use after the earlier form
    assert result.features["name_spellings_per_1k"] > 0


@pytest.mark.slow
def test_a_name_used_often_and_once_one_letter_off() -> None:
    # buzzfeed_webis_2016:1548, quoted: "Lefarge" once, "Lafarge" throughout
    text = ("The company is French industrial giant Lefarge, from which Hillary accepted over $100,000. Documents "
            "reveal that Lafarge has paid taxes to the terror group to operate its plant. Yet according to the "
            "campaign group, SumOfUs, Lafarge is the corporate partner and sand provider to the project. Lafarge "
            "also has close ties to Democrat presidential candidate Hillary Clinton.")
    [f] = run(text).findings
    assert f.check == "name_spelling" and f.text == "Lafarge" and f.related.text == "Lefarge"
    assert "(Lafarge 3 times, Lefarge once)" in f.message


@pytest.mark.slow
def test_one_group_counted_two_ways() -> None:
    # buzzfeed_webis_2016:0779, quoted (the article names three players)
    text = ("Three Philadelphia Eagles players raised their fists in the sign for Black Power at their game in "
            "Chicago on Monday night during the National Anthem. From Gateway Pundit: Now they’re raising the Black "
            "Power fist. On Monday four Eagles players raised the black power fist during the National Anthem.")
    result = run(text, "2016-09-21")
    [f] = result.findings
    assert f.check == "count_restated" and f.text == "four Eagles players raised the black power fist"
    assert f.related is not None and f.related.text == "Three Philadelphia Eagles players raised their fists"
    assert "counted as 3 and as 4" in f.message
    assert result.features["restated_facts_per_1k"] > 0


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # one spelling throughout (buzzfeed_webis_2016:0893, quoted)
        "NBA legend and fearless columnist Kareem Abdul-Jabbar just debunked the central pillar of the Trump "
        "campaign. Muslims suffered hate crimes over their religious freedom according to Abdul-Jabbar.",
        # a house-style variant of a group's name, no person's (buzzfeed_webis_2016:1610, quoted)
        "Trump held a meeting with the alleged goal of discussing “African-American concerns.” The only problem: "
        "Hardly any African-Americans attended. In fact, there seemed to be more African Americans on stage "
        "behind Hannity than in the audience.",
        # a transliteration, both forms common (buzzfeed_webis_2016:0800, quoted)
        "Thank you Mohammad for your wise words on how to treat a ‘disobedient’ wife. As to the proper "
        "interpretation of “beat them,” the Islamic prophet Muhammad modeled it literally.",
        # two given names of their own, two people (Politico Playbook, buzzfeed_webis_2016:1058, quoted)
        "Hillary Clinton will be in Orlando, at the Frontline Outreach Youth and Family Center. Attendees: IRS "
        "Commissioner John Koskinen, Michele Flournoy, Mike Rogers, Hilary Rosen, Ruth Marcus, Craig Gordon.",
        # two words run together by the page's extraction, not a misspelling
        # (fakenewsnet_politifact_defend:politifact15544, quoted)
        "An investigation by Project Veritas found Twitter is leaking Donald Trump's private data. The investigation "
        "into Twitter was conducted by Project VeritasA Project Veritas undercover investigation has revealed a "
        "senior network security engineer. In Part I, Veritas disclosed that CNN's Russia coverage is driven by "
        "ratings.",
        # a title in two languages is no given name (ptc:729578579, quoted); two common names of their own
        # before one surname ("Bryan" is under 0.7 Zipf rarer than "Brian": CONSTRUCTED)
        "It was made in response to a question about Monsignore Battista Ricca, a prelate. In fact his patronage "
        "of Monsignor Ricca fits the pattern which was well established.",
        "Brian Williams anchored the broadcast on Monday. On Tuesday Bryan Williams read the news instead.",
        # a possessive whose apostrophe the scrape lost, beside the adjective (fa_kes:1965495341, quoted)
        "03.10.2017 Russias Aerospace Forces have killed 304 Daesh militants. \"Over the past two days the Russian "
        "Aerospace Forces continued to destroy the Daesh group on the eastern bank of the Euphrates.\"",
        # the same lost apostrophe once beside the adjective five times (fa_kes:1923102842, quoted)
        "Date of publication 5 August 2016 Air raids on Aleppos Marjeh district killed at least 10 people "
        "including seven children on Friday the Syrian Observatory for Human Rights reports. Tags Aleppo "
        "siege Syria Islamic State Syrian Democratic Forces At least 10 people including seven children were "
        "killed in airstrikes on the rebel-held east of Aleppo city on Friday the Syrian Observatory for "
        "Human Rights monitor said. The Britain-based group said it was unclear if the raids on Aleppos "
        "Marjeh district were carried out by aircraft belonging to the Syrian government or its ally Russia. "
        "The latest civilian deaths come as the rebels press on with an assault intended to break a "
        "government siege of opposition-held Aleppo that began on July 17 and has raised fears of a "
        "humanitarian crisis. The assault started on Sunday and is targeting the Ramussa district that "
        "contains the main supply route to the government-held west of the city. Once Syrias economic "
        "powerhouse Aleppo has been ravaged by the war that began in March 2011 with anti-government "
        "protests. After some initial advances government forces backed by Russian airstrikes have pushed "
        "back opposition fighters which include extremists from al-Qaedas former Syrian affiliate. According "
        "to the Observatory at least 112 civilians including 33 children have been killed in Aleppo since the"
        " rebel assault began on Sunday. The deaths include 65 people among them 22 children killed in rebel "
        "fire on government neighbourhoods the Observatory said. Another 42 people including 11 children have"
        " been killed in strikes on eastern Aleppo the monitor said. It reported five more deaths in rebel "
        "fire on the Kurdish-majority Sheikh Maqsud district of the city. Elsewhere in the Aleppo province "
        "the monitor said an alliance of Kurdish and Arab fighters were advancing inside the Islamic State "
        "[IS] bastion of Manbij. Observatory chief Rami Abdul Rahman said the Syrian Democratic Forces [SDF] "
        "now held 70 percent of the town.",
        # a titled surname's possessive, its apostrophe lost (fa_kes:1926479274, sentences quoted)
        "French President Francois Hollande increasingly under pressure at home and among European partners to "
        "seek a U.N. mandate said he would wait. NO DECISION BY OBAMA On President Hollandes comments with respect "
        "to the U.N. the president said nothing.",
        # a name of origin (nisba) beside the town it comes from (fa_kes:1923848178, quoted)
        "The bombardment struck the town of Jayrud 60 kilometres (35 miles) northeast of Damascus where the "
        "army says Islamist rebels killed the pilot after he was forced to eject on Friday. In its statement "
        "about the incident the military said the attack \"will not go unpunished.\" The Syrian Observatory for"
        " Human Rights said Saturdays attack was the first bombardment of the town in at least two years. "
        "\"Prominent figures in Jayrud have had a local truce with the regime for at least two years and "
        "neither fired on each other\" Observatory head Rami Abdel Rahman told AFP. He said at least 31 people"
        " were killed including two medics. It was not immediately clear how many of the rest were civilians."
        " Activists in the town said the head of the local medical centre and several colleagues were killed."
        " \"There have been at least 45 air strikes today. The towns medical centre was hit and its director "
        "Amjad al-Danaf was killed\" activist Abu Malek al-Jayrudi told AFP via the Internet. He said the town"
        " is home to some 60000 people and that the bombardment had not stopped since early Saturday. Rebel "
        "groups in Jayrud include the Saudi-backed Jaish al-Islam (Army of Islam) the hardline Ahrar al-Sham "
        "and Al-Qaeda affiliate Al-Nusra Front.",
        # a designation written one way throughout (fakenewsnet_politifact_defend:politifact15206, quoted)
        "Our calculations indicate 2016 HO3 has been a stable quasi-satellite of Earth for almost a century. Since "
        "2016 HO3 loops around our planet, it never ventures very far away.",
    ],
)
def test_names_that_are_written_one_way_or_name_two(text: str) -> None:
    assert [f for f in run(text).findings if f.check == "name_spelling"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # counts of different operations, with "a total of" and "another" (Sputnik via fa_kes:1965495339, quoted)
        "A total of 24 Daesh terrorists were killed in Syrian separate operations near the cities of Deir ez-Zor "
        "and Raqqa local media reported on Monday. According to the ANF News media outlet 12 Daesh members were "
        "killed by the Kurdish-led Syrian Democratic Forces (SDF). Another 12 Daesh terrorists were killed in Raqqa.",
        # CONSTRUCTED from buzzfeed_webis_2016:0779: two games, each dated
        "On Sunday three Philadelphia Eagles players raised their fists during the National Anthem. On Monday four "
        "Eagles players raised the black power fist during the National Anthem.",
        # the same count restated (buzzfeed_webis_2016:0779, quoted, the second figure as the first)
        "Three Philadelphia Eagles players raised their fists in the sign for Black Power. On Monday three Eagles "
        "players raised the black power fist during the National Anthem.",
    ],
)
def test_counts_of_a_group_that_do_not_contradict(text: str) -> None:
    assert [f for f in run(text, "2016-09-21").findings if f.check == "count_restated"] == []


@pytest.mark.slow
@pytest.mark.parametrize("text_id", ["barrack", "lefarge"])
def test_entity_sentences_cover_the_name_spellings(nlp, text_id: str) -> None:
    from scorer.entities import _KEY, defer_ner, prefetch_entities
    from scorer.testing import make_article

    text = {
        # fakenewsnet_politifact_defend:politifact15109, quoted
        "barrack": "Questions have come up about the former first lady, starting when Barack Obama was still the "
                   "president. It’s ironic how Michelle says Barrack was successful in inspiring hope in the nation.",
        # buzzfeed_webis_2016:1548, quoted
        "lefarge": "The company is French industrial giant Lefarge, from which Hillary accepted over $100,000. "
                   "Documents reveal that Lafarge has paid taxes to the terror group. Lafarge is the corporate "
                   "partner. Lafarge also has close ties to Hillary Clinton.",
    }[text_id]
    signal = InternalContradiction()
    article = make_article(text, None)
    doc = nlp(text, disable=["ner"])
    defer_ner(doc, nlp)
    prefetch_entities([(doc, list(signal.entity_sentences(article, doc)))])
    covered = set(doc.user_data[_KEY].done)
    result = signal.compute(article, doc)
    assert [f.check for f in result.findings] == ["name_spelling"]
    assert doc.user_data[_KEY].done == covered


# --- real sentences from public news corpora beyond ../shared/data -------------------------------
# BBC News (Greene & Cunningham 2006, 2,225 stories of 2004-2005) and Reuters-21578 (19,043 stories of
# February-October 1987, each with its DATE), both as published in public repositories.


@pytest.mark.slow
def test_years_earlier_than_expected_is_no_interval_from_a_date() -> None:
    # BBC News business/040 ("Umbro profits lifted by Euro 2004"), quoted: "five years earlier than expected"
    # counts from the contract's planned end, not from 2005; interval_mismatch read it as 2005 -> 2006 before 0.7.0
    text = ("It hopes 2005 sales will benefit from the launch of a new England replica shirt ahead of the 2006 World "
            "Cup. In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative "
            "right to make replica shirts, would end in 2006, five years earlier than expected.")
    assert [f for f in run(text, "2005-03-10").findings if f.check == "interval_mismatch"] == []


@pytest.mark.slow
def test_a_change_that_holds_within_the_rounding_of_its_amounts() -> None:
    # Reuters-21578 6467, 18 March 1987, quoted: 14.7/11.6 is +26.7%, but 14.74 and 11.64 (which print as
    # 14.7 and 11.6) give 26.6%, and 14.65/11.65 25.8%: the stated 26.0 holds
    text = ("Federal Express Corp said February package and document volume was 14.7 mln, up 26.0 pct from 11.6 mln "
            "a year earlier.")
    assert run(text, "1987-03-18").findings == []
    # the same sentence with its change edited to 36.0: no rounding of the amounts gives that
    [f] = run(text.replace("26.0 pct", "36.0 pct"), "1987-03-18").findings
    assert f.check == "change_vs_amounts" and "that is 26.7%, not 36.0%" in f.message


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published"),
    [
        # BBC News sport/323 ("Preview: Ireland v England"), quoted: "1500 GMT" under a fixture's day is its
        # kick-off time, not the year 1500 (weekday_mismatch read "Sunday, 27 February ... 1500" before 0.7.0)
        ("Lansdowne Road, Dublin\n\nSunday, 27 February\n\n1500 GMT\n\nBBC1, Radio 4 LW and this website\n\nIreland "
         "are going for their first Grand Slam since 1948 after two opening wins.", None),
        # Reuters-21578 867, quoted: coordinated months are several moments, "last year" belongs to them all
        ("Female unemployment in January remained at 3.0 pct, equal to the record level marked in April, August, "
         "September and December last year.", "1987-03-02"),
        # Reuters-21578 1682, quoted: "this year and ... in 1988", two forecasts for two years
        ("Kirnan raised his earnings estimates slightly today, in part in reaction to the announced buyback, and "
         "sees GM earning 5.65 dlrs this year and 9.75 dlrs in 1988.", "1987-03-04"),
        # Reuters-21578 18, quoted: the year belongs to what will be derived, not to when Dean spoke
        ("President Howard Dean said in fiscal 1988 the company will derive  benefits of various dairy and frozen "
         "vegetable acquisitions from Ryan Milk to the Larsen Co.", "1987-02-26"),
        # Reuters-21578 1936, quoted: "Later this year" ends the report, "a ministry official said" only attributes it
        ("The Ministry of International Trade and Industry has not yet set a car export quota for <Daihatsu Motor Co "
         "Ltd> which is scheduled to start exports to the U.S. Later this year, a ministry official said.",
         "1987-03-05"),
        # WikiText-2 (Wikipedia, as tokenised there), quoted: "Approximately one year later" counts from the July
        # tournament, not from the "late June 2007" the belt was held until
        ("A tournament was held on July 16 to determine the new champion which was won by Hiroshi <unk>. <unk> "
         "continued to possess the physical <unk> Championship belt until late June 2007.\n\nApproximately one year "
         "later on June 29, 2007, <unk> defended his <unk> Heavyweight Championship against TNA World Heavyweight "
         "Champion Kurt Angle in a champion versus champion match.", None),
        # WikiWeasel 2.0 (Wikipedia), "Post-invasion Iraq, 2003–present", quoted: a day's incidents by place
        ("Amarah: A roadside bomb killed one and wounded three others in Amarah. Tal Afar: A roadside bomb in Tal Afar "
         "killed four, including a policeman, and wounded eight other people. Mosul: Six people were shot dead, "
         "including one policeman. Baqubah: Eight people were killed in different incidents.", "2007-06-01"),
        # Reuters-21578 4101, quoted: a range's two ends
        ("He told Reuters an improvement in the economic climate and less competition from the European Community "
         "should lead in the Gulf area to higher beef sales, which dropped from 33,000 tonnes in 1980 to just 2,300 "
         "tonnes last year.", "1987-03-12"),
        # Reuters-21578 5181, quoted: a comparison ("against")
        ("Total exports dropped to 2.50 billion dlrs last year against 2.97 billion in 1985.", "1987-03-15"),
        # Reuters-21578 4106, quoted: a participle with no subject, which the tagger calls a past tense
        ("Investment in the communications sector, including cable activities, would be between 300 mln and 400 mln "
         "francs over the next five years, mainly concentrated in the coming year.", "1987-03-12"),
        # Reuters-21578 4173 and 2132, quoted: a relative date right after a noun dates the noun
        ("The chairman of the Distributive Trades Survey Panel, Nigel Whittaker, said a favourable Budget next week "
         "would further help sales during the summer.", "1987-03-12"),
        ("Personal taxation has emerged as the major economic issue in Finnish general elections later this month, and "
         "Conservative gains could mark a shift towards indirect taxation and accelerate moves towards more "
         "market-oriented banking practices, economists say.", "1987-03-05"),
        # Reuters-21578 6560, quoted: six states named, though "West Virgina" (misspelt) made "Louisiana" and
        # "Texas" read as its states
        ("The company said the unit - to be known as CNG Trading Co - will do business in six states: New York, "
         "Pennsylvania, Ohio, West Virgina, Louisiana and Texas.", "1987-03-18"),
        # Reuters-21578 10473, quoted: a breakdown, each item with its own count after the name
        ("The new company said its board will have nine members, including the chairman and chief executive officer. "
         "Bull will have four members, Honeywell two and NEC one, the new company, which began worldwide operations "
         "today, said.", "1987-03-27"),
        # Reuters-21578 12701, quoted: a measure, not a count of things a list could name
        ("General Foods' Maxwell House Div. has just cut the price on its new offering by 50 cents to 4.49 dlrs for 12 "
         "ounces--a move competitor A and P is bound to imitate, according to an A and P executive.", "1987-04-02"),
        # Reuters-21578 10017, 13494, quoted: a forecast's date is the forecast's, not the forecaster's
        ("He estimated 3.00 dlrs per share this year and 3.35 dlrs next year. His 1988 figure reflects mostly a "
         "lowering of the tax rate to 34 pct from 40 pct this year.", "1987-03-26"),
        ("He predicted a \"mild\" recovery for the Greek economy in 1988 and said the government might be able to ease "
         "its tough incomes policy, which has virtually frozen wages, and allow some increases related to "
         "productivity.", "1987-04-07"),
        # Reuters-21578 8092 and 7549, quoted: a relative date right after a noun dates the noun
        ("Workers at <General Motors Espanola S.A.> have called for five days of strikes next month in a dispute over "
         "this year's wage increase, union sources said.", "1987-03-22"),
        ("The annual session of the National People's Congress next week was to have discussed a draft law which "
         "would bolster the independence of factory chiefs while eroding the power of local Communist Party "
         "officials.", "1987-03-20"),
        # Reuters-21578 10063, quoted: the year is when the loan is repayable
        ("The money was given to him as a no-interest loan repayable in 1990 but the government said it should have "
         "been reported as income.", "1987-03-26"),
        # Reuters-21578 12920, quoted: "the fiscal year ended Feb 27, 1988" names a period; "ended" has no subject
        ("AEL Industires Inc, a major supplier of defense electronic systems, said it projects a 15 pct hike in sales "
         "for the fiscal year ended Feb 27, 1988, based on its current backlog of 169 mln dlrs and new contracts "
         "awarded in the first quarter.", "1987-04-03"),
        # Reuters-21578 16643, quoted: two phrases run together ("in December 1985" and "this year"), no apposition
        ("It said implementation of Statement of Financial Accounting Standards Number 87 issued by the Financial "
         "Accounting Standards Board in December 1985 this year is expected to increase Chrysler's pension expense by "
         "more than 50 pct when compared to pension expense calulated under the prevsious standards.", "1987-04-13"),
        # Reuters-21578 13738, quoted: "Sept." ends a sentence; "Last year's" starts the next
        ("This could especially affect trees in West Malaysia during April/June, while in East Malaysia the impact "
         "will be in February/April and July/Dec, and in Indonesia July/Sept.\n\nLast year's cut in fertilizer use "
         "will hit this year's yields and bigger effects are expected within the next three years, Oil World said "
         "without elaborating.", "1987-04-07"),
        # Reuters-21578 19008, 19107, 20085, 15413, 15376, quoted: a date that ends another span ("until his
        # suspension on April 16"), a clause with its own subject after a possessive ("yesterday's news that ..."),
        # a range ("January/September last year", "from ... in February 1986 to ... yesterday"), a report's end
        ("Mark Stahl, 45, who was a former senior vice president of Shearson Lehman Brothers, until his suspension "
         "on April 16, today admitted in U.S. District court here, embezzling almost 19 mln dlrs from his firm over "
         "the past year.", "1987-06-18"),
        ("His remarks followed yesterday's news that underlying average earnings were rising 7.75 pct annually in "
         "April, up from March's 7.5 pct increase, which sent the U.K. Government bond market lower and helped "
         "trigger inflation worries.", "1987-06-19"),
        ("Total vehicle registrations in the period rose to 2.42 mln from 2.35 mln in January/September last year.",
         "1987-10-20"),
        ("PLDT common stock surged from a low of 37 pesos in February 1986 to 367.50 at close of trading yesterday on "
         "the Manila Stock Exchange.", "1987-04-09"),
        ("Honda Motor Corp <HMC.T> will sell cars equipped with four-wheel steering in Japan from tomorrow and will "
         "export the cars to the U.S. And Europe later this year, company officials said.", "1987-04-09"),
        # Reuters-21578 7482 and 12381, quoted, read once 0.7.0 took "pct" for a percent: "Pier 1 common shares" is no
        # count of one; "987" inside "1987" is no amount
        ("Intermark said it already holds 6,839,827 Pier 1 common shares, or 35.66 pct, and its Pier 1 Holdings Inc "
         "holds 1,484,516 shares, or 7.74 pct.", "1987-03-19"),
        ("The Chicago Mercantile Exchange (CME) traded a record 19,656,498 contracts in the first quarter of 1987, up "
         "17 pct from 16,768,145 in the same quarter last year.", "1987-04-01"),
        # WikiText-2 (Wikipedia), "Chad at the 2008 Summer Olympics" and "Daniel Radcliffe", quoted: the year in
        # another clause of the sentence ("..., but returned ...", "..., and starred ... until ... 2011") is not the
        # age's time (age_mismatch)
        ("Born in 1977, <unk> first participated in the Olympics at age 22 when he raced in the men's 100 meters at "
         "the 2000 Summer Olympics in Sydney, Australia, placing seventh in his qualification heat and not "
         "progressing to later rounds. He did not attend the 2004 Summer Olympics in Athens, Greece, but returned to "
         "the Olympics at Beijing at the age of 30.", None),
        ("Daniel Jacob <unk> (born 23 July 1989) is an English actor who rose to prominence as the title character in "
         "the Harry Potter film series. He made his acting debut at 10 years of age in BBC One's 1999 television film "
         "David Copperfield, followed by his cinematic debut in 2001's The <unk> of Panama. At age 11, he was cast as "
         "Harry Potter in the first Harry Potter film, and starred in the series for 10 years until the release of "
         "the eighth and final film in 2011.", None),
        # WikiText-2 (Wikipedia), "Sonic the Hedgehog (1991 video game)", quoted: a bracketed clause, not a list
        ("The player begins with three lives (power-ups and rings add more), which are lost when Sonic <unk> with "
         "hazardous enemies (or objects) without rings, falls off-screen or exceeds an act's ten-minute time limit.",
         None),
        # BBC News sport/378 ("Ireland v USA"), quoted: "S Horgan" (Shane) in the team list is not "Marcus Horan"
        # (the list cut before "F Sheahan", which is the same player as "Frank Sheehan": see the test after this)
        ("The other changes see recalls for backs David Humphreys, Kevin Maggs and Guy Easterby with Eric Miller, "
         "Marcus Horan, Donnacha O'Callaghan and Frank Sheehan all returning to the pack.\n\nG Murphy; S Horgan, B "
         "O'Driscoll (capt), K Maggs, T Bowe; D Humphreys, G Easterby; M Horan.", None),
    ],
)
def test_real_news_that_0_6_0_misread(text: str, published: str | None) -> None:
    # each gave one wrong finding before 0.7.0 (found scoring the two public corpora above)
    assert run(text, published).findings == [], [f.message for f in run(text, published).findings]


@pytest.mark.slow
def test_a_team_list_spells_a_player_the_other_way() -> None:
    # BBC News sport/378 ("Ireland v USA"), quoted: "Frank Sheehan" in the report, "F Sheahan" in the team list
    # (the initial agrees); NER calls "Sheahan" a PRODUCT, which no longer rules a surname out (0.11.0).
    # "S Horgan" (Shane) is still not "Marcus Horan".
    text = ("The other changes see recalls for backs David Humphreys, Kevin Maggs and Guy Easterby with Eric Miller, "
            "Marcus Horan, Donnacha O'Callaghan and Frank Sheehan all returning to the pack.\n\nG Murphy; S Horgan, B "
            "O'Driscoll (capt), K Maggs, T Bowe; D Humphreys, G Easterby; M Horan. F Sheahan, J Hayes, D O'Callaghan, "
            "P O'Connell, S Easterby, D Leamy, E Miller.")
    [f] = run(text).findings
    assert f.check == "name_spelling" and f.text == "Sheahan" and f.related.text == "Frank Sheehan"


@pytest.mark.slow
def test_ten_years_later_on_the_same_day() -> None:
    # REAL, found: Reuters-21578 7687 (Pubco Corp, 20 March 1987), quoted. Rights distributed on March 31, 1987
    # "will expire ten years later on March 31, 1987": the wire gave the start year for the end (1997 meant).
    text = ("The dividend distribution will be made March 31, 1987, payable to shareholders of record on that date. "
            "The rights will expire ten years later on March 31, 1987, the company said.")
    [f] = run(text, "1987-03-20").findings
    assert f.check == "interval_mismatch" and f.text == "ten years later on March 31, 1987"
    assert f.related is not None and f.related.text == "March 31, 1987" and f.related.start < f.start
    assert "'ten years later' lands on March 31, 1987, but from March 31, 1987 that is 0 years" in f.message
    # the wire's intended year: no finding
    assert run(text.replace("later on March 31, 1987", "later on March 31, 1997"), "1987-03-20").findings == []


@pytest.mark.slow
def test_a_superscript_digit_is_no_count_and_no_crash() -> None:
    # WikiText-2 "Fort Scott National Historic Site" (Wikipedia), quoted: "m ²" made the signal raise
    # (int("²")) before 0.7.0, so the host reported an error for the whole article
    text = ("The current national historic site protects 20 historic structures, a parade ground, and five acres "
            "(20,000 m ²) of restored <unk> prairie, inside the city of Fort Scott.")
    assert run(text).findings == []
