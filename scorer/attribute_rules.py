"""A faster stand-in for the pipeline's ``attribute_ruler``, with the very same rules and output.

en_core_web_sm's attribute ruler maps fine-grained tags to coarse POS and morphology and fixes a
few lemmas with 179 token patterns, run through spaCy's general ``Matcher``: about a quarter of the
cost of parsing without NER (1.1 s of 4.5 s over 120 news articles, benchmarks/throughput.py).
Nearly every pattern is one token with an exact TAG or LOWER, so the candidates for a token can be
looked up by its tag and its lowercase form instead of stepping every pattern through the matcher.
Matches are then applied by the original component's own ``set_annotations``, in the order it
uses (by rule), so later rules win exactly as they do in spaCy. ``tests/test_attribute_rules.py``
checks the annotations against the original component on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FACTORY = "misinfo_scorer_attribute_ruler"

_GETTERS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}

_Predicate = Callable[["Token"], bool]

#: What one-token rules read, and what the rules may set (as ``Doc.to_array`` columns).
_KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_SET_ATTRS = [POS, MORPH, LEMMA, TAG, DEP]
_SET_COLUMN = {attr: column for column, attr in enumerate(_SET_ATTRS)}


class UnsupportedPattern(ValueError):
    """A rule uses a matcher feature this stand-in does not implement (the original is kept)."""


def _predicate(attr: str, spec: Any) -> _Predicate:
    get = _GETTERS.get(attr)
    if get is None:
        raise UnsupportedPattern(f"attribute {attr!r}")
    if not isinstance(spec, dict):
        return lambda t: get(t) == spec
    if len(spec) != 1:
        raise UnsupportedPattern(f"predicate {spec!r}")
    [(op, value)] = spec.items()
    if op == "IN":
        values = frozenset(value)
        return lambda t: get(t) in values
    if op == "NOT_IN":
        values = frozenset(value)
        return lambda t: get(t) not in values
    if op == "REGEX":
        search = re.compile(value).search
        return lambda t: bool(search(get(t)))
    raise UnsupportedPattern(f"operator {op!r}")


def _index_keys(token_spec: dict[str, Any]) -> list[tuple[str, str] | None]:
    """Where a one-token rule is filed: under its exact tag(s) if it names them, else under its
    exact form(s), else under None (tried on every token)."""
    for attr in ("TAG", "LOWER"):
        spec = token_spec.get(attr)
        if isinstance(spec, str):
            return [(attr, spec)]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [(attr, value) for value in spec["IN"]]
    return [None]


class FastAttributeRuler:
    """The rules of an ``AttributeRuler``, applied through a memo of what each kind of token gets.

    One-token rules read only a token's tag, lowercase form, dependency label and whether it is
    space, so which of them match, and what they set, is worked out once per distinct combination
    and remembered. The handful of multi-token rules ("gon na", "ai n't") still go through a
    ``Matcher``, which is cheap with so few patterns. Rules apply in the original's order (by rule),
    later ones overwriting earlier ones attribute by attribute, as ``AttributeRuler`` does.
    """

    #: Distinct token kinds remembered before the memo starts afresh (bounds memory on odd input).
    MEMO_LIMIT = 200_000

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        #: one-token rules by index key: ("TAG", tag), ("LOWER", form), or None for the rest
        self._single: dict[tuple[str, str] | None, list[tuple[int, _Predicate]]] = {}
        self._attrs: list[dict[int, Any]] = []
        self._indices: list[int] = []
        self._multi: Matcher | None = None
        self._memo: dict[tuple[int, ...], dict[int, Any]] = {}

    def load_from(self, ruler: AttributeRuler) -> None:
        """Take over the rules of ``ruler`` (its patterns, attributes and target indices).

        :raises UnsupportedPattern: a pattern needs a matcher feature not implemented here.
        """
        single: dict[tuple[str, str] | None, list[tuple[int, _Predicate]]] = {}
        multi = Matcher(self.vocab)
        rules: list[dict[str, Any]] = list(ruler.patterns)  # spaCy types these loosely
        for rule_id, rule in enumerate(rules):
            for pattern in rule["patterns"]:
                if any("OP" in tok for tok in pattern):
                    raise UnsupportedPattern("quantifier 'OP'")
                if len(pattern) == 1 and rule["index"] in (0, -1):
                    preds = [_predicate(attr, spec) for attr, spec in pattern[0].items()]
                    entry = (rule_id, lambda t, ps=preds: all(p(t) for p in ps))
                    for key in _index_keys(pattern[0]):
                        single.setdefault(key, []).append(entry)
                else:
                    multi.add(str(rule_id), [pattern])
        self._single, self._multi = single, multi if len(multi) else None
        self._attrs = [dict(a) for a in ruler.attrs]
        self._indices = list(ruler.indices)
        self._memo = {}

    def _single_rules(self, token: Token) -> list[int]:
        """The one-token rules ``token`` matches, in rule order (only those indexed under its tag
        or form, or under no key, can)."""
        single = self._single
        candidates = single.get(("TAG", token.tag_), []) + single.get(("LOWER", token.lower_), [])
        candidates += single.get(None, [])
        return sorted(rule_id for rule_id, matches in candidates if matches(token))

    def _single_attrs(self, token: Token) -> dict[int, Any]:
        merged: dict[int, Any] = {}
        for rule_id in self._single_rules(token):
            merged.update(self._attrs[rule_id])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        if not self._attrs:
            raise RuntimeError("FastAttributeRuler has no rules: call load_from(ruler) first")
        memo = self._memo
        if len(memo) > self.MEMO_LIMIT:
            memo.clear()
        keys = doc.to_array(_KEY_ATTRS).tolist()
        per_token: list[dict[int, Any]] = []
        for i, key in enumerate(keys):
            k = tuple(key)
            found = memo.get(k)
            if found is None:
                found = memo[k] = self._single_attrs(doc[i])
            per_token.append(found)
        if self._multi is not None:
            self._apply_multi(doc, per_token)
        self._write(doc, per_token)
        return doc

    def _apply_multi(self, doc: Doc, per_token: list[dict[int, Any]]) -> None:
        """Merge multi-token rule matches into the affected tokens, in rule order."""
        hits: dict[int, list[int]] = {}
        for match_id, start, end in self._multi(doc, allow_missing=True):  # type: ignore[misc]
            rule_id = int(self.vocab.strings[match_id])
            target = range(start, end)[self._indices[rule_id]]
            hits.setdefault(target, []).append(rule_id)
        for i, rule_ids in hits.items():
            token = doc[i]
            merged: dict[int, Any] = {}
            for rule_id in sorted(self._single_rules(token) + rule_ids):
                merged.update(self._attrs[rule_id])
            per_token[i] = merged

    @staticmethod
    def _write(doc: Doc, per_token: list[dict[int, Any]]) -> None:
        columns = doc.to_array(_SET_ATTRS)
        changed = False
        for i, attrs in enumerate(per_token):
            for attr, value in attrs.items():
                columns[i, _SET_COLUMN[attr]] = value
                changed = True
        if changed:
            doc.from_array(_SET_ATTRS, cast(Any, columns))  # uint64 columns, as to_array gave (the stub wants ints)


@Language.factory(FACTORY)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """spaCy factory: an empty stand-in; ``use_fast_attribute_ruler`` fills it from the original."""
    return FastAttributeRuler(nlp, name)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap ``nlp``'s attribute ruler for the stand-in, under the same name. Returns False (and
    leaves the pipeline as it was) when there is no such component or a rule is not supported."""
    if name not in nlp.pipe_names:
        return False
    original = nlp.get_pipe(name)
    if not isinstance(original, AttributeRuler):
        return False
    staged = f"{name}__fast"
    fast = nlp.add_pipe(FACTORY, name=staged, before=name)
    assert isinstance(fast, FastAttributeRuler)
    try:
        fast.load_from(original)
    except (UnsupportedPattern, AttributeError, KeyError, TypeError):
        nlp.remove_pipe(staged)
        return False
    nlp.remove_pipe(name)
    nlp.rename_pipe(staged, name)
    return True
