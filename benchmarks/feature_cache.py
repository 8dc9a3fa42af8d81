"""Signal features of labelled articles, computed once and cached on disk, in up to N processes.

The cache is the one ``misinfo-scorer train --cache DIR`` keeps (``scorer.fitting.data.extract_signals``):
one JSONL file per set of signal versions, ``signals-<hash>.jsonl``, one ``{"key", "signals"}`` row per
article, keyed by the SHA-256 of ``published|text``. What this module adds for the experiments:

- a chosen subset of the registered plugins (entry-point names), plus plugins the benchmark itself
  registers (the generic-stylometry baseline), so each group of signals is cached on its own and a new
  version of one signal does not recompute the others;
- work split over processes (each writes its own ``.partN`` file as it goes, so an interrupted run
  keeps what it computed; the next run reads the parts back).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scorer.contract import Article
    from scorer.registry import Registry


def article_key(article: Article) -> str:
    """The cache key ``scorer.fitting.data.extract_signals`` uses: SHA-256 of ``published|text``."""
    return hashlib.sha256(f"{article.published}|{article.text}".encode()).hexdigest()


def build(plugins: Sequence[str], extra: Sequence[str] = ()) -> Registry:
    """A registry holding only the entry-point plugins named in ``plugins`` and the modules in ``extra``
    (each imported and registered as a plugin under its module name)."""
    from scorer.registry import build_registry

    previous = os.environ.get("MISINFO_SCORER_LOAD_PLUGINS")
    os.environ["MISINFO_SCORER_LOAD_PLUGINS"] = ",".join(plugins)
    try:
        return build_registry(extra_plugins=[(m, importlib.import_module(m)) for m in extra])
    finally:
        if previous is None:
            del os.environ["MISINFO_SCORER_LOAD_PLUGINS"]
        else:
            os.environ["MISINFO_SCORER_LOAD_PLUGINS"] = previous


def cache_file(cache_dir: Path, registry: Registry) -> Path:
    """``signals-<hash of the signal versions>.jsonl``, named as ``extract_signals`` names it."""
    versions = ",".join(f"{s.name}={s.version}" for s in registry.signals)
    return cache_dir / f"signals-{hashlib.sha256(versions.encode()).hexdigest()[:12]}.jsonl"


def _read(path: Path, into: dict[str, Any]) -> None:
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:  # a line cut short by an interrupted run
                    continue
                into[row["key"]] = row["signals"]


def _worker(args: tuple[list[Article], list[str], list[str], str]) -> int:
    articles, plugins, extra, part = args
    from scorer.host import Scorer

    scorer = Scorer(registry=build(plugins, extra), model=False)
    with open(part, "a", encoding="utf-8") as sink:
        for i, result in enumerate(scorer.score_many(articles)):
            sink.write(json.dumps({"key": article_key(articles[i]), "signals": result.signals}) + "\n")
            sink.flush()
            if (i + 1) % 250 == 0:
                print(f"  {Path(part).name}: {i + 1}/{len(articles)}", file=sys.stderr)
    return len(articles)


def cached_signals(
    articles: Sequence[Article], cache_dir: Path, plugins: Sequence[str], extra: Sequence[str] = (),
    processes: int = 1, compute: bool = True,
) -> list[dict[str, Any] | None]:
    """Each article's signals from ``plugins`` (entry-point names) and ``extra`` (modules), cached.

    :param processes: worker processes for the articles not cached yet (each loads spaCy once).
    :param compute: False to read the cache only (None for an article not in it), e.g. while
        another run is still filling it.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    registry = build(plugins, extra)
    missing = set(plugins) - set(registry.origins)
    if missing:
        raise SystemExit(f"plugins not installed: {sorted(missing)} (pip install --no-deps -e .)")
    main = cache_file(cache_dir, registry)
    cache: dict[str, Any] = {}
    _read(main, cache)
    parts = sorted(cache_dir.glob(main.stem + ".part*.jsonl"))
    for part in parts:
        _read(part, cache)
    todo: list[Article] = []
    seen: set[str] = set()
    for a in articles:
        k = article_key(a)
        if k not in cache and k not in seen:
            seen.add(k)
            todo.append(a)
    if not compute:
        return [cache.get(article_key(a)) for a in articles]
    if todo:
        names = ", ".join(s.name for s in registry.signals)
        print(f"computing {names} for {len(todo)} articles in {processes} process(es) -> {main}", file=sys.stderr)
        shards = [todo[i::processes] for i in range(processes)]
        jobs = [(shard, list(plugins), list(extra), str(main.with_suffix(f".part{i}.jsonl")))
                for i, shard in enumerate(shards) if shard]
        if len(jobs) == 1:
            _worker(jobs[0])
        else:
            with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
                pool.map(_worker, jobs)
        for part in sorted(cache_dir.glob(main.stem + ".part*.jsonl")):
            _read(part, cache)
    # fold the parts into the main file, so the cache is what `train --cache` would read
    parts = sorted(cache_dir.glob(main.stem + ".part*.jsonl"))
    if parts:
        known: dict[str, Any] = {}
        _read(main, known)
        with main.open("a", encoding="utf-8") as sink:
            for key, signals in cache.items():
                if key not in known:
                    sink.write(json.dumps({"key": key, "signals": signals}) + "\n")
        for part in parts:
            part.unlink()
    return [cache[article_key(a)] for a in articles]
