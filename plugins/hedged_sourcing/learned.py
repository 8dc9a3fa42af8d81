"""Learned attributions: the sources and hedges the rules leave alone, judged by a trained detector.

The rules (``detect.py``, ``voice.py``, ``scope/``) are precise on the wordings they were written
for. This module turns the same analysis of the Doc into *candidates*, the source and hedge
phrases of the parse that no rule finding covers, each with features of its attribution structure:

- subjects (and passive agents) of verbs of saying, reporting, believing, estimating and judging
  ("Neighbors complained that", "insiders claim that"), with the source phrase and its verb;
- agentless passives of those verbs ("breakup was reported", "are expected to be approved");
- "according to X" and reports, polls, studies and rumours with their determiner ("Reports last
  week indicated", "nearly every poll shows");
- hedge adverbs and adjectives in the reporter's voice ("ostensibly", "her rumoured reconciliation");
- attributions the rules found and then ruled out (with the rule's reason as a feature).

A candidate's features describe the source (named PERSON/ORG, a pronoun, a title, a bare plural,
a quantifier, a definite description, the rules' own verdict on it), the verb (its class, voice,
clause, modality) and the context (inside a quotation, a named attribution in the same or the next
sentence). The detector (``models/hedged_sourcing.attribution.spans.json``, trained with
``misinfo-scorer train-spans plugins.hedged_sourcing.learned:TASK``) decides which an editor would
query; :func:`judge` turns those into findings and :func:`learned_features` into rates.

What cross-validation by article says (the card, ``models/hedged_sourcing.attribution.spans.md``):
the marks the rules miss are many kinds in few copies each, and no threshold reaches precision
0.85 with 20 findings or more, so the shipped table's threshold lies above every probability and
it adds no finding; the signal's rule findings are unchanged (on all 672 tuning articles, 2.6 times
the first 256, its best precision is 0.42 at threshold 0.4). Trained with the rule findings among the
candidates, it ranks them well (average precision 0.87) but does not single out wrong ones (of the 19
it scores below 0.4, 14 overlap a mark), so no rule kind is dropped either; a filter on the rule
findings alone, trained on the judged rounds' verdicts, trades a right finding or more for each wrong
one (``benchmarks/hedged_sourcing_finding_filter.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Candidate, Finding, SpanDetector, SpanTask

from . import patterns as P
from .analyse import Analysis, analyse
from .attribution import HEDGED_KINDS, Attribution, lemma_of
from .candidates import candidates as tokens_in
from .classify import DEFINITE, NAMED, anonymity_word, classify_source
from .quotes import find_quotes
from .scope import Context, hypothetical, ruled_out

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME = "hedged_sourcing.attribution"
#: the ``check`` of a finding the detector adds
LEARNED_CHECK = "unclear_attribution"

#: Verb classes by lemma: what kind of attribution a verb makes.
VERB_CLASSES: dict[str, frozenset[str]] = {
    "speech": P._words(
        "say tell add state explain write comment remark declare quip tweet post respond reply testify "
        "stress emphasize emphasise announce describe cite quote"
    ),
    "claim": P._words("claim allege insist argue contend assert maintain charge accuse posit theorize theorise"),
    "belief": P._words(
        "believe think feel fear suspect assume suppose presume expect hope worry doubt know understand "
        "wonder reckon consider regard view deem see perceive speculate"
    ),
    "report": P._words(
        "report reveal disclose confirm indicate show find discover suggest document prove establish "
        "conclude determine uncover identify emerge circulate surface learn hear overhear notice note observe point "
        "attribute"
    ),
    "estimate": P._words("estimate project predict forecast calculate count poll survey"),
    "judge": P.EVALUATION_VERBS | P._words("complain blame credit label brand portray characterize characterise"),
    "appearance": P.APPEARANCE_VERBS | P._words("look"),
    "link": P._words("link tie connect rumor rumour bill dub cast"),
}
_VERB_CLASS = {lemma: cls for cls, lemmas in VERB_CLASSES.items() for lemma in lemmas}
VERB_LEMMAS = frozenset(_VERB_CLASS) | P.CUE_VERBS | P.AGENTLESS_PASSIVE_VERBS | P.EVALUATIVE_PASSIVE_VERBS

#: Nouns of hearsay, reports and figures nobody owns until the text names them.
REPORT_NOUNS = (
    P.HEARSAY_NOUNS
    | P.SURVEY_NOUNS
    | P.FINDING_NOUNS
    | P.ALWAYS_ANONYMOUS_NOUNS
    | P._words("speculation evidence document number figure research data reporting news gossip buzz theory")
)
#: Hedge adverbs and adjectives in the reporter's voice.
HEDGE_WORDS = frozenset(P.HEDGE_ADVERBS) | P.EVIDENTIAL_ADVERBS | P._words(
    "evidently ostensibly presumably purportedly seemingly supposedly alleged purported rumored rumoured reported "
    "so-called suspected supposed apparent"
)

_QUANTIFIERS = P.VAGUE_QUANTIFIERS | P.VAGUE_PRONOUNS | P.CROWD_NOUNS | P._words("all every most other others")
_INDEFINITE = frozenset({"a", "an", "another", "one"})
_NP_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "quantmod", "predet", "nmod"})
_PERSON_PRONOUNS = {
    "i": "first",
    "we": "first",
    "me": "first",
    "us": "first",
    "you": "second",
    "he": "third_one",
    "she": "third_one",
    "they": "third_many",
    "it": "it",
}
#: prepositions whose phrase says which source it is ("sources from within law enforcement")
_QUALIFYING_PREPS = frozenset({"of", "from", "in", "within", "close", "for", "with"})
#: longest source phrase shown (tokens): a candidate is a phrase an editor reads, not a clause
_MAX_SPAN = 9


@dataclass(frozen=True)
class _Site:
    """A candidate before its features: token span, construction, the cue and the source head."""

    first: int
    last: int
    construction: str
    cue: Token | None
    source: Token | None
    rule: Attribution | None = None
    reason: str = ""


def candidates(doc: Doc, analysis: Analysis | None = None) -> list[Candidate]:
    """The attribution candidates of ``doc`` that no rule finding overlaps, with their features.

    :param analysis: the rules' analysis of ``doc`` when the signal already ran it.
    """
    if analysis is None:
        analysis = analyse(doc)
    flagged = [(a.first, a.last) for a in analysis.attributions if a.kind in HEDGED_KINDS]
    named = [a for a in analysis.attributions if a.kind == NAMED]
    sites = list(_rule_sites(doc, analysis)) + list(_parse_sites(doc))
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    quotes = find_quotes(doc)
    for site in sites:
        # one candidate per phrase: the rules' own attributions first, then the parse's in text order
        if any(f <= site.last and site.first <= last for f, last in flagged + taken):
            continue
        taken.append((site.first, site.last))
        span = doc[site.first : site.last + 1]
        out.append(Candidate(span.start_char, span.end_char, site.construction, _features(doc, site, named, quotes)))
    return sorted(out, key=lambda c: (c.start, c.end))


TASK = SpanTask(
    NAME,
    "hedged_sourcing",
    candidates,
    "Sources and hedges the hedged_sourcing rules do not flag (speech, report and belief verbs with their "
    "subjects or agentless passives, 'according to', reports and polls, hedge adverbs, attributions the "
    "precision rules set aside), judged by their attribution structure.",
)


@dataclass(frozen=True)
class Judged:
    """What the detector makes of one article: the findings it adds (with their candidates) and the
    sum of its probabilities over every candidate (the unflagged sourcing it expects an editor to query)."""

    findings: list[tuple[Candidate, Finding]]
    mass: float


def judge(doc: Doc, analysis: Analysis, detector: SpanDetector) -> Judged:
    """The candidates ``detector`` accepts, at most one per overlapping group (the likeliest), as
    findings, and the probability mass of all candidates."""
    scored = [(detector.probability(c), c) for c in candidates(doc, analysis)]
    kept: list[tuple[float, Candidate]] = []
    for p, cand in sorted(scored, key=lambda pc: -pc[0]):
        if p < detector.threshold:
            break
        if any(k.start < cand.end and cand.start < k.end for _, k in kept):
            continue
        kept.append((p, cand))
    kept.sort(key=lambda pc: pc[1].start)
    text = doc.text
    return Judged([(c, _finding(c, p, text)) for p, c in kept], sum(p for p, _ in scored))


_WHAT = {
    "subject": "who says or thinks this",
    "agent": "who says or thinks this",
    "passive": "who reported, believes or judged this",
    "according": "whose account this is",
    "report": "whose report, poll or figures these are",
    "hedge": "where the claim comes from",
    "ruled_out": "who stands behind the claim",
    "named": "who stands behind the claim",
}


def _finding(cand: Candidate, probability: float, text: str) -> Finding:
    words = text[cand.start : cand.end]
    what = _WHAT.get(cand.kind, "who stands behind the claim")
    return Finding(
        start=cand.start,
        end=cand.end,
        message=(
            f"Unclear attribution: '{words}' does not say {what} in a way a reader could check "
            f"(learned from articles copy editors marked; {probability:.0%} likely to be queried)."
        ),
        severity=0.4,
        check=LEARNED_CHECK,
    )


# --- sites -------------------------------------------------------------------------------------


def _rule_sites(doc: Doc, analysis: Analysis) -> Iterable[_Site]:
    """Attributions the rules found: hedged ones the precision rules set aside, and named ones."""
    standing = {(a.first, a.last) for a in analysis.attributions}
    context: Context | None = None
    for attr in analysis.found:
        if (attr.first, attr.last) in standing and attr.kind in HEDGED_KINDS:
            continue
        cue = doc[attr.cue_i] if attr.cue_i >= 0 else None
        source = doc[attr.source_end]
        if attr.kind == NAMED:
            yield _Site(attr.first, min(attr.last, attr.first + _MAX_SPAN), "named", cue, source, attr)
            continue
        if context is None:
            context = Context.of(doc, analysis.found, HEDGED_KINDS)
        reason = ruled_out(doc, attr, context) or "other"
        yield _Site(attr.first, min(attr.last, attr.first + _MAX_SPAN), "ruled_out", cue, source, attr, reason)


def _parse_sites(doc: Doc) -> Iterable[_Site]:
    """Source and hedge phrases straight from the parse."""
    for tok in tokens_in(doc, HEDGE_WORDS | {"according"}, VERB_LEMMAS | REPORT_NOUNS):
        lower = tok.lower_
        if lower == "according":
            pobj = next((p for prep in tok.children if prep.lower_ == "to" for p in prep.children
                         if p.dep_ == "pobj"), None)
            if pobj is not None:
                first, last = _np_bounds(pobj)
                yield _Site(tok.i, min(last, tok.i + _MAX_SPAN), "according", tok, pobj)
            continue
        if lower in HEDGE_WORDS and (tok.pos_ in ("ADV", "ADJ") or tok.dep_ == "amod"):
            last = tok.head.i if tok.dep_ == "amod" and 0 < tok.head.i - tok.i <= 3 else tok.i
            yield _Site(tok.i, last, "hedge", tok, None)
            continue
        lemma = lemma_of(tok)
        if tok.pos_ in ("VERB", "AUX") and lemma in VERB_LEMMAS:
            yield from _verb_sites(doc, tok)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in REPORT_NOUNS and tok.dep_ in (
            "nsubj", "nsubjpass", "pobj", "dobj", "attr", "ROOT", "appos"
        ):
            first, last = _np_bounds(tok)
            head = tok.head
            if tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and 0 < head.i - last <= 3:
                last = head.i  # "Reports indicated", "nearly every poll shows"
            yield _Site(first, min(last, first + _MAX_SPAN), "report", head if tok.dep_ == "nsubj" else None, tok)


def _verb_sites(doc: Doc, verb: Token) -> Iterable[_Site]:
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "csubj")), None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    passive = any(c.dep_ == "auxpass" for c in children)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            first, last = _np_bounds(pobj)
            yield _Site(min(verb.i, first), min(last, verb.i + _MAX_SPAN), "agent", verb, pobj)
        return
    if subject is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return  # "the plan critics slammed": the subject is inside the clause; nothing to show
    if subject is not None and subject.dep_ == "nsubj" and not passive:
        if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head
        first, last = _np_bounds(subject)
        if verb.i > last:
            end = verb.i if verb.i - last <= 4 else last
            if end - first <= _MAX_SPAN:
                yield _Site(first, end, "subject", verb, subject)
        elif verb.i < first:  # "believe experts", "disclosed a confidant"
            yield _Site(verb.i, min(last, verb.i + _MAX_SPAN), "subject", verb, subject)
        return
    if passive and verb.tag_ == "VBN":
        auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
        first = min(auxes) if auxes else verb.i
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        last = verb.i + 1 if nxt is not None and (nxt.tag_ == "TO" or nxt.lower_ in ("as", "that")) else verb.i
        src = next((c for c in children if c.dep_ == "nsubjpass"), None)
        yield _Site(first, last, "passive", verb, src)


def _np_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase of ``head``: its left modifiers and an 'of'/'from'/'in' phrase or a short
    appositive or clause, at most ``_MAX_SPAN`` tokens."""
    first = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ in _NP_LEFT])
    last = head.i
    for child in head.rights:
        qualifier = child.dep_ == "prep" and child.lower_ in _QUALIFYING_PREPS
        if qualifier or (child.dep_ in ("amod", "acl") and child.right_edge.i - head.i <= 4):
            last = max(last, child.right_edge.i)
    if last - first > _MAX_SPAN:
        last = head.i
    return first, last


# --- features ----------------------------------------------------------------------------------


def _features(doc: Doc, site: _Site, named: list[Attribution], quotes: object) -> dict[str, float | str]:
    f: dict[str, float | str] = {"construction": site.construction}
    sent = doc[site.first].sent
    cue, src = site.cue, site.source
    if site.rule is not None:
        f["rule_kind"] = site.rule.kind
        f["rule_via"] = site.rule.via
        f["rule_quoted"] = float(site.rule.quoted)
    if site.reason:
        f["ruled_out"] = site.reason
    if cue is not None:
        lemma = lemma_of(cue)
        cls = _VERB_CLASS.get(lemma, "noun" if cue.pos_ in ("NOUN", "PROPN") else "other")
        f["cue_class"] = cls
        f["cue_lemma"] = lemma
        f["cue_dep"] = cue.dep_
        f["cue_tag"] = cue.tag_
        f["cue_class+construction"] = f"{cls}+{site.construction}"
        children = list(cue.children)
        f["cue_clause"] = float(any(c.dep_ in ("ccomp", "parataxis") for c in children) or cue.dep_ == "parataxis")
        f["cue_to"] = float(any(c.dep_ == "xcomp" for c in children))
        f["cue_object"] = float(any(c.dep_ == "dobj" for c in children))
        f["cue_neg"] = float(any(c.dep_ == "neg" for c in children))
        f["cue_modal"] = float(any(c.tag_ == "MD" for c in children))
        f["cue_weasel_adverb"] = float(any(c.dep_ == "advmod" and c.lower_ in P.WEASEL_ADVERBS for c in children))
        f["cue_hypothetical"] = float(cue.pos_ in ("VERB", "AUX") and hypothetical(cue))
        f["cue_expletive_it"] = float(any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it"
                                          for c in children))
    if src is not None:
        f.update(_source_features(src))
        f["source+cue_class"] = f"{f['source']}+{f.get('cue_class', '-')}"
        f["rule_source+construction"] = f"{f['rule_source']}+{site.construction}"
    elif site.construction == "hedge":
        f["hedge_word"] = doc[site.first].lower_
    start_char = doc[site.first].idx
    f["in_quotation"] = float(quotes.covering(start_char) is not None)  # type: ignore[attr-defined]
    f["quotation_near"] = float(quotes.quotation_near(start_char))  # type: ignore[attr-defined]
    f["first_person_sentence"] = float(any(t.lower_ in ("i", "we", "my", "our") and t.tag_ in ("PRP", "PRP$")
                                           for t in sent))
    f["named_same_sentence"] = float(any(sent.start <= a.first < sent.end and a.first != site.first for a in named))
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    f["named_next_sentence"] = float(nxt is not None and any(nxt.start <= a.first < nxt.end for a in named))
    f["propn_in_sentence"] = float(min(3, sum(1 for t in sent if t.pos_ == "PROPN")))
    f["span_tokens"] = float(min(site.last - site.first + 1, _MAX_SPAN + 1)) / (_MAX_SPAN + 1)
    return f


def _source_features(src: Token) -> dict[str, float | str]:
    f: dict[str, float | str] = {}
    lower, lemma = src.lower_, src.lemma_.lower()
    lefts = list(src.lefts)
    det = next((c.lower_ for c in lefts if c.dep_ in ("det", "predet", "nummod", "amod") and (
        c.lower_ in _QUANTIFIERS or c.lower_ in DEFINITE or c.lower_ in _INDEFINITE or c.dep_ == "nummod")), "")
    if src.tag_ in ("PRP", "WP") or src.pos_ == "PRON":
        f["source"] = "pronoun_" + _PERSON_PRONOUNS.get(lower, "other")
    elif lower in _QUANTIFIERS:
        f["source"] = "quantifier_head"
    elif src.pos_ == "PROPN":
        f["source"] = "proper"
    elif any(c.dep_ == "poss" for c in lefts):
        poss = next(c for c in lefts if c.dep_ == "poss")
        f["source"] = "possessed_by_name" if poss.pos_ == "PROPN" else "possessed"
    elif det in _QUANTIFIERS:
        f["source"] = "quantified"
    elif det in DEFINITE:
        f["source"] = "definite"
    elif det in _INDEFINITE:
        f["source"] = "indefinite"
    elif src.tag_ in ("NNS", "NNPS"):
        f["source"] = "bare_plural"
    else:
        f["source"] = "bare"
    f["source_tag"] = src.tag_
    f["source_dep"] = src.dep_
    f["source_lemma"] = lemma
    f["source_compound_name"] = float(any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in lefts))
    f["source_title_name"] = float(src.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in P.TITLE_NOUNS | P.ROLE_NOUNS for c in lefts))
    f["source_appos_name"] = float(any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in src.rights))
    for name, words in (
        ("role", P.ROLE_NOUNS),
        ("group", P.GROUP_NOUNS | P.CROWD_NOUNS),
        ("anonymous_noun", P.ALWAYS_ANONYMOUS_NOUNS),
        ("document", P.DOCUMENT_NOUNS | P.SURVEY_NOUNS | P.HEARSAY_NOUNS),
        ("institution", P.INSTITUTION_NOUNS),
        ("research", P.RESEARCH_NOUNS),
        ("spokes", P.SPOKES_NOUNS),
    ):
        if lemma in words:
            f["lexicon"] = name
    if lemma in ("people", "person", "everyone", "everybody", "someone", "somebody", "anyone"):
        f["lexicon"] = "people"
    if src.pos_ in ("PROPN", "NOUN") and (src.pos_ == "PROPN" or f["source_compound_name"]):
        f["entity"] = src._.entity or "none"
    verdict = classify_source(src)
    f["rule_source"] = verdict.kind if verdict is not None else "none"
    f["source_anonymity_marker"] = float(any(anonymity_word(t, P.FORMULA_ANONYMITY_LEMMAS) for t in src.subtree))
    return f


def learned_features(judged: Judged, doc: Doc) -> dict[str, float]:
    """Rates per 1,000 words for the combiner: findings the detector adds (``learned_per_1k``) and its
    probability mass over every candidate (``learned_mass_per_1k``), which carries what it has learned
    even where no single candidate reaches the threshold."""
    words = sum(1 for t in doc if not (t.is_punct or t.is_space))
    if not words:
        return {"learned_per_1k": 0.0, "learned_mass_per_1k": 0.0}
    return {
        "learned_per_1k": 1000.0 * len(judged.findings) / words,
        "learned_mass_per_1k": 1000.0 * judged.mass / words,
    }
