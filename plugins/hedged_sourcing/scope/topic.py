"""The people are what the sentence is about, not sources the writer leans on: a group that is the topic, the
writer's guess at a crowd, a view stated to be answered, journalists at work, people a recording shows, a
reaction to an event, a narrated event, the writer's own experience. Reasons ``topic``, ``press``,
``recorded``, ``reaction``, ``narrated``, ``own_experience``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import paragraph_ranges

from .. import patterns as P
from ..attribution import lemma_of
from ..classify import DEFINITE, entity
from ..detect import holds_a_claim, with_phrase_clause
from .common import recording, source_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..attribution import Attribution


#: Adverbs by which the writer calls a belief false: what the group believes is then the topic.
DISPUTING = frozenset({"mistakenly", "wrongly", "falsely", "erroneously", "incorrectly", "wrongfully"})


_TOPIC_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})


#: Adverbs by which the writer guesses at what a group expects or wants ("viewers probably expected").
_GUESSING = frozenset({"probably", "presumably"})


#: Verbs of expecting and wanting: a guess at them credits the group with no claim. Not "agree", "know",
#: "believe": "experts likely agree that ..." invokes an authority all the same.
_WISHING = frozenset({"expect", "want", "hope", "wish", "wonder"})


_BARE_QUANTIFIERS = frozenset({"some", "others", "many", "most", "several"})


#: Nouns for people: a partitive of anything else ("some of his stories") counts things.
_PEOPLE_NOUNS = P.ROLE_NOUNS | P.RELATION_NOUNS | P.GROUP_NOUNS | P.ALWAYS_ANONYMOUS_NOUNS


#: Words by which the writer answers a view just stated: "While liberals dismissed him as ..., the truth was ...".
_ANSWERING_WORDS = frozenset({"truth", "fact", "reality", "actually"})


#: Conjunctions that open a clause the main clause answers.
_CONCEDING_MARKS = frozenset({"while", "although", "though", "whereas"})


def rebutted(cue: Token) -> bool:
    """The cue's clause opens with "while"/"although" and the main clause answers it with the truth, the
    fact, reality or "actually": the group's view is the writer's foil, not a source ("While liberals
    dismissed him as a Hollywood actor, the truth was he was a successful two-term governor")."""
    if cue.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONCEDING_MARKS for c in cue.children):
        return False
    after_clause = cue.right_edge.i  # the answer comes after the conceded clause, in the main one
    return any(t.lower_ in _ANSWERING_WORDS and t.i > after_clause for t in cue.head.subtree)


def picks_out_a_group(cue: Token) -> bool:
    """A bare "-ing" phrase the parse makes the subject of the main verb ("investors expecting a big deal ...
    may want to think twice"); not a tense ("aides were predicting the parties would ...", the same parse)."""
    return cue.tag_ == "VBG" and cue.dep_ == "csubj" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)


#: Journalists at work, whose questions and descriptions are not sources of the article's claims.
_PRESS_NOUNS = frozenset({"reporter", "journalist", "correspondent"})


def the_press(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source is a reporter or journalist: in a news article they ask the questions ("A reporter
    pointed out that ...") or are the paper's own staff ("described to him by a Post reporter"); every such
    finding read in the judged rounds was wrong, and no editor marked one. Not former journalists, who tell
    of where they worked ("Several former RT journalists have complained they weren't given such a free
    hand")."""
    head = source_head(doc, attr)
    if head is None:
        return False
    if head.lemma_.lower() in _OUTLET_STAFF_NOUNS and _at_a_named_outlet(head):
        return True  # "Writers at Quartz have noted that ...": the outlet's published work, named
    if head.lemma_.lower() in _AGENCY_STAFF_NOUNS and _of_a_wire_agency(head):
        return True  # "A Reuters witness said there had been drones in the sky": the agency's own staff
    if head.lemma_.lower() not in _PRESS_NOUNS:
        return False
    return not any(c.lower_ in ("former", "ex") for c in head.lefts)


#: What a wire agency calls its own staff on the scene ("a Reuters witness", "an AFP photographer").
_AGENCY_STAFF_NOUNS = frozenset({"witness", "photographer", "cameraman", "stringer"})
#: Wire agencies, as they name their own staff in copy.
_WIRE_AGENCIES = frozenset({"reuters", "afp", "ap", "xinhua", "efe", "dpa", "ansa", "anadolu", "upi"})


def _of_a_wire_agency(head: Token) -> bool:
    """ "A Reuters witness", "an Associated Press photographer": the agency's name before the noun."""
    return any(
        c.dep_ in ("compound", "poss", "nmod")
        and (c.lower_ in _WIRE_AGENCIES or (c.lower_ == "press" and any(g.lower_ == "associated" for g in c.lefts)))
        for c in head.lefts
    )


#: Staff who publish under an outlet's name: with the outlet named, their claim is the outlet's.
_OUTLET_STAFF_NOUNS = frozenset({"writer", "editor", "columnist", "reporter", "journalist"})


def _at_a_named_outlet(head: Token) -> bool:
    """ "Writers at Quartz", "editors of The Atlantic", "reporters for the Post": a named outlet."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "for", "from", "of", "with")
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in head.rights
    )


#: Verbs of judging, whose object is what is judged ("described her demeanor in this video as 'unhinged'").
_JUDGING_VERBS = P.AS_VERBS | P.EVALUATIVE_PASSIVE_VERBS | P.OBJECT_CLAIM_VERBS


def seen_in_a_recording(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """The unnamed speaker is someone a recording shows: "ISIS soldiers mock ... in the video", or, in
    the present tense of a scene described, just after a sentence about the recording ("The fuzzy video,
    shot by a worker ..., captured the raging national debate ... ''This is strictly a business
    decision,'' a Carrier executive tells employees")."""
    # the parse often hangs the place on the object ("mock America's military tactics in the video"), but a
    # verb of judging has its object there: "has described her demeanor in this video as 'unhinged'" (a
    # pundit watching it)
    if cue.lemma_.lower() in _JUDGING_VERBS:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if any(
        c.dep_ == "prep" and c.lower_ in ("in", "on") and any(recording(o) for o in c.children if o.dep_ == "pobj")
        for host in (cue, *objects)
        for c in host.children
    ):
        return True
    sent = doc[attr.first].sent
    if cue.tag_ not in ("VBZ", "VBP") or not any(t.tag_ in ("``", "''") for t in sent):
        return False  # the scene's words are quoted as said there
    paragraph = next((a for a, b in paragraph_ranges(doc.text) if a <= sent.start_char < b), None)
    if paragraph is None:
        return False
    # the sentences before it in its paragraph, and the previous paragraph's last one
    prev = sent
    while prev.start > 0:
        prev = doc[prev.start - 1].sent
        if any(
            t.dep_ == "nsubj"
            and recording(t)
            and any(c.lower_ in DEFINITE for c in t.lefts)
            and t.head.lemma_.lower() in _SCENE_VERBS
            for t in prev
        ):
            return True
        if prev.start_char < paragraph:
            break
    return False


#: Verbs by which a recording shows a scene ("The fuzzy video ... captured the raging national debate").
_SCENE_VERBS = frozenset({"capture", "show", "depict", "record", "feature"})


def public_reaction(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """'One person wrote, "Ok!!! We see you ..."', 'others praised the new mom': a member of the
    public posting or reacting. The post is what the article reports; nobody is cited for a fact."""
    head = source_head(doc, attr)
    if head is None or attr.via not in ("subject", "inverted"):
        return False
    return cue.lemma_.lower() in P.REACTION_VERBS and head.lemma_.lower() in P.PUBLIC_NOUNS


def reacts_to_an_event(cue: Token) -> bool:
    """'Most other opponents of abortion condemned the shooting', 'residents ... decried the attack': a verdict
    on a violent happening (``EVENT_NOUNS``) is the group's reaction, which the article reports as news; it asserts
    nothing a reader would need a source for. So is the welcome bare investors give a move ("Investors welcomed
    the move"): what the share price did."""
    if cue.lemma_.lower() not in P.EVALUATION_VERBS | {"decry"}:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in P.EVENT_NOUNS for c in cue.children):
        return True
    # "Investors welcomed the move. Courtaulds' shares rose 15 pence": the market's verdict, which prices record
    return not holds_a_claim(cue) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MARKET_NOUNS and not any(c.children) for c in cue.children
    )


#: The market as a crowd: its welcome of a move is told by prices, not by anyone who could be quoted.
_MARKET_NOUNS = frozenset({"investor", "trader", "market"})


_FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "us"})


def about_writer_or_reader(doc: Doc, attr: Attribution) -> bool:
    """'Apparently, we're all supposed to ignore the fact that ...', 'it sounds like we're going to
    see some sparks fly': the hedged clause is about the writer or the reader (its subject is "we",
    "I" or "you"), a comment on their own experience, not a claim about others passed on unsourced."""
    cue = doc[attr.cue_i] if attr.cue_i >= 0 else doc[attr.first]
    if attr.via == "evidential":
        clause = cue.head
    else:
        clause = next((c for c in cue.rights if c.dep_ in ("ccomp", "advcl", "xcomp", "parataxis")), None)
        if clause is None:
            return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_SECOND_PERSON for c in clause.children)


def told_as_an_event(cue: Token) -> bool:
    """'When one analyst recently said on the air that ..., the questioner cut her off': a speech
    told as an event in a time clause, not offered as the source of a claim."""
    # the parser also hangs a time clause as a conjunct ("..., or before many women even know that")
    return cue.dep_ in ("advcl", "conj") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < cue.i for c in cue.children
    )


_TIME_MARKS = frozenset({"when", "after", "before", "until", "once"})


def topic_group(doc: Doc, attr: Attribution, cue: Token) -> bool:
    """'rebuked critics who say ...': the group is what the sentence is about, not its source."""
    if attr.via != "subject" or cue.dep_ not in ("relcl", "acl"):
        return False
    noun = cue.head
    if not (attr.first <= noun.i <= attr.source_end):
        return False  # the relative clause has a source of its own ("..., a police source told")
    while noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "As for conservative pundits and national-security analysts who claim ..." (not
        # a misparse joining the group to a pronoun: 'called it "disgusting" and Clinton supporters attacking')
    if noun.dep_ not in _TOPIC_DEPS:
        return False
    governor = noun.head
    if noun.dep_ == "pobj":
        if governor.lower_ in ("according", "from", "by"):
            return False
        if governor.lower_ == "with" and _absolute(governor, cue):
            return False  # "..., with a new report claiming that ...": an absolute clause whose subject speaks
        governor = governor.head
    return governor.lemma_.lower() not in P.CITING_LEMMAS and governor.lower_ != "according"


def quantifier_of_things(doc: Doc, attr: Attribution) -> bool:
    """The source is a bare quantifier ("others", "some") that is not the subject of the cue verb and
    continues an earlier partitive of the same sentence whose noun is no kind of person ("Some of his
    Trump stories are true, ... others are totally false, like one this summer reporting that ..."): the
    quantifier counts those things, and the report is one of them."""
    head = source_head(doc, attr)
    if head is None or head.lower_ not in _BARE_QUANTIFIERS or head.n_lefts or head.n_rights:
        return False
    if head.head.i == attr.cue_i:
        return False  # "Some of the protesters were calm, but others said ...": the quantifier speaks
    for tok in doc[head.sent.start : head.i]:
        if tok.lower_ not in _BARE_QUANTIFIERS:
            continue
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _PEOPLE_NOUNS:
            return entity(noun) not in ("PERSON", "NORP")
    return False


#: Verbs by which the writer offers a guess of their own ("I think", "I bet", "we suspect").
_GUESS_VERBS = frozenset({"think", "believe", "guess", "suspect", "bet", "imagine", "reckon"})


def writers_guess(cue: Token) -> bool:
    """The group's verb is the clause of the writer's own "I think" / "I bet" / "we suspect": a guess about
    the group, who are the topic ("I think most of these people understand that ...")."""
    head = cue.head
    if cue.dep_ != "ccomp" or head.lemma_.lower() not in _GUESS_VERBS or head.i > cue.i:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("i", "we")


def guessed_wish(cue: Token) -> bool:
    """'viewers probably expected sharp questions': the writer guesses what a group expected or wanted."""
    return cue.lemma_.lower() in _WISHING and any(c.dep_ == "advmod" and c.lower_ in _GUESSING for c in cue.lefts)


def wh_object(cue: Token) -> bool:
    """'to influence how people think', 'to change how voters feel': the verb's clause opens with "how" and
    is the object of another verb, which acts on the thinking; nobody is cited for a claim. Not under "be"
    nor a verb of saying, and not "what" ("in what activists say is ...", "what authorities said was a
    gun": a free relative whose group judges, ``talk.py``'s)."""
    governor = lemma_of(cue.head)
    if cue.dep_ not in ("ccomp", "dobj", "xcomp", "pcomp") or governor in ("be", *P.CITING_LEMMAS, *P.CUE_VERBS):
        return False
    opener = cue.left_edge
    if opener.lower_ != "how" or opener.tag_ != "WRB" or opener.i >= cue.i:
        return False
    # a misparse that hangs the attribution after a quotation on a "how" inside it ('"... seeing how many
    # people like the post," an insider told Radar') has punctuation between
    return not any(t.is_punct for t in cue.doc[opener.i : cue.i])


#: Prepositions that make a clause the topic of a reaction: "spoke about", "angry over", "laughed at".
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "at"})


def label_as_topic(cue: Token) -> bool:
    """'opened up about being described as a "real woman"': a passive "being <verb>" that is the object
    of a preposition of topic. What people call someone is then what the sentence is about; no claim of
    the writer rests on it (unlike "despite being considered the favorite")."""
    return (
        cue.dep_ == "pcomp"
        and cue.head.lower_ in _TOPIC_PREPOSITIONS
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in cue.children)
    )


def _absolute(with_: Token, cue: Token) -> bool:
    """'..., with a new report claiming that she did not drop movie plans': "with" opens an absolute
    clause after a comma, and its -ing verb reports a claim (not "met with critics saying ..."), whether the
    parser hung the claim on the verb or elsewhere in the phrase ("with sources telling POLITICO it is ...")."""
    doc = with_.doc
    after_comma = with_.i > 0 and doc[with_.i - 1].text == ","
    reports = any(c.dep_ == "ccomp" for c in cue.children) or with_phrase_clause(cue)
    return after_comma and cue.tag_ == "VBG" and reports
