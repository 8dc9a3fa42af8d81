"""Cue lexicons and token patterns for hedged sourcing.

Everything here is data: lemma sets that the parse logic in ``detect.py`` consults, and the
spaCy ``Matcher`` patterns for fixed phrases that the parser does not reliably connect to a verb.
Lemmas are lower-case spaCy lemmas.
"""

from __future__ import annotations

from typing import Any


def _words(text: str) -> frozenset[str]:
    """A lexicon from whitespace-separated words (keeps long lists compact and diffable)."""
    return frozenset(text.split())


#: Verbs that introduce what someone says, thinks or claims. Their subject (or, inverted,
#: "..., said X", their object; or the agent of a passive) is the source of the claim. These
#: carry a claim strongly enough to flag an unnamed source.
STRONG_CUE_VERBS = _words(
    """
    say tell believe claim argue warn report note add state explain insist suggest estimate
    think fear allege assert contend acknowledge admit confirm deny predict caution speculate
    write testify conclude maintain suspect expect reckon doubt concede observe remark
    declare stress emphasize emphasise find show comment worry posit theorize theorise consider
    regard view cite describe hail credit deem praise criticize criticise dismiss
    """
)

#: Verbs of stance or reaction: a source is counted when named ("Smith condemned the plan"),
#: but an unnamed one is not flagged ("critics point to", "people know").
WEAK_CUE_VERBS = _words(
    """
    announce indicate question dispute agree disagree point reveal disclose charge accuse
    denounce condemn reject urge recommend assess calculate forecast project
    hope feel know understand recall recount complain blame signal hint propose counter
    respond reply quip tweet post welcome applaud vow promise ask demand call
    """
)

CUE_VERBS = STRONG_CUE_VERBS | WEAK_CUE_VERBS

#: Speech acts that attribute only through their subject ("Okafor vowed", "Lee called for"): the
#: agent of their passive is no source ("asked by reporters", "was called by the court").
SUBJECT_ONLY_VERBS = _words("vow promise ask demand call")

#: Cue verbs that report something only with a clause: "forces maintain the offensive" does not.
CLAUSE_VERBS = _words("maintain find show know understand hope feel consider signal hold respond reply")

#: Cue verbs whose inverted form "…, said a senior official" parses the speaker as an object.
#: Excludes verbs whose object is never the speaker ("told reporters", "found evidence").
INVERTING_VERBS = _words(
    """
    say report add note write state explain insist warn claim argue observe remark declare
    stress caution continue recall quip tweet post counter respond reply conclude acknowledge
    admit confirm
    """
)

#: Verbs whose agentless passive hides the source: "it is believed that", "is said to".
AGENTLESS_PASSIVE_VERBS = _words(
    """
    believe say report think claim allege rumor rumour understand fear suggest know consider
    suspect assume argue presume reckon reputed suppose tell hold feel estimate speculate
    theorize theorise
    """
)

#: Verbs whose agentless passive passes a judgement off as common ground: "is widely regarded as",
#: "is considered one of the best", "was praised". Flagged with a weasel adverb ("widely") or,
#: for the verbs of ``AS_VERBS``, with an "as"/predicate complement.
EVALUATIVE_PASSIVE_VERBS = _words(
    """
    consider regard describe hail view deem criticize criticise praise acclaim credit
    acknowledge think believe know accuse blame pan laud tout dismiss dispute question
    """
)
AS_VERBS = _words("consider regard describe hail view deem tout")

#: Adverbs that claim a consensus nobody is named for: "widely believed", "generally regarded".
WEASEL_ADVERBS = _words(
    """
    widely generally commonly often sometimes frequently increasingly largely universally
    broadly popularly traditionally occasionally usually mostly variously
    """
)

#: Of those, verbs whose "X is <verb> to ..." reading is not about sourcing at all
#: ("the plant is supposed to open", "students are told to leave").
NO_RAISING_VERBS = _words("suppose tell hold feel argue suggest")

#: Verbs that rarely hide a source by themselves: lower severity when agentless.
WEAK_AGENTLESS_VERBS = _words("estimate consider know fear expect")

#: Adverbs that pass a claim on without a source, with the verb for "without saying who ... it".
HEDGE_ADVERBS: dict[str, str] = {
    "reportedly": "reported",
    "allegedly": "alleges",
    "purportedly": "claims",
    "supposedly": "claims",
    "reputedly": "claims",
    "rumoredly": "spread",
    "rumouredly": "spread",
}

#: Nouns for human sources that can be named or unnamed ("a senior official" vs "Jane Doe").
ROLE_NOUNS = _words(
    """
    official source diplomat insider aide adviser advisor staffer employee officer executive
    lawmaker legislator member investigator agent operative negotiator analyst expert observer
    critic doctor physician scientist researcher economist commentator activist resident
    witness person people strategist consultant banker trader investor
    specialist academic scholar historian professor worker engineer manager commander soldier
    politician supporter opponent skeptic sceptic proponent advocate campaigner pundit watcher
    veteran confidant associate ally colleague friend relative neighbor neighbour informant
    whistleblower nurse teacher atheist believer theorist author writer reviewer journalist
    reporter blogger follower theologian philosopher psychologist biologist physicist linguist
    archaeologist anthropologist sociologist ecologist environmentalist conservationist
    epidemiologist virologist statistician pollster demographer climatologist meteorologist
    geologist astronomer mathematician scholar educator clinician psychiatrist surgeon
    pharmacist veterinarian lobbyist regulator planner architect designer developer official
    """
)

#: Role nouns that are anonymous even when bare and plural: "sources say".
ALWAYS_ANONYMOUS_NOUNS = _words("source informant confidant whistleblower")

#: Spokespeople and lawyers speak on the record for an institution or a client: checkable.
SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson representative rep lawyer attorney")

#: Nouns for institutions: "the company said", "police said", "the ministry announced".
INSTITUTION_NOUNS = _words(
    """
    company firm government ministry department agency police court authority council
    commission committee office administration army military university hospital bank campaign
    party board regulator prosecutor prosecution judge coroner inquiry panel embassy consulate
    parliament congress senate cabinet kremlin pentagon group organization organisation
    institute foundation union corporation manufacturer airline school district county city
    state statement navy service team club network newspaper broadcaster outlet station lab
    laboratory center centre secretariat bureau directorate inspector auditor watchdog sheriff
    """
)

#: Nouns for written or statistical sources: named when an entity or owner is attached
#: ("figures published by the state health department"), vague or agentless otherwise.
DOCUMENT_NOUNS = _words(
    """
    report figure data statistic study survey poll document record filing analysis estimate
    assessment memo letter email release review audit census article investigation research
    paper ruling transcript testimony footage video photo image imagery interview account claim
    rumor rumour story dispatch cable briefing evidence finding projection forecast tally count
    note
    """
)

#: Document nouns that, unowned, stand for hearsay: "according to reports", "rumours say".
HEARSAY_NOUNS = _words("report rumor rumour claim account story word")

#: Document nouns that, bare and plural, are a weasel appeal to authority: "studies show".
#: Not polls or surveys: "polls showed" is ordinary, checkable reporting.
WEASEL_DOCUMENT_NOUNS = _words("study research")

#: Quantifiers that turn a group into an unnamed crowd: "some analysts", "many doctors".
VAGUE_QUANTIFIERS = _words(
    """
    some many several most few numerous various certain countless other multiple plenty lot
    majority number growing increasing more all
    """
)

#: Words that stand alone as a weasel subject: "some say", "many believe", "critics argue".
VAGUE_PRONOUNS = _words("some many others most several few one")

#: Pronouns that refer back to a (usually named) speaker: counted as named attributions.
ANAPHORIC_PRONOUNS = _words("he she him her they")

#: Verbs of polling: "economists polled by Reuters" is a named, checkable source.
POLL_LEMMAS = _words("poll survey interview ask question consult contact")

#: Entity labels that make a source checkable.
NAMED_ENTITY_LABELS = _words("PERSON ORG GPE NORP")

#: Entity labels that mark an organisation an unnamed person belongs to ("a senior NATO official").
AFFILIATION_LABELS = _words("ORG GPE NORP FAC")

#: Dependency labels of a noun's left modifiers that belong in the source phrase.
LEFT_NP_DEPS = _words("det amod compound nmod nummod poss quantmod predet advmod nn")

#: Words without which no ``anonymity_patterns`` pattern can match: the matcher only runs when
#: one occurs, which spares its cost on most articles.
MATCHER_TRIGGERS = _words(
    """
    anonymity anonymously named identified quoted authorized authorised rumor rumour legend word
    reports rumors rumours claims suggestions whispers
    """
)

_ANON_VERB = {"LEMMA": {"IN": ["speak", "talk", "comment", "brief"]}, "OP": "?"}


def anonymity_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns for phrases that declare a source anonymous, keyed by match label."""
    return {
        "ANONYMITY": [
            [_ANON_VERB, {"LOWER": "on"}, {"LOWER": "condition"}, {"LOWER": "of"}, {"LOWER": "anonymity"}],
            [
                _ANON_VERB,
                {"LOWER": "on"},
                {"LOWER": "condition"},
                {"LOWER": "that"},
                {"POS": "PRON"},
                {"LOWER": "not"},
                {"LOWER": "be"},
                {"LEMMA": {"IN": ["name", "identify", "quote"]}},
            ],
            [
                {"LEMMA": {"IN": ["ask", "request", "decline", "refuse", "want"]}},
                {"LOWER": "not", "OP": "?"},
                {"LOWER": "to"},
                {"LOWER": "be"},
                {"LEMMA": {"IN": ["name", "identify", "quote"]}},
            ],
            [{"LEMMA": {"IN": ["request", "demand", "grant"]}}, {"LOWER": "anonymity"}],
            [{"LEMMA": {"IN": ["speak", "talk", "comment"]}}, {"LOWER": "anonymously"}],
            [
                {"LOWER": "not"},
                {"LEMMA": "authorize"},
                {"LOWER": "to"},
                {"LEMMA": {"IN": ["speak", "talk", "comment", "discuss"]}},
            ],
            [
                {"LOWER": "not"},
                {"LEMMA": "authorise"},
                {"LOWER": "to"},
                {"LEMMA": {"IN": ["speak", "talk", "comment", "discuss"]}},
            ],
        ],
        "HEARSAY": [
            [{"LOWER": {"IN": ["rumor", "rumour", "legend", "word"]}}, {"LOWER": "has"}, {"LOWER": "it"}],
            [
                {"LOWER": "there"},
                {"LEMMA": "be"},
                {"POS": {"IN": ["ADJ", "ADV"]}, "OP": "*"},
                {"LOWER": {"IN": ["reports", "rumors", "rumours", "claims", "suggestions", "whispers"]}},
                {"LOWER": {"IN": ["that", "of"]}},
            ],
        ],
    }


#: Lemmas inside a source phrase that declare it anonymous ("sources familiar with the matter").
ANONYMITY_LEMMAS = _words("familiar briefed knowledgeable anonymity anonymous anonymously")

#: Adjectives that, with "to", place an unnamed person near power: "people close to the agency".
PROXIMITY_LEMMAS = _words("close near linked connected tied")


# --- hedge cues (cues.py): uncertainty that is not sourcing; features only, never findings ---

#: Adverbs that mark a statement as a guess: "probably", "arguably".
EPISTEMIC_ADVERBS = _words(
    """
    probably possibly perhaps presumably apparently arguably seemingly conceivably maybe
    likely unlikely ostensibly plausibly
    """
)

#: Adjectives that mark a statement as a guess: "it is likely that", "the alleged plot".
EPISTEMIC_ADJECTIVES = _words(
    """
    likely unlikely probable plausible unclear uncertain doubtful questionable
    debatable unproven unconfirmed unverified alleged supposed purported rumored rumoured
    """
)

#: Verbs that hedge with a complement: "seems to", "it appears that".
SEEM_VERBS = _words("seem appear")

#: Modals that hedge: "might" alone, the others in a perfect ("may have been").
HEDGE_MODALS = _words("might may could must")

#: Quantifiers that leave a group uncounted and unnamed: "some scholars", "many of them".
#: Not "various"/"numerous": on CoNLL-2010 train under 30 % of their sentences were uncertain.
HEDGE_QUANTIFIERS = _words("some many countless others")

#: Verbs whose agentless passive is a judgement with nobody behind it: "is considered".
JUDGEMENT_PASSIVE_VERBS = _words(
    """
    believe consider regard think say claim suggest assume suspect criticize criticise
    rumor rumour allege presume deem reckon
    """
)

#: Peacock adjectives (Wikipedia's "words to watch"): praise nobody is named for. Kept only those
#: whose CoNLL-2010 train sentences were at least 40 % uncertain ("great", "popular" were not).
PEACOCK_ADJECTIVES = _words(
    """
    legendary iconic outstanding celebrated innovative revolutionary extraordinary brilliant
    famous renowned notable pioneering influential finest beautiful impressive superb
    wonderful formidable
    """
)

#: Editorialising and weasel adverbs ("words to watch"), same 40 % bar on train: "usually" and
#: "often" (11 % and 18 %) describe frequency far more often than they hedge.
EDITORIAL_ADVERBS = _words("sometimes generally undoubtedly essentially interestingly unfortunately notably")

#: Offices with one holder at a time: "the president", "his campaign manager", "the GOP
#: candidate" name a checkable person though no name is written. Only singular and definite
#: (or owned) count as named; "a senator" is left to the entity labels as before.
TITLE_NOUNS = _words(
    """
    president governor senator mayor candidate nominee chairman chairwoman chair secretary
    minister director chief ceo founder speaker leader congressman congresswoman premier
    chancellor prime king queen pope manager coach superintendent commissioner
    """
)
