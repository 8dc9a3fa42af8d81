"""odd_phrasing 0.9.0's checks for slips read from the clause: a relative clause or an attribution
whose verb does not agree with its noun, an article before a pronoun, "'s" before a verb's -s form,
a verb left before "be", a closing quotation mark glued on as an opening one, and an opening single mark
for the apostrophe of a shortened year ("the ‘90s"). Each is tested
with real sentences it finds and real sentences it must leave alone (source ids in the comments;
corpora in ../shared/data)."""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline


def found(text: str) -> list[tuple[str, str]]:
    """(check, text) of every slip finding (loaded language left out)."""
    return [(f.check, f.text) for f in run_signal(OddPhrasing(), text).findings if not f.check.startswith("loaded")]


FOUND = [
    # a relative pronoun takes the number of its noun (buzzfeed_webis_2016:0830)
    (
        "The only thing that matters to them is the justification for rioting and the race-baiting tactics "
        "that keeps black people and white people at odds for political gain.",
        ("subject_verb_agreement", "tactics that keeps"),
    ),
    # an attribution after a quotation (fakenewsnet_politifact_defend:politifact13305, a credible article)
    (
        '"Southeast Asian heroin is now rarely detected in U.S. markets," the report state. "Mexico and, to a '
        'lesser extent, Colombia dominate the U.S. heroin market."',
        ("subject_verb_agreement", "the report state"),
    ),
    # an article before a possessive or a personal pronoun (celebrity:legit/045legit.txt, a credible article)
    (
        "The campaign comes just weeks after the his relationship with popstrel imploded.",
        ("doubled_word", "the his"),
    ),
    (
        "In one picture The Night Manager star is seen in a languid repose on a green sofa, staring off into the "
        "distance as if a he was a million miles.",
        ("doubled_word", "a he"),
    ),
    # "'s" and a verb's -s form (fakenewsnet_politifact_defend:politifact13477, a credible op-ed)
    (
        "But he’s seems to be okay with your son or daughter dying wherever his neoconservative impulse leads us.",
        ("verb_form", "he’s seems"),
    ),
    # a verb left before "be" (fakenewsnet_politifact_defend:politifact14222)
    (
        "Maxine Waters (D-CA) is one of the most unpleasant people to ever hold be a public servant.",
        ("verb_form", "hold be"),
    ),
    # a closing mark glued on as an opening one (fakenewsnet_politifact_defend:politifact15540)
    (
        "When they got to the patio Wilkerson told her the restaurant had”certain criteria” like a guideline.",
        ("wrong_way_quote", "had”certain"),
    ),
    # an opening mark closing a quotation before punctuation (celebrity:fake/152fake.txt)
    (
        "Tom Hiddleston was shocked to learn that Taylor Swift dropped some bars about their relationship on her "
        "new album, “Reputation“. But, come on, Tom.",
        ("wrong_way_quote", "“Reputation“"),
    ),
]


FOUND += [
    # a plural subject whose noun also has a mass reading (fakenewsnet_politifact_defend:politifact14222;
    # polnear:wash-post_2016-04-28_with-woman-s-card-trump-escalate, a credible article)
    (
        "She has even had to admit that no facts exists to condemn the White House for.",
        ("subject_verb_agreement", "facts exists"),
    ),
    (
        "But Trump's successes in winning Republican women has not translated to popularity with women.",
        ("subject_verb_agreement", "successes in winning Republican women has"),
    ),
    # fakenewsnet_politifact_defend:politifact13477 (a credible op-ed)
    (
        "The true statesmen realizes, with reluctance, that war is sometimes necessary.",
        ("subject_verb_agreement", "statesmen realizes"),
    ),
    # a name's possessive without its "s" (buzzfeed_webis_2016:0452, a credible article; buzzfeed_webis_2016:0781)
    (
        "Trump fired back, undercutting the zing of Rubio' line. Clinton can expect a similar attack.",
        ("missing_apostrophe", "Rubio' line"),
    ),
    (
        "Clinton’ campaign has a notable and widely publicized issue with transparency and honesty.",
        ("missing_apostrophe", "Clinton’ campaign"),
    ),
    # people in the plural and their relatives (buzzfeed_webis_2016:0771)
    (
        "The President should have made a speech Saturday to give solace to the victims families and communities.",
        ("missing_apostrophe", "victims families"),
    ),
    # after a verb or a preposition, and with minds, health, concerns (buzzfeed_webis_2016:0844, 0786, 0383; fa_kes)
    (
        "The candidates have less and less time to change voters minds.",
        ("missing_apostrophe", "voters minds"),
    ),
    (
        "I don’t recall in any Presidential election where the candidates health was headline news almost every day.",
        ("missing_apostrophe", "candidates health"),
    ),
    (
        "Johnson punched Thompson in the face several times, according to witnesses descriptions of the scuffle.",
        ("missing_apostrophe", "witnesses descriptions"),
    ),
    (
        "Volunteer medics used firehoses to wash the chemicals from victims bodies.",
        ("missing_apostrophe", "victims bodies"),
    ),
    # a relative capitalised after a possessive (buzzfeed_webis_2016:0817; ..._defend:politifact15540)
    (
        "The two teen girls, both about 100 lbs each, and their Mother encountered a group of terrible people.",
        ("stray_capital", "Mother"),
    ),
    (
        "Press Secretary Sarah Sanders, together with her Husband along with six other friends, decided to go out.",
        ("stray_capital", "Husband"),
    ),
    # an object pronoun as a coordinated subject (celebrity:legit/045legit.txt, a credible article)
    (
        "When asked at the Emmy Awards last week if him and Taylor had remained on friendly terms since the split "
        "he replied yes.",
        ("pronoun_case", "him and Taylor"),
    ),
]

FOUND += [
    # "to" for "too" (buzzfeed_webis_2016:0781)
    (
        "While a sinus infection certainly is nothing to serious the major problem people have is with her dishonesty.",
        ("confusable", "to serious"),
    ),
    # plural subjects read from fresh fakes (buzzfeed_webis_2016:0865; fakenewsnet_politifact_defend:politifact15604)
    (
        "He praised the depth of her experience and said that her relationships with foreign leaders is unmatched.",
        ("subject_verb_agreement", "relationships with foreign leaders is"),
    ),
    (
        "NASA says the experiments is designed to achieve three things.",
        ("subject_verb_agreement", "experiments is"),
    ),
    # buzzfeed_webis_2016:0997, a credible article
    (
        "And worries about Burr in Washington strategy rooms is nothing new.",
        ("subject_verb_agreement", "worries about Burr in Washington strategy rooms is"),
    ),
    # "it's" for "its" after a verb that takes a noun object (fakenewsnet_old_politifact:PolitiFact_Fake_53)
    (
        "The school has been given an ultimatum to reduce it’s number of white teachers.",
        ("missing_apostrophe", "it’s number"),
    ),
    # after a preposition, with the possessive's noun (fakenewsamt; "all of it's cars")
    ("All of it's cars are electric.", ("missing_apostrophe", "it's cars")),
    # read blind on credible articles (polnear:politico_2016-02-19_more-hillary-clinton-emails-rele;
    # buzzfeed_webis_2016:0003; buzzfeed_webis_2016:0535)
    (
        "There was the furor over the Clinton email setup which generate the very messages.",
        ("subject_verb_agreement", "setup which generate"),
    ),
    (
        "The incident have put residents, police and others on edge.",
        ("subject_verb_agreement", "incident have"),
    ),
    # a singular (mass) subject with a plural verb (fakenewsnet_politifact_defend:politifact15304)
    (
        "Not-so-fun fact: Most horse meat come from horse owners who decide to sell.",
        ("subject_verb_agreement", "meat come"),
    ),
    # an opening single mark for a shortened year's apostrophe (fakenewsnet_politifact_defend:politifact15147,
    # buzzfeed_webis_2016, a credible profile)
    (
        "Back in the ‘90’s he wrote a letter that besmirched the Russian currency.",
        ("wrong_way_quote", "‘90’s"),
    ),
    (
        "The veteran GOP operative worked as deputy press secretary to Reagan-Bush ‘84, as press secretary to "
        "Jack Kemp in Congress.",
        ("wrong_way_quote", "‘84"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[f[1][1] for f in FOUND])
def test_clause_slip_found(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


NOT_FOUND = [
    # the relative clause may belong to the noun the prepositional phrase hangs on
    # fakenewsamt:legit/polit11.legit.txt
    "Cities like Los Angeles, Chicago and Philadelphia that have policies in place that limit cooperation.",
    "The reminders will go out to those on the social network who are 18 and up.",  # buzzfeed_webis_2016:1175
    # polnear:nyt_2016-08-02_how-an-aide-to-trump-held-sway-i
    "Russia was annexing Crimea and fomenting a war in two other provinces that continues.",
    # polnear:nyt_2016-06-15_global-sympathy-but-very-little-
    "It was again demonstrating an easy access to assault weapons that stupefies much of the rest of the world.",
    # a coordinated antecedent is plural (polnear:wash-post_2015-12-23_as-spotlight-shines-on-trump-and)
    "Today, it is Trump and the chaotic Republican race that have captured the country's attention.",
    # a partitive takes the number of what it counts (fakenewsamt:legit/edu22.legit.txt)
    "And the percentage who think so has grown.",
    # "one of the people who has": either noun may be meant
    "He is one of the few people who has read the whole report.",
    # attributions that agree, and a compound noun after a quotation
    '"It could be catastrophic for the nation," the board writes.',  # buzzfeed_webis_2016:1178
    '"We do not understand," the two write.',  # polnear:politico_2016-07-11_republicans-ask-doj-to-investiga
    '"It was wrong," the sign read.',
    # pronouns named rather than used
    "It was a he-said, she-said fight over the his and hers towels.",
    # "'s" + a plural noun, "'s" + a participle
    "You turn on the TV and there’s riots in Charlotte.",  # buzzfeed_webis_2016:1151
    "He's made us look stupid.",  # buzzfeed_webis_2016:1229
    # verbs that do stand before a bare "be"
    "It means a lot to me to not be quiet about it.",  # buzzfeed_webis_2016:0773
    "We want to help be a voice for them.",
    # a gerund clause as the subject (buzzfeed_webis_2016:1068)
    "Campaign employees being paid severance for so long after their departures is unusual.",
    # two nouns the parse reads as a subject and its verb (buzzfeed_webis_2016:1107)
    "Whether Justice will win, however, remains an open question, double-digit poll lead notwithstanding.",
    # "it's" that is "it is": a clause after "think", a cleft
    "I think it's cars that matter most to voters.",
    # a noun after "since" the parse made the subject (buzzfeed_webis_2016:1165)
    "Demonstrations in Tulsa since Crutcher's death have been consistently peaceful.",
    # singular in form, plural in meaning
    "The elite have always looked after their own.",
    # nouns in -s that take a singular verb
    "Politics is a hard game and economics is harder.",
    # a second relative clause that belongs to the first noun (buzzfeed_webis_2016:1262)
    "So a man who has principles who says there are lines I will not cross is a man to respect.",
    # "US" is the country, not "us"; "let" takes an object (buzzfeed_webis_2016:0345)
    "ISIS might try to use chemical weapons as US and Iraqi forces push towards Mosul.",
    "They let him and his wife go.",
    # a title in single quotation marks, and a descriptive plural before a noun (buzzfeed_webis_2016:1003, :1159)
    "Last week, Scarborough and his ‘Morning Joe’ co-host criticised the plan.",
    "These types of robots could potentially save police lives by removing humans from danger.",
    # "Mother's Day", the religious "our Father"
    "She posted her Mother's Day message and said our Father in heaven would understand.",
    # "of it" is whole after a quantifier: "'s" is "is" (celebrity:fake/144fake.txt)
    '"None of it\'s easy," she continued.',
    # "be to" + a verb, an infinitive after "be" (buzzfeed_webis_2016:1212; polnear:usa-today_2016-11-07_step-plan-..)
    "He is to blame.",
    "You need to understand who Sechin is to even ask this question.",
    '"The idea is to not escalate the conflict," he said.',
    # verbs that take "of", and "of" after a noun (polnear:nyt_2016-03-23_attacks-renew-bitter-debate-on-m)
    "Another user, Roland Z, wrote of Ms. Merkel: she has failed.",
    "The army staged a show of force. And remember the iconic selfie taken of the Pope inside.",
    # a closing mark glued to the next word, with an opening mark next
    "In prior debates nicknames like “Lyin’ Ted”and “Little Marco” were common.",  # buzzfeed_webis_2016:0835
    # a first name NER misses in a short aside, used as a name earlier (buzzfeed_webis_2016:0565)
    "Dolly Kyle has written a book about the Clintons. When Hillary arrived in Arkansas, Dolly writes, she looked "
    "down her nose at her neighbours.",
]


NOT_FOUND += [
    # people as the first of two objects (polnear; fakenewsnet_politifact_defend, credible)
    "That implied he was not providing his employees health insurance.",
    "Businesses will be required to either offer their workers health care, or chip in to help cover the costs.",
    "If some businesses don't provide workers health care, it forces the rest of us to pay.",
    "The plan would save taxpayers money and give voters jobs.",
    # a single quotation that opens with a number (buzzfeed_webis_2016, credible)
    "He had an effective refrain of slamming Clinton’s ‘30 years’ of nothing, which resonated with voters.",
    "Marino wrote that the proposed ‘lane realignment’ was one of Mr. Wildstein’s ‘50 crazy ideas,’ in the letter.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_clause_slip_not_found(text: str) -> None:
    assert found(text) == []
