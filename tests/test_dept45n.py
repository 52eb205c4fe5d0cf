"""National bodies in State Council work reports (probe dept45n): the State Council's departments of a
sector as a class, preparatory committees written with 筹委会, a founding told after the body ended, a
Hong Kong legislature, the PLA's bodies without 中国, the former Tibetan government.
Texts: ../shared/data/state-council-work-reports/government_work_reports.jsonl (zh.wikisource.org)."""
import govie


def _depts(text, date):
    r = govie.extract(text, reference_date=date)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_state_council_departments_of_a_sector_are_a_class():
    # 1981 report [year=1981] slice [31710, 32470]: before, 国务院 was marked in each class phrase.
    text = ("国务院所属各部门的领导干部和全体工作人员，应该在实现精简机构、提高效率的任务中，为地方各级政府作出表率。"
            "从明年１月起，准备从中央和地方抽调大批干部，由国务院各经济部门的领导同志和各省市自治区主管经济工作的负责同志带队。")
    assert _depts(text, "1981-11-30") == []
    # 1981 report: 国务院各工业部门和各省市区主管工业的部门 (a class too); 国务院 acting stays a body.
    assert _depts("国务院各工业部门和各省市区主管工业的部门要抓紧。", "1981-11-30") == []
    assert _depts("国务院决定，从国务院各部门首先做起，进行机构改革。", "1981-11-30") == [("国务院", "中华人民共和国国务院")]


def test_preparatory_committees_and_a_founding_told_after_the_body_ended():
    # 1997 report [year=1997] slice [13707, 14756]: 筹委会 for 筹备委员会 was not found, and the
    # preparatory work committee (1993-1996) was linked to the committee that succeeded it.
    text = ("１９９３年７月成立香港特别行政区筹委会预备工作委员会。１９９６年１月成立香港特别行政区筹委会，"
            "负责筹备成立香港特别行政区的有关事宜。香港特别行政区临时立法会也已通过选举成立。")
    assert _depts(text, "1997-03-01") == [
        ("香港特别行政区筹委会预备工作委员会", "全国人民代表大会常务委员会香港特别行政区筹备委员会预备工作委员会"),
        ("香港特别行政区筹委会", "全国人民代表大会香港特别行政区筹备委员会"),
        ("香港特别行政区临时立法会", "香港特别行政区临时立法会"),
    ]


def test_pla_bodies_written_without_zhongguo():
    # 1959 report [year=1959] slice [21768, 22722]: before, 人民解放军西藏军区 was split in two and
    # 中央人民政府 in 1959 is the State Council. 西藏地方政府 (即噶厦) has no record: in today's prose the
    # same words name 西藏自治区人民政府, and a wrong body is worse than none (round 19 review).
    text = ("政府已经命令解散原西藏地方政府（即噶厦），由西藏自治区筹备委员会行使地方政府职权。"
            "中央人民政府对于西藏地方的方针历来是明确的。"
            "现在，西藏的局势已经完全在人民解放军西藏军区和西藏自治区筹备委员会的控制之下。")
    assert _depts(text, "1959-04-18") == [
        ("西藏自治区筹备委员会", "西藏自治区筹备委员会"), ("中央人民政府", "中华人民共和国国务院"),
        ("人民解放军西藏军区", "中国人民解放军西藏军区"), ("西藏自治区筹备委员会", "西藏自治区筹备委员会"),
    ]
