"""What a signal is, as the host sees it: the protocol plugins implement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from scorer.contract import Article, SignalResult


@runtime_checkable
class Signal(Protocol):
    """A signal plugin object.

    Required: ``name`` (unique, a Python identifier; it prefixes the signal's feature names and
    tags its findings), ``version`` (a string) and ``compute``.

    Optional attributes the host reads when present:

    - ``languages``: ISO 639-1 codes the signal supports (default ``("en",)``).
    - ``requires``: spaCy components the signal reads, e.g. ``("parser", "ner")``. The default,
      None, means "the whole pipeline".
    - ``timeout``: seconds this signal may take per article, overriding the host's budget.
    - ``warning_features``: names of features where more means more suspicious (a count of
      contradictions, anonymous sources ...). The combiner never gives them a negative weight, so
      a warning sign cannot lower a score.
    - ``entity_sentences(article, doc)``: for a signal that reads entity labels through
      ``token._.entity`` (and so leaves ``"ner"`` out of ``requires``), the spans whose labels
      ``compute`` will read. The host calls it before ``compute`` on every Doc of a parse batch and
      runs NER once over all the spans named, about half the cost per sentence of reading on demand.
      It is a hint: reads elsewhere still work, and a failing hint is reported and ignored.
    """

    name: str
    version: str

    def compute(self, article: Article, doc: Doc) -> SignalResult:
        """Return the signal's features and findings for one article.

        :param article: the article being scored; ``article.text`` is the text every offset refers to.
        :param doc: the one spaCy Doc of ``article.text`` every signal shares. Read it; do not change it,
            and do not parse the text again.
        """
        ...
