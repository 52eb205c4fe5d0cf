"""Probe asg50n: division-of-labour notes and signatures of national documents, 2019-2021 (real text)."""
import govie


def _run(text, date):
    return govie.extract(text, reference_date=date, model=None)


def _depts(r):
    return [(e.text, e.to_dict().get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_letter_spaced_signatures_of_a_joint_notice_keep_their_bodies():
    # http://xqb.smesc.cn/news/show.php?itemid=376422 (发改就业〔2021〕396号, signature block): short names
    # spread to the width of a column, two a line; 2021 forms (中央网信办 of the 2018 reform, 银保监会).
    text = ("发改就业〔2021〕396号\n国家发展改革委 中 央 网 信 办\n教 育 部 工业和信息化部\n"
            "国家卫生健康委 人 民 银 行\n国 家 医 保 局 国 家 版 权 局\n银 保 监 会 证 监 会\n"
            "国 家 邮 政 局 国家中医药局\n2021年3月22日\n")
    got = dict(_depts(_run(text, "2021-03-22")))
    assert got.get("中 央 网 信 办") == "中央网络安全和信息化委员会办公室"
    assert got.get("人 民 银 行") == "中国人民银行"
    assert got.get("国 家 医 保 局") == "国家医疗保障局"
    assert got.get("银 保 监 会") == "中国银行保险监督管理委员会"
    assert got.get("证 监 会") == "中国证券监督管理委员会"
    assert got.get("国 家 邮 政 局") == "国家邮政局"
    assert got.get("国家中医药局") == "国家中医药管理局"


def test_traditional_note_with_a_class_after_the_named_bodies():
    # http://www.777hrrr.com/index.php/service/info/10330.html (國辦發〔2021〕45號, item 一): 國務院相關部門
    # 及各地區 is a class; the four named bodies lead.
    text = ("文件號 | 國辦發〔2021〕45號 | 制發日期 | 2021-11-10 |\n"
            "一、加大紓困資金支持力度。鼓勵地方安排中小企業紓困資金。有條件的地方要發揮好貸款風險補償機制作用。"
            "(財政部、工業和信息化部、人力資源社會保障部、人民銀行等國務院相關部門及各地區按職責分工負責)\n")
    (a,) = _run(text, "2021-11-10").assignments
    assert a.lead == ["财政部", "工业和信息化部", "人力资源和社会保障部", "中国人民银行"] and a.support == []
    assert a.task["text"].startswith("加大紓困資金支持力度")


def test_spaces_before_punctuation_leave_the_note_whole():
    # http://m.jiangsulong.com/a/2020/0721/0795485.html (国办发〔2020〕24号 as reposted, a space before each
    # punctuation mark): the lead of the note, the class after it takes no part.
    text = ("国办发〔2020〕24号\n(一)优化再造投资项目前期审批流程 。 优化全国投资项目在线审批监管平台审批流程 , "
            "实现批复文件等在线打印 。 (国家发展改革委牵头 , 国务院相关部门及各地区按职责分工负责)\n")
    (a,) = _run(text, "2020-07-15").assignments
    assert a.lead == ["国家发展和改革委员会"] and a.support == []


def test_rural_revitalisation_administration_in_2021():
    # https://newton.com.tw/wiki/關於公布國家鄉村振興重點幫扶縣名單的通知/58390194 (joint notice of
    # 2021-08-27, signature): the 局 of 2021-2023 keeps its own name, not its successor's.
    text = "現予以公布。\n中央農村工作領導小組辦公室 國家鄉村振興局\n2021年8月27日\n"
    got = _depts(_run(text, "2021-08-27"))
    assert ("國家鄉村振興局", "国家乡村振兴局") in got
    assert ("中央農村工作領導小組辦公室", "中央农村工作领导小组办公室") in got
