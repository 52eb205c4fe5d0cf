"""govie: structured data from Chinese administrative text.

>>> import govie
>>> result = govie.extract(text)          # reference date and jurisdiction inferred
>>> result.entities, result.activities, result.to_dict()
"""

from __future__ import annotations

from typing import Any

from .errors import AnnotationError, GovieError, InputError, ModelError
from .extraction import Activity, Entity, Extraction
from .batch import extract_many
from .pipeline import analyze, load

__all__ = [
    "extract",
    "extract_many",
    "render_html",
    "load",
    "Extraction",
    "Entity",
    "Activity",
    "GovieError",
    "InputError",
    "AnnotationError",
    "ModelError",
    "__version__",
]
__version__ = "0.1.0"

_DEFAULT = object()


def extract(
    text: str,
    *,
    reference_date: Any = None,
    jurisdiction: str | None = None,
    model: Any = _DEFAULT,
) -> Extraction:
    """Extract entities, activities and metadata from one document.

    ``reference_date`` (date or ISO string) and ``jurisdiction`` (e.g. "四川省")
    override what govie infers from the text. ``model`` is a model directory,
    ``None`` for rules only, or omitted for the bundled default model.
    """
    from .model import resolve_model

    return analyze(
        text,
        reference_date=reference_date,
        jurisdiction=jurisdiction,
        model=resolve_model(None if model is _DEFAULT else model, default=model is _DEFAULT),
    )


def render_html(result: Any, **kwargs: Any) -> str:
    """HTML of a document with its entities marked and its activity table (displaCy)."""
    from .render import render_html as _render

    return _render(result, **kwargs)
