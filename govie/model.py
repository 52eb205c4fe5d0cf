"""The model-based tagger: a spaCy NER pipeline over characters.

The bundled model (``govie/models/default``, rebuilt by
``scripts/build_model.py`` from ``govie/configs/ner.cfg``) is a spaCy
pipeline ``tok2vec`` (CNN) + ``ner`` on spaCy's Chinese tokenizer in
character mode, so it loads offline with plain ``spacy.load(path)`` and every
span boundary is a token boundary. It predicts DEPT, ORG, PERSON and LOC; its
training data and their mapping onto govie's labels (CLUENER2020 government →
DEPT, organization/company → ORG, name → PERSON, address → LOC; People's
Daily and MSRA PER → PERSON, LOC → LOC, ORG → DEPT or ORG) are documented in
``govie.training`` and recorded in the model's ``meta.json`` (``sources``).

Combination policy: rules own DATE, TITLE, DOCNO and METRIC and every
registry hit; model spans get the lowest priority, so they only fill places
no rule claimed (see ``spans.resolve_overlaps``): a rule span always wins an
overlap with a model span, whatever their lengths. Model DEPT spans are linked
by the registry like rule spans.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ModelError
from .spans import Mention

__all__ = ["NerModel", "resolve_model", "default_model_path", "MODEL_LABELS"]

# Labels the model may add; the others are left to the rules.
MODEL_LABELS = ("DEPT", "ORG", "PERSON", "LOC")
_PRIORITY = 1
# Longest text given to the model at once; longer texts are cut at line ends.
_CHUNK = 5000


def default_model_path() -> Path | None:
    path = Path(str(resources.files("govie") / "models" / "default"))
    return path if (path / "meta.json").is_file() else None


class NerModel:
    """A trained spaCy pipeline, used for the labels in ``MODEL_LABELS``."""

    def __init__(self, nlp: Any, path: Path) -> None:
        self.nlp = nlp
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path) -> "NerModel":
        import spacy

        path = Path(path)
        if not (path / "meta.json").is_file() or not (path / "config.cfg").is_file():
            raise ModelError(f"[E401] {path} is not a model directory (no meta.json and config.cfg)")
        try:
            nlp = spacy.load(path, exclude=["parser", "tagger", "lemmatizer"])
        except Exception as err:  # noqa: BLE001 - any load failure names the directory
            raise ModelError(f"[E402] cannot load model from {path}: {err}") from err
        return cls(nlp, path)

    @property
    def meta(self) -> dict[str, Any]:
        return json.loads((self.path / "meta.json").read_text(encoding="utf-8"))

    def predict(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        for offset, chunk in _chunks(text, _CHUNK):
            with self._lock:
                doc = self.nlp(chunk)
            for ent in doc.ents:
                if ent.label_ not in MODEL_LABELS:
                    continue
                start, end = ent.start_char, ent.end_char
                # A character token may be a line break: spans never start or end with space.
                while start < end and chunk[start].isspace():
                    start += 1
                while end > start and chunk[end - 1].isspace():
                    end -= 1
                if end > start:
                    out.append(Mention(ent.label_, offset + start, offset + end, "model", {}, _PRIORITY))
        return out


def _chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Cut at line ends (or sentence ends) so that no entity is split."""
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind("。", start, end))
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


@lru_cache(maxsize=4)
def _cached(path: str) -> NerModel:
    return NerModel.load(path)


def resolve_model(model: Any, *, default: bool) -> NerModel | None:
    """``model`` may be a NerModel, a directory, or None; ``default`` picks the bundled one."""
    if isinstance(model, NerModel):
        return model
    if model is not None:
        return _cached(str(Path(model).resolve()))
    if default:
        path = default_model_path()
        return _cached(str(path)) if path else None
    return None
