"""Judged rounds forty-eight and forty-nine (seeds 4020 and 4021, docs/accuracy.md): 120 wire and newspaper reports of
1989-1998 from TempEval-3's training documents (``judged_rounds.py draw --wire 60``), credible copy from another
decade and other desks than every corpus the rules were read against, on the code of hedged_sourcing 0.33.25 and
odd_phrasing 0.39.24; 130 of 165 findings right as judged (hedged_sourcing 116/141, odd_phrasing 13/23,
internal_contradiction 1/1). Fixed after them (hedged_sourcing 0.33.26, odd_phrasing 0.39.25), each beside a
passage the same rule must keep:

- a group's verdict on a violent happening ("Most other opponents of abortion, however, condemned the shooting"),
  an assault on a place ("Al-Qaeda loyalists attacked a mainly Kurdish town", judged wrong in round forty-seven), a
  decision on a proposal in the passive ("the purchase, subsequently rejected by regulators");
- a passive whose own phrase names the document or law ("was described in the filing as" after "In a Securities
  and Exchange Commission filing"; "Under the statute, a child ... is automatically considered a U.S. citizen"); a
  newspaper named in the next sentence ("a newspaper reported Friday" ... "said Uhuru, ..., a Swahili newspaper");
  a broadcast's "Finally today, we learned that";
- odd_phrasing: a name whose apostrophe drops a "g" ("Dunkin' has set"), "bugless", a lower-case particle inside a
  name ("President Daniel arap Moi"), "have catching up to do", a subject cut off by old wire copy's "_" dash ("helped
  his son _ Elian's father _ get a job"), a plural noun before a particle ("a nearby flight calls in"), a charged
  word inside what callers were "lambasting" someone for.

Left alone, judged wrong: an unnamed group's own plan or ability ("Elian's relatives in Miami have indicated they
plan to appeal", "..., saying they could provide him with a better life": four in three reports of one story; a
rule for it also dropped "many diehard Sanders supporters ... say they'll shift their support to Stein", judged
right, and findings the blind sets' readers marked); "Investors and analysts applauded the news" (a welcome of news
or an announcement is a stance: "environmentalists welcomed India's announcement", judged right); "INS agents
traveled to Cuba ..., saying" (a "saying" the parse hung on the wrong verb; "Border Patrol agents" are judged a
vague source); the lede's summary sourced paragraphs later ("Soviet officials also said"); "Some had predicted
earnings" after "Securities analysts were even more cautious"; "the Bay of Pigs fiasco" (the event's name);
"Thrift officials said" (the thrift the story is about); "residents who said they opposed abortion".
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from odd_cases import found_by

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

LEFT_ALONE = [
    (  # (tempeval3:NYT19981025.0216, judged wrong)
        "``We as Christians have a responsibility to protect the innocent from being murdered,'' Spitz said.\n\n"
        "Most other opponents of abortion, however, condemned the shooting and abortion.",
        "Most other opponents",
    ),
    (  # (fa_kes:1965511109, judged wrong in round forty-seven)
        "Al-Qaeda loyalists attacked a mainly Kurdish town in northeastern Syria sparking fighting in which 17 "
        "people were killed two of them ambulance crew a watchdog said on Saturday.",
        "Al-Qaeda loyalists",
    ),
    (  # (tempeval3:wsj_0938, judged wrong)
        "Mr. Drabinsky, who would have had the right to vote those shares for two years, said the purchase, "
        "subsequently rejected by regulators, was aimed at consolidating his control of the company.",
        "regulators",
    ),
    (  # (tempeval3:wsj_0791, judged wrong)
        "In a Securities and Exchange Commission filing, Norwood said it's part of a group that holds 525,546 "
        "Phoenix Technologies common shares, or a 5.3% stake. Also involved in the group is Robert F. Angelo, "
        "formerly Phoenix's senior vice president, field operations, who left Phoenix at the beginning of October. "
        "Mr. Angelo was described in the filing as a consultant to Oasis.",
        "was described",
    ),
    (  # (tempeval3:NYT19980424.0421, judged wrong)
        "By a 6-3 vote, the court upheld a discriminatory immigration law. Under the statute, a child born abroad "
        "to an unwed American mother is automatically considered a U.S. citizen.",
        "considered",
    ),
    (  # (tempeval3:APW19980911.0475, judged wrong)
        "Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI and police in connection of the "
        "bombing of two U.S. embassies in East Africa last month, a newspaper reported Friday.\n\nImmigration "
        "officials escorted the Libyan, Atif Issa Enhamed, to the airport and put him on a flight to an undisclosed "
        "Middle East destination, said Uhuru, or Freedom, a Swahili newspaper owned by the ruling Chama Cha "
        "Mapinduzi party.",
        "a newspaper reported",
    ),
    (  # (tempeval3:ABC19980304.1830.1636, judged wrong)
        "Finally today, we learned that the space agency has finally taken a giant leap forward. Air Force "
        "Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle Columbia.",
        "we learned",
    ),
]

STILL_FOUND = [
    (  # a group's welcome of a plan is a stance (polnear_train:nyt_2016-08-31_the-human-face-of-coal-power, judged
        # right)
        "While environmentalists welcomed India's announcement last year that it would increase investment in solar "
        "energy, they were less pleased by its plans to triple coal production from 2013 to 2020.",
        "environmentalists",
    ),
    (  # a group's plan that says what others will get (polnear_train:usa-today_2016-07-27_clinton-still-faces-a-
        # spoiler-in, judged right): no rule reads a group's own plan as sourced
        "But many diehard Sanders supporters who came to Philadelphia to protest this week's convention say they'll "
        "shift their support to Stein unless Sanders disavows the endorsement he gave Clinton.",
        "many diehard Sanders supporters",
    ),
    (  # unnamed agents of a named agency (polnear_train:nyt_2016-09-03_as-trump-demands-wall-smugglers-, judged right)
        "Tunnels are so numerous in the Nogales area that Border Patrol agents described the ground underneath the "
        "city as ''Swiss cheese.''",
        "Border Patrol agents",
    ),
    (  # a verdict on a plan, not a happening (buzzfeed_webis_2016, judged right)
        "Critics of the program questioned its constitutionality.",
        "Critics",
    ),
    (  # a passive judgement with an agent that decides nothing (judged right)
        "That dialogue -- about race, about refugees and about immigrants -- has been harshly criticized by Clinton "
        "and Trump detractors as racist, but Trump countered that it has been the driving force behind his success.",
        "detractors",
    ),
    ("Mr. Angelo was described in the filing as a consultant to Oasis.", "was described"),  # no filing before
    (  # a newspaper the next sentence does not name
        "Tanzania expelled five Iraqis and a Libyan, a newspaper reported Friday. The expulsions were ordered "
        "last week.",
        "a newspaper reported",
    ),
    (  # (models/training, marked)
        "We've learned EXCLUSIVELY that Taylor believes Selena never listens to her.",
        "We've learned",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)


def test_a_name_whose_apostrophe_drops_a_g_keeps_it() -> None:
    # (tempeval3:wsj_0159, judged wrong three times)
    text = (
        "DD Acquisition Corp. extended to Nov. 20 its $45-a-share offer for all Dunkin' Donuts Inc. shares "
        "outstanding.\n\nThe offer is conditional on 50.1% of Dunkin' common shares, on a fully diluted basis, being "
        "tendered. Dunkin' has set Nov. 10 as the deadline for the receipt of any competing bids. Dunkin' is based "
        "in Randolph, Mass."
    )
    assert found_by("missing_apostrophe", text) == []


def test_a_possessive_cut_before_its_s_is_still_found() -> None:
    text = "Clinton’ campaign has a notable and widely publicized issue with transparency and honesty."
    assert found_by("missing_apostrophe", text) == ["Clinton’ campaign"]


def test_a_word_and_its_less_is_no_lost_apostrophe() -> None:
    # (tempeval3:wsj_0781, judged wrong)
    text = "Intel said it had corrected the problems and would start producing bugless chips next week."
    assert found_by("missing_apostrophe", text) == []


def test_a_lower_case_particle_inside_a_name_is_no_misspelling() -> None:
    # (tempeval3:APW19980818.0515, judged wrong)
    text = (
        "She was scheduled to lay flowers at the bombed embassy and meet with President Daniel arap Moi in a "
        "five-hour visit before returning home."
    )
    assert found_by("misspelling", text) == []


def test_a_misspelling_between_ordinary_words_is_still_found() -> None:
    text = "The tax bill will be paid by the residents of Pennslyvania who were never asked about the plan."
    assert found_by("misspelling", text) == ["Pennslyvania"]


def test_have_with_a_gerund_to_do_is_no_verb_form_slip() -> None:
    # (tempeval3:ABC19980304.1830.1636, judged wrong)
    text = (
        "Many NASA watchers say female astronauts have become part of the agency's routine. But they still have "
        "catching up to do."
    )
    assert found_by("verb_form", text) == []


def test_have_before_an_ing_form_is_still_found() -> None:
    assert found_by("verb_form", "They have already attending weddings in the spring.") == ["have already attending"]


def test_a_subject_cut_off_by_a_wire_dash_is_no_disagreement() -> None:
    # (tempeval3:NYT20000224.0173, judged wrong)
    text = (
        "He worked as a police officer in a Cuban ministry, a position that probably helped his son _ Elian's father "
        "_ get a job in the Communist island's increasingly lucrative tourism industry."
    )
    assert found_by("subject_verb_agreement", text) == []


def test_a_plural_before_a_particle_is_the_verb() -> None:
    # (tempeval3:ABC19980114.1830.0611, judged wrong)
    text = "But a minute and a half later, a pilot from a nearby flight calls in."
    assert found_by("determiner_noun_agreement", text) == []


def test_a_plural_after_a_still_disagrees() -> None:
    text = "The FBI opened a criminal investigations into the matter."
    assert found_by("determiner_noun_agreement", text) == ["a criminal investigations"]


def test_a_charged_word_in_what_callers_lambast_is_theirs() -> None:
    # (tempeval3:NYT20000224.0173, judged wrong)
    text = (
        "His sincerity didn't stop the talk on Little Havana's streets or on Miami's ubiquitous Spanish-language "
        "radio stations, which buzzed with callers lambasting Gonzalez for playing into the hands of a tyrant."
    )
    assert found_by("loaded_word", text) == []


def test_the_same_charged_word_in_the_writers_own_sentence_is_still_found() -> None:
    text = "The tyrant who rules Cuba has kept the boy's father on a short leash."
    assert found_by("loaded_word", text) == ["tyrant"]
