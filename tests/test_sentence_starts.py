"""A paragraph break starts a sentence in the one parse every signal reads."""

import pytest

from scorer.nlp import load_pipeline

pytestmark = pytest.mark.slow  # parses text with the spaCy pipeline


def test_a_pasted_posts_byline_is_not_glued_to_the_writers_next_sentence() -> None:
    # buzzfeed_webis_2016:1381: the paragraph break survives only as a run of spaces
    text = (
        "WATCH: The moment @SteveDoocy's phone received the EMERGENCY ALERT live on air pic.twitter.com/qmFY1XoEta "
        "— FOX & Friends (@foxandfriends) September 19, 2016   Officials currently believe that the five men they "
        "apprehended were on their way to the airport."
    )
    doc = load_pipeline()(text)
    assert any(s.text.startswith("Officials currently believe") for s in doc.sents)


def test_one_space_inside_a_sentence_starts_nothing() -> None:
    doc = load_pipeline()("Officials currently believe that the five men were on their way to the airport.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # fakenewsamt:legit (crowd-written copy): a double space typed inside the sentence
        "Desoto Speedway officials said  they were shocked and saddened by the news.",
        # buzzfeed_webis_2016:1622: a link's words dropped, its spaces left
        "Two sources from within law enforcement have confirmed to  that the body of the shooter was wearing a "
        "World War II German uniform covered in swastikas.",
    ],
    ids=["typed", "dropped-link"],
)
def test_spaces_before_a_lower_case_word_start_nothing(text: str) -> None:
    doc = load_pipeline()(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # polnear_train:usa-today_2015-12-07_gop-targets-clinton-s-foreign-po
        (
            '"Libya today is completely chaotic."\n\nPolls show  voters trust Clinton more than any of the Republican '
            "candidates.",
            "Polls show",
        ),
        # polnear_train:usa-today_2016-05-11_millennials-don-t-get-socialism-
        (
            "Empty stores, full Gulags.\n\nIt was said  that no matter how attractive a theory, in practice socialism "
            "and communism failed to create a strong economic engine.",
            "It was said",
        ),
    ],
    ids=["polls", "it-was-said"],
)
def test_a_source_across_a_typed_double_space_is_read(text: str, source: str) -> None:
    """The double space used to cut the verb off from its clause, so no source was seen."""
    from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing

    from scorer.testing import run_signal

    found = [text[f.start : f.end] for f in run_signal(HedgedSourcing(), text).findings]
    assert found == [source]
