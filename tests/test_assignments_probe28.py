"""Probe asg28: full texts of national opinions (国发/国办发 2018-2019), notes deep in the text."""
import govie


def test_lead_of_a_mechanism_is_no_task():
    # 国发〔2018〕42号, http://www.gov.cn/zhengce/content/2018-12/29/content_5353308.htm
    text = ("（十八）健全组织实施机制。建立由农业农村部、工业和信息化部牵头的国家农业机械化发展协调推进机制，"
            "统筹协调农业机械化和农机装备产业发展工作，认真梳理和解决突出问题。")
    assert govie.extract(text).assignments == []


def test_note_after_the_attributive_lead_still_assigns_the_item():
    # 国发〔2018〕42号 (as above): the item's note assigns it; 牵头的 inside adds no frame starting at 的.
    text = ("（十八）健全组织实施机制。建立由农业农村部、工业和信息化部牵头的国家农业机械化发展协调推进机制，"
            "统筹协调农业机械化和农机装备产业发展工作。重大问题及时向国务院报告。（农业农村部、工业和信息化部牵头负责）")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert "建立由农业农村部" in frames[0].task["text"] and frames[0].task["text"].endswith("向国务院报告")
    assert frames[0].lead == ["农业农村部", "工业和信息化部"]


def test_class_with_attributive_lead_is_no_task():
    # 国办发〔2018〕117号, http://www.gov.cn/zhengce/content/2018-12/10/content_5347465.htm
    text = "各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制，统筹做好本地区督查激励措施组织落实工作。"
    assert govie.extract(text).assignments == []
