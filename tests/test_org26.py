"""Probe org26: organizations in provincial lists and news (round 16). Sentences from the probe's pages."""

from __future__ import annotations

import pytest

import govie
from govie.taggers.entities import tag_locs, tag_orgs


def _spans(text: str, label: str) -> list[str]:
    return [e.text for e in govie.extract(text).entities if e.label == label]


def test_list_lead_and_bare_suffix():
    # Sichuan 2025 news on national key agricultural enterprises (sinofarm.net/cnews/26894.html):
    # 既有 leads the list; cutting at 希望 (a verb) would leave the bare suffix 集团.
    text = "既有新希望集团、五粮液、泸州老窖、白家阿宽等全国知名龙头企业，也有天味食品、棒棒娃、味聚特、徽记食品、吉香居等特色鲜明的食品企业；"
    found = [text[m.start:m.end] for m in tag_orgs(text)]
    for name in ("新希望集团", "五粮液", "白家阿宽", "天味食品", "棒棒娃", "吉香居"):
        assert name in found
    assert "集团" not in found and "也有天味食品" not in found


def test_one_verbal_item_among_names():
    # Same page: 回春堂 opens with the verb 回春, but the other items are names.
    text = "同时，华侨凤凰、新绿色药业、回春堂、好医生攀西药业等生物医药企业也表现亮眼。"
    found = [text[m.start:m.end] for m in tag_orgs(text)]
    assert found.count("回春堂") == 1 and "好医生攀西药业" in found


@pytest.mark.parametrize("text", [
    "培育新能源、新材料、生物医药等领域的企业。",   # fields before 的, not names
    "推动引进、培育、壮大等一批企业。",            # all verbs: actions
])
def test_not_lists_of_firms(text):
    assert tag_orgs(text) == []


def test_party_to_agreement_and_its_leaders():
    # 江西 2017 (bilezu.com/html/45049026.html) and 福建日报 2012 (fjnews.fjsen.com/2012-06/28/content_8697695.htm).
    text = "并见证了省政府与招商局集团战略合作框架协议、省政府与华润集团深化战略合作框架协议的签字仪式。"
    assert _spans(text, "ORG") == ["招商局集团", "华润集团"]
    text = "省领导孙春兰、苏树林、于伟国、叶双瑜、张志南，招商局集团领导傅育宁、李建红、胡政参加签字仪式。"
    assert _spans(text, "ORG") == ["招商局集团"]


def test_city_cluster_and_road_section():
    # 福建日报 2012: a city cluster named by its cities' first characters.
    assert "厦漳泉" in _spans("积极参与到发展海洋经济、推进厦漳泉同城化、加快平潭开放开发中来。", "LOC")
    # A road's section before the number belongs to the address (陕西省委教育工委 2022 公示,
    # chuangyifanyi.com/info/1632/8262.htm).
    text = "地址：西安市雁塔区雁塔路南段10号中共陕西省委西院1号楼1016室\n邮编：710054"
    assert [text[m.start:m.end] for m in tag_locs(text)] == ["西安市雁塔区雁塔路南段10号中共陕西省委西院1号楼1016室"]
