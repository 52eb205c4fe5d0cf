"""Review 13: the class-duty reading of report sentences."""
from govie.activities import _CLASS_DUTY


def test_class_duty_needs_the_modal_yao_not_zhongyao():
    """重要 holds no modal 要: these reviews report what the classes did, no task set them."""
    for sentence in (
        # sc-report-2017
        "各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动全面建成小康社会取得新的重要进展",
        # sc-report-2005
        "各级政府增强了贯彻中央决策和部署的自觉性，提高了用好重要战略机遇期、更好推动发展的认识和能力",
    ):
        assert _CLASS_DUTY.match(sentence) is None
    # sc-report-2022: the task the pattern is for
    assert _CLASS_DUTY.match("各地区各部门要切实担负起")
