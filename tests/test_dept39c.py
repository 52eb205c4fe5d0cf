"""Probe dept39c: county, district and township DEPT in town and subdistrict news and reports."""
import govie


def _ents(text, ref=None, label="DEPT"):
    out = govie.extract(text, reference_date=ref, model=None).to_dict()
    return [(e["text"], e.get("canonical")) for e in out["entities"] if e["label"] == label], out["meta"]


def test_a_subdistrict_named_like_a_city_is_no_place_of_that_city():
    # http://www.qiantang.gov.cn/art/2023/1/12/art_1229609183_4133255.html (白杨街道, 钱塘区, 2023)
    text = ("白杨街道2022年工作总结及2023年工作思路\n发布日期:2023-01-12 17:22 信息来源:白杨街道\n"
            "今年以来,白杨街道在区委、区政府的坚强领导下,团结依靠广大党员群众,扎实推进各项工作。\n"
            "1.从严从紧抓好新冠疫情防控。有效应对3·5上城疫情,4·18、8·16和10·8钱塘疫情等多次疫情。")
    depts, meta = _ents(text, "2023-01-12")
    assert (meta["division"] or {}).get("code") != "659012"  # 白杨市, Xinjiang
    assert not any(c and "白杨市" in c for _, c in depts)
    assert ("区委", "中共杭州市钱塘区委员会") in depts


def test_a_town_hosting_on_its_title_line_names_its_party_committee():
    # http://sddp.net/news-5413-1.html (戴庙镇, 东平县, 2019)
    text = ("戴庙镇召开县派第一书记对接会\n2019-07-10\n7月6日上午9点,戴庙镇召开县派第一书记对接会,"
            "县工作专班刘彩凤等同志到会指导。\n会议由镇党委组织委员葛冰主持,共四项议程。一是葛冰传达县委组织部"
            "东组通〔2019〕12 号文件精神,安排工作任务。\n最后镇党委副书记、镇长米厚章讲意见。")
    depts, _ = _ents(text, "2019-07-10")
    assert depts.count(("镇党委", "中共东平县戴庙镇委员会")) == 2
    assert ("县委组织部", "中共东平县委员会组织部") in depts
    docnos, _ = _ents(text, "2019-07-10", "DOCNO")
    assert [t for t, _ in docnos] == ["东组通〔2019〕12 号"]


def test_a_town_hosting_after_its_county_with_one_bare_party_committee():
    # http://fzzkxw.com/index.php?a=shows&catid=81&id=20883 (城头山镇, 澧县, 2020)
    text = ("澧县城头山镇召开整域推进乡村振兴战略上劲会\n来源:法制周刊     发布时间:2020-04-23 15:21:40\n"
            "4月22日,澧县城头山镇召集镇党政班子成员、镇直单位负责人共计60余人召开整域推进城头山乡村振兴战略上劲会。\n"
            "镇党委书记张鼎要求,各村(社)要责任上肩,通过屋场会、户主会等形式加强群众发动。")
    depts, _ = _ents(text, "2020-04-23")
    assert ("镇党委", "中共澧县城头山镇委员会") in depts


def test_a_subdistricts_report_title_gives_its_county():
    # https://www.anji.gov.cn/hzgov/front/s587/zwgk/zfgzbg/20230224/i3513966.html (昌硕街道, 安吉县, 2023)
    text = ("昌硕街道2022年工作总结和2023年工作计划\n- 时间:2023-02-24\n一、2022年工作回顾\n"
            "2022年以来,在县委县政府、街道党工委的坚强领导下,在街道人大工委的监督支持下,街道办事处高举习近平"
            "新时代中国特色社会主义思想伟大旗帜。")
    depts, meta = _ents(text, "2023-02-24")
    assert meta["division"]["code"] == "330523"
    assert ("县委", "中共安吉县委员会") in depts and ("县政府", "安吉县人民政府") in depts
    assert any(t == "街道党工委" for t, _ in depts)


def test_a_districts_news_on_one_of_its_towns_names_the_towns_government_bare():
    # http://shanghai.baogaosu.com/xinwen/…/52470288 (华漕镇, 闵行区, 2016)
    text = ("闵行区农委领导到华漕镇进行“美丽乡村”建设工作调研\n21.11.2016  20:06\n"
            "2016年11月15日,闵行区农委主任费俭来到华漕镇对华漕镇开展“美丽乡村”建设工作进行调研。"
            "一同参加的有区农委书记蔡福康,镇政府由王尧镇长带队,镇农业服务中心主任陆晓明陪同参加。\n"
            "然后在镇政府二号楼二楼会议室听取了镇政府、镇农业服务中心和镇农经站的相关工作汇报。")
    depts, _ = _ents(text, "2016-11-21")
    assert depts.count(("镇政府", "上海市闵行区华漕镇人民政府")) == 3


def test_a_county_news_naming_two_towns_picks_neither():
    # The one-town rule needs one town: 定安 news of 2021 names 各镇 only; here two towns are named.
    text = ("闵行区农委领导到华漕镇和七宝镇进行调研\n2016年11月15日,区农委主任来到华漕镇、七宝镇调研。"
            "镇政府负责人陪同,镇政府汇报了工作。")
    depts, _ = _ents(text, "2016-11-21")
    assert not any(c and "镇人民政府" in c for _, c in depts)


def test_food_and_drug_bureau_short_form_in_a_county_list():
    # jiangling.cn thread-19408 (probe dept39c, seen, not fixed there): 食药局 is the county's 食品药品监督管理局
    # of before the 2018-2019 reforms, beside 卫计局 and 安监局 in the same list.
    text = "江陵县人民政府关于开展检查的通知\n县食药局、卫计局、安监局要加强检查。"
    got = {e.text: e.attrs.get("canonical") for e in govie.extract(text, model=None, reference_date="2016-05-01").entities
           if e.label == "DEPT"}
    assert got["县食药局"] == "江陵县食品药品监督管理局"
