"""DEPT in prefecture documents, round 10 probe (dept14p): real lines of published city pages
(addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]


def test_a_business_environment_bureau_is_a_department_type():
    # https://www.echinagov.com/policy/367722.htm (海口, 2026) and 辽宁's 省数据局（省营商局）
    # (http://www.echinagov.com/policy/367064.htm, 2025).
    text = "请于三个工作日内通过信函、电子邮件等形式,将意见和建议反馈给海口市营商环境建设局。"
    assert ("海口市营商环境建设局", "海口市营商环境建设局") in _depts(text)


def test_an_approval_service_and_data_bureau_is_a_department_type():
    # http://www.ordos.gov.cn/zzms/slh_zcwjx/ (鄂府任字〔2024〕4号).
    text = "鄂尔多斯市人民政府关于乔建江等职务任免的通知\n乔锦丽任市行政审批政务服务与数据管理局副局长;\n"
    assert ("市行政审批政务服务与数据管理局", "鄂尔多斯市行政审批政务服务与数据管理局") in _depts(text)
