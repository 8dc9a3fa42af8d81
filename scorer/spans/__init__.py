"""Learned span detectors: a signal proposes candidate spans from the parse, a small model decides.

A signal's rules are precise on the phrasings they were written for and silent on the rest. A span
detector generalises from what careful readers marked in real articles: the signal turns its parse into
*candidates* (a span with a dictionary of features: words, lemmas, dependency relations, what the
signal already knows about the sentence), and a logistic regression trained on marked articles says
which candidates an editor would query.

- :mod:`scorer.spans.candidate`: ``Candidate`` and ``SpanTask``, what a signal provides;
- :mod:`scorer.spans.detector`: the trained detector as a weight table, scored without scikit-learn;
- :mod:`scorer.spans.marks`: the marked articles, from an editor-gold folder or an offsets file;
- :mod:`scorer.spans.train`: fitting, cross-validated threshold, the skops archive and its compiled form;
- :mod:`scorer.spans.command`: ``misinfo-scorer train-spans``.
"""

from scorer.spans.candidate import Candidate, SpanTask
from scorer.spans.detector import SpanDetector, load_detector

__all__ = ["Candidate", "SpanDetector", "SpanTask", "load_detector"]
