"""hostile8: inputs shaped on round 26's rules, read in time linear in their length."""
import govie
from govie.taggers import docno


def _count_long_reads(monkeypatch, text: str) -> int:
    calls = []
    real = docno._named_issuer

    def counting(code, name, within):
        if len(name) > 1000:
            calls.append(code)
        return real(code, name, within)

    monkeypatch.setattr(docno, "_named_issuer", counting)
    docno.tag_docnos(text)
    return len(calls)


def test_numbers_on_one_long_line_read_their_window_once(monkeypatch):
    # A flattened list of cited numbers on one line (an index page, an abstract): every office number
    # looks for a body in the lines around it; they share the one line, read once per code, not per number.
    unit = "湘政发〔2023〕12号、川办发〔2022〕5号、黔府办函〔2021〕88号、"
    small = _count_long_reads(monkeypatch, unit * 100)
    large = _count_long_reads(monkeypatch, unit * 400)
    assert large <= max(small, 3)


def test_numbers_on_one_long_line_keep_their_issuers():
    unit = "湘政办发〔2023〕12号、川办发〔2022〕5号、黔府办函〔2021〕88号、"
    text = "湖南省人民政府办公厅\n" + unit * 200
    mentions = docno.tag_docnos(text)
    assert len(mentions) == 600
    assert {text[m.start : m.end] for m in mentions} == {"湘政办发〔2023〕12号", "川办发〔2022〕5号", "黔府办函〔2021〕88号"}
    issuers = {text[m.start : m.end]: m.attrs.get("issuer") for m in mentions}
    assert issuers["川办发〔2022〕5号"] == "四川省人民政府办公厅"


def test_degenerate_inputs_do_not_crash():
    for text in ["", " ", "\n\n", "\u3000", "\t \r\n", "省", "、", "（", "号", "驻", "上年", "a",
                 "The State Council issued a notice on 5 May 2023.", "２０２３年", "\ufeff", "😀",
                 "、" * 50, "（" * 30, "：\n" * 20, "上年" * 50, "驻" * 40, "前三年" * 30]:
        govie.extract(text, model=None)


class _CountingList(list):
    reads = 0

    def __iter__(self):
        for x in list.__iter__(self):
            _CountingList.reads += 1
            yield x

    def __getitem__(self, i):
        _CountingList.reads += 1 if isinstance(i, int) else len(range(*i.indices(len(self))))
        return list.__getitem__(self, i)


from govie import link  # noqa: E402

_REAL_ROSTER = link._roster_place


def _roster_reads(monkeypatch, text: str) -> int:
    real = _REAL_ROSTER

    def counting(linker, clean, m, surface, jur, date, depts):
        return real(linker, clean, m, surface, jur, date, _CountingList(depts))

    monkeypatch.setattr(link, "_roster_place", counting)
    _CountingList.reads = 0
    govie.extract(text, model=None)
    return _CountingList.reads


def test_roster_reads_only_the_bodies_before_it(monkeypatch):
    # Role lines of a work plan, each naming bare bodies after a zone: a bare body looks back in its
    # sentence for a place that opens a roster, among the bodies there, not among every body of the text.
    unit = "牵头单位：市住房城乡建设局；配合单位：高新区管委会、经开区管委会、滨海新区管委会\n"
    small = _roster_reads(monkeypatch, unit * 50)
    large = _roster_reads(monkeypatch, unit * 200)
    assert small > 0
    assert large <= 4 * small * 1.5
