"""Unbalanced double quotation marks, checked paragraph by paragraph.

Curly marks are read by shape (“ opens, ” closes); straight marks (") by the characters around
them. A paragraph whose marks cannot all be read (a straight mark between two letters, an inch
sign after a digit, a curly mark facing the wrong way) is skipped rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scorer import Finding

OPEN, CLOSE = "“", "”"
_STRAIGHT = '"'
_BEFORE_OPENING = "([{—–-/"
_AFTER_CLOSING = ".,;:!?)]}—–-…'’"
_SENTENCE_END = ".!?"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_MAX_CONTEXT = 30


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the paragraphs of ``text``, blank ones left out.

    Paragraphs are separated by blank lines when the text has any (so hard-wrapped lines inside a
    paragraph stay together), else by single line breaks.
    """
    if _BLANK_LINE.search(text):
        pieces = [(m.start(), m.end()) for m in re.finditer(r"(?:[^\n]|\n(?![ \t\r\f\v]*\n))+", text)]
    else:
        pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    out = []
    for start, end in pieces:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + len(chunk.rstrip())))
    return out


def _classify(text: str, pos: int, start: int, end: int, glued_opens: bool = True) -> str | None:
    """'open', 'close' or None (cannot tell) for the quotation mark at ``pos``."""
    char = text[pos]
    before = text[pos - 1] if pos > start else ""
    after = text[pos + 1] if pos + 1 < end else ""
    space_before = not before or before.isspace() or before in _BEFORE_OPENING
    space_after = not after or after.isspace() or after in _AFTER_CLOSING
    opens_ok = space_before and bool(after) and not after.isspace()
    closes_ok = bool(before) and not before.isspace() and space_after
    if char == OPEN:
        return None if closes_ok and not opens_ok else "open"
    if char == CLOSE:
        if glued_opens and before in _SENTENCE_END and after.isalpha():
            return "open"  # 'says our source.”When they': a wrong-way opening mark (found by run_together)
        return None if opens_ok and not closes_ok else "close"
    if before.isdigit():  # 12" is an inch sign
        return None
    if opens_ok and not closes_ok:
        return "open"
    if closes_ok and not opens_ok:
        return "close"
    return None


def _previous_char(text: str, pos: int, start: int) -> str:
    chunk = text[start:pos].rstrip()
    return chunk[-1] if chunk else ""


def _span_after(text: str, pos: int, end: int) -> int:
    """End of the quotation mark at ``pos`` plus the word that follows it."""
    stop = pos + 1
    while stop < end and stop - pos < _MAX_CONTEXT and not text[stop].isspace():
        stop += 1
    return stop


def _span_before(text: str, pos: int, start: int) -> int:
    """Start of the word that leads up to the quotation mark at ``pos``."""
    begin = pos
    while begin > start and pos - begin < _MAX_CONTEXT and not text[begin - 1].isspace():
        begin -= 1
    return begin


def _scan(
    text: str, start: int, end: int, glued_opens: bool = True
) -> tuple[list[int], list[int], list[tuple[int, int]]] | None:
    """Read one paragraph's quotation marks: (unclosed openings, unmatched closings, closed spans),
    or None when a mark cannot be read."""
    stack: list[int] = []
    stray: list[int] = []
    spans: list[tuple[int, int]] = []
    for pos in range(start, end):
        if text[pos] not in (OPEN, CLOSE, _STRAIGHT):
            continue
        kind = _classify(text, pos, start, end, glued_opens)
        if kind is None:
            return None
        if kind == "close":
            if stack:
                spans.append((stack.pop(), pos))
            else:
                stray.append(pos)
        elif stack and _previous_char(text, pos, start) in _SENTENCE_END:
            # A new quoted sentence while one is open: most likely paragraphs of one long quote that
            # were run together, so the new mark continues the open quotation instead of nesting.
            stack[-1] = pos
        else:
            stack.append(pos)
    return stack, stray, spans


def _unbalanced(text: str, start: int, end: int, glued_opens: bool = True) -> tuple[list[int], list[int]] | None:
    """Positions of unclosed openings and unmatched closings in one paragraph (None: unreadable)."""
    scanned = _scan(text, start, end, glued_opens)
    return None if scanned is None else (scanned[0], scanned[1])


def _opens_with_quote(text: str, start: int, end: int) -> bool:
    return text[start] == OPEN or (text[start] == _STRAIGHT and _classify(text, start, start, end) == "open")


def find_unbalanced_quotes(text: str) -> Iterator[Finding]:
    """Yield findings for quotation marks left open or closed without opening, per paragraph.

    A paragraph that leaves a quotation open is fine when the next paragraph opens with a quotation
    mark again: news style for a quotation running over several paragraphs.
    """
    paras = paragraphs(text)
    one_block = "\n" not in text.strip()
    # '.”The' opens a quotation the wrong way in a text that kept its paragraphs; in one block of text
    # it is more likely a paragraph that ended with a quotation glued to the next on collection
    scanned = [_unbalanced(text, start, end, glued_opens=not one_block) for start, end in paras]
    continued: set[int] = set()  # paragraphs that carry on a quotation without reopening it
    for n, (start, end) in enumerate(paras):
        result = scanned[n]
        if result is None:
            continue
        unclosed, stray = result
        if n in continued:
            stray = stray[1:]
        if unclosed and n + 1 < len(paras) and _opens_with_quote(text, *paras[n + 1]):
            unclosed = unclosed[:-1]  # house style: each paragraph of a long quotation reopens it
        elif unclosed and n + 1 < len(paras) and scanned[n + 1] is not None and scanned[n + 1][1]:
            # the quotation goes on into the next paragraph and closes there, but that paragraph
            # does not reopen it: the missing mark is at the start of the next paragraph
            unclosed = unclosed[:-1]
            continued.add(n + 1)
            nstart, nend = paras[n + 1]
            stop = nstart
            for _ in range(6):
                stop = _span_after(text, stop, nend) + 1 if stop < nend else stop
            yield Finding(
                start=nstart,
                end=min(stop, nend),
                message="this paragraph carries on the quotation from the one before but does not reopen it "
                "with a quotation mark",
                severity=0.5,
            )
        for pos in unclosed:
            yield Finding(
                start=pos,
                end=_span_after(text, pos, end),
                message=f"the quotation opened here ({text[pos]}) is not closed in this paragraph",
                severity=0.5,
            )
        for pos in stray:
            yield Finding(
                start=_span_before(text, pos, start),
                end=pos + 1,
                message=f"this closing quotation mark ({text[pos]}) has no opening mark in this paragraph",
                severity=0.5,
            )


# ", she said," or ", Smith added," inside one quotation: the writer left out the marks around it.
# Named speakers only: "because, he said, he's smart" is a speaker reporting speech, not a slip.
_ATTRIBUTION = re.compile(
    r", (?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|added|adds|continued|explained|noted|told \w+), "
)
_NOT_NAMES = frozenset({"He", "She", "They", "We", "I", "You", "It", "This", "That", "Officials", "Police"})


def find_attribution_inside_quote(text: str) -> Iterator[Finding]:
    """Yield findings for an attribution (", she said,") inside a quotation that carries on after it,
    where the quotation should have been closed before it and reopened after: “A, she said, B.”"""
    for start, end in paragraphs(text):
        scanned = _scan(text, start, end)
        if scanned is None or scanned[0] or scanned[1]:
            continue  # only judge paragraphs whose marks balance
        spans = scanned[2]
        for m in _ATTRIBUTION.finditer(text, start, end):
            if m.group("who").split()[0] in _NOT_NAMES:
                continue
            if any(o < m.start() and m.end() < c for o, c in spans):
                yield Finding(
                    start=m.start() + 2,
                    end=m.end() - 2,
                    message=f"'{m.group()[2:-2]}' stands inside the quotation; close the quote before it "
                    "and reopen it after",
                    severity=0.5,
                )


# 'said, ”The coalition': a closing mark after a space and before a word, where an opening one belongs;
# 'the end“ and': an opening mark after a word and before a space or the end.
_WRONG_WAY_OPEN = re.compile(r"(?:(?<=\s)|^)”(?=[A-Za-z])", re.MULTILINE)
_WRONG_WAY_CLOSE = re.compile(r"(?<=[A-Za-z.,!?])“(?=[\s.,;:!?)]|$)", re.MULTILINE)
# 'the remarks”totally inappropriate”': a closing mark glued between two words opens a quotation when
# the next quotation mark is a closing one too (a closing mark glued to the next word, 'Ted”and “Little',
# is followed by an opening one).
_GLUED = re.compile(r"(?<![A-Za-z])[A-Za-z]+(”)[A-Za-z]+")  # from a run's start only: no rescans of long runs
# 'in the early ‘90s', 'Back in the ‘90’s', 'Reagan-Bush ‘84': an opening single mark where the apostrophe
# of a shortened year belongs. Not when a closing single mark follows on the line, which makes the mark
# open a quotation ("Clinton’s ‘30 years’ of nothing", "Mr. Wildstein’s ‘50 crazy ideas,’").
_YEAR_APOSTROPHE = re.compile(r"(?:(?<=[\s(\[—–-])|^)‘(?P<year>\d\d)(?P<plural>s|’s)?(?![\w’‘'%])", re.MULTILINE)
_CLOSING_SINGLE = re.compile(r"[\w.,!?)]’(?![A-Za-z])|\n")
_MAX_SINGLE_QUOTATION = 200
_NEXT_MARK = re.compile(r"[“”\n]")
_MAX_QUOTATION = 300
# 'we"ve', 'don"t': a double quotation mark typed for the apostrophe of a contraction.
_QUOTE_APOSTROPHE = re.compile(r"(?<=[a-z])[\"”“](?=(?:ve|re|ll|t|s|d|m)\b)", re.IGNORECASE)
_CONTRACTED = re.compile(r"(?:n|we|they|you|i|he|she|it|that|there|what|who)$", re.IGNORECASE)


def _quotation_open_before(text: str, at: int) -> bool:
    """A quotation opened with “ earlier in the paragraph is still open at ``at``: the last double mark before it,
    within ``_MAX_QUOTATION`` characters and no line break, is an opening one."""
    start = max(text.rfind("\n", 0, at) + 1, at - _MAX_QUOTATION)
    before = text[start:at]
    return before.rfind("“") > before.rfind("”")


def find_wrong_way_quotes(text: str) -> Iterator[Finding]:
    """Yield findings for curly quotation marks facing the wrong way: ” opening a quotation after a
    space, “ closing one before a space, ‘ for the apostrophe of a shortened year ('the ‘90s')."""
    for m in _WRONG_WAY_OPEN.finditer(text):
        if _quotation_open_before(text, m.start()):
            continue  # "... tails I break even.’ ”Mr. Frank said": it closes the open quotation, a space too early
        end = _span_after(text, m.start(), len(text))
        yield Finding(
            start=m.start(),
            end=end,
            message="a closing quotation mark (”) opens this quotation; it should be “",
            severity=0.4,
        )
    for m in _GLUED.finditer(text):
        nxt = _NEXT_MARK.search(text, m.end(1), m.end(1) + _MAX_QUOTATION)
        if nxt is None or nxt.group() != CLOSE:
            continue
        yield Finding(
            start=m.start(),
            end=m.end(),
            message="a closing quotation mark (”) opens this quotation, with no space before it; it should be “",
            severity=0.4,
        )
    for m in _WRONG_WAY_CLOSE.finditer(text):
        yield Finding(
            start=_span_before(text, m.start(), 0),
            end=m.end(),
            message="an opening quotation mark (“) closes this quotation; it should be ”",
            severity=0.4,
        )
    for m in _YEAR_APOSTROPHE.finditer(text):
        closing = _CLOSING_SINGLE.search(text, m.end(), m.end() + _MAX_SINGLE_QUOTATION)
        if closing is not None and closing.group() != "\n":
            continue
        right = f"’{m.group('year')}s" if m.group("plural") else f"’{m.group('year')}"
        yield Finding(
            start=m.start(),
            end=m.end(),
            message=f"'{m.group()}': the apostrophe of a shortened year faces the wrong way; it is written '{right}'",
            severity=0.4,
        )


def find_quote_as_apostrophe(text: str) -> Iterator[Finding]:
    """Yield findings for a double quotation mark standing for a contraction's apostrophe ('we"ve')."""
    for m in _QUOTE_APOSTROPHE.finditer(text):
        start = _span_before(text, m.start(), 0)
        word = text[start : m.start()]
        if not _CONTRACTED.search(word):
            continue  # 'the "s" key', 'said "ts"' are quotations, not contractions
        end = _span_after(text, m.start(), len(text))
        yield Finding(
            start=start,
            end=end,
            message=f"'{text[start:end]}': a quotation mark where the apostrophe belongs",
            severity=0.5,
        )


# "the zing of Rubio' line", "Clinton’ campaign": a name not ending in s, an apostrophe with no "s"
# after it, then a lower-case word; the possessive lost its "s". Not when a single quotation mark
# opened earlier on the line ("‘Veep’ character", "'Lyin' Ted'"): then the mark closes a title.
_APOSTROPHE_SPACE = re.compile(r"[’'] (?=[a-z])")
_NAME_BEFORE = re.compile(r"(?<![\w‘’'“\"])[A-Z][a-z]+[a-rt-wy]$")
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))[‘']")
_OPENING_WINDOW = 150
_MAX_NAME = 30


def find_cut_possessives(text: str) -> Iterator[Finding]:
    """Yield findings for a name's possessive written with the apostrophe but without its "s"
    ("Clinton’ campaign" for "Clinton’s campaign")."""
    for mark in _APOSTROPHE_SPACE.finditer(text):
        pos = mark.start()
        name = _NAME_BEFORE.search(text, max(pos - _MAX_NAME, 0), pos)
        if name is None:
            continue
        if name.group().endswith("in") and text.count(name.group() + text[pos]) >= 2:
            continue  # "Dunkin' has set Nov. 10", "Dunkin' is based in": a name whose apostrophe drops a "g",
            # written so throughout
        line_start = text.rfind("\n", 0, pos) + 1
        if _OPENING_SINGLE.search(text, max(line_start, name.start() - _OPENING_WINDOW), name.start()):
            continue
        word_end = pos + 2
        while word_end < len(text) and text[word_end].isalpha() and text[word_end].islower():
            word_end += 1
        span = text[name.start() : word_end]
        yield Finding(
            start=name.start(),
            end=word_end,
            message=f"'{span}': the possessive is '{name.group()}{text[pos]}s', with its 's'",
            severity=0.5,
            check="missing_apostrophe",
        )
