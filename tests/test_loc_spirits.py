"""A spirit named after its place (大别山精神) is no place: guide v2.2, LOC 2 (a place inside
the name of a programme or campaign is not marked), as the dev gold leaves 沂蒙精神."""

import pytest

from tests.mentions import spans


@pytest.mark.parametrize("text", [
    "弘扬大别山精神、抗洪精神、抗疫精神",  # Hubei 2026 work report
    "加强沂蒙精神研究阐发和宣传教育",  # Shandong 2026 work report
])
def test_spirit_names_no_place(text):
    assert spans(text, "LOC", model=None) == []

