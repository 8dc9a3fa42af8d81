"""internal_contradiction: dates in an article that cannot all be true at once.

The signal finds the article's date expressions (``timex``), picks the reference date they are
relative to (``reference``: the publication date, else a dateline) and runs the checks in
``checks``: relative dates against explicit ones, weekdays against their dates, and relative dates
that nothing anchors (these are counted, and noted once, never reported as findings: there is
nothing to compare them with); ``arith`` checks stated ages, anniversaries and intervals, and
``counts`` a count against the list that enumerates it ("three cities: Paris, Lyon, Nice and
Lille"). Beyond dates, ``people`` finds one surname spelled two ways and one person given two
ages, ``spellings`` other names written two ways (a hyphen dropped, a given name, a titled
surname or a once-used form one letter off, a letter O for a digit 0 in a designation), and
``quantities`` figures the article's own arithmetic contradicts (shares of one whole, a lead beside
its two figures, a change beside its amounts). One fact stated twice with two values: ``restated``
finds a toll in the lede the body gives as another figure with no update cue, and an event dated "N
years ago" that the article ties to another year; ``roles`` one person called the former and the
current holder of a title in one sentence, or the holder-elect and the holder in one paragraph.
Every finding's span is the later statement and its ``related`` span the earlier one it
disagrees with.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from scorer import Register, SignalResult, hookimpl

from . import arith, checks, counts, groups, people, quantities, restated, roles, spellings
from .reference import find_reference
from .syntax import DocIndex
from .timex import entity_queries, find_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from scorer import Article

__all__ = ["InternalContradiction", "register_signals"]

#: Calendar granularities whose midpoints go into ``date_spread_days``.
_SPREAD_GRANS = {"day", "weekend", "week", "month", "season", "quarter", "half", "year"}


class InternalContradiction:
    """Dates within one article that contradict each other or the article's own date."""

    name = "internal_contradiction"
    version = "0.15.6"
    languages = ("en",)
    # tags and lemmas (tense, modals), the parse (sentences, governing verbs), NER (years vs counts)
    # entities are read per sentence through token._.entity (scorer.entities), not a full NER pass
    requires = ("tagger", "attribute_ruler", "lemmatizer", "parser")
    # more of these only ever makes an article more suspect: the combiner keeps their weights >= 0
    warning_features = (
        "contradictions", "weekday_mismatches", "tense_mismatches",
        "age_mismatches", "anniversary_mismatches", "interval_mismatches", "unanchored_relative",
        "count_list_mismatches", "name_spellings_per_1k", "person_ages_per_1k", "figure_mismatches_per_1k",
        "restated_facts_per_1k",
    )

    def entity_sentences(self, article: Article, doc: Doc) -> Iterator[Span]:
        """The sentences whose entity labels ``compute`` reads: those holding a four-digit number
        the normaliser asks about (year or count?), and those of surnames that may be one name
        spelled two ways (person or not?). The host may run NER over them for a whole parse batch
        at once; ``compute`` reads labels on demand when it does not."""
        index = DocIndex(doc)
        seen: set[int] = set()
        tokens = [index.token_at(pos) for pos in entity_queries(article.text)]
        tokens += [doc[i] for i in people.entity_tokens(doc)]
        tokens += [doc[i] for i in spellings.entity_tokens(doc, people.mentions(doc))]
        for tok in tokens:
            if tok is not None and tok.sent.start not in seen:
                seen.add(tok.sent.start)
                yield tok.sent

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Features and findings for one article (see the module docstring for the checks)."""
        text = article.text
        index = DocIndex(doc)
        reference = find_reference(article.published_date, text)
        exprs = find_expressions(text, reference.date, tense_at=index.tense_fn(), entity_at=index.entity_at)
        ctx = checks.Context(text, index, reference, exprs)

        contradictions = checks.relative_vs_explicit(ctx)
        weekdays = checks.weekday_mismatches(ctx)
        tenses = checks.tense_mismatches(ctx)
        arithmetic = {
            "age_mismatches": arith.age_mismatches(ctx),
            "anniversary_mismatches": arith.anniversary_mismatches(ctx),
            "interval_mismatches": arith.interval_mismatches(ctx),
            "count_list_mismatches": counts.count_list_mismatches(ctx),
        }
        restatements = {
            "toll_restated": restated.toll_restated(ctx),
            "years_ago_vs_date": restated.years_ago_vs_date(ctx),
            "role_vs_time": roles.role_mismatches(ctx),
            "count_restated": groups.count_restated(ctx),
        }
        persons = people.mentions(doc)
        names = people.name_mismatches(ctx, persons)
        names = spellings.add_new(names, spellings.hyphenation(ctx) + spellings.given_names(ctx, persons)
                                  + spellings.titled_surnames(ctx, persons) + spellings.code_variants(ctx)
                                  + spellings.one_off_variants(ctx))
        names = spellings.without_posts(spellings.without_sic(names, article.text), article.text)
        ages = people.age_conflicts(ctx, persons)
        figures = {
            "share_of_whole": quantities.share_mismatches(ctx),
            "margin_vs_figures": quantities.margin_mismatches(ctx),
            "change_vs_amounts": quantities.change_mismatches(ctx),
        }
        named = {
            "relative_vs_date": contradictions,
            "weekday_mismatch": weekdays,
            "tense_vs_time": tenses,
            "age_mismatch": arithmetic["age_mismatches"],
            "anniversary_mismatch": arithmetic["anniversary_mismatches"],
            "interval_mismatch": arithmetic["interval_mismatches"],
            "count_vs_list": arithmetic["count_list_mismatches"],
            "name_spelling": names,
            "person_age": ages,
            **figures,
            **restatements,
        }
        findings = [dataclasses.replace(f, check=f.check or check) for check, found in named.items() for f in found]
        findings.sort(key=lambda f: (f.start, f.end))
        features = _features(ctx, len(contradictions), len(weekdays), len(tenses))
        features.update({name: len(found) for name, found in arithmetic.items()})
        per_1k = 1000 / max(1, sum(1 for t in doc if t.is_alpha))
        features["name_spellings_per_1k"] = round(len(names) * per_1k, 4)
        features["person_ages_per_1k"] = round(len(ages) * per_1k, 4)
        features["figure_mismatches_per_1k"] = round(sum(len(f) for f in figures.values()) * per_1k, 4)
        features["restated_facts_per_1k"] = round(sum(len(f) for f in restatements.values()) * per_1k, 4)
        line = reference.dateline
        published = reference.date if reference.source == "published" else None
        # Days between the text's own dateline and the publication metadata (0 when either is absent or unusable).
        features["dateline_offset_days"] = abs((line - published).days) if line and published else 0
        notes = []
        if reference.implausible is not None:
            notes.append(
                f"the publication date {reference.implausible.isoformat()} cannot be a news article's (a system's "
                "zero date stands for 'unknown'): dates were checked without it"
            )
        if features["unanchored_relative"]:
            notes.append(
                f"relative dates could not be checked: the article carries no date "
                f"({int(features['unanchored_relative'])} such as '{checks.unanchored_exprs(exprs)[0].text}'); "
                "give its publication date to check them"
            )
        return SignalResult(features=features, findings=findings, notes=notes)


def _features(ctx: checks.Context, contradictions: int, weekdays: int, tenses: int) -> dict[str, float]:
    # durations, sets and clock times are no calendar dates: the features count dates only
    dated = [e for e in ctx.exprs if e.kind in ("absolute", "relative", "weekday")]
    relative = [e for e in dated if e.kind in ("relative", "weekday")]
    placed = [e for e in dated if e.value is not None]
    mids = [e.value.mid for e in placed if e.value is not None and e.value.gran in _SPREAD_GRANS]
    days = sorted(m for m in mids if m is not None)
    return {
        "contradictions": contradictions,
        "weekday_mismatches": weekdays,
        "tense_mismatches": tenses,
        "unanchored_relative": len(checks.unanchored_exprs(ctx.exprs)) if ctx.reference.date is None else 0,
        "date_expressions": len(dated),
        "relative_expressions": len(relative),
        "absolute_expressions": len(dated) - len(relative),
        "anchored": float(ctx.reference.date is not None),
        "reference_from_text": float(ctx.reference.source == "text"),
        "anchored_share": len(placed) / len(dated) if dated else 1.0,
        "date_spread_days": (days[-1] - days[0]).days if len(days) > 1 else 0,
    }


@hookimpl
def register_signals(register: Register) -> None:
    """Register the internal_contradiction signal with the host."""
    register(InternalContradiction())
