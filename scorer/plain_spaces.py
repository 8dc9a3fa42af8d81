"""Read no-break spaces as plain spaces, so the parser sees the sentence the reader sees (and break up long
runs of punctuation, so the tokenizer reads them in time proportional to their length).

Web copy is full of no-break spaces (U+00A0) where a plain space belongs: "according to\u00a0an
interview his brother gave to\u00a0ITV", "is\u00a0known as", "last\u00a0year" (in about three
articles in ten of the news corpora here: BuzzFeed-Webis, the celebrity set, PolNeAR). spaCy splits
only on the plain space, so each one becomes a whitespace token in the middle of the sentence, and
the parser hangs the words around it wrongly: "according to" loses its object, a subject loses its
verb, and every signal that reads who said what or which verb a subject takes reads it wrong.

The tokenizer here is given the text with every no-break space (U+00A0, the narrow U+202F, the
figure space U+2007) replaced by a plain space, one character for one (but for one that ends a heading in
capitals, the only break a newsletter leaves between the heading and its text), so every character offset
stays the article's own. The Doc's text then has a plain space where the article has a no-break
one; findings quote the article itself (``Finding.anchored`` takes their text from it), so no
output changes but the parse.

The same one-for-one rewrite breaks up long runs of punctuation. spaCy's tokenizer strips a word's
leading and trailing punctuation one character at a time, searching the rest of the word each time,
so a run of n quotation marks, commas or "=" with no letter among them costs n² (measured with
``spacy.blank("en")``: 5,000 "”" 2.6 s, 10,000 11 s; 100,000, well inside the length limit, would by
the same square take about twenty minutes of one worker). In a run longer than ``_LONGEST_RUN``
characters, the character after each ``_LONGEST_RUN`` of them is read as a space: a separator line of
that length is no language, and no offset moves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: A no-break space, but for one that ends a heading in capitals before the text it heads ("TURNS OUT EDGAR
#: ALLEN POE WAS ONTO SOMETHING\u00a0Crows and ravens are ...": a newsletter's layout, where the no-break space
#: is the only break between the two, and spaCy reads its whitespace token as one).
_NO_BREAK = re.compile(r"(?<![A-Z]{2})\u00a0|\u00a0(?![A-Z])|[\u202f\u2007]")


#: Characters of punctuation a word may run to before the tokenizer is given a space among them.
_LONGEST_RUN = 64
_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{_LONGEST_RUN + 1},}}")


def _spaced(run: re.Match[str]) -> str:
    chars = list(run.group())
    chars[_LONGEST_RUN::_LONGEST_RUN + 1] = " " * len(chars[_LONGEST_RUN::_LONGEST_RUN + 1])
    return "".join(chars)


def plain(text: str) -> str:
    """``text`` with its no-break spaces as plain spaces, and a space in every run of punctuation longer
    than ``_LONGEST_RUN`` (same length, same offsets)."""
    return _PUNCTUATION_RUN.sub(_spaced, _NO_BREAK.sub(" ", text))


class PlainSpaceTokenizer:
    """Wraps a spaCy tokenizer: tokenizes :func:`plain` text. Everything else (its vocab, rules,
    serialisation) is the wrapped tokenizer's."""

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self._tokenizer(plain(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tokenizer, name)


def use_plain_spaces(nlp: Language) -> None:
    """Make ``nlp`` tokenize no-break spaces as plain ones (once). Call it after every change to the
    tokenizer's own rules: those are set on the wrapped tokenizer."""
    if not isinstance(nlp.tokenizer, PlainSpaceTokenizer):
        nlp.tokenizer = PlainSpaceTokenizer(nlp.tokenizer)
