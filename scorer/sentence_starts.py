"""A paragraph break starts a sentence: a spaCy component that runs before the parser.

Scraped copies glue the writer's next sentence to whatever ends a paragraph without a full stop: a
headline, a photo credit, a pasted tweet's byline ("— FOX & Friends (@foxandfriends) September 19,
2016   Officials currently believe that ..."). The parser then reads the two as one sentence, and every
signal that reads a sentence (who said what, which verb a subject takes) reads it wrong. Marking the
first token of each paragraph (``scorer.paragraphs``: a line break, or a run of two or more spaces
where the breaks were lost) as a sentence start before parsing keeps them apart; the parser respects
sentence starts set before it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from scorer.paragraphs import paragraph_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The component's name in the pipeline.
COMPONENT = "misinfo_scorer_paragraph_starts"


@Language.component(COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of every paragraph but the first."""
    starts = {start for start, _ in paragraph_ranges(doc.text)}
    for tok in doc[1:]:
        if tok.idx in starts and not tok.is_space:
            tok.is_sent_start = True
    return doc


def use_paragraph_starts(nlp: Language) -> None:
    """Add the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
