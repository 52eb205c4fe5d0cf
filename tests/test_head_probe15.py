"""Document division: central bodies a local notice cites, and the title of the text it issues
(round 11 probe div15, /work/r11/probe-div15.md)."""

from __future__ import annotations

from govie.document.head import _division_from_text
from govie.kb.divisions import load_divisions

from .test_head_probe12 import _canonicals, _division

# https://dzrdoor.com/bgs/info/1131/3781.html (菏政办字〔2023〕1号, Shandong): the notice names its
# city only in the title of the plan it issues; it cites the State Council and the province first.
_HEZE = ("菏政办字 〔2023〕1号\n"
         "各县区人民政府 (管委会),市政府各部门、各直属机构,市属各企业,各大中专院校:\n"
         "为深入贯彻落实 《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发 〔2022〕18号)和 "
         "《山东省人民政府办公厅关于印发 < 国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见>分工落实方案的通知》"
         "(鲁政办字 〔2022〕128号),巩固深化新旧动能转换成果,经市政府同意,现将 《菏泽市深化新旧动能转换推动绿色低碳高质量发展"
         "分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。\n"
         "一、高度重视,认真研究政策。各县区、各部门要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,"
         "认真落实党中央、国务院决策部署和省委、省政府工作要求,强化组织领导。\n")


def test_a_central_body_after_a_verb_of_implementing_is_no_masthead_issuer():
    # https://newton.com.tw/wiki/黑龙江省促进经济稳增长的若干措施 (t2s): 党中央、国务院 are cited in the
    # first paragraph ("为贯彻落实党中央、国务院…决策部署"), so the province is the division and 省发改委 its body.
    text = ("黑龙江省促进经济稳增长的若干措施\n\n"
            "今年以来,我省受能源工业出现负增长等因素影响,经济增速回落,下行压力加大。为贯彻落实党中央、国务院关于稳增长、"
            "促改革、调结构、惠民生的决策部署,省政府决定,公布正在实施和今明两年进一步采取促进经济稳增长的若干措施。\n\n"
            "(省发改委、铁路办、哈尔滨铁路局、相关市、县政府负责)\n")
    assert _division(text) == "230000"
    assert _canonicals(text, "省发改委") == ["黑龙江省发展和改革委员会"]


def test_central_documents_a_local_notice_implements_do_not_make_it_national():
    assert _division_from_text(_HEZE, load_divisions()) == "370000"


def test_the_title_of_the_text_a_notice_issues_names_its_division():
    from govie.document.head import _division_from_issued
    divs = load_divisions()
    assert _division_from_issued(_HEZE, divs) == "371700"
    assert _division(_HEZE) == "371700"
    assert _canonicals(_HEZE, "市政府") == ["菏泽市人民政府", "菏泽市人民政府"]
    # https://ynlf.gov.cn/info/egovinfo/1007/overt_centent/11532331015179648Q-/2024-1121001.htm (禄丰市,
    # Yunnan): the addressee line first, then the rules it issues.
    text = ("云南禄丰产业园区管委会,各乡镇人民政府,市级各部门:\n"
            "《禄丰市人民政府常务会议议事规则》已经2024年11月13日召开的二届市人民政府第93次常务会议通过,现予印发。\n")
    assert _division_from_issued(text, divs) == "532302"


def test_a_forwarded_title_names_no_division_of_its_own():
    # http://soolun.net/periodical/c2fc3c9061d53829017c64786a91d3cf.html (汕府办〔2015〕29号): a city
    # forwards (转发) the province's notice; its title is not the city's own.
    from govie.document.head import _division_from_issued
    text = ("现将《广东省人民政府办公厅转发国务院办公厅转发国家机关事务管理局关于清理规范驻省会城市办事机构指导意见的通知》"
            "(粤府办[2015]22号)转发给你们,经市人民政府同意,结合我市实际,提出以下意见,请一并贯彻执行。")
    assert _division_from_issued(text, load_divisions()) is None
