"""City and county policy documents (probe dept47l): 市府 for the government in Guangdong's addressee lines,
land-expropriation centres of a city, the centre before a list of committees' work conferences, and a
former ministry as the first issuer of a joint decree. Texts: pages found with the search tool (sources in
/work/r20/dept47l/sources.md)."""
import govie


def _depts(text, date):
    r = govie.extract(text, reference_date=date, model=None)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


# 兴宁市人民政府关于印发兴宁市征收土地管理办法的通知, 兴市府〔2023〕57号
# (https://www.xingning.gov.cn/xxgk/wxgk/jcgk/jchgk/content/post_2600488.html).
XINGNING = ("兴宁市人民政府关于印发兴宁市征收土地管理办法的通知\n兴市府〔2023〕57号\n"
            "各镇人民政府、街道办事处,市府直属和省、梅属驻兴各单位:\n"
            "现将《兴宁市征收土地管理办法》印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向市自然资源局反映。\n"
            "兴宁市人民政府\n2023年12月29日\n")


def test_shifu_in_an_addressee_line_is_the_city_government():
    # Before, 市府 of 市府直属 was not found; 兴市府 in the document number stays a DOCNO.
    depts = _depts(XINGNING, "2023-12-29")
    assert ("市府", "兴宁市人民政府") in depts
    assert [d for d in depts if d[0] == "市府"] == [("市府", "兴宁市人民政府")]
    docnos = [e.text for e in govie.extract(XINGNING, reference_date="2023-12-29", model=None).entities
              if e.label == "DOCNO"]
    assert docnos == ["兴市府〔2023〕57号"]


def test_fu_of_a_prefecture_in_history_is_no_government():
    # 开封府, 应天府: former prefectures, not 市府; 府 only before the words of an addressee line or an approval.
    assert _depts("北宋时开封府是都城，应天府也很繁华。", "2023-12-29") == []


def test_land_expropriation_centre_of_the_city():
    # The same document, 第三条: before, 市土地房屋征收安置中心 was missed (安置中心 was no ending of a body).
    text = ("第三条市人民政府依法依规负责组织实施集体土地征收。市自然资源局、市土地储备和征地服务中心、"
            "市土地房屋征收安置中心和镇人民政府(街道办事处)等有关单位在市政府的统一领导下,按照各自职责,做好征收土地工作。")
    depts = _depts(XINGNING + text, "2023-12-29")
    assert ("市土地房屋征收安置中心", "兴宁市土地房屋征收安置中心") in depts
    assert ("市土地储备和征地服务中心", "兴宁市土地储备和征地服务中心") in depts
    assert not any(d[0].startswith("镇人民政府") for d in depts)  # a class in a rule


def test_centre_before_a_list_of_committees_work_conferences():
    # 金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知
    # (https://chu21.com/html/chunengy-43847.shtml): 中央 is the central economic work conference cut short, as
    # in 落实中央、省委经济工作会议部署; before, it was marked when more committees followed.
    text = "为全面落实中央、省委、市委和区委经济工作会议决策部署,推动经济持续向好。"
    depts = _depts(text, "2025-04-01")
    assert "中央" not in [d[0] for d in depts]
    assert [d[0] for d in depts] == ["省委", "市委", "区委"]
    # The centre acting beside a committee stays a body.
    assert "中央" in [d[0] for d in _depts("认真落实中央、省委决策部署。", "2025-04-01")]


def test_former_ministry_as_first_issuer_of_a_joint_decree():
    # 安庆市人民政府办公室关于印发安庆市市区保障性住房建设和管理办法的通知, 2017
    # (http://yuanbocq.com/anqing/20190418/7741.html): 建设部 of the 2007 decree was linked to its successor.
    text = ("安庆市人民政府办公室关于印发安庆市市区保障性住房建设和管理办法的通知\n"
            "第一条 根据建设部等七部委《廉租住房保障办法》(建设部等七部委令第162号),"
            "住房和城乡建设部《公共租赁住房管理办法》(住房和城乡建设部令第11号)等有关规定,制定本办法。")
    depts = _depts(text, "2017-01-12")
    assert [d for d in depts if d[0] == "建设部"] == [("建设部", "建设部"), ("建设部", "建设部")]
    assert ("住房和城乡建设部", "住房和城乡建设部") in depts
