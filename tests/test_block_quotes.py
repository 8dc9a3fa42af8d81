"""Block quotations of HTML articles (scorer.block_quotes): a letter, a statement or a tweet printed whole in a
``<blockquote>`` is someone else's words, and the signals that judge the writer's own voice leave it alone.

In the judged rounds of the Propaganda Techniques Corpus (docs/accuracy.md, round fifty-six), 18 of 33 wrong
findings were such words, which the corpus's plain text prints with nothing to mark them: "Many fear" in Fr.
Weinandy's letter, "absolutely worthless" in Bishop Laun's statement. The passages below are built like those.
"""

from __future__ import annotations

import pytest
from misinfo_scorer_plugins.hedged_sourcing import HedgedSourcing
from misinfo_scorer_plugins.odd_phrasing import OddPhrasing

from scorer import Article, block_quote_ranges
from scorer.testing import run_signal

_INTRO = "The bishop, who leads the diocese, wrote a long letter to the faithful on Sunday. In it he said:"
_LETTER = (
    "Many fear that the text is absolutely worthless, and it is widely believed that the synod was rigged.",
    "I have heard the the same from priests across the country.",
)
_AFTER = "The Vatican did not reply on Monday. Critics say the letter is a disgrace to the church."
HTML = (
    f"<article><h1>Bishop condemns the document</h1><p>{_INTRO}</p>"
    f"<blockquote><p>{_LETTER[0]}</p><p>{_LETTER[1]}</p></blockquote><p>{_AFTER}</p></article>"
)


def _article() -> Article:
    return Article.from_dict({"id": "letter", "html": HTML})


def test_the_range_runs_from_the_quotations_first_paragraph_to_its_last() -> None:
    article = _article()
    ((start, end),) = block_quote_ranges(article)
    assert article.text[start:end] == "\n".join(_LETTER)


def test_no_ranges_without_html_or_without_a_blockquote_or_where_the_text_lacks_the_words() -> None:
    assert block_quote_ranges(Article(id="t", text="\n".join(_LETTER))) == ()
    plain = Article.from_dict({"id": "p", "html": f"<article><p>{_INTRO}</p><p>{_LETTER[0]}</p></article>"})
    assert block_quote_ranges(plain) == ()
    other = Article(id="o", text="Nothing of the letter here, only the writer's own words.", html=HTML)
    assert block_quote_ranges(other) == ()


@pytest.mark.slow
def test_the_signals_leave_a_block_quotation_alone_and_still_read_the_writer() -> None:
    article = _article()
    (start, end), = block_quote_ranges(article)
    odd = run_signal(OddPhrasing(), article.text, html=HTML).findings
    hedged = run_signal(HedgedSourcing(), article.text, html=HTML).findings
    assert not [f for f in (*odd, *hedged) if start <= f.start and f.end <= end]
    assert [f.text for f in hedged if f.start >= end] == ["Critics say"]  # the writer's own vague source


@pytest.mark.slow
def test_the_same_words_given_as_text_are_found() -> None:
    text = _article().text
    odd = {f.text for f in run_signal(OddPhrasing(), text).findings}
    hedged = {f.text for f in run_signal(HedgedSourcing(), text).findings}
    assert {"the the", "absolutely worthless"} <= odd
    assert "it is widely believed" in hedged
