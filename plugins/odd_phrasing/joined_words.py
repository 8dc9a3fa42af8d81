"""Two common words typed without the space between them: "eventhough", "alot", "nevermind",
"sincethe". No dictionary knows the joined form, but its two halves are among the most frequent words
of English and the phrase they make is far more common on the web than the joined spelling (wordfreq
estimates a phrase from its words). Closed compounds that English writes as one word ("inbox",
"pushback", "livestream", "faceoff") are either in the dictionary or more common joined than their
halves are as a phrase, or have a half that is not among the most frequent words.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from scorer import Finding
from scorer import word_zipf as zipf

from .doccache import columns, doc_text, sentence_of
from .inflection import is_count_noun
from .spelling import derived_form, foreign_sentence, token_in_link
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Each half must be at least this common (zipf 5: once in 100,000 words: "even", "though", "lot").
PART_MIN_ZIPF = 5.0
#: The phrase must be this common, and this much (zipf units) more common than the joined spelling.
PHRASE_MIN_ZIPF = 4.8
PHRASE_MARGIN = 1.5
MIN_LENGTH = 4
#: Particles and prepositions make closed compounds with nearly any word ("inbox", "takedown",
#: "leadup", "onboard", "afterparty"), "being" makes nouns ("wellbeing") and "less" adjectives
#: ("cardless"); "re", "ll" and "ve" are clitics, not words. A split at one of them is no slip.
# fmt: off
_COMPOUNDING = frozenset({
    "in", "on", "up", "down", "out", "off", "back", "over", "under", "through", "by", "about", "around", "after",
    "being", "less", "re", "ll", "ve",
})
# fmt: on
#: Words in their own right that no dictionary lists and that read as two: "whois", the domain-registration lookup
#: ("contact information can be found in whois", the parked-domain page's line).
_TERMS = frozenset({"whois"})
#: A content word + a function word ("eventhough", "parkour") is a missing space only when the joined
#: form is this rare (zipf) but seen on the web (a habitual misspelling); a function word first
#: ("alot", "everytime", "nevermind") is judged by the phrase margin alone.
CONTENT_FIRST_MAX_ZIPF = 2.5
#: A joined form wordfreq has never seen may have its second half only this common, if the first is
#: a function word ("hisloyal": "loyal" is 4.3).
UNSEEN_PART_MIN_ZIPF = 3.5


@functools.lru_cache(maxsize=4096)
def _function_word(word: str) -> bool:
    """A closed-class word: a spaCy stop word that is no verb and no countable noun ("the", "every",
    "never", "same", "that"; not "call", "top", "front" or "lot", which spaCy also lists)."""
    lemmas = getAllLemmas(word)
    return word in STOP_WORDS and "VERB" not in lemmas and not ("NOUN" in lemmas and is_count_noun(word))


@functools.lru_cache(maxsize=8192)
def split_words(word: str) -> tuple[str, str] | None:
    """The split of ``word`` into two very common words whose phrase is far more common than ``word``
    (or, for a form the web has never seen, a function word and a common word)."""
    words = dictionary()
    own = zipf(word)
    best: tuple[float, str, str] | None = None
    for i in range(1, len(word)):
        a, b = word[:i], word[i:]
        if (len(a) < 2 and a not in ("a", "i")) or len(b) < 2 or a not in words or b not in words:
            continue
        if a in _COMPOUNDING or b in _COMPOUNDING:
            continue
        if a in ("a", "an") and "NOUN" not in getAllLemmas(b) and "ADJ" not in getAllLemmas(b):
            continue  # "atrained" is "attained", not "a trained"
        if zipf(a) < PART_MIN_ZIPF or zipf(b) < PART_MIN_ZIPF:
            # a form the web has never seen: a function word and any common word ("hisloyal", "theyalso")
            if own > 0 or not _function_word(a) or min(zipf(a), zipf(b)) < UNSEEN_PART_MIN_ZIPF:
                continue
            best = best or (0.0, a, b)
            continue
        if not _function_word(a) and (not _function_word(b) or not 0 < own < CONTENT_FIRST_MAX_ZIPF):
            continue  # two content words make closed compounds ("faceoff", "landline", "courtside"); a
            # content word glued to a function word into a form the web has never seen is as often
            # newsroom jargon ("the WaPo leadall") as a lost space
        # wordfreq combines the two words' frequencies; "large" (what "best" means for English) and positional,
        # so the call shares the one table load with scorer.word_zipf instead of loading it again as "best"
        phrase = zipf_frequency(f"{a} {b}", "en", "large")
        if phrase >= PHRASE_MIN_ZIPF and phrase - own >= PHRASE_MARGIN and (best is None or phrase > best[0]):
            best = (phrase, a, b)
    return (best[1], best[2]) if best else None


def find_joined_words(doc: Doc) -> list[Finding]:
    """Return findings for lower-case words that are two very common words without their space."""
    words = dictionary()
    text = doc_text(doc)
    counts = Counter(columns(doc)[0])
    findings: list[Finding] = []
    for i, low in enumerate(columns(doc)[0]):
        if len(low) < MIN_LENGTH or low in words or low in _TERMS or not low.isalpha() or not low.isascii():
            continue
        tok = doc[i]
        if not tok.text.islower():
            continue  # a capital opening a sentence is as often a name ("Hadas Gold") or slang ("Anywho…")
        if counts[low] > 1 or token_in_link(doc, tok) or derived_form(low, words):
            continue  # a spelling the article keeps is deliberate ("whois", a tool's name)
        after = text[tok.idx + len(tok) : tok.idx + len(tok) + 1]
        if after in ("'", "’"):
            continue  # a spoken elision ("tryin'", "meetin'") or a possessive
        split = split_words(low)
        if split is None or foreign_sentence(sentence_of(tok), words):
            continue
        findings.append(
            Finding(
                start=tok.idx,
                end=tok.idx + len(tok),
                message=f"'{tok.text}': two words run together ('{split[0]} {split[1]}')",
                severity=0.5,
                check="misspelling",
            )
        )
    return findings


#: Words a name runs into when the space after it is lost ("Erichas been", "Jamie Foxxand Katie Holmes"): common
#: function words and verbs of attribution that follow a subject.
_AFTER_A_NAME = frozenset({"and", "has", "had", "is", "was", "said", "says", "who", "will", "would", "of", "the"})
#: The name part must be this long, and the joined form this rare on the web (zipf), to be read as a lost space.
NAME_MIN_LENGTH = 3
NAME_JOINED_MAX_ZIPF = 1.0


def find_names_run_into_words(doc: Doc) -> list[Finding]:
    """Return findings for a capitalised word that is a name the article writes on its own elsewhere and a
    function word or a verb after it, without the space between ("Erichas been" beside "Eric Trump", "Jamie
    Foxxand Katie Holmes" beside "Foxx was seen"). The joined form must be one no dictionary lists and the web
    has barely seen, written once."""
    words = dictionary()
    lowers = columns(doc)[0]
    counts = Counter(lowers)
    candidates = [
        i for i, low in enumerate(lowers)
        if len(low) >= NAME_MIN_LENGTH + 2 and counts[low] == 1 and low not in words and low.isalpha()
        and zipf(low) <= NAME_JOINED_MAX_ZIPF
    ]  # fmt: skip
    if not candidates:
        return []
    # names as the article writes them: capitalised words the tagger reads as proper nouns
    names = {t.text for t in doc if t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN"}
    findings: list[Finding] = []
    for i in candidates:
        tok = doc[i]
        word = tok.text
        if not (word[:1].isupper() and word[1:].islower()) or token_in_link(doc, tok):
            continue
        for k in range(len(word) - 2, NAME_MIN_LENGTH - 1, -1):
            name, rest = word[:k], word[k:]
            if rest in _AFTER_A_NAME and name in names and name.lower() not in STOP_WORDS:
                findings.append(
                    Finding(
                        start=tok.idx,
                        end=tok.idx + len(tok),
                        message=f"'{word}': a name and a word run together ('{name} {rest}'; the article writes "
                        f"'{name}' elsewhere)",
                        severity=0.5,
                        check="misspelling",
                    )
                )
                break
    return findings
