"""Claims with no source phrase at all, found from the parse: the reporter's own hedges, appeals
to common knowledge, rumour, and charges or reports nobody owns.

* own voice: an evidential adverb on a clause ("Apparently she was disappointed"), a first-person
  verb of learning ("we understand that", "I'm told"). Not an expletive "it" with a verb of
  appearance ("it seems that", "it sounds like"): on the 400 marked tuning articles readers queried
  12 of 18 (0.67), mostly the writer's own inference ("Now it seems that the family has something
  else to celebrate"), so it is a hedge cue (a feature, ``cues.py``), not a finding;
* common knowledge: "everyone knows that", "it's no secret that", "it is common knowledge that",
  "it is well known that", a consensus asserted for nobody named ("there is a consensus among
  economists that", "the general consensus is"), "by all accounts";
* unowned estimates and accounts: "by one estimate", "by various estimates", "by one account";
* rumour: a rumour noun presented as a fact ("rumors have circulated that", "amid speculation
  that", "there is speculation that");
* unowned charges and reports: "there have been allegations of", "concerns have grown that",
  "there are reports that", "amid reports that", "after reports that", "despite reports claiming
  that", "disclosures on Reddit that" (the noun carries its content, and nobody is said to make the
  charge or the report).

Everything here reads the parse only (no entity labels), so it adds no sentences to
``entity_sentences``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import patterns as P
from .attribution import Attribution, word
from .candidates import candidates
from .classify import AGENTLESS, COMMON, OWN_VOICE, REPORT, RUMOUR
from .detect import open_question
from .passives import stated_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OWNER_DEPS = frozenset({"poss", "agent"})
_OWNER_PREPS = frozenset({"from", "by"})
_PREDICATE_HEADS = frozenset({"VERB", "AUX"})
#: words after which an evidential draws the writer's own conclusion ("so apparently ...")
_INFERENCE_WORDS = frozenset({"so", "thus", "therefore", "hence"})
_START_WORDS = P.EVIDENTIAL_ADVERBS | {"known"}
_START_LEMMAS = (
    P.LEARNING_VERBS
    | {"tell"}
    | P.COMMON_KNOWLEDGE_VERBS
    | P.SECRET_NOUNS
    | P.RUMOUR_NOUNS
    | P.ALLEGATION_NOUNS
    | P.REPORT_NOUNS
    | P.ESTIMATE_NOUNS
    | {"consensus"}
)


def find_unsourced(doc: Doc) -> list[Attribution]:
    """Every own-voice hedge, common-knowledge claim, rumour and unowned charge in ``doc``."""
    found: list[Attribution] = []
    for tok in candidates(doc, _START_WORDS, _START_LEMMAS):
        lower = word(tok)
        lemma = tok.lemma_.lower()
        if lower in P.EVIDENTIAL_ADVERBS and tok.pos_ == "ADV":
            if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
                continue  # "self-evidently underway": a compound that asserts, not a hedge
            if _modifies_a_clause(tok) and not _inferred(tok) and not _about_a_mind(tok.head) and not _named_learns(
                tok.head
            ):
                found.append(Attribution(OWN_VOICE, tok.i, tok.i, lower, "evidential"))
        elif lemma in P.LEARNING_VERBS and tok.pos_ == "VERB":
            attr = _first_person_learning(tok, lemma)
            if attr is not None:
                found.append(attr)
        elif lemma == "tell" and tok.tag_ == "VBN":
            attr = _told(tok)
            if attr is not None:
                found.append(attr)
        elif lower == "known" and tok.pos_ in ("VERB", "ADJ"):
            # before the verbs of knowing: "known" has the lemma "know" but "it is well known" has no "everyone"
            attr = _well_known(tok)
            if attr is not None:
                found.append(attr)
        elif lemma in P.COMMON_KNOWLEDGE_VERBS and tok.pos_ == "VERB":
            attr = _everyone_knows(tok)
            if attr is not None:
                found.append(attr)
        elif lemma in P.SECRET_NOUNS and tok.pos_ == "NOUN":
            attr = _no_secret(tok)
            if attr is not None:
                found.append(attr)
        elif lemma == "consensus" and tok.pos_ == "NOUN":
            attr = _consensus(tok)
            if attr is not None:
                found.append(attr)
        elif lemma in P.ESTIMATE_NOUNS and tok.pos_ == "NOUN":
            attr = _by_some_estimate(tok)
            if attr is not None:
                found.append(attr)
        elif tok.pos_ == "NOUN" and (lemma in P.RUMOUR_NOUNS or lemma in P.ALLEGATION_NOUNS or lemma in P.REPORT_NOUNS):
            attr = _unowned_noun(tok, lemma)
            if attr is not None:
                found.append(attr)
    return found


def _modifies_a_clause(adverb: Token) -> bool:
    """'Apparently she was disappointed', 'was apparently worried': the adverb qualifies a
    predicate, not one word inside a noun phrase ('an apparently unrelated case')."""
    head = adverb.head
    if head.pos_ in _PREDICATE_HEADS:
        # not "a seemingly never-ending series", not "a young man apparently loitering next to ..."
        return head.dep_ not in ("amod", "acl") and not _participle_clause(head)
    if head.pos_ == "ADJ":
        if _aside(adverb):
            return False
        return head.dep_ in ("ROOT", "acomp", "ccomp", "conj", "xcomp")
    # "Apparently the bond ... wasn't": a sentence adverb the parser hung on the subject
    return head.dep_ in ("nsubj", "nsubjpass") and adverb.i == head.left_edge.i


def _participle_clause(verb: Token) -> bool:
    """'"You should go maybe teach kindergarten," he said, apparently suggesting that ...': a
    participle clause with no subject or auxiliary of its own, hung on another verb, gives the
    writer's reading of what that person did or said; it passes on no claim of anyone else's."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)
    )


def _aside(adverb: Token) -> bool:
    """'Hillary, apparently unaware that ..., replied': after a comma, on an adjective the parser
    made the root (a copular clause would have "be" as its root), the adverb describes how the
    person looked in passing; it passes on no claim."""
    doc = adverb.doc
    return adverb.head.dep_ == "ROOT" and adverb.i > 0 and doc[adverb.i - 1].text == ","


def _inferred(start: Token) -> bool:
    """'His lawsuit went nowhere, so apparently his strategy ... was ...': right after "so",
    "thus", "therefore" or "hence" the evidential draws the writer's own conclusion from what
    was just said; it passes on nothing anyone told the writer."""
    doc = start.doc
    prev = doc[start.i - 1] if start.i > 0 else None
    if prev is not None and prev.text == ",":
        prev = doc[start.i - 2] if start.i > 1 else None
    return prev is not None and prev.lower_ in _INFERENCE_WORDS


def _about_a_mind(predicate: Token) -> bool:
    """'Apparently, Trump forgot the ancient times of less than 60 years ago', 'it seems that ...
    liberals are finally beginning to understand the truth': what someone forgot, knows or
    understands is the writer's reading of that person's mind, which nobody passed on to the
    writer; the hedge insinuates, it does not stand in for a source."""
    for tok in (predicate, *(c for c in predicate.children if c.dep_ == "xcomp")):
        lemma = tok.lemma_.lower()
        if (tok.pos_ == "VERB" and lemma in P.MIND_VERBS) or (tok.pos_ == "ADJ" and lemma in P.MIND_ADJECTIVES):
            return True
    return False


def _named_learns(predicate: Token) -> bool:
    """'Apparently, Solomon has learned that the FBI informant has evidence': the hedged clause says what a named
    person learned or said, so the source is in the clause itself."""
    if predicate.pos_ != "VERB" or predicate.lemma_.lower() not in P.LEARNING_VERBS | P.STRONG_CUE_VERBS:
        return False
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN" and any(c.dep_ == "ccomp" for c in predicate.children)


def _expletive_it(verb: Token) -> Token | None:
    for child in verb.lefts:
        if child.dep_ in ("nsubj", "expl") and child.lower_ == "it":
            return child
    return None


def _like(verb: Token) -> int:
    """1 when 'like'/'that'/'as' follows the verb directly (shown with it), else 0."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return int(nxt is not None and nxt.lower_ in ("like", "that", "as"))


#: What "we have heard" when it names a side's stated position rather than news: "the talking point",
#: "the slogan", "the same old line".
_POSITION_NOUNS = frozenset(
    {"point", "slogan", "line", "argument", "excuse", "narrative", "mantra", "refrain", "saying", "cliché", "cliche"}
)


#: Times by which "we learned" is the news of the day, made public: "Finally today, we learned that ...".
_NEWS_TIMES = frozenset({"today", "now", "yesterday", "tonight", "finally"})


def _first_person_learning(verb: Token, lemma: str) -> Attribution | None:
    """'we understand that ...', 'we hear that ...', 'I have learned that ...'."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    # an outlet's "CNN has learned ..." is talk.py's (``outlet_learned``): one policy for both
    if subject is None or subject.lower_ not in P.FIRST_PERSON:
        return None
    if any(c.dep_ in ("neg", "aux") and c.tag_ == "MD" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.children
    ):
        return None
    if not any(c.dep_ == "ccomp" and _finite_that_clause(c, that=lemma == "hear") for c in verb.rights):
        return None  # "I learned how they think", "I heard a reporter say": no claim passed on
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _POSITION_NOUNS for c in verb.rights):
        return None  # "We've all heard the talking point before, that they're 'anti-police brutality'": a
        # side's known line, quoted as theirs, not news passed on
    if any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in P.DOCUMENT_NOUNS for g in c.children)
        for c in verb.children
    ):
        return None  # "In a newly released FBI email, we learned that ...": the email is where it was learned
    if lemma == "understand" and verb.tag_ not in ("VBP", "VBZ"):
        return None  # "we understood that" tells a story; "we understand that" passes on a source
    if lemma == "learn" and verb.tag_ in ("VBP", "VBD") and any(c.lower_ in _NEWS_TIMES for c in verb.lefts):
        return None  # "Finally today, we learned that the space agency ...", "And now we learn that ...": news
        # made public, which the rest of the sentence gives, not a source kept back ("We've learned EXCLUSIVELY")
    return Attribution(OWN_VOICE, subject.i, verb.i, verb.lower_, "learning", cue_i=verb.i)


def _finite_that_clause(clause: Token, *, that: bool = False) -> bool:
    """A finite clause, introduced by 'that' or by nothing ('we understand [that] he quit'), not
    a question ('how they think') and not a bare infinitive ('a reporter say').

    :param that: require 'that' (after 'hear', a bare clause is something heard happening).
    """
    if that and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if not stated_clause(clause):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _told(verb: Token) -> Attribution | None:
    """'I'm told that ...', 'we have been told ...': the reporter's unnamed source."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in P.FIRST_PERSON:
        return None
    if any(c.dep_ in ("agent", "neg") for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.lefts) and not (
        subject.lower_ == "we" and any(c.dep_ == "ccomp" and _finite_that_clause(c, that=True) for c in verb.rights)
    ):
        return None  # "I was told everything was fine" tells a story; "I'm told" passes on a source, and so
        # does "We were told that anyone could get AIDS" (what "we", the public, were told)
    passed_on = (
        any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        or verb.dep_ == "parataxis"  # "Kanye, we're told, has had trouble ..."
        or any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in verb.lefts)
    )  # "in what we're told was a nervous breakdown"
    if not passed_on:
        return None
    return Attribution(OWN_VOICE, subject.i, verb.i, verb.lower_, "learning", cue_i=verb.i)


def _everyone_knows(verb: Token) -> Attribution | None:
    """'everyone knows that ...', 'as everybody agrees', 'we all know that ...'. Not the writer's bare "we
    know (that) ...": over the seven marked sets readers queried none of its 13 uses."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    universal = subject.lower_ in P.UNIVERSAL_PRONOUNS or (
        subject.lower_ == "we" and any(c.lower_ == "all" for c in subject.children)
    )
    if not universal or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    if any(c.lower_ in ("not", "almost", "nearly") for c in subject.lefts):
        return None  # "not everyone agrees": no appeal to common ground
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if not (as_clause or any(c.dep_ == "ccomp" for c in verb.rights)):
        return None
    first = min(subject.left_edge.i, verb.i)
    return Attribution(COMMON, first, verb.i + _like(verb), verb.lower_, "common", cue_i=verb.i)


def _no_secret(noun: Token) -> Attribution | None:
    """'it's no secret that ...', 'it is common knowledge that ...', 'an open secret'."""
    lemma = noun.lemma_.lower()
    lefts = [c.lower_ for c in noun.lefts]
    if lemma == "secret" and not ("no" in lefts or "open" in lefts):
        return None
    if lemma == "knowledge" and not any(w in lefts for w in ("common", "public", "general")):
        return None
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return None
    expletive = _expletive_it(verb)
    if expletive is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "advcl") for c in verb.rights) and not any(
        c.dep_ in ("acl", "relcl", "ccomp") for c in noun.rights
    ):
        return None
    return Attribution(COMMON, expletive.i, noun.i + _like(noun), noun.lower_, "common")


def _well_known(known: Token) -> Attribution | None:
    """'it is well known that ...', 'it's widely known that ...' (a bare 'it is known that' is an
    agentless passive, found in ``detect.py``)."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("well", "widely", "commonly", "generally") for c in known.lefts):
        return None
    expletive = _expletive_it(known)
    if expletive is None:
        aux = known.head if known.dep_ == "acomp" else None
        expletive = _expletive_it(aux) if aux is not None else None
    if expletive is None:
        return None
    clause_holder = known if any(c.dep_ == "ccomp" for c in known.rights) else known.head
    if not any(c.dep_ == "ccomp" for c in clause_holder.rights):
        return None
    return Attribution(COMMON, expletive.i, known.i, known.lower_, "common")


def _unowned_noun(noun: Token, lemma: str) -> Attribution | None:
    """A rumour, charge or report nobody owns, presented as a fact: 'rumors have circulated that',
    'there have been allegations of', 'amid reports that', 'disclosures on Reddit that'."""
    if any(c.dep_ in _OWNER_DEPS for c in noun.children):
        return None  # "her claims", "claims by the company"
    if any(c.dep_ == "prep" and c.lower_ in _OWNER_PREPS for c in noun.rights):
        return None  # "allegations from regulators": the owner is the source (detect.py)
    if any(
        c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or (c.text[:1].isupper() and not c.is_sent_start))
        for c in noun.lefts
    ):
        return None  # "Pentagon concerns", "a CNN report"
    # "the allegations" refers back; "no reports" denies; but "The buzz at CNN is that" is no reference back
    pointing = _POINTING - {"the"} if lemma in P.RUMOUR_NOUNS and _is_that(noun) else _POINTING
    if any(c.dep_ == "det" and c.lower_ in pointing for c in noun.lefts):
        return None
    if any(c.lower_ in ("few", "little") and not any(g.lower_ == "a" for g in c.lefts) for c in noun.lefts):
        return None  # "there were few claims that ...": next to none
    content = _content(noun, lemma)
    if content is None:
        return None
    frame = _fact_frame(noun, content)
    if frame is None:
        return None
    kind = RUMOUR if lemma in P.RUMOUR_NOUNS else REPORT if lemma in P.REPORT_NOUNS else AGENTLESS
    first, last = _noun_span(noun, frame)
    return Attribution(kind, first, last, noun.lower_, "unowned")


_POINTING = frozenset({"the", "this", "that", "these", "those", "no"})


def _content(noun: Token, lemma: str) -> Token | None:
    """The noun's content: a 'that' clause, or for charges and rumours 'of ...' ('allegations of
    bias', 'rumors of a split')."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl", "ccomp") and any(
            c.lower_ == "that" and c.dep_ == "mark" for c in child.children
        ):
            return child
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in P.STRONG_CUE_VERBS:
            return child  # "reports suggesting that the actor misses ..."
        if child.dep_ == "relcl" and _bare_content_clause(child):
            return child  # "there were reports Khloé may be pregnant", "despite reports the pair spent time"
        if child.dep_ == "prep" and child.lower_ in ("of", "about") and lemma not in P.REPORT_NOUNS | P.WORRY_NOUNS:
            return None if open_question(child) else child
    head = noun.head
    # "concerns have grown that ...": the clause hangs on the verb
    if noun.dep_ in ("nsubj", "attr") and head.pos_ in _PREDICATE_HEADS:
        for child in head.rights:
            if child.dep_ in ("ccomp", "advcl") and any(
                c.lower_ == "that" and c.dep_ == "mark" for c in child.children
            ):
                return child
            if child.dep_ == "prep" and child.lower_ == "about" and lemma not in P.REPORT_NOUNS | P.WORRY_NOUNS:
                # "rumors have circulated about ...", "many claims have surfaced about ..."
                return None if open_question(child) else child
    if noun.dep_ == "nsubj" and lemma in P.REPORT_NOUNS | P.RUMOUR_NOUNS:
        return _spread_about(noun, head)
    return None


#: Complements that fill a clause's object slot, so a "relative clause" with them is a content clause
#: whose "that" was dropped: "reports the pair spent time together", not "reports the agency released".
_FILLED_SLOTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _bare_content_clause(clause: Token) -> bool:
    """A clause the parser hung on a noun as a relative clause, that has a subject of its own and no
    gap for the noun to fill: the noun's content with "that" left out ('reports Khloé may be
    pregnant'), not a relative clause ('the reports the agency released', 'the rumours he denied')."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") and c.lower_ != "that"
               for c in clause.children):
        return False
    if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in clause.children):
        return False  # "the reports they relied on": the noun is the stranded preposition's object
    return any(c.dep_ in _FILLED_SLOTS for c in clause.children)


_SPREAD_TOPIC_PREPS = frozenset({"about", "regarding", "around", "concerning", "of"})


def _spread_about(noun: Token, verb: Token) -> Token | None:
    """What reports or rumours that spread are about: 'reports have emerged about Trump refusing to
    pay', 'as new reports continue to surface regarding ...', 'reports surfaced alleging ...'. A
    report that merely exists ('reports about the weather were posted') says nothing spread."""
    spread = verb if verb.lemma_.lower() in P.SPREAD_VERBS else next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in P.SPREAD_VERBS), None
    )
    if spread is None:
        return None
    for child in (*noun.rights, *spread.rights):
        if child.dep_ == "prep" and child.lower_ in _SPREAD_TOPIC_PREPS and any(
            c.dep_ in ("pobj", "pcomp") for c in child.children
        ):
            return child
        if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VBG" and child.lemma_.lower() in P.STRONG_CUE_VERBS:
            return child
    return None


def _fact_frame(noun: Token, content: Token) -> Token | None:
    """The word that presents the noun as a fact: 'there are ...', '... have grown', 'amid ...',
    'add to that disclosures ...' (a noun object of a verb of adding or citing is not enough)."""
    head = noun.head
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        return next(c for c in head.children if c.dep_ == "expl")  # "there are reports that"
    if noun.dep_ == "nsubj" and head.lemma_.lower() in P.SPREAD_VERBS:
        return head  # "rumors have circulated", "concerns have grown"
    if noun.dep_ == "nsubj" and any(c.dep_ == "xcomp" and c.lemma_.lower() in P.SPREAD_VERBS for c in head.children):
        return head  # "rumors that ... first started circulating"
    if noun.dep_ == "nsubj" and _is_that(noun) and noun.lemma_.lower() in P.RUMOUR_NOUNS:
        return head  # "Rumors are that Donald Trump might pick", "The buzz at CNN is that"
    if noun.dep_ == "pobj" and head.lower_ in ("amid", "amidst"):
        return head  # "amid reports that"
    if noun.dep_ == "pobj" and head.lower_ in _TIMING_PREPS and content.dep_ != "prep":
        return head  # "After reports that Miley moved in", "Despite reports claiming that"; not "after reports of"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "heels":
        return head.head  # "On the heels of reports that the famous couple have moved"
    if noun.dep_ == "dobj" and head.lemma_.lower() == "add":
        return noun  # "Add to that disclosures on Reddit that ..."
    return None


def _is_that(noun: Token) -> bool:
    """The noun is the subject of "is"/"are" whose complement is a "that" clause ("Rumors are that ...")."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(
            c.dep_ == "ccomp" and c.i > head.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in head.children
        )
    )


#: Prepositions that set the sentence's news against a report as if it were settled: "after reports
#: that", "despite reports claiming" (read on the tuning sets: 4 of 4 such reports queried).
_TIMING_PREPS = frozenset({"after", "following", "despite"})


def _noun_span(noun: Token, frame: Token) -> tuple[int, int]:
    """The words to show: the frame and the noun ('There have been allegations', 'concerns have
    grown', 'amid reports')."""
    doc = noun.doc
    first = min(frame.i, noun.left_edge.i)
    last = max(frame.i, noun.i)
    if frame.i - noun.i > 4:  # "Rumors that Odell and Iggy are dating first started circulating"
        that = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("that", "of")
        return noun.left_edge.i, noun.i + that
    if frame.i > noun.i and frame.i + 1 < len(doc) and doc[frame.i + 1].lower_ == "that":
        last = frame.i + 1
    elif frame.i < noun.i and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("that", "of"):
        last = noun.i + 1
    return first, last


def _consensus(noun: Token) -> Attribution | None:
    """A consensus the article asserts and credits to nobody it names: 'there is near universal
    consensus in the scientific community that', 'the general consensus is this:', 'despite a growing
    consensus among economists that', 'that's the consensus of experts'. Not a consensus that is
    only talked about ('shaking a once-solid consensus', 'create a consensus', 'without that
    consensus') or one a named body holds ('the Washington consensus', 'the consensus of the G7')."""
    if any(c.dep_ in ("poss",) or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.lefts):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "that", "this", "these", "those") for c in noun.lefts):
        return None  # "no consensus", "that consensus" refers back
    holder = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("among", "in", "of")), None)
    if holder is not None and any(t.pos_ == "PROPN" for t in holder.subtree):
        return None  # "the consensus in Washington", "among G7 ministers": named, checkable
    head = noun.head
    # "a consensus that Clinton had prevailed" (the parser often makes "that" an object of a relative clause)
    clause = any(
        c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and noun.doc[noun.i + 1].lower_ == "that"
        for c in noun.rights
    )
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and any(c.dep_ == "neg" for c in head.children):
        return None
    expl = next((c for c in head.children if c.dep_ == "expl"), None) if head.lemma_ == "be" else None
    expl = expl or _there_be_before(noun)
    if expl is not None and expl.i < noun.i:
        clause = clause or any(c.dep_ in ("ccomp", "advcl") and _finite_that_clause(c, that=True) for c in head.rights)
        if not (clause or holder is not None):
            return None
        first = expl.i  # "there is a consensus among economists that"
    elif (
        noun.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ in ("ccomp", "attr", "acomp") and c.i > noun.i for c in head.rights)
    ):
        first = noun.left_edge.i  # "the general consensus is that/this:"
    elif noun.dep_ in ("attr", "dobj") and _is_be(head) and holder is not None:  # "’s" is parsed as a verb
        first = noun.left_edge.i  # "That's the consensus of experts in national security law"
    elif noun.dep_ == "pobj" and head.lower_ in ("despite", "amid", "amidst", "given") and clause:
        first = head.i  # "despite a growing consensus among economists that ..."
    else:
        return None
    last = noun.i
    if holder is not None:
        pobj = next((c for c in holder.children if c.dep_ == "pobj"), None)
        last = pobj.i if pobj is not None else holder.i
    return Attribution(COMMON, first, last, noun.lower_, "consensus")


def _is_be(verb: Token) -> bool:
    return verb.lemma_ == "be" or verb.lower_ in ("'s", "’s")


def _there_be_before(noun: Token) -> Token | None:
    """'There is near universal consensus ...': the "there" of "there + be" a few modifiers before
    the noun, read from the words when the parser has broken the phrase up."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and noun.i - i <= 5 and doc[i].pos_ in ("DET", "ADJ", "ADV", "ADP", "NOUN"):
        i -= 1
    if (
        i < noun.sent.start + 1
        or doc[i].lemma_ != "be"
        or any(t.lower_ in ("no", "not", "n't") for t in doc[i : noun.i])
    ):
        return None
    there = doc[i - 1]
    return there if there.lower_ == "there" else None


def _by_some_estimate(noun: Token) -> Attribution | None:
    """'By one estimate, ...', 'by all accounts', 'By various estimates', 'according to one
    estimate': a figure or a judgement credited to an estimate or an account nobody owns. 'By all
    accounts' claims common ground; the rest point to a report nobody can find."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("by", "to") or prep.dep_ == "agent":
        return None
    if prep.lower_ == "to" and prep.head.lower_ != "according":
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.dep_ == "poss") for c in noun.lefts):
        return None  # "by the Fed's estimate", "by CBO estimates"
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in noun.rights):
        return None  # "by one estimate from Moody's": owned; "by all accounts of the meeting"
    quantifier = next(
        (c for c in noun.lefts if c.dep_ in ("det", "nummod", "amod", "predet") and c.lower_ in _UNOWNED_QUANTIFIERS),
        None,
    )
    if quantifier is None:
        return None
    kind = COMMON if quantifier.lower_ in ("all", "most") and noun.lemma_.lower() == "account" else REPORT
    first = prep.head.i if prep.lower_ == "to" else prep.i
    return Attribution(kind, first, noun.i, noun.lower_, "estimate")


#: Quantifiers that leave an estimate or an account unowned: "by one estimate", "by some accounts".
_UNOWNED_QUANTIFIERS = frozenset({"one", "some", "all", "many", "most", "several", "various", "other", "another"})
