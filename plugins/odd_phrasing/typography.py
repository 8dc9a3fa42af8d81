"""Typographic slips read off the raw text: a space before punctuation, runs of exclamation marks,
and runs of words in capitals (shouting). The shared parse, when given, only tells a sign-off's
exclamation marks from a claim's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import sentence_of
from .voice import voices

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A word, one space, then , ; . ? or ! that ends the clause (followed by space, quote or the end).
# Not ". . ." ellipses, ".5" decimals or ".com".
_SPACE_BEFORE = re.compile(r"(?<=\w) (?P<mark>[,;?!]|\.(?![.\w]| \.))(?=[\s\"”’)]|$)")
_CLAUSE_CANNOT_END = re.compile(r"\b(?:of|by|to|the|a|an|and|from|at|in|on|with|for|via)$", re.IGNORECASE)
_PUNCT_RUN = re.compile(r"[!?]{2,}")
# Runs of words in capitals; find_shouting decides which are shouting.
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]*(?:[ ,]+[A-Z][A-Z'’]*){2,}\b")
_CAPS_MIN_LONG = 2
_CAPS_MIN_WORDS = 4
# A shouted sentence has function words in it; a name, a heading or a list of acronyms rarely does.
_FUNCTION_WORDS = frozenset(
    {
        "THE",
        "IS",
        "ARE",
        "WAS",
        "WERE",
        "TO",
        "A",
        "AN",
        "OF",
        "AND",
        "IT",
        "THAT",
        "THIS",
        "YOU",
        "WE",
        "THEY",
        "WITH",
        "FOR",
        "NOT",
        "BE",
        "HAS",
        "HAVE",
        "WILL",
        "ALL",
        "MY",
        "OUR",
        "YOUR",
        "HIS",
        "HER",
    }
)
# A capitalised run followed by a dash or colon is a section label ("WHAT YOU NEED TO KNOW --").
_LABEL_AFTER = re.compile(r"[!?.]?\s*(?:-|–|—|:)")


def find_space_before_punctuation(text: str) -> Iterator[Finding]:
    """Yield findings for a single space between a word and the punctuation mark ending it."""
    for m in _SPACE_BEFORE.finditer(text):
        start = m.start()
        if _CLAUSE_CANNOT_END.search(text, max(0, start - 12), start):
            continue  # "the support of ." is a hole left by a removed link, not a spacing slip
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum() and start - word_start < 30:
            word_start -= 1
        yield Finding(
            start=word_start,
            end=m.end(),
            message=f"a space before '{m.group('mark')}'",
            severity=0.3,
        )


_SENTENCE_BOUNDARY = re.compile(r"[.!?\n]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")


def _layout(text: str, start: int, end: int) -> bool:
    """Capitals as layout: a run that is a line or sentence by itself, not closed by "!" (a heading,
    a small-caps source line such as "THE GRAVITATIONAL CENTER OF THE REPUBLICAN PARTY IS ..."),
    rather than shouting inside prose or an exclaimed outburst ("THIS IS SO HEARTBREAKING!")."""
    after = text[end : end + 3].lstrip(" ")
    if after.startswith("!"):
        return False
    left = max((m.end() for m in _SENTENCE_BOUNDARY.finditer(text, max(0, start - 300), start)), default=0)
    right_match = _SENTENCE_BOUNDARY.search(text, end)
    right = right_match.start() if right_match else len(text)
    rest = text[left:start] + " " + text[end:right]
    return not _LOWER_WORD.search(rest)


def find_exclamation_runs(text: str, doc: Doc | None = None) -> Iterator[Finding]:
    """Yield findings for "!!", "!!!", "?!?" and similar runs. A lone "?!" or "!?" (the interrobang of an
    incredulous question, "how twisted is that?!") is informal but accepted punctuation, not a run.

    With the parse, a run that closes a call to the reader or a wish is left alone ("Please say a prayer
    for him in the comments below!!", "Visit RoyMoore.org now!!", "We love you, Carrie!!"): the warmth
    or the appeal of a sign-off, not the writer raising the pitch of a claim."""
    read = voices(text)
    quotes = read.double_marked + read.single_quoted
    for m in _PUNCT_RUN.finditer(text):
        if "!" not in m.group() or any(a <= m.start() < b for a, b in quotes):
            continue  # inside a quotation (a fan's tweet, a speaker's words, in double or straight single
            # marks: "'... NOT WHERE I USED TO BE!!' he wrote") it is theirs, not the writer's
        if m.group() in ("?!", "!?"):
            continue
        if doc is not None and _appeal_or_wish(doc, m.start()):
            continue
        yield Finding(
            start=m.start(),
            end=m.end(),
            message=f"'{m.group()}': repeated exclamation marks",
            severity=0.4,
        )


#: Words of a wish or a thank-you, whose exclamation marks are warmth, not emphasis on a claim.
_WISH_WORDS = frozenset({"thanks", "congratulations", "congrats", "pray", "prayer", "prayers", "bless"})
#: ... and these before "you" ("We love you, Carrie!!", "Thank you all!!"; not "Thank God Trump won!!").
_WISH_VERBS = frozenset({"love", "thank", "miss"})


#: What a sign-off asks the reader to do ("Visit RoyMoore.org now!!", "Watch the moment below!!").
_SIGN_OFF_VERBS = frozenset(
    {"visit", "watch", "click", "share", "like", "subscribe", "follow", "sign", "donate", "read", "see", "check",
     "comment", "join", "help", "stay", "tune"}
)


def _appeal_or_wish(doc: Doc, char: int) -> bool:
    """The sentence ending at ``char`` is a sign-off's call to the reader ("Visit ...", "Watch ...",
    "Please say a prayer") or a wish or thanks ("We love you, Carrie"); not an order that carries a
    claim ("Make sure everyone knows that the traitor was caught ...!!!")."""
    before = doc.char_span(max(char - 1, 0), char, alignment_mode="expand")
    if before is None or not len(before):
        return False
    sent = sentence_of(before[0])
    words = [t for t in sent if t.idx < char]
    if any(t.dep_ == "ccomp" for t in words):
        return False  # "Share this and make sure everyone knows that the traitor was caught ...!!!": a claim
    if any(t.lower_ in _WISH_WORDS or (t.lower_ in _WISH_VERBS and t.nbor(1).lower_ == "you") for t in words[:-1]):
        return True
    if any(t.lower_ == "please" for t in words[:2]):
        return True
    root = sent.root
    if words and words[0].lower_ in _SIGN_OFF_VERBS and words[0].tag_ == "VB":
        return True  # "Visit RoyMoore.org now!!Like a club ...": the parse ran the next sentence into this one
    return (
        root.lemma_.lower() in _SIGN_OFF_VERBS
        and root.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in root.children)
    )


def find_shouting(text: str) -> Iterator[Finding]:
    """Yield findings for runs of four or more words in capitals, two or more of 4+ letters, with a
    function word among them, not a label before a dash or colon."""
    for m in _CAPS_RUN.finditer(text):
        words = re.findall(r"[A-Z'’]+", m.group())
        if (
            len(words) < _CAPS_MIN_WORDS
            or sum(len(w) >= 4 for w in words) < _CAPS_MIN_LONG
            or not _FUNCTION_WORDS.intersection(words)  # names, labels, acronym lists
            or words[0] in ("AM", "PM")  # timestamps before a byline
            or _LABEL_AFTER.match(text, m.end())
            or _layout(text, m.start(), m.end())
        ):
            continue
        yield Finding(
            start=m.start(),
            end=m.end(),
            message=f"'{m.group()}' is written in capitals (shouting)",
            severity=0.3,
        )


# "rose sharply.While", "the gym.”She": a full stop (or ! ?) and maybe a closing quote glued to the
# next sentence's capital. Not decimals (digits), abbreviations ("U.S.", "Ph.D." end in a capital
# or a one-letter part), domains, URLs or handles (checked on the whole run of non-space text).
_JOINED = re.compile(r"(?<=[a-z]{2})[.!?][”\"’]?(?=[A-Z][a-z])")
# '…do,”Brock told': a closing quotation glued to the attribution after it; no paragraph ends in a comma.
_COMMA_QUOTE_GLUED = re.compile(r"(?<=[a-z]),[”\"](?=[A-Za-z])")
_LINK = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|edu|co|uk|io|ly|us|tv|me|info)\b", re.IGNORECASE)
#: More joins than this in one text are paragraphs glued together on collection, not the writer's slips.
JOINED_LIMIT = 3


#: How far a run of non-space text is read each way from a match: further than any link (browsers stop near
#: 2,000 characters). Unbounded, each match in a long run of punctuation re-read the whole run, so 150,000
#: quotation marks in a row cost hours.
_CHUNK_REACH = 2048
_SPACE = re.compile(r"\s")


def _chunk(text: str, start: int, end: int) -> str:
    """The run of non-space text around ``start``..``end``, read at most ``_CHUNK_REACH`` characters each way."""
    before = text[max(0, start - _CHUNK_REACH) : start]
    space = _SPACE.search(before[::-1])
    first = start - (space.start() if space else len(before))
    space = _SPACE.search(text, end, end + _CHUNK_REACH)
    last = space.start() if space else min(len(text), end + _CHUNK_REACH)
    return text[first:last]


def in_link(text: str, start: int, end: int) -> bool:
    """True when ``start``..``end`` lies in a URL, e-mail address, handle or domain name (not prose)."""
    return bool(_LINK.search(_chunk(text, start, end)))


def word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` widened to the letters of the words it touches (at most about 60 characters)."""
    while start > 0 and text[start - 1].isalpha() and end - start < 40:
        start -= 1
    while end < len(text) and text[end].isalpha() and end - start < 60:
        end += 1
    return start, end


def joined_sentences(text: str) -> list[re.Match[str]]:
    """Sentences run into the next with no space ("sharply.While"), outside links."""
    return [m for m in _JOINED.finditer(text) if not in_link(text, m.start(), m.end())]


def find_run_together(text: str) -> Iterator[Finding]:
    """Yield findings for sentences run into the next with no space ("sharply.While") and closing
    quotation marks glued to the words after them (',”Brock told').

    Joins of sentences are judged only in texts that kept their line breaks and have at most
    JOINED_LIMIT of them: a text in one block with such joins had its paragraphs glued on the way
    (scraped copies), which is no slip of the writer's.
    """
    hits: list[tuple[int, int, str]] = []
    for m in _COMMA_QUOTE_GLUED.finditer(text):
        if not in_link(text, m.start(), m.end()):
            hits.append((m.start(), m.end(), "no space after the closing quotation mark"))
    if "\n" in text.strip():
        joins = joined_sentences(text)
        if len(joins) <= JOINED_LIMIT:
            hits.extend((m.start(), m.end(), "two sentences run together without a space") for m in joins)
    for start, end, why in sorted(hits):
        left, right = word_around(text, start, end)
        yield Finding(start=left, end=right, message=f"'{text[left:right]}': {why}", severity=0.4)
