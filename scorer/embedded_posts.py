"""Embedded posts: a tweet or Instagram post pasted into an article, the poster's words, not the writer's.

A scraped copy keeps an embedded post as plain text: the post's words, then its signature, which is
what marks it. Three signatures count:

- a tweet's byline, a dash, the poster's name and handle, usually the date: "... #CascadeMallShooting
  — Irma Hinojosa (@latinaafortrump) September 25, 2016" (an en dash, or the dash garbled by a wrong
  decoding, "â\x80\x94", too; two hyphens or one only with the date after the handle, since "SKITTLES
  UPDATE -- Yoni Appelbaum (@YAppelbaum): “A picture ...” is a newsletter's own attribution);
- an Instagram caption's: "A photo posted by Donald Trump Jr. (@donaldjtrumpjr) on Sep 10, 2016 at
  7:18pm PDT" ("A video posted", "A post shared").
- a Facebook post's: "I'm so livid!! We all know Racism is alive and well ... Posted by Etonde Maloke on
  Tuesday, September 20, 2016" (the weekday and the full date; a byline such as "Posted by Frank Wilkenmeyer
  on 19 Sep 2016" opening an article is no signature).

A handle in parentheses in the writer's own sentence ("reporter Yoni Appelbaum (@YAppelbaum) wrote")
has no dash before it and is no signature; an e-mail address is no handle.

A signature standing alone on its line signs the lines right above it, back to the post before it and as
far as a post's length reaches, but not into the writer's line that introduces the posts ("... rushed to
Twitter to accuse their mayor ...") or names the poster; after the post's link on the signature's line
("https://t.co/... — Donald Trump Jr. (@DonaldJTrumpJr)"), only the line above. Otherwise the post's words
run back from its signature to the nearest of: the start of its paragraph (a line break, or a run of spaces
where scraping lost the line breaks), the end of the post before it, and the writer's colon that introduces
it ("Watch Sherman speak here: Wow— this is a must-watch ...", not a colon of the post itself: "BREAKING:
Prosecutor announces ...", ".@JasonMillerinDC: Statement ...", "https://t.co/..." or "10:30"). A post is at
most ``POST_MAX`` characters, not counting its links (``pic.twitter.com/...``, ``https://t.co/...``): when
the paragraph starts further back, the post starts at the first sentence within that length. A reply starts
with the handle it answers, after the writer's sentence: "... ripped Tiny Hands Jr. a new one. .
@DonaldJTrumpJr is this funny to you ...".

A post kept as markup, as some corpora store one (``<tweet author="BernieSanders" ...>Mass shootings are
... must stop.</tweet>``), is a post too: its words are the element's content.

Signals that judge the writer's own voice read a post as someone else's words, like a quotation:
hedged sourcing's "people say" in a tweet is the tweeter's, a grammar slip or a loaded word in one
is the poster's. Pure text, no parse: any signal may call :func:`embedded_posts` on ``article.text``
(results are cached per text).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from scorer.paragraphs import paragraph_ranges

#: A post's words are at most this long (a tweet is 280 characters), not counting the links in them.
POST_MAX = 280

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
_NAME = r"[^\n—–()]{0,60}"
#: A tweet's byline (a dash, name, handle, date), or an Instagram caption's signature.
_SIGNATURE = re.compile(
    rf"(?:[—–]|â\x80\x94|â\x80\x93)\s*{_NAME}\(@\w{{1,30}}\)(?:\s*{_DATE})?"
    rf"|--?\s*{_NAME}\(@\w{{1,30}}\)\s*{_DATE}"
    rf"|\bA (?:photo|video|post) (?:posted|shared) by [^\n()]{{0,60}}\(@[\w.]{{1,30}}\)"
    rf"(?:\s+on\s+{_MONTH}\s+\d{{1,2}},?\s+(?:\d{{4}}\s+)?(?:at\s+\d{{1,2}}:\d{{2}}\s*[ap]m\s*[A-Z]{{2,4}})?)?"
    rf"|\bPosted by [^\n()]{{1,60}}? on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+{_DATE}"
)
#: A post kept as a markup element: its opening tag, words and closing tag.
_MARKUP = re.compile(r"<tweet\b[^>]*>(.*?)</tweet>", re.DOTALL)
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
#: Where a sentence starts: after its end mark (and a closing quote) and a space.
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(@#A-Z0-9])")
#: A reply's first word, the handle it answers, after the sentence before it (or glued to the writer's
#: colon: "The left is calling for his head today:.@seanhannity EVERYONE deserves ...") and before the
#: reply's own words: "… a new one. .@handle is this funny", not a handle a post ends with ("… to
#: skittles? @DonaldJTrumpJr pic.twitter.com/…").
_REPLY_START = re.compile(
    r"(?:(?<=[.!?…:]\s)\.?\s?|(?<=:)\.?)@\w+:?(?=(?:\s+@\w+)*\s+(?!pic\.twitter\.com|https?:)[\w#“\"'])"
)
#: A colon that may introduce a post: followed by a space or the post's handle, not by a digit or
#: "//" (a time, a link), after a word that is no handle and not in capitals ("BREAKING:", "FLOTUS:").
_COLON = re.compile(r"(?<=[\w”\"’')])(?<![A-Z]{2}):(?=\s|\.?@)")
#: A handle: a post mentions people by it, a writer by name.
_HANDLE = re.compile(r"(?<!\w)@\w")
#: The writer's sentence before an introducing colon names the post or points to it ("Dean ... tweeted
#: last night:", "Here is some of the reaction on Twitter:", "You can watch the interview below:");
#: a post's own colon does not ("Fact check: used to be enslaved", "#Charlotte police: 70% of ...", nor
#: one after a handle: "@chucktodd reports—here are the new additions: pic.twitter.com/..."). "Here"
#: is not enough: posts use it as often.
_INTRODUCING = re.compile(
    r"\b(?:(?:re)?tweet(?:s|ed|ing)?|twitter|instagram|facebook|post(?:s|ed|ing)?|wr(?:ote|ites?|iting)|"
    r"report(?:s|ed|ing)?|shar(?:e|es|ed|ing)|below|following)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Post:
    """One embedded post: its words (``start`` to ``signed``) and its signature (``signed`` to ``end``)."""

    start: int
    signed: int
    end: int


def _introduced_after(text: str, start: int, signed: int) -> int:
    """Where the post's words start after the writer's introducing colon in ``start``..``signed``
    ("Dean, who is now a contributor for MSNBC, tweeted last night: Notice Trump sniffing ..."), or
    ``start``: the first colon whose sentence names or points to the post and mentions no handle."""
    for m in _COLON.finditer(text, start, signed):
        before = text[start : m.start()]
        sentence = _SENTENCE_START.split(before)[-1]
        if _HANDLE.search(sentence) or not _INTRODUCING.search(sentence):
            continue
        after = m.end()
        while after < signed and text[after].isspace():
            after += 1
        return after
    return start


def _post_start(text: str, bound: int, signed: int) -> int:
    """Where the words of a post signed at ``signed`` start, its paragraph or the post before it
    starting at ``bound`` (see the module docstring)."""
    links = sum(len(link.group()) for link in _LINK.finditer(text, max(bound, signed - POST_MAX), signed))
    start = max(bound, signed - POST_MAX - links)
    if start > bound:
        sentence = _SENTENCE_START.search(text, start, signed)
        start = sentence.end() if sentence else start
    start = _introduced_after(text, start, signed)
    reply = _REPLY_START.search(text, start, signed)
    return reply.start() if reply else start


def _words_above(text: str, paragraph_starts: list[int], i: int, floor: int, signature: re.Match[str]) -> int:
    """The first paragraph of a post whose signature stands alone on paragraph ``i``: the paragraphs right
    above it ("I cannot believe this event has been politicised. / This man has no shame. / Just resign. /
    — wayne campbell (@campbs177) 31 December 2018"), back to the post before it (``floor``), as far as
    ``POST_MAX`` characters reach, and never into the writer's paragraph that introduces the posts ("... a
    host of Londoners rushed to Twitter to accuse their mayor ...", "... tweeted:") or names the poster
    ("Another source told Laura Loomer that ..."). When the post's link opens the signature's line
    ("https://t.co/... — Donald Trump Jr. (@DonaldJTrumpJr)"), only the paragraph right above: the link
    closes the post's words, and where they start is anyone's guess."""
    signed = signature.start()
    if _LINK.search(text, paragraph_starts[i], signed):
        return i - 1 if paragraph_starts[i - 1] >= floor else i
    names = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", signature.group().split("(@")[0])}
    first = i
    for k in range(i - 1, -1, -1):
        start = paragraph_starts[k]
        paragraph = text[start : paragraph_starts[k + 1]].strip()
        links = sum(len(link.group()) for link in _LINK.finditer(text, start, signed))
        if start < floor or signed - start - links > POST_MAX:
            break
        if paragraph.endswith(":") or _INTRODUCING.search(paragraph):
            break
        if names & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", paragraph)}:
            break  # the writer's line that names the poster
        first = k
    return first


@functools.lru_cache(maxsize=64)
def embedded_posts(text: str) -> tuple[Post, ...]:
    """The embedded posts of ``text``, in order."""
    markup = [Post(m.start(1), m.end(1), m.end()) for m in _MARKUP.finditer(text)] if "<tweet" in text else []
    if "(@" not in text and "Posted by" not in text:
        return tuple(markup)
    posts: list[Post] = []
    paragraph_starts = [start for start, _ in paragraph_ranges(text)]
    previous_end = 0
    for m in _SIGNATURE.finditer(text):
        i = bisect_right(paragraph_starts, m.start()) - 1
        before = [q.end for q in markup if q.end <= m.start()]
        # nothing but the post's link before the signature on its line: "https://t.co/zHBz4gKpkf — Donald Trump Jr."
        own_line = i > 0 and not _LINK.sub("", text[paragraph_starts[i] : m.start()]).strip()
        first = _words_above(text, paragraph_starts, i, max([previous_end, *before]), m) if own_line else i
        bound = max(paragraph_starts[first] if first >= 0 else 0, previous_end, *before)
        posts.append(Post(_post_start(text, bound, m.start()), m.start(), m.end()))
        previous_end = m.end()
    if markup:
        posts = sorted([*markup, *(p for p in posts if not any(q.start <= p.start < q.end for q in markup))],
                       key=lambda p: p.start)  # fmt: skip
    return tuple(posts)


def post_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each embedded post, signature included: ranges to read as someone else's words."""
    return [(p.start, p.end) for p in embedded_posts(text)]
