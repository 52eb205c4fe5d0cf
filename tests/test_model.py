"""The bundled NER model and how govie uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import govie
from govie.errors import ModelError
from govie.model import MODEL_LABELS, NerModel, default_model_path, resolve_model

ROOT = Path(__file__).resolve().parent.parent
MODEL = default_model_path()

needs_model = pytest.mark.skipif(MODEL is None, reason="no bundled model (run scripts/build_model.py)")


@pytest.fixture(scope="module")
def model():
    return NerModel.load(MODEL)


@needs_model
def test_model_meta_records_labels_sources_seed_scores():
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    g = meta["govie"]
    assert g["labels"] == list(MODEL_LABELS)
    assert isinstance(g["seed"], int)
    ids = {s["id"] for s in meta["sources"]}
    assert {"govie-annotations", "cluener2020", "peoples-daily-ner", "msra-ner"} <= ids
    assert all(s.get("license") for s in meta["sources"])
    assert all(s.get("label_map") for s in meta["sources"])
    held = g["held_out_scores"]
    assert {"cluener2020", "peoples-daily-ner", "msra-ner"} <= set(held)
    for label in (*MODEL_LABELS, "ALL"):
        assert 0.0 <= held["cluener2020"][label]["f"] <= 1.0


@needs_model
def test_model_is_small():
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 30_000_000


@needs_model
def test_model_loads_offline_with_plain_spacy():
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print(nlp.pipe_names, [t.text for t in nlp.make_doc('省市场监管局')][:2])"
    )
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, str(MODEL)], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    assert "['tok2vec', 'ner'] ['省', '市']" in out.stdout


@needs_model
def test_model_predict_offsets_over_chunks(model):
    sentence = "王晓明到四川华庆机械有限责任公司调研。\n"
    text = sentence * 400  # longer than one chunk
    mentions = model.predict(text)
    assert mentions
    for m in mentions:
        assert m.label in MODEL_LABELS and m.source == "model" and m.priority == 1
        assert text[m.start : m.end] == text[m.start : m.end].strip()
        assert "\n" not in text[m.start : m.end]


# Real sentences where the rules miss what the model finds (source "model").
# From the 2026 work reports of Anhui, Ningxia and Xinjiang (never trained on: Ningxia is not annotated,
# Anhui and Xinjiang are dev documents that `govie train` held out).
MODEL_FINDS = [
    ("全国道德模范、“中国好人”数量均居全国第1位，徐淙祥被授予“时代楷模”称号。", "PERSON", "徐淙祥"),
    ("大力培育向上向善社会风尚，涌现出人民警察英雄杨春华、最美退役军人贾建东、见义勇为少年李佳婷等一批先进模范。",
     "PERSON", "贾建东"),
    ("实施农信社统一法人改革，组建新疆农商银行，成功推动新疆银行吸收合并库尔勒银行、汇和银行，探索出地方金融改革化险的“新疆模式”。",
     "ORG", "汇和银行"),
    ("“阿同汗”王桂珍、用生命践行为民情怀的贺娇龙等人的感人事迹，谱写了各民族心相通的动人乐章。", "PERSON", "贺娇龙"),
    # 闽宁镇 (Ningxia 2026) left this list in round 12: the rules find townships of the divisions table (loc23).
]


@needs_model
@pytest.mark.parametrize("text,label,surface", MODEL_FINDS)
def test_model_adds_what_rules_miss(text, label, surface):
    rules = govie.extract(text, model=None)
    assert (label, surface) not in [(e.label, e.text) for e in rules.entities]
    combined = govie.extract(text)
    found = [(e.label, e.text, e.source) for e in combined.entities]
    assert (label, surface, "model") in found


@needs_model
def test_model_rules_win_conflicts():
    text = "省市场监管局召开会议。"
    rules = govie.extract(text, model=None)
    combined = govie.extract(text)
    rule_spans = {(e.label, e.start, e.end) for e in rules.entities}
    assert rule_spans <= {(e.label, e.start, e.end) for e in combined.entities}


@needs_model
def test_model_argument_picks_model():
    text = "贵州日报天眼新闻记者 李森 摄"
    assert all(e.source != "model" for e in govie.extract(text, model=None).entities)
    explicit = govie.extract(text, model=str(MODEL))
    assert [e.to_dict() if hasattr(e, "to_dict") else e for e in explicit.entities] == [
        e.to_dict() if hasattr(e, "to_dict") else e for e in govie.extract(text).entities
    ]


# The plausibility gate (govie.model docstring): (label, text, kept)
GATE = [
    ("DEPT", "绵阳市水利局", True), ("DEPT", "银监会", True), ("DEPT", "共计咨", False),
    ("DEPT", "海关监管办法", False), ("DEPT", "各部门", False), ("DEPT", "省直部门", False),
    ("ORG", "四川华庆机械有限责任公司", True), ("ORG", "省科技馆", True), ("ORG", "招商", False),
    ("ORG", "首家外商独资医院", False),
    # Kinds the reports write like names (1956 and 1997 reports, readable): org_class_names.txt.
    ("ORG", "国家银行", False), ("ORG", "政策性银行", False), ("ORG", "中原银行", True), ("PERSON", "徐淙祥", True), ("PERSON", "欧阳修", True),
    ("PERSON", "民生福祉", False), ("PERSON", "高质量发展", False), ("PERSON", "Alice", False),
    ("LOC", "德阳市", True), ("LOC", "南山港", True), ("LOC", "美国", True), ("LOC", "全岛", False),
    ("LOC", "金山银山", False), ("LOC", "美丽乡村", False), ("LOC", "中国", True), ("LOC", "德\n\n必川", False),
    ("LOC", "台", False), ("DEPT", "法治政府", False), ("DEPT", "东西部", False), ("PERSON", "黄金", False),
    ("PERSON", "林木", False), ("PERSON", "沈白高铁", False), ("ORG", "博物馆", False),
    ("ORG", "新华社", True), ("ORG", "法治社", False),
    # A common word names a kind of body (矿务局, 派出所) unless a body type or a registry name (教育局,
    # 证监会); a way of serving is no office (掌上办).
    ("DEPT", "矿务局", False), ("DEPT", "派出所", False), ("DEPT", "掌上办", False), ("DEPT", "一网通办", False),
    ("DEPT", "教育局", True), ("DEPT", "证监会", True), ("DEPT", "人大常委会", True), ("DEPT", "关工委", True),
    ("DEPT", "省宣教中心", True),
]

# Real sentences (State Council reports 1955, 2003, 2021; Hainan 2026; a Jiangxi notice, dev
# pt-85109) where the model named a kind of body, a fragment, a way of serving or a 所 particle as a
# DEPT: (text, span the model must not add).
MODEL_NOT_BODIES = [
    ("开滦煤矿为九百六十八万吨，大同矿务局所属煤矿为六百四十五万吨，淮南煤矿为三百万吨。", "矿务局"),
    ("其他生产经营单位的厂长、经理、（矿务局）局长、矿长（含实际控制人）等。", "矿务局"),
    ("从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点。", "中央财政支出中教育经费所"),
    ("实现更多政务服务事项网上办、掌上办、一次办。", "掌上办"),
    # Hainan 2026: every level's centres, a class.
    ("持续完善“11431”基层治理体系［24］，基本实现省市县乡综治中心规范化，推动矛盾纠纷“一站式”化解。", "省市县乡综治中心"),
]


@needs_model
@pytest.mark.parametrize("text,surface", MODEL_NOT_BODIES)
def test_model_adds_no_kind_of_body(text, surface):
    found = [(e.label, e.text) for e in govie.extract(text).entities if e.source == "model"]
    assert ("DEPT", surface) not in found


@needs_model
def test_model_keeps_bodies_it_adds():
    # dev pt-85109: the rules miss 省宣教中心; 人大常委会 in the Ningxia 2026 report.
    text = "徐芳，联系电话：0791-85257290、85257213；省宣教中心联系人：刘方、黄景晗。"
    assert ("DEPT", "省宣教中心", "model") in [(e.label, e.text, e.source) for e in govie.extract(text).entities]

# Model DEPT spans the knowledge base neither links nor places (link.drop_unplaced): a span
# that ends like a body (队, 院, 政府) without naming one. State Council reports 1984, 1983,
# 1957; Qinghai 2026 (府院联动 is a practice, not a body).
MODEL_UNPLACED = [
    ("我们支持朝鲜政府关于实现朝鲜自主和平统一的主张，支持朝鲜人民要求美国军队撤出南朝鲜的正义立场。", "美国军队"),
    ("人民解放军全面贯彻建设现代化、正规化的革命军队的方针，军事素质和政治素质有了显著提高。", "革命军队"),
    ("第一个五年期间铁路共新建8,500公里，而国民党政府在二十二年的统治期间只修建了二千六百多公里。", "国民党政府"),
    ("严格依法行政，自觉接受人大监督、政协民主监督和各方面监督，高质高效办好人大代表建议和政协提案，"
     "加强审计监督、统计监督，深化府院、府检联动，以法治政府建设促进法治社会建设。", "深化府院"),
]


@needs_model
@pytest.mark.parametrize("text,surface", MODEL_UNPLACED)
def test_model_dept_the_knowledge_base_cannot_place_is_dropped(text, surface):
    assert surface not in [e.text for e in govie.extract(text).entities if e.label == "DEPT"]


# Model DEPT spans the knowledge base places without a registry record: a bare type (人大常委会,
# Ningxia 2026), a level and a field before a body word (Qinghai 2026), a unit of the body named
# before it (dev sc19-46).
MODEL_PLACED = [
    ("全面加强民族宗教事务依法治理，提请人大常委会修订自治区促进民族团结进步工作条例、制定自治区宗教事务条例。", "人大常委会"),
    ("加大应用场景建设和开放力度，设立国家知识产权保护中心，上线运行知识产权一体化综合服务平台。", "国家知识产权保护中心"),
    ("协调委成员因工作变动需要调整的，由所在单位提出，协调委确定。\n协调委办公室设在民航总局，承担协调委的日常工作。",
     "协调委办公室"),
]


@needs_model
@pytest.mark.parametrize("text,surface", MODEL_PLACED)
def test_model_dept_the_knowledge_base_places_is_kept(text, surface):
    assert ("DEPT", surface, "model") in [(e.label, e.text, e.source) for e in govie.extract(text).entities]


# Word boundaries of the sentence: (sentence, span text, kept)
BOUNDARIES = [
    ("有力处置都柳江流域特大洪灾等灾害。", "柳江", False),
    ("有力处置都柳江流域特大洪灾等灾害。", "都柳江", True),
    ("推进农业社会化服务。", "农业社", False),
    ("全国道德模范、“中国好人”数量均居全国第1位，徐淙祥被授予“时代楷模”称号。", "徐淙祥", True),
    ("加快秦沈高铁建设。", "秦沈高", False),
]


@pytest.mark.parametrize("sentence,surface,kept", BOUNDARIES)
def test_model_spans_on_word_boundaries(sentence, surface, kept):
    from govie.model import on_word_boundaries

    start = sentence.index(surface)
    assert on_word_boundaries(sentence, start, start + len(surface)) is kept


@pytest.mark.parametrize("label,text,kept", GATE)
def test_model_plausibility_gate(label, text, kept):
    from govie.model import plausible

    assert plausible(label, text) is kept


def test_model_bad_directory_is_model_error(tmp_path):
    with pytest.raises(ModelError, match="E401"):
        resolve_model(tmp_path, default=False)
    with pytest.raises(ModelError, match="E401"):
        govie.extract("国务院", model=str(tmp_path / "nope"))


def test_model_none_means_rules_only():
    assert resolve_model(None, default=False) is None


# ------------------------------------------- a model directory is data, never code (issue 21, item 1)

_PAYLOAD = '''import pickle, sys
class Payload:
    def __reduce__(self):
        return (open, (sys.argv[2], "w"))
open(sys.argv[1], "wb").write(pickle.dumps(Payload()))
'''


def _crafted(tmp_path, kind):
    """A copy of the bundled model made to run code, as an attacker would hand it over."""
    import re
    import shutil

    marker = tmp_path / "PAYLOAD-RAN"
    evil = tmp_path / f"model-{kind}"
    shutil.copytree(MODEL, evil)
    if kind == "pkuseg":
        # spaCy's Chinese tokenizer loads tokenizer/pkuseg_model even in character mode,
        # and spacy-pkuseg falls back to pickle.load(features.pkl).
        target = evil / "tokenizer" / "pkuseg_model"
    else:
        # [components.ner] source = OTHER loads OTHER's payload the same way.
        other = tmp_path / "other"
        shutil.copytree(MODEL, other)
        target = other / "tokenizer" / "pkuseg_model"
        cfg = (evil / "config.cfg").read_text(encoding="utf-8")
        blocks = [b for b in re.split(r"(?m)^(?=\[)", cfg) if not b.startswith("[components.ner")]
        (evil / "config.cfg").write_text("".join(blocks) + f'[components.ner]\nsource = "{other}"\n',
                                         encoding="utf-8")
    target.mkdir()
    subprocess.run([sys.executable, "-c", _PAYLOAD, str(target / "features.pkl"), str(marker)], check=True)
    return evil, marker


@needs_model
@pytest.mark.parametrize("kind", ["pkuseg", "source"])
@pytest.mark.parametrize("route", ["extract", "load", "cli-extract", "cli-evaluate", "cli-train-base"])
def test_model_crafted_directory_runs_no_code(tmp_path, capsys, kind, route):
    from govie.cli.main import main

    evil, marker = _crafted(tmp_path, kind)
    doc = tmp_path / "doc.txt"
    doc.write_text("省药监局召开会议。", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": "省药监局召开会议。", "entities": [
        {"label": "DEPT", "start": 0, "end": 4, "text": "省药监局"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    if route == "extract":
        with pytest.raises(ModelError, match="E403"):
            govie.extract("省药监局召开会议。", model=str(evil))
    elif route == "load":
        with pytest.raises(ModelError, match="E403"):
            govie.load(model=str(evil))
    else:
        args = {"cli-extract": ["extract", str(doc), "--model", str(evil)],
                "cli-evaluate": ["evaluate", str(gold), "--model", str(evil)],
                "cli-train-base": ["train", str(gold), "-o", str(tmp_path / "out"), "--base", str(evil),
                                   "--rehearsal", "none", "--epochs", "1"]}[route]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "E403" in err and str(evil) in err
    assert not marker.exists(), "the crafted model ran code"


@needs_model
def test_model_refuses_unknown_functions_and_callbacks(tmp_path):
    import shutil

    from govie.model import check_model_dir

    cases = {
        "callback": ("after_creation = null", 'after_creation = {"@callbacks":"spacy.copy_from_base_model.v1"}'),
        "function": ('@scorers = "spacy.ner_scorer.v1"', '@scorers = "spacy.textcat_scorer.v2"'),
        "tokenizer": ('segmenter = "char"', 'segmenter = "pkuseg"'),
    }
    for name, (old, new) in cases.items():
        d = tmp_path / name
        shutil.copytree(MODEL, d)
        cfg = (d / "config.cfg").read_text(encoding="utf-8")
        assert old in cfg, name
        (d / "config.cfg").write_text(cfg.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(ModelError, match="E403"):
            check_model_dir(d)
    check_model_dir(MODEL)  # the bundled model passes


def test_model_pkuseg_name_is_refused_not_downloaded(monkeypatch):
    """`govie.load(segmenter='pkuseg', pkuseg_model='mixed')` used to start a download (issue 21, item 11)."""
    import spacy_pkuseg

    def no_network(*args, **kwargs):
        raise AssertionError("a download was attempted")

    monkeypatch.setattr(spacy_pkuseg, "download_model", no_network)
    with pytest.raises(ValueError, match="E304"):
        govie.load(segmenter="pkuseg", pkuseg_model="mixed")


# --- What the first call loads, and what the model runs on (issue 18) ---------------------------

# A real paragraph (corpora/work-reports-2026, Anhui): bodies, places and a person.
_REPORT = MODEL_FINDS[0][0] + "安徽省人民政府办公厅、省农业农村厅要会同合肥市人民政府抓好落实。"


def _fresh(code: str) -> dict:
    """Run ``code`` in a new interpreter (the import state of this one is shared by every test)."""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                          cwd=ROOT, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_rules_only_extract_loads_neither_spacy_nor_the_gate_dictionary():
    out = _fresh(
        "import json, sys, govie\n"
        f"r = govie.extract({_REPORT!r}, model=None)\n"
        "from govie import model\n"
        "print(json.dumps({'labels': sorted({e.label for e in r.entities}), 'spacy': 'spacy' in sys.modules,\n"
        "  'thinc': 'thinc' in sys.modules, 'pos': model._proper_pos.cache_info().currsize}))"
    )
    assert "DEPT" in out["labels"]
    assert not out["spacy"] and not out["thinc"]
    assert out["pos"] == 0


@needs_model
def test_default_extract_builds_one_jieba_segmenter():
    # The place tagger's word boundaries and the model gate read one dictionary: one segmenter.
    out = _fresh(
        "import json, govie\n"
        "from govie.text import segment\n"
        "jieba = segment.jieba_module()\n"
        "built = []\n"
        "real = jieba.Tokenizer.__init__\n"
        "jieba.Tokenizer.__init__ = lambda self, *a, **k: built.append(1) or real(self, *a, **k)\n"
        f"r = govie.extract({_REPORT!r})\n"
        "print(json.dumps({'built': len(built), 'model': sorted(e.text for e in r.entities if e.source == 'model')}))"
    )
    assert out["built"] == 1
    assert "徐淙祥" in out["model"]


def test_gate_reads_jieba_dictionary_words_and_parts_of_speech():
    import jieba

    from govie.model import _known

    lines = Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8").splitlines()
    # Every 997th entry of the dictionary: common words, names, places, organizations.
    seen = {}
    for line in lines[::997]:
        word, freq, pos = line.split(" ")
        seen[word] = (int(freq), pos)
    for word, (freq, pos) in seen.items():
        known = _known(word)
        assert known is not None and known[0] == freq, word
        # The gate tells proper nouns apart (nr*, ns, nt, nz); any other part of speech reads "x".
        assert known[1] == (pos if pos[:2] in ("nr", "ns", "nt", "nz") else "x"), word
    assert {p for _, p in seen.values()} & {"ns", "nr", "n", "v"} == {"ns", "nr", "n", "v"}
    # A prefix of a word is in jieba's prefix dictionary but is no word.
    assert _known("中华人民共") is None and _known("中华人民共和国") is not None


@needs_model
def test_model_entities_equal_spacy_blis_entities(model):
    # govie multiplies through numpy's BLAS; a model loaded by spaCy's own defaults finds the same spans.
    import spacy

    text = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    plain = spacy.load(MODEL)
    assert all(getattr(node.ops, "use_blis", True) is False
               for _, comp in model.nlp.pipeline for node in comp.model.walk())
    ours = model.nlp(text)
    theirs = plain(text)
    assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in theirs.ents]
    assert len(ours.ents) > 10


# Kinds of local facility as a class (Jiangxi and Qinghai 2026 reports, not annotated): the rules'
# class list judges the model's DEPT spans (text, span, kept).
@pytest.mark.parametrize("text,surface,kept", [
    ("达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上。", "社区卫生服务中心", False),
    ("达到服务能力标准的乡镇卫生院、社区卫生服务中心占比提高到90%以上。", "乡镇卫生院", False),
    ("建成区域性中心敬老院90家、“一老一小幸福院”300个、社区嵌入式托育机构100家。", "幸福院", False),
    ("支持工青妇、残联、红十字会、贸促会、关工委等群团组织更好发挥作用。", "关工委", True),
    # A company's or a university's abbreviated institute or college (Tianjin and Shaanxi 2026
    # reports) is no body of the document; a bare body type is (a missing prefix).
    ("中石化ABS、燕山石化绿色新材料、北化院、石科院等向南港集聚发展", "石科院", False),
    ("新建普通高中11所。杨凌职院、陕工院晋升为职业本科，8所职业院校", "陕工院", False),
    ("5月11日，水利厅二级巡视员刘金山到省政务服务大厅调研", "水利厅", True),
    # State Council report 2001: a kind of facility in a list, not the document's own archive.
    ("加强图书馆、文化馆、科技馆、博物馆、档案馆等文化设施建设，加强青少年、老年活动场所建设。", "档案馆", False),
])
def test_facility_classes_are_no_body(text, surface, kept):
    from govie.taggers.dept import drop_class_depts
    from govie.types import Mention

    start = text.index(surface)
    m = Mention("DEPT", start, start + len(surface), "model", {}, priority=1)
    assert (drop_class_depts(text, [m]) == [m]) is kept


@needs_model
def test_decoder_entities_equal_spacy_parser_entities(model):
    # predict() reads the model's arrays without spaCy, runs its layers in numpy and decodes the
    # moves itself; spaCy's own tokenizer and parser on the same pieces find the same spans.
    from govie.model import _NumpyLayers

    assert isinstance(model._decoder.layers, _NumpyLayers)
    report = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    reports = json.loads((ROOT / "corpora" / "state-council-work-reports" / "government_work_reports.jsonl")
                         .read_text(encoding="utf-8").splitlines()[0])["content"]
    pieces = [report[i : i + 1000] for i in range(0, len(report), 1000)] + [reports[:3000], reports[3000:4000]]
    # Whitespace as documents have it: runs of line breaks and spaces, full-width spaces, a trailing
    # space, one character.
    pieces += ["  国务院办公厅 关于印发\n\n  通知。 ", "北京市 人民政府\u3000\u3000办公厅 \t 王晓明同志", "省", " \n "]
    n = 0
    for k in range(0, len(pieces), 2):
        batch = pieces[k : k + 2]
        ours = model._decoder.ents(batch)
        for piece, doc, ents in zip(batch, model.nlp.pipe(batch, batch_size=2), ours):
            assert ents == [(e.label_, e.start_char, e.end_char) for e in doc.ents], piece[:40]
            n += len(ents)
    assert n > 20


@needs_model
def test_numpy_layers_equal_thincs_to_the_bit(model):
    # The tok2vec and the NER's lower layer in numpy give thinc's numbers exactly (same products,
    # same sums, same order), on batches of real text, spaces and an unseen character included.
    import numpy

    from govie.model import _Decoder

    ours = model._decoder
    theirs = _Decoder.of_spacy(model.nlp)
    assert theirs is not None and ours.labels == theirs.labels
    report = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    for batch in ([report[:1000], report[1000:1700]], [report[1700:2500]], ["省", " \n ", "X光机\u3000_"]):
        a_ks, b_ks = [ours._features(t)[2] for t in batch], [theirs._features(t)[2] for t in batch]
        a = ours.layers.hidden([ours._rows[k] for k in a_ks])
        b = theirs.layers.hidden([theirs._rows[k] for k in b_ks])
        assert a.shape == b.shape and numpy.array_equal(a, b)


def test_token_ids_and_hash_keys_equal_spacys_and_thincs():
    # spaCy's lexeme ids (MurmurHash64A of the text, its shape, prefix, suffix, lower form; its
    # reserved symbols) and thinc's embedding keys (MurmurHash3 of the id), computed without them.
    import numpy
    import spacy
    from spacy.symbols import IDS
    from thinc.api import NumpyOps

    from govie.model import _CHAR_TOKEN, _LEX_GETTERS, _SYMBOL_IDS, _hash128, _string_id

    text = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    text += json.loads((ROOT / "corpora" / "state-council-work-reports" / "government_work_reports.jsonl")
                       .read_text(encoding="utf-8").splitlines()[-1])["content"]
    words = {p if p[0].isspace() else p[0] for p in _CHAR_TOKEN.findall(text)}
    words |= {"X", "_", "A", "ß", "İ", "Ⅻ", "①", "𠀀", " " * 120, "\n" * 5, "\u3000\n \t"}
    assert len(words) > 1000
    vocab = spacy.blank("zh").vocab
    columns = {"ORTH": "orth", "SHAPE": "shape", "PREFIX": "prefix", "SUFFIX": "suffix", "LOWER": "lower"}
    ids = []
    for word in sorted(words):
        lex = vocab[word]
        for name, get in _LEX_GETTERS.items():
            assert _string_id(get(word)) == getattr(lex, columns[name]), (word, name)
            ids.append(_string_id(get(word)))
    # Every reserved symbol a character token or its attributes can spell is in the table.
    assert {k: v for k, v in IDS.items() if len(k) <= 1 or k.isspace() or k == "LONG"} == _SYMBOL_IDS
    keys = numpy.array(ids, dtype="uint64")
    for seed in (0, 8, 9, 2**31 + 5):
        assert numpy.array_equal(_hash128(keys, seed), NumpyOps().hash(keys, seed))


@needs_model
def test_default_extract_imports_neither_spacy_nor_thinc():
    # The bundled model runs from its arrays: no spaCy, thinc or blis import on the default path.
    out = _fresh(
        "import json, sys, govie\n"
        f"r = govie.extract({_REPORT!r})\n"
        "print(json.dumps({'model': sorted(e.text for e in r.entities if e.source == 'model'),\n"
        "  'loaded': sorted(m for m in ('spacy', 'thinc', 'blis') if m in sys.modules)}))"
    )
    assert "徐淙祥" in out["model"]
    assert out["loaded"] == []


@needs_model
def test_model_the_numpy_reader_does_not_take_loads_through_spacy(model, monkeypatch):
    # A directory the numpy reader does not take (another architecture, a model of an older
    # govie) is loaded by spaCy: the same mentions, no error.
    from govie import model as model_module

    monkeypatch.setattr(model_module, "_read_numpy_layers", lambda path: None)
    slow = NerModel.load(MODEL)
    assert slow._nlp is not None and slow._decoder is not None
    assert type(slow._decoder.layers).__name__ == "_SpacyLayers"
    report = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    assert slow.predict(report) == model.predict(report)


@needs_model
def test_predict_through_spacy_when_the_decoder_does_not_apply(model, monkeypatch):
    # A model the decoder does not reproduce runs through nlp.pipe: the same mentions either way.
    report = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    decoded = model.predict(report)
    monkeypatch.setattr(model, "_decoder", None)
    assert model.predict(report) == decoded
    assert any(m.label == "DEPT" for m in decoded)


# A functional name with a jurisdiction is one body (guide: "市民政部门"), kept from the model even
# where the knowledge base cannot link it (its canonical stays null). Dev gz-1m and gz-15.
MODEL_FUNCTIONAL = [
    ("市住房保障部门应每月将住房租赁补贴存入保障对象提供的社会保障卡账号。", "市住房保障部门"),
    ("具体以负责不动产登记部门认可及市房屋行政管理部门公告为准。", "市房屋行政管理部门"),
]


@needs_model
@pytest.mark.parametrize("text,surface", MODEL_FUNCTIONAL)
def test_model_keeps_functional_name_with_jurisdiction(text, surface):
    ents = [(e.label, e.text, e.source) for e in govie.extract(text).entities]
    assert ("DEPT", surface, "model") in ents


# Without a jurisdiction, or after a class word or a word that only opens with a level, 部门 names a class.
@pytest.mark.parametrize("text,kept", [
    ("市住房保障部门", True), ("市房屋行政管理部门", True), ("广州市国土部门", True),
    ("房屋土地管理部门", False), ("市有关部门", False), ("市场监管部门", False), ("省级主管部门", False),
    ("镇政府部门", False),
])
def test_model_functional_name_needs_a_jurisdiction(text, kept):
    from govie.model import functional_name, plausible

    assert functional_name(text) is kept
    assert plausible("DEPT", text) is kept


# A bare body listed after one that carries its level (县法院、检察院、公安局) is the level's body, not
# a kind of facility (图书馆、档案馆): 道县's 2023 政法 meeting, http://cixi.17car.com.cn/cixi/2023/0304/389850.html
@needs_model
def test_model_keeps_bare_body_in_list_after_levelled_one():
    text = ("会议观看了全市政法系统教育片《政法利剑》,县法院、检察院、公安局、卫健局、退役军人事务局、蚣坝镇、"
            "上关街道主要负责人就相关工作作典型发言。")
    assert "检察院" in [e.text for e in govie.extract(text).entities if e.label == "DEPT"]


# 省市纪委 is the province's and the city's commissions, a class: never one body, never linked
# (it was linked to "湖南省市纪委"). 东海县纪委监委, http://dhxjw.gov.cn/gb2312/gzdt/dfzf/1518.html
@needs_model
def test_model_two_levels_before_a_body_is_a_class():
    text = ("元旦期间,东海县纪委监委紧扣中央、省市纪委要求,紧跟疫情防控新形势,会同县作风办和三重督查办,"
            "通过“室组地”联动,在全县范围内开展疫情防控监督检查。")
    assert "省市纪委" not in [e.text for e in govie.extract(text).entities if e.label == "DEPT"]


@pytest.mark.parametrize("text,kept", [("省市纪委", False), ("省市县", False), ("省市场监管局", True), ("共青团", True)])
def test_model_gate_levels_and_people_orgs(text, kept):
    from govie.model import plausible

    assert plausible("DEPT", text) is kept


# A people's organization the model finds by its bare name is the division's (guide: 工会, 共青团),
# linked as the rules link the same name in a list (dev wr2026-guangdongm, Guangdong's 2026 report).
@needs_model
def test_model_people_org_bare_name_is_linked_to_the_divisions():
    text = ("国防动员、优抚安置、双拥共建等工作取得新成效，民族宗教、工会、共青团、妇女儿童、残疾人、参事文史、信访、"
            "地方志、档案、地质、地震、气象等工作全面进步。")
    ents = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, jurisdiction="广东省").entities
            if e.label == "DEPT"]
    assert ("共青团", "共青团广东省委员会") in ents


# A model span cut inside a quoted or bracketed phrase is a fragment: the model's LOC “两山 in
# “两山”实践创新基地 (Anhui's and Gansu's 2026 work reports). Names that hold a pair keep it.
@needs_model
@pytest.mark.parametrize("text", [
    "创建国家生态文明建设示范区和“两山”实践创新基地23个。",            # wr2026-anhuim (annotations/dev)
    "积极开展生态文明示范区和“两山”实践创新基地创建工作。",            # /work/r6/readable/wr2026-甘肃省.txt
])
def test_model_span_with_unpaired_quote_is_dropped(text):
    assert not [e.text for e in govie.extract(text).entities if "“" in e.text and "”" not in e.text]


@pytest.mark.parametrize("label,text,kept", [
    ("LOC", "“两山", False), ("LOC", "广州市各区（街镇", False), ("DEPT", "香港（澳门）民政总署", True),
    ("LOC", "滨海站“于响”商务区", True),
])
def test_model_gate_pairs_brackets_and_quotes(label, text, kept):
    from govie.model import plausible

    assert plausible(label, text) is kept
