"""Find attributions in a parsed article and say who, if anyone, stands behind each.

Reads only the shared Doc: the dependency parse links each cue (a reporting verb, "according
to", a report noun, a passive "it is believed") to its source phrase, which ``classify.py``
judges. Verbs of saying and believing, of judging ("critics slammed") and light-verb stances
("took issue with") count; agentless passives ("it is believed", "has been criticized as", "a
man believed to be") have no source at all (their rules: ``passives.py``). What an attribution
holds, and the words every rule reads with, are ``attribution.py``'s. A few fixed phrases ("on condition of anonymity",
"rumour has it", "it's no secret that") come from a ``Matcher`` built once per vocabulary.

The parser of a small pipeline often fails on exactly these sentences ("A source told In Touch"
as a reduced relative, "one insider reveals" with the verb tagged a noun), so a source noun
followed by a speech verb, and a noun phrase that is a sourcing formula by itself ("Sources
close to the couple"), are found without the tree.

Two stages, so that NER (run per sentence, on demand) is needed only where a verdict can
depend on an entity label: :func:`detect` reads the parse alone and settles every source it
can; :func:`resolve` classifies the rest with entity labels and assembles the attributions.
``Detection.entity_sentences`` names the sentences the second stage will read labels in.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import filter_spans

from . import patterns as P
from .anaphora import antecedent, definite_role, refers_to_named
from .attribution import HEDGED_KINDS, Add, Attribution, Pending, lemma_of, word
from .candidates import candidates
from .classify import (
    AGENTLESS,
    ANONYMOUS,
    COMMON,
    NAMED,
    REPORT,
    RUMOUR,
    VAGUE,
    Source,
    anonymity_word,
    classify_source,
    classify_without_entities,
    describes_the_named_subject,
    entity,
    has_anonymity_marker,
    has_named_apposition,
    known_figure,
    named_right_after,
    names_an_origin,
    others_after_names,
    phrase_bounds,
    phrase_start,
)
from .passives import (
    agentless_passive,
    evaluative_passive,
    it_clause_passive,
    reduced_passive,
    reports_own_symptoms,
    weasel_participle,
)
from .quotes import find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab


_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "advcl"})
_TOPIC_PREPS = frozenset({"of", "about", "against", "on", "that"})
_BETWEEN_SOURCE_AND_VERB = frozenset({"aux", "auxpass", "advmod", "neg"})
_VERB_CUES = (
    P.CUE_VERBS | P.AGENTLESS_PASSIVE_VERBS | P.EVALUATIVE_PASSIVE_VERBS | P.IT_CLAUSE_PASSIVE_VERBS | P.RESEARCH_VERBS
)
_NOUN_CUES = P.HEARSAY_NOUNS | {"assessment", "warning", "allegation"}
#: Every word or lemma a first-stage rule can start from (``candidates`` finds them).
_START_WORDS = (
    P.MATCHER_TRIGGERS
    | set(P.HEDGE_ADVERBS)
    | set(P.LEMMA_FIXES)
    | {q + "according" for q in ("", '"', "“", "”", "'", "‘", "’", "`")}
)
_START_LEMMAS = (
    _VERB_CUES
    | _NOUN_CUES
    | {verb for verb, _ in P.STANCE_PHRASES}
    | P.ALWAYS_ANONYMOUS_NOUNS
    | {"people", "person", "official"}
    | P.CITING_VERBS
)




#: One step of the first stage: a finished attribution or a pending one, with the token indices
#: that point at it (for the anonymity phrases of ``_phrases``).
Step = tuple[Attribution | Pending, tuple[int, ...]]


@dataclass
class Detection:
    """What the parse alone says about a Doc: the steps in text order and the fixed phrases
    (``(start, end, label)``) the matcher found."""

    steps: list[Step]
    phrases: list[tuple[int, int, str]]

    def entity_sentences(self, doc: Doc) -> list[Span]:
        """The sentences in which :func:`resolve` may read entity labels."""
        starts = [doc[p.head] for p, _ in self.steps if isinstance(p, Pending) and not p.decided]
        # a named subject beside "on condition of anonymity" is checked for a PERSON label
        starts += [doc[start] for start, _, label in self.phrases if label == "ANONYMITY"]
        sentences: dict[int, Span] = {}
        for tok in starts:
            sent = tok.sent
            sentences.setdefault(sent.start, sent)
        return sorted(sentences.values(), key=lambda s: s.start)



# One matcher per vocabulary; the vocab object is kept alive alongside so its id stays unique.
_MATCHERS: dict[int, tuple[Vocab, Matcher]] = {}


def get_matcher(vocab: Vocab) -> Matcher:
    """The phrase matcher for ``vocab``, built on first use and reused after."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = Matcher(vocab)
    for label, pats in P.anonymity_patterns().items():
        matcher.add(label, pats)
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in ``doc``, in text order, at most one per source phrase."""
    return resolve(doc, detect(doc))


def detect(doc: Doc) -> Detection:
    """First stage, from the parse alone: cues, their source heads, and every verdict that
    needs no entity label."""
    steps: list[Step] = []

    def add(item: Attribution | Pending, *anchors: int) -> None:  # anchors: indices that point at it
        if isinstance(item, Pending):
            decided, source = classify_without_entities(doc[item.head])
            item = dataclasses.replace(item, decided=decided, source=source)
        steps.append((item, anchors))

    trigger_sents: dict[int, Span] = {}  # sentences the phrase matcher must look at, by start
    for tok in candidates(doc, _START_WORDS, _START_LEMMAS):
        lower = word(tok)
        lemma = lemma_of(tok)
        if lower in P.MATCHER_TRIGGERS:
            sent = tok.sent
            trigger_sents[sent.start] = sent
        if lower in P.HEDGE_ADVERBS and tok.pos_ == "ADV":
            add(Attribution(AGENTLESS, tok.i, tok.i, lower, "adverb", weak=lower == "allegedly"), tok.i)
        elif lower == "according":
            _according(tok, add)
        elif lemma in P.CITING_VERBS and tok.pos_ == "VERB" and _cited(tok, add):
            continue  # a person cited speaks; a document cited leaves the citer a source ("cited the audit")

        elif lemma in _VERB_CUES and (tok.pos_ in ("VERB", "AUX") or _verb_tagged_as_noun(tok)):
            _verb(tok, lemma, add)
        elif tok.pos_ == "VERB" and _stance(tok, lemma):
            _verb(tok, "criticize", add)  # "took issue with", "took this as proof that": a judgement
        elif (
            tok.pos_ == "NOUN" and (tok.dep_ in ("ROOT", "nsubj") or _postposed_verb(tok)) and _declares_anonymity(tok)
        ):
            first, last = _formula_bounds(tok)
            if (verb := _postposed_verb(tok)) is not None:
                last = verb.i - 1  # the formula, not the speech verb the parser hung inside it
            add(Attribution(ANONYMOUS, first, last, tok.lower_, "anonymity"), tok.i)
        elif (
            tok.pos_ == "NOUN" and lemma in P.ALWAYS_ANONYMOUS_NOUNS and not others_after_names(tok)
            and not known_figure(tok) and not describes_the_named_subject(tok) and not _credit_line(tok)
            and not has_named_apposition(tok)  # "The informant, Douglas Campbell, said"
            and ((verb := _speech_after(tok)) is not None or (verb := _speech_before(tok)) is not None)
        ):
            first, last = _formula_bounds(tok)
            if verb.i < first:
                first = verb.i  # "disclosed a confidant"
            elif verb.i - last <= 2:
                last = verb.i
            add(Attribution(ANONYMOUS, first, last, verb.lower_, "subject", cue_i=verb.i), tok.i)
        elif tok.pos_ == "NOUN" and lemma in _NOUN_CUES:
            _noun(tok, add)

    phrases: list[tuple[int, int, str]] = []
    if trigger_sents:
        matcher = get_matcher(doc.vocab)
        # the matcher costs ~4 µs a token; running it on the few sentences that can match keeps it cheap
        spans = filter_spans([m for sent in trigger_sents.values() for m in matcher(sent, as_spans=True)])
        phrases = [(span.start, span.end, span.label_) for span in spans]
    return Detection(steps, phrases)


def resolve(doc: Doc, detection: Detection) -> list[Attribution]:
    """Second stage: classify the sources the parse could not settle and assemble the
    attributions, in text order, at most one per source phrase."""
    found: list[Attribution] = []
    by_token: dict[int, int] = {}  # cue verb or source head -> index into found
    for item, anchors in detection.steps:
        if isinstance(item, Pending):
            source = item.source if item.decided else classify_source(doc[item.head])
            if source is not None and source.kind == VAGUE and refers_to_named(doc, doc[item.head], found):
                source = dataclasses.replace(source, kind=NAMED)  # "the attorneys" after "Baroni's attorneys"
            attr = _finish(doc, item, source)
            if attr is None and source is None:
                attr = _anaphor(doc, item, found)
            if attr is None:
                continue
        else:
            attr = item
        for anchor in anchors:
            by_token[anchor] = len(found)
        found.append(attr)
    if detection.phrases:
        spans = [Span(doc, start, end, label=label) for start, end, label in detection.phrases]
        _phrases(doc, spans, found, by_token)
    return dedupe(found)


def _finish(doc: Doc, item: Pending, source: Source | None) -> Attribution | None:
    """The attribution a pending construction makes with its classified source, if any."""
    if source is None:
        return None
    cue = doc[item.cue]
    lemma = lemma_of(cue)
    if item.via == "according":
        first = cue.i if source.kind not in (NAMED, ANONYMOUS, VAGUE) else source.first
        return _attr(source, "according", "according", first=first, cue_i=cue.i)
    if item.via == "agent":
        if source.kind != NAMED and lemma in P.RESEARCH_VERBS and not _has_clause(cue):
            return None  # "three more were found by authorities": a thing found, no finding reported
        # "was widely panned by critics"; a named agent only counts for a cue verb
        if source.kind != NAMED and _votes_on(cue, lemma):
            return None  # "the purchase, subsequently rejected by regulators": a decision on the record
        if source.kind != NAMED or lemma in P.CUE_VERBS:
            return _attr(source, cue.lower_, "agent", quoted=_quoted(cue), cue_i=cue.i)
        return None
    if item.via == "subject":
        if source.kind == NAMED or _claims_for_unnamed(cue, lemma, source):
            return _extend_to_verb(_attr(source, cue.lower_, "subject", quoted=_quoted(cue), cue_i=cue.i), cue)
        return None
    if item.via == "inverted":
        return _attr(source, cue.lower_, "inverted", quoted=_quoted(cue), cue_i=cue.i)
    if item.via == "noun":
        return _attr(source, cue.lower_, "noun", cue_i=cue.i) if source.kind != AGENTLESS else None
    if item.via == "cited":
        return _attr(source, cue.lower_, "cited", cue_i=cue.i) if source.kind in (ANONYMOUS, VAGUE, REPORT) else None
    raise ValueError(f"unknown construction {item.via!r}")


def _anaphor(doc: Doc, item: Pending, found: list[Attribution]) -> Attribution | None:
    """'adds the friend', 'the official added': a definite role noun that refers back to an
    unnamed source of the same role (``anaphora.py``), flagged as that source's kind."""
    head = doc[item.head]
    if item.via not in ("subject", "inverted", "according") or not definite_role(head):
        return None
    earlier = antecedent(doc, head, [a for a in found if a.kind in HEDGED_KINDS or a.kind == NAMED])
    if earlier is None:
        return None
    cue = doc[item.cue]
    if item.via == "subject" and not _claims_for_unnamed(cue, lemma_of(cue), Source(earlier.kind, 0, 0)):
        return None
    first, last = phrase_bounds(head)
    if item.via == "according":
        first = cue.i
    attr = Attribution(
        earlier.kind,
        first,
        last,
        cue.lower_,
        "anaphora",
        quoted=_quoted(cue),
        affiliated=earlier.affiliated,
        cue_i=cue.i,
    )
    return _extend_to_verb(attr, cue) if item.via == "subject" else attr


def _claims_for_unnamed(cue: Token, lemma: str, source: Source) -> bool:
    """Whether an unnamed subject of ``cue`` is credited with a claim: a verb of saying, thinking
    or judging with something to report ("experts say", "critics slammed the plan"); an unnamed
    person with any cue ("one insider reveals"); a find by researchers or an unowned report. Not
    an order or advice ("Authorities have told residents to stay inside")."""
    if _directive(cue, lemma) or _says_things(cue) or _votes_on(cue, lemma) or _regards_with(cue, lemma):
        return False
    if _object_not_claimed(cue, lemma):
        return False  # "the attacks according to the source claimed the lives of two persons"
    if _reciprocal(cue):
        return False  # "lawmakers accused each other of playing politics": a quarrel told, no claim credited
    if lemma in P.EVALUATION_VERBS or _stance(cue, lemma):
        return True
    if lemma in P.STRONG_CUE_VERBS:
        if lemma in P.RESEARCH_VERBS and source.kind != REPORT:
            return _research_subject(cue) and _finds_a_claim(cue)
        return source.kind == REPORT or _reports_a_claim(cue, lemma)
    if lemma in P.RESEARCH_VERBS:
        return source.kind == REPORT or (_research_subject(cue) and _finds_a_claim(cue))
    if lemma == "call" and not any(c.dep_ in ("oprd", "ccomp") for c in cue.children):
        return False  # "called on US citizens to pick Clinton", "called for a recount": a request, no claim
    if lemma == "call" and _names_a_term(cue):
        return False  # "taxing consumption (what economists call spending)": a term explained, nothing claimed
    if source.kind == ANONYMOUS:
        return lemma in P.WEAK_CUE_VERBS and lemma not in P.REQUEST_VERBS
    if source.kind == REPORT and lemma in P.WEAK_CUE_VERBS and lemma not in P.REQUEST_VERBS:
        return any(c.dep_ in ("ccomp", "parataxis") for c in cue.children)  # "Reports last week indicated that"
    if source.kind == VAGUE and lemma in P.PREP_JUDGEMENT_VERBS and _charged_with(cue, P.PREP_JUDGEMENT_VERBS[lemma]):
        return True  # "Republican critics have accused Clinton of using a private server"
    if source.kind == VAGUE and lemma in P.VAGUE_WEAK_CUE_VERBS:
        if lemma in P.FINITE_CLAUSE_ONLY_VERBS:
            # "The debates, many Americans hoped, would be different": a parenthetical frames a clause too
            return any(c.dep_ in ("ccomp", "parataxis") for c in cue.children) or cue.dep_ == "parataxis"
        return _has_clause(cue) or lemma == "call"
    return False


def _own_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The verb's own subject among those the parser gave it. Two subjects are a misparse: of a speaker's tag
    after the clause ("... for people with like-minded ideas to organize ..., she said": the pronoun right before
    the verb), of a name after a role whose comma was lost ("A local civil defence official Leys al-Faris said":
    the name speaks), of a run-in subheading ("Eight persons wounded in Foaa in Idleb Meanwhile civil sources
    told SANA": the second subject), or of a relative clause read as the main one (``_clause_subject_after_that``)."""
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    first = subjects[0]
    tag = next((c for c in subjects if c.i == verb.i - 1 and c.tag_ == "PRP"), None)
    if tag is None and first.pos_ == "NOUN":
        tag = next((c for c in subjects[1:] if c.pos_ == "PROPN" and c.left_edge.i == first.i + 1), None)
    if tag is None and _headline_fragment(first) and subjects[1].i < verb.i:
        tag = subjects[1]
    if tag is None and _clause_subject_after_that(verb, subjects):
        tag = subjects[-1]
    return tag if tag is not None else first


def _clause_subject_after_that(verb: Token, subjects: list[Token]) -> bool:
    """'More problems in Hong Kong for a place, for an economy, that many experts thought was once invincible':
    the last subject stands right before the verb, after a "that" the parser hung on the verb, so the clause is a
    relative one on the first subject's phrase and the last subject is the one thinking."""
    last = subjects[-1]
    if last.i < subjects[0].i or last.right_edge.i != verb.i - 1 or last.pos_ not in ("NOUN", "PROPN"):
        return False
    first = subjects[0]
    return any(c.dep_ == "mark" and c.lower_ == "that" and first.i < c.i < last.left_edge.i for c in verb.children)


def _headline_fragment(noun: Token) -> bool:
    """'Eight persons wounded in Foaa and Kefraya': a noun with a past participle after it and no verb of its
    own, the form of a headline."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i for c in noun.children)


def _object_not_claimed(cue: Token, lemma: str) -> bool:
    """'claimed the lives of two persons', 'have cited the presidential communications privilege', 'attacked a
    mainly Kurdish town': the verb's object is a thing taken, invoked or assaulted, not a claim or a judgement."""
    nouns = P.NOT_CLAIMED_OBJECTS.get(lemma)
    return nouns is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in cue.children)


def _names_a_term(cue: Token) -> bool:
    """ "taxing consumption (what economists call spending)": the object of "call" is the "what" of a free
    relative and the name it gets is a bare term, so the clause names something and claims nothing about
    it. With a determiner or an adjective the name is a verdict ("what environmental activists call a
    significant role in climate change") and stays a claim."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in cue.children):
        return False
    names = [c for c in cue.children if c.dep_ == "oprd"]
    return bool(names) and all(
        not any(d.dep_ in ("det", "amod", "poss", "nummod") and not _the_before_quoted(d, name) for d in name.children)
        for name in names
    )


def _the_before_quoted(det: Token, name: Token) -> bool:
    """'what political analysts call the “optics”': "the" before a term in quotation marks is part of naming it."""
    doc = name.doc
    return det.lower_ == "the" and name.i > 0 and doc[name.i - 1].text in ('"', "“", "'", "‘")


def _reciprocal(cue: Token) -> bool:
    """The object is "each other" or "one another": members of the group act on each other."""
    return any(
        c.dep_ in ("dobj", "dative")
        and c.lower_ in ("other", "another")
        and any(d.lower_ in ("each", "one") for d in c.lefts)
        for c in cue.children
    )


def _regards_with(cue: Token, lemma: str) -> bool:
    """'Some voters who were once intrigued by Mr. Trump now regard him with distaste': "regard" or
    "view" with a feeling and no "as" gives an attitude, not a judgement of what someone is."""
    if lemma not in ("regard", "view"):
        return False
    if any(c.dep_ in ("ccomp", "oprd", "xcomp") for c in cue.children):
        return False
    preps = {c.lower_ for c in cue.children if c.dep_ == "prep"}
    return "with" in preps and "as" not in preps


def _votes_on(cue: Token, lemma: str) -> bool:
    """'several states have recently rejected bills painted as anti-gay', 'the purchase, subsequently rejected
    by regulators': a decision on a proposal (its object, its passive subject, or the noun a reduced relative
    describes) is an act on the record (a vote, a veto), not a verdict credited to an unnamed group."""
    if lemma not in P.DECISION_VERBS:
        return False
    decided = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    if cue.tag_ == "VBN" and cue.dep_ in ("acl", "advcl"):
        # the noun the participle phrase follows, which the parser may have hung elsewhere ("said the
        # purchase, subsequently rejected by regulators, was ...")
        before = cue.left_edge.i - 1
        while before >= cue.sent.start and cue.doc[before].is_punct:
            before -= 1
        if before >= cue.sent.start:
            decided.append(cue.doc[before])
    return any(t.lemma_.lower() in P.PROPOSAL_NOUNS for t in decided)


def _charged_with(cue: Token, prep: str) -> bool:
    """'accused Clinton of using ...', 'blamed the mayor for the delays': someone charged with something.
    The parser often hangs the preposition on a common-noun object ("accused [the senator of lying]")."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in cue.children
    ):
        return True
    # on the object, only a charge that is an act or a common noun: not "the mayor of Boston"
    return any(
        c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pcomp" or g.pos_ == "NOUN" for g in c.children)
        for o in objects
        for c in o.children
    )


def _directive(cue: Token, lemma: str) -> bool:
    """'Authorities have told residents to stay inside their homes': a verb of telling with an
    addressee and an infinitive gives an order or advice; it passes on no claim."""
    if lemma not in P.DIRECTIVE_VERBS or not any(c.dep_ == "dobj" for c in cue.children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in cue.children):
        return False  # "told reporters to expect delays and that the road was closed": a claim too
    return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in cue.children)


def _says_things(cue: Token) -> bool:
    """'on college campuses, people say things that women don't like': what a group says in general
    (a bare "things" as the object), no claim passed on; as "the things people say" is not."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SAID_THING_NOUNS and c.tag_ == "NNS" and not any(c.lefts)
        for c in cue.children
    )


def _reports_a_claim(cue: Token, lemma: str) -> bool:
    """The verb passes on a claim: a clause, a quotation, a claim it follows ('..., sources
    said'), 'of'/'about' a topic, or an object that is a claim ('denied the allegations'); not
    'denied bail', 'report waste', 'confirm the stereotype'."""
    if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in cue.children):
        return False  # "how she's dealt with what her opponents have said about her": no claim given
    if _has_clause(cue) or cue.dep_ in ("parataxis", "ccomp", "conj") or _claim_precedes(cue) or _quoted(cue):
        return True
    subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subject is not None and subject.left_edge.i > 0 and cue.doc[subject.left_edge.i - 1].text in (",", "—", "--"):
        return True  # "Both men are African-American, a police source told WSOC-TV."
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "as", "to", "on"):
            return True
        if child.dep_ == "dobj" and (lemma in P.OBJECT_CLAIM_VERBS or child.lemma_.lower() in P.CLAIM_OBJECT_NOUNS):
            return True
    return False


def _finds_a_claim(cue: Token) -> bool:
    """What researchers found is a claim: a clause ("investigators found that the bombs ..."), or evidence,
    a link or signs of something. Not a thing they came upon ("the site where investigators found the five
    suspicious devices", "Investigators late last year identified another 953 cases"): that is an event
    the article tells, not a finding it passes on."""
    if cue.lemma_.lower() not in _COMING_UPON:
        return True  # "Historians have pieced together several of the stops": a reconstruction is a claim
    if _has_clause(cue) or any(c.dep_ == "oprd" or (c.dep_ == "mark" and c.lower_ == "as") for c in cue.children):
        return True  # "as the experts concluded, English was the first language of ...": the main clause
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return any(c.lemma_.lower() in _CLAIM_OBJECTS or _holds_a_content_clause(c) for c in objects)


def _holds_a_content_clause(noun: Token) -> bool:
    """'are finding agreement that value-added tax systems encourage savings': the object carries what was
    found in a that-clause of its own."""
    return any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


#: Research verbs that can tell of coming upon a thing ("found the devices", "identified 953 cases"); the
#: others ("pieced together", "traced", "established", "concluded") always report a finding.
_COMING_UPON = frozenset({"find", "discover", "identify", "uncover"})

#: Objects of a research verb that are themselves claims: "found evidence that", "discovered a link between".
_CLAIM_OBJECTS = frozenset(
    {"evidence", "proof", "sign", "link", "connection", "indication", "correlation", "association", "pattern"}
)


def _research_subject(cue: Token) -> bool:
    """'historians have pieced together', 'researchers found': people whose trade is finding out."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in P.RESEARCH_NOUNS


def _cited(verb: Token, add: Add) -> bool:
    """'the magazine quoted the source as saying', 'Bloomberg cites an unnamed source', 'quoted an
    unnamed friend of the couple', 'citing media reports': the object of quoting or citing is the
    source. True when a person was cited: the citer of a document is still looked at as a source."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    people = P.ROLE_NOUNS | P.RELATION_NOUNS | P.ALWAYS_ANONYMOUS_NOUNS
    if obj is None or obj.lemma_.lower() not in people | P.DOCUMENT_NOUNS | P.HEARSAY_NOUNS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "Trump never cited a source for his claim": no source is cited
    add(Pending("cited", verb.i, obj.i), obj.i)
    return obj.lemma_.lower() in people


def _according(tok: Token, add: Add) -> None:
    """'according to X'."""
    for prep in tok.children:
        if prep.lower_ != "to":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                add(Pending("according", tok.i, pobj.i), tok.i, pobj.i)
                return


#: Particles that turn a reporting verb into something else ("write off", "call off", "note down").
_NOT_SPEECH_PARTICLES = frozenset({"off", "down"})
#: Nouns a relative clause of saying describes as the thing said ("the things people say").
_SAID_THING_NOUNS = frozenset(
    {"thing", "kind", "sort", "type", "stuff", "word", "phrase", "cliché", "cliche", "something", "anything"}
)


def holds_a_claim(verb: Token) -> bool:
    """Whether a verb that reports only with a clause has one: a clause, a predicate ("to be", "the
    best", "dangerous") or an "as" ("known as a fraud") anywhere under it."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl", "oprd", "acomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.subtree
    )


def _verb(verb: Token, lemma: str, add: Add) -> None:
    """A reporting verb: find its source through subject, passive agent, or inversion."""
    children = list(verb.children)
    subject = _own_subject(verb, [c for c in children if c.dep_ in ("nsubj", "csubj")])
    passive_subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if any(c.dep_ == "prt" and c.lower_ in _NOT_SPEECH_PARTICLES for c in children):
        return  # "written off by doctors as a hopeless case", "wrote down", "called off": no report
    if lemma == "report" and reports_own_symptoms(verb):
        return  # "a brain injury similar to those reported by diplomats in Cuba", "a worker has reported experiencing
        # abnormal sensations": people telling what they suffered are the story's subjects, not its sources
    if lemma == "add" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.dep_ == "advcl":
        return  # "with some members reappointed and nine new members added": participles of an absolute clause
    if lemma == "question" and _interrogates(verb, passive_subject):
        return  # "they are questioned by U.S. authorities": an interrogation, not a doubt cast on a claim
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _SAID_THING_NOUNS:
        return  # "the kind of things regular politicians say": what people say in general, no claim
    if verb.tag_ == "VBG" and any(c.dep_ == "xcomp" and c.lemma_ == "do" for c in children):
        return  # "Hillary has some explaining to do": a task owed, nobody is explaining anything yet
    if lemma == "consider" and verb.tag_ == "VBG" and any(
        c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp") and c.i == verb.i + 1 for c in children
    ):
        return  # "The prime minister's advisors are considering making approval of the deal 'subject to' ...":
        # weighing an act, not holding a view ("politicians consider bucking the narrative to be ... suicidal")
    if lemma in P.ASPECT_VERBS and any(c.dep_ == "xcomp" for c in children):
        return  # "Trump's supporters continue to show signs of greater enthusiasm": aspect, no speech (the
        # infinitive is a cue of its own when it speaks: "critics continue to say that ...")
    auxiliaries = {c.lemma_ for c in children if c.dep_ == "aux"}
    if verb.tag_ == "VBG" and "have" in auxiliaries and "be" not in auxiliaries:
        return  # "doctors at clinics have admitting privileges": no tense is "have" + -ing, so the -ing
        # word is a modifier of the noun after it, misparsed as a verb

    passive = any(c.dep_ == "auxpass" for c in children)
    if not passive and lemma in P.EVALUATIVE_PASSIVE_VERBS and weasel_participle(verb, add):
        return  # "Palmer, widely regarded as one of golf's greatest stars, ...": a reduced passive
    if agent is not None and lemma in P.CLAUSE_VERBS and not holds_a_claim(verb):
        return  # "was known by neither Russia experts nor energy experts": an acquaintance; "call sheets
        # maintained by her closest aides": records kept. Not "known by experts as a fraud", "believed by
        # many to be"
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        judged = (lemma in P.CUE_VERBS and lemma not in P.SUBJECT_ONLY_VERBS) or lemma in P.EVALUATIVE_PASSIVE_VERBS
        if pobj is not None and judged:
            add(Pending("agent", verb.i, pobj.i), verb.i, pobj.i)
        return
    if any(c.dep_ == "auxpass" for c in children) and verb.tag_ == "VBN":
        if lemma in P.IT_CLAUSE_PASSIVE_VERBS and it_clause_passive(verb, passive_subject, add):
            return
        if lemma in P.AGENTLESS_PASSIVE_VERBS and agentless_passive(verb, lemma, passive_subject, add):
            return
        if lemma in P.EVALUATIVE_PASSIVE_VERBS:
            evaluative_passive(verb, lemma, add)
        return
    if lemma in P.REDUCED_PASSIVE_VERBS and reduced_passive(verb, lemma, add):
        return
    if lemma not in P.CUE_VERBS and lemma not in P.RESEARCH_VERBS:
        return
    if lemma == "call":
        if not _calls_for_or_names(children):
            return  # "called for a ban", "called him a liar"; not "called the office on Monday"
    elif lemma in P.EVALUATION_VERBS:
        if not any(c.dep_ in ("dobj", "ccomp", "parataxis") for c in children) and not _object_gap(verb):
            return  # "critics slammed the plan"; an evaluation needs something evaluated
        if lemma == "welcome" and _hosts(verb):
            return  # "European liberals welcomed thousands of refugees into their countries": an act, no verdict
    elif not _has_content(verb) and not _as_frame(verb):
        return
    if any(c.dep_ == "neg" for c in children):
        return  # "did not say", "did not respond": no claim is attributed
    if (
        (lemma in P.CLAUSE_VERBS or lemma in P.CONTINUING_VERBS)
        and not _has_clause(verb)
        and not _quoted(verb)
        and not _as_frame(verb)
    ):
        research = (
            lemma in P.RESEARCH_VERBS
            and subject is not None
            and subject.lemma_.lower() in P.RESEARCH_NOUNS
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in P.SHOWN_DISPOSITION_NOUNS for c in children)
        )
        if not research:
            return  # "their forces maintain their offensive" reports nothing; "surveys show a gap" does
    if subject is None and verb.dep_ in ("xcomp", "advcl") and (
        goes_on_to(verb) or (verb.dep_ == "xcomp" and _raised(verb))
    ):
        # "Most Americans seem to have agreed that ...", "Officials continue to say that ...", "He went on to state
        # that ...": the subject of "seem", "continue" or "went on" is the one who agreed or says
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        subject = verb.head  # "critics saying that ...", "with the business lobby warning that ..."
    if subject is None and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by":
        # "Kavanaugh even responded by pointing out that ...": the one who responded is the one pointing out
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        if word(subject) == "it" or subject.dep_ == "expl":
            return
        subject = _parenthetical_speaker(verb, subject)
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children):
            return  # "four people described as members of the crew": a reduced passive, no speaker
        if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "critics who say ..."
        add(Pending("subject", verb.i, subject.i), verb.i, subject.i)
        return
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and lemma in P.STRONG_CUE_VERBS:
        # "Critics attacked the plan, saying it ...": the speaker is the main clause's subject
        if verb.head.dep_ not in ("ROOT", "conj"):
            return  # "helped his pals place a cross, telling Colbert": the teller is not the pals
        if verb.i < verb.head.i and lemma in P.MOTIVE_VERBS:
            return  # "Believing it to be chic and edgy, many liberals are apt to ...": a motive, no claim
        if verb.i < verb.head.i and verb.lower_ == "considering":
            return  # "Considering how much Selena is in love, perhaps her fans could relax": "given", no speaker
        main_subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if main_subject is not None and main_subject.lower_ != "it" and main_subject.tag_ not in ("WP", "WDT"):
            add(Pending("subject", verb.i, main_subject.i), verb.i)
        return
    if verb.dep_ == "conj" and _first_verb_reports_nothing(verb, lemma):
        # "An insider spoke to a news website and stated: ...", "College officials remained cagey
        # about the reasons and claimed that ...": the first verb reports nothing, the second does
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        speaks = shared is not None and word(shared) != "it" and shared.tag_ not in ("WP", "WDT")
        if speaks and _has_content(verb) and (lemma_of(verb.head) in P.CONTACT_VERBS or shared.pos_ != "PRON"):
            add(Pending("subject", verb.i, shared.i), verb.i)
        return
    if verb.dep_ == "conj" or (lemma not in P.INVERTING_VERBS and lemma not in P.CONTINUING_VERBS):
        return  # "... and added": the source was counted with the first verb
    if not _claim_precedes(verb):
        return  # "determined to warn his supporters": an object, not an inverted speaker
    for obj in verb.rights:
        if obj.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj"):
            add(Pending("inverted", verb.i, obj.i), verb.i, obj.i)
            return


def _credit_line(noun: Token) -> bool:
    """'source:politicops.com', 'Source: Reuters' on a line of its own: the page credits where it took the
    story from; no one is quoted."""
    doc = noun.doc
    line_start = noun.i == 0 or "\n" in doc[noun.i - 1].whitespace_ or doc[noun.i - 1].is_space
    return line_start and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":"


def _raised(verb: Token) -> bool:
    """A "to"-infinitive under "seem", "appear" or an aspect verb ("seem to have agreed", "continue to say"),
    or an "-ing" form under one ("some tabloid sites start alleging that ..."), whose subject is the one
    above it; not "Story Continued Below Some analysts credit ...", a page's furniture the parse joins to
    the next sentence."""
    head = lemma_of(verb.head)
    if head in P.RAISING_VERBS:
        return True
    if verb.head.is_title and verb.head.i != verb.head.sent.start:
        return False  # "Story Continued Below Thomas McAllister, ..., deeming her ...": a capital mid-sentence
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return head in P.ASPECT_VERBS and (verb.tag_ == "VBG" or infinitive)


def goes_on_to(verb: Token) -> bool:
    """'He went on to state that ...': "go on to" is "continue to" (the parser hangs the infinitive on "went" as
    an adverbial clause)."""
    return (
        lemma_of(verb.head) == "go"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.head.children)
    )


#: People one questions (interrogates), as opposed to claims one questions (doubts).
_QUESTIONED_PEOPLE = frozenset(
    {"kid", "child", "suspect", "witness", "man", "woman", "people", "person", "student", "passenger",
     "migrant", "immigrant", "detainee", "prisoner", "boy", "girl", "teen", "teenager", "driver", "resident"}
)


def _interrogates(verb: Token, passive_subject: Token | None) -> bool:
    """'The kids are "often questioned" about the criminal groups', 'they are questioned by U.S.
    authorities', 'police questioned him': "question" with a person as the one questioned."""
    target = passive_subject or next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None:
        # "And when questioned by lawmakers about the possibility ..., officials never volunteered": a reduced
        # passive whose questioned party is the main clause's subject; a person asked, not a doubt cast
        return verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.dep_ == "agent" for c in verb.children)
    if target.pos_ == "PRON":
        return target.lower_ not in ("it", "this", "that", "which", "what")
    return target.lemma_.lower() in _QUESTIONED_PEOPLE


#: What one welcomes into a place or a family, not a decision one judges.
_HOSTED_NOUNS = frozenset(
    {"refugee", "migrant", "immigrant", "guest", "visitor", "baby", "son", "daughter", "child", "twin", "crowd"}
)


def _hosts(verb: Token) -> bool:
    """'welcomed thousands of refugees into their countries', 'welcomed a second son': to welcome people
    into a place or a family is an act, not a verdict on something."""
    if any(c.dep_ == "prep" and c.lower_ in ("into", "to", "at") for c in verb.children):
        return True
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        noun = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        heads = [obj] + [g for g in (noun.children if noun is not None else ()) if g.dep_ == "pobj"]
        if any(h.lemma_.lower() in _HOSTED_NOUNS or h.like_num for h in heads):
            return True
    return False


def _first_verb_reports_nothing(verb: Token, lemma: str) -> bool:
    """A conjoined speech verb whose source the first verb did not count: the first is a verb of
    contact ("spoke to a website and stated"), or any verb that reports nothing when the second is a
    strong cue verb with a clause of its own ("remained elusive ... and claimed that ..."; a pronoun's
    second verb is left as before: it could only name a source, "she approached him and said what he
    reportedly said")."""
    first = lemma_of(verb.head)
    if first in P.CONTACT_VERBS:
        return True
    if verb.head.pos_ not in ("VERB", "AUX") or first in P.CUE_VERBS or first in P.RESEARCH_VERBS:
        return False
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.doc[verb.head.i + 1 : verb.i]):
        return False  # "employees stood with the nominee as he boasted ... and said": the parser's guess; he said it
    return lemma in P.STRONG_CUE_VERBS and lemma not in P.MOTIVE_VERBS and _has_clause(verb)


def _parenthetical_speaker(verb: Token, subject: Token) -> Token:
    """'Clinton, an aide said Tuesday, will propose ...': the parser makes the speaker an
    apposition of the sentence's subject and the speech verb the root. The speaker is the
    description standing between two commas right before the verb, whose clause follows it with
    no subject of its own (the sentence's subject is that clause's)."""
    doc = verb.doc
    if subject.i + 1 >= verb.i or doc[subject.i + 1].text != ",":
        return subject
    appos = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if appos is None or any(t.dep_ not in _BETWEEN_SOURCE_AND_VERB for t in doc[appos.right_edge.i + 1 : verb.i]):
        return subject
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return subject  # 'Dr. Lina Park, senior fellow at ... noted, “Russia and North Korea have ...': her words
    after = next((t for t in doc[verb.i + 1 : verb.i + 4] if t.dep_ != "npadvmod"), None)
    if after is None or after.text != ",":
        return subject
    return appos


def _object_gap(verb: Token) -> bool:
    """What is evaluated stands outside the verb's own phrase: the verb is itself a clause of a
    speech verb ("..., critics slammed"), or a relative clause on its object ("a claim the
    president's supporters have long decried as racist", "another claim fact checkers have
    debunked")."""
    if verb.dep_ in ("parataxis", "ccomp"):
        return True
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    # the relative clause has a subject of its own, so the noun it hangs on is what is judged
    # (not "workers, who hail mostly from Central America": there the noun is the subject)
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)




def _verb_tagged_as_noun(tok: Token) -> bool:
    """'"...," one insider reveals.': a speech verb the tagger took for a plural noun, seen by
    the subject the parser still gave it; or after "went on to"."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "advcl" and goes_on_to(tok):
        return True  # "He went on to state that ...": the infinitive's "state" tagged as the noun
    return tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.lefts)


def _stance(verb: Token, lemma: str) -> bool:
    """A light verb whose object makes it a judgement: "take issue with", "raise doubts about",
    "took this as proof that"."""
    for child in verb.children:
        if child.dep_ == "dobj" and (lemma, child.lemma_.lower()) in P.STANCE_PHRASES:
            return True
        if (
            lemma == "take"
            and child.dep_ == "prep"
            and child.lower_ == "as"
            and any(c.dep_ == "pobj" and c.lemma_.lower() in P.PROOF_NOUNS for c in child.children)
        ):
            return True
    return False


def _declares_anonymity(noun: Token) -> bool:
    """'Sources close to the couple', 'people familiar with the talks': a noun phrase that is a
    sourcing formula by itself, whatever verb the parser failed to hang on it. Proximity ("close
    to") only counts for nouns that always mean a source; people need "familiar", "briefed" or
    "with knowledge of"."""
    lemma = noun.lemma_.lower()
    if lemma in P.ALWAYS_ANONYMOUS_NOUNS:
        return has_anonymity_marker(noun)
    if lemma in ("people", "person", "official"):
        return any(anonymity_word(t, P.FORMULA_ANONYMITY_LEMMAS) for t in noun.subtree if t.i > noun.i)
    return False


def _postposed_verb(noun: Token) -> Token | None:
    """'Obama has met with Sanders, people briefed on the meetings confirmed to Politico.': a sourcing
    formula after the claim whose speech verb the parser hung on the formula's last noun ("meetings
    confirmed"), leaving the formula an adverbial or an apposition of the claim."""
    if noun.dep_ not in ("npadvmod", "appos") or noun.i == 0 or noun.doc[noun.i - 1].text != ",":
        return None
    return next(
        (
            t
            for t in noun.subtree
            if t.i > noun.i + 1 and t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and lemma_of(t) in P.CUE_VERBS
        ),
        None,
    )


def _speech_after(noun: Token) -> Token | None:
    """'A source told In Touch ...', '"...," an insider who used to work with her previously told
    Page Six', 'a Selena insider EXCLUSIVELY tells', 'an unnamed source of their own claimed', 'a source
    close to the pop icon, 57, told Radar': a source noun followed by a speech verb the parser did not
    make its head. Not 'the source of the attraction' (an origin), nor 'The Kurdish news source BasNews
    reported ..., called the ...' (the source is named)."""
    if named_right_after(noun) or names_an_origin(noun):
        return None
    doc = noun.doc
    for start in dict.fromkeys((noun.i + 1, noun.right_edge.i + 1)):
        i = start
        while i < len(doc) and (
            doc[i].pos_ == "ADV" or doc[i].lower_.endswith("ly") or doc[i].text in ("”", '"')
            or (doc[i].text == "," and doc[i - 1].like_num and doc[i - 1].dep_ == "appos")  # "the pop icon, 57, told"
        ):
            i += 1
        if i >= len(doc):
            continue
        verb = doc[i]
        if (
            lemma_of(verb) in P.CUE_VERBS
            and verb.pos_ in ("VERB", "NOUN")
            and verb.tag_ not in ("NN", "VBG")
            and not any(c.dep_ == "neg" for c in verb.children)
            and not _object_not_claimed(verb, lemma_of(verb))  # "according to the source claimed the lives of"
            and not _inside_subjects_clause(noun, verb)
        ):
            return verb
    return None


def _inside_subjects_clause(noun: Token, verb: Token) -> bool:
    """'The Observatory which monitors violence in Syria through sources on the ground said ...' (the commas
    lost): the noun is in a relative clause on the verb's own subject, which is the one speaking. With no subject
    parsed ('"...," the Syrian Observatory for Human Rights which relies on a wide network of sources in the
    war-torn country said'), a relative clause on a noun before the source noun stands in for it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return _in_relative_clause_before(noun, verb)
    if subject.i == noun.i:
        return False
    path, tok = [], noun
    while tok.i != subject.i:
        if tok.head.i == tok.i:
            return False  # the subject is not above the noun
        path.append(tok)
        tok = tok.head
    return any(t.dep_ in ("relcl", "acl") for t in path)


def _in_relative_clause_before(noun: Token, verb: Token) -> bool:
    """``noun``, the object of a preposition ("a wide network of sources"), lies inside a relative clause that opens
    before ``verb`` and qualifies a noun before ``noun``: that noun, not ``noun``, is who the clause is about. Not a
    noun the parser merely coordinated into a long clause ("... of Saturday YPG spokesman Redur Xelil and Turkish
    security sources told Reuters")."""
    if noun.dep_ != "pobj":
        return False
    tok = noun
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl" and tok.i < verb.i and tok.head.i < noun.i and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False


def _speech_before(noun: Token) -> Token | None:
    """'“...,” disclosed a confidant.': a speaker inverted after the quotation, which the parser made the
    object of the speech verb (the verb has no subject of its own)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.i != noun.i - 2 or lemma_of(verb) not in P.CUE_VERBS:
        return None  # the verb, then "a"/"the", then the noun
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return None
    return verb if noun.doc[verb.i - 1].text in ("”", '"', ",") else None


def _formula_bounds(noun: Token) -> tuple[int, int]:
    """The noun phrase with its left modifiers and its anonymity-marking right modifiers, from
    the parse alone (this runs before any entity label is read)."""
    first = phrase_start(noun)
    last = noun.i
    for child in noun.rights:
        if child.dep_ in ("amod", "acl", "relcl", "prep") and has_anonymity_marker(child):
            last = max(last, child.right_edge.i)
    return first, last




def _noun(noun: Token, add: Add) -> None:
    """'reports from Western intelligence officials', 'claims by critics'."""
    for prep in noun.rights:
        # "reports of arms deliveries", "the story of a people": "of" names the topic, not the source
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                add(Pending("noun", noun.i, pobj.i), pobj.i)


def _phrases(doc: Doc, spans: list[Span], found: list[Attribution], by_token: dict[int, int]) -> None:
    """The matcher's fixed phrases: declared anonymity and hearsay idioms."""
    for span in spans:
        label = span.label_
        if label == "COMMON":
            found.append(Attribution(COMMON, span.start, span.end - 1, span[-1].lower_, "common"))
            continue
        if label == "HEARSAY":
            words = [t.lower_ for t in span]
            if ("few" in words or "little" in words) and "a" not in words:
                continue  # "there were few claims that ...": next to none
            last = span.end - 1
            if doc[last].lower_ in ("that", "of"):
                last -= 1
            nouns = {t.lemma_.lower() for t in span}
            kind = (
                RUMOUR
                if nouns & (P.RUMOUR_NOUNS | {"legend", "word", "whisper"})
                else REPORT
                if nouns & P.REPORT_NOUNS
                else AGENTLESS
            )
            found.append(Attribution(kind, span.start, last, span[0].lower_, "hearsay"))
            continue
        if any(a.first <= span.start and span.end - 1 <= a.last for a in found if a.kind != NAMED):
            continue  # already inside a flagged source phrase
        if _explains_anonymity(span):
            continue  # "The two officials spoke on condition of anonymity because ...": flagged where they spoke
        if any(a.via == "anonymity" and doc[a.first].sent.start == span.sent.start for a in found):
            continue  # "The man who spoke on condition of anonymity because he was not authorized to speak to the
            # media said ...": one source, one query
        owner = _governing_attribution(span, by_token)
        if owner is not None:
            current = found[owner]
            if current.kind in HEDGED_KINDS:
                continue  # "a diplomat said, speaking on condition of anonymity": already flagged
            if current.kind == NAMED and current.via == "subject" and _is_person_name(doc, current):
                continue  # a named person cannot also be anonymous; trust the name
            if current.kind == NAMED and doc[current.source_end].lemma_.lower() in P.SPOKES_NOUNS:
                continue  # "a spokeswoman said, speaking on condition of anonymity under government protocol"
            found[owner] = Attribution(ANONYMOUS, span.start, span.end - 1, current.cue, "anonymity", current.quoted)
        else:
            found.append(Attribution(ANONYMOUS, span.start, span.end - 1, span.root.lower_, "anonymity"))


def _explains_anonymity(span: Span) -> bool:
    """'The two officials spoke on condition of anonymity because they were not authorized to talk
    about an ongoing investigation.': a sentence of its own that says why sources already given
    (a definite noun or a pronoun) are unnamed. It reports nothing; their claim was flagged where
    they made it."""
    root = span.sent.root
    if lemma_of(root) in P.CUE_VERBS or any(
        c.dep_ in ("ccomp", "parataxis")
        or (c.dep_ in ("advcl", "conj") and lemma_of(c) in P.CUE_VERBS and not _asks_for_anonymity(c))
        for c in root.children
    ):
        return False  # "..., saying the plan would fail": the sentence carries their claim
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > span.start:
        return False
    return _given_before(subject) or any(
        # "Some of them spoke on condition of anonymity because ...": a part of sources already given
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _given_before(o) for o in c.children)
        for c in subject.children
    )


def _asks_for_anonymity(verb: Token) -> bool:
    """ "... and asked for anonymity": the verb asks to stay unnamed, it carries no claim (unlike "said local
    sources speaking on condition of anonymity")."""
    return lemma_of(verb) in ("ask", "request", "demand") and any(t.lower_ == "anonymity" for t in verb.subtree)


def _given_before(noun: Token) -> bool:
    """A pronoun or definite noun phrase that points back to people already given ("they", "the two
    officials", "those", "That person")."""
    if noun.tag_ == "PRP":
        return noun.lower_ in ("they", "he", "she", "them", "him", "her")
    if noun.lower_ in ("those", "these", "both"):
        return not any(noun.children)  # "those familiar with the talks" brings in new people
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both", "that", "this") for c in noun.lefts)


def _governing_attribution(span: Span, by_token: dict[int, int]) -> int | None:
    tok = span.root
    for _ in range(4):
        if tok.i in by_token:
            return by_token[tok.i]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return by_token.get(tok.i)


def _is_person_name(doc: Doc, attr: Attribution) -> bool:
    return any(entity(doc[i]) == "PERSON" for i in range(attr.first, attr.last + 1))


def _attr(
    source: Source, cue: str, via: str, *, quoted: bool = False, first: int | None = None, cue_i: int = -1
) -> Attribution:
    return Attribution(
        source.kind,
        source.first if first is None else first,
        source.last,
        cue,
        via,
        quoted=quoted,
        affiliated=source.affiliated,
        cue_i=cue_i,
    )


def _extend_to_verb(attr: Attribution, verb: Token) -> Attribution:
    """'experts say': take the verb into the phrase when it follows the source directly."""
    if attr.kind == NAMED or verb.i <= attr.last or verb.i - attr.last > 4:
        return attr
    between = verb.doc[attr.last + 1 : verb.i]
    if all(t.dep_ in _BETWEEN_SOURCE_AND_VERB and t.head.i == verb.i for t in between):
        return dataclasses.replace(attr, last=verb.i, source_last=attr.last)
    return attr


def _has_content(verb: Token) -> bool:
    """The verb reports something: a clause, an object, a topic, or a quotation nearby."""
    for child in verb.children:
        if child.dep_ in _CONTENT_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            return True
    return verb.dep_ in ("parataxis", "ccomp", "conj") or _quoted(verb) or with_phrase_clause(verb)


def with_phrase_clause(verb: Token) -> bool:
    """'with sources confirming to US Weekly that the musician spent ...', 'with sources telling POLITICO it is
    setting up ...': in an absolute "with" phrase the parser often hangs the clause the -ing verb reports on
    its noun, on "with", or on the word "with" hangs on. A verb after the -ing verb whose own subject or "that"
    follows it with no punctuation between is that clause. Not "With polls showing him behind, Trump changed
    course": the comma closes the phrase."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        noun, with_ = verb.head, verb.head.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.dep_ == "pcomp":
        noun, with_ = verb.head, verb.head.head.head  # "with sources confirming ... that ..., cosying up"
        if with_.lower_ != "with":
            return False
    else:
        return False
    hosts = [*noun.children, *with_.children, with_.head]
    doc = verb.doc
    for clause in hosts:
        if clause.i <= verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        opener = [
            c for c in clause.lefts
            if c.i > verb.i and (c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that"))
        ]
        if opener and not any(t.is_punct for t in doc[verb.i + 1 : opener[0].left_edge.i]):
            return True
    return False


def _as_frame(verb: Token) -> bool:
    """'theJasmineBRAND.com exclusively reports, Usher has allegedly been cast ...', '..., as the
    Times reported': a speech verb with nothing of its own to report, in an "as" clause or a bare
    clause before a comma, frames the clause it hangs on, which is what its speaker says
    (``scope/context.py``'s ``_content`` reads it so). Not 'when officials said ...': another subordinator makes
    the clause one of its own."""
    if verb.dep_ != "advcl" or any(c.dep_ in _CONTENT_DEPS or c.dep_ == "prep" for c in verb.children):
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if marks:
        return marks == ["as"]
    doc = verb.doc
    return verb.i < verb.head.i and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


def _claim_precedes(verb: Token) -> bool:
    """The reported claim comes before the verb, as in '"...," said X' or '..., reported X', or the
    verb opens a sentence, as in 'Added a second insider, "..."'."""
    if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return True
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_space:
        before -= 1  # a paragraph break: '\n\nAdded a second insider, "..."' follows the last sentence's stop
    return before >= 0 and verb.doc[before].is_punct


def _calls_for_or_names(children: list[Token]) -> bool:
    """'call' reports a stance: "called for a ban", "called on Congress to act", "called him a liar"."""
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children):
        return True
    has_object = any(c.dep_ == "dobj" for c in children)
    return not has_object and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in children)


def _has_clause(verb: Token) -> bool:
    """The verb has a clause of content; not one before it across a semicolon, which the parser
    sometimes hangs on it ("Some of the donors were employed by ...; others have shared ...")."""
    return (
        verb.dep_ == "parataxis"
        or any(c.dep_ in ("ccomp", "xcomp", "parataxis") and not _before_semicolon(c, verb) for c in verb.children)
        or with_phrase_clause(verb)
    )


def _before_semicolon(clause: Token, verb: Token) -> bool:
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _quoted(verb: Token) -> bool:
    """A quotation of a few words or more stands in the verb's sentence or starts right after it
    (a word in scare quotes is not one)."""
    return find_quotes(verb.doc).quotation_near(verb.idx)






def dedupe(found: list[Attribution]) -> list[Attribution]:
    """Keep one attribution per phrase: the first found among overlapping flagged ones."""
    kept: list[Attribution] = []
    for attr in sorted(found, key=lambda a: (a.first, -a.last)):
        if any(k.first <= attr.last and attr.first <= k.last for k in kept):
            continue
        kept.append(attr)
    return kept


#: Words that open a question after a preposition of talk, which then passes on no claim: "about who may be
#: responsible", "over whether Mueller would produce any indictments" (a yes-or-no question presupposes
#: nothing). Not "when" or "how": "growing speculation about when they will make it down the aisle" passes on a
#: wedding (marked in a tuning set).
_OPEN_QUESTION_WORDS = frozenset({"who", "whom", "whose", "whether"})


def open_question(prep: Token) -> bool:
    """The preposition's object asks who or whether ("much speculation about who may be responsible", "weeks
    of speculation over whether Mueller would produce any indictments"): the talk asks, it claims nothing."""
    doc = prep.doc
    return prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ in _OPEN_QUESTION_WORDS
