"""ORG probe round 12 (org20): firms, banks, cooperatives, schools and media in county, city and
provincial notices and news: schools listed by short name, a bank's short name shown by its branch,
a legal form before a branch, brackets and 和/同 inside full legal names, cooperatives that are a
class, and the medium of a source line or dateline."""
import govie
from govie.taggers.entities import tag_orgs
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_schools_listed_by_short_name():
    # 阳泉市郊区教育局 2024 news (http://zhongxue.ljyz.com.cn/news/HTML_PC/202409/14462.html).
    text = ("郊区教育局授予荫营中学、三郊中学、玉泉中学、三泉中学、河底中学、荫营联校、河底联校、育才小学、文苑小学、"
            "郊区实验小学、三都小学、西南舁小学、三泉小学、河底小学、文苑幼儿园“2023年度教育工作先进集体”称号;"
            "授予荫营中学、荫营二中、河底中学、三郊中学、丰华双语学校、文苑小学、郊区实验小学、育才小学、育英小学、"
            "三泉小学、三都小学、三郊小学、河底小学、西南舁小学、辛兴小学和文苑幼儿园“2023年度学校安全工作先进集体”称号。")
    orgs = _orgs(text)
    assert orgs.count("荫营中学") == 2 and orgs.count("文苑幼儿园") == 2
    assert {"荫营联校", "荫营二中", "丰华双语学校", "育才小学", "辛兴小学"} <= set(orgs)
    assert not any(o.startswith(("郊区教育局", "授予")) for o in orgs)


def test_kinds_of_school_in_a_list_are_no_org():
    # State Council work report 1984 (government_work_reports.jsonl row 55).
    text = ("与此同时，各种函授刊授学校、广播电视学校、职工轮训学校和农民技术学校大量兴办，"
            "职工自己组织的读书活动蓬勃开展")
    assert _orgs(text) == []
    # 2026 青海省 report (corpora): the verb before the first school is no part of its name.
    assert "建成玉树河湟中学" not in _orgs("新增初高中学位2万个。建成玉树河湟中学、达日果育英才学校，高海拔")


def test_bank_short_name_before_its_branch():
    # 元宝山区 news (http://www.ybsqxw.cn:80/wap133/d12934ab683a4aa0ab78538894fc76fd.html).
    assert _orgs("12月6日,区政府与包商银行赤峰分行举行促进企业融资、服务地方发展战略合作协议签约仪式。") == ["包商银行赤峰分行"]


def test_legal_form_before_a_bank_branch():
    # 缙云县 news (https://investchn.com/index.php/home/news/detail/id/242381.html).
    text = "2月16日下午,缙云县人民政府与中国银行股份有限公司浙江省分行在县行政中心举行金融支持山区跨越式高质量发展建设共同富裕美好缙云合作签约仪式。"
    assert _orgs(text) == ["中国银行股份有限公司浙江省分行"]


def test_bracket_inside_a_legal_name():
    # 穗府〔2010〕28号 (http://fsou.com/html/text/lar/172354/17235439.html); 马关县 2014 命名
    # (http://ynmg.gov.cn/info/1570/12837.htm).
    assert "广州华新(集团)有限公司" in _orgs("宝供物流企业集团有限公司\n广州华新(集团)有限公司\n广东欧派集团有限公司")
    assert _orgs("马关县天成蔬菜植保专业合作社\n马关县古林箐古(野)茶专业合作社\n") == [
        "马关县天成蔬菜植保专业合作社", "马关县古林箐古(野)茶专业合作社"]


def test_he_and_tong_after_a_place_inside_a_legal_name():
    # 沧州市农牧局 2018 公示 (http://kuajiezhengce.com/policy/view?id=3866); 福州 2018 表彰
    # (https://news.fznews.com.cn/dsxw/20181129/5c0000ea62b52.shtml).
    assert "沧县和胜农民专业合作社" in _orgs("15、东光县进帆种植专业合作社\n16、沧县和胜农民专业合作社\n")
    assert "福建同元龙旺文化古镇旅游开发有限公司" in _orgs(
        "授予福建同元龙旺文化古镇旅游开发有限公司等10家企业“民间投资十佳民营企业”称号")


def test_cooperatives_named_by_place_and_kind_are_a_class():
    # 四川 (http://minfafa.cn/news/show-3111.html), 衡水市农业农村局 2020 公示
    # (http://www.kuajiezhengce.com/policy/view?id=3602).
    text = ("近日,四川省农民专业合作社建设工作联席会议办公室对外公布了四川省第六批农民合作社省级示范社名单。"
            "泸州市龙马潭区西坛花椒专业合作社等14家农民林业专合社被确定为第六批农民合作社省级示范社。")
    assert _orgs(text) == ["泸州市龙马潭区西坛花椒专业合作社"]
    text = ("市农业农村局组织开展了2020-2022年度衡水市农民合作社示范社评选活动。拟将通过监测的"
            "衡水市桃城区兴城韭菜种植专业合作社等266家原市级示范社")
    assert _orgs(text) == ["衡水市桃城区兴城韭菜种植专业合作社"]


def test_source_line_and_dateline_name_the_medium():
    # 西华县 news (http://www.zhld.com/wap/content/2023-09/06/content_1028796.html).
    text = "西华县西夏亭镇:隆重表彰教育功臣\n\n来源:周道客户端 2023-09-06 17:22\n\n周口日报全媒体记者 张猛 通讯员 陈青艳\n"
    assert _orgs(text) == ["周道", "周口日报"]
    # 东南网 (http://fjnews.fjsen.com/2012-06/28/content_8697695.htm).
    text = ("福建省政府与招商局集团签订深化战略合作框架协议\nwww.fjsen.com 2012-06-28 08:21 兰锋 周琳 来源:东南网 我来说两句\n"
            "东南网-福建日报6月28日讯(记者 兰锋 周琳) 27日,省政府与招商局集团在福州签署了深化战略合作框架协议。")
    assert {"东南网", "东南网-福建日报"} <= set(_orgs(text)) and "福建日报" not in _orgs(text)
    # 齐鲁网 (https://fensifuwu.com/emotion/me/2428586.html); 新甘肃 (http://zgzyw.com.cn/zgzyw/system/2023/01/10/030239705.shtml).
    assert "齐鲁网·闪电新闻" in _orgs("李干杰周乃翔出席\n\n齐鲁网·闪电新闻9月26日讯 今天上午,山东省人民政府与中国电力建设集团有限公司在山东大厦签署战略合作协议。")
    assert "新甘肃" in _orgs("新甘肃客户端兰州1月10日讯(新甘肃·甘肃日报记者张富贵)省委书记胡昌升")


def test_a_data_source_is_no_medium():
    # dev sc19-4 (三级公立医院绩效考核指标): the table's data source.
    assert not [m for m in tag_orgs("指标说明：计算方法。数据来源：医院填报。") if m.source == "org.media"]


def test_visit_verb_and_list_heading_end_before_the_firm():
    # County news (http://m.fqjz1.com/gongkai/show/fa7e361303288e48e5130c5078e929cc.html).
    assert _orgs("2月16日,市人大常委会副主任蔡军率调研组到我县调研圣善纺织科技有限公司一期项目生产和二期项目建设情况") == [
        "圣善纺织科技有限公司"]
    # 穗府〔2010〕28号: the heading line and the first firm.
    text = "附件1\n广州市荣获“2008-2009年度广东省百强民营企业(制造业和服务业)”称号企业名单\n广州市白云电气集团有限公司\n东凌集团有限公司\n"
    assert _orgs(text) == ["广州市白云电气集团有限公司", "东凌集团有限公司"]
