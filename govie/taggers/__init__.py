"""Rule taggers: one per file, each a function ``(clean_text, Context) -> list[Mention]``.

The table below is the one place that says which taggers run, in which order, what they
assign and with which priority; ``govie.types.resolve_overlaps`` keeps one span per
position by (priority, length). To add a tagger: write ``taggers/<name>.py`` with a
function of that signature whose mentions name their ``source``, add a row here, and add a
test table of real cases in ``tests/test_<name>.py``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

__all__ = ["TaggerSpec", "TAGGERS", "PRIORITY", "load_taggers"]

# Priority of each source when spans overlap: higher wins, then the longer span.
PRIORITY = {
    "rules.titles": 30,      # a title swallows the bodies and dates inside it
    "rules.docno": 25,
    "dept.registry": 20,     # a registry name beats a pattern
    "dept.pattern": 15,
    "dept.unit": 15,
    "dept.bracket": 15,
    "dept.issuer": 15,       # bare 中心 of a centre's own report (tagged with the bodies)
    "dept.issuer.bare": 12,  # the same, from the wider issuer pattern
    "date.rule": 10,
    "metric.rule": 5,
    "org.suffix": 8,
    "org.name": 8,           # bare names of banks, exchanges, agencies, enterprises (工商银行)
    "org.media": 8,          # the paper before 记者 in a caption
    "org.list": 8,           # enterprises listed before 等一批…企业
    "org.brand": 8,          # an enterprise's brand and trade (金禾实业, 合源生物) as a review's subject
    "org.centre": 8,         # an international cooperation centre set up (国际红树林中心落户深圳)
    "person.post_after": 8,
    "person.title": 8,
    "person.roster": 8,      # names a line in a list of commended people
    "person.list": 8,        # three names or more listed together (张华、蒋筑英、罗健夫等同志)
    "person.leader": 9,      # national leaders by name (习近平, 周恩来) and appellation (毛主席)
    "loc.gazetteer": 4,
    "model": 1,              # model spans fill only the gaps the rules leave
}


@dataclass(frozen=True)
class TaggerSpec:
    name: str
    function: str  # "module:function" inside govie.taggers
    assigns: tuple[str, ...]


TAGGERS: tuple[TaggerSpec, ...] = (
    TaggerSpec("titles", "titles:tag_titles", ("TITLE",)),
    TaggerSpec("docno", "docno:tag_docnos", ("DOCNO",)),
    TaggerSpec("dates", "dates:tag_dates", ("DATE",)),
    TaggerSpec("dept", "dept:tag_depts", ("DEPT",)),
    TaggerSpec("metrics", "metrics:tag_metrics", ("METRIC",)),
    TaggerSpec("orgs", "entities:tag_orgs", ("ORG",)),
    TaggerSpec("persons", "entities:tag_persons", ("PERSON",)),
    TaggerSpec("locs", "entities:tag_locs", ("LOC",)),
    TaggerSpec("issuer", "issuer:tag_issuer_mentions", ("DEPT",)),
)


def load_taggers(specs: tuple[TaggerSpec, ...] = TAGGERS) -> list[Callable]:
    """The tagger functions of ``specs``, imported on first use."""
    out = []
    for spec in specs:
        module, function = spec.function.split(":")
        out.append(getattr(importlib.import_module(f"govie.taggers.{module}"), function))
    return out
