"""Edit distance between two words, for plugins that compare spellings (a name written two ways, a known
misspelling and its correction)."""

from __future__ import annotations


def edit_distance(a: str, b: str) -> int:
    """The number of insertions, deletions, substitutions and swaps of two neighbouring letters that turn
    ``a`` into ``b`` (optimal string alignment: "Wiener"/"Weiner" 1, "thier"/"their" 1, "goverment"/
    "government" 1)."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]
