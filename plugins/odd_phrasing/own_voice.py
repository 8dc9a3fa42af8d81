"""Whose words a finding is about: the article's own, or someone else's (quoted, a transcript turn, an
embedded post), and the loaded-language rule findings that are the article's own.

Every check's findings pass :func:`own_words` before they are counted; :func:`loaded_cases` assembles
the loaded-language rules' findings in the article's own voice, one card where two overlap. Both the
signal and the learned loaded-word detector (``learned.py``) read them from here.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .destruction import destruction_findings
from .loaded import LoadedResult, find_loaded, loaded_findings
from .phrases import said_aloud
from .rhetoric import rhetoric_findings
from .sneers import sneer_findings
from .speech_pejoratives import speech_findings
from .strong_words import strong_word_findings
from .voice import Voices

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer import Finding

#: Checks about what the article's own editors set even inside a quotation: spelling and apostrophes in
#: a transcription, the quotation marks and spacing themselves, fixed phrases written wrong, a small word
#: dropped from a fixed phrase ("in favor powerful": speakers do not drop it, typists do). Every other
#: check (grammar, word choice, capitals, exclamations, loaded words) is about the words, and inside a
#: quotation or a transcript turn the words are the speaker's. Inside an embedded post nothing is the
#: article's: the poster typed it.
EDITORS_OWN = frozenset(
    {
        "misspelling",
        "missing_apostrophe",
        "plural_apostrophe",
        "missing_article",
        "wrong_way_quote",
        "quote_as_apostrophe",
        "run_together",
        "space_before_punctuation",
        "unbalanced_quote",
        "attribution_inside_quote",
        "misused_phrase",
        "missing_word",
        "missing_space",
        "doubled_punctuation",
        "mismatched_quotes",
        "abbreviation",
        "hyphen",
        "doubled_attribution",
    }
)


def own_words(finding: Finding, voice: Voices) -> bool:
    """Whether ``finding`` is about the article's own words: not inside an embedded post nor in words the
    article marks "[sic]", and for a check about wording (not ``EDITORS_OWN``) not inside a quotation or a
    transcript turn either."""
    if voice.posted(finding.start, finding.end) or voice.kept_as_written(finding.start, finding.end):
        return False  # a post's words are its poster's; words marked "[sic]" are kept as the source wrote them
    if finding.check == "missing_space" and voice.as_typed(finding.start, finding.end):
        return False  # a tweet quoted as its writer typed it: 'pics?I bailed you out twice;a 3rd time,maybe?'
    if finding.check in EDITORS_OWN and not (finding.check == "misused_phrase" and said_aloud(finding.text)):
        return True
    return not voice.quoted(finding.start, finding.end)


def _papers_opinion(finding: Finding, voice: Voices) -> bool:
    """A loaded-language finding is about the paper's own opinion: its own words (``own_words``) and not
    in a reader's signed letter (a letters page)."""
    return own_words(finding, voice) and not voice.signed_by_reader(finding.start, finding.end)


#: Loaded-language checks counted but not shown: a superlative in the article's own voice is as often
#: a fair ranking ("the most successful artists of all time", "the greatest heroes in comic book
#: history") as hype (hand-read, seed 2, 0.5.0 before this: 2 of 5 right).
LOADED_FEATURE_ONLY = frozenset({"sensational_superlative"})


def loaded_cases(doc: Doc, text: str, voice: Voices, loaded: LoadedResult | None = None) -> list[Finding]:
    """The loaded-language findings of the rules in the article's own voice (``own_words``): the clear
    cases of ``loaded`` (``find_loaded(doc)`` when not given) and the strong words, pejoratives for
    speech, figurative destruction, rhetoric and sneers, one card where two overlap."""
    if loaded is None:
        loaded = find_loaded(doc)
    clear_cases = [f for f in loaded_findings(loaded, text) if _papers_opinion(f, voice)]
    for extra in (
        strong_word_findings(doc, text),
        speech_findings(doc, text),
        destruction_findings(doc, text),
        rhetoric_findings(doc, text),
        sneer_findings(doc, text),
    ):
        for f in extra:
            if not _papers_opinion(f, voice):
                continue
            # a superlative kept as a feature only does not hide a finding it overlaps ("the Hildabeast
            # is… the most corrupt politician to ever run")
            hit = [
                i
                for i, c in enumerate(clear_cases)
                if f.start < c.end and c.start < f.end and c.check not in LOADED_FEATURE_ONLY
            ]
            if not hit:
                clear_cases.append(f)
                continue
            c = clear_cases[hit[0]]
            if len(hit) == 1 and c.check == "loaded_words" and f.start < c.start:
                # a judgement that starts before the sentence's run of loaded terms and runs into it
                # ("Hillary the Horrible ... the evil and corrupt National Democratic Party"): one card
                # for both, spanning both, so neither the epithet nor the run is lost
                clear_cases[hit[0]] = dataclasses.replace(
                    c, start=f.start, end=max(c.end, f.end), message=f"{f.message}; {c.message}"
                )
    return clear_cases
