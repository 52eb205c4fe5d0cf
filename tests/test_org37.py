"""Probe org37: ORG in county and prefecture policy notices 2015-2023 (an annex list of units set between spaces, a
county whose name ends in another county's name, rural credit cooperatives, township schools by their town's name,
schools in a 、 list with a 完小 and a last item running into the sentence, a table's school cells)."""
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_annex_list_between_spaces():
    # https://www.zyx.gov.cn/Content-1778632.html (紫政发〔2015〕3号 附件): the spaces of the original part the units.
    # The notice's closing lines keep the annex's line breaks (a text of bare lines alone reads as PDF wrapping).
    orgs = _orgs("各镇、各部门要认真总结经验,充分发挥典型示范带动作用,持续深入开展卫生单位、卫生村的创建活动,为创建国家卫生县城做出积极贡献。\n"
                 "附件:紫阳县县级卫生单位、卫生村名单\n紫阳县人民政府\n2015年8月12日\n附件:\n紫阳县县级卫生单位名单\n(7个)\n"
                 "城关镇闵庄小学 城关镇兴田小学 紫阳县喜洋洋商场\n洞河镇中心学校 紫阳县国土资源局汉王国土资源所\n"
                 "紫阳县农村信用合作联社东木信用社\n紫阳县公安局麻柳派出所\n")
    assert orgs == ["城关镇闵庄小学", "城关镇兴田小学", "洞河镇中心学校", "紫阳县农村信用合作联社东木信用社"]


def test_county_ending_in_another_county():
    # http://www.guannan.gov.cn/gnzx/gsgg/content/12ef8531-a33a-4a23-81c1-714ef9fd7e94.html (灌南县农业农村局 2023)
    assert _orgs("县级复核,决定评定灌南县华丰食用菌专业合作社等4家农民专业合作社为县级示范社。") == ["灌南县华丰食用菌专业合作社"]


def test_school_list_and_table_cells():
    # https://www.wddqw.com/qXfn.html (澧县教育局 2016 中小学招生通知)
    orgs = _orgs("(二)招生要求\n\n一完小、实验小学、澧州实验学校、银谷国际实验学校、九澧实验学校由县教育局单独下达招生计划,"
                 "其他小学招生计划由所在乡镇中学下达。")
    assert orgs[0] == "一完小" and orgs[-3:] == ["澧州实验学校", "银谷国际实验学校", "九澧实验学校"]
    assert "乡镇中学" not in " ".join(orgs)
    table = "学校\n\n七年级\n\n银谷国际实验学校\n\n400\n\n8\n\n闸口中学\n\n88\n\n2\n\n小渡口镇中学\n\n243\n\n5\n\n官垸镇中学\n\n82\n\n2\n"
    assert _orgs(table) == ["银谷国际实验学校", "闸口中学", "小渡口镇中学", "官垸镇中学"]


def test_town_as_a_class_is_no_school():
    # Classes of township schools name none (乡镇中学, 全镇小学, 各乡中心学校).
    assert _orgs("推进全镇中学和各乡中心学校标准化建设,乡镇中学教师交流轮岗。") == []
