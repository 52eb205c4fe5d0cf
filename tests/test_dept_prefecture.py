"""DEPT in prefecture-level documents (round 8 probe dept9p): real sentences from city pages."""

import govie


def _depts(text):
    r = govie.extract(text)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_bare_city_government_follows_the_signed_issuer():
    # http://whht.org.cn/news/info/id/4822.html (武汉市人民政府办公厅, 2023-01-12): the masthead
    # names no city and the signature stands past it; 市人民政府 is Wuhan's, as meta says.
    text = ("各区人民政府,市人民政府各部门,各有关单位:\n一、高度重视,精心组织,科学制订办理方案。\n"
            "二、强化担当,压实责任,高效推进办理工作。\n"
            "对涉及面广、办理难度大的责任事项,牵头单位适时向市人民政府报告落实过程中存在的困难和问题,"
            "提请市人民政府分管领导同志统筹协调解决,确保各项目标任务落细落实。\n"
            "武汉市人民政府办公厅\n2023年1月12日\n")
    got = _depts(text)
    assert ("市人民政府", "武汉市人民政府") in got
    assert all(c for _, c in got)


def test_each_kind_after_a_level_is_the_addressees_class():
    # http://www.gljkfhq.com/zc_401/29/29829.html (桂林市人民政府办公室, 2020-12-08)
    guilin = ("各县(市、区)人民政府,高新区、临桂新区、漓江风景名胜区、经济技术开发区、高铁(桂林)广西园管委会,"
              "市直各委、办、局,中央、自治区驻桂林各单位,各企事业单位:")
    # http://law786.infoeach.com/view-Nzg2fDEyNDQ1Ng==.html (宿迁市人民政府办公室, 宿政办发〔2010〕125号)
    suqian = "各县、区人民政府,宿迁经济开发区、市湖滨新城、苏州宿迁工业园区,市各委、办、局,市各直属单位:"
    assert "市直各委" not in [t for t, _ in _depts(guilin)]
    assert "市各委" not in [t for t, _ in _depts(suqian)]
