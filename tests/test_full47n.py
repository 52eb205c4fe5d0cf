"""Probe full47n: complete national documents (国办函 复函 with a ministry's report attached, a joint 国办发 notice)."""
import govie

# 国办函〔2004〕80号, 国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函, attachment 1 (国土资源部 report) and
# attachment 2 (专家组意见); text from github.com/ZhouYNF/platform-1 db/ge_policy_raw20190217.sql (gov.cn page).
REPORT = ("我部于2004年4月13日至15日，组织以华中科技大学刘广润院士为组长，由中国科学院、成都理工大学、重庆大学、湖北省地勘局、"
          "三峡库区地质灾害防治工作指挥部等单位专家组成的专家组对湖北省巴东县官渡口镇马鬃山村地质险情进行了现场调查，"
          "听取了地方政府和有关单位的情况汇报。")
OPINION = ("根据曾培炎副总理的批示，国土资源部迅速组织调查，成立了以华中科技大学刘广润院士为组长，由中国科学院、成都理工大学、"
           "重庆大学、湖北省地勘局、三峡库区地质灾害防治工作指挥部等单位专家组成的专家组，于2004年4月14日—15日对马鬃山村"
           "进行了现场调查，听取了地方政府和有关单位的情况汇报。")
# the same document, attachment 1: two provincial bodies' survey.
SURVEY = "此后，湖北省国土资源厅和重庆市国土资源和房屋管理局又分别对马鬃山村地质险情、地震情况等进行了实地调查。"


def _run(text, date="2004-11-04"):
    return govie.extract(text, reference_date=date, model=None).to_dict()


def test_members_of_an_expert_group_are_no_assignment():
    # 由X、Y…等单位专家组成的专家组: the list says who the group is made of, it assigns no task.
    for text in (REPORT, OPINION):
        out = _run(text)
        assert out["assignments"] == [], out["assignments"]


def test_survey_after_light_jinxing_is_triggered_on_diaocha():
    # 进行了现场调查 / 进行了实地调查: the event noun carries the activity (dev sc19-22 marks 调查), not 进行.
    for text in (REPORT, SURVEY):
        acts = _run(text)["activities"]
        triggers = [a["trigger"]["text"] for a in acts]
        assert "调查" in triggers and "进行" not in triggers, triggers
        assert [a["type"] for a in acts if a["trigger"]["text"] == "调查"] == ["research"]
    acts = _run(SURVEY)["activities"]
    assert set(acts[0]["agents"]) == {"湖北省国土资源厅", "重庆市国土资源和房屋管理局"}


def test_diaocha_alone_is_no_trigger():
    # 根据现场调查 (same attachment, 专家组认为：根据现场调查，…): a source of knowledge, no event.
    text = "专家组认为：根据现场调查，地震监测和地质勘探资料并结合其与三峡水库135米水位蓄水的时空关系的综合分析，倾向于认为是由浅源地震造成的。"
    assert [a["trigger"]["text"] for a in _run(text)["activities"]] == []


def test_location_before_a_light_verb_stops_at_it():
    # dev sc19-22's shape: 对…进行了实地调查 — the place ends before 进行了 (merge of probe full47n).
    import govie
    text = "国务院扶贫开发领导小组办公室会同交通部、水利部组成联合调查组，赴广安市水淹区进行了实地调查。"
    acts = govie.extract(text, model=None, reference_date="2019-01-10").to_dict()["activities"]
    found = [a for a in acts if a["trigger"]["text"] == "调查"]
    assert found and found[0]["location"] == "广安市水淹区"
