"""Probe dept33n: State Council texts of 2000-2019 (central addressee lines, gateway forms, 局部)."""
import govie


def _depts(text, **kw):
    r = govie.extract(text, model=None, **kw)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_all_provinces_addressee_is_central():
    # http://www.nordexusa.com/lf/634.html (a 2009 国办 opinion on 西部大开发, reposted 2020): the page's
    # opening up to the first item's roads; 西安 four times in the railway items made it a 西安 document.
    text = '律法\n\n发改委布局西部大开发:基础设施建设仍是重点\n\n作者:永利官网    发布时间:2020-02-08 17:12     浏览次数 :164\n\n[返回]\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:    今年以来,西部地区按照党中央、国务院的统一部署,全面落实应对国际金融危机的一揽子计划和相关政策措施,各项工作取得积极成效,经济企稳向好的势头日趋明显。但西部地区经济总量小,产品处于产业链低端,生产方式比较粗放,自我调整能力弱,目前经济回升的基础还不稳定、不巩固、不平衡。有效应对国际金融危机的冲击,保持西部地区经济平稳较快发展的良好势头,是坚定不移地深入推进西部大开发的客观需要,是贯彻落实科学发展观、构建社会主义和谐社会的必然要求,对于扩大国内需求、挖掘发展潜力、拓展回旋空间,促进全国区域协调发展具有重要的战略意义。西部地区要坚定信心,抓住国家扩大内需的机遇,更加注重推进结构调整,更加注重保障和改善民生,更加注重深化改革开放,化解国际金融危机影响,继续保持经济平稳较快发展。经国务院同意,现提出以下意见:    一、加强基础设施建设,打牢长远发展基础    扩大铁路网规模。加强西部铁路客运专线、区际通道和“三西”煤运通道建设。强化既有线路扩能改造,加快神朔线扩能改造和兰渝、南广、贵广、太中银等一批重点铁路建设。开工建设西安至宝鸡客运专线、西安至安康铁路增建二线等。    加快干线公路网和水运基础设施建设。推进银川至武汉、西安至合肥等8条西部开发干线公路建设。开工建设连霍高速安西至星星峡段、库尔勒至西宁西部通道敦煌至当金山口段等重点公路。'
    r = govie.extract(text, reference_date="2009-09-22", model=None)
    assert r.meta["jurisdiction"] == "国家"
    depts = [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]
    assert ("发改委", "国家发展和改革委员会") in depts


def test_central_addressee_line():
    from govie.document.head import _central_addressee
    assert _central_addressee("國發〔2004〕6號\n\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:\n")
    # http://chaincenturyfinance.com/tzgg/2421.html (鄂政發〔2018〕26號): a province writes to its cities.
    assert not _central_addressee("鄂政發〔2018〕26號\n各市、州、縣人民政府,省政府各部門:\n為深入貫徹")


def test_taiwan_usage_plan_commission_and_west_office():
    # https://www.70thvictory.com.tw/jintian/03-16/20004361.htm (2000)
    text = ("人民日報2000年3月16日報導,根據中央決定,國務院西部開發領導小組辦公室於近日正式成立並開始工作。\n"
            "國家發展計畫委員會主任兼西部開發辦主任曾培炎強調,加快西部大開發。")
    depts = _depts(text, reference_date="2000-03-16")
    assert ("國務院西部開發領導小組辦公室", "国务院西部地区开发领导小组办公室") in depts
    assert ("國家發展計畫委員會", "国家发展计划委员会") in depts


def test_west_office_headline():
    # same page: its headline names the office 国务院西部开发办公室
    depts = _depts("國務院西部開發辦公室正式成立\n\n2000年3月16日", reference_date="2000-03-16")
    assert depts == [("國務院西部開發辦公室", "国务院西部地区开发领导小组办公室")]


def test_jubu_is_no_bureau():
    # https://zh.wikisource.org/zh-hant/国务院关于进一步推进西部大开发的若干意见 (国发〔2004〕6号)
    assert _depts("基礎設施落後仍然是制約西部地區發展的薄弱環節,生態環境局部有所改善、總體惡化的趨勢尚未扭轉。") == []
    # a bureau before 部署 / 部分 stays a bureau
    assert [d[0] for d in _depts("市生态环境局部署开展专项行动。")] == ["市生态环境局"]
    assert [d[0] for d in _depts("县交通局部分同志参加。")] == ["县交通局"]
