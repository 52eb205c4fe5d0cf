"""Short names of the municipalities' own bodies (上海, 北京, 天津, 重庆) link to their registry records."""
import pytest

import govie

# A 上海 list of responsible bodies (GitHub file, read_file id 40289922582).
SH_LIST = ("市发展改革委、市规划资源局、市交通委、市绿化市容局、市民政局、市住房城乡建设管理委、"
           "市房管局、市经济信息化委、市商务委、市国动办。")
# A 北京 list of municipal bodies from 首都之窗 (GitHub file, read_file id 71237866381).
BJ_LIST = "市科委、中关村管委会、市经济和信息化局、市民族宗教委、市规划自然资源委、市城市管理委、市交通委。"


def _canon(text, jurisdiction, reference_date="2025-06-01"):
    r = govie.extract(text, jurisdiction=jurisdiction, reference_date=reference_date, model=None)
    return {e.text: e.attrs.get("canonical") for e in r.entities if e.label == "DEPT"}


@pytest.mark.parametrize("short, canonical", [
    ("市规划资源局", "上海市规划和自然资源局"),
    ("市绿化市容局", "上海市绿化和市容管理局"),
    ("市住房城乡建设管理委", "上海市住房和城乡建设管理委员会"),
    ("市房管局", "上海市房屋管理局"),
    ("市国动办", "上海市国防动员办公室"),
    ("市经济信息化委", "上海市经济和信息化委员会"),
    ("市商务委", "上海市商务委员会"),
])
def test_shanghai_short_names(short, canonical):
    assert _canon(SH_LIST, "310000")[short] == canonical


@pytest.mark.parametrize("short, canonical", [
    ("中关村管委会", "中关村科技园区管理委员会"),
    ("市民族宗教委", "北京市民族宗教事务委员会"),
    ("市城市管理委", "北京市城市管理委员会"),
    ("市规划自然资源委", "北京市规划和自然资源委员会"),
    ("市经济和信息化局", "北京市经济和信息化局"),
])
def test_beijing_short_names(short, canonical):
    assert _canon(BJ_LIST, "110000")[short] == canonical


def test_tianjin_chongqing_planning_bureaus():
    assert _canon("市规划资源局、市发展改革委。", "120000")["市规划资源局"] == "天津市规划和自然资源局"
    assert _canon("市规划自然资源局、市住房城乡建委。", "500000")["市规划自然资源局"] == "重庆市规划和自然资源局"


def test_no_other_division_body():
    # 上海's bodies are not 北京's: a 北京 text's 市绿化市容局 or 市房管局 links to no 上海 record.
    got = _canon("市绿化市容局、市房管局。", "110000")
    assert not any((c or "").startswith("上海") for c in got.values())


def test_defence_mobilisation_office_dates():
    # The provincial 国防动员办公室 came with the 2024 reforms; an older text keeps its 人防办.
    assert _canon("市国动办", "310000")["市国动办"] == "上海市国防动员办公室"
    assert _canon("市人防办", "310000", "2015-01-01")["市人防办"] == "上海市人民防空办公室"


def test_group_office_after_report_verb():
    # http://fsou.com/html/text/lar/172352/17235200_2.html (北京, 2010)
    text = "各区县政府和地区管委会对辖区突出问题和重点区域进行拉网式排查,建立整治台帐,并将有关工作台帐报市百日整治行动领导小组办公室备案。"
    got = _canon(text, "110000", "2010-09-10")
    assert "市百日整治行动领导小组办公室" in got
    assert not any(t.startswith("有关") for t in got)
