"""Fixed phrases written wrong, read off the raw text: "en mass" (en masse), "in awhile" (in a while),
"could of" (could have), "a 74-year old man" (74-year-old), "hung himself" (hanged), "sneak peak".

Each pattern is a form no style guide accepts, so a match is a slip wherever it stands (except
inside a longer word or name, which the word boundaries and case rules keep out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from scorer import Finding

from .encoding import apostrophes_stripped

_NUMBER_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundred)"
)

#: Month names that are no other word, in lower case.
_MONTHS = ("january", "february", "april", "june", "july", "september", "october", "november", "december")

#: (words one of which must be in the text, pattern, the phrase as it should be); matched without regard
#: to case. The words let a text skip every pattern it cannot match at the cost of a substring test.
#: "could of", "might of" ...: a modal for "have".
_MODAL_OF_PATTERN = r"\b(?:could|would|should|must|might)(?:n['’]t)? of\b(?! course)"
_WRITTEN: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("en mass",), r"\ben mass\b", "'en masse'"),
    (("awhile",), r"\bin awhile\b", "'in a while'"),
    (
        ("ld of", "ldn't of", "ldn’t of", "st of", "ht of"),
        _MODAL_OF_PATTERN,
        "'could have', 'would have' ...",
    ),
    (("sneak peak",), r"\bsneak peak\b", "'sneak peek'"),
    (("intensive purposes",), r"\bfor all intensive purposes\b", "'for all intents and purposes'"),
    (("the line", "party line"), r"\b(?:tow|towed|towing|tows) the (?:party )?line\b", "'toe the line'"),
    (("baited",), r"\bbaited breath\b", "'bated breath'"),
    (("seeded",), r"\bdeep[- ]seeded\b", "'deep-seated'"),
    (("havoc",), r"\bwreck(?:s|ed|ing)? havoc\b", "'wreak havoc'"),
    (("case and point",), r"\bcase and point\b", "'case in point'"),
    (("one in the same",), r"\bone in the same\b", "'one and the same'"),
    (("statue of",), r"\bstatue of limitations\b", "'statute of limitations'"),
    (("per say",), r"\bper say\b", "'per se'"),
    (("the butt",), r"\bnip (?:it|this|that) in the butt\b", "'nip it in the bud'"),
    (("mute point",), r"\bmute point\b", "'moot point'"),
    (("shoe-in",), r"\bshoe-in\b", "'shoo-in'"),
    (("peaked",), r"\bpeaked (?:my|his|her|their|our|your) (?:interest|curiosity)\b", "'piqued'"),
    (("escape goat",), r"\bescape goat\b", "'scapegoat'"),
    (("free reign",), r"\bfree reign\b", "'free rein'"),
    (("irregardless",), r"\birregardless\b", "'regardless'"),
    # lower-case "alot" is the joined-words check's (joined_words.py), which leaves capitals alone
    (("alot",), r"(?-i:\bAlot\b)", "'a lot'"),
    (("slight of hand",), r"\bslight of hand\b", "'sleight of hand'"),
    (("other that",), r"\b(?:any|no|some|every)thing other that\b", "'other than'"),
    # "in three hours time": the time of three hours, a plural possessive ("three hours' time")
    (
        (" time",),
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|few) "
        r"(?:hours|days|weeks|months|years) time\b",
        "a plural possessive ('three hours' time')",
    ),
    (("suppose to",), r"\b(?:is|was|are|were|be|am|['’]s|['’]re) suppose to\b", "'supposed to'"),
    (
        ("-year old", "-month old", "-week old", "-day old"),
        r"(?<![-\w])\d+-(?:year|month|week|day) old\b",
        "hyphenated throughout ('74-year-old')",
    ),
    # "the 21 year-old", "a 10 year old boy": an age before a noun (or standing for one) is one compound
    # adjective; "10 years old" is the predicate form, so a singular unit after a number above one is
    # always the compound missing its hyphens ("1 year old" is left alone: "the baby is 1 year old").
    (
        (" year-old", " month-old", " week-old", " year old", " month old", " week old"),
        r"(?<![-\w.,$])(?:[2-9]|[1-9]\d+|" + _NUMBER_WORDS + r") (?:year|month|week)(?:-| )old\b",
        "one compound adjective, hyphenated throughout ('21-year-old')",
    ),
    # "Fifty % of voters": a sign belongs after figures, a number word takes the word ("Fifty percent").
    (("%",), r"\b" + _NUMBER_WORDS + r" ?%", "a number word takes 'percent', the sign goes after figures"),
    # "its a shame", "your the best": the contraction written as the possessive (a possessive cannot
    # stand before an article, "not" or "been", nor before a pronoun, "what", "because", "too" or "also":
    # "oppressed, its anyone who"; hyphenated compounds "its not-for-profit arm" excepted; not "us", which
    # the case-blind match would take from "its US dollar revenue").
    (
        ("its ",),
        r"\bits (?:a|an|the|been|not(?! (?:having|being)\b)|anyone|everyone|someone|nobody|him|them|me|you|what"
        r"|because|too|also)\b(?![-\w])",
        "'it's' (it is, it has)",
    ),
    # not a possessive before a gerund: "the point about your not having been", "its not being ready"
    (("your ",), r"\byour (?:a|an|the|not(?! (?:having|being)\b))\b(?![-\w])", "'you're' (you are)"),
    (("re own",), r"\byou['’]re own\b", "'your own'"),
    # Idioms and set terms with one word swapped for a near-homophone or dropped, as usage guides list
    # them (eggcorns and malapropisms): no reading of the words as written makes sense.
    (("voter role",), r"\bvoter roles?\b(?!-)", "'voter rolls' (the register of voters)"),
    (("track",), r"\b(?:respiratory|digestive|urinary|intestinal|gastrointestinal) track\b", "'tract'"),
    (("teeth",), r"\b(?:lie|lies|lied|lying) though (?:his|her|their|my|your|our) teeth\b", "'through'"),
    (("sink it",), r"\blet (?:that|this|it) sink it\b", "'let that sink in'"),
    (("as result of",), r"\bas result of\b", "'as a result of'"),
    (("gun point",), r"\bat gun point\b", "'at gunpoint'"),
    (("fuzz",), r"\b(?:make|makes|made|making) (?:a )?(?:big |huge )?fuzz\b", "'a fuss'"),
    (("tongue and cheek",), r"\btongue and cheek\b", "'tongue-in-cheek'"),
    (("beckon call",), r"\bbeckon call\b", "'beck and call'"),
    (("hunger pains",), r"\bhunger pains\b", "'hunger pangs'"),
    (("make due",), r"\bmake due\b", "'make do'"),
    (("by in large",), r"\bby in large\b", "'by and large'"),
    (("appetite",), r"\bwet (?:your|my|his|her|their|our|the) appetite\b", "'whet'"),
    (("bare with",), r"\bbare with (?:me|us)\b", "'bear with me'"),
    # "are'nt", "does'nt": the apostrophe stands where the letter dropped from "not" was ("aren't").
    (
        ("'nt", "’nt"),
        r"\b(?:are|is|was|were|do|does|did|has|have|had|could|would|should|must|need|might)['’]nt\b",
        "'n't' with the apostrophe for the dropped 'o' ('aren't', 'doesn't')",
    ),
    (("the isle",), r"\b(?:walk(?:s|ed|ing)?|down) (?:down )?the isle\b", "'aisle' (the passage between seats)"),
    # "Lets hope", "Lets face it": a sentence opening with the verb "lets" is the imperative "let's"
    (("lets ",), r"(?-i:(?:^|(?<=[.!?] )|(?<=[“\"‘']))Lets(?= [a-z]))", "'let's' (let us)"),
    # "Their is no denying": a possessive determiner cannot stand before a verb; "there" was meant.
    (("their ",), r"\btheir (?:is|are|was|were)\b", "'there is', 'there are' ... ('their' is the possessive)"),
    # "on february 2017", "june 12": a month's name is a proper noun. Months that are also common words
    # ("march", "may", "august") are left out.
    (
        _MONTHS,
        r"(?-i:(?<![-/\w.@#])(?:" + "|".join(_MONTHS) + r")(?= \d{1,2}(?:st|nd|rd|th)?\b| \d{4}\b)"
        r"|(?<=\d )(?:" + "|".join(_MONTHS) + r")\b(?![-/]))",
        "a month's name, which takes a capital ('February 2017')",
    ),
)
#: Word choices a speaker makes aloud ("he hung himself", "all the sudden", "wrestle control"): inside a
#: quotation they are the speaker's. A spelling ("voter roles", "respiratory track") is the transcriber's.
SAID_ALOUD: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("hung ", "hangs "), r"\b(?:hung|hangs) (?:him|her|them|my|your|it)sel(?:f|ves)\b", "'hanged' (of a person)"),
    (
        ("the sudden",),
        # "all of a sudden"; "all the sudden changes" (an adjective before its noun) is left alone
        r"\ball the sudden\b(?=\s*(?:[,.;:!?\u2014\u2013]|$|(?-i:[A-Z])|(?:with|then|he|she|it|they|we|you|i|"
        r"there|the|a|an|this|that|his|her|their|our|my)\b))",
        "'all of a sudden'",
    ),
    (("of the sudden",), r"\ball of the sudden\b", "'all of a sudden'"),
    (
        ("diffus",),
        r"\bdiffus(?:e|es|ed|ing) (?:the |a )?(?:situation|tensions?|crisis|standoff)\b",
        "'defuse' (make harmless)",
    ),
    (("without abandon",), r"\bwithout abandon\b", "'with abandon'"),
    (("day and day out",), r"\bday and day out\b", "'day in and day out'"),
    (("worse possible",), r"\b(?:the|a) worse possible\b", "'the worst possible'"),
    (("into hard times",), r"\b(?:fall|falls|fell|fallen|falling) into hard times\b", "'fall on hard times'"),
    (("control",), r"\bwrestl(?:e|es|ed|ing) control\b", "'wrest control'"),
    (("harms way",), r"\bharms way\b", "'harm's way'"),
    (("lose",), r"\b(?:break|breaks|breaking|broke|broken) lose\b", "'break loose'"),
    (("with help of",), r"\bwith help of\b", "'with the help of'"),
    (("no where",), r"\bno where\b(?!\s*(?:to|near)\b)", "'nowhere'"),
    (("petersberg",), r"(?-i:\bSt\.? Petersberg\b)", "'St. Petersburg'"),
    (("each another",), r"\beach another\b", "'each other' or 'one another'"),
    (("stock and trade",), r"\bstock and trade\b", "'stock in trade'"),
    # "over 30 years worth of tax returns": the worth of thirty years, a plural possessive
    (
        (" worth",),
        rf"\b(?:\d+|{_NUMBER_WORDS}|several|a few|few) (?:minutes|hours|days|weeks|months|years) worth\b",
        "a plural possessive ('three years' worth')",
    ),
    # "Neither Minaj or Rihanna were at the wedding": "neither" pairs with "nor" (not "neither of them ... or")
    (("neither",), r"\bneither\s(?:(?!(?:nor|of|[Oo]r)\b)[\w.’'-]+\s){1,4}or\b", "'neither ... nor'"),
    # "as long we call the good guys deplorable": the conjunction is "as long as"
    (("as long ",), r"\bas long (?:we|you|they|he|she|it)\b", "'as long as'"),
    # "spends twice as much per capita on healthcare than in Denmark": "as much" compares with "as"
    (
        ("as much", "as many"),
        r"\bas (?:much|many)\s(?:(?!(?:as|or|if|and|but)\b)[\w’'-]+\s){0,5}than\b",
        "'as much as' / 'as many as', or 'more than'",
    ),
)
#: Every fixed phrase written wrong, with (words one of which must be in the text, pattern, the phrase as it
#: should be).
MISUSED = _WRITTEN + SAID_ALOUD
_SPOKEN = [re.compile(p, re.IGNORECASE) for _, p, _ in SAID_ALOUD]


def said_aloud(phrase: str) -> bool:
    """Whether a misused phrase is a spoken word choice rather than a spelling ("en mass")."""
    return any(p.search(phrase) for p in _SPOKEN)


_PATTERNS = [(triggers, re.compile(p, re.IGNORECASE), fix) for triggers, p, fix in MISUSED]
#: Slips that are a missing apostrophe ("its a shame", "your the best", "Lets hope"): in a text whose
#: apostrophes were stripped on collection ("didnt", "Syrias") the writer made no slip.
_APOSTROPHE_TRIGGERS = frozenset({("its ",), ("your ",), ("lets ",)})


#: "the most richest", "any more weirder": "most"/"more" before an adjective already compared.
#: "most" only before a superlative ("most older people" is the quantifier), "more" only before a
#: comparative that ends its phrase ("more older Americans are working" is the quantifier too).
_DOUBLE_COMPARISON = re.compile(
    r"\bmost ([a-z]+est)\b|\bmore ([a-z]+er)\b(?=\s*(?:[,.;:!?)\u2014\u2013]|than\b|$))", re.IGNORECASE
)


def find_double_comparisons(text: str) -> Iterator[Finding]:
    """Yield a finding for "most"/"more" + a superlative or comparative form ("the most ugliest crimes",
    "any more weirder"): a word lemminflect knows only as an adjective's inflection ("richest" ->
    "rich"), not one that is its own base ("honest", "modest", "clever"), nor one that may be an adverb,
    noun or verb ("earlier", "order", "protest")."""
    for m in _DOUBLE_COMPARISON.finditer(text):
        compared = m.group(1) or m.group(2)
        word = compared.lower()
        lemmas = getAllLemmas(word)
        adjective = lemmas.get("ADJ", ())
        if not adjective or word in adjective or set(lemmas) != {"ADJ"}:
            continue
        yield Finding(
            start=m.start(),
            end=m.end(),
            message=f"'{m.group()}': '{compared}' is already compared; drop '{m.group().split()[0]}'",
            severity=0.5,
        )


#: What follows "might of" when the modal's word is a noun ("the full might of the government", "a must of the
#: season"): a determiner or a possessive, not a participle ("might of been").
_DETERMINER_NEXT = re.compile(r"\s+(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\b", re.IGNORECASE)


def find_misused_phrases(text: str) -> Iterator[Finding]:
    """Yield a finding for each fixed phrase written wrong (see ``MISUSED``); not the missing-apostrophe ones in
    a text whose apostrophes were stripped on collection."""
    low = text.lower()
    stripped = apostrophes_stripped(text)
    for triggers, pattern, fix in _PATTERNS:
        if not any(t in low for t in triggers) or (stripped and triggers in _APOSTROPHE_TRIGGERS):
            continue
        for m in pattern.finditer(text):
            if pattern.pattern == _MODAL_OF_PATTERN and _DETERMINER_NEXT.match(text, m.end()):
                continue  # "the full might of the government machine": the modal's word as a noun, then its owner
            yield Finding(
                start=m.start(),
                end=m.end(),
                message=f"'{m.group()}' is a slip: the phrase is {fix}",
                severity=0.5,
            )
