"""The pre-scan of where a word list's words can start gives the trie regexes' own matches."""

from __future__ import annotations

import re

import pytest

from govie.kb.divisions import load_divisions
from govie.kb.registry import default_registry
from govie.taggers.dept import trie_regex
from govie.text.normalize import normalize
from govie.text.wordscan import PairStarts, finditer_from

from .corpus_utils import state_council_reports, work_reports_2026


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [normalize(t).text for _, t in work_reports_2026()[:4] + state_council_reports()[-2:]]


@pytest.mark.parametrize("words", ["places", "registry"])
def test_same_matches_as_finditer(texts, words):
    forms = ([f for f in load_divisions().forms if len(f) >= 2] if words == "places"
             else [f for f in default_registry().surface_forms() if len(f) >= 3])
    regex = re.compile(trie_regex(forms))
    starts = PairStarts(forms)
    found = 0
    for text in texts:
        expected = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in finditer_from(regex, starts(text), text)] == expected
        found += len(expected)
    assert found > 100


def test_starts_are_where_a_word_opens():
    starts = PairStarts(["北京市", "北京", "天津市", "河北省"])
    text = "北京市、天津市和河北省协同发展，京津冀北京"
    assert starts(text) == [0, 4, 8, 19]
    # Overlapping starts are all found: 北北京 opens a word at its second character.
    assert starts("北北京") == [1]


def test_short_words_are_refused():
    with pytest.raises(ValueError, match="two characters"):
        PairStarts(["京", "北京"])
