"""An auxiliary followed by the wrong form of a verb, read from the parse and checked against
lemminflect's word forms so a tagging slip is not taken for the writer's:

- a modal before a non-base form ("will decided", "could went", "will only analyzing");
- "do" support before a non-base form ("did not went", "doesn't wants");
- "is"/"has"/"was" right before a modal ("there's may not be");
- contracted "'ve" before an -ing form ("they've checking off items");
- a possessive before an inflected verb where a noun belongs ("takes their voted for granted");
- "help" before a past form where its bare infinitive belongs ("has helped fueled the anger");
- "to" after "need"/"want"/"try" ... with a finite "is"/"was" after it: the verb in between is
  missing ("what we need to is stop").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection

from scorer import Finding

from .doccache import doc_text, sentence_of, tokens_where
from .token_findings import span_finding as _finding
from .verb_markers import relative_ellipsis

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MODALS = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must"})
_FINITE_BE_HAVE = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "'s", "’s", "'re", "’re", "am", "'ve", "’ve"}
)
_HAVE_FORMS = frozenset({"has", "have", "had", "'ve", "’ve"})
_POSSESSIVES = frozenset({"my", "his", "its", "our", "their", "your"})
_DO_FORMS = frozenset({"do", "does", "did", "don't", "doesn't", "didn't", "dont", "doesnt", "didnt"})
#: Words whose "'s" is "is" or "has" before a modal slip ("there's may not be"); after a noun it may be a
#: possessive whose noun is left out.
_S_HOSTS = frozenset({"there", "here", "it", "that", "this", "what", "who", "he", "she", "where", "how"})
_AUX_WORDS = _MODALS | _FINITE_BE_HAVE | _DO_FORMS | {"ca", "wo", "sha"}  # "can't" splits as "ca" + "n't"


@functools.lru_cache(maxsize=16384)
def _non_base(word: str) -> str | None:
    """The base form when ``word`` is a past, participle or -s form of a verb and can be nothing else
    (not a base form, noun or adjective); else None."""
    lemmas = getAllLemmas(word)
    verbs = lemmas.get("VERB", ())
    if not verbs or set(lemmas) != {"VERB"} or word in verbs:
        return None
    for lemma in verbs:
        for tag in ("VBD", "VBN", "VBZ"):
            if word in getInflection(lemma, tag, inflect_oov=False):
                return lemma
    return None


@functools.lru_cache(maxsize=16384)
def _ing_only(word: str) -> str | None:
    """The base form when ``word`` is a verb's -ing form and nothing else (not a noun or adjective
    too: "building", "meeting", "increasing", "amazing" are left alone); else None."""
    lemmas = getAllLemmas(word)
    if not word.endswith("ing") or not set(lemmas) <= {"VERB", "AUX"}:
        return None
    for lemma in lemmas.get("VERB", ()):
        if word in getInflection(lemma, "VBG", inflect_oov=False):
            return lemma
    return None


def _subject_before(doc: Doc, modal: Token) -> bool:
    """Whether a noun or pronoun stands right before ``modal`` (its subject: "he would", "cameras will")."""
    return modal.i > 0 and doc[modal.i - 1].pos_ in ("NOUN", "PROPN", "PRON")


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token after ``i`` that is not an adverb or a negation (on the same line)."""
    for j in range(i + 1, min(i + 4, len(doc))):
        t = doc[j]
        if t.pos_ == "ADV" or t.lower_ in ("not", "n't", "n’t"):
            continue
        return t if "\n" not in doc_text(doc)[doc[i].idx : t.idx] else None
    return None


#: Participles that serve as prepositions: after a modal that ends its clause ("as he could") they open a
#: phrase, no verb.
_PREPOSITION_PARTICIPLES = frozenset(
    {"regarding", "concerning", "including", "following", "according", "considering", "excluding", "pending"}
)


def _comparative_ellipsis(doc: Doc, aux: Token, verb: Token) -> bool:
    """ "than they did combined": "than"/"as", a pronoun, "did"/"do", then a participle that ends the clause; or
    one that opens a phrase as a preposition ("as much transparency as he could regarding Mueller's report")."""
    if aux.i < 2 or doc[aux.i - 2].lower_ not in ("than", "as") or doc[aux.i - 1].pos_ != "PRON":
        return False
    if verb.lower_ in _PREPOSITION_PARTICIPLES:
        return True
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    return verb.i + 1 >= len(doc) or doc[verb.i + 1].is_punct


def find_auxiliary_forms(doc: Doc) -> list[Finding]:
    """Return findings for an auxiliary followed by a verb form it cannot take (see module docstring)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _AUX_WORDS):
        low = tok.lower_
        if not (tok.text.islower() or (tok.is_sent_start and tok.text.istitle())):
            continue
        if tok.text in ("May", "Will"):
            continue  # "May revealed in July", "Will took the stand": Theresa May, Will Smith
        if (tok.tag_ == "MD" and low in _MODALS) or (tok.lemma_ == "do" and tok.dep_ == "aux"):
            verb = _next_word(doc, tok.i)
            if verb is None or verb.i != tok.head.i or not verb.is_alpha or not verb.text.islower():
                continue  # the parse must agree that the auxiliary belongs to this verb
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            base = _non_base(verb.lower_)
            if base is None and low in _MODALS and tok.text.islower() and _subject_before(doc, tok):
                # "will only analyzing"; not a gerund subject after the modal: "how would banning the
                # sales make a difference?", "Can having a dog help?"
                base = _ing_only(verb.lower_)
            if base is None or verb.lower_ in ("been", "got", "gotten"):
                continue
            if relative_ellipsis(doc, tok):
                continue  # "As everyone who could sought shelter": "who could" is the whole clause
            if _comparative_ellipsis(doc, tok, verb):
                continue  # "a higher multiple than they did combined", "as he could regarding": "did" and "could"
                # are the whole clause, "combined" an adjunct ("when combined"), "regarding" a preposition
            after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
            if after is not None and after.pos_ == "NOUN" and verb.lower_.endswith("ed") and low.startswith("d"):
                continue  # "do desired things": main verb "do" and an adjective, not "do" support
            findings.append(
                _finding(doc, tok, verb, f"after '{tok.text}' the verb takes its base form ('{base}')", "verb_form")
            )
        elif low in _FINITE_BE_HAVE and tok.i + 1 < len(doc) and tok.tag_ != "POS":
            nxt = doc[tok.i + 1]
            modal_follows = nxt.tag_ == "MD" and nxt.lower_ in _MODALS and nxt.text.islower()
            if modal_follows and (
                low in _HAVE_FORMS or doc_text(doc)[nxt.idx + len(nxt) : nxt.idx + len(nxt) + 1] == "-"
            ):
                pass  # "the disadvantages cars have will cease": main verb "have"; "sites are must-see"
            elif modal_follows and _elliptical(tok):
                pass  # "those who thought it was should look for a psychiatrist": "it was [political]"
            elif modal_follows and low in ("'s", "’s") and (tok.i == 0 or doc[tok.i - 1].lower_ not in _S_HOSTS):
                pass  # "ensuring the special counsel's would not be the last word": a possessive, its noun left out
            elif modal_follows and _question_after_is(doc, tok, nxt):
                pass  # "the real question is will anyone be able to see it": a question quoted without its marks
            elif modal_follows:
                findings.append(_finding(doc, tok, nxt, "a modal cannot follow this auxiliary", "verb_form"))
            elif (
                low in ("'ve", "’ve")
                and tok.dep_ == "aux"
                and nxt.tag_ == "VBG"
                and tok.head.i == nxt.i
                and nxt.lower_ not in ("having", "being")
                and nxt.text.islower()
            ):
                # only the contraction: a full "have" + -ing is often "have <object> going" with the
                # object moved away ("the one thing they have going", "a film I have coming out")
                findings.append(
                    _finding(
                        doc, tok, nxt, "'have' before an -ing form: 'have been ...' or the participle?", "verb_form"
                    )
                )
    return findings


def _elliptical(be: Token) -> bool:
    """'those who thought it was should ...': "be" closing the clause another verb takes, with its
    subject and nothing else, stands for a predicate said before; the modal after it is the outer
    clause's. So too a free relative that is the outer clause's subject: "whoever the next president is
    should know"."""
    children = list(be.children)
    if be.dep_ == "csubj" and any(t.tag_ in ("WP", "WDT") and t.i < be.i for t in be.subtree):
        return True
    return (
        be.dep_ == "ccomp"
        and be.head.i < be.i
        and any(c.dep_ == "nsubj" for c in children)
        and all(c.dep_ in ("nsubj", "neg", "advmod") for c in children)
    )


def find_possessive_before_verb(doc: Doc) -> list[Finding]:
    """ "their voted for": a possessive before an inflected verb that is no noun, with no noun after it."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _POSSESSIVES, 0, 2):
        if tok.lower_ not in _POSSESSIVES or tok.tag_ != "PRP$":
            continue
        verb, after = doc[tok.i + 1], doc[tok.i + 2]
        if not verb.is_alpha or not verb.text.islower() or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue
        if after.is_alpha and not after.text.islower():
            continue
        if after.lower_ in ("and", "or", "but", "yet"):
            continue  # adjectives coordinated before their noun: "due to its tilted and elliptical orbit"
        if not after.is_alpha or doc_text(doc)[verb.idx + len(verb) : verb.idx + len(verb) + 1] != " ":
            continue  # an adjective before a hyphen, a quotation or a doubled space: "their mangled-Spanish
            # signs", "his patented “Braynard Method”", "his expanded  role"
        if _non_base(verb.lower_) and verb.lower_.endswith("ed"):  # -s forms are often nouns too ("our divides")
            findings.append(
                _finding(doc, tok, verb, f"'{verb.text}' is a verb form where a noun belongs", "wrong_word_form")
            )
    return findings


_HELP_FORMS = frozenset({"help", "helps", "helped", "helping"})


def find_help_past(doc: Doc) -> list[Finding]:
    """ "has helped fueled the anger": "help" takes a bare infinitive ("helped fuel"), never a past form.

    Only a form that can be nothing but a past or participle of a verb (lemminflect), lower case, with
    no noun or adjective right after it ("helped trained soldiers escape" reads "trained" as an adjective).
    """
    findings: list[Finding] = []
    for tok in tokens_where(doc, _HELP_FORMS, 0, 2):
        if not tok.tag_.startswith("VB") or not tok.text.islower():  # the parse may call "helped" an auxiliary
            continue
        verb, after = doc[tok.i + 1], doc[tok.i + 2]
        if not verb.is_alpha or not verb.text.islower() or not verb.lower_.endswith("ed"):
            continue
        if after.pos_ in ("NOUN", "PROPN", "ADJ") or verb.pos_ not in ("VERB", "AUX"):
            continue
        base = _non_base(verb.lower_)
        if base is not None:
            message = f"after 'help' the verb takes its base form ('{base}')"
            findings.append(_finding(doc, tok, verb, message, "verb_form"))
    return findings


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
#: Words that open a pseudo-cleft's subject clause at the start of the sentence ("All we need ... is respect").
_CLEFT_OPENERS = frozenset({"all", "what", "everything"})
#: How far before "be" the "do" of a pseudo-cleft stands ("what we need to do is wait", "All he did was").
_CLEFT_REACH = 4
#: Tags of a word after a noun-or-verb form that make it the verb: a particle, an object, a "when" clause.
_VERB_READING_NEXT = frozenset({"RP", "DT", "PRP", "PRP$", "WRB"})


def _cleft_subject_before(doc: Doc, start: int, be: int) -> bool:
    """A clause opened by "all"/"what"/"everything" at the start of the sentence or after a comma, with a verb
    of its own and no comma of its own, runs up to the "be" at ``be`` ("..., all we need to achieve such a state
    is respect ..."; not "What they did was wrong, and their hands were not raise")."""
    for i in range(be - 2, start - 1, -1):
        opener = doc[i]
        if opener.lower_ in _CLEFT_OPENERS and (i == start or doc[i - 1].text in (",", ";", ":", "—", "–")):
            between = doc[i + 1 : be]
            return any(t.pos_ == "VERB" for t in between) and not any(t.text in (",", ";") for t in between)
    return False


def find_be_before_base(doc: Doc) -> list[Finding]:
    """ "his hands were not raise": a form of "be", the auxiliary of the verb after it (adverbs and "not"
    between), and that verb in its bare form, where "be" takes the participle ("raised") or the -ing form.

    Only a bare form that differs from the participle ("raise", not "come", "put" or "become"), lower case,
    tagged a base-form verb by the parse, with "be" as its auxiliary; a sentence with "do" before the "be"
    is a pseudo-cleft whose bare infinitive is right ("All he did was complain", "what we need to do is
    wait")."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _BE_FORMS, 0, 1):
        if tok.dep_ not in ("aux", "auxpass") or not tok.text.islower():
            continue
        verb = _next_word(doc, tok.i)
        if verb is None or verb.i != tok.head.i or verb.tag_ != "VB" or verb.pos_ != "VERB":
            continue
        word = verb.lower_
        if not verb.is_alpha or not verb.text.islower() or word != verb.lemma_.lower():
            continue
        participles = getInflection(word, "VBN", inflect_oov=False)
        if not participles or word in participles:
            continue
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if word in ("suppose", "use") and after is not None and after.lower_ == "to":
            continue  # "aren't suppose to": find_suppose_to names it ("supposed to")
        if "NOUN" in getAllLemmas(word) and (
            after is None or after.tag_ not in _VERB_READING_NEXT or after.dep_ in ("nsubj", "nsubjpass")
        ):
            continue  # a noun the tagger read as a verb: "should be cause for alarm", "is not change you can
            # believe in" (a relative clause's subject after it); a particle, an object or a "when" after it
            # makes it the verb ("were not raise when")
        if tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].lemma_ == "come":
            continue  # "The deal and how it came to be provide telling insight": "came to be" ends a clausal
            # subject, and the bare verb is the sentence's own ("came to be known" takes the participle)
        sent = sentence_of(verb)
        if any(t.lemma_ == "do" for t in doc[max(sent.start, tok.i - _CLEFT_REACH) : tok.i]):
            continue  # a pseudo-cleft: "All he did was complain"; not a "do" of another clause far before
            # ("... but does not explain a three-hour gap ... when the mayor were hold their conference")
        if _cleft_subject_before(doc, sent.start, tok.i):
            continue  # "All we need to achieve such a state is respect each other's beliefs": the clause before
            # "is" is the pseudo-cleft's subject, however far its verb stands
        message = f"after '{tok.text}' the verb takes its participle ('{participles[0]}') or -ing form"
        findings.append(_finding(doc, tok, verb, message, "verb_form"))
    return findings


_FULL_HAVE = _HAVE_FORMS - {"'ve", "’ve"}
#: -ing nouns for something one has, with no object after them: "Mr. Sanders has backing from 33 percent",
#: "the group has standing to sue", "the campaign has polling that shows".
_HAD_ING_NOUNS = frozenset(
    {"backing", "funding", "financing", "training", "housing", "standing", "meaning", "understanding", "parking",
     "seating", "clothing", "bedding", "schooling", "footing", "lodging", "plumbing", "wiring", "heating",
     "polling", "staffing", "marketing", "advertising", "programming", "shielding", "packaging", "bearing",
     "coaching", "counseling", "counselling", "screening", "testing"}
)  # fmt: skip


def _fronted_comparative(tok: Token) -> bool:
    """'The more people you have working on it, the better ...': a comparative correlative puts the
    clause's object ("the more people") before its subject."""
    doc = tok.doc
    sent = tok.sent
    return any(
        doc[k].lower_ == "the" and doc[k + 1].lower_ in ("more", "fewer", "less")
        for k in range(sent.start, tok.i - 1)
    )


def _to_do_after(doc: Doc, verb: Token) -> bool:
    """The -ing form is followed (past a particle) by "to do": "have catching up to do", "explaining to do"."""
    k = verb.i + 1
    if k < len(doc) and doc[k].dep_ == "prt":
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].lower_ == "do"


def find_have_before_ing(doc: Doc) -> list[Finding]:
    """ "They have already attending weddings": "have" as the auxiliary of an -ing form, with "been"
    missing or the participle meant ("have already attended").

    The parse must make "have" the -ing verb's only auxiliary and the -ing verb the head of a main or
    complement clause: in a relative clause the object has moved away and "have" is the main verb ("the
    one thing they have going for them", "a film I have coming out"). Only adverbs and "not" may stand
    between them; with none between, a noun or adjective after the -ing form makes it an adjective ("has
    glowing praise", "has increasing bipartisan support"), and an -ing noun for something one has needs no
    object ("has backing from 33 percent"). The contracted "'ve" is ``find_auxiliary_forms``'s."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _FULL_HAVE, 0, 1):
        if tok.dep_ != "aux" or not (tok.text.islower() or (tok.is_sent_start and tok.text.istitle())):
            continue
        verb = _next_word(doc, tok.i)
        if verb is None or verb.i != tok.head.i or verb.tag_ != "VBG" or not verb.text.islower():
            continue
        if verb.lower_ in ("having", "being") or verb.dep_ in ("relcl", "acl", "amod"):
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.i != tok.i for c in verb.children):
            continue  # "has been attending", "will have"... : another auxiliary carries the form
        if _fronted_comparative(tok):
            continue  # "The more people you have working on it": "have" is the main verb, its object fronted
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if verb.lower_ == "going" and after is not None and after.lower_ == "for":
            continue  # "What he has going for him is money": the idiom, its object fronted
        if _to_do_after(doc, verb):
            continue  # "they still have catching up to do", "has some explaining to do": the gerund is the object
        if verb.lower_ in _HAD_ING_NOUNS and (after is None or after.pos_ in ("ADP", "PUNCT", "PRON", "SCONJ", "PART")):
            continue  # "has backing from 33 percent": a noun for what one has, not an -ing verb
        if verb.i == tok.i + 1 and (after is None or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            continue  # an adjective before its noun: "has glowing praise", "we have crumbling bridges"
        base = _ing_only(verb.lower_) or verb.lemma_.lower()
        participles = getInflection(base, "VBN", inflect_oov=False)
        fix = f"'been {verb.text}' or '{participles[0]}'" if participles else f"'been {verb.text}'"
        message = f"'have' before an -ing form: {fix}?"
        findings.append(_finding(doc, tok, verb, message, "verb_form"))
    return findings


#: Verbs whose "to" is an infinitive marker, never a stranded preposition ("what it amounts to is" is fine).
_TO_VERBS = frozenset(
    {"need", "needs", "needed", "want", "wants", "wanted", "ought", "try", "tries", "tried", "trying", "plan", "plans"}
)
_FINITE_BE = frozenset({"is", "was", "are", "were"})


def find_missing_infinitive(doc: Doc) -> list[Finding]:
    """ "what we need to is stop": an infinitive "to" with a finite "is"/"was" right after it, so the verb
    ("do") between them is missing."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"to"}), 1, 1):
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if prev.lower_ in _TO_VERBS and nxt.lower_ in _FINITE_BE and nxt.text.islower() and prev.is_alpha:
            findings.append(_finding(doc, prev, nxt, "a verb is missing after 'to' ('... to do is')", "missing_word"))
    return findings


_CONTRACTED_BE_HAS = frozenset({"'s", "’s"})
_CONTRACTING_PRONOUNS = frozenset({"he", "she", "it", "that", "there", "who", "what", "this"})


def find_contracted_auxiliary(doc: Doc) -> list[Finding]:
    """ "he's seems to be okay": "'s" ("is" or "has") after a pronoun, then a verb's -s form, which
    neither can take; the writer typed both "he's" and "he seems". Only the -s form is judged (the tag
    and lemminflect agree it is a verb's -s form and no noun's plural: "there's riots" is a plural noun),
    and the parse must hang the "'s" on that verb."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, _CONTRACTED_BE_HAS, start=1, stop_before_end=1):
        prev, verb = doc[tok.i - 1], doc[tok.i + 1]
        if prev.lower_ not in _CONTRACTING_PRONOUNS or tok.dep_ not in ("aux", "auxpass", "ROOT"):
            continue
        if verb.tag_ != "VBZ" or not verb.is_alpha or not verb.text.islower() or verb.lower_ in ("is", "has", "does"):
            continue
        if tok.dep_ != "ROOT" and tok.head.i != verb.i:
            continue
        lemmas = getAllLemmas(verb.lower_)
        if "NOUN" in lemmas or "VERB" not in lemmas:
            continue  # "it's looks that count" reads "looks" as a noun; a word lemminflect does not know
        base = lemmas["VERB"][0]
        if verb.lower_ not in getInflection(base, "VBZ"):
            continue
        findings.append(
            _finding(
                doc,
                prev,
                verb,
                f"'{tok.text}' and the -s form '{verb.text}' together: '{prev.text} {verb.text}' or "
                f"'{prev.text}{tok.text} {getInflection(base, 'VBN')[0] if getInflection(base, 'VBN') else base}'",
                "verb_form",
            )
        )
    return findings


#: Nouns a copula can present a question with: "the real question is will anyone ...", "my worry is can we".
_QUESTION_NOUNS = frozenset({"question", "issue", "worry", "concern", "point", "thing", "problem", "challenge", "test"})


def _question_after_is(doc: Doc, be: Token, modal: Token) -> bool:
    """"is" has a question noun for subject and the modal opens a question: a subject comes right after it
    ("is will anyone be able", "is can we afford it")."""
    if be.lower_ not in ("is", "was") or modal.i + 1 >= len(doc):
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    after = doc[modal.i + 1]
    return (
        subject is not None
        and subject.lemma_.lower() in _QUESTION_NOUNS
        and (after.pos_ in ("PRON", "PROPN", "DET") or after.tag_ == "NNP")
    )
