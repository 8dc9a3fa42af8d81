"""hedged_sourcing: claims credited to anonymous, vague or no sources at all.

Each finding carries one of these checks:

* ``anonymous_source``: an unnamed person ("a senior official said", "sources close to the
  couple", "Kim's longtime friend", "speaking on condition of anonymity", "several US defense
  official told CNN": a plural quantifier before a role noun whose "-s" was dropped), and a definite
  description that can only refer back to one ("claims the friend", "said the staffer" after "a
  Kardashian friend claims", "a staffer familiar with the briefings": ``anaphora.py``);
* ``vague_source``: an unnamed group ("experts say", "critics slammed", "many Americans
  hoped", "the business lobby warning", "police and witnesses say", "party leaders are
  admitting that", "officials agree [that]", "Most Americans seem to have agreed", "a claim fact
  checkers have debunked"), a "they added" that can only refer back to one (``pronouns.py``), and
  the writer speaking for how many or most of a crowd feel ("Many are not surprised by the
  regulation", "has baffled many": ``crowd_states.py``);
* ``agentless_attribution``: no source at all ("reportedly", "allegedly", "there have been
  allegations of", "concerns have grown that", "it has emerged that", "it comes to light that", "the
  ENQUIRER has learned" with no source in the sentence or the next, "there is evidence": ``talk.py``);
* ``passive_attribution``: an agentless passive of a reporting, belief or judging verb ("it is
  believed", "is said to", "has been criticized as", "has been accused of", "was also noted",
  "..., it has been claimed.", "was heavily criticized for", "Palmer, widely regarded as ...":
  ``passives.py``);
* ``unidentified_report``: a report, study, poll or estimate nobody owns ("according to a new
  report", "polls found", "studies show", "according to some estimates", "one poll found", "by
  one estimate", "according to exit polls", "with a new report claiming");
* ``rumour``: talk presented as fact ("rumors have circulated", "rumour has it", "the word here is
  that", "rumors have made the rounds", "there has been a lot of speculation": ``talk.py``);
* ``common_knowledge``: an appeal to what everyone knows ("it's no secret that", "everyone
  knows that", "it is well known that", "there is a consensus among economists that", "by all
  accounts", the writer's "We know there are ...");
* ``hedge_in_own_voice``: the reporter's hedge standing in for a source ("apparently", "we
  understand that", "I'm told"); "it seems that" and "supposedly" are hedge cues (features), not
  findings: readers query them too rarely (``voice.py``, ``patterns.HEDGE_ADVERBS``).

A headline (and its deck) that the text opens with gets no finding: it summarises a story whose
body gives the sources ("Atlantic City officials welcome ...", then the mayor quoted).

* ``unclear_attribution``: a source or hedge phrase no rule flags that the learned detector
  (``learned.py``, a weight table in ``models/``) judges an editor would query. The detector
  shipped today is silent: on the 672 tuning articles, cross-validated, no threshold reaches
  precision 0.85 (see its card), so the signal does not even make candidates. A detector that
  reports adds the rates ``learned_per_1k`` and ``learned_mass_per_1k`` to the features.

Named, checkable attributions ("said Denise Okafor", "the company said in a statement", "NYPD
officials said") are counted for contrast. No finding stands inside quotation marks, for a
hypothetical, for a group that is the topic, or where a named source is given for the same
claim (``scope/``). Hedge cues that are not sourcing ("probably", "might have", "one of the
most") are counted in the features (``hedge_cues``, ``hedge_cues_per_1k``), never flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from scorer import (
    Register,
    SignalResult,
    block_quote_ranges,
    headline_copy_end,
    hookimpl,
    inside_ranges,
    load_detector,
    teaser_ranges,
)

from .analyse import analyse
from .attribution import HEDGED_KINDS
from .candidates import forget_ids
from .cues import find_hedge_cues
from .detect import Detection, detect
from .learned import NAME as LEARNED_NAME
from .learned import judge, learned_features
from .quotes import find_quotes, forget_quotes
from .report import features, finding_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from scorer import Article

    from .attribution import Attribution

__all__ = ["HedgedSourcing", "register_signals"]

#: ``doc.user_data`` key of the parse-only detection ``entity_sentences`` leaves for ``compute``.
DETECTION_KEY = "hedged_sourcing.attributions"


class HedgedSourcing:
    """Signal: how much of an article's sourcing cannot be checked."""

    name = "hedged_sourcing"
    version = "0.33.61"
    languages = ("en",)
    # entities are read per sentence through token._.entity (scorer.entities), not a full NER pass
    requires = ("tagger", "attribute_ruler", "lemmatizer", "parser")
    # more of these only ever makes an article more suspect: the combiner keeps their weights >= 0
    warning_features = (
        "anonymous",
        "vague",
        "agentless",
        "hedged_share",
        "hedge_cues_per_1k",
        "anonymous_share",
        "vague_share",
        "unsourced_share",
        "hedged_per_sentence",
        "unsourced_per_sentence",
        "own_voice_per_sentence",
        "learned_per_1k",
        "learned_mass_per_1k",
    )

    def entity_sentences(self, article: Article, doc: Doc) -> Iterable[Span]:
        """The sentences whose entity labels ``compute`` will read, found from the parse alone
        (the host runs NER over them for a whole batch at once). Optional: ``compute`` works
        the same without it; the detection is kept on the Doc so ``compute`` does not redo it."""
        find_quotes(doc, article.text, block_quote_ranges(article))
        detection = detect(doc)
        doc.user_data[DETECTION_KEY] = detection
        return detection.entity_sentences(doc)

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Findings for each hedged attribution (one of the checks above), plus sourcing features
        (hedge cues such as "probably" count in the features, never as findings)."""
        find_quotes(doc, article.text, block_quote_ranges(article))
        detection = doc.user_data.pop(DETECTION_KEY, None)
        if not isinstance(detection, Detection):
            detection = detect(doc)
        analysis = analyse(doc, detection)
        attributions = analysis.attributions
        findings = [finding_for(a, doc, attributions) for a in attributions if a.kind in HEDGED_KINDS]
        detector = load_detector(LEARNED_NAME)
        # a silent detector (no threshold reached the target precision) costs nothing: no candidates
        judged = judge(doc, analysis, detector) if detector is not None and not detector.silent else None
        if judged is not None and judged.findings:
            findings = sorted(findings + [f for _, f in judged.findings], key=lambda f: f.start)
        headline = headline_copy_end(article.text, article.title)
        if headline:
            # a headline (and its deck) copied into the text summarises the story the body sources:
            # "Atlantic City officials welcome ...", then the mayor and the council president quoted
            findings = [f for f in findings if f.start >= headline]
        teasers = teaser_ranges(article.text)
        if teasers:
            # other stories' headlines in a sidebar or a "Related:" list: sourced, or not, in those stories,
            # so this article's features leave them out as its findings do
            findings = [f for f in findings if not inside_ranges(teasers, f.start, f.end)]
            attributions = [a for a in attributions if not _inside(teasers, doc, a)]
        cues = find_hedge_cues(doc)
        forget_quotes(doc)
        forget_ids(doc)
        result = features(attributions, doc, cues)
        if judged is not None:
            result.update(learned_features(judged, doc))
        return SignalResult(features=result, findings=findings)


def _inside(ranges: tuple[tuple[int, int], ...], doc: Doc, attr: Attribution) -> bool:
    """The attribution's words lie inside one of ``ranges`` (character offsets)."""
    last = doc[attr.last]
    return inside_ranges(ranges, doc[attr.first].idx, last.idx + len(last))


@hookimpl
def register_signals(register: Register) -> None:
    """Register the signal with the host."""
    register(HedgedSourcing())
