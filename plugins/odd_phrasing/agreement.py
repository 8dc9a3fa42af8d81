"""Agreement slips the parser reads reliably: determiner–noun number ("this data centers"),
pronoun subject–verb ("they was", "he go"), a common noun or a name and its verb ("plans for the
pipelines is underway", "Trump look scary"), and an object pronoun as a subject ("if him and Taylor
had remained"). Apostrophes that possessives
and plurals get wrong are ``apostrophes.py``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding
from scorer import word_zipf as zipf

from .doccache import all_tokens, doc_text, sentence_of, tokens_where, tokens_with_dep
from .inflection import is_count_noun, noun_plurals
from .quantity_of import QUANTITY_NOUNS
from .word_list import dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SINGULAR_DETS = {"this": "these", "that": "those", "each": None, "every": None}
_PLURAL_DETS = {"these": "this", "those": "that", "several": None, "many": None, "both": None, "various": None,
                "numerous": None, "multiple": None, "few": None}
# Words that read as a singular or a plural, or where the colloquial form is standard ("these kind of").
EITHER_NUMBER = frozenset(
    {
        "kind",
        "sort",
        "type",
        "staff",
        "police",
        "people",
        "crew",
        "personnel",
        "media",
        "data",
        "series",
        "species",
        "means",
        "news",
        "headquarters",
        "aircraft",
        "sheep",
        "deer",
        "fish",
        "offspring",
        "cattle",
    }
)
# "every few seconds", "every other week", "each last one": the number is carried by these.
_QUANTITY_WORDS = frozenset({"few", "other", "couple", "last", "next", "past", "several", "many", "dozen"})
_THIRD_SINGULAR = frozenset({"he", "she", "it"})
_NOT_THIRD_SINGULAR = frozenset({"i", "you", "we", "they"})
# "demanded that he resign": the mandative subjunctive takes the base form.
_MANDATIVE = frozenset(
    {
        "demand",
        "insist",
        "require",
        "suggest",
        "recommend",
        "ask",
        "propose",
        "urge",
        "order",
        "request",
        "command",
        "move",
        "advise",
        "prefer",
        "stipulate",
        "mandate",
        "essential",
        "important",
        "vital",
    }
)
#: Nouns in -s that take a singular verb ("the odds are" aside): their lemma may be read without the -s.
_SINGULAR_IN_S = frozenset({"news", "means", "series", "species", "whereabouts", "headquarters", "measles", "mumps"})
#: Singular in form, plural in meaning: "the elite are", "the youth were", "the clergy have".
_PLURAL_MEANING = frozenset(
    {"elite", "youth", "clergy", "electorate", "establishment", "left", "right", "gentry", "folk", "livestock",
     "poultry", "military", "enemy", "vermin", "militia", "brass", "laity", "nobility", "aristocracy"}
)  # fmt: skip


def _modifier(tok: Token) -> bool:
    """An adjective or noun that lemminflect also knows as one (not a mis-tagged verb: "this validate")."""
    if tok.like_num or tok.lower_ in _QUANTITY_WORDS or tok.pos_ not in ("ADJ", "NOUN"):
        return False
    return tok.pos_ in getAllLemmas(tok.lower_)


def _name_modifier(tok: Token, noun: Token) -> bool:
    """A name the parse makes a compound modifier of the noun, not its last word: "several US defense
    official" (the determiner still counts the noun; a name right before it may be the head instead)."""
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.i in (noun.i, tok.i + 1) and tok.i + 1 < noun.i


def _is_count_noun(noun: Token) -> bool:
    low = noun.lower_
    lemma = noun.lemma_.lower()
    if not low.isalpha() or low in EITHER_NUMBER or lemma in EITHER_NUMBER:
        return False
    return is_count_noun(lemma)


def _irregular_plural(noun: Token) -> bool:
    """'men', 'women', 'children', 'con men', 'congressmen': a plural without -s, which "a" never takes
    ("a few women" hangs "a" on "few" in the parse, "a women's college" on "college")."""
    low = noun.lower_
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].tag_ == "POS":
        return False  # "a children's choir": the possessive's "a" belongs to the choir
    return noun.tag_ == "NNS" and (low in ("children", "teeth", "feet", "geese", "mice") or low.endswith("men"))


def _modifies(tok: Token, noun: Token, *, loose: bool) -> bool:
    """``tok`` may stand between a determiner and its noun; ``loose`` also lets through any adjective
    the tagger gives that is no quantity word (before "men": "a con men")."""
    if _modifier(tok) or _name_modifier(tok, noun):
        return True
    return loose and tok.pos_ == "ADJ" and tok.lower_ not in _QUANTITY_WORDS


def _adjective_then_plural(det: Token) -> bool:
    """'a criminal investigations', 'a news organizations': "a" before adjectives or singular compound
    nouns and a regular plural it is the determiner of. Only those between, none of them a quantity word
    or a superlative ("a few days", "a couple weeks", "a whole lot", "an estimated 200 people" and "a
    record 20 years" never qualify)."""
    noun = det.head
    between = det.doc[det.i + 1 : noun.i]
    if noun.tag_ != "NNS" or not between or not noun.lower_.endswith("s") or noun.lower_ == noun.lemma_.lower():
        return False
    if noun.lower_ == "ways" or (noun.i + 1 < len(det.doc) and det.doc[noun.i + 1].text in ("'", "’")):
        return False  # "go a long ways" (American idiom); "a daring couples' moment" (a plural possessive)
    return all(
        t.is_alpha and t.is_lower and t.lower_ not in _QUANTITY_WORDS and t.lower_ not in _A_PLURAL_ADJECTIVES
        and ((t.tag_ == "JJ" and _may_be_adjective(t.lower_)) or _singular_compound(t, noun, det))
        for t in between
    )  # fmt: skip


#: Words before "this"/"that" that open a clause whose subject it is ("What this signals is", "how this plays
#: out"): a plural-looking word after it is the verb. Not "all" ("to play all this cards" is the slip).
_FREE_RELATIVE_WORDS = frozenset({"what", "how", "why", "whatever"})

#: Plurals that address the reader after a noun phrase ("find a new mayor guys").
_VOCATIVES = frozenset({"guys", "folks", "people", "friends", "ladies", "gentlemen", "kids", "everyone", "y'all"})


def _singular_compound(tok: Token, noun: Token, det: Token) -> bool:
    """A singular noun modifying the plural as a compound ("with a labor unions"): the plural is still the
    one "a" counts, when it is an object. As a subject the plural is often a verb or a relative clause's
    subject the parse hung on the noun before ("a video surfaces", "a letter members later presented"),
    and a capital "A" may be a grade ("the few A list celebrities")."""
    return (
        tok.tag_ == "NN"
        and tok.dep_ == "compound"
        and tok.head.i == noun.i
        and tok.pos_ == "NOUN"
        and tok.lower_ not in QUANTITY_NOUNS  # "a variety issues" lacks "of" (quantity_of says so)
        and noun.dep_ in ("pobj", "dobj")
        and noun.lower_ not in _VOCATIVES  # "Time to find a new mayor guys."
        and (det.text.islower() or det.is_sent_start)
        and not (noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ in ("VERB", "AUX", "ADV", "PART"))
        and not _speaker_after_quotation(det)
    )  # a verb after the plural makes it a clause's subject: "a letter members later presented"


def _speaker_after_quotation(det: Token) -> bool:
    """'“... makes a beeline for him,” an insider dishes,': right after a quotation the determiner opens its
    speaker, and the word after the noun is the verb of saying."""
    doc = det.doc
    for tok in doc[max(0, det.i - 2) : det.i]:
        if tok.text == "”" or (tok.text == '"' and tok.i > 0 and not doc[tok.i - 1].whitespace_):
            return True  # a closing mark (a straight one closes when it follows a word or a comma unspaced)
    return False


def _may_be_adjective(word: str) -> bool:
    """False for a word the tagger called an adjective that English knows only as another part of speech
    ("as a socialist elicits reactions": "elicits" is a verb, so "a" is not the plural's determiner)."""
    lemmas = getAllLemmas(word)
    return not lemmas or "ADJ" in lemmas


#: Adjectives that take "a" before a plural by idiom: "a good many years", "a whole lot", "a mere
#: three days" (numbers are no adjective here anyway), "an extra two weeks", "a full ten minutes".
_A_PLURAL_ADJECTIVES = frozenset({"good", "great", "whole", "mere", "extra", "full", "further", "additional",
                                  "estimated", "record", "staggering", "whopping", "total", "solid", "healthy"})


def _plural_subject_of_verb(noun: Token) -> bool:
    """The plural noun is the subject of a finite verb (or its auxiliary) in the plural: "that" before
    it opens the clause, it is no determiner."""
    if not noun.dep_.startswith("nsubj"):
        return False
    verb = noun.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBP", "VBD", "MD") for t in finite) and not any(t.tag_ == "VBZ" for t in finite)


#: Words of prose that always hold a comma somewhere: a text this long without one has lost its commas.
_COMMALESS_MIN_WORDS = 60


def _commas_lost(doc: Doc) -> bool:
    """The text has no comma at all though it runs to ``_COMMALESS_MIN_WORDS`` words or more (a corpus that stripped
    them, as fa_kes did): a short headline or sentence may simply need none."""
    text = doc_text(doc)
    return "," not in text and len(text.split()) >= _COMMALESS_MIN_WORDS


#: Units of time that, with "after", "before", "later" or "ago", measure when ("days after"), not what.
_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"})


def find_determiner_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for "this/that/each/every + plural noun", "a/an + men/women/children" and
    "these/those/several/many/both/numerous/multiple/few + singular count noun", where the determiner
    attaches to that noun with only adjectives or compound nouns between."""
    findings: list[Finding] = []
    for det in all_tokens(doc):
        low = det.lower_
        if low in _SINGULAR_DETS:
            want, tag, fix = "singular", "NNS", _SINGULAR_DETS[low]
        elif low in _PLURAL_DETS:
            want, tag, fix = "plural", "NN", _PLURAL_DETS[low]
        elif low in ("a", "an") and _irregular_plural(det.head):
            want, tag, fix = "singular", "NNS", ""  # "being a con men": only plurals no "a few" can precede
        elif low in ("a", "an") and _adjective_then_plural(det):
            want, tag, fix = "singular", "NNS", ""  # "opened a criminal investigations"
        else:
            continue
        noun = det.head
        if det.dep_ not in ("det", "amod", "predet") or noun.i <= det.i or noun.pos_ != "NOUN" or noun.tag_ != tag:
            continue
        between = doc[det.i + 1 : noun.i]
        # "a con men": a modifier of "men" the tagger calls an adjective
        if not all(_modifies(t, noun, loose=low in ("a", "an")) for t in between):
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN", "NUM"):
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_:
            continue  # "a brief heads-up": the noun is the first half of a hyphenated one
        if tag == "NNS" and noun.lower_ == noun.lemma_.lower():
            continue
        if not _is_count_noun(noun) and not (low in ("a", "an") and noun.lower_ in noun_plurals(noun.lemma_.lower())):
            continue  # a mass noun may be either number, but "a criminal investigations" is a plural form
        if tag == "NNS" and noun.lower_ in _SINGULAR_IN_S:
            continue  # "a common means of communication", "each series": singular in -s
        if low == "that" and tag == "NNS" and _plural_subject_of_verb(noun):
            continue  # "theories, such as that members of the Muslim Brotherhood have infiltrated": a clause
        before = doc[det.i - 1] if det.i > 0 else None
        if low == "that" and (
            det.tag_ != "DT" or (before is not None and (before.pos_ == "VERB" or before.lower_ in ("so", "such")))
        ):
            continue  # "he knew that honest grades ... could lead": after a verb the tagger's determiner opens a clause
        if tag == "NN" and any(c.tag_ == "NNS" and c.i > noun.i for c in _conjuncts(noun)):
            continue  # "many hedge fund and private equity managers", "various racist, Islamophobic, and
            # anti-immigrant messages": modifiers of one plural noun
        if tag == "NN" and _coordinated_before_plural(noun):
            continue  # "numerous extremist and terrorist groups": the parse took the first modifier for the noun
        if det.lower_ == "both" and any(t.lower_ == "and" for t in doc[noun.i + 1 : noun.i + 8]):
            continue  # "both bride and groom", "as both secretary of state and first lady"
        if tag == "NNS" and noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "RP" and "VERB" in getAllLemmas(
            noun.lower_
        ):
            continue  # "a pilot from a nearby flight calls in": a particle after it makes it the verb
        if low in _PRONOUN_DETS and noun.i + 1 < len(doc) and _verb_reading_after(noun, doc[noun.i + 1]):
            continue  # "many head to work": 'many' is the subject and 'head' its verb
        if noun.dep_ == "ROOT" and between and tag == "NNS" and "VERB" in getAllLemmas(noun.lower_):
            continue  # "That number pales in comparison": a sentence's root is its verb, read as a noun
        if (
            tag == "NNS" and not between and before is not None and before.lower_ in _FREE_RELATIVE_WORDS
            and "VERB" in getAllLemmas(noun.lower_)
        ):
            continue  # "What this signals is": "this" is the pronoun subject of a verb the tagger read as a noun
        if tag == "NNS" and noun.lower_ in _TIME_UNITS and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in (
            "after", "before", "later", "earlier", "ago"
        ):
            continue  # "in a major offensive days after losing them": a measure of time opens its own phrase
        if tag == "NNS" and between and between[-1].tag_ == "NN" and _commas_lost(doc):
            continue  # "vials of an unspecified medication explosives and other items": a text that lost its
            # commas, where a singular noun ending one item runs into the next item's plural
        span = doc_text(doc)[det.idx : noun.idx + len(noun)]
        advice = f"; use '{fix}' or the {want} of the noun" if fix else f"; the noun should be {want}"
        findings.append(
            Finding(
                start=det.idx,
                end=noun.idx + len(noun),
                message=f"'{span}': '{det.text}' goes with a {want} noun, '{noun.text}' is not{advice}",
                severity=0.5,
            )
        )
    return findings


def _conjuncts(noun: Token) -> list[Token]:
    """The conjuncts after ``noun`` down its chain ("racist, Islamophobic, and ... messages": the parser hangs
    each on the one before)."""
    out: list[Token] = []
    current = noun
    while (nxt := next((c for c in current.children if c.dep_ == "conj" and c.i > current.i), None)) is not None:
        out.append(nxt)
        current = nxt
    return out


def _coordinated_before_plural(noun: Token) -> bool:
    """ "and"/"or" follows the noun and a plural noun comes within three words: the singular is a
    modifier shared with the plural ("numerous extremist and terrorist groups")."""
    doc = noun.doc
    nxt = noun.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in ("and", "or", "&"):
        return False
    return any(t.tag_ == "NNS" for t in doc[nxt + 1 : nxt + 4])


def _mandative_clause(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ in ("ccomp", "advcl", "xcomp") and head.lemma_.lower() in _MANDATIVE


#: Conjunctions whose clause states a fact: its verb is indicative and agrees ("so that her voter
#: don't see her" is a slip; "if the plan were", "required that the company pay" are not).
_INDICATIVE_MARKS = frozenset({"because", "since", "although", "though", "whereas", "so", "while"})


def _indicative_clause(verb: Token) -> bool:
    """An adverbial clause opened by a conjunction of fact ("because", "so that"), or the clause a verb of
    saying, believing or hoping reports ("We hope this story draw attention"): neither takes a bare
    subjunctive, unlike a mandative verb's ("required the company pay") or a verb of perceiving or
    causing ("saw the crowd cheer", "let the boss decide")."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _INDICATIVE_MARKS for c in verb.children)
    # before the clause ("We hope this story draw ...") or after it ("The quality of the roads are getting
    # worse, the report found")
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING


#: Verbs whose clause is a statement, never a bare infinitive or subjunctive.
_REPORTING = frozenset(
    {"say", "think", "believe", "hope", "know", "claim", "fear", "realize", "realise", "admit", "argue", "report",
     "assume", "worry", "doubt", "suspect", "reckon", "guess", "explain", "announce", "confirm", "deny", "add",
     "write", "tweet", "warn", "predict", "agree", "acknowledge", "understand", "learn", "discover", "state",
     "reveal", "show", "find", "indicate", "note"}
)  # fmt: skip

#: Words that set up a subjunctive "were" in their sentence ("if the plan were", "as though the city were",
#: "would hope their northern neighbor were farther away").
_HYPOTHETICAL = frozenset({"if", "though", "wish", "wished", "wishes", "suppose", "supposing", "imagine", "unless",
                           "whether", "rather", "lest", "pretend", "pretended", "pretends", "would", "could", "might",
                           "'d", "’d"})  # fmt: skip


def _subjunctive_were(subj: Token, finite: Token) -> bool:
    """ "were" after a singular subject in a sentence that sets up a hypothesis before it ("if the plan
    were", "as though the city were"): the subjunctive, not a slip. Or after a noun that may be its own
    plural ("the squid were kept", "the fish were"), which lemminflect lists among its plurals."""
    if finite.lower_ != "were":
        return False
    if subj.lower_ in noun_plurals(subj.lemma_.lower()):
        return True
    start = sentence_of(subj).start
    return any(t.lower_ in _HYPOTHETICAL for t in subj.doc[start : finite.i])


def _verb_with_object(finite: Token, subj: Token) -> bool:
    """'The advertisements targets rural voters': the -s word heads the sentence with an object after it
    and the subject has its determiner, so it is the verb, not a plural noun the tagger misread."""
    return (
        finite.dep_ == "ROOT"
        and any(c.dep_ == "dobj" and c.i > finite.i for c in finite.children)
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.lefts)
    )


def _plain_base_form(word: str) -> bool:
    """True when ``word`` is a verb's base form and never its past tense ("go", not "swam" or "put")."""
    lemmas = getAllLemmas(word).get("VERB", ())
    return word in lemmas and not any(word in getInflection(lemma, "VBD") for lemma in lemmas)


def _disagrees(pron: str, finite: Token, verb: Token) -> bool:
    """True when the finite verb form cannot go with the (lower-cased) personal pronoun."""
    word = finite.lower_
    if word in ("is", "was"):
        return pron in ("we", "they", "you") or (word == "is" and pron == "i")
    if word == "are":
        return pron in ("he", "she", "it", "i")
    if word == "am":
        return pron != "i"
    if finite.tag_ == "VBZ":
        return pron in _NOT_THIRD_SINGULAR and word.endswith("s")
    if not _plain_base_form(word):
        return False  # a VBP tag on a past form ("she swam on") is a tagging slip, not the writer's
    # "thought it appropriate", "made it happen": "it" right after a verb is often the subject of a small
    # clause, so "it" only where no verb stands before it ("In 2015 it spend just short of a billion")
    if pron == "it" and (word == "be" or _after_a_verb(verb)):
        return False  # "whether it be science or medicine": the subjunctive
    return finite.tag_ == "VBP" and pron in ("he", "she", "it") and not _mandative_clause(verb)


def _after_a_verb(verb: Token) -> bool:
    """The word before the verb's subject "it" is a verb, "to" or a causative ("saw it come", "to have it
    go", "let it go", "make it happen")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i == 0:
        return True
    before = verb.doc[subj.i - 1]
    return before.pos_ in ("VERB", "AUX") or before.lower_ in ("to", "let", "make", "have", "help")


#: Auxiliaries that come before their subject in a question ("didn’t she sit", "would he go").
_INVERTING = frozenset(
    {"do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must"}
)


def _inverted_after(doc: Doc, subj: Token) -> bool:
    """Whether an auxiliary (with its "not") stands right before the subject: a question's inversion."""
    i = subj.i - 1
    if i >= 0 and doc[i].lower_ in ("n't", "n’t", "not"):
        i -= 1
    return i >= 0 and doc[i].lower_ in _INVERTING


def find_pronoun_verb_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for a personal-pronoun subject whose present or "was/were" verb does not agree:
    "they was", "we is", "he go", "she have", "I goes". Skipped: "were" after he/she/it/I (the
    subjunctive "if he were"), base forms in mandative clauses ("insisted that he resign"),
    coordinated subjects ("he and she go")."""
    findings: list[Finding] = []
    for subj in all_tokens(doc):
        pron = subj.lower_
        if subj.dep_ != "nsubj" or subj.pos_ != "PRON" or any(c.dep_ == "conj" for c in subj.children):
            continue
        if pron not in _THIRD_SINGULAR and pron not in _NOT_THIRD_SINGULAR:
            continue
        verb = subj.head
        if verb.i <= subj.i or verb.i - subj.i > 3:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if len(subjects) > 1 or any(t.pos_ == "CCONJ" for t in doc[subj.left_edge.i : verb.i]):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.i < subj.i for a in auxes) or _inverted_after(doc, subj):
            continue  # a question: "didn't she sit" (the parse may make "did" the root)
        # the finite word is the first auxiliary if there is one, else the verb itself
        finite = auxes[0] if auxes else verb
        if any(not (t.is_alpha and t.pos_ == "ADV") or t.lower_ == "better" for t in doc[subj.i + 1 : finite.i]):
            continue  # only adverbs may stand between ("they actually looks"); not "not", not mojibake
        if any(c.dep_ == "mark" and c.lower_ in ("that", "lest") for c in verb.children) and (
            finite.lower_ == "be" or not _indicative_clause(verb)
        ):
            continue  # subjunctive: "on the condition that he delete", "asked that I not divulge"
        if (
            any(t.lower_ in ("that", "lest") for t in doc[max(subj.i - 1, 0) : subj.i])
            and finite.tag_ in ("VB", "VBP")
            and (finite.lower_ == "be" or not _indicative_clause(verb))
        ):
            continue  # "their pleas that he stick to the script": a bare verb after "that" is mandative; not
            # after a verb of saying or finding ("filings revealed that it spend just short of $91.3 million")
        if (finite.i + 1 < len(doc) and doc[finite.i + 1].text in ("-", "–")) or doc_text(doc)[
            finite.idx + len(finite) : finite.idx + len(finite) + 1
        ] == "-":
            continue  # a hyphenated verb the tokenizer split: "he flip-flopped"
        word = finite.lower_
        if word[:1] in ("'", "’") or word == "ai":
            continue  # contractions ("he’s", "they'd") are ambiguous between verbs; "ain't" is dialect
        if not (finite.is_alpha and finite.text.islower()):
            continue  # "she absolutely UNLOADED", transcripts glued together ("drinks.(CROSSTALK)")
        if not _disagrees(pron, finite, verb):
            continue
        span = doc_text(doc)[subj.idx : finite.idx + len(finite)]
        findings.append(
            Finding(
                start=subj.idx,
                end=finite.idx + len(finite),
                message=f"'{span}': the verb '{finite.text}' does not agree with the subject '{subj.text}'",
                severity=0.5,
            )
        )
    return findings


# Collective nouns take a plural verb in British usage ("the government are"); partitives take the
# number of their "of" phrase ("a number of cases rise", "the rest of them are").
# fmt: off
COLLECTIVE = frozenset({
    "government", "team", "committee", "council", "family", "couple", "board", "public", "majority", "minority",
    "band", "crowd", "party", "jury", "audience", "army", "club", "company", "firm", "group", "staff", "crew",
    "cabinet", "administration", "congress", "parliament", "panel", "opposition", "squad", "side", "pair",
    "duo", "trio", "quartet",
    "management", "leadership", "union", "alliance", "coalition", "church", "generation", "class", "faculty",
    "population", "press", "regime", "rest", "number", "lot", "percent", "half", "bulk", "variety", "range",
    "total", "plenty", "kind", "sort", "type", "series", "set", "handful", "host", "share", "proportion",
    "fraction", "part", "third", "quarter", "dozen", "none", "all", "each", "any", "who", "which", "that",
    "remainder", "portion", "percentage", "fifth",
    "electorate", "establishment", "community", "workforce", "membership", "elite", "navy", "cast", "choir",
    "orchestra", "association", "assembly", "senate", "delegation", "contingent", "household", "gang", "mob",
    "congregation", "tribe", "dynasty", "clergy", "aristocracy", "bourgeoisie", "intelligentsia",
})
# fmt: on
_SINGULAR_FINITE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_PLURAL_FINITE = {"are": "is", "were": "was", "have": "has", "do": "does"}


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PREPOSITIONS_BEFORE_NOUNS = frozenset(
    {"after", "before", "for", "of", "in", "on", "at", "with", "from", "by", "about", "over", "under", "into",
     "through", "during", "without", "between", "among", "against", "like", "to", "toward", "towards", "since",
     "until", "till"}
)  # fmt: skip
#: Punctuation that cuts a subject from the verb after it; "_" is old wire copy's dash ("helped his son _ Elian's
#: father _ get a job").
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "-", "’", "'", "‘", "_"})


def _clause_starts_at(subj: Token) -> bool:
    """Whether the subject's phrase opens its clause (after the sentence start, punctuation, a
    conjunction, "that" or a verb), so the verb after it is its own and not an inverted one."""
    first = subj.left_edge
    if first.is_sent_start or first.i == 0:
        return True
    doc = subj.doc
    prev = doc[first.i - 1]
    if prev.tag_ == "VBG" and prev.i != subj.head.i:
        return False  # the object of a gerund subject: "understanding concepts is more important"
    if prev.pos_ == "CCONJ" and first.i > 1 and doc[first.i - 2].pos_ in ("NOUN", "PROPN"):
        return False  # the second of two nouns: "the cash from private lobbyists and Wall Street backers is"
    return prev.is_punct or prev.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX") or prev.lower_ == "that"


def _opens_with_common_noun(subj: Token) -> bool:
    """ "Analysis by private-sector cybersecurity firms have": a capitalised noun that opens its sentence
    and is a common noun, not a name: no entity, a common dictionary word, and nowhere in the article
    capitalised inside a sentence ("Banks says" where the article names "Rep. Jim Banks")."""
    if not subj.is_sent_start or subj.ent_type_ or subj.tag_ not in ("NN", "NNS") or not subj.text[1:].islower():
        return False
    low = subj.lower_
    if low not in dictionary() or zipf(low) < _COMMON_NOUN_ZIPF:
        return False
    return not any(t.text == subj.text and not t.is_sent_start for t in tokens_where(subj.doc, frozenset({low})))


#: A sentence's first word is read as a common noun only when at least this common on the web.
_COMMON_NOUN_ZIPF = 4.0


def finite_of(verb: Token) -> Token | None:
    """The finite word of ``verb``'s clause: its first auxiliary before it, else the verb itself."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return auxes[0] if auxes else verb


def number_of_noun(subj: Token) -> str | None:
    """'singular' or 'plural' for a common-noun subject whose number lemminflect confirms, else None."""
    word, lemma = subj.lower_, subj.lemma_.lower()
    if not word.isalpha() or word in COLLECTIVE or lemma in COLLECTIVE or word in EITHER_NUMBER:
        return None
    if (
        subj.tag_ == "NNS"
        and word != lemma
        and word in noun_plurals(lemma)
        and not word.endswith("ics")
        and word not in _SINGULAR_IN_S
    ):
        return "plural"  # "facts", "statesmen": a plural form, even of a noun that also has a mass reading
    if (
        subj.tag_ == "NN"
        and word == lemma
        and (not word.endswith("s") or word.endswith("sis"))  # "analysis", "crisis": plural in -ses
        and word not in _PLURAL_MEANING
        and any(p != word for p in noun_plurals(lemma))
    ):
        return "singular"  # "the report", "the footage": singular (or mass) in form, a singular verb
    if not is_count_noun(lemma):
        return None  # mass or invariant nouns ("news", "sheep")
    plurals = noun_plurals(lemma)
    if subj.tag_ == "NN" and word == lemma:
        return "singular"
    if subj.tag_ == "NNS" and word in plurals and word != lemma:
        return "plural"
    return None


def _nearest_number(noun: Token) -> str | None:
    """The number of the noun nearest the verb (names by their tag), None when it can be either."""
    if noun.pos_ == "PROPN":
        return "plural" if noun.tag_ == "NNPS" else "singular"
    if noun.lower_ in EITHER_NUMBER or noun.lemma_.lower() in COLLECTIVE:
        return None
    return "plural" if noun.tag_ == "NNS" else "singular"


def number_of_verb(finite: Token) -> str | None:
    """'singular' for is/was/has/does/-s forms, 'plural' for are/were/have/do and bare present forms."""
    word = finite.lower_
    if word in _SINGULAR_FINITE:
        return "singular"
    if word in _PLURAL_FINITE:
        return "plural"
    if finite.tag_ == "VBZ" and word.endswith("s") and finite.pos_ == "VERB":
        return "singular"
    if finite.tag_ == "VBP" and finite.pos_ == "VERB" and _plain_base_form(word):
        return "plural"
    return None


#: Prepositions whose phrase after a subject never lends it its number: unlike "of" ("a bowl of skittles
#: are", "a handful of states have", partitives and quantities that usage allows either way).
_NON_PARTITIVE_PREPOSITIONS = frozenset({"by", "from", "for", "about", "on", "at", "in", "against", "into", "over"})


def _word_hyphen(tok: Token) -> bool:
    """A hyphen inside a compound word ("private-sector"), not a dash between words."""
    return tok.text == "-" and tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


#: Nouns besides ``COLLECTIVE`` (which never reach this test) whose "of" phrase gives the number of the whole
#: ("a bowl of skittles are", "a slew of reports have", "a large section of people have"): amounts,
#: containers, groups.
_OF_GIVES_THE_NUMBER = frozenset({
    "bunch", "hundred", "thousand", "million", "billion", "array", "collection", "body", "swath", "segment",
    "subset", "sample", "slew", "raft", "spate", "string", "litany", "list", "amount", "mix", "combination",
    "plethora", "multitude", "myriad", "score", "batch", "wave", "flood", "cluster", "pool", "crop", "cast",
    "chunk", "mass", "wealth", "flurry", "pack", "bowl", "cup", "box", "bag", "pile", "stack", "heap", "basket",
    "bottle", "sea", "average", "sum", "minimum", "maximum", "tenth", "one", "either", "neither", "bevy", "gaggle",
    "herd", "flock", "swarm", "troop", "legion", "battery", "suite", "package", "slate", "roster", "lineup", "line",
    "field", "selection", "assortment", "section", "tranche", "contingent", "delegation", "faction", "wing", "camp",
    "cohort", "posse",
})  # fmt: skip


def _of_takes_no_number(subj: Token) -> bool:
    """The subject is a singular common noun that is no part, amount, container or group, so an "of" phrase
    after it does not give the verb its number: "the quality of the roads are", "the timeline for ...",
    "An initial scan of the messages appear"."""
    lemma = subj.lemma_.lower()
    return (
        subj.tag_ == "NN"
        and lemma not in _OF_GIVES_THE_NUMBER
        and lemma not in QUANTITY_NOUNS
        and lemma not in EITHER_NUMBER
    )


def _attraction_across_preposition(subj: Token, between: Span) -> bool:
    """ "analysis by private-sector cybersecurity firms have concluded": the words between a subject and
    its verb are one prepositional phrase the parse hangs on the subject, opened by a preposition that
    is not "of" and with no "of" in it: the verb agreed with the phrase's noun (attraction), not the
    subject. Only common nouns in the phrase."""
    prep = between[0]
    if prep.head.i != subj.i or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of":
        if not _of_takes_no_number(subj):
            return False
    elif prep.lower_ not in _NON_PARTITIVE_PREPOSITIONS:
        return False
    if any(t.lower_ == "with" or (t.tag_ in ("IN", "TO") and t.i != prep.i) for t in between):
        return False
    if any(t.pos_ == "PROPN" for t in between):
        return False  # a name after the phrase is often a headline run into the text: "Repeated attacks on
        # Megyn Kelly Fox News anchor Megyn Kelly has been targeted"
    return between[-1].i == prep.right_edge.i


#: The verbs of the fixed wishes that keep the subjunctive after ``_OPTATIVE_SUBJECTS``: "heaven help them".
_WISHED_VERBS = frozenset({"help", "forbid", "bless", "save", "grant", "rest", "keep", "damn"})


def find_noun_verb_disagreement(doc: Doc) -> list[Finding]:
    """Return findings for a common-noun subject whose finite verb has the other number: "plans for the
    pipelines is underway", "White House head of staff do not comment".

    Guarded against parse errors: the subject comes before its verb in the same sentence, with no
    comma, conjunction, relative word or quotation between; coordinated subjects ("the dog and cat
    are"), collective and partitive nouns ("the government are", "a number of cases rise"), nouns
    with a numeral ("two years is a long time"), mandative and causative clauses ("required the
    company pay", "let the firm go") and questions are skipped.
    """
    findings: list[Finding] = []
    for subj in tokens_with_dep(doc, _SUBJECT_DEPS):
        if subj.pos_ != "NOUN" or (subj.text[:1].isupper() and not _opens_with_common_noun(subj)):
            continue  # a capitalised "noun" is often a name the tagger missed ("where Banks was"), at the
            # start of a sentence too ("Sanders is", "Banks says")
        if any(c.dep_ in ("conj", "nummod", "cc", "preconj") for c in subj.children):
            continue
        number = number_of_noun(subj)
        verb = subj.head
        if number is None or verb.i <= subj.i or sentence_of(verb).start != sentence_of(subj).start:
            continue
        if subj.lower_ in _OPTATIVE_SUBJECTS and verb.lemma_.lower() in _WISHED_VERBS:
            continue  # "heaven help the community that asserts its independence": a wish, the subjunctive
        finite = finite_of(verb)
        if finite is None or finite.i <= subj.i or not finite.is_alpha or not finite.text.islower():
            continue
        if sentence_of(subj).text.rstrip().endswith("?") or any(
            t.lower_ == "how" for t in doc[sentence_of(subj).start : subj.i]
        ):
            continue  # questions invert and cleave: "How many reporters was it that ...", also when one ends in
            # "!": "And how many other evil pastors is Francis still continuing to prop up ...!"
        if not _clause_starts_at(subj):
            continue  # "Present at the event were a variety of ...": the subject comes after the verb
        opening = doc[max(subj.left_edge.i - 1, 0)]
        if opening.lower_.endswith("ing") or subj.left_edge.lower_.endswith("ing"):
            continue  # the object of a gerund: "stiffing vendors is fair game"
        if any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[sentence_of(subj).start : subj.i]):
            continue  # inside a relative clause the parse often takes its noun for the main subject:
            # "The lens through which voters view the candidates is"
        # coordinated subjects the parse split make a plural ("a base ... and an ammunition depot were"):
        # for a singular subject, no "and" anywhere before the verb; dates and figures in a dateline
        before = doc[sentence_of(subj).start if number == "singular" else subj.left_edge.i : finite.i]
        if any(
            (t.lower_ in ("and", "or", "nor", "&") and not _joins_clauses(t, subj, verb)) or t.like_num for t in before
        ):
            continue
        between = doc[subj.i + 1 : finite.i]
        if opening.lower_ in _PREPOSITIONS_BEFORE_NOUNS and opening.i < subj.left_edge.i:
            continue  # the noun is a preposition's object the parse made a subject: "... after their departures is"
        if opening.lower_ == "as" and opening.i > 0 and doc[opening.i - 1].pos_ in ("NOUN", "PROPN"):
            continue  # "as" names a role after a noun: "the Republicans' reputation as security experts was"
        if between and between[0].tag_ == "VBG":
            continue  # a gerund clause is the subject: "campaign employees being paid severance ... is unusual"
        if any(
            (t.text in _BREAKS and not _word_hyphen(t)) or t.pos_ in ("CCONJ", "PRON") or t.tag_ in ("WDT", "WP")
            for t in between
        ):
            continue
        if any((t.pos_ == "NOUN" and t.dep_ != "compound") or t.lower_ == "of" for t in doc[subj.left_edge.i : subj.i]):
            continue  # the parse hung a longer phrase on this noun: "a plurality of voters believes"
        if number == "plural" and subj.lemma_.lower() in _ROUND_NUMBERS:
            continue  # "thousands of shooting victims does not necessarily translate": an amount, read as one
        if _time_after_subject(subj):
            continue  # "Republicans this election cycle don't have": a time phrase after the real subject
        if any(c.dep_ in ("expl", "nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
            continue  # "how many reporters was it that": the verb has its own subject after it
        main = verb.head if verb.dep_ in ("aux", "auxpass") else None
        if main is not None and any(c.dep_ in _SUBJECT_DEPS and c.i < subj.i for c in main.children):
            continue  # "the divestiture of ... low-profit businesses has been more than offset": the main verb has
            # the real subject, the parse gave the auxiliary the nearest noun
        if any(c.dep_ in _SUBJECT_DEPS and c.i < subj.i for c in verb.children):
            continue  # two subjects before one verb, a misparse: "the Republicans' reputation as security
            # experts was undercut" (the first is the subject; the second hangs on "as")
        lead = doc_text(doc)[opening.idx : finite.idx]
        if "  " in lead or "\n" in lead or opening.is_space:
            continue  # a caption, a line break or a doubled space in or just before the phrase: no sentence to
            # judge ("six debates for five original  candidates is comparable")
        if any("\x80" <= ch <= "\x9f" for ch in lead) or sentence_of(subj)[0].text[:1].islower():
            continue  # mojibake ("didnâ\x80\x99t have") or a sentence cut in two ("Present at the SPOT! event
            # were"): the parse of neither is the writer's sentence
        nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN")]
        if nouns and _nearest_number(nouns[-1]) != number and not _attraction_across_preposition(subj, between):
            continue  # the verb agrees with the nearest noun: "a bowl of skittles are" (a partitive, or a misparse)
        word = finite.lower_
        if number == "singular" and (
            _subjunctive_were(subj, finite)
            or (verb.dep_ in ("ccomp", "xcomp", "advcl") and not _indicative_clause(verb))
            or _mandative_clause(verb)
        ):
            continue  # "if the plan were", "let the boss do", "required the company pay"
        if finite.tag_ == "VBP" and "NOUN" in getAllLemmas(word):
            after = doc[finite.i + 1] if finite.i + 1 < len(doc) else None
            if after is None or after.is_space:
                continue  # a noun ending a caption or credit, the next line run on: "Featured image via Comedy
                # Central screen capture  Here's another ..." (a full stop after it still ends a sentence)
            if finite.i == subj.i + 1 and not (
                after.pos_ in ("DET", "PRON", "SCONJ", "PART") or after.lower_ in ("that", "to")
            ):
                continue  # two nouns the parse read as subject and verb: "double-digit poll lead notwithstanding"
        auxiliary = finite.dep_ in ("aux", "auxpass") and finite.i < verb.i and "AUX" in getAllLemmas(word)
        if (
            finite.tag_ == "VBZ"
            and not auxiliary
            and ("NOUN" in getAllLemmas(word) or "VERB" not in getAllLemmas(word))
            and not _verb_with_object(finite, subj)
        ):
            continue  # "Ban Ki-moons calls for": a noun the tagger read as a verb (an auxiliary before its
            # verb is none: "The agencies does not publicly list", though "does" is also a plural of "doe")
        verb_number = number_of_verb(finite)
        if verb_number is None and finite.i == verb.i and finite.tag_ == "VB" and _indicative_clause(verb):
            verb_number = "plural" if _plain_base_form(word) else None  # "hope this story draw attention"
        if verb_number is None or verb_number == number:
            continue
        span = doc_text(doc)[subj.idx : finite.idx + len(finite)]
        if len(span) > 80:
            continue
        findings.append(
            Finding(
                start=subj.idx,
                end=finite.idx + len(finite),
                message=f"'{span}': the {number} subject '{subj.text}' takes a {number} verb, not '{finite.text}'",
                severity=0.5,
            )
        )
    return findings


#: Round numbers used as nouns ("thousands of victims"): an amount a writer may treat as singular.
_ROUND_NUMBERS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "score"})

#: Nouns of a stretch of time that "this", "last" or "next" make an adverbial ("this election cycle").
_TIME_NOUNS = frozenset(
    {"cycle", "year", "month", "week", "season", "term", "session", "time", "summer", "winter", "spring", "fall",
     "autumn", "morning", "evening", "afternoon", "weekend", "quarter", "decade", "century", "round"}
)


def _time_after_subject(subj: Token) -> bool:
    """``subj`` is a time phrase ("this election cycle", "last year") right after a noun or name, which is
    the verb's real subject the parse cut off ("Republicans this election cycle don't")."""
    if subj.lemma_.lower() not in _TIME_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("this", "that", "last", "next", "every", "each") for c in subj.lefts):
        return False
    before = subj.left_edge.i - 1
    return before >= 0 and subj.doc[before].pos_ in ("NOUN", "PROPN")


def _joins_clauses(conjunction: Token, subj: Token, verb: Token) -> bool:
    """Whether ``conjunction`` joins two whole clauses before ``subj`` ("The couple relocated ... and their
    romance seem"): it hangs on an earlier verb that has its own subject, and ``verb`` is that verb's
    conjunct, so the subject after it is a new clause's, not the second half of a split one."""
    head = conjunction.head
    return (
        conjunction.i < subj.left_edge.i
        and conjunction.dep_ == "cc"
        and head.pos_ in ("VERB", "AUX")
        and head.i < conjunction.i
        and verb.dep_ == "conj"
        and verb.head.i == head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children)
    )


def find_name_verb_disagreement(doc: Doc) -> list[Finding]:
    """ "Trump look scary": a person's name, the subject of its sentence's main verb right after it, with a
    bare present form. Only a PERSON name (teams and bands take a plural verb in British usage: "Arsenal
    are"), a lower-case verb that is the sentence's root with no auxiliary, and no question, so
    causatives and mandatives ("made Trump look", "demanded that Trump resign") stay silent."""
    findings: list[Finding] = []
    for subj in tokens_with_dep(doc, _SUBJECT_DEPS):
        if subj.tag_ != "NNP" or subj.i + 1 >= len(doc):
            continue
        verb = doc[subj.i + 1]
        if verb.head.i != verb.i or subj.head.i != verb.i or verb.dep_ != "ROOT" or not verb.text.islower():
            continue
        if verb.tag_ not in ("VBP", "VB") or verb.pos_ != "VERB" or not _plain_base_form(verb.lower_):
            continue
        if any(c.dep_ in ("aux", "auxpass", "conj", "cc") for c in (*verb.children, *subj.children)):
            continue
        if sentence_of(subj).text.rstrip().endswith("?"):
            continue
        if any(t.lower_ in ("and", "&", "or", "nor") for t in doc[sentence_of(subj).start : subj.i]):
            continue  # the last of coordinated names: "Charlie Mahtesian and ... Scott Bland take you"
        if sum(1 for c in verb.children if c.dep_ == "nsubj") > 1 or (
            subj.i >= 2 and doc[subj.i - 1].text == "," and doc[subj.i - 2].text[:1].isupper()
        ):
            continue  # a headline's list of names: "McConnell, Pelosi, Ryan seek deal", "Trump, Cruz break away"
            # (the tagger may miss the first name)
        if subj.lower_ in _OPTATIVE_SUBJECTS:
            continue  # a wish in the subjunctive: "God bless America", "Heaven help us"
        if subj.text in ("Ill", "Id", "Im", "Ive"):
            continue  # "After Aleppo Ill see what ...": "I'll" in a copy that lost its apostrophes, no name
        if _after_a_bare_infinitive_taker(doc, subj):
            continue  # "Watch Viktor Orban smile the smile of the just": the object of "watch" and its bare verb
        if subj.is_sent_start and _common_plural_only_here(subj):
            continue  # "Politicos call this the expectations game": a plural noun capitalised as a sentence opens
        if subj._.entity != "PERSON":  # NER runs on this sentence only if it was deferred
            continue
        findings.append(
            Finding(
                start=subj.idx,
                end=verb.idx + len(verb),
                message=f"'{subj.text} {verb.text}': a singular subject takes '{verb.text}s' or a past form",
                severity=0.5,
            )
        )
    return findings


#: Verbs whose object takes a bare infinitive ("watch him smile", "let Trump speak", "made Clinton look").
_BARE_INFINITIVE_TAKERS = frozenset({"watch", "see", "hear", "let", "make", "help", "have", "feel", "notice", "imagine",
                                     "saw", "heard", "made", "helped", "watched", "lets", "makes", "helps", "watches"})


def _after_a_bare_infinitive_taker(doc: Doc, subj: Token) -> bool:
    """The name (all its words) follows a verb that takes an object and a bare infinitive, which the parser
    took for a subject and its verb."""
    start = subj.i
    while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].text[:1].isupper():
        if doc[start - 1].lower_ in _BARE_INFINITIVE_TAKERS:
            return True  # "Watch" opening the sentence, tagged as a name's first word
        start -= 1
    return start > 0 and doc[start - 1].lower_ in _BARE_INFINITIVE_TAKERS


#: Subjects of a set wish in the subjunctive, which takes the bare verb: "God bless you", "Heaven forbid".
_OPTATIVE_SUBJECTS = frozenset({"god", "heaven", "lord"})


def _common_plural_only_here(subj: Token) -> bool:
    """The word is a common noun's plural ("politicos" of "politico") and the article never writes it
    with a capital inside a sentence, where a name would keep one ("Sanders" in "Sen. Bernie Sanders")."""
    word = subj.lower_
    lemmas = getAllLemmas(word).get("NOUN", ())
    if not any(lemma != word and word in noun_plurals(lemma) for lemma in lemmas):
        return False
    return not any(t.text == subj.text and not t.is_sent_start for t in all_tokens(subj.doc))


#: Plural determiners that also stand alone as a subject ("many head home", "several say").
_PRONOUN_DETS = frozenset({"many", "several", "both", "various"})


def _verb_reading_after(noun: Token, nxt: Token) -> bool:
    """'head' in "many head to work" is a verb: a word that is also a verb, followed by a
    preposition, particle or article."""
    if nxt.pos_ not in ("ADP", "PART", "DET") and nxt.tag_ != "RP":
        return False
    return bool(getInflection(noun.lower_, tag="VBP"))


_OBJECT_TO_SUBJECT = {"him": "he", "them": "they", "me": "I", "us": "we"}


def find_object_pronoun_subjects(doc: Doc) -> list[Finding]:
    """ "if him and Taylor had remained on friendly terms": an object pronoun coordinated with another
    subject of a finite verb, where the subject form belongs ("he and Taylor"). The parse must make the
    pronoun the subject and give it the coordinated word; "her" (also a possessive) is not judged."""
    findings: list[Finding] = []
    for tok in tokens_with_dep(doc, _SUBJECT_DEPS):
        low = tok.lower_
        if low not in _OBJECT_TO_SUBJECT or not tok.text.islower() or not any(c.dep_ == "conj" for c in tok.children):
            continue
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", "or"):
            continue  # the pronoun comes first, right before the conjunction: "him and Taylor"
        verb = tok.head
        finite = finite_of(verb)
        if finite is None or finite.i <= tok.i or finite.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue  # "let him and Taylor go", "seeing him and Taylor": no finite verb of their own
        if any(
            t.lower_ in ("let", "make", "made", "saw", "see", "watch", "help", "have", "had")
            for t in doc[max(tok.i - 2, 0) : tok.i]
        ):
            continue
        conj = next(c for c in tok.children if c.dep_ == "conj")
        fix = _OBJECT_TO_SUBJECT[low]
        findings.append(
            Finding(
                start=tok.idx,
                end=conj.idx + len(conj),
                message=f"'{doc_text(doc)[tok.idx : conj.idx + len(conj)]}' is the subject: '{fix}', not '{tok.text}'",
                severity=0.4,
                check="pronoun_case",
            )
        )
    return findings
