"""odd_phrasing: every kind of slip is found with the expected span, and the correct version is not."""

from __future__ import annotations

import dataclasses
import math

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing, collocations, register_signals
from misinfo_scorer_plugins.odd_phrasing.collocations import (
    Reference,
    Relation,
    find_unnatural,
    load_reference,
    pair_stats,
    unnatural_features,
    unnatural_findings,
)
from misinfo_scorer_plugins.odd_phrasing.loaded import find_loaded, load_lexicon, loaded_findings
from misinfo_scorer_plugins.odd_phrasing.quotes import find_unbalanced_quotes, paragraphs

from scorer.nlp import load_pipeline
from scorer.testing import make_article, run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def texts(text: str, feature: str | None = None) -> list[str]:
    """The text of each finding (optionally only when ``feature`` counted it)."""
    result = run_signal(OddPhrasing(), text)
    if feature is not None:
        assert result.features[feature] == len(result.findings), result.features
    return [f.text for f in result.findings]


# (slip, expected finding text, correct version, feature)
PAIRS = [
    # doubled words
    (
        "Officials said the the plan would be announced on Monday.",
        "the the",
        "Officials said the plan would be announced on Monday.",
        "doubled_words",
    ),
    (
        "The report was sent to to the committee last week.",
        "to to",
        "The report was sent to the committee last week.",
        "doubled_words",
    ),
    ("The the mayor spoke first.", "The the", "The mayor spoke first.", "doubled_words"),
    # wrong past participles
    (
        "China, in contrast, has tread carefully on the issue.",
        "has tread",
        "China, in contrast, has trodden carefully on the issue.",
        "wrong_participles",
    ),
    (
        "They have went to the capital twice this year.",
        "have went",
        "They have gone to the capital twice this year.",
        "wrong_participles",
    ),
    (
        "The striker has ran the length of the pitch.",
        "has ran",
        "The striker has run the length of the pitch.",
        "wrong_participles",
    ),
    (
        "He had began the speech before the lights failed.",
        "had began",
        "He had begun the speech before the lights failed.",
        "wrong_participles",
    ),
    (
        "The price has not went up since March.",
        "has not went",
        "The price has not gone up since March.",
        "wrong_participles",
    ),
    # country name for its adjective
    (
        "Last month, Russia President Vladimir Putin made a trip to Pyongyang.",
        "Russia President",
        "Last month, Russian President Vladimir Putin made a trip to Pyongyang.",
        "country_for_adjective",
    ),
    (
        "North Korea leader Kim Jong Un fired a missile.",
        "North Korea leader",
        "North Korean leader Kim Jong Un fired a missile.",
        "country_for_adjective",
    ),
    (
        "Iran Foreign Minister Javad Zarif met his counterpart.",
        "Iran Foreign Minister",
        "Iranian Foreign Minister Javad Zarif met his counterpart.",
        "country_for_adjective",
    ),
    # number–noun disagreement
    (
        "The company built three data center in the region last year.",
        "three data center",
        "The company built three data centers in the region last year.",
        "number_disagreement",
    ),
    (
        "Four people died and two child were injured.",
        "two child",
        "Four people died and two children were injured.",
        "number_disagreement",
    ),
    (
        "The plan took three year to complete.",
        "three year",
        "The plan took three years to complete.",
        "number_disagreement",
    ),
]


# Stage 2 checks, same shape.
PAIRS += [
    # determiner–noun number
    ("This data centers are new.", "This data centers", "These data centers are new.", "determiner_disagreement"),
    ("These center is old.", "These center", "This center is old.", "determiner_disagreement"),
    ("Each students got a book.", "Each students", "Each student got a book.", "determiner_disagreement"),
    ("Many student left early.", "Many student", "Many students left early.", "determiner_disagreement"),
    # a / an
    ("He ate a apple on the way.", "a apple", "He ate an apple on the way.", "article_errors"),
    ("It was an serious mistake.", "an serious", "It was a serious mistake.", "article_errors"),
    ("She waited for a hour.", "a hour", "She waited for an hour.", "article_errors"),
    # pronoun subject–verb
    ("They was there when it started.", "They was", "They were there when it started.", "pronoun_verb_disagreement"),
    ("He go to work every day.", "He go", "He goes to work every day.", "pronoun_verb_disagreement"),
    ("I goes home after the shift.", "I goes", "I go home after the shift.", "pronoun_verb_disagreement"),
    (
        "They actually looks like winners.",
        "They actually looks",
        "They actually look like winners.",
        "pronoun_verb_disagreement",
    ),
    # possessives
    ("The peoples data was leaked.", "peoples data", "The people's data was leaked.", "missing_apostrophes"),
    ("The firm lost it's own records.", "it's own", "The firm lost its own records.", "missing_apostrophes"),
    # attribution left inside the quotation
    (
        "“We will win, Smith said, and nothing will stop us.”",
        "Smith said",
        "“We will win,” Smith said, “and nothing will stop us.”",
        "attribution_inside_quote",
    ),
    # typography
    ("This is outrageous!!!", "!!!", "This is outrageous!", "exclamation_runs"),
]


def test_shouting_and_superlatives_are_features_not_findings() -> None:
    # on credible news capitals are mostly layout ("WARNING: GRAPHIC VIDEO OF AN OFFICER’S DEATH BELOW")
    # and own-voice superlatives as often fair rankings: counted, not shown
    result = run_signal(OddPhrasing(), "He wrote: THIS IS A DISGRACE TO AMERICA.")
    assert result.features["shouting"] == 1
    assert result.findings == []
    result = run_signal(OddPhrasing(), "He said it was the worst deal ever negotiated by anyone.")
    assert result.features["loaded_findings"] == 1
    assert result.findings == []


@pytest.mark.parametrize(
    ("text", "correct"),
    [
        ("The officials said so .", "The officials said so."),
        ("The mayor disagreed , sharply.", "The mayor disagreed, sharply."),
        # real (celebrity:legit/140legit.txt): where a link was taken out of scraped copy
        (
            "According to People , last year's gala raised $45 million.",
            "According to People, last year's gala raised $45 million.",
        ),
    ],
)
def test_a_space_before_a_stop_or_comma_is_a_feature_not_a_finding(text: str, correct: str) -> None:
    result = run_signal(OddPhrasing(), text)
    assert result.features["space_before_punctuation"] == 1
    assert result.findings == []
    assert run_signal(OddPhrasing(), correct).features["space_before_punctuation"] == 0


@pytest.mark.parametrize(("slip", "expected", "correct", "feature"), PAIRS, ids=[p[1] for p in PAIRS])
def test_slip_found_and_correct_version_clean(slip: str, expected: str, correct: str, feature: str) -> None:
    result = run_signal(OddPhrasing(), slip)
    assert [f.text for f in result.findings] == [expected]
    assert result.features[feature] == 1
    assert result.features["findings"] == 1
    assert run_signal(OddPhrasing(), correct).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # legit doubles
        "She had had enough of the delays.",
        "He said that that was the problem.",
        "What it is is a scam, the lawyer said.",
        "He gave her her keys back before leaving.",
        "It was a very very long night for the rescuers.",
        "The senator came in in 2010 after a close race.",
        "Police said the town of Walla Walla was quiet.",
        "The crowd chanted pow pow pow outside.",
        "The word was repeated: the, the, the.",
        # participles that are fine, and "had better"
        "He had better go now.",
        "The results have proved the point.",
        "The storm has lit up the sky.",
        "They have got the message.",
        "The company has showed strong growth.",
        "The team has beat its rivals.",
        # country + title that are fine
        "U.S. President Joe Biden spoke to reporters.",
        "Russia's President Vladimir Putin spoke to reporters.",
        "Air France President Ben Smith resigned.",
        "Bank of Russia Governor Elvira Nabiullina spoke.",
        "Texas Governor Greg Abbott spoke.",
        "Taiwan President Tsai Ing-wen spoke.",
        "The visit was not planned, the China president said.",  # no name after the title: left alone
        # numbers that are labels, units or compound modifiers
        "It was a 10 page report on the economy.",
        "The top 10 list was published.",
        "The baby is 1 year old and a 2-year-old boy was found.",
        "Section 230 immunity is debated.",
        "The 2016 election was close.",
        "They hired 20 staff last year.",
        "They bought five aircraft from Boeing.",
        "Turnout rose 5 percent in the region.",
        "The list has 23 sponsors, down from 33 last year.",
        "He was paid $5 million for one year.",
        # stage 2 checks: what must stay quiet
        "These data centers are new. Every few seconds a car passed. These kind of things happen.",
        "Every other week the staff met. That means these staff are busy.",
        "An historic vote, a university, a European deal, an hour, a one-time payment, an FBI agent.",
        "They were there. He goes to work. I am here. If he were there, he would say so.",
        "They insisted that he resign. The deal required that she leave. He and she go.",
        "Didn't she sit on the board? He thought it appropriate to respond.",
        "He’s ready and they’re not; it’s late.",
        "The people's data and indigenous peoples were discussed; it's its own problem.",
        "“He did not pay taxes because, he said, he is smart,” Biden said.",
        "He cited the support of . Then he left.",  # a hole left by a removed link
        "The ratio was .5 and the site is example .com or so . . . maybe.",
        "Really? Yes! The FBI and NATO met in NEW YORK. WHAT YOU NEED TO KNOW -- the summary.",
        # false alarms once seen on credible news, kept out since
        "What the hell would I be doing doing anything like that?",
        "At least 70 regime and rebel fighters were killed. Texas has 38 votes (163 total).",
        "Like Dory, she swam on. In her statement, she absolutely UNLOADED on Clinton.",
        "PETER HAMBY AND SCOTT CONROY ARE FAMOUS! -- a summary follows.",
        "I don't know what she drinks.(CROSSTALK)DONALDSON: Go on.",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert texts(text) == []


# ---- quotation marks -------------------------------------------------------------------------


def unbalanced(text: str) -> list[str]:
    """What the unbalanced-quotation detector finds: the signal counts it as a feature only."""
    return [text[f.start : f.end] for f in find_unbalanced_quotes(text)]


def test_unbalanced_quotes_are_a_feature_not_a_finding() -> None:
    text = "Dr. Lina Park noted, “Russia and North Korea have moved beyond mere deals.\nChina said nothing."
    result = run_signal(OddPhrasing(), text)
    assert result.features["unbalanced_quotes"] == 1
    assert result.findings == []


def test_stray_closing_curly_quote() -> None:
    text = "“We are ready,” the official said. The talks continue at scale.”\nA second paragraph."
    assert unbalanced(text) == ["scale.”"]


def test_unclosed_curly_quote() -> None:
    text = "Dr. Lina Park noted, “Russia and North Korea have moved beyond mere deals.\nChina said nothing."
    assert unbalanced(text) == ["“Russia"]


def test_balanced_quotes_clean() -> None:
    text = (
        "“We are ready,” the official said.\n"
        'He called the plan "a disaster" and left.\n'
        "She said: “It was ‘unacceptable’ and we said so.”"
    )
    assert texts(text) == []


def test_multi_paragraph_quote_is_not_flagged() -> None:
    text = (
        "“The first part of the statement runs on.\n"
        "“The second paragraph opens again and closes,” she said.\n"
        "Nothing else."
    )
    assert texts(text) == []


def test_multi_paragraph_quote_must_reopen() -> None:
    text = "“The first part of the statement runs on.\nThe next paragraph does not reopen it.\n"
    assert unbalanced(text) == ["“The"]


def test_straight_quotes_by_context() -> None:
    assert unbalanced('He called it "a disaster and left.\nThen he spoke again.') == ['"a']
    assert unbalanced('He called it a disaster" and left.') == ['disaster"']
    assert texts('He called it "a disaster" and left.') == []


def test_ambiguous_straight_quote_paragraph_skipped() -> None:
    # an inch sign cannot be told from a quotation mark: the paragraph is not judged
    assert texts('The 12" pipe burst, "he said.') == []


def test_paragraphs_use_blank_lines_when_present() -> None:
    text = "“A hard-wrapped quote\nthat closes on the next line.”\n\nNext paragraph."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "“A hard-wrapped quote\nthat closes on the next line.”",
        "Next paragraph.",
    ]
    assert texts(text) == []


# ---- the example article ----------------------------------------------------------------------


@pytest.mark.shared_data
def test_example_article(shared_data) -> None:
    path = shared_data.parent / "example_article.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    text = path.read_text(encoding="utf-8")
    result = run_signal(OddPhrasing(), text)
    found = sorted((f.text, f.signal) for f in result.findings)
    assert found == sorted(
        [
            ("Russia President", "odd_phrasing"),
            ("has tread", "odd_phrasing"),
        ]
    )
    # “North Korea is now more crucial ...” has an extra ”; Dr. Lina Park's quotation is never closed:
    # both counted, neither shown (unbalanced quotation marks are a feature only)
    assert sorted(unbalanced(text)) == sorted(["scale.”", "“Russia"])
    assert result.features["unbalanced_quotes"] == 2
    by_text = {f.text: f.message for f in result.findings}
    assert "'trodden'" in by_text["has tread"]
    assert "'Russian President'" in by_text["Russia President"]
    assert result.features["findings"] == 2
    assert result.features["findings_per_1k_words"] > 0


def test_typography_repeated_throughout_is_a_convention() -> None:
    tokenised = "The mayor spoke , and the council agreed . " * 4
    result = run_signal(OddPhrasing(), tokenised)
    assert result.findings == []
    assert result.features["space_before_punctuation"] == 0
    assert result.features["typography_as_convention"] == 1
    few = run_signal(OddPhrasing(), "The mayor spoke , and the council agreed .")
    assert few.features["space_before_punctuation"] == 2
    assert few.features["typography_as_convention"] == 0
    shouted = run_signal(OddPhrasing(), "The mayor won!!! The council agreed!!! " * 4)
    assert shouted.findings == [] and shouted.features["typography_as_convention"] == 1
    few = run_signal(OddPhrasing(), "The mayor won!!! The council agreed!!!")
    # shown once per article, every run counted
    assert [f.text for f in few.findings] == ["!!!"] and few.features["exclamation_runs"] == 2


def test_encoding_damage_is_a_feature_not_a_finding() -> None:
    result = run_signal(OddPhrasing(), "Russiaâ€™s war goes on, officials said.")
    assert result.features["encoding_damage"] >= 1
    assert result.findings == []
    assert run_signal(OddPhrasing(), "Russia’s war goes on, officials said.").features["encoding_damage"] == 0


def test_features_and_registration() -> None:
    result = run_signal(OddPhrasing(), "Nothing odd here.")
    assert result.findings == []
    assert result.features["findings"] == 0
    assert result.features["findings_per_1k_words"] == 0
    assert all(isinstance(v, (int, float)) for v in result.features.values())
    registered: list[object] = []
    register_signals(registered.append)
    assert len(registered) == 1 and registered[0].name == "odd_phrasing"


def test_empty_text() -> None:
    # the host refuses an empty text before any signal runs; the signal still copes with an empty Doc
    result = OddPhrasing().compute(make_article(""), load_pipeline()(""))
    assert result.findings == []
    assert result.features["findings_per_1k_words"] == 0


# ---- loaded and sensational language (features; findings only for clear cases) ----------------


def test_loaded_lexicon_data_file_loads() -> None:
    lexicon = load_lexicon()
    assert 100 <= lexicon.size <= 600
    assert {"bombshell", "disgraceful", "horrific", "traitor"} <= lexicon.words
    assert lexicon.phrases is not None and lexicon.phrases.search("the so-called experts")
    assert "slam" in lexicon.attack_verbs and "utterly" in lexicon.intensifiers


def test_loaded_words_are_counted() -> None:
    text = (
        "The senator released a bombshell memo on Tuesday. "
        "Critics called the response disgraceful. "
        "The committee will meet again next week."
    )
    result = run_signal(OddPhrasing(), text)
    assert result.findings == []  # one charged word per sentence: a feature, not a finding
    assert result.features["loaded_per_1k_words"] == pytest.approx(2 * 1000 / 20)
    assert result.features["loaded_share_sentences"] == pytest.approx(2 / 3)
    assert result.features["exaggeration_per_1k_words"] == 0
    assert result.features["loaded_findings"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "The committee voted 12 to 3 to approve the budget on Thursday.",
        "The storm destroyed 30 homes and a car slammed into a wall, police said.",
        "The two plans are completely different, officials said.",
        "It was the deadliest mass shooting in modern U.S. history, officials said.",
    ],
)
def test_neutral_reporting_scores_zero_loaded(text: str) -> None:
    result = run_signal(OddPhrasing(), text)
    assert result.findings == []
    assert result.features["loaded_findings"] == 0
    if "deadliest" not in text:
        assert result.features["loaded_per_1k_words"] == 0
        assert result.features["loaded_share_sentences"] == 0
        assert result.features["exaggeration_per_1k_words"] == 0


def test_single_loaded_word_is_not_a_finding() -> None:
    result = run_signal(OddPhrasing(), "The minister described the report as shocking.")
    assert result.findings == []
    assert result.features["loaded_per_1k_words"] > 0


def test_three_loaded_terms_in_one_sentence_is_a_finding() -> None:
    text = "This disgraceful, horrific sham of a hearing was staged by traitors."
    result = run_signal(OddPhrasing(), text)
    assert result.features["loaded_findings"] == 1
    assert result.features["findings"] == 0  # the slip count stays the slips
    [finding] = result.findings
    assert finding.text == "disgraceful, horrific sham of a hearing was staged by traitors"
    assert finding.severity <= 0.4
    for word in ("disgraceful", "horrific", "sham", "traitors"):
        assert f"'{word}'" in finding.message


def test_attack_verb_and_intensifier() -> None:
    result = run_signal(OddPhrasing(), "Smith slammed the governor, calling the plan utterly absurd.")
    assert result.findings == []  # two terms only
    assert result.features["loaded_per_1k_words"] == pytest.approx(2 * 1000 / 9)


def test_superlative_exaggeration_is_a_finding() -> None:
    text = "He said it was the worst deal ever negotiated by anyone."
    found = loaded_findings(find_loaded(load_pipeline()(text)), text)
    assert [text[f.start : f.end] for f in found] == ["the worst deal ever"]
    assert found[0].severity <= 0.4
    assert run_signal(OddPhrasing(), text).features["exaggeration_per_1k_words"] > 0
    history = "Supporters call it the greatest tax cut in American history."
    found = loaded_findings(find_loaded(load_pipeline()(history)), history)
    assert [history[f.start : f.end] for f in found] == ["the greatest tax cut in American history"]


def test_loaded_features_present_and_warning() -> None:
    result = run_signal(OddPhrasing(), "Nothing odd here.")
    for name in ("loaded_per_1k_words", "loaded_share_sentences", "exaggeration_per_1k_words", "loaded_findings"):
        assert result.features[name] == 0
        assert name in OddPhrasing.warning_features
    assert OddPhrasing().compute(make_article(""), load_pipeline()("")).features["loaded_share_sentences"] == 0


def test_quoted_superlative_is_reported_speech() -> None:
    result = run_signal(OddPhrasing(), "“It is the worst trade deal ever,” the candidate said at the rally.")
    assert result.findings == []  # the speaker's words: a feature, not a finding against the writer
    assert result.features["exaggeration_per_1k_words"] > 0


def test_superlative_does_not_reach_across_a_verb() -> None:
    result = run_signal(OddPhrasing(), "Our greatest menace is the danger of our own history.")
    assert result.findings == []
    assert result.features["exaggeration_per_1k_words"] == 0


# ---- unnatural wording ------------------------------------------------------------------------

# A tiny hand-made reference, so the logic is pinned independently of the shipped statistics:
# "rain" and "wind" are both common heads, "heavy" and "strong" both common modifiers, and each noun
# has its own usual partner.
TOY_REFERENCE = Reference(
    relations={
        "amod": Relation(
            total=100,
            heads={"rain": 50, "wind": 50},
            deps={"heavy": 40, "strong": 60},
            pairs={"rain heavy": 40, "wind strong": 50},
            partners={"rain": ("heavy", 40), "wind": ("strong", 50)},
        )
    },
    sources=("test",),
)


def unnatural_texts(text: str) -> list[tuple[str, str]]:
    """(finding text, message) of the unnatural-wording findings in ``text`` against TOY_REFERENCE."""
    doc = load_pipeline()(text)
    return [(doc.text[f.start : f.end], f.message) for f in unnatural_findings(find_unnatural(doc, TOY_REFERENCE))]


def test_unnatural_pair_flagged_with_usual_partner() -> None:
    # independence expects 50 * 60 / 100 = 30 sightings of "strong rain"; the reference has none
    assert unnatural_texts("The region had strong rain on Sunday.") == [
        ("strong rain", "'heavy rain' is usual; 'strong rain' is rare in edited news")
    ]


def test_known_pair_not_flagged() -> None:
    assert unnatural_texts("The region had heavy rain on Sunday.") == []
    assert unnatural_texts("The region had strong wind on Sunday.") == []


def test_unknown_word_never_flagged() -> None:
    # "torrential" has no count in the reference: nothing can be said about it
    assert unnatural_texts("The region had torrential rain on Sunday.") == []


def test_proper_noun_never_flagged() -> None:
    assert unnatural_texts("The band Strong Rain played on Sunday.") == []


def test_unnatural_message_without_a_suggestion() -> None:
    reference = Reference(
        relations={
            "amod": dataclasses.replace(TOY_REFERENCE.relations["amod"], partners={}),
        },
        sources=("test",),
    )
    doc = load_pipeline()("The region had strong rain on Sunday.")
    [finding] = unnatural_findings(find_unnatural(doc, reference))
    assert finding.message == "'strong rain' is a rare combination in edited news: about 30 expected, fewer than 2 seen"


def test_unnatural_features_rate_and_association() -> None:
    nlp = load_pipeline()
    odd = nlp("The region had strong rain on Sunday.")
    usual = nlp("The region had heavy rain on Sunday.")
    odd_features = unnatural_features(pair_stats(odd, TOY_REFERENCE), words=7)
    usual_features = unnatural_features(pair_stats(usual, TOY_REFERENCE), words=7)
    assert odd_features["unnatural_pairs_per_1k_words"] == pytest.approx(1000 / 7)
    assert usual_features["unnatural_pairs_per_1k_words"] == 0
    # one judged pair each, shrunk toward the prior: "strong rain" log2(0.5 / 30.5), "heavy rain" log2(40.5 / 20.5)
    weight, prior = collocations.ASSOCIATION_PRIOR_WEIGHT, collocations.ASSOCIATION_PRIOR

    def shrunk(association: float) -> float:
        return (association + weight * prior) / (1 + weight)

    assert odd_features["pair_association_mean"] == pytest.approx(shrunk(math.log2(0.5 / 30.5)))
    assert usual_features["pair_association_mean"] == pytest.approx(shrunk(math.log2(40.5 / 20.5)))
    # an unknown word is not judged at all: the mean is the prior
    unknown = unnatural_features(pair_stats(nlp("The region had torrential rain."), TOY_REFERENCE), words=5)
    assert unknown["pair_association_mean"] == collocations.ASSOCIATION_PRIOR


def test_unnatural_wording_gives_features_not_findings() -> None:
    result = run_signal(OddPhrasing(), "We must take attention to the problem, the committee said on Monday.")
    assert "unnatural_pairs_per_1k_words" in result.features
    assert "pair_association_mean" in result.features
    assert "unnatural_findings" not in result.features
    assert not any("edited news" in f.message for f in result.findings)


def test_shipped_reference_is_small_and_knows_common_pairs() -> None:
    path = collocations.DATA
    assert path.stat().st_size < 3_000_000
    reference = load_reference()
    assert reference.relations["dobj"].seen("make", "decision") >= 2
    assert reference.relations["amod"].seen("minister", "prime") >= 2
    assert unnatural_findings(find_unnatural(load_pipeline()("The prime minister made a decision on Monday."))) == []


# --- entity_sentences: the sentences compute reads entity labels in ------------------------------

ENTITY_TEXT = (
    "The weather was calm. The firm runs three data center in Ohio. "
    "Russia President Vladimir Putin met them. The talks ended early. Two reports were filed."
)


def test_entity_sentences_cover_every_label_compute_reads(nlp) -> None:
    from scorer.entities import _KEY, defer_ner, prefetch_entities
    from scorer.testing import make_article

    signal = OddPhrasing()
    article = make_article(ENTITY_TEXT)
    doc = nlp(ENTITY_TEXT, disable=["ner"])
    defer_ner(doc, nlp)
    sentences = list(signal.entity_sentences(article, doc))
    assert sorted({s.text.split()[0] for s in sentences}) == ["Russia", "The"]
    assert all("weather" not in s.text and "talks" not in s.text for s in sentences)
    prefetch_entities([(doc, sentences)])
    covered = set(doc.user_data[_KEY].done)
    result = signal.compute(article, doc)
    assert doc.user_data[_KEY].done == covered  # compute needed NER on no other sentence
    assert {ENTITY_TEXT[f.start : f.end] for f in result.findings} >= {"three data center", "Russia President"}

    # Without the hint, compute reads the same labels on demand and gives the same result.
    lazy = nlp(ENTITY_TEXT, disable=["ner"])
    defer_ner(lazy, nlp)
    again = signal.compute(article, lazy)
    assert again.features == result.features and again.findings == result.findings
    assert lazy.user_data[_KEY].done <= covered


def test_a_rare_capitalised_word_needs_no_entity_labels(nlp) -> None:
    """The misspelling check reads an entity label only for a word it is about to report against a form the
    article writes; a rare place name alone ("Qamishli") must not send NER over sentences no check needs."""
    from scorer.entities import _KEY, defer_ner, prefetch_entities
    from scorer.testing import make_article

    text = "The weather was calm in Qamishli on Sunday. " + ENTITY_TEXT
    signal = OddPhrasing()
    article = make_article(text)
    doc = nlp(text, disable=["ner"])
    defer_ner(doc, nlp)
    prefetch_entities([(doc, list(signal.entity_sentences(article, doc)))])
    covered = set(doc.user_data[_KEY].done)
    signal.compute(article, doc)
    assert doc.user_data[_KEY].done == covered


# ---- 0.4 checks: each with a real sentence it must flag, by its check name --------------------------
# Sentences quoted from published articles (buzzfeed_webis_2016, celebrity, fakenewsnet, fa_kes).
FOUND = [
    ("Hillary Clinton is campaigning in Pennslyvania.", "Pennslyvania", "misspelling"),
    ('Via Amazon, this allowed him "to create the ultimate in humerous and safe innuendo."', "humerous", "misspelling"),
    ("In any case, we don't recall drug posession cases being treated this way.", "posession", "misspelling"),
    ("The most they could hope to do was volunteer en mass for the campaign.", "en mass", "misused_phrase"),
    ("It is the best book I have read in awhile.", "in awhile", "misused_phrase"),
    ("Police said some 74-year old got arrested at the scene.", "74-year old", "misused_phrase"),
    ("Her family said Spade hung herself in her apartment.", "hung herself", "misused_phrase"),
    ("Trump now has a nearly insurmountable a lead in the polls.", "a nearly insurmountable a", "doubled_word"),
    ("He found that that while the rates fell, the jobs stayed.", "that that", "doubled_word"),
    ("She gave the crowd a shout before coming to a the tour's final stop.", "a the", "doubled_word"),
    ("The officials were furious as the rejected her request on Monday.", "the rejected her", "wrong_word"),
    ("Hillary simply takes their voted for granted.", "their voted", "wrong_word_form"),
    ("We need more people to be brave enough speak out about this.", "brave enough speak", "missing_word"),
    ("The system is stacked in favor powerful big business interests.", "in favor powerful", "missing_word"),
    ("Neither Minaj or Rihanna were fooled by the fake image.", "Neither Minaj or", "confusable"),
    (
        "In a statement to CNN, Weiner neither confirmed or denied sending the texts.",
        "neither confirmed or",
        "confusable",
    ),
    ("The police said that it may only delayed the vote by a week.", "may only delayed", "verb_form"),
    ("Yes, they've checking off items on their wedding list.", "'ve checking", "verb_form"),
    (
        "But implementation plans for the building of the pipelines is well underway.",
        "plans for the building of the pipelines is",
        "subject_verb_agreement",
    ),
    ("He said he was not gay, but straight woman are not interested anymore.", "woman are", "subject_verb_agreement"),
    (
        "Kim has been working out her feelings in the gym.\n\n“She said it was hard.”Brock told CNN Money the rest.",
        "hard.”Brock",
        "run_together",
    ),
    ("“I just wanted it to end for something I didn’t do,”Brock told CNN Money.", "do,”Brock", "run_together"),
    ("Another user wrote. ”I hope you grow up and learn.”", "”I", "wrong_way_quote"),
    ('The "reactions we"ve seen so far are positive," he said.', 'we"ve', "quote_as_apostrophe"),
    ("Police arrested the 21 year-old on Friday.", "21 year-old", "misused_phrase"),
    ("Police said a 10 year old boy was hurt in the crash.", "10 year old", "misused_phrase"),
    ("Fifty % of voters said they would stay home.", "Fifty %", "misused_phrase"),
    ("Its a shame that nobody came to the hearing.", "Its a", "misused_phrase"),
    ("He told the crowd your not alone in this fight.", "your not", "misused_phrase"),
    ("Rising prices has helped fueled the anger of voters.", "helped fueled", "verb_form"),
    ("This is what we need to is stop the spending.", "need to is", "missing_word"),
    ("The woman, is making a lot of money from the scheme.", "woman, is", "subject_verb_comma"),
    ("Donald Trump look scary in the new photo.", "Trump look", "subject_verb_agreement"),
    ("He walked into de house and sat down.", "de", "confusable"),
    ("These are a college full of numbskulls.", "numbskulls", "loaded_word"),
    ("This kind of idiocy has to stop.", "idiocy", "loaded_word"),
]


@pytest.mark.parametrize(("text", "expected", "check"), FOUND, ids=[f[1] for f in FOUND])
def test_new_check_finds_real_slip(text: str, expected: str, check: str) -> None:
    found = [(f.text, f.check) for f in run_signal(OddPhrasing(), text).findings]
    assert (expected, check) in found, found


# Real sentences each new check must leave alone (the false alarms met while building them).
CLEAN = [
    "The Senate Leadership Fund, a super PAC helmed by a former chief of staff, spent heavily.",  # rare real word
    "Perhaps the candidates can be administered a test that, too, would receive high ratings.",
    "ABC News’ Ryan Struyk contributed to this report.",  # a name beside another capitalised word
    "Many A-listers gathered to fete him inside Red Studios in Los Angeles.",  # "fete" is a word
    "The lawyer did not use to be so careful, she said.",
    "Donald Trump is proposing a tax plan that gives the wealthy a backdoor tax cut.",  # nominal adjective
    "She called her Miss Housekeeping, the latter a reference to her heritage.",
    # fakenewsnet_politifact_defend:politifact810: the transcript marks the slip "(sic)" itself
    "She's a reformer through and through. And it's time we had that bresh of freth air (sic) -- breath of fresh "
    "air coming into our nation's capital and sweep out the old-boy network.",
    # fa_kes:1962495733: a partitive takes the number of its "of" phrase
    "It said the remainder of the dead were aid workers and rebels tasked with guarding the buses.",
    # fa_kes:1923102951: a closing quotation mark ends the first article's phrase ("counteroffensive" tagged ADJ)
    '"Daesh has managed to drive out regime troops from the administrative borders of Raqqa province after a '
    'fierce counteroffensive" the London based monitor said using an Arabic acronym for IS.',
    "It's the most in-shape thing the Trump guys have going right now, one lobbyist said.",
    "Officials have noted that we bridge our divides and lift each other up.",
    # fakenewsnet_politifact_defend:politifact15206: adjectives coordinated before their noun
    "In fact, due to its tilted and elliptical orbit, 2016 H03 is sometimes closer to the sun.",
    "Many on her staff still regret letting the boss do a deeply awkward dance.",  # causative, not agreement
    "Lower rates are better than higher ones, the report said.",
    "The senator voted in favor of the bill on Tuesday.",
    "He said, 'I have better things to do than argue,' and left.",
    "Aye yai yai, what a night it was for the home team.",  # a sound, not a doubled word
    "She said it was one of the most fun things I've ever done.",  # own experience, not sensational
    "He became the wealthiest president in U.S. history.",  # a measurable record
    "The crowd was angry. According to the police, nobody was hurt.",
    "Visit www.Example.Com for details.",
    "One of his relatives told AFP that both bride and groom were safe and well.",  # both ... and
    "Go on, watch them walk down any red carpet together and try to remain uncharmed.",  # un- + a word
    "“Alright I’m backin’ off,” Kidman said.",  # a spoken elision
    'The singer tweeted with the photo, "Yay!!!!! Congratulations!!!!!"',  # someone else's exclamations
    "It is expected to be the most\xa0viewed television debate of all time.",  # a record, not a boast
    # near-misses of the 0.6.0 checks: fluent forms that must stay silent
    "The boy is 10 years old, and the 21-year-old was released; the baby is 1 year old.",
    "Fifty percent of voters, or 50%, said no; its not-for-profit arm agreed.",
    "The company said its own figures and its plans were wrong; you're right about your own.",
    "Rising prices have helped fuel the anger; she helped trained soldiers escape.",
    "What it amounts to is a tax; what we need to do is stop.",
    "The woman, a former nurse, is making money. Tbh, had they stepped out, we would have died.",
    "Folks, is this real? The plan, said Smith, was fine. The ice melts, breaks and floats away.",
    "The practice, carried out most famously in New York, was ruled unconstitutional.",
    # read by hand on credible articles (seed 5) and silenced
    "A spokesman for the district where Banks was a student confirmed that she passed away.",
    "There was one big reason Moonves pointed to to describe the unexpected slump.",
    "They made Donald Trump look scary. Does Donald Trump look scary?",
    "Bill de Blasio spoke; the army is de facto in charge. Such suits are de rigueur.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_new_checks_leave_real_sentences_alone(text: str) -> None:
    found = [(f.text, f.check) for f in run_signal(OddPhrasing(), text).findings]
    assert found == []


def test_heading_in_capitals_is_layout_not_shouting() -> None:
    text = "THE GRAVITATIONAL CENTER OF THE REPUBLICAN PARTY IS WHITE NATIONALISM\n\nThe party has changed."
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check == "shouting"] == []
    shout = "THIS IS SO HEARTBREAKING! I love them both."
    assert run_signal(OddPhrasing(), shout).features["shouting"] == 1


def test_quotation_carried_on_without_reopening() -> None:
    text = (
        '"Within a few nights of moving in, Ellen started hearing random noises.\n\n'
        "\"Then, in the middle of the night, she heard a woman's faint cry.\n\n"
        "She hasn't had a solid night's sleep since she moved in.\"\n\nThe mansion was built in 1951."
    )
    assert [t[:14] for t in unbalanced(text)] == ["She hasn't had"]


def test_glued_paragraphs_in_one_block_are_not_run_together() -> None:
    # scraped copies lose their line breaks: "debunked.Gun control" is the collection's, not the writer's
    text = "The claim has been debunked.Gun control advocates disagree.Obama set a goal.The rest followed."
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check == "run_together"] == []


def test_loaded_word_in_quotation_or_reported_speech_is_not_the_article_voice() -> None:
    assert run_signal(OddPhrasing(), "“These idiots never learn,” the coach said.").findings == []
    assert run_signal(OddPhrasing(), "The senator called his rival a moron in a 2008 email.").findings == []


def test_new_checks_give_rates() -> None:
    result = run_signal(OddPhrasing(), "Hillary Clinton is campaigning in Pennslyvania with her staff today.")
    assert result.features["misspellings_per_1k_words"] == pytest.approx(1000 / 10)  # ten words
    assert "misspellings" not in result.features
    assert "misspellings_per_1k_words" in OddPhrasing.warning_features
    assert result.findings[0].check == "misspelling"


# ---- round 2: false findings once seen on real credible articles, each with its sentence ----------


@pytest.mark.parametrize(
    "text",
    [
        # the subject is a coordination or a gerund's object, not the noun before the verb
        "Considering the fact she changes her opinions on issues as quickly as the cash from private "
        "lobbyists and Wall Street backers is created.",
        "In conclusion understanding the concepts is more important than learning the facts.",
        # a word censored with dashes or stars: its first letter is not how it is said
        "Let me get a f---ing baton over here.",  # a police officer, heard on video
        # a capitalised name in the middle of a sentence
        "Steyer has given his millions to his own personal super PAC, Next Gen Climate Action, along with a "
        "super PAC co-run with a labor union, For our Future.",
        # a possessive name before a number: the number names the sample, it does not count it
        "The Times/Siena poll had a larger sample, 867 likely voters, compared to Monmouth’s 400 sample that "
        "has an error-margin of 4.9 points.",
        # a speaker restarting: the words after the comma begin anew
        "And they also had, gave me a defective mic.",
        # a brand in lower case before its acronym; a prefixed word; a regular plural
        "Alexander Howe, account director at fama PR in Boston, joined the firm.",
        "The SDF fighters started demining of the newly-liberated positions local sources said.",
        "That was more than enough to make butterfly ballots and hanging chads irrelevant.",
        # a ranking reported; a term introduced with "so-called"; a title in capitals
        "Today, George W. Bush is often rated one of the worst presidents in history, thanks to his "
        "authorship of the Iraq War.",
        "Mayer is best known for productions such as Spring Awakening as well as American Idiot, based on "
        "the music of Green Day.",
        # main verb "do" or "have" before what looks like a second verb; a hyphenated compound
        "The inability to do desired things makes elders unhappy.",
        "Second, many of the disadvantages cars have will cease, or decrease, in the coming years.",
        "Tonight's presidential debate between Hillary Clinton and Donald Trump is must-see TV.",
        # a collective noun with a plural verb (British usage); an adjective heading its own phrase
        "The influential attacking duo are preparing to play in Brazil's World Cup qualifier.",
        "Restated in terms similar to the oft-cited gender gap, that adds up to a 37-point education gap.",
    ],
)
def test_no_false_alarm_on_credible_news(text: str) -> None:
    assert texts(text) == []


# ---- whose words: quotations, transcript turns and embedded posts ------------------------------


def test_grammar_inside_a_quotation_is_the_speakers_but_spelling_is_the_editors() -> None:
    # a doubled word inside a quotation is the speaker's; a misspelling in a transcription is not
    assert texts("Officials said the the plan was ready.") == ["the the"]
    assert texts("“The the plan is ready,” the official said.") == []
    quote = (
        "“My thought is yes the moderators have to fact-check, but the first fact-check opporutnity should "
        "go to the candidate themselves,” Scheiffer said."
    )
    assert texts(quote) == ["opporutnity"]


def test_voices_transcript_turns_and_embedded_posts() -> None:
    from misinfo_scorer_plugins.odd_phrasing.voice import voices

    transcript = (
        "Warren used the mission statement to shame him.\n\n"
        "WARREN: Since this massive, years-long scam came to light, you have said repeatedly.\n\n"
        "STUMPF: I do and and I will."
    )
    v = voices(transcript)
    assert v.quoted(transcript.index("Since"), transcript.index("repeatedly"))
    assert v.quoted(transcript.index("and and"), transcript.index("and and") + 7)
    assert not v.quoted(0, 10)  # the writer's own sentence before the transcript
    # two turns, each speaker once: the loaded-language checks' stricter transcript rule takes none
    assert v.turns == () and v.marked_or_turns == ()
    post = (
        "The protests went on.\n\nGlad to see you morons got your fifteen minutes of fame "
        "— Dick N. Bimbos (@Crapplefratz) September 23, 2016\n\nThe police said little."
    )
    v = voices(post)
    start = post.index("morons")
    assert v.posted(start, start + 6)
    assert not v.posted(post.index("The police"), post.index("The police") + 10)
    assert texts(post) == []


def test_voices_narrow_readings_of_quotation_marks() -> None:
    from misinfo_scorer_plugins.odd_phrasing.voice import voices

    # a headline's single curly quotes (the loaded-language reading) are not a double quotation
    # (the exclamation-run reading); both are computed once with the article's voices
    text = "Trump calls her ‘Crooked Hillary Clinton.’ and says “She is a disaster!!”"
    v = voices(text)
    single = (text.index("‘"), text.index("’") + 1)
    double = (text.index("“"), len(text))
    assert v.marked == (single, double)
    assert v.double_marked == (double,)
    assert voices(text) is v


# ---- loaded language in the article's own voice: insults, contempt, profanity, sneers, epithets ----
# Real sentences: PTC v2 TRAIN articles and credible / fake articles of ../shared/data (none from the
# hand-marked dev set); each finding names the word and why an editor would query it.
LOADED_FOUND = [
    ("It also makes them the biggest hypocrites known to man.", "hypocrites", "name-calling"),
    ("She hates the Second Amendment and will do all she can to quash and eliminate it.", "hates", "charged verb"),
    ("He knocked out Crooked Hillary.", "Crooked Hillary", "mocking epithet"),
    ("People want to LIVE, and not be attacked by terrorist scum.", "scum", "name-calling"),
    # buzzfeed_webis_2016:0773: "Not" negates the phrase, not the insult
    ("We are no longer a leading nation. Not with that idiot President in the White House that only knows how "
     "to lead from behind.", "idiot", "name-calling"),
    ("Of course, this is just a cowardly move because of Trump's abysmal performance.", "cowardly", "contempt"),
    (
        "He ignores facts and peddles bullshit and frankly shouldn't be allowed anywhere near the airwaves.",
        "bullshit",
        "profanity",
    ),
    ("Let's see what the feckless Roger Goodell has planned.", "feckless", "contempt"),
    ("The so-called experts got the election wrong again.", "so-called experts", "sneers"),
    ("Of course not — that would be preposterous, as I'm sure Faggioli would agree.", "preposterous", "contempt"),
]


# Charged words learned from PTC TRAIN (``CHARGED``, by part of speech) and names said of a person
# (``METAPHOR_INSULTS`` as the predicate of "be"): real sentences from PTC v2 TRAIN articles and from
# fake articles of ../shared/data (none from the hand-marked dev set).
LOADED_FOUND += [
    (
        "The anti-Israel left has built networks that can blacklist, smear and silence almost anyone in an "
        "academic field.",
        "smear",
        "passes judgement",
    ),
    (
        "After the JCPOA was finalized in July 2015, Rhodes shamelessly denied that anytime, anywhere "
        "inspections were ever considered as part of the negotiations.",
        "shamelessly",
        "passes judgement",
    ),
    (
        "By contrast, Barack Obama and his obsequious acolytes were besotted by the prospect of forging "
        "détente with the despotic mullahs of the Islamic Republic.",
        "despotic",
        "passes judgement",
    ),
    (
        "The government is not going to be able to ban guns, and limits on the size of bullet magazines "
        "will be even more laughable than before.",
        "laughable",
        "passes judgement",
    ),
    (
        "But because Michigan Republicans and Governor Rick Snyder are rats who hate democracy and justice, "
        "they shut down any potential lawsuit by stripping Flint of the power to sue.",
        "rats",
        "name-calling",
    ),
    ("She now understands that Hillary is a liar; she’s as corrupt as they come.", "liar", "name-calling"),
    # a credible op-ed: "the disgrace of" is the writer's judgement ("smears of blood" is not)
    (
        "And by the way, moving to a Medicare for all program will end the disgrace of Americans paying, by far, "
        "the highest prices in the world for prescription drugs.",
        "disgrace",
        "passes judgement",
    ),
    # a sentence that reports speech: the writer's own words for the speaker and the manner still count
    # (buzzfeed_webis_2016:0904, credible; celebrity:fake/023fake.txt; fakenewsnet_politifact_defend:politifact14213)
    (
        "A few days ago, Donald Trump’s despicable spawn tweeted out a meme comparing refugees fleeing chlorine gas "
        "and napalm in Syria to “poisoned Skittles.”",
        "despicable",
        "contempt",
    ),
    (
        "He took to Instagram Live to make fun of The Weeknd, snidely claiming that Starboy is his favorite song.",
        "snidely",
        "passes judgement",
    ),
    ("The internet hoax isn't news, with many liars claiming darkness will descend.", "liars", "name-calling"),
    ("She hates the Second Amendment more than anything.", "hates", "charged verb"),
    ("Buchanan was a Southern lackey, and the North knew it.", "lackey", "name-calling"),
]


@pytest.mark.parametrize(("text", "word", "why"), LOADED_FOUND, ids=[f[1] for f in LOADED_FOUND])
def test_loaded_word_in_own_voice_is_found_and_explained(text: str, word: str, why: str) -> None:
    findings = [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]
    assert [f.text for f in findings] == [word]
    assert f"'{word}'" in findings[0].message and why in findings[0].message


def test_a_charged_word_is_queried_once_per_article() -> None:
    # two sentences of PTC v2 TRAIN articles: the second "smear" is the same query again
    text = (
        "The anti-Israel left has built networks that can blacklist, smear and silence almost anyone in an "
        "academic field. As every false accusation has fallen away, every bogus smear shown to be the work of "
        "political enemies, Julian stands vindicated as one who has exposed a system that threatens humanity."
    )
    findings = [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]
    assert [f.text for f in findings] == ["smear"]
    assert findings[0].start == text.index("smear")


LOADED_NEUTRAL = [
    "The army said the attack on the base killed four soldiers.",  # military report
    # buzzfeed_webis_2016:1338: the writer denies the judgement
    "Achieving that \u201cpresidential look\u201d means she has to be masculine enough, but not emasculating or "
    "heartless.",
    # buzzfeed_webis_2016:0922: "blatantly" on how plain a fact is accuses nobody
    "Examining the number of police stops per seizures of illicit goods mapped out by race, it becomes "
    "blatantly obvious that not only are African-Americans stopped over 5x more than whites, the "
    "disproportionate targeting is ineffective in reducing crime.",
    "The radical is stabilised by the neighbouring oxygen atom, the chemists found.",  # chemistry
    "He slammed the door and drove off.",  # a door
    "Senate leaders threatened to use the so-called nuclear option to end the filibuster.",  # a term
    "Anyone who has studied President Trump knows he hates to admit a mistake.",  # a habit, not hatred
    "Snowden was charged with treason in absentia.",  # a crime
    "“These hypocrites never learn,” the senator said.",  # a quotation
    "The senator called his rival a coward in a 2008 email.",  # reported speech
    # what the speaker said, however it is joined (celebrity:fake/112fake.txt; celebrity:legit/060legit.txt;
    # fakenewsnet_politifact_defend:politifact14750), and a speech verb as an aside
    "They say she is lying, staging the show, and all other ex-members who are on her show are just as dishonest.",
    "I remember sitting in the back of the truck saying, bloody hell, they're right, this is stupid.",
    "Roy Moore had this to say about the campaign against him: The liberal media lapdogs just launched the most "
    "vicious round of attacks.",
    "The plan, the corrupt senator said, is dead.",
    # a comparison, not hatred aimed at someone (buzzfeed_webis_2016:0107, credible)
    "There may be a few women who enjoy a man telling them to smile, but there’s nothing a woman hates more than "
    "being told to smile.",
    "There is nothing a woman hates more than a rude waiter.",
    # the charge someone makes "for being" (buzzfeed_webis_2016:1005, credible, in the hand-read sample)
    "The ruling caused Northerners of all parties to further blame Buchanan for being a Southern lackey.",
    "Mayer directed American Idiot on Broadway.",  # a title
    # polnear_dev:usa-today_2016-10-03_my-father-would-have-loved-trump: a title before its subtitle
    "Charlotte Meehan is playwright-in-residence at Wheaton College and artistic director of Sleeping Weazel, "
    "which premiered her play, Cleanliness, Godliness, and Madness: A User's Guide, at Boston Center for the Arts.",
    "Officials confirmed a second case of swine flu in the county.",
    # two apostrophes as quotation marks (New York Times copies in PolNeAR)
    "He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept his temper.",
    "''Mark, you are a total loser! And your book (and writings) sucks!'' the note says.",
    "Trump Makes Campaign Announcement For Speech Against ‘Crooked Hillary Clinton.’",  # a headline's quote
    # someone's argument reported without quotation marks
    "Critics argue that Francis is a political pope pursuing a leftist agenda that castigates capitalism.",
    # someone's framing described; a comparison (PolNeAR)
    "It is this vision of Obama that Clinton is tying her own image to, attempting to present Sanders as a "
    "traitor to the cause.",
    "Probably nobody hates the Cadillac tax more than representatives of the labor movement.",
    "Liberals call Ryan cowardly because he won't formally un-endorse Trump.",
    # charged words in a literal sense, someone else's judgement reported, a name denied or not said of
    # a person (credible articles of buzzfeed_webis_2016 and PolNeAR)
    "Even the snacks served catered to the limousine liberal set; vegan “energy squares” made of fig, hazelnut "
    "and cacao nibs, and multigrain crisps smeared with almond butter and maple syrup, were served between "
    "“breakout sessions.”",
    "It struck many as ruthless and excessive, if not downright illegal.",
    # "Oh, he also unleashed a diatribe about incompetent contractors ...": "incompetent" is the speaker's
    # judgement reported; since 0.9.0 "diatribe" itself is the writer's (test_odd_phrasing_loaded_general.py)
    "Her response was basically that Trump was not a liar; he just spoke without knowing the truth.",
    "Syria is a puppet state of Iran.",
    "That was a joke…he’s been to each party’s rallies and shown the way to healing through love.",
    "The rumors of Paul's death began more than 45 years ago, but had always been dismissed as nonsense by the "
    "band and its entourage.",
    # wrong in the first read of credible articles (celebrity, fa_kes): a substance, someone's own view,
    # fans' speculation, a literal state
    "The babys eyes were closed and its body was white with dust except for speckles and smears of blood.",
    "The idea that she could still be anyone’s idea of a sex symbol is laughable to her.",
    "With an album title like Reputation, fans speculated whether the entire album would be a vindictive screed "
    "aimed at Swift's enemies.",
    "They ran past a hysterical woman who was crying and screaming her clothes torn.",
]


@pytest.mark.parametrize("text", LOADED_NEUTRAL)
def test_neutral_or_reported_uses_stay_silent(text: str) -> None:
    assert [f for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"] == []


# False findings read on 250 PolNeAR articles (mainstream and partisan US political news, 2015-16) that
# no check had been developed on: 92 odd-phrasing findings, 23 right before these fixes. Each sentence
# below is from one of those articles; every one must stay silent.
POLNEAR_FALSE_FINDINGS = [
    "Sanders is trying to cut into Clinton's sizable lead by appealing to young voters.",  # a surname in -s
    "Sanders says the U.S. can't move forward until the Supreme Court decision is overturned.",
    "He also suggested that stiffing vendors is fair game in some cases.",  # object of a gerund subject
    "The lens through which voters view the candidates is sharply divided along gender and racial lines.",
    "A night after he mimicked his own advisers and referenced their pleas that he stick to the script, "
    "Trump again steered clear of any major gaffe.",  # mandative after a noun
    "Gary Hart undermined his bid against Walter Mondale in 1984 when he flip-flopped on the embassy.",
    "Senior politics editor Charlie Mahtesian and campaigns editor Scott Bland take you behind the scenes.",
    "The political fight comes as Zika cases in Florida eclipse the 600 mark.",  # a figure as a label
    "It still fell far short of the 176 majority needed to govern alone.",
    "Clinton led by about 1,500 votes out of nearly 620,000 cast in unofficial returns.",
    "Graham will headline a fundraiser after he midwifed the Gang of Eight bill with Marco Rubio.",
    "Several waved their mangled-Spanish signs from their seats.",  # possessive + adjective, not a verb
    'Braynard boasted that, thanks to his patented "Braynard Precision Survey Method," he was the only pollster.',
    'CNN\'s Dana Bash tweeted that Ivanka was behind the decision. <tweet tweet-id="744917430200340480"><tweet/>.',
    "I don't think that it's nec- essary for Mr. D'Souza to go to jail.",  # a print line break
    "Training and arming Kurdish pesh merga battling the Islamic State in Iraq and Syria.",
    "De Blasio: Trust Bratton on security, not 'blowhard' Trump.",  # someone else's word, quoted
]


@pytest.mark.parametrize("text", POLNEAR_FALSE_FINDINGS)
def test_no_false_finding_on_unseen_political_news(text: str) -> None:
    assert texts(text) == []


def test_the_same_checks_still_find_real_slips_in_that_news() -> None:
    """The guards above leave the real slips the same articles hold."""
    assert texts("His adminstration has made a major effort to crack down on such transactions.") == [
        "adminstration"
    ]
    assert texts("Twitter soon made made his tweets into a Moment.") == ["made made"]
    assert texts("But critics claim three data center were built without permits.") == ["three data center"]
    assert texts("They was there when the plans for the pipelines is underway.") == [
        "They was",
        "plans for the pipelines is",
    ]
