"""scorer.language: the cheap check that a text is English before anything parses it."""

from __future__ import annotations

from scorer.language import detect_language

# an English news opening (written for this test)
ENGLISH = (
    "Western intelligence officials said on Tuesday that the Russian navy has moved two more warships into the "
    "eastern Mediterranean, and that the ships are likely to stay there for the rest of the year. "
)


def test_english_is_english_and_german_is_not() -> None:
    german = (
        "Der Bundeskanzler hat am Montag in Berlin erklärt, dass die Regierung die Steuern nicht erhöhen werde. "
        "Die Opposition kritisierte die Entscheidung scharf und forderte eine Debatte im Bundestag."
    )
    assert detect_language(ENGLISH * 2) == "en"
    assert detect_language(german) == "other"
    assert detect_language("Too short to tell.") is None


def test_a_long_link_near_the_start_does_not_make_english_look_foreign() -> None:
    # a scraped link's path is one run of words ("a/b/c/..."): counted, it filled the window the test reads
    link = "https://example.com/" + "a/" * 3000
    assert detect_language(ENGLISH + link + " " + ENGLISH * 3) == "en"


def test_english_is_read_however_metadata_names_it() -> None:
    from scorer.language import declares_english

    # BCP 47, a POSIX locale (WordPress), ISO 639-2/3 (library records, Common Crawl), the name, a list
    for declared in ("en", "EN", "en-GB", "en_US", "eng", "ENG", "English", " en ", "eng,spa", "en-Latn-US"):
        assert declares_english(declared), declared
    for declared in ("de", "fr-CA", "deu", "German", "spa,eng", "ene", "enm-x"):
        assert not declares_english(declared), declared
