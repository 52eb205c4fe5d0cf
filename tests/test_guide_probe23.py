"""Service guides (办事指南, 申报指南): probe guide23's real pages. A guide's time limits are no
METRICs and its procedure steps no activities; what its issuer itself starts still is."""

import govie
from govie.text.guide import is_guide


def _metrics(text):
    return [e["text"] for e in govie.extract(text, model=None).to_dict()["entities"] if e["label"] == "METRIC"]


def _triggers(text):
    return [a["trigger"]["text"] for a in govie.extract(text, model=None).to_dict()["activities"]]


# https://m.chaojilvshi.com/wenzhang/wenzhang62a23ef49fb33d4f9bd175faf8b8d1b8.html
CHAOJILVSHI = ("一、办理时限\n15个工作日\n二、办理流程\n受理\n审查\n审查\n"
               "本事项为原件预审事项,若您通过网上申请,最多到现场2次即可办结,承诺时限15个工作日\n"
               "报件材料是否齐全、真实、合规的复查\n同意受理,不予受理、补齐材料\n三、办理材料\n")

# https://m.chaojilvshi.com/wenzhang/wenzhang919ac9d89cc634b2b48d1310c7e1c039.html (清远市清新区)
QINGXIN = ("一、办理时限\n5(工作日)\n三、办理流程\n网上办理流程\n"
           "1.申请。申请人登录广东省网上办事大厅清远市清新区分厅提出申请,上传电子材料。\n"
           "2.受理。接收受理人员对材料进行预审,在2个工作日之内提出预审意见,作出受理决定。\n"
           "3.审查。受理后,审查人员对材料进行审查,在2个工作日内作出审查决定。\n"
           "4.领取结果。申请人按约定的方式通过行政务服务中心窗口或以邮寄的方式领取办理结果。\n")

# https://guiyang.11467.com/info/31892318.htm
GUIYANG = ("(二)受理。1.补正材料。受理人当场发现申请材料不齐全或不符合法定形式的,能当场补正的告知申请人当场补正,并予以协助。"
           "不能当场补正的,出具《补正材料通知书》,一次性告知申请人需补充材料的内容、时间期限。2.作出受理(不予受理)决定。"
           "经受理人初步审查,申请材料齐全、符合法定形式及受理条件的出具《受理通知书》。\n"
           "(三)审查。对提交材料进行书面审查,出具审查意见。\n(四)决定。对于符合条件的予以备案。\n(五)送达。到窗口领取或邮政递送。\n")

# https://hcwgx.com/2638.html (深圳市宝安区工业和信息化局, 2019)
BAOAN = ("各相关企业:\n\n  根据《宝安区关于促进实体经济高质量发展的实施办法》(深宝规〔2018〕4号)文件精神,"
         "我局现开展宝安区科技与产业发展专项资金2019年度第五批项目申报工作。\n\n一、申报条件\n\n"
         "1.具备独立法人资格,注册地在宝安区;\n\n二、奖励标准\n\n"
         "1.企业实施的项目被评为国家智能制造试点示范项目的,给予500万元的奖励。\n")

# https://www.shhk.gov.cn/xwzx/002014/20220601/b95bc1d9-8b27-46b6-99d2-3574e678974b.html (欧阳路街道)
OUYANGLU = ("现将有关情况通知如下:\n一、服务时间\n周一至周五上午08:30-12:00\n二、预约办理\n目前每日预约人数限60人\n"
            "(一)电话预约\n办事居民可提前1个工作日拨打本中心预约热线电话进行预约登记(预约电话:021-65222978)。\n")


def test_guide_time_limits_are_no_metrics():
    assert is_guide(CHAOJILVSHI)
    assert _metrics(CHAOJILVSHI) == ["2次"]
    assert _metrics(QINGXIN) == []


def test_guide_procedure_steps_are_no_activities():
    assert is_guide(QINGXIN) and is_guide(GUIYANG)
    assert _triggers(CHAOJILVSHI) == []
    assert _triggers(QINGXIN) == []
    assert _triggers(GUIYANG) == []


def test_guide_keeps_what_its_issuer_starts_and_its_sums():
    assert is_guide(BAOAN)
    assert _triggers(BAOAN) == ["开展"]
    assert _metrics(BAOAN) == ["500万元"]


def test_notice_is_no_guide_and_keeps_its_durations():
    # a notice (通知如下) keeps the figures a policy text's gold marks (dev gz-35: 5个工作日)
    assert not is_guide(OUYANGLU)
    assert _metrics(OUYANGLU) == ["60人", "1个工作日"]


def test_natural_days_are_one_unit():
    # https://rzrksm.com/szgm/132104/132215/306617/content/post_8497630.html (深圳市光明区), one sentence alone
    text = "申请人应在30个自然日(补正时间不计入许可时限)内递交补正材料,逾期不补正的,实施机关可作出不予受理决定。"
    assert _metrics(text) == ["30个自然日"]


def test_publication_date_label_is_no_action():
    # https://mzt.jiangsu.gov.cn/art/2019/11/19/art_87082_10637229.html
    text = "残疾人申请最低生活保障待遇的条件是什么?\n发布日期: 2019-11-19 10:20      浏览次数:    字号:【\n"
    assert _triggers(text) == []


def test_registration_of_establishment_is_a_noun():
    # https://m.wenke99.com/p-369933.html (济南市编办 事项清单)
    text = ("1.受理、审查、核准; 2.复核、发证 1.事业单位法人设立登记申请书(一式三份);"
            "2.事业单位法定代表人登记申请表(一式三份); 7.事业单位法人设立登记开办资金确认证明 (一份 )。")
    assert "设立" not in _triggers(text)
