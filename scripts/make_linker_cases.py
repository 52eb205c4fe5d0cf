"""Draft rows of tests/data/linker_cases.tsv from the division table and the guide's naming rules.

Usage: python scripts/make_linker_cases.py > /tmp/draft.tsv

The expected names are composed here from the guide (docs/annotation-guide.md, DEPT:
"the division's full name + the body's standard full name", 中共…委员会, 高级/中级人民法院),
not by the linker; the draft was then reviewed by hand against the linker's answers and
the reviewed table committed. Hand-written rows (historical bodies, classes, branches,
cross-division cases) follow the generated ones in the committed file.
Columns: kind, mention, jurisdiction (name or code, "-" = none), date ("-" = none),
canonical ("-" = null).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

DIVISIONS = Path(__file__).resolve().parent.parent / "govie" / "data" / "divisions.tsv"
EXCLUDED = {"710000", "810000", "820000"}


def rows() -> list[dict[str, str]]:
    with DIVISIONS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main() -> None:
    divs = rows()
    by_code = {d["code"]: d for d in divs}
    out: list[tuple[str, ...]] = []
    provinces = [d for d in divs if d["level"] == "province" and d["code"] not in EXCLUDED]
    for p in provinces:
        name, code = p["name"], p["code"]
        muni = name.endswith("市")
        region = name.endswith("自治区")
        pre = "市" if muni else "自治区" if region else "省"
        party = "市委" if muni else "自治区党委" if region else "省委"
        out += [
            ("party", party, code, "-", f"中共{name}委员会"),
            ("government", f"{pre}政府", code, "-", f"{name}人民政府"),
            ("court", f"{pre}高院" if not muni else "市高级人民法院", code, "-", f"{name}高级人民法院"),
            ("procuratorate", f"{pre}检察院", code, "-", f"{name}人民检察院"),
            ("congress", f"{pre}人大常委会", code, "-", f"{name}人民代表大会常务委员会"),
            ("cppcc", f"{pre}政协", code, "-", f"中国人民政治协商会议{name}委员会"),
            ("people_org", f"{pre}总工会", code, "-", f"{name}总工会"),
            ("people_org", f"{pre}妇联", code, "-", f"{name}妇女联合会"),
            ("people_org", f"{pre}残联", code, "-", f"{name}残疾人联合会"),
            ("people_org", f"{pre}科协", code, "-", f"{name}科学技术协会"),
            ("people_org", f"{pre}侨联", code, "-", f"{name}归国华侨联合会"),
            ("people_org", f"{pre}社科联", code, "-", f"{name}社会科学界联合会"),
            ("people_org", f"{pre}红十字会", code, "-", f"{name}红十字会"),
            ("tax", f"{pre}税务局", code, "2020-06-01", f"国家税务总局{name}税务局"),
            ("historical", f"{pre}工商局", code, "2016-06-01", f"{name}工商行政管理局"),
            ("historical", f"{pre}质监局", code, "2016-06-01", f"{name}质量技术监督局"),
            ("historical", f"{pre}卫计委", code, "2017-06-01", f"{name}卫生和计划生育委员会"),
            ("historical", f"{pre}扶贫办", code, "2019-06-01", f"{name}扶贫开发办公室"),
            ("historical", f"{pre}扶贫办", code, "2022-06-01", f"{name}乡村振兴局"),
            ("historical", f"{pre}银保监局", code, "2020-06-01", f"中国银行保险监督管理委员会{p['short']}监管局"),
            ("historical", f"{party}网信办", code, "2016-06-01", f"中共{name}委员会网络安全和信息化领导小组办公室"),
            ("historical", f"{party}网信办", code, "2021-06-01", f"中共{name}委员会网络安全和信息化委员会办公室"),
            ("historical", f"{pre}出入境检验检疫局", code, "2016-06-01", f"中华人民共和国{p['short']}出入境检验检疫局"),
        ]
    # Prefectures: the first two cities named …市 of each province, and one autonomous prefecture.
    for p in provinces:
        if p["name"].endswith("市"):
            continue
        cities = [d for d in divs if d["parent"] == p["code"] and d["level"] == "city"]
        for c in [c for c in cities if c["name"].endswith("市")][:2]:
            name, code = c["name"], c["code"]
            out += [
                ("government", "市政府", code, "-", f"{name}人民政府"),
                ("party", "市委", code, "-", f"中共{name}委员会"),
                ("party", "市委统战部", code, "-", f"中共{name}委员会统一战线工作部"),
                ("court", "市法院", code, "-", f"{name}中级人民法院"),
                ("department", "市民政局", code, "-", f"{name}民政局"),
                ("department", "市市场监管局", code, "-", f"{name}市场监督管理局"),
                ("department", "市人社局", code, "-", f"{name}人力资源和社会保障局"),
                ("cppcc", "市政协", code, "-", f"中国人民政治协商会议{name}委员会"),
                ("people_org", "市总工会", code, "-", f"{name}总工会"),
                ("department", "省政府", code, "-", f"{p['name']}人民政府") if p["name"].endswith("省") else
                ("department", "自治区政府", code, "-", f"{p['name']}人民政府"),
                ("department", f"{name}应急管理局", "-", "-", f"{name}应急管理局"),
                ("pboc", f"人民银行{c['short']}中心支行", "-", "-", f"中国人民银行{c['short']}中心支行"),
            ]
        for c in [c for c in cities if c["name"].endswith("自治州")][:1]:
            out += [
                ("government", "州政府", c["code"], "-", f"{c['name']}人民政府"),
                ("party", "州委", c["code"], "-", f"中共{c['name']}委员会"),
                ("court", "州法院", c["code"], "-", f"{c['name']}中级人民法院"),
            ]
    # Counties and districts: the first county and the first district of two cities per province.
    for p in provinces:
        cities = [d for d in divs if d["parent"] == p["code"] and d["level"] == "city"][:2]
        for c in cities:
            kids = [d for d in divs if d["parent"] == c["code"]]
            county = next((k for k in kids if k["name"].endswith("县")), None)
            district = next((k for k in kids if k["name"].endswith("区")), None)
            city_name = by_code[p["code"]]["name"] if c["name"] == p["name"] or c["name"].startswith("重庆") \
                else c["name"]
            if county:
                name, code = county["name"], county["code"]
                out += [
                    ("government", "县政府", code, "-", f"{name}人民政府"),
                    ("party", "县委组织部", code, "-", f"中共{name}委员会组织部"),
                    ("court", "县法院", code, "-", f"{name}人民法院"),
                    ("department", "县教育局", code, "-", f"{name}教育局"),
                    ("congress", "县人大常委会", code, "-", f"{name}人民代表大会常务委员会"),
                ]
            if district:
                name, code = city_name + district["name"], district["code"]
                out += [
                    ("government", "区政府", code, "-", f"{name}人民政府"),
                    ("party", "区委", code, "-", f"中共{name}委员会"),
                    ("department", "区财政局", code, "-", f"{name}财政局"),
                    ("township", "城关街道办事处", code, "-", f"{name}人民政府城关街道办事处"),
                ]
                if city_name.endswith("市") and city_name != p["name"]:
                    out.append(("department", "市民政局", code, "-", f"{city_name}民政局"))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(("kind", "mention", "jurisdiction", "date", "canonical"))
    w.writerows(out)


if __name__ == "__main__":
    main()
