"""The record of city, county and district documents as their pages print them, round-17 probe
(meta29): a number heading the title line, a column tag before it, breadcrumbs that end with the
title, navigation lists above it, addressees run into the text, and a county's number naming the
county's body as the DEPT layer does (real lines; addresses in each test)."""

from __future__ import annotations

import govie
from govie.taggers.docno import parse_docno


def _meta(text: str) -> dict:
    return govie.extract(text, model=None).meta


def test_a_countys_number_names_the_county_body_as_its_dept_canonical():
    # http://www.gaoqing.gov.cn/gongkai/site_gqxrmzfbgs/channel_c_5f9f6c84b9dfe9bfb0a8c85b_5fb3be98ca6492588cbb9947/doc_606d1786def539113ccd1a61.html
    text = ("高青县人民政府关于印发高青县行政规范性文件管理办法的通知\n"
            "高政发〔2021〕1号\n"
            "各镇人民政府,各街道办事处,经济开发区管委会,县政府各部门,各有关单位:\n"
            "《高青县行政规范性文件管理办法》已经县政府同意,现印发给你们,请遵照执行。\n"
            "高青县人民政府\n"
            "2021年3月26日\n")
    meta = _meta(text)
    assert meta["doc_issuers"] == ["高青县人民政府"]
    assert meta["docno"] == "高政发〔2021〕1号"
    assert meta["division"]["code"] == "370322"
    # A district keeps its city: 穗天府办 is 广州市天河区's.
    assert parse_docno("穗天府办〔2020〕3号")["issuer"] == "广州市天河区人民政府办公室"


def test_a_number_heading_the_title_line_is_the_own_number_not_part_of_the_title():
    # https://gz.gy/zhengce/21469.html (贵阳市云岩区, 2021; addressees run into the text on the first copy)
    text = ("云府办发〔2021〕6号 云岩区人民政府办公室关于印发健康云岩行动实施方案的通知\n\n"
            "各街道办事处、黔灵镇人民政府、区人民政府各部门、单位:经区政府同意,现将《健康云岩行动实施方案》"
            "印发给你们,请认真贯彻执行。\n\n"
            "云岩区人民政府办公室\n\n"
            "2021年2月22日\n\n"
            "(此件公开发布)\n")
    meta = _meta(text)
    assert meta["title"] == "云岩区人民政府办公室关于印发健康云岩行动实施方案的通知"
    assert meta["docno"] == "云府办发〔2021〕6号"
    assert meta["doc_issuers"] == ["贵阳市云岩区人民政府办公室"]
    assert meta["addressees"] == "各街道办事处、黔灵镇人民政府、区人民政府各部门、单位"
    assert meta["doc_date"] == "2021-02-22"


def test_a_column_tag_before_a_joint_title_is_no_part_of_title_or_issuer():
    # http://fok120.com/archiver/tid-57577.html (长沙市商务局 长沙市财政局, 通告)
    text = ("【政策信息】长沙市商务局 长沙市财政局 关于印发《长沙市开放型经济发展专项资金(外贸部分)管理办法》的通告\n"
            "长沙市开放型经济发展专项资金(外贸部分)\n"
            "管 理 办 法\n"
            "第1章 总 则\n")
    meta = _meta(text)
    assert meta["title"] == "长沙市商务局 长沙市财政局 关于印发《长沙市开放型经济发展专项资金(外贸部分)管理办法》的通告"
    assert meta["doc_issuers"] == ["长沙市商务局", "长沙市财政局"]


def test_a_breadcrumb_ending_with_the_title_is_not_read_as_the_title():
    # https://www.xmrd.gov.cn/online/index.php?m=home&c=article&a=detail&id=46 (厦门市人大常委会办公厅, 2018)
    text = ("您当前的位置: 首页 > 法规草案征求意见 > 关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n"
            "关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n"
            " 发布时间:2018-11-12 17:25:15      字体大小:[大][中][小]\n"
            "《厦门经济特区社会信用条例(草案)》已经市人大常委会两次审议。为了进一步提高立法质量,广泛征求社会各界意见,"
            "现将草案修改二稿征求意见稿向社会公开征求意见。\n\n"
            "厦门市人大常委会办公厅\n\n"
            "2018年11月 12 日\n")
    meta = _meta(text)
    assert meta["title"] == "关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告"
    assert meta["doc_date"] == "2018-11-12"


def test_a_navigation_list_above_the_document_does_not_hide_its_title():
    # http://www.wlthq.gov.cn/zfxxgk/fdzdgknr/zdlyxxgk/xczx/zcwj/202510/t20251027_725630.html
    # (乌拉特后旗's page reposting 内蒙古自治区农牧厅's notice: posted 2025-10-27, signed 2025-07-24)
    menu = "".join(f"    {n}. {w}\n" for n, w in enumerate(
        ["目录", "旗人民政府", "旗人民政府办公室", "旗政府工作部门", "苏木镇人民政府", "国民经济和社会发展规划",
         "专项规划", "区域规划", "预决算公开", "行政处罚事项", "行政处罚决定", "行政强制事项", "事项", "结果公示",
         "人大建议", "政协提案", "政府常务会", "事项目录和指引", "稳岗就业", "生态环境", "乡村振兴", "食品安全"], 1))
    text = ("政府信息公开\n\n" + menu +
            "\n内蒙古自治区农牧厅关于印发《内蒙古自治区农牧厅中央预算内直接投资农业建设项目实施细则》"
            "《内蒙古自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知\n"
            "发布日期:2025-10-27 09:45 字体: 访问量:207 分享到: 微信\n"
            "各盟市农牧局,相关单位:\n"
            "  为进一步加强和规范中央预算内投资农业建设项目管理,强化项目管理“软建设”,自治区农牧厅修订了"
            "两个实施细则,现印发给你们,请遵照执行。\n"
            "  内蒙古自治区农牧厅\n"
            "  2025年7月24日\n")
    meta = _meta(text)
    assert meta["title"].startswith("内蒙古自治区农牧厅关于印发《")
    assert meta["addressees"] == "各盟市农牧局,相关单位"
    assert meta["doc_date"] == "2025-07-24"
    assert meta["division"]["code"] == "150000"


def test_a_term_of_five_years_from_publication_ends_the_day_before_the_fifth_anniversary():
    # GitHub code file id 25190228815 (a crawler's test holding the page of 渝粮规范〔2023〕2号)
    text = ("重庆市粮食局 重庆市财政局\n"
            "关于印发《重庆市政策性粮食购销违法违规\n"
            "行为举报奖励实施细则（试行）》的通知\n"
            "渝粮规范〔2023〕2号\n"
            "各区县（自治县）发展改革委、财政局，两江新区经济运行局、财政局：\n"
            "现将《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》印发给你们，请认真遵照执行。\n"
            "重庆市粮食局 重庆市财政局\n"
            "2023年12月31日\n"
            "第十五条 本实施细则自发布之日起施行，有效期5年。\n")
    meta = _meta(text)
    assert meta["doc_issuers"] == ["重庆市粮食局", "重庆市财政局"]
    assert (meta["effective"], meta["expires"]) == ("2023-12-31", "2028-12-30")


def test_an_unsigned_notice_on_a_news_page_is_dated_by_the_page_not_by_a_date_in_its_text():
    # http://gzxrnews.com/xwzx/tt/20240208/20240208_794080.shtml (兴仁市 通告, copy without its signature)
    text = ("兴仁市人民政府关于禁止燃放烟花爆竹的通告\n\n"
            "2024-02-08 18:24 来源:兴仁市融媒体中心\n\n"
            "为严格规范烟花爆竹燃放行为,大力改善城市环境和空气质量,现就在全市禁止或限制燃放烟花爆竹事项通告如下:\n\n"
            "三、限燃区域和时段:除禁止燃放区域外的城区内所有区域为限制燃放区。在春节、元宵节期间(除夕夜<2024年2月9日>、"
            "农历正月初一<2024年2月10日>),除禁放区域外可以燃放爆竹,但禁止燃放烟花,其他时间一律禁止燃放烟花爆竹。\n")
    meta = _meta(text)
    assert meta["reference_date"] == "2024-02-08"
    assert meta["doc_date"] is None  # no signature: the page's time is no signature date
    assert meta["doc_issuers"] == ["兴仁市人民政府"]
