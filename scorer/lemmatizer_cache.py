"""A memoising stand-in for the pipeline's rule ``lemmatizer``, with the very same output.

spaCy's rule lemmatizer caches its answer per (form, POS, morphology), but only on its longest path:
a token it recognises as a base form ("report" as a singular noun, "say" as an infinitive), about
three tokens in four in news text, is worked out again every time, and reading a token's
morphology for that test is slow. On the longest path it tests each candidate form against the
table of known lemmas, which en_core_web_sm ships as lists (57,528 nouns): a scan per test. Over
120 news articles the lemmatizer cost 2.4 s, more than the parser (benchmarks/throughput.py).

The answer depends on nothing but the form, the coarse POS and the morphology, so this component
remembers every answer under that key, reads the keys of a whole Doc in one ``to_array`` and writes
the lemmas back in one ``from_array``; and it turns the lemma index into sets, which answer the same
membership tests at once (the index is used for nothing else). A
token whose lemma an earlier component set (the attribute ruler's) keeps it, as in spaCy.
``tests/test_lemmatizer_cache.py`` checks the lemmas against the original component on real text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

FACTORY = "misinfo_scorer_lemmatizer_cache"
_KEYS = [ORTH, POS, MORPH, LEMMA]


class CachedLemmatizer:
    """Runs a rule-mode ``Lemmatizer``'s own ``rule_lemmatize`` once per (form, POS, morphology)."""

    #: distinct keys kept before the memo starts afresh (a long archive run sees ever more forms)
    MEMO_LIMIT = 500_000

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self._original: Lemmatizer | None = None
        self._memo: dict[tuple[int, int, int], int] = {}

    def load_from(self, original: Lemmatizer) -> None:
        """Take over ``original`` (removed from the pipeline: its lemma index becomes sets); only
        rule mode is supported."""
        if original.mode != "rule":
            raise ValueError(f"only the rule lemmatizer is memoised, not mode {original.mode!r}")
        if original.lookups.has_table("lemma_index"):
            index = original.lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                index[pos] = frozenset(index[pos])
        self._original = original
        self._memo = {}

    def __call__(self, doc: Doc) -> Doc:
        original = self._original
        if original is None:
            raise RuntimeError("CachedLemmatizer has no lemmatizer: call load_from(lemmatizer) first")
        if len(doc) == 0:
            return doc
        memo = self._memo
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        overwrite = original.overwrite
        strings = self.vocab.strings
        rows = doc.to_array(_KEYS)
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(original.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))  # uint64, as to_array gave (the stub wants ints)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Lemmatise a stream of Docs (``batch_size`` is accepted for ``Language.pipe``)."""
        for doc in stream:
            yield self(doc)


@Language.factory(FACTORY)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """spaCy factory: an empty stand-in; ``use_cached_lemmatizer`` gives it the original."""
    return CachedLemmatizer(nlp, name)


def use_cached_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Swap ``nlp``'s rule lemmatizer for the memoising stand-in, under the same name. Returns False
    (and leaves the pipeline as it was) when there is no such component or it is not in rule mode."""
    if name not in nlp.pipe_names:
        return False
    original = nlp.get_pipe(name)
    if not isinstance(original, Lemmatizer) or original.mode != "rule":
        return False
    staged = f"{name}__cached"
    cached = nlp.add_pipe(FACTORY, name=staged, before=name)
    assert isinstance(cached, CachedLemmatizer)
    cached.load_from(original)
    nlp.remove_pipe(name)
    nlp.rename_pipe(staged, name)
    return True
