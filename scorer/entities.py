"""Named entities on demand: NER runs only on the sentences a signal asks about.

NER is about half of the English pipeline's cost per article, but the built-in signals need entity
labels in a few sentences only (an attribution's source, a date, a number before a noun). When no
registered signal declares ``"ner"`` in its ``requires``, the host parses without NER and signals
read labels through ``token._.entity``: the first read in a sentence runs the pipeline's own NER
component over that sentence (a copy of its words, with NER's own tok2vec) and writes the entities
back into the shared Doc. It is still one parse: the same component, the same Doc, never twice.

On-demand reads cost about twice as much per sentence as NER batched over many sentences, so
signals may also say up front which sentences they will read (``entity_sentences``); the host then
calls :func:`prefetch_entities` once for a whole parse batch.

When NER did run over the whole Doc, ``token._.entity`` is simply ``token.ent_type_``.

``Token._.entity`` is public API for signals. The host registers it (:func:`install`) before it
loads any plugin and whenever it loads a pipeline, so a plugin reads it without importing this
module; importing it registers nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from spacy.language import Language

_KEY = "misinfo_scorer.lazy_ner"

#: Sentences handed to the NER component at once when prefetching (beyond 64 only memory grows).
NER_BATCH = 64


class _LazyNER:
    """Per-Doc state: the NER component and the sentences it has covered."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.done: set[int] = set()

    def todo(self, sentences: Iterable[Span]) -> list[Span]:
        """The sentences among ``sentences`` NER has not covered yet (each once)."""
        seen: set[int] = set()
        out = []
        for s in sentences:
            if s.start not in self.done and s.start not in seen and len(s):
                seen.add(s.start)
                out.append(s)
        return out

    def ensure(self, doc: Doc, sentences: Iterable[Span]) -> None:
        todo = self.todo(sentences)
        if todo:
            _run_ner(self.ner, [(doc, self, todo)])


def _words_doc(span: Span) -> Doc:
    """A bare copy of a span's words: all the NER component reads (its own tok2vec embeds the
    lexical attributes), and ten times cheaper to build than ``Span.as_doc``."""
    return Doc(span.doc.vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span])


def _run_ner(ner: Any, work: list[tuple[Doc, _LazyNER, list[Span]]], batch_size: int = NER_BATCH) -> None:
    """Run NER over every listed sentence in one ``pipe`` call and write the entities back."""
    flat = [(doc, state, sent) for doc, state, sents in work for sent in sents]
    sdocs = ner.pipe((_words_doc(sent) for _, _, sent in flat), batch_size=batch_size)
    per_doc: dict[int, tuple[Doc, list[Span], list[Span]]] = {}
    for (doc, state, sent), sdoc in zip(flat, sdocs, strict=True):
        state.done.add(sent.start)
        _, ents, outside = per_doc.setdefault(id(doc), (doc, [], []))
        inside: set[int] = set()
        for e in sdoc.ents:
            ents.append(Span(doc, sent.start + e.start, sent.start + e.end, label=e.label))
            inside.update(range(sent.start + e.start, sent.start + e.end))
        # the rest of a covered sentence reads as "looked at, outside" (O) rather than "never
        # looked at", so a later read there returns at once instead of looking for its sentence
        outside.extend(doc[i : i + 1] for i in range(sent.start, sent.end) if i not in inside)
    for doc, ents, outside in per_doc.values():
        doc.set_ents(ents, outside=outside, default="unmodified")


def _sentences_of(doc: Doc, spans: Iterable[Span]) -> list[Span]:
    if not doc.has_annotation("SENT_START"):
        return [doc[:]]
    sentences: dict[int, Span] = {}
    for span in spans:
        for sent in span.sents:  # type: ignore[attr-defined]  # Span.sents exists; spaCy's stub omits it
            sentences.setdefault(sent.start, sent)
    return list(sentences.values())


def _entity(token: Token) -> str:
    if token.ent_iob:  # NER has labelled this token already (0 means "not looked at")
        return token.ent_type_
    ensure_entities(token.doc, [token.sent] if token.doc.has_annotation("SENT_START") else [token.doc[:]])
    return token.ent_type_


def install() -> None:
    """Register ``Token._.entity`` (idempotent). The host calls it before loading plugins
    (``scorer.registry.build_registry``) and pipelines (``scorer.nlp.load_pipeline``)."""
    if not Token.has_extension("entity"):
        Token.set_extension("entity", getter=_entity)


def defer_ner(doc: Doc, nlp: Language) -> None:
    """Mark a Doc parsed without NER, so entity reads run NER sentence by sentence."""
    doc.user_data[_KEY] = _LazyNER(nlp.get_pipe("ner"))


def has_deferred_ner(doc: Doc) -> bool:
    """Whether ``doc`` was parsed without NER (entity labels come on demand)."""
    return _KEY in doc.user_data


def ensure_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Make sure entity labels are set in the sentences covering ``spans`` (a no-op after full NER).

    Calling it once with every sentence a signal will look at batches the NER work.
    """
    state = doc.user_data.get(_KEY)
    if state is None:
        return
    state.ensure(doc, _sentences_of(doc, spans))


def prefetch_entities(requests: Iterable[tuple[Doc, Iterable[Span]]]) -> int:
    """Run NER once over the sentences covering each ``(doc, spans)`` pair, across many Docs.

    The host calls this for a parse batch with the spans signals declared through
    ``entity_sentences``; later reads of those sentences cost nothing. Docs parsed with NER are
    skipped. Returns the number of sentences NER ran on.
    """
    work: list[tuple[Doc, _LazyNER, list[Span]]] = []
    ner = None
    for doc, spans in requests:
        state = doc.user_data.get(_KEY)
        if state is None:
            continue
        todo = state.todo(_sentences_of(doc, spans))
        if todo:
            work.append((doc, state, todo))
            ner = state.ner
    if not work:
        return 0
    _run_ner(ner, work)
    return sum(len(sents) for _, _, sents in work)


def entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, running NER over its sentences first if needed."""
    ensure_entities(span.doc, [span])
    return [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end]
