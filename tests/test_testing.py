"""scorer.testing runs a signal through the real host: what the host refuses fails the test."""

from __future__ import annotations

import pytest
from plugin_examples import BadHint, BadOffsets, Crashing, PersonReader, Shouting

from scorer import Finding, SignalResult
from scorer.testing import SignalError, host_for, run_signal

TEXT = "The MINISTRY said on Monday that the plan was VERY popular with voters across the country."


def test_findings_come_back_anchored_by_the_host():
    result = run_signal(Shouting(), TEXT)
    assert [(f.signal, f.text) for f in result.findings] == [("shouting", "MINISTRY"), ("shouting", "VERY")]
    assert result.features == {"caps_words": 2.0}


@pytest.mark.parametrize(("signal", "reason"), [
    (BadOffsets(), "finding refused"),
    (Crashing(), "RuntimeError: boom"),
    (BadHint(), "entity_sentences ValueError: no idea"),
])
def test_whatever_the_host_would_report_fails_the_test(signal, reason):
    with pytest.raises(SignalError, match=reason):
        run_signal(signal, TEXT)


def test_a_non_finite_feature_fails_the_test():
    class NotFinite:
        name = "not_finite"
        version = "0.1"

        def compute(self, article, doc):
            return SignalResult(features={"ratio": float("inf")})

    with pytest.raises(SignalError, match="not a finite number"):
        run_signal(NotFinite(), TEXT)


def test_a_refused_article_fails_the_test():
    with pytest.raises(SignalError, match="empty"):
        run_signal(Shouting(), "   ")


def test_entity_labels_come_through_the_hosts_deferred_ner():
    text = "Denise Okafor, the chair of the water authority, said on Monday that reserves were low."
    assert run_signal(PersonReader(), text).features == {"person_tokens": 2.0}


def test_notes_are_the_hosts():
    class Noting:
        name = "noting"
        version = "0.1"

        def compute(self, article, doc):
            return SignalResult(features={}, notes=["no date to check against"])

    assert run_signal(Noting(), TEXT).notes == ["no date to check against"]


def test_a_signal_without_a_version_cannot_register():
    class Nameless:
        name = "nameless"

        def compute(self, article, doc):
            return SignalResult()

    with pytest.raises(SignalError, match="version"):
        host_for(Nameless())


def test_fixtures_for_plugin_authors(run_signal, signal_host):
    from scorer import Article

    assert [f.text for f in run_signal(Shouting(), TEXT).findings] == ["MINISTRY", "VERY"]
    result = signal_host(Shouting()).score(Article(id="a", text=TEXT))
    assert result.score is None and result.errors == [] and result.signals == {"shouting": {"caps_words": 2.0}}


def test_a_finding_is_checked_exactly_as_the_host_checks_it():
    class Offset:
        name = "offset"
        version = "0.1"

        def compute(self, article, doc):
            return SignalResult(findings=[Finding(start=4, end=12, message="m", text="MINISTRY ")])

    with pytest.raises(SignalError, match="does not match"):
        run_signal(Offset(), TEXT)
