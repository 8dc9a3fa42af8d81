"""Whose words: the stretches of an article that are someone else's, not the writer's.

- Quotations: “…” and "…", read paragraph by paragraph. A quotation left open runs to the end of its
  paragraph (news style reopens each paragraph of a long quotation); a closing mark with no opening
  in its paragraph closes a quotation that began earlier, so the paragraph up to it is quoted too.
- A whole paragraph in straight single marks ("'It was just like ... human beings.'"), as British
  tabloid style sets a quotation; other straight single marks are read as apostrophes.
- Transcript turns: the words after a speaker's label ("WARREN: “Since this …”", "Johnson: I do and
  and …"), when the text has at least two such turns (one "Update:" or "Note:" is no transcript).
- Embedded posts: a tweet or Instagram post pasted into the text, as the host reads them
  (:func:`scorer.post_ranges`: "— Ann Doss Helms (@anndosshelms) September 23, 2016" and the words
  before it).

Three narrower readings serve the loaded-language and typography checks, kept as they were tuned
(``Voices.marked``, ``Voices.double_marked``, ``Voices.turns``): quotation marks paired on one line,
and the transcript turns of :func:`scorer.turn_ranges`. They are not ``speech``: a loaded word or an
exclamation run is left alone only inside a closed quotation or a turn the stricter transcript rule
finds, and the signal drops what falls inside ``speech`` afterwards anyway. They are kept as they
are because widening them could move findings: a loaded term's count per sentence, and the
typography convention limit, which counts exclamation runs before the signal drops quoted ones.

Grammar and style checks leave these alone: a speaker's "and and", "they was" or "INSANE" is theirs,
faithfully reported. Typography the article's own editors set (spelling in a transcription, the
quotation marks themselves) is still theirs inside a quotation, but not inside a pasted post.
Text that lost its line breaks on collection marks paragraphs with runs of spaces; both count here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from scorer import inside_ranges, merge_ranges, paragraph_ranges, post_ranges, turn_ranges

#: Quotation marks: curly, straight, and curly marks read as Latin-1 ("â\x80\x9c", mojibake).
#: Two apostrophes stand for a double mark in copies of The New York Times (''Islam hates us,''), and
#: two backquotes open one in Penn Treebank-style text (``...'').
#: A punctuation mark inside a sentence with no space before the next word: "pics?I", "twice;a".
_UNSPACED_JOIN = re.compile(r"(?<=[A-Za-z0-9])[,;:?!](?=[A-Za-z])")
_MARK = re.compile("''|``|[“”\"]|â\x80\x9c|â\x80\x9d")
_OPENERS = frozenset({"“", "â\x80\x9c", "``"})
_CLOSERS = frozenset({"”", "â\x80\x9d"})
#: A speaker's label: a name in capitals ("WARREN:", "MR. TRUMP:") anywhere, or a capitalised name of
#: at most three words at the start of a paragraph ("Johnson:", "Hunt: You think …", "Q:").
_CAPS_LABEL = re.compile(r"(?<![\w’'])(?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]{2,}:(?=\s)")
_NAME_LABEL = re.compile(r"(?:[A-Z][a-z.'’-]+ ){0,2}(?:[A-Z][a-z.'’-]+|Q|A):(?=\s)")
#: The same label inside a paragraph, right after a sentence ends: turns run together on collection.
_NAME_LABEL_INSIDE = re.compile(r"(?<=[.?!:]\s)" + _NAME_LABEL.pattern)
#: Labels that head a note, not a speaker's turn.
_NOT_SPEAKERS = frozenset(
    [
        "note",
        "update",
        "updated",
        "correction",
        "clarification",
        "source",
        "sources",
        "photo",
        "photos",
        "video",
        "videos",
        "watch",
        "read",
        "related",
        "see",
        "also",
        "editor",
        "editors",
        "disclosure",
        "caption",
        "credit",
        "credits",
        "image",
        "images",
        "warning",
        "example",
        "examples",
        "translation",
        "transcript",
        "background",
        "context",
        "bottom",
        "line",
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "here",
        "result",
        "results",
        "tags",
        "topics",
        "filed",
        "posted",
        "location",
        "date",
        "time",
        "price",
        "advertisement",
        "share",
        "comments",
        "breaking",
        "exclusive",
        "live",
        "more",
        "listen",
        "subscribe",
        "follow",
        "via",
        "h/t",
        "hat",
        "tip",
        "ps",
        "p.s.",
        "update:",
    ]
)
_MIN_TURNS = 2


@dataclass(frozen=True)
class Voices:
    """Character ranges of someone else's words in one text: ``speech`` (quotations and transcript
    turns) and ``posts`` (embedded social-media posts), each sorted and merged."""

    speech: tuple[tuple[int, int], ...]
    posts: tuple[tuple[int, int], ...]
    #: Quotations between marks on one line (:func:`marked_ranges`), in text order.
    marked: tuple[tuple[int, int], ...] = ()
    #: Curly and straight double quotations on one line only (:func:`double_marked_ranges`).
    double_marked: tuple[tuple[int, int], ...] = ()
    #: Quotations in straight single marks (:func:`single_quoted_ranges`).
    single_quoted: tuple[tuple[int, int], ...] = ()
    #: Transcript turns as ``scorer.turn_ranges`` reads them (at least three turns, two recurring
    #: speakers in capitals), not this module's looser :func:`transcript_ranges`.
    turns: tuple[tuple[int, int], ...] = ()
    #: ``marked`` and ``turns`` together, sorted, not merged: quotations and speaker turns alike.
    marked_or_turns: tuple[tuple[int, int], ...] = ()
    #: Readers' letters on a letters page, each up to its signature (:func:`signed_passages`): their
    #: opinions are the signed writers', their slips still the editors' to fix.
    signed: tuple[tuple[int, int], ...] = ()
    #: Quotations (``marked``) typed without a space after their punctuation more than once: written text
    #: copied as its writer typed it ("Trump:You base your statements on photoshopped pics?I bailed you out
    #: twice;a 3rd time,maybe?"), whose spacing is the writer's, not the editors'.
    typed_as_written: tuple[tuple[int, int], ...] = ()
    #: The few words before each "[sic]" or "(sic)" (:func:`sic_ranges`): kept as the source wrote them,
    #: and the article says so; an editor already knows.
    sic: tuple[tuple[int, int], ...] = ()

    def quoted(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies wholly inside a quotation, a transcript turn or a post."""
        return inside_ranges(self.speech, start, end) or inside_ranges(self.posts, start, end)

    def signed_by_reader(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies wholly inside a reader's signed letter."""
        return inside_ranges(self.signed, start, end)

    def as_typed(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies wholly inside a quotation typed as its writer typed it."""
        return inside_ranges(self.typed_as_written, start, end)

    def kept_as_written(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies wholly inside words the article marks "[sic]"."""
        return inside_ranges(self.sic, start, end)

    def posted(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies wholly inside an embedded post."""
        return inside_ranges(self.posts, start, end)


def _opens(text: str, pos: int, mark: str, start: int, end: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when a straight mark cannot be read."""
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    before = text[pos - 1] if pos > start else " "
    after = text[pos + len(mark)] if pos + len(mark) < end else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-…'’"):
        return False
    return None


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` (see the module docstring); straight marks that cannot be read as
    opening or closing alternate."""
    ranges: list[tuple[int, int]] = []
    for start, end in paragraph_ranges(text):
        open_at: int | None = None
        last_mark = start
        for m in _MARK.finditer(text, start, end):
            opens = _opens(text, m.start(), m.group(), start, end)
            if opens is None:
                opens = open_at is None
            if opens:
                if open_at is None:
                    open_at = m.start()
            elif open_at is not None:
                ranges.append((open_at, m.end()))
                open_at = None
            else:  # a closing mark with no opening: the quotation began before this paragraph
                ranges.append((last_mark if last_mark > start else start, m.end()))
            last_mark = m.end()
        if open_at is not None:
            ranges.append((open_at, end))
    return ranges


def transcript_ranges(text: str) -> list[tuple[int, int]]:
    """Speakers' turns: from each label to the next label or the end of its paragraph, when the text
    has at least two labelled turns.

    Looser than ``scorer.turn_ranges`` (three turns, two recurring speakers in capitals) on purpose:
    it also takes a capitalised name at a paragraph's start ("Johnson: I do and and I will"), which
    the scorer's rule misses. Here reading too much as speech only drops a grammar finding; the
    scorer's rule serves signals that credit a turn to a named speaker, where a poll table's
    "Favor: 92 percent. Oppose: 7 percent." (taken here) must not count."""
    labels: list[tuple[int, int]] = []
    for start, end in paragraph_ranges(text):
        for m in _CAPS_LABEL.finditer(text, start, end):
            labels.append((m.start(), m.end()))
        m = _NAME_LABEL.match(text, start, end)
        if m is not None:
            labels.append((m.start(), m.end()))
        # turns run together into one paragraph: "… his tongue: Hunt: You think … Johnson: I do"
        labels += [(m.start(), m.end()) for m in _NAME_LABEL_INSIDE.finditer(text, start, end)]
    labels = sorted({lab for lab in labels if text[lab[0] : lab[1] - 1].lower().strip() not in _NOT_SPEAKERS})
    if len(labels) < _MIN_TURNS:
        return []
    paragraphs = paragraph_ranges(text)
    ends = [e for _, e in paragraphs]
    turns = []
    for n, (_, label_end) in enumerate(labels):
        para_end = next((e for e in ends if e >= label_end), len(text))
        next_label = labels[n + 1][0] if n + 1 < len(labels) else len(text)
        turns.append((label_end, min(para_end, next_label)))
    return turns


#: Curly and straight double quotes, and two apostrophes as a double quote (''Islam hates us,'' in
#: copies of The New York Times), and single curly quotes of a headline (‘Crooked Hillary Clinton.’).
#: Curly quotes garbled by a wrong decoding (mojibake "â\x80\x9c...â\x80\x9d", as some crawled copies
#: hold them) are quotation marks too.
#: An opening single mark before "s" and a word's end is an apostrophe typed the wrong way ("Trump‘s",
#: "Trump’ deplorable ‘s character"), not a quotation: read as one, it ran to the next ’ of the line and
#: hid some 340 characters of the writer's own words ("his ignorant comments") as quoted.
#: A short quotation in single marks may hold an apostrophe, ’ between letters ("a ‘lizard’s shit’"): read first,
#: it runs on to the ’ that closes it, with no double mark inside (an unclosed ‘ before a ” would run on through
#: every apostrophe of the paragraph).
_SINGLE_OPENING = "‘(?!s\\b)"
_SINGLE_WITH_APOSTROPHE = _SINGLE_OPENING + r"(?:[^‘’“”\"\n]|(?<=[A-Za-z])’(?=[A-Za-z])){1,80}’(?![A-Za-z])"
_MARKED = re.compile(
    r"“[^”\n]*”|\"[^\"\n]*\"|''(?:[^'\n]|'(?!'))*''|" + _SINGLE_WITH_APOSTROPHE + "|" + _SINGLE_OPENING + r"[^‘’\n]*’|"
    r"\u00e2\u0080\u009c(?:(?!\u00e2\u0080\u009d)[^\n])*\u00e2\u0080\u009d"
)
_DOUBLE_MARKED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def marked_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation between quotation marks on one line (marks included)."""
    return [(m.start(), m.end()) for m in _MARKED.finditer(text)]


#: A quotation in straight single marks: opened after a space, a colon or a bracket, closed before one.
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s:(\[]))'[^'\n]{2,120}'(?=[\s.,;:!?)\]]|$)")


def in_single_quotes(text: str, start: int, end: int, word_start: int, word_end: int) -> bool:
    """Whether ``word_start``..``word_end`` lies inside a quotation in straight single marks within
    ``start``..``end`` (a sentence). The readings above leave straight single marks to apostrophes
    ("Trump's"); the loaded-language kinds that read a word's context ask this one too ("1800: 'That
    hideous hermaphroditical character'" is a quoted insult)."""
    return any(q.start() < word_start and word_end < q.end() for q in _SINGLE_QUOTED.finditer(text, start, end))


#: A whole paragraph in straight single marks, from a capital to a sentence's end: a quotation set the
#: way British tabloid style sets it ("'It was just like, sometimes things [happen]. ... human beings.'").
_SINGLE_QUOTED_PARAGRAPH = re.compile(r"'[A-Z0-9][^\n]*[.!?…]'")


def single_quoted_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph that is one quotation in straight single marks. Straight single
    marks are otherwise left to apostrophes; a paragraph opening with one before a capital and closing
    with one after a full stop is read as speech (a speaker's tag inside it, "'...,' she said. '...'", is
    taken with it: a slip there goes unread, no finding is wrong)."""
    return [(s, e) for s, e in paragraph_ranges(text) if _SINGLE_QUOTED_PARAGRAPH.fullmatch(text, s, e)]


#: A signature line: a person's name alone in its paragraph ("Martin Litwak.", "Atul M. Karnik.",
#: "Mauricio Fraga-Rosenfeld."), not a heading that starts with an article ("The Facts.").
_SIGNATURE = re.compile(r"(?!(?:The|A|An) )[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][a-zA-Z']+(?:-[A-Z][a-z]+)?)){1,3}\.")
#: The line after a signature that gives the writer's town ("Olympia, Wash.", "Long Beach, Calif.").
_TOWN = re.compile(r"[A-Z][A-Za-z.' ]+, [A-Z][A-Za-z. ]+\.")
#: A heading over readers' contributions ("LETTERS.", "FACEBOOK.").
_READERS_HEADING = re.compile(
    r"(?:LETTERS?(?: TO THE EDITOR)?|READERS?'? ?(?:LETTERS|COMMENTS|VIEWS)|FACEBOOK|TWITTER)\.?"
)
_CAPS_HEADING = re.compile(r"[A-Z][A-Z .'&-]*\.?")


def signed_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of each reader's letter or comment on a letters page: the paragraphs up to a
    signature line, from the previous signature (and its town line) or heading. A letters page is
    recognised by a heading over readers' contributions or a signature followed by a town, and at least
    two signatures; a name alone after a paragraph is otherwise a heading ("Hillary Clinton." over a
    section about her: her name comes back in the next paragraph, a letter's signer's does not)."""
    paras = paragraph_ranges(text)
    lines = [text[s:e].strip() for s, e in paras]
    signatures = []
    for k, line in enumerate(lines):
        if k == 0 or not _SIGNATURE.fullmatch(line) or len(lines[k - 1].split()) < 8:
            continue
        surname = line.rstrip(".").split()[-1]
        if k + 1 < len(lines) and surname in lines[k + 1]:
            continue
        signatures.append(k)
    if len(signatures) < 2:
        return []
    towns = [k + 1 for k in signatures if k + 1 < len(lines) and _TOWN.fullmatch(lines[k + 1])]
    if not towns and not any(_READERS_HEADING.fullmatch(line) for line in lines):
        return []
    passages, begin = [], 0
    for k in range(len(lines)):
        if k in signatures:
            passages.append((paras[begin][0], paras[k][1]))
            begin = k + 1
        elif k in towns or (_CAPS_HEADING.fullmatch(lines[k]) and len(lines[k]) > 2):
            begin = k + 1
    return passages


def single_quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation in straight single marks (:data:`_SINGLE_QUOTED`), marks included."""
    return tuple((q.start(), q.end()) for q in _SINGLE_QUOTED.finditer(text))


def double_marked_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each “…” or "…" on one line: the exclamation-run check's reading (with
    ``Voices.single_quoted``), narrower than :func:`marked_ranges` (no ''…'' or ‘…’). Kept so: typography
    findings are counted against the convention limit before the signal drops quoted ones, so widening it
    would change that count (adding straight single marks, measured, changed one finding: a fan's quoted
    "!!")."""
    return [(m.start(), m.end()) for m in _DOUBLE_MARKED.finditer(text)]


#: "[sic]" or "(sic)", and a transcriber's "(ph)" or "(sp?)" after a word written as it sounded ("where we embalk
#: (ph) ourselves"): the words before it are kept as heard or as written, not slips of the article's.
_SIC = re.compile(r"[\[(](?:sic|ph|sp\??|phonetic)[\])]", re.IGNORECASE)
_SIC_REACH_WORDS = 4
_NON_SPACE = re.compile(r"\S+")


def sic_ranges(text: str) -> list[tuple[int, int]]:
    """The words before each "[sic]"/"(sic)" (or a transcriber's "(ph)"), up to ``_SIC_REACH_WORDS`` of them and
    not across a sentence end or a line: "it's time we had that bresh of freth air (sic)" keeps "bresh of freth air"."""
    out: list[tuple[int, int]] = []
    for m in _SIC.finditer(text):
        cut = max(text.rfind(end, 0, m.start()) for end in ".!?\n") + 1
        words = [w.start() for w in _NON_SPACE.finditer(text, cut, m.start())][-_SIC_REACH_WORDS:]
        out.append((words[0] if words else m.start(), m.start()))
    return out


@functools.lru_cache(maxsize=4)
def voices(text: str) -> Voices:
    """Someone else's words in ``text``, every reading computed once per text (cached: the checks
    of one article all ask for the same one)."""
    marked = marked_ranges(text)
    turns = turn_ranges(text)
    return Voices(
        speech=merge_ranges(quotation_ranges(text) + transcript_ranges(text) + single_quoted_paragraphs(text)),
        posts=merge_ranges(post_ranges(text)),
        marked=tuple(marked),
        double_marked=tuple(double_marked_ranges(text)),
        single_quoted=single_quoted_ranges(text),
        turns=tuple(turns),
        marked_or_turns=tuple(sorted(marked + turns)),
        signed=tuple(signed_passages(text)),
        typed_as_written=tuple((a, b) for a, b in marked if len(_UNSPACED_JOIN.findall(text, a, b)) >= 2),
        sic=tuple(sic_ranges(text)),
    )
