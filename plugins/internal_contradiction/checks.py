"""The temporal consistency checks: each takes the article's date expressions and returns findings.

(a)/(d) ``relative_vs_explicit``: "last month" resolved against the reference date disagrees with
        an explicit date that describes the same moment (same sentence, linked in the parse).
(b)     ``weekday_mismatches``: "Tuesday, 9 October 2024" when 9 October 2024 was a Wednesday.
(c)     ``unanchored_exprs``: "last month" in an article that carries no date at all. These are no
        findings (there is nothing to compare them with): the signal counts them and adds one note.
(g)     ``tense_mismatches``: a date after publication told in the past tense, or one well before
        it told in the future tense.

Every finding's span is the later of the two statements compared and ``related`` the earlier one,
except where one side is the publication date (not in the text): then the span is the date in the
text and ``related`` what it is read with (the verb whose tense, the weekday whose name).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding, Span

from .reference import Reference
from .syntax import DocIndex, tense_of
from .timex import TimeExpr, TimeValue, describe, find_expressions

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Context",
    "later_first",
    "relative_vs_explicit",
    "tense_mismatches",
    "unanchored_exprs",
    "weekday_mismatches",
]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Granularities a relative expression must have to be compared with a date ("the past year" is a
#: stretch of time, not a date, and "now" is no interval at all).
_CALENDAR_GRANS = {"day", "weekend", "week", "month", "season", "quarter", "half", "year"}
# Between an expression and a date in apposition: "Last month, on 3 May 2023", "yesterday (3 May)".
_APPOSITION = re.compile(r"[ \t,;:(\[–—-]*(?:(?:on|in|during|at)[ \t]+)?", re.IGNORECASE)
_APPOSITION_BACK = re.compile(r"[ \t,;:()\[\]–—-]*", re.IGNORECASE)
# A date after one of these words is a different point (a start, an end, a comparison), not the
# moment the relative expression names: "Last year, inflation hit its highest level since 1981".
_OTHER_MOMENT = {
    "since", "until", "till", "before", "after", "from", "than", "by", "between", "through", "to",
    "and", "or", "of", "with", "versus", "vs", "as", "like", "compared", "unlike",
}  # fmt: skip
#: Words between the two that set up a second moment: "rose last month from 4.1 percent in December".
_CONTRAST = {
    "from", "than", "compared", "comparable", "versus", "vs", "since", "until", "till", "between",
    "whereas", "while", "but", "although", "unlike", "before", "after", "periods", "period",
    "again",  # "polled the race in February and again two weeks ago": two moments
    # coordinated dates are two moments: "5.65 dlrs this year and 9.75 dlrs in 1988", "in April, August and
    # December last year"
    "and", "or", "nor",
    "against",  # "2.50 billion dlrs last year against 2.97 billion in 1985"
}  # fmt: skip
#: Past this many characters, or across an attribution or a relative clause, two dates on one
#: verb are seldom one moment: "had sales of $154 million last year, which was ..., according to
#: a memorandum distributed to bankers last December".
_SAME_VERB_MAX_GAP = 80
_CLAUSE_BREAK = re.compile(r"\baccording to\b|,\s*(?:which|who|whose|where|when)\b", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"}
#: Prepositions that put a date on the moment their verb names.
_SAME_MOMENT_PREPS = {"on", "in", "during", "at"}
#: Dependency labels of a date that describes a thing rather than a moment.
_MODIFIER_DEPS = {"compound", "nummod", "amod", "poss", "nmod", "quantmod"}
#: Relative words too often generic ("the world today") to demand an anchor.
_GENERIC = {"today", "today's", "today’s"}


@dataclass
class Context:
    """What every check reads: the text, its Doc index, the reference and the date expressions."""

    text: str
    index: DocIndex
    reference: Reference
    exprs: list[TimeExpr]


def later_first(a: tuple[int, int], b: tuple[int, int]) -> tuple[tuple[int, int], Span]:
    """The later of two spans (the finding's own) and the earlier one as the finding's ``related``.

    Every finding quotes both sides of its comparison: the span an editor lands on is the later
    statement, and ``related`` points back to the earlier one it disagrees with."""
    later, earlier = (a, b) if (a[0], a[1]) >= (b[0], b[1]) else (b, a)
    return later, Span(earlier[0], earlier[1])


def relative_vs_explicit(ctx: Context) -> list[Finding]:
    """(a) and (d): a relative expression and an explicit date for the same moment that disagree.

    The two must share a sentence and be linked: in apposition ("Last month, on 3 January 2023"),
    modifiers of the same verb ("Last year the club won the title in 2019"), or a possessive and a
    participle on its noun ("This year's summit, held in 2021"). The relative side is resolved
    against the reference date and, to allow for copy written the day before publication, the day
    before it; the dates disagree when the intervals do not meet.
    """
    ref = ctx.reference
    if ref.date is None:
        return []
    findings: list[Finding] = []
    used: set[int] = set()
    explicit = [
        e
        for e in ctx.exprs
        if e.kind == "absolute" and e.value is not None and e.value.start and e.start != ref.start
        and e.mod != "guess"  # "the third quarter": its year is only the normaliser's guess
    ]
    for rel in ctx.exprs:
        if rel.kind != "relative" or rel.value is None or rel.value.gran not in _CALENDAR_GRANS:
            continue
        sent = ctx.index.sentence_of(rel.start)
        best: tuple[float, TimeExpr] | None = None
        for exp in explicit:
            if id(exp) in used or ctx.index.sentence_of(exp.start) != sent:
                continue
            strength = _link(ctx, rel, exp)
            if strength and (best is None or _dist(rel, exp) < _dist(rel, best[1])):
                best = (strength, exp)
        if best is None:
            continue
        strength, exp = best
        window = _window(rel, ref.date)
        if window.overlaps(exp.value):  # type: ignore[arg-type]
            continue
        used.add(id(exp))
        severity = strength - (0.1 if not exp.year_explicit else 0.0) - (0.1 if rel.value.approx else 0.0)
        (start, end), related = later_first((rel.start, rel.end), (exp.start, exp.end))
        findings.append(
            Finding(
                start=start,
                end=end,
                message=(
                    f"'{_phrase(rel)}' points to {describe(rel.value)} ({ref.label}), "
                    f"but the date given is {_explicit_text(exp)} ('{ctx.text[exp.start:exp.end]}')"
                ),
                severity=round(max(0.3, severity), 2),
                related=related,
            )
        )
    return findings


def weekday_mismatches(ctx: Context) -> list[Finding]:
    """(b): a weekday name that does not fit its date ("Tuesday, 9 October 2024"), or that does
    not fit "yesterday"/"today"/"tomorrow" resolved against the reference ("yesterday (Tuesday)").

    A date written without its year ("Monday, September 9") is checked only against the years the
    article implies: the reference's (and the years either side of it) and the year of the latest
    date with a year before it in the same or the three sentences before ("On Friday, September 6,
    2013, ... on Monday, September 9" is 2013, a Monday)."""
    findings: list[Finding] = []
    for e in ctx.exprs:
        if e.weekday is None or e.value is None or e.value.gran != "day" or e.kind == "weekday":
            continue
        actual = e.value.start.weekday()  # type: ignore[union-attr]
        if actual == e.weekday:
            continue
        if e.kind == "absolute" and not e.year_explicit and _fits_an_implied_year(ctx, e):
            continue
        named, real = _WEEKDAY_NAMES[e.weekday], _WEEKDAY_NAMES[actual]
        date_text = describe(e.value)
        if e.kind == "relative":
            msg = f"'{e.text}': {_phrase(e)} is {date_text} ({ctx.reference.label}), a {real}, not a {named}"
            severity = 0.6
        elif e.year_explicit:
            msg = f"'{e.text}': {date_text} was a {real}, not a {named}"
            severity = 0.8
        else:
            msg = (f"'{e.text}': {date_text} (year taken from the {ctx.reference.label}) was a {real}, "
                   f"not a {named}")
            severity = 0.5
        (start, end), related = _weekday_sides(ctx.text, e)
        findings.append(Finding(start, end, msg, severity, related=related))
    return findings


_WEEKDAY_WORD = re.compile(
    r"(?<![A-Za-z])(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?(?![A-Za-z])"
)


def _weekday_sides(text: str, e: TimeExpr) -> tuple[tuple[int, int], Span]:
    """The weekday name and the date it is given with, as (later span, earlier span)."""
    m = _WEEKDAY_WORD.search(text, e.start, e.end)
    if m is None:
        return (e.start, e.end), Span(e.start, e.end)
    wd = (m.start(), m.end())
    rest = [(e.start, m.start()), (m.end(), e.end)]
    other = max(rest, key=lambda r: len(text[r[0] : r[1]].strip(" ,;:()[]–—-")))
    a, b = other
    while a < b and text[a] in " ,;:()[]–—-":
        a += 1
    while b > a and text[b - 1] in " ,;:()[]–—-":
        b -= 1
    if a >= b:
        return (e.start, e.end), Span(e.start, e.end)
    if text[a:b].lower().startswith("the "):
        a += 4
    return later_first(wd, (a, b))


def _fits_an_implied_year(ctx: Context, e: TimeExpr) -> bool:
    assert e.value is not None and e.value.start is not None and e.weekday is not None
    day = e.value.start
    years = set()
    if ctx.reference.date is not None:
        years |= {ctx.reference.date.year + k for k in (-1, 0, 1)}
    sent = ctx.index.sentence_of(e.start)
    before = [x for x in ctx.exprs if x.end <= e.start and x.year_explicit and x.kind == "absolute"
              and x.value is not None and x.value.start is not None and x.start != ctx.reference.start
              and sent - 3 <= ctx.index.sentence_of(x.start) <= sent]
    if before:
        years.add(before[-1].value.start.year)  # type: ignore[union-attr]
    for y in years:
        try:
            if day.replace(year=y).weekday() == e.weekday:
                return True
        except ValueError:  # 29 February
            continue
    return False


def unanchored_exprs(exprs: list[TimeExpr]) -> list[TimeExpr]:
    """The relative expressions that point to a calendar date and could not be placed."""
    return [
        e
        for e in exprs
        if e.kind in ("relative", "weekday")
        and e.value is None
        and _points_to_date(e)
        and e.text.lower().split()[0] not in _GENERIC
    ]


def _points_to_date(e: TimeExpr) -> bool:
    # Resolve against any date to learn the granularity: ranges ("over the past year") are left out.
    probe = find_expressions(e.text, dt.date(2000, 6, 15))
    return bool(probe) and probe[0].value is not None and probe[0].value.gran in _CALENDAR_GRANS


def tense_mismatches(ctx: Context) -> list[Finding]:
    """(g): "The summit took place on 5 May 2024" in an article published on 1 March 2024.

    Only dates the verb carries directly ("took place on ...", "last month ... resigned") count, and
    only simple past or perfect against a date wholly after the reference (plus a day for copy
    written late), or will/shall against one ending more than a week before it.
    """
    ref = ctx.reference
    if ref.date is None:
        return []
    findings: list[Finding] = []
    for e in ctx.exprs:
        v = e.value
        if v is None or v.start is None or v.end is None or v.gran not in _CALENDAR_GRANS:
            continue
        if e.kind == "absolute" and not e.year_explicit:
            continue  # its year was guessed from this very tense
        if e.start == ref.start:
            continue
        verb = _attached_verb(ctx.index, e)
        if verb is None or _hypothetical(verb) or "\n" in ctx.text[min(e.end, verb.idx) : max(e.start, verb.idx)]:
            continue
        if verb.tag_ == "VBN" and not _aux(verb):
            continue  # "a computer based on the chip early next year": a participle, no tense of its own
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        if verb.tag_ == "VBD" and not _aux(verb) and not subject and verb.dep_ in ("acl", "advcl"):
            continue  # "..., mainly concentrated in the coming year": no subject, a participle the tagger called past
        if e.start > verb.idx and verb.lemma_ in _FORECASTS:
            continue  # "He estimated 3.00 dlrs per share this year and 3.35 dlrs next year": the forecast's date
        if _after_an_adjective(ctx, e):
            continue  # "a no-interest loan repayable in 1990": the date is the adjective's
        if _after_a_noun(ctx, e):
            continue  # "elections later this month", "a favourable Budget next week": the date is the noun's
        if _fiscal_year(ref.date, v, verb):
            continue  # "Congress significantly boosted funding levels in 2016" on 2015-12-22: fiscal 2016
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if mark is not None and e.end <= mark.idx:
            continue  # the date sits outside the "after ..." clause the parser hung it on
        if _clause_between(verb, e) or _reported_future(verb, e) or _after_reported_clause(verb, e):
            continue
        if verb.lower_ in _SAME_FORM_VERBS and not _aux(verb):
            continue  # "until they cast their votes this summer": present or past, the form does not say
        tense = tense_of(verb)
        if tense == "past" and v.start > ref.date + dt.timedelta(days=1):
            if ref.dateline is not None and v.end <= ref.dateline + dt.timedelta(days=1):
                continue  # the text's own dateline is later than the metadata's date and covers this one
            when = "after"
        elif tense == "future" and v.end < ref.date - dt.timedelta(days=7) and not _far_from_verb(ctx.index, verb, e):
            when = "before"
        else:
            continue
        group = sorted([*_aux(verb), verb], key=lambda t: t.i)
        verb_phrase = " ".join(t.text for t in group)
        # the date is what disagrees with the article's date: it is the span, the verb whose tense
        # says so is the related one
        findings.append(
            Finding(
                e.start,
                e.end,
                f"{_said(e)} is {when} the article's date ({ref.label}) but is told in the "
                f"{tense} tense ('{verb_phrase}')",
                0.6 if e.kind == "absolute" else 0.5,
                related=Span(group[0].idx, group[-1].idx + len(group[-1])),
            )
        )
    return findings


#: Reporting verbs: a date fronted before one may date what is reported instead ("Then, in 2017,
#: Kerry said that 100,000 would be accepted").
_REPORTING = {
    "say", "tell", "announce", "add", "claim", "report", "state", "predict", "promise", "pledge",
    "vow", "warn", "insist", "suggest", "estimate", "expect", "project", "write", "argue", "declare",
}  # fmt: skip


#: Verbs whose past form is their present form.
_SAME_FORM_VERBS = {
    "cast", "put", "set", "cut", "hit", "let", "read", "quit", "spread", "shut", "bet", "hurt", "cost",
    "split", "burst", "broadcast", "forecast", "upset", "bid", "thrust", "shed",
}  # fmt: skip
#: Past this many words between a future-tense verb and a past date after it, the date more likely
#: belongs to a noun in between ("will bookend Obama's career-launching address to the Democratic
#: convention in 2004"). Past-tense verbs keep theirs: "confirmed by the U.S. Senate in November 2012".
_VERB_DATE_MAX_WORDS = 4


def _far_from_verb(idx: DocIndex, verb: Token, e: TimeExpr) -> bool:
    if e.start < verb.idx:
        return False
    date_tok = idx.token_at(e.start)
    if date_tok is None:
        return False
    between = [t for t in verb.doc[verb.i + 1 : date_tok.i] if not t.is_punct]
    return len(between) > _VERB_DATE_MAX_WORDS


#: Verbs whose object is a figure or an event still to come: a date after them dates that.
_FORECASTS = {
    "estimate", "forecast", "predict", "project", "expect", "anticipate", "plan", "schedule", "budget", "target",
}  # fmt: skip


def _after_an_adjective(ctx: Context, e: TimeExpr) -> bool:
    """ "repayable in 1990", "due next month": a preposition (or none) right after an adjective."""
    tok = ctx.index.token_at(e.start)
    if tok is None or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ in _SAME_MOMENT_PREPS and tok.i >= 2:
        prev = tok.doc[tok.i - 2]
    # not the complement of a verb of being: "which became public in March 2015" dates the becoming
    return (prev.pos_ == "ADJ" and prev.dep_ != "acomp") or prev.lower_ in ("due", "payable", "repayable")


#: Words of public money whose year may be a fiscal year (the US federal one begins on 1 October).
_FISCAL_WORDS = frozenset({"funding", "budget", "spending", "appropriation", "deficit", "revenue", "fiscal"})


def _fiscal_year(published: dt.date, v: TimeValue, verb: Token) -> bool:
    """A year told in the past in the last quarter of the year before it, in a sentence about public
    money: the fiscal year that began on 1 October ("boosted funding levels in 2016" on 2015-12-22)."""
    if v.gran != "year" or v.start is None or published.month < 10:
        return False
    if v.start.year != published.year + 1:
        return False
    return any(t.lemma_.lower() in _FISCAL_WORDS for t in verb.sent)


def _after_a_noun(ctx: Context, e: TimeExpr) -> bool:
    """A relative date right after a noun, with no preposition or comma between ("the elections
    later this month"): it dates the noun, whatever verb the parser hangs it on."""
    if e.kind != "relative":
        return False
    tok = ctx.index.token_at(e.start)
    if tok is None or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ in ("NOUN", "PROPN") and prev.idx + len(prev) < e.start


def _clause_between(verb: Token, e: TimeExpr) -> bool:
    """A subordinate clause of the verb in another tense stands between it and the date: "Next
    week, when Trump faces Clinton again, Gingrich said ...": the date may belong to that clause,
    whatever the parse says. ("In June 2009, after Clinton suffered a concussion, Trump offered
    ...": both past, the date fits either.)"""
    lo, hi = (e.end, verb.idx) if e.end <= verb.idx else (verb.idx + len(verb), e.start)
    return any(
        c.dep_ in ("advcl", "ccomp", "relcl") and lo <= c.idx < hi and tense_of(c) != tense_of(verb)
        for c in verb.children
    )


def _reported_future(verb: Token, e: TimeExpr) -> bool:
    """A reporting verb whose reported clause is modal or future: the date may be the clause's."""
    if verb.lemma_ not in _REPORTING:
        return False
    if e.end > verb.idx:
        # "said on 5 May 2024 that ...": a date after the verb is the verb's; but with no "that", a
        # modal report right after the date may own it ("said in fiscal 1988 the company will derive")
        # (a day is when something was said: "said on Monday the plant will close" keeps it)
        return e.value is not None and e.value.gran != "day" and any(
            c.dep_ == "ccomp" and c.left_edge.idx >= e.end and not any(m.dep_ == "mark" for m in c.children)
            and any(a.tag_ == "MD" for a in c.children if a.dep_ in ("aux", "auxpass"))
            for c in verb.children
        )
    if any(c.dep_ == "ccomp" and c.left_edge.idx < e.start and tense_of(c) != "past" for c in verb.children):
        # the report comes first and the date inside it: "... start exports later this year, an official said"
        return True
    if not any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "prep") for c in verb.children):
        # "... to the U.S. Later this year, a ministry official said.": the report is the sentence
        # before, the date its end
        return True
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and any(
            a.tag_ == "MD" or a.lower_ in ("to",) for a in c.children if a.dep_ in ("aux", "auxpass")
        ):
            return True
    return False


def _after_reported_clause(verb: Token, e: TimeExpr) -> bool:
    """A date after the start of what a reporting verb reports: "Fabius said he was looking to
    schedule visits to China later this week and Russia early next week" dates the visits, even
    when the parser hangs it on "said"."""
    if verb.lemma_ not in _REPORTING or e.start < verb.idx:
        return False
    for c in verb.children:
        if c.dep_ != "ccomp" or not verb.idx < c.left_edge.idx < e.start:
            continue  # a quotation before "said" ("'...,' Trump said last month") leaves the date to "said"
        # only a report of what is not yet done: a plan ("looking to schedule") or another tense;
        # "said the company lost money in May" keeps the date on the past report
        verbs = [t for t in c.subtree if t.idx < e.start and t.pos_ in ("VERB", "AUX")]
        if tense_of(c) != "past" or any(a.lower_ == "to" for t in verbs for a in t.children if a.dep_ == "aux"):
            return True
    return False


def _said(e: TimeExpr) -> str:
    assert e.value is not None
    return describe(e.value) if e.kind == "absolute" else f"'{_phrase(e)}' ({describe(e.value)})"


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _hypothetical(verb: Token) -> bool:
    """Conditionals, modals and reported plans: "would have met", "if it was held", "was due to"."""
    if any(c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll", "wo") for c in _aux(verb)):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    return verb.lemma_ in ("schedule", "plan", "set", "due", "expect", "slate", "postpone", "delay")


def _window(rel: TimeExpr, ref: dt.date) -> TimeValue:
    """Where a relative expression may point: resolved against the reference and the day before."""
    value: TimeValue = rel.value  # type: ignore[assignment]
    lagged = find_expressions(rel.text, ref - dt.timedelta(days=1))
    if lagged and lagged[0].value is not None and lagged[0].value.start is not None:
        value = value.hull(lagged[0].value)
    if rel.phrase == "last week":  # also "in the past seven days"
        value = value.hull(TimeValue(ref - dt.timedelta(days=8), ref - dt.timedelta(days=1), "range", None))
    return value


def _link(ctx: Context, rel: TimeExpr, exp: TimeExpr) -> float:
    """How surely ``exp`` dates the same moment as ``rel``: 0 (not linked) to 0.9 (apposition)."""
    text = ctx.text
    lo, hi = min(rel.end, exp.end), max(rel.start, exp.start)
    gap = text[lo:hi]
    if "\n" in gap:
        return 0.0  # a headline or dateline is not part of the sentence below it
    idx = ctx.index
    exp_root = idx.root(exp.start, exp.end)
    if exp_root is None or exp_root.dep_ in _MODIFIER_DEPS:
        return 0.0  # "his 1990 earnings projection", "the October 1998 shooting": the date of a thing
    back = exp.end <= rel.start
    if gap.strip() == "/":
        return 0.0  # "January/September last year": a range's two ends
    if re.search(r"\b(?:until|till|since|before|after)\b[^,;.]{0,30}$", text[max(0, exp.start - 40) : exp.start],
                 re.IGNORECASE):
        return 0.0  # "until his suspension on April 16, today admitted": the date ends another span
    if not gap.strip() and exp.year_explicit:
        return 0.0  # "issued ... in December 1985 this year is expected": two phrases run together, no apposition
    if (_APPOSITION_BACK if back else _APPOSITION).fullmatch(gap):
        return 0.9
    gap_words = set(re.findall(r"[\w’']+", gap.lower()))
    if _CONTRAST & gap_words:
        return 0.0
    first_start = lo - (rel.end - rel.start) - (exp.end - exp.start)  # about where the first of the two starts
    if "to" in gap_words and re.search(r"\bfrom\b", text[max(0, first_start - 40) : lo], re.IGNORECASE):
        return 0.0  # "from 33,000 tonnes in 1980 to just 2,300 tonnes last year": a range's two ends
    before = re.findall(r"[\w’']+", text[max(0, exp.start - 20) : exp.start].lower())
    if before and (before[-1] in _OTHER_MOMENT or before[-1] in _DETERMINERS):
        return 0.0  # "since 1981"; "the October 1998 shooting", "its 2020 report"
    v_rel, v_exp = _attached_verb(idx, rel), _attached_verb(idx, exp)
    if v_rel is not None and v_rel == v_exp:
        if len(gap) > _SAME_VERB_MAX_GAP or _CLAUSE_BREAK.search(gap) or _year_of_a_noun(idx, v_exp, exp):
            return 0.0
        return 0.75
    # "This year's summit, held in 2021": the possessive's noun carries a participle with the date.
    root = idx.root(rel.start, rel.end)
    if (
        root is not None
        and root.dep_ == "poss"
        and v_exp is not None
        and v_exp.dep_ == "acl"
        and v_exp.head == root.head
        # a participle ("held in 2021"), not a clause of its own ("yesterday's news that earnings were rising in April")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v_exp.children)
    ):
        return 0.6
    return 0.0


def _year_of_a_noun(idx: DocIndex, verb: Token, e: TimeExpr) -> bool:
    """"blamed President Obama for Iraq war deaths in 2004": a year in "in YEAR" right after a noun
    inside a prepositional phrase, far from the verb, may date that noun (the deaths) as well as
    the verb; the parse cannot tell, so it links nothing."""
    if e.value is None or e.value.gran != "year" or not _far_from_verb(idx, verb, e):
        return False
    tok = idx.token_at(e.start)
    if tok is None or tok.i < 2:
        return False
    prep, noun = (tok, tok.doc[tok.i - 1]) if tok.lower_ == "in" else (tok.doc[tok.i - 1], tok.doc[tok.i - 2])
    return prep.lower_ == "in" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj"


def _attached_verb(idx: DocIndex, e: TimeExpr) -> Token | None:
    """The verb a time expression modifies directly ("[made] ... on 3 May", "last month [made]"), or
    None when it hangs off a noun ("periods in 1988") or is part of a noun phrase."""
    root = idx.root(e.start, e.end)
    if root is None:
        return None
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _SAME_MOMENT_PREPS:
        head = head.head
    elif root.dep_ not in ("npadvmod", "tmod", "advmod", "obl", "appos"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _dist(a: TimeExpr, b: TimeExpr) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end


def _phrase(e: TimeExpr) -> str:
    return re.sub(r"['’]s$", "", e.phrase or e.text.lower())


def _explicit_text(e: TimeExpr) -> str:
    if e.mod or e.value is None or e.value.gran not in ("day", "month", "year"):
        return e.text
    return describe(e.value)
