"""Review of round 26's merges (review21): realistic sentences of other provinces and levels read by the
rules org55w, date44n, full48p, asg68n and act74n added."""
import govie


def _assignments(text, date="2024-03-01"):
    out = govie.extract(text, reference_date=date).assignments
    for a in out:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]
    return out


def test_a_class_named_after_a_verb_is_no_role_subject_ending_the_task():
    # 确保各参建单位须… / 明确各责任单位要…: the class is the object of the task's verb, not a new subject
    text = "区住房城乡建设局要牵头制定整治方案，确保各参建单位须在2024年6月底前完成整改。"
    (a,) = _assignments(text)
    assert a.lead == ["区住房城乡建设局"]
    assert a.task["text"] == "制定整治方案，确保各参建单位须在2024年6月底前完成整改"
    text = "市商务局要加强统筹协调，明确各责任单位要落实专人负责。"
    (a,) = _assignments(text)
    assert a.task["text"] == "加强统筹协调，明确各责任单位要落实专人负责"


def test_a_role_subject_still_ends_the_task():
    # the merged rule's own case, in simplified script and another genre
    text = "市政府办公室要对拟印发的文件抓紧审核、报批，文件起草部门须在会议结束后3个工作日内报送市政府。"
    (a,) = _assignments(text)
    assert a.task["text"] == "对拟印发的文件抓紧审核、报批"


def test_a_by_clause_of_time_before_the_divisions_assigns_nothing():
    # 由X下达后, before 各县区 / 各地 as subject: a time clause, as before 行业归口部门
    assert _assignments("项目经市政府批准，由市发展改革委下达后，各县区据此组织实施。", "2019-05-10") == []
    assert _assignments("资金经省政府批准，由省财政厅下达后，各县（市、区）据此及时拨付到项目单位。", "2019-05-10") == []


def _dates(text, ref):
    out = []
    for e in govie.extract(text, model=None, reference_date=ref).entities:
        if e.label == "DATE":
            assert text[e.start:e.end] == e.text
            out.append((e.text, e.attrs.get("value")))
    return out


def test_shang_nian_after_a_stretch_keeps_its_value():
    text = "2014年，全省经济平稳运行。2012年至2013年的经济下行压力已经缓解，全省地区生产总值比上年增长7.8%。"
    assert ("上年", "2013") in _dates(text, "2015-01-20")


def test_shang_nian_after_stretches_reads_a_bounded_reach(monkeypatch):
    # A long paragraph of stretches and 上年 (比上年增长 after each 2013年至2014年): each 上年 looked back over
    # the whole paragraph for a single year, a quadratic pass (50,000 characters took over a minute).
    from govie.taggers import dates
    calls = []
    real = dates._year_within
    monkeypatch.setattr(dates, "_year_within", lambda text, d: calls.append(1) or real(text, d))
    unit = "2013年至2014年全省生产总值比上年增长7%，"
    govie.extract(unit * 1000, model=None, reference_date="2015-01-01")
    assert len(calls) < 100_000


def test_a_later_clause_of_another_subject_is_no_scope_of_the_inspection():
    # 对照 is a verb, and 县委书记's check of the townships is its own inspection, not the scope of the province's
    text = "省政府督查组到我县开展督查，对照问题清单，县委书记对全县各乡镇进行了全面检查。"
    acts = govie.extract(text, model=None, reference_date="2023-06-10").activities
    check = [a for a in acts if a.trigger["text"] == "检查"]
    assert len(check) == 1 and check[0].type == "inspection"
    assert text[check[0].trigger["start"]:check[0].trigger["end"]] == "检查"


def test_the_places_of_a_provincial_inspection_remain_its_scope():
    from .activity_frames import frames, none, one
    text = "省政府拟于10月组织开展安全生产大检查,对成都、绵阳、德阳等8个市(州)进行实地督查。"
    found = frames(text, "2023-06-10")
    assert one(found, "开展")["type"] == "inspection"
    none(found, "督查")
