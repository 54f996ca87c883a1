"""Probes of text input (session 46, helper a): each test failed before its fix."""

from __future__ import annotations

import time

from readouts import Readout
from readouts.segmentation import split_spans


def test_a_list_of_bare_numbers_is_split_in_linear_time():
    # Each bare list number searched all the pieces after it for its item: 60 KB of "2.\n" lines (a
    # numbered template pasted without its items) took over a minute
    for text in ("2.\n" * 40000, "2.\n\n" * 40000, "1.\n" * 40000 + "The sides agreed."):
        start = time.perf_counter()
        spans = split_spans(text)
        assert time.perf_counter() - start < 10
        assert "".join(text[s:e] for s, e in spans).replace("\n", "") == text.replace("\n", "")
    assert Readout.from_text("1.\n2.\nThe sides agreed.", side="US").texts == ["1.\n2.\nThe sides agreed."]


def test_an_apostrophe_before_a_year_opens_no_quotation():
    # "'90s" opened a single-quoted quotation and the plural possessive "sides'" closed it: the two
    # sentences between were one point, silently
    r = Readout.from_text("The '90s were tough. The sides' views differ. They agreed.", side="US")
    assert r.texts == ["The '90s were tough.", "The sides' views differ.", "They agreed."]
    r = Readout.from_text("Talks began in ’22. The two ministers’ aides met. They agreed.", side="US")
    assert r.texts == ["Talks began in ’22.", "The two ministers’ aides met.", "They agreed."]
    # a quotation in single quotes still stays whole
    r = Readout.from_text("Biden said: 'Putin's forces won't win. Ukraine will.' Putin disagreed.", side="US")
    assert r.texts == ["Biden said: 'Putin's forces won't win. Ukraine will.'", "Putin disagreed."]


def test_a_number_alone_on_its_line_after_a_lead_in_goes_with_its_item():
    # "1." on its own line after "agreed:" stayed with the lead-in: the points were "The sides agreed:\n1."
    # and "To talk.", though a bare number goes with the item after it
    r = Readout.from_text("The sides agreed:\n1.\nTo talk.\n2.\nTo meet.", side="US")
    assert r.texts == ["The sides agreed:", "1.\nTo talk.", "2.\nTo meet."]
    r = Readout.from_text("双方同意：\n（一）\n加强沟通。\n（二）\n保持联系。", side="CN")
    assert r.texts == ["双方同意：", "（一）\n加强沟通。", "（二）\n保持联系。"]
    # a hard-wrapped sentence whose line is a number is not cut before it
    assert Readout.from_text("The vote was\n2.\nThen they left.", side="US").texts == ["The vote was\n2.", "Then they left."]


def test_a_russian_readout_that_spells_ukrainian_names_the_ukrainian_way_is_russian():
    # Two or more of "і ї є ґ" at one letter in a hundred made a text Ukrainian: this Russian readout,
    # quoting the Ukrainian spelling of Kyiv and Kharkiv, was read as "uk" and lost the Russian cues
    from readouts.language import detect_language

    ru = ("Владимир Путин провёл телефонный разговор с Эммануэлем Макроном. Обсуждалась обстановка "
          "вокруг городов Київ і Харків. Лидеры договорились продолжить контакты.")
    assert detect_language(ru) == "ru"
    assert Readout.from_text(ru, side="RU").language in (None, "ru")
    from readouts.language import readout_language

    assert readout_language(Readout.from_text(ru, side="RU")) == "ru"
    # the languages themselves are still told
    assert detect_language("Президент України Володимир Зеленський провів телефонну розмову з Президентом США.") == "uk"
    assert detect_language("Прэзідэнт Беларусі правёў тэлефонную размову. Бакі абмеркавалі сітуацыю.") == "be"
    assert detect_language("Председник Србије Александар Вучић разговарао је са председником.") == "sr"
    assert detect_language("Претседателот на Македонија разговараше. Тие се согласија за ѓубриво.") == "mk"


def test_a_header_without_its_opening_rule_is_refused(tmp_path):
    # "side: US\ndate: ...\n---\nText." was read as text: the header became the first point, the side
    # came from the file name and the date was lost, in silence
    import pytest

    from readouts import ReadoutFileError

    path = tmp_path / "call.txt"
    path.write_text("side: US\ndate: 2022-02-01\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"header lines \(side, date\).*no '---' line opens them; add a '---' line"):
        Readout.from_file(path)
    # text that only looks like it is still text
    path.write_text("Side note: the call was short.\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    from readouts import FurnitureWarning
    with pytest.warns(FurnitureWarning, match=r"'---' \(separator\)"):  # a rule after a sentence: a section break
        assert Readout.from_file(path).side == "call"


def test_a_comment_after_a_quoted_header_value_or_list_is_dropped(tmp_path):
    # title: "Call: A"  # draft  kept the quotes and the comment in the title; a list with a comment was
    # one participant of its raw text
    path = tmp_path / "us.txt"
    path.write_text('---\nside: "US"  # publisher\ntitle: "Call: A"  # draft\n'
                    'participants: [Antony Blinken, Sergey Lavrov]  # both\n---\nBlinken spoke with Lavrov.\n',
                    encoding="utf-8")
    r = Readout.from_file(path)
    assert (r.side, r.title, r.participants) == ("US", "Call: A", ("Antony Blinken", "Sergey Lavrov"))
    # a "#" inside the quotes is the value's
    path.write_text('---\nside: US\ntitle: "Call #2"\n---\nText.\n', encoding="utf-8")
    assert Readout.from_file(path).title == "Call #2"


def test_a_quotation_that_opens_a_sentence_after_an_abbreviation_starts_a_point():
    # After "p.m." or "U.S." only a sentence opener ("We", "The") starts a point, but the word was read at
    # the quotation mark: none, so the quoted sentence stayed in the one before
    r = Readout.from_text("They met at 5 p.m. 'We agreed,' he said. Then they left.", side="US")
    assert r.texts == ["They met at 5 p.m.", "'We agreed,' he said.", "Then they left."]
    r = Readout.from_text("Lavrov spoke with the U.S. “The talks were useful,” he said.", side="RU")
    assert r.texts == ["Lavrov spoke with the U.S.", "“The talks were useful,” he said."]
    # a bracket that goes on the sentence still does
    assert Readout.from_text("They met at 5 p.m. (Moscow time) on Monday.", side="RU").texts == [
        "They met at 5 p.m. (Moscow time) on Monday."]


def test_bullets_from_word_and_web_pages_start_points():
    # "●", "■", "►", "➢", "✓", "·" and the Unicode hyphen were no bullets: a list pasted from Word or a web
    # page, its items ending in ";" or nothing, was one point with its lead-in
    from readouts.segmentation import strip_marker

    for bullet in "·●○■►▶➢◆✓‐":
        text = f"Lavrov noted:\n{bullet} the need for dialogue;\n{bullet} security guarantees.\nBlinken agreed."
        r = Readout.from_text(text, side="RU")
        assert r.texts == ["Lavrov noted:", f"{bullet} the need for dialogue;", f"{bullet} security guarantees.",
                           "Blinken agreed."], bullet
        assert strip_marker(f"{bullet} security guarantees.") == "security guarantees."
    # a middle dot inside a name, or a Chinese zero, is no bullet
    assert Readout.from_text("约瑟夫·拜登同习近平通话。二○二二年双方同意。", side="CN").texts == [
        "约瑟夫·拜登同习近平通话。", "二○二二年双方同意。"]


def test_a_no_break_space_after_a_bullet_or_list_number_still_makes_a_list():
    # Web pages and Word put a no-break space after the bullet ("•\u00a0item", "1.&nbsp;item") or indent
    # with them: the items were no bullets, and the list one point with its lead-in
    from readouts.segmentation import strip_marker

    for text, items in (("Lavrov noted:\n•\u00a0dialogue;\n•\u00a0guarantees.", ["•\u00a0dialogue;", "•\u00a0guarantees."]),
                        ("Lavrov noted:\n1.\u00a0dialogue;\n2.\u00a0guarantees.", ["1.\u00a0dialogue;", "2.\u00a0guarantees."]),
                        ("Lavrov noted:\n\u00a0\u00a0• dialogue;\n\u00a0\u00a0• guarantees.", ["• dialogue;", "• guarantees."]),
                        ("Lavrov noted:\n\u3000• dialogue;\n\u3000• guarantees.", ["• dialogue;", "• guarantees."])):
        assert Readout.from_text(text, side="RU").texts == ["Lavrov noted:", *items]
    assert strip_marker("•\u00a0guarantees.") == "guarantees."
    # a list number alone on its line, with no-break spaces around it, goes with its item too
    assert Readout.from_text("The sides agreed:\n\u00a0(1)\u00a0\nTo talk.", side="US").texts == [
        "The sides agreed:", "(1)\u00a0\nTo talk."]
    assert Readout.from_text("Blinken urged calm. 2.\u00a0Lavrov refused.", side="US").texts == [
        "Blinken urged calm.", "2.\u00a0Lavrov refused."]


def test_a_file_that_is_not_utf8_is_refused_naming_the_byte_its_line_and_the_usual_encodings(tmp_path):
    # "not UTF-8 text (byte 0)" read as a NUL byte, and named neither the line nor how to convert the file
    import pytest

    from readouts import ReadoutFileError

    path = tmp_path / "ru.txt"
    path.write_bytes("---\nside: RU\n---\nПутин провёл разговор.".encode("cp1251"))
    with pytest.raises(ReadoutFileError, match=r"ru\.txt: not UTF-8 text \(byte 17, on line 4, is 0xcf\); re-save the "
                                               r"file as UTF-8 \(Russian text saved as Windows-1251.*'cp1251'"):
        Readout.from_file(path)
