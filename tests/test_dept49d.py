"""DEPT kinds recurring in the dev split's misses (helper dept49d)."""
import pytest

import govie


# 工会 and 共青团 as items of a report's list of fields of work (…等工作全面进步, …等事业取得新进展) are
# the division's 总工会 and Youth League committee: dev gold marks them in both lists.
@pytest.mark.parametrize(("text", "jurisdiction", "expected"), [
    # dev wr2026-guangdongm (Guangdong's 2026 work report)
    ("国防动员、优抚安置、双拥共建等工作取得新成效，民族宗教、工会、共青团、妇女儿童、残疾人、参事文史、信访、"
     "地方志、档案、地质、地震、气象等工作全面进步。", "广东省",
     [("工会", "广东省总工会"), ("共青团", "共青团广东省委员会")]),
    # dev wr2026-liaoningm (Liaoning's 2026 work report)
    ("庄重迎接第十二批在韩志愿军烈士遗骸归国。工会、青少年、妇女儿童、老龄、残疾人、红十字、慈善、志愿服务、"
     "关心下一代等事业取得新进展。", "辽宁省", [("工会", "辽宁省总工会")]),
    # not an item of a list: a company's union (dev gz-1)
    ("具体的准入条件和分配方案由用人单位制订，经工会或职代会同意后，报送所在区住房保障部门。", "广州市", []),
], ids=lambda v: v[-12:] if isinstance(v, str) else None)
def test_union_and_league_in_a_list_of_fields_of_work(text, jurisdiction, expected):
    result = govie.extract(text, reference_date="2026-01-20", jurisdiction=jurisdiction)
    assert [(e.text, e.attrs.get("canonical")) for e in result.entities if e.label == "DEPT"] == expected
