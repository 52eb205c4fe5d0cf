"""govie.evaluate and ``govie evaluate`` on small gold files of real sentences (guide v2)."""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace

import pytest

import govie
import govie.pipeline
from govie.cli.main import main
from govie.errors import AnnotationError
from govie.evaluate import evaluate_documents, format_markdown, format_report, format_text, load_gold

# ------------------------------------------------------------------ gold records

SC = "四川省政府政务服务和公共资源交易服务中心"


def span(text: str, piece: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece), "text": piece}


def ent(text: str, label: str, piece: str, **attrs) -> dict:
    return {"label": label, **span(text, piece), **attrs}


def weekly_meeting() -> dict:
    """Dev weekly report (bulletin, province): a meeting of the market regulator."""
    text = "1.5月4日，省市场监管局召开全省食品生产经营许可备案难点专题研讨座谈会。各参会代表围绕《四川省食品安全条例（草案二次审议稿）》进行深入交流。"
    return {
        "id": "wr17-meeting", "text": text, "reference_date": "2023-05-18", "genre": "bulletin",
        "level": "province", "province": "四川省",
        "layers": ["entities", "meta", "activities"],
        "meta": {"reference_date": "2023-05-18", "period": "2023-05-04/2023-05-12", "issuer": SC,
                 "jurisdiction": "四川省", "division": {"code": "510000", "name": "四川省", "level": "province"}},
        "entities": [
            ent(text, "DATE", "5月4日", value="2023-05-04"),
            ent(text, "DEPT", "省市场监管局", canonical="四川省市场监督管理局"),
            ent(text, "TITLE", "四川省食品安全条例（草案二次审议稿）", doc_type="条例"),
        ],
        "activities": [{"trigger": span(text, "召开"), "type": "meeting", "mode": "done", "date": "2023-05-04",
                        "agents": ["四川省市场监督管理局"], "name": "全省食品生产经营许可备案难点专题研讨座谈会"}],
    }


def weekly_publication() -> dict:
    """Dev weekly report: two drug regulators publish rules together."""
    text = "5.近期，省药监局联合重庆市药监局制定印发《放射性药品经营质量管理实施细则》。"
    return {
        "id": "wr17-publication", "text": text, "reference_date": "2023-05-18", "genre": "bulletin",
        "level": "province", "province": "四川省",
        "entities": [
            ent(text, "DATE", "近期", value=None),
            ent(text, "DEPT", "省药监局", canonical="四川省药品监督管理局"),
            ent(text, "DEPT", "重庆市药监局", canonical="重庆市药品监督管理局"),
            ent(text, "TITLE", "放射性药品经营质量管理实施细则", doc_type="细则"),
        ],
        "activities": [{"trigger": span(text, "制定印发"), "type": "publication", "mode": "done", "date": None,
                        "agents": ["四川省药品监督管理局", "重庆市药品监督管理局"]}],
    }


def policy_guarantee() -> dict:
    """A State Council opinion (policy, national): meta, a DOCNO and an assignment."""
    text = ("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n国办发〔2019〕6号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "财政部要会同发展改革委、工业和信息化部、农业农村部、银保监会等部门，加强统筹协调，"
            "对本意见执行情况进行督促检查和跟踪分析，重大事项及时向国务院报告。\n国务院办公厅\n2019年1月22日")
    title = "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"
    return {
        "id": "sc19-2-excerpt", "text": text, "reference_date": "2019-01-22", "genre": "policy",
        "level": "national", "province": None,
        "layers": ["entities", "meta", "activities", "assignments"],
        "meta": {"reference_date": "2019-01-22", "period": None, "issuer": "国务院办公厅", "jurisdiction": "国家",
                 "division": {"code": "100000", "name": "中华人民共和国", "level": "national"},
                 "title": title, "docno": "国办发〔2019〕6号", "doc_issuers": ["国务院办公厅"],
                 "doc_issuer": "国务院办公厅", "doc_date": "2019-01-22", "effective": None, "expires": None,
                 "addressees": "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"},
        "entities": [
            ent(text, "DEPT", "国务院办公厅", canonical="国务院办公厅"),
            ent(text, "DOCNO", "国办发〔2019〕6号", issuer="国务院办公厅", year=2019, serial=6),
            ent(text, "DEPT", "财政部", canonical="财政部"),
            ent(text, "DEPT", "发展改革委", canonical="国家发展和改革委员会"),
            ent(text, "DEPT", "工业和信息化部", canonical="工业和信息化部"),
            ent(text, "DEPT", "农业农村部", canonical="农业农村部"),
            ent(text, "DEPT", "银保监会", canonical="中国银行保险监督管理委员会"),
            {"label": "DATE", **span(text, "2019年1月22日"), "attributes": {"value": "2019-01-22"}},
        ],
        "activities": [],
        "assignments": [{
            "task": span(text, "加强统筹协调，对本意见执行情况进行督促检查和跟踪分析，重大事项及时向国务院报告"),
            "trigger": span(text, "要"), "lead": ["财政部"],
            "support": ["国家发展和改革委员会", "工业和信息化部", "农业农村部", "中国银行保险监督管理委员会"],
            "deadline": None,
        }],
    }


def work_report_metric() -> dict:
    """A 2026 provincial work report target (work-report, province): METRIC indicator attributes."""
    text = "2026年经济社会发展的主要预期目标是：地区生产总值增长5%以上，城镇新增就业50万人以上。"
    return {
        "id": "wr2026-excerpt", "text": text, "reference_date": "2026-01-25", "genre": "work-report",
        "level": "province", "layers": ["entities"],
        "entities": [
            ent(text, "DATE", "2026年", value="2026"),
            ent(text, "METRIC", "5%", value=5.0, unit="%", indicator="地区生产总值", change="growth", kind="target",
                qualifier="以上", period="2026"),
            ent(text, "METRIC", "50万人", value=500000.0, unit="人", indicator="城镇新增就业", change="level",
                kind="target", qualifier="以上", period="2026"),
        ],
        # Not a layer of this document: never scored.
        "activities": [{"trigger": span(text, "增长"), "type": "other", "mode": "planned", "date": "2026", "agents": []}],
    }


def all_docs() -> list[dict]:
    return [weekly_meeting(), weekly_publication(), policy_guarantee(), work_report_metric()]


def perfect(doc: dict) -> dict:
    """The gold document itself as a prediction (to_dict() shape)."""
    return {k: copy.deepcopy(doc.get(k)) for k in ("meta", "entities", "activities", "assignments") if k in doc}


def write_jsonl(path, docs) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def test_gold_records_are_valid(tmp_path):
    docs = load_gold([write_jsonl(tmp_path / "gold.jsonl", all_docs())])
    assert [d["id"] for d in docs] == [d["id"] for d in all_docs()]


# ------------------------------------------------------------------ scores


def test_perfect_predictions_score_one_on_every_layer():
    d = evaluate_documents(all_docs(), perfect).to_dict()
    ents = d["entities"]
    for row in [*ents["labels"].values(), ents["all"]]:
        assert (row["precision"], row["recall"], row["f1"], row["overlap_f1"]) == (1.0, 1.0, 1.0, 1.0)
        assert all(a["accuracy"] == 1.0 for a in row["attributes"].values())
    assert set(ents["labels"]["METRIC"]["attributes"]) == {"value", "indicator", "kind", "change", "qualifier", "period"}
    assert ents["labels"]["DOCNO"]["attributes"]["issuer"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    assert ents["labels"]["DATE"]["attributes"]["value"]["n"] == 4  # the nested "attributes" one counts
    assert all(f["accuracy"] == 1.0 for f in d["meta"].values())
    assert d["activities"]["f1"] == 1.0 and d["activities"]["gold"] == 2
    assert all(a["accuracy"] == 1.0 for a in d["activities"]["attributes"].values())
    assert d["assignments"]["f1"] == 1.0
    assert {k: v["accuracy"] for k, v in d["assignments"]["attributes"].items()} == {
        "lead": 1.0, "support": 1.0, "deadline": 1.0}


def test_removed_gold_entity_lowers_recall_by_its_share():
    def minus_one_dept(doc: dict) -> dict:
        pred = perfect(doc)
        if doc["id"] == "sc19-2-excerpt":
            pred["entities"] = [e for e in pred["entities"] if e["text"] != "银保监会"]
        return pred

    d = evaluate_documents(all_docs(), minus_one_dept).to_dict()
    dept = d["entities"]["labels"]["DEPT"]
    assert (dept["gold"], dept["predicted"]) == (9, 8)
    assert dept["precision"] == 1.0
    assert dept["recall"] == pytest.approx(8 / 9)
    assert dept["f1"] == pytest.approx(2 * (8 / 9) / (1 + 8 / 9))
    assert d["entities"]["all"]["recall"] == pytest.approx(17 / 18)
    assert d["entities"]["labels"]["DATE"]["recall"] == 1.0
    # per genre: only the policy row moves
    assert d["by_genre"]["policy"]["entities"]["labels"]["DEPT"]["recall"] == pytest.approx(5 / 6)
    assert d["by_genre"]["bulletin"]["entities"]["labels"]["DEPT"]["recall"] == 1.0


def test_wrong_attributes_and_spurious_entities():
    def predict(doc: dict) -> dict:
        pred = perfect(doc)
        for e in pred["entities"]:
            if e["text"] == "省药监局":
                e["canonical"] = "四川省市场监督管理局"
            if e["text"] == "50万人":
                e["value"] = 500000.0000001  # within tolerance
                e["kind"] = "actual"
        if doc["id"] == "wr17-publication":  # a LOC nobody annotated, overlapping nothing
            pred["entities"].append({"label": "LOC", "start": 0, "end": 1, "text": "5"})
        return pred

    scores = evaluate_documents(all_docs(), predict)
    d = scores.to_dict()
    assert d["entities"]["labels"]["DEPT"]["attributes"]["canonical"]["accuracy"] == pytest.approx(8 / 9)
    metric = d["entities"]["labels"]["METRIC"]["attributes"]
    assert metric["value"]["accuracy"] == 1.0 and metric["kind"]["accuracy"] == 0.5
    assert (d["entities"]["labels"]["LOC"]["gold"], d["entities"]["labels"]["LOC"]["precision"]) == (0, 0.0)
    assert any("\tDEPT\twrong canonical\t'省药监局'" in m for m in scores.misses)
    assert any("\tLOC\tspurious\t" in m for m in scores.misses)
    # the first version's names still answer
    assert d["labels"]["DEPT"]["link_accuracy"] == pytest.approx(8 / 9)
    assert d["labels"]["DEPT"]["gold"] == 9


def test_overlap_scores_partial_spans():
    doc = weekly_meeting()

    def shifted(d: dict) -> dict:
        pred = perfect(d)
        dept = next(e for e in pred["entities"] if e["label"] == "DEPT")
        dept["start"] += 1  # "市场监管局"
        return pred

    row = evaluate_documents([doc], shifted).to_dict()["entities"]["labels"]["DEPT"]
    assert (row["precision"], row["recall"]) == (0.0, 0.0)
    assert (row["overlap_precision"], row["overlap_recall"]) == (1.0, 1.0)


def test_activities_match_one_to_one_and_score_attributes():
    doc = weekly_publication()

    def predict(d: dict) -> dict:
        pred = perfect(d)
        act = pred["activities"][0]
        act["agents"] = list(reversed(act["agents"]))  # a set: order does not matter
        act["date"] = "2023-05-18"
        del act["mode"]  # missing = null
        second = copy.deepcopy(act)
        second["trigger"] = span(d["text"], "印发")  # overlaps the same gold trigger
        pred["activities"].append(second)
        return pred

    acts = evaluate_documents([doc], predict).to_dict()["activities"]
    assert (acts["correct"], acts["gold"], acts["predicted"]) == (1, 1, 2)
    assert acts["precision"] == 0.5 and acts["recall"] == 1.0
    attrs = {k: v["accuracy"] for k, v in acts["attributes"].items()}
    assert attrs == {"type": 1.0, "mode": 0.0, "date": 0.0, "agents": 1.0}
    assert acts["type_accuracy"] == 1.0 and acts["date_accuracy"] == 0.0


def test_extraction_objects_without_assignments_and_meta_keys():
    """An Extraction-like object: attrs dicts, no .assignments, sparse meta."""
    doc = policy_guarantee()

    def predict(d: dict):
        skip = ("label", "start", "end", "text", "attributes")
        entities = [SimpleNamespace(label=e["label"], start=e["start"], end=e["end"], text=e["text"],
                                    attrs={k: v for k, v in e.items() if k not in skip} | e.get("attributes", {}))
                    for e in d["entities"]]
        meta = {"reference_date": "2019-01-22", "issuer": "国务院办公厅", "jurisdiction": "国家",
                "division": {"code": "100000", "name": "全国", "level": "national"},
                "title": d["meta"]["title"], "docno": "国办发〔2019〕6号",
                "doc_issuers": ["国务院办公厅"], "doc_issuer": "国务院办公厅", "doc_date": "2019-01-22",
                "addressees": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]}
        return SimpleNamespace(entities=entities, activities=[], meta=meta)

    d = evaluate_documents([doc], predict).to_dict()
    assert d["entities"]["all"]["f1"] == 1.0
    assert d["entities"]["labels"]["DATE"]["attributes"]["value"]["accuracy"] == 1.0
    # period, effective and expires are missing from the prediction and null in gold: right
    assert all(f["accuracy"] == 1.0 for f in d["meta"].values()), d["meta"]
    asg = d["assignments"]
    assert (asg["gold"], asg["predicted"], asg["recall"], asg["f1"]) == (1, 0, 0.0, 0.0)


def test_meta_fields_rest_on_the_documents_that_have_them():
    def predict(doc: dict) -> dict:
        pred = perfect(doc)
        if "meta" in pred:
            pred["meta"]["doc_issuers"] = ["国务院办公厅", "财政部"]
            pred["meta"]["division"] = {"code": "510000"}
        return pred

    meta = evaluate_documents(all_docs(), predict).to_dict()["meta"]
    assert meta["reference_date"]["n_docs"] == 2  # wr17-meeting and the policy
    assert meta["title"]["n_docs"] == 1
    assert meta["doc_issuers"]["accuracy"] == 0.0
    assert meta["division"] == {"accuracy": 0.5, "correct": 1, "n_docs": 2}


def test_layers_restrict_scoring():
    """Predictions on a layer a document does not have are neither right nor wrong."""
    def noisy(doc: dict) -> dict:
        pred = perfect(doc)
        pred["activities"] = list(pred.get("activities") or []) + [
            {"trigger": span(doc["text"], doc["text"][3:5]), "type": "other", "date": None, "agents": []}]
        pred["assignments"] = [{"task": span(doc["text"], doc["text"][:4]), "lead": ["财政部"]}]
        return pred

    metric_only = work_report_metric()  # layers: entities only, though it has an activity
    d = evaluate_documents([metric_only], noisy).to_dict()
    assert d["layer_docs"] == {"entities": 1, "meta": 0, "activities": 0, "assignments": 0}
    assert "activities" not in d["by_genre"]["work-report"] and "assignments" not in d["by_genre"]["work-report"]
    assert d["activities"]["gold"] == 0 and d["activities"]["predicted"] == 0

    # without "layers": the keys present (entities + activities here) are the layers
    pub = weekly_publication()
    d = evaluate_documents([pub], noisy).to_dict()
    assert d["layer_docs"] == {"entities": 1, "meta": 0, "activities": 1, "assignments": 0}
    assert (d["activities"]["gold"], d["activities"]["predicted"]) == (1, 2)

    text = format_text(evaluate_documents([metric_only], noisy))
    assert "not annotated: meta, activities, assignments" in text
    assert "\nactivities" not in text and "\nassignments" not in text


# ------------------------------------------------------------------ groups and reports


def test_rows_per_genre_and_level_count_documents():
    scores = evaluate_documents(all_docs(), perfect)
    d = scores.to_dict()
    assert d["n_docs"] == 4
    assert {g: v["n_docs"] for g, v in d["by_genre"].items()} == {"policy": 1, "bulletin": 2, "work-report": 1}
    assert {g: v["n_docs"] for g, v in d["by_level"].items()} == {"national": 1, "province": 3}
    assert d["by_genre"]["bulletin"]["activities"]["n_docs"] == 2
    assert d["by_level"]["province"]["entities"]["n_docs"] == 3
    assert d["by_level"]["province"]["activities"]["n_docs"] == 2  # the work report has no activity layer

    text = format_text(scores)
    titles = [line for line in text.splitlines() if line and not line.startswith((" ", "layer", "-", "entities",
                                                                                    "meta", "activities", "assign"))]
    assert titles == [
        "overall (4 documents)",
        "genre: policy (1 document)",
        "genre: work-report (1 document); not annotated: meta, activities, assignments",  # the guide's order
        "genre: bulletin (2 documents); not annotated: assignments",
        "level: national (1 document)",
        "level: province (3 documents); not annotated: assignments",
    ]
    # each row says its n docs: overall DEPT rests on 4 documents, the meta title on 1
    rows: dict[tuple, list] = {}
    for line in text.split("\n\n")[0].splitlines()[2:]:
        rows.setdefault(tuple(line.split()[:2]), line.split())  # "DEPT" before "DEPT canonical"
    assert rows[("entities", "DEPT")][2:8] == ["4", "9", "9", "1.000", "1.000", "1.000"]
    assert rows[("meta", "title")][2:] == ["1", "1.000", "1"]
    assert rows[("activities", "trigger")][2] == "3"

    md = format_markdown(scores)
    assert "### genre: bulletin (2 documents)" in md
    assert "| entities | DEPT | 4 | 9 | 9 | 1.000 | 1.000 | 1.000 | 1.000 |  |  |" in md
    assert format_report(scores) == md


def test_documents_without_genre_fall_in_unspecified():
    docs = [weekly_meeting(), weekly_publication()]
    docs[1].pop("genre")
    d = evaluate_documents(docs, perfect).to_dict()
    assert {g: v["n_docs"] for g, v in d["by_genre"].items()} == {"bulletin": 1, "unspecified": 1}


# ------------------------------------------------------------------ command line


@pytest.fixture
def fake_extract(monkeypatch):
    """govie.extract answering with the gold of the document whose text it is given."""
    by_text: dict[str, dict] = {}

    def extract(text, reference_date=None, model=None, **kw):
        assert reference_date == by_text[text]["reference_date"]
        return perfect(by_text[text])

    monkeypatch.setattr(govie.pipeline, "extract", extract)
    return by_text


def test_cli_scores_directories_recursively(tmp_path, capsys, fake_extract):
    docs = all_docs()
    fake_extract.update({d["text"]: d for d in docs})
    write_jsonl(tmp_path / "gold" / "dev" / "bulletin.jsonl", docs[:2])
    write_jsonl(tmp_path / "gold" / "test" / "nested" / "policy.jsonl", docs[2:3])
    (tmp_path / "gold" / "notes.txt").write_text("not gold", encoding="utf-8")
    single = write_jsonl(tmp_path / "wr.jsonl", docs[3:])

    assert main(["evaluate", str(tmp_path / "gold"), single, "--rules-only"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("overall (4 documents)\n")
    assert "genre: policy (1 document)" in out and "level: province (3 documents)" in out

    assert main(["evaluate", str(tmp_path / "gold"), single, "--rules-only", "--json", "--misses"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["n_docs"] == 4 and d["misses"] == [] and d["entities"]["all"]["f1"] == 1.0
    assert d["by_genre"]["bulletin"]["n_docs"] == 2

    assert main(["evaluate", str(tmp_path / "gold"), "--rules-only", "--markdown"]) == 0
    assert "| assignments | task | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |" in capsys.readouterr().out


def test_cli_lists_misses(tmp_path, capsys, monkeypatch):
    doc = weekly_meeting()
    monkeypatch.setattr(govie.pipeline, "extract", lambda text, reference_date=None, model=None, **kw: {
        "entities": [e for e in doc["entities"] if e["label"] != "TITLE"], "activities": [], "meta": {}})
    gold = write_jsonl(tmp_path / "one.jsonl", [doc])
    assert main(["evaluate", gold, "--rules-only", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "# misses" in out
    assert "wr17-meeting\tTITLE\tmissed\t'四川省食品安全条例（草案二次审议稿）'" in out
    assert "wr17-meeting\tACTIVITY\tmissed\t'召开'" in out
    assert 'wr17-meeting\tMETA\twrong issuer\t\t\tgold="四川省政府政务服务和公共资源交易服务中心"\tpred=null' in out


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "text": "省市场监管局召开会议", "entities": [{"label": "DEPT", "start": 0, "end": 99}]}', "bad offsets"),
    ('{"id": "x", "text": "省市场监管局召开会议", "layers": ["entities", "assignments"], "entities": []}',
     "lists 'assignments'"),
    ('{"id": "x", "text": "省市场监管局召开会议", "genre": "speech", "entities": []}', "field 'genre'"),
    ('{"id": "x", "text": "省市场监管局召开会议", "assignments": [{"task": {"start": 0, "end": 6, "text": "召开会议"}}]}',
     "assignments[0].task.text"),
    ('{"id": "x", "text": "省市场监管局召开会议", "entities": [', "invalid JSON"),
])
def test_cli_broken_file_exits_2_naming_file_and_line(tmp_path, capsys, line, message):
    good = json.dumps(weekly_meeting(), ensure_ascii=False)
    bad = tmp_path / "broken-gold.jsonl"
    bad.write_text(good + "\n" + line + "\n", encoding="utf-8")
    assert main(["evaluate", str(bad), "--rules-only"]) == 2
    captured = capsys.readouterr()
    assert "broken-gold.jsonl, line 2" in captured.err and message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_cli_missing_path_and_empty_directory_exit_2(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such file or directory" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["evaluate", str(tmp_path / "empty")]) == 2
    assert "holds no *.jsonl" in capsys.readouterr().err


def test_load_gold_error_is_an_annotation_error(tmp_path):
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "meta": {"division": "510000"}}\n', encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"b\.jsonl, line 1: meta\.division"):
        load_gold([bad])


def test_rules_only_end_to_end_on_the_dev_sentence(tmp_path, capsys):
    """The real extractor on a real sentence: the run works and the counts add up."""
    doc = weekly_meeting()
    gold = write_jsonl(tmp_path / "dev.jsonl", [doc])
    assert main(["evaluate", gold, "--rules-only", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["n_docs"] == 1 and d["entities"]["all"]["gold"] == 3
    assert d["activities"]["gold"] == 1
    assert set(d["meta"]) == {"reference_date", "period", "issuer", "jurisdiction", "division"}
