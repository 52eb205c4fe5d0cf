"""Cut the documents of the annotated corpus out of ../shared/data (run once; kept for provenance).

Writes annotations/src/texts/<id>.txt and annotations/src/manifest.json: for each document its
source file and record, the character slices taken from the source text (joined by one newline),
genre, level, province and split.
"""
from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "annotations" / "src"

# (id, source, record key, genre, level, province, split, slices); slices None = the whole text
POLICY = [
    ("gz-29", "guangzhou", "doc_29", "prefecture", "广东省", "test"),
    ("gz-35", "guangzhou", "doc_35", "prefecture", "广东省", "dev"),
    ("gz-27", "guangzhou", "doc_27", "prefecture", "广东省", "dev"),
    ("gz-31", "guangzhou", "doc_31", "prefecture", "广东省", "test"),
    ("gz-33", "guangzhou", "doc_33", "prefecture", "广东省", "dev"),
    ("gz-3", "guangzhou", "doc_3", "prefecture", "广东省", "dev"),
    ("gz-7", "guangzhou", "doc_7", "county", "广东省", "test"),
    ("sc19-2", "state-council-2019", "2", "national", "国家", "dev"),
    ("sc19-8", "state-council-2019", "8", "national", "国家", "test"),
    ("sc19-14", "state-council-2019", "14", "national", "国家", "dev"),
    ("sc19-50", "state-council-2019", "50", "national", "国家", "test"),
    ("sc19-60", "state-council-2019", "60", "national", "国家", "dev"),
    ("pt-288487", "policy-transparency-sample", "288487", "national", "国家", "dev"),
    ("pt-141444", "policy-transparency-sample", "141444", "national", "国家", "test"),
    ("pt-176849", "policy-transparency-sample", "176849", "national", "国家", "dev"),
    ("pt-208869", "policy-transparency-sample", "208869", "province", "安徽省", "dev"),
    ("pt-216229", "policy-transparency-sample", "216229", "province", "北京市", "test"),
    ("pt-165349", "policy-transparency-sample", "165349", "province", "广东省", "dev"),
    ("pt-121539", "policy-transparency-sample", "121539", "province", "河南省", "test"),
    ("pt-311464", "policy-transparency-sample", "311464", "province", "辽宁省", "test"),
    ("pt-283963", "policy-transparency-sample", "283963", "province", "上海市", "dev"),
    ("pt-301789", "policy-transparency-sample", "301789", "province", "浙江省", "test"),
    ("pt-49083", "policy-transparency-sample", "49083", "province", "天津市", "dev"),
    ("pt-221933", "policy-transparency-sample", "221933", "province", "上海市", "dev"),
    # Second round (dev only): more levels below the province, more national bodies.
    ("gz-1", "guangzhou", "doc_1", "prefecture", "广东省", "dev"),
    ("gz-13", "guangzhou", "doc_13", "county", "广东省", "dev"),
    ("gz-25", "guangzhou", "doc_25", "prefecture", "广东省", "dev"),
    ("gz-37", "guangzhou", "doc_37", "national", "国家", "dev"),
    ("pt-10809", "policy-transparency-sample", "10809", "province", "重庆市", "dev"),
    ("pt-85109", "policy-transparency-sample", "85109", "province", "江西省", "dev"),
    ("pt-20932", "policy-transparency-sample", "20932", "national", "国家", "dev"),
    ("pt-160725", "policy-transparency-sample", "160725", "province", "上海市", "dev"),
    ("sc19-4", "state-council-2019", "4", "national", "国家", "dev"),
    ("sc19-12", "state-council-2019", "12", "national", "国家", "dev"),
    ("sc19-34", "state-council-2019", "34", "national", "国家", "dev"),
    ("sc19-36", "state-council-2019", "36", "national", "国家", "dev"),
    ("sc19-56", "state-council-2019", "56", "national", "国家", "dev"),
    ("sc19-10", "state-council-2019", "10", "national", "国家", "dev"),
    ("sc19-18", "state-council-2019", "18", "national", "国家", "dev"),
    ("sc19-20", "state-council-2019", "20", "national", "国家", "dev"),
    ("sc19-22", "state-council-2019", "22", "national", "国家", "dev"),
    ("sc19-48", "state-council-2019", "48", "national", "国家", "dev"),
    ("sc19-52", "state-council-2019", "52", "national", "国家", "dev"),
    ("sc19-6", "state-council-2019", "6", "national", "国家", "dev"),
    ("sc19-30", "state-council-2019", "30", "national", "国家", "dev"),
    ("sc19-32", "state-council-2019", "32", "national", "国家", "dev"),
    ("sc19-46", "state-council-2019", "46", "national", "国家", "dev"),
    # Fourth round (dev only): the national policy documents not yet annotated, read before
    # govie was run on them, to measure how far the rules carry to unseen text.
    ("sc19-16", "state-council-2019", "16", "national", "国家", "dev"),
    ("sc19-24", "state-council-2019", "24", "national", "国家", "dev"),
    ("sc19-26", "state-council-2019", "26", "national", "国家", "dev"),
    ("sc19-28", "state-council-2019", "28", "national", "国家", "dev"),
    ("sc19-38", "state-council-2019", "38", "national", "国家", "dev"),
    ("sc19-40", "state-council-2019", "40", "national", "国家", "dev"),
    ("sc19-42", "state-council-2019", "42", "national", "国家", "dev"),
    ("sc19-44", "state-council-2019", "44", "national", "国家", "dev"),
    ("sc19-54", "state-council-2019", "54", "national", "国家", "dev"),
    ("sc19-58", "state-council-2019", "58", "national", "国家", "dev"),
    ("pt-218662", "policy-transparency-sample", "218662", "national", "国家", "dev"),
]
NEWS = [
    # Listed as rules by its source record, but the page reports their publication: news.
    ("gz-5", "guangzhou", "doc_5", "county", "广东省", "dev"),
    ("pt-298445", "policy-transparency-sample", "298445", "province", "上海市", "dev"),
    ("pt-61540", "policy-transparency-sample", "61540", "province", "江西省", "test"),
    ("pt-102676", "policy-transparency-sample", "102676", "national", "国家", "dev"),
    ("gz-11", "guangzhou", "doc_11", "prefecture", "广东省", "dev"),
]
# Fifth round (dev only): the middle parts that the long policy documents' excerpts skipped, each
# after its document's opening paragraph (title, number, addressees) so that it reads as a document.
MIDDLES = ("gz-1", "gz-33", "gz-37", "pt-20932", "pt-160725", "sc19-4", "sc19-18")  # ids in POLICY; new id + "m"
GUIDES = [
    ("gz-17", "guangzhou", "doc_17", "prefecture", "广东省", "dev"),
    ("gz-23", "guangzhou", "doc_23", "prefecture", "广东省", "test"),
    ("gz-9", "guangzhou", "doc_9", "prefecture", "广东省", "dev"),
    ("gz-15", "guangzhou", "doc_15", "county", "广东省", "dev"),
    ("gz-21", "guangzhou", "doc_21", "prefecture", "广东省", "dev"),
    ("gz-19", "guangzhou", "doc_19", "province", "广东省", "dev"),  # fourth round
]
WORK_REPORTS = [
    ("北京市", "test"), ("上海市", "dev"), ("广东省", "dev"), ("江苏省", "test"), ("河南省", "dev"),
    ("湖北省", "dev"), ("湖南省", "test"), ("甘肃省", "dev"), ("黑龙江省", "test"), ("云南省", "dev"),
    ("西藏自治区", "dev"), ("广西壮族自治区", "test"), ("新疆维吾尔自治区", "dev"),
    ("山东省", "dev"), ("辽宁省", "dev"), ("贵州省", "dev"),
    ("山西省", "dev"), ("福建省", "dev"), ("河北省", "dev"), ("安徽省", "dev"),
    ("天津市", "dev"), ("江西省", "dev"), ("陕西省", "dev"), ("内蒙古自治区", "dev"),  # fourth round
    ("吉林省", "dev"), ("宁夏回族自治区", "dev"), ("海南省", "dev"), ("青海省", "dev"),  # fifth round
]
PINYIN = {"北京市": "beijing", "上海市": "shanghai", "广东省": "guangdong", "江苏省": "jiangsu",
          "河南省": "henan", "湖北省": "hubei", "湖南省": "hunan", "甘肃省": "gansu",
          "黑龙江省": "heilongjiang", "云南省": "yunnan", "西藏自治区": "xizang",
          "广西壮族自治区": "guangxi", "新疆维吾尔自治区": "xinjiang",
          "山东省": "shandong", "辽宁省": "liaoning", "贵州省": "guizhou",
          "山西省": "shanxi", "福建省": "fujian",
          "河北省": "hebei", "安徽省": "anhui",
          "天津市": "tianjin", "江西省": "jiangxi", "陕西省": "shaanxi", "内蒙古自治区": "neimenggu",
          "吉林省": "jilin", "宁夏回族自治区": "ningxia", "海南省": "hainan", "青海省": "qinghai"}
SC_REPORTS = [("1954", "dev"), ("1978", "test"), ("1985", "dev"), ("2008", "test"), ("2019", "dev"),
              ("1997", "dev"), ("2023", "dev"),
              ("1988", "dev"), ("2012", "dev"), ("2016", "dev"),
              ("1993", "dev"), ("2014", "dev"),  # fourth round
              ("1983", "dev"), ("2003", "dev"), ("2010", "dev"), ("2021", "dev"),  # sixth round
              ("1980", "dev"), ("1995", "dev"), ("2006", "dev"), ("2025", "dev")]  # seventh round
# Sixth round: a middle part of six dev reports after their opening paragraph, taken from the
# review ("review", REVIEW_AT characters in) or from the plan (PLAN_AFTER past the targets).
REPORT_MIDDLES = (("上海市", "review"), ("广东省", "review"), ("湖北省", "review"),
                  ("云南省", "plan"), ("山东省", "plan"), ("福建省", "plan"),
                  # round 7
                  ("安徽省", "review"), ("河北省", "review"), ("辽宁省", "review"), ("贵州省", "review"),
                  ("河南省", "plan"), ("江西省", "plan"), ("陕西省", "plan"), ("天津市", "plan"))  # new id: wr2026-<pinyin>m
REVIEW_AT = 4500
PLAN_AFTER = 4000
MIDDLE_SIZE = 2600
TEXT_KEY = {"guangzhou": "original_text", "policy-transparency-sample": "body", "state-council-2019": "text"}
ID_KEY = {"guangzhou": "id", "policy-transparency-sample": "row", "state-council-2019": "id"}
LONG = 5500  # longer policy texts keep their head and their tail (signature, dates)
HEAD = 150  # a middle part is preceded by the paragraphs up to this offset


def long_slices(text: str) -> list[tuple[int, int]]:
    return [(0, paragraph_end(text, 3800)), (paragraph_start(text, len(text) - 1400), len(text))]


def paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def review_and_plan(text: str, plan_at: int, size: int) -> list[tuple[int, int]]:
    head = (0, paragraph_end(text, size))
    start = paragraph_start(text, plan_at)
    return [head, (start, paragraph_end(text, start + size))]


@lru_cache(maxsize=None)
def _policy_records(name: str) -> dict[str, dict]:
    rows = map(json.loads, open(_data_file(f"policy-documents/{name}.jsonl"), encoding="utf-8"))
    return {str(row[ID_KEY[name]]): row for row in rows}


@lru_cache(maxsize=None)
def _sc_reports() -> dict[str, dict]:
    path = _data_file("state-council-work-reports/government_work_reports.jsonl")
    return {r["year"]: r for r in map(json.loads, open(path, encoding="utf-8"))}


def _data_file(source: str) -> Path:
    """A source file in ../shared/data, else the copy bundled in corpora/ (the reports)."""
    path = DATA / source
    return path if path.exists() else ROOT / "corpora" / source


def source_text(source: str, record: str) -> str:
    """The whole text a manifest entry was cut from (its ``source`` and ``record``)."""
    folder, name = source.split("/", 1)
    if folder == "policy-documents":
        name = name.removesuffix(".jsonl")
        return _policy_records(name)[record][TEXT_KEY[name]]
    if folder == "work-reports-2026":
        csv.field_size_limit(sys.maxsize)
        return next(csv.DictReader(open(_data_file(source), encoding="utf-8-sig")))[record]
    if folder == "state-council-work-reports":
        return _sc_reports()[record.removeprefix("year=")]["content"]
    raise ValueError(f"unknown source {source!r}")


def main() -> int:
    (OUT / "texts").mkdir(parents=True, exist_ok=True)
    docs = []
    for genre, table in (("policy", POLICY), ("news", NEWS), ("guide", GUIDES)):
        for doc_id, source, key, level, province, split in table:
            text = source_text(f"policy-documents/{source}.jsonl", key)
            slices = [(0, len(text))]
            if len(text) > LONG:
                slices = long_slices(text)
            docs.append(dict(id=doc_id, source=f"policy-documents/{source}.jsonl", record=key, genre=genre,
                             level=level, province=province, split=split, slices=slices, full=text))
    policy = {row[0]: row for row in POLICY}
    for doc_id, source, key, level, province, split in (policy[i] for i in MIDDLES):
        doc_id += "m"
        text = source_text(f"policy-documents/{source}.jsonl", key)
        (_, head_end), (tail_start, _) = long_slices(text)
        slices = [(0, paragraph_end(text, HEAD)), (head_end + 1, tail_start - 1)]
        docs.append(dict(id=doc_id, source=f"policy-documents/{source}.jsonl", record=key, genre="policy",
                         level=level, province=province, split=split, slices=slices, full=text))
    for province, split in WORK_REPORTS:
        path = DATA / "work-reports-2026" / f"2026_{province}_政府工作报告.csv"
        text = source_text(f"work-reports-2026/{path.name}", "full_text")
        plan_at = text.find("预期目标", len(text) // 4)
        docs.append(dict(id=f"wr2026-{PINYIN[province]}", source=f"work-reports-2026/{path.name}",
                         record="full_text", genre="work-report", level="province", province=province,
                         split=split, slices=review_and_plan(text, plan_at, 1500), full=text))
        part = dict(REPORT_MIDDLES).get(province)
        if part:
            start = paragraph_start(text, REVIEW_AT if part == "review" else plan_at + PLAN_AFTER)
            docs.append(dict(id=f"wr2026-{PINYIN[province]}m", source=f"work-reports-2026/{path.name}",
                             record="full_text", genre="work-report", level="province", province=province,
                             split=split, slices=[(0, paragraph_end(text, HEAD)),
                                                  (start, paragraph_end(text, start + MIDDLE_SIZE))], full=text))
    for year, split in SC_REPORTS:
        text = source_text("state-council-work-reports/government_work_reports.jsonl", f"year={year}")
        plan_at = -1
        for key in ("主要预期目标", "今年政府工作", "今年的工作", "今年工作", "今后的任务", "今年"):
            plan_at = text.find(key, int(len(text) * 0.4))
            if plan_at >= 0:
                break
        docs.append(dict(id=f"sc-report-{year}", source="state-council-work-reports/government_work_reports.jsonl",
                         record=f"year={year}", genre="sc-report", level="national", province="国家",
                         split=split, slices=review_and_plan(text, plan_at, 1500), full=text))
    for doc in docs:
        full = doc.pop("full")
        text = "\n".join(full[a:b] for a, b in doc["slices"])
        (OUT / "texts" / f"{doc['id']}.txt").write_text(text, encoding="utf-8")
        doc["chars"] = len(text)
    # A JSON list, one document a line: not *.jsonl, so `govie evaluate annotations/` reads gold only.
    lines = ",\n".join(json.dumps(doc, ensure_ascii=False) for doc in docs)
    (OUT / "manifest.json").write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    print(len(docs), "documents,", sum(d["chars"] for d in docs), "characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
