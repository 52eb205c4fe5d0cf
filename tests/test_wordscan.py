"""The pre-scan of where a word list's words can start gives the trie regexes' own matches."""

from __future__ import annotations

import re

import pytest

from govie.kb.divisions import load_divisions
from govie.kb.registry import default_registry
from govie.taggers.dept import trie_regex
from govie.text.normalize import normalize
from govie.text.wordscan import PairStarts, PatternStarts, finditer_from

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
        # Fewer starts, the same matches: a word stands whole or by its first three characters there.
        narrowed = starts.narrowed(text)
        assert set(narrowed) <= set(starts(text)) and len(narrowed) < len(starts(text))
        assert [m.span() for m in finditer_from(regex, narrowed, text)] == expected
        found += len(expected)
    assert found > 100


def test_starts_are_where_a_word_opens():
    starts = PairStarts(["北京市", "北京", "天津市", "河北省"])
    text = "北京市、天津市和河北省协同发展，京津冀北京"
    assert starts(text) == [0, 4, 8, 19]
    # Overlapping starts are all found: 北北京 opens a word at its second character.
    assert starts("北北京") == [1]
    # 天津 opens no word here unless a third character of one follows (天津市).
    assert starts.narrowed("天津港和天津市") == [4]


def test_short_words_are_refused():
    with pytest.raises(ValueError, match="two characters"):
        PairStarts(["京", "北京"])


def test_date_pattern_starts_give_its_matches(texts):
    from govie.taggers.dates import DATE_PATTERN

    starts = PatternStarts(DATE_PATTERN)
    assert starts.usable
    found = 0
    for text in texts:
        expected = [m.span() for m in DATE_PATTERN.finditer(text)]
        assert [m.span() for m in finditer_from(DATE_PATTERN, starts(text), text)] == expected
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize("pattern, text, expected", [
    # Lookbehinds only reject: 今年 after 如 is not a year, yet the position is kept for the regex.
    (r"(?<![如])今年|大[前后]年", "如今年轻人大前年来", [1, 5]),
    # A digit class and an optional part: the second character may be a digit or 年.
    (r"\d{1,2}年?月", "3月，12月，第5年月", [0, 3, 4, 8]),
    # A match of one character: its first character is enough.
    (r"[一二三](?:季度)?", "一二三", [0, 1, 2]),
])
def test_pattern_starts_on_small_patterns(pattern, text, expected):
    regex = re.compile(pattern)
    starts = PatternStarts(regex)
    assert starts.usable and starts(text) == expected
    assert [m.span() for m in finditer_from(regex, starts(text), text)] == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("pattern", [r"a*", r".b", r"(a)\1", r"(?i)ab", r"[^x]y"])
def test_pattern_starts_not_usable(pattern):
    # Empty matches, any first character, back-references, ignored case: no filter.
    assert not PatternStarts(re.compile(pattern)).usable
