"""The canonical agency registry: typed records loaded from JSONL data files."""

from __future__ import annotations

import datetime as dt
import functools
import json
from govie.text import recached as re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from govie.kb.lexicons import alternation, load_words
from govie.resources import data_path

__all__ = ["Agency", "Registry", "RegistryError", "default_registry", "load_registry", "BUNDLED_DIR",
           "GENERIC_INSTITUTE_ENDS", "STATE_COUNCIL", "foreign_state_before", "foreign_state_prefix", "is_central"]

BUNDLED_DIR = data_path("registry")
# The central government's canonical name in central.jsonl; stages that reason about it by name
# (its premier acting for it, its decrees, a text speaking for it) import it from here.
STATE_COUNCIL = "中华人民共和国国务院"
# A central institute's name without its 中国 is every province's and other countries' too
# (农业科学院 in 苏联列宁农业科学院, 省医学科学院): no short form of a central body.
GENERIC_INSTITUTE_ENDS = ("科学院", "科学研究院", "研究院", "疾病预防控制中心")


@functools.lru_cache(maxsize=1)
def _foreign_states() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(load_words("foreign_countries"))
    # 美国联邦储备委员会, 瑞士联邦最高法院: a federation's word after the state (China has none).
    # A one-character abbreviation (俄外交部, 美国防部) only opens a clause: 今日外交部, 12日外交部
    # and 中美国防部长 are not foreign.
    abbr = "".join(load_words("foreign_country_abbreviations"))
    # 法国经济和财政部: the state's ministry of two fields.
    return (re.compile(f"(?:(?:{words})(?:联邦|[\u4e00-\u9fff]{{2,4}}和)?|联邦|(?<![\u4e00-\u9fff0-9０-９])[{abbr}])$"),
            re.compile(f"(?:{words})"))


def foreign_state_before(text: str, start: int) -> int | None:
    """Where a foreign state's name ending at ``start`` begins (美国|国务院, 印度|外交部), or None."""
    m = _foreign_states()[0].search(text, max(0, start - 12), start)
    return m.start() if m else None


def foreign_state_prefix(name: str) -> bool:
    """Whether a body's name opens with a foreign state's (美国国务院, 瑞士联邦最高法院)."""
    return bool(_foreign_states()[1].match(name)) or name.startswith("联邦")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIVISION = re.compile(r"^(?:\d{6})?$")
_FIELDS = ("id", "name", "aliases", "kind", "level", "division", "parent",
           "valid_from", "valid_to", "predecessors", "successors")


class RegistryError(ValueError):
    """A registry file is malformed; the message names file, line and field."""

    def __init__(self, path: str | Path, line: int, field: str, problem: str):
        self.path, self.line, self.field = str(path), line, field
        super().__init__(f"{path}:{line}: field {field!r}: {problem}")


@dataclass(frozen=True)
class Agency:
    """One government or public body, valid between two dates (None = open)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""
    level: str = ""
    division: str = ""
    parent: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    predecessors: tuple[str, ...] = ()
    successors: tuple[str, ...] = ()

    def valid_on(self, date: dt.date | None) -> bool:
        """True when the body existed on `date` (valid_to is exclusive); None means today."""
        if date is None:
            return self.valid_to is None
        iso = date.isoformat()
        if self.valid_from and iso < self.valid_from:
            return False
        return not (self.valid_to and iso >= self.valid_to)

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _check_record(obj: object, path: Path, line: int) -> Agency:
    """Validate one decoded JSON object and turn it into an Agency."""
    if not isinstance(obj, dict):
        raise RegistryError(path, line, "<record>", "a record must be a JSON object")
    unknown = set(obj) - set(_FIELDS)
    if unknown:
        raise RegistryError(path, line, sorted(unknown)[0], "unknown field")
    for key in ("id", "name"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise RegistryError(path, line, key, "required, a non-empty string")
    for key in ("kind", "level", "division"):
        if not isinstance(obj.get(key, ""), str):
            raise RegistryError(path, line, key, "must be a string")
    if not _DIVISION.match(obj.get("division", "")):
        raise RegistryError(path, line, "division", "must be a 6-digit code or empty")
    for key in ("parent", "valid_from", "valid_to"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise RegistryError(path, line, key, "must be a string or null")
    for key in ("valid_from", "valid_to"):
        value = obj.get(key)
        if value is not None:
            if not _DATE.match(value):
                raise RegistryError(path, line, key, f"not an ISO date: {value!r}")
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise RegistryError(path, line, key, f"not a calendar date: {value!r}") from None
    if obj.get("valid_from") and obj.get("valid_to") and obj["valid_from"] >= obj["valid_to"]:
        raise RegistryError(path, line, "valid_to", "must be later than valid_from")
    for key in ("aliases", "predecessors", "successors"):
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
            raise RegistryError(path, line, key, "must be a list of non-empty strings")
    return Agency(
        id=obj["id"], name=obj["name"], aliases=tuple(obj.get("aliases", [])),
        kind=obj.get("kind", ""), level=obj.get("level", ""), division=obj.get("division", ""),
        parent=obj.get("parent"), valid_from=obj.get("valid_from"), valid_to=obj.get("valid_to"),
        predecessors=tuple(obj.get("predecessors", [])), successors=tuple(obj.get("successors", [])),
    )


def read_jsonl(path: str | Path) -> list[Agency]:
    """Parse one registry file (data only: json.loads, never code)."""
    path = Path(path)
    agencies = []
    with open(path, "rb") as f:
        raw_lines = f.read().splitlines()  # \n, \r\n and \r, like text mode
    for line_no, data in enumerate(raw_lines, 1):
        try:
            line = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise RegistryError(path, line_no, "<encoding>", f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RegistryError(path, line_no, "<json>", f"invalid JSON ({exc.msg})") from None
        agencies.append(_check_record(obj, path, line_no))
    return agencies


# Bump when the layout of a registry cache file changes.
_CACHE_FORMAT = b"govie-registry-2"


def _read_jsonl_cached(path: Path) -> list[Agency]:
    """``read_jsonl(path)``, its checked records kept in govie's cache directory
    (``registry-<hash>.bin``, named by the hash of the file's bytes and of the code that checks
    them, so never stale): the bundled registry's thousands of JSON lines take a quarter of a
    second to parse and check in each new process, their checked fields as one JSON array a
    few hundredths. JSON, not marshal or pickle: a cache file is read back as data only (see
    tests/test_hostile.py); a missing, broken or refused file, or no cache directory, is
    ``read_jsonl``."""
    import hashlib
    import json

    from govie.text.regex_cache import code_key
    from govie.text.segment import cache_dir, write_atomic

    where = cache_dir()
    try:
        raw = Path(path).read_bytes()
    except OSError:
        where = None
    if where is None:
        return read_jsonl(path)
    key = hashlib.sha1(b"\0".join([
        _CACHE_FORMAT, code_key(_check_record.__code__),
        code_key(read_jsonl.__code__), repr(_FIELDS).encode(), raw,
    ])).hexdigest()[:24]
    cached = where / f"registry-{key}.bin"
    try:
        data = cached.read_bytes()
        if data.startswith(_CACHE_FORMAT + b"\n"):
            rows = json.loads(data[len(_CACHE_FORMAT) + 1 :])
            return [Agency(*(tuple(v) if isinstance(v, list) else v for v in row)) for row in rows]
    except Exception:  # noqa: BLE001 - missing, truncated or foreign file: parse again
        pass
    agencies = read_jsonl(path)
    rows = [tuple(getattr(a, f) for f in _FIELDS) for a in agencies]
    write_atomic(cached, _CACHE_FORMAT + b"\n" + json.dumps(rows, ensure_ascii=False).encode("utf-8"))
    return agencies


class Registry:
    """Agencies by id and by every surface form (full name or alias)."""

    def __init__(self, agencies: Iterable[Agency] = ()):
        self._by_id: dict[str, Agency] = {}
        # Per form, agencies by id (insertion-ordered): replacing one is O(1), so loading
        # files that override many bodies sharing one alias stays linear.
        self._by_name: dict[str, dict[str, Agency]] = {}
        # Counts the changes: what is derived from the bodies (the linker's memo) keys on it.
        self.version = 0
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        """Add or replace (same id) one agency; a later file overrides an earlier one."""
        self.version += 1
        old = self._by_id.get(agency.id)
        if old is not None:
            for form in old.surface_forms:
                self._by_name[form].pop(old.id, None)
        self._by_id[agency.id] = agency
        for form in agency.surface_forms:
            self._by_name.setdefault(form, {})[agency.id] = agency

    @classmethod
    def load(cls, paths: Iterable[str | Path] | None = None, *, bundled: bool = True) -> Registry:
        """Load the bundled files, then `paths` (files or directories of *.jsonl)."""
        files: list[Path] = sorted(BUNDLED_DIR.glob("*.jsonl")) if bundled else []
        for p in paths or ():
            p = Path(p)
            files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
        reg = cls()
        for f in files:
            for agency in _read_jsonl_cached(f):
                reg.add(agency)
        return reg

    def get(self, id: str) -> Agency | None:
        return self._by_id.get(id)

    def by_name(self, name: str) -> list[Agency]:
        """Agencies whose full name or an alias is exactly `name`."""
        return list(self._by_name.get(name, {}).values())

    def surface_forms(self) -> Iterable[str]:
        """Every name and alias, once each (for tokenizer dictionaries and matchers)."""
        return [k for k, v in self._by_name.items() if v]

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._by_id.values())

    def __contains__(self, id: object) -> bool:
        return id in self._by_id


def is_central(registry: Registry, name: str) -> bool:
    """Whether ``name`` names a central body in ``registry`` (a record of no division)."""
    return any(not a.division for a in registry.by_name(name))


@functools.lru_cache(maxsize=8)
def load_registry(paths: tuple[str, ...]) -> Registry:
    """The bundled registry plus the files ``paths``, loaded once per process (the pipeline,
    the tokenizer and the CLI's check of ``--registry`` share it)."""
    return Registry.load(paths)


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The bundled registry, loaded once."""
    return Registry.load()
