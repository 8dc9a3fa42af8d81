"""The host: article → one spaCy parse → signals → features → score → Result.

``Scorer`` is the one object every front end (CLI, service, archive runner) drives::

    from scorer.host import Scorer
    scorer = Scorer()
    result = scorer.score(Article(id="a1", text="...", published="2024-07-15"))
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from scorer.contract import Article, PluginError, Result
from scorer.drift import Drift, trained_versions, version_drift
from scorer.entities import defer_ner, has_deferred_ner, prefetch_entities
from scorer.language import declares_english, detect_language
from scorer.model import load_for_scoring
from scorer.neutral_features import NeutralFeatures
from scorer.nlp import load_pipeline
from scorer.readers import Record, RecordError, to_article
from scorer.registry import Registry, build_registry
from scorer.runner import DEFAULT_BUDGET, SignalOutcome, SignalRunner
from scorer.scoring_model import ScoringModel

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
#: Version-drift warnings already logged in this process.
_WARNED: set[str] = set()

#: Texts handed to ``nlp.pipe`` at once. Measured on 120 news articles: batch 8 peaks at 467 MiB,
#: 16 at 558 MiB, 32 at 716 MiB, with no loss of speed at 8 (benchmarks/throughput.py).
PIPE_BATCH = 8


def skippable_components(signals: Iterable[object]) -> tuple[str, ...]:
    """Pipeline components the main parse may skip: today only NER, when every signal declares
    ``requires`` without it (such signals read entities through ``token._.entity``, on demand)."""
    signals = list(signals)
    if not signals:
        return ("ner",)
    for signal in signals:
        requires = getattr(signal, "requires", None)
        if requires is None or "ner" in requires:
            return ()
    return ("ner",)


class Scorer:
    """Scores articles with the registered signals and the combiner model.

    :param registry: loaded plugins; default: every plugin in the entry-point group.
    :param model: a loaded model (``CombinerModel``, ``CompiledModel``: any ``ScoringModel``), a ``.skops``
        file to load (scored from its compiled form when that matches), or None for the shipped model.
        A file that cannot be loaded is reported in every result's ``errors``; the signals still run.
    :param nlp: a spaCy pipeline; default: the shared English pipeline, loaded once per process.
    :param budget: seconds each signal may take per article.
    :param bands: thresholds overriding the model's own, highest first: ``((0.7, "high"), ...)``.
    :param base_rate: the share of misinformation expected among the articles scored here; scores and
        band thresholds move from the training mix to it (prior shift, ``for_base_rate``), so each band
        keeps the false-positive rate the model card gives. None keeps the training mix.
    :param signals_only: load no model at all: results carry signals, findings and features, ``score``
        stays null and no error is reported (training and plugin tests score this way).
    :param neutral_features: model features this deployment sets aside (``scorer.neutral_features``): each
        contributes 0, as if at the training average; for a house style such as headlines in title case.
    :raises ValueError: ``base_rate`` is not strictly between 0 and 1, or the model does not record its own;
        or a ``model`` is given with ``signals_only``; or a neutral feature is not one of the model's.
    """

    def __init__(
        self,
        registry: Registry | None = None,
        model: ScoringModel | str | Path | None = None,
        nlp: Language | None = None,
        budget: float = DEFAULT_BUDGET,
        bands: tuple[tuple[float, str], ...] | None = None,
        base_rate: float | None = None,
        *,
        signals_only: bool = False,
        neutral_features: Iterable[str] = (),
    ) -> None:
        self.registry = registry if registry is not None else build_registry()
        self.runner = SignalRunner(self.registry.signals, budget=budget)
        #: spaCy components no signal reads in the main pass (NER then runs per sentence, on demand)
        self.skipped_components: tuple[str, ...] = skippable_components(s.signal for s in self.registry.signals)
        self._nlp = nlp
        self.bands = bands
        self.model_error: str | None = None
        self.model: ScoringModel | None = None
        if signals_only:
            if model is not None:
                raise ValueError("signals_only scores without a model; do not pass one")
        elif model is None or isinstance(model, (str, Path)):
            try:
                self.model = load_for_scoring(model)
            except Exception as exc:  # reported on every result rather than refusing to start
                self.model_error = f"model could not be loaded: {exc}"
        else:
            self.model = model
        if base_rate is not None and self.model is not None:
            self.model = self.model.for_base_rate(base_rate)  # a bad rate is a setup error: raise
        neutral = frozenset(neutral_features)
        if neutral and self.model is not None:
            self.model = NeutralFeatures(self.model, neutral)  # an unknown name is a setup error: raise
        #: signals installed at other versions than the model was trained with (``scorer.drift``)
        self.drift: list[Drift] = version_drift(
            trained_versions(self.model), {s.name: s.version for s in self.registry.signals}
        ) if self.model is not None else []
        for drift in self.drift:
            message = drift.message()
            if message not in _WARNED:  # once per process, however many scorers a pool builds
                _WARNED.add(message)
                log.warning("%s", message)

    def close(self) -> None:
        """Release the thread the signals run on (scoring again starts a new one)."""
        self.runner.close()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline()
        return self._nlp

    # -- one article -----------------------------------------------------------------------------

    def score(self, article: Article) -> Result:
        """Score one article. Never raises for a bad article: the reason goes in ``errors``."""
        return next(self.score_many([article]))

    def score_many(self, articles: Iterable[Article | Record]) -> Iterator[Result]:
        """Score articles in order, parsing them in batches; one Result per item, always.

        Raw records from ``scorer.readers`` become Articles here; a record that is not a valid
        article, or a ``RecordError``, yields an error result in its place.
        """
        batch: list[Article | RecordError] = []
        for item in articles:
            batch.append(to_article(item))
            if len(batch) >= PIPE_BATCH:
                yield from self._score_batch(batch)
                batch = []
        if batch:
            yield from self._score_batch(batch)

    def _score_batch(self, batch: list[Article | RecordError]) -> Iterator[Result]:
        refusals = [self._refusal(a) for a in batch]
        # a record error is always refused, so what is kept is an Article
        kept = [a for a, r in zip(batch, refusals, strict=True) if r is None and isinstance(a, Article)]
        parsed = self._parse([a.text for a in kept])
        hint_errors = self._prefetch_entities(kept, parsed)
        docs = iter(zip(parsed, hint_errors, strict=True))
        for article, refusal in zip(batch, refusals, strict=True):
            if refusal is not None:
                yield refusal
                continue
            assert isinstance(article, Article)
            doc, errors = next(docs)
            if isinstance(doc, Exception):
                yield Result.failed(article.id, "parse", f"spaCy failed: {doc!r}", article.meta)
            else:
                yield self._score_parsed(article, doc, errors)

    def _prefetch_entities(self, articles: list[Article], docs: list[Doc | Exception]) -> list[list[PluginError]]:
        """Run NER once for the whole batch over the sentences signals say they will read.

        Only for Docs parsed without NER; returns each article's ``entity_sentences`` errors.
        """
        errors: list[list[PluginError]] = [[] for _ in docs]
        requests = []
        for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
            if isinstance(doc, Exception) or not has_deferred_ner(doc):
                continue
            spans, errors[i] = self.runner.entity_requests(article, doc)
            requests.append((doc, spans))
        prefetch_entities(requests)
        return errors

    def _parse(self, texts: list[str]) -> list[Doc | Exception]:
        """Parse a batch with ``nlp.pipe``; if that fails, parse one by one so only the bad text fails."""
        skip = [c for c in self.skipped_components if c in self.nlp.pipe_names]
        try:
            docs: list[Doc | Exception] = list(self.nlp.pipe(texts, batch_size=PIPE_BATCH, disable=skip))
        except Exception:
            log.warning("batch parse failed; parsing its %d texts one by one", len(texts))
            docs = []
            for text in texts:
                try:
                    docs.append(self.nlp(text, disable=skip))
                except Exception as exc:
                    docs.append(exc)
        if "ner" in skip:
            for doc in docs:
                if not isinstance(doc, Exception):
                    defer_ner(doc, self.nlp)
        return docs

    def _refusal(self, article: Article | RecordError) -> Result | None:
        """A result for an article the English signals must not score, or None to go on."""
        if isinstance(article, RecordError):
            return Result.failed(article.id, "input", article.error, article.meta)
        if not article.text.strip():
            return Result.failed(article.id, "input", "the article text is empty", article.meta)
        if not any(ch.isalpha() for ch in article.text):
            no_words = "the article text holds no words (no letters at all)"
            return Result.failed(article.id, "input", no_words, article.meta)
        declared = (article.language or "").strip()
        if declared and not declares_english(declared):
            return Result.failed(
                article.id,
                "language",
                f"the article is declared as {article.language!r}; the signals and model are English only",
                article.meta,
            )
        if not declared:
            detected = detect_language(article.text)
            if detected is not None and detected != "en":
                return Result.failed(
                    article.id,
                    "language",
                    "the article does not look like English (too few English function words); "
                    "set 'language' to 'en' to score it anyway",
                    article.meta,
                )
        return None

    def signals_for(self, article: Article, doc: Doc) -> SignalOutcome:
        """Run every signal on one parsed article (no model): features, findings, errors."""
        outcome = self.runner.run(article, doc)
        outcome.errors[:0] = self.registry.load_errors
        return outcome

    def _score_parsed(self, article: Article, doc: Doc, early_errors: Iterable[PluginError] = ()) -> Result:
        outcome = self.signals_for(article, doc)
        outcome.errors[len(self.registry.load_errors) : len(self.registry.load_errors)] = early_errors
        result = Result(
            id=article.id,
            findings=sorted(outcome.findings, key=lambda f: (f.start, f.end, f.signal)),
            signals=outcome.features,
            errors=list(outcome.errors),
            meta={**article.meta, "notes": outcome.notes} if outcome.notes else article.meta,
            text=article.text if article.from_html else None,
            title=article.title if article.from_html else None,
        )
        if self.model is None:
            if self.model_error:
                result.errors.append(PluginError("model", self.model_error))
            return result
        try:
            explained = self.model.explain(outcome.features)
        except Exception as exc:
            result.errors.append(PluginError("model", f"scoring failed: {exc!r}"))
            return result
        result.score = explained.score
        result.band = self.model.band(explained.score, self.bands)
        result.contributions = explained.contributions
        result.model = self.model.info()
        return result
