"""Review read of assignments and the document record (review7): each test fails on main (03007b39)."""
import json

import govie

_HEAD = ("某市人民政府办公室关于印发某市优化营商环境工作方案的通知\n某府办〔2023〕12号\n\n"
         "各区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n")
_SIGNED = "\n某市人民政府办公室\n2023年5月10日\n"


def _tasks(text):
    r = govie.extract(text, model=None)
    json.dumps(r.to_dict(), ensure_ascii=False)
    for a in r.assignments:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]
    return [(a.task["text"], a.lead, a.support, a.deadline) for a in r.assignments]


def test_a_table_row_above_the_signature_is_no_signer():
    # a tab-separated task table closes the text: its last row (2 推进城市更新 _ 市住房城乡建设局) run together
    # ends in 局 and was read as a second signing body
    text = (_HEAD + "序号\t任务\t牵头单位\t配合单位\t完成时限\n1\t建设智慧城市平台\t市大数据局\t\t2023年底\n"
            "2\t推进城市更新\t\t市住房城乡建设局\t\n" + _SIGNED)
    meta = govie.extract(text, model=None).meta
    assert meta["doc_issuer"] == "某市人民政府办公室"


def test_a_grid_rows_empty_cell_keeps_its_column():
    # an empty support cell shifted the row one column left: the task cell read the number, no row assigned
    for sep, edge in (("\t", ""), (" | ", "| ")):
        rows = ["序号", "任务", "牵头单位", "配合单位", "完成时限"], ["1", "建设智慧城市平台", "市大数据局", "", "2023年底"]
        table = "\n".join(edge + sep.join(r) + (edge[::-1] if edge else "") for r in rows) + "\n"
        assert _tasks(_HEAD + table + _SIGNED) == [("建设智慧城市平台", ["市大数据局"], [], "2023-12")], sep


def test_an_unbracketed_note_after_its_item_assigns_the_item():
    # "X牵头，Y、Z配合。" closing the item: the item is the task and Y, Z support (not "Y、Z配合" as the task)
    text = _HEAD + "1.加强执法检查。市市场监管局牵头，市公安局、市商务局配合。\n" + _SIGNED
    assert _tasks(text) == [("加强执法检查", ["市市场监管局"], ["市公安局", "市商务局"], None)]
    # what follows the cue is only the due date: the item is the task, the date its deadline
    text = _HEAD + "1.加强执法检查。市市场监管局牵头，市公安局、市商务局配合，2023年12月底前完成。\n" + _SIGNED
    assert _tasks(text) == [("加强执法检查", ["市市场监管局"], ["市公安局", "市商务局"], "2023-12")]
    text = _HEAD + "2.开展专项整治。市商务局负责，2023年底前完成。\n" + _SIGNED
    assert _tasks(text) == [("开展专项整治", ["市商务局"], [], "2023-12")]


def test_a_forwarded_documents_number_is_not_the_covering_letters():
    # the covering letter has no number; the forwarded notice below its signature heads itself with its own
    text = ("某市人民政府办公室转发某省人民政府办公厅关于加强安全生产工作的通知\n\n各区人民政府，市政府各部门：\n"
            "现将《某省人民政府办公厅关于加强安全生产工作的通知》转发给你们，请认真贯彻执行。\n\n某市人民政府办公室\n"
            "2023年6月2日\n\n某省人民政府办公厅关于加强安全生产工作的通知\n某政办发〔2023〕15号\n\n"
            "各市、县人民政府，省政府各部门：\n为加强安全生产工作，现通知如下。\n本通知自2023年6月1日起施行，有效期3年。\n\n"
            "某省人民政府办公厅\n2023年5月20日\n")
    meta = govie.extract(text, model=None).meta
    assert (meta["docno"], meta["doc_date"], meta["effective"]) == (None, "2023-06-02", None)


def test_an_unbracketed_note_with_shared_duties_or_a_class():
    # 按职责分工负责 after a lead: those bodies take part; a class that takes part (市级各部门) names nobody
    text = _HEAD + "（一）推进项目建设。市住房城乡建设局负责，市自然资源局、市生态环境局按职责分工负责，2024年底前完成。\n" + _SIGNED
    assert _tasks(text) == [("推进项目建设", ["市住房城乡建设局"], ["市自然资源局", "市生态环境局"], "2024-12")]
    text = _HEAD + "（四）加强宣传。市委宣传部牵头，市级各部门配合。\n" + _SIGNED
    assert _tasks(text) == [("加强宣传", ["市委宣传部"], [], None)]
    # a bracketed note earlier on the line closes the task before
    text = _HEAD + "1.推进政务公开（市政务服务数据管理局负责）。完善考核办法。市委组织部牵头，市统计局配合。\n" + _SIGNED
    assert _tasks(text)[-1] == ("完善考核办法", ["市委组织部"], ["市统计局"], None)


def test_by_x_lead_then_those_who_take_part():
    # 由X牵头，Y、Z配合，<task>: Y and Z support, and the task starts after their clause
    text = _HEAD + "由市发展改革委牵头，市财政局、市商务局配合，2023年底前完成全市项目清理。\n" + _SIGNED
    assert _tasks(text) == [("2023年底前完成全市项目清理", ["市发展改革委"], ["市财政局", "市商务局"], "2023-12")]
