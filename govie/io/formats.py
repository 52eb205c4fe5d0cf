"""Annotation formats in and out: govie JSONL, doccano, Label Studio, Prodigy, spaCy DocBin, HF datasets.

Every reader returns govie documents (the annotation guide's dicts: ``text``,
``entities`` with ``label``/``start``/``end``/``text``, optional ``id`` and
``reference_date``); every writer takes them. Offsets are always Python ``str``
indices into ``text``. Malformed input raises :class:`govie.errors.AnnotationError`
naming the file, the line (or row / document number) and what is wrong.

==============  =========================  ==============================================
format          file                       shape
==============  =========================  ==============================================
``govie``       ``*.jsonl``                ``{"text", "entities": [{label,start,end,text}]}``
``doccano``     ``*.jsonl``                ``{"text", "label": [[start, end, label]]}``
``label-studio`` ``*.json``                ``[{"data": {"text"}, "annotations"|"predictions":
                                           [{"result": [{"value": {start,end,text,labels}}]}]}]``
``prodigy``     ``*.jsonl``                ``{"text", "spans": [{start, end, label}]}``
``spacy``       ``*.spacy``                a :class:`spacy.tokens.DocBin` of character-tokenized docs
``hf``          directory / ``Dataset``    ``datasets.Dataset`` with the govie columns, or
                                           ``tokens`` + ``ner_tags`` (BIO over characters)
==============  =========================  ==============================================
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from govie.errors import AnnotationError
from govie.io.text import iter_json_lines

__all__ = [
    "FORMATS",
    "read_annotations",
    "write_annotations",
    "detect_format",
    "read_govie",
    "read_doccano",
    "read_label_studio",
    "read_prodigy",
    "read_docbin",
    "read_hf",
    "write_govie",
    "write_doccano",
    "write_label_studio",
    "write_prodigy",
    "write_docbin",
    "to_hf_dataset",
    "from_hf_dataset",
    "docs_to_spacy",
]

FORMATS = ("govie", "doccano", "label-studio", "prodigy", "spacy", "hf")

Doc = dict[str, Any]


# ---------------------------------------------------------------- checking


def _entity(text: str, label: Any, start: Any, end: Any, path: object, line: int | None, where: str) -> dict:
    if not isinstance(label, str) or not label:
        raise AnnotationError(path, line, f"{where}: label must be a non-empty string, got {label!r}")
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
        raise AnnotationError(path, line, f"{where}: start and end must be integers, got {start!r}, {end!r}")
    if not 0 <= start < end <= len(text):
        raise AnnotationError(
            path, line, f"{where}: bad offsets start={start} end={end} (text length {len(text)})"
        )
    return {"label": label, "start": start, "end": end, "text": text[start:end]}


def _check_overlaps(doc: Doc, path: object, line: int | None) -> Doc:
    ents = sorted(doc["entities"], key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            raise AnnotationError(
                path, line,
                f"entities overlap: {a['label']} {a['start']}-{a['end']} {a['text']!r} and "
                f"{b['label']} {b['start']}-{b['end']} {b['text']!r}",
            )
    doc["entities"] = ents
    return doc


def _text_of(obj: dict, path: object, line: int | None, key: str = "text") -> str:
    text = obj.get(key)
    if not isinstance(text, str):
        raise AnnotationError(path, line, f"field {key!r} is missing or not a string")
    return text


def _atomic_write(path: str | Path, payload: str | bytes) -> Path:
    """Write whole or nothing, with govie's one writer (``govie.io.output``: mode from the umask,
    a replaced file keeps its mode, a symlink's target is replaced, a device is written through)."""
    from govie.io.output import write_atomic

    path = Path(path)
    if str(path) != "-":
        path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, payload)


def _jsonl(rows: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _base(doc: Doc) -> dict:
    """The document fields every format carries besides text and spans."""
    return {k: doc[k] for k in ("id", "reference_date") if doc.get(k) is not None}


# ---------------------------------------------------------------- govie JSONL


def read_govie(path: str | Path) -> list[Doc]:
    """govie JSONL (the annotation guide's format), checked line by line."""
    from govie.io.text import validate_document

    path = Path(path)
    out = []
    for n, obj in iter_json_lines(path):
        doc = validate_document(obj, path, n)
        doc = dict(doc)
        text = doc["text"]
        doc["entities"] = [
            {**e, **_entity(text, e["label"], e["start"], e["end"], path, n, f"entities[{i}]")}
            for i, e in enumerate(doc.get("entities") or [])
        ]
        out.append(_check_overlaps(doc, path, n))
    return out


def write_govie(docs: Iterable[Doc], path: str | Path) -> Path:
    rows = []
    for d in docs:
        row = {**_base(d), "text": d["text"], "entities": d.get("entities", [])}
        if d.get("activities"):
            row["activities"] = d["activities"]
        rows.append(row)
    return _atomic_write(path, _jsonl(rows))


# ---------------------------------------------------------------- doccano


def read_doccano(path: str | Path) -> list[Doc]:
    """doccano sequence-labelling JSONL: ``label: [[s, e, L]]`` (or ``entities`` with ``*_offset``)."""
    path = Path(path)
    out = []
    for n, obj in iter_json_lines(path):
        text = _text_of(obj, path, n)
        ents = []
        if "entities" in obj and isinstance(obj["entities"], list):  # doccano >= 1.6 export
            for i, e in enumerate(obj["entities"]):
                if not isinstance(e, dict):
                    raise AnnotationError(path, n, f"entities[{i}] is not an object")
                ents.append(_entity(text, e.get("label"), e.get("start_offset"), e.get("end_offset"), path, n,
                                    f"entities[{i}]"))
        else:
            labels = obj.get("label", obj.get("labels", []))
            if not isinstance(labels, list):
                raise AnnotationError(path, n, "field 'label' must be a list of [start, end, label]")
            for i, item in enumerate(labels):
                if not (isinstance(item, list) and len(item) == 3):
                    raise AnnotationError(path, n, f"label[{i}] must be [start, end, label], got {item!r}")
                ents.append(_entity(text, item[2], item[0], item[1], path, n, f"label[{i}]"))
        doc = {"text": text, "entities": ents}
        if obj.get("id") is not None:
            doc["id"] = obj["id"]
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        if obj.get("reference_date") or meta.get("reference_date"):
            doc["reference_date"] = obj.get("reference_date") or meta.get("reference_date")
        out.append(_check_overlaps(doc, path, n))
    return out


def write_doccano(docs: Iterable[Doc], path: str | Path) -> Path:
    rows = [
        {**_base(d), "text": d["text"], "label": [[e["start"], e["end"], e["label"]] for e in d.get("entities", [])]}
        for d in docs
    ]
    return _atomic_write(path, _jsonl(rows))


# ---------------------------------------------------------------- Label Studio


def _json_array_items(path: Path) -> list[tuple[int, Any]]:
    """Items of a top-level JSON array with the line each starts on."""
    raw = path.read_text(encoding="utf-8-sig")
    dec = json.JSONDecoder()
    i = 0
    n = len(raw)

    def skip(i: int) -> int:
        while i < n and raw[i] in " \t\r\n":
            i += 1
        return i

    def fail(pos: int, msg: str) -> AnnotationError:
        return AnnotationError(path, raw.count("\n", 0, pos) + 1, msg)

    i = skip(i)
    if i < n and raw[i] == "{":  # a single task
        try:
            obj, _ = dec.raw_decode(raw, i)
        except json.JSONDecodeError as err:
            raise AnnotationError(path, err.lineno, f"invalid JSON: {err.msg} at column {err.colno}") from None
        return [(raw.count("\n", 0, i) + 1, obj)]
    if i >= n or raw[i] != "[":
        raise fail(i, "expected a JSON array of Label Studio tasks")
    i = skip(i + 1)
    items: list[tuple[int, Any]] = []
    if i < n and raw[i] == "]":
        return items
    while True:
        start = i
        try:
            obj, i = dec.raw_decode(raw, i)
        except json.JSONDecodeError as err:
            raise AnnotationError(path, err.lineno, f"invalid JSON: {err.msg} at column {err.colno}") from None
        items.append((raw.count("\n", 0, start) + 1, obj))
        i = skip(i)
        if i < n and raw[i] == ",":
            i = skip(i + 1)
            continue
        if i < n and raw[i] == "]":
            return items
        raise fail(i, "expected ',' or ']' between tasks")


def read_label_studio(path: str | Path, *, prefer: str = "annotations") -> list[Doc]:
    """Label Studio JSON export (a list of tasks). Uses the first non-cancelled
    annotation of a task, or its first prediction when it has no annotation."""
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(path, None, "no such file")
    out = []
    for k, (line, task) in enumerate(_json_array_items(path)):
        where = f"task {k}"
        if not isinstance(task, dict):
            raise AnnotationError(path, line, f"{where} is not an object")
        data = task.get("data")
        if not isinstance(data, dict):
            raise AnnotationError(path, line, f"{where} has no 'data' object")
        text = _text_of(data, path, line)
        results = None
        order = ("annotations", "predictions") if prefer == "annotations" else ("predictions", "annotations")
        for key in order:
            for ann in task.get(key) or []:
                if not isinstance(ann, dict):
                    raise AnnotationError(path, line, f"{where}: {key} entries must be objects")
                if ann.get("was_cancelled"):
                    continue
                results = ann.get("result")
                if not isinstance(results, list):
                    raise AnnotationError(path, line, f"{where}: {key}[].result must be a list")
                break
            if results is not None:
                break
        ents = []
        for i, r in enumerate(results or []):
            if not isinstance(r, dict) or not isinstance(r.get("value"), dict):
                raise AnnotationError(path, line, f"{where}: result[{i}] has no 'value' object")
            v = r["value"]
            labels = v.get("labels")
            if not (isinstance(labels, list) and len(labels) == 1):
                raise AnnotationError(path, line, f"{where}: result[{i}].value.labels must hold one label, got {labels!r}")
            ent = _entity(text, labels[0], v.get("start"), v.get("end"), path, line, f"{where}: result[{i}]")
            if "text" in v and v["text"] != ent["text"]:
                raise AnnotationError(
                    path, line, f"{where}: result[{i}].value.text {v['text']!r} does not match text[{ent['start']}:{ent['end']}] = {ent['text']!r}"
                )
            ents.append(ent)
        doc: Doc = {"text": text, "entities": ents}
        for key in ("id", "reference_date"):
            if data.get(key) is not None:
                doc[key] = data[key]
        out.append(_check_overlaps(doc, path, line))
    return out


def _ls_results(doc: Doc) -> list[dict]:
    return [
        {
            "id": f"e{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": e["start"], "end": e["end"], "text": e.get("text", doc["text"][e["start"]:e["end"]]),
                      "labels": [e["label"]]},
        }
        for i, e in enumerate(doc.get("entities", []))
    ]


def write_label_studio(docs: Iterable[Doc], path: str | Path, *, as_predictions: bool = False,
                       model_version: str = "govie") -> Path:
    """Tasks with the spans as ``annotations`` (gold) or ``predictions`` (to correct)."""
    tasks = []
    for d in docs:
        task: dict[str, Any] = {"data": {**_base(d), "text": d["text"]}}
        if as_predictions:
            task["predictions"] = [{"model_version": model_version, "result": _ls_results(d)}]
        else:
            task["annotations"] = [{"result": _ls_results(d)}]
        tasks.append(task)
    # One task per line keeps line numbers in error messages useful.
    body = ",\n".join(json.dumps(t, ensure_ascii=False) for t in tasks)
    return _atomic_write(path, "[\n" + body + ("\n" if tasks else "") + "]\n")


# Label Studio labeling config for the exported tasks.
LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


def label_studio_config(labels: Iterable[str]) -> str:
    return LABEL_STUDIO_CONFIG.format(labels="\n".join(f'    <Label value="{l}"/>' for l in labels))


# ---------------------------------------------------------------- Prodigy


def read_prodigy(path: str | Path) -> list[Doc]:
    """Prodigy JSONL (``ner_manual`` / ``spans`` style). Rejected and ignored examples are skipped."""
    path = Path(path)
    out = []
    for n, obj in iter_json_lines(path):
        if obj.get("answer") in ("reject", "ignore"):
            continue
        text = _text_of(obj, path, n)
        spans = obj.get("spans", [])
        if not isinstance(spans, list):
            raise AnnotationError(path, n, "field 'spans' must be a list")
        ents = []
        for i, s in enumerate(spans):
            if not isinstance(s, dict):
                raise AnnotationError(path, n, f"spans[{i}] is not an object")
            ents.append(_entity(text, s.get("label"), s.get("start"), s.get("end"), path, n, f"spans[{i}]"))
        doc: Doc = {"text": text, "entities": ents}
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        for key in ("id", "reference_date"):
            if meta.get(key) is not None:
                doc[key] = meta[key]
        out.append(_check_overlaps(doc, path, n))
    return out


def write_prodigy(docs: Iterable[Doc], path: str | Path) -> Path:
    rows = []
    for d in docs:
        row: dict[str, Any] = {
            "text": d["text"],
            "spans": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in d.get("entities", [])],
        }
        if _base(d):
            row["meta"] = _base(d)
        rows.append(row)
    return _atomic_write(path, _jsonl(rows))


# ---------------------------------------------------------------- spaCy DocBin


def _char_nlp() -> Any:
    import spacy

    return spacy.blank("zh")  # spaCy's Chinese tokenizer defaults to one token per character


def docs_to_spacy(docs: Iterable[Doc], nlp: Any = None, *, labels: Iterable[str] | None = None,
                  missing_labels: Iterable[str] = ()) -> Iterator[Any]:
    """spaCy ``Doc`` objects with ``doc.ents`` set from the entities.

    ``labels`` keeps only those labels (others become O); spans whose label is in
    ``missing_labels`` are marked as unknown, so training neither rewards nor
    punishes any tag there.
    """
    nlp = nlp or _char_nlp()
    keep = set(labels) if labels is not None else None
    missing = set(missing_labels)
    for k, d in enumerate(docs):
        sdoc = nlp.make_doc(d["text"])
        ents, unknown = [], []
        for e in d.get("entities", []):
            if e["label"] in missing:
                target = unknown
            elif keep is None or e["label"] in keep:
                target = ents
            else:
                continue
            span = sdoc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
            if span is None:
                raise AnnotationError(d.get("id", f"document {k}"), None,
                                      f"span {e['start']}-{e['end']} {e['label']} is not on token boundaries")
            target.append(span)
        sdoc.set_ents(ents, missing=unknown, default="outside")
        sdoc.user_data["govie"] = _base(d)
        yield sdoc


def write_docbin(docs: Iterable[Doc], path: str | Path, **kwargs: Any) -> Path:
    from spacy.tokens import DocBin

    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=True)
    for sdoc in docs_to_spacy(docs, **kwargs):
        db.add(sdoc)
    return _atomic_write(path, db.to_bytes())


def read_docbin(path: str | Path) -> list[Doc]:
    """A ``.spacy`` file: each doc's ``doc.ents`` become entities (character offsets)."""
    import spacy
    from spacy.tokens import DocBin

    path = Path(path)
    if not path.is_file():
        raise AnnotationError(path, None, "no such file")
    try:
        db = DocBin().from_bytes(path.read_bytes())
        sdocs = list(db.get_docs(spacy.blank("zh").vocab))
    except Exception as err:  # noqa: BLE001 - any decoding failure names the file
        raise AnnotationError(path, None, f"not a spaCy DocBin: {err}") from None
    out = []
    for sdoc in sdocs:
        doc: Doc = {**(sdoc.user_data.get("govie") or {}), "text": sdoc.text}
        doc["entities"] = [
            {"label": s.label_, "start": s.start_char, "end": s.end_char, "text": s.text} for s in sdoc.ents
        ]
        out.append(doc)
    return out


# ---------------------------------------------------------------- Hugging Face datasets


def to_hf_dataset(docs: Iterable[Doc]) -> Any:
    """A ``datasets.Dataset`` with columns id, text, reference_date, entities."""
    import datasets

    rows = [
        {
            "id": str(d.get("id", k)),
            "text": d["text"],
            "reference_date": d.get("reference_date"),
            "entities": [
                {"label": e["label"], "start": e["start"], "end": e["end"], "text": d["text"][e["start"]:e["end"]]}
                for e in d.get("entities", [])
            ],
        }
        for k, d in enumerate(docs)
    ]
    features = datasets.Features(
        {
            "id": datasets.Value("string"),
            "text": datasets.Value("string"),
            "reference_date": datasets.Value("string"),
            "entities": [
                {"label": datasets.Value("string"), "start": datasets.Value("int64"),
                 "end": datasets.Value("int64"), "text": datasets.Value("string")}
            ],
        }
    )
    return datasets.Dataset.from_list(rows, features=features)


def from_hf_dataset(ds: Any, *, source: object = "<Dataset>") -> list[Doc]:
    """Documents from a ``datasets.Dataset``: govie columns (text + entities), or
    character ``tokens`` with BIO ``ner_tags`` (strings, or ints with a ClassLabel feature)."""
    cols = set(ds.column_names)
    out: list[Doc] = []
    if "text" in cols and "entities" in cols:
        for k, row in enumerate(ds):
            text = _text_of(row, source, k + 1)
            ents = row["entities"] or []
            # Arrow may hand back a dict of lists for a list of structs.
            if isinstance(ents, dict):
                ents = [dict(zip(ents, vals)) for vals in zip(*ents.values())]
            doc: Doc = {"text": text, "entities": [
                _entity(text, e.get("label"), e.get("start"), e.get("end"), source, k + 1, f"row {k}: entities[{i}]")
                for i, e in enumerate(ents)
            ]}
            for key in ("id", "reference_date"):
                if key in row and row[key] is not None:
                    doc[key] = row[key]
            out.append(_check_overlaps(doc, source, k + 1))
        return out
    if "tokens" in cols and "ner_tags" in cols:
        names = None
        feat = ds.features["ner_tags"]
        inner = getattr(feat, "feature", None)
        if inner is not None and hasattr(inner, "names"):
            names = inner.names
        for k, row in enumerate(ds):
            tags = [names[t] if names and isinstance(t, int) else t for t in row["ner_tags"]]
            doc = bio_to_doc(row["tokens"], tags, path=source, line=k + 1)
            if "id" in cols:
                doc["id"] = row["id"]
            out.append(doc)
        return out
    raise AnnotationError(source, None, f"dataset needs columns text+entities or tokens+ner_tags, has {sorted(cols)}")


def read_hf(path: str | Path) -> list[Doc]:
    """A local JSON/JSONL file (or a directory of them) loaded with ``datasets.load_dataset("json", ...)``,
    or a directory saved with ``Dataset.save_to_disk``. Never touches the hub."""
    import datasets

    path = Path(path)
    if not path.exists():
        raise AnnotationError(path, None, "no such file or directory")
    if path.is_dir() and (path / "dataset_info.json").is_file():
        return from_hf_dataset(datasets.load_from_disk(str(path)), source=path)
    files = sorted(str(p) for p in path.glob("*.json*")) if path.is_dir() else [str(path)]
    if not files:
        raise AnnotationError(path, None, "no JSON files in the directory")
    try:
        ds = datasets.load_dataset("json", data_files=files, split="train")
    except Exception as err:  # noqa: BLE001 - a pyarrow/json error names the file
        raise AnnotationError(path, None, f"datasets cannot load it: {err}") from None
    return from_hf_dataset(ds, source=path)


def write_hf(docs: Iterable[Doc], path: str | Path) -> Path:
    """Save as a JSONL file that ``datasets.load_dataset("json", data_files=path)`` reads."""
    rows = [
        {"id": str(d.get("id", k)), "text": d["text"], "reference_date": d.get("reference_date"),
         "entities": [{"label": e["label"], "start": e["start"], "end": e["end"],
                       "text": d["text"][e["start"]:e["end"]]} for e in d.get("entities", [])]}
        for k, d in enumerate(docs)
    ]
    return _atomic_write(path, _jsonl(rows))


# ---------------------------------------------------------------- BIO helper


def bio_to_doc(chars: list[str], tags: list[str], *, path: object = None, line: int | None = None,
               label_map: dict[str, str | None] | None = None) -> Doc:
    """Characters with BIO tags (``B-ORG``/``I-ORG``/``O``, also ``M-``/``E-``/``S-``) to a document."""
    if len(chars) != len(tags):
        raise AnnotationError(path, line, f"{len(chars)} tokens but {len(tags)} tags")
    text = "".join(chars)
    offsets = []
    pos = 0
    for c in chars:
        offsets.append(pos)
        pos += len(c)
    ents: list[dict] = []
    cur: list[Any] | None = None
    for i, tag in enumerate(tags):
        if not isinstance(tag, str):
            raise AnnotationError(path, line, f"tag {i} is not a string: {tag!r}")
        if tag == "O":
            cur = None
            continue
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I", "M", "E", "S") or not label:
            raise AnnotationError(path, line, f"tag {i} {tag!r} is not BIO (B-X, I-X or O)")
        start, end = offsets[i], offsets[i] + len(chars[i])
        if prefix in ("B", "S") or cur is None or cur[0] != label:
            cur = [label, start, end]
            ents.append({"_": cur})
        else:
            cur[2] = end
        if prefix in ("E", "S"):
            cur = None
    out = []
    for e in ents:
        label, s, t = e["_"]
        if label_map is not None:
            label = label_map.get(label, label)
            if label is None:
                continue
        out.append({"label": label, "start": s, "end": t, "text": text[s:t]})
    return {"text": text, "entities": out}


# ---------------------------------------------------------------- dispatch


_SUFFIX = {".spacy": "spacy", ".json": "label-studio"}


def detect_format(path: str | Path) -> str:
    """Guess a file's format from its suffix and, for JSONL, its first record."""
    path = Path(path)
    if path.is_dir():
        return "hf"
    if path.suffix in _SUFFIX:
        return _SUFFIX[path.suffix]
    for _, obj in iter_json_lines(path):
        if "entities" in obj and isinstance(obj.get("entities"), list) and all(
            isinstance(e, dict) and "start" in e for e in obj["entities"]
        ):
            return "govie"
        if "spans" in obj:
            return "prodigy"
        if "label" in obj or "labels" in obj or "entities" in obj:
            return "doccano"
        if "text" in obj:
            return "govie"
        break
    return "govie"


_READERS = {
    "govie": read_govie,
    "doccano": read_doccano,
    "label-studio": read_label_studio,
    "prodigy": read_prodigy,
    "spacy": read_docbin,
    "hf": read_hf,
}


def read_annotations(path: str | Path, fmt: str | None = None) -> list[Doc]:
    """Read one annotation file in any of ``FORMATS`` (detected when ``fmt`` is None)."""
    fmt = fmt or detect_format(path)
    if fmt not in _READERS:
        raise ValueError(f"[E202] unknown annotation format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _READERS[fmt](path)


def write_annotations(docs: Iterable[Doc], path: str | Path, fmt: str, **kwargs: Any) -> Path:
    writers = {
        "govie": write_govie,
        "doccano": write_doccano,
        "label-studio": write_label_studio,
        "prodigy": write_prodigy,
        "spacy": write_docbin,
        "hf": write_hf,
    }
    if fmt not in writers:
        raise ValueError(f"[E202] unknown annotation format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return writers[fmt](list(docs), path, **kwargs)
