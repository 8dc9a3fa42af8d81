"""One fact stated twice with two values: a toll in the lede the body gives differently, an event
dated "N years ago" that the article dates to another year elsewhere.

- ``toll_restated``: the number killed, injured, wounded, arrested or missing in the headline or
  lede ("12 killed in Kabul bombing") given differently later ("14 people were killed"). News
  style states the toll first and then repeats it; a changed figure without an update cue ("rose
  to", "later", "now", "revised", "at least", "more than", "about", ...) is a slip or two versions
  of the story stitched together.
- ``years_ago_vs_date``: "the genocide 20 years ago" in an article published in 2014 that elsewhere
  calls it "the 1989 genocide".

Precision first, so a pair is reported only when all of these hold. For tolls: both figures are
exact (no approximation or update word in their clause), of the same outcome, of people in
general ("people", "persons", or no noun) or the same noun, the earlier in the first two
sentences, the later outside quotations and in a sentence that sets no other time, place group or
part ("another", "including", "of them", "last year", a date the lede does not give). For dates:
"N years ago" (N in figures or words, no "about", "nearly", "more than") hangs on a definite event
noun ("the attack 20 years ago", "the war, which ended 20 years ago") that is not one that recurs
("election", "summit", "budget") and carries no modifier the dated mention lacks ("the Romney
campaign" is not "the 2016 campaign"), and the article ties that noun to exactly one year, at least two
years before publication ("the 1994 genocide", "the genocide of 1994", "the genocide began in
1994"); the year and the publication year less N differ by more than rounding allows (one year; two
for a round 20, 25, 30 ... years).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding

from .checks import later_first

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .checks import Context

__all__ = ["toll_restated", "years_ago_vs_date"]

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(_WORD_NUMBERS) + r")"

# --- tolls ---------------------------------------------------------------------------------------

#: Outcome words, by what they count.
_OUTCOMES = {
    "killed": "dead", "dead": "dead", "died": "dead", "slain": "dead",
    "injured": "injured", "wounded": "injured", "hurt": "injured",
    "arrested": "arrested", "detained": "arrested", "missing": "missing",
}  # fmt: skip
_OUTCOME = r"(?P<out>" + "|".join(_OUTCOMES) + r")"
_STOP = (
    r"(?!(?:were|was|are|is|have|has|had|been|in|on|at|by|and|or|as|after|when|during|near|from|with|for|of"
    r"|the|a|an|who|that|while)\b)"
)
_WORD = _STOP + r"[a-z]+"
_NOUN = rf"(?P<noun>(?:{_WORD}\s+)?{_WORD})"
_TOLL = re.compile(
    # "12 killed", "14 people were killed", "three police officers have been wounded", "two dead"
    rf"(?<![\w$.,-]){_NUM}(?![\d,]*\d)(?:\s+{_NOUN})??\s+(?:(?:were|was|are|have\s+been|had\s+been|been|are\s+now|were\s+now)\s+)?"
    rf"{_OUTCOME}\b"
    # "killed 14 people", "wounded three"
    rf"|\b(?P<out2>killed|injured|wounded|arrested|detained)\s+(?:at\s+least\s+|more\s+than\s+)?"
    rf"(?P<n2>\d{{1,3}}(?:,\d{{3}})*|{'|'.join(_WORD_NUMBERS)})(?![\d,]*\d)(?:\s+(?P<noun2>(?:{_WORD}\s+)?{_WORD}))?",
    re.IGNORECASE,
)
_PEOPLE = {"", "people", "persons", "person"}
#: Words before a figure that say it is approximate, updated, partial or another group's.
_CUE = re.compile(
    r"\b(?:at\s+least|more\s+than|over|about|around|nearly|almost|roughly|some|up\s+to|approximately|an?\s+estimated"
    r"|rose|risen|rising|climbed|increased|jumped|grew|raising|brought|bringing|now|later|revised|updated|latest"
    r"|toll|total|totals?|overall|in\s+all|altogether|another|other|others|additional|further|more|also|including"
    r"|among|of\s+them|of\s+whom|previous|previously|earlier|last|similar|same|than|only|just|first|initially"
    r"|reported|reports?|believed|feared|thought|estimated|may\s+have|could|would|might|as\s+many\s+as|dozens?"
    r"|hundreds|thousands|plus|and|or|to|each|per|every|year|years|since|while|whereas)\b|[-–—]\s*$",
    re.IGNORECASE,
)
_QUOTES = "\"“”"
#: A lede that sums several events ("10 civilians killed in rocket attacks on Aleppo and Deir Ezzor"):
#: the body's figures are its parts.
_AGGREGATE = re.compile(
    r"\b(?:(?i:attacks|strikes|airstrikes|raids|bombings|blasts|explosions|clashes|shellings|incidents|shootings"
    r"|crashes|accidents|storms|protests|battles|fighting|violence|across|nationwide|since|so\s+far|this\s+year"
    r"|week|month)|[A-Z][a-z]+\s+and\s+[A-Z][a-z]+|[A-Z][a-z]+,\s+[A-Z][a-z]+)\b",
)
#: A later sentence that tells another incident, another time or another source's count.
_ELSEWHERE = re.compile(
    r"\b(?:meanwhile|separately|elsewhere|another|other|others|earlier|later|previous|in\s+addition|also|similar"
    r"|said|says|say|according|reported|reports|told|tells|claimed|claims|announced|cited|estimated|state\s+media"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|morning|night"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|year|years|week|month"
    r"|in\s+\d{4}|when|while|after|before|during|since|if|would|could|different|separate|various|several)\b"
    # an item of a list of reports, each under its own label ("Baqubah: Eight people were killed")
    r"|^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*:\s",
    re.IGNORECASE,
)
_LEDE_SENTENCES = 2


@dataclass(frozen=True)
class _Toll:
    start: int
    end: int
    value: int
    outcome: str
    noun: str
    sentence: int


def toll_restated(ctx: Context) -> list[Finding]:
    """A toll in the headline or lede that a later sentence gives as another figure."""
    text = ctx.text
    if not re.search(r"\b(?:killed|dead|died|slain|injured|wounded|hurt|arrested|detained|missing)\b", text, re.I):
        return []
    tolls = [t for t in _tolls(ctx) if t is not None]
    lede = [t for t in tolls if t.sentence < _LEDE_SENTENCES and not _aggregate(ctx, t)]
    findings: list[Finding] = []
    for early in lede:
        for late in tolls:
            if late.sentence < _LEDE_SENTENCES or late.outcome != early.outcome or late.value == early.value:
                continue
            if not _same_noun(early.noun, late.noun) or not _same_time(ctx, early, late):
                continue
            if len({t.value for t in tolls if t.outcome == early.outcome and t.sentence >= _LEDE_SENTENCES}) > 1:
                continue  # the body gives several figures: parts, places, sources, not one restated toll
            (start, end), related = later_first((late.start, late.end), (early.start, early.end))
            findings.append(
                Finding(
                    start,
                    end,
                    f"'{text[late.start:late.end]}' here, but '{text[early.start:early.end]}' at the top: "
                    f"the same toll given as {early.value} and {late.value}, with nothing saying it changed",
                    0.6,
                    related=related,
                )
            )
            break
        else:
            continue
        break  # one finding per article: the first disagreement says it
    return findings


def _tolls(ctx: Context) -> list[_Toll | None]:
    out: list[_Toll | None] = []
    text = ctx.text
    for m in _TOLL.finditer(text):
        n = m["n"] or m["n2"]
        noun = (m["noun"] or m["noun2"] or "").lower().strip()
        out_word = (m["out"] or m["out2"]).lower()
        if m["out2"] and noun.split()[:1] and noun.split()[0] in ("in", "on", "at", "by", "and", "as", "after"):
            noun = ""  # "killed 14 in Kabul"
        if noun and not _plural_noun(noun):
            continue  # "12 killed" is a toll; "the 12 killed" or "a gunman killed" is not read as one
        value = _value(n)
        if value is None or (1900 <= value <= 2100 and not n.isalpha()):
            continue
        sent = ctx.index.sentence_of(m.start())
        lo, _ = ctx.index.sentences[sent] if sent >= 0 else (0, 0)
        before = text[lo : m.start()]
        clause = re.split(r"[;:]|,\s", before)[-1]
        if _CUE.search(clause[-60:]) or _CUE.search(text[m.start() : m.end()].replace(out_word, "")):
            out.append(None)
            continue
        if _quoted(text, lo, m.start()):
            continue
        out.append(_Toll(m.start(), m.end(), value, _OUTCOMES[out_word], _norm_noun(noun), sent))
    return out


def _plural_noun(noun: str) -> bool:
    last = noun.split()[-1]
    return last in _PEOPLE or (last.endswith("s") and not last.endswith("ss")) or last in ("children", "men", "women")


def _norm_noun(noun: str) -> str:
    last = noun.split()[-1] if noun else ""
    return "" if last in _PEOPLE else noun


def _same_noun(a: str, b: str) -> bool:
    return a == b


def _value(n: str) -> int | None:
    low = n.lower()
    if low in _WORD_NUMBERS:
        return _WORD_NUMBERS[low]
    try:
        return int(low.replace(",", ""))
    except ValueError:
        return None


def _quoted(text: str, lo: int, pos: int) -> bool:
    """An odd number of double quotation marks between the sentence start and ``pos``."""
    return sum(text.count(q, lo, pos) for q in _QUOTES) % 2 == 1


def _aggregate(ctx: Context, t: _Toll) -> bool:
    lo, hi = ctx.index.sentences[t.sentence]
    line_hi = ctx.text.find("\n", t.end)
    return _AGGREGATE.search(ctx.text, lo, min(hi, line_hi) if line_hi >= 0 else hi) is not None


def _same_time(ctx: Context, early: _Toll, late: _Toll) -> bool:
    """The later sentence dates nothing the lede does not: no other time, no other event."""
    s_lo, s_hi = ctx.index.sentences[late.sentence]
    if _ELSEWHERE.search(ctx.text[s_lo:s_hi]):
        return False
    e_lo, e_hi = ctx.index.sentences[early.sentence]
    lede_dates = {e.text.lower() for e in ctx.exprs if e_lo <= e.start < e_hi}
    kinds = ("absolute", "relative", "weekday", "ref", "duration")
    return not any(s_lo <= e.start < s_hi and e.kind in kinds and e.text.lower() not in lede_dates for e in ctx.exprs)


# --- "N years ago" against a year ----------------------------------------------------------------

_AGO = re.compile(rf"\b{_NUM}\s+years?\s+ago\b", re.IGNORECASE)
_AGO_APPROX = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|just\s+over|just\s+under"
    r"|close\s+to|approximately|only|just|barely|a\s+little\s+over|a\s+little\s+more\s+than|the\s+past|the\s+last)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
#: Nouns too general to name one event: "the year 20 years ago", "the time", "the country".
_GENERIC_NOUNS = {
    "year", "years", "time", "times", "day", "days", "period", "era", "age", "decade", "month", "week",
    "country", "people", "man", "woman", "one", "thing", "case", "company", "state", "city", "report",
    "study", "law", "program", "plan", "group", "team", "season", "game", "record", "percent",
    # events that recur: "the 2016 election" and "the election four years ago" are two elections
    "election", "elections", "primary", "caucus", "convention", "campaign", "race", "debate", "olympics",
    "games", "cup", "championship", "final", "budget", "census", "summit", "meeting", "conference", "festival",
    "anniversary", "visit", "trip", "tour", "session", "vote", "poll", "survey", "award", "prize",
}  # fmt: skip


def years_ago_vs_date(ctx: Context) -> list[Finding]:
    """An event dated "N years ago" that the article ties to a year N does not give."""
    ref = ctx.reference.date
    text = ctx.text
    if ref is None or "ago" not in text:
        return []
    doc = ctx.index.doc
    dated = _dated_nouns(doc)
    findings: list[Finding] = []
    for m in _AGO.finditer(text):
        if _AGO_APPROX.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        n = _value(m["n"])
        if n is None or n < 2:
            continue
        noun = _event_noun(ctx, m.start(), m.end())
        if noun is None:
            continue
        years = dated.get(noun.lemma_.lower())
        if not years or len({y for y, _, _ in years}) != 1:
            continue  # undated, or two events of one kind ("the 2008 election", "the 2012 election")
        year, phrase, dated_noun = years[0]
        if not _modifiers(noun) <= _modifiers(dated_noun):
            continue  # "the Romney campaign" is not "the 2016 campaign": a modifier names another one
        if year >= ref.year - 1:
            continue  # this year's or last year's: another time the event came round, not the one N years back
        implied = ref.year - n
        slack = 2 if n >= 20 and n % 5 == 0 else 1
        if abs(year - implied) <= slack:
            continue
        ago = (m.start(), m.end())
        ydate = (phrase.start_char, phrase.end_char)
        (start, end), related = later_first(ago, ydate)
        findings.append(
            Finding(
                start,
                end,
                f"'{m.group(0)}' ({ctx.reference.label}) puts the {noun.lower_} in about {implied}, but the "
                f"article dates it to {year} ('{phrase.text}')",
                0.6,
                related=related,
            )
        )
    return findings


def _dated_nouns(doc: Doc) -> dict[str, list[tuple[int, SpacySpan, Token]]]:
    """Event nouns the article ties to a year: "the 1994 genocide", "the genocide of 1994",
    "the 1994 Rwandan genocide", "1994's genocide"."""
    out: dict[str, list[tuple[int, Token]]] = {}
    for tok in doc:
        if not _YEAR.match(tok.text) or tok.like_num is False:
            continue
        head = None
        if (
            tok.dep_ in ("compound", "nummod", "amod", "npadvmod", "poss")
            and tok.head.pos_ == "NOUN"
            and tok.i < tok.head.i <= tok.i + 3
        ):
            head = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and tok.head.head.pos_ == "NOUN":
            head = tok.head.head
            if head.i != tok.head.i - 1:
                head = None
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
            # "the genocide began in 1994", "the genocide, which began in 1994"
            verb = tok.head.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                head = verb.head
            elif len(subj) == 1 and subj[0].pos_ == "NOUN":
                head = subj[0]
            if head is not None and (head.tag_ == "NNS" or not _definite(head)):
                head = None
        if head is None or head.lemma_.lower() in _GENERIC_NOUNS:
            continue
        lo = min([head.i, tok.i] + [c.i for c in head.children if c.dep_ == "det"])
        hi = max(head.i, tok.i)
        out.setdefault(head.lemma_.lower(), []).append((int(tok.text), doc[lo : hi + 1], head))
    return out


def _event_noun(ctx: Context, start: int, end: int) -> Token | None:
    """The definite noun "N years ago" dates: "the attack 20 years ago", "the attack, which took
    place 20 years ago", "the genocide began 20 years ago"."""
    root = ctx.index.root(start, end)
    if root is None:
        return None
    head = root.head
    if head.pos_ == "NOUN" and head.i < root.i:
        noun = head
    elif head.pos_ in ("VERB", "AUX"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
            noun = head.head
        elif len(subj) == 1 and subj[0].pos_ == "NOUN":
            noun = subj[0]
        else:
            return None
    else:
        return None
    if noun.lemma_.lower() in _GENERIC_NOUNS or noun.tag_ == "NNS":
        return None
    return noun if _definite(noun) else None


def _modifiers(noun: Token) -> set[str]:
    """The words that say which one a noun means ("Romney", "last", "Rwandan"), years left out."""
    deps = ("compound", "amod", "poss", "nmod", "nummod")
    return {c.lower_ for c in noun.children if c.dep_ in deps and not _YEAR.match(c.text)}


def _definite(noun: Token) -> bool:
    return any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children)
