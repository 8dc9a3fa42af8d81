"""scorer.furniture: teasers for other stories left in an article's text (a sidebar of timestamped items, a
"Related:" or "Also read:" list), which signals judging the writer's sourcing leave alone."""

from __future__ import annotations

from scorer import inside_ranges, teaser_ranges

# buzzfeed_webis_2016:1194 (POLITICO Europe), its sidebar shortened to four of its fifty items
SIDEBAR = (
    "11/19/16, 10:01 AM CET BY Michael Crowley and Nahal Toosi Diplomats say the president-elect already has a "
    "playbook to undermine the global body. 11/19/16, 5:25 AM CET BY Michael Kruse Flynn, Bannon represent "
    "‘Islamophobic’ thinking of the type rejected by Bush and Obama, critics say. 11/19/16, 5:20 AM CET BY Ryan "
    "Heath The blue-collar workers who put Donald Trump in the White House are ready for him to deliver. "
    "11/17/16, 2:11 PM CET BY Esther King Nigel Farage’s party stands accused of breaking rules on spending EU "
    "funds. Iceland Foods has 800 stores around Britain. Iceland, the country, is considering legal action."
)

# celebrity:legit/062legit.txt, the end of the article
LINKS = (
    "Mike DeBonis, Jenna Johnson and Sarah Parnass contributed to this report.\n\n"
    "Also read: The 2016 electoral map is rapidly slilpping away from Donald Trump\n\n"
    "When news of Trump taxes broke, he went off onto angry tangents\n\n"
    "'Donald Trump will protect you': Some fear he's running to be a dictator\n"
)

# celebrity:fake/159fake.txt, the opening shortened
RELATED_THEN_TEXT = (
    "Leonardo DiCaprio is said to be lonely.\n\n"
    "Also read: Spielberg trailer: Leonardo DiCaprio, Liam Neeson and more pay respect to the great film maker\n\n"
    "An insider told the magazine that the actor is becoming antisocial these days.\n"
)


def _covered(text: str, words: str) -> bool:
    start = text.index(words)
    return inside_ranges(teaser_ranges(text), start, start + len(words))


def test_a_sidebar_of_timestamped_teasers_is_furniture_up_to_its_last_headline() -> None:
    assert _covered(SIDEBAR, "critics say")
    assert _covered(SIDEBAR, "Nigel Farage’s party stands accused of breaking rules on spending EU funds.")
    assert not _covered(SIDEBAR, "Iceland Foods has 800 stores")
    assert not _covered(SIDEBAR, "is considering legal action")


def test_one_or_two_stamps_are_no_sidebar() -> None:
    text = "11/19/16, 5:25 AM CET BY Michael Kruse Flynn, Bannon represent a kind of thinking, critics say."
    assert teaser_ranges(text) == ()


def test_a_links_list_runs_over_its_headline_lines() -> None:
    assert _covered(LINKS, "Some fear he's running to be a dictator")
    assert _covered(LINKS, "When news of Trump taxes broke")
    assert not _covered(LINKS, "contributed to this report")


def test_a_links_list_stops_at_the_first_sentence_of_the_story() -> None:
    assert _covered(RELATED_THEN_TEXT, "Liam Neeson and more pay respect")
    assert not _covered(RELATED_THEN_TEXT, "An insider told the magazine")
    assert not _covered(RELATED_THEN_TEXT, "is said to be lonely")


def test_a_label_alone_on_its_line_takes_the_headline_under_it() -> None:
    # fakenewsnet_old_politifact:PolitiFact_Fake_21
    text = (
        "RELATED:\n\nDonald Trump Just Coined A New Phrase You’re Going To Love\n\n"
        "If we learned anything from Meryl Streep’s long-winded, elitist rant, it’s that we shouldn’t try.\n"
    )
    assert _covered(text, "Donald Trump Just Coined A New Phrase")
    assert not _covered(text, "elitist rant")


def test_related_in_running_text_is_no_label() -> None:
    text = "Related reports said the factory closed. Officials said the figures were related: both rose."
    assert teaser_ranges(text) == ()
