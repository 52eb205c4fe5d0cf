"""Probe full34n: complete State Council opinions (real sentences): a list of designations of the bodies in
charge, a named day's 日前后 that is no date, the east and west as one region."""
import govie

# http://www.gov.cn/zhengce/content/2018-12/27/content_5352666.htm (国办发〔2018〕123号, 政务新媒体)
DESIGNATIONS = ("国务院办公厅关于推进政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n"
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n二、明确工作职责\n"
                "国务院办公厅是全国政务新媒体工作的主管单位，地方各级人民政府办公厅（室）是本地区政务新媒体工作的主管单位，"
                "国务院各部门办公厅（室）或指定的专门司局是本部门政务新媒体工作的主管单位，实行全系统垂直管理的国务院部门办公厅"
                "（室）或指定的专门司局是本系统政务新媒体工作的主管单位。主管单位负责推进、指导、协调、监督政务新媒体工作。\n"
                "国务院办公厅\n2018年12月7日\n")
# http://www.gov.cn/zhengce/content/2019-01/14/content_5357723.htm (国办发〔2018〕129号, 消费扶贫)
POVERTY = ("（二）推动东西部地区建立消费扶贫协作机制。将消费扶贫纳入东西部扶贫协作和对口支援政策框架。"
           "在国家扶贫日前后积极开展消费扶贫活动，发出倡议，引导全社会参与。")


def test_the_first_of_a_list_of_designations_is_an_assignment():
    # "X是…的主管单位，Y是…的主管单位，…": the named body leads the matter it is in charge of; the
    # classes after it (地方各级人民政府办公厅（室）, 国务院各部门办公厅（室）) are no bodies.
    found = govie.extract(DESIGNATIONS).assignments
    named = [f for f in found if f.lead == ["国务院办公厅"]]
    assert [f.task["text"] for f in named] == ["全国政务新媒体工作的主管单位"]


def test_a_named_days_around_is_no_date():
    # 国家扶贫日前后: the 日 ends the day's name, 前后 is "around" it; 日前 ("recently") is not there.
    r = govie.extract(POVERTY, reference_date="2018-12-30")
    assert not [e for e in r.entities if e.label == "DATE"]


def test_the_east_and_west_together_are_one_region():
    # The rule taggers' region list (the bundled model found it already).
    r = govie.extract(POVERTY, reference_date="2018-12-30", model=None)
    locs = [e.text for e in r.entities if e.label == "LOC"]
    assert locs == ["东西部地区"]  # not 东西部扶贫协作, a programme
