"""odd_phrasing 0.8.0's general slip checks, each with real sentences it finds and real sentences it
must leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from misinfo_scorer_plugins.odd_phrasing.joined_words import split_words
from misinfo_scorer_plugins.odd_phrasing.real_words import _modal_neighbour, _never_a_verb

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # a modal twice around its subject (celebrity:fake/149fake.txt)
    (
        "But would the talkshow hostess really betray her (former) friend like that? Would things would Brad "
        "actually turn romantic?",
        ("doubled_word", "Would things would"),
    ),
    # a verb moved and its old copy left (issue 14's list of real slips from published articles)
    ("Epstein said in a court filing said that he never met her.", ("doubled_word", "said in a court filing said")),
    # a rare word one edit from a modal before a bare verb (fakenewsnet_politifact_defend:politifact7511)
    (
        "With the business lobby warning that a minimum-wage hike wold cripple hiring amid a jobs crisis, the "
        "bill has little chance of moving.",
        ("confusable", "wold"),
    ),
    # a noun no one inflects as a verb after infinitival "to"
    # (fakenewsnet_politifact_defend:politifact15298)
    (
        "Comey at the FBI, who then issued FISA warrants to surveillance Donald Trump at the Trump Tower.",
        ("verb_form", "to surveillance"),
    ),
    # (buzzfeed_webis_2016:0552, a credible article)
    (
        "Donald Trump also continued his efforts to layout his policy framework with the introduction of "
        "another signature platform.",
        ("verb_form", "to layout"),
    ),
    # (buzzfeed_webis_2016:0867)
    (
        "With a stroke of the pen Trump pilfered the average wage of five working Americans to payoff his "
        "business fines.",
        ("verb_form", "to payoff"),
    ),
    # two very common words run together (fakenewsamt:fake/entmt10.fake.txt, fakenewsamt:fake/sports36.fake.txt)
    (
        'On "Dancing With the Stars" the first celeb couple won every round eventhough at times were judged harshly.',
        ("misspelling", "eventhough"),
    ),
    ("We give alot of credit to the Paraguay team.", ("misspelling", "alot")),
    # "Alot" opening a sentence stays the misused-phrase check's (fakenewsnet_politifact_defend:politifact13469)
    ("Alot of people, including many conservatives, are concerned.", ("misused_phrase", "Alot")),
    # a form the web has never seen: a function word and a common word (fakenewsamt:fake/polit24.fake.txt;
    # buzzfeed_webis_2016:0056, a credible article)
    ("He has often broadsided Republicans who he deemed hisloyal.", ("misspelling", "hisloyal")),
    (
        "Today, the campaign begins airing atelevision ad in seven battleground states.",
        ("misspelling", "atelevision"),
    ),
    # the first part of a hyphenated compound (fa_kes:1924058152)
    (
        "Near the capital hundreds of Syrians from the oppositon-held suburbs of eastern Ghouta fled.",
        ("misspelling", "oppositon"),
    ),
    # a modal before a form that can only be a verb's -ing form (fakenewsamt:fake/tech030.fake.txt;
    # buzzfeed_webis_2016:0947, a credible article)
    (
        "Twitter will only analyzing abuse that is reported directly from its users.",
        ("verb_form", "will only analyzing"),
    ),
    (
        "Leaders were afraid that he would ushering in a new and dangerous world order.",
        ("verb_form", "would ushering"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[1][1] for f in FOUND])
def test_general_slip_found(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


NOT_FOUND = [
    # modals twice with a verb, a conjunction or punctuation between
    "JonBenet was up, she may or may not have brushed her teeth.",  # buzzfeed_webis_2016:1431
    "What Trump would do with Biden's cancer moonshot: I would hope he would bring jobs.",  # buzzfeed_webis_2016:0951
    "I know I would and I would encourage anyone who could get one.",  # fakenewsnet_politifact_defend:politifact13897
    "You can run but you can't hide.",  # buzzfeed_webis_2016:0465
    # the same verb twice in two clauses
    "Blumenthal sent along an email he sent to friends in February 2011.",  # buzzfeed_webis_2016:0996
    # buzzfeed_webis_2016:1303
    "Proving that Trump lied when he said during the debate that he had never said global warming was a hoax.",
    # nouns used as verbs that English does inflect, adjectives and pronouns after "to"
    "But the recent moves to sunset the project have prompted controversies.",  # buzzfeed_webis_2016:1047
    "I think it was good copy at the time to slag everything.",  # celebrity:legit/060legit.txt
    "She knows Portia is like putty and adapts to whomever she's hanging out with.",  # celebrity:fake/174fake.txt
    # fakenewsnet_politifact_defend:politifact15334
    "It was her job to lure children into the cult in order to sell them to elite Hollywood pedophiles.",
    "Hillary was going to bring back jobs to upstate New York.",  # fakenewsnet_politifact_defend:politifact13244
    "This would largely leave it up to moderator Lester Holt to call out each candidate.",  # ..._2016:1620
    # closed compounds and elisions, not missing spaces
    "They were spotted kissing at the season finale afterparty.",  # celebrity:legit/171legit.txt
    "He'll be sitting front row for the first faceoff between Donald Trump and Hillary Clinton.",  # ..._2016:0064
    "She is an ex-marathoner who clears her email inbox every morning.",  # buzzfeed_webis_2016:0944
    "And the first duty of government is to protect their wellbeing and safety.",  # buzzfeed_webis_2016:0718
    "Wells Fargo is the first U.S. bank to roll out cardless machines.",  # fakenewsamt:legit/tech021.legit.txt
    "So that each time, I'm pullin' it out of the air.",  # celebrity:legit/060legit.txt
    # a name or slang opening a sentence (buzzfeed_webis_2016:1249, buzzfeed_webis_2016:0825)
    "Hadas Gold contributed reporting to this story.",
    "CBS totally threw her under the bus. Anywho…get your laugh on, check this out.",
    # a content word and a function word the web has never seen joined: jargon (buzzfeed_webis_2016:1315)
    "A1 PDF --WaPo leadall by Phil Rucker and Anne Gearan: Donald Trump unrelentingly attacked.",
    # a gerund subject after a modal in a question (fakenewsnet_politifact_defend:politifact11709)
    "And if not, how would banning the sales really make a difference?",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_general_slip_not_found(text: str) -> None:
    assert found(text) == []


def test_a_before_a_verb_form_is_a_misspelling_not_a_missing_space() -> None:
    # buzzfeed_webis_2016:0811: "attained", not "a trained"
    text = "They argue that global security can only be atrained through the help of international partners."
    findings = run_signal(OddPhrasing(), text).findings
    assert [(f.check, f.text) for f in findings] == [("misspelling", "atrained")]
    assert "attained" in findings[0].message


def test_modal_neighbours() -> None:
    assert _modal_neighbour("wold") == "would"
    assert _modal_neighbour("cuold") == "could"  # a transposition
    assert _modal_neighbour("shoud") == "should"
    assert _modal_neighbour("word") is None


def test_never_a_verb_reads_the_web_forms() -> None:
    assert _never_a_verb("surveillance")
    assert not _never_a_verb("text")  # "texted" is common
    assert not _never_a_verb("sunset")  # "sunsetting" is attested
    assert not _never_a_verb("access")  # a verb in lemminflect


def test_split_words() -> None:
    assert split_words("eventhough") == ("even", "though")
    assert split_words("alot") == ("a", "lot")
    assert split_words("faceoff") is None  # "off" makes compounds
    assert split_words("landline") is None  # two content words


def test_a_headline_list_of_names_and_a_quantifier_subject_are_not_disagreements() -> None:
    """Read on credible articles: a Politico headline (fakenewsnet_old_politifact:PolitiFact_Real_55)
    and a fakenewsamt legit story (entmt18): 'many' is the subject of the verb 'head'; a verb read as the
    plural noun of a verbless sentence ("That number pales")."""
    from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

    from scorer.testing import run_signal

    for text in (
        # buzzfeed_webis_2016:0579 (credible): the sentence's verb "pales" read as a plural noun after "number"
        "But less than $5.2 million of that went to charitable grants. That number pales in comparison to the "
        "$34.8 million the foundation spent on salaries, compensation and employee benefits.",
        "AP Photo McConnell, Pelosi, Ryan seek deal on government funding impasse A total of $170 million for "
        "the Flint water crisis is added to the WRDA bill.",
        "Growing up in what she describes as a very isolated rural town in Southwest Louisiana, many head to "
        "work or the nearest community college after graduating from high school.",
    ):
        checks = [f.check for f in run_signal(OddPhrasing(), text).findings]
        assert not {"subject_verb_agreement", "determiner_noun_agreement"} & set(checks), (text, checks)

