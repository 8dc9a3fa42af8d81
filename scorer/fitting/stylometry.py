"""The generic-stylometry baseline ``misinfo-scorer evaluate`` measures beside TF-IDF and length.

The features of the classic style-based fake-news detectors, computed the way those papers compute
them, fed to a plain logistic regression:

- Horne & Adali 2017 ("This Just In: Fake News Packs a Lot in Title, Uses Simpler, Repetitive Content
  in Text Body"): counts normalised by words for every Penn Treebank tag, stop words, punctuation,
  quotes, all-caps words, first/second-person pronouns, negations; word count, word length, type-token
  ratio; VADER sentiment of the whole text; the same for the title (which they found most telling);
- Pérez-Rosas et al. 2018 ("Automatic Detection of Fake News"): punctuation classes and readability
  (the readability signal's features, from the shipped signals).

No attempt is made to keep length out (word count, raw type-token ratio): this is the baseline as
published. Its signal is never registered by the scorer; the evaluation runs it in a registry of its own
(:func:`stylometry_signals`), cached like the shipped signals.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer import SignalResult, hookimpl

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Article
    from scorer.fitting.data import Labelled

PENN_TAGS = (
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT",
    "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
    "VBZ", "WDT", "WP", "WP$", "WRB",
)
PUNCTUATION = {"!": "exclamation", "?": "question", '"': "quote", "“": "quote", "”": "quote", "'": "apostrophe",
               "’": "apostrophe", ",": "comma", ";": "semicolon", ":": "colon", "-": "dash", "—": "dash",
               "(": "paren", ")": "paren"}
FPP = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
SPP = frozenset({"you", "your", "yours", "yourself", "yourselves"})
NEGATIONS = frozenset({"no", "not", "n't", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere"})


@functools.cache
def _vader() -> Any:
    # the lexicon ships inside the vaderSentiment wheel: nothing is downloaded
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def text_features(doc: Doc, prefix: str) -> dict[str, float]:
    """Horne & Adali's per-text features of a parsed text, names prefixed."""
    words = [t for t in doc if not t.is_space and not t.is_punct]
    n = len(words)
    if not n:
        return {}
    tags = Counter(t.tag_ for t in words)
    punct: Counter[str] = Counter()
    for ch in doc.text:
        if ch in PUNCTUATION:
            punct[PUNCTUATION[ch]] += 1
    lower = [t.lower_ for t in words]
    out = {f"{prefix}tag_{tag}": tags[tag] / n for tag in PENN_TAGS}
    out.update({f"{prefix}punct_{name}": punct[name] / n for name in sorted(set(PUNCTUATION.values()))})
    out.update({
        f"{prefix}words": float(n),
        f"{prefix}word_length": sum(len(t.text) for t in words) / n,
        f"{prefix}type_token_ratio": len(set(lower)) / n,
        f"{prefix}stop_words": sum(t.is_stop for t in words) / n,
        f"{prefix}all_caps": sum(1 for t in words if t.text.isupper() and len(t.text) > 1) / n,
        f"{prefix}fpp": sum(1 for w in lower if w in FPP) / n,
        f"{prefix}spp": sum(1 for w in lower if w in SPP) / n,
        f"{prefix}negations": sum(1 for w in lower if w in NEGATIONS) / n,
    })
    scores = _vader().polarity_scores(doc.text)
    out.update({f"{prefix}vader_{k}": float(v) for k, v in scores.items()})
    return out


class GenericStylometry:
    """Baseline signal: Horne & Adali / Pérez-Rosas style features of the body and the title."""

    name = "generic_stylometry"
    version = "0.1.0"
    languages = ("en",)
    requires = ("tagger", "attribute_ruler", "parser")

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        features = text_features(doc, "body_")
        features["body_log_words"] = math.log1p(features.get("body_words", 0.0))
        if article.title and article.title.strip():
            from scorer.nlp import load_pipeline

            # the baseline parses its headline as the papers did; no shipped signal ever does this
            title_doc = load_pipeline()(article.title, disable=["ner"])
            features.update(text_features(title_doc, "title_"))
        return SignalResult(features=features)


@hookimpl
def register_signals(register: Callable[[object], None]) -> None:
    register(GenericStylometry())


#: Signals whose features the baseline uses: its own, and readability (Pérez-Rosas et al.).
STYLOMETRY_SIGNALS = ("generic_stylometry", "readability")


def stylometry_signals(
    data: Labelled, raw_signals: list[dict[str, Any]], cache_dir: Path | None = None
) -> list[dict[str, float]]:
    """Each article's baseline features: the generic-stylometry signal (run in a registry of its own,
    cached in ``cache_dir`` beside the shipped signals) and the readability features of ``raw_signals``."""
    from scorer.contract import flatten_signals
    from scorer.fitting.data import extract_signals
    from scorer.registry import build_registry

    registry = build_registry(entry_points=False, extra_plugins=[("generic_stylometry", _Plugin())])
    own = extract_signals(data.articles, cache_dir, registry=registry)
    return [
        {k: v for k, v in (flatten_signals(a) | flatten_signals(b)).items() if k.split(".")[0] in STYLOMETRY_SIGNALS}
        for a, b in zip(own, raw_signals, strict=True)
    ]


class _Plugin:
    """The baseline's plugin object (a module-free ``register_signals``)."""

    @hookimpl
    def register_signals(self, register: Callable[[object], None]) -> None:
        register(GenericStylometry())


def stylometry_pipeline(rows: list[dict[str, float]]) -> Any:
    """The baseline's classifier on the features ``rows`` carry: impute → standardise → logistic
    regression (C=1, balanced classes), as the papers fit it."""
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from scorer.features import SignalVectorizer

    names = sorted({k for row in rows for k in row})
    return Pipeline([
        ("vectorize", SignalVectorizer(names)),
        ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)),
    ])
