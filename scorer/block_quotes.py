"""Block quotations of an article: a letter, a statement, a speech or a tweet printed whole, someone else's words.

From HTML, each ``<blockquote>``. Plain text keeps no trace of the element: trafilatura's text output prints a
block quotation as ordinary paragraphs, so "Many fear the worst" in a bishop's letter reads as the writer's own
vague source. Its XML output keeps the element (as ``<quote>``); :func:`block_quote_ranges` finds each one's
paragraphs in ``article.text`` (in order, whitespace aside) and gives the character range from the first to the
last. Computed once per (html, text).

An article given as text has only the words to go on, and one layout says it plainly: a short line that names a
source and a verb of reporting or writing and ends in a colon ("Fox News reports:", "According to The
Washington Post:", "The first version read:", "Archbishop Hebda responds (The Catholic Spirit):") introduces the
source's text, printed after it. Its range runs over the lines after the introducing one, up to a blank line, a
line that introduces another passage, or six lines, whichever comes first (:func:`introduced_passages`). Judged
on the news corpora's plain text, 10 of 11 hedged findings in such passages were wrong; the marked tuning sets
had none there.

Signals that judge the writer's own voice read these ranges as quoted, like quotation marks and embedded posts.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from lxml.html import HtmlElement

    from scorer.contract import Article

_BLOCKQUOTE = re.compile(r"<\s*blockquote[\s>]", re.IGNORECASE)


def block_quote_ranges(article: Article) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` in ``article.text`` of each block quotation: of ``article.html``'s ``<blockquote>``s when
    the article came as HTML, else of the passages the text's own lines introduce (:func:`introduced_passages`);
    either way, the body of an article that is the full text of someone's remarks (:func:`printed_remarks`)."""
    whole = printed_remarks(article.text, article.title)
    if article.html:
        ranges = _ranges(article.html, article.text) if _BLOCKQUOTE.search(article.html) else ()
    else:
        ranges = introduced_passages(article.text)
    if whole is None:
        return ranges
    return (*(r for r in ranges if r[1] <= whole[0]), whole)


#: A title that says the article prints someone's words whole: "Full text: Jeff Flake on Trump speech",
#: "Transcript: NPR's Full Interview With Sen. Marco Rubio", "Prepared Remarks: ...", and the White House's
#: "Remarks by the President on the Economy", "Statement by the President" (an office, a name at most, then the
#: title's end or what the remarks were on: not a headline such as "Statement by the President sparks outrage").
_REMARKS_TITLE = re.compile(
    r"""^\W*(?:full\ text\b|(?:full\ |complete\ |rush\ )?transcript\b|prepared\ remarks\b
        | (?:remarks|statement|address)\ by\ (?:the\ )?(?:president|vice\ president|first\ lady|press\ secretary)
          (?:\ (?-i:[A-Z])[\w.'’-]*){0,3}\s*(?:$|[-–—:,(]|\ (?:on|at|in|to|and|before|after|during|for)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: A title that names what follows as someone's words printed whole after the speaker's name: "Hillary Clinton
#: Transcript: Read Full Text of Clinton Campaign Launch", "'This Week' Transcript: Geithner".
_REMARKS_IN_TITLE = re.compile(r"\btranscript\s*:|\bfull\ text\ of\b", re.IGNORECASE | re.VERBOSE)
#: A title that is only a named speech: "Obama’s Health Care Speech to Congress" (no verb: not "... speech fell flat").
_SPEECH_TITLE = re.compile(
    r"^\W*(?-i:[A-Z])[\w.-]*(?:\ (?-i:[A-Z])[\w.-]*){0,3}['’]s?\ (?:[\w-]+\ ){0,4}(?:speech|address|remarks)"
    r"(?:\ (?:to|at|on|before|in)(?:\ the)?(?:\ (?-i:[A-Z])[\w.'’-]*){1,4})?\W*$",
    re.IGNORECASE | re.VERBOSE,
)
#: The speaker's own first person in the opening of a speech printed whole ("I am not the first President ...").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b")
_OPENING = 400


def _titled_as_remarks(title: str, text: str) -> bool:
    """The title names the text as a transcript, a full text or the White House's remarks, or is only a named
    speech whose text opens in the first person."""
    if _REMARKS_TITLE.match(title) or _REMARKS_IN_TITLE.search(title):
        return True
    return _SPEECH_TITLE.match(title) is not None and _FIRST_PERSON.search(text[:_OPENING]) is not None


#: A sentence near the top that says what follows is someone's words, printed whole: "Prepared remarks for Sen. Jeff
#: Flake, who delivered ...", "This is a transcript of the interview ...", "Here is a transcript of her remarks".
#: A document merely given ("Here is the text of that voicemail message") is not: the writer goes on after it.
_REMARKS_INTRO = re.compile(
    r"""(?:^\W*(?:full\ text|(?:full\ |complete\ |rush\ )?transcript)\s*:
        | (?:^|[.!?]\s*|\n\s*)(?:prepared\ remarks|remarks\ as\ prepared\ for\ delivery)\b
        | \b(?:this|what\ follows|(?:here|below)\ (?:is|are))\ (?:is\ )?(?:a|an|the)
            \ (?:full\ |complete\ |rush\ |edited\ )?transcript\ of\b
        | \b(?:here|below)\ (?:is|are)\ the\ full\ text\ of\b
        | ^\W*(?:a|the)\ (?:full\ |complete\ |rush\ )?transcript\ of\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: How far into the text the sentence that introduces printed remarks may stand.
_REMARKS_INTRO_WITHIN = 800
#: A full stop, question or exclamation mark (and a closing mark) before the next sentence's first letter, run on
#: or after a space; :func:`_sentence_end` keeps those after a lower-case word or a figure ("2018.", not "Sen.").
_STOP = re.compile(r"[.!?][\"”’)]?(?=\s*[A-Z\"“])")
_WORD_BEFORE = re.compile(r"(\S+)$")
#: Words of a title that say the writer speaks too: an annotated transcript, a fact-check of a speech.
_WRITER_TOO = re.compile(r"\b(?:annotat\w*|fact[- ]check\w*|analy[sz]\w*|highlights)\b", re.IGNORECASE)


def _sentence_end(text: str, after: int) -> int | None:
    """Where the sentence running at ``after`` ends (just past its mark), or None."""
    for stop in _STOP.finditer(text, after):
        word = _WORD_BEFORE.search(text, max(0, stop.start() - 40), stop.start())
        last = word.group(1).strip("\"“”’'(") if word else ""
        if last and (last[-1].isdigit() or last[-1] == ")" or (last.isalpha() and last.islower() and len(last) > 1)):
            return stop.end()
    return None


@functools.lru_cache(maxsize=64)
def printed_remarks(text: str, title: str | None = None) -> tuple[int, int] | None:
    """``(start, end)`` of the body of an article that prints someone's remarks whole, or None.

    A speech or an interview printed as a transcript is the speaker's words from its first line to its last; the
    writer speaks only in the sentence that says so ("Prepared remarks for Sen. Jeff Flake, who delivered a speech
    to the Senate on Jan. 17, 2018.", "Here is a transcript of her remarks, provided by Federal News Service.").
    The article says it in that sentence near the top, or in a title that opens with "Full text:", "Transcript:" or
    "Prepared remarks" or, as the White House titles its transcripts, "Remarks by" or "Statement by"; the body runs
    from the end of that sentence to the end, or is the whole text when only the title says it. A title that also
    announces annotations or analysis is the writer speaking as well, and gives nothing."""
    head = text[:_REMARKS_INTRO_WITHIN]
    if title and _WRITER_TOO.search(title):
        return None
    intro = None
    for match in _REMARKS_INTRO.finditer(head):
        intro = match
    if intro is None and not (title and _titled_as_remarks(title, text)):
        return None
    if intro is None:
        return (0, len(text)) if text.strip() else None  # only the title says it: the text is all remarks
    start = _sentence_end(text, intro.end())
    if start is None:
        return None
    while start < len(text) and text[start].isspace():
        start += 1
    return (start, len(text)) if start < len(text) else None


#: The most lines an introduced passage runs to without a blank line to end it.
PASSAGE_MAX_LINES = 6
#: The most words of a line that introduces a passage.
_INTRO_MAX_WORDS = 16
#: A line that introduces a source's text: someone or something, then a verb of reporting or writing (and a few
#: words: "on Wednesday", "(emphasis in the original)"), then the colon; or "According to" and a name; or a line
#: that ends by naming its source in brackets.
_INTRODUCING = re.compile(
    r"""^(?:
        \S.{0,80}?\s(?:reports|reported|writes|wrote|reads|read|notes|noted|explains|explained|states|stated
            |continues|continued|adds|added)\b[^:]{0,40}
        | [Aa]ccording\ to\s[A-Z][^:]{0,60}
        | \S.{0,100}\((?:[A-Z][\w.'’-]*\s?){1,5}\)
    ):\s*$""",
    re.VERBOSE,
)


@functools.lru_cache(maxsize=64)
def introduced_passages(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` in ``text`` of each passage a line of its own introduces: "Fox News reports:", then the
    lines after it up to a blank line, the next such line, or :data:`PASSAGE_MAX_LINES` lines."""
    if ":" not in text:
        return ()
    ranges: list[tuple[int, int]] = []
    spans = _line_spans(text)
    k = 0
    while k < len(spans):
        start, end = spans[k]
        if not _introduces(text[start:end]):
            k += 1
            continue
        first = last = None
        j = k + 1
        while j < len(spans) and j - k <= PASSAGE_MAX_LINES:
            a, b = spans[j]
            line = text[a:b]
            if not line.strip() or _introduces(line):
                break
            first = a if first is None else first
            last = b
            j += 1
        if first is not None and last is not None:
            ranges.append((first, last))
        k = j
    return tuple(ranges)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _introduces(line: str) -> bool:
    stripped = line.strip()
    return (
        stripped.endswith(":")
        and len(stripped.split()) <= _INTRO_MAX_WORDS
        and _INTRODUCING.match(stripped) is not None
    )


@functools.lru_cache(maxsize=64)
def _ranges(html: str, text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for pieces in _quoted_paragraphs(html):
        start = end = None
        for piece in pieces:
            found = _find(text, piece, cursor)
            if found is None:
                continue
            start = found[0] if start is None else start
            end, cursor = found[1], found[1]
        if start is not None and end is not None:
            ranges.append((start, end))
    return tuple(ranges)


def _quoted_paragraphs(html: str) -> list[list[str]]:
    """The text of each outermost ``<quote>`` of trafilatura's XML output, paragraph by paragraph, whitespace
    collapsed."""
    import xml.etree.ElementTree as ET

    import trafilatura

    from scorer.html import deep_tree, html_document

    def xml_of(page: str | HtmlElement) -> str | None:
        return trafilatura.extract(
            page, output_format="xml", include_comments=False, include_tables=False, favor_recall=True,
            deduplicate=False,
        )

    page = html_document(html)
    # the deep tree only when the page nests deeper than libxml2 reads by default (scorer/html.py)
    xml = xml_of(page) or xml_of(deep_tree(page))
    if not xml:
        return []
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    quotes = []
    for quote in _outermost(root, "quote"):
        blocks = list(quote.iter("p")) or [quote]
        pieces = [" ".join("".join(block.itertext()).split()) for block in blocks]
        quotes.append([piece for piece in pieces if piece])
    return quotes


def _outermost(element: ET.Element, tag: str) -> list[ET.Element]:
    """The ``tag`` elements under ``element`` that no other ``tag`` element holds (a quotation inside another
    is within its range already)."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        else:
            found.extend(_outermost(child, tag))
    return found


def _find(text: str, piece: str, cursor: int) -> tuple[int, int] | None:
    """Where ``piece`` stands in ``text`` at or after ``cursor``, any run of whitespace matching any other."""
    pattern = r"\s+".join(re.escape(word) for word in piece.split())
    match = re.compile(pattern).search(text, cursor)
    return match.span() if match else None
