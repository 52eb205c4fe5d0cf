"""Activities in national documents: probe round 11 (act19), sentences from public pages (address given)."""

import govie


def _triggers(text, reference_date=None):
    return [a.trigger["text"] for a in govie.extract(text, model=None, reference_date=reference_date).activities]


def test_since_a_body_was_set_up_is_a_time_frame():
    # 2015年国务院大督查情况通报 (国务院办公厅 2016年2月), http://caiyes.cn/archiver/tid-63700.html
    text = ("党中央、国务院高度重视加强督促检查、狠抓工作落实。本届政府成立以来,李克强总理多次主持召开国务院常务会议,"
            "专题研究部署督查抓落实工作。")
    found = _triggers(text, "2016-02-01")
    assert "成立" not in found
    assert "召开" in found


def test_concerted_advance_is_a_direction_not_a_coordination():
    # 原环境保护部2017年法治政府建设情况, https://huanbao.in-en.com/html/huanbao-2277168.shtml
    text = ("2017年,原环境保护部深入学习宣传贯彻党的十九大精神,以习近平新时代中国特色社会主义思想为指导,认真落实党中央、"
            "国务院决策部署,统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局,坚持新发展理念。")
    assert "协调" not in _triggers(text, "2018-03-01")
