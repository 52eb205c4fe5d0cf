"""ORG probe round 11 (org18): well-known firms and universities by their short names, a list of firms
whose short names are also verbs or places, and a firm's project phase (X一期) that names no firm."""
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return {text[m.start:m.end] for m in tag_orgs(text)}


def test_listed_firms_with_verb_and_place_homographs():
    # wr2026 天津市 (readable, outside the dev slices): 飞腾/联想 are verbs and 麒麟 a district to jieba
    # and the gazetteer; 联想, 中芯国际 and 华海清科 are known firms, so the list is one of firms.
    text = ("信息技术产业依托曙光、海光、麒麟、飞腾、联想、中芯国际、华海清科、天河超算、金海通等头部企业，"
            "在服务器、自主芯片、智能终端、集成电路制造及装备上强链补链")
    assert {"曙光", "海光", "麒麟", "飞腾", "联想", "中芯国际", "华海清科", "金海通"} <= _orgs(text)


def test_known_short_names_in_review_sentences():
    # dev wr2026-qinghai, wr2026-shaanxi, wr2026-tianjin (gold ORG, missed on main).
    assert {"麦当劳", "小米汽车"} <= _orgs("消费活力不断释放，麦当劳、小米汽车等一批旗舰店、首店纷纷落地")
    assert "西北农大" in _orgs("省农作物种子繁育加工基地投入运行，西北农大绘制全球首张小麦")
    assert "麒麟软件" in _orgs("中国电子增资麒麟软件，协和天津基地")
    # wr2026 天津市 (readable, outside the dev slices).
    assert "空客" in _orgs("拓展与空客、航天科技、中航工业等供应链合作")


def test_known_name_inside_a_longer_word_is_no_org():
    # The lexicon's 空客 inside 航空客运 (wr2026 宁夏, readable): jieba reads 航空|客运.
    assert not _orgs("铁路、航空客运量双双超过千万人次")


def test_phase_after_a_firm_names_its_project():
    # wr2026 广东省 (readable; dev wr2026-guangdong holds the sentence): 埃克森美孚一期 is a project in a
    # list of projects (jieba tags 一期 an adverb, which read as a verb phrase after the name).
    text = ("规模以上工业企业达7.6万家、增加值增长3%，巴斯夫核心装置、埃克森美孚一期、华润微电子12英寸产线、"
            "深汕比亚迪二期等一批重大项目建成投产")
    assert not _orgs(text) & {"埃克森美孚", "巴斯夫", "比亚迪"}
