"""PERSON in policy notices: a head's instruction acted on, and a desk's person before the telephone (probe person35p)."""
from govie.pipeline import extract


def persons(text: str) -> list[str]:
    return [e.text for e in extract(text, model=None).entities if e.label == "PERSON"]


def test_head_whose_instruction_a_notice_acts_on():
    # 成都市人民政府办公厅 2001-04-04 (http://www.jumpstarthappiness.com/rule/45663.html), traditional script.
    text = "根據省政府建立政府工作落實(shí)情況報告制度的決定和李春城市長(cháng)的批示要求,市政府決定建立政府工作落實(shí)情況報告制度。"
    assert persons(text) == ["李春城"]


def test_instruction_head_guards_bodies_and_bare_posts():
    # A body's post and a bare post name no one.
    assert persons("按照局党组书记的要求，各单位认真落实。") == []
    assert persons("根据市长的批示要求，现将有关事项通知如下。") == []


def test_desk_person_before_telephone():
    # 宣城市人民政府办公室 2022-06 (https://www.xuancheng.gov.cn/OpennessContent/show/2414549.html).
    text = "各单位将参会人员名单于66日(星期下午4:00前通过OA邮件报至市政府办公室会务联络科何庆保(联系电话:3025561。"
    assert persons(text) == ["何庆保"]


def test_desk_without_person_names_no_one():
    assert persons("请于5月10日前报县委办公室秘书科（电话：6213456）。") == []


def test_roster_and_contact_forms_still_read():
    # 沪府办〔2020〕59号 (shanghai.gov.cn) and the 河南省发展改革委 2015 notice (fgw.jiaozuo.gov.cn/jzfgw/detail/11617).
    assert persons("领导小组组成人员如下:\n组 长:龚 正 市长\n副组长:陈 寅 常务副市长\n汤志平 副市长\n") == ["龚 正", "陈 寅", "汤志平"]
    assert persons("联 系 人:魏明旭、刘洋、范克涛\n联系电话:0371-69691320、69691321\n") == ["魏明旭", "刘洋", "范克涛"]
