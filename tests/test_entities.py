"""Entities on demand match a full NER pass, and run only where they are read."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scorer.entities import defer_ner, ensure_entities, entities_in, has_deferred_ner, prefetch_entities
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


OTHER = (
    "Rain fell on Tuesday. "
    "Marcus Hale, a spokesman for Brightwater Energy, said the plant in Ohio would close. "
    "Prices rose."
)


def _count_ner_calls(monkeypatch):
    import scorer.entities as entities

    calls: list[int] = []
    real = entities._run_ner

    def counting(ner, work, batch_size=entities.NER_BATCH):
        calls.append(sum(len(sents) for _, _, sents in work))
        real(ner, work, batch_size)

    monkeypatch.setattr(entities, "_run_ner", counting)
    return calls


def test_prefetch_across_docs_equals_full_ner_and_runs_once(nlp, monkeypatch):
    calls = _count_ner_calls(monkeypatch)
    lazy = [nlp(t, disable=["ner"]) for t in (TEXT, OTHER)]
    for doc in lazy:
        defer_ner(doc, nlp)
    second = [list(doc.sents)[1] for doc in lazy]
    assert prefetch_entities([(doc, [s]) for doc, s in zip(lazy, second, strict=True)]) == 2
    assert calls == [2]  # one NER run for both documents
    for doc, sent in zip(lazy, second, strict=True):
        full = nlp(doc.text)
        assert [t._.entity for t in sent] == [t.ent_type_ for t in full[sent.start : sent.end]]
    assert calls == [2]  # the reads above cost nothing more
    assert prefetch_entities([(doc, [s]) for doc, s in zip(lazy, second, strict=True)]) == 0


def test_a_covered_sentence_without_entities_is_not_run_again(nlp, monkeypatch):
    calls = _count_ner_calls(monkeypatch)
    doc = nlp(OTHER, disable=["ner"])
    defer_ner(doc, nlp)
    last = list(doc.sents)[2]
    assert [t._.entity for t in last] == ["", "", ""]
    assert all(t.ent_iob_ == "O" for t in last)  # marked as looked at
    assert [t._.entity for t in last] == ["", "", ""]
    assert calls == [1]


def test_prefetch_skips_docs_parsed_with_ner(nlp):
    doc = nlp(TEXT)
    assert not has_deferred_ner(doc)
    assert prefetch_entities([(doc, [doc[:]])]) == 0


@pytest.mark.slow
def test_the_host_registers_the_entity_extension_and_importing_registers_nothing():
    code = (
        "from spacy.tokens import Token\n"
        "import scorer.entities, misinfo_scorer_plugins.hedged_sourcing\n"
        "assert not Token.has_extension('entity'), 'registered by an import'\n"
        "from scorer.registry import build_registry\n"
        "build_registry(entry_points=False)\n"
        "assert Token.has_extension('entity'), 'not registered by the host'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)
