"""DEPT in national documents probed in round 8 (fresh pages, one sentence each): joint
issuers on a title line, joint signature blocks, renamed bodies, internal units of central bodies."""

from __future__ import annotations

import govie


def _depts(text: str, **kw) -> list[tuple[str, str | None]]:
    d = govie.extract(text, model=None, **kw).to_dict()
    return [(e["text"], e.get("canonical")) for e in d["entities"] if e["label"] == "DEPT"]


def test_last_joint_issuer_on_title_line_is_a_body():
    # http://czj.shuozhou.gov.cn/yjsbg/fpzj/201904/t20190415_238594.html (title line of a joint notice)
    text = "财政部 教育部 人力资源社会保障部关于印发《中等职业学校国家助学金管理办法》的通知"
    assert ("人力资源社会保障部", "人力资源和社会保障部") in _depts(text)
    # http://law223.infoeach.com/view-MjIzfDEzMDk5MQ==.html (issuer line above the repeated title)
    text = ("关于开展1.6升及以下节能环保汽车推广工作的通知\n\n财政部 国家发展和改革委员会 工业和信息化部\n\n"
            "关于开展1.6升及以下节能环保汽车推广工作的通知\n\n财建〔2013〕644号\n")
    got = _depts(text)
    assert ("工业和信息化部", "工业和信息化部") in got
    assert not any(e["label"] == "TITLE" and "工业和信息化部" in e["text"]
                   for e in govie.extract(text, model=None).to_dict()["entities"])
