"""Figures in one sentence that the article's own arithmetic contradicts.

- ``share_mismatches``: counts given with their shares of one whole ("Democrats have returned
  1,508 ballots, or 41%; Republicans 1,227 ballots, or 34%; and Independents 909 ballots, or 29%"):
  the shares add to more than 100, or no single total gives every count its stated share (909 of
  the ~3,644 counted is 25%, not 29%).
- ``margin_mismatches``: a lead or gap in points beside the two figures it is the difference of
  ("leads by 14 points, 52 percent to 38 percent"; "from 71 percent to 55 percent, a drop of 16
  points").
- ``change_mismatches``: a change and its percentage beside the level it starts or ends at ("rose
  3.54 points, or 0.2 percent, to 2,173.60"; "$6.6 billion, up 13% from $5.8 billion").

Precision first: every figure must be written out in digits within one clause of one sentence, in
one of the shapes above; an approximate figure ("about", "nearly", "more than") is never checked,
and every comparison allows for the rounding of the figures as printed. Shares are checked only
when each count is a whole number of the same kind of thing, none is a change ("rose 1,508, or
41%") and no share names its own base ("41% of its requests").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding, Span

if TYPE_CHECKING:
    from .checks import Context

__all__ = ["change_mismatches", "margin_mismatches", "share_mismatches"]

# "pct" is the wire's (Reuters') house abbreviation
_PCT = r"(?:%|\s?percent\b|\s?per\s?cent\b|\s?pct\b)"
_APPROX = re.compile(
    r"(?:about|around|nearly|almost|roughly|approximately|some|over|under|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|close\s+to|just\s+over|just\s+under|estimated|~)\s*$",
    re.IGNORECASE,
)
_CHANGE_WORDS = re.compile(
    r"\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|gain(?:ed|ing)?|los[st]|losing|climb(?:ed|ing)?"
    r"|jump(?:ed|ing)?|increas(?:e|ed|ing)|decreas(?:e|ed|ing)|drop(?:ped|ping)?|declin(?:e|ed|ing)"
    r"|slip(?:ped|ping)?|add(?:ed|ing)|advanc(?:e|ed|ing)|up|down|grew|grow(?:n|ing)?|surg(?:e|ed|ing)"
    r"|soar(?:ed|ing)?|tumbl(?:e|ed|ing)|slid|sank|plung(?:e|ed|ing)|shed|eas(?:ed|ing)|higher|lower|more|less"
    r"|growth|cut|reduc(?:e|ed|tion))\b",
    re.IGNORECASE,
)

# Cheap gates: most articles have no share, lead or change to check.
_GATE_PCT = re.compile(r"%|percent|per\s?cent|\bpct\b", re.IGNORECASE)
_GATE_SHARE = re.compile(r"\d\s*(?:[a-z-]+\s+){0,2}[a-z-]*\s*(?:,\s+or|\()\s*\d", re.IGNORECASE)
_GATE_POINTS = re.compile(r"\d[- ](?:percentage[- ])?(?:points?|pts?\b)", re.IGNORECASE)
_GATE_CHANGE = re.compile(
    # (?:,|(?<!\s)): a match starts at a comma or where a run of spaces begins, never again inside one
    r"(?:,|(?<!\s))\s+or\s+\d[\d.]*\s?(?:%|percent|per\s?cent|pct),?\s+to\s|\b(?:up|down)\s+\d[\d.]*\s?(?:%|percent|pct)\s+from\s",
    re.IGNORECASE,
)

# --- shares of one whole -------------------------------------------------------------------------

# "1,508 ballots, or 41%", "1,508 (41%)", "1,508 ballots (41 percent)"
_SHARE = re.compile(
    r"(?<![\w$.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<noun>(?:\s+[a-z][a-z-]*){0,2})"
    r"(?:,\s+or\s+|\s*\(\s*)(?P<p>\d{1,3}(?:\.\d+)?)" + _PCT + r"(?P<close>\s*\))?",
)


@dataclass(frozen=True)
class _Share:
    start: int
    end: int
    count: int
    pct: float
    decimals: int
    noun: str


def share_mismatches(ctx: Context) -> list[Finding]:
    """Counts with shares of one whole that cannot all hold."""
    findings: list[Finding] = []
    if not _GATE_PCT.search(ctx.text):
        return findings
    for s_start, s_end in ctx.index.sentences:
        sent = ctx.text[s_start:s_end]
        if not _GATE_SHARE.search(sent):
            continue
        shares = _shares(sent, s_start)
        if len(shares) < 2:
            continue
        nouns = {s.noun for s in shares if s.noun}
        if len(nouns) > 1:
            continue  # "1,508 ballots, or 41%; 300 voters, or 9%": not one whole
        total_pct = sum(s.pct for s in shares)
        slack = sum(0.5 * 10 ** -s.decimals for s in shares) + 0.5
        over = total_pct > 100 + slack
        # Every count's stated share, widened by its rounding, bounds the whole it is a share of.
        lo = max(s.count / min(1.0, (s.pct + _round(s)) / 100) for s in shares)
        hi = min(s.count / ((s.pct - _round(s)) / 100) if s.pct - _round(s) > 0 else math.inf for s in shares)
        disjoint = lo > hi
        if not over and not disjoint:
            continue
        first, last = shares[0], shares[-1]
        worst = _worst(shares) if disjoint else last
        reasons = []
        if over:
            reasons.append(f"the shares add up to {_num(total_pct)}%")
        if disjoint:
            counted = sum(s.count for s in shares)
            actual = 100 * worst.count / counted
            if total_pct <= 100 + slack:
                reasons.append(f"no one total gives every count its share ({worst.count:,} is {actual:.0f}% of the "
                               f"{counted:,} counted here, not {_num(worst.pct)}%)")
            else:
                reasons.append(
                    f"{worst.count:,} is {actual:.0f}% of the {counted:,} counted here, not {_num(worst.pct)}%"
                )
        later = worst if worst is not first else last
        findings.append(
            Finding(
                later.start,
                later.end,
                f"'{ctx.text[later.start:later.end]}' and '{ctx.text[first.start:first.end]}' cannot both be "
                f"shares of one whole: {'; '.join(reasons)}",
                0.7,
                related=Span(first.start, first.end),
            )
        )
    return findings


def _shares(sent: str, offset: int) -> list[_Share]:
    out: list[_Share] = []
    for m in _SHARE.finditer(sent):
        if m["close"] is None and "(" in m.group(0):
            continue  # "1,508 (41" with no closing bracket: not a share in brackets
        before = sent[max(0, m.start() - 40) : m.start()]
        after = sent[m.end() : m.end() + 12]
        if _APPROX.search(before) or re.match(r"\s*(?:of|from)\b", after):
            return []  # an approximate count or a share of its own base: the sentence is not checked
        clause = re.split(r"[;]|\band\b", before)[-1]
        if _CHANGE_WORDS.search(clause) or _CHANGE_WORDS.search(m["noun"] or ""):
            return []  # "rose 1,508, or 41%": a change, not a share
        if re.match(r"\s*(?:million|billion|trillion|thousand)\b", m["noun"] or ""):
            return []
        count = int(m["n"].replace(",", ""))
        if count == 1 and (m["noun"] or "").rstrip().endswith("s"):
            return []  # "Pier 1 common shares, or 35.66 pct": a number inside a name, not a count of one
        if count == 0 or (1900 <= count <= 2100 and "," not in m["n"]):
            return []  # a year, not a count
        pct = float(m["p"])
        if not 0 < pct <= 100:
            return []
        decimals = len(m["p"].split(".")[1]) if "." in m["p"] else 0
        noun = (m["noun"] or "").strip().lower()
        out.append(_Share(offset + m.start(), offset + m.end(), count, pct, decimals, noun.split()[-1] if noun else ""))
    return out


def _round(s: _Share) -> float:
    # printed shares are rounded (or cut) to their last digit: allow a whole unit either way for whole numbers
    return 1.0 if s.decimals == 0 else 10.0 ** -s.decimals


def _worst(shares: list[_Share]) -> _Share:
    counted = sum(s.count for s in shares)
    return max(shares, key=lambda s: abs(100 * s.count / counted - s.pct))


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


# --- margins ---------------------------------------------------------------------------------------

_P = r"(?P<{0}>\d{{1,3}}(?:\.\d+)?)(?P<{0}pct>" + _PCT + r")?"
_PAIR = _P.format("a") + r"(?:\s+[a-z]+)?\s*(?:to|-|–|vs\.?|versus)\s*" + _P.format("b")
_POINTS = r"(?P<n>\d{1,2}(?:\.\d+)?)[- ](?:percentage[- ])?(?:points?|pts?\.?)"
_MARGIN = re.compile(
    # "by 18 points (58 percent to 40 percent)", "a 4 point lead, 46 percent to 42 percent"
    r"(?:\bby\s+(?:an?\s+)?(?:even\s+)?(?:wider\s+|narrower\s+|slim\s+|comfortable\s+)?|\ban?\s+|\bof\s+[-+]?)"
    + _POINTS + r"(?:\s+(?:lead|margin|edge|advantage|gap|deficit|spread|difference|lead\s+over\s+\w+))?"
    + r"(?:\s+(?:among|with|in)\s+[\w ]{1,30}?)?\s*(?:,|\(|:|—|–)\s*" + _PAIR
    # "46 percent to 42 percent, a 4-point lead"
    + r"|" + _PAIR.replace("(?P<a", "(?P<a2").replace("(?P<b", "(?P<b2") + r"\s*(?:,|\(|—|–)\s*(?:an?|the)\s+"
    + _POINTS.replace("(?P<n>", "(?P<n2>")
    + r"\s+(?:lead|margin|edge|advantage|gap|deficit|spread|difference|drop|rise|gain|decline|jump|swing)\b",
    re.IGNORECASE,
)
_CHANGE_POINTS = re.compile(
    # "fell in August from 71 percent to 55 percent, a drop of 16 points"
    r"\bfrom\s+" + _P.format("a") + r"\s+to\s+" + _P.format("b") + r"\s*,\s*(?:an?\s+)?(?:drop|decline|fall|rise|"
    r"increase|gain|jump|swing|shift|dip)\s+of\s+" + _POINTS,
    re.IGNORECASE,
)


def margin_mismatches(ctx: Context) -> list[Finding]:
    """A lead, gap or change in points that the two figures beside it do not give."""
    findings: list[Finding] = []
    text = ctx.text
    if not _GATE_POINTS.search(text):
        return findings
    for regex in (_MARGIN, _CHANGE_POINTS):
        for m in regex.finditer(text):
            if "margin of error" in text[m.start() : m.end() + 12].lower():
                continue
            if _APPROX.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            a, b = g.get("a", g.get("a2")), g.get("b", g.get("b2"))
            n = g.get("n", g.get("n2"))
            if a is None or b is None or n is None:
                continue
            if not (g.get("apct") or g.get("a2pct") or g.get("bpct") or g.get("b2pct") or "point" in m.group(0)):
                continue
            fa, fb, fn = float(a), float(b), float(n)
            if fa > 100 or fb > 100:
                continue
            diff = abs(fa - fb)
            if abs(diff - fn) <= 1.0 + 1e-9:
                continue
            if ctx.index.sentence_of(m.start()) != ctx.index.sentence_of(m.end() - 1):
                continue
            pts = _find_span(m, "n") or _find_span(m, "n2")
            b_end = next((m.end(k) for k in ("bpct", "b", "b2pct", "b2") if g.get(k)), m.end())
            pair = (m.start("a") if "a" in g else m.start("a2"), b_end)
            assert pts is not None
            later, earlier = (pts, pair) if pts[0] > pair[0] else (pair, pts)
            unit = "point" if diff == 1 else "points"
            findings.append(
                Finding(
                    later[0],
                    later[1],
                    f"'{text[pts[0]:pts[1]]}' does not match '{text[pair[0]:pair[1]]}': {_num(fa)} and {_num(fb)} "
                    f"are {_num(diff)} {unit} apart, not {_num(fn)}",
                    0.7,
                    related=Span(*earlier),
                )
            )
    return findings


def _find_span(m: re.Match[str], group: str) -> tuple[int, int] | None:
    if m.groupdict().get(group) is None:
        return None
    start = m.start(group)
    tail = re.match(r"[\w.]*[- ](?:percentage[- ])?(?:points?|pts?\.?)", m.string[start : start + 30], re.IGNORECASE)
    return start, start + (tail.end() if tail else len(m[group]))


# --- a change, its percentage and the level ------------------------------------------------------

_AMOUNT = r"(?<![\d,.])\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+(?:million|billion|trillion|mln|bln|cents?)\b)?"
_UP = r"rose|gained|climbed|jumped|increased|added|advanced|grew|surged|rallied|soared|rebounded|edged\s+up|closed\s+up"
_DOWN = r"fell|lost|dropped|declined|slipped|decreased|tumbled|slid|sank|plunged|shed|eased|retreated|edged\s+down" \
        r"|closed\s+down"
_CHANGE_TO = re.compile(
    # "rose 3.54 points, or 0.2 percent, to 2,173.60"; "fell $1.25, or 1.4 percent, to $88.95"
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by\s+)?(?P<chg>{_AMOUNT})(?P<unit>\s+points?)?,?\s+or\s+"
    rf"(?P<p>\d+(?:\.\d+)?){_PCT},?\s+to\s+(?:close\s+at\s+|end\s+at\s+|settle\s+at\s+)?(?P<lvl>{_AMOUNT})(?![\d,.]*\d)",
    re.IGNORECASE,
)
_UP_FROM = re.compile(
    # "were $8.59 billion, up 9.4% from $7.85 billion"
    rf"(?P<lvl>{_AMOUNT}),\s+(?:(?P<up>up)|(?P<down>down))\s+(?P<p>\d+(?:\.\d+)?){_PCT}\s+from\s+(?P<base>{_AMOUNT})"
    r"(?![\d,.]*\d)",
    re.IGNORECASE,
)


def change_mismatches(ctx: Context) -> list[Finding]:
    """A percentage change that the amounts beside it do not give."""
    findings: list[Finding] = []
    text = ctx.text
    if not _GATE_CHANGE.search(text):
        return findings
    for regex in (_CHANGE_TO, _UP_FROM):
        for m in regex.finditer(text):
            if _APPROX.search(text[max(0, m.start("p") - 12) : m.start("p")]):
                continue
            g = m.groupdict()
            lvl = _amount(m["lvl"])
            if lvl is None:
                continue
            up = g.get("up") is not None
            if regex is _CHANGE_TO:
                chg = _amount(m["chg"])
                if chg is None or _money(m["chg"]) != _money(m["lvl"]):
                    continue
                base = lvl - chg if up else lvl + chg
            else:
                base_ = _amount(m["base"])
                if base_ is None or _money(m["base"]) != _money(m["lvl"]) or _scale(m["base"]) != _scale(m["lvl"]):
                    continue
                base, chg = base_, abs(lvl - base_)
                if (lvl > base_) != up:
                    findings.append(_change_finding(m, text, f"the amounts go {'down' if up else 'up'}, "
                                                             f"not {'up' if up else 'down'}"))
                    continue
            if base <= 0 or chg < 0:
                continue
            stated = float(m["p"])
            decimals = len(m["p"].split(".")[1]) if "." in m["p"] else 0
            tol = 0.5 * 10**-decimals + 0.05 + (0.5 if decimals == 0 else 0.0)
            actual = 100 * chg / base
            # some desks divide by the new level: accept either reading
            if abs(actual - stated) <= tol or abs(100 * chg / lvl - stated) <= tol:
                continue
            # the amounts are rounded too: "14.7 mln, up 26.0 pct from 11.6 mln" holds for 14.74 and 11.64
            if _within_rounding(m, regex is _CHANGE_TO, up, stated, tol):
                continue
            findings.append(_change_finding(m, text, f"that is {actual:.{max(decimals, 1)}f}%, not {m['p']}%"))
    return findings


def _within_rounding(m: re.Match[str], to_level: bool, up: bool, stated: float, tol: float) -> bool:
    """Whether some values that print as the amounts given make the stated percentage hold."""
    def bounds(figure: str) -> tuple[float, float]:
        value = _amount(figure)
        digits = re.search(r"\d[\d,]*(?:\.(\d+))?", figure)
        if value is None or digits is None:
            return math.nan, math.nan
        k = value / float(digits.group(0).replace(",", ""))  # the scale word's multiplier
        half = 0.5 * 10 ** -len(digits.group(1) or "") * k
        return value - half, value + half

    lvl = bounds(m["lvl"])
    if to_level:  # a change and the level it ends at
        chg = bounds(m["chg"])
        bases = [lv - c if up else lv + c for lv in lvl for c in chg]
        changes = list(chg)
    else:  # the level and the level it started from
        base = bounds(m["base"])
        bases = list(base)
        changes = [abs(lv - b) for lv in lvl for b in base]
    if any(math.isnan(x) or x <= 0 for x in bases):
        return False
    lo = min(100 * c / b for c in changes for b in bases)
    hi = max(100 * c / b for c in changes for b in bases)
    return lo - tol <= stated <= hi + tol


def _change_finding(m: re.Match[str], text: str, why: str) -> Finding:
    p_start = m.start("p")
    p_end = p_start + len(re.match(r"\d+(?:\.\d+)?" + _PCT, text[p_start:], re.IGNORECASE).group(0))  # type: ignore[union-attr]
    other = (m.start("lvl"), m.end("lvl")) if "base" not in m.groupdict() or m["base"] is None else \
        (m.start("base"), m.end("base"))
    if other[0] > p_start:
        later, earlier = other, (p_start, p_end)
    else:
        later, earlier = (p_start, p_end), other
    return Finding(
        later[0],
        later[1],
        f"'{m.group(0)}': {why}",
        0.6,
        related=Span(*earlier),
    )


def _money(s: str) -> bool:
    return "$" in s or "cent" in s.lower()


def _scale(s: str) -> str:
    low = s.lower()
    return next((w for w in ("trillion", "billion", "million") if w in low), "mln" if "mln" in low else
                "bln" if "bln" in low else "")


def _amount(s: str) -> float | None:
    low = s.lower().strip()
    mult = 1.0
    for word, k in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("mln", 1e6), ("bln", 1e9),
                    ("cents", 0.01), ("cent", 0.01)):
        if low.endswith(word):
            mult, low = k, low[: -len(word)].strip()
            break
    try:
        return float(low.replace("$", "").replace(",", "")) * mult
    except ValueError:
        return None
