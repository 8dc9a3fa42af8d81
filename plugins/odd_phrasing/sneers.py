"""Two kinds of loaded language that no word list covers, in the article's own voice:

- the suppressed truth: "the article that Twitter doesn't want you to read", "the liberal media
  doesn't want you to know", "what they don't want you to see": someone (not the writer) is said not
  to want the reader to know or see something: a teaser that sells the text as forbidden knowledge
  (``clickbait``);
- a single ordinary word set in quotation marks after the writer's own demonstrative or possessive
  ("this BLM “activist”", "These “people” are protesting", "His “success” is proof"): the marks doubt
  the word, they quote no one (``scare_quotes``).

Read on 1,400 credible articles (a seeded draw from fakenewsamt, fa_kes, celebrity,
fakenewsnet_politifact_defend and buzzfeed_webis_2016, none of them marked or held out): the suppressed
truth made no finding; the scare quotes made 10, read in their articles as right 9 or 10 times ("its
“strength”", "His “success”", "their “investigation”", "those ‘protests’"; the doubtful one is "Hillary
and her “sketchy” history", which may echo the voters just described). A looser first version (any
word before the quotation, adverbs too) made 34 findings on 600 of them, 13 right: in credible news a
word quoted after an article or an adjective ("a “wall”", "the “abyss”") is most often a speaker's.

Tried and dropped: a plain word written in capitals for emphasis ("they discovered FIVE different
devices", "his PREGNANT wife"): read as right 25 times in 26 on those credible articles, but the
readers of the marked sets left most such words unmarked ("HERE", "LIVE", "EXCLUSIVE", "ALL", "MORE":
4 of 16 matched a mark), so it is no finding.

No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scorer import Finding

from .loaded import SEVERITY_LOADED
from .reported_speech import reports_speech, said_elsewhere
from .voice import voices

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ---- the suppressed truth ---------------------------------------------------------------------------
#: "doesn't want you to know", "do not want Americans to see", "didn't want the public to find out".
_SUPPRESSED = re.compile(
    r"\b(?:does|do|did)(?:n['’]t| not) want (?:you|us|americans|the public|people|anyone) "
    r"(?:to )?(?:ever )?(?:know|see|read|hear|find out|learn|watch|notice)\b",
    re.IGNORECASE,
)
#: Subjects that make it the speaker's own wish ("I don't want you to see me like this"), not a charge.
_OWN_WISH = frozenset({"i", "we"})


def _subject_of_want(doc: Doc, start: int) -> str:
    """The lower-case subject of the "want" whose auxiliary starts at ``start`` ("" when none is parsed)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    aux = span[0]
    want = aux.head if aux.head.lemma_ == "want" else next((t for t in aux.rights if t.lemma_ == "want"), None)
    if want is None:
        return ""
    subjects = [c for c in want.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0].lower_ if subjects else ""


# ---- one ordinary word in scare quotes --------------------------------------------------------------
#: One lower-case word in double or single curly (or straight double) quotation marks, with a full stop
#: or comma allowed inside: 'the “case.”', '‘free’'.
_ONE_WORD = re.compile(r"[“\"‘]([a-z][a-z-]{2,})[.,]?[”\"’]")
#: Words before the quotation that make it a mention of someone's word, not the writer's doubt:
#: "called them “thugs”", "the word “racist”", "known as “dreamers”", "so-called".
_NAMING_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|"
    r"nam(?:e|es|ed|ing)|word|words|term|phrase|known as|referred to as|describ(?:e|es|ed|ing)|"
    r"so-called|as|wrote|write|writes|said|says|say|tweet(?:s|ed)?|post(?:s|ed)?|headline|titled|"
    r"entitled|hashtag|sign|signs|read|reads|chant(?:s|ed|ing)?|slogan|motto|nickname|dubbed|"
    # "his alleged “support” for the war": the allegation's own word (none of 3 in the marked sets queried)
    r"alleged|allegedly)\W*$",
    re.IGNORECASE,
)
#: Determiners that point the quoted word at someone or something the article names: a demonstrative
#: or a possessive pronoun ("those “protests”", "His “success”", "their “investigation”"). An article,
#: an adjective or a name before the quotation ("a “wall”", "the “abyss”", "GOP “establishment”") is
#: left alone: in credible news such a word is most often a speaker's, quoted.
_POINTING = frozenset({"this", "these", "those", "his", "her", "its", "their", "my", "our"})
#: Modifiers that may stand between that determiner and the quoted noun ("this BLM “activist”").
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _scare_quoted(doc: Doc, a: int, b: int) -> bool:
    """The one word quoted at ``a``..``b`` is a noun (or an adjective before its noun) right after a
    demonstrative or possessive determiner of the writer's ("these “people” are", "his “obvious”
    assessment"), and is not the complement of a copula ("Cambodia was her “awakening”": a speaker's
    description, reported)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    words = [t for t in span if not t.is_punct and t.text not in ("'", "’", "‘")]
    if len(words) != 1:
        return False
    tok, before = words[0], doc[span.start - 1]
    if before.lower_ not in _POINTING or before.sent != tok.sent or before.head.i not in (tok.i, tok.head.i):
        # "this BLM “activist”": the determiner of the quoted noun, with only its modifiers between
        pointing = [c for c in tok.lefts if c.dep_ in ("det", "poss") and c.lower_ in _POINTING]
        between = doc[pointing[0].i + 1 : span.start] if pointing else None
        if not between or len(between) > 2 or any(t.head.i != tok.i or t.dep_ not in _MODIFIERS for t in between):
            return False
    if tok.pos_ == "ADJ":
        return tok.dep_ == "amod" and tok.head.i > tok.i
    if tok.pos_ != "NOUN":
        return False
    return not (tok.dep_ == "attr" and tok.head.lemma_ == "be")


#: Verbs whose complement is what the subject said, so a word quoted inside it is the subject's own ("bragged
#: about the attack and how he got his “hits” in"): the speech verbs of ``_NAMING_BEFORE`` stand right before
#: the word, these may stand further off.
_TELLING_VERBS = frozenset(
    {"brag", "boast", "admit", "confess", "recount", "explain", "joke", "complain", "announce", "reveal", "claim",
     # "released a statement ... expressing its “appreciation”", "declared that she considered it her “duty”",
     # "has praised the leadership of Russia, admiring its “strength”"
     "express", "declare", "praise"}
)


def _in_what_someone_told(doc: Doc, a: int, b: int) -> bool:
    """Whether the word quoted at ``a``..``b`` stands in the complement of a verb of telling
    (``_TELLING_VERBS``)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lemma_.lower() in _TELLING_VERBS and t.pos_ == "VERB" for t in span.root.ancestors)


#: What may stand between two quotations listed together: '"cheating" and "financial blackmail"'.
_LISTED = re.compile(r"\s*(?:,|,? and|,? or)\s*")


def _listed_with_a_quotation(text: str, a: int, b: int, quotes: tuple[tuple[int, int], ...]) -> bool:
    """'pledges to stand firm against its "cheating" and "financial blackmail."': the word is listed
    with a phrase of several words quoted from a speaker, so it is the speaker's word too. Not another
    single word in marks ('these “insiders” and the new “outsiders”', two sneers) nor a quotation
    elsewhere in the sentence ('His “success” is proof of the adage that you “need money ...”')."""
    for x, y in quotes:
        if len(text[x:y].split()) < 2:
            continue
        if (b <= x and _LISTED.fullmatch(text, b, x)) or (y <= a and _LISTED.fullmatch(text, y, a)):
            return True
    return False


def sneer_findings(doc: Doc, text: str) -> list[Finding]:
    """The suppressed truth (``clickbait``) and one ordinary word in scare quotes (``scare_quotes``), in
    the article's own voice: outside quotation marks and transcript turns, in a sentence that reports no
    one's speech, the quoted word said by no one in the article."""
    voice = voices(text)
    quotes, turns = voice.marked, voice.turns
    findings: list[Finding] = []

    def inside(pos: int, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> bool:
        return any(x <= pos < y for x, y in spans)

    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if inside(start, turns):
            continue
        for m in _SUPPRESSED.finditer(text, start, end):
            if inside(m.start(), quotes) or _subject_of_want(doc, m.start()) in _OWN_WISH:
                continue
            findings.append(
                Finding(
                    start=m.start(),
                    end=m.end(),
                    message=f"loaded language: '{m.group()}' (sells the text as something someone is hiding "
                    "from the reader); an editor would query it",
                    severity=SEVERITY_LOADED,
                    check="clickbait",
                )
            )
        if reports_speech(doc, text, start, end):
            continue
        for m in _ONE_WORD.finditer(text, start, min(len(text), end + 2)):
            a, b = m.start(), m.end()
            if any(x < a < y for x, y in quotes):
                continue  # within a longer quotation
            if _NAMING_BEFORE.search(text, max(start, a - 30), a):
                continue  # someone's word, mentioned
            if not _scare_quoted(doc, a, b):
                continue
            if _listed_with_a_quotation(text, a, b, quotes) or _in_what_someone_told(doc, a, b):
                continue
            if said_elsewhere(doc, text, m.group(1), quotes, a):
                continue
            prev = doc.char_span(a, a + 1, alignment_mode="expand")
            first = prev[0].i - 1 if prev is not None and prev[0].i > sent.start else None
            begin = doc[first].idx if first is not None else a
            findings.append(
                Finding(
                    start=begin,
                    end=b,
                    message=f"loaded language: '{text[begin:b]}' (quotation marks that doubt the word, "
                    "quoting no one); an editor would query it",
                    severity=SEVERITY_LOADED,
                    check="scare_quotes",
                )
            )
    return findings
