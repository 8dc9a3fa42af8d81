"""Missing, doubled or wrong small words, read from the parse with guards against its errors:

- a doubled article across a modifier ("a nearly insurmountable a lead", "coming to a the tour");
- "that that" before a conjunction or an article ("found that that while");
- "the" typed for "they" ("as the rejected her request");
- "to" missing after "enough" ("brave enough speak out");
- "of" missing after "in favor", "in front", "in spite", "on behalf", "in terms" ("in favor powerful");
- "at"/"in" missing between "said" and an occasion ("Trump said a rally in August");
- "neither ... or" ("Neither Minaj or Rihanna");
- "than" with nothing to compare ("did just than"), and "then" after a comparative ("more then");
- "de" typed for "the" ("walked into de house");
- a capital in the middle of a sentence after a comma ("According to the Daily Mail, Speaking to").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from lemminflect import getAllInflections, getAllLemmas

from scorer import Finding

from .doccache import doc_text, sentence_of, tokens_where
from .token_findings import span_finding as _finding
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ARTICLES = frozenset({"a", "an", "the"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# "a priori", "a la carte", "a cappella": Latin/French phrases that start with "a".
_LOANS = frozenset({"priori", "posteriori", "la", "cappella", "capella", "propos", "fortiori"})
_SUBORDINATORS = frozenset(
    {"while", "when", "if", "because", "although", "though", "since", "after", "before", "unless", "whereas"}
)
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
#: "in favor of", "in front of" ...: the idiom, then the word that must follow it.
_OF_IDIOMS = {("in", "favor"), ("in", "favour"), ("in", "front"), ("in", "spite"), ("on", "behalf"), ("in", "terms")}
_OF_HEADS = frozenset(word for _, word in _OF_IDIOMS)
_TIME_WORDS = frozenset(
    {
        "today",
        "yesterday",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "again",
        "too",
        "as",
        "all",
        "both",
        "here",
        "there",
    }
)
# Words that set up "than": comparatives are read from the tag (JJR, RBR); these are the rest.
_COMPARATIVE_WORDS = frozenset(
    {
        "more",
        "less",
        "fewer",
        "rather",
        "other",
        "else",
        "different",
        "differently",
        "otherwise",
        "prefer",
        "preferred",
        "prefers",
        "sooner",
        "further",  # tagged a plain adverb ("has gone further than Mr. Obama")
        "farther",
        "superior",
        "inferior",
        "twice",
        "times",
        "elsewhere",
        "anywhere",
        "somewhere",
        "nowhere",
        "anything",
        "nothing",
        "someone",
        "anyone",
        "no",
        "none",
        "any",
        "hardly",
        "barely",
        "scarcely",
        "above",
        "below",
        "over",
        "under",
        "beyond",
        "instead",
        "alternative",
        "half",
    }
)
_THEN_AFTER = frozenset({"more", "less", "fewer", "rather", "other", "better", "worse"})


def _same_line(doc: Doc, first: Token, last: Token) -> bool:
    return "\n" not in doc_text(doc)[first.idx : last.idx]


def _opens_a_subject(article: Token) -> bool:
    """The article's phrase is the subject of a verb right after it ("... the Syrian government and activists
    said"): a new clause whose comma was lost, not an article doubled."""
    noun = article.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    end = noun.right_edge.i + 1
    return end < len(article.doc) and article.doc[end].tag_ in ("VBD", "VBZ", "VBP")


def find_doubled_articles(doc: Doc) -> list[Finding]:
    """Two articles in a row ("a the"), or "a"/"an", up to three adverbs, adjectives or quotation marks,
    then another article ("a nearly insurmountable a lead"). After "the" an adjective can head its
    own noun phrase ("gives the wealthy a tax cut", "the latter a reference"), so "the" is only
    judged when the next word is the article."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _ARTICLES):
        if not tok.is_alpha:
            continue
        for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
            nxt = doc[j]
            if nxt.lower_ in _ARTICLES and nxt.text.islower():
                if j == tok.i + 1 and nxt.lower_ == tok.lower_:
                    break  # "the the" is the doubled-word check's
                after = doc[j + 1] if j + 1 < len(doc) else None
                if after is None or after.lower_ in _LOANS or not after.is_alpha or not _same_line(doc, tok, nxt):
                    break
                if nxt.is_sent_start:
                    break
                if j > tok.i + 1 and (after.lower_ == "same" or _opens_a_subject(nxt)):
                    break  # a new phrase with its comma lost: "wearing a balaclava the same outfit ...", "seized a
                    # day earlier the Syrian government and activists said"
                findings.append(
                    _finding(doc, tok, nxt, f"two articles ('{tok.text}', '{nxt.text}'): one is extra", "doubled_word")
                )
                break
            if tok.lower_ == "the" or not (
                nxt.text in _QUOTES or (nxt.is_alpha and nxt.pos_ in ("ADV", "ADJ") and nxt.text.islower())
            ):
                break  # only "a"/"an" may stand apart from its double: "the wealthy a tax cut" is fine
            if nxt.text in _QUOTES and j > tok.i + 1 and not doc[j - 1].whitespace_ and nxt.whitespace_:
                break  # a closing quotation mark ends the phrase: '... after a fierce counteroffensive" the
                # London based monitor said' (the tagger took the noun for an adjective)
    return findings


#: Subjects that cannot follow a demonstrative "that": "reassured that that this is not someone", "said that
#: that she hoped" (every such use in ../shared/data is "that" typed twice).
_SUBJECTS_AFTER_THAT = frozenset({"this", "these", "those", "he", "she", "they", "we", "i", "you"})


def find_that_that(doc: Doc) -> list[Finding]:
    """ "that that" before a conjunction, an article or a subject pronoun, where no demonstrative can stand."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, {"that"}, 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if (
            tok.lower_ == "that"
            and prev.lower_ == "that"
            and doc_text(doc)[prev.idx + 4 : tok.idx] == " "
            and (nxt.lower_ in _SUBORDINATORS or nxt.lower_ in _ARTICLES or nxt.lower_ in _SUBJECTS_AFTER_THAT)
        ):
            findings.append(_finding(doc, prev, tok, "'that' is doubled", "doubled_word"))
    return findings


@functools.lru_cache(maxsize=8192)
def _only_verb(word: str) -> bool:
    """Whether the word is an inflected verb form and nothing else (not a noun or adjective too)."""
    lemmas = getAllLemmas(word)
    return set(lemmas) == {"VERB"} and word not in lemmas["VERB"]


def find_the_for_they(doc: Doc) -> list[Finding]:
    """ "the" before a past verb and an object pronoun: "as the rejected her request"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, {"the"}, 0, 2):
        verb, obj = doc[tok.i + 1], doc[tok.i + 2]
        if tok.lower_ != "the" or obj.lower_ not in _OBJECT_PRONOUNS or not verb.text.islower():
            continue
        if verb.tag_ in ("VBD", "VBN") and _only_verb(verb.lower_):
            findings.append(_finding(doc, tok, obj, "'the' stands before a verb; 'they' was meant?", "wrong_word", 0.4))
    return findings


def find_he_for_the(doc: Doc) -> list[Finding]:
    """ "support he first responders", "leaking he president's messages": "he" right after a verb or a
    preposition, heading no verb of its own and set before a noun the parse makes it part of: a subject
    pronoun cannot stand where an object goes, so "he" is "the" with its "t" dropped. "said he" and
    other inversions ("…, said he.") leave "he" on a verb and stay silent."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"he"}), 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text != "he" or prev.tag_ not in ("VB", "VBG", "IN") or prev.dep_ in ("mark", "advmod"):
            continue
        if not (prev.is_alpha and prev.text.islower() and nxt.is_alpha and nxt.text.islower()):
            continue
        if nxt.pos_ not in ("NOUN", "ADJ", "ADV") or tok.head.pos_ in ("VERB", "AUX"):
            continue
        if nxt.lower_.endswith(("eth", "est")) and len(nxt) > 4:
            continue  # "for he beareth not the sword in vain": a verb of the King James Bible, not a noun
        noun = tok.head
        if noun.pos_ != "NOUN" or noun.i <= tok.i or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : noun.i]):
            continue
        message = "'he' before a noun where an article goes: 'the' was meant?"
        findings.append(_finding(doc, tok, noun, message, "confusable"))
    return findings


#: Finite verbs with no noun reading an article could take ("the have-nots" is hyphenated).
_FINITE_AFTER_ARTICLE = frozenset({"are", "were", "have", "has", "would", "could", "should", "did"})
#: "the are they/aren't they pair": a question set before a noun as its modifier, not a slip for "they".
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
#: Day words whose possessive is itself the determiner ("today's defenders", never "the today's").
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})


def find_article_before_finite(doc: Doc) -> list[Finding]:
    """ "The have evidence they want", "his bid to the have the allegations thrown out": "the" before a
    finite verb with no noun reading, a slip for "they" or a word left from an edit; and "the today's
    defenders": an article before "today's", which is a determiner itself. A hyphen or a quotation mark
    after the word ("the have-nots", "the 'would' in the law") leaves it alone, and so does a subject
    pronoun after the verb ("The are they/aren't they pair": a question used as a modifier)."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for tok in tokens_where(doc, frozenset({"the", "a"}), stop_before_end=2):
        nxt, after = doc[tok.i + 1], doc[tok.i + 2]
        end = nxt.idx + len(nxt)
        if not nxt.text.islower() or text[tok.idx + len(tok) : nxt.idx] != " ":
            continue
        if tok.lower_ == "the" and nxt.lower_ in _FINITE_AFTER_ARTICLE and text[end : end + 1] == " ":
            if after.is_alpha and after.text.islower() and after.lower_ not in _SUBJECT_PRONOUNS:
                message = f"'the' before the verb '{nxt.text}': 'they' was meant, or 'the' is extra"
                findings.append(_finding(doc, tok, nxt, message, "wrong_word"))
        elif nxt.lower_ in _DAY_WORDS and after.lower_ in ("'s", "’s"):
            message = f"'{nxt.text}{after.text}' is the determiner here; '{tok.text}' is extra"
            findings.append(_finding(doc, tok, after, message, "doubled_word"))
    return findings


def find_missing_to(doc: Doc) -> list[Finding]:
    """An adjective + "enough" + a bare verb, without "to": "brave enough speak out"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, {"enough"}, 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.lower_ != "enough" or prev.pos_ not in ("ADJ", "ADV") or nxt.tag_ != "VB":
            continue
        lemmas = getAllLemmas(nxt.lower_)
        if set(lemmas) == {"VERB"} and nxt.lower_ in lemmas["VERB"]:
            findings.append(_finding(doc, prev, nxt, "'to' is missing before the verb", "missing_word"))
    return findings


def find_missing_of(doc: Doc) -> list[Finding]:
    """ "in favor", "in front", "in spite", "on behalf", "in terms" + a noun phrase without "of"."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _OF_HEADS, 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if (prev.lower_, tok.lower_) not in _OF_IDIOMS or not nxt.is_alpha or nxt.lower_ in _TIME_WORDS:
            continue
        if nxt.pos_ in ("DET", "ADJ", "NOUN") or nxt.tag_ == "PRP$":
            if nxt.pos_ == "DET" and nxt.lower_ not in ("the", "a", "an"):
                continue  # "in favor this time": a time phrase
            after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
            if nxt.pos_ == "ADJ" and after is not None and after.lower_ in ("to", "with", "from", "than"):
                continue  # "in terms similar to the gender gap": the adjective describes the terms
            findings.append(_finding(doc, prev, nxt, f"'of' is missing after '{prev.text} {tok.text}'", "missing_word"))
    return findings


#: Occasions and media one speaks at or in, never things one says: "said at a rally", "said in a statement".
_OCCASIONS = frozenset(
    {
        "rally",
        "interview",
        "statement",
        "speech",
        "conference",
        "meeting",
        "event",
        "hearing",
        "briefing",
        "debate",
        "forum",
        "tweet",
        "post",
        "op-ed",
        "letter",
        "email",
        "memo",
        "broadcast",
        "podcast",
        "appearance",
        "filing",
        "video",
        "session",
        "episode",
        "luncheon",
        "dinner",
        "ceremony",
        "summit",
        "gathering",
        "fundraiser",
    }
)
#: Not "told": one tells an audience ("told a rally").
_SAY = frozenset({"said", "says", "say"})


def find_said_occasion(doc: Doc) -> list[Finding]:
    """'"I'm so glad," Trump said a rally in August': "said" + an article + an occasion noun, with no
    clause said after it, so "at" or "in" was dropped. "He said the meeting was productive" has a
    clause after "said" and stays silent."""
    findings: list[Finding] = []
    for say in tokens_where(doc, _SAY, 0, 2):
        if say.pos_ != "VERB" or not say.text.islower():
            continue
        det = doc[say.i + 1]
        if det.lower_ not in ("a", "an", "the", "his", "her", "their", "its") or not det.text.islower():
            continue
        noun = det.head
        if noun.lower_ not in _OCCASIONS or noun.i - det.i > 3 or noun.tag_ != "NN":
            continue
        if any(not (t.pos_ in ("ADJ", "NOUN", "PROPN") and t.is_alpha) for t in doc[det.i + 1 : noun.i]):
            continue
        if any(c.dep_ in ("ccomp", "parataxis") and c.i > say.i for c in say.children):
            continue  # "said the meeting was productive" parsed with the clause: nothing is missing
        if noun.dep_ in ("nsubj", "nsubjpass") or any(
            t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in doc[noun.i + 1 : noun.i + 3]
        ):
            continue  # the occasion is the subject of what was said: "said the statement was false"
        findings.append(_finding(doc, say, noun, f"'at' or 'in' is missing after '{say.text}'", "missing_word"))
    return findings


def find_neither_or(doc: Doc) -> list[Finding]:
    """ "neither X or Y" with no "nor" in the sentence."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, {"neither"}):
        if tok.lower_ != "neither":
            continue
        sent = sentence_of(tok)
        if any(t.lower_ == "nor" for t in sent):
            continue
        for j in range(tok.i + 2, min(tok.i + 6, sent.end)):
            t = doc[j]
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            if t.lower_ == "or":
                findings.append(_finding(doc, tok, t, "'neither' pairs with 'nor', not 'or'", "confusable"))
                break
    return findings


#: Real words typed for another: (slip, intended word, what must follow for the slip to be sure).
_TYPED_FOR = {"wold": ("would", "VB"), "looses": ("loses", "obj"), "loosing": ("losing", "obj")}


def find_typed_for(doc: Doc) -> list[Finding]:
    """A real word typed where a common one was meant, judged by the word after it: "wold" before a
    bare verb ("hike wold cripple hiring"), "looses"/"loosing" before its object ("she looses her
    footing"; "loose" as a verb, to set free, is rare in news)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset(_TYPED_FOR), 0, 1):
        meant, after = _TYPED_FOR[tok.lower_]
        nxt = doc[tok.i + 1]
        sure = nxt.tag_ == "VB" if after == "VB" else nxt.pos_ in ("DET", "NOUN", "PRON", "NUM") or nxt.tag_ == "PRP$"
        if sure and tok.text.islower():
            findings.append(_finding(doc, tok, nxt, f"'{tok.text}' here is a slip for '{meant}'", "confusable"))
    return findings


#: Words after a French, Spanish or Latin "de" in phrases English keeps ("de facto", "de rigueur").
_DE_LOANS = frozenset(
    {"facto", "jure", "novo", "rigueur", "minimis", "luxe", "trop", "la", "le", "les", "los", "las", "force"}
)
_DE_BEFORE = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ"})


def find_de_for_the(doc: Doc) -> list[Finding]:
    """ "walked into de house": "de" typed for "the", between an English verb or preposition and an
    English noun. Names ("Bill de Blasio", "Ponce de Leon") have a capital after "de", and loan phrases
    ("de facto", "coup de grace") a loan word after it or a noun before it, so they stay silent."""
    findings: list[Finding] = []
    words = dictionary()
    for tok in tokens_where(doc, frozenset({"de"}), 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if tok.text != "de" or prev.pos_ not in _DE_BEFORE or nxt.pos_ not in ("NOUN", "ADJ"):
            continue
        if not (prev.is_alpha and prev.text.islower() and nxt.is_alpha and nxt.text.islower()):
            continue
        if nxt.lower_ in _DE_LOANS or prev.lower_ not in words or nxt.lower_ not in words:
            continue
        findings.append(_finding(doc, tok, tok, "'de' here is a slip for 'the'", "confusable"))
    return findings


@functools.lru_cache(maxsize=4096)
def _comparative_form(word: str) -> bool:
    """The comparative of an adjective or adverb whatever its tag ("later" and "earlier" are often
    tagged plain adverbs: "began organizing far later than Clinton")."""
    lemmas = getAllLemmas(word)
    return any(
        word in getAllInflections(lemma).get(tag, ())
        for pos in ("ADJ", "ADV")
        for lemma in lemmas.get(pos, ())
        for tag in ("JJR", "RBR")
    )


def _compared_noun(doc: Doc, i: int) -> bool:
    """Whether the two words before ``i`` are a comparative and a lower-case noun it modifies ("less
    effort then they"), so a "then" at ``i`` stands for "than"."""
    comparative, noun = doc[i - 2], doc[i - 1]
    if not (noun.pos_ == "NOUN" and noun.is_alpha and noun.text.islower()):
        return False
    return (
        comparative.text.islower()
        and (comparative.lower_ in ("more", "less", "fewer") or comparative.tag_ == "JJR")
        and comparative.head.i == noun.i
    )


def find_than_then(doc: Doc) -> list[Finding]:
    """ "than" with no comparative before it in its sentence ("did just than": 'then'), and "then" right
    after "more", "less", "rather", "other" ("more then": 'than') or after a comparative and its noun
    ("less effort then they": 'than'), before the second term of the comparison."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, {"than", "then"}):
        low = tok.lower_
        if low == "then" and tok.i > 1 and tok.i + 1 < len(doc) and _compared_noun(doc, tok.i):
            prev, nxt = doc[tok.i - 2], doc[tok.i + 1]
            if nxt.is_alpha and nxt.pos_ in ("NUM", "DET", "PRON", "PROPN") and not tok.is_sent_start:
                findings.append(_finding(doc, prev, tok, f"after '{prev.text}' the word is 'than'", "confusable"))
            continue
        if low == "then" and tok.i > 0 and doc[tok.i - 1].lower_ in _THEN_AFTER and tok.i + 1 < len(doc):
            prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if nxt.is_alpha and nxt.pos_ in ("NUM", "DET", "NOUN", "PROPN", "PRON", "ADJ") and not tok.is_sent_start:
                findings.append(_finding(doc, prev, tok, f"after '{prev.text}' the word is 'than'", "confusable"))
            continue
        if low != "than" or not tok.text.islower():
            continue
        before = doc[sentence_of(tok).start : tok.i]
        if any(t.tag_ in ("JJR", "RBR") or t.lower_ in _COMPARATIVE_WORDS for t in before):
            continue
        if _comparative_form(doc[tok.i - 1].lower_):
            continue
        if any(not t.is_ascii for t in before) or len(before) < 3:
            continue
        prev = doc[tok.i - 1]
        if prev.text in (")", "]", "”", '"'):
            continue  # "so easy to understand one thing (processes) than": the comparison is before it
        if prev.pos_ in ("VERB", "ADV", "AUX", "PRON") or prev.is_punct:
            findings.append(_finding(doc, prev, tok, "nothing is compared here: 'then'?", "confusable"))
    return findings


def find_stray_capitals(doc: Doc) -> list[Finding]:
    """A verb, adverb or other function word capitalised after a comma mid-sentence, with lower-case
    words after it (not a name, a title in capitals or a heading): "..., Speaking to the newspaper"."""
    findings: list[Finding] = []
    for comma in tokens_where(doc, {","}, 0, 2):
        tok = doc[comma.i + 1]
        prev, nxt = comma, doc[tok.i + 1]
        if prev.text != "," or tok.is_sent_start or not tok.is_alpha or not tok.text.istitle() or len(tok) < 3:
            continue
        verb_like = tok.tag_ in ("VBG", "VBD", "VBN") and "VERB" in getAllLemmas(tok.lower_)
        if not verb_like and (
            tok.pos_ not in ("VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "DET") or tok.tag_ == "NNP"
        ):
            continue  # a capitalised -ing or past form is tagged a name ("Speaking"), but lemminflect knows it
        if not (nxt.is_alpha and nxt.text.islower()) or "\n" in doc_text(doc)[prev.idx : tok.idx]:
            continue
        if tok.idx == prev.idx + 1:
            continue  # "We Are Sorry,This video is restricted": glued to the comma, two lines run together
        if any(t.is_alpha and t.text.istitle() for t in doc[tok.i + 2 : tok.i + 5]):
            continue  # a name or title in capitals: "a super PAC co-run with a union, For our Future"
        if tok.lower_ not in dictionary() or (tok._.entity and not (verb_like and nxt.pos_ in ("ADP", "DET", "PART"))):
            continue  # a name, unless NER took a capitalised -ing form before "to"/"the" for one ("Speaking to")
        if _first_name_elsewhere(doc_text(doc), tok.text):
            continue  # "When Hillary arrived in Arkansas, Dolly writes,": "Dolly Kyle has written" earlier
        findings.append(_finding(doc, tok, tok, "a capital in the middle of a sentence", "stray_capital", 0.4))
    return findings


def _first_name_elsewhere(text: str, word: str) -> bool:
    """Whether ``word`` stands elsewhere in ``text`` as a name: right before another capitalised word
    ("Dolly Kyle"), or right after a first name inside a sentence ("columnist George Will"), so the
    article uses it as a name, which NER may miss in a short clause."""
    if re.search(rf"(?<![\w’']){re.escape(word)} [A-Z][a-z]", text) is not None:
        return True
    return any(
        m.group(1).lower() not in _NOT_FIRST_NAMES
        for m in re.finditer(rf"(?<=[a-z,] )([A-Z][a-z]+) {re.escape(word)}(?![\w’'])", text)
    )


#: Capitalised words before a name that are no first name ("..., But Will"): the name test skips them.
_NOT_FIRST_NAMES = frozenset({"and", "but", "or", "so", "then", "if", "when", "as", "the", "this", "that", "why"})


#: Words that never follow an article: possessive determiners, subject or object pronouns, demonstratives
#: and "every"/"each" ("a every now and then").
_PRONOUNS_AFTER_ARTICLE = frozenset(
    {"his", "their", "its", "my", "our", "your", "he", "she", "they", "we", "him", "them", "her", "this", "these",
     "those", "that", "every", "each"}
)  # fmt: skip
#: Prepositions an article never stands before when another article follows ("lacking the in the love").
_PREPOSITIONS = frozenset({"in", "of", "on", "at", "for", "with", "from", "by", "into", "about"})


def find_article_before_pronoun(doc: Doc) -> list[Finding]:
    """ "weeks after the his relationship", "as if a he was", "known the her health", "sever the this
    relationship": an article right before a possessive or personal pronoun or a demonstrative, which
    never takes one; one of the two is left over from an edit. A hyphen or a
    quotation mark after the pronoun makes it a word named, not used ("a he-said, she-said fight",
    "the 'his and hers' towels"), and is left alone."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for tok in tokens_where(doc, _ARTICLES, stop_before_end=1):
        nxt = doc[tok.i + 1]
        if nxt.lower_ not in _PRONOUNS_AFTER_ARTICLE or not nxt.text.islower() or not tok.text.islower():
            continue
        end = nxt.idx + len(nxt)
        if text[end : end + 1] in ("-", "‑", "'", "’", '"', "”", "/") or text[tok.idx + len(tok) : nxt.idx] != " ":
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("and", "or", "&"):
            continue  # "the his and hers sinks"
        findings.append(
            _finding(doc, tok, nxt, f"'{tok.text}' before '{nxt.text}': one of the two words is extra", "doubled_word")
        )
    return findings


def find_article_before_preposition(doc: Doc) -> list[Finding]:
    """ "lacking the in the love department": an article right before a preposition that another article
    follows. An article takes a noun phrase, and a preposition with its own article after it starts a new
    phrase, so the first article is left over from an edit or lost its noun ("he played solely for the of the
    game": "the love of the game"); the message says both. Capitals (titles: "The In Crowd"), a hyphen
    or a quotation mark after the preposition ("the in-laws", "the 'of the people' clause") are left alone."""
    findings: list[Finding] = []
    text = doc_text(doc)
    for tok in tokens_where(doc, _ARTICLES, stop_before_end=2):
        prep, after = doc[tok.i + 1], doc[tok.i + 2]
        if prep.lower_ not in _PREPOSITIONS or after.lower_ not in _ARTICLES:
            continue
        if not (tok.text.islower() and prep.text.islower() and after.text.islower()):
            continue
        if text[tok.idx + len(tok) : prep.idx] != " " or text[prep.idx + len(prep) : after.idx] != " ":
            continue  # "the in-the-know crowd", "the 'of the people' clause"
        if tok.i > 0 and doc[tok.i - 1].lower_ == prep.lower_ and after.lower_ == tok.lower_:
            continue  # "with a with a margin": two words typed twice, the doubled-phrase check's finding
        reason = "an article cannot stand before a preposition: a noun is missing after it, or it is left over"
        findings.append(
            _finding(doc, tok, prep, f"'{tok.text}' before '{prep.text} {after.text}': {reason} from an edit",
                     "doubled_word")
        )
    return findings


#: Family and personal relations: lower case after a possessive ("her husband"), whatever house style.
_RELATIONS = frozenset(
    {
        "mother", "father", "husband", "wife", "son", "daughter", "brother", "sister", "mom", "dad", "mum",
        "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "niece", "nephew",
        "boyfriend", "girlfriend", "fiance", "fiancee", "stepfather", "stepmother", "stepson", "stepdaughter",
        "children", "kids", "parents", "wives", "husbands", "sons", "daughters", "brothers", "sisters",
    }
)  # fmt: skip
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "our", "your"})


#: "former" capitalised after a lower-case word and before a title: "Politico writes that Former President
#: George H.W. Bush", "and Former Secretary of State Hillary Clinton". The title keeps its capital before a
#: name; "former" never does mid-sentence. A title-case headline ("Trump Slams Former President") has a
#: capitalised word before it and is left alone, as is a list whose items start after commas.
_CAPITALISED_FORMER = re.compile(
    r"(?<![\w’'-])[a-z]+ (Former) (?=(?:President|Vice President|Secretary|Governor|Gov\.|Senator|Sen\.|Rep\."
    r"|Representative|Mayor|Attorney General|Director|Speaker|First Lady|Prime Minister)\b)"
)


def find_capitalised_former(text: str) -> list[Finding]:
    """'Former' with a capital in mid-sentence before a title ("writes that Former President")."""
    return [
        Finding(
            start=m.start(1),
            end=m.end(1),
            message="'Former': a capital in the middle of a sentence ('former President ...')",
            severity=0.4,
            check="stray_capital",
        )
        for m in _CAPITALISED_FORMER.finditer(text)
    ]


def find_capitalised_relations(doc: Doc) -> list[Finding]:
    """ "their Mother encountered a group", "together with her Husband": a word for a relative after a
    possessive, capitalised mid-sentence. With a possessive before it, "mother" is a common noun, never
    a name or title; a capitalised word after it ("her Mother Teresa"), "'s" ("Mother's Day") or the
    religious "our Father", "his Son" are left alone."""
    findings: list[Finding] = []
    for det in tokens_where(doc, _POSSESSIVE_DETERMINERS, stop_before_end=1):
        tok = doc[det.i + 1]
        if tok.lower_ not in _RELATIONS or not tok.text.istitle() or not det.text.islower():
            continue
        if det.lower_ in ("our", "his") and tok.lower_ in ("father", "son"):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in ("'s", "’s", "-")):
            continue
        if any(t.is_alpha and t.text.isupper() and len(t) > 1 for t in sentence_of(tok)):
            continue  # a headline or banner in capitals
        if any(
            t.is_alpha and t.text.istitle() and not t.is_sent_start and t.pos_ != "PROPN"
            for t in doc[max(det.i - 3, 0) : det.i]
        ):
            continue  # a title in title case: "How I Met Your Mother"
        findings.append(
            _finding(
                doc, tok, tok, f"'{tok.text}' after '{det.text}' is a common noun: lower case", "stray_capital", 0.4
            )
        )
    return findings
