"""Talk, news and posts nobody owns, found from the parse: the kinds the source-phrase rules of
``detect.py`` and the unowned nouns of ``voice.py`` leave out.

* rumour going round: a rumour noun as the subject of a verb of spread ("rumors have made the
  rounds that", "word began circulating that", "a theory floating around that"), as what "there
  has been" ("There has been a lot of speculation surrounding ..."), as the subject of "be" with a
  clause ("Rumors are that ..."), and the participle "rumored" on a noun ("her rumoured
  reconciliation");
* emergence: an expletive "it" that "has emerged" with a clause ("It has emerged that ..."), and
  questions, doubts or evidence that "have emerged" or "come up" with nobody raising them;
* an expletive "there" that "is said to be" ("There's also said to be a few modern additions");
* a crowd that wonders, speculates or comes forward saying ("Many people have started
  wondering", "with the Internet speculating that", "both fans and haters speculating that",
  "witnesses have come forward saying"), or is worried or convinced that something is so ("some
  were even worried the actor would back out");
* a website's crowd as the source: "According to Twitter", "According users on Reddit",
  "Commenters on Reddit", "Twitter may have figured out";
* an outlet's own unsourced discovery: "The National ENQUIRER has learned", with no source of any
  kind in its sentence or the next;
* outlets nobody names: "media outlets have discovered that" (the parse takes "outlets" for an
  institution, as "the company said" is);
* an unnamed source in a free relative: "in what activists say is", "In what aides billed as";
* an unnamed group voicing a stance: "Republicans expressed frustration that Holt did not ask",
  "some lawmakers voiced concern about".

* a crowd of many or most holding a view with no clause to report ("many people think this about
  her", "most people still don't believe what she has to say", "Most black people hate BLM");
* a proof or record nobody made: "has long been proven to be a failed one", "This has already been
  documented", "have been repeatedly identified as breeding grounds".

Not "there is evidence that ...": it reads as a source left out, but it is the writer's own lead-in to
evidence given next or an argument of their own ("There is far more evidence that ..."); readers judged
none of its 12 findings on the judged rounds right and marked 1 of 2 on the tuning articles.

The crowds, the free relatives, the groups voicing a stance and the crowds holding a view classify their
subject with ``classify.py`` and so may read entity labels (on demand).

The precision rules of ``scope/`` apply to what it finds as to the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import patterns as P
from .attribution import Attribution, lemma_of
from .candidates import candidates
from .classify import AGENTLESS, ANONYMOUS, REPORT, RUMOUR, VAGUE, classify_source, phrase_start, quantified
from .crowd_states import FEELINGS
from .detect import open_question
from .passives import stated_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns for talk that goes round; "word" only bare ("word spread", not "the word 'thing'").
TALK_NOUNS = P.RUMOUR_NOUNS | frozenset({"buzz", "talk", "word", "theory"})
#: Verbs that make talk go round ("make" only with "the rounds").
SPREAD_VERBS = P.SPREAD_VERBS | frozenset({"float", "make", "run", "start", "begin", "go"})
#: Verbs that make talk go round when it is the subject of "start"/"begin" + an -ing form.
_ASPECT_VERBS = frozenset({"start", "begin", "continue", "keep"})
#: Questions and doubts that emerge with nobody raising them.
RAISED_NOUNS = frozenset({"question", "doubt", "evidence", "suspicion"})
EMERGE_VERBS = frozenset({"emerge", "surface", "transpire", "arise"})
#: What a crowd does when it passes on talk as its own: "Many people have started wondering".
SPECULATION_VERBS = frozenset({"speculate", "wonder", "theorize", "theorise", "guess", "gossip", "buzz"})
#: Mental states a crowd holds about a claim: "some were even worried the actor would back out", and
#: feelings whose "that" clause is the claim they react to ("Some observers were angry that police had
#: wrongly put out the word"): only with that clause (``_crowd``).
STATE_ADJECTIVES = (
    frozenset(
        {
            "worried",
            "convinced",
            "certain",
            "sure",
            "afraid",
            "concerned",
            "suspicious",
            "skeptical",
            "sceptical",
            "doubtful",
            "fearful",
            "confident",
            "hopeful",
            "optimistic",
        }
    )
    | FEELINGS
)
#: Vague crowds the lexicon of ``classify.py`` reaches only through a quantifier.
CROWD_WORDS = frozenset(
    {"fans", "people", "users", "commenters", "viewers", "followers", "observers", "witnesses", "haters", "many"}
)
CROWD_QUANTIFIERS = frozenset({"many", "some", "most", "several", "few", "lots", "plenty", "countless", "other"})
#: Websites whose crowd is no source ("According to Twitter", "the Internet speculating").
PLATFORMS = frozenset({"twitter", "reddit", "4chan", "8chan", "internet", "tumblr", "web"})
PLATFORM_PEOPLE = frozenset({"user", "users", "commenter", "commenters", "poster", "posters", "redditor", "redditors"})

#: Verbs that give a judgement in a free relative: "in what activists say is", "in what aides billed as".
WHAT_VERBS = frozenset(
    {"say", "call", "bill", "describe", "term", "dub", "characterize", "characterise", "label", "brand", "hail"}
)
#: Stances a group voices: "Republicans expressed frustration that ...".
STANCE_NOUNS = frozenset(
    {
        "frustration",
        "concern",
        "doubt",
        "skepticism",
        "scepticism",
        "worry",
        "fear",
        "anger",
        "outrage",
        "alarm",
        "dismay",
        "disappointment",
        "confidence",
        "optimism",
    }
)
VOICING_VERBS = frozenset({"express", "voice", "air"})
#: Outlets that, plural and unnamed, are no source: "media outlets have discovered that".
OUTLET_NOUNS = frozenset({"outlet", "publication", "newspaper", "tabloid", "site", "website"})

#: Views a crowd holds: "many people think this about her".
VIEW_VERBS = frozenset({"think", "believe", "feel", "know", "understand", "fault", "hate", "suspect", "doubt"})
#: Verbs of proof and record that, passive and agentless, claim a proof nobody gives.
PROOF_VERBS = frozenset({"prove", "document", "establish", "debunk", "disprove", "identify", "demonstrate"})
#: Adverbs that make such a passive a settled record: "has long been proven", "repeatedly identified".
RECORD_ADVERBS = frozenset({"long", "already", "repeatedly", "widely", "well", "often", "frequently", "clearly"})

#: Documents that go round like talk: "There's a recent poll going around that reveals", "a study
#: circulating online". Going round, nobody owns them (``_circulating``).
CIRCULATING_DOCUMENTS = P.FINDING_NOUNS

_START_LEMMAS = (
    CIRCULATING_DOCUMENTS
    | VIEW_VERBS
    | PROOF_VERBS
    | TALK_NOUNS
    | EMERGE_VERBS
    | SPECULATION_VERBS
    | VOICING_VERBS
    | OUTLET_NOUNS
    | {"say", "learn", "come", "according", "accord", "what"}
)
#: The -ing forms the tagger takes for nouns ("with the Internet speculating that").
_ING_FORMS = frozenset({"speculating", "wondering", "theorizing", "theorising", "guessing"})
_START_WORDS = (
    frozenset({"rumored", "rumoured", "according"}) | STATE_ADJECTIVES | PLATFORMS | PLATFORM_PEOPLE | _ING_FORMS
)
_OWNER_DEPS = frozenset({"poss", "agent"})
_NEGATING = frozenset({"no", "not", "never", "n't", "nobody", "none"})


def find_talk(doc: Doc) -> list[Attribution]:
    """Every rumour, emergence, crowd and outlet attribution above in ``doc``."""
    found: list[Attribution] = []
    seen: set[int] = set()
    for tok in candidates(doc, _START_WORDS, _START_LEMMAS):
        attr = _one(tok)
        if attr is not None and attr.first not in seen:
            seen.add(attr.first)
            found.append(attr)
    return found


def _one(tok: Token) -> Attribution | None:
    lower = tok.lower_
    lemma = lemma_of(tok)
    if lower in ("rumored", "rumoured") and tok.dep_ == "amod":
        return _rumoured(tok)
    if tok.pos_ == "NOUN" and lemma in TALK_NOUNS:
        return _going_round(tok, lemma)
    if tok.pos_ == "NOUN" and lemma in CIRCULATING_DOCUMENTS:
        return _circulating(tok)
    if lemma in EMERGE_VERBS and tok.pos_ == "VERB":
        return _emerged(tok)
    if lemma == "come" and tok.pos_ == "VERB":
        return _came_up(tok) or _came_to_light(tok)
    if lemma == "say" and tok.tag_ == "VBN":
        return _there_said(tok)
    if (lemma in SPECULATION_VERBS and tok.pos_ == "VERB") or lower in _ING_FORMS or lower in STATE_ADJECTIVES:
        return _crowd(tok)
    if lemma == "say" and tok.tag_ == "VBG":
        return _crowd(tok)
    if lower == "according" or lower in PLATFORMS or lower in PLATFORM_PEOPLE:
        return _platform(tok)
    if lemma == "learn" and tok.tag_ == "VBN":
        return _outlet_learned(tok)
    if lower == "what" and tok.tag_ == "WP":
        return _in_what(tok)
    if lemma in VOICING_VERBS and tok.pos_ == "VERB":
        return _voiced(tok)
    if lemma in OUTLET_NOUNS and tok.tag_ == "NNS":
        return _outlets(tok)
    if lemma in VIEW_VERBS and tok.pos_ == "VERB":
        return _crowd_view(tok)
    if lemma in PROOF_VERBS and tok.tag_ == "VBN":
        return _proven(tok)
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATING for c in verb.children)


def _unowned(noun: Token) -> bool:
    """Nobody owns the noun: no possessor, no agent, no 'from'/'by', no capitalised modifier, and
    no definite determiner that refers back ('the rumors', 'these claims')."""
    if any(c.dep_ in _OWNER_DEPS for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by", "among") for c in noun.rights):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in noun.lefts):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "no") for c in noun.lefts)


#: Verbs of asking: a rumoured thing asked about is the question's topic.
_ASKING_VERBS = frozenset({"ask", "question", "quiz", "press", "grill"})


def _rumoured(adj: Token) -> Attribution | None:
    """'her rumoured reconciliation with Bieber', 'his rumored girlfriend': a participle that
    presents a relationship or event as talk."""
    noun = adj.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _NEGATING for c in adj.children):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "about" and lemma_of(noun.head.head) in _ASKING_VERBS:
        return None  # "when asked about a rumored elopement": what someone was asked, not a claim passed on
    first = min(adj.i, noun.i)
    return Attribution(RUMOUR, first, max(adj.i, noun.i), adj.lower_, "rumoured", cue_i=adj.i)


def _going_round(noun: Token, lemma: str) -> Attribution | None:
    """A rumour noun going round, presented as a fact."""
    if not _unowned(noun):
        return None
    doc = noun.doc
    det = next((c for c in noun.lefts if c.dep_ == "det"), None)
    if lemma == "word" and det is not None:
        return None  # "the word 'thing'": a word, not word going round
    head = noun.head
    # "There has been a lot of speculation": the noun under "a lot of"
    holder = noun
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("lot", "lots", "plenty", "deal"):
        holder = head.head
        head = holder.head
    if holder.dep_ == "attr" and lemma_of(head) == "be" and any(c.dep_ == "expl" for c in head.children):
        # "There has been a lot of speculation surrounding ...", "There has been a theory floating around that"
        if _negated(head) or lemma in ("word", "talk") or not _has_content(noun):
            return None
        if lemma == "theory" and not any(c.dep_ == "acl" and lemma_of(c) in SPREAD_VERBS for c in noun.children):
            return None
        expl = next(c for c in head.children if c.dep_ == "expl")
        return Attribution(RUMOUR, expl.i, noun.i, noun.lower_, "going_round", cue_i=noun.i)
    if lemma == "theory":
        # "a theory floating around that": the acl participle spreads it
        acl = next((c for c in noun.children if c.dep_ == "acl" and lemma_of(c) in SPREAD_VERBS), None)
        if acl is None or not _has_content(noun, acl):
            return None
        return Attribution(RUMOUR, phrase_start(noun), acl.i, noun.lower_, "going_round", cue_i=noun.i)
    spread = next((c for c in noun.lefts if c.dep_ == "amod" and _spreads(c)), None)
    if lemma in ("speculation", "gossip", "chatter") and spread is not None and _has_content(noun):
        # "growing speculation about when they will make it down the aisle": talk said to spread
        return Attribution(RUMOUR, phrase_start(noun), noun.i, noun.lower_, "going_round", cue_i=spread.i)
    if noun.dep_ == "dobj" and lemma in _STIRRED and lemma_of(head) in _STIR_VERBS and not _negated(head):
        # "Halle Berry has sparked rumours she is expecting", "fueling rumors that the pair were ...": a
        # rumour passed on as the news, its owners unnamed
        if not _has_content(noun):
            return None
        return Attribution(RUMOUR, min(head.i, phrase_start(noun)), noun.i, noun.lower_, "going_round", cue_i=noun.i)
    if noun.dep_ != "nsubj" or lemma == "talk":
        return None
    verb = head
    if _negated(verb) or any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in verb.children):
        return None
    vlemma = lemma_of(verb)
    if vlemma == "be" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        # "Rumors are that Donald Trump might pick John Bolton"; the clause follows the verb ("Bush shakes off
        # Gore Sometimes, words are unnecessary": a caption the parser hung in front), and word goes round
        # in the singular only ("Word is that ...", never "words are ...")
        if noun.tag_ not in ("NNS", "NNPS") and lemma != "word" and det is None:
            return None
        if lemma == "word" and noun.tag_ != "NN":
            return None
        return Attribution(RUMOUR, phrase_start(noun), verb.i, noun.lower_, "going_round", cue_i=noun.i)
    if vlemma in _ASPECT_VERBS:
        spread = next((c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in SPREAD_VERBS), None)
        if spread is None:
            return None
        verb = spread
        vlemma = lemma_of(verb)
    if lemma == "word" and vlemma == "come" and noun.tag_ == "NN" and det is None and _has_content(noun, verb):
        # "Now comes word that she is yet again willing to ...", "word has come through that ...": news nobody sent
        last = max(verb.i, noun.i)
        last += last + 1 < len(doc) and doc[last + 1].lower_ == "that"
        return Attribution(RUMOUR, min(verb.i, phrase_start(noun)), last, noun.lower_, "going_round", cue_i=noun.i)
    if vlemma not in SPREAD_VERBS or vlemma in ("start", "begin", "go"):
        return None
    if vlemma == "make" and not any(c.dep_ == "dobj" and c.lower_ == "rounds" for c in verb.children):
        return None
    if vlemma == "run" and not any(c.lower_ in ("rampant", "wild", "riot") for c in verb.children):
        return None
    if lemma == "word" and vlemma not in ("spread", "circulate", "get"):
        return None
    if not _has_content(noun, verb):
        return None
    last = verb.i
    rounds = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "rounds"), None)
    if rounds is not None:
        last = rounds.i  # "rumors have made the rounds"
    if last + 1 < len(doc) and doc[last + 1].lower_ == "that":
        last += 1
    return Attribution(RUMOUR, phrase_start(noun), last, noun.lower_, "going_round", cue_i=noun.i)


#: Verbs by which someone's act is said to set talk going, and the talk they set going.
_STIR_VERBS = frozenset({"spark", "fuel", "prompt", "trigger", "ignite", "stoke", "fan"})
_STIRRED = frozenset({"rumor", "rumour", "speculation"})
#: Adjectives that say talk is spreading or everywhere: "growing speculation", "widespread speculation".
_SPREADING_ADJECTIVES = frozenset({"widespread", "rampant", "persistent", "increasing", "intense", "feverish"})


def _spreads(modifier: Token) -> bool:
    return modifier.lower_ in _SPREADING_ADJECTIVES or (
        modifier.tag_ == "VBG" and lemma_of(modifier) in P.SPREAD_VERBS
    )


def _goes_round(verb: Token) -> bool:
    """'circulating', 'going around', 'floating around', 'making the rounds', 'doing the rounds'."""
    lemma = lemma_of(verb)
    if lemma == "circulate":
        return True
    if lemma in ("go", "float"):
        return any(c.lower_ in ("around", "round") for c in verb.children)
    if lemma in ("make", "do"):
        return any(c.dep_ == "dobj" and c.lower_ == "rounds" for c in verb.children)
    return False


def _circulating(noun: Token) -> Attribution | None:
    """'There's a recent poll going around that reveals ...', 'a study is circulating that ...': a
    poll, study or report passed round with nobody who made or published it, so an editor asks whose."""
    if not _unowned(noun) or noun.tag_ not in ("NN", "NNS"):
        return None
    verb = next((c for c in noun.children if c.dep_ == "acl" and _goes_round(c)), None)
    if verb is None and noun.dep_ == "nsubj" and _goes_round(noun.head):
        verb = noun.head
    if verb is None or _negated(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in verb.children):
        return None
    first = phrase_start(noun)
    holder = noun.head
    if noun.dep_ == "attr" and lemma_of(holder) == "be":
        expl = next((c for c in holder.children if c.dep_ == "expl"), None)
        if expl is not None:
            first = expl.i  # "There's a recent poll going around"
    last = max([verb.i] + [c.i for c in verb.children if c.lower_ in ("around", "round", "rounds")])
    return Attribution(REPORT, first, last, noun.lower_, "going_round", source_last=noun.i, cue_i=noun.i)


def _has_content(noun: Token, verb: Token | None = None) -> bool:
    """The talk says something: a clause or a topic on the noun or its verb ('rumors that ...',
    'speculation surrounding the death', 'made the rounds that Shelton is cheating'), or a "that"
    right after the verb the parser hung elsewhere ('word began circulating that ...')."""
    doc = noun.doc
    if verb is not None and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that":
        return True
    for tok in (noun, verb) if verb is not None else (noun,):
        asked: set[int] = set()  # inside an open question, nothing is claimed
        for c in tok.subtree:
            if c.i in asked:
                continue
            if c.dep_ in ("ccomp", "acl", "relcl", "advcl") and c.i > tok.i:
                return True
            if c.dep_ == "prep" and c.lower_ in ("about", "over", "of", "that", "surrounding", "on", "regarding"):
                if open_question(c):
                    # "much speculation about who may be responsible": a question; "weeks of intense speculation
                    # over whether Mueller, a former FBI director who has remained invisible ..., would produce":
                    # a yes-or-no question presupposes nothing either, so no clause inside it says anything
                    # ("chatter about who might staff such an organization, which might resemble ..." tells of a
                    # plan: readers queried it)
                    if doc[c.i + 1].lower_ == "whether":
                        asked.update(t.i for t in c.subtree)
                    continue
                return True
            if c.dep_ == "mark" and c.lower_ == "that":
                return True
    return False


def _emerged(verb: Token) -> Attribution | None:
    """'It has emerged that trade deals have been discussed', 'Subsequent questions have emerged'."""
    if _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return None
    auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    if subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in verb.rights):
        return Attribution(AGENTLESS, subject.i, _that(verb), verb.lower_, "emerged", cue_i=verb.i)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in RAISED_NOUNS and _unowned(subject):
        if not auxes and verb.tag_ != "VBD":
            return None
        return Attribution(AGENTLESS, phrase_start(subject), verb.i, verb.lower_, "emerged", cue_i=verb.i)
    return None


def _came_up(verb: Token) -> Attribution | None:
    """'A lot of questions have come up about the former first lady'."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun = subject
    if subject.lower_ in ("lot", "lots", "plenty", "number"):
        noun = next((g for c in subject.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), subject)
    if noun.lemma_.lower() not in RAISED_NOUNS or not _unowned(noun):
        return None
    prt = next(c for c in verb.children if c.dep_ == "prt")
    return Attribution(AGENTLESS, phrase_start(subject), prt.i, verb.lower_, "emerged", cue_i=verb.i)


def _came_to_light(verb: Token) -> Attribution | None:
    """'Now it comes to light that Saudi Arabia is selling ...', 'News has also come to light that he was
    a supporter': news set out with nobody who brought it to light (like 'it has emerged that')."""
    light = next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.lower_ == "light"),
        None,
    )
    if light is None or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.lower_ not in ("it", "news"):
        return None  # "as more revelations come to light about how Trump ran his foundation": whose is named next
    if not any(c.dep_ == "ccomp" and c.i > light.i for c in verb.children):
        return None
    doc = verb.doc
    last = light.i + 1 if light.i + 1 < len(doc) and doc[light.i + 1].lower_ == "that" else light.i
    return Attribution(AGENTLESS, subject.i, last, verb.lower_, "emerged", cue_i=verb.i)


def _that(verb: Token) -> int:
    doc = verb.doc
    return verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that" else verb.i


def _there_said(verb: Token) -> Attribution | None:
    """'There’s also said to be a few modern additions': an expletive 'there' that is said to be."""
    doc = verb.doc
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in verb.rights):
        return None
    window = doc[max(verb.sent.start, verb.i - 4) : verb.i]
    there = next((t for t in window if t.lower_ == "there"), None)
    if there is None or _negated(verb):
        return None
    to = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" else verb.i
    return Attribution(AGENTLESS, there.i, to, verb.lower_, "passive", cue_i=verb.i)


def _crowd_subject(verb: Token, also: Callable[[Token], bool] | None = None) -> Token | None:
    """The vague crowd the verb (or the verb it is the complement of) has as its subject:
    'many people', 'some', 'both fans and haters', 'the Internet', 'witnesses'; or one ``also``
    accepts."""
    tok = verb
    for _ in range(2):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if _vague_crowd(subject) or (also is not None and also(subject)) else None
        if tok.dep_ in ("xcomp", "acomp") or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
            tok = tok.head
            continue
        break
    return None


def _vague_crowd(subject: Token) -> bool:
    lower = subject.lower_
    if subject.pos_ == "PRON":
        return lower in ("many", "some", "others", "most")
    if lower in PLATFORMS:
        return True
    if lower in PLATFORM_PEOPLE and _on_platform(subject):
        return True
    if lower not in CROWD_WORDS:
        return False
    if any(c.dep_ in ("poss", "relcl", "acl") for c in subject.children):
        return False  # "her fans", "people who saw it": a group this article identifies or describes
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in subject.lefts):
        return False
    if lower == "witnesses":
        return True
    quantified = any(c.lower_ in CROWD_QUANTIFIERS for c in subject.lefts)
    crowd_conj = any(c.dep_ == "conj" and c.lower_ in CROWD_WORDS for c in subject.children)
    return quantified or crowd_conj or any(c.dep_ == "preconj" for c in subject.lefts)


def _quantified_vague(subject: Token) -> bool:
    """'Some Democrats', 'many Republican strategists', 'Many within the RNC': a share of a group the
    source lexicon calls vague, or a bare quantifier the tagger left an adjective. Only for a state of
    mind with a claim ("are concerned that"): a group described is often the article's topic."""
    if subject.lower_ in ("many", "some", "most"):
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.rights)
    if not quantified(subject):
        return False
    source = classify_source(subject)
    return source is not None and source.kind == VAGUE


def _on_platform(noun: Token) -> bool:
    """'users on Reddit', 'Reddit users', 'Twitter users'."""
    if any(c.dep_ == "compound" and c.lower_ in PLATFORMS for c in noun.lefts):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in PLATFORMS for g in c.children) for c in noun.rights
    )


def _crowd(tok: Token) -> Attribution | None:
    """A crowd speculating, wondering, or worried or convinced that something is so."""
    if _negated(tok):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if tok.lower_ in STATE_ADJECTIVES:
        # "some were even worried the actor would back out": a state with a claim for its content
        passive_state = tok.dep_ == "ROOT" and tok.tag_ == "VBN"  # "Many within the RNC are convinced the ..."
        if (tok.dep_ != "acomp" and not passive_state) or not any(c.dep_ == "ccomp" for c in tok.children):
            return None
        subject = _crowd_subject(tok, _quantified_vague)
    elif lemma_of(tok) == "say":
        # "witnesses have come forward saying": saying under a verb of coming forward
        if tok.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "ccomp" for c in tok.children):
            return None
        if lemma_of(tok.head) != "come":
            return None
        subject = _crowd_subject(tok)
    else:
        content = any(c.dep_ in ("ccomp", "prep", "dobj") for c in tok.children) or tok.dep_ == "ccomp"
        if not content and nxt not in _CONTENT_WORDS:
            return None
        subject = _crowd_subject(tok)
        if subject is None and tok.lower_.endswith("ing") and not any(c.dep_ == "nsubj" for c in tok.children):
            subject = _crowd_before(tok)  # "led to both fans and haters speculating that"
    if subject is None:
        return None
    if any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in tok.head.children):
        return None
    first = phrase_start(subject)
    last = subject.right_edge.i if subject.right_edge.i < tok.i else subject.i  # the crowd, not "were even"
    return Attribution(VAGUE, first, tok.i, tok.lower_, "crowd", source_last=last, cue_i=tok.i)


#: Words after which a verb of wondering has its content even when the parser hung it elsewhere.
_CONTENT_WORDS = frozenset({"that", "about", "whether", "if", "what", "how", "why", "who"})


def _crowd_before(ing: Token) -> Token | None:
    """The crowd named right before an -ing form the parser left without a subject: 'both fans
    and haters speculating', 'the Internet speculating'."""
    if ing.i == 0:
        return None
    before = ing.doc[ing.i - 1]
    for cand in (before, before.head if before.dep_ == "conj" else before):
        if cand.pos_ in ("NOUN", "PROPN") and _vague_crowd(cand):
            return cand
    return None


def _platform(tok: Token) -> Attribution | None:
    """'According to Twitter', 'According users on Reddit', 'Twitter may have figured out the
    answer': a website's crowd as the source."""
    lower = tok.lower_
    doc = tok.doc
    if lower == "according":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        heads = [g for c in tok.children for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in tok.children if c.dep_ == "pobj"]
        if nxt is not None and nxt.lower_ != "to":
            heads.append(nxt.head if nxt.dep_ in ("compound", "amod") else nxt)  # "According users on Reddit"
        for head in heads:
            if _platform_crowd(head):
                last = max(head.i, max((t.i for t in head.subtree if t.lower_ in PLATFORMS), default=head.i))
                return Attribution(VAGUE, tok.i, last, lower, "platform", cue_i=tok.i)
        return None
    if tok.dep_ != "nsubj" or not _platform_crowd(tok):
        return None
    verb = tok.head
    if lemma_of(verb) not in ("figure", "think", "believe", "speculate", "wonder", "note", "notice", "theorize"):
        return None
    if _negated(verb):
        return None
    first = phrase_start(tok)
    last = max((t.i for t in tok.subtree if t.lower_ in PLATFORMS), default=tok.i)
    if all(t.dep_ in ("aux", "advmod", "neg") for t in tok.doc[last + 1 : verb.i]):
        return Attribution(VAGUE, first, verb.i, verb.lower_, "platform", source_last=last, cue_i=verb.i)
    return Attribution(VAGUE, first, last, verb.lower_, "platform", cue_i=verb.i)


def _platform_crowd(head: Token) -> bool:
    """A website as a crowd: the bare name ('Twitter', 'the Internet') or its users."""
    lower = head.lower_
    if lower in PLATFORMS:
        # "Trump's Twitter", "a Twitter post": an account or a post, someone's own
        return not any(c.dep_ in ("poss", "compound") for c in head.lefts) and head.dep_ != "compound"
    return lower in PLATFORM_PEOPLE and _on_platform(head) and not any(c.dep_ == "poss" for c in head.lefts)


def _outlet_learned(verb: Token) -> Attribution | None:
    """'..., The National ENQUIRER has learned.', 'CNN has learned the Pentagon is now considering
    ...', 'The ENQUIRER has also learned Michelle ...': an outlet reporting what it found out without
    saying from whom. The one policy for an outlet's "has learned" (``voice.py`` leaves it here): a
    named outlet or a publication noun, a clause learned that states (not "how to"; or the aside after one), not
    negated, and no source of any kind in the sentence or the next ('has learned from insiders',
    'has learned, according to two officials', 'has learned! "...," a commission source explains')."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lemma_.lower() in P.PUBLICATION_NOUNS):
        return None
    if _negated(verb):
        return None
    learned = any(c.dep_ == "ccomp" and stated_clause(c) for c in verb.children)
    if not (learned or verb.dep_ in ("parataxis", "ccomp")):
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "through", "by") for c in verb.rights):
        return None  # "has learned from two officials"
    sent = verb.sent
    doc = verb.doc
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    window = [t for s in (sent, nxt) if s is not None for t in s]
    if any(t.lower_ == "according" or t.lemma_.lower() in P.ALWAYS_ANONYMOUS_NOUNS for t in window):
        return None  # a source is given for what it learned
    if any(lemma_of(t) in ("say", "tell") and t.pos_ == "VERB" and t.i != verb.i for t in window):
        return None
    return Attribution(AGENTLESS, phrase_start(subject), verb.i, verb.lower_, "learned", cue_i=verb.i)


def _in_what(what: Token) -> Attribution | None:
    """'in what activists say is the president's first major pro-life action', 'In what aides
    billed as a swan song': an unnamed source's judgement in a free relative under 'in'."""
    verb = what.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in" or lemma_of(verb) not in WHAT_VERBS:
        return None
    if what.dep_ not in ("dobj", "nsubj", "attr") or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == what.i:
        return None
    source = classify_source(subject)
    if source is None or source.kind not in (VAGUE, ANONYMOUS):
        return None
    doc = verb.doc
    last = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "as" else verb.i
    return Attribution(source.kind, verb.head.i, last, verb.lower_, "subject", source_last=source.last, cue_i=verb.i)


def _voiced(verb: Token) -> Attribution | None:
    """'Republicans expressed frustration that Holt did not ask ...': an unnamed group voicing a
    stance on a claim or a topic."""
    stance = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS), None)
    if stance is None or _negated(verb):
        return None
    content = any(c.dep_ in ("acl", "ccomp") for c in stance.children) or any(
        c.dep_ == "prep" and c.lower_ in ("about", "over", "that") for c in (*stance.children, *verb.children)
    )
    if not content:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.tag_ == "NNPS" and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "appos") for c in subject.children
    ):
        kind = VAGUE  # "Republicans expressed frustration": which of them, the article does not say
        first, last = subject.i, subject.i
    else:
        source = classify_source(subject)
        if source is None or source.kind not in (VAGUE, ANONYMOUS):
            return None
        kind, first, last = source.kind, source.first, source.last
    return Attribution(kind, first, stance.i, verb.lower_, "subject", source_last=last, cue_i=verb.i)


def _outlets(noun: Token) -> Attribution | None:
    """'media outlets have discovered that the shooter's vehicle was owned by ...': outlets nobody
    names, reporting a claim."""
    if noun.dep_ != "nsubj" or any(c.dep_ in ("poss", "relcl", "acl", "appos") for c in noun.children):
        return None
    if any(c.dep_ == "det" and c.lower_ not in CROWD_QUANTIFIERS for c in noun.lefts):
        return None  # "the outlets", "these sites": they refer back
    if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in noun.lefts):
        return None  # "Murdoch newspapers"
    if any(c.dep_ == "prep" and c.lower_ in ("including", "like", "such") for c in noun.rights):
        return None  # "outlets including CNN": named
    verb = noun.head
    if lemma_of(verb) not in P.CUE_VERBS | P.RESEARCH_VERBS or _negated(verb):
        return None
    if not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return None
    return Attribution(REPORT, phrase_start(noun), verb.i, verb.lower_, "subject", source_last=noun.i, cue_i=verb.i)


def _crowd_view(verb: Token) -> Attribution | None:
    """'many people think this about her', 'most people still don't believe what she has to say',
    'Most black people hate BLM': the view of many or most of an unnamed crowd, asserted by the
    writer. (With a clause, 'many people believe that ...', ``detect.py`` finds it already.)"""
    content_clause = verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if verb.dep_ in ("relcl", "acl", "advcl", "xcomp", "pcomp", "csubj") and not content_clause:
        return None  # "people who think ...", "if many people think ...": not the writer's assertion
    if any(c.dep_ == "aux" and c.lower_ in P.HYPOTHETICAL_MODALS for c in verb.children):
        return None
    if verb.lemma_.lower() in ("know", "understand") and _negated(verb):
        return None  # "many people don't know about the ship": not knowing holds no view to pass on
    if not any(c.dep_ in ("dobj", "ccomp", "npadvmod", "prep") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_ not in ("many", "most"):
            return None
        first, last = subject.i, subject.i
    else:
        # "most traditional Americans": the quantifier may hang on the adjective
        quantifiers = [g for c in subject.lefts for g in (c, *c.lefts)]
        if not any(c.lower_ in ("many", "most") and c.dep_ in ("amod", "det", "advmod") for c in quantifiers):
            return None
        source = classify_source(subject)
        if source is not None and source.kind == VAGUE:
            first, last = source.first, source.last
        elif subject.tag_ == "NNPS" and not any(c.dep_ in ("det", "poss") for c in subject.lefts):
            first, last = subject.left_edge.i, subject.i  # "most traditional Americans": a crowd, though proper
        else:
            return None
    return Attribution(VAGUE, first, verb.i, verb.lower_, "subject", source_last=last, cue_i=verb.i)


def _proven(verb: Token) -> Attribution | None:
    """'has long been proven to be a failed one', 'This has already been documented', 'have been
    repeatedly identified as breeding grounds': a proof or record claimed without who made it."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or _negated(verb):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(
        c.dep_ == "prep" and c.lower_ in ("in", "by", "through") and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.rights
    ):
        return None  # "documented in a 2014 report": the record is given
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in RECORD_ADVERBS]
    if not adverbs:
        return None
    auxes = [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    # "It's well documented how ...": the expletive subject opens the phrase
    auxes += [c.i for c in verb.lefts if c.dep_ == "nsubjpass" and c.lower_ == "it"]
    first = min(auxes + [a.i for a in adverbs])
    doc = verb.doc
    last = verb.i + 1 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("as", "to") else verb.i
    return Attribution(AGENTLESS, first, last, verb.lower_, "evaluative", cue_i=verb.i)
