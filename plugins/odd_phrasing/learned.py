"""Learned loaded words: charged words in the article's own voice that no rule flags, judged by a
trained detector.

The loaded-language rules (``loaded.py``, ``strong_words.py``, ``speech_pejoratives.py``,
``destruction.py``, ``rhetoric.py``, ``person_judgements.py``, ``act_judgements.py``, ``sneers.py``) are
lists and structures read from the articles they were written from; on articles no rule was read against
they find a small share of what readers mark. This module proposes every word
in the article's own voice (outside quotations, transcript turns and embedded posts: ``voice.py``)
that carries a sentiment or intensity signal and that no rule finding covers: adjectives, adverbs,
verbs and nouns that vaderSentiment's lexicon rates, that the PTC-built lexicon lists, that are
superlatives or that follow an intensifier. Each candidate is described by what can transfer to an
article no one has read:

- the word: VADER valence (signed, absolute, band), membership in the PTC-built lexicon and the
  rules' word lists, part of speech, dependency role, superlative or comparative, written in
  capitals, an intensifier before it, negated;
- whom it is said of: a PERSON/ORG/NORP name, a pronoun for a person, a noun for a person;
- its sentence: an exclamation or a question, first or second person, speech reported in it, other
  charged words in it, a rule finding in it, the first sentence;
- its article: the rules' loaded-word rate and findings, where in the text the word is.

The detector (``models/odd_phrasing.loaded.spans.json``, trained with ``misinfo-scorer train-spans
misinfo_scorer_plugins.odd_phrasing.learned:TASK``) says which an editor would query; :func:`judge`
turns those into ``loaded_word`` findings, at most one per sentence.

What cross-validation by article says (the card, ``models/odd_phrasing.loaded.spans.md``; all 672 marked
tuning articles, 14,017 candidates, 1,028 of them on a mark, 772 of the 1,373 marks with a candidate): the
ranking is weak (average precision 0.27 against a base rate of 0.07) and its top is the articles the rules
already find loaded (the largest weights are the article's and the sentence's rule findings), not the
words. No threshold reaches precision 0.8 with 20 findings (0.61 with 84, 0.59 with 39; on the first 304
articles the best with 20 was 0.70), so the shipped table's threshold lies above every probability: it adds
no finding and the signal makes no candidates. Tried and left out on the first 304 articles, as no better
at the top of the ranking: the lemma as a feature (``USE_LEMMA``: average precision 0.245, but 0.40-0.60
precision where the findings would be), a per-lemma share of uses inside PTC Loaded_Language and
Name_Calling spans (average precision 0.25, best precision with 20 findings still 0.71), and the word's
features alone without the article's (0.71).
Many of the top-ranked candidates that match no mark read as loaded ("all hell breaks loose", "the
forces of evil", "a constant barrage of lies"): one reader marks about two spans an article, so the
measured precision is a floor, but it is the measure the threshold is chosen by.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Candidate, Finding, SpanDetector, SpanTask

from .doccache import doc_text, sentence_of
from .loaded import HAND_WORDS, LoadedResult, find_loaded, load_lexicon, loaded_features
from .own_voice import loaded_cases
from .person_judgements import PERSON_JUDGEMENTS, PERSON_NOUNS
from .reported_speech import reports_speech
from .strong_words import CHARGED, JUDGEMENT_ADJECTIVES, STRONG_WORDS
from .voice import Voices, voices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME = "odd_phrasing.loaded"
#: the ``check`` of a finding the detector adds (the rules' own check for a single loaded word)
LEARNED_CHECK = "loaded_word"
#: whether the word's lemma is a feature (on only if cross-validation by article says it helps)
USE_LEMMA = False

#: parts of speech a loaded word can be
CONTENT_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN"})
#: words that push the next one further ("so ridiculous", "utterly", "really")
BOOSTERS = frozenset({"so", "very", "too", "really", "most", "truly", "extremely", "incredibly", "such", "totally"})
#: entity labels of someone a judgement can be aimed at
_NAMED = frozenset({"PERSON", "ORG", "NORP"})
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "you", "we", "i"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_SECOND_PERSON = frozenset({"you", "your", "yours"})


@functools.cache
def vader_lexicon() -> dict[str, float]:
    """vaderSentiment's word valences (-4 .. +4); the lexicon ships inside the package."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


def valence(tok: Token) -> float:
    """The VADER valence of the word, or of its lemma when the form is not listed (0 when neither is)."""
    lex = vader_lexicon()
    value = lex.get(tok.lower_)
    if value is None:
        value = lex.get(tok.lemma_.lower(), 0.0)
    return float(value)


def _band(value: float) -> str:
    """The valence as one of seven bands: strong, clear or mild, negative or positive, or none."""
    if value == 0.0:
        return "none"
    sign = "neg" if value < 0 else "pos"
    size = abs(value)
    return f"{sign}_{'strong' if size >= 2.5 else 'clear' if size >= 1.5 else 'mild'}"


def is_candidate(tok: Token, lexicon_words: frozenset[str]) -> bool:
    """A content word with a sentiment or intensity signal: rated by VADER, in the lexicon, a
    superlative, or after a booster ("so", "utterly")."""
    if not tok.is_alpha or tok.pos_ not in CONTENT_POS or len(tok) < 3:
        return False
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("be", "have", "do", "say", "get", "go", "make", "like"):
        return False
    if valence(tok) != 0.0 or tok.lower_ in lexicon_words or tok.tag_ in ("JJS", "RBS"):
        return True
    prev = tok.nbor(-1) if tok.i > 0 else None
    return prev is not None and prev.lower_ in BOOSTERS and tok.pos_ in ("ADJ", "ADV")


def candidates(
    doc: Doc,
    flagged: Sequence[tuple[int, int]] | None = None,
    voice: Voices | None = None,
    loaded: LoadedResult | None = None,
) -> list[Candidate]:
    """The loaded-word candidates of ``doc``: one per word in the article's own voice that no rule
    finding overlaps, with its features.

    :param flagged: spans of the loaded-language rule findings, when the signal already has them.
    :param voice: the article's voices, when the signal already read them.
    :param loaded: ``find_loaded(doc)``, when the signal already ran it.
    """
    text = doc_text(doc)
    voice = voice or voices(text)
    loaded = loaded or find_loaded(doc)
    if flagged is None:
        flagged = [(f.start, f.end) for f in loaded_cases(doc, text, voice, loaded)]
    lexicon_words = load_lexicon().words
    article = _article_features(doc, loaded, flagged)
    out: list[Candidate] = []
    sentence_cache: dict[int, dict[str, float | str]] = {}
    for tok in doc:
        if not is_candidate(tok, lexicon_words):
            continue
        start, end = tok.idx, tok.idx + len(tok)
        if voice.quoted(start, end) or voice.posted(start, end):
            continue
        if any(s < end and start < e for s, e in flagged):
            continue
        sent = sentence_of(tok)
        if sent.start not in sentence_cache:
            sentence_cache[sent.start] = _sentence_features(doc, sent, flagged, lexicon_words)
        features = {**article, **sentence_cache[sent.start], **_word_features(tok, lexicon_words)}
        features["position"] = start / max(1, len(text))
        out.append(Candidate(start, end, tok.pos_.lower(), features))
    return out


TASK = SpanTask(
    NAME,
    "loaded_language",
    candidates,
    "Words in the article's own voice with a sentiment or intensity signal (VADER valence, the PTC-built "
    "lexicon, a superlative, a booster before them) that no loaded-language rule flags, judged by the word's "
    "valence and lexicon membership, its part of speech and role, whom it is said of, and its sentence.",
)


def _word_features(tok: Token, lexicon_words: frozenset[str]) -> dict[str, float | str]:
    """What the word itself and its place in the parse say."""
    low = tok.lower_
    value = valence(tok)
    prev = tok.nbor(-1) if tok.i > 0 else None
    f: dict[str, float | str] = {
        "valence": value / 4.0,
        "negative": max(0.0, -value) / 4.0,
        "positive": max(0.0, value) / 4.0,
        "valence_band": _band(value),
        "lexicon": float(low in lexicon_words),
        "hand_word": float(low in HAND_WORDS),
        "rule_word": float(low in STRONG_WORDS or low in CHARGED or low in JUDGEMENT_ADJECTIVES
                           or low in PERSON_JUDGEMENTS),
        "pos": tok.pos_,
        "tag": tok.tag_,
        "dep": tok.dep_,
        "pos+dep": f"{tok.pos_}+{tok.dep_}",
        "pos+band": f"{tok.pos_}+{_band(value)}",
        "superlative": float(tok.tag_ in ("JJS", "RBS")),
        "comparative": float(tok.tag_ in ("JJR", "RBR")),
        "capitals": float(tok.is_upper and len(tok) > 2),
        "booster_before": float(prev is not None and prev.lower_ in _boosters()),
        "negated": float(_negated(tok)),
        "target": _target(tok),
    }
    if USE_LEMMA:
        f["lemma"] = tok.lemma_.lower()
    return f


@functools.cache
def _boosters() -> frozenset[str]:
    """``BOOSTERS`` and the lexicon's intensifiers, strong and weak."""
    lex = load_lexicon()
    return BOOSTERS | lex.intensifiers | lex.weak_intensifiers


def _negated(tok: Token) -> bool:
    """'not horrible', 'was not a disaster': a negation on the word or, for a predicate, on its verb."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in ("acomp", "attr") and any(c.dep_ == "neg" for c in tok.head.children)


def _target(tok: Token) -> str:
    """Whom or what the word is said of: a named PERSON/ORG/NORP, a person pronoun, a noun for a
    person, another noun, or nothing the parse shows."""
    if tok.dep_ in ("amod", "advmod", "compound") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = tok.head
    elif tok.dep_ in ("acomp", "attr", "advmod") or tok.pos_ == "VERB":
        verb = tok.head if tok.pos_ != "VERB" else tok
        head = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is None and tok.pos_ == "VERB":
            head = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if head is None:
            return "none"
    else:
        return "none"
    if head.pos_ == "PROPN":
        return "named" if head._.entity in _NAMED else "proper"
    if head.pos_ == "PRON":
        return "person_pronoun" if head.lower_ in _PERSON_PRONOUNS else "pronoun"
    return "person_noun" if head.lower_ in PERSON_NOUNS else "noun"


def _sentence_features(
    doc: Doc, sent: Span, flagged: Sequence[tuple[int, int]], lexicon_words: frozenset[str]
) -> dict[str, float | str]:
    """What the word's sentence says: exclamation, question, person, reported speech, charge."""
    text = doc_text(doc)
    body = text[sent.start_char : sent.end_char]
    lowers = {t.lower_ for t in sent}
    charged = sum(1 for t in sent if t.is_alpha and t.pos_ in CONTENT_POS and abs(valence(t)) >= 1.5)
    return {
        "exclamation": float("!" in body),
        "question": float("?" in body),
        "first_person": float(bool(lowers & _FIRST_PERSON)),
        "second_person": float(bool(lowers & _SECOND_PERSON)),
        "reported_speech": float(reports_speech(doc, text, sent.start_char, sent.end_char)),
        "charged_in_sentence": min(4, charged) / 4.0,
        "lexicon_in_sentence": float(any(t.lower_ in lexicon_words for t in sent)),
        "rule_in_sentence": float(any(sent.start_char <= s < sent.end_char for s, _ in flagged)),
        "first_sentence": float(sent.start == 0),
    }


def _article_features(doc: Doc, loaded: LoadedResult, flagged: Sequence[tuple[int, int]]) -> dict[str, float]:
    """How charged the whole article is by the rules: loaded-word rate and rule findings."""
    rates = loaded_features(loaded)
    return {
        "article_loaded_per_1k": min(20.0, rates["loaded_per_1k_words"]) / 20.0,
        "article_loaded_share": rates["loaded_share_sentences"],
        "article_rule_findings": min(5, len(flagged)) / 5.0,
    }


@dataclass(frozen=True)
class Judged:
    """The findings the detector adds (with their candidates) and its probability mass over all
    candidates."""

    findings: list[tuple[Candidate, Finding]]
    mass: float


def judge(doc: Doc, flagged: Sequence[tuple[int, int]], voice: Voices, loaded: LoadedResult,
          detector: SpanDetector) -> Judged:
    """The candidates ``detector`` accepts, at most one per sentence (the likeliest), as findings."""
    scored = [(detector.probability(c), c) for c in candidates(doc, flagged, voice, loaded)]
    kept: list[tuple[float, Candidate]] = []
    sentences: set[int] = set()
    for p, cand in sorted(scored, key=lambda pc: -pc[0]):
        if p < detector.threshold:
            break
        sent = sentence_of(doc.char_span(cand.start, cand.end, alignment_mode="expand")[0]).start
        if sent in sentences:
            continue
        sentences.add(sent)
        kept.append((p, cand))
    kept.sort(key=lambda pc: pc[1].start)
    text = doc_text(doc)
    return Judged([(c, _finding(c, p, text)) for p, c in kept], sum(p for p, _ in scored))


def _finding(cand: Candidate, probability: float, text: str) -> Finding:
    word = text[cand.start : cand.end]
    value = float(cand.features.get("valence", 0.0)) * 4.0
    sign = "negative" if value < 0 else "positive"
    why = "a charge" if value == 0 else f"a {sign} charge of {abs(value):.1f}/4"
    return Finding(
        start=cand.start,
        end=cand.end,
        message=(
            f"Loaded word: '{word}' in the writer's own voice carries {why} that judges instead of "
            f"describing (learned from articles copy editors marked; {probability:.0%} likely to be queried)."
        ),
        severity=0.35,
        check=LEARNED_CHECK,
    )


def learned_features(judged: Judged, doc: Doc) -> dict[str, float]:
    """Rates per 1,000 words: findings the detector adds and its probability mass over every candidate."""
    words = sum(1 for t in doc if t.is_alpha)
    if not words:
        return {"learned_loaded_per_1k": 0.0, "learned_loaded_mass_per_1k": 0.0}
    return {
        "learned_loaded_per_1k": 1000.0 * len(judged.findings) / words,
        "learned_loaded_mass_per_1k": 1000.0 * judged.mass / words,
    }
