"""Wrong findings that readers judged in judged rounds ten to thirteen (seeds 3210 and 3211: 40 PolNeAR
train-split articles each from USA Today, Breitbart, HuffPost and the Western Journal; 3212 and 3213: 30
each from the three partisan sites; docs/accuracy.md), each with the real passage, beside the finding the
same rule must keep.

hedged_sourcing: a poll's breakdown by group with its split ("Supporters of ... say by 55%-41%"); a label
that is the topic of what someone talks about ("opened up about being described as"); an "-ing" word
after "have" that modifies a noun ("doctors ... have admitting privileges").

odd_phrasing: two subjects the parse gave one verb ("reputation as security experts was undercut"); a
headline's names joined by a comma that the tagger half missed ("Trump, Cruz break away"); a wish in the
subjunctive ("God bless America"); a doubled space inside the subject's phrase ("five original  candidates
is"); a free relative as a subject ("whoever the next president is should know"); a number's noun before a
doubled space ("three hour  interview"); a campaign nickname inside a group's name ("Defeat Crooked
Hillary"); a loaded word inside a tweet kept as markup; "clobbered" for a heavy defeat. Read on unmarked
credible copy beside them: a question whose "didn't" the parse made the root ("didn’t she sit idly by"); a
person "known by" a group (an acquaintance, no claim).

Rounds twelve and thirteen: records "maintained by" aides; a group that is what "As for ..." introduces; a
"reportedly" in a paragraph that opens with its outlet ("As The Hill reported"), or whose subject gives
their own account next ("Henry tweeted"); an "allegedly" in a sentence about the allegations; a relative
clause that may belong to a noun higher up; a surname the article gives ("George Will"); a judgement given
with "as" by a verb of labelling ("slammed Barack Obama as elitist").

Round fourteen (judged on model 2026.12.03.4's code; its other wrong findings are left): a name whose other
spelling the article marks "[sic]"; a label a negated verb applies ("doesn’t broad-stroke ... as hateful
bigots").
"""

from __future__ import annotations

import pytest
from hedged_cases import passage_tests
from misinfo_scorer_plugins.internal_contradiction import InternalContradiction
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing
from odd_cases import found as odd

from scorer.testing import run_signal

pytestmark = pytest.mark.slow  # every test parses text with the spaCy pipeline

HEDGED_LEFT_ALONE = [
    # polnear_train:usa-today_2016-08-16_millennials-agree-in-poll
    (
        "There are partisan differences on the bathroom issue. Supporters of Republican Donald Trump for "
        "president say by 55%-41% that transgenders should use the bathroom of the gender they were born.",
        "Supporters of Republican Donald Trump",
    ),
    (
        "By a much wider margin, supporters of Democrat Hillary Clinton say they should use the bathroom of the "
        "gender they identify with, 76%-21%.",
        "supporters of Democrat Hillary Clinton",
    ),
    # polnear_train:huff-post_2015-12-22_of-the-most-powerful-thin
    (
        "“Orange is the New Black” star Selenis Leyva opened up about being described as a “real woman” in a "
        "HuffPost blog.",
        "being described as",
    ),
    # polnear_train:huff-post_2016-04-08_cecile-richards-i-m-sick-
    (
        "(The laws require that doctors at clinics have admitting privileges at local hospitals, and requires "
        "clinics to upgrade in costly and unnecessary ways to closer resemble surgical centers.)",
        "doctors",
    ),
]

HEDGED_LEFT_ALONE += [
    # buzzfeed_webis_2016 (unmarked credible): knowing a person is no claim
    (
        "He claims an expertise in Russia and energy, yet who, I quickly discovered, was known by neither Russia "
        "experts nor energy experts nor Russian energy experts.",
        "Russia experts",
    ),
]

HEDGED_LEFT_ALONE += [
    # rounds twelve and thirteen (seeds 3212, 3213)
    # polnear_train:breitbart_2016-08-24_report-half-clinton-s-sta: records kept, no claim
    (
        "The AP’s report was based on an analysis of Clinton’s personal calendar and call sheets maintained by "
        "her closest aides — documents the AP received after filing a lawsuit against the State Department.",
        "her closest aides",
    ),
    # polnear_train:breitbart_2016-05-05_bolton-and-gorka-slam-neo: the group is what Bolton talks about
    (
        "As for conservative pundits and national-security analysts who claim to find Clinton more palatable "
        "than Trump, Bolton said, “I just think they don’t understand what her basic philosophy is.”",
        "national-security analysts",
    ),
    # polnear_train:west-journal_2016-03-10_bombshell-hillary-phot: the paragraph opens with its outlet
    (
        "Rule breaking isn’t limited to the Democrats either.\n\nAs The Hill reported, Donald Trump was also "
        "accused of breaking debate rules. Corey Lewandowski, Trump’s campaign manager, hopped on stage when the "
        "debate went to commercial break. And when asked to leave, he reportedly refused, which prompted debate "
        "organizers to allow the other candidates time to confer with their staff as well.",
        "reportedly",
    ),
    # the same article: the man reported on gives his own account next
    (
        "Henry reportedly got a reply from the Clinton campaign via staffer Jen Palmieri. Henry tweeted, "
        "“Candidates are not supposed to confer w staff during commercial breaks.”",
        "reportedly",
    ),
    # polnear_train:huff-post_2016-03-15_ted-cruz-physically-assau: the allegations are the sentence's topic
    (
        "DECATUR, Ill. — Sen. Ted Cruz (R-Texas) weighed in on allegations against Donald Trump’s campaign "
        "manager, who allegedly assaulted a reporter last week, calling the behavior a “fireable offense.”",
        "allegedly",
    ),
]

HEDGED_FOUND = [
    # a range is no poll's split: the group's claim stands
    ("Critics say the plan will cost 20% to 30% more than the city was told.", "Critics say"),
    # a label that carries the writer's own claim
    ("Despite being described as a front-runner, he lost the primary.", "described as"),
    # "have been saying" is a tense: the group speaks
    ("Officials have been saying that the plan is dead.", "Officials have been saying"),
    ("He is known by experts as a fraud who never paid his workers.", "experts"),
    # buzzfeed_webis_2016:0388 (marked): the next sentence's writer is not who "reportedly" is about
    (
        "There, Acevedo found a portrait of Trump that the Republican nominee reportedly paid for using money "
        'from his charitable foundation. "A lot of people have been looking for this painting," Acevedo wrote.',
        "reportedly",
    ),
    ("He reportedly refused to leave the stage when asked.", "reportedly"),
    # buzzfeed_webis_2016 (unmarked credible): a group joined to a pronoun by a misparse is no topic
    (
        'A top aide to Hillary Clinton called it "disgusting" and Clinton supporters attacking the comparison as '
        "crass and inhumane.",
        "Clinton supporters",
    ),
    ("Trump’s campaign manager allegedly assaulted a reporter last week.", "allegedly"),
]


test_hedged_left_alone, test_hedged_still_found = passage_tests(HEDGED_LEFT_ALONE, HEDGED_FOUND)


def agreement(text: str) -> list[str]:
    return [t for c, t in odd(text) if c == "subject_verb_agreement"]


def test_a_second_subject_the_parse_gave_the_verb_is_no_slip() -> None:
    """polnear_train:usa-today_2015-12-01_for-gop-a-golden-opportun: "reputation" is the subject."""
    text = (
        "And after the war turned sour a few years later, the Republicans' reputation as security experts was "
        "undercut by public disenchantment and by the party's own division."
    )
    assert agreement(text) == []
    assert agreement("The plans for the pipelines is underway.") != []


def test_a_headline_of_names_joined_by_a_comma_is_plural() -> None:
    """polnear_train:usa-today_2016-01-13_trump-cruz-break-away-fro: the tagger read "Trump" as an adjective."""
    assert agreement("Trump, Cruz break away from the pack; ") == []


def test_a_wish_in_the_subjunctive_is_no_slip() -> None:
    """polnear_train:usa-today_2016-07-28_the-hillary-speech-we-d-l"""
    text = "If elected I will fight for you, your family and this already great country we call home. God bless you."
    assert agreement(text) == []
    assert agreement("Donald Trump look scary in the debate on Monday.") == ["Trump look"]


def test_a_doubled_space_in_the_subject_phrase_leaves_it_alone() -> None:
    """polnear_train:usa-today_2015-12-23_our-debates-draw-viewers-: "six debates ... is comparable"."""
    text = (
        "We believe six debates for five original  candidates is comparable to the 11 debates scheduled for 17 "
        "original Republican candidates."
    )
    assert agreement(text) == []


def test_a_free_relative_subject_before_a_modal_is_no_slip() -> None:
    """polnear_train:west-journal_2016-08-27_newspaper-says-clinton"""
    text = (
        "The newspaper said that given the extensive nature of the damage, whoever the next president is should "
        "know about it first hand."
    )
    assert [t for c, t in odd(text) if c == "verb_form"] == []
    assert ("verb_form", "is will") in odd("He is will go to the meeting.")


def test_a_number_before_a_doubled_space_and_a_noun_is_a_modifier() -> None:
    """polnear_train: the FBI's "over three hour  interview" (a hyphen is missing, not a plural)."""
    text = "The report details the bureau’s over three hour  interview with Clinton last month."
    assert [t for c, t in odd(text) if c == "number_noun_agreement"] == []
    assert ("number_noun_agreement", "three hour") in odd("He waited three hour for the bus.")


def loaded(text: str) -> list[str]:
    return [f.text for f in run_signal(OddPhrasing(), text).findings if f.check == "loaded_word"]


def test_a_nickname_inside_a_groups_name_is_the_name() -> None:
    """polnear_train:breitbart_2016-06-22_former-ted-cruz-super-pac"""
    assert loaded("David Bossie will take over as the head of Defeat Crooked Hillary. It is a new group.") == []
    assert loaded("The Ted Cruz Super PAC has now become the Defeat Crooked Hillary PAC, a source said.") == []
    assert loaded("Nobody believes Crooked Hillary anymore, and the polls show it.") == ["Crooked Hillary"]


def test_a_loaded_word_in_a_tweet_kept_as_markup_is_the_posters() -> None:
    """polnear_train:huff-post_2015-12-02_democrats-call-for-action: Bernie Sanders' tweet."""
    tweet = (
        "Mass shootings are becoming an almost-everyday occurrence in this country. This sickening and senseless "
        "gun violence must stop."
    )
    markup = f'Sanders wrote. <tweet author="BernieSanders" timestamp="1449075600">{tweet}</tweet>. He said more.'
    assert loaded(markup) == []
    assert loaded(tweet) == ["sickening"]


def test_clobbered_is_the_slang_of_a_heavy_defeat() -> None:
    """polnear_train:huff-post_2016-02-28_democrats-should-be-very- (and buzzfeed_webis_2016:1376, unmarked)."""
    text = (
        "When Sanders began closing on Clinton in national polls and clobbered her in New Hampshire, the "
        "establishment bet was starting to look shaky."
    )
    assert loaded(text) == []
    assert loaded("If this is the case in all states out there, she will get clobbered by Donald Trump.") == []
    assert loaded("But the fact of the matter is he demolished her on her record in front of the country.") == [
        "demolished her"
    ]


def test_a_question_whose_auxiliary_the_parse_made_the_root_is_no_slip() -> None:
    """buzzfeed_webis_2016 (unmarked credible): "did" parsed as the root, "sit" as its clause."""
    text = (
        "Given the cyberattacks we’ve witnessed, didn’t she sit idly by as secretary of state? "
        "Not sitting is not foreign policy."
    )
    assert agreement(text) == []
    assert agreement("He go to the store every day.") == ["He go"]


def test_a_relative_clause_may_belong_to_a_noun_higher_up() -> None:
    """polnear_train:breitbart_2016-02-04_things-to-know-for-today: "that" stands for the symbol."""
    text = (
        "Japanese are mulling changing the traditional “manji” symbol identifying Buddhist temples on maps that "
        "is often confused with the Nazi swastika."
    )
    assert agreement(text) == []
    assert agreement("They are racist tactics that keeps black people and white people at odds.") != []


def test_a_surname_the_article_gives_is_no_stray_capital() -> None:
    """polnear_train:west-journal_2015-11-21_after-trump-heard-what: columnist George Will."""
    text = (
        "Conservative columnist George Will slammed Trump. In contrast to Trump in Iowa, Will had nothing but "
        "praise for Christie’s speech."
    )
    assert [t for c, t in odd(text) if c == "stray_capital"] == []
    assert ("stray_capital", "Will") in odd("He lost the case, Will he appeal the ruling?")


def test_a_judgement_given_with_as_by_a_verb_of_labelling_is_the_subjects() -> None:
    """polnear_train:huff-post_2016-07-27_guns-are-the-ultimate-pub: Clinton's 2008 charge."""
    text = (
        "And in 2008, Hillary Clinton slammed Barack Obama as elitist and out-of-touch for suggesting that "
        "rural voters cling to guns or religion."
    )
    assert loaded(text) == []
    assert loaded("Obama is elitist and out-of-touch, and everyone knows it.") == ["elitist"]


def test_a_label_a_verb_denies_is_no_loaded_word_of_the_writer() -> None:
    """polnear_train:huff-post (round fourteen, seed 3214): the label is what he does not apply."""
    text = (
        "Sexton was quick to point out that not all Trump supporters espoused such views, and he doesn’t "
        "broad-stroke all of the candidate’s followers as hateful bigots, racists and misogynists."
    )
    assert loaded(text) == []
    assert loaded("The candidate's followers are hateful bigots, racists and misogynists.") == ["hateful bigots"]


def spelling(text: str) -> list[str]:
    return [
        f.text
        for f in run_signal(InternalContradiction(), text, published="2016-05-12").findings
        if f.check == "name_spelling"
    ]


def test_a_spelling_marked_sic_is_no_name_spelled_two_ways() -> None:
    """polnear_train:huff-post_2016-05-12_george-zimmerman-auctioning-off- (round fourteen): a letter quoted."""
    text = (
        "Zimmerman said he would use some of the money to “fight BLM violence against Law Enforcement officers, "
        "ensure the demise of Angela Correy’s [sic] persecution career and Hillary Clinton’s anti-firearm "
        "rhetoric.”\nAngela Corey is the Republican state attorney who charged Zimmerman with second-degree murder."
    )
    assert spelling(text) == []
    assert spelling(text.replace(" [sic]", "")) == ["Angela Corey"]
