"""odd_phrasing: two kinds of loaded language in the article's own voice that no word list covers:
the suppressed truth ("the article that Twitter doesn't want you to read", ``clickbait``) and one
ordinary word in scare quotes after the writer's own demonstrative or possessive ("these “people” are
protesting", ``scare_quotes``). Each is tested with real sentences it finds and real sentences it must
leave alone (source ids in the comments; corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str, check: str) -> list[str]:
    """The text of every finding of ``check``."""
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == check]


FOUND = [
    # someone is said to hide the text from the reader (buzzfeed_webis_2016:0582)
    ("Read more of the article that Twitter doesn’t want you to read HERE.", "clickbait", "doesn’t want you to read"),
    # (buzzfeed_webis_2016:0757)
    (
        "But let’s ignore him for a moment and focus on the hero who brought him down – because you can be "
        "quite certain the liberal media doesn’t want you to know ANYthing about him.",
        "clickbait",
        "doesn’t want you to know",
    ),
    # one word in scare quotes after the writer's demonstrative (buzzfeed_webis_2016:0641)
    (
        "And to think, these “people” are protesting with an outcry of “oppression” and they just tried to burn "
        "someone to death after rendering him unconscious.",
        "scare_quotes",
        "these “people”",
    ),
    # the demonstrative, a modifier, then the quoted noun (buzzfeed_webis_2016:0546, cut before the
    # speech the sentence goes on to introduce)
    (
        'Then after this BLM "activist" actually had the nerve to actually ask for more protection from the '
        "police.",
        "scare_quotes",
        'BLM "activist"',
    ),
    # after a possessive, in a credible opinion piece (buzzfeed_webis_2016:0917)
    (
        "His “success” is proof of the adage that you need money to make money, as he borrowed $14 million "
        "from his father.",
        "scare_quotes",
        "His “success”",
    ),
]

LEFT_ALONE = [
    # one word among the speaker's other quoted phrases: his word too (polnear_train:wash-post_2016-03-04,
    # judged wrong in a round on newspaper copy)
    (
        'He rails against its "Great Wall of Protectionism" and pledges to stand firm against its "cheating" '
        'and "financial blackmail."',
        "scare_quotes",
    ),
    # the speaker's own wish, not a charge against someone (celebrity:fake/155fake.txt, set as the
    # article's own words here)
    ("I do not want people to see me as ‘Oh, he just ran out, just left them there.’", "clickbait"),
    # a description a named person gave, reported after "was" (celebrity:legit/210legit.txt)
    (
        'Angelina Jolie has spoken about how Cambodia was her "awakening", as she premiered her new film in '
        "the country.",
        "scare_quotes",
    ),
    # an article before the quoted word: a speaker's word, quoted (buzzfeed_webis_2016:1351, :1338)
    (
        "That company is Tecate, which was running a debate-specific ad about a “wall” on Fox News, Univision "
        "and Telemundo during the pre and post-debate shows.",
        "scare_quotes",
    ),
    (
        "She talked about planning to “take out ISIS,” about coming back from the “abyss” of the recession.",
        "scare_quotes",
    ),
    # a word named as someone's ("call") is mentioned, not doubted (buzzfeed_webis_2016:0892)
    (
        "She went on to call Trump’s politics “madness” and wondered why so many individuals are supporting him.",
        "scare_quotes",
    ),
    # after "alleged" the quoted words are the allegation's own (buzzfeed_webis_2016:1584,
    # fakenewsnet_politifact_defend:politifact15280; none of 3 such uses in the marked sets was queried)
    (
        "Instead of hammering Trump for his alleged “support” for the Iraq War, the moderator really should have "
        "asked Clinton why she voted for it.",
        "scare_quotes",
    ),
    ("Israel has never been attacked by Iran directly, but through its alleged “proxies.”", "scare_quotes"),
    # the word is what a verb of telling, declaring or praising carries: its subject's own (judged wrong in the
    # rounds on news copy: fakenewsamt:fake/sports21.fake.txt, ptc:735265649, buzzfeed_webis_2016:0860)
    (
        'Barcelona released a statement Wednesday expressing its "appreciation" at the FIFA Disciplinary '
        "Committee's decision.",
        "scare_quotes",
    ),
    (
        "True to the left's support for criminality over law and order, Mayor Schaaf declared that she considered "
        'it her "duty" to warn criminal illegals in her area.',
        "scare_quotes",
    ),
    (
        "Trump has praised the leadership of Russia, admiring its “strength” despite its history of censorship "
        "and human rights abuses.",
        "scare_quotes",
    ),
    # a columnist's turn, not a teaser (buzzfeed_webis_2016:1419, :1570; none of 2 queried)
    ("And guess what? It works for them.", "clickbait"),
]


@pytest.mark.parametrize(("text", "check", "words"), FOUND)
def test_found(text: str, check: str, words: str) -> None:
    assert any(words in f for f in found(text, check)), found(text, check)


@pytest.mark.parametrize(("text", "check"), LEFT_ALONE)
def test_left_alone(text: str, check: str) -> None:
    assert found(text, check) == []
