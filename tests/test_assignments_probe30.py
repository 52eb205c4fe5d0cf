"""Probe asg30: full national texts (国发/国办发/国函/国办函) whose responsibility notes sit deep in the text."""
import govie


def test_state_council_joint_office_whose_field_holds_you_is_one_body_and_leads():
    # 国发〔2018〕38号, http://www.gov.cn/zhengce/content/2018-11/23/content_5342665.htm
    text = ("强化组织管理。各有关地区和部门要高度重视、密切协作，不断提高自贸试验区建设和管理水平。"
            "国务院自由贸易试验区工作部际联席会议办公室要切实发挥统筹协调作用，加强横向协作、纵向联动，进行差别化指导。")
    r = govie.extract(text)
    depts = [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]
    assert depts == [("国务院自由贸易试验区工作部际联席会议办公室", "国务院自由贸易试验区工作部际联席会议办公室")]
    assert len(r.assignments) == 1
    assert r.assignments[0].lead == ["国务院自由贸易试验区工作部际联席会议办公室"]
    assert r.assignments[0].task["text"].startswith("切实发挥统筹协调作用")


def test_state_council_class_before_joint_office_is_no_body():
    # A class (国务院有关部门) is no joint office's field: nothing is tagged or assigned.
    text = "国务院有关部门部际联席会议办公室要加强督促检查。"
    r = govie.extract(text)
    assert [e.text for e in r.entities if e.label == "DEPT"] == []
    assert r.assignments == []


def test_responsible_department_note_with_scope_and_class():
    # 国发〔2018〕38号 (as above), item (四十五): 等部门 is a class, the scope clause is no body.
    text = ("（四十五）推动与大宗商品出口国、“一带一路”国家和地区在油品等大宗商品贸易中使用人民币计价、结算，"
            "支持自贸试验区保税燃料油供应以人民币计价、结算。（负责部门：人民银行等部门，适用范围：浙江自贸试验区）")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].lead == ["中国人民银行"] and frames[0].support == []
    assert frames[0].task["text"].startswith("推动与大宗商品出口国")


def test_reply_asking_a_bureau_to_settle_matters():
    # 国办函〔1996〕14号, http://www.gov.cn/zhengce/content/2018-12/03/content_5345413.htm
    text = ("二、气象站网组建中的有关具体事宜，请中国气象局按照《国务院批转外交部和国务院港澳办公室关于内地同香港、"
            "澳门之间官方往来问题请示的通知》（国发〔1986〕97号）和有关规定精神，与有关部门和地方政府协商办理。")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].lead == ["中国气象局"] and frames[0].task["text"].endswith("协商办理")
