"""Documents served in traditional script (probe trad25).

Every one-to-one traditional form is read as its simplified form (traditional_wide.tsv, from
hanziconv's map, reviewed); 於 徵 瞭 麽 夥, which simplified text uses too, only on a page in
traditional script (traditional_in_script.tsv). Each case quotes a real page or report; spans stay
on the text as served."""

from __future__ import annotations

import govie
from govie.text.normalize import fold_script, normalize


def _extract(text: str) -> dict:
    out = govie.extract(text, model=None).to_dict()
    for e in out["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    for a in out["activities"]:
        t = a["trigger"]
        assert text[t["start"] : t["end"]] == t["text"]
    return out


def _spans(out: dict, label: str) -> list[str]:
    return [e["text"] for e in out["entities"] if e["label"] == label]


# https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202407/t20240702_1080680.html
MEE = (
    "關於公開徵求《關於加強重點行業建設項目環境影響評價中甲烷管控的通知(徵求意見稿)》意見的函\n"
    "為貫徹落實《關於全面推進美麗中國建設的意見》《甲烷排放控制行動方案》,進一步規範重點行業建設項目"
    "環境影響評價中甲烷評價工作,我部組織編制《關於加強重點行業建設項目環境影響評價中甲烷管控的通知"
    "(徵求意見稿)》,現公開徵求意見。\n"
)

# https://wk.100ke.info/ (國發〔2006〕29號, a mirror in traditional script)
GUOFA_2006_29 = (
    "國務院關於落實《中華人民共和國國民經濟和社會發展第十一個五年規劃綱要》主要目標和任務工作分工的通知\n"
    "國發〔2006〕29號\n"
    "2006年8月24日\n"
    "發布機關:中華人民共和國國務院\n"
    "\n"
    "各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:\n"
    "  十屆全國人大四次會議批准的《中華人民共和國國民經濟和社會發展第十一個五年規劃綱要》(以下簡稱《綱要》),"
    "是政府履行經濟調節、市場監管、社會管理和公共服務職責的重要依據。\n"
)


def test_guanyu_in_traditional_title_is_read():
    # 關於 / 徵求 of a page in traditional script are 关于 / 征求: the title is found.
    assert _extract(MEE)["meta"]["title"] == (
        "关于公开征求《关于加强重点行业建设项目环境影响评价中甲烷管控的通知(征求意见稿)》意见的函"
    )
    meta = _extract(GUOFA_2006_29)["meta"]
    assert meta["title"] == (
        "国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知"
    )


def test_in_script_characters_fold_one_for_one():
    norm = normalize(MEE)
    # One character for one: each clean character maps to the original one at its index.
    assert list(norm.index) == list(range(len(norm.text)))
    assert norm.text.startswith("关于公开征求《关于加强")
    assert fold_script("國務院關於落實") == "国务院关于落实"


def test_simplified_text_keeps_yu_and_zhi():
    # Guard: on a simplified page 於 (a surname) and 徵 (a note, names) are themselves.
    assert normalize("市委任命於立新同志为市卫生健康委员会主任").text == "市委任命於立新同志为市卫生健康委员会主任"
    assert fold_script("宫商角徵羽") == "宫商角徵羽"


# https://newton.com.tw/wiki/海安12屆縣委常委會第57次會議
HAIAN = (
    "12月26日,縣委書記陸衛東主持召開十二屆縣委常委會第57次會議,縣委副書記、縣長顧國標,縣委副書記成賓,"
    "縣委常委李春旺、王煒、盛慧琴、張亞曦、丁鋒、陳鵬軍出席會議,縣人大常委會主任孫進基,"
    "縣政協主席周宗泉,縣領導儲開泉列席會議。"
)
# http://big5.www.gov.cn/gate/big5/www.gov.cn/ztzl/2007gzyd/content_793711.htm
GOV_HK = "會同有關部門籌備胡錦濤主席率領中央代表團赴香港出席慶祝香港回歸祖國10週年暨香港特別行政區第三屆政府就職典禮等活動。"
# http://slftennis.com/lcsz/p/641268.html (a county news page glossed 報(bào))
DEZHOU = (
    "??? 德州新聞網(wǎng)訊 5月6日,縣政府第三次常務(wù)會議召開,縣委副書記、縣長(zhǎng)齊永軍,"
    "縣委常委、副縣長(zhǎng)朱洪瑞,副縣長(zhǎng)霍憲濤、王貞、張登福、孔亮,縣政府黨組成員、"
    "經(jīng)濟(jì)開發(fā)區(qū)黨工委書記、管委會主任譚如勝,縣政府黨組成員盧孟清。"
)


def test_names_with_rarer_traditional_characters():
    # 顧 譚 濤 were read only from the wide map: the names are PERSON as on a simplified page.
    assert "顧國標" in _spans(_extract(HAIAN), "PERSON")
    assert "胡錦濤" in _spans(_extract(GOV_HK), "PERSON")
    assert "譚如勝" in _spans(_extract(DEZHOU), "PERSON")


def test_wide_map_reads_common_forms():
    # hanziconv's one-to-one forms (況 緊 識 測 災 購), the variants it lacks (週 衞 敎 説)
    # and 峽, which it maps to two forms.
    assert normalize("情況緊急,識別測量災情,收購").text == "情况紧急,识别测量灾情,收购"
    assert normalize("10週年、保衞、敎育、説明、台灣海峽").text == "10周年、保卫、教育、说明、台湾海峡"
    # Characters simplified text uses as themselves stay (著 乾 呼 猛 阪 藉).
    assert normalize("著名、乾坤、呼吁、迅猛、大阪、慰藉").text == "著名、乾坤、呼吁、迅猛、大阪、慰藉"


# State Council work report 1954 (corpora/state-council-work-reports, traditional script)
SC_1954 = (
    "除台灣省尚待解放外，我國人民已在二十五個省、內蒙古自治區、西藏地方、昌都地區、三個直轄市、"
    "二千一百一十六個縣和相當於縣的行政單位、一百六十三個市、八百二十一個市轄區、二十二萬零四百六十六個鄉"
    "建立了自己的政權，此外，還建立了六十五個縣級以上的民族自治地方的自治機關。"
)


def test_xiangdangyu_names_no_place():
    # With 於 read as 于, 相当于 must not open a place of 建立.
    acts = [a for a in _extract(SC_1954)["activities"] if a["trigger"]["text"] == "建立"]
    assert acts and all(a.get("location") is None for a in acts)
    # The same sentence in simplified script (as the 1954 report is printed today).
    simplified = (
        "除台湾省尚待解放外，我国人民已在二十五个省、内蒙古自治区、西藏地方、昌都地区、三个直辖市、"
        "二千一百一十六个县和相当于县的行政单位、一百六十三个市、八百二十一个市辖区、二十二万零四百六十六个乡"
        "建立了自己的政权，此外，还建立了六十五个县级以上的民族自治地方的自治机关。"
    )
    assert normalize(SC_1954).text == simplified
    acts = [a for a in _extract(simplified)["activities"] if a["trigger"]["text"] == "建立"]
    assert acts and all(a.get("location") is None for a in acts)
