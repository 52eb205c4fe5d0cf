"""Round 26 output diff (diff26): wrong activities the round's new rules added on real report text."""
import govie

# The reports' own opening: the report rules read only a report.
HEAD = "政府工作报告\n——一九八六年三月二十五日在第六届全国人民代表大会第四次会议上\n各位代表：\n"


def _acts(text, word):
    text = HEAD + text
    r = govie.extract(text, model=None)
    for a in r.activities:
        assert text[a.trigger["start"]:a.trigger["end"]] == a.trigger["text"]
    return [a for a in r.activities if a.trigger["text"] == word]


def test_payment_word_as_a_noun_before_its_pace():
    # corpora/work-reports-2026/2026_海南省_政府工作报告.csv, offset 21273
    text = ("积极培育财源税源，增强市县自主可用财力，扩大财政支出盘子，确保必要支出力度。"
            "合理安排债券发行节奏和项目资金拨付进度，更好发挥债券效益，尽快形成实物工作量。")
    assert _acts(text, "拨付") == []


def test_payment_word_as_a_noun_before_its_procedure():
    # corpora/state-council-work-reports/government_work_reports.jsonl:69 (1956 report), offset 18107
    text = ("为了既便于加强财政监督，又便于基本建设工作的迅速进行，政府已经对于建设预算的审查、购买建筑材料的预付款、"
            "工程价款的结算和拨付手续，规定了一系列改进的办法。")
    assert _acts(text, "拨付") == []


def test_payment_inside_a_deducted_sum():
    # corpora/state-council-work-reports/government_work_reports.jsonl:69 (1956 report), offset 7317
    text = ("比１９５５年经济建设支出决算数增长１７．０４％。如果从１９５５年决算中扣除用上年结余拨付国营企业流动资金等"
            "不可比的因素计算，则１９５６年经济建设支出实际增长３３．４５％。")
    assert _acts(text, "拨付") == []


def test_payment_made_stays():
    # same report, offset 7766: a payment reported made
    text = "由于１９５５年拨付了相当多的流动资金，今年支出的数字减少了。"
    assert len(_acts(text, "拨付")) == 1


def test_the_two_powers_cut_their_own_arms():
    # corpora/state-council-work-reports/government_work_reports.jsonl:51 (1986 report), offset 25332
    text = ("现在美苏两国还在改进它们的核武器，军备竞赛正在向外层空间和其它高技术领域扩展。"
            "美苏即使削减了５０％的战略核武器，它们拥有的核武器仍然占全世界核武器的９０％以上，裁军任务仍然是繁重的。")
    assert _acts(text, "削减") == []


def test_completion_rate_after_the_verb():
    # corpora/work-reports-2026/2026_江西省_政府工作报告.csv, offset 1821: 改造竣工率 is one rate noun
    text = ("“四融一共”和美乡村建设有力有效，农村自来水普及率达94.88%，农村危房改造竣工率达100%。"
            "生态环境保持优良。")
    assert _acts(text, "改造") == [] and _acts(text, "改造竣工") == []
