"""PERSON by rules in policy documents' name lines: bracketed posts, a body's officer, a footer's field on the
next line, a list closed by its count in 人 (probe person37p)."""
import govie


def _persons(text):
    return [m.text for m in govie.extract(text, model=None).entities if m.label == "PERSON"]


def test_name_before_bracketed_post_in_a_group_list():
    # http://lushixian.gov.cn/1803/614967264/499351.html (the page lost 组 of 组长)
    assert _persons(" 长:孙会方(县委常委、县政府常务副县长)\n\n副组长:彭海峰(县政府办公室主任)") == ["孙会方", "彭海峰"]
    # The same shape for members, in a list and on continuation lines.
    assert _persons("成员:李文华(县发改局局长)、王志强(县财政局局长)、赵明(县教育局局长)") == ["李文华", "王志强", "赵明"]
    assert _persons("成　员：李文华（县发改局局长）\n        王志强（县财政局局长）") == ["李文华", "王志强"]


def test_bracketed_bodies_are_no_names():
    assert _persons("成员单位:各乡(镇)人民政府、县人民政府有关部门(副县长)") == []


def test_officer_between_body_and_post():
    # http://www.dekahost.com/hdjl/jdjfyg/content/post_3100696.html
    assert _persons("举行环境信访接访活动,由市环保局蒋书华副巡视员主持当日环境信访接访工作。") == ["蒋书华"]


def test_posts_after_a_body_are_no_names():
    text = "县政府办公室副主任、市委办公室常务副主任，区卫健委党组书记，县教育局教研室主任，工程院原副院长\n"
    assert _persons(text) == []


def test_editor_field_on_the_next_line():
    # http://jxxznews.zjol.com.cn/xznews/system/2010/03/04/011889756.shtml
    assert _persons("2010年3月3日\n来源:\n区创建办\n作者:\n编辑:\n俞佳\n") == ["俞佳"]


def test_name_list_closed_by_count_of_people():
    # http://zjnews.zjol.com.cn/05zjnews/system/2006/06/29/007708555.shtml
    text = "郑九万、邵钦祥、王法金、徐亚芬、李涛、杨德仁、朱汉华、陆鑫泉、赵林中、蒋定军10人当选为“十大时代先锋”。"
    assert _persons(text) == ["郑九万", "邵钦祥", "王法金", "徐亚芬", "李涛", "杨德仁", "朱汉华", "陆鑫泉", "赵林中", "蒋定军"]


def test_bracketed_post_transliterated_name_and_rare_surname():
    # http://sh-yirui.com/tlfs/c116489/202305/422a47da89ad4277883e00fe7f7700a1.shtml (吐政办函〔2023〕47号)
    text = ("副主任:竞中梅(市科技局局长)\n成员:买买提尼亚孜·库尔班(市农业农村局党组副书记、局长)\n"
            "孙伟(国网吐鲁番供电公司党委副书记、总经理)\n")
    assert _persons(text) == ["竞中梅", "买买提尼亚孜·库尔班", "孙伟"]
    # Bodies, posts and places before a bracketed post are no names.
    assert _persons("成员单位:县财政局(局长)\n组长:县长(副县长)\n成员:各乡镇(镇长)、发展改革(主任)、新疆·喀什(主任)\n") == []
