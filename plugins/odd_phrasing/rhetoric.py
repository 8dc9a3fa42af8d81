"""Loaded rhetoric that no word list covers, in the writer's own voice (:func:`rhetoric_findings`):
exclamatives, bare reactions and words stretched for emphasis (``rhetorical_exclamation``), clickbait
teasers (``clickbait``), scare quotes (``scare_quotes``) and name-calling: a mock name, or people of a
named side called animals or servants (``name_calling``).

No nlp() call here: everything reads the shared Doc.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import sentences
from .loaded import BYNAME, SEVERITY_LOADED
from .reported_speech import reports_speech, said_elsewhere
from .voice import voices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# ---- rhetoric in the writer's voice: exclamations, scare quotes, names for people --------------------
#: Exclamatives (Zanuttini & Portner 2003): "What a spin.", "How absurd!", "This is so heartbreaking!".
#: They express the writer's emotional reaction instead of stating a fact; a news report states and
#: attributes, an opinion or propaganda piece exclaims. Three forms, each a whole sentence:
#: "What a/an N ..." not asked as a question; "How ADJ ...!" (or "?!"); and "this/that/it is so/such
#: ...!" where the subject is the situation, not a person ("They seemed so happy together!" reports
#: their feeling, "That's so awful!" is the writer's).
_WHAT_A = re.compile(r"What an?\s+[^?“”\"]{1,60}?[.!]+[”’\"']?\s*$", re.IGNORECASE)
_HOW_ADJ = re.compile(
    r"(?:[^,.;:?!]{0,25},\s*)?How\s+[A-Za-z-]+(?:\s+(?:is|was|are|were|can|could)\s+(?:that|this|it|they|he|she))?"
    r"\s*(?:\?!|!\??)[”’\"']?\s*$",
    re.IGNORECASE,
)
_SO_SUCH = re.compile(
    r"(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+(?:just\s+|really\s+)?(?:so|such)\s+[^.?!]{1,40}?!+[”’\"']?\s*$",
    re.IGNORECASE,
)
#: A verbless sentence of one to three words that is only the writer's reaction ("Scary.", "Whoa.",
#: "Double drat!!", "Sad!"): an evaluative word or an interjection standing alone as a sentence, with at
#: most an intensifier before it. News states and attributes; a bare reaction is commentary. Only negative
#: or mocking reactions: gushing ("Amazing!") is a celebrity magazine's register, not loaded language.
_REACTION_WORDS = (
    "scary|sad|pathetic|disgusting|shameful|disgraceful|unbelievable|ridiculous|absurd|outrageous|insane|"
    "embarrassing|creepy|appalling|sickening|despicable|shocking|typical|figures|whoa|yikes|ugh|drat|sheesh|"
    "geez|jeez|smh|lmao|gross|hypocrisy|oops"
)
_REACTION = re.compile(
    rf"(?:^|(?<=[.!?:…] ))(?:(?:so|how|just|too|very|double|triple|truly|really|oh|oh my|simply),?\s+){{0,2}}"
    rf"(?:{_REACTION_WORDS})(?:[.!]+|\?!)(?=\s|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: Expressive lengthening ("Soooo embarrassing", "waaay worse"): a vowel written three times or more is
#: speech imitated in writing, an emotional register edited news does not use in its own voice.
_LENGTHENED = re.compile(r"\b[A-Za-z]*([aeiouyAEIOUY])\1\1+[A-Za-z]*\b")
#: Stretched, these judge nothing: an interjection ("PHEEEEWWWW", "Riiiiiight", "Daaaaang", "Whaaaat?") or
#: a word of degree or length ("a loooong time", "WAAAAAY wrong", "dipping wayyy below"). In the tuning sets
#: readers queried the stretched word that carries a verdict ("Soooo embarrassing", "a RAAAAAAACIST") and
#: none of these three.
_STRETCHED_PLAIN = frozenset(
    {"phew", "right", "dang", "what", "whoa", "wow", "oh", "ooh", "ew", "yeah", "yes", "no", "hey", "ok", "okay",
     "long", "way", "far", "much"}
)
_SQUEEZE = re.compile(r"(.)\1+")
#: Roman numerals repeat a vowel too ("Edward VIII").
_ROMAN = re.compile(r"[IVXLCDM]+|[ivxlcdm]+")
#: Pronouns of a post or a message quoted without quotation marks: a lengthened word beside them is its writer's.
_POST_PERSONS = frozenset({"i", "me", "my", "you", "your", "we", "our", "u", "ur"})
#: Clickbait teasers: the writer promises a reaction instead of reporting ("The answer may surprise you!",
#: "You won't believe", "But it gets worse"). None is in the own voice of 1,366 mainstream credible
#: articles. Not "Guess what": a columnist's and a speaker's turn as much as a teaser (in the own voice of
#: two credible columns; none of 2 in the marked sets was queried). A call to share ("Share if you agree") was
#: one too until 0.13.x: no reader marked one as loaded language in any set (0 of 3 over train, dev4 and
#: the 40 fresh articles of 0.9.0): it asks for an act and charges no wording.
CLICKBAIT = re.compile(
    r"\b(?:you (?:won['’]t|will not|wouldn['’]t|would not|can['’]t|cannot) believe|"
    r"(?:will|may|might|is going to|are going to) "
    r"(?:surprise|shock|stun|amaze|astound|astonish|disgust|outrage|anger|infuriate|sicken) you|"
    r"(?:will|may|might) blow your mind|(?:and |but )?it gets (?:even )?worse|here['’]s the kicker|"
    r"(?:^|(?<=[.!?…:—–] ))wait for it|wait for it(?=\s*(?:\.\.\.|…|!|:|—|–))|"
    r"you guessed it|brace yourself|brace yourselves)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A word or two in quotation marks after a word that already doubts it ("an apparent “suicide.”", "the
#: supposed “experts”"): the quotation marks are the writer's sneer, not someone's words (scare quotes).
#: Not "alleged": what follows it in quotation marks is the allegation's own wording ("his alleged “support”
#: for the Iraq War", "through its alleged “proxies.”": none of 3 in the marked sets was queried).
_SCARE_QUOTE = re.compile(
    r"\b(?:apparent|supposed|purported)\s+[“\"]((?:[\w'’-]+\s?){1,2})[.,]?[”\"]",
    re.IGNORECASE,
)
#: Nouns that, said of people, call them animals or servants: "Clinton winged monkeys", "Soros
#: puppets", "Trump's minions". A finding only of people named by the noun's modifier: an animal needs
#: a person or a group ("the Cincinnati Zoo's monkeys" are monkeys), a servant may serve an organisation.
ANIMAL_NOUNS = frozenset(
    {
        "monkeys",
        "apes",
        "sheep",
        "sheeple",
        "lemmings",
        "vultures",
        "hyenas",
        "jackals",
        "parasites",
        "leeches",
        "rats",
        "snakes",
        "weasels",
        "pigs",
        "zombies",
        "lapdogs",
        "lapdog",
    }
)
SERVANT_NOUNS = frozenset(
    {
        "minions",
        "puppets",
        "puppet",
        "stooges",
        "lackeys",
        "flunkies",
        "toadies",
        "henchmen",
        "cronies",
        "goons",
        "clowns",
        "bootlickers",
    }
)
#: A mock name in quotation marks is the writer's own when nothing before it says whose it is: not
#: "his usual “Crooked Hillary”", "became “Lyin' Ted”", "nicknamed", "what he calls". Only a byname
#: (``BYNAME``): a campaign's famous nicknames in quotation marks are mentioned as its coinage in
#: credible news ("Hillary Clinton (“Crooked Hillary” in Trump’s parlance)", "his competition: “Lyin'
#: Ted.”"; the first blind read of 876 credible articles: 0 of 3 right).
_MENTIONED = re.compile(
    r"(?:['’]s|\b(?:his|her|their|its|my|our|your|became|become|becomes|as|nicknamed|nickname|dubbed|calls?|"
    r"called|named|known|like|word|words|term|phrase|slogan|chant|chants|chanting|chanted|shouts?|of))"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_LABEL = re.compile(r",\s+[A-Z][\w.-]*['’]s(?:\s+[a-z]+){0,2}\s*$")
_RHETORIC_REASONS = {
    "rhetorical_exclamation": "an exclamation in the writer's own voice: an emotional reaction, not reporting",
    "scare_quotes": "scare quotes: the writer doubts or mocks the words without saying who used them",
    "name_calling": "name-calling: a mock name, or people of a named side called animals or servants",
    "reaction": "a bare reaction as a sentence in the writer's own voice: commentary, not reporting",
    "lengthened": "a word stretched for emphasis: speech imitated in the writer's own voice",
    "clickbait": "a clickbait teaser or call to share: it promises a reaction instead of reporting",
}


def _exclamation(sent: Span) -> bool:
    """Whether the sentence is an exclamative (``_WHAT_A``, ``_HOW_ADJ``, ``_SO_SUCH``) of at most 15
    words."""
    words = sum(1 for t in sent if t.is_alpha)
    if words > 15:
        return False
    text = sent.text.strip()
    return bool(_WHAT_A.match(text) or _HOW_ADJ.match(text) or _SO_SUCH.match(text))


def _named_herd(doc: Doc, tok: Token) -> int | None:
    """'Clinton winged monkeys', 'Soros puppets', 'Trump's minions': an ``ANIMAL_NOUNS`` or
    ``SERVANT_NOUNS`` noun in lower case right after a name of a person or a group (for a servant also
    an organisation), its possessive, and at most two lower-case modifiers. Read on the words, not on
    the parse, which often takes "Clinton winged" for a clause. Returns the index of the name's token."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not tok.text.islower() or low not in ANIMAL_NOUNS | SERVANT_NOUNS:
        return None
    kinds = ("PERSON", "NORP", "ORG") if low in SERVANT_NOUNS else ("PERSON", "NORP")
    i = tok.i - 1
    sent_start = tok.sent.start
    for _ in range(2):  # "winged", "loyal"
        if i > sent_start and doc[i].text.islower() and doc[i].pos_ in ("ADJ", "VERB", "NOUN"):
            i -= 1
    if i >= sent_start and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    if i >= sent_start and doc[i].pos_ == "PROPN" and doc[i]._.entity in kinds:
        return i
    return None


def _anchor_start(doc: Doc, quote_start: int) -> int:
    """Where the name a quoted label is set against begins: the start of the noun phrase before the
    comma ("The National Democratic Party, a “powerful hate group,”")."""
    span = doc.char_span(quote_start, quote_start + 1, alignment_mode="expand")
    if span is None:
        return quote_start
    i = span[0].i - 1
    while i > span[0].sent.start and doc[i].text != ",":
        i -= 1
    anchor = doc[i - 1] if i > span[0].sent.start else span[0]
    return min(t.idx for t in anchor.subtree) if anchor.i < span[0].i else quote_start


#: Works with titles: a quotation of capitalised words after one of these and a name is the work's title.
_WORK_NOUNS = frozenset(
    {
        "editorial", "column", "article", "op-ed", "piece", "book", "essay", "report", "film", "movie", "documentary",
        "song", "album", "headline", "story", "series", "show", "podcast", "paper", "study", "speech",
    }
)


def _titled_work(doc: Doc, words: Sequence[Token], anchor: Token) -> bool:
    """The quoted words are two or more, all capitalised, and the sentence names a work before the name they
    follow ("editorial in The Washington Post, “The Next Mideast Wars,”")."""
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return False
    return any(t.lemma_.lower() in _WORK_NOUNS for t in doc[anchor.sent.start : anchor.i])


def _quoted_label(doc: Doc, text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """A label in scare quotes set beside a name ("The National Democratic Party, a “powerful hate
    group,”"): the quotation follows a name of a person, group, organisation or place and a comma, with at
    most four words of its own noun phrase between (no verb, no "or" or "aka" bringing in a second name); it
    is a noun phrase of one to four words
    with no verb, closed by a comma; no one is said to use it (nothing before it in ``_MENTIONED``, the
    same words in no other quotation of the article); and it is no title of a work ("her album, “7/27,”"
    follows a noun, not a name)."""
    inside = doc.char_span(start + 1, end - 1, alignment_mode="contract")
    quote = text[start:end]
    if inside is None or not 1 <= len(inside) <= 5 or not (quote.endswith(",”") or quote.endswith(',"')):
        return False
    words = [t for t in inside if not t.is_punct]
    if not words or words[0].pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ", "INTJ", "NUM"):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return False
    i = inside[0].i - 2  # the opening quotation mark is inside[0].i - 1
    between = 0
    while i > inside.sent.start and doc[i].text != "," and between < 4:
        # "Taylor, or “T-Swizzy,”", "Sean Combs, aka “Diddy,”": a second name for someone, not a label
        if doc[i].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") or doc[i].lower_ in ("aka", "a.k.a."):
            return False
        i -= 1
        between += 1
    if i <= inside.sent.start or doc[i].text != ",":
        return False
    anchor = doc[i - 1]
    if anchor.pos_ != "PROPN" or anchor._.entity not in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    if _titled_work(doc, words, anchor):
        return False  # "Sunday's editorial in The Washington Post, “The Next Mideast Wars,” raises ...": a title
    # a possessive between the comma and the label is part of the label ("America's most powerful “…”")
    if _MENTIONED.search(text, max(inside.sent.start_char, start - 40), start) and not _POSSESSIVE_LABEL.search(
        text, max(inside.sent.start_char, start - 40), start
    ):
        return False
    return not said_elsewhere(doc, text, text[start + 1 : end - 2], quotes, start)


def _typo_of_a_word_used(text: str, m: re.Match[str]) -> bool:
    """A vowel written three times, not more, in a word the article also writes with it twice: a typo, not
    speech imitated ("mostly Shiiite residents" beside "the Shiite villages")."""
    word, vowel = m.group(), m.group(1)
    if vowel * 4 in word:
        return False
    fixed = word.replace(vowel * 3, vowel * 2, 1)
    return re.search(rf"\b{re.escape(fixed)}\b", text, re.IGNORECASE) is not None


def rhetoric_findings(doc: Doc, text: str) -> list[Finding]:
    """Loaded rhetoric that no word list covers, in the article's own voice (outside quotation marks,
    in a sentence that reports no one's speech): exclamatives (``rhetorical_exclamation``), scare
    quotes after a doubting word (``scare_quotes``) and people of a named side called animals or
    servants (``name_calling``). Quotations of others are dropped here and again by the signal."""
    voice = voices(text)
    quotes, turns = voice.marked, voice.turns
    findings: list[Finding] = []

    def add(start: int, end: int, check: str, reason: str = "") -> None:
        if any(a <= start < b for a, b in turns):
            return  # a transcript's speaker said it
        said = " ".join(text[start:end].split())
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"loaded language: '{said}' ({_RHETORIC_REASONS[reason or check]}); an editor would query it",
                severity=SEVERITY_LOADED,
                check=check,
            )
        )

    def outside(start: int, end: int) -> bool:
        return not any(a <= start < b for a, b in quotes) and not voice.posted(start, end)

    for sent in sentences(doc):
        start, end = sent.start_char, sent.end_char
        for m in CLICKBAIT.finditer(text, start, end):  # a teaser is the writer's even around "said"
            if outside(m.start(), m.end()):
                add(m.start(), m.end(), "clickbait")
        if reports_speech(doc, text, start, end):
            continue  # an embedded post is left to the signal's reading of voices (``voice.posted``)
        own = [(a, b) for a, b in quotes if a < end and start < b]
        if _exclamation(sent) and not any(a <= start + 1 and end - 1 <= b for a, b in own):
            stripped = sent.text.rstrip()
            add(start, start + len(stripped), "rhetorical_exclamation")
        else:
            # the parse often joins a bare reaction to the sentence before ("… teach Sharia law: Scary.")
            for m in _REACTION.finditer(text, start, end):
                if m.group()[0].isupper() and outside(m.start(), m.end()):
                    add(m.start(), m.end(), "rhetorical_exclamation", "reaction")
        first_person = any(t.lower_ in _POST_PERSONS for t in sent)
        for m in _LENGTHENED.finditer(text, start, end):
            # a post quoted without quotation marks speaks in the first person ("… a waterfall soooo yeah")
            if _ROMAN.fullmatch(m.group()):
                continue  # "Edward VIII"
            if _SQUEEZE.sub(r"\1", m.group().lower()) in _STRETCHED_PLAIN:
                continue
            if _typo_of_a_word_used(text, m):
                continue  # "mostly Shiiite residents" beside "the Shiite villages": a slip of the keys
            if len(m.group()) >= 4 and not first_person and outside(m.start(), m.end()):
                add(m.start(), m.end(), "rhetorical_exclamation", "lengthened")
        for m in _SCARE_QUOTE.finditer(text, start, min(len(text), end + 2)):  # the sentence may end inside "…."
            term = m.group(1).strip().lower()
            if any(a <= m.start() < b for a, b in own):
                continue  # a sneer inside a quotation is the speaker's
            if said_elsewhere(doc, text, term, quotes, m.start() + len(m.group()) - 2):
                continue  # someone in the article said the word: it is theirs, mentioned
            add(m.start(), m.end(), "scare_quotes")
        for a, b in own:
            if a >= start and _quoted_label(doc, text, a, b, quotes):
                add(_anchor_start(doc, a), b, "scare_quotes")
        for a, b in own:
            if (
                a >= start
                and BYNAME.fullmatch(text[a + 1 : b - 1].strip(" ,."))
                and not _MENTIONED.search(text, max(start, a - 40), a)
            ):
                before = doc.char_span(a, a + 1, alignment_mode="expand")
                # the span starts at the word before, so that it shows the name in use (and is not
                # read as a quotation of someone else: the quotation marks are the writer's)
                first = before[0].i - 1 if before is not None and before[0].i > sent.start else None
                add(doc[first].idx if first is not None else a, b, "name_calling")
        for tok in sent:
            name = _named_herd(doc, tok)
            if name is not None and not any(a <= tok.idx < b for a, b in quotes):
                add(doc[name].idx, tok.idx + len(tok), "name_calling")
    return findings
