"""Probe act44: activities in provincial and city government news items (政务动态, 工作动态)."""
import govie


def _acts(text, ref):
    return [a if isinstance(a, dict) else a.to_dict() for a in govie.extract(text, reference_date=ref).activities]


def _at(acts, text, word):
    s = text.index(word)
    return [a for a in acts if a["trigger"]["start"] < s + len(word) and s < a["trigger"]["end"]]


def test_leader_holds_named_body_meeting():
    # http://www.nxgy.gov.cn/xwzx/gyyw/202101/t20210113_2569588.html (固原, 2021): the 自治区 post is not the body
    text = ("1月12日，自治区副主席、市长马汉成主持召开市政府第57次常务会议，研究《政府工作报告（讨论稿）》。"
            "会议指出，要聚焦建设先行区美丽新固原。会议审议了《固原市安全生产行政责任规定（送审稿）》。")
    acts = _at(_acts(text, "2021-01-13"), text, "召开")
    assert len(acts) == 1 and acts[0]["type"] == "meeting"
    assert acts[0]["agents"] == ["固原市人民政府"]
    assert acts[0]["date"] == "2021-01-12"


def test_unnamed_city_meeting_stays_without_agent():
    # https://www.liyang.gov.cn/html/czly/2019/IQKAQDDQ_0325/19121.html (溧阳, 2019): no city named, no body to give
    text = "3月23日上午，市长徐华勤主持召开市政府第二十四次常务会议，市领导周卫中、刘新农出席会议。"
    acts = _at(_acts(text, "2019-03-25"), text, "召开")
    assert len(acts) == 1 and acts[0]["agents"] == []


def test_city_signs_with_partner_government():
    # https://www.jnnews.tv/jining/p/2024-03/29/1042864.html (济宁, 2024)
    text = "济宁新闻网讯（记者 田子良）3月29日上午，济宁市与上海市黄浦区人民政府签署友好合作协议。"
    acts = _at(_acts(text, "2024-03-29"), text, "签署")
    assert len(acts) == 1 and acts[0]["type"] == "coordination"
    assert set(acts[0]["agents"]) == {"济宁市人民政府", "上海市黄浦区人民政府"}


def test_training_class_opening_is_training_dated_by_day():
    # https://sdgxzx.sdu.edu.cn/info/1007/1557.htm (贵阳, 2018): the year inside the class's name is not its time
    text = ("2018年9月12日，贵阳市人民政府政务服务中心2018年政务服务工作者培训班开班典礼在山东大学中心校区"
            "第四讲学厅顺利举办。")
    acts = _at(_acts(text, "2018-09-12"), text, "举办")
    assert len(acts) == 1 and acts[0]["type"] == "training"
    assert acts[0]["date"] == "2018-09-12"


def test_seminar_class_is_training():
    # http://www.it886.net/newsCon_550.html (江西省气象局, 2021)
    text = "12月13日，“雷电灾害防御技术”高级研修班在南昌举办。"
    acts = _at(_acts(text, "2021-12-13"), text, "举办")
    assert len(acts) == 1 and acts[0]["type"] == "training"


def test_inspection_nouns_are_not_inspections():
    # http://misleddogs.com/html/2017/633.html (黄冈, 2017): one inspection, by the province's government
    text = ("11月27日上午，省政府第二督查組組長、省政府政務督查專員周傳浩帶領督查組，來我市開展月度督查。"
            "市委常委、常務副市長張社教出席督查對接會。")
    acts = _acts(text, "2017-11-27")
    assert [a["trigger"]["text"] for a in acts if a["type"] == "inspection"] == ["開展"]
    # https://jrrz.ruzhounews.com/jqckj/news/1064/4316/26226-1.shtml (汝州, 2021): 督查局 is a body
    text = "8月20日，代市长韩春晓主持召开市长办公会议。市领导陈淑雅参加会议；政府办、督查局有关部门列席会议。"
    assert not _at(_acts(text, "2021-08-21"), text, "督查局")
