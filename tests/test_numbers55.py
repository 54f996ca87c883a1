"""Numbers written differently on the two sides of a link: an anniversary's or a congress's count
is an ordinal in every language, a group named by its number (G20) is a name, a percentage in words
is a percentage; and the label model's ``number_mismatch`` (scoring._numbers) reads a Chinese date's
month, a name's digits and scale words as the cues do."""
import warnings

import pytest

from readouts.cues import compare_cues, point_cues

warnings.simplefilter("ignore")


def _cues(text, lang, side="CN", other="EU"):
    return point_cues(text, side=side, counterpart_side=other, language=lang)


def _extra(a, la, b, lb):
    """Detail texts each side of a one-point link has and the other lacks."""
    s = compare_cues([_cues(a, la, "EU", "CN")], [_cues(b, lb)], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


@pytest.mark.parametrize("text, lang", [
    ("王毅指出，今年是中欧全面战略伙伴关系建立20周年。", "zh"),
    ("王毅指出，今年是中欧全面战略伙伴关系建立二十周年。", "zh"),
    ("Ван И отметил, что в этом году отмечается 20-летие партнёрства.", "ru"),
    ("Wang noted that this year is the 20th anniversary of the partnership.", "en"),
])
def test_an_anniversarys_count_is_an_ordinal_in_every_language(text, lang):
    c = _cues(text, lang)
    assert [n.text for n in c.numbers] == []
    assert "20" in c.spelled_numbers  # still matches a "20" the other side gives


@pytest.mark.parametrize("text, lang", [
    ("王毅指出，今年是中欧全面战略伙伴关系建立20周年。", "zh"),
    ("Wang noted that this year is the 20th anniversary of the partnership.", "en"),
])
def test_an_anniversary_against_a_side_that_does_not_give_it_is_flagged_alike_in_both_languages(text, lang):
    # the corpus's 2023-10-13 EU-China link: the English twin had no flag, the Chinese original one
    assert _extra("Both sides welcomed the rising number of high-level contacts.", "en", text, lang) == ([], [])


def test_a_twenty_year_treaty_is_still_a_quantity():
    c = _cues("Стороны обсудили 20-летний договор.", "ru")
    assert [n.key for n in c.numbers] == ["20"]


def test_a_party_congress_by_its_number_is_an_ordinal():
    c = _cues("双方谈到党的二十大精神。", "zh")
    assert [n.text for n in c.numbers] == [] and "20" in c.spelled_numbers
    assert _extra("They discussed the economy.", "en", "双方谈到党的二十大精神。", "zh") == ([], [])
    # a session's number likewise ("十四届全国人大": the 14th National People's Congress)
    assert [n.text for n in _cues("十四届全国人大二次会议", "zh").numbers] == []


@pytest.mark.parametrize("zh", ["习近平谈到二十国集团峰会。", "习近平谈到20国集团峰会。"])
def test_the_g20_in_chinese_is_a_name_not_the_number_20(zh):
    assert [n.text for n in _cues(zh, "zh").numbers] == []
    assert _extra("Xi spoke about the G20 summit.", "en", zh, "zh") == ([], [])


def test_the_g20_as_dvadtsatka_in_russian_is_the_g20():
    assert _extra("Modi spoke about the G20 summit.", "en", "Моди рассказал о саммите «двадцатки».", "ru") == ([], [])
    # a group the Russian side does not name is still one the English side gives
    assert _extra("Modi spoke about the G20 summit.", "en", "Моди рассказал о саммите ШОС.", "ru")[0] == ["G20"]


def test_chinese_numbers_that_are_quantities_stay_numbers():
    assert [n.key for n in _cues("中国有十四亿人口，双方恢复了20多个沟通机制。", "zh").numbers] == ["1.4e+09", "20"]


# -- percentages and scale abbreviations ----------------------------------------------------------
@pytest.mark.parametrize("zh, key", [("贸易增长百分之二十。", "20%"), ("增长百分之3.5。", "3.5%")])
def test_a_chinese_percentage_in_words_is_a_percentage(zh, key):
    assert [n.key for n in _cues(zh, "zh").numbers] == [key]


@pytest.mark.parametrize("text, lang", [("只要有百分之一的可能，就要争取和平。", "zh"),
                                        ("As long as there is even a one-percent chance, peace must be sought.", "en")])
def test_a_percentage_of_one_numeral_is_spelled_out_in_both_languages(text, lang):
    c = _cues(text, lang)
    assert [n.text for n in c.numbers] == [] and "1%" in c.spelled_numbers


def test_a_chinese_percentage_in_words_matches_an_english_one():
    assert _extra("Trade grew 20 percent.", "en", "贸易增长百分之二十。", "zh") == ([], [])


@pytest.mark.parametrize("spelled, lang", [("Trade grew twenty percent.", "en"),
                                           ("Торговля выросла на двадцать процентов.", "ru")])
def test_a_percentage_spelled_out_matches_one_in_digits(spelled, lang):
    assert "20%" in _cues(spelled, lang).spelled_numbers
    assert _extra(spelled, lang, "贸易增长20%。", "zh") == ([], [])


def test_a_spelled_percentage_is_not_the_plain_number():
    # "twenty percent" is no match for "20 people"
    assert _extra("Trade grew twenty percent.", "en", "20人参加。", "zh")[1] == ["20"]


def test_bn_is_billion():
    assert [n.key for n in _cues("Trade reached US$240bn.", "en").numbers] == ["2.4e+11"]
    assert _extra("Trade reached US$240bn.", "en", "双边贸易额达2400亿美元。", "zh") == ([], [])
