"""Probe org24 (round 14): ORG in provincial work reports (universities, labs, SOEs, firms)."""
import govie


def _orgs(text, jurisdiction):
    r = govie.extract(text, model=None, jurisdiction=jurisdiction)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == 'ORG']


def test_joint_graduate_school_is_an_org():
    # 河南 2024 government work report, summary as published by 河南教育网:
    # http://news.haedu.cn/shengnazixun/2024/0129/1236377.html
    text = '获批设立中国现代农业联合研究生院、郑州美术学院、信阳师范大学,高校总数达到168所'
    assert _orgs(text, '河南省') == ['中国现代农业联合研究生院', '郑州美术学院', '信阳师范大学']


def test_graduate_school_named_after_a_region_is_an_org():
    # 云南 2026 government work report (work-reports-2026/2026_云南省_政府工作报告.csv, full_text near 13368).
    text = '力争昆明理工大学进入“双一流”建设行列，建好办好西南联合研究生院和教育部云南高等研究院。'
    assert '西南联合研究生院' in _orgs(text, '云南省')


def test_bare_graduate_school_is_no_org():
    # Guard: with no name before it, 研究生院 is a class, not one body.
    assert _orgs('推进研究生院建设，扩大研究生招生规模。', '河南省') == []
