"""Common misspellings with their corrections: codespell's main dictionary (``dictionary.txt``, about
65,000 entries such as "definately->definitely", "goverment->government", "recieve->receive").

Why a list beside the spelling dictionary: the slips writers make most often are common enough on the
web that wordfreq ranks them with rare real words ("thier" 3.0, "goverment" 2.7, "seperate" 2.8, where
the spelling check leaves alone anything above 2.4), so frequency alone cannot call them slips. A list
of known misspellings can.

The list is read from the installed ``codespell`` wheel as data, offline; no codespell code is imported.
Its dictionaries are derived from English Wikipedia's lists of common misspellings and released under
CC BY-SA 3.0 (codespell's README); the program itself is GPL-2.0, and nothing of it runs here.

Entries are kept only where the list is about spelling, not style or apostrophes: every correction a
single word with no apostrophe ("didnt->didn't" is the apostrophe check's, and collections that strip
apostrophes would make it noise), within two edits of the misspelling ("delusionally->delusively" is a
usage note), and not a dropped "g" ("hatin").
"""

from __future__ import annotations

import functools
from importlib.metadata import distribution
from pathlib import Path

from scorer import edit_distance

#: The codespell file read: its main list (``dictionary_rare.txt`` holds real but rare words, left out).
DICTIONARY = "codespell_lib/data/dictionary.txt"
MAX_EDITS = 2


def _keep(word: str, fixes: list[str]) -> bool:
    if not fixes or any("'" in f or " " in f or not f.isalpha() for f in fixes):
        return False
    if word.endswith("in") and word + "g" in fixes:
        return False
    return any(edit_distance(word, f) <= MAX_EDITS for f in fixes)


@functools.cache
def known_misspellings() -> dict[str, str]:
    """Lower-case misspelling -> its corrections as listed ("ther" -> "there, their, the, other"), from
    codespell's main dictionary, read once. Use :func:`correction`, which applies the filters above.

    :raises PackageNotFoundError: codespell, a declared dependency, is not installed.
    """
    path = distribution("codespell").locate_file(DICTIONARY)
    table: dict[str, str] = {}
    for line in Path(str(path)).read_text(encoding="utf-8").splitlines():
        word, sep, rest = line.partition("->")
        if sep and word.isalpha() and word.islower():
            table[word] = rest
    return table


@functools.lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """The listed correction of a lower-case ``word`` when it is a known misspelling kept by the filters
    of the module docstring, else None ("thier" -> "their"; "didnt", "hatin", "delusionally" -> None)."""
    listed = known_misspellings().get(word)
    if listed is None:
        return None
    fixes = [f.strip() for f in listed.split(",") if f.strip()]
    return fixes[0] if _keep(word, fixes) else None
