"""Probe dept31p: prefecture documents of a 地区, a 盟 and an autonomous prefecture."""
import govie.pipeline

from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# http://www.kashi.gov.cn/ksdqxzgs/c112179/202302/786bb470f97342d6a83f6679fd1bf1e0.shtml (喀什地区, 2023)
KASHI_2023 = ("喀什地区行政公署召开2023年第二次常务会议\n来源:喀什地区行政公署办公室\n"
              "2023129日,地委副书记、行政公署专员艾尼瓦尔·吐尔逊同志主持召开行政公署2023年第次常务会议,"
              "岳普湖县申报2023年中央财政国土绿化试点示范项目项目经地区林草局、财政局联合审查同意,符合国家政策及投资支持方向"
              "行政公署名义呈报自治区财政厅、自治区林业和草原局审核。\n"
              "会议指出,根据《自治区<关于推进儿童友好城市建设实施方案>的通知(新发改社会2022269要求地区发改委牵头制定了《试点方案》")


def test_a_prefectures_bodies_by_the_bare_level_diqu_keep_the_prefix():
    depts = _depts(KASHI_2023, "2023-02-13")
    assert ("地区林草局", "喀什地区林业和草原局") in depts
    assert ("财政局", "喀什地区财政局") in depts
    assert ("地区发改委", "喀什地区发展和改革委员会") in depts
    assert ("林草局", "喀什地区林业和草原局") not in depts


def test_the_administrative_office_in_full_goes_bare_in_its_own_document():
    depts = _depts(KASHI_2023, "2023-02-13")
    assert depts.count(("行政公署", "喀什地区行政公署")) == 3
    assert ("自治区财政厅", "新疆维吾尔自治区财政厅") in depts


def test_the_bare_level_is_no_prefix_after_a_class_word():
    text = "喀什地区行政公署召开常务会议。各地区发改委要加强协调,贫困地区财政局要做好保障。"
    depts = _depts(text, "2023-02-13")
    assert not any(t.startswith(("地区", "区发")) for t, _ in depts)


# https://fgw.xam.gov.cn/fgw/2021-05/07/article_2024041403361914910.html (兴安盟, 2021): the page's source line
def test_a_leagues_body_by_the_bare_level_meng():
    text = "兴安盟国民经济和社会发展 第十四个五年规划和2035年 远 景 目 标 纲 要\n\n来源:盟发改委 发布时间:2021-05-06 09:21"
    assert ("盟发改委", "兴安盟发展和改革委员会") in _depts(text, "2021-05-06")


# http://www.zcbk.cn/enshi/index.php?m=home&c=View&a=index&aid=115112 (恩施州, 工作规则, 2020)
def test_an_autonomous_prefecture_signs_with_its_short_name_and_zizhizhou():
    text = ("恩施州人民政府关于印发《恩施土家族苗族自治州人民政府工作规则》的通知\n各县市人民政府,州政府各部门:\n"
            "《恩施土家族苗族自治州人民政府工作规则》已经州政府常务会议审议通过,现予印发。\n\n恩施自治州人民政府\n\n2020年7月27日")
    depts = _depts(text, "2020-07-27")
    assert ("恩施自治州人民政府", "恩施土家族苗族自治州人民政府") in depts
    assert ("自治州人民政府", "恩施土家族苗族自治州人民政府") not in depts


def test_every_areas_body_is_a_class_for_the_model_too():
    # 各地区发改委, 各地发改委: every area's commission, no body (guide v2: classes); the model's bare
    # 发改委 had been linked to the document's own commission.
    text = "喀什地区行政公署召开常务会议。各地区发改委要加强协调,各地发改委要做好保障,各地市财政局要落实。"
    for model in (None, govie.pipeline.BUNDLED_MODEL):
        found = depts(text, reference_date="2023-02-13", model=model)
        assert [t for t, _ in found if "发改委" in t or "财政局" in t] == [], model
