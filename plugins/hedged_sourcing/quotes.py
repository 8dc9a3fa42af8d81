"""Where an article quotes someone: character ranges between quotation marks.

Words inside quotation marks are the speaker's, not the article's sourcing: "people think" in a
senator's quote is the senator's claim, and a word in scare quotes ("rumors") is no claim at all.
Quotation marks are paired within a paragraph (a line break ends one): curly marks by direction,
straight marks by the side their neighbours put them on where that is plain (a space before and a
word after opens), by alternation where it is not, and the ``''`` of some wires by alternation. A
closing mark with no opening one is ignored (a slip); an opening mark left open runs to the end of
its paragraph, as a quotation that goes on into the next paragraph does, but never more than
``_OPEN_LIMIT`` characters, or to where a new sentence opens another quotation. In a transcript,
each speaker turn ("AMANPOUR: ...") counts as one quotation (``scorer.transcripts``), and so does
each embedded post ("... — Irma Hinojosa (@latinaafortrump) September 25, 2016", ``scorer.embedded_posts``).

Not the same reading as odd_phrasing's ``voices`` (which quotes more, on purpose): there a wider
quotation only drops a grammar finding, so an unopened closing mark quotes its paragraph back to the
start, an open quotation runs to the paragraph's end however long, runs of spaces end a paragraph,
and looser speaker labels count ("Johnson: I do"; also a poll table's "Favor: 92 percent. Oppose:").
Here each range is one utterance whose words are counted (``QUOTATION_WORDS``, ``quotation_near``):
a slip must not quote the writer's own attribution, so open quotations stop at ``_OPEN_LIMIT`` or at
a new sentence's opening mark, stray closers are ignored, « » „ `` count, and only the scorer's
stricter transcript turns do. On the 1,611 texts of editor_gold_dev and buzzfeed_webis_2016 the two
quotation readings differ in 171 and the two transcript rules in 33, so sharing one function would
move findings in one signal or the other.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import post_ranges, turn_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_MARKS = re.compile(r"``|''|[\"“”«»„]")
_OPENING = frozenset({"“", "«", "„", "``"})
_CLOSING = frozenset({"”", "»"})
_TOGGLES = frozenset({'"', "''"})
_OPEN_LIMIT = 600
#: A quotation of at least this many words is a quotation someone said, not scare quotes.
QUOTATION_WORDS = 4


@dataclass(frozen=True)
class Quotes:
    """The quoted character ranges ``(start, end)`` of one text, in order, not overlapping;
    ``words`` holds how many words each range quotes, ``sentences`` the character ranges of the
    Doc's sentences (to place a token without walking the Doc)."""

    ranges: tuple[tuple[int, int], ...]
    words: tuple[int, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    #: quotations of ``QUOTATION_WORDS`` words or more set in single marks (British and Irish style),
    #: kept apart: a word in single scare quotes is too short to count, and ``ranges`` leaves them out
    single: tuple[tuple[int, int], ...] = ()

    def in_single_quotation(self, char: int) -> bool:
        """True when character offset ``char`` lies in a quotation in single marks (``single``)."""
        i = bisect.bisect_right(self.single, (char, float("inf"))) - 1
        return i >= 0 and self.single[i][0] <= char < self.single[i][1]

    def covering(self, char: int) -> tuple[int, int] | None:
        """The quoted range that holds character offset ``char``, if any."""
        i = bisect.bisect_right(self.ranges, (char, float("inf"))) - 1
        if i >= 0 and self.ranges[i][0] <= char < self.ranges[i][1]:
            return self.ranges[i]
        return None

    def inside(self, span: Span) -> bool:
        """True when ``span`` starts inside a quotation."""
        return self.covering(span.start_char) is not None

    def quotation_near(self, char: int) -> bool:
        """True when a quotation of at least ``QUOTATION_WORDS`` words lies in the sentence of
        character ``char`` or starts right after it ('... said: "..."' or a quote in the next
        sentence), and does not itself hold ``char``."""
        return bool(self.quotations_near(char))

    def quotations_near(self, char: int) -> list[tuple[int, int]]:
        """The quotations ``quotation_near`` reads for character ``char``, in order."""
        i = bisect.bisect_right(self.sentences, (char, float("inf"))) - 1
        if i < 0:
            return []
        sent_start, sent_end = self.sentences[i]
        first = bisect.bisect_left(self.ranges, (sent_start, -1))
        if first > 0 and self.ranges[first - 1][1] > sent_start:
            first -= 1
        near = []
        for k in range(first, len(self.ranges)):
            start, end = self.ranges[k]
            if start > sent_end + 2:
                break
            if end > sent_start and self.words[k] >= QUOTATION_WORDS and not (start <= char < end):
                near.append((start, end))
        return near


def find_quotes(doc: Doc, text: str | None = None, blocks: tuple[tuple[int, int], ...] = ()) -> Quotes:
    """The quoted ranges of ``doc`` (computed once per Doc and kept on it).

    :param text: the text ``doc`` was parsed from, when the caller has it (rebuilding it from
        the tokens costs more than the rest of this module); ignored if it does not fit the Doc.
    :param blocks: the article's block quotations (``scorer.block_quote_ranges``): quoted, like posts.
    """
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, Quotes):
        return cached
    if text is None or not _fits(doc, text):
        text = doc.text
    ranges = with_speaker_turns(quote_ranges(text), turn_ranges(text) + post_ranges(text) + list(blocks))
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    quotes = Quotes(
        tuple(ranges), tuple(_quoted_words(text[s:e]) for s, e in ranges), sentences, single_quotations(text)
    )
    doc.user_data[_CACHE_KEY] = quotes
    return quotes


_CACHE_KEY = "hedged_sourcing.quotes"


#: A quotation in single marks: an opening ‘ after a space, colon or line start and before a letter,
#: closed by a ’ that ends a word and is followed by a space, a mark or the line's end.
_SINGLE_QUOTED = re.compile(r"(?:(?<=[\s:(\[—])|^)‘(?=[A-Za-z])[^‘\n]*?[^\s‘]’(?=[\s.,;:!?)\]—\"”]|$)", re.M)


def single_quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of quotations of ``QUOTATION_WORDS`` words or more in single marks
    ("Say: ‘I gave you this, ... I understand that this will affect you ...’"), each within a line."""
    if "‘" not in text:
        return ()
    return tuple(
        m.span() for m in _SINGLE_QUOTED.finditer(text) if len(m.group().split()) >= QUOTATION_WORDS
    )


def _fits(doc: Doc, text: str) -> bool:
    """``text`` is the text ``doc`` was parsed from (same length, same first and last token)."""
    if not len(doc):
        return text == ""
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    return (
        end == len(text)
        and text[first.idx : first.idx + len(first)] == first.text
        and text[last.idx : last.idx + len(last)] == last.text
    )


def _quoted_words(quoted: str) -> int:
    """Words in a quotation, counted up to ``QUOTATION_WORDS`` when it ends like an utterance
    ('"It will hold,"'): a short full utterance is a quotation, a short phrase in quotation marks
    is not ('just "rumors."' has one word and is still not one)."""
    words = len(quoted.split())
    inner = quoted.rstrip("\"”»'’` ")
    if words >= 3 and inner[-1:] in (",", ".", "!", "?"):
        return max(words, QUOTATION_WORDS)
    return words


def _side(text: str, start: int, end: int) -> str:
    """Which way a straight quotation mark faces by its neighbours: "open" after a space and
    before a word ('said "We'), "close" after a word or punctuation and before a space or
    punctuation ('work," the'), "" when it cannot tell (glued on both sides in scraped text)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in "([{") and not (after.isspace() or after in _AFTER_CLOSE):
        return "open"
    if not (before.isspace() or before in "([{") and (after.isspace() or after in _AFTER_CLOSE):
        return "close"
    return ""


_AFTER_CLOSE = ".,;:!?)]}"


def _starts_a_sentence(text: str, start: int, end: int) -> bool:
    """The mark opens a new sentence: sentence-final punctuation before it, a capital after."""
    before = text[:start].rstrip()
    return before[-1:] in (".", "!", "?") and text[end : end + 1].isupper()


def forget_quotes(doc: Doc) -> None:
    """Drop the ranges kept on ``doc`` (the signal leaves nothing behind on the shared Doc)."""
    doc.user_data.pop(_CACHE_KEY, None)


def with_speaker_turns(ranges: list[tuple[int, int]], turns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted ranges with a transcript's speaker turns read as quotations ("SEN. CLINTON: ... people
    say ..." is the senator's sourcing): one sorted list without overlaps, a quotation inside a turn
    taken into the turn. Ranges that only touch stay apart: each is one utterance whose words are
    counted."""
    if not turns:
        return ranges
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*ranges, *turns]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Quoted character ranges of ``text`` (between and including the marks)."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        ranges.extend((offset + s, offset + e) for s, e in _paragraph_ranges(paragraph))
        offset += len(paragraph) + 1
    return ranges


def _paragraph_ranges(paragraph: str) -> list[tuple[int, int]]:
    ranges = []
    open_at: int | None = None
    straight_opens = "``" not in paragraph  # with `` as opener, '' only closes
    for match in _MARKS.finditer(paragraph):
        mark = match.group(0)
        side = _side(paragraph, match.start(), match.end()) if mark == '"' else ""
        if open_at is None:
            if side == "close":
                continue  # a closing mark with no opening one: a slip, or a quotation left unopened
            if mark in _OPENING or (mark in _TOGGLES and (mark == '"' or straight_opens)):
                open_at = match.start()
            continue
        if side == "open" and _starts_a_sentence(paragraph, match.start(), match.end()):
            # 'to move forward. "Jen has heard ...," the source added': the quotation before was
            # never closed (or went on as a new paragraph would); the new one starts here (not
            # 'in a heartbeat, "the source said': a closing mark with a space misplaced)
            ranges.append((open_at, match.start()))
            open_at = match.start()
            continue
        if mark in _CLOSING or mark in _TOGGLES:
            ranges.append((open_at, match.end()))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, min(len(paragraph), open_at + _OPEN_LIMIT)))
    return ranges
