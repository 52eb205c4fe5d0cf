"""``re`` for govie's own modules (``from govie.text import recached as re``).

The same functions, flags and types as ``re``, except that ``compile`` reads a pattern's program
from govie's cache directory when an earlier process compiled it (``regex_cache.compile_module``):
the hundreds of patterns govie's modules compile at import and on a first call cost sre's
pure-Python compiler about a quarter of a first call. The patterns are ``re.compile``'s own.
"""

from re import *  # noqa: F401,F403 - the whole of re's interface
from re import Match, Pattern, error, escape  # noqa: F401 - named for readers and type checkers

from govie.text.regex_cache import compile_module as compile  # noqa: F401
