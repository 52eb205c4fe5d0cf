"""Probe asg45: national 分工 documents (国发 分工意见 2017/2018/2022, a 部际联席会议办公室 notice, a 国办函)."""
import govie


def test_note_cut_inside_its_last_name_keeps_the_listed_support():
    # 国发〔2017〕22号 as served cut: https://www.focustax.cn/home/index/article?id=12059&types=1
    text = ("（一）总的要求和主要预期目标。坚持就业优先战略，实施更加积极的就业政策。"
            "（国家发展改革委牵头，工业和信息化部、民政部、财政部、人力资")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].lead == ["国家发展和改革委员会"]
    assert frames[0].support == ["工业和信息化部", "民政部", "财政部"]


def test_closed_note_with_an_unknown_last_item_still_gives_no_support():
    # The fragment rule holds only where the text ends inside the note: a closed list with a word
    # that names no body is no list of bodies (国发〔2017〕22号 item as above, note closed by hand).
    text = ("（一）总的要求和主要预期目标。坚持就业优先战略，实施更加积极的就业政策。"
            "（国家发展改革委牵头，工业和信息化部、民政部、财政部、人力资）")
    frames = govie.extract(text).assignments
    assert len(frames) == 1 and frames[0].support == []


def test_item_longer_than_the_bound_starts_at_its_line():
    # 国发〔2017〕22号 (as above): the first item runs 447 characters before its note.
    body = ("坚持稳中求进工作总基调,牢固树立和贯彻落实新发展理念,适应把握引领经济发展新常态,坚持以提高发展质量和效益为中心,"
            "坚持宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、社会政策要托底的政策思路,坚持以推进供给侧结构性改革为主线,"
            "适度扩大总需求,加强预期引导,深化创新驱动,全面做好稳增长、促改革、调结构、惠民生、防风险各项工作,保持经济平稳健康发展"
            "和社会和谐稳定,以优异成绩迎接党的十九大胜利召开。国内生产总值增长6.5%左右,在实际工作中争取更好结果;居民消费价格涨幅"
            "3%左右;城镇新增就业1100万人以上,城镇登记失业率4.5%以内;进出口回稳向好,国际收支基本平衡;居民收入和经济增长基本同步;"
            "单位国内生产总值能耗下降3.4%以上,主要污染物排放量继续下降。坚持就业优先战略,实施更加积极的就业政策。继续实施积极的"
            "财政政策和稳健的货币政策,在区间调控基础上加强定向调控、相机调控,提高预见性、精准性和有效性,注重消费、投资、区域、"
            "产业、环保等政策的协调配合,确保经济运行在合理区间。")
    text = "一、落实2017年工作总体部署\n  (一)总的要求和主要预期目标。" + body + "(国家发展改革委牵头,财政部、民政部按职责分工负责)\n"
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].task["text"].startswith("总的要求和主要预期目标。坚持稳中求进")
    assert frames[0].support == ["财政部", "民政部"]


def test_long_line_without_its_line_start_begins_at_a_sentence():
    # The same page flattened into one line (no line start within reach): the task opens after a
    # sentence's end, not inside a word as the bare bound would have it (国发〔2017〕22号, as above).
    text = ("为全面贯彻党的十八大和十八届三中、四中、五中、六中全会精神,深入落实中央经济工作会议精神和十二届全国人大五次会议通过的"
            "《政府工作报告》部署,做好今年政府工作,实现经济社会发展目标任务,现就《政府工作报告》确定的重点工作提出部门分工意见如下:"
            "一、落实2017年工作总体部署 (一)总的要求和主要预期目标。坚持稳中求进工作总基调,牢固树立和贯彻落实新发展理念,"
            "适应把握引领经济发展新常态,坚持以提高发展质量和效益为中心,坚持宏观政策要稳、产业政策要准、微观政策要活、改革政策要实、"
            "社会政策要托底的政策思路,坚持以推进供给侧结构性改革为主线,适度扩大总需求,加强预期引导,深化创新驱动,全面做好稳增长、"
            "促改革、调结构、惠民生、防风险各项工作,保持经济平稳健康发展和社会和谐稳定,以优异成绩迎接党的十九大胜利召开。国内生产"
            "总值增长6.5%左右,在实际工作中争取更好结果;居民消费价格涨幅3%左右;城镇新增就业1100万人以上,城镇登记失业率4.5%以内;"
            "进出口回稳向好,国际收支基本平衡;居民收入和经济增长基本同步;单位国内生产总值能耗下降3.4%以上,主要污染物排放量继续下降。"
            "坚持就业优先战略,实施更加积极的就业政策。(国家发展改革委牵头,财政部按职责分工负责)")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    start = frames[0].task["start"]
    assert text[start - 1] in "。；;" and frames[0].task["text"].endswith("就业政策")


def test_long_addressee_list_of_a_joint_office_notice():
    # 国务院知识产权战略实施工作部际联席会议办公室 2021-12-27 (traditional page):
    # http://izubei.com/qt/content/2022-01/06/content_8772121.htm
    text = ("中央組織部、中央宣傳部、中央政法委、中央網信辦、最高人民法院、最高人民檢察院、外交部、發展改革委、教育部、科技部、"
            "工業和信息化部、公安部、司法部、財政部、人力資源社會保障部、生態環境部、農業農村部、商務部、文化和旅游部、衛生健康委、"
            "人民銀行、國資委、海關總署、市場監管總局、廣電總局、統計局、國管局、中科院、銀保監會、證監會、國防科工局、林草局、"
            "郵政局、中醫藥局、知識產權局、中央軍委裝備發展部、貿促會、中國科協:\n"
            "經國務院知識產權戰略實施工作部際聯席會議同意,現將《知識產權強國建設綱要和“十四五”規劃實施年度推進計劃》印發給你們,"
            "請認真貫徹執行。\n特此通知。\n國務院知識產權戰略實施工作部際聯席會議辦公室\n(國家知識產權局代章)\n2021年12月27日\n"
            "知識產權強國建設綱要和“十四五”規劃實施年度推進計劃\n"
            "為貫徹落實《知識產權強國建設綱要(2021—2035年)》和《“十四五”國家知識產權保護和運用規劃》,深入實施知識產權強國戰略,"
            "加快建設知識產權強國,明確2021—2022年度重點任務和工作措施,制定本計劃。\n")
    r = govie.extract(text, reference_date="2021-12-27")
    asks = [a for a in r.assignments if a.trigger["text"] == "請"]
    assert len(asks) == 1 and len(asks[0].lead) == 38
    assert asks[0].lead[0] == "中共中央组织部" and "中国科学技术协会" in asks[0].lead
