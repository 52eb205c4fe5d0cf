"""Probe org51w: ORG in provincial and city work reports (firms in project lists, 本 inside a name)."""
import govie


def _orgs(text):
    return [e.text for e in govie.extract(text, rules_only=True).entities if e.label == "ORG"] \
        if "rules_only" in govie.extract.__code__.co_varnames else \
        [e.text for e in govie.extract(text).entities if e.label == "ORG"]


def test_common_word_brand_group_in_a_list_with_a_rare_brand_group():
    # 芜湖 2022 report (http://45.113.194.42/p/7715466226?pid=143063909797): 人本 is a dictionary word (以人为本),
    # the list's 杭锅集团 shows the items are firms; the short firm forms before project words stay unmarked.
    text = ("信义六期项目、长信科技年产1100万片高端触控显示模组及器件、人本集团轴承系列、方不圆智能装备制造、"
            "杭锅集团新能源环保装备研发制造基地等一批重大项目如期投产。")
    orgs = _orgs(text)
    assert "人本集团" in orgs and "杭锅集团" in orgs
    assert not any(o.startswith(("信义", "长信", "方不圆")) for o in orgs)


def test_common_word_before_group_alone_stays_unmarked():
    # Kinds and words of the language before 集团 are no brand without a list that shows one.
    assert "发展集团" not in _orgs("推动企业做大做强，支持发展集团。")
    assert _orgs("人本集团连续10年产销量排名第一。") == []


def test_ben_inside_a_word_is_no_anaphor():
    # 本 opens 本溪 and 本钢 and closes 日本, 人本: not 本公司 or 本协会 (probe org51w).
    assert "本钢集团" in _orgs("鞍钢集团与本钢集团重组。")
    assert "本溪钢铁集团有限公司" in _orgs("本溪钢铁集团有限公司完成改制。")
    assert "深圳日本商会" in _orgs("深圳日本商会举办活动。")
    assert _orgs("该公司发展良好，本公司将继续投资。") == []
    assert _orgs("本市公司") == []
