"""Property tests: random and mutated real text never breaks the output contract.

Every entity span is exact on the ORIGINAL input, entities never overlap, DATE
values are real calendar dates, and the result is the same whether a document
is processed twice, alone or in a batch, in one process or several.
Examples are bounded so the file runs in CI; ``scripts/fuzz.py`` runs the same
generators for hundreds of thousands of inputs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govie
from govie.text.normalize import _FOLD_CHARS, _HSPACE, _fold, normalize

from .conftest import DEV_TEXT
from .corpus_utils import work_reports_2026

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

# ------------------------------------------------------------------ checks


def check_result(text: str, result: govie.Extraction) -> None:
    """The output contract of ``govie.extract`` on ``text``."""
    assert result.text == text
    last_end = 0
    for ent in result.entities:
        assert 0 <= ent.start < ent.end <= len(text), ent
        assert text[ent.start : ent.end] == ent.text, ent
        assert ent.start >= last_end, f"overlap or disorder at {ent!r}"
        last_end = ent.end
        if ent.label == "DATE":
            check_date_value(ent.attrs.get("value"))
    for act in result.activities:
        t = act.trigger
        assert 0 <= t["start"] < t["end"] <= len(text)
        assert text[t["start"] : t["end"]] == t["text"]
    json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False)  # strict JSON: no NaN or Infinity


# ISO 8601 with ISO 8601-2 unspecified years (XXXX-05-04) and open ends (..).
_ISO = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date_value(value: object) -> None:
    """A DATE value is null, or a real date / month / year, or an interval of them."""
    if value is None:
        return
    assert isinstance(value, str), value
    for part in value.split("/"):
        if part in ("", ".."):  # open intervals
            continue
        m = _ISO.match(part)
        assert m, f"not an ISO value: {value!r}"
        y, mo, d = m.groups()
        if d:
            dt.date(2000 if y == "XXXX" else int(y), int(mo), int(d))  # raises on 2月30日
        elif mo:
            assert 1 <= int(mo) <= 12, value
        # quarters, weeks etc. would need their own branch; none exist today


def extract(text: str) -> govie.Extraction:
    return govie.extract(text, model=None)


# -------------------------------------------------------------- generators


@lru_cache(maxsize=1)
def real_texts() -> tuple[str, ...]:
    return (DEV_TEXT.read_text(encoding="utf-8"), *(t for _, t in work_reports_2026()))


# Noise PDF extraction and copy-paste really produce, and some it should not.
NOISE = [
    " ", "  ", "\u3000", "\n", "\r\n", "\r", "\t", "\n—3—\n", "\n- 12 -\n", "\n第 4 页\n", "\n\n\n",
    "\u200b", "\u200d", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b", "\x7f", "\ud800", "\udfff",
    "🎉", "👍🏽", "𠀀", "𰀀", "《", "》", "“", "（", "）", "13月45日", "2月30日", "0月0日",
    "2023年", "5月", "—", "～", "%", "万", "亿元", "省", "厅", "局", "办公室", "关于", "的通知",
]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def mutated_real(draw: st.DrawFn, max_len: int = 1200) -> str:
    """A slice of a real document with insertions, full-width digits and cuts."""
    texts = real_texts()
    source = texts[draw(st.integers(0, len(texts) - 1))]
    start = draw(st.integers(0, max(0, len(source) - 1)))
    length = draw(st.integers(0, max_len))
    text = source[start : start + length]
    ops = draw(st.lists(st.tuples(st.sampled_from(["insert", "fullwidth", "delete", "crlf"]),
                                  st.integers(0, 10**6), st.sampled_from(NOISE)), max_size=12))
    for op, pos, noise in ops:
        pos = pos % (len(text) + 1)
        if op == "insert":
            text = text[:pos] + noise + text[pos:]
        elif op == "fullwidth":
            text = text[:pos] + text[pos : pos + 40].translate(FULLWIDTH) + text[pos + 40 :]
        elif op == "delete":
            text = text[:pos] + text[pos + 1 + pos % 7 :]
        else:
            text = text.replace("\n", "\r\n")
    return text


_ALPHABET = st.one_of(
    st.sampled_from(list("省市县厅局委办公室中心关于印发通知的年月日号第至—－-〔〕［］[]（）()《》“”，。、；：！？")),
    st.sampled_from(list("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿元人次个%％")),
    st.sampled_from(list(" \u3000\t\n\r\u200b\ufeff\x00\x0c")),
    st.characters(codec="utf-8"),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x3134A),
    st.sampled_from(["\ud800", "\udc00", "🎉"]),
)
random_text = st.text(alphabet=_ALPHABET, max_size=300)
any_text = st.one_of(random_text, mutated_real())


# ------------------------------------------------------------------- tests


@SETTINGS
@given(any_text)
def test_contract_on_random_and_mutated_text(text):
    check_result(text, extract(text))


@SETTINGS
@given(mutated_real(max_len=3000))
def test_contract_on_longer_mutated_text(text):
    check_result(text, extract(text))


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_normalize_map_is_monotone_and_in_bounds(text):
    norm = normalize(text)
    assert norm.original == text
    assert len(norm.index) == len(norm.text)
    assert all(a < b for a, b in zip(norm.index, norm.index[1:]))
    for i, (ch, j) in enumerate(zip(norm.text, norm.index)):
        assert 0 <= j < len(text)
        # one character replaced by one: itself, folded to ASCII or from traditional script (習 -> 习),
        # or a layout space
        assert ch in (_fold(text[j]), _FOLD_CHARS.get(text[j])) or (ch == " " and text[j] in _HSPACE), (i, ch, text[j])
    for s in range(len(norm.text)):
        a, b = norm.to_original(s, s + 1)
        assert 0 <= a < b <= len(text)


@settings(max_examples=30, deadline=None)
@given(any_text)
def test_deterministic(text):
    assert extract(text).to_dict() == extract(text).to_dict()


@settings(max_examples=15, deadline=None)
@given(st.lists(any_text, min_size=1, max_size=4))
def test_batch_equals_alone(texts):
    alone = [extract(t).to_dict() for t in texts]
    batch = [r.to_dict() for r in govie.extract_many(texts, model=None, batch_size=2)]
    assert batch == alone


def test_several_processes_equal_one():
    texts = [t[i : i + 1500] for t in real_texts()[:4] for i in (0, 5000)]
    texts += ["", "\ud800国务院办公厅", "2023年2月30日召开会议"]
    alone = [extract(t).to_dict() for t in texts]
    multi = [r.to_dict() for r in govie.extract_many(texts, model=None, n_process=2, batch_size=2)]
    assert multi == alone


@pytest.mark.parametrize("cut", [1, 7, 100, 999])
def test_cut_real_text_at_every_nth_char(cut):
    """A document cut short anywhere: every prefix keeps the contract."""
    text = real_texts()[0][:1000]
    for end in range(0, len(text), cut if cut > 1 else 97):
        check_result(text[:end], extract(text[:end]))


@settings(max_examples=25, deadline=None)
@given(any_text)
def test_contract_with_the_bundled_model(text):
    """Model spans fill gaps the rules leave: the contract holds with the default model too."""
    from govie.model import default_model_path

    if default_model_path() is None:
        pytest.skip("no bundled model")
    check_result(text, govie.extract(text))
