"""Entities on demand match a full NER pass, and run only where they are read."""

from __future__ import annotations

from scorer.entities import defer_ner, ensure_entities, entities_in
from scorer.host import skippable_components

TEXT = (
    "The weather was mild and the streets were quiet all week. "
    "Denise Okafor, the chair of the Port Calder Water Authority, said on Monday that reserves were low. "
    "Nobody expected the river to rise again so soon."
)


def test_lazy_labels_equal_full_ner(nlp):
    full = nlp(TEXT)
    lazy = nlp(TEXT, disable=["ner"])
    defer_ner(lazy, nlp)
    assert [t._.entity for t in lazy] == [t.ent_type_ for t in full]
    assert [(e.text, e.label_) for e in lazy.ents] == [(e.text, e.label_) for e in full.ents]


def test_ner_runs_only_on_the_sentences_read(nlp):
    doc = nlp(TEXT, disable=["ner"])
    defer_ner(doc, nlp)
    first, second, third = doc.sents
    assert [e.text for e in entities_in(second)][:2] == ["Denise Okafor", "the Port Calder Water Authority"]
    assert all(t.ent_iob == 0 for t in first) and all(t.ent_iob == 0 for t in third)  # never looked at


def test_after_full_ner_nothing_more_runs(nlp):
    doc = nlp(TEXT)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    ensure_entities(doc, [doc[:]])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_ner_is_skipped_only_when_every_signal_can_do_without_it():
    class Lazy:
        requires = ("parser",)

    class Full:
        requires = ("parser", "ner")

    class Undeclared:
        pass

    assert skippable_components([Lazy(), Lazy()]) == ("ner",)
    assert skippable_components([Lazy(), Full()]) == ()
    assert skippable_components([Lazy(), Undeclared()]) == ()
