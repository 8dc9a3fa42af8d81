"""Apostrophes a possessive or a plural gets wrong: "it's" for "its" ("in it's final stages", "it's own"), a
possessive without its apostrophe ("the peoples data", "the victims families", "had Steins car towed"), and
an apostrophe in a plural ("people who cross the Clinton's wind up dead").

A surname + "s" is left alone in a text whose apostrophes were stripped on collection ("dont", "Trumps":
``encoding.apostrophes_stripped``): there the missing marks are the copy's, not the writer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from scorer import Finding
from scorer import word_zipf as zipf

from .doccache import all_tokens, doc_text, tokens_where, tokens_with_dep
from .encoding import apostrophes_stripped

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_IRREGULAR_PLURALS = {"peoples": "people's", "childrens": "children's", "mens": "men's", "womens": "women's"}


#: Prepositions after which "it's" cannot be "it is" ("in it's final stages", "all of it's cars"); not
#: "for", "like", "as", "to" (conjunctions too, or "due to it's being"), not "about" ("what it's about").
_PREPOSITIONS = frozenset(
    {"in", "of", "on", "at", "with", "from", "by", "into", "under", "through", "during", "within", "onto", "upon"}
)


#: Words of a share before "of it" ("a lot of it", "most of it", "none of it").
_PARTITIVES = frozenset(
    {"lot", "lots", "some", "all", "most", "much", "none", "part", "half", "any", "each", "rest", "bit", "little"}
)


def _ends_a_predicate(doc: Doc, tok: Token) -> bool:
    """After "it's", one singular noun and then punctuation: "a lot of it’s depreciation, which ..."."""
    after = tok.i + 2
    return (
        after + 1 < len(doc) and doc[after].tag_ == "NN" and (doc[after + 1].is_punct or doc[after + 1].is_space)
    )


def _its_after_preposition(doc: Doc, tok: Token) -> bool:
    """ "in it's final stages": a preposition, then "it's", then a lower-case adjective or noun of the
    same line (the possessive "its" was meant; "it is" cannot follow a preposition)."""
    if tok.i < 1 or tok.i + 2 >= len(doc):
        return False
    prev, after = doc[tok.i - 1], doc[tok.i + 2]
    if prev.lower_ not in _PREPOSITIONS or not prev.text.islower() or prev.pos_ != "ADP":
        return False
    if prev.lower_ == "of" and tok.i >= 2 and doc[tok.i - 2].lower_ in _PARTITIVES and _ends_a_predicate(doc, tok):
        return False  # "a lot of it’s depreciation": "a lot of it is", a share of a thing, then what it is (not
        # "some of it's best engineers", a share of its engineers)
    if not (after.is_alpha and after.text.islower() and after.pos_ in ("NOUN", "ADJ")):
        return False
    if after.pos_ == "ADJ" and (tok.i + 3 >= len(doc) or not doc[tok.i + 3].is_alpha):
        return False  # an adjective with no noun after it is a predicate: "None of it's easy."
    return "\n" not in doc_text(doc)[prev.idx : after.idx]


#: Verbs that take a noun object, not a clause: after them "it's" + a noun is the possessive ("make
#: it's cars", "using it's systems"); verbs that take a clause ("think it's", "say it's") are not here.
_OBJECT_VERBS = frozenset(
    {
        "use", "make", "build", "sell", "buy", "improve", "expand", "lose", "keep", "close", "change", "update",
        "launch", "open", "move", "share", "protect", "cut", "raise", "lower", "reduce", "increase", "boost",
        "double", "bring", "put", "give", "send", "develop", "test", "release", "hire", "fire", "pay", "spend",
        "invest", "ship", "produce", "manufacture", "recall", "replace", "upgrade", "shut", "lift", "end", "do",
    }
)  # fmt: skip


def _its_after_object_verb(doc: Doc, tok: Token) -> bool:
    """ "make it's cars", "using it's systems": a verb that takes a noun object, "it's", then a lower-case
    noun (after up to one adjective) that no relative word follows ("make it's cars that ..." could be a
    cleft)."""
    if tok.i < 1 or tok.i + 2 >= len(doc) or not tok.text.islower():
        return False
    verb = doc[tok.i - 1]
    if verb.lemma_ not in _OBJECT_VERBS or not verb.tag_.startswith("VB") or not verb.text.islower():
        return False
    i = tok.i + 2
    if doc[i].pos_ == "ADJ" and i + 1 < len(doc):
        i += 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or not (noun.is_alpha and noun.text.islower()):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.lower_ in ("who", "that", "which") or after.pos_ == "NOUN"):
        return False
    return "\n" not in doc_text(doc)[verb.idx : noun.idx]


def _its_in_coordination(doc: Doc, tok: Token) -> bool:
    """ "your country and it's heroes.", "the Twilight film and it's sequels in 2012": a noun, "and" or "or",
    "it's", up to one adjective and a lower-case plural noun that ends the phrase (punctuation or a
    preposition after it). Joined to a noun, "it is" + a bare plural cannot be meant; a sentence's own
    "And it's politicians like her that ..." (a cleft) has no noun before the "and"."""
    if tok.i < 2 or tok.i + 2 >= len(doc) or not tok.text.islower():
        return False
    conjunction = doc[tok.i - 1]
    if conjunction.lower_ not in ("and", "or") or not conjunction.text.islower():
        return False
    before = doc[tok.i - 2]
    if before.is_quote and tok.i >= 3:
        before = doc[tok.i - 3]  # 'the "Twilight" and it's sequels'
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    i = tok.i + 2
    if doc[i].pos_ == "ADJ" and doc[i].text.islower() and i + 1 < len(doc):
        i += 1
    noun = doc[i]
    if noun.tag_ != "NNS" or not (noun.is_alpha and noun.text.islower()):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (not (after.is_punct or after.pos_ == "ADP") or after.is_quote or after.lower_ == "like"):
        return False  # "I miss summer and it's days like these that ...": a cleft
    return "\n" not in doc_text(doc)[before.idx : noun.idx]


def _its_before_verb(doc: Doc, tok: Token) -> Token | None:
    """ "that it's core mission is": "it's", up to two lower-case adjectives or nouns and a noun, then a finite
    verb. "It is" cannot be followed by a noun phrase and another finite verb, so the possessive "its"
    was meant. Returns the noun."""
    i = tok.i + 2
    while i + 1 < len(doc) and i < tok.i + 4 and doc[i + 1].pos_ in ("NOUN", "ADJ") and doc[i].text.islower():
        if doc[i].pos_ not in ("ADJ", "NOUN"):
            return None
        i += 1
    if i + 1 >= len(doc):
        return None
    noun, verb = doc[i], doc[i + 1]
    if noun.pos_ != "NOUN" or not (noun.is_alpha and noun.text.islower()) or noun.lower_ == "time":
        return None  # "it's time he went"
    lemmas = getAllLemmas(noun.lower_)
    if set(lemmas) != {"NOUN"} and not (set(lemmas) == {"NOUN", "VERB"} and noun.lower_ in lemmas["VERB"]):
        # "the idea that it's manmade is a hoax": a word that may be an adjective, or unknown. A noun that
        # is also a verb's base form stays ("It's name is"): neither "it is" nor "it has" takes a bare verb.
        return None
    if verb.tag_ not in ("VBZ", "VBP", "VBD", "MD") or not (verb.is_alpha and verb.text.islower()):
        return None
    if "NOUN" in getAllLemmas(verb.lower_) and verb.lower_ not in ("is", "are", "was", "were", "has", "have"):
        return None  # "it's government spending": a noun the tagger read as a verb
    return noun if "\n" not in doc_text(doc)[tok.idx : verb.idx] else None


def find_missing_apostrophes(doc: Doc) -> list[Finding]:
    """Return findings for "peoples/childrens/mens/womens + noun" (a possessive without its
    apostrophe), a surname + "s" before a noun ("Steins car"), and "it's own", "in it's final stages",
    "your country and it's heroes" or "it's core mission is" (a contraction where the possessive "its"
    belongs)."""
    findings: list[Finding] = []
    for tok in all_tokens(doc)[:-1]:
        nxt = doc[tok.i + 1]
        low = tok.lower_
        if low in _IRREGULAR_PLURALS and tok.text.islower() and nxt.pos_ == "NOUN" and nxt.text.islower():
            findings.append(
                Finding(
                    start=tok.idx,
                    end=nxt.idx + len(nxt),
                    message=f"'{tok.text} {nxt.text}': the possessive is '{_IRREGULAR_PLURALS[low]}'",
                    severity=0.5,
                )
            )
        elif low == "it" and nxt.lower_ in ("'s", "’s") and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "own":
            own = doc[tok.i + 2]
            findings.append(
                Finding(
                    start=tok.idx,
                    end=own.idx + len(own),
                    message=f"'{doc_text(doc)[tok.idx : own.idx + len(own)]}': the possessive is 'its own'",
                    severity=0.5,
                )
            )
        elif (
            low == "it"
            and nxt.lower_ in ("'s", "’s")
            and (
                _its_after_preposition(doc, tok)
                or _its_after_object_verb(doc, tok)
                or _its_in_coordination(doc, tok)
                or _its_before_verb(doc, tok) is not None
            )
        ):
            after = doc[tok.i + 2]
            span = doc_text(doc)[tok.idx : after.idx + len(after)]
            findings.append(
                Finding(
                    start=tok.idx,
                    end=after.idx + len(after),
                    message=f"'{span}': the possessive 'its' is meant here, not 'it is'",
                    severity=0.5,
                )
            )
    findings.extend(_surname_possessives(doc))
    findings.extend(_plural_possessives(doc))
    return findings


#: People in the plural and what belongs to them: "the victims families" is "the victims' families"
#: (a descriptive plural such as "farmers market" or "teachers college" stands before other nouns).
_PEOPLE = frozenset(
    {
        "victims", "officers", "soldiers", "workers", "parents", "students", "teachers", "players", "veterans",
        "voters", "members", "residents", "employees", "patients", "immigrants", "troops", "fans", "citizens",
        "customers", "survivors", "refugees", "passengers", "prisoners", "inmates", "migrants", "firefighters",
        "candidates", "witnesses", "doctors", "readers", "viewers", "users", "lawmakers", "supporters",
        "protesters", "taxpayers", "consumers",
    }
)  # fmt: skip


#: What belongs to a person and is not an object given to one ("gave voters money" is two objects):
#: after a verb, only these make a possessive ("to change voters minds", "risking workers lives").
_OWN_TO_A_PERSON = frozenset(
    {"families", "family", "relatives", "lives", "homes", "deaths", "bodies", "names", "minds", "hearts", "health",
     "safety", "privacy", "concerns", "descriptions"}
)  # fmt: skip


#: What may be theirs or may be given to them ("the taxpayers money", "gave the workers money"): a possessive
#: only after a preposition, or a determiner no verb of giving stands before.
_BELONGINGS = _OWN_TO_A_PERSON | {"loved", "rights", "right", "money"}


#: Verbs that take a person and a thing as two objects ("provide workers health care", "give kids safety").
_TWO_OBJECT_VERBS = frozenset(
    {"give", "offer", "pay", "send", "show", "owe", "lend", "cost", "hand", "bring", "promise", "deny", "grant",
     "award", "teach", "tell", "buy", "get", "find", "earn", "win", "leave", "allow", "provide", "guarantee", "ensure"}
)  # fmt: skip


def _plural_possessives(doc: Doc) -> list[Finding]:
    """ "to give solace to the victims families": people in the plural before their relatives, lives,
    homes or minds, after a determiner or a preposition, without the possessive apostrophe; after a verb
    too ("to change voters minds") when the noun is nothing one gives a person ("gave voters money") and
    the verb takes no two objects ("provide workers health care")."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _PEOPLE, start=1, stop_before_end=1):
        i = tok.i
        nxt = doc[i + 1]
        if (
            tok.lower_ not in _PEOPLE
            or nxt.lower_ not in _BELONGINGS
            or not (tok.text.islower() and nxt.text.islower())
        ):
            continue
        if nxt.lower_ == "loved" and (i + 2 >= len(doc) or doc[i + 2].lower_ not in ("one", "ones")):
            continue
        if nxt.pos_ != "NOUN" and nxt.lower_ != "loved":
            continue  # "the workers lives there": a verb
        if i + 2 < len(doc) and nxt.dep_ == "compound" and doc[i + 2].pos_ == "NOUN":
            continue  # "offer their workers health care": the noun opens a compound, the people are an object
        prev = doc[i - 1]
        if prev.pos_ == "VERB" and prev.text.islower():
            if nxt.lower_ in _OWN_TO_A_PERSON and prev.lemma_.lower() not in _TWO_OBJECT_VERBS:
                findings.append(_possessive_finding(tok, nxt))
            continue
        if (
            nxt.lower_ not in _OWN_TO_A_PERSON
            and i > 1
            and doc[i - 2].pos_ == "VERB"
            and doc[i - 2].lemma_.lower() in _TWO_OBJECT_VERBS
        ):
            continue  # "gave the workers money": two objects
        if doc[i - 1].lower_ not in (
            "the",
            "off",
            "of",
            "and",
            "to",
            "for",
            "with",
            "from",
            "into",
            "about",
            "over",
            "on",
            "against",
            "their",
            "our",
            "whose",
            "these",
            "those",
            "whose",
        ):
            continue  # the possessive stands after a determiner or a preposition
        findings.append(_possessive_finding(tok, nxt))
    return findings


def _possessive_finding(people: Token, noun: Token) -> Finding:
    return Finding(
        start=people.idx,
        end=noun.idx + len(noun),
        message=f"'{people.text} {noun.text}': the possessive is '{people.text}\u2019 {noun.text}'",
        severity=0.5,
    )


#: A surname that is also a word at least this common (zipf) is read as that word in a name ("Trump
#: Hotels", "United States"), not as a person's ("Stein" 3.7, "Hirst" 2.8; "hotel" 5.0, "state" 5.8).
COMMON_WORD_ZIPF = 4.0


def _previous_word(doc: Doc, i: int) -> Token:
    """The token before ``i``, skipping quotation marks around a nickname ("Jill 'Franken' Stein")."""
    j = i - 1
    while j > 0 and doc[j].text in ("'", "’", "‘", '"', "“", "”"):
        j -= 1
    return doc[j]


def _surname_possessives(doc: Doc) -> list[Finding]:
    """ "had Steins car towed": a capitalised word that is a surname of the article plus "s", before a
    lower-case noun phrase, where the apostrophe of the possessive ("Stein's car") was left out. The
    surname must stand elsewhere as the last word of a name ("Jill Stein knows") and never as a first
    name. Not after "the" (a family or a title: "Keeping Up With the Kardashians star"), and not in a text
    whose apostrophes were stripped on collection (``encoding.apostrophes_stripped``)."""
    findings: list[Finding] = []
    text = doc_text(doc)
    surnames: set[str] = set()
    first_names: set[str] = set()
    for tok in all_tokens(doc):
        if tok.pos_ == "PROPN" and tok.is_alpha and tok.text.istitle():
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                first_names.add(tok.text)
            elif tok.i > 0 and not tok.is_sent_start:
                prev = _previous_word(doc, tok.i)
                if prev.pos_ == "PROPN" or (prev.is_alpha and prev.text.istitle() and not prev.is_sent_start):
                    surnames.add(tok.text)
    if not surnames or apostrophes_stripped(text):
        return findings
    for tok in all_tokens(doc)[:-1]:
        word = tok.text
        stem = word[:-1]
        if not (word.endswith("s") and stem in surnames) or stem in first_names or len(stem) < 3:
            continue
        if getAllLemmas(stem.lower()) and zipf(stem.lower()) >= COMMON_WORD_ZIPF:
            continue  # a common word in a name ("Trump Hotels portfolio", "United States president")
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            continue  # a family in the plural, or a title: "The Keeping Up With the Kardashians star"
        nxt = doc[tok.i + 1]
        noun = nxt
        while noun.pos_ == "ADJ" and noun.i + 1 < len(doc) and noun.i < tok.i + 3:
            noun = doc[noun.i + 1]
        if noun.pos_ != "NOUN" or not (nxt.is_alpha and nxt.text.islower() and noun.text.islower()):
            continue
        if text[tok.idx + len(tok) : nxt.idx] != " ":
            continue
        findings.append(
            Finding(
                start=tok.idx,
                end=noun.idx + len(noun),
                message=f"'{text[tok.idx : noun.idx + len(noun)]}': the possessive is '{stem}'s'",
                severity=0.5,
            )
        )
    return findings


#: Shops and firms named in the possessive ("the McDonald's opened"): a plural verb may follow them.
_POSSESSIVE_NAMES = frozenset(
    {"mcdonald", "macy", "wendy", "denny", "sotheby", "christie", "applebee", "domino", "lloyd", "moody", "kellogg"}
)


def _takes_verb_reading(nxt: Token) -> bool:
    """Whether the word after a noun-or-verb form makes it the verb: a particle ("wind up"), an article
    or an object pronoun ("leave the White House", "told them")."""
    return nxt.tag_ == "RP" or nxt.lower_ in ("a", "an", "the", "him", "her", "them", "us", "me")


def find_plural_apostrophe(doc: Doc) -> list[Finding]:
    """ "people who cross the Clinton's wind up dead": "the" + a name + "'s" that is the subject of a
    plural verb, so the apostrophe was put in a plural ("the Clintons"). Only when a present plural or
    modal verb follows at once, or a base verb with a particle or an object after it ("wind up",
    "leave the"), so "the Smith's house is" (a possessive) stays silent. An "-ly" adverb may stand
    before the verb ("the Clinton's personally enrich themselves"), and "to" + a verb with no noun reading
    may follow ("a vehicle for the Clinton's to peddle influence"): a possessive takes neither."""
    findings: list[Finding] = []
    for pos in tokens_with_dep(doc, frozenset({"case"})):
        if pos.lower_ not in ("'s", "’s") or pos.i < 2 or pos.i + 1 >= len(doc):
            continue
        name, the, verb = doc[pos.i - 1], doc[pos.i - 2], doc[pos.i + 1]
        if the.lower_ != "the" or name.tag_ != "NNP" or not name.is_alpha or not name.text.istitle():
            continue
        adverb = verb.tag_ == "RB" and verb.lower_.endswith("ly") and verb.i + 1 < len(doc)
        if adverb:
            verb = doc[verb.i + 1]  # "the Clinton's personally enrich themselves"
        if name.lower_ in _POSSESSIVE_NAMES or not verb.is_alpha or not verb.text.islower() or verb.i + 1 >= len(doc):
            continue
        nxt = doc[verb.i + 1]
        finite = ("VB", "VBP", "MD") if adverb else ("VBP", "MD")  # after an adverb the parse tags it VB
        if verb.lower_ == "to" and nxt.tag_ == "VB" and nxt.dep_ != "pobj" and "NOUN" not in getAllLemmas(nxt.lower_):
            verb = nxt  # "allow the Clinton's to peddle influence": a possessive takes no "to" + verb
        elif not (
            (verb.tag_ in finite and "NOUN" not in getAllLemmas(verb.lower_))
            or (verb.lower_ in getAllLemmas(verb.lower_).get("VERB", ()) and _takes_verb_reading(nxt))
        ):
            continue  # "the Smith's house is": a possessive with its noun
        span = doc_text(doc)[the.idx : verb.idx + len(verb)]
        findings.append(
            Finding(
                start=the.idx,
                end=verb.idx + len(verb),
                message=f"'{span}': a plural takes no apostrophe ('the {name.text}s {verb.text}')",
                severity=0.5,
                check="plural_apostrophe",
            )
        )
    return findings
