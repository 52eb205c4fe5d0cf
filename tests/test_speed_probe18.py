"""Speed round 14 (speed18): the scans rewritten for rules-only throughput give what they gave.

Each rewrite keeps its function's output; these tests pin the rewritten pieces on real sentences
(the same sentences the rules were written for) against the form they replaced.
"""
import re

from govie.taggers import entities as E
from govie.text.normalize import normalize

# The local-head post pattern as it was written before it was spelled as literal-led alternatives.
_OLD_HEAD_POST_AFTER = re.compile("(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长)(?=[，,。；;、\\s（(]|同志|主持|分管|负责)")


def test_head_post_scan_matches_as_before():
    # http://heyuan762.com/2012/0515/8088.html (广东省政府领导分工) and
    # http://china.zjol.com.cn/system/2013/04/16/019282701.shtml (湖南省人民政府领导成员工作分工)
    text = ("具体分工如下:\n朱小丹省长,主持省政府全面工作,分管审计工作。\n陈云贤副省长,分管科技、教育、金融、知识产权工作。\n"
            "常务副省长陈肇雄负责省政府常务工作。\n徐少华常务副省长,分管…\n省长助理袁建尧分管“两烟”工作。")
    old = [m.span() for m in _OLD_HEAD_POST_AFTER.finditer(text)]
    assert [m.span() for m in E._HEAD_POST_AFTER.finditer(text)] == old
    assert [text[s:e] for s, e in old] == ["省长", "副省长", "常务副省长"]
    # A match tried at one position (the roster check) reads the longest post as before.
    k = text.index("常务副省长,")
    assert E._HEAD_POST_AFTER.match(text, k).group() == "常务副省长"


def test_unit_name_pairs_after_each_unit():
    # https://code.fabao365.com/law_488911.html (新余市政务督查先进个人)
    text = ("二、先进个人(16名): 市人民政府办公室 李勇平 市科学技术局 赖立明 市林业局 徐新平 "
            "市民政局 柳 絮 市财政局 吴小军 市文化局 饶 芹 市劳动和社会保障局 何勇兵 希望受表彰的单位")
    norm = normalize(text)
    names = [norm.text[m.start:m.end] for m in E._unit_name_pairs(norm.text, norm)]
    assert names == ["李勇平", "赖立明", "徐新平", "柳絮", "吴小军", "饶芹", "何勇兵"]


def test_school_list_kept_and_a_plain_list_skipped():
    # 阳泉市郊区教育局 2024 news (http://zhongxue.ljyz.com.cn/news/HTML_PC/202409/14462.html)
    text = ("授予荫营中学、荫营二中、河底中学、三郊中学、丰华双语学校、文苑小学、郊区实验小学、育才小学、育英小学、"
            "三泉小学、三都小学、三郊小学、河底小学、西南舁小学、辛兴小学和文苑幼儿园“2023年度学校安全工作先进集体”称号。")
    schools = [text[m.start:m.end] for m in E._listed_schools(text)]
    assert schools == ["荫营中学", "荫营二中", "河底中学", "三郊中学", "丰华双语学校", "文苑小学", "郊区实验小学", "育才小学",
                       "育英小学", "三泉小学", "三都小学", "三郊小学", "河底小学", "西南舁小学", "辛兴小学", "文苑幼儿园"]
    # 2026 青海省 政府工作报告 (corpora/work-reports-2026/2026_青海省_政府工作报告.csv): lists whose items end as
    # no school's name are no list of schools (one item ending in 中 is not two).
    text = ("同德县、达日县被命名为全国生态文明建设示范区，城北区、兴海县、班玛县成为全国“绿水青山就是金山银山”实践创新基地，"
            "湟中区、祁连县、玛沁县入选全国生态综合补偿重点区域，青海生态“颜值”正在转化为富民“产值”，绿水青山正成为青海的优势和骄傲。")
    assert E._listed_schools(text) == []


def test_listing_on_an_exchange_needs_an_exchange():
    # 浦江县 2023 政府工作报告 (https://edutainingadventures.com/bhuadong/5317.html)
    text = "产业层次提档升级。丰安股份在北交所上市,上市公司实现零的突破。"
    assert [text[m.start:m.end] for m in E._listed_on_exchange(text)] == ["丰安股份"]
    # 2026 work report (corpora/work-reports-2026/2026_内蒙古自治区_政府工作报告.csv): listings, but no exchange named, so no scan.
    assert E._listed_on_exchange("新增12家上市公司，打破9年无企业上市局面。") == []
