"""LOC in policy documents (probe loc56p): tunnels, roads bounding an area, page headlines, school kinds."""
from govie.taggers.entities import tag_locs


def _locs(text):
    return [text[m.start:m.end] for m in tag_locs(text)]


def test_named_tunnel_is_one_site():
    # dev sc19-22 (国办函 on 四川's questions): 五、关于巴朗山隧道建设问题
    assert _locs("五、关于巴朗山隧道建设问题。你省请求，中央对巴朗山隧道建设予以支持。") == ["巴朗山隧道", "巴朗山隧道"]
    # 连云港市人民政府 连政发〔2022〕9号 禁放通告: the mountain inside the tunnel's name is no place of its own
    t = "（三）连云区\n1.后云台山隧道交汇口、中山路、汇海路的合围区域;"
    assert "后云台山隧道" in _locs(t) and "云台山" not in _locs(t)


def test_tunnel_classes_name_none():
    assert _locs("加强公路隧道、桥梁隧道安全检查，推进城区隧道建设") == []


def test_last_road_before_the_area_it_bounds():
    # 连云港 连政发〔2022〕9号: the list's last road before 的合围区域, the place inside it no place of its own
    t = "1.龙桥路、银台路、花果山大道、黄海大道的合围区域;"
    assert _locs(t) == ["龙桥路", "银台路", "花果山大道", "黄海大道"]
    t = "1. 204国道、香港路、怀仁路、时代路、228国道、徐福路的合围区域;"
    assert "徐福路" in _locs(t) and "香港" not in _locs(t)


def test_page_headline_and_its_repeat_hold_no_place():
    # dev gz-19 (广州市人民政府门户网站): the page title, then the headline alone under the portal's line
    t = ("广东省高校毕业生就业创业扶持政策清单 - 广州市人民政府门户网站\n关注 · 广州政府网\n"
         "广东省高校毕业生就业创业扶持政策清单\n为促进高校毕业生就业。")
    assert "广东省" not in _locs(t)
    # dev gz-17: the headline printed twice; the body's places stay
    t = "广州市高校毕业生创业补贴，请查收\n广州市高校毕业生创业补贴，请查收\n1、一次性创业资助\n返回广州市创业。"
    assert [m.start for m in tag_locs(t)] == [t.index("广州市创业")]


def test_a_headline_printed_once_is_not_read_so():
    # a first line printed once is no page headline by this rule: its place stays
    t = "广州市高校毕业生创业补贴，请查收\n1、一次性创业资助\n返回广州市创业。"
    assert [m.start for m in tag_locs(t)] == [0, t.index("广州市创业")]


def test_school_ownership_is_no_school_name():
    # dev gz-5 (天河区义务教育阶段学校招生工作细则 news): 天河区 marked in the gold
    assert _locs("或放弃天河区公办学校学位（含未按时注册）") == ["天河区"]
    assert _locs("申请入读天河区公办中学，须提供") == ["天河区"]
    assert _locs("广州市南国学校") == [] and _locs("成都市实验小学") == []
