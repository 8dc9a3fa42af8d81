"""Judgements aimed at people: an adjective of character said of a person in the article's own voice.

"the arrogant woman left the White House", "the bigoted billionaire": the writer passes a verdict on
someone's character instead of reporting what they did. The same adjectives said of a thing are often
plain ("a nasty primary season", "a cynical strategy"), so a word is a finding here only when the parse
ties it to a person the article points at: it modifies a name NER tags PERSON (or ORG, NORP: the people
of an organisation or a group, "the evil and corrupt National Democratic Party") or a person noun ("woman",
"advisers", "surrogates") that "the/this/that" or a possessive picks out, and it is not denied. Said of
a type ("a hypocritical politician") or as a predicate ("he was arrogant") it is left alone: read on
credible articles, those were mostly someone's argument or speech.

Only character judgements: words that say what someone is like morally or mentally, not what
happened to them. Left out: words with a medical or a sympathetic plain sense for a person ("insane",
"deranged", "unhinged" in crime reporting; "desperate" families and migrants), and words of looks.

The loaded-language readers decide the voice (quotation marks, reported speech) as for every other
loaded word (``strong_words.strong_word_findings``). No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# fmt: off
#: Adjectives that judge a person's character, mind or morals.
PERSON_JUDGEMENTS = frozenset({
    "arrogant", "cynical", "corrupt", "crooked", "dishonest", "deceitful", "treacherous", "spineless",
    "gutless", "cowardly", "sleazy", "smug", "pompous", "vindictive", "hypocritical", "clueless",
    "incompetent", "ignorant", "stupid", "idiotic", "moronic", "dumb", "childish", "infantile", "selfish",
    "greedy", "nasty", "vile", "evil", "wicked", "despicable", "disgusting", "disgraceful", "shameless",
    "pathetic", "delusional", "hateful", "contemptible", "loathsome", "repugnant", "sanctimonious",
    "self-righteous", "slimy", "shady", "lying", "two-faced", "power-hungry", "bigoted",
    # 0.13.x: judgements of mind or temper, none in an epithet of a mainstream credible article's own voice
    # (read outside quotes in 3,352 credible articles: "erratic" of a performance or a nature, "wacky"
    # individuals without a determiner, "rabid" only in partisan ones, "barbaric" of crimes and attacks,
    # "whiny" of a singer's voice):
    # "the erratic business mogul", "The barbaric Islamic State",
    # "these rabid partisans", "That wacky, deplorable ... Donald Trump"
    "erratic", "rabid", "wacky", "deplorable", "barbaric", "whiny",
})
#: Nouns for people, singly or as a group, that the parse does not tag as names.
PERSON_NOUNS = frozenset({
    "man", "men", "woman", "women", "guy", "guys", "person", "people", "politician", "politicians",
    "president", "candidate", "candidates", "nominee", "senator", "senators", "congressman", "congresswoman",
    "lawmakers", "leader", "leaders", "adviser", "advisers", "advisor", "advisors", "surrogates", "supporters",
    "liberals", "conservatives", "democrats", "republicans", "progressives", "leftists", "elites", "elite",
    "demagogue", "demagogues", "businessman", "billionaire", "bureaucrats", "bureaucrat", "establishment",
    "officials", "official", "mayor", "governor", "activist", "activists", "protesters", "rioters",
    "journalists", "reporters", "pundits", "hacks", "operatives", "cronies", "donors", "minister",
    "administration", "host", "anchor", "celebrity", "celebrities", "star", "actor", "actress", "rapper",
    "singer", "husband", "wife", "boyfriend", "girlfriend", "mother", "father", "son", "daughter",
    "mogul", "moguls", "tycoon", "tycoons", "opponent", "opponents", "rival", "rivals", "aide", "aides",
    "pundit", "journalist", "reporter", "commentator", "commentators", "lawmaker", "partisans", "players",
    "athletes",
})
# fmt: on
#: Determiners that make the noun phrase an epithet for someone already named.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


#: Names of people, groups and organisations: a verdict on their character is one on the people in them
#: ("the corrupt Clinton Foundation", "the barbaric Islamic State").
_NAMED = frozenset({"PERSON", "ORG", "NORP"})


def _is_person(tok: Token) -> bool:
    """A name NER tags PERSON, ORG or NORP, or a noun of ``PERSON_NOUNS`` (the head of an adjective:
    never a pronoun)."""
    if tok.pos_ == "PROPN":
        return tok._.entity in _NAMED
    return tok.pos_ == "NOUN" and tok.lower_ in PERSON_NOUNS


def _denied(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("less", "least", "not", "never") for c in tok.children)


def judges_a_person(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` is a ``PERSON_JUDGEMENTS`` adjective in an epithet for someone the
    article has named: it modifies a person noun or name that a definite determiner or a possessive
    points at ("the arrogant woman left the White House", "the bigoted billionaire", "this corrupt
    politician"), not denied, and with no complement of its own ("so cynical about our politics").

    Not said of a type ("make him look like a calculating, hypocritical politician", "is an evil bad
    guy") nor as a predicate ("Clinton suggested Sanders was being hypocritical", "arguments that he was
    arrogant"): read on credible articles, those were someone's argument or speech (4 of 5 wrong)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.lower_ not in PERSON_JUDGEMENTS or tok.pos_ != "ADJ" or _denied(tok):
        return False
    if any(c.dep_ in ("prep", "xcomp") for c in tok.children):
        return False  # a state towards something, not a character: "so cynical about our politics"
    head = tok.head
    if tok.dep_ != "amod" or head.i < tok.i or not _is_person(head):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in head.children)
