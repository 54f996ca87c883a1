"""The two readers of numbers agree (round 58b): the cues' own reading (readouts.cues: the numbers a
``detail_mismatch`` quotes, keyed by value, and the numbers a point spells out, which match the other
side's digits) and the label model's (readouts.scoring._numbers). A millennium is no thousand in the
cues either, a range's first end takes the scale word its last end carries, a Chinese year written
digit by digit is no spelled "2", the magpie "Сорока" is no forty, and every number the label model
reads is one the cues know ("двадцатью", "ста сорока", "двумястами")."""
import pytest

from readouts.scoring import _numbers

from helpers import script_cues as _cues


def _value(key):
    return float(key.rstrip("%"))


def _details(text):
    """The values of the numbers the cues key as details of the point (what a detail_mismatch quotes)."""
    return {_value(n.key) for n in _cues(text).numbers}


def _known(text):
    """Every value the cues know in the point: its details, the numbers it spells out, its dates' days."""
    c = _cues(text)
    return _details(text) | {_value(k) for k in c.spelled_numbers} | {
        float(d.key.split("-")[-1]) for d in c.dates}


def _scoring(text):
    return {float(v) for v in _numbers([text])}


# -- the cues' details -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("10 тысячелетий", {10.0}),  # ten millennia, no ten thousand
    ("за 10 тысячелетий", {10.0}),
    ("10 тысяч тонн", {1e4}),  # the scale word itself stays
])
def test_a_millennium_is_no_thousand_in_the_cues(text, values):
    assert _details(text) == values == _scoring(text)


@pytest.mark.parametrize("text, values", [
    ("一百至二百亿美元", {1e10, 2e10}),
    ("$10-20 billion", {1e10, 2e10}),
    ("10–20 млрд долларов", {1e10, 2e10}),
    ("from 10 to 20 billion", {1e10, 2e10}),
    ("5-10亿美元", {5e8, 1e9}),
    ("1,5-2 млрд рублей", {1.5e9, 2e9}),
    ("in 2022 to 62 billion", {2022.0, 6.2e10}),  # a range rises: a year and a sum
])
def test_a_range_first_end_takes_the_last_ends_scale(text, values):
    assert _details(text) == values == _scoring(text)


def test_a_range_keys_its_first_end_as_the_other_language_does():
    zh, en = _cues("一百至二百亿美元"), _cues("$10-20 billion")
    assert {n.key for n in zh.numbers} == {n.key for n in en.numbers} == {"1e+10", "2e+10"}
    assert [n.text for n in zh.numbers] == ["一百", "二百亿"]  # the evidence quotes stay the words


# -- the cues' spelled numbers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, key, wrong", [
    ("二〇二四年", "2024", "2"),  # a year digit by digit, no spelled "2"
    ("一九九二年", "1992", "9"),
    ("Сорока принесла весть.", None, "40"),  # the magpie
    ("белобокая сорока", None, "40"),
    ("около сорока стран", "40", None),
    ("с двадцатью странами", "20", None),
    ("с двадцатью пятью государствами", "25", None),
    ("ста сорока стран", "140", "40"),
    ("сто двадцать пять", "125", "120"),
    ("двумястами странами", "200", None),
    ("о двухстах пятидесяти странах", "250", None),
])
def test_spelled_numbers_read_as_the_label_model_reads_them(text, key, wrong):
    spelled = _cues(text).spelled_numbers
    assert (key is None or key in spelled) and wrong not in spelled, spelled


@pytest.mark.parametrize("text, value", [
    ("ста сорока стран", 140.0),
    ("двумястами странами", 200.0),
    ("с пятьюстами участниками", 500.0),
    ("о двухстах пятидесяти странах", 250.0),
    ("двухсот пятидесяти стран", 250.0),
])
def test_the_label_model_reads_oblique_hundreds(text, value):
    assert _scoring(text) == {value}


# -- both readers over one list of texts -----------------------------------------------------------

TEXTS = [
    # English
    "1.4 billion people", "On 17 June, the G20 summit", "$1.5 trillion", "13,000 people, 3,000 of them Russians",
    "the 20th CPC Congress", "fifty years", "the seventieth anniversary", "a billion people",
    "three to twelve years", "two to three hundred people", "$10-20 billion", "$500 million to $1 billion",
    "10 millennia", "ten thousand tonnes", "in 2024", "with twenty-five states", "forty million people",
    "in 2022 to 62 billion", "2.50% and 1,5%",
    # Chinese
    "十四亿人口", "14亿人口", "6月17日，G20峰会", "中共二十大", "1.5万亿美元", "三至十二年", "一百至二百亿美元",
    "十至二十亿美元", "五至十亿美元", "5-10亿美元", "二〇二四年", "一九九二年", "与二十五个国家", "四千万人",
    "一万吨", "10个千年", "百分之二十", "五十周年", "三千五百万",
    # Russian
    "1,4 млрд человек", "17 июня, саммит «двадцатки»", "20-й съезд КПК", "10 000 военнослужащих",
    "от трёх до двенадцати лет", "10–20 млрд долларов", "10 тысячелетий", "10 тысяч тонн", "в 2024 году",
    "с двадцатью странами", "с двадцатью пятью государствами", "с пятнадцатью государствами", "с сорока странами",
    "около сорока лет", "сорока двух стран", "сорока миллионов человек", "Сорока принесла на хвосте новость.",
    "ста сорока стран", "двумястами странами", "двухсот пятидесяти стран", "полтора миллиона", "XXI век",
    "семидесятилетие", "от трёх до двенадцати миллиардов долларов",
]


@pytest.mark.parametrize("text", TEXTS)
def test_both_readers_know_the_same_numbers(text):
    scoring, details, known = _scoring(text), _details(text), _known(text)
    # every number the cues quote as a detail is one the label model reads, and every number the
    # label model reads is one the cues know (a detail, a number spelled out or a date's day)
    assert details <= scoring <= known, (text, details, scoring, known)
    # and the numbers in words the cues know beyond the label model's are units alone ("two sides")
    assert all(v <= 10 for v in known - scoring - details), (text, known - scoring)


# -- the digits of a name, a short time span, trailing zeros ----------------------------------------

@pytest.mark.parametrize("text", [
    "They discussed the COVID-19 pandemic.",
    "Turkey bought Russian S-400 air defence systems.",
    "поставки истребителей Су-35",
])
def test_the_digits_of_a_name_are_no_detail(text):
    assert _details(text) == set() == _scoring(text)


@pytest.mark.parametrize("text, words", [
    ("习近平指出，过去4年，中美关系有起有伏。", "Xi noted that over the past four years relations had ups and downs."),
    ("in the next 3-4 years", "in the next three to four years"),
    ("за последние 4 года", "за последние четыре года"),
])
def test_a_short_span_in_digits_is_spelled_as_in_words(text, words):
    digits = _cues(text)
    # no detail of its own, as "four years" is none, but still a number the other side's "4" matches
    assert not digits.numbers and "4" in digits.spelled_numbers
    assert "4" in _cues(words).spelled_numbers and not _cues(words).numbers


def test_a_short_span_leaves_the_same_number_elsewhere():
    # "4 tonnes" is still a detail where "4 years" is none
    assert [n.text for n in _cues("4 years and 4 tonnes").numbers] == ["4"]


@pytest.mark.parametrize("a, b", [
    ("2.50% and 3.0 billion", "2.5% and 3 billion"),
    ("growth of 2.50 percent", "рост на 2,5 процента"),
])
def test_trailing_zeros_are_one_number(a, b):
    assert {n.key for n in _cues(a).numbers} == {n.key for n in _cues(b).numbers}
    assert _scoring(a) == _scoring(b)


# -- what a detail_mismatch sees --------------------------------------------------------------------

from readouts.cues import compare_cues  # noqa: E402


@pytest.mark.parametrize("a, b", [
    ("They agreed to fight COVID-19 together.", "双方同意共同抗击新冠疫情。"),
    ("Они обсудили наследие 10 тысячелетий.", "They discussed the legacy of 10 millennia."),
    ("They discussed $10-20 billion of trade.", "双方讨论了一百至二百亿美元的贸易。"),
    ("Они обсудили торговлю со ста сорока странами.", "They discussed trade with 140 countries."),
    ("Они обсудили связи с двадцатью странами.", "They discussed ties with 20 countries."),
    ("过去4年，中美关系有起有伏。", "Over the past four years, relations had ups and downs."),
])
def test_one_number_read_alike_is_no_detail_mismatch(a, b):
    s = compare_cues([_cues(a)], [_cues(b)], [0], [0])
    numbers = [c.text for _, c in s.extra_details_a + s.extra_details_b
               if c is not None and c.text[:1] in "0123456789一二十"]
    assert numbers == [], (s.extra_details_a, s.extra_details_b)
