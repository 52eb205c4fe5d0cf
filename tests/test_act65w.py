"""Activities in provincial work reports (round 23 dev-miss study act65w): summits and education drives are
events, a list set up is a publication, a lab or centre set up is no agent of its own opening."""
import govie

_CQ_2025_TITLE = "重庆市人民政府工作报告\n——2025年1月19日在重庆市第六届人民代表大会第三次会议上\n重庆市人民政府市长 胡衡华\n"


def _acts(text, word):
    return [a for a in govie.extract(text).activities if a.trigger["text"] == word]


def test_list_set_up_is_publication():
    # https://epaper.cqrb.cn/cqrb/2025-01/24/003/content_rb_342333.htm (2025 重庆 report, plan part)
    text = _CQ_2025_TITLE + ("着力稳外资。建立存量项目增资扩产清单和外商投资项目机会清单，加大对欧洲、东盟、日韩等重点地区"
                             "招商引资力度，擦亮“投资重庆”品牌。")
    (a,) = _acts(text, "建立")
    assert a.type == "publication"
    assert a.agents == ["重庆市人民政府"]


def test_mechanism_set_up_stays_other():
    # https://epaper.cqrb.cn/cqrb/2025-01/24/003/content_rb_342333.htm style: 建立 without a list is no publication
    # (dev wr2026-hebeim 统筹建立常态化防止返贫致贫机制, gold other)
    text = _CQ_2025_TITLE + "着力稳外资。建立外商投资企业常态化沟通交流机制，加大招商引资力度。"
    for a in _acts(text, "建立"):
        assert a.type != "publication"


def test_summit_held_is_event():
    # work-reports-2026/2026_天津市_政府工作报告.csv (dev wr2026-tianjin): 在天津举办2025年上海合作组织峰会
    text = ("2026年天津市政府工作报告\n一、2025年工作回顾\n在天津举办2025年上海合作组织峰会，充分体现了习近平总书记、"
            "党中央对天津的高度信任。")
    (a,) = _acts(text, "举办")
    assert a.type == "event"


def test_education_drive_is_event():
    # work-reports-2026/2026_福建省_政府工作报告.csv (dev wr2026-fujianm): 开展…红色研学实践教育
    text = ("2026年福建省政府工作报告\n三、2026年工作任务\n建好用好长征国家文化公园（福建段），开展“红色八闽行”"
            "全省中小学生红色研学实践教育。")
    (a,) = _acts(text, "开展")
    assert a.type == "event"


def test_lab_set_up_is_no_agent():
    # work-reports-2026/2026_山东省_政府工作报告.csv (dev wr2026-shandong): 崂山实验室加快建设，…挂牌运行
    text = ("2026年山东省政府工作报告\n一、2025年工作回顾\n创新驱动持续强化。崂山实验室加快建设，省重点实验室完成重组，"
            "上合科技创新合作中心挂牌运行。")
    acts = _acts(text, "挂牌运行")
    assert acts and all(a.agents == ["山东省人民政府"] for a in acts)


def test_centre_that_acts_keeps_agent():
    # a centre that opens a clause with an action of its own stays its agent (dev gz files: 医保 centre 开展…)
    text = ("2026年山东省政府工作报告\n一、2025年工作回顾\n山东省大数据中心开展数据质量专项检查，推动数据共享。")
    for a in _acts(text, "开展"):
        assert a.agents == ["山东省大数据中心"]
