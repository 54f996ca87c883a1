"""Segmentation leftovers (seg53): a lone "I." list number, a title with date lines under it, inline Roman list
numbers, a ministry's site name alone on a line at the text's top or bottom."""

from __future__ import annotations

import re
import warnings

import pytest

from readouts import Readout
from readouts.segmentation import strip_marker

from helpers import split_points as points


def read(text: str) -> Readout:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Readout.from_text(text, side="US")


# -- 1. a lone "I." opening a point: a list number or an initial ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a sentence plainly begins after it: no name is "The", "Both", "Стороны" or Chinese
    ("I. The two sides agreed to keep channels open.", "The two sides agreed to keep channels open."),
    ("I. Both leaders spoke of trade.", "Both leaders spoke of trade."),
    ("I. In the course of the talks the sides met.", "In the course of the talks the sides met."),
    ("I. Стороны договорились продолжить контакты.", "Стороны договорились продолжить контакты."),
    ("I. 双方同意保持沟通。", "双方同意保持沟通。"),
    ("V. The sides also discussed trade.", "The sides also discussed trade."),
    # the point's text goes on the numeral's run: on the next line, or inline
    ("I. Ukraine;\nII. Trade.", "Ukraine;\nII. Trade."),
    ("I. Ukraine; II. Trade; III. Climate.", "Ukraine; II. Trade; III. Climate."),
])
def test_a_lone_capital_numeral_before_a_sentence_or_its_run_is_a_list_number(text, expected):
    assert strip_marker(text) == expected


@pytest.mark.parametrize("text", [
    "I. Ivanov said the talks were useful.",  # an initial
    "I. A. Ivanov said the talks were useful.",  # two initials: "A." is no article
    "I. Иванов сообщил о переговорах.",
    "V. Putin said the talks were useful.",
    "X. Li spoke for the Chinese side.",
    "I. Ukraine.",  # a heading or an initial: nothing says which
    "I. I. Ivanov attended.",
    "I.The sides met.",  # no space after it
    "The two sides agreed to keep channels open.",  # a normal sentence
])
def test_a_lone_capital_numeral_before_a_name_stays(text):
    assert strip_marker(text) == text


# -- 3. inline Roman list numbers behave as Arabic ones do -----------------------------------------------------

def _numbered(template: str, style: str) -> str:
    """``template`` with its "{1}", "{2}", "{3}" as Arabic, lower-case Roman or capital Roman numbers."""
    numbers = {"arabic": ("1", "2", "3"), "lower": ("i", "ii", "iii"), "upper": ("I", "II", "III")}[style]
    return re.sub(r"\{([123])\}", lambda m: numbers[int(m.group(1)) - 1], template)


TEMPLATES = [
    "The sides agreed: {1}. To keep channels open. {2}. To meet again. {3}. To trade.",
    "The sides agreed. {1}) They keep channels open. {2}) They meet again.",
    "The talks covered security. {1}. The sides agreed to talk. {2}. They will meet.",
    "The sides agreed: {1}) to keep channels open; {2}) to meet again; {3}) to trade.",  # one point, as "1) ...; 2)"
    "The sides agreed: ({1}) to keep channels open; ({2}) to meet again.",
    "Agreed:\n{1}. to keep talking; {2}. to meet.",
]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("style", ["lower", "upper"])
def test_inline_roman_numbers_split_as_arabic_ones_do(template, style):
    arabic = points(_numbered(template, "arabic"))
    roman = points(_numbered(template, style))
    assert [_numbered(re.sub(r"(?<!\w)(iii|ii|i|III|II|I)(?=[.)])", lambda m: "{" + str(len(m.group(1))) + "}",
                             p), "arabic") for p in roman] == arabic


@pytest.mark.parametrize("text, expected", [
    ("The sides agreed: i. To keep channels open. ii. To meet again. iii. To trade.",
     ["The sides agreed: i. To keep channels open.", "ii. To meet again.", "iii. To trade."]),
    ("The sides agreed. i) They keep channels open. ii) They meet again.",
     ["The sides agreed.", "i) They keep channels open.", "ii) They meet again."]),
    ("The talks covered security. i. The sides agreed to talk. ii. They will meet.",
     ["The talks covered security.", "i. The sides agreed to talk.", "ii. They will meet."]),
    ("The sides agreed: I. To keep channels open. II. To meet again.",
     ["The sides agreed: I. To keep channels open.", "II. To meet again."]),
])
def test_inline_roman_list_numbers(text, expected):
    assert points(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("France under Louis XIV) was strong. It grew.", ["France under Louis XIV) was strong.", "It grew."]),
    ("See Art. 5(ii) of the treaty. It applies. See also 5(iii) of it.",
     ["See Art. 5(ii) of the treaty.", "It applies.", "See also 5(iii) of it."]),
    ("Under Louis XIV. The sides met. Then Louis XV. They left.",
     ["Under Louis XIV.", "The sides met.", "Then Louis XV.", "They left."]),
    # a lone numeral is no run: "i. e." and an initial after a sentence
    ("The sides met. i. e. they talked. It went well.", ["The sides met. i. e. they talked.", "It went well."]),
    ("The sides met. V. Putin spoke. I. Ivanov agreed.", ["The sides met.", "V. Putin spoke.", "I. Ivanov agreed."]),
    ("The two sides agreed to keep channels open. They will meet again.",
     ["The two sides agreed to keep channels open.", "They will meet again."]),
])
def test_roman_like_words_inside_sentences_split_as_before(text, expected):
    assert points(text) == expected


# -- 4. a site's name alone on a line at the text's top or bottom -------------------------------------------------

@pytest.mark.parametrize("text, expected, aside", [
    ("外交部网站\n\n王毅同美国国务卿通电话。双方同意保持沟通。", ["王毅同美国国务卿通电话。", "双方同意保持沟通。"], ["外交部网站"]),
    ("Министерство иностранных дел Российской Федерации\nСостоялся телефонный разговор. Обсуждались вопросы.",
     ["Состоялся телефонный разговор.", "Обсуждались вопросы."], ["Министерство иностранных дел Российской Федерации"]),
    ("U.S. Department of State\nOffice of the Spokesperson\n\nThe Secretary spoke today with Foreign Minister Wang Yi.",
     ["The Secretary spoke today with Foreign Minister Wang Yi."], ["U.S. Department of State", "Office of the Spokesperson"]),
    ("The Secretary spoke today with Foreign Minister Wang Yi.\n\nU.S. Department of State",
     ["The Secretary spoke today with Foreign Minister Wang Yi."], ["U.S. Department of State"]),
    ("Стороны обсудили ситуацию.\nМИД России", ["Стороны обсудили ситуацию."], ["МИД России"]),
    ("中华人民共和国外交部\n\n王毅同美国国务卿通电话。\n\n外交部网站", ["王毅同美国国务卿通电话。"],
     ["中华人民共和国外交部", "外交部网站"]),
    ("U.S. Department of State | Office of the Spokesperson\nThe Secretary spoke today with Foreign Minister Wang Yi.",
     ["The Secretary spoke today with Foreign Minister Wang Yi."], ["U.S. Department of State | Office of the Spokesperson"]),
])
def test_a_site_name_alone_at_the_top_or_bottom_is_set_aside(text, expected, aside):
    r = read(text)
    assert r.texts == expected
    assert [a.text for a in r.set_aside] == aside and {a.kind for a in r.set_aside} == {"page metadata"}


@pytest.mark.parametrize("text, expected", [
    # a sentence hard-wrapped after its subject: the name goes on into the next line
    ("Президент России\nВладимир Путин провёл телефонный разговор.",
     ["Президент России\nВладимир Путин провёл телефонный разговор."]),
    ("外交部\n发言人汪文斌表示，双方同意。", ["外交部\n发言人汪文斌表示，双方同意。"]),
    ("The White House\nannounced the call today.", ["The White House\nannounced the call today."]),
    ("The talks were hosted by the\nU.S. Department of State", ["The talks were hosted by the\nU.S. Department of State"]),
    # inside the text, not at its edge
    ("The Secretary spoke.\n\nU.S. Department of State\n\nThey discussed trade.",
     ["The Secretary spoke.", "U.S. Department of State", "They discussed trade."]),
    # inside a sentence
    ("The U.S. Department of State said the sides met.", ["The U.S. Department of State said the sides met."]),
])
def test_a_site_name_that_goes_on_a_sentence_or_stands_inside_stays(text, expected):
    r = read(text)
    assert r.texts == expected and r.set_aside == ()


# -- 2. a title's date lines: forms that ran the title and the date into one point --------------------------------

EN_TITLE = "Readout of Secretary Blinken's Call with Foreign Minister Lavrov"
EN_BODY = "The Secretary spoke today with Foreign Minister Lavrov."
RU_TITLE, RU_BODY = "Телефонный разговор с Президентом США", "Состоялся телефонный разговор с Президентом США."
ZH_TITLE, ZH_BODY = "王毅同美国国务卿通电话", "王毅同美国国务卿通电话。"


@pytest.mark.parametrize("date", [
    "March 3, 2023 at 3:20 PM", "March 3, 2023 at 3:20 p.m. EST", "3 марта 2023 года в 15:20",  # "at" / "в" a time
    "March 3, 2023 - 15:20", "3 марта 2023 - 15:20", "Friday, March 3, 2023 - 3:20pm",  # a hyphen between
    "03/03/2023", "3/3/2023", "03-03-2023",  # the day, month and year in figures
    "March 3rd, 2023", "3rd of March 2023",  # an ordinal day
    "Date: March 3, 2023", "Дата: 3 марта 2023 года", "日期：2023年3月3日",  # under a label
])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_date_line_under_a_title_is_set_aside_not_run_into_the_title(date, blank):
    # was one point, "Readout of ...\nMarch 3, 2023 at 3:20 PM": the title and its date
    title, body = ((ZH_TITLE, ZH_BODY) if re.search("[\u4e00-\u9fff]", date)
                   else (RU_TITLE, RU_BODY) if re.search("[а-я]", date) else (EN_TITLE, EN_BODY))
    r = read(f"{title}\n{date}{blank}{body}")
    assert r.texts == [title, body]
    assert [(a.text, a.kind) for a in r.set_aside] == [(date, "page metadata")]


@pytest.mark.parametrize("dateline, rest", [
    ("MOSCOW, March 3, 2023 (Xinhua) --", "Russian President Vladimir Putin spoke with his counterpart."),  # its year
    ("MOSCOW, 3 March (RIA Novosti) -", "Putin spoke with his counterpart."),  # day before month
    ("Beijing, March 3 (Xinhua) --", "Chinese President Xi Jinping spoke with his counterpart."),  # a city not in capitals
    ("WASHINGTON (AP) —", "President Biden spoke with his counterpart."),  # no date
    ("MOSCOW, March 3. /TASS/ -", "Putin spoke with his counterpart."),  # a dash after TASS's
])
def test_more_agency_datelines_are_set_aside(dateline, rest):
    r = read(f"{dateline} {rest}")
    assert r.texts == [rest] and [(a.text, a.kind) for a in r.set_aside] == [(dateline, "dateline")]
    r = read(f"Xi, Putin Hold Phone Talks\n{dateline} {rest}")  # under a title
    assert r.texts == ["Xi, Putin Hold Phone Talks", rest] and [a.text for a in r.set_aside] == [dateline]


@pytest.mark.parametrize("text", [
    # a real first sentence with a date in it stays whole
    "March 3, 2023 - The two sides discussed trade at length.",
    "On March 3, 2023 at 3:20 PM the Secretary spoke with Foreign Minister Lavrov.",
    "3 марта 2023 года в 15:20 состоялся телефонный разговор.",
    "03/03/2023: the sides met in Geneva.",
    "Date: the sides have yet to agree on one.",
    "The sides met in Geneva (AP) - officials said.",
    "In Moscow, 3 March (Reuters) - talks went on.",
])
def test_a_first_sentence_with_a_date_is_kept(text):
    r = read(text)
    assert r.texts == [text] and r.set_aside == ()


def test_a_title_over_a_dated_first_sentence_keeps_both():
    text = f"{RU_TITLE}\n3 марта 2023 года В.В.Путин провёл телефонный разговор с Президентом США."
    r = read(text)
    assert r.texts == text.split("\n") and r.set_aside == ()
