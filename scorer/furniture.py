"""Lists of links to other stories that a crawl leaves in an article's text.

Pages carry teasers for other stories: a "Related:" or "Also read:" line with a linked headline under it,
or a sidebar of timestamped items ("11/19/16, 5:25 AM CET BY Michael Kruse Flynn, Bannon represent
‘Islamophobic’ thinking ..., critics say."). Scraped to plain text, they read like the article's own
sentences, but they are other stories' headlines: what they say is sourced, or not, in those stories.
Signals that judge the writer's sourcing or prose leave these ranges alone, so every signal agrees on them.
"""

from __future__ import annotations

import re

from scorer.ranges import merge_ranges

#: A sidebar item's stamp: its date, time and byline ("11/17/16, 2:11 PM CET BY Esther King").
_STAMP = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2} ?[AP]M(?: [A-Z]{2,5})? BY\b")
#: So many stamps in a run make a sidebar, not a dateline quoted once.
_SIDEBAR_ITEMS = 3
#: Characters between two stamps of one sidebar (a teaser's byline and headline).
_SIDEBAR_GAP = 600
#: The end of the last teaser's sentence.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s|$)")

#: A label that introduces links to other stories, at the start of a line ("RELATED:", "Also read:").
_LINKS_LABEL = re.compile(
    r"(?im)^[ \t]*(?:related(?: (?:stories|articles|coverage|content|links?))?|also read|read more|read also|"
    r"see also|also see|more on this|you may also like|recommended)[ \t]*:[ \t]*"
)
_SPACE = re.compile(r"\s*")
#: At most so many words in a line of a links list.
_HEADLINE_WORDS = 30


def teaser_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) character ranges of ``text`` that are teasers for other stories, merged and in text order
    (read them with :func:`scorer.ranges.inside_ranges`)."""
    return merge_ranges(_sidebars(text) + _link_lists(text))


def _sidebars(text: str) -> list[tuple[int, int]]:
    """Runs of at least ``_SIDEBAR_ITEMS`` timestamped teasers, each range from the first stamp to the end of
    the last teaser's sentence."""
    ranges: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for stamp in [*_STAMP.finditer(text), None]:
        if stamp is not None and (not run or stamp.start() - run[-1].end() <= _SIDEBAR_GAP):
            run.append(stamp)
            continue
        if len(run) >= _SIDEBAR_ITEMS:
            last = _SENTENCE_END.search(text, run[-1].end())
            ranges.append((run[0].start(), last.end() if last else len(text)))
        run = [stamp] if stamp is not None else []
    return ranges


def _link_lists(text: str) -> list[tuple[int, int]]:
    """After a links label, the linked headline on its line (or on the next line when the label stands
    alone) and every following line that is a headline too (short, no sentence's full stop at its end)."""
    ranges: list[tuple[int, int]] = []
    for label in _LINKS_LABEL.finditer(text):
        start = label.end()
        if start >= len(text) or text[start] == "\n":
            start = _after_space(text, start)  # "RELATED:" alone on its line
        end = _line_end(text, start)
        if end == start:
            continue
        while True:  # the next lines, as long as each is a headline
            start = _after_space(text, end)
            line_end = _line_end(text, start)
            if not _headline_line(text[start:line_end].strip()):
                break
            end = line_end
        ranges.append((label.start(), end))
    return ranges


def _after_space(text: str, i: int) -> int:
    """The offset of the first character at or after ``i`` that is not white space."""
    m = _SPACE.match(text, i)
    return m.end() if m else i


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _headline_line(line: str) -> bool:
    """A linked headline: short, and not ended as a sentence is ("... angry tangents", not "... the source
    continued.")."""
    return bool(line) and len(line.split()) <= _HEADLINE_WORDS and _CLAUSE_END.search(line) is None


#: How a sentence or a lead-in ends: a full stop, a question or exclamation mark, a colon or comma.
_CLAUSE_END = re.compile(r"[.!?:;,][”\"’']?$")
