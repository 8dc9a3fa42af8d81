"""A checkable source is given for the same claim nearby: a named member of the group quoted next, members
listed or named by role, the same claim owned by a name in the next sentence, an anonymous source named later
in the story, people counted and named before or after, a named subject's own post. Reasons ``named_next``,
``named_member``, ``named_later``, ``named_before``, ``named_report``; a report or record named nearby is
``named_reports.py``'s."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import TYPE_CHECKING

from scorer import post_ranges

from .. import patterns as P
from ..attribution import lemma_of
from ..classify import DEFINITE, entity
from ..quotes import Quotes
from .common import PRONOUN_TAGS, for_example, is_proper_name, proper_source, source_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..attribution import Attribution


_OPENING_QUOTES = frozenset({'"', "“", "``", "«"})


def rumour_owned_next(doc: Doc, cue: Token, named: list[Attribution]) -> bool:
    """Talk of a rumour that a named speaker, within the next two sentences, speaks of in the same word
    ("stoked speculation that ... 'Over time, there's been a lot of speculation about that,' said former
    Utah governor Michael Leavitt"): the rumour is put to someone who can be checked."""
    sent = cue.sent
    if sent.end >= len(doc):
        return False
    after = doc[sent.end].sent
    start, end = after.start, (after.end if after.end >= len(doc) else doc[after.end].sent.end)
    if not any(t.lemma_.lower() == cue.lemma_.lower() for t in doc[start:end]):
        return False
    for other in named:
        head = source_head(doc, other) if start <= other.first < end else None
        if head is not None and other.via in ("subject", "inverted") and is_proper_name(head):
            return True
    return False


def role_named_later(doc: Doc, attr: Attribution) -> bool:
    """'One of Twitter's senior engineers has admitted to hacking ... The high-level engineer, Clay
    Haynes, ...': within the next two sentences the same role comes back definite with a name in
    apposition, so the source is named after all."""
    head = source_head(doc, attr)
    if head is None:
        return False
    partitive = next((c for p in head.rights if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    noun = partitive if head.lower_ == "one" and partitive is not None else head
    if noun.pos_ != "NOUN":
        return False
    role = noun.lemma_.lower()
    sent = doc[attr.first].sent
    end = sent.end
    if head.lower_ == "one" and partitive is not None and end < len(doc) and _opens_with_a_speaker(doc[end].sent):
        return True  # "One of Bill Clinton's oldest friends has come forward and said ... Dolly Kyle, ..., said"
    if end < len(doc) and _named_owns_the_words(doc[end].sent):
        return True  # "A Clinton ally suggested ... Virginia Gov. Terry McAuliffe (D) tried to walk back his comments"
    if head.tag_ == "NN" and end < len(doc) and _opens_with_a_speaker(doc[end].sent, _OCCASION_VERBS):
        return True  # "A top Donald Trump adviser says the businessman is on a 'glide path' ... Ed Brookover spoke
        # to reporters Thursday following a meeting ...": the next sentence names who spoke, and when
    for _ in range(2):
        if end >= len(doc):
            break
        nxt = doc[end].sent
        for tok in nxt:
            if tok.lemma_.lower() != role or not any(c.lower_.strip('"“') in DEFINITE for c in tok.lefts):
                continue  # "The high-level engineer", also with the quotation mark glued on; "That insider"
            if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
                return True
            if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and _names_in_predicate(tok.head):
                return True  # "That insider is one of the late Robert F. Kennedy's daughters, Kathleen Townsend."
        if _opens_with_a_name_in_the_role(nxt, role):
            return True  # "A 5th grade teacher in Charlotte, North Carolina knows ... Barry White Jr., an English
            # teacher at Ashley Park PreK-8 School, has a special handshake": the lede's person, named
        if _opens_with_a_speaker(nxt) and _role_given_to_speaker(nxt, role):
            return True  # "a top adviser for President Obama explained why ... Jason Furman, who leads Mr.
            # Obama's Council of Economic Advisers, said ...": the next speaker is named with the same role
        end = nxt.end
    return False


def _opens_with_a_name_in_the_role(sent: Span, role: str) -> bool:
    """The sentence opens with a full name and, in apposition, the same role noun ("Barry White Jr., an English
    teacher at ...")."""
    words = [t for t in sent if not t.is_space][:4]
    names = [t for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if len(names) < 2 or words[0].pos_ != "PROPN":
        return False
    return any(
        c.dep_ == "appos" and any(t.lemma_.lower() == role for t in c.subtree) for n in names for c in n.children
    )


#: Titles written before a name, by the role noun they stand for: "Sens. Chuck Grassley", "Rep. Joe Heck".
_TITLE_ROLES = {
    **dict.fromkeys(("sen.", "sens.", "sen", "sens"), "senator"),
    **dict.fromkeys(("rep.", "reps.", "congresswoman"), "congressman"),
    "gov.": "governor",
}


def teaser_named_next(doc: Doc, attr: Attribution) -> bool:
    """A lede's teaser whose people the next sentence names by title: "one GOP congressman is blaming the
    victims ... North Carolina GOP Congressman Robert Pittenger had some extraordinary opinions", "Two
    Republican senators are expressing concern ... Sens. Chuck Grassley of Iowa and Ron Johnson of Wisconsin
    specifically suggested". The verb characterises rather than quotes: not "..., said a Republican senator"
    or "a senator said", the unnamed voices of political reporting."""
    head = source_head(doc, attr)
    if attr.via != "subject" or head is None or head.pos_ != "NOUN" or attr.cue_i < 0:
        return False
    if doc[attr.cue_i].lemma_.lower() in ("say", "tell"):
        return False
    end = doc[attr.first].sent.end
    return end < len(doc) and _titled_name(doc[end].sent, head.lemma_.lower())


def lede_actor_named_next(doc: Doc, attr: Attribution) -> bool:
    """The article's first sentence tells what an unnamed person did and adds what they said with a participle
    ("A police officer in Louisiana fighting murder charges ... is pleading self-defense, saying he feared for his
    life"); the next sentence opens with a full name: the lede holds the name back a sentence, as ledes do."""
    if attr.via != "subject" or attr.cue_i < 0:
        return False
    cue = doc[attr.cue_i]
    sent = cue.sent
    if sent.start != next((t.i for t in doc if not t.is_space), 0) or sent.end >= len(doc):
        return False
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.lemma_.lower() in P.CUE_VERBS:
        return False
    opener = [t for t in doc[sent.end].sent if not t.is_space][:2]
    if len(opener) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in opener):
        return False
    name = opener[1]  # "Stacy Koltiska turned in her resignation letter": the full name is the subject
    return name.dep_ == "nsubj" and opener[0].dep_ == "compound" and opener[0].head.i == name.i


#: Speech verbs a named monitor opens the sentence after a wire lede with ("The Britain-based Syrian Observatory
#: for Human Rights says ...").
_MONITOR_VERBS = frozenset({"say", "report", "tell"})


def lede_activists_named_next(doc: Doc, attr: Attribution) -> bool:
    """'AP Monday 9 Jun 2014 Activists say rebel infighting in Syria has killed 45 opposition fighters over the
    past two days. The Britain-based Syrian Observatory for Human Rights says the fighting flared up ...': the
    wire lede's "activists say", and the next sentence opens by naming the monitoring group that speaks ("The
    DeirEzzor 24 monitoring group said ..."): the lede holds the name back a sentence. Only in the lede (its
    first two sentences, where a headline or dateline ran into it) and only a named organisation with "The", not
    a person, whose claim could be another."""
    if attr.via != "subject" or attr.cue_i < 0:
        return False
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() != "activist":
        return False
    sents = list(islice((s for s in doc.sents if not all(t.is_space for t in s)), 3))  # the lede and the one after
    where = next((k for k, s in enumerate(sents) if s.start <= attr.first < s.end), None)
    if where is None or where >= 2 or where + 1 >= len(sents):
        return False
    nxt = sents[where + 1]
    first = next((t for t in nxt if not t.is_space), None)
    if first is None or first.lower_ != "the":
        return False
    subject = first.head
    while subject.dep_ != "nsubj" and subject.head.i != subject.i and subject.head.i < nxt.end:
        subject = subject.head  # "The DeirEzzor 24 monitoring group": from "The" up to the subject it opens
    verb = subject.head
    if subject.dep_ != "nsubj" or lemma_of(verb) not in _MONITOR_VERBS or subject.left_edge.i != first.i:
        return False
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in subject.subtree)


def _titled_name(sent: Span, role: str) -> bool:
    """The sentence names someone with the role as a title before the name ("North Carolina GOP Congressman
    Robert Pittenger", "Sens. Chuck Grassley of Iowa and Ron Johnson of Wisconsin"; the words are read in
    order, as the parse may hang a title anywhere)."""
    wanted = _TITLE_ROLES.get(role, role)
    doc = sent.doc
    for tok in sent:
        stop = tok.i + 1 < sent.end and doc[tok.i + 1].text == "."  # "Sens ." as two tokens
        name = tok.i + 2 if stop else tok.i + 1
        if name >= sent.end or doc[name].pos_ != "PROPN" or not doc[name].is_alpha:
            continue
        title = tok.lower_ + "." if stop else tok.lower_
        # an abbreviation, or the role itself capitalised: "Congressman Robert Pittenger", not "officials Director"
        given = _TITLE_ROLES.get(title) or (tok.lemma_.lower() if tok.is_title else None)
        if given == wanted:
            return True
    return False


#: Verbs that give when and where someone spoke and say nothing of what: the occasion of the words just
#: quoted from an unnamed source, whose speaker the sentence names ("Ed Brookover spoke to reporters").
_OCCASION_VERBS = frozenset({"speak", "talk"})


_WORDS_NOUNS = frozenset({"comment", "remark", "statement", "word", "claim", "suggestion", "assertion"})


_OWN_WORDS_VERBS = frozenset(
    {"walk", "retract", "clarify", "withdraw", "reiterate", "repeat", "apologize", "apologise", "elaborate"}
)


def _named_owns_the_words(sent: Span) -> bool:
    """The next sentence's subject is a full name and what it is about is "his"/"her" words: the
    unnamed speaker just quoted, named ("Virginia Gov. Terry McAuliffe (D) tried to walk back his
    comments a day after he said them")."""
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None or not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.lefts):
        return False
    for t in subject.head.subtree:
        if t.lemma_.lower() not in _WORDS_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children
        ):
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if verb.lemma_.lower() in _OWN_WORDS_VERBS:
            return True  # only one's own words are walked back ("Kerry rejected his claim" is another's)
    return False


def _role_given_to_speaker(sent: Span, role: str) -> bool:
    """The named subject that opens ``sent`` carries ``role`` in its apposition or relative clause."""
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None:
        return False
    described = [t for c in subject.children if c.dep_ in ("appos", "relcl") for t in c.subtree]
    return any(t.lemma_.lower() == role or t.lower_.rstrip("s") == role for t in described)


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


_COUNTS = {**{w: n for n, w in enumerate(_NUMBER_WORDS, 2)}, **{str(n): n for n in range(2, 13)}}


def counted_named_before(doc: Doc, attr: Attribution) -> bool:
    """ "The two lawmakers, however, argue ...": "the" and a count before a role refer back to as many
    people the article named together before ("Oversight Committee Chairman Jason Chaffetz (R-Utah) and
    Judiciary Committee Chairman Bob Goodlatte"). Not for "sources" or "insiders", never named."""
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return False
    count = _count_of(head)
    return count is not None and _names_together(doc[: attr.first], count)


def counted_named_after(doc: Doc, attr: Attribution) -> bool:
    """ "six senators have slammed Wells Fargo ... The letter was written by Patrick Leahy (D-VT), Sherrod Brown
    (D-OH), Dick Durbin (D-IL), Al Franken (D-MN), Richard Blumenthal (D-CT) and Elizabeth Warren (D-MA).": a
    count of people the article names later, as many in one list. Not for "sources" or "insiders", and not
    for two or three: "two people familiar with the meeting" are not the two names a later sentence joins."""
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS:
        return False
    count = _count_of(head)
    return count is not None and count >= 4 and _names_together(doc[attr.last + 1 :], count)


def _count_of(head: Token) -> int | None:
    """The number a source phrase counts its people with ("the two lawmakers", "six senators"), if any."""
    return next((_COUNTS[c.lower_] for c in head.lefts if c.dep_ == "nummod" and c.lower_ in _COUNTS), None)


def _names_together(tokens: Span, count: int) -> bool:
    """``tokens`` hold a list of exactly ``count`` proper names joined by "and" or commas."""
    for tok in tokens:
        if tok.pos_ != "PROPN" or tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        names, todo = 1, [tok]
        while todo:  # the parse may hang a long list's names off several of them
            joined = [c for c in todo.pop().children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            names += len(joined)
            todo += joined
        if names == count:
            return True
    return False


def _opens_with_a_speaker(sent: Span, verbs: frozenset[str] = P.STRONG_CUE_VERBS) -> bool:
    """The sentence opens with a full name (two capitalised words or more, one of them a proper noun the
    parser made a subject) whose verb is one of ``verbs`` (of saying): the lede's unnamed figure, named."""
    names = []
    for tok in sent:
        if not (tok.is_alpha and tok.text.istitle()):
            break
        names.append(tok)
    if len(names) < 2:
        return False
    subject = next((t for t in names if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    return subject is not None and lemma_of(subject.head) in verbs


def _names_in_predicate(be: Token) -> bool:
    """The predicate of "is"/"was" gives a name in apposition ("one of his daughters, Kathleen Townsend")."""
    for attr in (c for c in be.children if c.dep_ == "attr"):
        if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in attr.subtree):
            return True
    return False


def plural_source(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source is a group ("Donald Trump's supporters on Capitol Hill"), not one person, or one of a
    group counted from below ("at least one expert said"), whom the writer goes on to name."""
    head = source_head(doc, attr)
    if head is None:
        return False
    return head.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "nummod" and c.lower_ == "one" and any(t.lower_ == "least" for t in c.subtree) for c in head.children
    )


def institution_said_it_before(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """'..., the Justice Department announced Friday evening. A senior Justice Department official announced the
    development shortly after ...': in the sentence before, the official's institution itself says it with the
    same verb, on the record, so the official only carries the institution's word."""
    if attr.cue_i < 0:
        return False
    cue = doc[attr.cue_i]
    sent = cue.sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    head = source_head(doc, attr)
    if head is None:
        return False
    org = [t.lower_ for t in head.subtree if t.i < head.i and t.pos_ == "PROPN"]
    if len(org) < 2:
        return False  # a name of one word ("a Trump aide") is a person's, not an institution's
    for other in named:
        if not (before.start <= other.first < before.end) or other.cue_i < 0:
            continue
        said = doc[other.cue_i]
        source = source_head(doc, other)
        if source is None or said.lemma_.lower() != cue.lemma_.lower():
            continue
        if [t.lower_ for t in source.subtree if t.i <= source.i and t.pos_ == "PROPN"][-len(org) :] == org:
            return True
    return False


def same_claim_named_next(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """'Several former RT journalists have complained they weren't given such a free hand. That was
    what Liz Wahl said when she resigned ...': the next sentence opens with "That"/"This" standing
    for the claim and gives a named speaker for it ("That was what X said", "This is what X told")."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    root = nxt.root
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in root.children):
        return False
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via != "subject" or other.cue_i < 0:
            continue
        cue = doc[other.cue_i]
        head = source_head(doc, other)
        says_it = cue.head.i == root.i and any(c.tag_ == "WP" and c.lower_ == "what" for c in cue.children)
        if says_it and head is not None and is_proper_name(head):
            return True
    return False


def members_listed_next(doc: Doc, attr: Attribution) -> bool:
    """'Other designers have publicly said they would refuse ... They include Tom Ford, Marc Jacobs
    and Sophie Theallet.': the next sentence names the group's members."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    root = nxt.root
    if root.lemma_.lower() != "include" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("they", "these", "those") for c in root.children
    ):
        return False
    return any(t.pos_ == "PROPN" for c in root.children if c.dep_ == "dobj" for t in c.subtree)


def one_of_them_named_next(doc: Doc, attr: Attribution) -> bool:
    """'... watched it on Thursday, attorneys for the family said. In a statement, one of the family's
    attorneys, Justin Bamberg, said ...': the next sentence names one of the same group with the same
    role noun, by name in apposition, as a speaker."""
    head = source_head(doc, attr)
    sent = doc[attr.first].sent
    if head is None or head.pos_ != "NOUN" or sent.end >= len(doc):
        return False
    role = head.lemma_.lower()
    for one in doc[sent.end].sent:
        if one.lower_ != "one" or one.dep_ not in ("nsubj", "nsubjpass") or lemma_of(one.head) not in P.REPORTING_VERBS:
            continue
        group = next((o for p in one.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        if group is None or group.lemma_.lower() != role:
            continue
        appositions = [c for c in (*one.children, *group.children) if c.dep_ == "appos"]
        if any(t.pos_ == "PROPN" for c in appositions for t in c.subtree):
            return True
    return False


def member_by_role_named_next(doc: Doc, attr: Attribution) -> bool:
    """'..., some management consultants maintain. Yoshihisa Murasawa, a management consultant for Booz-Allen &
    Hamilton (Japan) Inc., said ...': the next sentence's speaker is named and given the group's own role noun in
    apposition, one of the group on the record."""
    head = source_head(doc, attr)
    sent = doc[attr.first].sent
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NNS" or sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    subject = next((t for t in nxt if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
    if subject is None or lemma_of(subject.head) not in P.REPORTING_VERBS:
        return False
    return _role_given_to_speaker(nxt, head.lemma_.lower())


#: The most characters between an unnamed source and the colon that introduces the post it stands for.
_POST_INTRO_MAX = 80


def _one_person(head: Token) -> bool:
    """The source is one person: "someone", "one", or a singular noun after "a", "an", "one" or "another"
    ("a user on Twitter", "one commenter")."""
    if head.lower_ in ("someone", "somebody", "one"):
        return True
    return head.tag_ == "NN" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                     for c in head.lefts)  # fmt: skip


def post_signed_next(doc: Doc, attr: Attribution) -> bool:
    """The unnamed source introduces, with a colon, an embedded post that starts right after it, and the
    post's signature names its poster ("according to a user on Twitter: Can we put the debate to rest
    now? pic.twitter.com/... — Quake Gyan (@QuakeDawg) September 26, 2016")."""
    span = doc[attr.first : attr.last + 1]
    if not any(_one_person(t) for t in span) or any(t.tag_ == "NNS" for t in span):
        return False  # "The left is calling for his head today: ..." and a post: one voice of the group
    text = doc.text
    end = doc[attr.last].idx + len(doc[attr.last])
    colon = text.find(":", end, end + _POST_INTRO_MAX)
    if colon < 0 or any(mark in text[end:colon] for mark in ".!?\n"):
        return False
    after = colon + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return any(start == after for start, _ in post_ranges(text))


def named_subject_quoted_next(doc: Doc, attr: Attribution) -> bool:
    """The hedged clause's subject is a person's name, and one of the next two sentences has the same
    name saying something: the words the hedge reads are given."""
    verb = doc[attr.first].head
    # a proper noun, not an entity label: NER reads only the sentences the first stage named
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None:
        return False
    sent = doc[attr.first].sent
    end = sent.end
    for _ in range(2):
        if end >= len(doc):
            return False
        nxt = doc[end].sent
        if any(
            t.dep_ == "nsubj" and t.text == subject.text and lemma_of(t.head) in _OWN_ACCOUNT_VERBS for t in nxt
        ):
            return True
        end = nxt.end
    return False


def _example_given(sent: Span) -> bool:
    """The sentence says it gives an example: "for example" or "for instance" anywhere in it."""
    return any(for_example(t) for t in sent)


def _told_by_the_group(sent: Span) -> bool:
    """The example is itself the unnamed group's account: "Rep. Mia Love, for instance, explained how she
    felt betrayed by Cruz ..., those people said" ("they", "those people" speaking again)."""
    return any(
        t.dep_ == "nsubj"
        and lemma_of(t.head) in ("say", "tell", "add", "recall", "recount")
        and (t.lower_ == "they" or any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in t.lefts))
        for t in sent
    )


#: Verbs of posting or saying by which a person gives their own account: "Henry tweeted, '...'".
_OWN_ACCOUNT_VERBS = frozenset({"tweet", "post", "write", "say", "tell", "explain", "recount"})


def subject_posts_next(doc: Doc, attr: Attribution) -> bool:
    """'Henry reportedly got a reply ... Henry tweeted, "..."': the next sentence has the same named
    subject giving their own account, the source of the report."""
    sent = doc[attr.first].sent
    verb = doc[attr.first].head  # the verb "reportedly" qualifies: its own subject, not the sentence's
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None or sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    return any(
        t.dep_ == "nsubj" and t.text == subject.text and t.head.lemma_.lower() in _OWN_ACCOUNT_VERBS for t in nxt
    )


def same_verb_told_next(doc: Doc, cue: Token, named: list[Attribution]) -> bool:
    """The next sentence, in the same paragraph, has a named speaker tell of the passive's judgement in so
    many words: the passive's verb of judgement ("criticize", "accuse") comes back in what the speaker says."""
    sent = cue.sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    if "\n" in doc.text[sent.end_char : nxt.start_char]:
        return False
    lemma = cue.lemma_.lower()
    if lemma not in P.EVALUATION_VERBS and lemma not in P.PREP_JUDGEMENT_VERBS:
        return False  # "reported", "said": the next sentence's speaker may report something else entirely
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via not in ("subject", "inverted") or other.cue_i < 0:
            continue
        head = source_head(doc, other)
        if head is None or not is_proper_name(head):
            continue
        said = doc[other.cue_i]
        if any(t.lemma_.lower() == lemma and t.pos_ == "VERB" and t.i != said.i for t in said.subtree):
            return True
    return False


def named_member_next(doc: Doc, attr: Attribution, named: list[Attribution], quotes: Quotes) -> bool:
    """The next sentence gives a named person or organisation for the group's claim."""
    sent = doc[attr.first].sent
    nxt_end = -1
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        if _they_continue(nxt) and nxt.end < len(doc):
            # 'Facebook officials say they are reviewing posts ... Sometimes, they say, it means ...
            # "We've looked at our general rules ...," said Richard Allan, Facebook's vice president'
            nxt = doc[nxt.end].sent
        if _opens_a_quotation(nxt[0], quotes):
            # only a quotation that opens the next sentence illustrates the group's claim; one of
            # several sentences is attributed after its last ('"They might have ... Trump. So I think
            # ...," said Sen. Tom Udall')
            nxt_end = nxt.end
            quoted = quotes.covering(nxt[0].idx + len(nxt[0].text))
            while quoted is not None and nxt_end < len(doc) and doc[nxt_end].idx < quoted[1]:
                nxt_end = doc[nxt_end].sent.end
        elif _example_given(nxt) and not _told_by_the_group(nxt):
            if _named_subject(nxt, doc[attr.first : attr.last + 1]):
                return True  # "Republican legislators have questioned that determination ... Chaffetz and Rep.
                # Bob Goodlatte (R-Va.), for example, earlier asked ...": the members named, doing it
            nxt_end = nxt.end  # "Most of the vulnerable Senate Republicans have already said ... Sen. Kelly
            # Ayotte's campaign, for example, said she would ...": a named member given as the example
    for other in named:
        in_next = sent.end <= other.first < nxt_end
        # 'Others questioned his absence: "...," National Review columnist Jim Geraghty tweeted.'
        in_same = sent.start <= other.first < sent.end and other.first > attr.last and other.quoted
        if not (in_next or in_same) or other.via not in ("subject", "inverted"):
            continue
        head = source_head(doc, other)
        if (
            head is not None
            and head.tag_ not in PRONOUN_TAGS
            and is_proper_name(head)
            and _introduced(doc, other, head)
        ):
            return True
    return False


def quoted_words_owned_next(doc: Doc, attr: Attribution, named: list[Attribution], quotes: Quotes) -> bool:
    """'Gun-control advocates believe that the government "capitulated" too soon. J. Adam Skaggs, the chief
    counsel for the Giffords Law Center ..., said the administration “capitulated in a case it had won ...”':
    the group's sentence quotes words that the next sentence gives, inside a quotation, to a named speaker.
    The quoted words are that speaker's, so the claim has its owner."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    text = doc.text
    after = doc[attr.last].idx + len(doc[attr.last])
    echoes = [
        _quoted_phrase(text[start:end])
        for start, end in quotes.ranges
        if after <= start < sent.end_char + 1 and end <= sent.end_char + 2
    ]
    echoes = [e for e in echoes if _distinctive(e)]
    if not echoes:
        return False
    nxt = doc[sent.end].sent
    later = [_quoted_phrase(text[start:end]) for start, end in quotes.ranges if nxt.start_char <= start < nxt.end_char]
    if not any(f" {e} " in f" {q} " for e in echoes for q in later):
        return False
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via not in ("subject", "inverted"):
            continue
        head = source_head(doc, other)
        if head is not None and head.tag_ not in PRONOUN_TAGS and is_proper_name(head):
            return True
    return False


def _quoted_phrase(quoted: str) -> str:
    """The words of a quotation, lower case, without its marks and punctuation, one space apart."""
    return " ".join(w for w in (w.strip(_PHRASE_MARKS) for w in quoted.lower().split()) if w)


_PHRASE_MARKS = "\"“”‘’'`«».,;:!?()[]—–-…"


def _distinctive(phrase: str) -> bool:
    """Enough to be the same words, not a chance repeat: three words or more, or one of seven letters or
    more ("capitulated")."""
    words = phrase.split()
    return len(words) >= 3 or any(len(w) >= 7 and w.isalpha() for w in words)


def _named_subject(sent: Span, source: Span) -> bool:
    """The sentence's main verb has a proper name for its subject, not one the source phrase holds ("Kerry's
    defenders insist ... For instance, ... Kerry ...": the example is about him, not by a defender)."""
    held = {t.lower_ for t in source if t.pos_ == "PROPN"}
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.lower_ not in held for c in sent.root.children
    )


def one_named_with_the_quote_next(doc: Doc, attr: Attribution, quotes: Quotes) -> bool:
    """'A top aide to Donald Trump's presidential campaign said word of the additional immunity grants
    underscored the recklessness of Clinton's conduct. “Revelations that three additional individuals ...,” Trump
    aide Jason Miller said in a statement.': one unnamed person brought in with "a", then the next sentence opens a
    quotation whose named speaker carries the same role noun. The writer names the person one sentence on."""
    head = source_head(doc, attr)
    sent = doc[attr.first].sent
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or sent.end >= len(doc):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return False
    nxt = doc[sent.end].sent
    if not _opens_a_quotation(nxt[0], quotes):
        return False
    role = head.lemma_.lower()
    for name in nxt:
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or lemma_of(name.head) not in P.REPORTING_VERBS:
            continue
        if any(t.lemma_.lower() == role and t.i != name.i for t in name.subtree):
            return True  # "Trump aide Jason Miller", "Jason Miller, a Trump aide,"
    return False


def _opens_a_quotation(tok: Token, quotes: Quotes) -> bool:
    """``tok`` is an opening quotation mark: a curly or typeset one, or the ``''`` some wires open
    quotations with as well as close them (''It's one thing to say ...,'' said Faiza Patel), when the
    quotation pairing reads a quotation starting right after it."""
    if tok.text in _OPENING_QUOTES or tok.tag_ == "``":
        return True
    return tok.text == "''" and quotes.covering(tok.idx + len(tok.text)) is not None


def _they_continue(sent: Span) -> bool:
    """The sentence goes on with what the same group says: "they" as the subject of a verb of saying
    ("Sometimes, they say, it means ...", "They added that ...")."""
    return any(
        t.lower_ == "they" and t.dep_ == "nsubj" and lemma_of(t.head) in ("say", "add", "argue", "note", "insist")
        for t in sent
    )


def _introduced(doc: Doc, attr: Attribution, head: Token) -> bool:
    """The named speaker is brought in with a description ("said Victor Cha, a Korea scholar at
    ...", "Rep. G.K. Butterfield"), as an example of the group is; a bare name already known
    ("Obama said") is not, and "an Iowa Republican" is no name."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return False
    if any(c.dep_ in ("appos", "acl", "relcl", "prep") for c in head.children):
        return True
    return attr.source_end - attr.first + 1 >= 3


#: Verbs a speaker named for the first time is brought in with.
_FIRST_SPEECH_VERBS = frozenset({"say", "tell", "add", "explain"})


def bare_name_speaks_next(doc: Doc, attr: Attribution, quotes: Quotes) -> bool:
    """'A Madaya resident speaking from the bus garage in Aleppo said people had been waiting there ... "The bus
    garage is small ..." Ahmed 24 said.'; '..., a civil defense official said. Speaking to Anadolu Agency Najib
    Ansari said ...': one unnamed person brought in with "a", then within two sentences a speaker named for the
    first time, given no role of their own and quoted. The writer names the person just described; a new person
    would be introduced. Telling a named outlet without a quotation is not enough ("A senior official said ...
    Donald Trump told Fox News ...": as often someone else in the rules' trials)."""
    head = source_head(doc, attr)
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or attr.via not in ("subject", "inverted", "according"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return False
    end = doc[attr.first].sent.end
    for _ in range(2):
        if end >= len(doc):
            return False
        nxt = doc[end].sent
        for name in nxt:
            if name.dep_ == "nsubj" and name.pos_ == "PROPN" and lemma_of(name.head) in _FIRST_SPEECH_VERBS:
                quoted = any(quotes.covering(t.idx) is not None for t in nxt if t.is_alpha)
                return quoted and _bare_new_name(doc, name, attr.first)
        end = nxt.end
    return False


def _bare_new_name(doc: Doc, name: Token, before: int) -> bool:
    """``name`` is a person's name and nothing else ("Najib Ansari", or a first name with an age: "Ahmed, 24,"),
    none of whose words the article used before token ``before``."""
    words = [t for t in name.subtree if not t.is_punct]
    names = [t for t in words if t.pos_ == "PROPN" and t.is_alpha and t.text.istitle()]
    ages = [t for t in words if t.like_num and t.text.isdigit() and 0 < int(t.text) < 120]
    if len(names) + len(ages) != len(words) or not names or len(names) > 3:
        return False
    if len(names) == 1 and not ages:
        return False  # "Obama said": a surname alone is someone the reader already knows
    if len(names) > 1 and entity(name) != "PERSON":
        return False  # "Anadolu Agency said"
    earlier = {t.lower_ for t in doc[:before]}
    return not any(t.lower_ in earlier for t in names)


def name_run_into_role(doc: Doc, attr: Attribution) -> bool:
    """'"Syrian regime helicopters struck Aleppo city's Al-Shaar neighborhood ..." Necip Ensari a local civil
    defense official reportedly said', 'Another resident of Deir al-Zor Abdullah al-Noami said': a person's full
    name right before the role brought in with "a", or right after the role and before the verb, the commas
    between them lost. The role is the name's apposition, not an unnamed source."""
    head = source_head(doc, attr)
    if head is None or head.pos_ != "NOUN":
        return False
    if attr.cue_i > head.i:
        words, before = _person_name_ending_at(doc, attr.cue_i - 1, head.i)
        # right after the role or a place, not the object of "of" or "to" ("a friend of Donald Trump said")
        if len(words) >= 2 and doc[before].pos_ in ("NOUN", "PROPN"):
            return True
    det = doc[attr.first]
    if attr.first < 2 or det.lower_ not in ("a", "an") or det.head.i != head.i:
        return False
    if doc.text[doc[attr.first - 1].idx + len(doc[attr.first - 1]) : det.idx] != " ":
        return False  # "Necip Ensari, a local official, said" is read as an apposition already
    words, _ = _person_name_ending_at(doc, attr.first - 1, -1)
    return len(words) >= 2


def _person_name_ending_at(doc: Doc, last: int, stop: int) -> tuple[list[Token], int]:
    """The capitalised words of the proper nouns NER reads as a person that end at token ``last`` (walking back no
    further than ``stop``), and the index of the token before them: "Abdullah al-Noami" -> ([Noami, Abdullah], i)."""
    words = []
    i = last
    while i > stop and doc[i].pos_ == "PROPN" and entity(doc[i]) == "PERSON":
        if doc[i].is_alpha and doc[i].text[:1].isupper():
            words.append(doc[i])
        i -= 1
    return words, i


def claim_repeated_by_name_next(doc: Doc, attr: Attribution, named: list[Attribution]) -> bool:
    """'U.S. officials acknowledged Wednesday that the solution to the crisis in Syria would ultimately require
    Assad's removal ... National Security Adviser Susan Rice said the solution in Syria will "ultimately have to
    result in Assad's departure."': the next sentence's speaker, a person named and introduced, says the group's
    claim again in many of its words."""
    sent = doc[attr.first].sent
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    claim = _content_words(sent, range(attr.first, attr.last + 1))
    for other in named:
        if not (nxt.start <= other.first < nxt.end) or other.via not in ("subject", "inverted") or other.cue_i < 0:
            continue
        head = source_head(doc, other)
        if head is None or not _introduced(doc, other, head) or not _a_person_named(head):
            continue  # a person, not an outlet or a firm: "says The Express UK" gives its own figure
        said = _content_words(nxt, range(other.first, max(other.last, other.cue_i) + 1))
        shared = claim & said
        if len(shared) >= 3 and 2 * len(shared) >= min(len(claim), len(said)):
            return True
    return False


def _a_person_named(head: Token) -> bool:
    """The source phrase, by its head, names a person: "National Security Adviser Susan Rice", "The speaker of the
    People's Council of Syria Hadiya Khalaf Abbas"."""
    return any(t.pos_ == "PROPN" and entity(t) == "PERSON" for t in head.subtree)


def _content_words(sent: Span, skip: range) -> set[str]:
    """Lemmas of the sentence's content words outside ``skip`` (the attribution), verbs of saying left out."""
    return {
        t.lemma_.lower()
        for t in sent
        if t.i not in skip
        and t.is_alpha
        and not t.is_stop
        and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM")
        and lemma_of(t) not in P.REPORTING_VERBS
    }


#: Sentences back that "the same source" may point to.
_SAME_SOURCE_REACH = 3


def same_source_named_before(
    doc: Doc, attr: Attribution, named: list[Attribution], hedged_speakers: Iterable[int]
) -> bool:
    """ "Abdel Rahman said "dozens" of Islamist rebels were also killed. ... rebels fired rockets on Damascus killing
    three civilians Friday the same source said.": "the same source" points back to a speaker given before, and
    the nearest one, within three sentences, is named (not an unnamed speaker, by the cue of its verb in
    ``hedged_speakers``)."""
    head = source_head(doc, attr)
    if head is None or head.lemma_.lower() != "source" or not any(c.lower_ == "same" for c in head.lefts):
        return False
    sent = doc[attr.first].sent
    start = sent.start
    for _ in range(_SAME_SOURCE_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    nearest_named = max(
        (
            o.first
            for o in named
            if start <= o.first < attr.first and o.via in ("subject", "inverted") and proper_source(doc, o)
        ),
        default=-1,
    )
    nearest_unnamed = max((i for i in hedged_speakers if start <= i < attr.first), default=-1)
    return nearest_named > nearest_unnamed


