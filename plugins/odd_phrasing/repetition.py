"""Doubled words: "the the", "of of" — a word typed twice in a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import all_tokens, doc_text, sentence_of
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Doubles that English allows: "what it is is" (see _copula_twice), "she had had enough", "he said that
# that was fine", "gave her her keys", "told you you were", "what would I be doing doing that",
# reduplication for emphasis and a few fixed words.
# fmt: off
LEGIT_DOUBLES = frozenset({
    "had", "that", "is", "was", "do", "does", "did", "her", "you", "very", "really", "so", "no", "yes",
    "ha", "ho", "he", "hee", "yeah", "well", "oh", "now", "there", "far", "many", "much", "bye", "night",
    "go", "blah", "knock", "chop", "tut", "tsk", "hush", "hear", "tom", "pom", "cha", "can", "boo", "choo",
    "dum", "doing",
})
# fmt: on

# Particles that also head a following prepositional phrase: "he came in in 2010",
# "logged on on Monday". After a verb such a pair is let be (real slips there are missed on purpose);
# after anything else it is a slip ("one over over two dozen", "the race in in Georgia").
PARTICLE_PREPOSITIONS = frozenset(
    {"in", "on", "up", "out", "off", "down", "over", "by", "around", "through", "along", "about", "back"}
)


#: What follows "as X as X" in the idiom of the utmost ("as petty as petty gets").
_UTMOST_FOLLOWERS = frozenset({"gets", "get", "got", "getting", "comes", "come", "came", "can", "could"})

#: A gap of these is one space as a reader sees it: web copy often has a no-break space between words.
_SPACES = " \xa0"


def _previous_word(doc: Doc, i: int) -> Token | None:
    """The token before ``doc[i]``, stepping over one no-break space the tokenizer kept as a token
    ("for\xa0for" is three tokens)."""
    j = i - 1
    if j >= 1 and doc[j].is_space and doc[j].text.strip(_SPACES) == "" and "\n" not in doc[j].text:
        j -= 1
    return doc[j] if j >= 0 else None


def _opening_quote_between(gap: str, prev: Token, tok: Token) -> bool:
    """'the “the CIA': an article or preposition, a space and an opening quotation mark, and the same
    word again in lower case (a title in capitals, 'the "The Apprentice" star', is no slip)."""
    after = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
    return (
        gap.strip(_SPACES) in ("“", '"')
        and gap[:1] in _SPACES
        and tok.text.islower()
        and after not in ("”", '"')  # 'the Spanish word for “for”': a word quoted as a word
        and tok.lower_ not in ("a", "an")  # 'a “a fat slob”' is the doubled-article check's
        and prev.tag_ in ("DT", "IN")
        and tok.tag_ in ("DT", "IN")
    )


def _after_a_verb(doc: Doc, first: Token) -> bool:
    """Whether the first of a doubled particle may be the particle of the verb before it ("sworn in in
    2009", "was in in that mug shot"), or of the verb before its one-word object ("those characterizations
    did Romney in in 2012")."""
    before = _previous_word(doc, first.i)
    if before is None:
        return False
    if before.pos_ in ("VERB", "AUX") or first.dep_ == "prt":
        return True
    verb = before.head
    return before.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.i == before.i - 1


def _in_longer_run(doc: Doc, i: int) -> bool:
    """True when the pair doc[i], doc[i+1] is part of three or more of the same word in a row."""
    low = doc[i].lower_
    return (i > 0 and doc[i - 1].lower_ == low) or (i + 2 < len(doc) and doc[i + 2].lower_ == low)


#: Words nobody repeats for effect: three of them in a row ("According to the the the publication") is
#: a slip (an edit's leftovers, a key held down), unlike a chant or a sound ("pow pow pow").
_CLOSED_CLASS_TAGS = frozenset({"DT", "IN", "TO", "CC", "PRP$"})


def _run_end(doc: Doc, i: int) -> int:
    """The index of the last token of the run of the same word starting at ``doc[i]``."""
    j = i
    while j + 1 < len(doc) and doc[j + 1].lower_ == doc[i].lower_ and doc[j + 1].idx == doc[j].idx + len(doc[j]) + 1:
        j += 1
    return j


def _quoted_alone(doc: Doc, first: Token, second: Token) -> bool:
    """Whether the pair stands alone inside quotation marks: '"nae nae"'."""
    text = doc_text(doc)
    before = text[first.idx - 1] if first.idx else ""
    end = second.idx + len(second)
    return before in "\"“‘'" and text[end : end + 1] in ('"', "”", "’", "'")


#: Verbs whose "to" opens an infinitive, never a stranded preposition: after them "to to" is a slip
#: ("continue to to roast him", "did not appear to to get much traction").
_INFINITIVE_VERBS = frozenset({
    "continue", "want", "need", "try", "seem", "appear", "begin", "start", "decide", "plan", "hope", "intend",
    "expect", "refuse", "agree", "attempt", "fail", "manage", "choose", "vow", "threaten", "tend", "ought",
    "wish", "seek", "aim", "promise", "prepare", "strive", "struggle", "deserve", "afford", "arrange", "claim",
    "pretend", "offer", "learn", "neglect", "hesitate", "bother", "dare",
})  # fmt: skip


def _stranded_to(doc: Doc, prev: Token, tok: Token) -> bool:
    """ "the reason he pointed to to describe": a verb's stranded "to", then an infinitive's. Not after a
    verb that takes an infinitive itself ("continue to to roast")."""
    if tok.lower_ != "to" or prev.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].tag_ != "VB":
        return False
    verb = doc[prev.i - 1]
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _INFINITIVE_VERBS


def _named_before(doc: Doc, word: Token) -> bool:
    """The capitalised ``word`` ends a name: a capitalised word stands right before it ("Theresa May"), or it
    does not open its sentence (mid-sentence capitals name; "The the" opening a sentence is still a slip)."""
    before = _previous_word(doc, word.i)
    if before is not None and before.is_alpha and before.text.istitle() and "\n" not in doc_text(doc)[
        before.idx : word.idx
    ]:
        return True
    return not word.is_sent_start


def _opens_a_compound(doc: Doc, tok: Token) -> bool:
    """``tok`` is glued by a hyphen to the word after it ("on-going", "in-depth", "to-do"), whether the
    tokenizer split the compound or not."""
    text = doc_text(doc)
    end = tok.idx + len(tok)
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def find_doubled_words(doc: Doc) -> list[Finding]:
    """Return one finding per word repeated directly after itself ("the the").

    Only alphabetic tokens separated by spaces (no punctuation, no line break) count. Legit doubles
    (see ``LEGIT_DOUBLES``), particle + preposition pairs, and pairs where both words are capitalised
    (names such as "Walla Walla", band names), interjections and runs of three or more (chants,
    sound words) are skipped; a run of three of a determiner, preposition or conjunction ("the the the") is
    one finding.
    """
    findings: list[Finding] = []
    for tok in all_tokens(doc)[1:]:
        prev = _previous_word(doc, tok.i)
        if prev is not None and prev.text in ("“", '"') and tok.is_alpha:
            prev = _previous_word(doc, prev.i)  # 'the “the CIA': see _opening_quote_between
        if prev is None or not (tok.is_alpha and prev.is_alpha):
            continue
        low = tok.lower_
        if low != prev.lower_ or (low in LEGIT_DOUBLES and not _copula_twice(doc, prev)):
            continue
        if low in PARTICLE_PREPOSITIONS and _after_a_verb(doc, prev):
            continue
        if low == "at" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("least", "most"):
            continue  # "putting the death toll at at least 70": the preposition, then "at least"
        if _opens_a_compound(doc, tok):
            continue  # "a course on on-going formation": the second is the first part of a hyphenated word
        gap = doc_text(doc)[prev.idx + len(prev) : tok.idx]
        # punctuation between, a line break or no space at all, unless a quotation opened after the word was
        # typed ('when the “the CIA had its own agenda”')
        if (gap.strip(_SPACES) or not gap) and not _opening_quote_between(gap, prev, tok):
            continue
        if prev.text[0].isupper() and tok.text[0].isupper():
            continue
        if prev.text.islower() and prev.tag_ == "IN" and tok.text.istitle() and not tok.is_sent_start:
            continue  # "as in In the Heat of the Night": a title that opens with the preposition
        if prev.text.istitle() and tok.text.islower() and _named_before(doc, prev):
            continue  # "Theresa May may resign": a name ("May", "Will", "Hope") and then the word
        if len(tok) > 1 and prev.text.isupper() != tok.text.isupper():
            continue  # "militants is IS military": a word and an acronym that spells it ("IS", "US", "IT")
        if prev.text[0].islower() and prev.tag_ not in _CLOSED_CLASS_TAGS and _name_starts(doc, tok):
            continue  # "said Said Seif al Qalamoni": the second is a name that starts there ("for the The
            # Guardian" is still a slip: an article before a name that holds one)
        if prev.idx and doc_text(doc)[prev.idx - 1] in "<&/":
            continue  # markup left in the text: "<tweet tweet-id=...>" is a tag name and its attribute
        if tok.pos_ == "INTJ":
            continue
        last = tok
        if _in_longer_run(doc, tok.i - 1):  # "pow pow pow", "ha ha ha"
            if prev.i != tok.i - 1 or (prev.i > 0 and doc[prev.i - 1].lower_ == low):
                continue  # the run's first pair reports it
            if not any(t.tag_ in _CLOSED_CLASS_TAGS for t in (prev, tok)):
                continue
            last = doc[_run_end(doc, prev.i)]
        if _quoted_alone(doc, prev, tok):  # the "nae nae" dance: a name in quotation marks
            continue
        if _stranded_to(doc, prev, tok):
            continue  # "the reason he pointed to to describe the slump": a stranded "to", then an infinitive
        if _makes_it_itself(doc, prev):
            continue  # "what makes pirate pirate", "calling liars liars": the idiom repeats the noun
        if low not in dictionary():  # "aye yai yai", "tsk tsk": sounds, not words typed twice
            continue
        findings.append(
            Finding(
                start=prev.idx,
                end=last.idx + len(last),
                message=f"the word '{tok.text}' is repeated",
                severity=0.6,
            )
        )
    return findings


def _name_starts(doc: Doc, tok: Token) -> bool:
    """A capitalised word mid-sentence that opens a name of two or more capitalised words ("Said Seif")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        not tok.is_sent_start
        and tok.pos_ == "PROPN"
        and nxt is not None
        and nxt.text[:1].isupper()
        and nxt.is_alpha
    )


#: Verbs whose object and complement may be the same noun: "what makes pirate pirate", "calling liars liars".
_SAME_NOUN_COMPLEMENT_VERBS = frozenset({"make", "call"})


def _makes_it_itself(doc: Doc, first: Token) -> bool:
    """'what makes pirate pirate', 'the things that made America America', 'calling liars liars': a noun
    right after a form of "make" or "call" and then again as its complement, the idiom for what a thing's
    nature is or for naming it plainly."""
    return (
        first.i > 0
        and doc[first.i - 1].lemma_.lower() in _SAME_NOUN_COMPLEMENT_VERBS
        and first.pos_ in ("NOUN", "PROPN")
    )


#: Words that open a clause serving as a subject before its own "is"/"was" ("what it is is", "all it was
#: was", "how true that was was").
_CLAUSE_SUBJECT_OPENERS = frozenset({"what", "whatever", "all", "how", "where", "why", "when"})


def _copula_twice(doc: Doc, first: Token) -> bool:
    """ "is is" or "was was" with no clause before it that could be the second one's subject ("he was was
    one member", "it is is equally well-documented"): a slip, unlike "what it is is"."""
    if first.lower_ not in ("is", "was"):
        return False
    start = max(sentence_of(first).start, first.i - 10)
    if any(t.lower_ in _CLAUSE_SUBJECT_OPENERS for t in doc[start : first.i]):
        return False
    # "exactly which chemical it is is difficult to decide": an indirect question, a pronoun its subject
    pronoun = first.i > 0 and doc[first.i - 1].lower_ in ("it", "he", "she", "they", "this", "that")
    return not (pronoun and any(t.lower_ in ("which", "who", "whose") for t in doc[start : first.i - 1]))


#: Words that join a noun or adverb to itself in an idiom ("over and over", "time to time", "hand in
#: hand", "lie after lie", "millions and millions"): a pair repeated around them is not a slip.
_REDUPLICATORS = frozenset({"and", "or", "after", "by", "to", "in", "upon", "for", "on", "of", "than", "from"})
#: Words that start a clause whose verb may be the same pair again ("whatever he does he does").
_FREE_RELATIVES = frozenset({"what", "whatever", "whoever", "wherever", "whenever", "however", "how", "where", "who"})


def _word_tokens(doc: Doc) -> list[Token]:
    """The words of ``doc`` with the no-break spaces the tokenizer kept as tokens left out."""
    return [t for t in all_tokens(doc) if not (t.is_space and "\n" not in t.text)]


def find_doubled_phrases(doc: Doc) -> list[Finding]:
    """Two words typed twice in a row ("with a with a margin", "yet another yet another felonious
    offense", "he saw he saw people").

    All four words are lower-case dictionary words on one line with only spaces between them. Not an
    idiom that repeats a word around a joining word ("over and over", "time to time", "lie after lie"),
    not an article's pair ("a spade a spade"), not "to have to have", not after a free relative
    ("whatever he does he does"), not three times or more (a chant, an emphatic "and on and on"), not a
    preposition before such an idiom modifying a noun ("concern on black on black crime").
    """
    words = _word_tokens(doc)
    text = doc_text(doc)
    known = dictionary()
    findings: list[Finding] = []
    for k in range(len(words) - 3):
        a, b, c, d = words[k : k + 4]
        if not (a.lower_ == c.lower_ and b.lower_ == d.lower_ and a.lower_ != b.lower_):
            continue
        if not all(t.is_alpha and t.text.islower() and t.lower_ in known for t in (a, b, c, d)):
            continue
        gaps = [text[x.idx + len(x) : y.idx] for x, y in ((a, b), (b, c), (c, d))]
        if any(not g or g.strip(_SPACES) for g in gaps):
            continue
        if (b.lower_ in _REDUPLICATORS and a.lower_ not in _REDUPLICATORS) or a.lower_ in ("a", "an", "the", "to"):
            continue
        if (
            a.lower_ in _REDUPLICATORS
            and b.pos_ in ("ADJ", "NOUN")
            and k + 4 < len(words)
            and words[k + 4].pos_ in ("NOUN", "PROPN")
        ):
            continue  # "his concern on black on black crime": "on" + the idiom "black on black" before a noun
        if k > 0 and words[k - 1].lower_ in _FREE_RELATIVES:
            continue
        if k + 4 < len(words) and words[k + 4].lower_ == a.lower_:
            continue  # "and on and on and on"
        if k >= 1 and words[k - 1].lower_ == b.lower_:
            continue  # inside a longer alternation: "ruling after ruling after ruling"
        if a.lower_ == "as" and k + 4 < len(words) and words[k + 4].lower_ in _UTMOST_FOLLOWERS:
            continue  # the idiom of the utmost: "as petty as petty gets", "as real as real can be"
        findings.append(
            Finding(
                start=a.idx,
                end=d.idx + len(d),
                message=f"the words '{c.text} {d.text}' are repeated",
                severity=0.6,
                check="doubled_word",
            )
        )
    return findings
