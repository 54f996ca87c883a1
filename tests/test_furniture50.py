"""A page's footer pasted at a readout's end (or top) is set aside as furniture, kind "footer", in English,
Russian and Chinese ("Page 1 of 1", "© 2026 U.S. Department of State | Privacy Policy", "Все права защищены",
"版权所有 ©", "京ICP备..."); the same words inside a sentence, or a line that is no footer's, stay text."""

import warnings

import pytest

from readouts import FurnitureWarning, Readout
from readouts.segmentation import furniture_spans

US_FOOTER = """Secretary Blinken's Call with Russian Foreign Minister Lavrov
The below is attributable to Spokesperson Ned Price:
Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov. The Secretary urged Russia to de-escalate
Share this:
Back to top
Print this page
Page 1 of 1
© 2026 U.S. Department of State | Privacy Policy | Contact Us
Terms of Use | Accessibility
"""

RU_FOOTER = """Телефонный разговор с Президентом США Джозефом Байденом
Владимир Путин провёл телефонный разговор с Президентом США Джозефом Байденом. Стороны договорились продолжить контакты.

Версия для печати
© Президент России, 2024
Все права защищены
Страница 1 из 1
"""

ZH_FOOTER = """王毅同美国国务卿布林肯通电话
2024年5月14日，王毅同布林肯通电话。双方同意保持沟通。
返回顶部
打印本页
版权所有 ©
Copyright © 2024 Xinhua. All rights reserved.
京ICP备05070218号 | 京公网安备 11010202000001号
未经授权，禁止转载
"""


def made(text, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = Readout.from_text(text, side="US", **kw)
    return r, [w for w in caught if issubclass(w.category, FurnitureWarning)]


@pytest.mark.parametrize("text, points, footer", [
    (US_FOOTER,
     ["Secretary Blinken's Call with Russian Foreign Minister Lavrov",
      "The below is attributable to Spokesperson Ned Price:\n"
      "Secretary Blinken spoke today with Russian Foreign Minister Sergey Lavrov.",
      "The Secretary urged Russia to de-escalate"],
     ["Page 1 of 1", "© 2026 U.S. Department of State | Privacy Policy | Contact Us", "Terms of Use | Accessibility"]),
    (RU_FOOTER,
     ["Телефонный разговор с Президентом США Джозефом Байденом",
      "Владимир Путин провёл телефонный разговор с Президентом США Джозефом Байденом.",
      "Стороны договорились продолжить контакты."],
     ["© Президент России, 2024", "Все права защищены", "Страница 1 из 1"]),
    (ZH_FOOTER,
     ["王毅同美国国务卿布林肯通电话", "2024年5月14日，王毅同布林肯通电话。", "双方同意保持沟通。"],
     ["版权所有 ©", "Copyright © 2024 Xinhua. All rights reserved.", "京ICP备05070218号 | 京公网安备 11010202000001号",
      "未经授权，禁止转载"]),
])
def test_a_pages_footer_is_set_aside_and_the_last_sentence_kept_whole(text, points, footer):
    r, caught = made(text)
    assert [p.text for p in r.points] == points
    assert [x.text for x in r.set_aside if x.kind == "footer"] == footer
    assert all(r.text[x.start:x.end] == x.text for x in r.set_aside)
    assert len(caught) == 1 and f"{footer[0]!r} (footer)" in str(caught[0].message)
    # kept, every line is a point again; the last sentence never takes in a footer line
    kept, caught = made(text, keep_furniture=True)
    assert not kept.set_aside and not caught
    assert any(footer[0] in p.text for p in kept.points)


@pytest.mark.parametrize("line, kind", [
    ("Share this:", "page control"), ("Поделиться:", "page control"), ("Page 2 of 5", "footer"),
    ("Copyright © 2024 Xinhua", "footer"), ("All rights reserved.", "footer"), ("Все права защищены.", "footer"),
    ("Все права сохранены", "footer"), ("版权所有：新华社", "footer"), ("第1页，共1页", "footer"),
    ("© 2024 ТАСС", "footer"), ("(c) 2024 Reuters", "footer"), ("Privacy | Terms | Contact", "footer"),
    ("Политика конфиденциальности | Карта сайта", "footer"), ("联系我们 | 网站地图 | 隐私政策", "footer"),
    ("沪ICP备12345678号-1", "footer"),
])
def test_a_footer_line_closing_the_text_is_set_aside(line, kind):
    for body in ("Lavrov spoke with Blinken. They discussed Ukraine.", "拜登同习近平通电话。双方同意保持沟通。"):
        text = f"{body}\n{line}\n"
        assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [(line, kind)]
        r, _ = made(text)
        assert r.points[-1].text == body.split(". ")[-1] if "." in body else r.points[-1].text == "双方同意保持沟通。"


def test_a_footer_line_opening_the_text_is_set_aside():
    text = "Page 1 of 1\nSecretary Blinken spoke with Foreign Minister Lavrov. They discussed Ukraine."
    assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [("Page 1 of 1", "footer")]
    r, _ = made(text)
    assert [p.text for p in r.points] == ["Secretary Blinken spoke with Foreign Minister Lavrov.", "They discussed Ukraine."]


@pytest.mark.parametrize("text", [
    # the words inside a sentence
    "Lavrov said Russia reserved all rights to respond.\nThe page of history has turned, he said.",
    "Лавров заявил, что все права защищены международным правом.",
    "双方表示，版权所有问题应通过协商解决。",
    "The Secretary noted that all rights reserved under the treaty remain in force.",
    # a footer's words on a line that goes on the sentence above it
    "The two sides agreed:\nAll rights reserved.",
    "The ministers discussed,\nPrivacy Policy, and trade.",
    # a lone single-word link or a year is no footer
    "Biden spoke with Putin.\nContact\n",
    "Biden spoke with Putin.\n2024\n",
    # a footer-like line in the middle of the text, with the readout's sentences after it
    "Biden spoke with Putin.\nAll rights reserved.\nThe leaders agreed to meet.",
    # a list item "(c)" is no copyright sign
    "The sides agreed on three points:\n(a) talks;\n(b) trade;\n(c) climate.",
    "Lavrov spoke.\n(c) the sides agreed\n",
])
def test_footer_words_that_are_text_stay_points(text):
    assert not [k for _, _, k in furniture_spans(text) if k == "footer"]
    r, _ = made(text)
    assert not [x for x in r.set_aside if x.kind == "footer"]


def test_a_footer_line_under_a_last_sentence_without_its_period_does_not_join_it():
    text = "Putin spoke with Biden. They agreed to stay in touch\nAll rights reserved.\n"
    r, _ = made(text)
    assert [p.text for p in r.points] == ["Putin spoke with Biden.", "They agreed to stay in touch"]
    assert [(x.text, x.kind) for x in r.set_aside] == [("All rights reserved.", "footer")]


def test_a_footer_above_a_url_and_share_buttons_is_set_aside_with_them():
    text = "Blinken spoke with Wang Yi. They discussed trade.\n© 2024 Xinhua\nwww.news.cn\nFacebook Twitter Email\n"
    assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [
        ("© 2024 Xinhua", "footer"), ("www.news.cn", "URL"), ("Facebook Twitter Email", "page control")]


def test_a_footers_one_word_links_and_licence_lines_are_set_aside_among_its_lines():
    text = ("Президент России провёл телефонный разговор с Президентом США.\n"
            "Все материалы сайта доступны по лицензии: Creative Commons Attribution 4.0 International\n"
            "Контакты\n© Президент России, 2024\n")
    assert [(text[s:e], k) for s, e, k in furniture_spans(text)] == [
        ("Все материалы сайта доступны по лицензии: Creative Commons Attribution 4.0 International", "footer"),
        ("Контакты", "footer"), ("© Президент России, 2024", "footer")]
    text = "Biden spoke with Xi.\nArchives\nFOIA\n2024 © U.S. Department of State\nHelp\n"
    assert [text[s:e] for s, e, _ in furniture_spans(text)] == [
        "Archives", "FOIA", "2024 © U.S. Department of State", "Help"]


def test_a_blogs_share_widget_closing_the_text_is_set_aside_line_by_line():
    text = ("Presidents Trump and Putin talked today about Syria. They agreed to stay in touch.\n"
            "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n")
    r, _ = made(text)
    assert [p.text for p in r.points] == ["Presidents Trump and Putin talked today about Syria.",
                                          "They agreed to stay in touch."]
    assert [(x.text, x.kind) for x in r.set_aside] == [
        ("Share this:", "page control"), ("Twitter", "page control"), ("Facebook", "page control"),
        ("Like this:", "page control"), ("Like Loading...", "page control")]
    # a share target alone, with no control or footer beside it, stays a line of text
    assert furniture_spans("Biden spoke with Putin.\nTwitter\n") == []
