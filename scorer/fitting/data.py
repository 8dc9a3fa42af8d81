"""Labelled corpora and the signals extracted from them: the inputs of fitting and evaluation.

A labelled corpus is JSONL in the article schema plus ``label`` (``fake``/``credible``, or 1/0).
Records whose text duplicates another (same corpus or another) are dropped before anything is
fitted, so overlapping corpora cannot leak test articles into training. Signals are extracted
once per article through the host, without a model, and cached on disk by text and signal versions.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scorer.contract import Article, flatten_signals
from scorer.errors import ArticleError
from scorer.host import Scorer
from scorer.registry import Registry, build_registry

LABELS: dict[object, int] = {"fake": 1, "credible": 0, "1": 1, "0": 0, 1: 1, 0: 0}


@dataclass
class Labelled:
    """Articles with labels, their corpus and their fold group."""

    articles: list[Article] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    corpus: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


_PAIR = re.compile(r"(fake|legit|real|true)", re.IGNORECASE)


def pair_group(corpus: str, article_id: str) -> str:
    """Fold group of an article: paired corpora name a fake and its credible source alike
    (``biz01.fake.txt`` ↔ ``biz01.legit.txt``), so the pair key is the file name without the label."""
    base = article_id.rsplit("/", 1)[-1]
    return f"{corpus}:{_PAIR.sub('', base)}"


def _text_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:300]


def load_labelled(paths: list[Path]) -> Labelled:
    """Read labelled corpora, dropping empty texts, unknown labels and duplicate texts."""
    data = Labelled()
    seen: set[str] = set()
    for path in paths:
        corpus = path.parent.name if path.name == "articles.jsonl" else path.stem
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                label = LABELS.get(rec.get("label"))
                if label is None:
                    data.dropped["no label"] += 1
                    continue
                text = rec.get("text") or ""
                if not text.strip():
                    data.dropped["empty text"] += 1
                    continue
                key = _text_key(text)
                if key in seen:
                    data.dropped["duplicate text"] += 1
                    continue
                seen.add(key)
                fields = {k: rec.get(k) for k in ("id", "text", "title", "published", "source")}
                try:
                    article = Article.from_dict(fields, default_id=f"{corpus}:{lineno}")
                except ArticleError:
                    fields["published"] = None
                    article = Article.from_dict(fields, default_id=f"{corpus}:{lineno}")
                data.articles.append(article)
                data.y.append(label)
                data.corpus.append(corpus)
                data.groups.append(pair_group(corpus, article.id))
    return data


def warning_features(registry: Registry | None = None) -> set[str]:
    """``signal.feature`` names the registered signals declare as warnings (``warning_features``).

    :param registry: the signals (default: every installed one).
    """
    return {
        f"{info.name}.{feature}"
        for info in (registry if registry is not None else build_registry()).signals
        for feature in getattr(info.signal, "warning_features", ())
    }


def signal_versions(registry: Registry) -> dict[str, str]:
    """Each registered signal's version by name: what a model's features are computed with."""
    return {s.name: s.version for s in registry.signals}


def extract_signals(
    articles: list[Article], cache_dir: Path | None = None, registry: Registry | None = None
) -> list[dict[str, Any]]:
    """Run every registered signal on each article (no model); cached by text and signal versions.

    :param registry: the signals to run (default: every installed one).
    """

    scorer = Scorer(registry=registry, signals_only=True)
    versions = ",".join(f"{name}={version}" for name, version in signal_versions(scorer.registry).items())
    cache: dict[str, dict[str, Any]] = {}
    cache_file = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache_file = cache_dir / f"signals-{hashlib.sha256(versions.encode()).hexdigest()[:12]}.jsonl"
        if cache_file.exists():
            with cache_file.open(encoding="utf-8") as lines:
                for line in lines:
                    row = json.loads(line)
                    cache[row["key"]] = row["signals"]

    def key(a: Article) -> str:
        return hashlib.sha256(f"{a.published}|{a.text}".encode()).hexdigest()

    todo = [a for a in articles if key(a) not in cache]
    if todo:
        sink = cache_file.open("a", encoding="utf-8") if cache_file else None
        for i, result in enumerate(scorer.score_many(todo)):
            cache[key(todo[i])] = result.signals
            if sink:
                sink.write(json.dumps({"key": key(todo[i]), "signals": result.signals}) + "\n")
            if (i + 1) % 250 == 0:
                print(f"  signals: {i + 1}/{len(todo)}", file=sys.stderr)
        if sink:
            sink.close()
    return [cache[key(a)] for a in articles]


#: Features the shipped model does not use, and why (shown in the model card). They are still
#: computed and reported in ``signals``; only the combiner leaves them out.
DEFAULT_EXCLUDE: dict[str, str] = {
    "internal_contradiction.unanchored*": "measures whether the corpus carried publication dates, not the article",
    "internal_contradiction.anchored*": "same: only fa_kes has dates, so this would learn the corpus",
    "internal_contradiction.reference_from_text": "same",
    "internal_contradiction.dateline_offset_days": "compares a dateline with the corpus's (often crawl) date",
    "odd_phrasing.encoding_damage": "garbled characters come from one publisher's crawl (buzzfeed_webis_2016 "
    "README): a confound of the corpus, not the writing",
}


def select_features(signals: list[dict[str, Any]], exclude: Iterable[str]) -> list[dict[str, float]]:
    """Flatten each row of signals and drop the features matching any ``exclude`` glob."""
    patterns = list(exclude)
    keep: dict[str, bool] = {}
    out = []
    for row in signals:
        flat = flatten_signals(row)
        for name in flat:
            if name not in keep:
                keep[name] = not any(fnmatch.fnmatchcase(name, p) for p in patterns)
        out.append({k: v for k, v in flat.items() if keep[k]})
    return out


# --- what enters the combiner: rates and shares, and length only as one declared feature ---------

#: Signals whose features are measures of the writing (rates, shares, scores), never counts.
MEASURE_SIGNALS = ("readability", "style", "length")
#: Name parts that mark a feature as a rate, a share or a mean already.
RATE_MARKS = ("_share", "_per_", "_mean")
#: Integer-valued features that are not counts of things in the text.
NOT_COUNTS = frozenset({"odd_phrasing.typography_as_convention", "internal_contradiction.date_spread_days"})
#: Counts left out of the combiner because a rate or share of the same thing is in it.
HAS_RATE: dict[str, str] = {
    "hedged_sourcing.named": "named_share and named_per_sentence",
    "hedged_sourcing.anonymous": "anonymous_share",
    "hedged_sourcing.vague": "vague_share",
    "hedged_sourcing.attributions": "the shares and per-sentence rates of attributions by kind",
    "hedged_sourcing.hedge_cues": "hedge_cues_per_1k",
    "hedged_sourcing.quotes": "style.quoted_word_share (quotation density) and quotes_named_share",
    "odd_phrasing.findings": "findings_per_1k_words",
    "odd_phrasing.loaded_findings": "loaded_per_1k_words",
}


def is_count(name: str) -> bool:
    """Whether a flat feature counts things in the text (so it grows with length)."""
    signal, _, feature = name.partition(".")
    return (signal not in MEASURE_SIGNALS and name not in NOT_COUNTS
            and not any(mark in feature for mark in RATE_MARKS))


@dataclass
class CombinerColumns:
    """The combiner's columns: features as they are, rates derived from counts, and what was left out."""

    features: list[str]
    rates: dict[str, str]
    left_out: dict[str, str]
    warnings: set[str]


def combiner_columns(
    signals: list[dict[str, Any]], warnings: Iterable[str] = (), length: bool = True
) -> CombinerColumns:
    """Choose the combiner's columns from flat signals (after exclusions): every count becomes a rate per
    1,000 words (``<count>_per_1k_words``) unless a rate of the same thing exists (:data:`HAS_RATE`: then
    it is left out); length enters only as ``length.log_words`` (left out with ``length=False``).

    :param warnings: declared warning features; the rate of a warning count is a warning too.
    """
    from scorer.scoring_model import RATE_SUFFIX, WORDS_FEATURE

    declared = set(warnings)
    names = sorted({k for row in signals for k in flatten_signals(row)})
    features: list[str] = []
    rates: dict[str, str] = {}
    left_out: dict[str, str] = {}
    warn: set[str] = set()
    for name in names:
        if name == WORDS_FEATURE:
            if length:
                features.append(name)
            else:
                left_out[name] = "the model without the length feature (--no-length)"
            continue
        if name.startswith("length."):
            left_out[name] = f"length enters only as {WORDS_FEATURE}"
            continue
        if name in HAS_RATE:
            left_out[name] = f"a count; the combiner uses {HAS_RATE[name]}"
            continue
        if is_count(name):
            rate = name + RATE_SUFFIX
            rates[rate] = name
            features.append(rate)
            if name in declared:
                warn.add(rate)
            continue
        features.append(name)
        if name in declared:
            warn.add(name)
    return CombinerColumns(sorted(features), rates, left_out, warn)
