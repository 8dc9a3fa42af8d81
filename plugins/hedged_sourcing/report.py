"""Turn attributions into what the host shows: editor-readable findings and flat features."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .classify import AGENTLESS, ANONYMOUS, NAMED, VAGUE
from .cues import HedgeCue
from .detect import HEDGED_KINDS, Attribution
from .patterns import HEDGE_ADVERBS, WEASEL_DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Severity by kind; an organisation named for an unnamed source, or a weak cue, lowers it.
_SEVERITY = {ANONYMOUS: 0.7, VAGUE: 0.6, AGENTLESS: 0.5}
_AFFILIATED_DISCOUNT = 0.15
_WEAK_SEVERITY = 0.3
#: The ``check`` a finding of each kind carries.
CHECK_NAMES = {ANONYMOUS: "anonymous_source", VAGUE: "vague_source", AGENTLESS: "agentless_attribution"}


def finding_for(attr: Attribution, doc: Doc) -> Finding:
    """The finding an editor sees for one hedged attribution."""
    span = doc[attr.first : attr.last + 1]
    severity = _SEVERITY[attr.kind]
    if attr.affiliated:
        severity -= _AFFILIATED_DISCOUNT
    if attr.weak:
        severity = min(severity, _WEAK_SEVERITY)
    return Finding(
        start=span.start_char,
        end=span.end_char,
        message=message_for(
            attr,
            doc[attr.first : attr.source_end + 1].text,
            documents=doc[attr.source_end].lemma_.lower() in WEASEL_DOCUMENT_NOUNS,
        ),
        severity=round(severity, 2),
        check=CHECK_NAMES[attr.kind],
    )


def message_for(attr: Attribution, source: str, *, documents: bool = False) -> str:
    """Why ``attr`` is hedged, in words an editor can act on.

    :param source: the source phrase as written.
    :param documents: the source is a body of writing ("studies"), not people.
    """
    quoted = " The quotation it supports cannot be checked either." if attr.quoted else ""
    if attr.kind == ANONYMOUS:
        if attr.via == "anonymity":
            return (
                f"Anonymous source: '{source}' means the person behind the claim is not named, "
                f"so the claim cannot be checked.{quoted}"
            )
        only = " (only an affiliation)" if attr.affiliated else ""
        return f"Anonymous source: no name is given for '{source}'{only}, so the claim cannot be checked.{quoted}"
    if attr.kind == VAGUE and documents:
        return f"Vague source: '{source}' does not say which ones, so the claim cannot be checked."
    if attr.kind == VAGUE:
        return (
            f"Vague source: '{source}' points to an unnamed group, not to anyone who could be "
            f"asked to stand behind the claim.{quoted}"
        )
    if attr.via == "adverb":
        return (
            f"Attribution without a source: '{source}' passes the claim on without saying "
            f"who {HEDGE_ADVERBS.get(attr.cue, 'made')} it."
        )
    if attr.via == "according":
        return f"Attribution without a source: '{source}' does not say whose reports these are."
    if attr.via == "evaluative":
        return (
            f"Attribution without a source: '{source}' presents a judgement as generally held "
            f"without saying whose it is."
        )
    if attr.via in ("subject", "inverted", "agent", "noun"):
        return f"Attribution without a source: '{source}' does not say who is behind it."
    if attr.via == "hearsay":
        return f"Attribution without a source: '{source}' presents hearsay without saying who said it."
    return f"Attribution without a source: '{source}' presents the claim as {attr.cue} without saying by whom."


def features(attributions: list[Attribution], doc: Doc, cues: list[HedgeCue] | None = None) -> dict[str, float]:
    """Flat numeric features: counts by kind, shares, and the rate of hedges per 1,000 words.

    ``hedge_cues`` counts the hedge cues (``cues.py``) outside hedged attributions;
    ``hedge_cues_per_1k`` is hedged attributions plus those cues per 1,000 words. Shares are 0
    when their denominator is 0; ``attributions`` and ``quotes`` tell a model which case it is
    looking at.
    """
    counts = {kind: 0 for kind in (NAMED, ANONYMOUS, VAGUE, AGENTLESS)}
    quotes = quotes_named = 0
    for attr in attributions:
        counts[attr.kind] += 1
        if attr.quoted and attr.kind != AGENTLESS:
            quotes += 1
            quotes_named += attr.kind == NAMED
    total = sum(counts.values())
    hedged = sum(counts[k] for k in HEDGED_KINDS)
    spans = [(a.first, a.last) for a in attributions if a.kind in HEDGED_KINDS]
    extra = sum(1 for c in cues or () if not any(f <= c.last and c.first <= last for f, last in spans))
    words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    return {
        "named": counts[NAMED],
        "anonymous": counts[ANONYMOUS],
        "vague": counts[VAGUE],
        "agentless": counts[AGENTLESS],
        "attributions": total,
        "named_share": counts[NAMED] / total if total else 0.0,
        "hedged_share": hedged / total if total else 0.0,
        "hedge_cues": extra,
        "hedge_cues_per_1k": 1000.0 * (hedged + extra) / words if words else 0.0,
        "quotes": quotes,
        "quotes_named_share": quotes_named / quotes if quotes else 0.0,
    }
