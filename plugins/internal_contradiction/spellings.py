"""One name written two ways, beyond the surname slips of ``people``.

``people`` compares surnames of introduced persons. Readers also catch these, each reported under
the same ``name_spelling`` check (the span is the later form, the related span the earlier one):

- ``hyphenation``: a compound surname with and without its hyphen after the same given name
  ("Kareem Abdul-Jabbar" ... "Kareem Abdul Jabbar"). Both forms must follow one given name, so
  "the Trump-Pence ticket" beside "Trump Pence" signs is never compared.
- ``given_names``: a given name one edit away from the given name of a person the article
  introduces in full: with the same surname ("Kanye West" ... "Kayne West") or alone ("Barack
  Obama" ... "Barrack"). A slip of a well-known given name is much rarer as a word than the name
  itself: alone, the variant must be rare (wordfreq Zipf below 3) and at least one Zipf point rarer
  than the form it varies, so "Sara" and "Sarah", "Brian" and "Bryan" (names of their own) are never
  compared; before the same surname, which ties both to one person, below 3.8 and 0.7 rarer ("Hilary
  Clinton" ... "Hillary Clinton", in either order); both at least five letters, same first letter.
- ``titled_surnames``: a surname after the title an introduced person carries, one edit from that
  person's surname ("Justice Ruth Bader Ginsburg" ... "JUSTICE GINSBERG"): the shared title names
  the same person, so the variant may be a name of its own (Zipf below 4: "Governor Greg Abbot" ...
  "Governor Abbott") and in capitals; it must not be the surname of anyone the article names in full.
- ``one_off_variants``: a proper name the article uses at least three times ("Lafarge") and, once,
  a form one edit away that is no word or name of any currency (Zipf below 1: "Lefarge"), not a
  place or group by NER, not a plural or possessive, with no capital after its first letter (not
  "VeritasA", two words an extraction ran together); at least six letters, same first letter.
- ``code_variants``: a designation written once with the letter O (or I) and once with the digit 0
  (or 1) ("2016 H03" ... "2016 HO3"): tokens of capitals and digits, each with a digit, that differ
  only there.

A form the article marks "[sic]" is kept as its source wrote it ("ensure the demise of Angela Correy’s
[sic] persecution career", quoting a letter, beside the writer's own "Angela Corey"): the editor already
knows, so no pair with it is reported (:func:`without_sic`). Nor is a form inside a post the article embeds
("... if it Abdul-Ghani Wahajj ... — Ashley Homrich (@AshleyNewsATL) August 7, 2018") when it is the rarer form:
the poster's spelling (:func:`without_posts`).

Transliterations ("Mohammad" and "Muhammad") are left alone: both are common (Zipf above 3) and
house styles differ, so an editor would not call them a slip.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import scorer
from scorer import Finding, Span

from .people import _NOT_PEOPLE, _TITLES, _is_name_word, _one_edit, _plain, _zipf

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .checks import Context
    from .people import _Mention

__all__ = [
    "add_new", "code_variants", "entity_tokens", "given_names", "hyphenation", "one_off_variants", "titled_surnames",
    "without_posts",
    "without_sic",
]

_GIVEN_MIN_LEN = 5
_GIVEN_MAX_ZIPF = 3.0
_GIVEN_ZIPF_GAP = 1.0
#: With the same surname: "Hilary" (Zipf 3.5) beside "Hillary" (4.3), not "Bryan" (4.0) beside "Brian" (4.5).
_SAME_SURNAME_MAX_ZIPF = 3.8
_SAME_SURNAME_ZIPF_GAP = 0.7
#: A variant ending in "s" whose stem is this common is a possessive that lost its apostrophe ("Russias").
_POSSESSIVE_MIN_ZIPF = 3.0
#: A surname after the same title may be a common name of its own ("Governor Greg Abbot" ... "Governor
#: Abbott"): the title ties both to one person.
_TITLED_MAX_ZIPF = 4.0
_ONE_OFF_MIN_LEN = 6
_ONE_OFF_MIN_USES = 3
_ONE_OFF_MAX_ZIPF = 1.0
#: The lookaheads read at most 40 characters: a designation is short, and unbounded they re-read a long run of
#: capitals or hyphens from each of its characters (20,000 "A" took 5 s).
_CODE = re.compile(r"(?=[A-Z0-9-]{0,40}\d)(?=[A-Z0-9-]{0,40}[A-Z])[A-Z0-9][A-Z0-9-]*[A-Z0-9]")


def _finding(first: tuple[int, int], second: tuple[int, int], text: str, why: str) -> Finding:
    """``second`` is the later form: the span; ``first`` is quoted as the earlier one."""
    a, b = text[first[0] : first[1]], text[second[0] : second[1]]
    return Finding(second[0], second[1], f"'{b}' here, but '{a}' earlier: {why}", 0.7, related=Span(*first))


def _chars(doc: Doc, i: int, j: int) -> tuple[int, int]:
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


# --- "Abdul-Jabbar" and "Abdul Jabbar" -------------------------------------------------------------


def hyphenation(ctx: Context) -> list[Finding]:
    """A compound surname written with and without its hyphen after the same given name."""
    doc = ctx.index.doc
    forms: dict[tuple[str, str], dict[bool, list[tuple[int, int, str]]]] = defaultdict(lambda: defaultdict(list))
    n = len(doc)
    for i in range(n - 2):
        a = doc[i]
        if not _name(a):
            continue
        if doc[i + 1].text == "-" and not a.whitespace_ and not doc[i + 1].whitespace_ and _name(doc[i + 2]):
            b, hyphen, end = doc[i + 2], True, i + 3
        elif a.whitespace_ == " " and _name(doc[i + 1]):
            b, hyphen, end = doc[i + 1], False, i + 2
        else:
            continue
        if end < n and (doc[end].text == "-" or (doc[end - 1].whitespace_ == " " and _name(doc[end]))):
            continue  # part of a longer run: "Abdul Jabbar Smith" names someone else
        given = doc[i - 1] if i > 0 and doc[i - 1].whitespace_ == " " and _name(doc[i - 1]) else None
        key = (a.lower_, b.lower_)
        forms[key][hyphen].append((i if given is None else i - 1, end, "" if given is None else given.lower_))
    findings: list[Finding] = []
    for key, by_form in forms.items():
        with_h, without = by_form.get(True, []), by_form.get(False, [])
        if not with_h or not without:
            continue
        shared = {g for *_, g in with_h if g} & {g for *_, g in without if g}
        if not shared:
            continue  # only one given name ties the two forms to one person
        variant_is_hyphen = len(with_h) < len(without)
        variant, canonical = (with_h, without) if variant_is_hyphen else (without, with_h)
        v = next(m for m in variant if m[2] in shared)
        c = next(m for m in canonical if m[2] in shared)
        first, second = sorted((v, c))
        findings.append(_finding(_chars(doc, first[0], first[1]), _chars(doc, second[0], second[1]), ctx.text,
                                 f"the same name written with and without a hyphen ({key[0].title()}-"
                                 f"{key[1].title()} {_times(len(with_h))}, without the hyphen "
                                 f"{_times(len(without))})"))
    return findings


def _name(tok: Token) -> bool:
    return _is_name_word(tok) and not tok.text.endswith(".")


# --- "Kanye West" and "Kayne West"; "Barack Obama" and "Barrack" -----------------------------------


def given_names(ctx: Context, found: list[_Mention]) -> list[Finding]:
    """A given name one edit away from the given name of a person the article introduces in full."""
    doc = ctx.index.doc
    full: dict[tuple[str, str], list[_Mention]] = defaultdict(list)  # (given, surname) -> mentions
    surnames: set[str] = set()
    givens: set[str] = set()
    for m in found:
        surname = doc[m.surname].lower_
        surnames.add(surname)
        if m.given:
            full[(m.given[0], surname)].append(m)
            givens.add(m.given[0])
    findings: list[Finding] = []
    seen: set[str] = set()
    people = list(full)
    for m in found:
        surname = doc[m.surname].lower_
        if m.given:  # "Kayne West" beside "Kanye West"
            variant, pool = m.given[0], [p for p in people if p[1] == surname and p[0] != m.given[0]]
            span = (m.start, m.surname + 1)
        else:  # "Barrack" alone beside "Barack Obama"
            if surname in givens or sum(1 for p in people if p[1] == surname):
                continue
            tok = doc[m.surname]
            if tok.i != m.start or (tok.i and doc[tok.i - 1].lower_.rstrip(".") in _TITLES):
                continue  # "Rep. Donalds" is someone's surname
            variant, pool = surname, people
            span = (m.surname, m.surname + 1)
        if variant in seen:
            continue
        matches = [p for p in pool if _given_slip(variant, p[0], same_surname=bool(m.given))]
        if len(set(matches)) != 1:
            continue  # no match, or two people it could be
        if not m.given and doc[m.surname]._.entity != "PERSON":
            continue
        canonical = full[matches[0]][0]
        if not m.given and doc[canonical.surname]._.entity != "PERSON":
            continue  # "Daraa Units" is no person whose given name "Daraj" could misspell: a place's units
        seen.add(variant)
        intro = _chars(doc, canonical.start, canonical.surname + 1)
        here = _chars(doc, *span)
        first, second = sorted((intro, here))
        why = f"the same name spelled two ways ({matches[0][0].title()} and {variant.title()})"
        findings.append(_finding(first, second, ctx.text, why))
    return findings


def _inflected(a: str, b: str) -> bool:
    """One plain form is the other with a plural or possessive "s"/"es" (its apostrophe lost): "Jones",
    "the Donalds", "Hollandes"."""
    return a.rstrip("s") == b.rstrip("s") or a + "es" == b or b + "es" == a


def _derived(a: str, b: str) -> bool:
    """One plain form is a word made from the other with "-r", "-n" or "-y" ("Leave" -> "Leaver", "Syria" ->
    "Syrian", "Brexit" -> "Brexity"), not a second spelling of it."""
    return a in (b + "r", b + "n", b + "y") or b in (a + "r", a + "n", a + "y")


def _lost_apostrophe(plain: str) -> bool:
    """A form ending in "s" whose stem is a common word or name: a possessive whose apostrophe the text
    lost ("Syrias", "Russias"), not a second spelling of anything."""
    return plain.endswith("s") and _zipf(plain[:-1]) >= _POSSESSIVE_MIN_ZIPF


def _given_slip(variant: str, canonical: str, *, same_surname: bool = False) -> bool:
    """Whether ``variant`` is a slip of the given name ``canonical``: one edit away, same first letter, and
    much rarer. Beside the same surname ("Hilary Clinton" ... "Hillary Clinton") the surname already ties
    both to one person, so the variant may be a name of its own, only rarer."""
    pv, pc = _plain(variant), _plain(canonical)
    if len(pv) < _GIVEN_MIN_LEN or len(pc) < _GIVEN_MIN_LEN or pv[0] != pc[0] or not _one_edit(pv, pc):
        return False
    if _inflected(pv, pc):
        return False  # "the Donalds", "Jones"
    if _derived(pv, pc):
        return False  # "Leaver MPs" beside "Leave MPs"
    if _lost_apostrophe(pv):
        return False  # "Russias Aerospace Forces" beside "Russian ...": a possessive that lost its apostrophe
    zv = _zipf(pv)
    if same_surname:
        return zv < _SAME_SURNAME_MAX_ZIPF and zv + _SAME_SURNAME_ZIPF_GAP <= _zipf(pc)
    return zv < _GIVEN_MAX_ZIPF and zv + _GIVEN_ZIPF_GAP <= _zipf(pc)


# --- "Justice Ruth Bader Ginsburg" and "JUSTICE GINSBERG" ----------------------------------------

#: Titles too general to tie a surname to one person.
_GENERIC_TITLES = {"the", "former", "late", "vice", "chief", "prime", "deputy", "officer", "attorney", "mr", "mrs",
                   "ms", "miss", "mx"}


def titled_surnames(ctx: Context, found: list[_Mention]) -> list[Finding]:
    """A surname after the title an introduced person carries, one edit from that person's surname."""
    doc = ctx.index.doc
    titled: dict[str, list[_Mention]] = defaultdict(list)  # title -> people introduced with it
    full_surnames = {_plain(doc[m.surname].text) for m in found if m.given}
    for m in found:
        if m.given and m.start > 0:
            title = doc[m.start - 1].lower_.rstrip(".")
            if title in _TITLES and title not in _GENERIC_TITLES:
                titled[title].append(m)
    findings: list[Finding] = []
    for tok in doc[1:]:
        title = doc[tok.i - 1].lower_.rstrip(".")
        if title not in titled or not tok.is_alpha or not tok.text[:1].isupper() or tok.tag_ not in ("NNP", "NNPS"):
            continue
        pv = _plain(tok.text)
        if len(pv) < _GIVEN_MIN_LEN or pv in full_surnames or _zipf(pv) >= _TITLED_MAX_ZIPF:
            continue
        people = {_plain(doc[m.surname].text): m for m in titled[title]
                  if m.surname < tok.i and _one_edit(pv, _plain(doc[m.surname].text))
                  and _plain(doc[m.surname].text)[0] == pv[0]
                  # "President Hollandes comments": the surname's possessive, its apostrophe lost
                  and not _inflected(pv, _plain(doc[m.surname].text))}
        if len(people) != 1:
            continue
        m = next(iter(people.values()))
        intro = _chars(doc, m.start - 1, m.surname + 1)
        # the span is the misspelling's first use after the introduction, titled or not
        first = next(t for t in doc[m.surname + 1 : tok.i + 1] if t.lower_ == tok.lower_)
        findings.append(_finding(intro, (first.idx, first.idx + len(first)), ctx.text,
                                 f"the same name spelled two ways, after the same title '{doc[m.start - 1].text}'"))
        break
    return findings


# --- "Lafarge" (seven times) and "Lefarge" (once) --------------------------------------------------


def _one_off_candidates(doc: Doc) -> list[tuple[Token, str, list[Token]]]:
    """(the once-used token, the form it varies, that form's uses) before any NER is read."""
    uses: dict[str, list[Token]] = defaultdict(list)
    for tok in doc:
        if _name(tok) and "-" not in tok.text and "'" not in tok.text and "’" not in tok.text:
            uses[tok.text].append(tok)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for form in uses:
        if len(form) >= _ONE_OFF_MIN_LEN:
            by_letter[_plain(form)[0]].append(form)
    out: list[tuple[Token, str, list[Token]]] = []
    for group in by_letter.values():
        for v in group:
            if len(uses[v]) != 1:
                continue
            pv = _plain(v)
            if any(ch.isupper() for ch in v[1:]):
                continue  # "VeritasA": two words run together, or a name in capitals, not a slip
            for c in group:
                pc = _plain(c)
                if c == v or len(uses[c]) < _ONE_OFF_MIN_USES or pv == pc or not _one_edit(pv, pc):
                    continue
                if _inflected(pv, pc) or _lost_apostrophe(pv):
                    continue  # "Syrias economic powerhouse" beside "Syrian": a possessive that lost its apostrophe
                if pv == pc + "i":
                    continue  # "activist Abu Malek al-Jayrudi" beside "Jayrud": a name of origin (nisba)
                if _derived(pv, pc):
                    continue  # "Leaver MPs" beside "Leave"
                if _zipf(pv) < _ONE_OFF_MAX_ZIPF:
                    out.append((uses[v][0], c, uses[c]))
                    break
    return out


def one_off_variants(ctx: Context) -> list[Finding]:
    """A proper name used at least three times and, once, a rare form one edit away."""
    doc = ctx.index.doc
    findings: list[Finding] = []
    for tok, c, c_uses in _one_off_candidates(doc):
        if tok._.entity in _NOT_PEOPLE:
            continue
        here = (tok.idx, tok.idx + len(tok))
        before = [t for t in c_uses if t.i < tok.i]
        other = before[0] if before else c_uses[0]
        there = (other.idx, other.idx + len(other))
        first, second = sorted((here, there))
        why = f"the same name spelled two ways, one of them used once ({c} {_times(len(c_uses))}, {tok.text} once)"
        findings.append(_finding(first, second, ctx.text, why))
    return findings


def entity_tokens(doc: Doc, found: list[_Mention]) -> list[int]:
    """The tokens whose entity label ``given_names`` and ``one_off_variants`` will read."""
    givens = {m.given[0] for m in found if m.given}
    out = [tok.i for tok, _, _ in _one_off_candidates(doc)]
    slips = {doc[m.surname].lower_ for m in found if not m.given and m.surname == m.start}
    slips = {s for s in slips if any(_given_slip(s, g) for g in givens)}
    for m in found:
        if not m.given and doc[m.surname].lower_ in slips:
            out.append(m.surname)
        elif m.given and any(_given_slip(s, m.given[0]) for s in slips):
            out.append(m.surname)  # the full name a lone given name may misspell: is it a person's?
    return out


# --- "2016 H03" and "2016 HO3" ---------------------------------------------------------------------


def code_variants(ctx: Context) -> list[Finding]:
    """A designation written once with a letter O (or I) and once with a digit 0 (or 1)."""
    forms: dict[str, dict[str, list[re.Match[str]]]] = defaultdict(lambda: defaultdict(list))
    for m in _CODE.finditer(ctx.text):
        s, e = m.span()
        if (s and ctx.text[s - 1].isalnum()) or (e < len(ctx.text) and ctx.text[e].isalnum()):
            continue
        key = m[0].replace("O", "0").replace("I", "1")
        forms[key][m[0]].append(m)
    findings: list[Finding] = []
    for by_form in forms.values():
        if len(by_form) != 2:
            continue
        (fa, ma), (fb, mb) = sorted(by_form.items(), key=lambda kv: kv[1][0].start())
        first, second = ma[0], mb[0]
        findings.append(_finding(first.span(), second.span(), ctx.text,
                                 "the same designation written with a letter where the other has a digit "
                                 f"({fa} {_times(len(ma))}, {fb} {_times(len(mb))})"))
    return findings


#: "[sic]" or "(sic)" right after a form (after its possessive, if any): the writer keeps a source's spelling.
_SIC_AFTER = re.compile(r"(?:['’]s)?\s*[\[(]sic[\])]", re.IGNORECASE)


def without_sic(found: list[Finding], text: str) -> list[Finding]:
    """``found`` less every pair one of whose forms the article marks "[sic]"."""

    def sic(end: int) -> bool:
        return _SIC_AFTER.match(text, end) is not None

    return [f for f in found if not sic(f.end) and not (f.related is not None and sic(f.related.end))]


def without_posts(found: list[Finding], text: str) -> list[Finding]:
    """``found`` less every pair whose later form lies in the words of a post the article embeds, when the
    article's own form is outside any post and the post's is the rarer on the web (or, both unseen there, in
    the article): the poster misspelt it, the article only reproduces the post. A post that spells the name
    better ("Hillary Clinton" in a tweet after the writer's "Hilary Clinton") still shows the writer's slip,
    and a signature's name stays a finding."""
    if not any(f.related is not None for f in found):
        return found
    posts = scorer.embedded_posts(text)  # the function (``from scorer import`` would name the module alike)

    def in_words(start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.signed for p in posts)

    def in_post(start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.end for p in posts)

    def rarest(words: set[str]) -> tuple[float, str]:
        return min(((_zipf(w), w) for w in words), default=(0.0, ""))

    lowered = text.lower()
    kept = []
    for f in found:
        if f.related is not None and in_words(f.start, f.end) and not in_post(f.related.start, f.related.end):
            in_post_words = set(text[f.start : f.end].lower().split())
            in_article = set(text[f.related.start : f.related.end].lower().split())
            posted, written = rarest(in_post_words - in_article), rarest(in_article - in_post_words)
            if posted[0] < written[0] or (
                posted[0] == written[0] and lowered.count(written[1]) > lowered.count(posted[1])
            ):
                continue  # rarer on the web, or (both unseen) rarer in the article: "Wahajj" once, "Wahhaj" 9 times
        kept.append(f)
    return kept


def add_new(reported: list[Finding], more: list[Finding]) -> list[Finding]:
    """``reported`` and those of ``more`` no finding so far covers (one slip, one finding): a span
    that overlaps another finding's span or related span. Two findings may quote the same intro."""
    out = list(reported)
    for f in more:
        if not any(_overlap(f, g) for g in out):
            out.append(f)
    return out


def _overlap(f: Finding, g: Finding) -> bool:
    def meets(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    f_span, g_span = (f.start, f.end), (g.start, g.end)
    return (meets(f_span, g_span) or (g.related is not None and meets(f_span, (g.related.start, g.related.end)))
            or (f.related is not None and meets((f.related.start, f.related.end), g_span)))


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
