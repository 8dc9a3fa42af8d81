"""Closed word lists the style features count: pronouns by person, negations, function-word classes and
the clickbait conventions of headlines. All lower-case; matched on the Doc's tokens (pronouns also by tag,
so the country "US" is never the pronoun "us")."""

from __future__ import annotations

FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "ya", "y'all"})
THIRD_PERSON = frozenset({
    "he", "him", "his", "himself", "she", "her", "hers", "herself",
    "they", "them", "their", "theirs", "themselves",
})
#: Pronouns that name no one (LIWC's "impersonal pronouns").
IMPERSONAL = frozenset({
    "it", "its", "itself", "this", "that", "these", "those", "something", "anything", "everything",
    "nothing", "someone", "anyone", "everyone", "somebody", "anybody", "everybody",
})
#: Negations beyond the parser's ``neg`` dependency ("not", "n't", "never").
NEGATIONS = frozenset({"no", "not", "n't", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere"})
ARTICLES = frozenset({"a", "an", "the"})

#: Verb classes of the truthfulness lexicons Rashkin et al. (2017, "Truth of Varying Shades") count: verbs
#: that presuppose their complement is true (factives, Hooper 1975: "she admitted", "he realised"), that
#: assert it with the speaker's own commitment (assertives, Hooper 1975, strong and weak, leaving out the
#: plain verbs of reporting "say", "tell" and "report": "critics claim", "I believe"), and that entail
#: whether an act happened (implicatives, Karttunen 1971: "managed to", "failed to", "refrained from").
#: Matched on lemmas of tokens tagged as verbs.
FACTIVE_VERBS = frozenset({
    "know", "realize", "realise", "discover", "learn", "notice", "reveal", "regret", "remember", "forget",
    "recognize", "recognise", "understand", "acknowledge", "admit", "ignore", "comprehend", "resent", "grasp",
    "perceive",
})
ASSERTIVE_VERBS = frozenset({
    "allege", "argue", "assert", "assure", "certify", "charge", "claim", "contend", "declare", "emphasize",
    "emphasise", "guarantee", "hint", "hypothesize", "imply", "indicate", "insist", "intimate", "maintain",
    "predict", "prophesy", "swear", "theorize", "verify", "vow",
    # weak assertives
    "think", "believe", "suppose", "expect", "imagine", "guess", "figure", "seem", "appear",
})
IMPLICATIVE_VERBS = frozenset({
    "manage", "bother", "dare", "venture", "condescend", "happen", "fail", "neglect", "decline", "avoid",
    "refrain", "hesitate", "attempt", "try", "cause", "force", "prevent",
})
#: Penn tags of verbs (the verb classes above count only tokens with one of them).
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})

#: Tags of the pronoun forms above (personal and possessive pronouns).
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})

#: Double quotation marks: opening, closing, and straight ones whose side is read from the order.
OPENING_QUOTES = frozenset({"“", "„", "«", "``"})
CLOSING_QUOTES = frozenset({"”", "»", "''"})
STRAIGHT_QUOTES = frozenset({'"'})

# ---- headlines ---------------------------------------------------------------------------------
#: Phrases of clickbait headlines (Chakraborty et al. 2016, Potthast et al. 2016): forward references
#: that hide the point, hyperbole and calls to look.
CLICKBAIT_PHRASES = (
    "you won't believe", "you will not believe", "won't believe", "what happened next", "what happens next",
    "will blow your mind", "blow your mind", "you need to know", "you need to see", "need to see",
    "this is why", "here's why", "here is why", "here's what", "here is what", "the reason why",
    "the truth about", "goes viral", "went viral", "must see", "must-see", "can't stop", "jaw-dropping",
    "mind-blowing", "shocking", "stunning", "epic", "insane", "unbelievable", "breaking",
)
#: Bracketed labels that promise media rather than news: "(VIDEO)", "[WATCH]", "(IMAGES)".
MEDIA_LABELS = frozenset({"video", "watch", "images", "photos", "pics", "audio", "details", "breaking", "live"})
#: Words a headline opens with when it points at something instead of saying it ("This", "These", "Here's").
FORWARD_REFERENCES = frozenset({"this", "these", "here's", "here’s", "here", "why", "what", "how"})
