"""style: how an article is written, as readable rates and shares (features only, no findings).

The established credibility features of the fake-news literature (Horne & Adali 2017; Pérez-Rosas et
al. 2018; Potthast et al. 2018), each named so an editor can read it:

- headline: length, shouted words, every word capitalised, question and exclamation marks, share of
  names, clickbait cues;
- voice: first- and second-person pronouns outside quotations (the writer's own "I", "we", "you");
- emphasis: superlatives, comparatives, adverbs, words in capitals, exclamation and question marks;
- quotation density: the share of words inside quotation marks;
- lexical diversity (MTLD, which does not depend on length);
- sentiment of each sentence (VADER): mean, strength, shares of positive / negative / sentiment-bearing;
- a topic-robust profile: function-word classes (articles, prepositions, conjunctions, auxiliaries,
  modals, negations, pronouns), part-of-speech rates and pairs, and punctuation (hyphenated compounds
  such as "well-known", dashes, parentheses: the punctuation of edited prose);
- verbs of commitment (the verb classes Rashkin et al. 2017 count, listed here after Hooper 1975 and
  Karttunen 1971): factive verbs that take their complement as true ("admitted", "realised"), assertive
  verbs that vouch for it ("claims", "believes") and implicative verbs that say whether an act happened
  ("managed to", "failed to").

Every body feature is a rate per 1,000 words or a share, never a count that grows with the length of
the article. Everything is read from the shared Doc (tags, sentences); the headline, which is not part
of the parsed text, is read as a string. No findings: none of these is a mistake an editor could fix in
one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from scorer import SignalResult, hookimpl

from .diversity import mtld
from .profile import profile_features
from .sentiment import analyzer, sentence_sentiment
from .title import title_features

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Article

__all__ = ["Style", "register_signals"]


class Style:
    """Signal: the style profile of an article, as rates and shares."""

    name = "style"
    version = "0.3.0"
    languages = ("en",)
    requires = ("tagger", "attribute_ruler", "lemmatizer", "parser")  # tags, POS, lemmas, sentences; no entities
    #: Features where more only ever makes an article more suspect (their weights stay >= 0): shouting and
    #: clickbait in the headline, exclamation marks. Each is higher in the fakes of every training corpus
    #: where it varies (AUC alone 0.50-0.71). Words in capitals in the body are not declared: in two of the
    #: five corpora they are commoner in credible articles (AUC 0.46-0.48).
    warning_features = ("title_clickbait_cues", "title_all_caps_share", "title_exclamation",
                        "exclamation_marks_per_1k")

    def __init__(self) -> None:
        analyzer()  # load VADER's lexicon once, at registration rather than on the first article

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """The style features of one article; none for a text without words."""
        features, words = profile_features(doc)
        if not words:
            return SignalResult()
        diversity = mtld(words)
        if diversity is not None:
            features["lexical_diversity_mtld"] = diversity
        features.update(sentence_sentiment(s.text for s in doc.sents if any(not t.is_space for t in s)))
        features.update(title_features(article.title, doc))
        return SignalResult(features=features)


@hookimpl
def register_signals(register: Callable[[object], None]) -> None:
    """Register the style signal with the host."""
    register(Style())
