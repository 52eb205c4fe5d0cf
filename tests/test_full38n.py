"""Full-document probe full38n (round 21): a State Council General Office notice, 国办发〔2017〕11号
国务院办公厅关于规范发展区域性股权市场的通知 (text: github code index id 25227997420, heading as issued)."""
import govie
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return {text[m.start:m.end] for m in tag_orgs(text)}


def test_classes_of_securities_are_no_firms():
    # 国办发〔2017〕11号, item 四 and item 五
    for text in ("除法律、行政法规另有规定外，单只证券持有人累计不得超过法律、行政法规规定的私募证券持有人数量上限；",
                 "不得通过拆分、代持等方式变相突破合格投资者标准或单只私募证券持有人数量上限。",
                 "区域性股权市场不得为所在省级行政区域外的企业私募证券或股权的融资、转让提供服务。"):
        assert not any("证券" in o for o in _orgs(text)), text


def test_securities_houses_still_found():
    # Shandong and Shanghai 2026 reports (probe org15): the class words leave short names alone.
    assert "德邦证券" in _orgs("完善省市县金融直连服务机制，德邦证券、富泽人寿成功落户，恒丰银行稳健发展")
    assert "国泰海通证券" in _orgs("中国资本市场学会落户，完成国泰海通证券重组更名上市")


def test_named_regulator_before_a_class_is_assigned():
    # 国办发〔2017〕11号, item 二: 证监会 named before 等国务院有关部门 leads (dev sc19-12 reads 科技部、财政部等有关部门要… so).
    text = ("国务院办公厅关于规范发展区域性股权市场的通知\n国办发〔2017〕11号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "二、证监会负责制定统一的区域性股权市场业务及监管规则。证监会等国务院有关部门和省级人民政府要加强监管协同，"
            "防止监管空白和监管套利。\n国务院办公厅\n2017年1月20日")
    r = govie.extract(text)
    leads = [a.lead for a in r.assignments if "监管协同" in text[a.task["start"]:a.task["end"]]]
    assert leads == [["中国证券监督管理委员会"]]
