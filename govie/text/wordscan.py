"""Where the words of a long list can start, found without trying a trie at every character.

sre runs a trie regex (``taggers.dept.trie_regex``) or a gazetteer walk at every position
whose character opens some word: for the place names that is a third of the positions of
Chinese text, and each try costs the trie's chunked lookaheads. ``PairStarts`` finds the
positions whose character opens a word and whose next character can follow one (a scan
with a character class in front, which sre skips through in C), then keeps those whose
two characters open a word (a set lookup): about 1 position in 100 for the place names.
``PatternStarts`` does the same for one large pattern (the date pattern) from its parse tree:
the characters its matches open with and the ones that may follow each.
``finditer_from`` then runs the regex only at those positions, with ``finditer``'s matches.
"""

from __future__ import annotations

from govie.text import recached as re
import threading
import weakref
from collections.abc import Iterable, Iterator
from re import _constants as _c, _parser  # sre's parse tree (PatternStarts)

__all__ = ["PairStarts", "PatternStarts", "finditer_from", "claim_each"]

_START = re.Match.start


def _char_class(chars: Iterable[str], digit: bool = False) -> str:
    """A regex class of ``chars`` (and of every decimal digit if ``digit``)."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + ("\\d" if digit else "") + "]"


class PairStarts:
    """The positions where one of ``words`` (each two characters or more) may start.

    All live instances share one scan per text (``_SharedScan``): the taggers ask for their
    word lists' starts one after another on the same clean text."""

    def __init__(self, words: Iterable[str]) -> None:
        words = [w for w in words if w]
        if any(len(w) < 2 for w in words):
            raise ValueError("PairStarts needs words of two characters or more")
        self.pairs = frozenset(w[:2] for w in words)
        self._words2 = frozenset(w for w in words if len(w) == 2)
        self._triples = frozenset(w[:3] for w in words if len(w) > 2)
        _SHARED.add(self)

    def __call__(self, text: str) -> list[int]:
        """Sorted positions of ``text`` whose two characters open a word and whose third character
        may follow them in one (any, after a two-character word's pair): a shared list, read only."""
        return _SHARED.starts(text, self)

    def narrowed(self, text: str) -> list[int]:
        """The positions of ``self(text)`` where a word of the list stands whole or by its first
        three characters (a new list). A trie of the words tried at each start fails at most of
        the others (the registry's names: one start in thirty is a name); a set lookup is cheaper."""
        triples, words2 = self._triples, self._words2
        return [p for p in _SHARED.starts(text, self) if text[p:p + 3] in triples or text[p:p + 2] in words2]


class _SharedScan:
    """One pass over a text for every live ``PairStarts``: a character that opens some word
    followed by one that can follow (the lookahead keeps matches one character long, so
    every start is found, overlaps too), then one lookup of the two characters says whose
    words they open. The last text's results are kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._members: weakref.WeakSet[PairStarts] = weakref.WeakSet()
        self._state: tuple | None = None  # (scan, pair -> member indexes, id(member) -> index)
        self._last: tuple | None = None  # (text, state, starts per member index)

    def add(self, member: PairStarts) -> None:
        with self._lock:
            self._members.add(member)
            self._state = None

    def _build(self) -> tuple:
        with self._lock:
            if self._state is None:
                members = list(self._members)
                table: dict[str, tuple[int, ...]] = {}
                for i, m in enumerate(members):
                    for pair in m.pairs:
                        table[pair] = table.get(pair, ()) + (i,)
                # The character after a start: one that ends a two-character word, or one that goes on
                # to a third character of a longer word (a third fewer matches than any second one).
                second2 = {w[1] for m in members for w in m._words2}
                second3 = {t[1] for m in members for t in m._triples}
                third = {t[2] for m in members for t in m._triples}
                after = [_char_class(second2)] if second2 else []
                if second3:
                    after.append(_char_class(second3) + _char_class(third))
                scan = re.compile(_char_class({p[0] for p in table}) + "(?=" + "|".join(after) + ")") \
                    if table else re.compile("(?!)")
                self._state = (scan, table, {id(m): i for i, m in enumerate(members)})
            return self._state

    def starts(self, text: str, member: PairStarts) -> list[int]:
        state = self._state or self._build()
        index = state[2].get(id(member))
        if index is None:  # added since this state was built
            state = self._build()
            index = state[2][id(member)]
        last = self._last
        if last is None or last[0] is not text or last[1] is not state:
            scan, table, ids = state
            found: list[list[int]] = [[] for _ in range(len(ids))]
            get = table.get
            for p in map(_START, scan.finditer(text)):
                owners = get(text[p:p + 2])
                if owners:
                    for i in owners:
                        found[i].append(p)
            last = self._last = (text, state, found)
        return last[2][index]


_SHARED = _SharedScan()


def finditer_from(regex: re.Pattern[str], starts: Iterable[int], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a regex whose matches are never empty and start only at
    ``starts`` (sorted): the same matches, tried only there."""
    end = 0
    match = regex.match
    for p in starts:
        if p >= end:
            m = match(text, p)
            if m:
                end = m.end()
                yield m


def claim_each(text: str, word: str, start: int, taken: bytearray) -> Iterator[int]:
    """The starts of ``word`` in ``text`` from ``start`` (not overlapping) where no character is
    ``taken`` yet; each is marked taken as it is yielded (a defined short name's mentions)."""
    pos = start
    while (k := text.find(word, pos)) >= 0:
        pos = k + len(word)
        if not any(taken[k:pos]):
            taken[k:pos] = b"\x01" * len(word)
            yield k


class _Unsupported(Exception):
    pass


# A character set of the analysis below: (explicit characters, any decimal digit as well),
# or None for any character.
_Chars = tuple[frozenset[str], bool] | None
_CATEGORY_DIGITS = {_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT}


def _charset(items) -> _Chars:
    chars: set[str] = set()
    digit = False
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= 30000:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _c.CATEGORY and av in _CATEGORY_DIGITS:
            digit = True
        else:
            return None  # a negated class, other categories, huge ranges: any character
    return frozenset(chars), digit


def _prefixes(items, k: int) -> set[tuple]:
    """The first ``k`` characters of what the sequence ``items`` of sre's parse tree matches,
    as tuples of character sets (more than it can match, never less); a shorter tuple is a
    match that may end there."""
    current: set[tuple] = {()}
    for op, av in items:
        following = set()
        for t in current:
            if len(t) == k:
                following.add(t)
            else:
                following.update(t + u for u in _item_prefixes(op, av, k - len(t)))
        current = following
    return current


def _item_prefixes(op, av, k: int) -> set[tuple]:
    if op is _c.LITERAL:
        return {((frozenset(chr(av)), False),)}
    if op is _c.IN:
        return {(_charset(av),)}
    if op is _c.NOT_LITERAL or op is _c.ANY:
        return {(None,)}
    if op is _c.BRANCH:
        return set().union(*(_prefixes(alt, k) for alt in av[1]))
    if op is _c.SUBPATTERN:
        return _prefixes(av[3], k)
    if op is _c.ATOMIC_GROUP:
        return _prefixes(av, k)
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {()}  # zero-width: the lookarounds only ever reject
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        out: set[tuple] = set()
        current: set[tuple] = {()}
        n = 0
        while n <= high:
            if n >= low:
                if n > low and current <= out:
                    break  # more copies add nothing new
                out |= current
            if n > low + 2 * k + 2:
                raise _Unsupported
            current = {t if len(t) == k else t + u for t in current for u in _prefixes(sub, k - len(t))}
            n += 1
        return out
    raise _Unsupported  # back-references, conditionals: no filter


class PatternStarts:
    """The positions where a match of ``regex`` may start, read from its parse tree: a
    character its matches start with, followed by one that can come second. For a large
    pattern that opens with a lookahead (a lookahead keeps sre from skipping positions in C)
    and tries many alternatives at each candidate. ``usable`` is False when the pattern
    gives no such filter (it may match the empty string or start with any character).
    ``first_class``: a regex class of the characters its matches start with (for a guard
    lookahead in front of a small pattern)."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.usable = False
        if regex.flags & re.IGNORECASE:
            return
        try:
            tuples = _prefixes(_parser.parse(regex.pattern, regex.flags).data, 2)
        except (_Unsupported, RecursionError):
            return
        if any(not t or t[0] is None for t in tuples):
            return
        # First character -> what may follow it; True: anything (the match may end there).
        explicit: dict[str, list] = {}
        digit_follow: list = []
        for t in tuples:
            follow = True if len(t) == 1 or t[1] is None else t[1]
            chars, digit = t[0]
            for ch in chars:
                explicit.setdefault(ch, []).append(follow)
            if digit:
                digit_follow.append(follow)
        self._digit_follow = _merge(digit_follow) if digit_follow else None
        self._follow = {ch: _merge(fs + (digit_follow if ch.isdecimal() else [])) for ch, fs in explicit.items()}
        follows = list(self._follow.values()) + ([self._digit_follow] if digit_follow else [])
        scan = self.first_class = _char_class(explicit, bool(digit_follow))
        if all(f is not True for f in follows):
            # No match ends after one character: a second one must follow (checked in C first).
            union = _merge(follows)
            scan += f"(?={_char_class(*union)})"
        self._scan = re.compile(scan)
        self.usable = True

    def __call__(self, text: str) -> list[int]:
        """Sorted positions of ``text`` where a match may start."""
        out = []
        n = len(text)
        follow_of, digit_follow = self._follow, self._digit_follow
        for p in map(_START, self._scan.finditer(text)):
            c = text[p]
            follow = follow_of.get(c, digit_follow) if c.isdecimal() else follow_of.get(c)
            if follow is True:
                out.append(p)
            elif follow is not None and p + 1 < n:
                chars, digit = follow
                nxt = text[p + 1]
                if nxt in chars or (digit and nxt.isdecimal()):
                    out.append(p)
        return out


def _merge(follows: list) -> object:
    """The union of what may follow (True: anything)."""
    if any(f is True for f in follows):
        return True
    return frozenset().union(*(f[0] for f in follows)), any(f[1] for f in follows)
