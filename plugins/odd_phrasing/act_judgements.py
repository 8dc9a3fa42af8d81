"""Judgements aimed at what someone did or said: an adjective of contempt on an act or a speech noun.

"a shameful refusal to admit his own mistakes", "scandalous pandering to the Russian dictator", "a
rambling, nonsensical speech": the writer passes a verdict on an act instead of reporting it. The
same adjectives said of an event or a thing are often plain ("a nasty primary season", "a ridiculous
price"), and ``strong_words._owned_judgement`` already takes them when a possessive or "this" owns the
noun ("his ignorant comments"). Here the noun itself names an act, a decision or something said
(``ACT_NOUNS``), so any determiner will do.

The loaded-language readers decide the voice (quotation marks, reported speech) as for every other
loaded word (``strong_words.strong_word_findings``). No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# fmt: off
#: Adjectives that judge conduct or speech as contemptible or senseless. Left out after a read of every
#: use in the credible articles of ../shared/data and PolNeAR's mainstream publishers: words with a plain
#: sense for an act ("outrageous behavior" that reality TV rewards, "a juicy, scandalous answer", "such
#: irresponsible behavior" in a politician's speech, "what shady behavior might lurk", "insane", "petty").
ACT_JUDGEMENTS = frozenset({
    "shameful", "disgraceful", "despicable", "contemptible", "disgusting", "appalling", "deplorable",
    "reprehensible", "inexcusable", "unconscionable", "vile", "sickening", "heinous", "treasonous",
    "traitorous", "cowardly", "spineless", "hypocritical", "dishonest", "disingenuous", "idiotic", "moronic",
    "stupid", "dumb", "asinine", "ludicrous", "preposterous", "absurd", "ridiculous", "laughable",
    "nonsensical", "mindless", "childish", "infantile", "pathetic", "pitiful", "ignorant", "arrogant",
    "selfish", "hateful", "delusional", "unhinged", "deranged", "lousy", "crappy", "sleazy", "sinister",
    "nefarious", "vindictive",
    # 0.13.x: "This incoherent tweet", "the incoherent rambles": in credible articles only a predicate
    # ("a policy response that was vacuous and incoherent"), never on an act noun
    "incoherent",
})
#: Nouns that name an act, a decision or something said: what a judgement of conduct is about.
ACT_NOUNS = frozenset({
    "decision", "decisions", "move", "moves", "refusal", "behavior", "behaviour", "conduct", "response",
    "reaction", "comment", "comments", "remark", "remarks", "statement", "statements", "speech", "speeches",
    "claim", "claims", "lie", "lies", "tweet", "tweets", "rhetoric", "pandering", "appeasement", "attempt",
    "attempts", "stunt", "stunts", "excuse", "excuses", "argument", "arguments", "answer", "answers",
    "actions", "antics", "ploy", "display", "attack", "attacks", "rant", "rants", "lecture", "tactic",
    "tactics", "handling", "choice", "bravado", "propaganda", "accusation", "accusations", "assertion",
    "assertions", "suggestion", "insinuation", "performance", "cover-up", "coverup", "betrayal", "pander",
    "rambles", "ramblings", "outburst", "outbursts", "tirade", "tirades", "narrative", "narratives",
})
# fmt: on


def judges_an_act(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` is an ``ACT_JUDGEMENTS`` adjective before an ``ACT_NOUNS`` noun it
    modifies ("a shameful refusal", "scandalous pandering"), not denied or graded down ("a less
    ridiculous claim", "not a stupid move"), and with no complement of its own ("ridiculous to him")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.lower_ not in ACT_JUDGEMENTS or tok.pos_ != "ADJ" or tok.dep_ != "amod":
        return False
    head = tok.head
    if head.i < tok.i or head.pos_ != "NOUN":
        return False
    # "show" names an act only as a display of something: "a disgusting show of transphobia", not a TV show
    shown = head.lower_ == "show" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if head.lower_ not in ACT_NOUNS and not shown:
        return False
    if any(c.dep_ in ("neg", "prep", "xcomp") or c.lower_ in ("less", "least", "not", "never") for c in tok.children):
        return False
    return not any(c.dep_ == "neg" or c.lower_ in ("no", "not", "never") for c in head.children)
