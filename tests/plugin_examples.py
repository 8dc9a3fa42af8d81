"""Small signals for host tests: each one behaves in one particular (good or bad) way."""

from __future__ import annotations

import time
from typing import ClassVar

from scorer import Finding, SignalResult, hookimpl


class Shouting:
    name = "shouting"
    version = "0.1"

    def compute(self, article, doc):
        spans = [t for t in doc if t.is_upper and len(t) > 3]
        return SignalResult(
            features={"caps_words": len(spans)},
            findings=[Finding(start=t.idx, end=t.idx + len(t), message="word in capitals") for t in spans],
        )


class Crashing:
    name = "crashing"
    version = "0.1"

    def compute(self, article, doc):
        raise RuntimeError("boom")


class Sleepy:
    name = "sleepy"
    version = "0.1"
    timeout = 0.3

    def compute(self, article, doc):
        time.sleep(3)
        return SignalResult(features={"late": 1})


class BadOffsets:
    name = "bad_offsets"
    version = "0.1"

    def compute(self, article, doc):
        return SignalResult(
            features={"n": 2, "bad": float("nan")},
            findings=[
                Finding(start=0, end=4, message="ok"),
                Finding(start=0, end=len(article.text) + 10, message="past the end"),
                Finding(start=0, end=4, message="wrong text", text="nope"),
            ],
        )


class DocKeeper:
    """Remembers the Doc it was given, to check every signal gets the same one."""

    name = "doc_keeper"
    version = "0.1"
    docs: ClassVar[list] = []

    def compute(self, article, doc):
        DocKeeper.docs.append(doc)
        return SignalResult(features={"tokens": len(doc)})


class DocKeeper2(DocKeeper):
    name = "doc_keeper2"


class PersonReader:
    """Reads entity labels in the sentences that hold a capitalised word after the first,
    and says so up front through ``entity_sentences``."""

    name = "person_reader"
    version = "0.1"
    requires = ("parser",)

    @staticmethod
    def _wanted(doc):
        return [s for s in doc.sents if any(t.is_title for t in list(s)[1:])]

    def entity_sentences(self, article, doc):
        return self._wanted(doc)

    def compute(self, article, doc):
        people = [t for s in self._wanted(doc) for t in s if t._.entity == "PERSON"]
        return SignalResult(features={"person_tokens": len(people)})


class BadHint(PersonReader):
    name = "bad_hint"

    def entity_sentences(self, article, doc):
        raise ValueError("no idea")


class SlowHint(PersonReader):
    name = "slow_hint"
    timeout = 0.3

    def entity_sentences(self, article, doc):
        time.sleep(3)
        return []


class Plugin:
    """A plugin object registering several signals."""

    def __init__(self, *signals):
        self.signals = signals

    @hookimpl
    def register_signals(self, register):
        for s in self.signals:
            register(s)
