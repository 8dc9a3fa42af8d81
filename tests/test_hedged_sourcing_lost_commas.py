"""hedged_sourcing: a role and the speaker's name with the commas between them lost.

Scraped wire copy (the fa_kes set drops most commas) writes "A nurse at Douma Emergency Collection
facility Bayan Baker said ...": the parser makes the name a second subject of the verb and the role an
unnamed source. When a person's full name stands right before the verb of the role's own sentence, the
two are one speaker, and named. Read on the credible pool: three such findings, and the "the nurse
said" that referred back to one of them, all gone; a role with no name after it still stands.

Every sentence is quoted from a published article (the id is in the comment).
"""

from __future__ import annotations

from hedged_cases import passage_tests

LEFT_ALONE = [
    # fa_kes:1926479352: the nurse is named, and "the nurse said" later refers back to her
    (
        "Activists said rockets with chemical agents hit the Damascus suburbs of Ain Tarma Zamalka and Jobar "
        "before dawn. A nurse at Douma Emergency Collection facility Bayan Baker said the death toll as collated "
        "from medical centers in the suburbs east of Damascus was 213. Many of the casualties are women and "
        "children. They arrived with their pupil dilated cold limbs and foam in their mouths. The doctors say "
        "these are typical symptoms of nerve gas victims the nurse said.",
        "nurse",
    ),
    # fa_kes:1924058064
    (
        "An activist at the scene Muaz Al Shami said as many as 10 air strikes were believed to have hit the "
        "residential area.",
        "An activist",
    ),
]

STILL_FOUND = [
    # fa_kes:1926479318: activists with no name
    (
        "Activists have accused the Syrian army of avoiding confrontations with IS because it has weakened rival "
        "rebel groups also battling Assad.",
        "Activists have accused",
    ),
]

test_left_alone, test_still_found = passage_tests(LEFT_ALONE, STILL_FOUND)
