"""(f) A count that its own list contradicts: "three cities — Paris, Lyon, Nice and Lille".

A number (2 to 20, word or digits) on a plural noun, followed in the same sentence by the list that
enumerates that noun: after a colon, a dash, an opening bracket or "namely" (the list is the whole
set: a different number of items either way is a contradiction), in comma apposition the parser
confirms ("the two candidates, Clinton and Trump, ..."; also either way), or after "including",
"such as", "like", "among them" (a partial list: only *more* items than the count contradicts).

Precision first. The list must be a plain coordination of short noun phrases ("A, B and C",
"A, B, C" after a colon), each item a proper name or a noun phrase without a verb; anything else
(a clause, a pronoun, a sub-count "two in France", a second "and", "and others", "etc.") drops the
list, and so does a breakdown whose items carry their own numbers ("14 foreigners, six Iraqis, six
Sudanese, a Somali and a Turk": the groups add up, the items are not the count). Counts that are
partial themselves ("two of the three cities", "one of five states") or approximate ("about five",
"at least three", "more than two") are never checked, and neither are measures ("three times",
"five percent"). "Springfield, Illinois" is one item, not two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .checks import Context

__all__ = ["CountedList", "count_list_mismatches", "counted_lists"]

_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
]  # fmt: skip
_NUMBER = {w: i for i, w in enumerate(_WORDS)}
_MIN, _MAX = 2, 20
#: Words before a count that make it approximate or a bound, not the size of the list.
_APPROX = {
    "about", "around", "nearly", "almost", "some", "roughly", "approximately", "over", "under",
    "least", "most", "than", "to", "up", "estimated", "perhaps", "maybe", "possibly", "another",
    "additional", "other", "first", "last", "next", "previous", "past", "top", "every", "each",
}  # fmt: skip
#: Words that, followed by "of", make the count a subset's frame: "two of the three cities".
_PART_OF = {"of"}
#: Nouns counted as measures or repetitions, never enumerated by a list of names.
_MEASURES = {
    "times", "percent", "points", "dollars", "cents", "miles", "kilometers", "kilometres", "feet",
    "pounds", "tons", "tonnes", "minutes", "seconds", "hours", "days", "weeks", "months", "years",
    "decades", "centuries", "votes", "seats", "percentage", "degrees", "inches", "meters", "metres",
    "billion", "million", "thousand", "hundred", "shares", "euros", "yards", "laps", "rounds",
    "ounces", "grams", "kilos", "kilograms", "barrels", "acres", "bushels", "gallons", "litres", "liters",
}  # fmt: skip
#: Introducers of the whole set (a different count either way contradicts).
_STRICT_PUNCT = {":", "—", "–", "--", "-", "("}
#: Introducers of a partial list (only more items than the count contradicts).
_PARTIAL_INTRO = (
    ("including",),
    ("such", "as"),
    ("like",),
    ("among", "them"),
    ("for", "example"),
    ("for", "instance"),
    ("e.g.",),
    ("notably",),
    ("especially",),
    ("in", "particular"),
)
#: After a list, words that say it is not the whole set.
_OPEN_END = {"others", "etc", "etc.", "elsewhere", "more", "so", "among", "included", "for", "in", "to"}
_OPEN_ITEMS = {"others", "other", "etc", "etc.", "more", "elsewhere", "all", "both", "each", "several", "many"}
#: Part-of-speech tags allowed inside one list item.
_ITEM_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}
_US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
    "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
    "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
    "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c.", "ala.", "ariz.",
    "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.",
    "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.",
    "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.",
    "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.",
}  # fmt: skip


@dataclass(frozen=True)
class _List:
    items: list[tuple[int, int]]  # token ranges [start, end)
    conjoined: bool  # closed by "and"/"or"
    closed: bool  # ends at a clause boundary (punctuation, end of sentence)


@dataclass(frozen=True)
class CountedList:
    """A count, its noun and the list that enumerates it (token indices into the Doc)."""

    count: int
    num: int  # the number token
    noun: int  # the counted noun
    mode: str  # "strict", "partial" or "appos"
    items: list[tuple[int, int]]  # token ranges [start, end), "Springfield, Illinois" folded
    open_ended: bool  # "..., among others", "and elsewhere"
    listed: int = 0  # the items before "Springfield, Illinois" was folded


def counted_lists(doc: Doc) -> list[CountedList]:
    """Every count in ``doc`` followed by a list that enumerates its noun, matching or not."""
    out: list[CountedList] = []
    for tok in doc:
        n = _count_of(tok)
        if n is None:
            continue
        noun = tok.head
        if not _is_counted_noun(tok, noun):
            continue
        mode, start = _introducer(doc, noun)
        if mode is None:
            continue
        found = _parse_list(doc, start)
        if found is None or len(found.items) < 2 or not _fits_mode(doc, noun, found, mode):
            continue
        if any(t.like_num for start, end in found.items for t in doc[start:end]):
            # a breakdown into sub-counts ("14 foreigners, six Iraqis, six Sudanese and a Turk"; "four members,
            # Honeywell two and NEC one")
            continue
        out.append(CountedList(n, tok.i, noun.i, mode, _merge_places(doc, found.items), _open_ended(doc, found),
                               len(found.items)))
    return out


def count_list_mismatches(ctx: Context) -> list[Finding]:
    """(f): "three cities: Paris, Lyon, Nice and Lille" (four named)."""
    doc = ctx.index.doc
    findings: list[Finding] = []
    for cl in counted_lists(doc):
        named = len(cl.items)
        if named == cl.count or cl.listed == cl.count or (cl.mode == "partial" and named < cl.count):
            continue  # (either reading of "A, B" as one place or two may be the one meant)
        if named < cl.count and cl.open_ended:
            continue
        num, noun = doc[cl.num], doc[cl.noun]
        first, last = doc[cl.items[0][0]], doc[cl.items[-1][1] - 1]
        list_text = ctx.text[first.idx : last.idx + len(last)]
        counted = ctx.text[num.idx : noun.idx + len(noun)]
        message = f"'{counted}' but {_word(named)} are named: {list_text}"
        severity = 0.6 if cl.mode == "strict" else 0.5
        findings.append(Finding(first.idx, last.idx + len(last), message, severity,
                                related=Span(num.idx, noun.idx + len(noun))))
    return findings


def _word(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else str(n)


def _count_of(tok: Token) -> int | None:
    if tok.tag_ != "CD" or tok.dep_ != "nummod":
        return None
    low = tok.lower_
    if low.isdecimal():  # not isdigit: "²" (km²) is a digit int() cannot read
        n = int(low)
    elif low in _NUMBER:
        n = _NUMBER[low]
    else:
        return None
    return n if _MIN <= n <= _MAX else None


def _is_counted_noun(num: Token, noun: Token) -> bool:
    if noun.tag_ not in ("NNS", "NNPS") or not 0 < noun.i - num.i <= 3:
        return False
    if noun.lower_ in _MEASURES:
        return False
    doc = num.doc
    # Only adjectives and nouns between the count and its noun: "three major cities".
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.tag_ == "CD" for t in doc[num.i + 1 : noun.i]):
        return False
    # A partial count ("two of the three cities", "one of five states") or an approximate one.
    before = [t.lower_ for t in doc[max(0, num.i - 3) : num.i]]
    if before and before[-1] in _APPROX:
        return False
    if before and (before[-1] in _PART_OF or (len(before) > 1 and before[-2] in _PART_OF)):
        return False
    if _partitive_with_possessor(num):
        return False
    if any(c.dep_ in ("quantmod", "advmod") for c in num.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children)


#: One list item naming several by number: "Herpes 1&2", "types 1 & 2".
_NUMBERED_PAIR = re.compile(r"\d\s*&\s*\d")


def _partitive_with_possessor(num: Token) -> bool:
    """"six of the state's eight dioceses": the "of" stands before a possessor, further back than
    the two words the plain partitive ("two of the three cities") looks at."""
    doc = num.doc
    j = num.i - 1
    while j >= 0 and num.i - j <= 5 and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ") or doc[j].tag_ == "POS"):
        j -= 1
    return j >= 0 and j < num.i - 1 and doc[j].lower_ in _PART_OF and any(t.tag_ == "POS" for t in doc[j:num.i])


def _introducer(doc: Doc, noun: Token) -> tuple[str | None, int]:
    """How the list after ``noun`` is introduced ("strict", "partial", "appos") and where it starts."""
    i = noun.i + 1
    # "three cities in France: Paris, ..." — a short prepositional phrase before a colon or dash.
    if i < len(doc) and doc[i].pos_ == "ADP" and doc[i].lower_ not in ("including", "like"):
        j = i + 1
        while j < len(doc) and j - i <= 4 and doc[j].pos_ in ("DET", "ADJ", "PROPN", "NOUN"):
            j += 1
        if j < len(doc) and doc[j].text in (":", "—", "–", "--") and j > i + 1:
            i = j
        else:
            return None, i
    if i >= len(doc):
        return None, i
    t = doc[i]
    if t.text in _STRICT_PUNCT and (t.text != "-" or t.whitespace_):
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "namely":
            j += 1 + (j + 1 < len(doc) and doc[j + 1].text in (",", ":"))
        return "strict", j
    if t.lower_ == "namely":
        return "strict", i + 1 + (i + 1 < len(doc) and doc[i + 1].text in (",", ":"))
    j = i + 1 if t.text == "," else i
    if j < len(doc) and doc[j].lower_ == "namely":
        return "strict", j + 1 + (j + 1 < len(doc) and doc[j + 1].text in (",", ":"))
    for words in _PARTIAL_INTRO:
        if [w.lower_ for w in doc[j : j + len(words)]] == list(words):
            k = j + len(words)
            k += k < len(doc) and doc[k].text in (",", ":")
            return "partial", k
    if t.text == ",":
        return "appos", i + 1
    return None, i


def _item_end(doc: Doc, i: int) -> int:
    """The end of the noun phrase starting at token ``i`` (``i`` when there is none)."""
    j = i
    while j < len(doc):
        t = doc[j]
        if "\n" in t.text or t.is_space:
            break
        word = t.pos_ in _ITEM_POS and not (t.pos_ == "PART" and t.lower_ not in ("'s", "’s"))
        joiner = t.text in ("&", "-", "'") and j > i and not doc[j - 1].whitespace_
        if word or joiner:
            j += 1
        elif (
            t.lower_ == "of"
            and j > i
            and doc[j - 1].pos_ == "PROPN"
            and j + 1 < len(doc)
            and (doc[j + 1].pos_ == "PROPN" or doc[j + 1].lower_ == "the")
        ):
            j += 1  # "University of Chicago", "Bank of America"
        else:
            break
    if j > i and not any(t.pos_ in ("PROPN", "NOUN") for t in doc[i:j]):
        return i  # "the two", "many": no noun
    if j > i and (doc[i].tag_ == "CD" and j > i + 1 and doc[i + 1].pos_ != "PROPN"):
        return i  # a sub-count: "two officers", "two in France"
    if j > i and doc[i].lower_ in _OPEN_ITEMS:
        return i
    return j


def _parse_list(doc: Doc, i: int) -> _List | None:
    items: list[tuple[int, int]] = []
    conjoined = False
    while True:
        j = _item_end(doc, i)
        if j == i:
            return None
        items.append((i, j))
        if conjoined:
            break
        if j >= len(doc):
            break
        t = doc[j]
        if t.text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"):
            conjoined, i = True, j + 2
        elif t.text == ",":
            i = j + 1
        elif t.lower_ in ("and", "or"):
            conjoined, i = True, j + 1
        else:
            break
        if i >= len(doc):
            return None
    if any(_NUMBERED_PAIR.search(doc[a:b].text) for a, b in items):
        return None  # "Herpes 1&2": one item naming two, the count of the list is not its length
    end = items[-1][1]
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("and", "or", "nor", "&"):
        return None  # "A, B and C and D": the coordination is ambiguous
    if nxt is not None and nxt.text == ";":
        return None  # "Hamilton, Ohio; Wake, N.C.; ...": a list of its own kind, not read here
    if nxt is not None and nxt.text == "," and _more_coordination(doc, end + 1):
        return None  # "labels and tapes, data storage disks and photofinishing": "and" inside an item
    closed = nxt is None or nxt.is_punct or "\n" in nxt.text or nxt.is_space
    return _List(items, conjoined, closed)


def _more_coordination(doc: Doc, i: int) -> bool:
    """Another "and"/"or" closes a further noun phrase after the list's comma, in the same sentence."""
    sent_end = doc[i - 1].sent.end if i - 1 < len(doc) else len(doc)
    for t in doc[i : min(sent_end, i + 12)]:
        if t.lower_ in ("and", "or"):
            return True
        if (t.is_punct and t.text != ",") or t.pos_ in ("VERB", "AUX"):
            return False
    return False


#: After a list and its comma, words that may lead on to more of the set.
_CONTINUATION = {
    "where", "which", "who", "whom", "whose", "that", "along", "plus", "including", "as", "in", "and", "or",
}  # fmt: skip


def _continues(doc: Doc, end: int) -> bool:
    """The sentence goes on after the list's comma in a way that may add items to it."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    return doc[end + 1].lower_ in _CONTINUATION


def _fits_mode(doc: Doc, noun: Token, found: _List, mode: str) -> bool:
    end_tok = doc[found.items[-1][1]] if found.items[-1][1] < len(doc) else None
    if mode == "strict":
        opener = doc[found.items[0][0] - 1] if found.items[0][0] > 0 else None
        if opener is not None and opener.text == "(" and (end_tok is None or end_tok.text != ")"):
            return False  # "three lives (power-ups and rings add more)": a bracketed clause, not a list
        if _continues(doc, found.items[-1][1]):
            return False  # "nine states: Ohio, ... and Florida, where ..., along with New Hampshire, ..."
        # "Paris, Lyon, Nice" after a colon needs no "and", but must end at a boundary then.
        return found.conjoined or (found.closed and (end_tok is None or end_tok.text in (".", ";", ")", "—", "–")))
    if mode == "partial":
        return found.conjoined
    # Apposition by comma: only when the parser hangs the first item on the counted noun, so that
    # "Among the three cities, Paris and Lyon voted" (a subject, not an apposition) is left alone.
    if not found.conjoined or not found.closed:
        return False
    if doc[found.items[0][0]].lower_ in ("a", "an"):
        return False  # "would have two cars, a house, a dog and a child": more things, not the two
    first = doc[found.items[0][0] : found.items[0][1]].root
    return first.dep_ == "appos" and first.head == noun


def _merge_places(doc: Doc, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Fold "Springfield, Illinois" into one item: a US state right after a non-state place."""
    merged: list[tuple[int, int]] = []
    for start, end in items:
        words = doc[start:end].text.lower()
        if merged and words in _US_STATES and doc[merged[-1][0] : merged[-1][1]].text.lower() not in _US_STATES:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _open_ended(doc: Doc, found: _List) -> bool:
    """The list says it is not the whole set: "..., among others", "and elsewhere", "etc."."""
    end = found.items[-1][1]
    k = end + (end < len(doc) and doc[end].text == ",")
    # Only the words right after the list, in its own clause: "..., among others", not the next sentence.
    after = k < len(doc) and doc[k]
    if after and not (after.is_punct or after.is_sent_start) and after.lower_ in _OPEN_END:
        return True
    return any(doc[s].lower_ in _OPEN_ITEMS for s, _ in found.items)
