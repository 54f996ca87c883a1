"""Page furniture pasted with a readout (share and print buttons, credits, tag lists, URLs, an agency's
dateline) is set aside by Readout.from_text, not made points; look-alike sentences stay points."""

import json
import re
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HashEmbedder
from readouts import Comparison, EmptyTextError, FurnitureWarning, NoSentenceError, Readout, compare
from readouts.evaluation import load_annotated
from readouts.segmentation import furniture_spans, split_spans

US_PASTE = """Secretary Blinken's Call with Russian Foreign Minister Lavrov
Office of the Spokesperson
Share
Print
The below is attributable to Spokesperson Ned Price:
Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov. The Secretary urged de-escalation.
Tags
Office of the Spokesperson
Russia
The Secretary of State

Related Articles
Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba
https://www.state.gov/secretary-blinkens-call-with-russian-foreign-minister-lavrov/
"""

RU_PASTE = """МОСКВА, 1 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров провёл телефонный разговор с госсекретарём США Энтони Блинкеном. Стороны обсудили гарантии безопасности.
Версия для печати
Теги: США, Россия
Фото: Михаил Метцель/ТАСС
Поделиться
Подписывайтесь на ТАСС в Telegram
"""

ZH_PASTE = """新华社北京1月10日电（记者 张三）国家主席习近平10日同美国总统拜登通电话。双方同意保持沟通。
【打印】【关闭】
【字体：大 中 小】
责任编辑：李四
来源：新华社
分享到：
"""


def made(text, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = Readout.from_text(text, side="X", **kw)
    return r, [w for w in caught if issubclass(w.category, FurnitureWarning)]


def covered_once(r):
    """Every non-space character of the text lies in exactly one point or set-aside line."""
    spans = sorted([(p.start, p.end) for p in r.points] + [(x.start, x.end) for x in r.set_aside])
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    inside = set().union(*(range(s, e) for s, e in spans))
    return all(k in inside for k, ch in enumerate(r.text) if not ch.isspace())


@pytest.mark.parametrize("text, points, aside", [
    (US_PASTE,
     ["Secretary Blinken's Call with Russian Foreign Minister Lavrov",
      "The below is attributable to Spokesperson Ned Price:\n"
      "Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov.", "The Secretary urged de-escalation."],
     [("Office of the Spokesperson", "page metadata"), ("Share", "page control"), ("Print", "page control"),
      ("Tags", "tags"), ("Office of the Spokesperson", "page metadata"), ("Russia", "tags"),
      ("The Secretary of State", "tags"), ("Related Articles", "related links"),
      ("Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba", "related links"),
      ("https://www.state.gov/secretary-blinkens-call-with-russian-foreign-minister-lavrov/", "URL")]),
    (RU_PASTE,
     ["Министр иностранных дел России Сергей Лавров провёл телефонный разговор с госсекретарём США Энтони Блинкеном.",
      "Стороны обсудили гарантии безопасности."],
     [("МОСКВА, 1 февраля. /ТАСС/.", "dateline"), ("Версия для печати", "page control"), ("Теги: США, Россия", "tags"),
      ("Фото: Михаил Метцель/ТАСС", "credit"), ("Поделиться", "page control"),
      ("Подписывайтесь на ТАСС в Telegram", "page control")]),
    (ZH_PASTE,
     ["国家主席习近平10日同美国总统拜登通电话。", "双方同意保持沟通。"],
     [("新华社北京1月10日电（记者 张三）", "dateline"), ("【打印】【关闭】", "page control"), ("【字体：大 中 小】", "page control"),
      ("责任编辑：李四", "credit"), ("来源：新华社", "credit"), ("分享到：", "page control")]),
])
def test_furniture_is_set_aside_and_named(text, points, aside):
    r, caught = made(text)
    assert r.texts == points
    assert [(x.text, x.kind) for x in r.set_aside] == aside
    assert r.text == text  # nothing the user passed is lost
    assert all(r.text[x.start:x.end] == x.text for x in r.set_aside)
    assert covered_once(r)
    # one warning, naming the lines set aside (the first six of them)
    assert len(caught) == 1
    message = str(caught[0].message)
    assert all(repr(t) in message for t, _ in aside[:6]) and f"{len(aside)} lines" in message
    assert caught[0].filename == __file__  # the caller's line, not the library's
    # kept as before with keep_furniture=True: every line a point or part of one, no warning
    kept, none = made(text, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(text) and not kept.set_aside and not none


@pytest.mark.parametrize("dateline, rest", [
    ("MOSCOW, February 1. /TASS/.", "Russian President Vladimir Putin held a phone call with US President Joe Biden."),
    ("WASHINGTON, February 1. /TASS correspondent Ivan Lebedev/.", "The talks lasted an hour."),
    ("ВАШИНГТОН, 1 февраля. /Корр. ТАСС Иван Лебедев/.", "Переговоры продолжались час."),
    ("МОСКВА, 1 фев — РИА Новости.", "Владимир Путин провёл телефонный разговор с Джо Байденом."),
    ("BEIJING, Jan. 10 (Xinhua) --", "Chinese President Xi Jinping spoke with U.S. President Joe Biden."),
    ("新华社北京1月10日电", "国家主席习近平10日同美国总统拜登通电话。"),
])
def test_a_leading_dateline_is_set_aside(dateline, rest):
    r, caught = made(f"{dateline} {rest}")
    assert r.texts == [rest] and [(x.text, x.kind) for x in r.set_aside] == [(dateline, "dateline")]
    assert len(caught) == 1
    # after a title line (no sentence's end) it still opens the first paragraph
    r, _ = made(f"Putin, Biden hold talks\n{dateline} {rest}")
    assert r.texts == ["Putin, Biden hold talks", rest] and [x.text for x in r.set_aside] == [dateline]


@pytest.mark.parametrize("text", [
    # English: the words as words of a sentence, or a line that goes on one
    "The sides agreed to share intelligence on terrorism.\nSource of tension was NATO's expansion.",
    "Share\nprices fell after the call.",  # hard-wrapped: the next line goes on the sentence
    "The leaders agreed to:\nShare\ndata on flights.",
    "Print media were briefed.\nEditor of the Times attended.\nPhoto opportunities were arranged.",
    "The Secretary said the details were at https://www.state.gov/readout.",
    "Close\nThe two sides remain close partners.",  # "Close" alone is no button without another
    "Tags were attached to the documents.\nRelated issues were discussed.",
    "Putin spoke with Biden.\nMOSCOW, February 1. /TASS/. The talks lasted an hour.",  # not opening the text
    "MOSCOW, February 1. The talks lasted an hour.",  # a city and a date, no agency
    "Sources: the sides said talks went well. They will meet again.",  # two sentences after the label
    # Russian
    "Стороны договорились поделиться опытом.\nИсточник напряжённости — расширение НАТО.\nФото на память сделали лидеры.",
    "Теги и метки обсуждались.\nПечать и подписи поставлены.",
    "Москва, 1 февраля. Путин провёл разговор с Байденом.",
    # Chinese
    "双方同意分享经验。\n来源于双方的共识，会谈取得成果。\n编辑部发表了评论。",
    "打印机和关闭的工厂也被讨论。",
    "新华社记者报道，习近平同拜登通电话。",
])
def test_look_alike_sentences_stay_points(text):
    r, caught = made(text)
    assert not r.set_aside and not caught and not furniture_spans(text)
    assert [(p.start, p.end) for p in r.points] == split_spans(text)


@pytest.mark.parametrize("text, points, aside", [
    ("Blinken spoke.\nShare\n(END)", ["Blinken spoke."], [("Share", "page control"), ("(END)", "end marker")]),
    ("双方同意保持沟通。\n【打印】\n（完）", ["双方同意保持沟通。"], [("【打印】", "page control"), ("（完）", "end marker")]),
    ("—\n\nПоделиться\n\nЛавров провёл разговор.", ["Лавров провёл разговор."],
     [("—", "no words"), ("Поделиться", "page control")]),
    ("Blinken spoke. (END)\nShare", ["Blinken spoke. (END)"], [("Share", "page control")]),  # on its line: stays
])
def test_a_piece_without_words_cut_off_by_furniture_is_set_aside_too(text, points, aside):
    """A stray "—" or an end marker joins the point beside it; with a set-aside line between, it would
    be a point that says nothing, or a point running across the set-aside line."""
    r, caught = made(text)
    assert r.texts == points and [(x.text, x.kind) for x in r.set_aside] == aside and covered_once(r)
    assert len(caught) == 1


def test_only_furniture_is_no_sentence_and_says_how_to_keep_it():
    with pytest.raises(NoSentenceError, match=re.escape("'Share' (page control)") + ".*keep_furniture=True"):
        Readout.from_text("Share\nPrint version\n", side="US")
    assert Readout.from_text("Share\nPrint version\n", side="US", keep_furniture=True).texts == ["Share\nPrint version"]


def test_keep_furniture_must_be_a_bool():
    from readouts import InputError

    with pytest.raises(InputError, match="keep_furniture"):
        Readout.from_text("Share\nBlinken spoke.", side="US", keep_furniture="no")


def test_record_round_trip_and_checks():
    r, _ = made(RU_PASTE)
    assert Readout.model_validate_json(r.model_dump_json()) == r
    assert "6 lines set aside" in repr(r)
    data = json.loads(r.model_dump_json())
    # a record from before set_aside (no such key) still reads, with none
    old = {k: v for k, v in data.items() if k != "set_aside"}
    assert Readout.model_validate(old).set_aside == ()
    # a set-aside line must be what the text holds there, and no part of a point
    bad = {**data, "set_aside": [{**data["set_aside"][0], "text": "МОСКВА"}]}
    with pytest.raises(ValueError, match="does not fit its text"):
        Readout.model_validate(bad)
    p0 = data["points"][0]
    overlap = {**data, "set_aside": [{"start": p0["start"], "end": p0["start"] + 5,
                                      "text": r.text[p0["start"]:p0["start"] + 5], "kind": "credit"}]}
    with pytest.raises(ValueError, match="overlaps"):
        Readout.model_validate(overlap)


def test_comparison_json_reports_and_indices_agree():
    a, _ = made(US_PASTE)
    b, _ = made(RU_PASTE)
    c = compare(a, b, embedder=HashEmbedder())
    assert Comparison.from_json(c.to_json()) == c
    assert c.a.set_aside == a.set_aside and c.b.set_aside == b.set_aside
    md, html = c.to_markdown(), c.to_html()
    for side, r, only in (("a", c.a, c.only_a), ("b", c.b, c.only_b)):
        for i in only:  # "[i] text" in the Markdown names the point of that index
            assert f"- [{i}] " in md
        for link in c.links:
            for i in getattr(link, side):
                assert 0 <= i < r.n
        for x in r.set_aside:  # named in the reports, under the side's heading, never as a point
            assert all(x.text != p.text for p in r.points)
    assert "set aside, not points (10 lines)" in md and "set aside, not points (6 lines)" in md
    assert "Set aside, not points (6 lines)" in html and "Версия для печати (page control)" in html
    only_md = re.findall(r"^- \[(\d+)\] (.*)$", md, re.M)
    assert "Share" not in [t for _, t in only_md] and "Поделиться" not in [t for _, t in only_md]


def test_compare_on_strings_warns_once_per_readout():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = compare(US_PASTE, RU_PASTE, embedder=HashEmbedder())
    furniture = [w for w in caught if issubclass(w.category, FurnitureWarning)]
    assert len(furniture) == 2 and c.a.set_aside and c.b.set_aside


def test_readout_files_set_furniture_aside(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("---\nside: RU\nlanguage: ru\n---\n" + RU_PASTE, encoding="utf-8")
    with pytest.warns(FurnitureWarning, match="Версия для печати"):
        r = Readout.from_file(path)
    assert r.n == 2 and len(r.set_aside) == 6 and r.text == RU_PASTE
    record = tmp_path / "zh.json"
    record.write_text(json.dumps({"side": "CN", "text": ZH_PASTE}, ensure_ascii=False), encoding="utf-8")
    with pytest.warns(FurnitureWarning, match="责任编辑"):
        assert Readout.from_file(record).texts == ["国家主席习近平10日同美国总统拜登通电话。", "双方同意保持沟通。"]


def test_files_and_the_command_line_can_keep_furniture(tmp_path, monkeypatch):
    path = tmp_path / "ru.txt"
    path.write_text("---\nside: RU\n---\n" + RU_PASTE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", FurnitureWarning)
        kept = Readout.from_file(path, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(RU_PASTE) and not kept.set_aside
    from readouts import InputError

    with pytest.raises(InputError, match="keep_furniture"):
        Readout.from_file(path, keep_furniture="yes")
    # the command line's --keep-furniture reads both files so
    import readouts.cli as cli
    import readouts.comparison as comparison

    seen = []
    monkeypatch.setattr(comparison, "compare", lambda a, b, **kw: seen.append((a, b)) or compare(a, b, embedder=HashEmbedder()))
    again = tmp_path / "ru-copy.txt"  # one file given twice is refused (tests/test_cli50.py)
    again.write_bytes(path.read_bytes())
    for flag, furniture in (([], 6), (["--keep-furniture"], 0)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FurnitureWarning)
            assert cli.main(["compare", str(path), str(again), "-o", str(tmp_path / "c.json"), *flag]) == 0
        assert len(seen[-1][0].set_aside) == furniture
        assert Comparison.from_file(tmp_path / "c.json").a == seen[-1][0]


def test_annotated_points_are_kept_as_given(tmp_path):
    """A pair file's points are scored by their indices: a point that looks like furniture stays a point."""
    pair = {"id": "x", "a": {"side": "US", "points": ["Share", "Blinken spoke with Lavrov."]},
            "b": {"side": "RU", "points": ["МОСКВА, 1 февраля. /ТАСС/. Лавров говорил с Блинкеном."]},
            "gold": {"links": [{"a": [1], "b": [0], "label": "equivalent"}], "only_a": [0], "only_b": []}}
    path = tmp_path / "pair.json"
    path.write_text(json.dumps(pair, ensure_ascii=False), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", FurnitureWarning)
        loaded = load_annotated(path)
    assert loaded.a.texts == ["Share", "Blinken spoke with Lavrov."] and not loaded.a.set_aside
    assert loaded.b.texts == pair["b"]["points"]


_PIECES = st.sampled_from([
    "Share", "Print", "Print version", "Close", "Facebook", "Source: Xinhua", "Source of tension", "Editor:", "Tags",
    "Теги: США", "Версия для печати", "Поделиться", "【打印】", "【关闭】", "责任编辑：李四", "分享到：", "https://x.org/a",
    "MOSCOW, February 1. /TASS/.", "МОСКВА, 1 февраля. /ТАСС/.", "新华社北京1月10日电", "BEIJING, Jan. 10 (Xinhua) --",
    "Blinken spoke.", "Лавров сказал.", "双方同意。", "agreed:", "prices", ",", "—", "1.", "(完)", "-30-", "«", "»", "\n", "\n", "\n\n",
    "\r\n", " ", "\u3000", "🔗",
    # a page's title and header lines, and a long sentence to go under a title
    "Readout of the Call With Lavrov", "Телефонный разговор с Президентом США", "习近平同美国总统拜登通电话", "March 2022",
    "2022年3月", "北京", "Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov about Ukraine.",
    "国家主席习近平同美国总统拜登通电话，双方就中美关系交换了意见。",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map("".join))
def test_points_and_set_aside_lines_cover_the_text_once(text):
    """Whatever the mix, every character stays in the text, each non-space one in exactly one point or
    set-aside line; the record round-trips and keep_furniture=True splits as split_spans does."""
    try:
        r, _ = made(text)
    except (NoSentenceError, EmptyTextError):  # white space alone, or furniture alone
        return
    assert r.text == text.removeprefix("\ufeff") and covered_once(r)
    assert all(text[p.start:p.end] == p.text and p.text == p.text.strip() for p in r.points)
    assert all(text[x.start:x.end] == x.text and x.text == x.text.strip() for x in r.set_aside)
    assert Readout.model_validate_json(r.model_dump_json()) == r
    kept, _ = made(text, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(text)


def test_a_readout_without_furniture_is_written_as_before():
    # no "set_aside" key where nothing was set aside: the JSON of a readout without furniture is what
    # earlier versions wrote and read; with furniture the lines are written and read back
    import json as _json
    import warnings as _warnings

    r = Readout.from_text("Lavrov met Blinken. Both spoke.", side="RU")
    assert "set_aside" not in _json.loads(r.model_dump_json()) and "set_aside" not in r.model_dump()
    assert Readout.model_validate_json(r.model_dump_json()) == r
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        f = Readout.from_text("Share\nLavrov met Blinken. Both spoke.\nSource: TASS", side="RU")
    data = _json.loads(f.model_dump_json())
    assert [x["text"] for x in data["set_aside"]] == ["Share", "Source: TASS"]
    assert Readout.model_validate_json(f.model_dump_json()) == f


# -- an official page's header block: date, time and place lines above the readout ----------------------------

KREMLIN_EN = """Telephone conversation with President of France Emmanuel Macron
March 3, 2022
15:40
The Kremlin, Moscow

Vladimir Putin had a telephone conversation with Emmanuel Macron. The leaders discussed the situation in Ukraine.
"""

KREMLIN_RU = """Телефонный разговор с Президентом Франции Эммануэлем Макроном
3 марта 2022 года
15:40
Ново-Огарёво, Московская область

Состоялся телефонный разговор Владимира Путина с Эммануэлем Макроном. Обсуждалась ситуация на Украине.
"""

MFA_ZH = """王毅同法国外长通电话
2022年3月3日
3月3日，国务委员兼外长王毅应约同法国外长通电话。双方就乌克兰局势交换了意见。
"""

STATE_EN = """READOUT
Secretary Blinken's Call with French Foreign Minister Le Drian
March 3, 2022
Office of the Spokesperson
The below is attributable to Spokesperson Ned Price:
Secretary Blinken spoke today with French Foreign Minister Jean-Yves Le Drian. They discussed Ukraine.
"""


@pytest.mark.parametrize("text, points, aside", [
    (KREMLIN_EN,
     ["Telephone conversation with President of France Emmanuel Macron",
      "Vladimir Putin had a telephone conversation with Emmanuel Macron.", "The leaders discussed the situation in Ukraine."],
     ["March 3, 2022", "15:40", "The Kremlin, Moscow"]),
    (KREMLIN_RU,
     ["Телефонный разговор с Президентом Франции Эммануэлем Макроном",
      "Состоялся телефонный разговор Владимира Путина с Эммануэлем Макроном.", "Обсуждалась ситуация на Украине."],
     ["3 марта 2022 года", "15:40", "Ново-Огарёво, Московская область"]),
    (MFA_ZH,
     ["王毅同法国外长通电话", "3月3日，国务委员兼外长王毅应约同法国外长通电话。", "双方就乌克兰局势交换了意见。"],
     ["2022年3月3日"]),
    (STATE_EN,
     ["Secretary Blinken's Call with French Foreign Minister Le Drian",
      "The below is attributable to Spokesperson Ned Price:\n"
      "Secretary Blinken spoke today with French Foreign Minister Jean-Yves Le Drian.", "They discussed Ukraine."],
     ["READOUT", "March 3, 2022", "Office of the Spokesperson"]),
])
def test_a_pages_header_lines_are_set_aside_and_its_title_kept_alone(text, points, aside):
    r, caught = made(text)
    # the title stays a point of its own (Readout.title is the caller's to set), joined to neither the
    # date lines nor the first sentence; the date, time and place lines are no points
    assert r.texts == points
    assert [(x.text, x.kind) for x in r.set_aside] == [(a, "page metadata") for a in aside]
    assert r.text == text and covered_once(r) and len(caught) == 1
    kept, _ = made(text, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(text) and not kept.set_aside


@pytest.mark.parametrize("line", [
    "March 3, 2022", "Mar. 3, 2022", "3 March 2022", "Thursday, March 3, 2022", "March 3, 2022 15:40 EST", "3:40 p.m.",
    "2022-03-03", "03.03.2022", "3 марта 2022 года", "3 марта 2022 г.", "четверг, 3 марта 2022", "2022年3月3日",
    "２０２２年３月３日 星期四", "2022年3月3日 15:40",
    # a month and its year alone, as an archive page or a digest heads its readouts
    "March 2022", "Mar. 2022", "May, 2022", "Март 2022 года", "май 2022", "2022年3月", "２０２２年３月",
])
def test_a_date_or_time_line_opening_the_text_is_set_aside(line):
    body = "国家主席同法国总统通电话。" if "年" in line else "Putin spoke with Macron."
    r, _ = made(f"{line}\n{body}")
    assert r.texts == [body] and [(x.text, x.kind) for x in r.set_aside] == [(line, "page metadata")]


@pytest.mark.parametrize("text", [
    # a dated sentence, and a date line after the first sentence
    "On March 3, 2022, the two presidents spoke by phone.",
    "The two presidents spoke by phone.\nMarch 4, 2022\nThey spoke again.",
    "3 марта 2022 года Владимир Путин провёл телефонный разговор с Эммануэлем Макроном.",
    "Состоялся разговор.\n3 марта 2022 года\nПутин и Макрон обсудили Украину.",
    "2022年3月3日，国家主席同法国总统通电话。",
    "双方同意保持沟通。\n2022年3月4日\n双方再次通电话。",
    # a hard-wrapped first sentence: the line before the date ends in a preposition, or the one after it opens
    # in lower case
    "The presidents spoke by phone on\nMarch 3, 2022\nAnd agreed to meet.",
    "Президенты поговорили по телефону\n3 марта 2022 года\nи договорились о встрече.",
    "双方于\n2022年3月3日\n通电话。",
    "March 3, 2022\nthe two leaders spoke by phone.",
    # a month in the text, not its header: after the first sentence, or going on a sentence
    "The two presidents spoke by phone.\nMarch 2022\nThey spoke again.",
    "The talks were held in\nMarch 2022\nin Geneva.",
    "Состоялся разговор.\nМарт 2022 года\nПутин и Макрон обсудили Украину.",
    "2022年3月，国家主席同法国总统通电话。",
    "双方通电话。\n2022年3月\n双方再次通电话。",
    # a place-like line with no date or time beside it, or a headline with a verb
    "Moscow\nPutin spoke with Macron.",
    "Ukraine, Russia\nPutin spoke with Macron.",
    "北京\n国家主席同法国总统通电话。",
    "双方在\n2022年3月\n通电话。",
])
def test_dates_and_places_that_are_text_are_kept(text):
    r, caught = made(text)
    assert not r.set_aside and not caught
    assert [(p.start, p.end) for p in r.points] == split_spans(text)


def test_a_headline_beside_a_date_line_is_kept_as_a_point():
    r, _ = made("Putin, Macron discuss Ukraine\nMarch 3, 2022\nThe leaders spoke by phone.")
    assert r.texts == ["Putin, Macron discuss Ukraine", "The leaders spoke by phone."]
    assert [x.text for x in r.set_aside] == ["March 3, 2022"]


def test_a_text_of_header_lines_alone_names_them():
    with pytest.raises(NoSentenceError, match="March 3, 2022.*page metadata"):
        Readout.from_text("March 3, 2022\n15:40", side="X")


@pytest.mark.parametrize("text, points, aside", [
    # a Chinese place line beside a date line, under it or over it, is set aside as a Latin one is
    ("王毅同法国外长通电话\n2022年3月3日\n北京\n3月3日，王毅应约同法国外长通电话。",
     ["王毅同法国外长通电话", "3月3日，王毅应约同法国外长通电话。"], [("2022年3月3日", "page metadata"), ("北京", "page metadata")]),
    ("莫斯科\n2022年3月\n国家主席同俄罗斯总统通电话。",
     ["国家主席同俄罗斯总统通电话。"], [("莫斯科", "page metadata"), ("2022年3月", "page metadata")]),
    # Xinhua's dateline on a line of its own under the title is the dateline it is at a paragraph's head
    ("习近平同美国总统拜登通电话\n新华社北京3月18日电\n国家主席习近平18日晚在北京同美国总统拜登通电话。",
     ["习近平同美国总统拜登通电话", "国家主席习近平18日晚在北京同美国总统拜登通电话。"], [("新华社北京3月18日电", "dateline")]),
    ("Readout of the Call\nMarch 2022\nThe Kremlin, Moscow\nPutin spoke with Macron.",
     ["Readout of the Call", "Putin spoke with Macron."], [("March 2022", "page metadata"), ("The Kremlin, Moscow", "page metadata")]),
])
def test_month_lines_and_chinese_places_of_the_header_are_set_aside(text, points, aside):
    r, caught = made(text)
    assert r.texts == points and [(x.text, x.kind) for x in r.set_aside] == aside
    assert r.text == text and covered_once(r)
    assert len(caught) == 1 and all(repr(t) in str(caught[0].message) for t, _ in aside)


def test_a_title_of_chinese_characters_is_no_place_line():
    # five characters or more is a title ("中美元首会晤"), not a place, even over a date line
    r, _ = made("中美元首会晤\n2022年3月3日\n双方通电话。")
    assert r.texts == ["中美元首会晤", "双方通电话。"] and [x.text for x in r.set_aside] == ["2022年3月3日"]



# -- a page's title right above the first sentence, with no date line between -------------------------------

WH_LONG_TITLE = """Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin of Russia
President Biden held a call today with Russian President Vladimir Putin.
They discussed a number of regional and global issues.
"""


@pytest.mark.parametrize("text, points", [
    ("Readout of President Biden's Call with President Xi\nPresident Biden spoke today with President Xi Jinping of "
     "the People's Republic of China. They discussed Ukraine.",
     ["Readout of President Biden's Call with President Xi",
      "President Biden spoke today with President Xi Jinping of the People's Republic of China.", "They discussed Ukraine."]),
    # a title longer than the first paragraph, more paragraphs under it, none of them hard-wrapped
    (WH_LONG_TITLE, ["Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin of Russia",
                     "President Biden held a call today with Russian President Vladimir Putin.",
                     "They discussed a number of regional and global issues."]),
    ("Telephone conversation with US President Joseph Biden\r\nVladimir Putin held a telephone conversation with US "
     "President Joseph Biden.",
     ["Telephone conversation with US President Joseph Biden",
      "Vladimir Putin held a telephone conversation with US President Joseph Biden."]),
    ("Телефонный разговор с Президентом США Джозефом Байденом\nСостоялся телефонный разговор Владимира Путина с "
     "Президентом Соединённых Штатов Америки Джозефом Байденом.",
     ["Телефонный разговор с Президентом США Джозефом Байденом",
      "Состоялся телефонный разговор Владимира Путина с Президентом Соединённых Штатов Америки Джозефом Байденом."]),
    ("О телефонном разговоре Министра иностранных дел России С.В. Лаврова с Государственным секретарём США Э. Блинкеном\n"
     "По инициативе американской стороны состоялся телефонный разговор Министра иностранных дел Российской Федерации "
     "С.В. Лаврова с Государственным секретарём США Э. Блинкеном.",
     ["О телефонном разговоре Министра иностранных дел России С.В. Лаврова с Государственным секретарём США Э. Блинкеном",
      "По инициативе американской стороны состоялся телефонный разговор Министра иностранных дел Российской Федерации "
      "С.В. Лаврова с Государственным секретарём США Э. Блинкеном."]),
    ("习近平同美国总统拜登通电话\n国家主席习近平18日晚在北京同美国总统拜登通电话。",
     ["习近平同美国总统拜登通电话", "国家主席习近平18日晚在北京同美国总统拜登通电话。"]),
    ("王毅同法国外长通电话\n3月3日，国务委员兼外长王毅应约同法国外长通电话。",
     ["王毅同法国外长通电话", "3月3日，国务委员兼外长王毅应约同法国外长通电话。"]),
    # a lead-in under the title is a full sentence too
    ("Secretary Blinken's Call with French Foreign Minister Le Drian\nThe below is attributable to Spokesperson Ned "
     "Price:\nSecretary Blinken spoke today with French Foreign Minister Jean-Yves Le Drian.",
     ["Secretary Blinken's Call with French Foreign Minister Le Drian",
      "The below is attributable to Spokesperson Ned Price:\nSecretary Blinken spoke today with French Foreign Minister "
      "Jean-Yves Le Drian."]),
])
def test_a_title_over_the_first_sentence_is_a_point_of_its_own(text, points):
    r, caught = made(text)
    assert r.texts == points and not r.set_aside and not caught  # a point, not furniture: nothing set aside
    assert r.text == text and covered_once(r)
    # keep_furniture=True splits as before, the title with the first sentence
    kept, _ = made(text, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(text)
    assert kept.texts[0].startswith(points[0] + text[len(points[0])]) and kept.n == len(points) - 1


@pytest.mark.parametrize("text, points, aside", [
    # under page furniture and header lines the title is the first line that is text
    ("Share\nSecretary Blinken's Call with Foreign Minister Lavrov\nSecretary Blinken spoke today with Russian Foreign "
     "Minister Sergey Lavrov about Ukraine.",
     ["Secretary Blinken's Call with Foreign Minister Lavrov",
      "Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov about Ukraine."], [("Share", "page control")]),
    ("March 3, 2022\nTelephone conversation with President of France Emmanuel Macron\nVladimir Putin had a telephone "
     "conversation with President of France Emmanuel Macron.",
     ["Telephone conversation with President of France Emmanuel Macron",
      "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron."],
     [("March 3, 2022", "page metadata")]),
])
def test_a_title_under_lines_set_aside_is_a_point_of_its_own(text, points, aside):
    r, caught = made(text)
    assert r.texts == points and [(x.text, x.kind) for x in r.set_aside] == aside
    assert covered_once(r) and len(caught) == 1 and "Secretary Blinken's Call" not in str(caught[0].message)


@pytest.mark.parametrize("text", [
    # hard-wrapped first sentences: the next line opens in lower case, the line has a verb, ends in ":", "," or
    # "on", ends in lower case, or a rank a name goes on from
    "The two leaders discussed\nthe situation in Ukraine.",
    "Secretary Blinken spoke with Russian Foreign Minister\nSergey Lavrov today about the situation in Ukraine and in "
    "the wider region.",
    "The Secretary and the Foreign Minister agreed:\nThey will meet again soon in Geneva to continue the talks.",
    "Secretary Blinken, Foreign Minister Lavrov,\nThe two ministers spoke by phone about Ukraine and NATO.",
    "Talks between the Presidents of Russia and France on\nMonday covered the situation in Ukraine at length.",
    "Secretary of State Antony J. Blinken and Russian Foreign Minister\nSergey Lavrov spoke by phone today.\nThey "
    "discussed Ukraine.",
    "Secretary Blinken and his Russian counterpart\nSergey Lavrov spoke by phone today.\nThey discussed Ukraine.",
    "Состоялся телефонный разговор Владимира Путина с Президентом США\nДжозефом Байденом по инициативе американской "
    "стороны.",
    "Президент России и его американский коллега\nДжозеф Байден провели телефонный разговор.\nОбсуждалась Украина.",
    # a wrap may have made the two lines: the next line is no longer than the first and its own first word, and
    # no more text follows, or another line break falls inside a sentence
    "Putin and French President Emmanuel\nMacron held a telephone conversation.",
    "Putin and French President Emmanuel\nMacron held a telephone conversation. The two\nleaders discussed Ukraine.",
    "国家主席习近平18日晚在北京同美国总统拜登\n通电话。",
    "国家主席习近平18日晚在北京同美国总统拜登通电话两国\n元首就中美关系和双方关心的问题坦诚深入地交换了意见。",
    # the next line is no full sentence, or a blank line parts them already
    "Readout of the Call With Foreign Minister Lavrov\nGeneva",
    "Readout of the Call With Foreign Minister Lavrov\nThe two ministers",
    # a line that opens as a sentence does ("On", "At") or ends in a small word goes on into the next
    "On 2 May Vladimir\nPutin held a telephone conversation with US President Donald Trump about Syria and North "
    "Korea.\nThe leaders agreed to talk again.",
    "Readout of President Biden's Call With\nPresident Xi Jinping of the People's Republic of China took place "
    "today by video link.",
    # a place line, two words, and a title further down: only the text's first line may be one
    "Moscow\nPutin spoke with Macron by phone about the situation in Ukraine.",
    "Putin spoke with Macron.\nReadout of the Call With Chancellor Scholz\nPutin spoke with Scholz by phone today about "
    "the gas deliveries.",
])
def test_a_line_that_may_go_on_a_sentence_is_no_title(text):
    r, caught = made(text)
    assert [(p.start, p.end) for p in r.points] == split_spans(text) and not r.set_aside and not caught


def test_the_title_is_found_past_the_lines_set_aside():
    from readouts.segmentation import title_line

    text = "READOUT\n\nReadout of the Call With Lavrov\nSecretary Blinken spoke today with Foreign Minister Lavrov."
    assert title_line(text, []) is None  # "READOUT" is the first line unless set aside
    assert text[slice(*title_line(text, furniture_spans(text)))] == "Readout of the Call With Lavrov"
    # the rest of a line after a dateline is no title
    text = "MOSCOW, February 1. /TASS/. Readout of the Call\nPutin spoke with Biden by phone today."
    assert title_line(text, furniture_spans(text)) is None


# -- a header's Russian and Chinese date lines: genitive months, a place and a date, a date and a credit ----------

KREMLIN_RU_HEADER = """Телефонный разговор с Федеральным канцлером Германии
марта 2022 года
Москва, 5 марта 2022
15:40 мск

Владимир Путин провёл телефонный разговор с Федеральным канцлером Германии Олафом Шольцем. Обсуждались поставки газа.
"""

MFA_ZH_HEADER = """王毅同德国外长通电话
（2022年3月5日）
2022-03-05 21:06 来源：外交部网站
3月5日，国务委员兼外长王毅应约同德国外长通电话。双方就欧洲安全交换了意见。
"""


@pytest.mark.parametrize("text, points, aside", [
    (KREMLIN_RU_HEADER,
     ["Телефонный разговор с Федеральным канцлером Германии",
      "Владимир Путин провёл телефонный разговор с Федеральным канцлером Германии Олафом Шольцем.",
      "Обсуждались поставки газа."],
     ["марта 2022 года", "Москва, 5 марта 2022", "15:40 мск"]),
    (MFA_ZH_HEADER,
     ["王毅同德国外长通电话", "3月5日，国务委员兼外长王毅应约同德国外长通电话。", "双方就欧洲安全交换了意见。"],
     ["（2022年3月5日）", "2022-03-05 21:06 来源：外交部网站"]),
])
def test_russian_and_chinese_header_date_lines_are_set_aside(text, points, aside):
    r, caught = made(text)
    assert r.texts == points and [(x.text, x.kind) for x in r.set_aside] == [(a, "page metadata") for a in aside]
    assert r.text == text and covered_once(r) and len(caught) == 1
    kept, _ = made(text, keep_furniture=True)
    assert [(p.start, p.end) for p in kept.points] == split_spans(text) and not kept.set_aside


@pytest.mark.parametrize("line", [
    # a genitive month and year without a day, a place and a date, a date and a place after its time, Moscow time
    "марта 2022", "марта 2022 года", "Москва, 5 марта 2022", "Москва, 5 марта 2022 года", "МОСКВА, 5 марта",
    "5 марта 2022 года 15:40 Москва", "Москва • 5 марта 2022", "5 марта 2022 года | 15:40", "15:40 мск", "15:40 (МСК)",
    "(5 марта 2022 года)",
    # a Chinese date in brackets, without its year, or with the page's credit after it on the same line
    "（2022年3月5日）", "3月5日", "2022年3月5日 来源：外交部", "2022年3月5日\u3000来源：外交部", "2022-03-05 来源：外交部",
    "2022-03-05 21:06:43 来源：外交部网站",
])
def test_a_russian_or_chinese_header_date_line_is_set_aside_and_glued_to_nothing(line):
    title, body = (("王毅同德国外长通电话", "3月5日，王毅应约同德国外长通电话。") if re.search("[\u4e00-\u9fff]", line)
                   else ("Телефонный разговор с Федеральным канцлером Германии", "Владимир Путин провёл телефонный разговор."))
    r, _ = made(f"{title}\n{line}\n{body}")
    assert r.texts == [title, body] and [(x.text, x.kind) for x in r.set_aside] == [(line, "page metadata")]


@pytest.mark.parametrize("text", [
    # a date line that goes on a sentence: under a line ending in a lower-case word, or over one opening in lower case
    "Переговоры прошли в начале\nмарта 2022 года\nОбе стороны остались довольны.",
    "Переговоры прошли в начале\nмарта 2022 года.\nОбе стороны остались довольны.",
    "В Москве 5 марта\nсостоялись переговоры.",
    "Путин и Макрон\n5 марта\nпровели переговоры.",
    "双方在\n3月5日\n通电话。",
    # a dated sentence's opening wrapped above its subject is no place and date line
    "On March 5\nPresident Putin spoke with Chancellor Scholz.",
    # after the first sentence a place and date line is text
    "Путин и Шольц поговорили.\nМосква, 5 марта\nОни договорились созвониться.",
])
def test_russian_and_chinese_date_lines_that_go_on_a_sentence_are_kept(text):
    r, caught = made(text)
    assert not r.set_aside and not caught
    assert [(p.start, p.end) for p in r.points] == split_spans(text)


# -- a title known by its shape: a head noun or a date at its end, whatever its last word's case ----------------

@pytest.mark.parametrize("title", [
    # a date at the end, over a first sentence shorter than the title and nothing after it
    "Secretary Blinken's Call with Chinese Foreign Minister Wang on 5 June",
    "Secretary Blinken's call with Chinese Foreign Minister Wang Yi on March 5, 2022",
    "Телефонный разговор с Федеральным канцлером Германии Олафом Шольцем, 5 марта 2022 года",
    "Телефонный разговор с Федеральным канцлером Германии Олафом Шольцем, 5 марта 2022 г.",
    # a head noun ("call", "meeting", "встреча") and a last word, or most words, in lower case
    "Readout of President Biden's call with President Xi",
    "Readout of the Secretary's phone call with the Chinese foreign minister",
    "Secretary Blinken's phone call with the Chinese foreign minister",
    "Virtual meeting between the two presidents, 5 March 2022 Beijing time",
    "Встреча с Федеральным канцлером Германии в режиме видеоконференции",
])
@pytest.mark.parametrize("under", ["\n", "\r\n", "\n\n"])
def test_a_title_ending_in_lower_case_or_a_date_is_a_point_of_its_own(title, under):
    body = ("Владимир Путин провёл телефонный разговор с Олафом Шольцем." if re.search("[а-я]", title)
            else "Secretary Blinken spoke today with Foreign Minister Wang Yi.")
    for more in ("", " The two sides discussed the war in Ukraine." if body[0] == "S" else " Обсуждались поставки газа."):
        text = title + under + body + more
        r, caught = made(text)
        assert r.texts[:2] == [title, body] and not r.set_aside and not caught and covered_once(r)
        kept, _ = made(text, keep_furniture=True)
        assert [(p.start, p.end) for p in kept.points] == split_spans(text)


@pytest.mark.parametrize("text, points, aside", [
    # over a dateline or a date line, as well as over the first sentence
    ("Readout of the Secretary's phone call with his Chinese counterpart\nWASHINGTON, March 5 (Reuters) - Secretary "
     "Blinken spoke with Foreign Minister Wang Yi.",
     ["Readout of the Secretary's phone call with his Chinese counterpart",
      "Secretary Blinken spoke with Foreign Minister Wang Yi."], [("WASHINGTON, March 5 (Reuters) -", "dateline")]),
    ("Secretary Blinken's Call with Chinese Foreign Minister Wang on 5 June\nJune 5, 2022\nSecretary Blinken spoke "
     "today with Foreign Minister Wang Yi.",
     ["Secretary Blinken's Call with Chinese Foreign Minister Wang on 5 June",
      "Secretary Blinken spoke today with Foreign Minister Wang Yi."], [("June 5, 2022", "page metadata")]),
    # a first sentence opening with its date
    ("О телефонном разговоре Министра иностранных дел России С.В. Лаврова с Министром иностранных дел КНР Ван И\n"
     "5 марта по инициативе китайской стороны состоялся телефонный разговор министров.",
     ["О телефонном разговоре Министра иностранных дел России С.В. Лаврова с Министром иностранных дел КНР Ван И",
      "5 марта по инициативе китайской стороны состоялся телефонный разговор министров."], []),
])
def test_a_title_over_a_dateline_or_a_dated_sentence_is_a_point_of_its_own(text, points, aside):
    r, _ = made(text)
    assert r.texts == points and [(x.text, x.kind) for x in r.set_aside] == aside and covered_once(r)


@pytest.mark.parametrize("text", [
    # a name wrapped across two lines inside the first sentence: the line above it is no title
    "Secretary Antony\nBlinken spoke today with Chinese Foreign Minister Wang Yi about the war in Ukraine.",
    "Secretary of State Antony\nBlinken spoke today with Chinese Foreign Minister Wang Yi about the war in Ukraine.",
    "Secretary of State Antony\nBlinken spoke today with Foreign Minister Wang Yi. They also discussed Taiwan.",
    "U.S. Secretary of State Antony\nBlinken and Chinese Foreign Minister Wang Yi spoke by phone. They discussed Taiwan.",
    "Putin and French President Emmanuel\nMacron held a telephone conversation. The leaders discussed Ukraine.",
    "Президент России Владимир\nПутин провёл телефонный разговор с канцлером Германии Олафом Шольцем. Обсуждался газ.",
    "Министр иностранных дел России Сергей\nЛавров провёл телефонный разговор с Ван И. Стороны обсудили Украину.",
    "Secretary Blinken's call with Foreign Minister Sergey\nLavrov focused on Ukraine. They also discussed arms control.",
    "Secretary Blinken's call with Foreign Minister Sergey\nLavrov, which lasted an hour, focused on Ukraine.",
    # a rank wrapped after its first part, a nationality or a country's letters
    "Secretary Blinken's call with the Chinese Foreign\nMinister Wang Yi lasted an hour. They discussed Taiwan.",
    "Телефонный разговор Президента России с Председателем\nКНР Си Цзиньпином состоялся сегодня вечером.",
    # a lower-case end with no head noun, or one a name goes on from ("counterpart", "minister")
    "Secretary Blinken and his Chinese counterpart\nWang Yi spoke by phone today. They discussed Taiwan.",
    "The Secretary's call with his Chinese counterpart\nWang Yi lasted an hour. They discussed Taiwan.",
    "The Secretary's call with his Chinese counterpart\nForeign Minister Wang Yi lasted an hour.",
    # a dated opening is no title, nor a sentence with a verb in lower case and no full stop
    "Today, March 5\nPresident Biden spoke with President Xi by phone.",
    "Since March 5\nBoth sides have kept in close touch about the talks.",
    "Both ministers agreed to continue the dialogue\nThe next round will be held in Geneva.",
])
def test_a_line_break_inside_the_first_sentence_makes_no_title(text):
    r, caught = made(text)
    assert [(p.start, p.end) for p in r.points] == split_spans(text) and not r.set_aside and not caught
