"""Word tables shared through a library's cache are loaded once per process, whichever plugin (or the
parse, ``scorer.word_zipf``) asks first: wordfreq's English table is 30 MB and 0.4 s, and its cache keys on the
exact arguments."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_wordfreq_table_is_loaded_once_for_both_plugins_and_the_parse():
    from misinfo_scorer_plugins.internal_contradiction import people
    from misinfo_scorer_plugins.odd_phrasing import spelling
    from wordfreq import get_frequency_dict

    from scorer import word_zipf

    get_frequency_dict.cache_clear()
    spelling.warm_up()
    assert people._zipf("Bulchnikov") < 2.5 < people._zipf("Johnson")
    assert spelling.zipf("the") > 7
    assert word_zipf("policy") > 4 and word_zipf("policythis") == 0  # a glued join (scorer/glued_words.py)
    assert get_frequency_dict.cache_info().currsize == 1
