"""style: readable rates and shares from the shared Doc, VADER offline, nothing that grows with length.

Sentences are quoted from real articles of the BuzzFeed-Webis 2016 corpus (ids given beside them)."""

from __future__ import annotations

import math
import socket
import subprocess
import sys

import pytest
from misinfo_scorer_plugins import length as length_plugin
from misinfo_scorer_plugins.style import Style, register_signals
from misinfo_scorer_plugins.style.diversity import MTLD_MIN_WORDS, mtld
from misinfo_scorer_plugins.style.profile import profile_features
from misinfo_scorer_plugins.style.sentiment import CHUNK_WORDS, analyzer, sentence_sentiment
from misinfo_scorer_plugins.style.title import clickbait_cues

from scorer.testing import run_signal

# buzzfeed_webis_2016:0744 (fake, eagle-rising)
FIRST_AND_SECOND = "I think you get the point by now…Donald crushed Hillary in last night’s debate!"
# buzzfeed_webis_2016:0020 (credible, abc): a whole sentence in quotation marks
QUOTED_WE = ("“We are grateful for their willingness to moderate, and confident that the public will learn "
             "more about the candidates and the issues as a result.”")
# buzzfeed_webis_2016:0195 (fake, addicting-info)
SHOUTED = "Hillary made the PERSONAL decision to stay with her husband, as many women do, after he had an affair."
# buzzfeed_webis_2016 (credible): an acronym in capitals is not shouting
ACRONYM = ("The address of a home searched by FBI agents in Elizabeth this morning is linked to a person with "
           "a similar name.")
# buzzfeed_webis_2016:0062 (credible, abc): the first quotation is never closed (its paragraph break was lost)
UNCLOSED = ('"She stopped there that day to try and help somebody. Things didn\'t go the way they should have. '
            'He continued, "Her actions were objectively reasonable, and she did what she had been trained to do. '
            'I don’t think criminal charges would be justified in this scenario." Wood did not immediately '
            "respond to ABC News' request for comment today.")
# buzzfeed_webis_2016 (credible, politico): a dateline's "PM", "CET" and "BY" are not shouting
DATELINE = ("11/19/16, 1:55 PM CET BY Sarah Wheaton Alumni of the Obama White House spent days mourning "
            "Trump’s win.")
# buzzfeed_webis_2016:0022 (credible, abc)
SPOKESMAN = ("Hillary Clinton’s traveling spokesman, Nick Merrill, retweeted Trump, saying, “This is disgusting.”")


@pytest.fixture(scope="module")
def style() -> Style:
    return Style()


def features(style: Style, text: str, title: str | None = None) -> dict[str, float]:
    return run_signal(style, text, title=title).features


def test_vader_reads_its_packaged_lexicon_without_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple] = []

    def no_socket(*args: object, **kwargs: object) -> socket.socket:
        opened.append(args)
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", no_socket)
    analyzer.cache_clear()
    scores = sentence_sentiment(["This is disgusting.", "We are grateful for their willingness to moderate."])
    assert scores["negative_sentence_share"] == 0.5
    assert scores["positive_sentence_share"] == 0.5
    assert opened == []


def test_importing_the_plugin_imports_no_network_library() -> None:
    code = ("import sys, misinfo_scorer_plugins.style as s; s.analyzer();"
            "bad = [m for m in ('requests', 'nltk', 'urllib3') if m in sys.modules]; assert not bad, bad")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_voice_counts_the_writer_not_the_people_quoted(style: Style) -> None:
    f = features(style, f"{FIRST_AND_SECOND} {QUOTED_WE}")
    assert f["first_person_singular_per_1k"] > 0  # "I think"
    assert f["second_person_per_1k"] > 0  # "you get the point"
    assert f["first_person_plural_per_1k"] == 0  # "We" is inside the quotation
    assert f["exclamation_marks_per_1k"] > 0
    quoted = features(style, QUOTED_WE)
    assert quoted["quoted_word_share"] == 1.0
    assert quoted["first_person_plural_per_1k"] == 0


@pytest.mark.slow
def test_a_quote_left_open_does_not_turn_the_article_inside_out(style: Style) -> None:
    from misinfo_scorer_plugins.style.profile import inside_quotes

    from scorer.nlp import load_pipeline

    doc = load_pipeline()(UNCLOSED)
    inside = dict(zip([t.i for t in doc], inside_quotes(doc), strict=True))
    # the second quotation opens by its spacing (`, "Her`), whatever the unclosed first one left behind
    assert inside[next(t.i for t in doc if t.text == "I")]
    assert not inside[next(t.i for t in doc if t.text == "Wood")]
    assert features(style, UNCLOSED)["first_person_singular_per_1k"] == 0


@pytest.mark.slow
def test_quotation_density_is_the_share_of_quoted_words(style: Style) -> None:
    f = features(style, SPOKESMAN)
    # "This is disgusting" = 3 of the sentence's words; Clinton’s is one word (its clitic is not counted)
    words = len(SPOKESMAN.replace("’s", "").split())
    assert f["quoted_word_share"] == pytest.approx(3 / words)


@pytest.mark.slow
def test_capitals_count_shouting_not_acronyms(style: Style) -> None:
    assert features(style, SHOUTED)["all_caps_words_per_1k"] > 0  # PERSONAL
    assert features(style, ACRONYM)["all_caps_words_per_1k"] == 0  # FBI
    assert features(style, DATELINE)["all_caps_words_per_1k"] == 0  # PM, CET, BY


@pytest.mark.slow
def test_no_body_feature_grows_with_length(style: Style) -> None:
    text = " ".join([FIRST_AND_SECOND, SHOUTED, ACRONYM, SPOKESMAN, QUOTED_WE])
    once = features(style, text)
    thrice = features(style, "\n\n".join([text] * 3))
    for name, value in once.items():
        if name == "lexical_diversity_mtld" or name.startswith("title_"):
            continue
        assert thrice[name] == pytest.approx(value, rel=0.05, abs=0.5), name


@pytest.mark.slow
def test_headline_features(style: Style) -> None:
    # fakenewsnet_politifact_defend:politifact14827 (fake): its headline and first sentence
    title = ("WE CALLED IT! Gloria Allred Accuser **ADMITS** She Tampered With Roy Moore's Yearbook "
             "'Signature' (VIDEO)")
    body = ("In a last ditch effort to take down Republican Alabama Senate candidate Judge Roy Moore, the "
            "mainstream media wheeled out discredited Gloria Allred accuser Beverly Young Nelson.")
    fake = features(style, body, title=title)
    assert fake["title_words"] == 15
    assert fake["title_exclamation"] == 1.0
    assert fake["title_question"] == 0.0
    assert fake["title_all_caps_share"] == pytest.approx(5 / 15)  # WE CALLED IT ADMITS VIDEO
    assert fake["title_clickbait_cues"] == 1.0  # (VIDEO)
    # Gloria, Roy, Moore('s): names as the body's tags read them (the tagger takes "Allred" there for a verb)
    assert fake["title_proper_noun_share"] == pytest.approx(3 / 15)
    # the crawled page repeats the headline as its first line (with curly quotes): still shouted
    copied = features(style, title.replace("'", "’") + body, title=title)
    assert copied["title_all_caps_share"] == pytest.approx(5 / 15)
    # buzzfeed_webis_2016 (credible): an acronym the body writes in capitals too is not shouted
    plain = features(style, ACRONYM, title="FBI agents search a home in Elizabeth")
    assert plain["title_all_caps_share"] == 0.0
    assert plain["title_clickbait_cues"] == 0.0
    assert "title_words" not in features(style, ACRONYM)  # no headline, no headline features


# buzzfeed_webis_2016:0383 (credible, cnn): the punctuation of edited prose
EDITED = ("(CNN)Kevin Johnson -- the NBA star-turned-Sacramento mayor -- was pied in the face by a man at a "
          "charity dinner Wednesday night at the high school he once attended.")


def test_punctuation_counts_hyphenated_compounds_dashes_and_brackets(style: Style) -> None:
    f = features(style, EDITED)
    words = 29  # "CNN)Kevin" is one word to the tokenizer; "star-turned-Sacramento" three
    assert f["hyphenated_words_per_1k"] == pytest.approx(1000 * 2 / words)  # star-turned-Sacramento
    assert f["dashes_per_1k"] == pytest.approx(1000 * 2 / words)  # the two "--"
    assert f["parentheses_per_1k"] == pytest.approx(1000 * 1 / words)
    # a lone "-" is a dash when spaced, a hyphen when it joins; a hyphen the tokenizer keeps inside a word
    # counts too ("COVID-19")
    spaced = features(style, "Trump won the state - and the race - with a COVID-19 message.")
    assert spaced["dashes_per_1k"] == pytest.approx(2 * spaced["hyphenated_words_per_1k"])
    assert spaced["hyphenated_words_per_1k"] > 0
    # buzzfeed_webis_2016:0744 (fake): none of them
    plain = features(style, FIRST_AND_SECOND)
    assert plain["hyphenated_words_per_1k"] == plain["dashes_per_1k"] == plain["parentheses_per_1k"] == 0.0


# buzzfeed_webis_2016:1612, 1309, 0489, 0421 (credible): verbs of commitment, and the same words as nouns
MAINTAINS_INSIST = ("While CMPD maintains that Scott had a gun and refused to comply with orders to drop the alleged "
                    "firearm, Scott’s siblings insist the object in his hands was a book, not a gun.")
FAILED_TO = ("Trump also failed to mention Clinton's claim that about half of his supporters were \"deplorables\"—a "
             "statement she has withdrawn and apologized for.")
ADMITTED = ("(CNN)Hillary Clinton's 2008 campaign manager dismissed as \"absurd\" Donald Trump's Monday night debate "
            "claim that she admitted a campaign ally pushed \"birther\" conspiracy rumors.")
FIGURE_OF_FUN = ("Greeley became a figure of fun early on, and unflattering caricatures, in essay or cartoon form, "
                 "followed him throughout the campaign.")


def test_verbs_of_commitment_count_verbs_by_class_not_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    def counted(text: str) -> tuple[int, ...]:
        rates, words = profile_features(nlp(text))
        return tuple(round(rates[k] * len(words) / 1000) for k in (
            "factive_verbs_per_1k", "assertive_verbs_per_1k", "implicative_verbs_per_1k"))

    assert counted(MAINTAINS_INSIST) == (0, 2, 0)  # "maintains", "insist"; "refused" is in no class
    assert counted(FAILED_TO) == (0, 0, 1)  # "failed to"; "claim" is a noun here
    assert counted(ADMITTED) == (1, 0, 0)  # "admitted"; "claim" a noun again
    assert counted(FIGURE_OF_FUN) == (0, 0, 0)  # "figure" is a noun, not the weak assertive "figure"


def test_headline_capitalised_share_reads_title_case(style: Style) -> None:
    # buzzfeed_webis_2016 (fake): every word after the first capitalised, THIS too
    fake = features(style, EDITED, title="Obama’s Speech In New York Shocks Americans When He Says THIS About Attacks!")
    assert fake["title_capitalised_share"] == 1.0
    # buzzfeed_webis_2016 (credible): a headline written as a sentence; "5" starts with no letter
    credible = features(style, EDITED, title="Florida poll: Clinton leads Trump by 5 points")
    assert credible["title_capitalised_share"] == pytest.approx(2 / 6)  # Clinton, Trump of poll ... points
    assert "title_capitalised_share" not in features(style, EDITED, title="Breaking")  # one word: nothing to read


def test_clickbait_cues_by_name() -> None:
    # buzzfeed_webis_2016:0020 (credible, abc): clickbait conventions are not only in fakes
    assert clickbait_cues("Everything You Need to Know About the Presidential Debates") == [
        "addresses_reader", "clickbait_phrase"]
    assert clickbait_cues("10 Things Hillary Won't Tell You") == ["number_lead", "addresses_reader"]
    assert clickbait_cues("This Is Why Trump Won The Debate") == ["forward_reference", "clickbait_phrase"]
    assert clickbait_cues("Why did the Fed raise rates?") == []  # a question is not a forward reference
    assert clickbait_cues("Prosecutor in Bridgegate trial: Chris Christie knew of closures") == []


def test_mtld_matches_a_hand_computed_value() -> None:
    # "a b a" closes a factor (TTR 2/3 <= 0.72) every three words, both ways: MTLD = 3
    assert mtld(["a", "b"] * 30) == pytest.approx(3.0)
    assert mtld(["a", "b"] * ((MTLD_MIN_WORDS - 1) // 2)) is None  # too short to measure
    varied = [f"w{i}" for i in range(60)]
    assert mtld(varied) == pytest.approx(60.0)  # never falls to 0.72: one partial factor of zero -> length


@pytest.mark.slow
def test_nothing_for_a_text_without_words(style: Style) -> None:
    # the host refuses a text without letters before any signal runs; the signal alone returns nothing
    from scorer import Article
    from scorer.nlp import load_pipeline

    assert style.compute(Article(id="x", text="… — !!"), load_pipeline()("… — !!")).features == {}


def test_plugin_registers_one_signal_with_declared_warnings() -> None:
    got: list[object] = []
    register_signals(got.append)
    assert len(got) == 1 and isinstance(got[0], Style)
    assert got[0].name == "style" and got[0].warning_features


@pytest.mark.slow
def test_declared_warnings_are_features_it_computes(style: Style) -> None:
    f = features(style, f"{SHOUTED} {FIRST_AND_SECOND}", title="WATCH: This Is Why You Should Care (VIDEO)")
    assert set(style.warning_features) <= set(f)


def test_entry_points_register_style_and_length() -> None:
    from scorer.registry import build_registry

    registry = build_registry()
    assert {"style", "length"} <= set(registry.signal_names())
    assert registry.origins["style"] == "built-in"


def test_length_is_log_words_as_the_evaluation_counts_them() -> None:
    from scorer.fitting.evaluate import length_features

    text = "Kaine doesn't feel bad for Pence.\n\nHe said so on Tuesday."
    assert length_plugin.log_words(text) == pytest.approx(math.log1p(11))
    assert length_plugin.log_words(text) == length_features([text])[0]["length.log_words"]


def test_a_sentence_longer_than_a_piece_is_scored_as_the_mean_of_its_pieces() -> None:
    # a scraped page without full stops is one "sentence"; VADER's time grows with its square
    kind = " ".join(["We are grateful for their kind and generous help"] * 40).split()[:CHUNK_WORDS]
    cruel = " ".join(["This is a disgusting and cruel attack on the innocent"] * 40).split()[:CHUNK_WORDS]
    vader = analyzer()
    halves = [vader.polarity_scores(" ".join(words))["compound"] for words in (kind, cruel)]
    whole = sentence_sentiment([" ".join(kind + cruel)])
    assert whole["sentiment_mean"] == pytest.approx(sum(halves) / 2)
    assert halves[0] > 0.5 and halves[1] < -0.5  # both pieces count, not the first alone
    short = " ".join(kind[:20])
    assert sentence_sentiment([short])["sentiment_mean"] == pytest.approx(vader.polarity_scores(short)["compound"])
