"""Claims with no source at all: agentless passives of reporting, believing and judging verbs.

"It is believed that ...", "is said to", "a man believed to be the gunman", "has been criticized as",
"Palmer, widely regarded as one of golf's greatest stars": the passive leaves out who believes, says or judges.
Each rule takes a verb the parse gives (``detect._verb`` calls them in turn), adds an agentless
:class:`~.attribution.Attribution` when the construction holds a claim, and says whether it did; what they leave
alone they say in their docstrings (a passive with its agent or a named report, a question, people reporting
their own symptoms, a toll, a title or charge, a figure of speech).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import patterns as P
from .attribution import Add, Attribution, Pending, lemma_of, word
from .classify import AGENTLESS, COMMON, RUMOUR

if TYPE_CHECKING:
    from spacy.tokens import Token


def reduced_passive(verb: Token, lemma: str, add: Add) -> bool:
    """'with Wintour said to be the driving force', 'a man believed to be the gunman': a passive
    without its auxiliary (the tagger often calls the participle a past tense). True when added."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return False
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None or xcomp.lemma_ not in ("be", "have") or not any(c.tag_ == "TO" for c in xcomp.children):
        return False
    if verb.dep_ not in ("acl", "advcl", "relcl") and not any(c.dep_ == "mark" for c in verb.children):
        return False  # a finite "Wintour said to be quiet" (told) is no passive
    doc = verb.doc
    last = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "TO" else verb.i
    kind = RUMOUR if lemma in ("rumor", "rumour") else AGENTLESS
    add(Attribution(kind, verb.i, last, verb.lower_, "passive", cue_i=verb.i), verb.i)
    return True


def _claim_before(verb: Token, it: Token) -> bool:
    """'Pitt "lunged" at his son ..., it has been claimed.': the claim is the clause before the
    comma, however the parser hung it (often as an adverbial clause of the passive)."""
    doc = verb.doc
    if it.i == 0 or doc[it.i - 1].text not in (",", "—", "--") or verb.dep_ != "ROOT":
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and not after.is_punct:
        return False  # "..., it was believed to be ...": the passive has its own content
    return any(c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < it.i for c in verb.children)


def it_clause_passive(verb: Token, passive_subject: Token | None, add: Add) -> bool:
    """'It was also noted that ...', 'it has been revealed that ...'. True when one was added."""
    if passive_subject is None or word(passive_subject) != "it" or passive_subject.i > verb.i:
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if asks(verb):
        return False
    add(Attribution(AGENTLESS, passive_subject.i, verb.i, verb.lower_, "passive", cue_i=verb.i), verb.i)
    return True


def agentless_passive(verb: Token, lemma: str, passive_subject: Token | None, add: Add) -> bool:
    """'it is widely believed that ...', 'he is thought to have fled'. True when one was added."""
    doc = verb.doc
    weak = lemma in P.WEAK_AGENTLESS_VERBS
    kind = RUMOUR if lemma in ("rumor", "rumour") else AGENTLESS
    if passive_subject is not None and word(passive_subject) == "it" and passive_subject.i < verb.i:
        clause = (
            any(c.dep_ == "ccomp" for c in verb.children)
            or verb.dep_ == "parataxis"
            or _claim_before(verb, passive_subject)
        )
        # "it is thought to have sunk", not "it was reported missing" (a status, no claim passed on)
        raising = lemma not in P.NO_RAISING_VERBS and any(
            c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in verb.children
        )
        if lemma == "agree" and not _weasel_adverb(verb):
            return False  # "it was agreed that the talks would resume": a decision, not a claim
        if clause and asks(verb):
            return False  # "It wasn't immediately known how long ...": a question, no claim
        if lemma == "consider" and not _weasel_adverb(verb) and _it_norm(verb):
            return False  # "it is considered good manners to exchange some sort of pleasantry": a norm
        if clause or raising:  # not "it's supposed to curb ...": there "it" is a real subject
            if lemma == "know" and clause:
                kind, weak = COMMON, False  # "it's known now that ...": common ground claimed for nobody
            add(Attribution(kind, passive_subject.i, verb.i, verb.lower_, "passive", weak=weak, cue_i=verb.i), verb.i)
            return True
        return False
    if _claim_pronoun_passive(verb, lemma, passive_subject):
        # "(that's been reported)", "This has been claimed before": the pronoun stands for the claim
        # just made, and nobody is given as having reported or made it
        add(Attribution(kind, passive_subject.i, verb.i, verb.lower_, "passive", weak=weak, cue_i=verb.i), verb.i)
        return True
    if lemma in P.NO_RAISING_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "his injuries are not believed to be life-threatening": no belief passed on (0 of 2 queried)
    if (
        lemma == "know"
        and passive_subject is not None
        and (passive_subject.like_num or any(c.dep_ == "nummod" for c in passive_subject.children))
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in _TOLL_VERBS for c in verb.children)
    ):
        return False  # "Forty-four people have been infected and 23 people are known to have died": a toll counted
        # (not "Six suspects ... are known to be in custody", a claim about where they are)
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None or not any(c.tag_ == "TO" for c in xcomp.children):
        return False
    auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    first = min(auxes) if auxes else verb.i
    last = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "TO" else verb.i
    add(Attribution(kind, first, last, verb.lower_, "passive", weak=weak, cue_i=verb.i), verb.i)
    return True


_QUESTION_WORDS = frozenset({"how", "why", "whether", "if", "what", "who", "whom", "when", "where", "which"})

#: What people report of their own bodies: "sensations reported by diplomats", "reported experiencing nausea".
_SYMPTOM_NOUNS = frozenset(
    {"symptom", "sensation", "illness", "injury", "pain", "headache", "nausea", "dizziness", "ailment", "noise"}
)
_EXPERIENCE_VERBS = frozenset({"experience", "feel", "suffer", "hear"})


def reports_own_symptoms(verb: Token) -> bool:
    """'report' tells what the reporters suffered: its object, or the noun it describes ("illnesses reported by",
    "those reported by" after an injury), is a symptom, or it takes "experiencing", "feeling", "hearing"."""
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("dobj", "xcomp", "ccomp") and (
            lemma in _SYMPTOM_NOUNS or (child.tag_ == "VBG" and lemma in _EXPERIENCE_VERBS)
        ):
            return True
    if verb.dep_ != "acl" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in _SYMPTOM_NOUNS:
        return True
    return head.lower_ in ("those", "that") and any(
        t.lemma_.lower() in _SYMPTOM_NOUNS for t in verb.doc[verb.sent.start : head.i]
    )


#: What a toll counts: "23 people are known to have died".
_TOLL_VERBS = frozenset({"die", "kill", "perish", "drown", "injure", "wound"})

#: Verbs whose agentless passive on a demonstrative passes on the claim before it: "(that's been
#: reported)". Not "say" ("that has been said before": a repetition) nor verbs of public acts.
_CLAIM_PASSIVES = frozenset({"report", "claim", "allege", "rumor", "rumour"})


def _claim_pronoun_passive(verb: Token, lemma: str, subject: Token | None) -> bool:
    """'(that's been reported)', 'This has been claimed': a demonstrative subject (not a relative
    "that") of an agentless passive of reporting; not a crime reported to someone ('This was
    reported to police')."""
    if subject is None or lemma not in _CLAIM_PASSIVES or subject.i > verb.i:
        return False
    if word(subject) not in ("this", "that") or subject.tag_ != "DT" or verb.dep_ in ("relcl", "acl"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


def stated_clause(clause: Token) -> bool:
    """The clause states something ('has learned [that] Michelle has had ...', 'we understand he quit'):
    not a question ('how they think', 'has learned how to') and not a bare infinitive ('a reporter say')."""
    if clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT") and t.i < clause.i for t in clause.subtree)


def asks(verb: Token) -> bool:
    """The verb's clause is an indirect question ("it is not known how long ...", "it was not
    reported whether ..."): it says what is open, not what someone claims."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _QUESTION_WORDS for c in verb.children)


def evaluative_passive(verb: Token, lemma: str, add: Add) -> None:
    """'is widely regarded as', 'is considered one of the best', 'was often criticized',
    'has been accused of'."""
    doc = verb.doc
    adverbs = [c for c in verb.lefts if c.dep_ == "advmod" and c.lower_ in P.WEASEL_ADVERBS]
    if any(c.dep_ == "prep" and c.lower_ in ("in", "by", "on") and _names_a_source(c) for c in verb.children):
        return  # "was described in the New York Post as", "On RT, the West is portrayed as": the judge is named
    as_prep = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)
    if as_prep and _judge_after_quoted_words(verb):
        return  # 'were described as “a type of fascism” by the Speaker of the House of Commons'
    if as_prep and (judge := _judge_inside_as(verb)) is not None:
        # "they were regularly denounced as nativists by party elites": the parser hung the passive's agent
        # on the complement; the judges are given, named or not, so the source is theirs to classify
        add(Pending("agent", verb.i, judge.i), verb.i, judge.i)
        return
    if as_prep and _as_a_figure(verb):
        return  # "Those contribution levels were described as $100,000": a figure given, no judgement
    complement = lemma in P.AS_VERBS and (
        as_prep
        or (
            lemma not in P.PERCEPTION_VERBS
            and any(c.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp") for c in verb.rights)
        )
    )
    prep = P.PREP_JUDGEMENT_VERBS.get(lemma)
    charged = prep is not None and any(c.dep_ == "prep" and c.lower_ == prep for c in verb.rights)
    if not (adverbs or complement or charged):
        return
    if lemma == "consider" and not adverbs and (_status_complement(verb) or _it_norm(verb)):
        # "jobs that are considered "inherently governmental"", "detainees ... who are considered too
        # dangerous to release", "are considered less appealing": a status, not a judgement passed off
        # as common ground (0 of 4 such findings right in the tuning sets and a judged round), unlike a
        # noun phrase ("has long been considered a top contender", "is considered one of the best")
        return
    if lemma == "describe" and any(c.dep_ == "advmod" and c.lower_ == "best" for c in verb.children):
        return  # "a makeshift residence that is best described as a “compound”": the writer's own wording
    if lemma == "accuse" and not adverbs and _present_charge(verb):
        return  # "the man who is accused of detonating", "after being accused of": a pending charge (0 of 3 queried)
    auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    first = min(auxes) if auxes else verb.i
    nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    last = verb.i + 1 if nxt == "as" or (charged and nxt == prep) else verb.i
    weak = not (adverbs or charged)
    add(Attribution(AGENTLESS, first, last, verb.lower_, "evaluative", weak=weak, cue_i=verb.i), verb.i)


def _judge_after_quoted_words(verb: Token) -> bool:
    """'were described as “a type of fascism” by the Speaker of the House of Commons': after quoted words the
    parser hangs the passive's agent on them; a "by" and a name right after the closing quotation mark is the
    judge all the same."""
    doc = verb.doc
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for tok in prep.subtree:
            if (tok.lower_ == "by" and tok.i > 0 and doc[tok.i - 1].text in ("”", '"', "’", "'")
                    and tok.dep_ in ("prep", "agent") and _names_a_source(tok)):
                return True
    return False


def _judge_inside_as(verb: Token) -> Token | None:
    """The object of a "by" the parser hung inside the verb's "as" phrase ("denounced as nativists by party
    elites", "denounced as reckless by critics"): the passive's agent. Not a "by" of the complement's own
    ("described as a book by Orwell"), which follows a noun with a proper name."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for tok in prep.subtree:
            if tok.lower_ != "by" or tok.dep_ not in ("prep", "agent"):
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "ADJ"):
                if tok.head.pos_ == "NOUN" and pobj.pos_ == "PROPN":
                    continue  # "described as a book by Orwell": the author of the thing, not the judge
                return pobj
    return None


def _finite_clause(verb: Token) -> bool:
    """A clause of content with a finite verb ("it is considered that the war was a mistake"), not an
    infinitive the parser hung as one ("good manners to exchange")."""
    return any(c.dep_ == "ccomp" and not any(g.tag_ == "TO" for g in c.children) for c in verb.children)


def _weasel_adverb(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in P.WEASEL_ADVERBS for c in verb.children)


def _it_norm(verb: Token) -> bool:
    """'It is considered good manners to exchange some sort of pleasantry': "it" stands for an
    infinitive, and what is considered is a norm, not a claim (a finite clause would be one)."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.lefts) or _finite_clause(verb):
        return False
    # the infinitive "it" stands for ("It also is considered an important partner": "it" is a country)
    return any(t.tag_ == "TO" and t.head.tag_ == "VB" for t in verb.subtree if t.i > verb.i)


def _status_complement(verb: Token) -> bool:
    """The complement is an adjective that is no superlative ('considered too dangerous to release',
    'considered stable') or an official name, not a noun phrase or a ranking ('considered the most dangerous')."""
    if any(t.tag_ in ("JJS", "RBS") for t in verb.subtree if t.i > verb.i):
        return False
    return any(c.dep_ in ("oprd", "acomp") and (c.pos_ == "ADJ" or _designation(c)) for c in verb.rights)


def _designation(noun: Token) -> bool:
    """A name of two or more capitalised words as the complement ("is considered a High Intensity Drug
    Trafficking Area"): an official status the name makes checkable, not an opinion."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    return noun.pos_ == "PROPN" and len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def _present_charge(verb: Token) -> bool:
    """'is accused of', 'are being accused of', 'after being accused of': the legal present of a
    charge, not the perfect or past of an accusation that has circulated ('has been accused of')."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "had", "was", "were", "been") for a in auxes):
        return False  # "he's been accused of": the perfect, whatever "'s" stands for
    # "takes credit ..., but is accused of": the subject is the first verb's
    owner = verb.head if verb.dep_ == "conj" else verb
    subject = next((c for c in owner.lefts if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is not None and subject.lemma_.lower() in P.INSTITUTION_NOUNS:
        return False  # "The government ... is accused of using heavy-handed tactics": by whom?
    return any(a.lower_ in ("is", "are", "am", "being", "'s", "’s") for a in auxes)


def _as_a_figure(verb: Token) -> bool:
    """The "as" of the passive gives an amount ('described as $100,000', 'listed as 12 percent')."""
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.like_num or pobj.tag_ == "CD" or pobj.lower_ in ("%", "percent")):
                return True
    return False


def weasel_participle(verb: Token, add: Add) -> bool:
    """'Palmer, widely regarded as one of golf's greatest stars, died Sunday', 'the few widely
    regarded as having the relevant credentials': a reduced passive of judging with a weasel
    adverb and no agent. Not a name in quotation marks ('often described as the "Alternative
    Nobel."'): that says what a thing is called, not what it is. True when one was added."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("agent", "dobj", "nsubj", "neg") for c in verb.children):
        return False
    if not any(c.dep_ in ("auxpass", "aux") for c in verb.children) and verb.dep_ not in (
        "acl",
        "advcl",
        "amod",
        "ROOT",
    ):
        return False
    doc = verb.doc
    if lemma_of(verb) in P.PERCEPTION_VERBS and (verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "as"):
        return False  # "the one usually seen of her": seeing, not a judgement ("is widely seen as")
    adverbs = [c for c in verb.lefts if c.dep_ == "advmod" and c.lower_ in P.WEASEL_ADVERBS]
    if not adverbs or any(
        c.dep_ == "prep" and c.lower_ in ("in", "by", "on") and _names_a_source(c) for c in verb.children
    ):
        return False
    named = ("prep", "oprd", "attr", "xcomp", "acomp", "ccomp", "nsubjpass")  # the parser's guesses at the name
    if not any(c.dep_ in named for c in verb.rights) and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # a reduced participle needs what it judges or names ("as the best", "the voice of ...")
    if any(t.text in ('"', "“", "'", "‘") or t.tag_ == "``" for t in doc[verb.i + 1 : verb.i + 4]):
        return False  # 'often described as the "Alternative Nobel"', 'commonly called the "Brexit"'
    auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    first = min(auxes + [a.i for a in adverbs])
    last = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "as" else verb.i
    add(Attribution(AGENTLESS, first, last, verb.lower_, "evaluative", cue_i=verb.i), verb.i)
    return True


def _names_a_source(prep: Token) -> bool:
    """'in the New York Post', 'by Reuters': a proper name is the prepositional object."""
    return any(
        c.dep_ == "pobj" and (c.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in c.lefts)) for c in prep.children
    )
