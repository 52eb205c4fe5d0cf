"""Probe full43n: national notices (ministries' joint notices, 国务院办公厅 transmittals), round 22."""
import govie


def _depts(text):
    return [(e.text, e.canonical) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]


def test_budget_after_inline_you_is_the_assignee():
    # http://law854.infoeach.com/view-ODU0fDczMDEx.html (国家计委、财政部、国家国内贸易局, 蔬菜批发市场贴息)
    text = ("国家计委、财政部、国家国内贸易局关于蔬菜批发市场财政贴息贷款有关问题的通知\n"
            "各省、自治区、直辖市、计划单列市计委(计经委)、内贸厅(局):\n"
            "根据《国务院关于进一步加强“菜篮子”工作的通知》(国发〔1997〕22号)要求,“九五”期间国家每年安排一部分"
            "基本建设贷款支持“菜篮子”建设,其中部分蔬菜批发市场项目由中央财政贴息。为了贯彻国务院文件精神,"
            "做好蔬菜批发市场基本建设贷款落实和中央财政贴\n息工作,现将有关事项通知如下:")
    found = _depts(text)
    assert ("中央财政", "财政部") in found
    # the second 中央财政 heads a noun (中央财政贴息工作): a budget, no body
    assert sum(1 for t, _ in found if t == "中央财政") == 1


def test_supervision_ministry_is_named_bare_like_every_ministry():
    # http://law236.infoeach.com/view-MjM2fDgyNjc2.html (中央编办发〔2007〕5号)
    text = ("中央机构编制委员会办公室、监察部关于印发《机构编制监督检查工作暂行规定》的通知\n\n中央编办发〔2007〕5号\n\n"
            "现将《机构编制监督检查工作暂行规定》印发给你们,请结合实际情况,认真遵照执行。\n\n"
            "中央机构编制委员会办公室 中华人民共和国监察部\n\n2007年2月13日\n")
    r = govie.extract(text, model=None)
    found = [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]
    assert ("监察部", "监察部") in found and ("中华人民共和国监察部", "监察部") in found
    assert r.meta["doc_issuers"] == ["中央机构编制委员会办公室", "监察部"]
