"""The command line: govie extract | evaluate | train | annotate."""
from .main import main

__all__ = ["main"]
