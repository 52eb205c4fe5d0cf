"""Probe act74n: activities in national policy documents (a State Council announcement of an inspection)."""
from .activity_frames import frames, none, one


# 关于国务院第八次大督查征集问题线索的公告 (shanxishangren.com/b2b/news/show.php?itemid=54399, 2021-07-15)
def test_team_steps_in_own_clause_share_the_inspection():
    text = ("国务院拟于8月下旬至9月上旬组织开展第八次大督查。\n"
            "对其中有代表性的问题线索,国务院督查组将在实地督查时进行抽查核查,以实际行动回应企业和群众关切。")
    found = frames(text, "2021-07-15")
    act = one(found, "开展")
    assert (act["type"], act["mode"], act["date"]) == ("inspection", "planned", "2021-08-21/2021-09-10")
    none(found, "抽查核查")
    none(found, "进行")
