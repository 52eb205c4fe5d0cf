"""Probe dept36p: standing offices of a city's committees and headquarters by their short forms."""
from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# https://0798ci.com/rule/79922.html (厦府〔2017〕327号, 厦门市人民政府, 2017)
XIAMEN_2017 = ("厦门市人民政府\n2017年9月14日\n"
               "第四条本规则适用于全市空间规划体系“一张蓝图”的协同管理,全市新建、改扩建项目业务协同和策划生成,"
               "以及市多规办各成员单位根据多规合一相关业务需要开展的部门意见征集。\n"
               "第五条需提交市一级议事会议(市土管办、土管会、规委办、规委会等)研究、纳入财政投融资的项目,"
               "原则上均应纳入协同平台进行项目策划。")


def test_a_citys_planning_office_by_its_short_form():
    depts = _depts(XIAMEN_2017, "2017-09-14")
    assert ("市多规办", "厦门市多规合一工作领导小组办公室") in depts
    assert ("市土管办", "厦门市土地管理委员会办公室") in depts


# https://slj.suining.gov.cn/survey/dda4e47c6afa370491941386a4dd12c6.html (遂宁市水利局, 2019)
SUINING_2019 = ("遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函\n"
                "市直有关部门: 为切实做好防汛减灾工作,按照市政府安排部署,市防汛办修订完善形成了"
                "《遂宁市防汛应急预案(征求意见稿)》。")


def test_the_flood_control_office_by_its_short_form():
    depts = _depts(SUINING_2019, "2019-06-10")
    assert ("市防汛办", "遂宁市防汛抗旱指挥部办公室") in depts
    assert ("市政府", "遂宁市人民政府") in depts
    assert ("遂宁市人民政府防汛抗旱指挥部办公室", "遂宁市人民政府防汛抗旱指挥部办公室") in depts


def test_the_short_form_without_a_prefix_or_inside_a_word_is_no_body():
    depts = _depts("各县防汛办要加强值守,防汛办公室主任带班。", "2019-06-10")
    assert not any("防汛办" in t for t, _ in depts)
