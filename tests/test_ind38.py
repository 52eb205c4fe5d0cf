"""Probe ind38: METRIC indicator and change in policy rules (terms, bounds, whom a figure is for)."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs) for e in res.entities if e.label == "METRIC"]


# http://m.bbbaike.com/news/jiaodian/263040.html (宁波 就业见习补贴标准和期限, 2020)
NINGBO = ("补贴标准和期限\n每接收1名见习人员,按照不低于当地最低工资标准的60%由属地财政给予补贴。"
          "为见习人员缴纳综合商业保险的,按每人50元标准享受补贴。\n"
          "毕业2年内离校未就业高校毕业生见习期最长不超过12个月,其他人员见习期最长不超过6个月。")


def test_term_with_a_cap_is_named_and_whom_it_is_for_is_not():
    ms = dict(_metrics(NINGBO))
    assert ms["12个月"]["indicator"] == "见习期" and ms["6个月"]["indicator"] == "见习期"
    # a bound (最长不超过) states no level
    assert ms["6个月"]["change"] is None and ms["6个月"]["qualifier"] == "以内"


def test_step_a_grant_is_per_measures_nothing():
    ms = dict(_metrics(NINGBO))
    assert ms["1名"]["indicator"] is None and ms["1名"]["change"] is None


# http://daikuan.51kanong.com/wenda-8208.html (创业担保贷款的额度、期限和贴息)
LOANS = ("符合条件的个人可申请最高50万元的创业担保贷款,贷款期限最长不超过3年,政府对贷款利率LPR(一年期)-150BP以上部分予以贴息。\n"
         "符合条件的小微企业,企业无拖欠职工工资、欠缴社会保险费等严重违法违规记录,可申请最高不超过300万元的创业担保贷款,"
         "贷款期限最长不超过2年。")


def test_amount_applied_for_is_the_noun_after():
    ms = _metrics(LOANS)
    by = {t: a for t, a in ms}
    assert by["50万元"]["indicator"] == "创业担保贷款"
    assert by["300万元"]["indicator"] == "创业担保贷款" and by["300万元"]["change"] is None
    assert [a["indicator"] for t, a in ms if t in ("3年", "2年")] == ["贷款期限", "贷款期限"]


# http://wfrb.wfnews.com.cn/content/20151120/Articel01009TB.htm (潍坊 创业担保贷款, 2015)
WEIFANG = ("我市将小额担保贷款调整为创业担保贷款,各类创业人员担保贷款最高额度为20万元,按照中国人民银行公布的贷款基准利率"
           "可上浮3个百分点,给予全额贴息。据悉,符合条件的小微企业创业担保贷款最高额度为300万元。")


def test_eligibility_opens_no_name_and_a_modal_ends_none():
    ms = dict(_metrics(WEIFANG))
    assert ms["300万元"]["indicator"] == "小微企业创业担保贷款最高额度"
    assert ms["3个百分点"]["change"] == "growth"
    assert not ms["3个百分点"]["indicator"].endswith("可")


# http://yunnanlong.com/c/579449.html (佛山高校毕业生就业见习补贴标准及期限)
FOSHAN = ("按见习期间我市最低工资标准的80%执行,见习补贴由见习单位和政府共同承担,其中政府按最低工资标准的50%承担;"
          "见习期满留用率达50%以上的单位,政府承担部分上调至60%。")


def test_raised_to_is_growth():
    ms = dict(_metrics(FOSHAN))
    assert ms["60%"]["indicator"] == "政府承担部分" and ms["60%"]["change"] == "growth"


# https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_9795789.html (广州市公共租赁住房保障办法, 2024)
# https://www.gz.gov.cn/gfxwj/sbmgfxwj/gzsmzj/content/post_10291577.html (广州 2025 低保标准通知)
# https://scjgj.gz.gov.cn/zcfg/xzfg/content/post_9745016.html (市场主体登记管理条例)
def test_article_number_and_the_rule_itself_open_no_name():
    ms = dict(_metrics("第二十七条 住房租赁补贴期限为5年。区住房保障部门对领取住房租赁补贴的对象进行复核。"))
    assert ms["5年"]["indicator"] == "住房租赁补贴期限"
    ms = dict(_metrics("（三）最低生活保障家庭等金融资产的人均金额（市值）标准自2025年6月1日起按新标准计算执行。\n本通知有效期1年。"))
    assert ms["1年"]["indicator"] == "有效期"
    ms = dict(_metrics("市场主体歇业的期限最长不得超过3年。市场主体在歇业期间开展经营活动的，视为恢复营业。"))
    assert ms["3年"]["indicator"] == "市场主体歇业的期限" and ms["3年"]["qualifier"] == "以内"


# https://www.gz.gov.cn/zwgk/gzsrmzfgbn/2024/5/content/post_10640507.html (广州市长期护理保险试行办法, 2024)
def test_whom_a_monthly_count_is_for_is_no_part_of_it():
    ms = _metrics("广州市医疗保障局 广州市财政局 广州市民政局 广州市卫生健康委员会关于印发广州市长期护理保险试行办法的通知\n"
                  "享受长护险2级待遇的长期失能人员由定点护理机构派专职护理人员上门提供生活照料服务，其中职工参保人员每月上门次数"
                  "不低于12次，每月服务时间为28小时；居民参保人员每月上门次数不低于6次，每月服务时间为14小时。")
    by = {t: a for t, a in ms}
    assert by["12次"]["indicator"] == "每月上门次数" and by["6次"]["indicator"] == "每月上门次数"
    assert by["12次"]["change"] is None and by["28小时"]["change"] == "level"
