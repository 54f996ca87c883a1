"""The label model's ``number_mismatch`` (scoring._numbers), round 57: a range's scale word gives both
ends their value, numbers in words with a scale word or in a Russian case other than the nominative
read as their digits do, and a set phrase that is a name ("两个一百年") holds no number."""
import pytest

from readouts.scoring import _numbers

from helpers import numbers_in_three as _in_three


@pytest.mark.parametrize("texts", [
    # a range whose scale word only its last end carries: both ends get it
    ("$10-20 billion in investment", "100至200亿美元的投资", "инвестиции на 10–20 млрд долларов"),
    ("$10–20 billion in investment", "100-200亿美元的投资", "инвестиции от 10 до 20 млрд долларов"),
    ("between 10 and 20 billion dollars", "100亿至200亿美元", "от 10 до 20 миллиардов долларов"),
])
def test_one_quantity_in_three_languages_is_one_number(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("a, b", [
    ("10-20 billion", "10-20"),  # a range without a scale word keeps its ends
    ("26日至27日", "26至27亿"),
    ("$10-20 billion", "$10-30 billion"),
])
def test_different_quantities_still_differ(a, b):
    assert _numbers([a]) != _numbers([b]) and _numbers([a]) and _numbers([b])


@pytest.mark.parametrize("texts", [
    # English numbers in words with a hundred before a larger scale word, or a remainder after it
    ("one hundred million people", "一亿人", "сто миллионов человек"),
    ("a hundred thousand tonnes", "十万吨", "100 тыс. тонн"),
    ("one hundred and fifty years", "一百五十年", "150 лет"),
    ("two hundred fifty-five million dollars", "2.55亿美元", "255 млн долларов"),
    # half a scale word is half of it
    ("half a million tonnes", "50万吨", "500 тыс. тонн"),
])
def test_english_words_read_as_the_other_languages_digits(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("texts", [
    # Russian numerals outside the nominative, ordinals and anniversaries read as English and Chinese
    ("over the past twenty years", "过去二十年", "в течение двадцати лет"),
    ("some fifteen meetings", "十五次会晤", "около пятнадцати встреч"),
    ("two thousand tonnes", "两千吨", "двух тысяч тонн"),
    ("three billion dollars", "三十亿美元", "трёх миллиардов долларов"),
    ("1.5 million people", "150万人", "полтора миллиона человек"),
    ("one hundred million people", "一亿人", "сто миллионов человек"),
    ("the seventieth anniversary", "七十周年", "семидесятая годовщина"),
    ("the seventieth anniversary", "七十周年", "семидесятилетие"),
    ("the twenty-fifth anniversary", "二十五周年", "двадцатипятилетия"),
    ("the twenty-first century", "二十一世纪", "двадцать первого века"),
    ("the 40th anniversary", "四十周年", "сорокового"),
])
def test_russian_numerals_in_any_case_read_as_english_and_chinese(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("text", [
    "представители двух стран",  # a unit alone is none, as "two" and "两" are
    "около пяти лет назад",
    "председательство Индии в «Группе двадцати»",  # the G20's name
    "саммит Группы двадцати",
    "в девяностых годах",  # a decade, "the nineties"
    "сто лет",  # "сто" alone, as "a hundred" and "百年"
    "столетие",
])
def test_no_russian_number_where_english_gives_none(text):
    assert _numbers([text]) == set()


@pytest.mark.parametrize("texts", [
    # a Chinese set phrase that is a name gives the number its English and Russian versions write
    ("to realise the two centenary goals", "实现“两个一百年”奋斗目标", "достижение двух столетних целей"),
    ("the two centenary goals", "两个一百年奋斗目标", "две столетние цели"),
    ("adhere to the 1992 Consensus", "坚持九二共识", "придерживаться консенсуса 1992 года"),
])
def test_a_chinese_set_phrase_that_is_a_name(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru, (texts, en, zh, ru)


def test_a_hundred_years_outside_the_name_is_still_a_number():
    assert _numbers(["两个一百年和建党一百年"]) == _numbers(["one hundred years"]) == {"100.0"}


@pytest.mark.parametrize("texts", [
    # a count up to ten before a time span: English and Russian write it in words, which are none
    ("over the past four years", "过去4年", "за последние 4 года"),
    ("over the past 4 years", "过去四年", "за последние четыре года"),
    ("ten years ago", "10年前", "10 лет назад"),
    ("in three to four years", "3至4年内", "через 3-4 года"),
])
def test_a_small_count_of_years_is_none_in_digits_as_in_words(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru == set(), (texts, en, zh, ru)


@pytest.mark.parametrize("text, number", [
    ("On 4 July", "4.0"),  # a date's day stays
    ("7月4日", "4.0"),
    ("4 июля", "4.0"),
    ("12 years", "12.0"),  # a count over ten stays, as "twelve years" and "十二年" read
    ("2024年", "2024.0"),
])
def test_a_day_or_a_larger_count_stays(text, number):
    assert _numbers([text]) == {number}


@pytest.mark.parametrize("texts", [
    # Russian hundreds in words, as English and Chinese read them
    ("one hundred and fifty years", "一百五十年", "сто пятьдесят лет"),
    ("two hundred years", "两百年", "двести лет"),
    ("three hundred million people", "三亿人", "триста миллионов человек"),
    ("five hundred million dollars", "五亿美元", "пятисот миллионов долларов"),
    ("one hundred and twenty-five million", "一亿二千五百万", "сто двадцать пять миллионов"),
])
def test_russian_hundreds_read_as_english_and_chinese(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("texts", [
    # a unit in words before "percent" is a quantity in every language, as "5 percent" is
    ("5 percent", "百分之五", "пять процентов"),
    ("five percent", "百分之五", "5 процентов"),
    ("ten per cent", "百分之十", "десяти процентов"),
    ("two percentage points", "两个百分点", "2 процентных пункта"),
])
def test_a_unit_in_words_before_percent_is_a_number(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("texts", [
    # a century in Roman numerals, as Russian writes it
    ("the 21st century", "二十一世纪", "в XXI веке"),
    ("the twenty-first century", "二十一世纪", "XXI век"),
    # half a Russian scale word
    ("half a million tonnes", "50万吨", "полмиллиона тонн"),
    ("half a billion dollars", "5亿美元", "полмиллиарда долларов"),
    # "a hundred" with a remainder is a number, as "一百五十" is
    ("a hundred and fifty years", "一百五十年", "150 лет"),
])
def test_roman_centuries_half_scales_and_a_hundred_and_more(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("text", ["World War II", "Section IV of the treaty", "a hundred years"])
def test_roman_numerals_outside_a_century_and_a_hundred_alone_stay_none(text):
    assert _numbers([text]) == set()


def test_a_hyphenated_percent_in_words_is_the_number_too():
    # the 2022-10-30 Blinken-Wang twin: "百分之一的可能" against "a one-percent chance"
    assert _numbers(["a one-percent chance"]) == _numbers(["百分之一的可能"]) == _numbers(["один процент"]) == {"1.0"}


@pytest.mark.parametrize("text, numbers", [
    ("trade grew in 2022 to 62 billion dollars", {"2022.0", "62000000000.0"}),  # a year, then a sum
    ("в 2022 и 62 млрд долларов", {"2022.0", "62000000000.0"}),
    ("1,500-2,000 million", {"1500000000.0", "2000000000.0"}),
])
def test_a_range_rises_or_is_no_range(text, numbers):
    assert _numbers([text]) == numbers


@pytest.mark.parametrize("text", ["за два тысячелетия", "на протяжении двух тысячелетий", "two millennia"])
def test_a_millennium_is_no_thousand(text):
    assert _numbers([text]) == set()
