"""One named group counted two ways: "Three Philadelphia Eagles players raised their fists" ...
"On Monday four Eagles players raised the black power fist".

A count is compared only with a count of the same group doing the same thing: the counted noun is
the subject of a verb with a direct object, and both mentions share the noun, the verb, the
object's head noun and a proper name among the noun's modifiers ("Eagles"). A story that tells two
occasions of the same act ("on Sunday three ..., on Monday four ...") dates each: two sentences that
carry different time expressions are left alone, as are counts with an approximation or update
word ("about", "at least", "another", "more", "now", "later", "in total", "including"), negated
verbs and counts of parts ("four of the players").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .checks import Context

__all__ = ["count_restated"]

_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_CUE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|approximately|estimated|least|more|than|over|up|another|other"
    r"|others|additional|further|also|again|too|now|later|then|since|total|all|altogether|including|among|only|just"
    r"|first|initially|originally|previously|earlier|revised|updated|rose|risen|grew|increased|dropped|fell|each)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Count:
    num: Token
    noun: Token
    verb: Token
    obj: Token
    names: frozenset[str]
    value: int
    sentence: int


def count_restated(ctx: Context) -> list[Finding]:
    """The same named group, doing the same thing, counted two ways with nothing saying why."""
    counts = [c for c in (_count(ctx, tok) for tok in ctx.index.doc if tok.tag_ == "CD") if c is not None]
    text = ctx.text
    for i, late in enumerate(counts):
        for early in counts[:i]:
            if (early.value == late.value or early.sentence == late.sentence or not early.names & late.names
                    or (early.noun.lemma_, early.verb.lemma_, early.obj.lemma_)
                    != (late.noun.lemma_, late.verb.lemma_, late.obj.lemma_)
                    or _dated_apart(ctx, early, late)):
                continue
            a = _phrase(early)
            b = _phrase(late)
            return [Finding(
                b[0], b[1],
                f"'{text[b[0]:b[1]]}' here, but '{text[a[0]:a[1]]}' earlier: the same group counted as "
                f"{early.value} and as {late.value}, with nothing saying why",
                0.6, related=Span(*a),
            )]
    return []


def _count(ctx: Context, num: Token) -> _Count | None:
    digits = num.text.isdecimal() and len(num.text) <= 3  # int() refuses over 4,300 digits; a count is 2 to 100
    value = _WORD_NUMBERS.get(num.lower_) if num.is_alpha else (int(num.text) if digits else None)
    if value is None or not 2 <= value <= 100:
        return None
    doc = num.doc
    # the counted noun: after the proper names that qualify it ("four Eagles players"), read from
    # the words, as the parse may hang the number elsewhere ("On Monday four ...": on "Monday")
    k = num.i + 1
    while k < len(doc) and doc[k].tag_ in ("NNP", "NNPS") and doc[k].is_alpha:
        k += 1
    if k >= len(doc) or doc[k].tag_ != "NNS":
        return None
    noun = doc[k]
    if noun.dep_ != "nsubj" or noun.head.pos_ != "VERB" or any(c.dep_ == "neg" for c in noun.head.children):
        return None
    if any(c.dep_ in ("prep", "quantmod", "advmod") for c in num.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    objs = [c for c in noun.head.children if c.dep_ == "dobj"]
    names = frozenset(t.lower_ for t in ctx.index.doc[num.i + 1 : noun.i] if t.tag_ in ("NNP", "NNPS"))
    if len(objs) != 1 or not names:
        return None
    sent = num.sent
    before = ctx.text[sent.start_char : num.idx]
    if _CUE.search(before[-40:]) or _CUE.search(sent.text):
        return None
    return _Count(num, noun, noun.head, objs[0], names, value, sent.start)


def _dated_apart(ctx: Context, a: _Count, b: _Count) -> bool:
    """Both sentences set a time, and not the same one."""
    def times(c: _Count) -> set[str]:
        s = c.num.sent
        return {str(e.weekday) if e.weekday is not None else str(e.value or e.text.lower())
                for e in ctx.exprs if s.start_char <= e.start < s.end_char}

    ta, tb = times(a), times(b)
    return bool(ta and tb and ta != tb)


def _phrase(c: _Count) -> tuple[int, int]:
    """From the count to the verb's object: "four Eagles players raised the black power fist"."""
    last = c.num.doc[max(c.obj.i, c.verb.i)]
    return c.num.idx, last.idx + len(last)
