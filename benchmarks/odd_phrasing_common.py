"""Shared plumbing for the odd_phrasing benchmarks: where the data lives and running the signal.

The corpora live beside the repository in ``../shared/data`` (never inside it); each benchmark exits
with a clear message when they are absent. Nothing here writes corpus text to disk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from harness import DATA, read_jsonl, require, timed  # noqa: F401  (re-exported for the scripts)
from misinfo_scorer_plugins.odd_phrasing import CHECK_NAMES

#: Every check a finding can name: the slips, then the loaded-language findings.
#: Checks that name their own findings (not one per feature): a missing article (counted under
#: missing_words), a plural written with an apostrophe (under missing_apostrophes) and the mechanical
#: slips (under punctuation_slips and doubled_articles), and the words missing where the parse shows it
#: (under missing_words).
FINDING_KINDS = (
    *dict.fromkeys(CHECK_NAMES.values()),
    "missing_article",
    "plural_apostrophe",
    "missing_space",
    "doubled_punctuation",
    "doubled_full_stop",
    "mismatched_quotes",
    "redundant_word",
    "hyphen",
    "abbreviation",
    "doubled_attribution",
    "missing_verb",
    "missing_preposition",
    "missing_determiner",
    "loaded_words",
    "loaded_word",
    "rhetorical_exclamation",
    "scare_quotes",
    "name_calling",
    "clickbait",
    "sensational_superlative",
)

_CLITIC = re.compile(r" (n't|'s|'re|'ve|'m|'ll|'d)\b", re.IGNORECASE)


def detokenize(text: str) -> str:
    """Undo PTB-style tokenisation ("word , word ." -> "word, word.") so spacing is not a finding.

    JFLEG sources and references are both tokenised; both go through this same function.
    """
    words = text.split()
    out: list[str] = []
    quote_open = False
    glue_next = False
    for word in words:
        if word == '"':
            if quote_open and out:
                out[-1] += '"'
            else:
                out.append('"')
                glue_next = True
            quote_open = not quote_open
            continue
        if glue_next and out:
            out[-1] += word
            glue_next = False
        else:
            out.append(word)
    joined = " ".join(out)
    joined = re.sub(r" ([.,!?;:%)\]}]|\.\.\.)", r"\1", joined)
    joined = re.sub(r"([(\[{$]) ", r"\1", joined)
    return _CLITIC.sub(r"\1", joined)


def run_signal_on(texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[tuple[Any, Any]]:
    """Parse ``texts`` with the shared pipeline, run odd_phrasing on each and yield (doc, result).

    Prints parse and signal time to stderr at the end.
    """
    from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

    from scorer.contract import Article
    from scorer.nlp import load_pipeline

    nlp = load_pipeline()
    signal = OddPhrasing()
    docs = nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
    yield from timed(docs, lambda doc: signal.compute(Article(id="bench", text=doc.text), doc), "odd_phrasing")
