"""Named entities on demand: NER runs only on the sentences a signal asks about.

NER is about half of the English pipeline's cost per article, but the built-in signals need entity
labels in a few sentences only (an attribution's source, a date, a number before a noun). When no
registered signal declares ``"ner"`` in its ``requires``, the host parses without NER and signals
read labels through ``token._.entity``: the first read in a sentence runs the pipeline's own NER
component over that sentence (a copy of its tokens, with its own tok2vec) and writes the entities
back into the shared Doc. It is still one parse: the same component, the same Doc, never twice.

When NER did run over the whole Doc, ``token._.entity`` is simply ``token.ent_type_``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from spacy.language import Language

_KEY = "misinfo_scorer.lazy_ner"


class _LazyNER:
    """Per-Doc state: the NER component and the sentences it has covered."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        self.done: set[int] = set()

    def ensure(self, doc: Doc, sentences: Iterable[Span]) -> None:
        todo = [s for s in sentences if s.start not in self.done and len(s)]
        if not todo:
            return
        ents: list[Span] = []
        for sent, sdoc in zip(todo, self.ner.pipe([s.as_doc() for s in todo]), strict=True):
            self.done.add(sent.start)
            ents.extend(Span(doc, sent.start + e.start, sent.start + e.end, label=e.label) for e in sdoc.ents)
        doc.set_ents(ents, default="unmodified")


def _entity(token: Token) -> str:
    if token.ent_iob:  # NER has labelled this token already (0 means "not looked at")
        return token.ent_type_
    ensure_entities(token.doc, [token.sent] if token.doc.has_annotation("SENT_START") else [token.doc[:]])
    return token.ent_type_


def install() -> None:
    """Register ``Token._.entity`` (idempotent)."""
    if not Token.has_extension("entity"):
        Token.set_extension("entity", getter=_entity)


def defer_ner(doc: Doc, nlp: Language) -> None:
    """Mark a Doc parsed without NER, so entity reads run NER sentence by sentence."""
    doc.user_data[_KEY] = _LazyNER(nlp.get_pipe("ner"))


def ensure_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Make sure entity labels are set in the sentences covering ``spans`` (a no-op after full NER).

    Calling it once with every sentence a signal will look at batches the NER work.
    """
    state = doc.user_data.get(_KEY)
    if state is None:
        return
    sentences: dict[int, Span] = {}
    for span in spans:
        for sent in (span.sents if doc.has_annotation("SENT_START") else [doc[:]]):  # type: ignore[attr-defined]
            sentences.setdefault(sent.start, sent)
    state.ensure(doc, sentences.values())


def entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, running NER over its sentences first if needed."""
    ensure_entities(span.doc, [span])
    return [e for e in span.doc.ents if e.start >= span.start and e.end <= span.end]


install()
