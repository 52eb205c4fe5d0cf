"""DEPT in national documents probed in round 8 (fresh pages, one sentence each): joint
issuers on a title line, joint signature blocks, renamed bodies, internal units of central bodies."""

from __future__ import annotations

import govie


def _depts(text: str, **kw) -> list[tuple[str, str | None]]:
    d = govie.extract(text, model=None, **kw).to_dict()
    return [(e["text"], e.get("canonical")) for e in d["entities"] if e["label"] == "DEPT"]


def test_last_joint_issuer_on_title_line_is_a_body():
    # http://czj.shuozhou.gov.cn/yjsbg/fpzj/201904/t20190415_238594.html (title line of a joint notice)
    text = "财政部 教育部 人力资源社会保障部关于印发《中等职业学校国家助学金管理办法》的通知"
    assert ("人力资源社会保障部", "人力资源和社会保障部") in _depts(text)
    # http://law223.infoeach.com/view-MjIzfDEzMDk5MQ==.html (issuer line above the repeated title)
    text = ("关于开展1.6升及以下节能环保汽车推广工作的通知\n\n财政部 国家发展和改革委员会 工业和信息化部\n\n"
            "关于开展1.6升及以下节能环保汽车推广工作的通知\n\n财建〔2013〕644号\n")
    got = _depts(text)
    assert ("工业和信息化部", "工业和信息化部") in got
    assert not any(e["label"] == "TITLE" and "工业和信息化部" in e["text"]
                   for e in govie.extract(text, model=None).to_dict()["entities"])


def test_places_sharing_one_government_before_a_listed_one():
    # http://tastyfever.com/huanbao/article-38484.html (生态环境部 et al., 2020): the last place with
    # 人民政府 is a body of its own; the places before it share that 人民政府.
    text = ("关于印发《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》的通知\n\n"
            "南京、无锡、徐州、常州、苏州、黄山市人民政府,中国石油天然气集团有限公司:\n\n现将方案印发给你们。\n")
    got = _depts(text)
    assert ("南京", "南京市人民政府") in got and ("苏州", "苏州市人民政府") in got
    assert ("黄山市人民政府", "黄山市人民政府") in got
    # http://cjjg.hjkt028.com/gkml/hbb/bwj/201708/t20170831_420711.htm (环督察〔2017〕115号): the list
    # follows another addressee on its line.
    text = ("关于印发《京津冀及周边地区2017-2018年秋冬季大气污染综合治理攻坚行动量化问责规定》的通知\n环督察〔2017〕115号\n"
            "北京、天津市各区人民政府,石家庄、唐山、保定、开封市人民政府:\n为推进京津冀及周边地区秋冬季大气污染综合治理工作。\n")
    got = _depts(text)
    assert ("石家庄", "石家庄市人民政府") in got and ("唐山", "唐山市人民政府") in got


# http://tastyfever.com/huanbao/article-38484.html: a joint notice of ten ministries and four
# provinces, addressed to cities, signed two bodies a line.
_JOINT = ("关于印发《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》的通知\n\n"
          "南京、无锡、徐州、常州、苏州、黄山市人民政府,中国石油天然气集团有限公司:\n\n"
          "现将《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》印发给你们,请遵照执行。\n\n"
          "生态环境部 发展改革委\n\n工业和信息化部 公安部\n\n财政部 住房城乡建设部\n\n交通运输部 商务部\n\n"
          "市场监管总局 能源局\n\n上海市人民政府 江苏省人民政府\n\n浙江省人民政府 安徽省人民政府\n\n2020年10月30日\n")


def test_addressee_line_is_not_the_masthead_issuer():
    # The cities addressed are not the author: a short central name is linked nationally.
    assert ("发展改革委", "国家发展和改革委员会") in _depts(_JOINT)


def test_joint_signature_two_bodies_a_line():
    meta = govie.extract(_JOINT, model=None).to_dict()["meta"]
    assert meta["doc_issuers"][:3] == ["生态环境部", "国家发展和改革委员会", "工业和信息化部"]
    assert "国家能源局" in meta["doc_issuers"] and len(meta["doc_issuers"]) == 14
    assert meta["jurisdiction"] == "国家"


def _units(text: str) -> list[tuple[str, str | None, str | None]]:
    d = govie.extract(text, model=None).to_dict()
    return [(e["text"], e.get("canonical"), e.get("unit")) for e in d["entities"] if e["label"] == "DEPT"]


def test_department_of_a_central_commission_or_bureau_is_its_unit():
    # https://xiexiebang.com/a11/201905142/3d6c9056b24ee592.html (银监办发〔2010〕309号)
    text = "具体报送内容、方式及要求由银监会统计部另行部署。"
    assert ("银监会统计部", "中国银行业监督管理委员会", "统计部") in _units(text)
    # http://law10.infoeach.com/view-MTB8NDc0NQ==.html (国家邮政局, 2002)
    text = "第七条 国家邮政局计划财务部科技处具体负责邮政产品质量监督抽查的组织实施工作。"
    assert ("国家邮政局计划财务部科技处", "国家邮政局", "计划财务部科技处") in _units(text)
    # Not a class, a verb or another ministry after it.
    assert [u[0] for u in _units("银监会和财政部联合部署。国家统计局部署开展普查。")] == ["银监会", "财政部", "国家统计局"]


def test_decree_of_a_renamed_body_names_that_body():
    # http://www.zjtp.com/author/root/page/36 (住房城乡建设部, 2018): the decree cited was the 建设部's.
    text = ("住房城乡建设部关于修改《房屋建筑和市政基础设施工程施工招标投标管理办法》的决定\n\n"
            "为贯彻落实国务院深化“放管服”改革，优化营商环境的要求，住房城乡建设部决定对《房屋建筑和市政基础设施工程施工"
            "招标投标管理办法》（建设部令第89号）作如下修改：\n")
    assert ("建设部", "建设部") in _depts(text, reference_date="2018-09-28")
    # The renamed body named as an actor in the same year is its successor.
    assert ("建设部", "住房和城乡建设部") in _depts("建设部将着重做好长江上游城镇污水处理工作。", reference_date="2018-09-28")


def test_space_separated_bodies_are_not_a_bureau_of_the_one_before():
    # https://cnaee.com/sadclist/lawsshow_pi.php?id=11776 (国卫人口发〔2022〕26号, issuer line)
    text = ("卫生健康委 发展改革委 中央宣传部 教育部 民政部 财政部 人力资源社会保障部 住房城乡建设部 人民银行 国资委 "
            "税务总局 医保局 银保监会 全国总工会 共青团中央 全国妇联 中央军委后勤保障部\n关于进一步完善和落实积极生育支持措施的指导意见\n"
            "国卫人口发〔2022〕26号\n")
    got = _units(text)
    assert ("税务总局", "国家税务总局", None) in got and ("医保局", "国家医疗保障局", None) in got
    # https://zhonghuashu.com/wiki/国务院关于同意建立建设节约型社会部际联席会议制度的批复 (国函〔2005〕79号)
    text = "附件:\n\n建设节约型社会部际联席会议制度\n\n环保总局 广电总局 统计局 林业局 国管局 法制办\n"
    got = _units(text)
    assert ("统计局", "国家统计局", None) in got and not any(u[2] == "统计局" for u in got)
    # A ministry's own bureau written without a space stays its unit.
    assert ("商务部贸易救济调查局", "商务部", "贸易救济调查局") in _units("商务部贸易救济调查局发布公告。")


def test_places_sharing_one_government_in_running_text():
    # 国函〔2022〕12号 (https://new.tzxm.gov.cn/zckd/gfxwj/202202/t20220225_1317143.shtml) and
    # 国函〔2022〕50号 (http://ceshi.zgykjs.com/index.php?c=show&id=5736): places joined by 、 or 和
    # before one 人民政府 each name their government, as on an addressee line (dev sc19-52).
    text = ("三、江西省、湖北省、湖南省人民政府要落实主体责任,加强组织领导,健全协同机制,细化任务举措,"
            "形成工作合力。")
    r = govie.extract(text)
    depts = [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]
    assert depts == [("江西省", "江西省人民政府"), ("湖北省", "湖北省人民政府"), ("湖南省人民政府", "湖南省人民政府")]
    text = "一、同意在广东省广州市设立华南国家植物园,由国家林草局、住房城乡建设部、中科院、广东省和广州市人民政府合作共建。"
    r = govie.extract(text)
    assert ("广东省", "广东省人民政府") in [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]
    leads = [a["lead"] for a in r.to_dict()["assignments"]]
    assert leads and "广东省人民政府" in leads[0] and "广州市人民政府" in leads[0]


def test_a_place_before_a_government_office_is_no_shared_government():
    # 人民政府办公厅 is not shared by the place before it: 江西省 stays a place.
    r = govie.extract("抄送：江西省和湖南省人民政府办公厅。")
    assert ("LOC", "江西省") in [(e.label, e.text) for e in r.entities]
