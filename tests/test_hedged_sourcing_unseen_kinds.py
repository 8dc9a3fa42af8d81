"""hedged_sourcing: kinds a second set of articles, read blind, found missing or wrong, with real
sentences (the article id is in the comment).

Found: talk nobody owns in its idioms ("that's the word on the street", "The word on ... is that",
"growing speculation about"), a poll or study passed round ("There's a recent poll going around"),
a fact claimed as known ("It is a known fact that"), a crowd's feeling about a claim it holds ("Some
observers were angry that ..."), a find by an unnamed group ("Experts have pinpointed"), and a
demonstrative passed on as reported ("(that's been reported)"), and a hedge in the writer's bracketed
aside inside a named speaker's reported clause.

Left alone: an objection the writer predicts ("Critics will say"), a figure given with "described
as", the text of an embedded tweet (the tweeter's words, as a quotation is), speculation not said to
spread; read on unseen articles (2026-12-01): "words are" (only word in the singular goes round),
"other sources" closing a list of named ones, a named speaker's second "that" clause, a belief the
writer calls false ("Many mistakenly believe"); found since: a rumour someone's act set going ("sparked
rumors she's gone under the knife"), not talk with no content or talk denied. Read on a third blind
set (dev9): reports said to spread with a topic ("reports have emerged about", "as reports swirl
around"), an unnamed group's charge ("critics have accused Clinton of"), "generally accepted", "comes
word that", a source after a glued full stop; left alone: "some explaining to do", a source named
between commas, "the famous whistleblower" (someone the reader is meant to know). Read on a fourth
(dev10): a speech verb conjoined to one that reports nothing ("remained cagey ... and claimed that"),
"it was found that", "it is expected that"; left alone: "usually seen" (seeing, not "seen as"), a group
welcoming refugees into its countries (an act, not a verdict), a belief or knowledge denied ("are not
believed to be life-threatening"), "many of the headlines", an unnamed figure of the lede named in
the next sentence ("That insider is ..., Kathleen Townsend", "One of Bill Clinton's oldest friends ...
Dolly Kyle, author of ..., said"). Read on 60 unmarked articles and a fifth blind set (dev12): found, a
tabloid lede's "FRIENDS say", news set against an unowned report ("After reports that", "Despite reports
claiming that", "On the heels of reports that": 4 of 4 queried in the tuning sets), talk as the subject of "is that"
("The buzz at CNN is that", "Rumors are that"); left alone, a claim the next sentence sources ("This is all according to
lawsuit filed in federal court"), "allegedly" in crime reporting whose record the article cites
("according to the affidavit", "the feds alleged") or whose sentence names the case ("the State of
Missouri's case against"). A named speaker merely opening the next sentence does not source the claim:
readers queried 10 of 11 such findings in the marked sets.
"""

from __future__ import annotations

import pytest
from hedged_cases import found as _found

FOUND = [
    # buzzfeed_webis_2016:1468
    (
        "Well that’s the word on the street and if it does happen you can thank Colin Kaepernick and the "
        "number of other players who are protesting racial injustice by refusing to stand for the National "
        "Anthem.",
        "rumour",
        "word on the street",
    ),
    # train celebrity:legit/140legit.txt
    (
        "Word on the street is that he's flying commercial to the event.",
        "rumour",
        "Word on the street is",
    ),
    # celebrity:legit/055legit.txt
    (
        "The word on Jennifer Aniston's new movie set is that the 44-year-old doesn't socialize with her "
        "co-stars and whenever possible distances herself in her remote trailer.",
        "rumour",
        "The word on Jennifer Aniston's new movie set is",
    ),
    # celebrity:fake/076fake.txt
    (
        "The pair have enjoyed a two-year engagement but growing speculation about when they will make it "
        "down the aisle continues to dog the couple.",
        "rumour",
        "growing speculation",
    ),
    # buzzfeed_webis_2016:1468
    (
        "There’s a recent poll going around that reveals that 44% of fans would actually go through with "
        "the threat.",
        "unidentified_report",
        "a recent poll going around",
    ),
    # celebrity:fake/155fake.txt
    (
        "It is a known fact that there is bad blood between Kelly Ripa and her former co-chair, Michael "
        "Strahan, and now Ellen DeGeneres is caught in the middle.",
        "common_knowledge",
        "is a known fact that",
    ),
    # buzzfeed_webis_2016:0743
    (
        "Some observers were angry that police had wrongly put out the word to look for someone who was "
        "Hispanic.",
        "vague_source",
        "Some observers were angry",
    ),
    # buzzfeed_webis_2016:0402
    (
        "Experts have pinpointed Russian government-affiliated hackers as the source of cyberattacks on a "
        "number of Democratic political groups, including the Democratic National Committee and Democratic "
        "Congressional Campaign Committee.",
        "vague_source",
        "Experts have pinpointed",
    ),
    # fakenewsnet_politifact_defend:politifact14448: the bracket is the writer's aside, not Trump's words
    (
        "Speaking to the press, Trump stated that members of the “alt-left” (which is commonly understood to be "
        "made up of Antifa, Black Lives Matter, and other social justice groups) were equally responsible for "
        "violence as their alt-right counterparts.",
        "passive_attribution",
        "is commonly understood to",
    ),
    # buzzfeed_webis_2016:0762
    (
        "This sickening culture is spreading across Europe and the United States as men roam the streets "
        "raping women and children as young as 5-yrs-old (that’s been reported) because it’s part of the "
        "culture.",
        "passive_attribution",
        "been reported",
    ),
    # dev3 buzzfeed_webis_2016:0307: a plural quantifier before a singular role noun (its "-s" dropped)
    (
        "Senior US officials have said more US special operations forces will be needed for ensuring the "
        "Iraqis succeed, several US defense official told CNN.",
        "anonymous_source",
        "several US defense official",
    ),
    # celebrity:legit/139legit.txt
    (
        "Although many a source is reporting that Scary, Baby, Sporty, Ginger and Posh are getting back "
        "together, the band has said nothing.",
        "anonymous_source",
        "many a source",
    ),
    # buzzfeed_webis_2016:0713: one outlet of many, not named
    (
        "One local news outlet\xa0is reporting that the flag is being sponsored by the school’s Student "
        "Government Association (SGA).",
        "unidentified_report",
        "One local news outlet",
    ),
    # celebrity:fake/231fake.txt: a rumour someone's act is said to have set going, its owners unnamed
    (
        "The TV star sparked rumors she's gone under the knife after her first-ever Today appearance.",
        "rumour",
        "sparked rumors",
    ),
    # celebrity:legit/069legit.txt
    (
        "One Direction's Harry Styles and reality star Kendall Jenner have sparked fresh speculation they are "
        "dating after being spotted on a skiing holiday.",
        "rumour",
        "sparked fresh speculation",
    ),
    # celebrity:fake/012fake.txt: the speaker's clause after the quotation is not under "wanted"
    (
        '"He desperately wanted her in his clothes," a source close to the father of two explained to '
        "HollywoodLife.com EXCLUSIVELY.",
        "anonymous_source",
        "a source close to the father of two",
    ),
    # read on a third blind set (dev9, 2026-12-01): reports said to spread, with what they are about
    # buzzfeed_webis_2016:1289
    (
        "Over the course of the campaign, reports have emerged about Trump refusing to pay what some vendors "
        "said he owed them.",
        "unidentified_report",
        "reports have emerged",
    ),
    # celebrity:fake/235fake.txt
    (
        "As reports swirl around a possible romance between the E! reality star and Mehgan James, E! News "
        "can confirm the two are friends.",
        "unidentified_report",
        "reports swirl",
    ),
    # buzzfeed_webis_2016:0086: an unnamed group charging someone with something
    (
        "Republican critics have accused Clinton of using a private server and ultimately deleting emails to "
        "skirt federal records laws aimed at promoting transparency.",
        "vague_source",
        "Republican critics have accused",
    ),
    # buzzfeed_webis_2016:0726: a consensus nobody is named for
    (
        "Today, as our history books find difficulty in revisiting Johnson’s policies, Goldwater’s "
        "vindication is now generally accepted without any acknowledgment from our Nation’s media.",
        "passive_attribution",
        "is now generally accepted",
    ),
    # celebrity:fake/241fake.txt: news nobody sent
    (
        "Now comes word that she is yet again willing to drop a ton of cash for the actor.",
        "rumour",
        "comes word that",
    ),
    # fakenewsnet_politifact_defend:politifact15309: a paragraph glued on after a figure ("$15,000.According")
    (
        "Two members of her office were paid off — one with a lump sum cash payment of $15,000.According to "
        "insiders, Pelosi has determined that she has no choice but to step down.",
        "anonymous_source",
        "insiders",
    ),
    # read on the tuning sets' misses: celebrity:fake/210fake.txt (an unnamed source of one's own is a person)
    (
        "In April, Gossip Cop pointed out that the tabloid has a history of misleading its readers and an unnamed "
        "source of their own claimed that Angie’s 2017 wedding rumors are “beyond ridiculous.”",
        "anonymous_source",
        "an unnamed source",
    ),
    # buzzfeed_webis_2016:0553: what "we", the public, were told
    (
        "One would think the AIDS scare of the 1980s would have been an indicator. We were told that anyone could "
        "get AIDS. There’s a commercial running today that makes this claim.",
        "hedge_in_own_voice",
        "We were told",
    ),
    # celebrity:fake/216fake.txt: the speaker inverted after the quotation, parsed as the verb's object
    (
        "“Angie is extremely sentimental at the moment — meeting up with her estranged dad after years is proof of "
        "that,” disclosed a confidant.",
        "anonymous_source",
        "disclosed a confidant",
    ),
    # dev10 buzzfeed_webis_2016:1493: the first verb reports nothing, the second passes the claim on
    (
        "College officials remained elusive and cagey about the reasoning behind the demands and claimed that "
        "the issue was a “miscommunication.”",
        "vague_source",
        "College officials",
    ),
    # dev10 fakenewsnet_politifact_defend:politifact15189: a finding and a forecast nobody is named for
    (
        "Upon completion of the study, it was found that 80% of the black men in Atlanta, Georgia are homosexual.",
        "passive_attribution",
        "it was found",
    ),
    (
        "Due to the large amount of men unwilling to openly admit to being anything other than straight in our "
        "society, it is expected that the actual percentage of homosexual black men in Atlanta is much larger.",
        "passive_attribution",
        "it is expected",
    ),
    # a verdict on a decision is still one
    ("Critics welcomed the decision, saying it was overdue.", "vague_source", "Critics welcomed"),
    ("He is believed to have fled the country.", "passive_attribution", "is believed to"),
    # the next sentence names someone else, not the unnamed figure
    (
        "One of the officials said the plan would fail. The budget was approved on Monday by the council.",
        "anonymous_source",
        "One of the officials said",
    ),
    # dev12 celebrity:fake/009fake.txt, 096fake.txt, dev10 217fake.txt: news set against an unowned report
    (
        "After reports that Miley moved in with Liam, it looks like she also bought a house of her own.",
        "unidentified_report",
        "After reports that",
    ),
    (
        "Despite reports claiming that Levine is bickering with Cyrus, she told Jimmy that in reality, it's Adam "
        "and Shelton who are arguing constantly.",
        "unidentified_report",
        "Despite reports",
    ),
    (
        "On the heels of reports that the famous couple have moved to a rental property close to Los Angeles’ "
        "Cedars-Sinai hospital, the pair hired more guards.",
        "unidentified_report",
        "heels of reports that",
    ),
    # talk as the subject of "is that" (dev6 celebrity:fake/245fake.txt, dev buzzfeed)
    (
        "The buzz at CNN is that Cooper could use the opportunity of Griffin’s firing to bring his longtime "
        "friend back.",
        "rumour",
        "The buzz at CNN is that",
    ),
    ("Rumors are that Donald Trump might pick Chris Christie as his running mate.", "rumour", "Rumors are that"),
    # dev12 celebrity:fake/176fake.txt: a tabloid lede's capitals are no name
    ("FRIENDS say Kim Kardashian and Kanye West’s marriage is over.", "vague_source", "FRIENDS"),
    # a named speaker in the next sentence does not source the allegation (only "This is according to" does)
    (
        "And if that wasn't enough, DeGeneres' journey to find the fountain of youth allegedly didn't end there. "
        "Dr. Shahar suggested the 56-year-old appears to have had upper and lower blepharoplasty.",
        "agentless_attribution",
        "allegedly",
    ),
    # dev13 celebrity:fake/064fake.txt: an age between the source and its verb
    (
        "\"Madonna is a very good mother, but she's mega controlling,\" a source close to the pop icon, 57, told "
        "Radar.",
        "anonymous_source",
        "a source close to the pop icon, 57, told",
    ),
    # dev14 celebrity:fake/192fake.txt: "confessed" with a clause, misparsed
    (
        "Another TV insider confessed Live is \"a wreck at the moment\" and the star fears Ryan will ditch her.",
        "anonymous_source",
        "Another TV insider confessed",
    ),
    # dev13 celebrity:legit/176legit.txt, dev14 celebrity:legit/016legit.txt: reports whose "that" was left out
    (
        "Days after that news, there were reports Khloé Kardashian may be also pregnant.",
        "unidentified_report",
        "there were reports",
    ),
    (
        "Kim's public silence did little to dispel the rumours, despite reports the pair spent time together "
        "last year with their husbands.",
        "unidentified_report",
        "despite reports",
    ),
    # dev13 buzzfeed_webis_2016:0839, dev14 buzzfeed_webis_2016:1550: news that came to light from nobody
    (
        "We never learn our lesson, do we? Now it comes to light that Saudi Arabia is selling ISIS sex slaves "
        "off to the highest bidder.",
        "agentless_attribution",
        "it comes to light that",
    ),
    (
        "News has also come to light that he was a supporter of the terrorist group ISIS.",
        "agentless_attribution",
        "News has also come to light that",
    ),
    # a charge that has circulated, and one against an institution, stay findings
    ("He has been accused of lying about his taxes for years.", "passive_attribution", "has been accused of"),
    # polnear_test huff-post_2016-10-14 (credible): "'s" for "has"
    (
        "Trump’s father has been hit with a slew of allegations in recent days ― though it’s far from the first "
        "time he’s been accused of such behavior.",
        "passive_attribution",
        "’s been accused of",
    ),
    (
        "The government of long-time Prime Minister Hun Sen takes credit for providing peace and development, "
        "but is accused of using heavy-handed tactics and the courts to subdue political opponents.",
        "passive_attribution",
        "is accused of",
    ),
    # a claim questioned is still doubted by an unnamed group
    ("Critics questioned the decision to close the plant.", "vague_source", "Critics questioned"),
    # dev16 celebrity:fake/016fake.txt: the parse gave "told" words from inside the quotation, so only its
    # subject shows that the speaker's clause follows the quotation (it was taken for "seeing ... told")
    (
        '"Kim was shocked at the Beyonce news and she was totally checking it out and seeing how many people like '
        'the post," an insider told Radar. "Then when her friend Chrissy Teigen started Tweeting that she was best '
        'friends with Beyonce, she was actually hurt and worried."',
        "anonymous_source",
        "an insider told",
    ),
    # a role beside a company's name is still no name
    ("The report was sent to Goldman Sachs, a bank executive said on Monday.", "anonymous_source", "a bank executive"),
    # dev16 fakenewsnet_politifact_defend:politifact14289: the writer says the speaker is unnamed
    (
        "Another anonymous individual who had also voluntarily undergone the procedure said that they had done it "
        "for the purpose of convenience.",
        "anonymous_source",
        "Another anonymous individual",
    ),
    # dev16 celebrity:fake/180fake.txt: a tabloid's verb of telling
    (
        'The source snitches, "He is the first to acknowledge that it\'s a big deal, but even though he\'s settling '
        'into life in New York, she\'s fighting to stay in Los Angeles."',
        "anonymous_source",
        "The source snitches",
    ),
]


@pytest.mark.parametrize(("text", "check", "words"), FOUND, ids=[w for _, _, w in FOUND])
def test_found(text, check, words):
    found = _found(text)
    assert any(c == check and (words in t or t in words) for c, t in found), found


NOT_FOUND = [
    # editor_gold_dev buzzfeed_webis_2016:0547: a person in the event reported, not a source kept unnamed
    (
        "“I don’t think that’s true. [I’ve looked] at your history and that’s not what happened,” the "
        "unidentified woman challenged again.",
        "the unidentified woman",
    ),
    # buzzfeed_webis_2016:1388: the writer predicts an objection to rebut it; nobody has made it
    (
        "Critics will say that he didn’t have enough information to make an informed statement at the "
        "time, but you don’t have to know every single detail to say “an explosion has taken place here in "
        "New York.”",
        "Critics",
    ),
    # buzzfeed_webis_2016:1451: a figure the organisers gave, no judgement
    (
        "Those contribution levels were described as $100,000, which featured “chair reception with "
        "Hillary,” $33,000, which included a “host reception with Hillary,” $5,000, which included "
        "“preferred seating” and $2,700.",
        "described",
    ),
    # buzzfeed_webis_2016:0743: an embedded tweet is the tweeter's words
    (
        "Arcan Cetin is not Hispanic. I expect an apology to the Hispanic community by the sick media. We "
        "all knew he's Muslim.#CascadeMallShooting — Irma Hinojosa (@latinaafortrump) September 25, 2016  "
        "Police are also searching for these other wanted Hispanics #CascadeMallShooting",
        "knew",
    ),
    # fa_kes:1965495334: "numerous witness accounts" is a document noun's modifier, not a person speaking
    (
        "Rockets rained on central Damascus, a media report citing numerous witness accounts said on Monday.",
        "numerous witness",
    ),
    # buzzfeed_webis_2016:0472: a caption the parser hung before "are"; words are not word going round
    ("Bush shakes off Gore Sometimes, words are unnecessary.", "words are"),
    # buzzfeed_webis_2016:1340: "other ... sources" closing a list of named ones are more of the same kind
    (
        "Data from Facebook, YouTube and other digital sources suggests that millions more people watched "
        "the debate live online.",
        "sources",
    ),
    # buzzfeed_webis_2016:0909: the second "that" clause is still what the named speaker complained of
    (
        "Jones complained that Trump’s staff was “aggressive” and “rude,” and that\xa0Trump’s camp apparently "
        "demanded that they close the museum for five hours to accommodate him.",
        "apparently",
    ),
    # buzzfeed_webis_2016:1494: the writer calls the belief false; nobody's claim is passed on
    ("Many mistakenly believe that this is a two-person race.", "Many"),
    # celebrity:legit/238legit.txt: talk with no content passes nothing on; nor does talk denied
    ("Berry, 50, first sparked pregnancy rumors when she attended the Butterfly Ball in L.A.", "rumors"),
    ("The statement did not spark rumors that he would resign.", "rumors"),
    # PolNeAR train nyt_2016-04-12_ryan-wages-campaign-to-counter-t: speculation nobody says is spreading
    (
        "Ryan's early efforts have done little more than elevate the speculation about a presidential "
        "candidacy that he keeps publicly tamping down.",
        "speculation",
    ),
    # buzzfeed_webis_2016:0847: a task owed, not a group explaining anything
    ("Looks like Hillary has some explaining to do. Some things you just can’t delete.", "some explaining"),
    # fakenewsnet_politifact_defend:politifact15141: the source is named beside it, between commas
    (
        "According to our source, USA Politics Today, the students will learn about Islam in history, as "
        "they do Christianity.",
        "our source",
    ),
    # fakenewsnet_politifact_defend:politifact14205: "the famous whistleblower" is Mr. Snowden, named just before
    (
        "Mr. Snowden says the CIA orchestrated the fake death of the former leader of Al Qaeda.“Osama Bin "
        "Laden was one of the CIA’s most efficient operatives for a long time,” claims the famous whistleblower.",
        "whistleblower",
    ),
    # liar:8300.json: a term of accounting, no judgement passed off as common ground
    ("We've used generally accepted accounting principles here in this building the last two years.", "accepted"),
    # reports that merely exist, or refer back, say nothing spread
    ("Reports about the weather were posted every hour on the city's website.", "Reports"),
    # buzzfeed_webis_2016:0251 (read unmarked): "the attorneys" are Baroni's, named in the sentence before
    (
        "Baroni's attorneys have sought to argue that Baroni is being unfairly singled out in the scheme. In a "
        "previous court filing, the attorneys released a text message exchange from a Christie aide saying he "
        "\"flat-out lied\" during a news conference.",
        "the attorneys",
    ),
    # a story told, not a source passed on; an order; an origin
    ("I was told that everything was fine, so I went home.", "told"),
    ("We were told to leave the building by noon.", "told"),
    ("The source of the leak remains unclear.", "source"),
    # "the reports" refers back to reports the article has already named
    ("The reports emerged about Trump's taxes after the New York Times published them.", "reports"),
    # dev10 buzzfeed_webis_2016:1565: a version of her that is usually seen, not a judgement passed off
    (
        "Take note to this version of Hillary Clinton compared to the one usually seen of her.",
        "usually seen",
    ),
    # a second verb after a pronoun names its speaker; after a verb of contact or a cue verb, nothing new
    ("Police arrived at the house and said the man was armed.", "Police"),
    ("She eventually approached him and said what he reportedly said.", "She"),
    # dev10 buzzfeed_webis_2016:0752: to welcome people into a place is an act, not a verdict
    (
        "European liberals welcomed thousands upon thousands of Muslim refugees into their countries, and the "
        "results have been near catastrophic.",
        "liberals",
    ),
    # no belief passed on when it is denied (fakenewsnet_politifact_defend:politifact15616, dev10 238fake)
    (
        "A man in his seventies was taken to hospital, though his injuries are not believed to be "
        "life-threatening.",
        "believed",
    ),
    ("The star is not known to be dating anyone and last week posed on Instagram.", "known"),
    # headlines counted, not anyone's voice (fakenewsnet_politifact_defend:politifact13496)
    (
        "Many of the headlines already implicate CNN, claiming the channel aired 30 minutes of porn without "
        "giving a source.",
        "headlines",
    ),
    # the lede's unnamed figure is named in the next sentence (dev10 buzzfeed_webis_2016:0635, dev9 :1455)
    (
        "But one insider says the elder Bush of 92 years will be casting his vote for the Democratic nominee "
        "Hillary Clinton. That insider is one of the late Robert F. Kennedy’s daughters, Kathleen Hartington "
        "Kennedy Townsend. She is a former Democratic lieutenant governor of Maryland.",
        "insider",
    ),
    (
        "One of former President Bill Clinton’s oldest friends has come forward and said what she believed was "
        "wrong with Hillary Clinton. Dolly Kyle, author of “Hillary the Other Woman,” said Clinton has been "
        "“cruisin’ for a bruisin’.”",
        "friends",
    ),
    # "it" is a thing here, not an expletive before a clause
    ("The report is due in May, and it is expected to run to fewer than 1,000 pages.", "expected"),
    # buzz with no content, a rumour called false
    ("The film created a lot of buzz at the festival in May.", "buzz"),
    ("The rumor that he will resign was false, his office said.", "rumor"),
    # a report of an event, not a claim; a report someone denies
    ("Following reports of a shooting, police closed the road for several hours.", "reports"),
    ("Lady Gaga's representative has denied reports that the singer is pregnant.", "reports"),
    # read on 60 unmarked articles and dev12: the next sentence says where the claim comes from
    # (buzzfeed_webis_2016:0772); "allegedly" in a story whose record is cited (politifact14814) or in
    # the sentence that names the case (politifact15262)
    (
        "Allegedly, the school has been mandating children profess the Islamic statement of faith. This is all "
        "according to lawsuit filed in federal court this past Wednesday.",
        "llegedly",
    ),
    (
        "After both teens were handcuffed, Nucera grabbed the 18-year-old’s head and slammed it “into the right "
        "side of the metal doorjamb,” according to the affidavit. Hours after the assault, Nucera was recorded "
        "telling an officer he was tired of them. Nucera allegedly said that black people should stay out of "
        "Bordentown.",
        "allegedly",
    ),
    (
        "One of the most contentious issues in the State of Missouri’s case against Gov. Eric Greitens has been "
        "the whereabouts of an incriminating photo that he is alleged to have taken and disseminated.",
        "alleged",
    ),
    # dev13 fakenewsnet_politifact_defend:politifact15427: a status, not a claim passed on
    ("It was reported missing in 1943 and was never found.", "reported"),
    # dev14 buzzfeed_webis_2016:1421, :1474, dev8 :0308: the legal present of a charge against a person
    (
        "Ahmad Khan Rahami, the man who is being accused of creating and/or detonating hidden IEDs in New "
        "York/New Jersey, was captured by police.",
        "accused",
    ),
    ("NASCAR was getting sued $500 million after being accused of having unfair advantages.", "accused"),
    # dev14 buzzfeed_webis_2016:0601: the judgement is quoted, someone's own word
    (
        "Rivera wrote that Bischoff Hall would no longer co-sponsor the event because the American theme was "
        "“considered offensive.”",
        "considered",
    ),
    # dev14 buzzfeed_webis_2016:1189: the supporter is Mark Cuban, whom NER took for a nationality
    (
        "Cuban, a Hillary Clinton supporter who has repeatedly criticized Trump, tweeted Thursday night that he "
        "would be in attendance.",
        "supporter",
    ),
    # a relative clause on "reports" leaves the reports' owner to the clause, not a content "that" dropped
    ("Despite the reports the agency released last year, nothing changed.", "reports"),
    ("Revelations come to light about how Trump ran his own foundation.", "light"),
    # fakenewsnet_politifact_defend:politifact15525 (judged unmarked): people questioned are interrogated
    (
        "During their detention, they are questioned by U.S. authorities and then transferred to a network of "
        "facilities run by the Office of Refugee Resettlement.",
        "authorities",
    ),
    (
        "The kids are “often questioned about the criminal groups they are working for and then subsequently "
        "returned to Mexico.”",
        "questioned",
    ),
    # dev16 celebrity:fake/139fake.txt: the report's publication is named after "in"
    (
        "Now, according to a report in Page Six, we have official confirmation that the reunion is back in the "
        "works.",
        "report",
    ),
    # judged on unmarked buzzfeed_webis_2016:1157: a full name NER took for an organisation, with its role
    (
        "Whit Ayres, a GOP pollster who has said Republicans must do better among minority groups to compete in "
        "national elections, said he couldn’t be sure who Trump’s spate of black outreach was truly targeting.",
        "pollster",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_FOUND, ids=[w for _, w in NOT_FOUND])
def test_left_alone(text, words):
    found = _found(text)
    assert not any(words in t for _, t in found), found
