"""The label model's ``number_mismatch`` input (scoring._numbers), round 58: a range's first end in
words or in one Chinese numeral reads as its digits do ("three to twelve years", "三至十二年" as
"3-12 years"), a Chinese range's scale word gives both ends their value ("一百至二百亿"), a Chinese
year written digit by digit ("二〇二四年") is the year, Russian tens in the instrumental ("двадцатью")
are numbers, "сорока" is forty only as a numeral (not the magpie), and a millennium is no thousand;
and two readings of the cues next to numbers: a currency named after a side ("55 billion US dollars",
"долларов США") is no mention of it, and a plural abbreviation ("the SRs") is no named entity."""
import pytest

from readouts.cues import point_cues
from readouts.scoring import _numbers

from helpers import numbers_in_three as _in_three


@pytest.mark.parametrize("texts", [
    ("3-12 years", "3至12年", "3–12 лет"),
    ("three to twelve years", "三至十二年", "от трёх до двенадцати лет"),
    ("3 to 12 years", "三到十二年", "от 3 до 12 лет"),
    ("ten to twenty years", "十至二十年", "от десяти до двадцати лет"),
    ("one to fifteen months", "一至十五个月", "от одного до пятнадцати месяцев"),
])
def test_a_range_in_words_reads_as_its_digits(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and len(en) == 2, (texts, en, zh, ru)


@pytest.mark.parametrize("words, digits", [
    ("three to twelve years", "3-12 years"),
    ("三至十二年", "3-12 years"),
    ("от трёх до двенадцати лет", "3-12 years"),
    ("ten to twenty years", "10-20 years"),
    ("十至二十年", "10-20 years"),
])
def test_words_and_digits_of_one_range_are_one_number_set(words, digits):
    assert _numbers([words]) == _numbers([digits]) and _numbers([digits])


@pytest.mark.parametrize("texts", [
    # a Chinese range in numerals whose scale word only the last end carries: both ends get it
    ("$10-20 billion", "一百至二百亿美元", "10–20 млрд долларов"),
    ("$1-2 billion", "十至二十亿美元", "1–2 млрд долларов"),
    ("five to ten billion dollars", "五十至一百亿美元", "5–10 млрд долларов"),
    ("three to twelve billion dollars", "三十至一百二十亿美元", "от трёх до двенадцати миллиардов долларов"),
    ("$500 million to $1 billion", "五至十亿美元", "5-10亿美元"),
])
def test_a_chinese_range_in_numerals_carries_its_scale(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("words, digits", [
    # the last end's scale words, a hundred among them, give the first end its value
    ("two to three hundred people", "200-300 people"),
    ("three to four hundred million dollars", "$300-400 million"),
    ("seven to eight thousand tonnes", "7,000-8,000 tonnes"),
])
def test_a_range_in_words_carries_its_scale_words(words, digits):
    assert _numbers([words]) == _numbers([digits]) and len(_numbers([digits])) == 2


def test_months_are_no_range_of_numbers():
    # "一到十二月": January to December, as "from January to December" names no number
    assert _numbers(["一到十二月"]) == _numbers(["一至十二月份"]) == _numbers(["from January to December"]) == set()


@pytest.mark.parametrize("text", [
    "三至五年",  # two small ends: none, as "three to five years" and "3-5 years" are
    "two or three years",
    "от трёх до пяти лет",
    "统一到二十大精神上来",  # "统一" and a congress, no range
    "three to ten years",  # "ten" alone is none
])
def test_a_range_of_small_ends_is_none(text):
    assert _numbers([text]) <= {"20.0"} and "1.0" not in _numbers([text]) and "3.0" not in _numbers([text])


@pytest.mark.parametrize("texts", [
    ("in 2024", "二〇二四年", "в 2024 году"),
    ("in 1992", "一九九二年", "в 1992 году"),
    ("in 2020", "二零二零年", "в 2020 году"),
])
def test_a_chinese_year_digit_by_digit(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("texts", [
    ("with twenty countries", "与二十个国家", "с двадцатью странами"),
    ("with thirty partners", "与三十个伙伴", "с тридцатью партнёрами"),
    ("with fifty states", "与五十个国家", "с пятьюдесятью государствами"),
    ("with twenty-five states", "与二十五个国家", "с двадцатью пятью государствами"),
    ("with fifteen states", "与十五个国家", "с пятнадцатью государствами"),
    ("with forty countries", "与四十个国家", "с сорока странами"),
    ("about forty years", "约四十年", "около сорока лет"),
    ("forty-two countries", "四十二个国家", "сорока двух стран"),
    ("forty million people", "四千万人", "сорока миллионов человек"),
])
def test_russian_tens_in_the_instrumental_and_forty(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


@pytest.mark.parametrize("text", [
    "Сорока принесла на хвосте новость.",  # the magpie
    "белобокая сорока",
    "как сорока",
    "в семью",  # "семью": a family, no seven
])
def test_a_magpie_is_no_forty(text):
    assert _numbers([text]) == set()


@pytest.mark.parametrize("texts", [
    ("10 millennia", "10个千年", "10 тысячелетий"),
    ("ten thousand tonnes", "一万吨", "10 тысяч тонн"),  # the scale word itself stays
])
def test_a_millennium_after_digits_is_no_thousand(texts):
    en, zh, ru = _in_three(texts)
    assert en == zh == ru and en, (texts, en, zh, ru)


# -- a currency names no side (readouts.cues mentions) -------------------------------------------


def _sides(text, own="China", counterpart="United States"):
    return [(m.text, m.role) for m in point_cues(text, side=own, counterpart_side=counterpart).mentions]


@pytest.mark.parametrize("text", [
    "Trade was still fairly high, at about 55 billion US dollars.",
    "The deal is worth US$55 billion.",
    "The deal is worth U.S. $5 billion.",
    "They discussed the strength of the US dollar.",
    "Товарооборот составил 55 млрд долларов США.",
    "Торговля в американских долларах сократилась.",
    "Курс американского доллара вырос.",
    "Trade in American dollars fell.",
    "双边贸易额达到550亿美元。",
])
def test_a_currency_is_no_mention_of_the_side(text):
    cues = point_cues(text, side="Russia" if text[:1] in "ТК" else "China", counterpart_side="United States")
    # no mention of the side, nor a named entity in its place
    assert not [m.text for m in cues.mentions if m.role == "counterpart"]
    assert not [e for e in cues.entities if e.text in ("US", "США", "U.S.", "U.S")]


@pytest.mark.parametrize("text, mention", [
    ("They discussed the withdrawal of US troops.", "US"),
    ("The US side stressed that it would cooperate.", "The US side"),
    ("Американская сторона подчеркнула готовность.", "Американская"),
    ("Посол США был вызван в МИД.", "США"),
    ("美方表示，双边贸易额达到550亿美元。", "美方"),
    ("He said the US would pay 5 billion dollars.", "US"),
])
def test_a_side_next_to_money_is_still_a_mention(text, mention):
    own = "Russia" if text[:1] in "АП" else "China"
    assert mention in [t for t, _ in _sides(text, own)]


# -- a plural abbreviation is no named entity (readouts.cues entities) ----------------------------

def _entities(text, own="India", counterpart="China"):
    return [e.text for e in point_cues(text, side=own, counterpart_side=counterpart).entities]


@pytest.mark.parametrize("text, plural", [
    ("The SRs reaffirmed that peace in the border areas matters.", "SRs"),
    ("It was the SRs' first meeting in five years.", "SRs"),
    ("Both FMs agreed to meet again soon.", "FMs"),
    ("The NSAs will hold talks next month.", "NSAs"),
    ("They signed three MoUs on trade.", "MoUs"),
    ("The two sides welcomed the role of NGOs in the exchanges.", "NGOs"),
    ("The Special Representatives (SRs) met in Beijing.", "SRs"),
])
def test_a_plural_abbreviation_is_a_common_noun(text, plural):
    assert plural not in _entities(text)


@pytest.mark.parametrize("text, name", [
    ("The SCO summit will be held in Astana.", "SCO"),  # a singular abbreviation is a name
    ("BRICS leaders met in Kazan.", "BRICS"),  # capitals to the end: no plural
    ("The Special Representatives (SRs) met in Beijing.", "Special Representatives"),  # the name written out
    ("They discussed the BRICS FMs Meeting in Rio.", "BRICS FMs Meeting"),  # inside a longer name
])
def test_a_singular_or_defined_abbreviation_stays_an_entity(text, name):
    assert name in _entities(text), _entities(text)
