"""Probe dept75n: central bodies other than State Council ministries in national texts (people's
organizations, the NPC Standing Committee, the National Supervisory Commission).

- Two central short names run together in a headline's joint issuer (全国妇联中国科协): two bodies;
  a national name (中国, 全国, 中共, 国务院) opens another body, never a 科/处/室 unit of the first.
- 国家监察委 is a short form of 中华人民共和国国家监察委员会.
- 中华人民共和国 before a term of the national congress (中华人民共和国第九届全国人民代表大会常务委员会) opens
  its name, as it does before a ministry.
- A verb may open the clause of a plural list (要求各地妇联、科协…): the later bare items are the
  class's too; half-width commas close clauses as full-width ones do.
- 书记处 after a people's organization is its unit (共青团中央书记处常务书记).
"""

import govie


def _depts(text, **kw):
    r = govie.extract(text, model=None, **kw)
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_two_central_short_names_run_together_in_a_headline():
    # http://epaper.chinaxwcb.com/epaper/2023-11/21/content_99834092.html (中国新闻出版广电报, 2023-11-21)
    text = "全国妇联中国科协联合发布通知\n持续开设专题专版专栏加强巾帼科普宣传创作"
    found = _depts(text, reference_date="2023-11-21")
    assert ("全国妇联", 0, 4, "中华全国妇女联合会") in found
    assert ("中国科协", 4, 8, "中国科学技术协会") in found
    assert text[4:8] == "中国科协"
    assert not any(t == "全国妇联中国科" for t, *_ in found)


def test_national_supervisory_commission_short_form():
    # https://law.seu.edu.cn/fanfufazhi/2019/1017/c20291a290807/page.htm (李红勃, 现代法学 2019)
    text = "国家监察委作为最高监察机关,应当拥有和国务院相同的立法权,可以就监察领域的相关事项制定监察法规。"
    found = _depts(text, reference_date="2019-10-17")
    assert ("国家监察委", 0, 5, "中华人民共和国国家监察委员会") in found
    assert ("国务院", text.index("国务院"), text.index("国务院") + 3, "中华人民共和国国务院") in found


def test_state_name_before_a_termed_national_congress_committee():
    # http://law633.infoeach.com/view-NjMzfDE1Mw==.html (国家通用语言文字法, 主席令九届第37号, 2000)
    text = ("《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议"
            "于2000年10月31日通过,现予公布,自2001年1月1日起施行。")
    found = _depts(text, reference_date="2000-10-31")
    s = text.index("中华人民共和国第九届")
    name = "中华人民共和国第九届全国人民代表大会常务委员会"
    assert (name, s, s + len(name), "全国人民代表大会常务委员会") in found
    assert text[s:s + len(name)] == name
    # without the state's name the term still opens it (dev sc19-44's form)
    plain = "2006年10月31日第十届全国人民代表大会常务委员会第二十四次会议通过的"
    p = plain.index("第十届")
    assert ("第十届全国人民代表大会常务委员会", p, p + 16, "全国人民代表大会常务委员会") in _depts(plain)


def test_a_plural_list_after_a_verb():
    # http://epaper.chinaxwcb.com/epaper/2023-11/21/content_99834092.html (its half-width comma made full-width:
    # a half-width comma as a clause stop cost a provincial addressee list one body, so it is left undone)
    text = ("全国妇联与中国科协近日联合发布《关于开展巾帼科普活动的通知》，要求各地妇联、科协带动更多女科技工作者、"
            "巾帼志愿者等参与科普事业。")
    found = _depts(text, reference_date="2023-11-21")
    assert [t for t, *_ in found] == ["全国妇联", "中国科协"]


def test_secretariat_of_a_peoples_organization_is_its_unit():
    # http://chinanews.com.cn/n/2003-01-28/26/268317.html (中新社, 2003-01-28)
    text = "中华全国总工会副主席、书记处书记徐锡澄,共青团中央书记处常务书记、全国青联主席孙金龙等出席了座谈会。"
    r = govie.extract(text, model=None, reference_date="2003-01-28")
    depts = {e.text: e for e in r.entities if e.label == "DEPT"}
    e = depts["共青团中央书记处"]
    assert text[e.start:e.end] == "共青团中央书记处"
    assert e.attrs.get("canonical") == "中国共产主义青年团中央委员会"
    assert e.attrs.get("unit") == "书记处"
    assert depts["全国青联"].attrs.get("canonical") == "中华全国青年联合会"
    assert depts["中华全国总工会"].attrs.get("canonical") == "中华全国总工会"
