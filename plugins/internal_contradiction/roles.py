"""One person given two incompatible roles for the same moment.

``role_mismatches``: the same named person is "former Secretary of State Hillary Clinton" and
"Secretary of State Hillary Clinton" in one sentence, or "President-elect Donald Trump" and
"President Donald Trump" in one paragraph. A title before a name says what the person is at the
moment the sentence is about: "former" (or "ex-") says the office is behind them, "-elect" that it
is ahead, a bare title that they hold it.

Precision first, so a pair is reported only when all of these hold:

- both are the same title (with its qualifier) before the same full name or the same surname with
  no other given name in the article; "then-", "the late" and a title inside quotation marks are
  no claim about the story's moment and are left alone;
- "former" against the bare title only within one sentence that sets no second moment (no date,
  no "when", "while", "as", "during", "before", "after", "until", "since", "then", "who was",
  "served", "became"): two moments in one sentence are the usual, correct, reason for both;
- "-elect" against the bare title only within one paragraph that looks neither ahead nor back (no
  "will", "would", "when", "once", "after", "takes office", "sworn", "inaugurat", "become", a
  date): "President-elect Trump ... when President Trump takes office" is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding

from .checks import later_first

if TYPE_CHECKING:
    from .checks import Context

__all__ = ["role_mismatches"]

_TITLES = (
    r"Vice\s+President|President|Secretary\s+of\s+State|Secretary\s+of\s+[A-Z][a-z]+(?:\s+Security)?|Secretary"
    r"|Attorney\s+General|Prime\s+Minister|Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Congressman"
    r"|Congresswoman|Mayor|Speaker|Chancellor|Chief\s+Justice|Justice|Ambassador|Chairman|Chairwoman"
    r"|Director|Commissioner|Sheriff|Minister|Treasurer|Premier"
)
_NAME = r"(?P<name>(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){0,2}[A-Z](?:[A-Za-z-]*['’][A-Z])?[A-Za-z-]*[a-z])\b"
_ROLE = re.compile(
    r"(?P<mod>\b[Ff]ormer\s+|\b[Ee]x-|\b[Tt]hen-|\b[Tt]hen\s+|\b[Tt]he\s+late\s+|\b[Ll]ate\s+|\b[Oo]utgoing\s+"
    r"|\b[Ii]ncoming\s+|\b[Ii]nterim\s+|\b[Aa]cting\s+)?"
    r"(?<![\w-])(?P<title>" + _TITLES + r")(?P<elect>-elect|-designate)?\s+" + _NAME
)
_SECOND_MOMENT = re.compile(
    r"\b(?:when|whenever|while|as|during|before|after|until|till|since|then|once|served|serving|became|become"
    r"|becomes|was\s+(?:named|elected|appointed)|who\s+was|previously|earlier|later|years?|ago|tenure|term"
    r"|administration|[12]\d\d\d|former(?:ly)?|ex-)\b",
    re.IGNORECASE,
)
_AHEAD_OR_BACK = re.compile(
    r"\b(?:will|would|'ll|when|once|after|before|until|takes?\s+office|took\s+office|sworn|inaugurat\w*"
    r"|becom\w*|became|transition|january|jan\.|[12]\d\d\d|next|then|former|future|soon|shall|going\s+to)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Role:
    start: int
    end: int
    state: str  # "former", "elect" or "holds"
    title: str
    surname: str
    given: str
    sentence: int
    paragraph: int


def role_mismatches(ctx: Context) -> list[Finding]:
    """One person called former and current holder of a title in one sentence, or the holder and
    the holder-elect in one paragraph."""
    text = ctx.text
    if not re.search(r"[Ff]ormer|-elect\b|\b[Ee]x-", text):
        return []
    roles = _roles(ctx)
    given_of: dict[str, set[str]] = {}
    for r in roles:
        if r.given:
            given_of.setdefault(r.surname, set()).add(r.given)
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for i, a in enumerate(roles):
        for b in roles[i + 1 :]:
            if a.surname != b.surname or a.title != b.title or a.state == b.state:
                continue
            if a.given and b.given and a.given != b.given:
                continue
            if (not a.given or not b.given) and len(given_of.get(a.surname, ())) > 1:
                continue  # "President Bush": which one
            states = {a.state, b.state}
            if states == {"former", "holds"}:
                if a.sentence != b.sentence:
                    continue
                lo, hi = ctx.index.sentences[a.sentence]
                scope = _without_roles(text, lo, hi, (a, b))
                if _SECOND_MOMENT.search(scope):
                    continue
            elif states == {"elect", "holds"}:
                if a.paragraph != b.paragraph:
                    continue
                lo, hi = _paragraph(text, a.start)
                scope = _without_roles(text, lo, hi, (a, b))
                if _AHEAD_OR_BACK.search(scope):
                    continue
            else:
                continue
            key = (a.surname, a.title)
            if key in seen:
                continue
            seen.add(key)
            (start, end), related = later_first((b.start, b.end), (a.start, a.end))
            findings.append(
                Finding(
                    start,
                    end,
                    f"'{text[b.start:b.end]}' here, but '{text[a.start:a.end]}' earlier in the same "
                    f"{'sentence' if states == {'former', 'holds'} else 'paragraph'}: the same person given two "
                    f"roles for one moment ({_state_words(a.state)} and {_state_words(b.state)})",
                    0.6,
                    related=related,
                )
            )
    return findings


def _roles(ctx: Context) -> list[_Role]:
    text = ctx.text
    out: list[_Role] = []
    for m in _ROLE.finditer(text):
        mod = (m["mod"] or "").strip().lower()
        if mod and mod not in ("former", "ex-"):
            continue  # "then-Senator", "the late", "acting": no claim about the story's moment
        sent = ctx.index.sentence_of(m.start())
        lo = ctx.index.sentences[sent][0] if sent >= 0 else 0
        if sum(text.count(q, lo, m.start()) for q in "\"“”") % 2 == 1:
            continue
        state = "former" if mod else "elect" if m["elect"] == "-elect" else "holds"
        if m["elect"] == "-designate":
            continue
        words = m["name"].split()
        surname = words[-1].lower()
        given = words[0].lower().rstrip(".") if len(words) > 1 and len(words[0].rstrip(".")) > 1 else ""
        title = re.sub(r"\s+", " ", m["title"].lower().rstrip("."))
        title = {"gov": "governor", "sen": "senator", "rep": "representative"}.get(title, title)
        para = text.count("\n", 0, m.start())
        out.append(_Role(m.start(), m.end(), state, title, surname, given, sent, para))
    return out


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos)
    hi = text.find("\n", pos)
    return lo + 1, (len(text) if hi < 0 else hi)


def _without_roles(text: str, lo: int, hi: int, roles: tuple[_Role, ...]) -> str:
    """The scope's text with the two role mentions blanked (their own "former" is no second moment)."""
    chars = list(text[lo:hi])
    for r in roles:
        for k in range(max(r.start, lo), min(r.end, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _state_words(state: str) -> str:
    return {"former": "a former holder", "elect": "elected, not yet in office", "holds": "in office"}[state]
