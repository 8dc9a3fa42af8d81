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
