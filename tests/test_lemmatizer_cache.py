"""The memoising lemmatizer writes exactly the lemmas spaCy's rule lemmatizer writes."""

from __future__ import annotations

import json

import pytest
import spacy

from scorer.attribute_rules import use_fast_attribute_ruler
from scorer.lemmatizer_cache import CachedLemmatizer, use_cached_lemmatizer
from scorer.nlp import DEFAULT_PIPELINE

# base forms, inflections, exceptions ("went", "better", "mice"), a lemma the attribute ruler sets
# ("ai" -> "be"), proper nouns, numbers, punctuation, spaces, and the same words twice so that the
# second sighting comes from the memo
TEXT = (
    "The mice went home. The mice went home! Ministers said the better plans were better, and "
    "Ministers say so. Y'all ain't leaving: 3 reports, 2,000 voters and the U.S. Senate's votes.  \n\n"
    "She was reporting; they had reported; reports say it. Were they? Being there is being there."
)


def lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pair():
    original = spacy.load(DEFAULT_PIPELINE, exclude=["ner"])
    cached = spacy.load(DEFAULT_PIPELINE, exclude=["ner"])
    for nlp in (original, cached):
        use_fast_attribute_ruler(nlp)
    assert use_cached_lemmatizer(cached)
    assert cached.pipe_names == original.pipe_names
    assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)
    return original, cached


@pytest.mark.slow
def test_same_lemmas_on_corner_cases(pair):
    original, cached = pair
    expected = lemmas(original(TEXT))
    assert lemmas(cached(TEXT)) == expected
    assert lemmas(cached(TEXT)) == expected  # from the memo this time
    found = {(text, lemma) for text, _, _, lemma in expected}
    assert {("went", "go"), ("mice", "mouse"), ("said", "say"), ("ai", "be")} <= found


@pytest.mark.slow
def test_same_lemmas_on_real_news(pair, shared_data):
    original, cached = pair
    with (shared_data / "buzzfeed_webis_2016" / "articles.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(60), fh, strict=False)]
    for a, b in zip(original.pipe(texts), cached.pipe(texts), strict=True):
        assert lemmas(b) == lemmas(a)


@pytest.mark.slow
def test_the_loaded_pipeline_uses_it(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_a_lookup_lemmatizer_is_left_in_place():
    nlp = spacy.blank("en")
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_cached_lemmatizer(nlp)
    assert nlp.get_pipe("lemmatizer") is lookup
    assert not use_cached_lemmatizer(spacy.blank("en"))  # no lemmatizer at all


def test_an_empty_stand_in_refuses_to_run():
    with pytest.raises(RuntimeError, match="load_from"):
        CachedLemmatizer(spacy.blank("en"), "x")(spacy.blank("en")("hello"))
