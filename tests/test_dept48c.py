"""County and district documents of the North-West and South-West (probe dept48c): a table's cell after
a cell ending in 以上 (no level list across a line break), the chain of committees down from the centre
with the levels written together (中央、省市和县委), and a prefecture's 政府办 in a county's notice.
Texts: pages found with the search tool (sources in /work/r20/dept48c/sources.md)."""
import govie


def _depts(text, date):
    r = govie.extract(text, reference_date=date, model=None)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


# 重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知, 附件1
# (http://www.cqspb.gov.cn/zwgk_235/zfxxgkpt/zcwj0617/bm0617/202203/t20220329_10563014.html).
SHAPINGBA = ("重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n"
             "各镇人民政府、街道办事处,区级各部门、各管委会、各人民团体、区属重点国有企业,有关单位:\n"
             "附件1\n\n2022年区政府工作报告经济社会发展预期目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n"
             "4\n\n社会消费品零售总额增长8%左右\n\n区商务委\n\n5\n\n进出口总额增长5%以上\n\n区商务委\n\n"
             "6\n\n一般公共预算收入增长5%左右\n\n区财政局\n")


def test_cell_after_yishang_keeps_its_level():
    # Before, the second 区商务委 (after the cell ending in 以上) lost its 区: 以上 read as a class of levels
    # (县级以上) across the line break.
    depts = _depts(SHAPINGBA, "2022-01-21")
    assert [d for d in depts if d[0].endswith("商务委")] == [("区商务委", "重庆市沙坪坝区商务委员会")] * 2


def test_level_list_still_a_class_on_one_line():
    # 县级以上 in the running text stays a class (no body).
    assert _depts("县级以上人民政府应当加强领导。", "2022-01-21") == []


# 西和县人民政府工作报告 (2019), 坚持改进作风
# (https://guanchang.qwyd.net/zhengfugongzuobaogao/287342_4.html).
def test_centre_chain_with_levels_written_together():
    # Before, neither 中央 nor 县委 was found: 省市 (two levels together) made 县委 one level of a class.
    text = "一年来,县政府班子始终坚持以人民为中心的发展思想。坚决贯彻中央、省市和县委重大决策部署,树牢“四个意识”。"
    assert [d[0] for d in _depts(text, "2019-01-20")] == ["县政府", "中央", "县委"]


def test_centre_before_the_work_conferences_stays_unmarked():
    # 中央、省委、市委和区委经济工作会议: the central economic work conference cut short (probe dept47l).
    depts = _depts("全面落实中央、省委、市委和区委经济工作会议决策部署。", "2025-04-01")
    assert "中央" not in [d[0] for d in depts]


# 汉阴县人民政府办公室关于印发汉阴县新型城镇化五大专项行动方案的通知 (2022)
# (https://www.hanyin.gov.cn/Content-2497877.html).
HANYIN = ("汉阴县人民政府办公室关于印发汉阴县新型城镇化五大专项行动方案的通知\n\n各镇人民政府,县政府有关部门、直属机构:\n"
          "  按照市政府办《关于印发安康市新型城镇化五大专项行动方案的通知》(安政办发〔2022〕5号)要求,"
          "县自然资源局等部门分别牵头制定了五个专项行动方案。\n")


def test_prefecture_government_office_short_form():
    # Before, 市政府办 was null (a city's 政府办 may be a 办公厅); 安康 is no provincial capital.
    depts = _depts(HANYIN, "2022-10-28")
    assert ("市政府办", "安康市人民政府办公室") in depts
    assert ("县自然资源局", "汉阴县自然资源局") in depts


def test_capital_government_office_short_form_stays_null():
    # The same sentence in a county of 郑州 (whose office is 郑州市人民政府办公厅): not composed.
    text = HANYIN.replace("汉阴县", "中牟县").replace("安康市", "郑州市")
    assert ("市政府办", None) in _depts(text, "2022-10-28")
