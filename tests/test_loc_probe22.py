"""LOC probe loc22: sites a place opens, with a rank or kind between place and head."""
from .mentions import spans


def _locs(text):
    return spans(text, "LOC", model=None)


def test_land_port_zone_is_whole():
    # Xinjiang 2026 work report, work-reports-2026/2026_新疆维吾尔自治区_政府工作报告.csv [full_text] ~14060
    text = "加快乌鲁木齐国际陆港区、喀什和霍尔果斯经济开发区创新发展"
    assert "乌鲁木齐国际陆港区" in _locs(text)


def test_wetland_reserves_are_whole():
    # 梁子湖区 2023 report, https://edutainingadventures.com/bhuazhong/6223.html
    text = "镇区控制性详细规划、梁子湖省级湿地自然保护区规划、梁子湖省级湿地保护区(实验区)生态旅游规划(2021-2035)等专项规划全面完成。"
    locs = _locs(text)
    assert "梁子湖省级湿地自然保护区" in locs and "梁子湖省级湿地保护区" in locs
    assert "梁子湖" not in locs
