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
from scorer.registry import build_registry

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


def warning_features() -> set[str]:
    """``signal.feature`` names the registered signals declare as warnings (``warning_features``)."""

    return {
        f"{info.name}.{feature}"
        for info in build_registry().signals
        for feature in getattr(info.signal, "warning_features", ())
    }


def extract_signals(articles: list[Article], cache_dir: Path | None = None) -> list[dict[str, Any]]:
    """Run every registered signal on each article (no model); cached by text and signal versions."""

    scorer = Scorer(signals_only=True)
    versions = ",".join(f"{s.name}={s.version}" for s in scorer.registry.signals)
    cache: dict[str, dict[str, Any]] = {}
    cache_file = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        cache_file = cache_dir / f"signals-{hashlib.sha256(versions.encode()).hexdigest()[:12]}.jsonl"
        if cache_file.exists():
            for line in cache_file.open(encoding="utf-8"):
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
