"""Review 13: guards of the head's news-lead reading."""
from govie.document.head import _NEWS_LEAD


def test_title_word_with_xun_opens_no_news_lead():
    """A title's 通讯 is no paper's dateline (讯): the lead would hide the masthead body of the title.
    Real title line from 渠县网 (https://qx818.com/bmdt/bmdt1/content_21978)."""
    assert _NEWS_LEAD.search("【经信局】保障通讯畅通 强抓防洪安全") is None
    # the datelines the pattern is for still open a lead (本报讯, 滨州网讯, 金黔在线讯, 浙江在线…日讯)
    for line in ("本报讯（记者马力）市土地整理储备中心昨天发布", "滨州日报/滨州网讯(记者宋静涵报道)11月3日下午,",
                 "金黔在线讯11月14日,省委副书记", "浙江在线12月23日讯 (浙江日报记者 应建勇)昨天下午,"):
        assert _NEWS_LEAD.search(line), line
