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
    regard view cite describe hail credit deem praise criticize criticise dismiss insinuate affirm
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
    share continue reveal confide confess divulge gush dish spill tattle blab snitch whisper notice
    """
)

#: Verbs of judgement whose object is what is judged: "Critics slammed the plan", "advocates hailed
#: the ruling". With an unnamed subject they attribute an evaluation without a clause.
EVALUATION_VERBS = _words(
    """
    slam blast attack criticize criticise condemn denounce decry lambast deride mock ridicule
    praise hail welcome applaud laud question dispute reject dismiss challenge fault doubt
    debunk discredit
    """
)

#: Decisions on a proposal ("rejected bills", "dismissed the appeal"): with one of ``PROPOSAL_NOUNS``
#: as object the verb records an act, not a judgement.
DECISION_VERBS = _words("reject dismiss approve veto")
PROPOSAL_NOUNS = _words(
    """
    bill law measure proposal legislation amendment resolution referendum initiative ordinance
    motion treaty budget nomination appeal petition lawsuit suit case
    purchase acquisition merger takeover application
    deal agreement pact accord contract offer bid request settlement package compromise
    """
)

#: Verbs that report a find or a reconstruction: an unnamed group of researchers as their subject
#: is a vague source ("historians have pieced together", "researchers discovered", "Experts have
#: pinpointed Russian government-affiliated hackers as the source", "traced the attack to").
RESEARCH_VERBS = _words("find discover determine establish conclude uncover identify show piece pinpoint trace")

#: People whose trade is finding out: the subjects ``RESEARCH_VERBS`` attribute a claim to.
RESEARCH_NOUNS = _words(
    """
    historian researcher scientist scholar expert investigator analyst economist archaeologist
    epidemiologist statistician academic study survey poll report research
    """
)

#: What people show of themselves rather than find out: "even analysts critical of the Guardian have shown a
#: glaring failure to understand ..." is no finding of theirs, unlike "analysts have shown a rise in ...".
SHOWN_DISPOSITION_NOUNS = _words(
    """
    failure inability unwillingness willingness reluctance eagerness readiness lack courage restraint
    contempt disregard ignorance disdain indifference interest sign leadership
    """
)

#: Weak cue verbs that still credit an attitude to an unnamed group when they take a clause:
#: "many Americans hoped the debates would be different", "supporters have called for".
VAGUE_WEAK_CUE_VERBS = _words("hope feel know understand call reveal share agree point notice complain")

#: Of those, the ones that take a claim only as a finite clause: "experts agree that ...", not
#: "many companies agreed to pay" (an infinitive is a promise, not a claim), "many Americans hoped
#: that ...", not "Investigators were hoping to find the torsos" (a wish, not a claim).
FINITE_CLAUSE_ONLY_VERBS = _words("agree point notice complain hope")
#: What someone announces of their own next step ("announced plans to sue", "announced her candidacy").
OWN_STEP_NOUNS = _words("plan intention intent decision candidacy bid resignation retirement departure")

#: Verbs of believing that, as a participle opening the sentence, give the motive of the main
#: clause's subject, not a claim it makes: "Believing it to be chic and edgy, many liberals are apt
#: to stomp upon the flag", "Fearing a backlash, officials delayed the vote".
MOTIVE_VERBS = _words("believe think fear suspect expect worry doubt feel hope")

#: Verbs that with an object and an infinitive give an order or advice, not a claim: "Authorities
#: have told residents to stay inside", "officials warned drivers to avoid the area".
DIRECTIVE_VERBS = _words("tell warn advise order instruct direct remind urge ask")

#: Verbs of seeming whose subject is the subject of the verb under them: "Most Americans seem
#: to have agreed that ..." (the Americans agreed).
RAISING_VERBS = _words("seem appear")
#: Verbs of aspect whose "to"-infinitive carries the speech: "critics continue to say that ...", "officials began
#: to claim ...". "continue" alone is a speech verb ("the source continued"); with an infinitive it is not.
ASPECT_VERBS = _words("continue begin start")

CUE_VERBS = STRONG_CUE_VERBS | WEAK_CUE_VERBS | EVALUATION_VERBS

#: Speech verbs that continue an attribution already begun ("the source continued", "she went on"):
#: a cue only with a clause or quotation to report.
CONTINUING_VERBS = _words("continue share reveal confide divulge gush dish spill tattle blab snitch whisper")

#: Verbs whose clause or infinitive is not asserted: "have people believe", "heard a reporter say",
#: "want critics to say". A cue verb under one of these reports nothing.
NON_ASSERTING_HEADS = _words(
    """
    have make let want get help encourage persuade convince lead hear see watch expect allow
    cause need wish prefer invite urge force
    """
)

#: Nouns for a stated position: owned by a name ("RT's defense has been that ..."), what they
#: contain is the owner's claim.
POSITION_NOUNS = _words(
    "defense defence argument claim contention position view explanation response assertion statement insistence"
)

#: Verbs of getting in touch whose conjoined speech verb shares their subject: "An insider spoke
#: to a celebrity news website and stated: ...". Other verbs ("stood with the nominee as he boasted
#: ... and said") are too often the parser's mistake to lend their subject.
CONTACT_VERBS = _words("speak talk write reach turn go appear call contact email text")

#: Verbs that cite a source named as their object: "Breitbart cited two agents who said".
CITING_LEMMAS = _words("cite quote interview according speak talk survey poll consult have")

#: Verbs whose object is the person who speaks: "quoted a source as saying", "cites an unnamed source".
CITING_VERBS = _words("quote cite")

#: Modals that make an attribution hypothetical: "politicians would say", "critics could argue".
HYPOTHETICAL_MODALS = _words("would could might may should can must 'd")

#: Subordinators that make a clause conditional or hypothetical: "if a supporter said ...".
CONDITIONAL_MARKS = _words("if unless whether lest whenever")

#: Verbs of inference from evidence: an attribution in their participial clause is the writer's
#: reading of the evidence ("..., suggesting investors viewed Clinton as the winner").
INFERENCE_VERBS = _words("suggest indicate show signal mean imply")
#: Speech acts that attribute only through their subject ("Okafor vowed", "Lee called for"): the
#: agent of their passive is no source ("asked by reporters", "was called by the court", "videos
#: shared by activists", "posted on YouTube by activists").
SUBJECT_ONLY_VERBS = _words("vow promise ask demand call share post tweet continue reveal")

#: Weak cues that ask or promise rather than tell: an unnamed subject of one passes on no claim
#: ("one attendee asked how ...").
REQUEST_VERBS = _words("ask demand urge vow promise hope question propose recommend welcome")

#: Cue verbs that report something only with a clause: "forces maintain the offensive" does not.
CLAUSE_VERBS = _words(
    """
    maintain find show know understand hope feel consider signal hold respond reply think believe
    fear suspect assume worry
    """
)

#: Cue verbs whose inverted form "…, said a senior official" parses the speaker as an object.
#: Excludes verbs whose object is never the speaker ("told reporters", "found evidence").
INVERTING_VERBS = _words(
    """
    say report add note write state explain insist warn claim argue observe remark declare
    stress caution continue recall quip tweet post counter respond reply conclude acknowledge
    admit confirm
    """
)

#: Verbs by which a speaker reports what they say, inverted or not: "they said", "they told CNN", "one of the
#: family's attorneys, Justin Bamberg, said".
REPORTING_VERBS = INVERTING_VERBS | {"tell"}

#: Verbs whose agentless passive hides the source: "it is believed that", "is said to".
AGENTLESS_PASSIVE_VERBS = _words(
    """
    believe say report think claim allege rumor rumour understand fear suggest know consider
    suspect assume argue presume reckon reputed suppose tell hold feel estimate speculate
    theorize theorise project agree
    """
)

#: Of those, the ones whose passive survives without its auxiliary: "a man believed to be the
#: gunman", "with Wintour said to be the driving force".
REDUCED_PASSIVE_VERBS = _words("say think believe rumor rumour report allege suspect")

#: Verbs whose agentless passive counts only with an expletive "it" and a clause: "It was also
#: noted that ...", "it has been revealed that ..." (not "the error was noted").
#: Not "announce": "it was announced that the Duke and Duchess will move" reports a public act of
#: the party concerned, which anyone can check, not hearsay. "It was found that 80% ...", "it is
#: expected that ..." give a finding or a forecast nobody is named for.
IT_CLAUSE_PASSIVE_VERBS = _words(
    "note observe point state reveal confirm learn disclose indicate find discover expect anticipate"
)

#: Verbs whose agentless passive passes a judgement off as common ground: "is widely regarded as",
#: "has been blasted as a hypocrite". Not "mock"/"ridicule": "has been mocked mercilessly for saying 'America
#: first'" tells how a remark was received, a reaction anyone saw, not a charge someone made (readers judged it so).
#: "is considered one of the best", "was praised". Flagged with a weasel adverb ("widely") or,
#: for the verbs of ``AS_VERBS``, with an "as"/predicate complement. Not "deem": its agentless
#: passive reports a ruling by whoever decides the matter ("a hot check that was deemed worthless",
#: "729 were deemed likely to vote", "have been deemed personal"), a status, not an opinion.
EVALUATIVE_PASSIVE_VERBS = _words(
    """
    consider regard describe hail view criticize criticise praise acclaim credit
    acknowledge think believe accuse blame pan laud tout dismiss dispute question
    see perceive characterize characterise portray label brand paint slam fault accept
    blast deride denounce lambaste
    """
)
AS_VERBS = _words(
    """
    consider regard describe hail view tout criticize criticise see perceive characterize
    characterise portray label brand paint blast slam deride denounce lambaste
    """
)

#: Of ``AS_VERBS``, the verbs of perception: a judgement only with "as" ("is seen as a toss-up";
#: not "is seen speaking").
PERCEPTION_VERBS = _words("see perceive")

#: Judgement passives that flag with their prepositional complement: "has been accused of",
#: "was blamed for", "has been criticized for".
PREP_JUDGEMENT_VERBS = {
    "accuse": "of",
    "blame": "for",
    "criticize": "for",
    "criticise": "for",
    "praise": "for",
    "credit": "with",
    "fault": "for",
    "slam": "for",
    "blast": "for",
    "lambaste": "for",
}

#: Adverbs that claim a consensus nobody is named for: "widely believed", "generally regarded".
WEASEL_ADVERBS = _words(
    """
    widely generally commonly often sometimes frequently increasingly largely universally
    broadly popularly traditionally occasionally usually mostly variously repeatedly roundly
    heavily harshly fiercely
    """
)

#: Of those, verbs whose "X is <verb> to ..." reading is not about sourcing at all
#: ("the plant is supposed to open", "students are told to leave").
NO_RAISING_VERBS = _words("suppose tell hold feel argue suggest")

#: Verbs that rarely hide a source by themselves: lower severity when agentless.
WEAK_AGENTLESS_VERBS = _words("estimate consider know fear expect")

#: Adverbs that pass a claim on without a source, with the verb for "without saying who ... it".
#: Not "supposedly": on the 400 marked tuning articles readers queried 3 of its 9 (mostly the writer's
#: scorn, "the cable company that supposedly aired the porn"); it is a hedge cue (a feature).
HEDGE_ADVERBS: dict[str, str] = {
    "reportedly": "reported",
    "allegedly": "alleges",
    "purportedly": "claims",
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
    pal buddy acquaintance confidante tipster eyewitness onlooker bystander insider staff
    staffer partisan loyalist backer defender detractor naysayer fan viewer reader attendee
    guest checker fact-checker factchecker snitch user commenter commentator netizen tweeter
    conservative liberal progressive moderate senator congressman congresswoman
    """
)

#: Political camps: in the bare plural ("Liberals know", "conservatives thought") the writer's own
#: generalisation about a side, not a source; counted ("some conservatives say") they are vague sources.
POLITICAL_CAMPS = _words(
    "conservative liberal progressive moderate leftist brexiteer brexiter remainer leaver eurosceptic euroskeptic"
)

#: Verbs by which a bare camp states a claim it is the unnamed speaker of ("conservatives argued ...
#: that employers should"); not what it thinks or knows ("Conservatives thought", "Liberals know").
CAMP_CLAIM_VERBS = _words(
    "say claim argue allege assert contend insist warn write testify tell charge complain admit concede deny "
    "predict maintain declare state note add explain suggest"
)

#: Verbs that pin a verdict on someone ("Liberals call Ryan cowardly").
NAMING_VERBS = _words("call brand label dub deem")

#: Suffixes of agent nouns (a person who does what the stem says): "protest-er", "extrem-ist",
#: "physic-ian", "resid-ent", "employ-ee". With ``SENTIENT_CLAUSE_VERBS`` they find crowds of people
#: the role lexicon does not list.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "ee")

#: Nouns with those endings that are not people (or not as a crowd of sources).
NOT_AGENT_NOUNS = _words(
    """
    number paper letter order matter offer power layer water center centre border filter marker
    computer monitor sensor counter factor sector vector error mirror corridor indicator
    parameter register chapter cluster document element segment argument comment statement
    agreement government department movement component percent event content talent moment
    accident incident president other
    """
)

#: Verbs that take a person as subject when they take a clause: "protesters claim that", "extremists
#: insist". Not "say", "show", "note", "warn": reports, data and signs take those too.
SENTIENT_CLAUSE_VERBS = _words(
    """
    claim argue insist allege contend believe think fear suspect worry admit concede complain
    acknowledge testify speculate theorize theorise assert maintain
    """
)

#: Collective nouns for an unnamed body of people: "the business lobby warned", "Hillary's camp
#: questioned", "the media reported". A definite article does not make them identifiable.
GROUP_NOUNS = _words("lobby camp circle establishment crowd community industry press media entourage clique left right")

#: Roles that speak for an organisation on the record: in the plural with a named organisation
#: ("NYPD officials said", "FBI investigators") the organisation stands behind the claim.
OFFICIAL_ROLE_NOUNS = _words(
    "official officer investigator prosecutor spokespeople representative member authority staff executive lawyer"
    " attorney"
)

#: Institution nouns whose plural is a body of unnamed officials, read like "officials": "authorities
#: said" names nobody, "Ohio EPA authorities" names their agency; the singular is an institution ("the
#: Port Authority", "the authority said").
OFFICIALS_WHEN_PLURAL = _words("authority")

#: Role nouns that are anonymous even when bare and plural: "sources say".
ALWAYS_ANONYMOUS_NOUNS = _words("source informant confidant confidante whistleblower insider tipster pal snitch")

#: Role nouns for someone close to a person: unnamed even when owned ("Kim's longtime friend",
#: "his aide"), unlike the unique relations ("her husband") that identify one person.
RELATION_NOUNS = _words(
    """
    friend pal buddy insider aide adviser advisor confidant confidante associate acquaintance
    colleague neighbor neighbour relative staffer ally source
    """
)

#: Spokespeople and lawyers speak on the record for an institution or a client: checkable. In the
#: plural ("spokespeople for the networks") only when the institution is named.
SPOKES_NOUNS = _words("spokesman spokeswoman spokesperson spokespeople representative rep lawyer attorney")

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

#: Police officers in the bare plural, with no word before them: the force that holds the account, read like
#: "police" ("officers contend he was armed", "as officers have claimed"): readers left "Officers said" unmarked
#: in the tuning sets and judged "officers contend" wrong twice in a round. Counted or described ("two officers
#: said", "Responding officers told reporters") they stay unnamed.
POLICE_PLURAL_NOUNS = _words("officer cop deputy trooper")

#: What a claim verb takes that is no claim: "the attacks claimed the lives of two persons", "claimed the
#: title"; and what is cited that is no claim but a legal footing ("Lawyers have cited the presidential
#: communications privilege").
NOT_CLAIMED_OBJECTS = {
    "claim": _words("life victim title crown seat prize medal trophy spot place land territory"),
    "cite": _words("privilege law statute rule amendment clause precedent exemption provision doctrine right"),
    # "Al-Qaeda loyalists attacked a mainly Kurdish town": an assault on a place, not a verbal attack
    "attack": _words(
        """
        town village city base position convoy checkpoint post outpost area neighborhood neighbourhood district
        camp airport airbase building compound embassy headquarters border facility hospital school market
        mosque church station barracks stronghold province region suburb
        """
    ),
}

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

#: Document nouns for counts of opinion or number: bare plural or quantified, nobody's ("polls
#: found", "most surveys show", "according to some estimates").
SURVEY_NOUNS = _words("poll survey estimate")

#: Nouns for a count or a telling that an unowned "by one estimate", "by all accounts" credits a claim
#: to (``voice.py``); not "measure": "by some measures" is the writer's own yardstick, usually given next.
ESTIMATE_NOUNS = _words("estimate account count calculation reckoning tally")

#: Documents that report a finding: "a recent study found" names none of them.
FINDING_NOUNS = _words("study survey poll report analysis")

#: Document nouns that, unowned, stand for hearsay: "according to reports", "rumours say".
HEARSAY_NOUNS = _words("report rumor rumour claim account story word")

#: Modifiers that name the institution behind a document: "a congressional report", "court
#: documents", "a pool report". Not "exit": "according to exit polls" does not say whose (several
#: consortia and outlets run them), and copy editors query it.
INSTITUTIONAL_MODIFIERS = _words(
    """
    congressional parliamentary federal government governmental court police military judicial
    pool autopsy coroner census official senate
    """
)

#: Document nouns that, bare and plural, are a weasel appeal to authority: "studies show".
#: Not polls or surveys: "polls showed" is ordinary, checkable reporting.
WEASEL_DOCUMENT_NOUNS = _words("study research")

#: Quantifiers that turn a group into an unnamed crowd: "some analysts", "many doctors".
VAGUE_QUANTIFIERS = _words(
    """
    some many several most few numerous various certain countless other multiple plenty lot
    majority number growing increasing more
    """
)

#: Words that stand alone as a weasel subject: "some say", "many believe", "critics argue".
VAGUE_PRONOUNS = _words("some many others most several few one")

#: Nouns that count a crowd through "of": "plenty of people", "a majority of economists",
#: "dozens of experts" (a source only with people after "of").
CROWD_NOUNS = _words("plenty lots lot majority number dozens hundreds thousands scores host handful")

#: Pronouns for unnamed people that a proximity phrase makes a source: "those close to the pair
#: say", "someone familiar with the plan".
INDEFINITE_PEOPLE_PRONOUNS = _words("those someone somebody")

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
    reports rumors rumours claims suggestions whispers secret knowledge fact
    """
)

#: Lemmas the pipeline gets wrong often enough to matter here: "hoped" -> "hop".
LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}

_BE = {"LOWER": {"IN": ["is", "was", "'s", "’s", "has", "been", "be", "remains", "remained"]}}

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
        # fixed phrases of common knowledge, kept by their words because the parser often
        # breaks them ("2018It’s no secret that ..." in scraped text)
        "COMMON": [
            [
                _BE,
                {"LOWER": "been", "OP": "?"},
                {"LOWER": {"IN": ["no", "an"]}},
                {"LOWER": "open", "OP": "?"},
                {"LOWER": "secret"},
                {"LOWER": "that"},
            ],
            [_BE, {"LOWER": {"IN": ["common", "public", "general"]}}, {"LOWER": "knowledge"}, {"LOWER": "that"}],
            # "It is a known fact that", "it's a well-known fact that": the fact is owned by everyone
            [
                _BE,
                {"LOWER": "a"},
                {"LOWER": "well", "OP": "?"},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": {"IN": ["known", "established", "proven"]}},
                {"LOWER": "fact"},
                {"LOWER": "that"},
            ],
        ],
        "HEARSAY": [
            [{"LOWER": {"IN": ["rumor", "rumour", "legend", "word"]}}, {"LOWER": "has"}, {"LOWER": "it"}],
            # "The word here is that ...", "word on the street is that ...": talk passed on as news
            [
                {"LOWER": "the", "IS_SENT_START": True},
                {"LOWER": "word"},
                {"LOWER": {"IN": ["here", "around", "out"]}, "OP": "?"},
                {"LEMMA": "be"},
                {"LOWER": "that"},
            ],
            [
                {"LOWER": "word", "IS_SENT_START": True},
                {"LOWER": {"IN": ["here", "around", "out"]}, "OP": "?"},
                {"LEMMA": "be"},
                {"LOWER": "that"},
            ],
            # "word on the street is", "that's the word on the street": the idiom is talk wherever it stands
            [{"LOWER": "word"}, {"LOWER": "on"}, {"LOWER": "the"}, {"LOWER": "street"}],
            # "The word on Jennifer Aniston's new movie set is that ...": talk from a place nobody speaks for
            [
                {"LOWER": "the", "IS_SENT_START": True},
                {"LOWER": "word"},
                {"LOWER": "on"},
                *[{"IS_PUNCT": False, "LEMMA": {"NOT_IN": ["be"]}, "OP": "?"}] * 6,
                {"LEMMA": "be"},
                {"LOWER": "that"},
            ],
            # "There are reports that", "there have been numerous reports of": not "few reports of clashes"
            [
                {"LOWER": "there"},
                {"LOWER": {"IN": ["have", "has", "had"]}, "OP": "?"},
                {"LEMMA": "be"},
                {"POS": {"IN": ["ADJ", "ADV"]}, "LOWER": {"NOT_IN": ["few", "fewer", "no", "not"]}, "OP": "*"},
                {"LOWER": {"IN": ["reports", "rumors", "rumours", "claims", "suggestions", "whispers", "allegations"]}},
                {"LOWER": {"IN": ["that", "of"]}},
            ],
        ],
    }


#: Lemmas inside a source phrase that declare it anonymous ("sources familiar with the matter").
ANONYMITY_LEMMAS = _words("familiar briefed knowledgeable anonymity anonymous anonymously")

#: Adjectives by which the writer says a speaker is not named, whatever the noun ("Another anonymous
#: individual ... said"): read on nouns no lexicon lists. Not "unidentified": it describes people in the
#: events reported ("the unidentified woman challenged again"), not a source the reporter keeps unnamed.
UNNAMED_ADJECTIVES = _words("anonymous unnamed")

#: Of those, the ones that make "people ..." a sourcing formula without any verb: "people
#: familiar with the talks", "people briefed on the plan".
FORMULA_ANONYMITY_LEMMAS = _words("familiar briefed knowledgeable anonymity anonymous anonymously knowledge")

#: Adjectives that, with "to", place an unnamed person near power: "people close to the agency".
PROXIMITY_LEMMAS = _words("close near linked connected tied")


# --- hedge cues (cues.py): uncertainty that is not sourcing; features only, never findings ---

#: Adverbs that mark a statement as a guess: "probably", "arguably".
EPISTEMIC_ADVERBS = _words(
    """
    probably possibly perhaps presumably apparently arguably seemingly conceivably maybe
    likely unlikely ostensibly plausibly supposedly evidently
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


# --- claims in the reporter's own voice (voice.py): no source phrase at all ---

#: Evidential adverbs: the reporter passes on what they have not seen ("Apparently she was
#: disappointed"). Not epistemic "probably"/"perhaps": those are the reporter's own guess, no
#: hidden source.
#: Not "seemingly": it says how a thing looks to the writer ("the individual was seemingly eating
#: around the vital spots", "seemingly confirming that Swift was aware"), the writer's own
#: impression, as "it looks like" is; it stays a hedge cue in the features.
#: Not "evidently" either: it draws the writer's own conclusion from evidence at hand ("He was evidently
#: unharmed" after the livestream showed him rescued, "officials were evidently deaf as well as blind").
#: Readers judged 2 of 9 of its findings right on the judged news rounds (the marked tuning articles
#: kept 2 of its 3); it is an epistemic hedge cue (a feature).
EVIDENTIAL_ADVERBS = _words("apparently")

#: Verbs and adjectives of a mind's state: an evidential on "X forgot", "X understands", "X is
#: unaware" reads the person's mind for the reader (an insinuation), it stands in for no source.
MIND_VERBS = _words("forget understand realize realise know remember recognize recognise grasp")
MIND_ADJECTIVES = _words("unaware aware oblivious ignorant")

#: Verbs of appearance that, with an expletive "it" and a clause, hedge in the reporter's voice:
#: "it seems that", "it sounds like", "it appears that". Not "it looks like": a guess from what
#: the writer sees, not a claim passed on.
APPEARANCE_VERBS = _words("seem appear sound")

#: First-person verbs of learning: "we understand that", "we hear that", "I'm told".
LEARNING_VERBS = _words("understand hear learn gather")
FIRST_PERSON = _words("i we")

#: A whole population as the source: "everyone knows that", "everybody agrees".
UNIVERSAL_PRONOUNS = _words("everyone everybody")
COMMON_KNOWLEDGE_VERBS = _words("know agree understand realize realise")

#: Predicates of an expletive "it" that claim common knowledge: "it's no secret that", "it is
#: common knowledge that", "it is well known that".
SECRET_NOUNS = _words("secret knowledge")

#: Nouns for talk nobody owns: "rumors have circulated", "amid speculation that", "The buzz at CNN is that".
RUMOUR_NOUNS = _words("rumor rumour speculation whisper gossip chatter buzz")

#: Nouns for a charge or worry nobody owns: "there have been allegations of", "concerns have
#: grown that". Only with their content ("that ...", "of ...") and a verb of existence or spread.
ALLEGATION_NOUNS = _words("allegation accusation claim concern fear suggestion suspicion")

#: Of those, the worries: their "of"/"about" is a topic ("concern about hackers"), so only a
#: "that" clause gives them a claim.
WORRY_NOUNS = _words("concern fear")

#: Words of a legal process: an "allegedly" beside one has its accuser in the sentence ("was
#: arrested for allegedly breaking in", "charged with ... after allegedly striking").
LEGAL_PROCESS_LEMMAS = _words(
    """
    arrest charge indict accuse convict plead sue lawsuit complaint indictment prosecutor court
    trial investigation investigate police custody suspect jury judge testify impeach impeachment
    """
)

#: Verbs whose object is itself what the source claims or judges: "cite the statistic",
#: "describe such work as", "predict a landslide", "view Clinton unfavorably".
OBJECT_CLAIM_VERBS = _words(
    """
    cite describe predict estimate forecast view regard deem credit hail praise expect acknowledge
    admit concede confirm note
    """
)

#: Light-verb stances: "take issue with", "took this as proof that", "raised doubts about".
#: ``(verb lemma, object lemma)`` pairs whose subject is credited with a judgement.
STANCE_PHRASES = frozenset(
    {
        ("take", "issue"),
        ("take", "exception"),
        ("raise", "concern"),
        ("raise", "doubt"),
        ("raise", "question"),
        ("express", "concern"),
        ("express", "doubt"),
        ("voice", "concern"),
        ("voice", "doubt"),
        ("cast", "doubt"),
    }
)
#: "took this as proof that ...": evidence nouns after "take ... as".
PROOF_NOUNS = _words("proof evidence sign confirmation vindication")

#: Speech verbs whose object is the claim itself ("alleges violations", "denied the report"), so
#: the object is the speaker's content; not "cite", "quote" or "tell", whose object is a source
#: or a listener.
CLAIM_AS_OBJECT_VERBS = _words("allege claim deny confirm report predict acknowledge admit describe")

#: Objects that make a speech verb report a claim without a clause: "denied the allegations",
#: "confirmed the report". Other objects mean another sense ("denied bail", "report waste").
CLAIM_OBJECT_NOUNS = _words(
    """
    allegation accusation claim charge report rumor rumour story account statement idea notion
    theory view figure number estimate news fact detail plan decision move this that it what
    """
)

#: Nouns for an unowned report: "there are reports that", "reports have surfaced that".
REPORT_NOUNS = _words("report disclosure revelation leak")

#: Verbs of existence or spread that present such a noun as a fact: "rumors have circulated".
SPREAD_VERBS = _words("circulate swirl spread abound grow mount persist surface emerge fly arise linger")


#: Members of the public whose posts an article shows as reactions ("One person wrote, ...", "one
#: user affiliated with al-Qaeda tweeted: ...", "others praised the new mom").
PUBLIC_NOUNS = _words("user person fan follower commenter viewer reader other one someone")

#: Verbs that show a post or a reaction rather than pass on a claim.
REACTION_VERBS = _words("write tweet post comment reply react gush praise")

#: Violent happenings a group's verdict on is its reaction, not a claim ("Most other opponents of abortion
#: condemned the shooting"): nothing is asserted that could be checked. Not a plan or an announcement, whose
#: welcome is a stance ("environmentalists welcomed India's announcement ...", judged right).
EVENT_NOUNS = _words(
    """
    shooting killing attack bombing murder assassination massacre explosion blast violence death arrest
    incident tragedy
    """
)

#: Publications: "a magazine claimed", "a tabloid reported" name no publication anyone can look up.
PUBLICATION_NOUNS = _words("magazine newspaper tabloid outlet publication website")
