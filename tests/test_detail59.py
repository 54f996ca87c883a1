"""detail_mismatch and the numbers, names and concepts it reads (round 59): a percent range keys both
ends as percentages, a Chinese numeral of one character before a scale character ("十亿", "一万") is
a number, Russian teens are number words in every case, a name inside a longer name of one thing
("Nazism" of "victory over Nazism") is there where the other side names that thing otherwise, a city
that is no capital against its country named as a place is one place, and a few senses of concept
words that name no such concept ("press release", "dollar settlements"; "US forces" does name troops)."""
import pytest
from conftest import hand_comparison

from readouts.concepts import concepts
from readouts.cues import compare_cues
from readouts.flags import find_flags
from readouts.scoring import _numbers

from helpers import script_cues as _cues  # one side per script, as test_numbers58b's


def _extra(a, b):
    """The numbers, dates and names each point gives that the other lacks (the cues' comparison)."""
    s = compare_cues([_cues(a)], [_cues(b)], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


def details(a_points, b_points, *, a_side="US", b_side="RU", a_lang="en", b_lang="en"):
    """The evidence of the detail_mismatch flags of one link between two one-point readouts."""
    c = hand_comparison(a_points, b_points, [((0,), (0,))], a_side=a_side, b_side=b_side, a_lang=a_lang,
                        b_lang=b_lang, label="equivalent")
    return [s.text for f in find_flags(c) if f.kind == "detail_mismatch" for s in f.evidence]


# 1. a percent range: the percent sign or word on one end is both ends' ------------------------------

RANGES = [
    "Trade is expected to grow by 3-5%.",
    "Trade is expected to grow by 3 to 5 percent.",
    "Trade is expected to grow by 3% to 5%.",
    "Trade is expected to grow by three to five percent.",
    "Ожидается рост торговли на 3–5%.",
    "Ожидается рост торговли на 3-5 процентов.",
    "Ожидается рост торговли от трёх до пяти процентов.",
    "预计贸易增长3%至5%。",
    "预计贸易增长3-5%。",
    "预计贸易增长百分之三至五。",
    "预计贸易增长百分之三到百分之五。",
    "预计贸易增长百分之3至5。",
]


@pytest.mark.parametrize("text", RANGES)
def test_a_percent_range_keys_both_ends_as_percentages(text):
    c = _cues(text)
    keys = {n.key for n in c.numbers} | set(c.spelled_numbers)
    assert {"3%", "5%"} <= keys and "3" not in keys and "5" not in keys, keys


@pytest.mark.parametrize("a", RANGES[:5])
@pytest.mark.parametrize("b", RANGES[2::3])
def test_one_percent_range_written_two_ways_is_no_detail(a, b):
    assert _extra(a, b) == ([], []), (a, b)


@pytest.mark.parametrize("text, keys", [
    ("Trade grew by 3-5 billion dollars.", {"3e+09", "5e+09"}),  # a scale word is no percent
    ("In 2022 to 5% of the trade was in roubles.", {"2022", "5%"}),  # a range rises: a year and a share
    ("百分之二十至三十", {"20%", "30%"}),
])
def test_what_a_percent_range_is_not(text, keys):
    assert {n.key for n in _cues(text).numbers} == keys


def test_a_percentage_against_a_plain_number_is_still_a_detail():
    # "5%" of growth against "5 percent"-less "5 ports": the percentage is what the other lacks
    assert _extra("Growth of 3-5% is expected.", "They discussed 3-5 ports.") != ([], [])


# 2. "十亿", "一万": one numeral before a scale character is a number ----------------------------------

@pytest.mark.parametrize("text, key", [
    ("中印都是人口超过十亿的国家。", "1e+09"),
    ("双方同意提供一万吨粮食。", "10000"),
    ("两万人参加了活动。", "20000"),
    ("三亿美元的援助", "3e+08"),
])
def test_one_numeral_before_a_scale_character_is_a_number(text, key):
    assert [n.key for n in _cues(text).numbers] == [key]
    assert float(key) in {float(v) for v in _numbers([text])}  # as the label model reads it


@pytest.mark.parametrize("text", [
    "顾及几十亿人的生产生活。",  # "billions": vague
    "千万不要低估对方。",  # "by all means"
    "国家统一万岁。",  # the "一" of "统一"
])
def test_what_one_numeral_before_a_scale_character_is_not(text):
    assert _cues(text).numbers == ()


def test_a_billion_in_numerals_is_a_detail_and_matches_the_other_languages_digits():
    assert _extra("中印都是人口超过十亿的国家。", "India and China are both countries.")[0] == ["十亿"]
    assert _extra("中印都是人口超过十亿的国家。", "Both have populations of over 1 billion.") == ([], [])
    assert _extra("双方同意提供一万吨粮食。", "They agreed on 10,000 tonnes of grain.") == ([], [])


# 3. Russian teens are number words, in every case -------------------------------------------------

TEENS = ["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
         "восемнадцат", "девятнадцат"]


@pytest.mark.parametrize("value, stem", list(enumerate(TEENS, 11)))
@pytest.mark.parametrize("ending", ["ь", "и", "ью"])
def test_a_russian_teen_is_a_number_word_in_every_case(value, stem, ending):
    # "семнадцать процентов" is "17%", as "seventeen percent" and "17%" are
    c = _cues(f"Торговля выросла на {stem}{ending} процентов.")
    assert f"{value}%" in c.spelled_numbers, c.spelled_numbers


@pytest.mark.parametrize("ru, en", [
    ("Торговля выросла на семнадцать процентов.", "Trade grew by 17%."),
    ("Торговля выросла на тринадцать процентов.", "Trade grew by 13 percent."),
    ("Рост составил девятнадцать процентов.", "Growth was nineteen percent."),
])
def test_a_russian_teen_percentage_matches_the_digits(ru, en):
    assert _extra(ru, en) == ([], [])


# 4. a name inside a longer name of one thing --------------------------------------------------------

def test_a_name_inside_another_name_of_the_thing_is_no_detail():
    # "Nazism" of "victory over Nazism" against "Victory in Europe Day": one anniversary, two names
    assert details(["Trump spoke with Putin to mark the 75th anniversary of Victory in Europe Day."],
                   ["The two presidents congratulated each other on the 75th anniversary of the victory over Nazism."]) == []


def test_the_name_alone_is_still_a_detail():
    assert "Nazism" in details(["Trump spoke with Putin to mark Victory in Europe Day."],
                               ["Putin said the fight against Nazism goes on."])


# 5. a city that is no capital against its country, named as a place ------------------------------

@pytest.mark.parametrize("a, b, lang", [
    ("The talks in Jeddah covered Ukraine.", "The talks in Saudi Arabia covered Ukraine.", "en"),
    ("Erdoğan met Putin in Sochi.", "Putin welcomed Erdoğan to Russia.", "en"),
    ("Austin met Wei in Siem Reap.", "Wei, in Cambodia for the meeting, met Austin.", "en"),
    ("Переговоры в Джидде касались Украины.", "Переговоры в Саудовской Аравии касались Украины.", "ru"),
    ("Эрдоган встретился с Путиным в Сочи.", "Путин приветствовал Эрдогана в России.", "ru"),
])
def test_a_city_against_its_country_as_a_place_is_one_place(a, b, lang):
    assert details([a], [b], a_side="TR", a_lang=lang, b_lang=lang) == []


@pytest.mark.parametrize("a, b, lang, city", [
    ("Erdoğan met Putin in Sochi.", "Russia and Turkey agreed to keep talking.", "en", "Sochi"),
    ("Эрдоган встретился с Путиным в Сочи.", "Россия и Турция договорились продолжить диалог.", "ru", "Сочи"),
])
def test_a_city_against_its_country_as_an_actor_is_still_a_detail(a, b, lang, city):
    assert city in details([a], [b], a_side="TR", a_lang=lang, b_lang=lang)


# 6. concept words in another sense --------------------------------------------------------------

@pytest.mark.parametrize("text, concept, named", [
    ("He said its details would be set out in a press release to follow.", "prisoners_detainees", False),
    ("They sought the release of the detained journalists.", "prisoners_detainees", True),
    ("The share of dollar and euro settlements kept falling.", "peace_settlement", False),
    ("They discussed settlements in national currencies.", "peace_settlement", False),
    ("They called for a political settlement of the conflict.", "peace_settlement", True),
    ("He affirmed that US forces will go on operating wherever international law allows.", "troops_buildup", True),
    ("He affirmed that U.S. forces will go on operating.", "troops_buildup", True),
])
def test_concept_words_in_another_sense(text, concept, named):
    assert (concept in concepts(text)) is named
