"""Page furniture left in an article's plain text: markup and linked headlines, not the writer's prose, so no
check reads them.

Some corpora keep a page's HTML tags in the text they store ('<img src="..." style="max-height:640px;
max-width:360px;">'): "px;max" there is a style sheet's syntax, not a missing space. Pages also link a related
story by its headline in square brackets between two paragraphs ("... a gun-range target.[NRA host taunts
Parkland teens: 'No one would know your names' if classmates were still alive]The doctored image ..."): another
article's headline, in headline style, which the writer did not write. And an excerpt cut off mid-word, two full
stops after the stump at a line's or the text's end ("... since news broke of their unlik..", "Accordi.."), is
where the scrape stopped, not a misspelling or a doubled full stop.
"""

from __future__ import annotations

import functools
import re

from scorer import merge_ranges

from .word_list import dictionary

#: An opening, closing or empty HTML tag: "<", a tag name, anything but angle brackets, ">".
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,1000})?/?>")
#: A linked headline: square brackets that open a line or follow a sentence's end, hold a capitalised run of
#: words with no sentence end of their own, and close a line or run into the next sentence's capital.
_LINKED_HEADLINE = re.compile(
    r"(?:^|(?<=[.!?”\"’]))[ \t]*\[(?=[A-Z‘“\"'])[^\[\]\n.!?]{15,250}[!?]?\](?=[ \t]*(?:$|[A-Z“\"]))", re.MULTILINE
)


#: A word cut off by the page's excerpt: letters that are no word, then exactly two full stops, then the line's or
#: the text's end (``_stump``).
_CUT_OFF = re.compile(r"[A-Za-z]+\.\.(?!\.)(?=[ \t]*(?:\n|$))")


def _stump(word: str) -> bool:
    """A word's first letters, not a word ("unlik", "Accordi"; not "weeks" or "again", a word given two stops)."""
    return word.lower() not in dictionary()


@functools.lru_cache(maxsize=64)
def furniture_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each HTML tag, each linked headline and each word an excerpt cut off in ``text``, in
    order, not overlapping."""
    spans: list[tuple[int, int]] = []
    if "<" in text:
        spans += [m.span() for m in _TAG.finditer(text)]
    if "[" in text:
        spans += [m.span() for m in _LINKED_HEADLINE.finditer(text)]
    if ".." in text:
        spans += [m.span() for m in _CUT_OFF.finditer(text) if _stump(m.group()[:-2])]
    return merge_ranges(spans)
