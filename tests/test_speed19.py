"""Round 15 speed work (speed19): scans narrowed to where a match can be give the matches of the
whole-text scans they replace, on real sentences."""
from govie.kb.divisions import load_divisions
from govie.taggers import entities as E

# 阳泉市郊区教育局 2024 news (http://zhongxue.ljyz.com.cn/news/HTML_PC/202409/14462.html).
SCHOOLS = ("郊区教育局授予荫营中学、三郊中学、玉泉中学、三泉中学、河底中学、荫营联校、河底联校、育才小学、文苑小学、"
           "郊区实验小学、三都小学、西南舁小学、三泉小学、河底小学、文苑幼儿园“2023年度教育工作先进集体”称号;"
           "授予荫营中学、荫营二中、河底中学、三郊中学、丰华双语学校、文苑小学、郊区实验小学、育才小学、育英小学、"
           "三泉小学、三都小学、三郊小学、河底小学、西南舁小学、辛兴小学和文苑幼儿园“2023年度学校安全工作先进集体”称号。")
# 炎陵县 2023 report (https://nec-driver.com/bhuazhong/4933.html) and 来安县 2025 report
# (http://bx2200.com/baogao/huadong/11647.html).
RANKED = ("欧科亿成为全县首家税收过亿元工业企业,欧科亿、今成钽铌进入全市制造业亩均税收前50强。\n"
          "中普石油连续两年荣获全省民营企业制造业百强。全力支持企业攀高向新,捷泰科技获批省级数字化车间,"
          "科来兴、联科新材料入选全省制造业单项冠军培育企业名单、全市仅6家。")


def _spans(matches):
    return [m.span() for m in matches]


def test_school_lists_scanned_only_around_a_school_item_keep_the_whole_scan_matches():
    kept = [m for m in E._SCHOOL_LIST.finditer(SCHOOLS) if len(E._SCHOOL_ITEM_END.findall(m.group())) >= 2]
    assert kept and _spans(kept) == _spans(
        m for m in E._school_list_matches(SCHOOLS) if len(E._SCHOOL_ITEM_END.findall(m.group())) >= 2)
    names = [SCHOOLS[m.start:m.end] for m in E._listed_schools(SCHOOLS)]
    assert names.count("荫营中学") == 2 and "文苑幼儿园" in names


def test_ranked_subjects_tried_before_a_ranking_verb_only_keep_the_whole_scan_matches():
    assert _spans(E._ranked_subject_matches(RANKED)) == _spans(E._RANKED_SUBJECTS.finditer(RANKED))
    assert [RANKED[m.start:m.end] for m in E._ranked_subjects(RANKED)] == [
        "欧科亿", "欧科亿", "今成钽铌", "科来兴", "联科新材料"]


def _mentions_at_every_position(divs, text):
    """``Divisions.mentions`` as it was: the dictionary tried at every position."""
    from govie.kb.divisions import _LEVEL_SUFFIX, word_bounds
    out, i, n = [], 0, len(text)
    while i < n - 1:
        end = next((e for e in range(min(n, i + divs.max_len), i + 1, -1) if divs.forms.get(text[i:e])), None)
        if end is None:
            i += 1
            continue
        codes, form = divs.forms[text[i:end]], text[i:end]
        if all(divs.by_code[c].level == "county" and form == divs.by_code[c].short
               and (form != divs.by_code[c].name or len(form) < 3) for c in codes) \
                or not word_bounds(text, i, end, full=form.endswith(_LEVEL_SUFFIX)):
            i += 1
            continue
        ranked = sorted(codes, key=lambda c: (divs._rank(c), c))
        out.append((i, end, tuple(dict.fromkeys(divs.effective(c) for c in ranked))))
        i = end
    return out


def test_division_mentions_start_only_where_a_form_opens():
    divs = load_divisions()
    # wr2026 内蒙古 and 吉林 reports (corpora/work-reports-2026)
    text = ("支持通辽市、乌兰察布市、乌海市争创全国民族团结进步示范市。长春、松原、白城入选国家能源领域首批氢能区域试点，"
            "松原石化园区、辽源高新区、四平新开区入选首批国家级零碳园区建设名单")
    found = divs.mentions(text)
    assert [text[a:b] for a, b, _ in found][:3] == ["通辽市", "乌兰察布市", "乌海市"]
    assert found == _mentions_at_every_position(divs, text)
