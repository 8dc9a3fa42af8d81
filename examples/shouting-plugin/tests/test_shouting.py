"""The example plugin's own tests: its signal run through the real misinfo-scorer host."""

from misinfo_scorer_shouting import Shouting

from scorer import Article

TEXT = "The MINISTRY said on Monday that the plan was VERY popular with voters across the country."


def test_words_in_capitals_are_findings(run_signal):
    result = run_signal(Shouting(), TEXT)
    assert [f.text for f in result.findings] == ["MINISTRY", "VERY"]
    assert result.features["caps_words"] == 2


def test_the_host_keeps_the_findings_and_features(signal_host):
    result = signal_host(Shouting()).score(Article(id="a", text=TEXT))
    assert result.errors == [] and result.score is None  # no model: signals only
    assert {f.signal for f in result.findings} == {"shouting"}
    assert result.signals["shouting"]["caps_words"] == 2
