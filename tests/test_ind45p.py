"""Probe ind45p: METRIC attributes in policy documents (rules: pay at a rate, 约为, 各, a base, item labels)."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs) for e in res.entities if e.label == "METRIC"]


def _one(text, span, ref=None):
    return next(a for t, a in _metrics(text, ref) if t == span)


# https://www.szpsq.gov.cn/gzcy/ywzsk/jy/content/post_12455354.html (坪山区人力资源局 2025, 深府办规〔2023〕7号)
PINGSHAN = ("答:根据《深圳市人民政府办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知》深府办规〔2023〕7号,"
            "符合条件的用人单位,组织毕业2年内高校毕业生和登记失业的16至24岁青年参加就业见习,并按不低于我市最低工资"
            "标准的80%对见习人员支付工作补贴的,按每人每月我市最低工资标准且不高于用人单位实际支付的工作补贴金额向用人"
            "单位给予见习补贴。")
# annotations/dev/gz-19 (广东 就业创业补贴政策, 就业见习补贴)
GZ19 = "用人单位组织毕业2年内高校毕业生或16-24岁失业青年参加就业见习，且每月按不低于当地最低工资80%的标准对见习人员支付工作补贴的。"


def test_a_share_a_pay_is_set_at_measures_the_pay():
    a = _one(PINGSHAN, "80%")
    assert a["indicator"] == "工作补贴"
    assert a["qualifier"] == "以上"  # 不低于 before the base still bounds the share
    assert _one(GZ19, "80%")["indicator"] == "工作补贴"


# https://www.zlq.gov.cn/…/2024120209414427085/index.shtml (正蓝旗工业和信息化局 请示, 2024)
ZHENGLAN = "根据我局每日调度经营数据,10户限上企业每日零售额约为30-40万元,每月预计完成1000万元左右零售额。"
# annotations/dev/sc19-22 (国务院办公厅 函复四川省, 康定机场)
KANGDING = "目前该项目的主要问题是资金筹措上有缺口，项目原估算总投资5亿元，进一步研究论证后，总投资相应调整约为8.5亿元。"


def test_about_before_a_link_is_the_qualifier():
    a = _one(ZHENGLAN, "30-40万元")
    assert (a["change"], a["qualifier"]) == ("level", "约")
    assert _one(KANGDING, "8.5亿元")["qualifier"] == "约"


# https://www.dongzhi.gov.cn/PolicyInFeedback/show/1094.html (东至县政府办 2021, 补充耕地项目补助标准)
DONGZHI = ("对按期完成年度任务的乡(镇)、村按新增水田4000元/亩、新增旱地2000元/亩标准(乡镇和村各50%)分别予以奖励,"
           "对超任务数的面积增加1000元/亩.")
# annotations/dev/pt-176849 (农业部 初步设计批复)
PT176849 = "主要建设内容包括改造试验车间3360平方米，土方工程2956立方米，购置安装净化系统、培养架和培养筐各1套、大型灭菌锅2台、叉车和冷藏车各1辆。"


def test_each_ones_lot_states_no_level():
    assert _one(DONGZHI, "50%")["change"] is None
    ms = dict(_metrics(PT176849))
    assert ms["1套"]["change"] is None and ms["1辆"]["change"] is None
    assert ms["1套"]["indicator"] == "培养架和培养筐"
    assert ms["2台"]["change"] == "level"  # no 各: the default stays


# annotations/dev/sc19-22 (国务院办公厅 函复四川省, 长江上游水污染治理)
SC19_22 = ("你省近日也制订了《四川省长江上游水污染治理方案》（以下简称《方案》），在《规划》的基础上新增了228个水环境保护项目，"
           "希望国家将其纳入《规划》。")


def test_the_base_a_change_is_made_on_is_no_name():
    assert _one(SC19_22, "228个")["indicator"] == "水环境保护项目"


# http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx (安徽省人民政府 2022年重点工作及责任分解的通知)
ANHUI = ("一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。\n牵头责任单位:省发展改革委。\n"
         "2﹒固定资产投资力争增长10%以上,在实际工作中奋力完成得更快一些。\n")


def test_a_small_full_stop_numbers_an_item():
    ms = dict(_metrics(ANHUI))
    assert ms["7%"]["indicator"] == "生产总值"  # 全省 is the scope (guide v2.1, rule 2)
    assert ms["10%"]["indicator"] == "固定资产投资"
    assert ms["7%"]["change"] == "growth" and ms["7%"]["qualifier"] == "以上"


# https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html (遂府函〔2019〕55号)
SUINING = ("(三)主要目标。到2019年6月底,基本实现工程建设项目(主要是房屋建筑和城市基础设施)全流程审批时间压缩至90个工作日以内,"
           "初步建成工程建设项目审批制度框架和管理系统。")


def test_a_time_limit_cut_to_a_level():
    a = _one(SUINING, "90个工作日", ref="2019-04-29")
    assert (a["indicator"], a["change"], a["qualifier"]) == ("全流程审批时间", "level", "以内")
