"""Input leftovers (seg52): Roman list numbers without brackets, a UTF-8 BOM read as cp1251,
"file://localhost/..." pasted as a file name, pasted kremlin.ru / mid.ru / fmprc.gov.cn pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.segmentation import strip_marker

from helpers import split_points as points

CORPUS = sorted((Path(__file__).resolve().parent.parent / "examples" / "corpus").glob("*.json"))


# -- 1. Roman list numbers: "i) ... / ii) ...", "i. ...\nii. ...", "I. ...\nII. ..." -----------------

@pytest.mark.parametrize("text, expected", [
    ("The sides agreed:\ni) to talk;\nii) to meet;\niii) to trade.",
     ["The sides agreed:", "i) to talk;", "ii) to meet;", "iii) to trade."]),
    ("i) to talk\nii) to meet\niii) to trade", ["i) to talk", "ii) to meet", "iii) to trade"]),
    ("The sides agreed:\ni. To talk.\nii. To meet.\niii. To trade.",
     ["The sides agreed:", "i. To talk.", "ii. To meet.", "iii. To trade."]),
    ("Agenda:\nI. Ukraine.\nII. Trade.\nIII. Climate.", ["Agenda:", "I. Ukraine.", "II. Trade.", "III. Climate."]),
    ("Topics:\nI. Security\nII. Trade\nIII. Climate\nIV. Health",
     ["Topics:", "I. Security", "II. Trade", "III. Climate", "IV. Health"]),
    # nested: a lower-case list inside an item of an upper-case one
    ("I. Security:\ni) arms control;\nii) NATO.\nII. Trade.",
     ["I. Security:", "i) arms control;", "ii) NATO.", "II. Trade."]),
    # an item's wrapped line between two numbers
    ("Agreed:\ni. to keep talking\nat every level;\nii. to meet.",
     ["Agreed:", "i. to keep talking\nat every level;", "ii. to meet."]),
])
def test_roman_list_numbers_at_line_starts_are_list_markers(text, expected):
    assert points(text) == expected


@pytest.mark.parametrize("text", [
    "ii) to meet", "iii. To trade.", "IV. Health", "  xii) reform", "II) Trade",
])
def test_strip_marker_strips_roman_list_numbers(text):
    assert strip_marker(text) == text.split(maxsplit=1)[1]


@pytest.mark.parametrize("text", [
    "V. Putin said the talks were useful.",  # an initial, not five
    "I. Ivanov attended the talks.",
    "X. Li spoke for the Chinese side.",
    "Vi. Text", "IIII. Text", "VV. Text", "IC. Text", "Xi. Jinping",
])
def test_strip_marker_leaves_initials_and_non_numerals(text):
    assert strip_marker(text) == text


@pytest.mark.parametrize("text, expected", [
    # no run: the pronoun's heading, an initial, a list that does not start at one
    ("I. Summary\nThe sides met.", ["I. Summary\nThe sides met."]),
    ("The sides met.\nV. Putin said the talks were useful.\nV. Putin thanked Mr. Trump.",
     ["The sides met.", "V. Putin said the talks were useful.", "V. Putin thanked Mr. Trump."]),
    ("Present were:\nI. Ivanov,\nV. Putin.", ["Present were:\nI. Ivanov,\nV. Putin."]),
    ("Present were:\nI. Ivanov,\nI. Petrov.", ["Present were:\nI. Ivanov,\nI. Petrov."]),
    ("Agenda:\nIV. Ukraine.\nV. Trade.", ["Agenda:\nIV.", "Ukraine.", "V. Trade."]),
    # "V. Putin" inside a list's item is no number of it (nor does it break the list)
    ("I. Ukraine. Remarks by\nV. Putin on security.\nII. Trade.",
     ["I. Ukraine.", "Remarks by\nV. Putin on security.", "II. Trade."]),
])
def test_roman_like_initials_and_lone_numerals_split_as_before(text, expected):
    assert points(text) == expected


def _corpus_sides():
    for path in CORPUS:
        data = json.loads(path.read_text(encoding="utf-8"))
        for side in ("a", "b"):
            yield path.stem, side, data[side]["points"]


def test_corpus_splits_as_before_the_roman_markers():
    """The Roman markers change the corpus nowhere: no side's points, joined by a line break or a space,
    hold a run of Roman list numbers (the only new cut points), and no point opens with one that
    strip_marker would strip (its embedded text stays the same)."""
    from readouts.segmentation import _LINE_BREAK, _ROMAN_MARKER, _roman_items
    sides = list(_corpus_sides())
    assert len(sides) > 200
    for name, side, pts in sides:
        for sep in ("\n", " "):
            text = sep.join(pts)
            lines = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
            assert _roman_items(text, lines) == {}, (name, side)
        assert [p for p in pts if _ROMAN_MARKER.match(p)] == [], (name, side)


# -- 2. a UTF-8 byte order mark before text in a legacy encoding ----------------------------------------

from readouts import Readout  # noqa: E402
from readouts.errors import ReadoutFileError, WrongEncodingError  # noqa: E402
from readouts.files import read_text  # noqa: E402

RU_BODY = ("---\nside: RU\ntitle: Телефонный разговор\n---\n"
           "Состоялся телефонный разговор Владимира Путина с Президентом США.\n"
           "Обсуждались вопросы двусторонних отношений.\n")
BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize("body, codec, side", [
    (RU_BODY, "cp1251", "RU"),
    ("---\nside: CN\n---\n双方同意保持沟通。\n", "gbk", "CN"),  # was "not gbk text (byte 2, on line 1, is 0xbf)"
    ("---\nside: US\n---\nThe sides met “today”.\n", "cp1252", "US"),
])
def test_a_utf8_bom_before_legacy_text_read_in_its_encoding_is_dropped(tmp_path, body, codec, side):
    # "п»ї---" was the first line: the header was lost (side "A", the header's lines a point)
    path = tmp_path / "readout.txt"
    path.write_bytes(BOM + body.encode(codec))
    r = Readout.from_file(path, encoding=codec)
    assert r.side == side
    assert all("---" not in t and "side:" not in t and "\u043f\u00bb\u0457" not in t and "ï»¿" not in t for t in r.texts)
    assert read_text(path, codec) == body


def test_a_utf8_bom_before_legacy_text_read_as_utf8_names_the_encoding_that_reads_it(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(BOM + RU_BODY.encode("cp1251"))
    with pytest.raises(ReadoutFileError, match=r"reads as Windows-1251.*encoding='cp1251'"):
        Readout.from_file(path)
    r = Readout.from_file(path, encoding="cp1251")  # and that advice now works: the header is read
    assert r.title == "Телефонный разговор" and r.texts[0].startswith("Состоялся")


def test_a_utf8_bom_before_utf8_text_read_as_cp1251_is_still_refused(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(BOM + RU_BODY.encode("utf-8"))
    with pytest.raises(WrongEncodingError, match="UTF-8 text, read as cp1251 it is mojibake.*leave the encoding out"):
        Readout.from_file(path, encoding="cp1251")


def test_a_utf8_bom_before_bytes_the_encoding_cannot_hold_keeps_the_error(tmp_path):
    path = tmp_path / "cn.txt"
    path.write_bytes(BOM + b"---\nside: CN\n---\n\x81\n")  # 0x81 then a line break: no GBK character
    with pytest.raises(ReadoutFileError, match=r"not gbk text \(byte 2, on line 1, is 0xbf\)"):
        Readout.from_file(path, encoding="gbk")


# -- 3. "file://localhost/..." pasted as a file name ----------------------------------------------------

@pytest.mark.parametrize("url", ["file://localhost{}", "file://LOCALHOST{}", "FILE://localhost{}"])
@pytest.mark.parametrize("as_path", [False, True])
def test_a_file_localhost_url_names_the_file_it_means(tmp_path, url, as_path):
    # was "no such file (its folder file:/localhost/tmp/... does not exist)"
    path = tmp_path / "us readout.txt"
    path.write_text("---\nside: US\n---\nThe sides met.\n", encoding="utf-8")
    given = url.format(path.as_posix().replace(" ", "%20") if not as_path else path.as_posix())
    with pytest.raises(ReadoutFileError, match=r"no such file \(the name holds a file:// URL's scheme; "
                                               r"'.*us readout\.txt' is a file: give that name\)$"):
        Readout.from_file(Path(given) if as_path else given)


def test_a_file_url_of_another_host_or_of_no_file_gives_no_hint(tmp_path):
    from readouts.files import _pasted_name
    assert _pasted_name("file://otherhost/tmp/x.txt") == ""
    assert _pasted_name("file://localhost" + str(tmp_path / "none.txt")) == ""


# -- 4. pasted kremlin.ru / mid.ru / fmprc.gov.cn pages -----------------------------------------------

import warnings  # noqa: E402

from readouts.segmentation import furniture_spans  # noqa: E402


def _read(text: str, side: str) -> Readout:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Readout.from_text(text, side=side)


MID_PAGE = """О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Государственным секретарём США
15 ноября 2019 г. 18:05
2345-15-11-2019
15 ноября состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Государственным секретарём США.
Министры обсудили ряд вопросов двусторонней повестки дня.
Распечатать
Поделиться
"""


def test_a_mid_ru_document_number_is_page_metadata_not_the_first_points_start():
    # was "2345-15-11-2019\n15 ноября состоялся ...": the number glued to the first point
    r = _read(MID_PAGE, "RU")
    assert r.texts[1].startswith("15 ноября состоялся") and not any("2345" in t for t in r.texts)
    assert ("2345-15-11-2019", "page metadata") in [(MID_PAGE[s:e], k) for s, e, k in furniture_spans(MID_PAGE)]
    en = "Lavrov's telephone conversation with the Secretary of State\n15 November 2019 18:05\n2345-15-11-2019\n" \
         "On November 15, Sergey Lavrov had a telephone conversation with the Secretary of State.\n"
    assert _read(en, "RU").texts[-1].startswith("On November 15")


@pytest.mark.parametrize("line", ["Текстовая версия", "Версия для слабовидящих", "Text version"])
def test_kremlin_ru_text_version_links_are_page_controls(line):
    text = f"Президенты обменялись мнениями по актуальным международным вопросам.\n{line}\n"
    assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [(line, "page control")]


KREMLIN_TAGS = """Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки.
Лидеры договорились о продолжении контактов.
Опубликован в разделах: Новости, Выступления и стенограммы
Темы: Внешняя политика
Страны: США
Персоны
Трамп Дональд
"""


def test_kremlin_ru_topics_countries_and_persons_are_tags():
    # "Темы: Внешняя политика\nСтраны: США" was a point
    r = _read(KREMLIN_TAGS, "RU")
    assert r.texts == ["Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки.",
                       "Лидеры договорились о продолжении контактов."]
    kinds = {KREMLIN_TAGS[s:e]: k for s, e, k in furniture_spans(KREMLIN_TAGS)}
    assert kinds["Темы: Внешняя политика"] == kinds["Страны: США"] == kinds["Персоны"] == "tags"


@pytest.mark.parametrize("caption", [
    "11月15日晚，国家主席习近平在北京同美国总统通电话。新华社记者 鞠鹏 摄",
    "图为王毅。（新华社记者 张三 摄）",
    "新华社记者 李学仁 摄",
])
def test_a_chinese_photo_caption_with_its_photographer_is_a_credit(caption):
    text = f"2019年11月15日，国务委员兼外长王毅应约同美国国务卿通电话。\n{caption}\n王毅表示，中方愿同美方一道，落实两国元首共识。\n"
    assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [(caption, "credit")]
    assert _read(text, "CN").n == 2


@pytest.mark.parametrize("text", [
    "双方同意：\n一、保持密切沟通；\n二、推动两国关系健康稳定发展。",
    "王毅说，记者张三的报道不实。\n双方同意保持沟通。",
    "The leaders agreed.\nThemes of the talks: trade, security.\nСтороны: Россия и США.",
    "Ранее стороны договорились:\nТемы: безопасность и торговля.",  # after a lead-in's colon it goes on the sentence
])
def test_readout_lines_are_no_furniture(text):
    assert furniture_spans(text) == []


@pytest.mark.parametrize("text, kept", [
    # a share button's targets one a line ran into the next sentence ("ВКонтакте\nTelegram\n15 ноября состоялся ...")
    ("15 ноября состоялся разговор.\nПоделиться:\nВКонтакте\nTelegram\nОбсуждались вопросы стабильности.\n",
     ["15 ноября состоялся разговор.", "Обсуждались вопросы стабильности."]),
    ("The sides met.\nShare:\nFacebook\nTwitter\nEmail\nThe sides agreed to talk.",
     ["The sides met.", "The sides agreed to talk."]),
    # kremlin.ru's gallery counter and video tab
    ("Владимир Путин провёл телефонный разговор\nФото 1 из 3\nВ ходе разговора обсуждались вопросы отношений.\n"
     "Видео\nРазговор носил конструктивный характер.",
     ["Владимир Путин провёл телефонный разговор", "В ходе разговора обсуждались вопросы отношений.",
      "Разговор носил конструктивный характер."]),
    # mid.ru's section heading over the title; its "Распечатать страницу"
    ("Заявления и комментарии\nО телефонном разговоре С.В.Лаврова с Госсекретарём США\n15.11.2019\n"
     "15 ноября состоялся телефонный разговор.\nРаспечатать страницу\n",
     ["О телефонном разговоре С.В.Лаврова с Госсекретарём США", "15 ноября состоялся телефонный разговор."]),
    # Xinhua's "【纠错】" button after the end marker made "（完）\n【纠错】" a point of its own
    ("双方同意保持沟通。（完）\n【纠错】\n【责任编辑：李四】", ["双方同意保持沟通。（完）"]),
])
def test_more_page_furniture_of_russian_and_chinese_pages_is_set_aside(text, kept):
    assert _read(text, "RU").texts == kept


@pytest.mark.parametrize("text", [
    "He said:\nFacebook\nis a problem.",  # a wrapped sentence's word
    "The sides met.\nTelegram\nwas discussed too.",
    "The sides met.\nTelegram channels were discussed.",
])
def test_a_share_target_alone_without_a_share_button_above_is_text(text):
    assert furniture_spans(text) == []


@pytest.mark.parametrize("text, kept, line, kind", [
    # a breadcrumb trail ran into the title or the first sentence
    ("Главная > Новости > Телефонный разговор\nСостоялся телефонный разговор.\nСтороны договорились о контактах.",
     ["Состоялся телефонный разговор.", "Стороны договорились о контактах."],
     "Главная > Новости > Телефонный разговор", "page metadata"),
    ("Home › News › Readouts\nThe sides met.\nThey agreed to talk again.", ["The sides met.", "They agreed to talk again."],
     "Home › News › Readouts", "page metadata"),
    ("当前位置：首页 > 外交部新闻\n王毅同美国国务卿通电话\n2019/11/15\n王毅表示，中方愿同美方一道努力。",
     ["王毅同美国国务卿通电话", "王毅表示，中方愿同美方一道努力。"], "当前位置：首页 > 外交部新闻", "page metadata"),
    # Xinhua's buttons and credit in brackets on one line were a point
    ("　　双方同意保持沟通。\n　　【纠错】　【责任编辑：李四】", ["双方同意保持沟通。"], "【纠错】　【责任编辑：李四】", "credit"),
    ("The sides met.\n[Print] [Close]\nThey agreed to talk.", ["The sides met.", "They agreed to talk."],
     "[Print] [Close]", "page control"),
])
def test_breadcrumbs_and_bracketed_buttons_with_credits_are_set_aside(text, kept, line, kind):
    assert _read(text, "CN").texts == kept
    assert (line, kind) in [(text[s:e], k) for s, e, k in furniture_spans(text)]


@pytest.mark.parametrize("text", [
    "Главная задача > всего остального.\nСтороны договорились.",
    "The home > the office, he said.",
    "【重要讲话】【双方同意保持沟通】",
    "[1] [2] The sides met.",
])
def test_lines_like_breadcrumbs_or_brackets_that_are_text_stay_text(text):
    assert furniture_spans(text) == []
