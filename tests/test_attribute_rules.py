"""The fast attribute ruler writes exactly what spaCy's AttributeRuler writes, with the same rules."""

from __future__ import annotations

import json

import pytest
import spacy

from scorer.attribute_rules import FastAttributeRuler, use_fast_attribute_ruler
from scorer.nlp import DEFAULT_PIPELINE

# the rules' corner cases: contractions matched over two tokens, rules keyed on the dependency
# label ("There is", "I"/"you" as subjects, "but" as an adverb), spaces, tag-only mappings
TEXT = (
    "Y'all ain't gonna believe it, but there is more. I gotta say: let's go, c'mon!  \n\n"
    "You were right; they weren't. It's all but over, and the 3 ministers' plans (for 2024) "
    "got scrapped... Gets worse: she'd've left. Who's there? Them's the breaks."
)

ATTRS = ("pos_", "tag_", "dep_", "lemma_")


def annotations(doc):
    return [(t.text, *(getattr(t, a) for a in ATTRS), str(t.morph)) for t in doc]


@pytest.fixture(scope="module")
def pair():
    original = spacy.load(DEFAULT_PIPELINE)
    fast = spacy.load(DEFAULT_PIPELINE)
    assert use_fast_attribute_ruler(fast)
    assert fast.pipe_names == original.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    return original, fast


@pytest.mark.slow
def test_same_annotations_on_corner_cases(pair):
    original, fast = pair
    expected = annotations(original(TEXT))
    assert annotations(fast(TEXT)) == expected
    assert any(lemma == "be" and text.lower() == "ai" for text, _, _, _, lemma, _ in expected)  # a 2-token rule ran


@pytest.mark.slow
def test_same_annotations_on_real_news(pair, shared_data):
    original, fast = pair
    with (shared_data / "buzzfeed_webis_2016" / "articles.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(60), fh, strict=False)]
    for a, b in zip(original.pipe(texts), fast.pipe(texts), strict=True):
        assert annotations(b) == annotations(a)


@pytest.mark.slow
def test_the_loaded_pipeline_uses_it(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


def test_rules_it_cannot_run_leave_the_original_in_place():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"TAG": "DT"})
    assert not use_fast_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"] and nlp.get_pipe("attribute_ruler") is ruler
    assert not use_fast_attribute_ruler(spacy.blank("en"))  # no ruler at all


def test_an_empty_stand_in_refuses_to_run():
    with pytest.raises(RuntimeError, match="load_from"):
        FastAttributeRuler(spacy.blank("en"), "x")(spacy.blank("en")("hello"))
