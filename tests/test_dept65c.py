"""County- and district-level policy notices: functional bodies and short forms of district bureaus
(probe dept65c)."""

import govie


def _depts(text):
    return [(e.text, e.start, e.end, e.attrs.get("canonical"))
            for e in govie.extract(text).entities if e.label == "DEPT"]


# https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (蔡政办〔2023〕1号)
_CAIDIAN = "蔡甸区人民政府办公室\n2023年1月3日\n"


def test_district_performance_evaluation_body_is_a_dept():
    text = _CAIDIAN + "二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围,细化考核内容,加强过程考核,确保各项工作落到实处。"
    start = text.index("区绩效考评机构")
    got = _depts(text)
    assert ("区绩效考评机构", start, start + 7, None) in got
    assert text[start:start + 7] == "区绩效考评机构"
    # Only the body that scores targets, not kinds of provider (医疗机构, 中介机构) or an outside one.
    other = _CAIDIAN + "由第三方考评机构开展评估,区级医疗机构、中介机构配合。"
    assert [d for d in _depts(other) if d[1] >= len(_CAIDIAN)] == []


def test_joined_science_and_economy_bureau_short_form_expands():
    text = _CAIDIAN + "(二)规上工业增加值增长12%以上\n责任单位:区科技和经信局\n"
    start = text.index("区科技和经信局")
    assert ("区科技和经信局", start, start + 7, "武汉市蔡甸区科技和经济信息化局") in _depts(text)

