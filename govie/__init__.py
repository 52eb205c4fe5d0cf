"""govie: structured data from Chinese administrative text.

>>> import govie
>>> result = govie.extract(text)          # reference date and jurisdiction inferred
>>> result.entities, result.activities, result.to_dict()
"""

from __future__ import annotations

from typing import Any

from govie.batch import extract_many
from govie.errors import AnnotationError, GovieError, InputError, ModelError, WorkerError
from govie.pipeline import BUNDLED_MODEL, Pipeline, extract
from govie.types import Activity, Entity, Extraction
from govie.version import __version__

__all__ = [
    "extract",
    "extract_many",
    "Pipeline",
    "BUNDLED_MODEL",
    "render_html",
    "load",
    "Extraction",
    "Entity",
    "Activity",
    "GovieError",
    "InputError",
    "AnnotationError",
    "ModelError",
    "WorkerError",
    "__version__",
]


def load(**kwargs: Any) -> Any:
    """A spaCy ``Language`` running govie (see ``govie.adapters.spacy.load``); imports spaCy."""
    from govie.adapters.spacy import load as _load

    return _load(**kwargs)


def render_html(result: Any, **kwargs: Any) -> str:
    """HTML of a document with its entities marked and its activity table (displaCy)."""
    from govie.render import render_html as _render

    return _render(result, **kwargs)
