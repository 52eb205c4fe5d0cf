"""docno28: a local body's name before a code ends before the number; its issuer is never central.

The two layouts probe docno27 (round 15) saw govie cut wrongly: 省财政厅财预〔…〕 gave 财政部, and
深圳市发展计划局计划〔…〕 gave 国家发展计划委员会."""

from govie.taggers.docno import tag_docnos
from govie.types import Context


def _one(text, jur=None):
    ms = tag_docnos(text, Context(jurisdiction=jur) if jur else None)
    assert len(ms) == 1
    return text[ms[0].start:ms[0].end], ms[0].attrs["issuer"]


def test_bare_province_body_takes_document_division():
    assert _one("，省财政厅财预〔2020〕5号", "530000") == ("财预〔2020〕5号", "云南省财政厅")


def test_bare_province_body_without_division_is_null():
    assert _one("，省财政厅财预〔2020〕5号") == ("财预〔2020〕5号", None)


def test_named_city_body_is_issuer():
    assert _one("深圳市发展计划局计划〔2001〕3号") == ("计划〔2001〕3号", "深圳市发展计划局")


def test_central_office_code_kept():
    assert _one("根据人社厅发〔2019〕3号")[1] == "人力资源和社会保障部办公厅"


def test_named_city_body_before_its_own_local_code():
    # 深圳市发展计划局深计〔2001〕3号 (the layout docno27 left): 计 opens the central planning commission's
    # codes, but the body's name before 深计 is running text; the number is 深计's, never 国家发展计划委员会's.
    span, issuer = _one("深圳市发展计划局深计〔2001〕3号")
    assert span == "深计〔2001〕3号"
    assert issuer != "国家发展计划委员会"


def test_shared_district_name_is_the_documents_own_or_none():
    # 朝阳区 is 北京's and 长春's: a body before a code takes the document's own, else no issuer.
    assert _one("朝阳区财政局财预〔2020〕1号", "220104") == ("财预〔2020〕1号", "长春市朝阳区财政局")
    assert _one("鼓楼区教育局教基〔2020〕1号", "350102") == ("教基〔2020〕1号", "福州市鼓楼区教育局")
    assert _one("朝阳区财政局财预〔2020〕1号") == ("财预〔2020〕1号", None)
