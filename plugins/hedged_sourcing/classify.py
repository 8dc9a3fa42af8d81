"""Decide what kind of source a noun phrase is: named, anonymous, vague, agentless, or none.

The input is the head token of the phrase a cue points at (the subject of "said", the object of
"according to", the agent of a passive). The answer rests on the parse (determiners, number,
modifiers) and the entity labels, with the lexicons of ``patterns.py`` naming the noun classes.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import patterns as P

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMED = "named"
ANONYMOUS = "anonymous"
VAGUE = "vague"
AGENTLESS = "agentless"
#: An unowned report, study, poll or estimate ("a new report", "polls found", "studies show").
REPORT = "report"
#: Rumour presented as a fact ("rumors have circulated", "rumour has it").
RUMOUR = "rumour"
#: An appeal to common knowledge ("everyone knows", "it's no secret that").
COMMON = "common"
#: A hedge in the reporter's own voice standing in for a source ("apparently", "we understand that").
OWN_VOICE = "own_voice"

_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
#: Quantifiers of a plural that, before a singular role noun, show an "-s" dropped ("several official").
_MANY = frozenset({"several", "many", "multiple", "numerous", "various"})
#: Determiners that make a noun phrase point at one thing already known ("the", "that insider").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


class NeedsEntities(Exception):
    """Raised by an entity read while :func:`classify_without_entities` is probing."""


_PROBING: ContextVar[bool] = ContextVar("hedged_sourcing_probing", default=False)


#: "defense lawyers" are one side's counsel in the case the article names, as "prosecutors" are the
#: other's: on the record in court filings, not an unnamed crowd.
_CASE_SIDES = frozenset({"defense", "defence", "plaintiffs", "plaintiff"})


def entity(tok: Token) -> str:
    """The entity label of ``tok`` (``token._.entity``: NER runs on its sentence if needed).

    While probing, a read that would have to run NER raises :class:`NeedsEntities` instead;
    labels NER has already set are returned either way.
    """
    if _PROBING.get() and not tok.ent_iob:
        raise NeedsEntities
    return tok._.entity


def classify_without_entities(head: Token) -> tuple[bool, Source | None]:
    """``(True, classify_source(head))`` when the verdict needs no entity label NER has not set
    yet, else ``(False, None)``: the parse alone decides pronouns, proper nouns, spokespeople,
    "some"/"many" and the like; the sentence must go through NER for the rest."""
    token = _PROBING.set(True)
    try:
        return True, classify_source(head)
    except NeedsEntities:
        return False, None
    finally:
        _PROBING.reset(token)


@dataclass(frozen=True)
class Source:
    """The verdict on one source phrase.

    ``first``/``last`` are token indices (inclusive) of the phrase to show an editor;
    ``affiliated`` is True when an unnamed person is tied to a named organisation
    ("a senior NATO official"), which makes the claim a little easier to check.
    """

    kind: str
    first: int
    last: int
    affiliated: bool = False


def classify_source(head: Token) -> Source | None:
    """Classify the source phrase headed by ``head``; None when it is neither named nor hedged
    (first person, anaphoric "the official", things that are not sources).

    Checks that the parse alone settles come before any entity read, so that a sentence goes
    through NER only when the verdict can depend on a label.
    """
    lower = head.lower_
    lemma = head.lemma_.lower()
    if _capital_of_position(head) and _tabloid_capitals(head):
        lemma = _singular(head)  # "FRIENDS say": the tagger gives capitals no lemma

    if has_named_apposition(head) or in_apposition_to_a_name(head):
        return _bounded(NAMED, head)  # "one of the attorneys, Jo Bam," / "Jo Bam, a staffer, who"
    if _names_members(head):
        return _bounded(NAMED, head)  # "several news organizations, including NPR,"
    if _ends_in_a_full_name(head):
        return _bounded(NAMED, head)  # "Veterans of Foreign Wars spokesman Joe Davis slammed"
    if _named_conjunct(head):
        return _bounded(NAMED, head)  # "Trump's advisers and the candidate himself insist"
    name_end = _titled_name_end(head)
    if name_end > 0:
        return Source(NAMED, head.i, name_end)  # "Doctors Without Borders said"
    if others_after_names(head):
        return _bounded(NAMED, head)  # "Data from Facebook, YouTube and other digital sources suggests"
    if any(c.lower_ in ("no", "not") for c in head.lefts):
        return None  # "no one expected", "not everyone agrees": nobody is being cited
    if _role_in_a_verbless_clause(head):
        return None  # "Hayek, while a guest on “Jimmy Kimmel Live”, said": her role then, not another speaker
    if head.pos_ == "PRON" or head.tag_ in ("PRP", "WP"):
        if lower in P.INDEFINITE_PEOPLE_PRONOUNS and has_anonymity_marker(head):
            return _bounded(ANONYMOUS, head)  # "those close to the pair say", "someone familiar with"
        if lower in P.ANAPHORIC_PRONOUNS:
            return _bounded(NAMED, head)
        if lower in P.VAGUE_PRONOUNS:
            return _quantifier_head(head)
        return None
    if _the_magazine(head):
        return _bounded(NAMED, head)  # "People confirmed that the couple welcomed a second son"
    if lower in P.CROWD_NOUNS:
        # "plenty of people have said", "a majority of economists": a crowd given by its members
        partitive = _partitive(head)
        if partitive is not None and partitive.lemma_.lower() in P.ROLE_NOUNS:
            return Source(VAGUE, phrase_start(head), _extend_over_of(head, head.i))
        return None
    if lower in P.VAGUE_PRONOUNS and not any(c.dep_ == "compound" for c in head.children):
        # "Many believe", "some say", "one of the officials said": a quantifier used as the subject
        return _quantifier_head(head)
    if head.tag_ == "NNPS" and quantified(head):
        # "many Americans hoped", "some Democrats argue": a crowd, though its name is proper
        first, last = phrase_bounds(head)
        return Source(VAGUE, first, last)
    if _party_aside(head):
        return Source(VAGUE, head.i, head.i)  # "..., Democrats believe.": which Democrats?
    if (
        lemma in P.SPOKES_NOUNS
        and head.tag_ in _PLURAL_TAGS
        and not any(c.dep_ == "poss" for c in head.lefts)
        and not _is_affiliated(head)
        and not _counsel_for_a_party(head)
    ):
        # "Spokespeople for the networks": several unnamed people for unnamed institutions
        first, last = phrase_bounds(head)
        return Source(VAGUE, first, last)
    if head.pos_ == "PROPN" and _common_noun_capitalised(head):
        lemma = _singular(head)  # "Staff noted that ...": a role noun the tagger took for a name
    elif head.pos_ == "PROPN" or lemma in P.SPOKES_NOUNS:
        return _bounded(NAMED, head)  # named whatever label NER would give the head
    if _capitalised_mid_sentence(head) and lemma in _LEXICON_NOUNS and not any(c.dep_ == "det" for c in head.lefts):
        return _bounded(NAMED, head)  # "according to People": a title, not people
    if lemma in P.TITLE_NOUNS and head.tag_ == "NN" and _is_definite(head):
        return _bounded(NAMED, head)  # "the president", "her campaign manager": one office-holder
    if not _lexicon_noun(head, lemma) and entity(head) in P.NAMED_ENTITY_LABELS:
        return _bounded(NAMED, head)

    first, last = phrase_bounds(head)
    group = _unnamed_group_conjunct(head)
    if group is not None and lemma in P.INSTITUTION_NOUNS and _bare(head):
        # "Police and witnesses say": the unnamed group shares the claim; nobody checkable is given for it
        return Source(VAGUE, first, max(last, group.i))
    if head.tag_ in _PLURAL_TAGS and quantified(head) and lemma not in P.DOCUMENT_NOUNS:
        # "some atheists argue", "many companies say": a crowd whatever the noun
        return Source(VAGUE, first, last, _is_affiliated(head))
    if lemma in P.OFFICIALS_WHEN_PLURAL and head.tag_ in _PLURAL_TAGS:
        return _role(head, lemma, first, last)  # "authorities said": unnamed officials
    if lemma in P.PUBLICATION_NOUNS and _one_of_many(head) and not _is_affiliated(head):
        return Source(REPORT, first, last)  # "A magazine claimed in its latest issue", "One local news outlet is
        # reporting": which one?
    if lemma in P.INSTITUTION_NOUNS and lemma not in P.ROLE_NOUNS:
        if _determiner(head) in _INDEFINITE:
            return None
        return Source(NAMED, first, last)
    if lemma in P.DOCUMENT_NOUNS or lemma in P.HEARSAY_NOUNS:
        return _document(head, lemma, first, last)
    if lemma in P.POLICE_PLURAL_NOUNS and head.tag_ in _PLURAL_TAGS and not any(head.lefts):
        return Source(NAMED, first, last)  # "officers contend", like "police say": the force's own account (not
        # "Responding officers told reporters", "Two officers said": which ones?)
    if lemma in P.ROLE_NOUNS:
        return _role(head, lemma, first, last)
    if lemma in P.GROUP_NOUNS and head.tag_ == "NN" and _determiner(head) not in _INDEFINITE:
        if _is_affiliated(head) and any(c.dep_ == "poss" for c in head.lefts):
            return Source(NAMED, first, last)  # "the Clinton campaign's press office"
        return Source(VAGUE, first, last)  # "the business lobby", "Hillary's camp", "the media"
    if _unlisted_crowd(head, lemma):
        return Source(VAGUE, first, last, _is_affiliated(head))  # "extremists claim", "party leaders admit"
    if any(c.dep_ == "amod" and c.lower_ in P.UNNAMED_ADJECTIVES for c in head.lefts):
        return Source(ANONYMOUS, first, last)  # "Another anonymous individual ... said": unnamed, on purpose
    shared = _shared_head_conjunct(head)
    if shared is not None and (source := classify_source(shared)) is not None and source.kind != NAMED:
        return Source(source.kind, first, max(last, source.last), source.affiliated)
    return None


def _shared_head_conjunct(head: Token) -> Token | None:
    """'Law enforcement and election officials said': the parser makes the first modifier the subject and
    the role noun both modifiers share ("officials") its conjunct; that noun is the source. Only for a bare
    singular common noun before "and" and a plural role noun with a modifier of its own, the two halves
    of one "[X and Y] officials"."""
    if head.tag_ != "NN" or not _bare(head) or any(c.dep_ == "det" for c in head.lefts):
        return None
    for conj in head.children:
        if (conj.dep_ == "conj" and conj.tag_ == "NNS" and conj.lemma_.lower() in P.ROLE_NOUNS
                and any(c.dep_ in ("compound", "amod") and c.i > head.i for c in conj.lefts)):
            return conj
    return None


def _parenthetical_speaker(head: Token) -> bool:
    """'Clinton, an aide said Tuesday, will ...': the apposition the parser hung on the subject is
    the speaker of the verb right after it, not a description of the subject."""
    owner = head.head
    verb = owner.head
    nxt = head.right_edge.i + 1
    return (owner.dep_ == "nsubj" and nxt < len(head.doc) and head.doc[nxt].i == verb.i and verb.i > head.i
            and not _claim_with_its_own_subject(verb))


def _claim_with_its_own_subject(verb: Token) -> bool:
    """'Frank Parlato, a former ... whistleblower told the New York Post that Bronfman is ...': the clause
    the verb reports has a subject of its own, so the name before the role is the speaker (the comma
    after the role was lost), not the subject of a clause an aside interrupts ("Clinton, an aide said
    Tuesday, will run": "will run" has none)."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in verb.children)


def _unlisted_crowd(head: Token, lemma: str) -> bool:
    """A crowd the lexicons do not list, known for people by two things the parse gives: an agent
    noun ("protesters", "extremists", "physicians", "residents", "employees") in the bare plural,
    as the subject of a verb that only a person can be the subject of with a clause ("claim",
    "argue", "insist", "believe"; not "say" or "show", which reports and data take too)."""
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or not _bare(head) or lemma in _LEXICON_NOUNS:
        return False
    if len(lemma) < 6 or not lemma.endswith(P.AGENT_SUFFIXES) or lemma in P.NOT_AGENT_NOUNS:
        return False
    if _camp_generalised(head, lemma):
        return False  # "Brexiteers fear the EU will ...": a camp the writer generalises about, as "Liberals know"
    verb = head.head
    return verb.lemma_.lower() in P.SENTIENT_CLAUSE_VERBS and any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children
    )


def _unnamed_group_conjunct(head: Token) -> Token | None:
    """'police and witnesses', 'authorities and residents': a bare plural role noun coordinated with
    the head, tied to no name or owner."""
    for conj in head.children:
        if conj.dep_ != "conj" or conj.tag_ != "NNS" or conj.lemma_.lower() not in P.ROLE_NOUNS:
            continue
        if conj.lemma_.lower() in P.OFFICIAL_ROLE_NOUNS or not _bare(conj):
            continue  # "police and prosecutors", "police and their officers": the institution's own people
        return conj
    return None


def _bare(noun: Token) -> bool:
    """No determiner, owner, number or name in front: "police", "witnesses"; not "the witnesses",
    "NYPD officers", "two witnesses"."""
    return not any(
        c.dep_ in ("det", "poss", "nummod", "predet") or (c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN")
        for c in noun.lefts
    )


def _common_noun_capitalised(head: Token) -> bool:
    """A lexicon noun tagged as a name only because it opens the sentence: "Staff noted",
    "Witnesses said", the tabloid lede's "FRIENDS say" (not "Staff Sgt. Lee", not a name in the
    middle of a sentence)."""
    if not _capital_of_position(head) or not (head.text[1:].islower() or _tabloid_capitals(head)):
        return False
    if any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in head.children):
        return False
    return _singular(head) in _LEXICON_NOUNS


def _singular(head: Token) -> str:
    """The lower-case singular of a noun tagged as a name ("Witnesses" -> "witness")."""
    lower = head.lower_
    if head.tag_ != "NNPS" and not _tabloid_capitals(head):
        return lower
    for cut in (2, 1):
        if lower[:-cut] in _LEXICON_NOUNS:
            return lower[:-cut]
    return lower


def _tabloid_capitals(head: Token) -> bool:
    """A whole word in capitals opening a sentence ("FRIENDS say", "INSIDERS claim"): the tabloid
    lede's emphasis, not an acronym (those are short)."""
    return len(head.text) >= 5 and head.text.isupper() and head.is_alpha


def _named_conjunct(head: Token) -> bool:
    """A named speaker is given alongside the unnamed ones, who then add nothing uncheckable:
    "Trump's advisers and the candidate himself", "aides and Smith"."""
    for conj in head.children:
        if conj.dep_ != "conj":
            continue
        if conj.pos_ == "PROPN" or conj.tag_ == "PRP":
            return True
        if conj.lemma_.lower() in P.TITLE_NOUNS and _is_definite(conj):
            return True
    return False


def _names_members(head: Token) -> bool:
    """'several news organizations, including NPR,': a group given with named members."""
    for tok in head.subtree:
        if (
            tok.i > head.i
            and tok.dep_ == "prep"
            and tok.lower_ in ("including", "like", "such")
            and any(t.pos_ == "PROPN" for t in tok.subtree)
        ):
            return True
        if (
            tok.dep_ == "relcl" and tok.head.i == head.i and tok.lemma_.lower() == "include"
            and any(c.dep_ == "dobj" and entity(c) == "PERSON" for c in tok.children)
        ):
            return True  # "Congressional members, which includes California Democrat Dianne Feinstein, fear"
    # "conservatives – including Trump himself – are telling": the parser often hangs the aside elsewhere
    doc = head.doc
    window = doc[head.i + 1 : min(head.i + 6, len(doc))]
    for n, tok in enumerate(window):
        if tok.lower_ == "including" and all(t.is_punct for t in window[:n]):
            # a capital mid-sentence is a name even when the tagger calls it a verb ("including Trump himself")
            return any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha) for t in window[n + 1 : n + 4])
        if tok.lower_ == "such" and n + 1 < len(window) and window[n + 1].lower_ == "as" and all(
            t.is_punct for t in window[:n]
        ):
            # "Top congressional leaders such as Speaker Paul Ryan (R-Wis.) and ... have said": the parser may
            # hang "such as" on the verb
            after = window[n + 1].i + 1
            return any(t.pos_ == "PROPN" for t in doc[after : min(after + 3, len(doc))])
    return False


def _capitalised_mid_sentence(tok: Token) -> bool:
    """Written with a capital inside a sentence (and not after an opening quotation mark)."""
    if tok.is_sent_start or not tok.text[:1].isupper() or not tok.text[1:].islower():
        return False
    prev = tok.doc[tok.i - 1]
    if prev.text in _CLAUSE_PUNCT and tok.i >= 2 and not tok.doc[tok.i - 2].is_space:
        return True  # "..., People reports": a title after a comma inside the sentence
    if prev.is_sent_start and prev.pos_ == "CCONJ":
        return True  # "But People reports these are just promise rings": the capital is not the sentence's
    return prev.is_alpha and prev.is_lower  # "according to People"; not a dateline "2016 Activists say"


_CLAUSE_PUNCT = frozenset({",", ";", "(", "—", "--", "”"})  # '..., “...,” People adds

#: What a magazine does with news, and a crowd seldom does: "People confirmed that ...".
_MAGAZINE_VERBS = frozenset({"confirm", "report"})


def _the_magazine(head: Token) -> bool:
    """A bare capitalised "People" (no determiner, quantifier or modifier) that reports in the singular
    ("People reports these are just promise rings") or confirms or reports a piece of news ("People confirmed
    that actor Benedict Cumberbatch ... welcomed a son") is the magazine, a named outlet; "People say",
    "People in Fort Pierce said", "Many people confirmed" stay a vague crowd."""
    if head.text != "People" or head.dep_ != "nsubj" or head.n_lefts or head.n_rights:
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBZ":
        return lemma in P.REPORTING_VERBS  # "People says": a plural crowd would say "People say"
    return lemma in _MAGAZINE_VERBS and any(c.dep_ == "ccomp" for c in verb.children)


def _lexicon_noun(head: Token, lemma: str) -> bool:
    """A lower-case common noun the lexicons classify ("officials", "sources", "the company"):
    judged by the parse and lexicon, not by a label NER may have stretched over it ("[Pentagon
    officials]ORG" is still an unnamed official)."""
    written_lower = bool(
        head.is_lower or (head.is_sent_start and (head.text[1:].islower() or _tabloid_capitals(head)))
    )  # "Experts say", "FRIENDS say"
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and _common_noun_capitalised(head))
    return common and written_lower and lemma in _LEXICON_NOUNS


_LEXICON_NOUNS = P.ROLE_NOUNS | P.INSTITUTION_NOUNS | P.DOCUMENT_NOUNS | P.HEARSAY_NOUNS | P.GROUP_NOUNS


def _bounded(kind: str, head: Token) -> Source:
    first, last = phrase_bounds(head)
    return Source(kind, first, last)


def phrase_bounds(head: Token) -> tuple[int, int]:
    """Token span (inclusive) of the source phrase: left modifiers, the head, and right-hand
    modifiers that say the source is anonymous or which organisation it belongs to."""
    first = head.i
    for child in head.lefts:
        if child.dep_ in P.LEFT_NP_DEPS:
            first = min(first, child.left_edge.i)
    last = head.i
    for child in head.rights:
        if child.dep_ not in ("amod", "relcl", "acl", "prep"):
            continue
        subtree = list(child.subtree)
        if _marks_anonymity(subtree) or (
            child.dep_ == "prep" and len(subtree) <= 8 and any(entity(t) in P.AFFILIATION_LABELS for t in subtree)
        ):
            last = max(last, child.right_edge.i)
    doc = head.doc
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].like_url):
        first += 1  # a link is the end of an embedded tweet the phrase was run on from
    return first, last


def has_anonymity_marker(head: Token) -> bool:
    """True when the phrase headed by ``head`` says its source is unnamed on purpose:
    "familiar with the matter", "close to the agency", "who asked not to be named"."""
    return _marks_anonymity(list(head.subtree))


def anonymity_word(tok: Token, words: frozenset[str] = P.ANONYMITY_LEMMAS) -> bool:
    """True when ``tok`` is one of ``words`` by lemma or as written: the lemmatiser makes the
    participle of "people briefed on the talks" the verb "brief", which must not match the noun or
    adjective ("a brief statement")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _marks_anonymity(tokens: list[Token]) -> bool:
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if anonymity_word(tok):
            return True
        if lemma in P.PROXIMITY_LEMMAS and any(c.lower_ == "to" for c in tok.rights):
            return True
        if lemma in ("name", "identify", "quote", "authorize", "authorise") and (
            any(c.dep_ == "neg" for c in tok.children) or tok.head.lemma_ in ("decline", "refuse")
        ):
            return True
        if lemma == "knowledge" and tok.head.lower_ == "with":
            return True
    return False


def _determiner(head: Token) -> str:
    for child in head.lefts:
        if child.dep_ in ("det", "predet"):
            return child.lower_.strip(_GLUED_QUOTES)  # '"The report' in scraped text
        bare = child.lower_.strip(_GLUED_QUOTES)
        if bare != child.lower_ and bare in DEFINITE | _INDEFINITE:
            return bare  # '"The report also says': the tagger made the glued '"The' a number or a mark
    edge = head.left_edge.i
    before = head.doc[edge - 1] if edge > 0 else None
    if (
        before is not None and before.lower_ in ("that", "this") and before.dep_ == "mark" and before.head == head.head
        and head.tag_ == "NN" and head.lemma_.lower() in _COUNTED_DOCUMENTS
    ):
        # "corroborated that account saying ...": the parser made the demonstrative a mark, but a singular
        # "account" cannot stand bare, so it is the noun's ("said that experts say" is a mark)
        return before.lower_
    return ""


_COUNTED_DOCUMENTS = P.HEARSAY_NOUNS | P.FINDING_NOUNS | P.SURVEY_NOUNS


_GLUED_QUOTES = "\"“”'‘’`"


def _is_definite(head: Token) -> bool:
    return _determiner(head) in DEFINITE or any(c.dep_ == "poss" for c in head.lefts)


def _name_between_commas(head: Token) -> bool:
    """'According to our source, USA Politics Today, the students ...': a name set off by commas right
    after the role, which the parser hung elsewhere (here as the main clause's modifier)."""
    doc = head.doc
    i = head.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return i + 1 < j <= i + 5 and j < len(doc) and doc[j].text == ","


def _a_person_named(tok: Token) -> bool:
    """A person's name, also where NER took the surname for a nationality or gave it no label ("Cuban,
    a Hillary Clinton supporter who has criticized Trump": Mark Cuban) or took a full name for an
    organisation ("Whit Ayres, a GOP pollster who has said": a first name before the surname)."""
    label = entity(tok)
    if label == "PERSON" or (tok.tag_ == "NNP" and label in ("NORP", "")):
        return True
    return (
        label == "ORG"
        and tok.tag_ in ("NNP", "NNPS")
        and any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i == tok.i - 1 for c in tok.lefts)
        and (tok.doc[tok.i - 1].is_sent_start or not tok.doc[tok.i - 2].text[:1].isupper())
    )  # two words, a first name and a surname: not "the Justice Department"


#: Conjunctions that open a clause with no verb of its own: "while a guest on the show", "when a senator".
_VERBLESS_OPENERS = frozenset({"while", "whilst", "when", "though", "although"})


def _role_in_a_verbless_clause(head: Token) -> bool:
    """'Hayek, while a guest on “Jimmy Kimmel Live” ..., said', 'While a guest on “The Late Late Show” ...
    Hayak said': a singular role right after "while a"/"when a" says what the named speaker was then. The
    parser makes it the object of "while", or a second subject of the verb beside the name; a role that is
    the verb's only subject ("when a guest asked the senator") speaks."""
    det = next((c for c in head.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if det is None or det.i == 0 or head.doc[det.i - 1].lower_ not in _VERBLESS_OPENERS:
        return False
    if head.dep_ == "pobj" and head.head.i == det.i - 1:
        return True
    return head.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > head.i and c.pos_ == "PROPN" for c in head.head.children
    )


def in_apposition_to_a_name(head: Token) -> bool:
    """'Jo Bam, a staffer, who', 'Frank Parlato, a former NXIVM publicist-turned-whistleblower told': the
    role describes the person named before it (not a speaker's aside, "..., a source said, ...", which
    the parser may also hang as the role's own clause: "Clinton, an insider said Tuesday, will run")."""
    if head.dep_ != "appos" or _parenthetical_speaker(head) or not _a_person_named(head.head):
        return False
    return not any(c.dep_ in ("acl", "relcl") and c.i == head.i + 1 and c.lemma_.lower() in P.CUE_VERBS
                   for c in head.children)


def describes_the_named_subject(noun: Token) -> bool:
    """'Frank Parlato, a former NXIVM publicist-turned-whistleblower told ...': the role stands in apposition to
    a named person who is the subject of the verb after it; not a role the parser hung on a name elsewhere
    ("because like JAY and Bey, a Selena insider EXCLUSIVELY tells")."""
    return (
        in_apposition_to_a_name(noun)
        and noun.head.dep_ in ("nsubj", "nsubjpass")
        and noun.head.head.i > noun.right_edge.i
    )


def has_named_apposition(head: Token) -> bool:
    """'his best friend at Lehigh, Bruce Turry,': a name stands beside the role."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        if child.pos_ == "PROPN" and child.i > head.i and child.text[:1].isupper():
            return True
        if any(entity(t) == "PERSON" for t in child.subtree):
            return True
    # "his best friend at Lehigh, Bruce Turry": a full name closing the phrase, hung lower down
    doc = head.doc
    if _name_between_commas(head):
        return True
    return any(
        tok.i > max(head.i, 1)
        and tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and tok.head.i != head.i
        and doc[tok.i - 1].pos_ == "PROPN"
        and doc[tok.i - 2].text == ","
        for tok in head.subtree
    )


def _titled_name_end(head: Token) -> int:
    """'Doctors Without Borders', 'Reporters Without Borders', 'Citizens Against Government Waste': a capitalised
    plural noun whose capitalised preposition (a title's, never running text's) takes a capitalised object: the
    phrase is an organisation's name, not a group of doctors. The index of the name's last word, or -1. Not in a
    line set in title case (a headline capitalises its prepositions too)."""
    if not head.text[:1].isupper() or head.tag_ not in ("NNS", "NNPS"):
        return -1
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1), None)
    if prep is None or not prep.text.istitle() or prep.lower_ not in _TITLE_PREPOSITIONS:
        return -1
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not obj.text[:1].isupper():
        return -1
    text = head.doc.text
    line_end = text.find("\n", head.idx)
    if _title_case_line(text[text.rfind("\n", 0, head.idx) + 1 : line_end if line_end >= 0 else len(text)]):
        return -1
    return obj.i


#: Prepositions a name capitalises ("Without", "Against", "For", "Of"); "In" and "On" also open datelines.
_TITLE_PREPOSITIONS = frozenset({"without", "against", "for", "of", "across", "beyond"})


def _title_case_line(line: str) -> bool:
    """Most words of the line are capitalised, as in a headline."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _ends_in_a_full_name(head: Token) -> bool:
    """'Veterans of Foreign Wars spokesman Joe Davis slammed ...': the subject phrase ends in
    "of <organisation> spokesman <full name>", whatever noun the parser took for its head; the
    spokesman is the source, and named. Not "a spokesman for Senator John Smith" nor "officials close
    to Mayor John Smith": there the name is the principal, not the speaker."""
    last = max(t.i for t in head.subtree)
    doc = head.doc
    if last < 3 or last <= head.i + 2:
        return False
    first, second, role = doc[last - 1], doc[last], doc[last - 2]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and entity(t) == "PERSON" for t in (first, second)):
        return False
    if role.tag_ != "NN" or role.lemma_.lower() not in P.SPOKES_NOUNS:
        return False
    return any(t.lower_ == "of" and t.head.i == head.i for t in doc[head.i + 1 : role.i])


def _is_affiliated(head: Token) -> bool:
    """An organisation, place or person is named inside the phrase ("NATO official", "aides
    to the governor at the State Department")."""
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "prep", "npadvmod") and any(
            entity(t) in P.AFFILIATION_LABELS or entity(t) == "PERSON" for t in child.subtree
        ):
            return True
    return False


#: Counsel speak for their client in filings a reader can look up.
_COUNSEL = frozenset({"lawyer", "attorney"})


def _party(tok: Token) -> bool:
    """A party one side's counsel could stand for: a name, or one definite institution ("the state")."""
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in P.INSTITUTION_NOUNS and tok.tag_ == "NN" and _determiner(tok) == "the"


def _counsel_for_a_party(head: Token) -> bool:
    """'defense lawyers', 'Lawyers for McCrory', 'Government lawyers', 'attorneys representing Stafford': the
    counsel of one side or of one named or definite party, who file in its name (not 'lawyers for the
    victims', a crowd of clients)."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _CASE_SIDES for c in head.lefts):
        return True
    if head.lemma_.lower() not in _COUNSEL:
        return False
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
            child.pos_ == "PROPN" or child.lemma_.lower() in P.INSTITUTION_NOUNS
        ):
            return True
        for dep, word, obj in (("prep", "for", "pobj"), ("acl", "represent", "dobj")):
            if child.dep_ == dep and word in (child.lower_, child.lemma_) and any(
                o.dep_ == obj and _party(o) for o in child.children
            ):
                return True
    return False


def _owned_by_a_person(head: Token) -> bool:
    """'his aide', 'Kim's longtime friend' (not 'the Pentagon's top adviser', an office)."""
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if owner is None:
        return False
    return owner.tag_ in ("PRP$", "WP$") or entity(owner) == "PERSON"


def _org_affiliated(head: Token) -> bool:
    """A named organisation (not a place or a nationality) is given for the people: "NYPD
    officials", "officials at the Pentagon"."""
    for child in head.children:
        if child.dep_ in ("compound", "nmod", "poss", "prep") and any(entity(t) == "ORG" for t in child.subtree):
            return True
    # "Desoto Speedway officials": a name of two words or more whose last says it is a body, whatever NER made of
    # it (not a bare "Commission members")
    if head.i < 2:
        return False
    last, before = head.doc[head.i - 1], head.doc[head.i - 2]
    return (
        last.head.i == head.i and last.dep_ == "compound" and last.lower_ in _BODY_NAME_ENDINGS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (last, before))
    )


#: Last words of a proper name that make it an organisation's: "Desoto Speedway", "Mercy Hospital".
_BODY_NAME_ENDINGS = frozenset({
    "speedway", "raceway", "university", "college", "hospital", "company", "corporation", "corp", "inc", "club",
    "association", "institute", "foundation", "church", "airport", "stadium", "bank", "league", "federation",
    "society", "museum", "zoo", "school", "academy", "agency", "commission", "committee", "council",
})


def _is_polled(head: Token) -> bool:
    """'economists polled by Reuters', 'analysts in a Reuters survey': a named poll."""
    for child in head.rights:
        if child.dep_ not in ("acl", "prep", "relcl"):
            continue
        subtree = list(child.subtree)
        if any(t.lemma_.lower() in P.POLL_LEMMAS for t in subtree) and any(
            entity(t) in ("ORG", "PERSON", "GPE") for t in subtree
        ):
            return True
    return False


#: Things people post or tell, which a quantifier may count ("many of the headlines", "some of the
#: stories") without being anyone's voice (reports and studies are ``DOCUMENT_NOUNS``, judged apart).
_THINGS_POSTED = frozenset(
    {"headline", "story", "article", "post", "tweet", "theory", "video", "photo", "picture", "image", "meme"}
)


def _quantifier_head(head: Token) -> Source | None:
    """'some', 'many', 'one of the officials': a crowd, or one unnamed member of a group.

    The phrase is the quantifier itself (plus its "of ..."): its left "modifiers" are usually
    misparses ("an aggressive - some say unrealistic - pledge").
    """
    partitive = _partitive(head)
    if partitive is not None and (partitive.pos_ == "PRON" or partitive.tag_ in ("WP", "PRP")):
        return None  # "some of you", "one of them": refers back to someone already introduced
    if partitive is not None and partitive.lemma_.lower() in _THINGS_POSTED:
        return None  # "Many of the headlines already implicate CNN, claiming ...": what was posted, not who
    if any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in head.lefts):
        return None  # "273 others injured": counted people, not a crowd of sources
    end = _extend_over_of(head, head.i)
    if head.lower_ == "one":
        if partitive is None or partitive.lemma_.lower() not in P.ROLE_NOUNS:
            return None  # "one of the theories", a bare "one"
        return Source(ANONYMOUS, head.i, end)
    return Source(VAGUE, head.i, end)


def phrase_start(head: Token) -> int:
    """Index of the first token of the noun phrase ``head`` heads: its left modifiers' left edges, but not
    across a run of spaces, which stands for punctuation the copy lost ("cooperation with the investigation
    two sources with knowledge of the matter confirmed": the phrase is "two sources ...")."""
    start = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ in P.LEFT_NP_DEPS])
    spaces = [t.i for t in head.doc[start : head.i] if t.is_space]
    return spaces[-1] + 1 if spaces else start


def _partitive(head: Token) -> Token | None:
    """The noun of "of ..." after a quantifier ("officials" in "some of the officials")."""
    for child in head.rights:
        if child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _extend_over_of(head: Token, last: int) -> int:
    """Include a partitive "of ..." ("some of the analysts") in the phrase."""
    for child in head.rights:
        if child.lower_ == "of":
            return max(last, child.right_edge.i)
    return last


def _document(head: Token, lemma: str, first: int, last: int) -> Source | None:
    """Reports, figures, studies: named when someone owns them, hearsay when nobody does."""
    # a capitalised modifier is a name the tagger missed ("A Pew report")
    owned = any(
        c.dep_ == "poss"
        or (
            c.dep_ in ("compound", "amod", "nmod")
            and ((c.text[:1].isupper() and not _capital_of_position(c)) or c.lower_ in P.INSTITUTIONAL_MODIFIERS)
        )
        for c in head.lefts
    ) or any(
        (entity(t) in P.NAMED_ENTITY_LABELS or entity(t) in ("WORK_OF_ART", "FAC")) and not _only_a_place(t, head)
        for t in _outside_content(head)
    )
    owned = owned or any(
        c.dep_ == "prep"
        and (c.lower_ in ("from", "by") or (c.lower_ == "in" and _names_a_publication(c)))
        and _names_an_owner(c)
        for c in head.rights
    )
    owned = owned or any(  # "according to an account of the story by the A.F.P.": the owner after an "of" phrase
        c.dep_ == "prep" and c.lower_ == "by" and c.head.dep_ == "pobj" and c.head.head.lower_ == "of"
        and c.head.head.head.i == head.i and _names_an_owner(c)
        for c in head.subtree
    )
    owned = owned or _made_for_an_owner(head) or _filed_by_a_name(head) or _owner_hung_on_according(head)
    if owned:
        return Source(NAMED, first, last)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _FALSE_DOCUMENT for c in head.lefts):
        return None  # "A fabricated news story claiming ...": the writer calls it false, it is the topic
    determiner = _determiner(head)
    if determiner in DEFINITE:
        # "the report that Manafort ...": a document given before; its claim names who it is about
        named_inside = any(entity(t) in P.NAMED_ENTITY_LABELS for t in head.subtree)
        return Source(NAMED, first, last) if named_inside else None
    plural = head.tag_ in _PLURAL_TAGS
    if lemma in P.HEARSAY_NOUNS and (plural or determiner in _INDEFINITE or not determiner):
        kind = RUMOUR if lemma in P.RUMOUR_NOUNS else REPORT if lemma in P.REPORT_NOUNS else AGENTLESS
        return Source(kind, first, last)
    if lemma in P.WEASEL_DOCUMENT_NOUNS and (plural or lemma == "research") and not determiner:
        return Source(REPORT, first, last)
    if (lemma in P.SURVEY_NOUNS or lemma in P.WEASEL_DOCUMENT_NOUNS) and any(c.lower_ == "every" for c in head.lefts):
        return Source(REPORT, first, last)  # "nearly every poll shows": all of them, none named
    if lemma in P.SURVEY_NOUNS and plural and (not determiner or quantified(head)):
        return Source(REPORT, first, last)  # "polls found", "most surveys show", "some estimates"
    if (lemma in P.WEASEL_DOCUMENT_NOUNS or lemma in P.SURVEY_NOUNS) and quantified(head):
        return Source(REPORT, first, last)
    if lemma in P.FINDING_NOUNS and determiner in ("a", "an") and not plural:
        return Source(REPORT, first, last)  # "a recent study found", "according to a new poll"
    if (lemma in P.FINDING_NOUNS or lemma in P.SURVEY_NOUNS) and not plural and _one_or_another(head):
        return Source(REPORT, first, last)  # "one poll found", "another study shows", "by one estimate"
    return None


#: Words by which the writer calls a document false: it is what the article debunks, not its source.
_FALSE_DOCUMENT = frozenset(
    {"fake", "false", "fabricated", "bogus", "phony", "phoney", "fictitious", "hoax", "doctored"}
)

#: Clauses under a document noun that give what it says, not who owns it.
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})


def _outside_content(head: Token) -> list[Token]:
    """The document's phrase without what the document says: 'a new report claiming that she did
    not drop movie plans with former beau, Robert Pattinson' is owned by nobody, the name is in
    its claim ('a report released by Pew' keeps Pew: an agent, not a claim)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in _CONTENT_DEPS:
                continue
            if child.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                continue  # "reports that the president ...": a content clause
            stack.append(child)
    return out


def _owner_hung_on_according(head: Token) -> bool:
    """'according to a new study out Wednesday from the Brookings Institution's Brown Center': the parser hangs the
    owner's "from" or "by" on "according"; after the document, it names whose document it is."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > head.i and _names_an_owner(c)
        for c in prep.head.rights
    )


def _made_for_an_owner(head: Token) -> bool:
    """'Research conducted for the Women's Media Center showed ...': the parser often makes the
    participle the main verb and the document its subject; who it was made by or for owns it."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _MAKING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("by", "for") and _names_an_owner(c) for c in verb.rights)


def _filed_by_a_name(head: Token) -> bool:
    """'fundraising reports through Jan. 31 that Sanders campaign is filing on Saturday', 'a speech Mrs.
    Clinton delivered': an object relative clause whose subject is a name says whose document it is. The
    relative pronoun must be the verb's object (a "that" which is a conjunction opens what the document
    says: "reports that Sanders is leading")."""
    for clause in (c for c in head.children if c.dep_ == "relcl"):
        # "according to a speech Mrs. Clinton delivered": a relative clause with no pronoun, the document
        # its verb's object
        if not any(c.dep_ in ("dobj", "mark") or c.tag_ in ("WDT", "WP") for c in clause.children) and any(
            c.dep_ == "nsubj" and _is_a_name(c) for c in clause.children
        ):
            return True
    for tok in head.doc[head.i + 1 : min(head.sent.end, head.i + 8)]:
        if tok.lower_ in ("that", "which") and tok.dep_ == "dobj":
            verb = tok.head
            return verb.i > tok.i and any(c.dep_ == "nsubj" and _is_a_name(c) for c in verb.children)
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return False  # past the document's own phrase
    return False


def _is_a_name(subject: Token) -> bool:
    """'Sanders campaign', 'the Clinton Foundation', 'Clinton': a proper name, or a noun a name
    modifies, that is no place."""
    names = [subject] if subject.pos_ == "PROPN" else [c for c in subject.lefts if c.dep_ == "compound"]
    return any(n.pos_ == "PROPN" and entity(n) not in ("GPE", "LOC", "DATE") for n in names)


#: Verbs by which a document is made for or by someone ("conducted for", "commissioned by").
_MAKING_VERBS = frozenset({"conduct", "commission", "publish", "release", "prepare", "fund", "sponsor", "compile"})


def _names_an_owner(prep: Token) -> bool:
    """'a report from Radar Online', 'a study by Pew': a proper name that is not a place owns the
    document, whatever label NER gives it (not 'reports from Syria'); so does an institution the
    article has named before ('A survey by the organization in March found ...')."""
    return any(
        c.dep_ == "pobj"
        and (
            (c.pos_ == "PROPN" and entity(c) not in ("GPE", "LOC", "NORP"))
            or (c.lemma_.lower() in P.INSTITUTION_NOUNS and _determiner(c) in ("the", "this", "that"))
        )
        for c in prep.children
    )


def _names_a_publication(prep: Token) -> bool:
    """'a report in Page Six', 'a cover story in Star magazine': a name after "in" that is no date
    ('a report in October'), so the document appeared there (a place is ``_names_an_owner``'s to refuse)."""
    return any(
        c.dep_ == "pobj" and entity(c) not in ("DATE", "TIME") and c.lower_ not in _CALENDAR_WORDS
        for c in prep.children
    )


_CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "spring", "summer", "autumn", "fall", "winter"}
)  # fmt: skip


def _only_a_place(tok: Token, head: Token) -> bool:
    """'reports in the US', 'polls across Europe': a place where the documents appear, not their
    owner (unlike 'a Pentagon report' or 'reports in the New York Times')."""
    if entity(tok) not in ("GPE", "LOC"):
        return False
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.head.i == head.i:
            return tok.lower_ in ("in", "across", "around", "throughout")  # on the noun itself, not "collected in"
        tok = tok.head
    return False


def _name_closes_the_phrase(head: Token) -> bool:
    """'A nurse at Douma Emergency Collection facility Bayan Baker said: ...': a role noun and, right before
    the verb, a person's name that the parser made a second subject of the same verb (an apposition whose
    commas the text lost, as scraped wire copy often does): both are the one speaker, and it is named."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i <= head.i:
        return False
    return any(
        c.dep_ == "nsubj" and head.i < c.i < verb.i and c.pos_ == "PROPN" and entity(c) == "PERSON"
        and c.right_edge.i == verb.i - 1
        and any(t.pos_ == "PROPN" and t.i < c.i for t in c.lefts)  # a full name, not a lone surname
        for c in verb.children
    )


def _one_or_another(head: Token) -> bool:
    """'one poll', 'another study': one of several nobody names (not 'one Gallup poll', which the
    owner check has already settled)."""
    return any(
        (c.dep_ == "nummod" and c.lower_ == "one") or (c.dep_ == "det" and c.lower_ == "another") for c in head.lefts
    )


def _capital_of_position(tok: Token) -> bool:
    """Capitalised only because it opens the sentence or follows an opening quotation mark ("Most
    surveys show", "Recent polls"): no name. A link closes an embedded tweet the sentence splitter
    ran on from ("... event pic.twitter.com/Yk6ZEMLUH1 Recent polls suggest ..."), so the word after
    it opens the next sentence."""
    if tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in ('"', "“", "'", "‘") or prev.is_space or prev.like_url


def quantified(head: Token) -> bool:
    """An uncounted crowd (a quantifier of ``VAGUE_QUANTIFIERS`` before the noun): "some analysts", "many
    doctors"; not "all three candidates"."""
    lefts = list(head.lefts)
    if any(c.dep_ == "nummod" for c in lefts) or any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in lefts):
        return False
    return any(
        c.dep_ in ("det", "amod", "nummod", "quantmod", "predet") and c.lemma_.lower() in P.VAGUE_QUANTIFIERS
        for c in lefts
    )


#: Members of a party named by its bare plural: "Democrats say".
_PARTY_PLURALS = frozenset({"democrats", "republicans"})
_ASIDE_VERBS = P.CAMP_CLAIM_VERBS | {"believe", "think", "fear", "worry"}


def _party_aside(head: Token) -> bool:
    """'Trump's campaign could backfire on him ..., Democrats believe.', 'Those moments should be
    instructive to Clinton, Democrats say, and ...': a party's bare plural in an aside after the claim
    it is given for. Nobody in the party is named for it. Not "Democrats say the bill ...", where the
    party's position is the news, nor "the Democrats said" (a group the article has named)."""
    if head.lower_ not in _PARTY_PLURALS or head.dep_ != "nsubj" or head.n_lefts or head.n_rights:
        return False
    verb = head.head
    if head.i == 0 or head.doc[head.i - 1].text != ",":
        return False
    if verb.i != head.i + 1 or verb.lemma_.lower() not in _ASIDE_VERBS:
        return False
    return verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < head.i for c in verb.children)


def _camp_generalised(head: Token, lemma: str) -> bool:
    """'Liberals know that ...', 'Conservatives still praise his refusal', 'liberals have been saying it
    for years': a political camp in the bare plural, of which the writer says what it thinks, likes or
    does. Not when the camp is said to state a claim ("conservatives argued in the Supreme Court that
    ...", "Liberals call Ryan cowardly"): that claim has a speaker nobody names."""
    if lemma not in P.POLITICAL_CAMPS or any(c.pos_ not in ("PUNCT", "CCONJ") for c in head.lefts):
        return False
    if head.dep_ != "nsubj":
        return True  # "derided by liberals"
    verb = head.head
    said_by = verb.lemma_.lower()
    if said_by in P.CAMP_CLAIM_VERBS:
        return not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    if said_by in P.NAMING_VERBS:
        return not any(c.dep_ == "dobj" for c in verb.children)  # "Liberals call Ryan cowardly": their verdict
    return True


def _shown_speaking(name: Token, head: Token) -> bool:
    """'A video ... showed Col. Abdul Jabbar Akidi a member of the FSA military council announcing
    that ...': the name is the object of a verb and the role right after it (no comma: an
    apposition the text lost) is the subject of that verb's clause, so both are one person."""
    clause = head.head
    return (
        name.dep_ in ("dobj", "dative")
        and head.dep_ == "nsubj"
        and clause.dep_ in ("ccomp", "xcomp")
        and clause.head.i == name.head.i
        and entity(name) == "PERSON"
    )


def named_right_after(head: Token) -> bool:
    """'The Kurdish news source BasNews reported that ...': a singular role noun with its name
    right after it and no comma between (a close apposition the parser hung as the subject of a
    relative clause on the noun, or as the noun's own apposition), so the role is the named one."""
    doc = head.doc
    if head.tag_ != "NN" or head.i + 1 >= len(doc):
        return False
    name = doc[head.i + 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.lower_.endswith("ly"):
        return False
    if name.head.i == head.i and name.dep_ in ("appos", "compound"):
        return True
    verb = name.head
    speaks = verb.lemma_.lower() in P.CUE_VERBS
    return name.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i == head.i and speaks


def _one_of_many(head: Token) -> bool:
    """'a magazine', 'one local news outlet': some one of its kind, not named."""
    return _determiner(head) in ("a", "an") or (
        head.tag_ == "NN" and any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.lefts)
    )


_FAME_ADJECTIVES = frozenset({"famous", "renowned", "well-known", "celebrated", "legendary", "notorious"})


def names_an_origin(noun: Token) -> bool:
    """'the source of the attraction': "of" + what the noun is the source of; not "an unnamed source of
    their own" (whose source it is)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pobj" and g.lower_ == "own" for g in c.children)
        for c in noun.rights
    )


def known_figure(head: Token) -> bool:
    """'the famous whistleblower', 'the renowned insider': a definite role the writer expects the reader
    to know, so someone named nearby, never an unnamed source."""
    return _determiner(head) == "the" and any(
        c.dep_ == "amod" and c.lower_ in _FAME_ADJECTIVES for c in head.lefts
    )


def others_after_names(head: Token) -> bool:
    """'Facebook, YouTube and other digital sources', 'Reuters, AP and other outlets': "other" + a role
    noun closing a list of names. The list names whom it means; the rest are more of the same kind."""
    if head.dep_ != "conj" or not any(c.lower_ == "other" and c.dep_ == "amod" for c in head.lefts):
        return False
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i < head.i)]
    return any(m.pos_ == "PROPN" for m in members)


def _role(head: Token, lemma: str, first: int, last: int) -> Source | None:
    """People described by role only: 'a senior official', 'sources', 'experts', 'his aides'."""
    if first > 0 and head.tag_ == "NN" and _determiner(head) in ("a", "an"):
        name = head.doc[first - 1]
        if name.pos_ == "PROPN" and name.sent.start <= first - 1 and (name.head.i == head.i or head.head.i == name.i):
            return Source(NAMED, first, last)  # "Shuhud al-Hussein a member of the civil defence forces said"
        if name.pos_ == "PROPN" and name.sent.start <= first - 1 and _shown_speaking(name, head):
            return Source(NAMED, first, last)  # "showed Col. Abdul Jabbar Akidi a member of the FSA ... announcing"
    if named_right_after(head):
        return Source(NAMED, first, last)  # "The Kurdish news source BasNews reported that ..."
    if _name_closes_the_phrase(head):
        return Source(NAMED, first, last)  # "A nurse at Douma Emergency Collection facility Bayan Baker said"
    if known_figure(head):
        return Source(NAMED, first, last)  # "claims the famous whistleblower", just after "Mr. Snowden says"
    if _is_polled(head):
        return Source(NAMED, first, last)
    affiliated = _is_affiliated(head)
    if lemma == "source" and not has_anonymity_marker(head) and names_an_origin(head):
        return None  # "the source of the attraction": an origin, not a person
    if lemma in P.ALWAYS_ANONYMOUS_NOUNS or has_anonymity_marker(head):
        return Source(ANONYMOUS, first, last, affiliated)
    if head.tag_ == "NN" and any(c.dep_ in ("amod", "det") and c.lower_ in _MANY for c in head.lefts):
        return Source(ANONYMOUS, first, last, affiliated)  # "several US defense official told CNN": a plural
        # meant, its "-s" dropped; no one named either way
    determiner = _determiner(head)
    plural = head.tag_ in _PLURAL_TAGS or lemma in ("people", "staff")
    has_number = any(c.dep_ == "nummod" for c in head.lefts)
    has_owner = any(c.dep_ == "poss" for c in head.lefts)
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.lemma_.lower() in P.DOCUMENT_NOUNS and _determiner(owner) in DEFINITE:
        return None  # "the report’s authors write": the authors of a document the article has given before
    if not plural and has_owner and lemma in P.RELATION_NOUNS and _owned_by_a_person(head):
        return Source(ANONYMOUS, first, last, affiliated)  # "Kim's longtime friend", "his aide"
    if plural:
        if quantified(head):
            return Source(VAGUE, first, last, affiliated)
        if _camp_generalised(head, lemma):
            return None  # "Liberals know that ...", "Conservatives thought": a camp the writer generalises about
        if lemma in P.OFFICIAL_ROLE_NOUNS and _org_affiliated(head):
            return Source(NAMED, first, last)  # "NYPD officials said": the organisation on the record
        if has_number or has_owner:
            return Source(ANONYMOUS, first, last, affiliated)
        if determiner in DEFINITE:
            return None
        return Source(VAGUE, first, last, affiliated)
    if determiner in _INDEFINITE or has_number:
        return Source(ANONYMOUS, first, last, affiliated)
    return None
