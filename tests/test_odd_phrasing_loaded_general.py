"""odd_phrasing 0.9.0's general loaded-language kinds, each with real sentences it finds and real
sentences it leaves alone: pejorative words for someone's speech ("a long rant"), name-calling nouns
and judging adverbs in the writer's voice, sensational idioms, a bare reaction as a sentence ("Scary."),
a word stretched for emphasis ("Soooo") and clickbait teasers ("will astound you"), not a call to share.
Every sentence is quoted from a real article; the source is in the comment (buzzfeed_webis_2016 and
celebrity ids; those of a hand-marked set say which)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.voice import voices

from scorer.testing import run_signal

LOADED = ("loaded_word", "rhetorical_exclamation", "clickbait", "scare_quotes", "name_calling", "loaded_words")


def loaded(text: str) -> list[tuple[str, str]]:
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if f.check in LOADED]


FOUND = [
    # buzzfeed_webis_2016:0460 (credible, mainstream): the writer's word for a candidate's answer
    (
        "Asked if Watergate, and then President Gerald Ford's pardon of Richard Nixon, were off-limits, Dole "
        'launched into a long rant essentially blaming "Democrat wars" for killing millions of Americans.',
        ("loaded_word", "rant"),
        "someone's speech",
    ),
    # celebrity:legit/014legit.txt (credible)
    (
        "The rapper, who was filmed delivering onstage rants during recent shows in California, on Monday "
        "canceled the remaining 21 dates in his Saint Pablo tour.",
        ("loaded_word", "rants"),
        "someone's speech",
    ),
    # buzzfeed_webis_2016:1525: name-calling nouns for people
    (
        "Legendary coach Mike Ditka recently weighed in on the controversy surrounding several ingrates who "
        "refuse to stand for the national Anthem.",
        ("loaded_word", "ingrates"),
        "name-calling",
    ),
    (
        "The 2014 incident in which some Rams players put up a gesture in solidarity with Michael Brown, a thug "
        "who was killed after attacking a police officer.",
        ("loaded_word", "thug"),
        "name-calling",
    ),
    # buzzfeed_webis_2016:0715: a slur for a whole group
    ("Next, the wall would lessen the flow of illegals into America.", ("loaded_word", "illegals"), "name-calling"),
    # buzzfeed_webis_2016:0113: an adverb that judges how someone spoke (the quotation marks garbled in the copy)
    (
        "\u00e2\u0080\u009cDisarmed and helpless is an irresponsible, suicidal choice that will get you "
        "killed,\u00e2\u0080\u009d Nugent disgustingly concluded.",
        ("loaded_word", "disgustingly"),
        "contempt",
    ),
    # buzzfeed_webis_2016:0828: sensational idioms
    (
        "That border has now become a literal ticking time bomb of terrorism.",
        ("loaded_word", "ticking time bomb"),
        "contempt",
    ),
    (
        "The media has swept this under the rug, but it is a severe national security threat.",
        ("loaded_word", "swept this under the rug"),
        "contempt",
    ),
    # buzzfeed_webis_2016:0841 and 1382: a bare reaction as a sentence
    (
        "Fox News also featured another interview, where it was stated that they have at least two Islamic "
        "schools that teach Sharia law: Scary. These results are consistent with a poll.",
        ("rhetorical_exclamation", "Scary."),
        "bare reaction",
    ),
    (
        "Presumably, that VIP would be Secretary of State Clinton. Whoa. Combetta would eventually delete the archive.",
        ("rhetorical_exclamation", "Whoa."),
        "bare reaction",
    ),
    # buzzfeed_webis_2016:1557
    (
        "A judge has now ordered she cannot delete the photos. Double drat!! It’s getting harder these days.",
        ("rhetorical_exclamation", "Double drat!!"),
        "bare reaction",
    ),
    # buzzfeed_webis_2016:1376: a word stretched for emphasis
    (
        "Soooo embarrassing for Hillary, Clinton. In Delaware, Ohio, Clinton was supposed to have a door-knocking "
        "event.",
        ("rhetorical_exclamation", "Soooo"),
        "stretched",
    ),
    # buzzfeed_webis_2016:0744: a person figuratively destroyed
    (
        "Sure, Trump was brash and he’s not your normal politician, but the fact of the matter is he demolished "
        "her on her record in front of the entire country.",
        ("loaded_word", "demolished her"),
        "figuratively destroyed",
    ),
    # fakenewsnet_politifact_defend:politifact98 (dev4): slang for a coward, said of rivals
    (
        "Today, the immigration bill hangs in the balance, and Thompson, who sells himself as the only genuine "
        "red-meat conservative among the leading GOP contenders, lays into his wussy opponents.",
        ("loaded_word", "wussy"),
        "name-calling",
    ),
    # fakenewsnet_politifact_defend:politifact14448 (dev4): a verdict on a side's conscience
    (
        "The Left has no shame in their attempt to link Donald Trump, who repudiated the attacker immediately "
        "after the murder occurred, to white supremacists but perhaps they should remember their own party’s "
        "history…and its present.",
        ("loaded_word", "has no shame"),
        "contempt",
    ),
    # buzzfeed_webis_2016:0193 (dev4): a word for nonsense, and a sensational idiom for someone's state of mind
    (
        "It shows that Trump’s mind is prone to wandering and while each topic by itself may have been a talking "
        "point used to pander to somebody, together it’s just gibberish:",
        ("loaded_word", "gibberish"),
        "contempt",
    ),
    (
        "Sunday night, less than 24 hours before he’s set to walk into the hall to get ready for the most "
        "important night of his life, Donald Trump is showing signs that he’s simply taken this thing too far "
        "and gone off the deep end.",
        ("loaded_word", "gone off the deep end"),
        "contempt",
    ),
    # fakenewsnet_politifact_defend:politifact13477 (dev3): a name said of a man the article points at
    ("The man is a menace.", ("loaded_word", "menace"), "name-calling"),
]


@pytest.mark.parametrize(("text", "finding", "why"), FOUND)
def test_general_loaded_kinds_are_found_and_explained(text: str, finding: tuple[str, str], why: str) -> None:
    findings = [f for f in run_signal(OddPhrasing(), text).findings if f.check in LOADED]
    assert [(f.check, f.text) for f in findings] == [finding]
    assert why in findings[0].message and "an editor would query it" in findings[0].message


NOT_FOUND = [
    # buzzfeed_webis_2016:1170 (credible): a surname, not a rant
    "Matt Paul, Marlys Popma, Troy Price, Christopher Rants, Kim Reem, Craig Robinson, Sam Roecker.",
    # celebrity:legit/152legit.txt (credible): the fans' guess, not the writer's word
    "With an album title like Reputation, fans speculated whether the entire album would be a vindictive screed "
    "aimed at Swift's enemies.",
    # celebrity:legit/175legit.txt (credible): a post quoted without quotation marks, in its writer's first person
    "P.S. your crazy butt is the only one who could ever make me agree to jumping off a cliff at a waterfall "
    "soooo yeah.",
    # buzzfeed_webis_2016:0563: a call to share asks for an act and charges no wording (no reader marked one)
    "Green is being held at Dallas County Jail on $229,500 bail. Share if this guy is a prime example of "
    "criminals.",
    # celebrity:legit/182legit.txt (credible): "wait for it" meant plainly
    "I’m not going to make you wait for it. She wears this cool, Rocky Balboa retro gray cotton hoodie.",
    # celebrity:fake/161fake.txt: a Roman numeral is no stretched word
    "The earthquake caused when her uncle Edward VIII quit the throne in 1936 to marry the twice-divorced Wallis "
    "Simpson.",
    # buzzfeed_webis_2016:0021 and 0025 (credible, mainstream): things destroyed, literally
    "Several al-Qaeda militants have been killed or captured in the area, and the United States last year "
    "destroyed an al-Qaeda base across the border in Kandahar province.",
    "A Syrian Red Crescent warehouse was also destroyed and a health clinic severely damaged.",
    # buzzfeed_webis_2016:0117 (credible): gushing is not loaded, and a reaction inside a quotation is the speaker's
    "“Has he really?” I asked. “Of course.” Oh, to be a fly on the wall during that conversation!",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_plain_or_someone_elses_wording_stays_silent(text: str) -> None:
    assert loaded(text) == []


def test_the_pejorative_is_the_writers_but_the_judgement_it_reports_is_the_speakers() -> None:
    # buzzfeed_webis_2016:1233 (credible, mainstream): "diatribe" judges the speech; "incompetent" reports it
    text = "Oh, he also unleashed a diatribe about incompetent contractors and staff after his microphone crackled."
    assert loaded(text) == [("loaded_word", "diatribe")]


def test_naming_it_a_rant_is_someone_elses_word() -> None:
    # the buzzfeed_webis_2016:0460 sentence, with the word given as a name someone else used
    text = 'Mondale\'s aides dismissed it as a long rant essentially blaming "Democrat wars" for killing millions.'
    assert loaded(text) == []


def test_mojibake_quotation_marks_are_quotations() -> None:
    # buzzfeed_webis_2016:0113: the copy's curly quotes were decoded wrongly; the words inside are Nugent's
    text = "Nugent has a message for those \u00e2\u0080\u009cembarrassing\u00e2\u0080\u009d victims."
    start = text.index("\u00e2")
    assert voices(text).marked_or_turns == ((start, text.index("victims") - 1),)


def test_an_epithet_running_into_the_sentences_loaded_run_is_one_card_covering_both() -> None:
    # buzzfeed_webis_2016:0724 (dev set): the epithet starts before the run of loaded terms and runs into it;
    # neither may hide the other
    text = (
        "If Trump is to win, and Hillary the Horrible to be defeated, we cannot allow the evil and corrupt "
        "National Democratic Party to commit fraud, which this author believes they will do with reckless "
        "abandon if not watched with a very sharp eye."
    )
    [(check, span)] = loaded(text)
    assert check == "loaded_words"
    assert span.startswith("Hillary the Horrible") and "evil and corrupt" in span
    [f] = [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_words"]
    assert "epithet" in f.message and "loaded" in f.message
