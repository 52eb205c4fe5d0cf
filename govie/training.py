"""Training govie's NER model: corpora, label mapping, rehearsal, and the spaCy training wrapper.

Label mapping (recorded in every model's ``meta.json`` under ``sources``)
-----------------------------------------------------------------------
The model predicts DEPT, ORG, PERSON and LOC (``govie.model.MODEL_LABELS``).

* govie annotations (``annotations/*.jsonl``): DEPT, ORG, PERSON, LOC as
  annotated; DATE, TITLE, METRIC and DOCNO are the rules' business and are
  outside (O) for the model.
* CLUENER2020 train: government → DEPT; organization, company → ORG; name →
  PERSON; address → LOC; scene (scenic spots: places or organizations
  depending on use) → unknown (no loss either way); position, game, movie,
  book → O (posts are outside PERSON spans in the guide; titles of works are
  TITLEs, which the rules own).
* People's Daily NER and MSRA NER (BIO, PER/LOC/ORG): PER → PERSON, LOC →
  LOC, ORG → DEPT when the name is a government or public body by
  ``is_government_body`` (国务院, 外交部, 广东省人民政府, 最高人民法院 …),
  otherwise ORG. These sets do not separate the two, and the guide does.

Training text is normalized with :func:`govie.normalize.normalize` (the model
sees what the pipeline gives it) and cut into pieces at sentence and line ends
that never cut an entity.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import json
import os
import random
from govie.text import recached as re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from govie.errors import ModelError

__all__ = [
    "MODEL_LABELS",
    "CONFIG_PATH",
    "SOURCES",
    "public_data_dir",
    "load_cluener",
    "load_bio",
    "load_public_corpora",
    "split_held_out",
    "is_government_body",
    "to_training_docs",
    "train_model",
    "check_output",
    "clean_stale_runs",
    "is_model_dir",
    "summary_table",
    "score_model",
    "compare_rules_and_model",
    "cross_validate",
    "rehearsal_sample",
    "silver_docs",
    "UNKNOWN",
]

MODEL_LABELS = ("DEPT", "ORG", "PERSON", "LOC")
# Spans whose tag is unknown: neither rewarded nor punished in training.
UNKNOWN = "(unknown)"
CONFIG_PATH = Path(__file__).resolve().parent / "configs" / "ner.cfg"
_REPO = Path(__file__).resolve().parent.parent

# Every data source a model may be trained on, with what is known of its license.
SOURCES: dict[str, dict[str, Any]] = {
    "govie-annotations": {
        "name": "govie annotations (annotations/*.jsonl)",
        "url": "annotations/ in the govie repository",
        "license": "official documents of state organs, outside copyright (PRC Copyright Law art. 5); annotations MIT",
        "label_map": {"DEPT": "DEPT", "ORG": "ORG", "PERSON": "PERSON", "LOC": "LOC",
                      "DATE": None, "TITLE": None, "METRIC": None, "DOCNO": None},
    },
    "cluener2020": {
        "name": "CLUENER2020 train split",
        "path": "cluener2020/train.json",
        "url": "https://github.com/CLUEbenchmark/CLUENER2020 (copy: github.com/hemingkx/CLUENER2020 @4bfd0b5)",
        "license": "not stated; research benchmark data (cite CLUE, arXiv 2001.04351); not redistributed",
        "label_map": {"government": "DEPT", "organization": "ORG", "company": "ORG", "name": "PERSON",
                      "address": "LOC", "scene": UNKNOWN, "position": None, "game": None, "movie": None,
                      "book": None},
    },
    "peoples-daily-ner": {
        "name": "People's Daily 1998 NER, dev and test (zjy-ucas/ChineseNER distribution)",
        "path": "peoples-daily-ner/example.dev, example.test",
        "url": "https://github.com/OYE93/Chinese-NLP-Corpus @e9bb5b5 (NER/People's Daily)",
        "license": "not stated; research data; not redistributed",
        "label_map": {"PER": "PERSON", "LOC": "LOC", "ORG": "DEPT if is_government_body(name) else ORG"},
    },
    "msra-ner": {
        "name": "MSRA NER (SIGHAN 2006), test split",
        "path": "msra-ner/msra_test_bio.txt",
        "url": "https://github.com/OYE93/Chinese-NLP-Corpus @e9bb5b5 (NER/MSRA)",
        "license": "not stated; SIGHAN bakeoff research data; not redistributed",
        "label_map": {"PER": "PERSON", "LOC": "LOC", "ORG": "DEPT if is_government_body(name) else ORG"},
    },
}

Doc = dict[str, Any]


def public_data_dir(path: str | Path | None = None) -> Path | None:
    """The shared public data (``GOVIE_PUBLIC_DATA`` or ``../shared/data`` beside the repo), if present."""
    if path is not None:  # an explicit directory is the only one looked at
        candidates: list[Any] = [path]
    else:
        candidates = [os.environ.get("GOVIE_PUBLIC_DATA"), _REPO.parent / "shared" / "data"]
    for c in candidates:
        if c and (Path(c) / "cluener2020" / "train.json").is_file():
            return Path(c)
    return None


# ---------------------------------------------------------------- label mapping

_GOV_PREFIX = re.compile(
    r"^(?:中共|中国共产党|国务院|全国人大|全国人民代表大会|全国政协|中国人民政治协商会议|最高人民(?:法院|检察院)|中央(?!电视台|人民广播|音乐|美术|民族|芭蕾|歌剧))"
)
_GOV_SUFFIX = re.compile(
    r"(?:人民政府|政府|人大常委会|常委会|人大|政协|委员会|党委|党组|纪委|省委|市委|县委|区委|"
    r"法院|检察院|公安局|公安厅|海关|税务局|国务院|办公厅|办公室|党中央|内阁|国会|议会|参议院|众议院|杜马|"
    r"[部厅局署委办处科所站])$"
)
_NOT_GOV = re.compile(
    r"(?:俱乐部|总部|编辑部|本部|门市部|营业部|事业部|俱乐部|奥委会|奥林匹克委员会|足协|红十字|有限|公司|银行|集团|"
    r"大学|学院|学校|中学|小学|医院|报社|电视台|电台|出版社|研究所|研究院|协会|学会|商会|基金会|联合会|工会|"
    r"联合国|组织|同盟|阵线|党$|联盟)"
)


def is_government_body(name: str) -> bool:
    """Whether an ORG of People's Daily / MSRA is a government or public body (govie DEPT)."""
    name = name.strip()
    if len(name) < 2 or _NOT_GOV.search(name):
        return False
    return bool(_GOV_PREFIX.search(name) or _GOV_SUFFIX.search(name))


# ---------------------------------------------------------------- public corpora


def load_cluener(path: str | Path) -> list[Doc]:
    """CLUENER2020 JSON lines mapped to govie labels (see module docstring)."""
    from govie.errors import AnnotationError

    from govie.io.text import iter_json_lines

    lmap = SOURCES["cluener2020"]["label_map"]
    out = []
    path = Path(path)
    for n, obj in iter_json_lines(path):
        text = obj["text"]
        ents = []
        for label, mentions in (obj.get("label") or {}).items():
            target = lmap.get(label)
            for mention, spans in mentions.items():
                for s, e_incl in spans:
                    e = e_incl + 1
                    if text[s:e] != mention:
                        raise AnnotationError(path, n, f"{label} {mention!r} does not match text[{s}:{e}]")
                    if target is not None:
                        ents.append({"label": target, "start": s, "end": e, "text": mention})
        ents = _drop_overlaps(ents)
        out.append({"id": f"cluener2020:{n}", "text": text, "entities": ents, "source": "cluener2020"})
    return out


def load_bio(path: str | Path, source: str) -> list[Doc]:
    """A "char tag" (space or tab separated) BIO file, blank line between sentences."""
    from govie.errors import AnnotationError
    from govie.io.formats import bio_to_doc

    path = Path(path)
    out: list[Doc] = []
    chars: list[str] = []
    tags: list[str] = []
    first = 0

    def flush() -> None:
        if chars:
            doc = bio_to_doc(chars, tags, path=path, line=first)
            ents = []
            for e in doc["entities"]:
                label = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}.get(e["label"])
                if label is None:
                    continue
                if label == "ORG" and is_government_body(e["text"]):
                    label = "DEPT"
                ents.append({**e, "label": label})
            out.append({"id": f"{source}:{first}", "text": doc["text"], "entities": ents, "source": source})
        chars.clear()
        tags.clear()

    with path.open(encoding="utf-8") as f:
        for n, raw in enumerate(f, start=1):
            line = raw.rstrip("\n")
            if not line.strip():
                flush()
                continue
            if not chars:
                first = n
            parts = line.split()
            if len(parts) != 2:
                raise AnnotationError(path, n, f"expected 'char tag', got {line!r}")
            chars.append(parts[0])
            tags.append(parts[1])
    flush()
    return out


def load_public_corpora(data_dir: str | Path) -> dict[str, list[Doc]]:
    """The three public NER sets from the shared data directory, mapped to govie labels."""
    d = Path(data_dir)
    return {
        "cluener2020": load_cluener(d / "cluener2020" / "train.json"),
        "peoples-daily-ner": load_bio(d / "peoples-daily-ner" / "example.dev", "peoples-daily-ner")
        + load_bio(d / "peoples-daily-ner" / "example.test", "peoples-daily-ner"),
        "msra-ner": load_bio(d / "msra-ner" / "msra_test_bio.txt", "msra-ner"),
    }


def split_held_out(docs: Sequence[Doc], fraction: float, seed: int) -> tuple[list[Doc], list[Doc]]:
    """A seeded split into (train, held_out); the same seed always holds back the same documents."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    k = int(round(len(docs) * fraction))
    held = set(order[:k])
    return [d for i, d in enumerate(docs) if i not in held], [d for i, d in enumerate(docs) if i in held]


def _drop_overlaps(ents: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for e in sorted(ents, key=lambda e: (-(e["end"] - e["start"]), e["start"])):
        if all(e["end"] <= k["start"] or k["end"] <= e["start"] for k in kept):
            kept.append(e)
    return sorted(kept, key=lambda e: e["start"])


# ---------------------------------------------------------------- govie documents → training pieces


def _clean_spans(doc: Doc, labels: Iterable[str]) -> tuple[str, list[dict]]:
    """Normalize the text and carry the wanted entities onto the clean text."""
    from govie.text.normalize import normalize

    norm = normalize(doc["text"])
    index = norm.index
    keep = set(labels)
    ents = []
    for e in doc.get("entities", []):
        if e["label"] not in keep:
            continue
        s = bisect.bisect_left(index, e["start"])
        t = bisect.bisect_left(index, e["end"])
        if s < t:
            ents.append({"label": e["label"], "start": s, "end": t, "text": norm.text[s:t]})
    return norm.text, _drop_overlaps(ents)


def _pieces(text: str, ents: list[dict], max_chars: int) -> list[tuple[int, int]]:
    """Cut points at 。/！/？/newline that never fall inside an entity."""
    inside = bytearray(len(text) + 1)
    for e in ents:
        inside[e["start"] + 1 : e["end"]] = b"\x01" * (e["end"] - e["start"] - 1)
    cuts = [0]
    for i, ch in enumerate(text):
        if ch in "。！？\n" and not inside[i + 1] and i + 1 - cuts[-1] >= 1:
            cuts.append(i + 1)
    if cuts[-1] != len(text):
        cuts.append(len(text))
    # Merge short sentences up to max_chars.
    out: list[tuple[int, int]] = []
    start = 0
    for a, b in zip(cuts, cuts[1:]):
        if b - start > max_chars and a > start:
            out.append((start, a))
            start = a
    if start < len(text):
        out.append((start, len(text)))
    return out


def to_training_docs(docs: Iterable[Doc], *, labels: Iterable[str] = MODEL_LABELS, normalize: bool = True,
                     max_chars: int = 400) -> list[Doc]:
    """govie documents → normalized pieces with only the model's labels."""
    labels = (*labels, UNKNOWN)
    out = []
    for k, doc in enumerate(docs):
        if normalize:
            text, ents = _clean_spans(doc, labels)
        else:
            text = doc["text"]
            ents = _drop_overlaps([e for e in doc.get("entities", []) if e["label"] in labels])
        for a, b in _pieces(text, ents, max_chars):
            piece = text[a:b]
            if not piece.strip():
                continue
            pents = [
                {**e, "start": e["start"] - a, "end": e["end"] - a} for e in ents if a <= e["start"] and e["end"] <= b
            ]
            out.append({"id": f"{doc.get('id', k)}@{a}", "text": piece, "entities": pents,
                        "source": doc.get("source", "govie-annotations")})
    return out


# ---------------------------------------------------------------- rehearsal


def silver_docs(base: Any, docs: Sequence[Doc], labels: Iterable[str]) -> list[Doc]:
    """Add the base model's predictions for ``labels`` where no gold span is.

    Used when the new annotations leave a label out entirely: the base model's
    own output keeps it from being unlearned (pseudo-rehearsal).
    """
    labels = set(labels)
    if not labels:
        return list(docs)
    out = []
    for d in docs:
        sdoc = base(d["text"])
        ents = list(d["entities"])
        for s in sdoc.ents:
            if s.label_ in labels and all(s.end_char <= e["start"] or e["end"] <= s.start_char for e in ents):
                ents.append({"label": s.label_, "start": s.start_char, "end": s.end_char, "text": s.text})
        out.append({**d, "entities": sorted(ents, key=lambda e: e["start"])})
    return out


def rehearsal_sample(n: int, seed: int, data_dir: Path | None, held_out_fraction: float = 0.1) -> list[Doc]:
    """``n`` pieces from the public corpora's training parts (never their held-out parts)."""
    if data_dir is None or n <= 0:
        return []
    pool: list[Doc] = []
    for name, docs in load_public_corpora(data_dir).items():
        train, _ = split_held_out(docs, held_out_fraction, seed=_split_seed(name))
        pool.extend(train)
    rng = random.Random(seed)
    return rng.sample(pool, min(n, len(pool)))


def _split_seed(name: str) -> int:
    """Held-out splits are fixed per corpus, whatever seed a training run uses."""
    return sum(name.encode()) + 1000


# ---------------------------------------------------------------- training


def _log(msg: str) -> None:
    print(f"govie: {msg}", file=sys.stderr, flush=True)


def is_model_dir(path: str | Path) -> bool:
    """Whether ``path`` is a govie model directory (``config.cfg`` and a ``meta.json`` govie wrote)."""
    path = Path(path)
    if path.is_symlink() or not path.is_dir() or not (path / "config.cfg").is_file():
        return False
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(meta, dict) and isinstance(meta.get("govie"), dict)


def check_output(output: str | Path, *, force: bool = False) -> Path:
    """The target of a training run, refused when writing it would destroy something else.

    A path that does not exist is fine. An existing govie model directory is replaced
    only with ``force``; anything else (a file, a symlink, a directory that is not a
    govie model, ``.``) is never replaced.
    """
    raw = Path(output)
    if raw.is_symlink() or raw.exists():
        if not is_model_dir(raw):
            kind = "a symbolic link" if raw.is_symlink() else "a directory" if raw.is_dir() else "a file"
            raise ModelError(f"[E412] output {output} exists and is {kind}, not a govie model directory; "
                             "govie train writes only a new directory or replaces a model it wrote")
        if not force:
            raise ModelError(f"[E413] output {output} is an existing model; pass --force (force=True) to replace it")
    return raw.resolve()


def clean_stale_runs(output: Path) -> list[Path]:
    """Remove temporary directories that killed runs left beside ``output`` (their process is gone)."""
    removed = []
    pattern = re.compile(rf"^\.{re.escape(output.name)}\.(?:train|old)-(\d+)-")
    try:
        entries = list(output.parent.iterdir())
    except OSError:
        return removed
    for p in entries:
        m = pattern.match(p.name)
        if not m or not p.is_dir() or p.is_symlink() or _alive(int(m.group(1))):
            continue
        shutil.rmtree(p, ignore_errors=True)
        removed.append(p)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or not ours to judge: leave its files alone
    return True


def train_model(
    train_docs: Sequence[Doc],
    output: str | Path,
    *,
    dev_docs: Sequence[Doc] | None = None,
    base: str | Path | None = None,
    epochs: int | None = None,
    seed: int = 0,
    config_path: str | Path = CONFIG_PATH,
    sources: Sequence[dict[str, Any]] = (),
    extra_meta: dict[str, Any] | None = None,
    overrides: dict[str, Any] | None = None,
    quiet: bool = False,
    max_seconds: float | None = None,
    force: bool = False,
) -> Path:
    """Train (or, with ``base``, fine-tune) a model on prepared pieces and write it to ``output`` atomically.

    Every epoch ends with an evaluation on ``dev_docs`` (exact spans per label, model only).
    Which model is kept: with ``dev_docs`` (held out from training), the epoch with the
    highest F1 over all labels (ties: the earlier); without, the last epoch, and a warning.
    ``max_seconds`` bounds the wall time: the epoch under way stops, is evaluated, and counts.
    The model is trained in a temporary directory beside ``output`` and renamed into place
    only when complete. ``output`` must not exist, or be a govie model and ``force`` given
    (:func:`check_output`); temporary directories of killed runs are removed first.
    """
    import time

    from spacy.training.initialize import init_nlp
    from spacy.util import fix_random_seed, load_config

    from govie.io.formats import write_docbin
    from govie.model import NerModel, copy_model_dir

    if not train_docs:
        raise ModelError("[E410] no training documents")
    output = check_output(output, force=force)
    if base is not None:
        base = Path(base).resolve()
        if not (base / "config.cfg").is_file():
            raise ModelError(f"[E411] --base {base} is not a model directory")
    output.parent.mkdir(parents=True, exist_ok=True)
    for p in clean_stale_runs(output):
        _log(f"removed {p.name}, left by a training run that was killed")
    held_out = bool(dev_docs)
    if not held_out:
        _log("warning: no held-out data: the last epoch is kept, and the scores below are on the training data")
    dev_docs = list(dev_docs) if dev_docs else list(train_docs)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.train-{os.getpid()}-", dir=output.parent))
    try:
        write_docbin(train_docs, work / "train.spacy", labels=MODEL_LABELS, missing_labels=(UNKNOWN,))
        write_docbin(dev_docs, work / "dev.spacy", labels=MODEL_LABELS, missing_labels=(UNKNOWN,))
        cfg_over: dict[str, Any] = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "system.seed": seed,
        }
        cfg_over.update(overrides or {})
        config = load_config(config_path, overrides=cfg_over, interpolate=False)
        n_epochs = int(epochs if epochs is not None else config["training"].get("max_epochs") or 3)
        history: list[dict[str, Any]] = []
        if base is not None:
            # A checked copy, so that what spaCy sources is what govie checked (no pkuseg, no source).
            source = copy_model_dir(base, work / "base")
            try:
                base_govie = json.loads((base / "meta.json").read_text(encoding="utf-8")).get("govie", {})
            except (OSError, ValueError, AttributeError):
                base_govie = {}
            history = list(base_govie.get("history", []))
            history.append({k: base_govie.get(k) for k in ("created", "seed", "train_pieces", "train_seconds", "base")})
            for name in ("tok2vec", "ner"):
                config["components"][name] = {"source": str(source)}
        fix_random_seed(seed)
        _log(f"training on {len(train_docs)} pieces for at most {n_epochs} epoch(s)"
             + (f" or {max_seconds:.0f} s" if max_seconds else "")
             + f", evaluating on {len(dev_docs)} {'held-out' if held_out else 'training'} pieces (seed {seed}"
             + (f", from {base}" if base else "") + ")")
        started = dt.datetime.now(dt.timezone.utc)
        t0 = time.monotonic()
        nlp = init_nlp(config, use_gpu=-1)
        curve, time_up, chosen = _fit(nlp, work, n_epochs, dev_docs, seed=seed, quiet=quiet, base=base is not None,
                                      max_seconds=max_seconds, keep="best" if held_out else "last", t0=t0)
        seconds = time.monotonic() - t0
        final = work / "model"
        shutil.copytree(work / chosen["dir"], final)
        _clean_config(final / "config.cfg")
        meta = json.loads((final / "meta.json").read_text(encoding="utf-8"))
        counts = Counter(d.get("source", "train") for d in train_docs)
        label_counts = Counter(e["label"] for d in train_docs for e in d["entities"] if e["label"] in MODEL_LABELS)
        meta.update(
            name="govie_ner",
            version=_version(),
            description="govie NER: DEPT, ORG, PERSON, LOC over characters (spaCy, CNN tok2vec)",
            license="MIT (model weights); see sources for the training data",
            sources=list(sources),
        )
        meta.pop("performance", None)
        meta["govie"] = {
            "labels": list(MODEL_LABELS),
            "seed": seed,
            "base": str(base) if base else None,
            "config": Path(config_path).name,
            "train_pieces": dict(counts),
            "train_entities": dict(label_counts),
            "dev_pieces": len(dev_docs),
            "dev_held_out": held_out,
            "train_seconds": round(seconds, 1),
            "created": started.isoformat(timespec="seconds"),
            "kept": {"rule": _KEEP_RULE["best" if held_out else "last"], "epoch": chosen["epoch"]},
            "dev_scores": chosen["scores"],
            "curve": [{k: v for k, v in row.items() if k != "dir"} for row in curve],
            "stopped_early": time_up,
            "history": history,
            **(extra_meta or {}),
        }
        (final / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        NerModel.load(final)  # refuse to install a model that does not load
        _install(final, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if not quiet:
        before = curve[0]["scores"] if curve and curve[0]["epoch"] == 0 else None
        print(summary_table(before, chosen["scores"], held_out=held_out), file=sys.stderr, flush=True)
    _log(f"model written to {output} (epoch {chosen['epoch']}: {_KEEP_RULE['best' if held_out else 'last']})")
    return output


_KEEP_RULE = {
    "best": "the epoch with the highest held-out F1 over all labels (ties: the earlier)",
    "last": "the last epoch (no held-out data to choose by)",
}


def _fit(nlp: Any, work: Path, n_epochs: int, dev_docs: Sequence[Doc], *, seed: int, quiet: bool, base: bool,
         max_seconds: float | None, keep: str, t0: float) -> tuple[list[dict[str, Any]], str | None, dict[str, Any]]:
    """spaCy updates epoch by epoch, an evaluation after each; returns the curve and the kept checkpoint."""
    import time

    from spacy.schemas import ConfigSchemaTraining
    from spacy.training import Corpus
    from spacy.util import registry

    config = nlp.config.interpolate()
    T = registry.resolve(config["training"], schema=ConfigSchemaTraining)
    optimizer, batcher, dropout = T["optimizer"], T["batcher"], float(T["dropout"])
    examples = list(Corpus(str(work / "train.spacy"))(nlp))
    rng = random.Random(seed)
    curve: list[dict[str, Any]] = []
    time_up = None

    def evaluate(epoch: int, loss: float | None) -> dict[str, Any]:
        if optimizer.averages and epoch > 0:
            with nlp.use_params(optimizer.averages):
                scores = score_model(nlp, dev_docs)
        else:
            scores = score_model(nlp, dev_docs)
        row = {"epoch": epoch, "seconds": round(time.monotonic() - t0, 1), "loss": loss, "scores": scores}
        curve.append(row)
        if not quiet:
            if len(curve) == 1:
                print(_CURVE_HEAD, file=sys.stderr)
            print(_curve_row(row), file=sys.stderr, flush=True)
        return row

    if base:
        evaluate(0, None)  # the base model: the "before" of the summary
    best: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    for epoch in range(1, n_epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in batcher(examples):
            nlp.update(batch, drop=dropout, losses=losses, sgd=optimizer)
            optimizer.step_schedules()
            if max_seconds and time.monotonic() - t0 > max_seconds:
                time_up = f"time budget of {max_seconds:.0f} s spent in epoch {epoch}"
                break
        row = evaluate(epoch, round(float(losses.get("ner", 0.0)), 1))
        row["dir"] = f"epoch-{epoch}"
        with nlp.use_params(optimizer.averages) if optimizer.averages else contextlib.nullcontext():
            if keep == "last" or best is None or row["scores"]["ALL"]["f"] > best["scores"]["ALL"]["f"]:
                target = work / ("best" if keep == "best" else "last")
                tmp = work / "checkpoint.part"
                nlp.to_disk(tmp)
                if target.exists():
                    shutil.rmtree(target)
                os.replace(tmp, target)
                row["dir"] = target.name
                if keep == "best":
                    best = row
                last = row
        if time_up:
            if not quiet:
                _log(time_up)
            break
    chosen = best if keep == "best" else last
    assert chosen is not None  # at least one epoch always runs
    return curve, time_up, chosen


_CURVE_HEAD = "epoch  seconds      loss   DEPT F1  ORG F1  PERSON F1  LOC F1  ALL P   ALL R   ALL F1"


def _curve_row(row: dict[str, Any]) -> str:
    s = row["scores"]
    loss = "-" if row["loss"] is None else f"{row['loss']:.1f}"
    return (f"{row['epoch']:>5}  {row['seconds']:>7.1f}  {loss:>8}   {s['DEPT']['f']:>7.3f}  {s['ORG']['f']:>6.3f}  "
            f"{s['PERSON']['f']:>9.3f}  {s['LOC']['f']:>6.3f}  {s['ALL']['p']:.3f}   {s['ALL']['r']:.3f}   "
            f"{s['ALL']['f']:.3f}")


def summary_table(before: dict[str, Any] | None, after: dict[str, Any], *, held_out: bool = True) -> str:
    """Per-label P/R/F1 of the base model (when there is one) and of the kept model."""
    on = "held-out" if held_out else "training"
    lines = [f"scores on the {on} pieces (exact spans, model only)",
             "label     gold   " + ("before P/R/F1         " if before else "") + "after P/R/F1"]
    for label in (*MODEL_LABELS, "ALL"):
        a = after[label]
        cell_a = f"{a['p']:.3f} {a['r']:.3f} {a['f']:.3f}"
        if before:
            b = before[label]
            cell_b = f"{b['p']:.3f} {b['r']:.3f} {b['f']:.3f}   "
            delta = a["f"] - b["f"]
            lines.append(f"{label:<8}{a['gold']:>6}   {cell_b}{cell_a}  ({delta:+.3f})")
        else:
            lines.append(f"{label:<8}{a['gold']:>6}   {cell_a}")
    return "\n".join(lines)


def _clean_config(cfg_path: Path) -> None:
    """The saved config names no temporary path and needs no training callback."""
    from spacy.util import load_config

    cfg = load_config(cfg_path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    if cfg["training"].get("before_update"):
        cfg["training"]["before_update"] = None
    cfg.to_disk(cfg_path)


def _install(new: Path, output: Path) -> None:
    """Rename ``new`` to ``output``; an existing model at ``output`` is moved aside first and removed after."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}-{os.urandom(4).hex()}")
        os.replace(output, old)
    try:
        os.replace(new, output)
    except BaseException:
        if old is not None:
            os.replace(old, output)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _version() -> str:
    from govie.version import __version__

    return __version__


# ---------------------------------------------------------------- scoring


def _prf_table(tp: Counter, fp: Counter, fn: Counter, labels: Sequence[str]) -> dict[str, dict[str, float]]:
    """P/R/F1 with gold and predicted counts per label, and over all labels ("ALL")."""
    out: dict[str, dict[str, float]] = {}
    for label in (*labels, "ALL"):
        if label == "ALL":
            t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, f_p, f_n = tp[label], fp[label], fn[label]
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        out[label] = {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                      "gold": t + f_n, "pred": t + f_p}
    return out


def score_model(nlp: Any, docs: Sequence[Doc], labels: Iterable[str] = MODEL_LABELS) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label of a spaCy pipeline on prepared pieces (unknown spans ignored)."""
    labels = tuple(labels)
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    texts = [d["text"] for d in docs]
    for d, sdoc in zip(docs, nlp.pipe(texts, batch_size=64)):
        unknown = [(e["start"], e["end"]) for e in d["entities"] if e["label"] not in labels]
        gold = {(e["start"], e["end"], e["label"]) for e in d["entities"] if e["label"] in labels}
        pred = {(s.start_char, s.end_char, s.label_) for s in sdoc.ents if s.label_ in labels}
        pred = {p for p in pred if not any(p[0] < b and a < p[1] for a, b in unknown)}
        for g in gold:
            (tp if g in pred else fn)[g[2]] += 1
        for p in pred - gold:
            fp[p[2]] += 1
    out = _prf_table(tp, fp, fn, labels)
    return out


def compare_rules_and_model(docs: Sequence[Doc], model: Any, labels: Iterable[str] = MODEL_LABELS) -> dict[str, Any]:
    """Exact-span P/R/F1 per label of rules only, model only (after the gate) and combined, on held-out pieces.

    ``model`` is a :class:`govie.model.NerModel`; unknown-tag spans are ignored.
    """
    from govie.pipeline import analyze

    labels = tuple(labels)
    counts = {k: (Counter(), Counter(), Counter()) for k in ("rules", "model", "combined")}
    for d in docs:
        unknown = [(e["start"], e["end"]) for e in d["entities"] if e["label"] not in labels]
        gold = {(e["start"], e["end"], e["label"]) for e in d["entities"] if e["label"] in labels}
        ref = d.get("reference_date")
        combined = analyze(d["text"], model=model, reference_date=ref)
        rules = analyze(d["text"], model=None, reference_date=ref)
        preds = {
            "rules": {(e.start, e.end, e.label) for e in rules.entities},
            "combined": {(e.start, e.end, e.label) for e in combined.entities},
            "model": {(m.start, m.end, m.label) for m in model.predict(d["text"])},
        }
        for key, pred in preds.items():
            pred = {p for p in pred if p[2] in labels and not any(p[0] < b and a < p[1] for a, b in unknown)}
            tp, fp, fn = counts[key]
            for g in gold:
                (tp if g in pred else fn)[g[2]] += 1
            for p in pred - gold:
                fp[p[2]] += 1
    out: dict[str, Any] = {key: _prf_table(tp, fp, fn, labels) for key, (tp, fp, fn) in counts.items()}
    return out


def cross_validate(
    docs: Sequence[Doc],
    base: str | Path,
    workdir: str | Path,
    *,
    epochs: int = 3,
    seed: int = 0,
    rehearsal: int = 300,
    data_dir: Path | None = None,
    learn_rate: float = 0.0002,
) -> dict[str, Any]:
    """Leave-one-document-out over govie documents: fine-tune ``base`` on the others
    (plus a public rehearsal sample), score rules only / model only / combined on the one left out.

    ``base`` should be a model that never saw these documents. Returns per-fold and summed scores.
    """
    from govie.model import NerModel

    workdir = Path(workdir)
    folds: dict[str, Any] = {}
    base_model = NerModel.load(base)
    sample = to_training_docs(rehearsal_sample(rehearsal, seed, data_dir or public_data_dir()))
    for k, held in enumerate(docs):
        rest = [d for j, d in enumerate(docs) if j != k]
        pieces = to_training_docs(rest) + sample
        out = train_model(pieces, workdir / f"fold{k}", base=base, epochs=epochs, seed=seed, quiet=True,
                          overrides={"training.optimizer.learn_rate": learn_rate})
        name = str(held.get("id", k))
        folds[name] = {
            "base (no fine-tuning)": compare_rules_and_model([held], base_model),
            "fine-tuned on the others": compare_rules_and_model([held], NerModel.load(out)),
        }
    return folds
