"""Probe org36: ORG in provincial and prefecture work reports 2020-2025 (peers of found firms in a 、 list, a coined
firm with its trade word ranked among firms, a firm's regional headquarters, a code inside a name (G60) and a
project's code after a firm (T7), a listed firm named again, the national classification society); firms opening a
listed project stay unmarked, as in the dev gold."""
from .mentions import spans

_ZHUZHOU = '政府工作报\n——2020 1 7 日在株洲市第十五届人民代表大会第四次\n会议上\n株洲市人民政府市长 阳卫国\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,\n并请各位政协委员提出意见。\n一、2019 年经济社会发展取得明显成效\n过去一年,我们坚持以习近平新时代中国特色社会主义\n思想为指导,在省委、政府和市委的坚强领导下,坚持稳\n中求进、进中争先的工作总基调大力实施创新驱动转型升\n级战略,更好发挥“四个作用,全力推进“两个加快”,较\n好完成了全年目标任务,全市经济持续健康发展、社会大局\n和谐稳定。\n44.848.3第三产业提 3.4 个百分点。中国动力谷3+5+2\n产业增长 16%占到全部工业比重的 75%三一集团、中国\n建材集团、绿地集团等投资的一批大项目、好项目落地开工\n全市新增登记市场主体 4.1 万家,新增“四上”企业突破 600\n家。万元 GDP 能耗下降 5%高质量发展评价位居全省前列。\n'


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_peers_of_found_firms_in_a_list():
    # http://7maime.com/tuomo/yEAh.html (宁德 2025 report, 中新网)
    assert _orgs("近年来,宁德市接连抱上宁德时代、新能源科技、青拓集团、上汽集团、东南铜业等“金娃娃”,培育形成锂电新能源产业集群。") \
        == ["宁德时代", "新能源科技", "青拓集团", "上汽集团", "东南铜业"]
    # http://baijiadoc.com/doc/c1e8zosu3a (株洲 2020 report, PDF text with its line break)
    # The whole page excerpt: its hard line breaks are read as PDF wrapping only over several lines.
    assert _orgs(_ZHUZHOU) == ["三一集团", "中国\n建材集团", "绿地集团"]


def test_list_peers_keep_to_names():
    # Review of round 19: a list's last item ends at its 等; fields, products and common-noun firms are no names.
    assert _orgs("今年，宁德时代、比亚迪、万达也在本市布局新项目。") == ["宁德时代", "比亚迪"]
    assert _orgs("宁德时代、比亚迪、锂电池、新能源汽车等产业链加快集聚。") == ["宁德时代", "比亚迪"]
    assert "物业公司" not in _orgs("万科集团、碧桂园集团、恒大集团、物业公司等参加。")


def test_coined_firms_ranked_among_firms():
    # 长春 2023 report (人民网 page in traditional script): 禹衡光學、光華微電子獲評…
    assert _orgs("禹衡光学、光华微电子获评国家制造业单项冠军示范企业。") == ["禹衡光学", "光华微电子"]
    assert _orgs("禹衡光學、光華微電子獲評國家製造業單項冠軍示範企業。") == ["禹衡光學", "光華微電子"]


def test_regional_headquarters_names_the_firm():
    # 长春 2023 report
    assert _orgs("新引进华为区域总部等重大项目300个,引资额增长10%。") == ["华为"]


def test_code_inside_a_name_and_grade_before_a_class():
    # https://www.010b.com/invest/info/1291083/page/13434 (宣城 2022 report)
    assert _orgs("举办长三角G60科创走廊新能源产业联盟大会,新建省级创新平台23家。") == ["长三角G60科创走廊新能源产业联盟"]
    # 长春 2023 report: a P3 lab is a class of labs
    assert _orgs("生物制品所建成东北唯一一家以企业为主体的P3实验室。") == []


def test_firm_projects_stay_unmarked():
    # https://huluic.cn/article/b1b6c7c0j1e356891.html (深圳 2022 report): a firm's coded project, as 长江存储二期
    assert "华星光电" not in _orgs("荣耀3C产品线等建成投产,华星光电T7项目一期达产,中芯国际芯片生产线扩产等项目加快推进。")
    # http://benet-wh.com.cn/gongzuozongjie/a/1125.html (芜湖 2022 report): listed projects firms open
    assert _orgs("比亚迪新能源电池、会通聚乳酸、信义玻璃七期、奇瑞未来工厂等一批重大项目开工,"
                 "长信科技触控显示、美的厨热智能家电、中航华东光电新型显示等一批重大项目投产。") == []


def test_classification_society():
    # http://7maime.com/tuomo/yEAh.html (宁德 2025 report)
    assert _orgs("青拓中厚板通过中国船级社工厂认可审核。") == ["中国船级社"]
