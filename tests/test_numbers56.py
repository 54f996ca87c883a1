"""The label model's ``number_mismatch`` (scoring._numbers): one quantity written in English, Russian
or Chinese reads as one number (a Chinese date's month and a name's digits are none, scale words give
their value, Chinese numerals and numbers in words are numbers), and different quantities still differ."""
import numpy as np
import pytest

from readouts.scoring import LINK_FEATURES, _numbers, link_features


@pytest.mark.parametrize("texts", [
    # a Chinese date's month is a word in English and Russian
    ("On 4 July 2024, Wang met Jaishankar.", "2024年7月4日，王毅会见苏杰生。", "4 июля 2024 года Ван И встретился"),
    ("Talks on 18 March", "3月18日会谈", "переговоры 18 марта"),
    # a name's digits: other languages name it without them
    ("India's G20 presidency", "印度担任二十国集团主席国", "председательство Индии в «Группе двадцати»"),
    ("India's G20 presidency", "印度担任20国集团主席国", "председательство Индии в G20"),
    ("measures against COVID-19", "抗击新冠疫情的措施", "меры против коронавируса"),
    ("the Su-35 and S-400 deals", "苏-35和S-400的交易", "сделки по Су-35 и С-400"),
    ("the Group of Twenty", "二十国集团", "Группа двадцати"),
    # a scale word gives its value
    ("China's 1.4 billion people", "中国14亿人口", "население Китая 1,4 млрд человек"),
    ("China's 1,400 million people", "十四亿多中国人民", "1.4 млрд. человек"),
    ("$1.5 trillion in trade", "1.5万亿美元的贸易", "торговля на 1,5 трлн долларов"),
    ("trade reached US$240bn", "双边贸易额达2400亿美元", "товарооборот достиг 240 млрд долларов"),
    ("35,000 tonnes", "3.5万吨", "35 тыс. тонн"),
    ("over 10 billion dollars", "100多亿美元", "более 10 миллиардов долларов"),
    ("one million tonnes of grain", "一百万吨粮食", "один миллион тонн зерна"),
    # Chinese numerals and numbers in words
    ("the 20th CPC National Congress", "中共二十大", "20-й съезд КПК"),
    ("the 12th round of the strategic dialogue", "第十二次战略对话", "12-й раунд стратегического диалога"),
    ("fifty years ago", "五十年前", "пятьдесят лет назад"),
    ("the seventieth anniversary", "七十周年", "70-летие"),
    ("the 14th Five-Year Plan", "十四五规划", "14-й пятилетний план"),
    ("they reached 20 points of consensus", "双方达成二十项共识", "стороны достигли 20 договорённостей"),
    ("20 percent", "百分之二十", "20 процентов"),
])
def test_one_quantity_in_three_languages_is_one_number(texts):
    en, zh, ru = (_numbers([t]) for t in texts)
    assert en == zh == ru, texts
    assert en or texts[0].startswith(("measures", "the Su-35", "the Group", "India's")), texts


@pytest.mark.parametrize("a, b", [
    ("1.4 billion people", "14亿人口"),  # 1.4e9 vs 1.4e9: the control of this test
    ("1.4 billion people", "15亿人口"),
    ("1.5 trillion", "1.5 billion"),
    ("1,5 трлн", "1.5万亿"),  # the control again
    ("1,5 млрд", "1.5万亿"),
    ("the 20th Congress", "十九大"),
    ("fifty years", "六十年"),
    ("17 June", "6月18日"),
    ("2,400", "2.4"),
])
def test_different_quantities_still_differ(a, b):
    same = (a, b) in (("1.4 billion people", "14亿人口"), ("1,5 трлн", "1.5万亿"))
    assert (_numbers([a]) == _numbers([b])) is same and _numbers([a]) and _numbers([b])


@pytest.mark.parametrize("text", [
    "millions of people",  # no count
    "the lives of billions of people",
    "几十亿人的生产生活",  # "billions", as in English
    "数百万人",
    "统一和两国关系",  # single numerals are no number, as "one" and "two" are none
    "千万不要",  # "by all means"
    "万一发生冲突",  # "in case"
    "百年未有之大变局",  # "a century"
    "十分重要",  # "very"
    "a hundred years",
    "the two sides and one China",
    "две страны и один мир",
    "the Group of Twenty",
    "6月",  # a month alone
])
def test_no_number_where_no_language_gives_one(text):
    assert _numbers([text]) == set()


def test_a_year_after_a_lower_case_prefix_or_mid_is_still_a_number():
    assert _numbers(["by mid-2024"]) == _numbers(["Mid-2024 talks"]) == _numbers(["2024年年中"]) == {"2024.0"}


def _mismatch(a, b):
    """number_mismatch of a one-point link between texts a and b."""
    one = np.ones((1, 1))
    return link_features(one, one, one, [0], [0], [a], [b])[LINK_FEATURES.index("number_mismatch")]


@pytest.mark.skipif("number_mismatch" not in LINK_FEATURES, reason="the label model does not read numbers")
def test_the_label_feature_no_longer_fires_on_a_translation():
    assert _mismatch("On 14 November, Biden met Xi in Bali.", "11月14日，习近平在巴厘岛同拜登会晤。") == 0.0
    assert _mismatch("more than 1.4 billion Chinese people", "十四亿多中国人民") == 0.0
    assert _mismatch("more than 1.4 billion Chinese people", "十三亿多中国人民") == 1.0
