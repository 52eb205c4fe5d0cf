"""govie's spaCy component: ``govie_extractor`` sets ``doc.ents`` and ``doc._.extraction``.

Imported by ``govie.load()``; importing it registers the factory.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from govie.pipeline import RegistryArg, analyze, registry_paths

__all__ = ["GovieExtractor", "make_extractor"]


_EXT_LOCK = threading.Lock()
_SPAN_ATTRS = ("canonical", "agency_id", "unit", "value", "grain", "doc_type", "source")


def _register_extensions() -> None:
    with _EXT_LOCK:
        if not Doc.has_extension("extraction"):
            Doc.set_extension("extraction", default=None)
            Doc.set_extension("reference_date", default=None)
            Doc.set_extension("jurisdiction", default=None)
        for attr in _SPAN_ATTRS:
            if not Span.has_extension(attr):
                Span.set_extension(attr, getter=_span_getter(attr))


def _span_getter(attr: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        extraction = span.doc._.extraction
        if extraction is None:
            return None
        for ent in extraction.entities:
            if ent.start == span.start_char and ent.end == span.end_char:
                return ent.source if attr == "source" else ent.attrs.get(attr)
        return None

    return get


class GovieExtractor:
    """spaCy component: runs the engine and exposes its entities as ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, model: str | None = None,
                 registry: list[str] | None = None) -> None:
        _register_extensions()
        self.name = name
        self.model_path = model
        self.registry = registry
        self._model: Any = None
        if model:
            from govie.model import check_model_dir

            check_model_dir(model)  # a directory govie would refuse is refused here, not at the first text

    @property
    def model(self) -> Any:
        if self._model is None and self.model_path:
            from govie.model import NerModel

            self._model = NerModel.load(self.model_path)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        result = analyze(
            doc.text,
            reference_date=doc._.reference_date,
            jurisdiction=doc._.jurisdiction,
            model=self.model,
            registry=self.registry,
        )
        doc = _split_at(doc, [(e.start, e.end) for e in result.entities])
        doc._.extraction = result
        spans = []
        for e in result.entities:
            span = doc.char_span(e.start, e.end, label=e.label)
            if span is not None:
                spans.append(span)
        doc.ents = spans
        return doc


def _split_at(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """Split tokens so every span boundary is a token boundary."""
    cuts = sorted({b for s, e in spans for b in (s, e)})
    if not cuts:
        return doc
    with doc.retokenize() as retok:
        ci = 0
        for token in doc:
            t0, t1 = token.idx, token.idx + len(token.text)
            while ci < len(cuts) and cuts[ci] <= t0:
                ci += 1
            inner = []
            j = ci
            while j < len(cuts) and cuts[j] < t1:
                inner.append(cuts[j] - t0)
                j += 1
            if not inner:
                continue
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]
            if len(orths) > 1:
                retok.split(token, orths, heads=[(token, 0)] * len(orths))
    return doc


@Language.factory("govie_extractor", default_config={"model": None, "registry": None},
                  assigns=["doc.ents", "doc._.extraction"])
def make_extractor(nlp: Language, name: str, model: str | None, registry: list[str] | None) -> GovieExtractor:
    return GovieExtractor(nlp, name, model, registry)


def load(*, segmenter: str = "jieba", model: str | Path | None = None, pkuseg_model: str | None = None,
         registry: RegistryArg = None) -> Language:
    """A spaCy pipeline: govie's tokenizer and the ``govie_extractor`` component.

    ``registry``: registry files added to the bundled ones, for the linker and the
    tokenizer's dictionary alike.
    """
    import spacy

    import govie.tokenizer  # noqa: F401 - registers govie.Tokenizer.v1

    paths = None if registry is None else list(registry_paths(registry))
    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "govie.Tokenizer.v1",
                "segmenter": segmenter,
                "pkuseg_model": pkuseg_model,
                "registry": paths,
            }
        }
    }
    nlp = spacy.blank("zh", config=config)
    nlp.add_pipe("govie_extractor", config={"model": str(model) if model else None, "registry": paths})
    return nlp
