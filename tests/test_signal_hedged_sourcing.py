"""hedged_sourcing: anonymous, vague and agentless attributions are flagged; named ones are counted.

Every sentence here is written for these tests. Each runs through ``run_signal``, which parses
with the shared pipeline and checks every finding's offsets against the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing, register_signals
from misinfo_scorer_plugins.hedged_sourcing.detect import get_matcher

from scorer.nlp import load_pipeline
from scorer.testing import make_article, run_signal

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "example_article.txt"


@pytest.fixture(scope="module")
def signal() -> HedgedSourcing:
    return HedgedSourcing()


def _texts(result) -> list[str]:
    return [f.text for f in result.findings]


# (sentence, the phrase the finding must cover, the feature that must count it)
HEDGED = [
    # anonymous human sources
    ("A senior official said the talks had stalled.", "A senior official said", "anonymous"),
    (
        "Sources familiar with the matter said the merger was close.",
        "Sources familiar with the matter said",
        "anonymous",
    ),
    (
        "People close to the agency said the director would resign.",
        "People close to the agency said",
        "anonymous",
    ),
    (
        "A diplomat who asked not to be named said the vote would be delayed.",
        "A diplomat who asked not to be named said",
        "anonymous",
    ),
    (
        "He said, speaking on condition of anonymity, that the budget was dead.",
        "speaking on condition of anonymity",
        "anonymous",
    ),
    (
        "The official, speaking on condition of anonymity, said the plan had failed.",
        "The official, speaking on condition of anonymity",
        "anonymous",
    ),
    ("Intelligence sources say the missiles were moved last week.", "Intelligence sources say", "anonymous"),
    ("According to sources, the ceasefire will collapse.", "sources", "anonymous"),
    ("According to a senior adviser, the reform is finished.", "a senior adviser", "anonymous"),
    (
        "Two officials familiar with the talks said a deal was near.",
        "Two officials familiar with the talks said",
        "anonymous",
    ),
    ("One of the officials said the deal was off.", "One of the officials said", "anonymous"),
    (
        '"The factory will close," said a senior company executive.',
        "a senior company executive",
        "anonymous",
    ),
    # vague collectives and weasel subjects
    ("Experts say the new vaccine is unsafe.", "Experts say", "vague"),
    ("Officials believe the fire was set deliberately.", "Officials believe", "vague"),
    ("Critics argue that the law goes too far.", "Critics argue", "vague"),
    ("Some analysts doubt the official figures.", "Some analysts doubt", "vague"),
    ("Many doctors warn that the drug is dangerous.", "Many doctors warn", "vague"),
    ("Insiders claim the chief executive will quit.", "Insiders claim", "vague"),
    ("Observers noted that turnout was unusually low.", "Observers noted", "vague"),
    ("Many believe the landing was staged.", "Many believe", "vague"),
    ("Critics attacked the plan, saying it would fail.", "Critics", "vague"),
    ("Studies show that the supplement prevents cancer.", "Studies show", "vague"),
    # agentless attribution
    ("It is widely believed that the election was rigged.", "It is widely believed", "agentless"),
    ("It has been reported that the minister resigned.", "It has been reported", "agentless"),
    ("It is said that the river once ran red.", "It is said", "agentless"),
    ("The senator, according to reports, was paid millions.", "according to reports", "agentless"),
    ("The mayor reportedly accepted the bribe.", "reportedly", "agentless"),
    ("The suspect allegedly stole the van.", "allegedly", "agentless"),
    ("The general is thought to have fled the country.", "is thought to", "agentless"),
    ("Rumour has it that the band will split.", "Rumour has it", "agentless"),
    ("Reports say the bridge will close.", "Reports say", "agentless"),
    ("The statue is speculated to be a fake.", "is speculated to", "agentless"),
    # weasel judgements: consensus claimed for nobody in particular
    ("The film is widely regarded as a masterpiece.", "is widely regarded as", "agentless"),
    ("The album was widely panned by critics.", "critics", "vague"),
    ("Some atheists argue that the rule is unfair.", "Some atheists argue", "vague"),
]


@pytest.mark.parametrize(("text", "phrase", "feature"), HEDGED, ids=[h[1] for h in HEDGED])
def test_hedged_attribution_is_flagged_on_its_phrase(signal, text, phrase, feature):
    result = run_signal(signal, text)
    assert _texts(result) == [phrase]
    assert result.features[feature] == 1
    assert result.features["named"] == 0
    finding = result.findings[0]
    assert 0.0 < finding.severity <= 1.0
    assert finding.signal == "hedged_sourcing"


NAMED = [
    '"We will not retreat," said Denise Okafor, the authority\'s chair.',
    "The company said in a statement that it would appeal the ruling.",
    "Jobless claims rose, according to figures published on Monday by the state health department.",
    "Economists polled by Reuters expect growth of 2 percent this year.",
    "Finance Minister Olaf Weber told reporters the budget would balance.",
    "The police said the suspect was arrested on Tuesday.",
    "A Pentagon spokesman said the exercises would continue.",
    "Marta Ruiz, a virologist at the university, warned that cases were rising.",
    "The ministry announced that the border would reopen.",
    "A Pew Research report released in May shows that incomes rose.",
    "An attorney for the family said the video was clear.",
    "The bill was praised by Senator Ann Lee.",
    # recall fixes of 0.2.0: anaphoric "they", office-holders, participial cues, stance verbs
    "They said the plan would fail.",
    "The president told reporters the deal was done.",
    "The senator attacked the bill, saying it would raise taxes.",
    "Her campaign manager called for a recount.",
    "Okafor vowed to fight the ruling.",
]


@pytest.mark.parametrize("text", NAMED)
def test_named_source_is_counted_not_flagged(signal, text):
    result = run_signal(signal, text)
    assert result.findings == []
    assert result.features["named"] == 1
    assert result.features["named_share"] == 1.0
    assert result.features["hedged_share"] == 0.0


NOT_ATTRIBUTIONS = [
    "The river flooded the town on Monday.",
    "Their forces maintain the offensive in the east.",  # "maintain" without a clause reports nothing
    "The report was published in March.",  # a passive of "report" with no hidden source
    "The officials left the building at noon.",
    "The plant is supposed to open next year.",
    "Concerns grew over reports of arms deliveries.",  # "reports of X" names the topic, not a source
    "No one expected the vote to pass.",
    "You were a spy, according to one of the theories.",
    "Officials did not say whether the road would reopen.",  # a negated cue attributes nothing
    "He was arrested by police officers on Monday.",  # an agent, but no claim
    "The bridge was built in 1920.",
    "But some of you have said this before.",  # "some of you" refers back; it is not a crowd
    "Okafor called the office on Monday.",  # "call" without "for"/"on" + clause or a predicate
    "We said the plan would fail.",  # first person is not a source
    "A candidate withdrew from the race.",
    "Asked by reporters whether she would run, the mayor smiled.",  # an asker is not a source
    "When asked by an audience member about crime, Okafor talked about jobs.",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_sentences_without_sourcing_yield_nothing(signal, text):
    result = run_signal(signal, text)
    assert result.findings == []
    assert result.features["attributions"] == 0


def test_anonymity_phrase_after_a_flagged_source_is_not_counted_twice(signal):
    result = run_signal(signal, '"The plan is dead," a diplomat said, speaking on condition of anonymity.')
    assert _texts(result) == ["a diplomat said"]
    assert result.features["anonymous"] == 1


def test_bare_evaluative_passive_is_a_weak_finding(signal):
    hedged = run_signal(signal, "The film is widely regarded as a masterpiece.").findings[0]
    bare = run_signal(signal, "The compound is considered stable.").findings[0]
    assert bare.text == "is considered"
    assert bare.severity < hedged.severity
    assert "generally held" in bare.message


def test_affiliation_lowers_severity_and_is_explained(signal):
    bare = run_signal(signal, "A senior official said the talks had stalled.").findings[0]
    tied = run_signal(signal, "A senior NATO official said the talks had stalled.").findings[0]
    assert tied.text == "A senior NATO official said"
    assert tied.severity < bare.severity
    assert "only an affiliation" in tied.message


def test_messages_quote_the_source_and_say_why(signal):
    result = run_signal(signal, "Sources familiar with the matter said the merger was close.")
    message = result.findings[0].message
    assert message.startswith("Anonymous source:")
    assert "'Sources familiar with the matter'" in message
    assert "cannot be checked" in message
    vague = run_signal(signal, "Experts say the new vaccine is unsafe.").findings[0].message
    assert vague.startswith("Vague source: 'Experts'")
    agentless = run_signal(signal, "The mayor reportedly accepted the bribe.").findings[0].message
    assert "without saying who reported it" in agentless


def test_features_mix_named_and_hedged(signal):
    text = (
        "Experts say the dam is unsafe. "
        '"It will hold," said Denise Okafor, the authority\'s chair. '
        "It is widely believed that repairs were skipped."
    )
    features = run_signal(signal, text).features
    assert features["named"] == 1
    assert features["vague"] == 1
    assert features["agentless"] == 1
    assert features["attributions"] == 3
    assert features["named_share"] == pytest.approx(1 / 3)
    assert features["hedged_share"] == pytest.approx(2 / 3)
    assert features["quotes"] == 1
    assert features["quotes_named_share"] == 1.0
    words = 6 + 10 + 8  # non-punctuation tokens per sentence ("'s" is a token of its own)
    assert features["hedge_cues_per_1k"] == pytest.approx(1000 * 2 / words)


def test_quote_from_an_anonymous_source_is_not_named(signal):
    result = run_signal(signal, '"The plan is dead," a senior official said.')
    assert result.features["quotes"] == 1
    assert result.features["quotes_named_share"] == 0.0
    assert "quotation" in result.findings[0].message


def test_empty_text_gives_zero_features(signal):
    # the host refuses an empty text before any signal runs; the signal still copes with an empty Doc
    result = signal.compute(make_article(""), load_pipeline()(""))
    assert result.findings == []
    assert set(result.features) == {
        "named",
        "anonymous",
        "vague",
        "agentless",
        "attributions",
        "named_share",
        "hedged_share",
        "hedge_cues",
        "hedge_cues_per_1k",
        "quotes",
        "quotes_named_share",
    }
    assert all(v == 0 for v in result.features.values())


def test_compute_never_parses_again(signal, nlp, monkeypatch):
    from spacy.language import Language

    from scorer.testing import make_article

    text = "Officials believe the fire was set deliberately."
    doc = nlp(text)

    def refuse(*args, **kwargs):
        raise AssertionError("the plugin parsed the text again")

    monkeypatch.setattr(Language, "__call__", refuse)
    monkeypatch.setattr(Language, "pipe", refuse)
    result = signal.compute(make_article(text), doc)
    assert len(result.findings) == 1


def test_matcher_is_built_once_per_vocab(nlp):
    assert get_matcher(nlp.vocab) is get_matcher(nlp.vocab)


def test_register_signals_registers_the_signal():
    registered = []
    register_signals(registered.append)
    assert len(registered) == 1
    sig = registered[0]
    assert sig.name == "hedged_sourcing"
    assert "ner" not in sig.requires and "parser" in sig.requires  # entities come per sentence, on demand
    assert sig.languages == ("en",)


def test_entry_point_loads_this_module():
    from importlib.metadata import entry_points

    (ep,) = [e for e in entry_points(group="misinfo_scorer") if e.name == "hedged_sourcing"]
    assert ep.load().HedgedSourcing is HedgedSourcing


@pytest.mark.shared_data
def test_example_article(signal):
    if not EXAMPLE.is_file():
        pytest.skip(f"example article not found at {EXAMPLE}")
    text = EXAMPLE.read_text(encoding="utf-8")
    result = run_signal(signal, text)
    flagged = _texts(result)
    assert "a senior NATO official" in flagged
    assert "Western officials believe" in flagged
    assert "U.S. and European intelligence sources believe" in flagged
    assert "Western intelligence officials" in flagged
    assert result.features["named"] == 2  # Dr. Lina Park noted, Jake Sullivan warned
    assert not any("Park" in t or "Sullivan" in t for t in flagged)
    assert result.features["anonymous"] + result.features["vague"] == 4
    assert result.features["named_share"] == pytest.approx(2 / 6)


# --- hedge cues: uncertainty that is not sourcing counts in the features, never as a finding ---

# (sentence, the cue kind that must be found, the words it covers)
HEDGE_CUES = [
    ("The fire was probably started by a faulty heater.", "epistemic", "probably"),
    ("It is unclear whether the bridge will reopen.", "epistemic", "unclear"),
    ("The minister seems to have misled parliament.", "seem", "seems"),
    ("The suspect may have left the country before the raid.", "modal", "may have"),
    ("The storm might reach the coast by Friday.", "modal", "might"),
    ("Many of the paintings were lost in the fire.", "quantifier", "Many"),
    ("She is one of the most gifted painters of her generation.", "peacock", "one of the most"),
    ("The legendary coach retired in 1990.", "peacock", "legendary"),
    ("The plan was undoubtedly a failure.", "editorial", "undoubtedly"),
    ("The painting was criticized when it was first shown.", "passive", "criticized"),
]


@pytest.mark.parametrize(("text", "kind", "words"), HEDGE_CUES)
def test_hedge_cue_counts_in_features_without_a_finding(signal, nlp, text, kind, words):
    from misinfo_scorer_plugins.hedged_sourcing.cues import find_hedge_cues

    doc = nlp(text)
    cues = find_hedge_cues(doc, learned=frozenset())
    assert (kind, words) in [(c.kind, doc[c.first : c.last + 1].text) for c in cues]
    result = run_signal(signal, text)
    assert result.findings == []
    assert result.features["hedge_cues"] >= 1
    assert result.features["hedge_cues_per_1k"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Monday.",
        "Various groups attended the meeting in the town hall.",  # "various" is not a cue
        "The defendant appeared in court on Tuesday.",  # "appear" without a complement
        "You may leave your coat at the door.",  # "may" without a perfect
    ],
)
def test_plain_statements_have_no_hedge_cue(signal, text):
    result = run_signal(signal, text)
    assert result.features["hedge_cues"] == 0
    assert result.findings == []


def test_learned_cues_come_from_the_data_file(nlp):
    from misinfo_scorer_plugins.hedged_sourcing.cues import DATA, find_hedge_cues, learned_cues

    learned = learned_cues()
    assert DATA.is_file() and "commonly known" in learned
    assert all(" " in k or k.isalpha() or "'" in k for k in learned)
    doc = nlp("The plant is commonly known as wolfsbane.")
    assert [(c.kind, c.cue) for c in find_hedge_cues(doc)] == [("learned", "commonly known")]
    assert find_hedge_cues(doc, learned=frozenset()) == []


def test_cue_inside_a_hedged_attribution_is_not_counted_twice(signal):
    result = run_signal(signal, "It is widely believed that the mayor will probably resign.")
    assert len(result.findings) == 1
    assert result.features["agentless"] == 1
    assert result.features["hedge_cues"] == 1  # "probably"; "believed" belongs to the attribution


# --- entity_sentences: the sentences compute reads entity labels in, from the parse alone ---

MIXED_SOURCES = (
    "He said the plan had failed. Smith told reporters the vote was close. "
    "A senior official said the talks had stalled. Officials at the ministry believe the fire was set. "
    "According to a report by the state health department, cases rose. "
    "The official, speaking on condition of anonymity, said the plan was dead. "
    "Critics argue that the law goes too far. The weather was fine on Sunday."
)


def _deferred(nlp, text):
    from scorer.entities import defer_ner

    doc = nlp(text, disable=["ner"])
    defer_ner(doc, nlp)
    return doc


def _result_tuple(result):
    return result.features, [(f.start, f.end, f.message, f.severity) for f in result.findings]


@pytest.mark.parametrize("text", [MIXED_SOURCES, *(t for t, _, _ in HEDGED[:12]), *NAMED[:8]])
def test_entity_sentences_cover_every_entity_read(signal, nlp, monkeypatch, text):
    from misinfo_scorer_plugins.hedged_sourcing import DETECTION_KEY

    import scorer.entities as entities
    from scorer import Article

    article = Article(id="t", text=text)
    plain = _result_tuple(signal.compute(article, _deferred(nlp, text)))

    doc = _deferred(nlp, text)
    declared = {s.start for s in signal.entity_sentences(article, doc)}
    assert DETECTION_KEY in doc.user_data
    read: set[int] = set()
    original = entities._LazyNER.ensure

    def recording(self, d, sentences):
        sentences = list(sentences)
        read.update(s.start for s in sentences)
        return original(self, d, sentences)

    monkeypatch.setattr(entities._LazyNER, "ensure", recording)
    assert _result_tuple(signal.compute(article, doc)) == plain
    assert read <= declared
    assert DETECTION_KEY not in doc.user_data


def test_pronoun_proper_noun_and_bare_lexicon_sources_need_no_entities(signal, nlp):
    from scorer import Article

    text = (
        "He said the plan had failed. Smith said the vote was close. A spokeswoman said it was over. "
        "Experts say the vaccine is unsafe. Sources said the deal was close."
    )
    doc = _deferred(nlp, text)
    assert list(signal.entity_sentences(Article(id="t", text=text), doc)) == []
    features = signal.compute(Article(id="t", text=text), doc).features
    assert (features["named"], features["vague"], features["anonymous"]) == (3, 1, 1)


def test_entity_sentences_names_the_sentence_of_a_common_noun_source(signal, nlp):
    from scorer import Article

    text = "The weather was fine. A senior official said the talks had stalled."
    doc = _deferred(nlp, text)
    sentences = [s.text for s in signal.entity_sentences(Article(id="t", text=text), doc)]
    assert sentences == ["A senior official said the talks had stalled."]
