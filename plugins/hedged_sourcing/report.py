"""Turn attributions into what the host shows: editor-readable findings and flat features."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scorer import Finding

from .attribution import HEDGED_KINDS, Attribution
from .classify import AGENTLESS, ANONYMOUS, COMMON, NAMED, OWN_VOICE, REPORT, RUMOUR, VAGUE
from .cues import HedgeCue
from .patterns import HEDGE_ADVERBS, SURVEY_NOUNS, WEASEL_DOCUMENT_NOUNS
from .quotes import find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Severity by kind; an organisation named for an unnamed source, or a weak cue, lowers it.
_SEVERITY = {
    ANONYMOUS: 0.7,
    VAGUE: 0.6,
    AGENTLESS: 0.5,
    REPORT: 0.5,
    RUMOUR: 0.6,
    COMMON: 0.5,
    OWN_VOICE: 0.4,
}
_AFFILIATED_DISCOUNT = 0.15
_WEAK_SEVERITY = 0.3
#: Agentless constructions that are passives of a reporting or judging verb.
_PASSIVE_VIAS = frozenset({"passive", "evaluative"})
#: The ``check`` a finding of each kind carries (passives: ``passive_attribution``).
CHECK_NAMES = {
    ANONYMOUS: "anonymous_source",
    VAGUE: "vague_source",
    AGENTLESS: "agentless_attribution",
    REPORT: "unidentified_report",
    RUMOUR: "rumour",
    COMMON: "common_knowledge",
    OWN_VOICE: "hedge_in_own_voice",
}
PASSIVE_CHECK = "passive_attribution"
#: Every check name this signal's findings can carry.
CHECKS = (*CHECK_NAMES.values(), PASSIVE_CHECK)

#: Kinds with no source phrase at all: the claim stands on nobody.
UNSOURCED_KINDS = (AGENTLESS, REPORT, RUMOUR, COMMON, OWN_VOICE)


def check_for(attr: Attribution) -> str:
    """The ``check`` name of a hedged attribution."""
    if attr.kind == AGENTLESS and attr.via in _PASSIVE_VIAS:
        return PASSIVE_CHECK
    return CHECK_NAMES[attr.kind]


#: How far (in characters) a named speaker's verb may stand from a quotation's end ('"...," said Faiza
#: Patel, co-director of ...') or its start ('Ms. Patel said: "..."') to be the one who gives it.
_SPEAKER_REACH = 40


def finding_for(attr: Attribution, doc: Doc, others: Sequence[Attribution] = ()) -> Finding:
    """The finding an editor sees for one hedged attribution.

    :param others: the article's attributions: a quotation a named one gives is not one the hedged
        attribution leaves unchecked, so the message does not say so.
    """
    span = doc[attr.first : attr.last + 1]
    if attr.quoted and _quotations_named(attr, doc, others):
        attr = dataclasses.replace(attr, quoted=False)  # the message only; features read the original
    severity = _SEVERITY[attr.kind]
    if attr.affiliated:
        severity -= _AFFILIATED_DISCOUNT
    if attr.weak:
        severity = min(severity, _WEAK_SEVERITY)
    head = doc[attr.source_end].lemma_.lower()
    return Finding(
        start=span.start_char,
        end=span.end_char,
        message=message_for(
            attr,
            doc[attr.first : attr.source_end + 1].text,
            documents=head in WEASEL_DOCUMENT_NOUNS,
            polls=head in SURVEY_NOUNS,
            partly_named=_partly_named(doc, attr),
        ),
        severity=round(severity, 2),
        check=check_for(attr),
    )


def _quotations_named(attr: Attribution, doc: Doc, others: Sequence[Attribution]) -> bool:
    """Every quotation near the attribution's cue is given by a named speaker: the speaker's verb stands
    right after the quotation's end or right before its start."""
    cue = doc[attr.cue_i] if 0 <= attr.cue_i < len(doc) else doc[attr.first]
    near = find_quotes(doc).quotations_near(cue.idx)
    verbs = [doc[a.cue_i] for a in others if a.kind == NAMED and 0 <= a.cue_i < len(doc)]
    if not near or not verbs:
        return False

    text = doc.text

    def gives(verb: Token, start: int, end: int) -> bool:
        sent = verb.sent  # the speaker's verb and the quotation's near end share a sentence
        if end <= verb.idx <= end + _SPEAKER_REACH and sent.start_char < end <= sent.end_char:
            return len(text[end : verb.idx].split()) <= 3  # '," said', '," Ms. Patel said'
        verb_end = verb.idx + len(verb.text)
        if start - _SPEAKER_REACH <= verb.idx < start and sent.start_char <= start < sent.end_char:
            between = text[verb_end:start].strip(" \n\t\"“‘'")
            return between.endswith((":", ",")) and len(between.split()) <= 3  # 'Smith told reporters: "'
        return False

    return all(any(gives(v, start, end) for v in verbs) for start, end in near)


#: "A witness named Ahmad", "an activist known only as Ms. Smith": a first name or a pseudonym after the source.
_PARTLY_NAMED = re.compile(
    r"\s*,?\s*(?:named|called|known\s+only\s+as|identified\s+only\s+as)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+\b(?!\s+[A-Z])"
)


def _partly_named(doc: Doc, attr: Attribution) -> bool:
    """Only a first name, a surname with a title or a pseudonym follows the source's noun: part of a name,
    not enough to find the person ("A witness named Ahmad", "known only as Ms. Smith")."""
    end = doc[attr.source_end]
    return _PARTLY_NAMED.match(doc.text, end.idx + len(end)) is not None


def message_for(
    attr: Attribution, source: str, *, documents: bool = False, polls: bool = False, partly_named: bool = False
) -> str:
    """Why ``attr`` is hedged, in words an editor can act on: the kind first, then why the claim
    cannot be checked.

    :param source: the source phrase as written.
    :param documents: the source is a body of writing ("studies"), not people.
    :param polls: the source is polls, surveys or estimates.
    """
    quoted = " The quotation it supports cannot be checked either." if attr.quoted else ""
    kind = attr.kind
    if attr.via == "anaphora" and kind in (ANONYMOUS, VAGUE):
        label = "Anonymous source" if kind == ANONYMOUS else "Vague source"
        return (
            f"{label}: '{source}' refers back to the unnamed source introduced before it, so this "
            f"claim cannot be checked either.{quoted}"
        )
    if attr.via == "pronoun" and kind in (ANONYMOUS, VAGUE):
        label = "Anonymous source" if kind == ANONYMOUS else "Vague source"
        return (
            f"{label}: '{source}' can only refer back to the unnamed source before it, so this claim "
            f"cannot be checked either.{quoted}"
        )
    if kind == ANONYMOUS:
        if attr.via == "anonymity":
            return (
                f"Anonymous source: '{source}' means the person behind the claim is not named, "
                f"so the claim cannot be checked.{quoted}"
            )
        if partly_named:
            return (
                f"Anonymous source: '{source}' is given only part of a name (a first name or a pseudonym), "
                f"not enough to find the person, so the claim cannot be checked.{quoted}"
            )
        only = " (only an affiliation)" if attr.affiliated else ""
        return f"Anonymous source: no name is given for '{source}'{only}, so the claim cannot be checked.{quoted}"
    if kind == VAGUE and attr.via == "crowd_state":
        return (
            f"Vague source: '{source}' has the writer speak for how many or most of an unnamed crowd "
            f"feel, with no poll and nobody who says so, so the claim cannot be checked."
        )
    if kind == VAGUE and attr.via == "platform":
        return (
            f"Vague source: '{source}' points to the users of a website, not to anyone who could be "
            f"asked to stand behind the claim.{quoted}"
        )
    if kind == VAGUE:
        return (
            f"Vague source: '{source}' points to an unnamed group, not to anyone who could be "
            f"asked to stand behind the claim.{quoted}"
        )
    if kind == REPORT:
        what = "which studies" if documents else "which polls or whose figures" if polls else "whose report it is"
        return f"Unidentified report: '{source}' does not say {what}, so the claim cannot be checked."
    if kind == RUMOUR:
        return f"Rumour: '{source}' passes on talk nobody is named for, so the claim cannot be checked."
    if kind == COMMON:
        return (
            f"Common knowledge claimed: '{source}' presents the claim as known to everyone instead of "
            f"giving a source, so it cannot be checked."
        )
    if kind == OWN_VOICE:
        if attr.via == "learning":
            return (
                f"Hedge in the reporter's own voice: '{source}' passes on what the writer was told "
                f"without saying by whom, so the claim cannot be checked."
            )
        return (
            f"Hedge in the reporter's own voice: '{source}' marks the claim as second-hand or "
            f"uncertain without saying where it comes from, so it cannot be checked."
        )
    if attr.via == "adverb":
        return (
            f"Attribution without a source: '{source}' passes the claim on without saying "
            f"who {HEDGE_ADVERBS.get(attr.cue, 'made')} it."
        )
    if attr.via == "according":
        return f"Attribution without a source: '{source}' does not say whose account this is."
    if attr.via == "evaluative":
        return (
            f"Passive attribution: '{source}' presents a judgement as generally held "
            f"without saying whose it is, so it cannot be checked."
        )
    if attr.via == "passive":
        return (
            f"Passive attribution: '{source}' presents the claim as {attr.cue} without saying "
            f"by whom, so it cannot be checked."
        )
    if attr.via == "emerged":
        return (
            f"Attribution without a source: '{source}' presents the claim as having come out without "
            f"saying who made it or where it comes from, so it cannot be checked."
        )
    if attr.via == "learned":
        return (
            f"Attribution without a source: '{source}' gives what the outlet found out without saying "
            f"from whom, so the claim cannot be checked."
        )
    if attr.via == "unowned":
        return f"Attribution without a source: '{source}' presents a charge or worry without saying whose it is."
    if attr.via in ("subject", "inverted", "agent", "noun"):
        return f"Attribution without a source: '{source}' does not say who is behind it."
    if attr.via == "hearsay":
        return f"Attribution without a source: '{source}' presents hearsay without saying who said it."
    return f"Attribution without a source: '{source}' presents the claim as {attr.cue} without saying by whom."


def features(attributions: list[Attribution], doc: Doc, cues: list[HedgeCue] | None = None) -> dict[str, float]:
    """Flat numeric features: shares and rates that do not grow with article length, plus the
    counts they come from.

    Rates are per sentence (``*_per_sentence``) or per 1,000 words (``hedge_cues_per_1k``);
    shares are per attribution (``*_share``; 0 when there is none). ``hedge_cues`` counts the
    hedge cues (``cues.py``) outside hedged attributions. The raw counts (``named``,
    ``anonymous``, ``vague``, ``agentless``, ``attributions``, ``hedge_cues``, ``quotes``) grow
    with the article and are kept for reports, not for a model.
    """
    counts = dict.fromkeys((NAMED, *HEDGED_KINDS), 0)
    quotes = quotes_named = 0
    for attr in attributions:
        counts[attr.kind] += 1
        if attr.quoted and attr.kind in (NAMED, ANONYMOUS, VAGUE):
            quotes += 1
            quotes_named += attr.kind == NAMED
    total = sum(counts.values())
    hedged = sum(counts[k] for k in HEDGED_KINDS)
    unsourced = sum(counts[k] for k in UNSOURCED_KINDS)
    spans = [(a.first, a.last) for a in attributions if a.kind in HEDGED_KINDS]
    extra = sum(1 for c in cues or () if not any(f <= c.last and c.first <= last for f, last in spans))
    words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    sentences = sum(1 for s in doc.sents if any(not (t.is_punct or t.is_space) for t in s)) if len(doc) else 0

    def share(n: int) -> float:
        return n / total if total else 0.0

    def per_sentence(n: int) -> float:
        return n / sentences if sentences else 0.0

    return {
        "named": counts[NAMED],
        "anonymous": counts[ANONYMOUS],
        "vague": counts[VAGUE],
        "agentless": counts[AGENTLESS],
        "attributions": total,
        "named_share": share(counts[NAMED]),
        "hedged_share": share(hedged),
        "anonymous_share": share(counts[ANONYMOUS]),
        "vague_share": share(counts[VAGUE]),
        "unsourced_share": share(unsourced),
        "named_per_sentence": per_sentence(counts[NAMED]),
        "hedged_per_sentence": per_sentence(hedged),
        "unsourced_per_sentence": per_sentence(unsourced),
        "own_voice_per_sentence": per_sentence(counts[OWN_VOICE] + counts[COMMON]),
        "hedge_cues": extra,
        "hedge_cues_per_1k": 1000.0 * (hedged + extra) / words if words else 0.0,
        "quotes": quotes,
        "quotes_named_share": quotes_named / quotes if quotes else 0.0,
    }
