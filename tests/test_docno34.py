"""DOCNO forms of probe docno34: a body's name run into its own code, 劳社/劳部
codes, and bodies a reform created after the number's year."""
from govie.taggers.docno import tag_docnos


def _found(text):
    return [(text[m.start:m.end], m.attrs["issuer"], m.attrs["year"], m.attrs["serial"]) for m in tag_docnos(text)]


def test_year_with_nian_stays_no_number():
    # The guide's year is bracketed (tests/test_docno.py: 国发2019年5号 is none); page titles that write 年
    # (https://www.zhetiaohe.com/ss/9ca5f1d5a78f498a5de7059c44ea53a60b252624898184a6e6bda89d35f1c5c6.html)
    assert _found("湘财税2022年13号文件") == []
    # an announcement's number keeps its own span (国家税务总局公告2018年第7号: the body is a DEPT)
    assert [f[0] for f in _found("国家税务总局公告2018年第7号附件1: 第4页")] == ["2018年第7号"]


def test_own_body_run_into_its_code():
    # http://32336.cn/lhs_rvmjzzsmg00wrvmioj9hw01e01c01d01d9hx01d01i01jgl300wg37fimsez_1.html
    assert _found("财政部 财库〔2011〕167号 关于进") == [("财库〔2011〕167号", "财政部", 2011, 167)]
    assert _found("财政部财库〔2011〕167号") == [("财库〔2011〕167号", "财政部", 2011, 167)]
    # http://www.akoben.net/Mobile/MArticles/jybdwbmgyq_1_page1.html (联合印发…意见教体艺〔2021〕7号《…》)
    found = _found("教育部等五部门关于全面加强和改进新时代学校卫生与健康教育工作的意见教体艺〔2021〕7号《关于")
    assert [f[:2] for f in found] == [("教体艺〔2021〕7号", "教育部")]


def test_labour_ministry_codes():
    # https://www.zhetiaohe.com/ss/80de6a9f224b4ef81287ff8891db37caeca4607886f105b0a8c25e48875d6209.html
    assert _found("劳社发[1999]8号文件") == [("劳社发[1999]8号", "劳动和社会保障部", 1999, 8)]
    assert _found("劳部发〔1995〕309号")[0][1] == "劳动部"


def test_body_created_after_the_number_is_no_issuer():
    # http://law601.infoeach.com/view-NjAxfDExMzExNw==.html: 上海市建设和管理委员会's number of 2003
    assert _found("沪建建[2003]89号") == [("沪建建[2003]89号", None, 2003, 89)]
    assert _found("沪建建[2012]89号")[0][1] is not None
    # the registry's body of the year stays (广西壮族自治区农业厅 in 2014)
    assert _found("桂农发(2014)1号")[0][1] == "广西壮族自治区农业厅"


def test_state_council_body_codes_keep_their_guo():
    # http://35331.cn/lhs_h6lg4cgbi02j01e01c01d01h02l01h01egl3g37fimrnnk1ggp8i30gw4g4c_3.html
    assert _found("国农办[2015]52号关于调整和完善农 第3页") == [("国农办[2015]52号", None, 2015, 52)]
    assert _found("国开办发〔2019〕7号")[0][:2] == ("国开办发〔2019〕7号", "国务院扶贫开发领导小组办公室")
    assert _found("国科发〔2018〕1号")[0][:2] == ("国科发〔2018〕1号", "科学技术部")
