"""What every govie subcommand shares: usage errors and the model and registry options."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["UsageError", "model_arg", "resolve_model_arg", "registry_arg"]


class UsageError(Exception):
    """A problem with the command line itself (exit code 2)."""


def model_arg(args: argparse.Namespace) -> Any:
    from govie.pipeline import BUNDLED_MODEL

    if getattr(args, "rules_only", False):
        return None
    return args.model if getattr(args, "model", None) else BUNDLED_MODEL


def resolve_model_arg(args: argparse.Namespace) -> Any:
    """Load the model once, up front; a bad model directory is a usage error."""
    from govie.pipeline import BUNDLED_MODEL
    from govie.errors import ModelError
    from govie.model import resolve_model

    choice = model_arg(args)
    try:
        return resolve_model(None if choice is BUNDLED_MODEL else choice, default=choice is BUNDLED_MODEL)
    except ModelError as err:
        raise UsageError(str(err)) from None


def registry_arg(args: argparse.Namespace) -> list[str] | None:
    """The ``--registry`` files, checked up front: a bad file is a usage error naming it."""
    from govie.kb.registry import RegistryError, load_registry

    paths = getattr(args, "registry", None)
    if not paths:
        return None
    try:
        load_registry(tuple(str(p) for p in paths))
    except (RegistryError, OSError) as err:
        raise UsageError(f"--registry: {err}") from None
    return [str(p) for p in paths]
