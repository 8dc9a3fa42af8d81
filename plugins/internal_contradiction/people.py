"""One person named two ways: a surname spelled differently ("Stella Bulochnikov" ... "Bulchnikov").

News style introduces a person by full name and then uses the surname alone. A later bare surname
one letter away from an introduced one (an insertion, deletion, substitution or swap of neighbours)
names no one else in the article: it is the same person misspelt. Precision first, so a pair is
reported only when all of these hold:

- both forms are surnames of person names (runs of proper nouns; titles and initials stripped), at
  least five letters; NER labels the introduced name PERSON and the variant nothing that rules out
  a person (an unknown, misspelt surname is often called an ORG; never a place or a group);
- both start with the same letter (slips keep it: "Hilton" and "Tilton" are two people);
- the canonical form is introduced with a given name somewhere in the article; the variant never
  comes with a given name other than the canonical one's, and is never itself a given name
  ("Osama bin Laden" beside "Obama") nor a plural or possessive of the other ("the Obamas");
- the variant occurs no more often than the canonical form, and is rare as an English word
  (wordfreq Zipf below 2.5: "Bulchnikov", "Mikkleson"; not "Hasan" beside "Hassan", which name
  different people as often as not);
- the text does not itself introduce the variant ("Gadhafi, also spelled Qaddafi", "(née ...)").

A variant written once with the very given name of the canonical form ("Ahmed Mohamad" beside "Ahmed
Mohamed") may be a name of its own up to Zipf 3.75: the shared given name ties both to one person.

Two edits away ("Labbot" beside "Elise Labott", "Adebin" beside "Huma Abedin") only when the variant
is written once, beside a surname written at least three times, and is no word or name of any
currency (Zipf below 1; ``_two_slips``).

Forms that differ only in accents or capitals ("Peña"/"Pena", "DeVos"/"Devos") are house style,
not two spellings, and are left alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scorer import Finding, Span, edit_distance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .checks import Context

__all__ = ["NamePair", "age_conflicts", "entity_tokens", "mentions", "name_candidates", "name_mismatches"]

#: Words that stand before a name without being part of it.
_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep",
    "representative", "gov", "governor", "gen", "general", "lt", "col", "capt", "captain", "sgt",
    "rev", "reverend", "fr", "father", "sir", "dame", "lord", "lady", "president", "judge", "justice",
    "secretary", "mayor", "chancellor", "minister", "prime", "king", "queen", "prince", "princess",
    "pope", "st", "saint", "attorney", "speaker", "vice", "chief", "officer", "detective", "coach",
    "director", "ambassador", "commissioner", "sheriff", "deputy", "sergeant", "lieutenant", "colonel",
    "major", "admiral", "marshal", "pres", "supt", "insp", "inspector", "councilman", "councilwoman",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "chairman", "chairwoman", "dean",
    "former", "late", "the", "ceo", "sheikh", "ayatollah", "imam", "rabbi", "bishop", "cardinal",
    "monsignor", "monsignore", "msgr", "archbishop",
}  # fmt: skip
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"}
#: Phrases by which a text itself introduces another spelling of a name.
_VARIANT_INTRO = re.compile(
    r"also\s+(?:spelled|spelt|written|known)|\ba[./]?k[./]?a\b|n[ée]e\b|formerly|spelled|spelt|transliterat",
    re.IGNORECASE,
)
#: How close the text's own introduction of a variant stands to the name it varies.
_INTRO_MAX_CHARS = 48
_MIN_LEN = 5
#: Entity labels that say a variant is not a person at all.
_NOT_PEOPLE = {"GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE", "LAW"}
#: Of those, the labels that rule out a misspelt surname: NER calls an unknown surname a PRODUCT as
#: readily as an ORG ("Schaff’s tip-off" after "Oakland Mayor Libby Schaaf"), never a place or a group.
_NOT_A_SURNAME = _NOT_PEOPLE - {"PRODUCT"}
#: Above this Zipf frequency a variant is an established word or name of its own.
_MAX_VARIANT_ZIPF = 2.5
#: A swapped or two-letter-short variant may be a name of its own up to this frequency ("Wiener",
#: "Benson") when the article's own uses tie it to one person (see ``_plausible``).
_MAX_SWAPPED_ZIPF = 3.75
_SWAPPED_MIN_USES = 3
#: A variant two edits away must be no word or name of any currency ("Labbot", "Adebin").
_TWO_SLIPS_MAX_ZIPF = 1.0
_TWO_SLIPS_MIN_LEN = 6


@dataclass(frozen=True)
class _Mention:
    surname: int  # token index of the surname
    start: int  # token index where the name starts (after titles)
    given: tuple[str, ...]  # given names, lower case, initials left out
    initials: tuple[str, ...] = ()  # initials written before the name ("S Horgan", "J. R. Smith"), upper case


@dataclass(frozen=True)
class NamePair:
    """A surname form, the form it is probably a misspelling of, and the mentions of each."""

    variant: str
    canonical: str
    variant_mentions: tuple[int, ...]  # surname token indices
    canonical_mentions: tuple[int, ...]
    canonical_intro: tuple[int, int]  # token range of the first full-name mention
    variant_first: tuple[int, int]  # token range of the variant's first mention (with its given names)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _is_name_word(tok: Token) -> bool:
    text = tok.text
    return (
        tok.tag_ in ("NNP", "NNPS")
        and text[:1].isupper()
        and any(c.islower() for c in text)
        and re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿ]+)*\.?", text) is not None
    )


def _mentions(doc: Doc) -> Iterator[_Mention]:
    """Every run of proper nouns read as a person name: given names, then a surname."""
    if not len(doc):
        return
    proper = {doc.vocab.strings.add("NNP"), doc.vocab.strings.add("NNPS")}
    tags = doc.to_array("TAG").tolist()
    is_name = [tag in proper and _is_name_word(doc[k]) for k, tag in enumerate(tags)]
    i, n = 0, len(doc)
    while i < n:
        if not is_name[i]:
            i += 1
            continue
        j = i
        while j < n and is_name[j] and (j == i or "\n" not in doc[j - 1].whitespace_):
            j += 1
        words = list(range(i, j))
        titles = [k for k, w in enumerate(words[:-1]) if doc[w].lower_.rstrip(".") in _TITLES]
        if titles:
            words = words[titles[-1] + 1 :]  # "Marine Biologist Dr. Debra Polowotski": the name after the title
        while words and doc[words[-1]].lower_.rstrip(".") in _SUFFIXES:
            words.pop()
        if words:
            surname = words[-1]
            given = tuple(
                doc[k].lower_ for k in words[:-1] if len(doc[k].text.rstrip(".")) > 1 and not doc[k].text.endswith(".")
            )
            k = words[0]
            while k > 0 and re.fullmatch(r"[A-Z]\.?", doc[k - 1].text) and "\n" not in doc[k - 1].whitespace_:
                k -= 1
            initials = tuple(doc[x].text[0] for x in range(k, words[0]))
            initials += tuple(doc[x].text[0] for x in words[:-1] if len(doc[x].text.rstrip(".")) == 1)
            yield _Mention(surname, words[0], given, initials)
        i = j


def _one_edit(a: str, b: str) -> bool:
    """Damerau–Levenshtein distance exactly 1 (one insertion, deletion, substitution or swap)."""
    return abs(len(a) - len(b)) <= 1 and edit_distance(a, b) == 1


@functools.lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loaded only when a candidate pair needs it

    # "large" (what "best" means for English) and positional: wordfreq caches its table per exact
    # arguments, so this shares the one load with any other plugin asking the same way
    return float(zipf_frequency(word, "en", "large"))


def mentions(doc: Doc) -> list[_Mention]:
    """The person-name mentions of a Doc (computed once per article, shared by the checks here)."""
    return list(_mentions(doc))


def name_candidates(doc: Doc, found: list[_Mention] | None = None) -> list[NamePair]:
    """Surname pairs one edit apart that may be one person spelled two ways (no NER read yet)."""
    by_form: dict[str, list[_Mention]] = defaultdict(list)
    given_words: set[str] = set()
    for m in mentions(doc) if found is None else found:
        by_form[doc[m.surname].text.rstrip(".")].append(m)
        given_words.update(m.given)
    # a slip keeps the first letter ("Hilton" and "Tilton" are two people): compare within a letter
    by_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for f in by_form:
        if len(f) >= _MIN_LEN:
            plain = _plain(f)
            by_letter[plain[0]].append((f, plain))
    pairs: list[NamePair] = []
    for group in by_letter.values():
        for v, pv in group:
            for c, pc in group:
                if v == c or pv == pc:
                    continue
                if (not _one_edit(pv, pc) and not _two_letters_dropped(pv, pc, by_form[v], by_form[c], doc)
                        and not _two_slips(pv, pc, by_form[v], by_form[c])):
                    continue
                pair = _pair(v, c, pv, pc, by_form, given_words)
                if pair is not None:
                    pairs.append(pair)
    # "Ray Washburne" ... "Ray Washbourne": either may be the slip; report the pair once, taking as
    # canonical the form used more often, else the one introduced first
    best: dict[frozenset[str], NamePair] = {}
    for p in pairs:
        key = frozenset((p.variant, p.canonical))
        other = best.get(key)
        if other is None or (len(p.canonical_mentions), -p.canonical_intro[0]) > (
            len(other.canonical_mentions), -other.canonical_intro[0]
        ):
            best[key] = p
    return list(best.values())


def _pair(
    v: str, c: str, pv: str, pc: str, by_form: dict[str, list[_Mention]], given_words: set[str]
) -> NamePair | None:
    """``v`` as a misspelling of ``c``, or None when the guards in the module docstring say no."""
    if pv.rstrip("s") == pc.rstrip("s") or pv + "es" == pc or pc + "es" == pv:
        return None  # "the Obamas", "Jones"/"Jone"
    vm, cm = by_form[v], by_form[c]
    # the first full name, preferring one or two given names to a headline run ("Reddit Exposes
    # Paul Combetta")
    intros = sorted((m for m in cm if m.given), key=lambda m: (len(m.given) > 2, m.surname))
    if not intros or len(vm) > len(cm):
        return None
    known_given = {g for m in intros for g in m.given}
    if any(m.given and not set(m.given) <= known_given for m in vm):
        return None  # the variant has a given name of its own: another person
    if pv in given_words:
        return None  # "Osama" in "Osama bin Laden" is a given name, not "Obama" misspelt
    known_initials = {g[0].upper() for g in known_given}
    if any(m.initials and m.initials[0] not in known_initials for m in vm):
        return None  # "S Horgan" in a team list beside "Marcus Horan": another initial, another player
    if len(vm) == len(cm) and not any(m.given for m in vm) and vm[0].surname < intros[0].surname:
        return None  # the bare form comes first and as often: no sign which is the slip
    return NamePair(v, c, tuple(m.surname for m in vm), tuple(m.surname for m in cm),
                    (intros[0].start, intros[0].surname + 1), (vm[0].start, vm[0].surname + 1))


def _two_letters_dropped(pv: str, pc: str, vm: list[_Mention], cm: list[_Mention], doc: Doc) -> bool:
    """'Joel Benson' once beside 'Joel Benenson' throughout: the variant is the canonical surname with two
    adjacent letters left out, written once, with the same given name as the canonical form's."""
    if len(vm) != 1 or len(cm) < 2 or len(pc) != len(pv) + 2 or len(pv) < _MIN_LEN:
        return False
    if not any(pc[:k] + pc[k + 2 :] == pv for k in range(2, len(pc) - 1)):
        return False  # a dropped first letter changes the name ("Anderson", "Sanderson")
    given = vm[0].given
    return bool(given) and any(m.given == given for m in cm)


def _two_slips(pv: str, pc: str, vm: list[_Mention], cm: list[_Mention]) -> bool:
    """'Labbot' once beside 'Elise Labott' seven times, 'Adebin' once beside 'Huma Abedin' throughout: a
    surname written once two edits from one the article uses at least three times, in a form that is
    no word or name of any currency (Zipf below 1), both at least six letters. A form holding the other
    whole is two words run together or a clipping, not a slip ("Davis Manafortin 1995")."""
    if len(vm) != 1 or len(cm) < _SWAPPED_MIN_USES or min(len(pv), len(pc)) < _TWO_SLIPS_MIN_LEN:
        return False
    if pc in pv or pv in pc:
        return False
    return edit_distance(pv, pc) == 2 and _zipf(pv) < _TWO_SLIPS_MAX_ZIPF


def _transposed(a: str, b: str) -> bool:
    """Two adjacent letters swapped ("Weiner" / "Wiener")."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _plausible(doc: Doc, found: list[_Mention] | None = None) -> list[NamePair]:
    """Candidate pairs whose variant is rare enough to be a slip: below Zipf 2.5; or a name of its own
    (below Zipf 3.5, "Wiener") when it is the canonical surname with two letters swapped, written once
    beside a canonical surname written at least three times ("Weiner" eight times); or a two-letter
    omission with the same given name (``_two_letters_dropped``), or one edit with the same given name
    ("Ahmed Mohamad" beside "Ahmed Mohamed"), which ties the two to one person."""
    out = []
    found = mentions(doc) if found is None else found
    given_at = {m.surname: m.given for m in found}
    for p in name_candidates(doc, found):
        z = _zipf(p.variant)
        slip = (
            len(p.variant_mentions) == 1
            and z < _MAX_SWAPPED_ZIPF
            and (
                (len(p.canonical_mentions) >= _SWAPPED_MIN_USES and _transposed(_plain(p.variant), _plain(p.canonical)))
                or len(_plain(p.canonical)) == len(_plain(p.variant)) + 2
                or _same_given_name(p, given_at)
            )
        )
        if z < _MAX_VARIANT_ZIPF or slip:
            out.append(p)
    return out


def _same_given_name(pair: NamePair, given_at: dict[int, tuple[str, ...]]) -> bool:
    """'Ahmed Mohamad' once beside 'Ahmed Mohamed': the variant is written with the very given name the
    canonical surname carries, which ties the two to one person even when the variant is a name of its own."""
    canonical = {given_at.get(i, ()) for i in pair.canonical_mentions} - {()}
    return any(given_at.get(i, ()) in canonical for i in pair.variant_mentions)


def entity_tokens(doc: Doc) -> list[int]:
    """The tokens whose entity label ``name_mismatches`` will read (for prefetching NER)."""
    out: list[int] = []
    for pair in _plausible(doc):
        out.append(pair.canonical_intro[1] - 1)
        out.extend(pair.variant_mentions)
    return out


def name_mismatches(ctx: Context, found: list[_Mention] | None = None) -> list[Finding]:
    """A surname spelled two ways for one person: the later spelling, quoting the earlier one.
    ``found`` are the Doc's name mentions when the caller has them already."""
    doc = ctx.index.doc
    findings: list[Finding] = []
    for pair in _plausible(doc, found):
        if doc[pair.canonical_intro[1] - 1]._.entity != "PERSON":
            continue
        # NER often calls an unknown (misspelt) surname an ORG or a PRODUCT: only a place or a group rules it out
        if not any(doc[i]._.entity not in _NOT_A_SURNAME or _titled(doc, i) for i in pair.variant_mentions):
            continue
        if _introduced_as_variant(doc, pair):
            continue
        first_v = pair.variant_first[0]
        intro = doc[pair.canonical_intro[0] : pair.canonical_intro[1]]
        v_name = doc[pair.variant_first[0] : pair.variant_first[1]]
        v_span = (v_name.start_char, v_name.start_char + len(v_name.text.rstrip(".")))
        v_text = v_name.text.rstrip(".")
        if first_v > pair.canonical_intro[0]:
            start, end = v_span
            related = Span(intro.start_char, intro.end_char)
            message = (
                f"'{v_text}' here, but '{intro.text}' earlier: the same name spelled two ways "
                f"({pair.canonical} {_times(len(pair.canonical_mentions))}, {pair.variant} "
                f"{_times(len(pair.variant_mentions))})"
            )
        else:
            start, end = intro.start_char, intro.end_char
            related = Span(*v_span)
            message = (
                f"'{intro.text}' here, but '{v_text}' earlier: the same name spelled two ways "
                f"({pair.canonical} {_times(len(pair.canonical_mentions))}, {pair.variant} "
                f"{_times(len(pair.variant_mentions))})"
            )
        findings.append(Finding(start, end, message, 0.7, related=related))
    return findings


def _titled(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_.rstrip(".") in _TITLES


def _introduced_as_variant(doc: Doc, pair: NamePair) -> bool:
    """The text gives the other spelling itself: "Gadhafi (also spelled Qaddafi)"."""
    for v in pair.variant_mentions:
        for c in pair.canonical_mentions:
            lo, hi = sorted((v, c))
            between = doc[lo + 1 : hi].text
            # measured in characters: "a/k/a 'Ahmad" is one short phrase but six tokens
            if len(between) <= _INTRO_MAX_CHARS and (
                _VARIANT_INTRO.search(between) or "(" in between or "/" in between
            ):
                return True
    return False


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


# --- one person, two ages ------------------------------------------------------------------------

_AGE_AFTER = re.compile(
    r"\s*(?:,\s*|\(\s*)(?:(?P<yo_det>a|an|the)\s+)?(?P<age>\d{1,3})(?:(?P<yo>-years?-old)\b|\s*(?:[,)]|$))"
)
_NOT_AGES = re.compile(r"%|\bpercent|\bpoints?\b|\bvotes?\b|\bscor|\bpoll|\bseats?\b|\bdelegates?\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-years?-old\s+$")
#: Words that put an age at another time than the story's present.
_THEN = re.compile(
    r"\b(?:then|at\s+the\s+time|when\s+(?:he|she|they)\s+was|was\s+only|aged|at\s+age|at\s+the\s+age|turn(?:s|ed|ing)?"
    r"|birthday|in\s+(?:1[89]\d\d|20\d\d)|(?:1[89]\d\d|20\d\d)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Aged:
    age: int
    start: int  # characters: the name and its age, as written
    end: int
    key: tuple[str, str]  # (given name or "", surname), lower case


def age_conflicts(ctx: Context, found: list[_Mention] | None = None) -> list[Finding]:
    """One person given two ages in the present of the story ("Smith, 45, ..." and "the
    47-year-old Smith"). The person is the same full name, or a bare surname only one person in the
    article bears; an age in a sentence that sets another time ("then 41", "in 2009", "turned 50")
    is left out."""
    doc = ctx.index.doc
    text = ctx.text
    named = mentions(doc) if found is None else found
    given_of: dict[str, set[str]] = defaultdict(set)
    for m in named:
        if m.given:
            given_of[doc[m.surname].lower_].add(m.given[0])
    aged: list[_Aged] = []
    for m in named:
        surname = doc[m.surname]
        if len(surname.text) < 2:
            continue
        name_start = doc[m.start].idx
        name_end = surname.idx + len(surname)
        after = _AGE_AFTER.match(text, name_end)
        before = _AGE_BEFORE.search(text, max(0, name_start - 20), name_start)
        if after is not None and after["yo_det"] and not after["yo"]:
            after = None  # "Smith, a 45": not an age
        if after is not None and not after["yo"] and not m.given:
            after = None  # "Clinton, 46, Trump, 44" is a poll: an age in commas comes with a full name
        hit = after or before
        if hit is None:
            continue
        age = int(hit["age"])
        if not 1 <= age <= 115:
            continue
        s, e = (name_start, hit.end("age")) if after else (hit.start(), name_end)
        if after is not None and after["yo"]:
            e = after.end("yo")
        sent = ctx.index.sentence_of(s)
        lo, hi = ctx.index.sentences[sent] if sent >= 0 else (s, e)
        if _THEN.search(text, lo, hi) or _NOT_AGES.search(text, lo, hi):
            continue
        last = surname.lower_
        if m.given:
            key = (m.given[0], last)
        elif len(given_of[last]) == 1:
            key = (next(iter(given_of[last])), last)
        else:
            continue  # a bare surname two people (or no one introduced) bear
        aged.append(_Aged(age, s, e, key))
    findings: list[Finding] = []
    first: dict[tuple[str, str], _Aged] = {}
    for a in aged:
        prev = first.setdefault(a.key, a)
        if prev is a or prev.age == a.age:
            continue
        findings.append(
            Finding(
                a.start,
                a.end,
                f"'{text[a.start:a.end]}' here, but '{text[prev.start:prev.end]}' earlier: the same person given "
                f"two ages ({prev.age} and {a.age})",
                0.6,
                related=Span(prev.start, prev.end),
            )
        )
        first[a.key] = a  # report each change once
    return findings
