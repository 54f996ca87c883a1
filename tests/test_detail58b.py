"""detail_mismatch: a name inside a slogan, a capital against its country, a number that counts a noun."""
import pytest
from conftest import hand_comparison

from helpers import dated, detail_evidence as details


def comparison(a_points, b_points, *, a_side="US", b_side="CN", a_lang="en", b_lang="en"):
    return hand_comparison(a_points, b_points, [((0,), (0,))], a_side=a_side, b_side=b_side, a_lang=a_lang,
                           b_lang=b_lang, label="equivalent")


# 1. a name inside a slogan (a set formula of a position) is no detail the other side lacks

PLAIN = "Biden said the US will keep competing hard while managing the relationship responsibly."


@pytest.mark.parametrize("text, lang, side", [
    ("Biden said the US does not support 'Taiwan independence', 'two Chinas' or 'one China, one Taiwan'.", "en", "CN"),
    ("Biden said the US does not support Taiwan independence.", "en", "CN"),
    ("拜登表示，美方不支持“台独”，不支持“两个中国”“一中一台”。", "zh", "CN"),
    ("The two sides agreed to work together on the 'San Francisco vision'.", "en", "CN"),
    ("双方同意共同落实“旧金山愿景”。", "zh", "CN"),
    ("It was stated that the 'collective West' exploiting this problem is unacceptable.", "en", "RU"),
    ("Jaishankar said India is firmly committed to a multipolar world, a multipolar Asia included.", "en", "IN"),
    ("He called on them to contribute to peace and prosperity in Asia and the world.", "en", "IN"),
])
def test_a_name_inside_a_slogan_is_no_detail(text, lang, side):
    c = comparison([PLAIN], [text], b_side=side, b_lang=lang)
    assert details(c) == [], details(c)


@pytest.mark.parametrize("a, b", [
    ("Xi said the Taiwan question is the first red line.", "Biden said the US does not support 'Taiwan independence'."),
    ("Biden said the US does not support 'Taiwan independence'.", "Xi said the Taiwan question is the first red line."),
])
def test_a_slogan_still_names_its_matter(a, b):
    # "Taiwan independence" against "the Taiwan question": both name Taiwan, no detail either way
    assert details(comparison([a], [b])) == []


@pytest.mark.parametrize("text, quote", [
    ("Liu said the two presidents reached a consensus at their San Francisco meeting.", "San Francisco"),
    ("Biden said the policy is guided by the Taiwan Relations Act.", "Taiwan Relations Act"),
    ("Biden said the US does not support 'Taiwan independence' and stressed peace in the Taiwan Strait.",
     "Taiwan Strait"),
    ("Lavrov said Russia would return to the deal once the West meets its obligations.", "West"),
])
def test_a_name_beside_a_slogan_stays_a_detail(text, quote):
    c = comparison([PLAIN], [text], b_side="RU" if "Lavrov" in text else "CN")
    assert [quote] in details(c), details(c)


# 2. a capital and the country it is in: one place at two levels

SAUDI = "The Secretary thanked the Kingdom of Saudi Arabia for hosting the talks."


@pytest.mark.parametrize("text, lang", [
    ("While in Riyadh, Lavrov and Ushakov thanked their hosts for organising the talks.", "en"),
    ("В ходе пребывания в Эр-Рияде Лавров и Ушаков поблагодарили хозяев за организацию переговоров.",
     "ru"),
])
def test_a_capital_against_its_country_is_no_detail(text, lang):
    c = comparison([SAUDI], [text], b_side="RU", b_lang=lang)
    assert details(c) == [], details(c)


@pytest.mark.parametrize("text, lang, side", [
    ("The Secretary thanked Saudi Arabia for hosting the talks.", "en", "US"),
    ("Госсекретарь поблагодарил Саудовскую Аравию за организацию переговоров.", "ru", "RU"),
])
def test_a_country_against_its_capital_is_no_detail_either_way_and_across_languages(text, lang, side):
    c = comparison([text], ["Lavrov said he was received in Riyadh."], a_side=side, b_side="US" if side == "RU" else "RU",
                   a_lang=lang)
    assert details(c) == [], details(c)


@pytest.mark.parametrize("text, quote", [
    ("While in Riyadh, Lavrov thanked their hosts.", "Riyadh"),  # another country's capital
    ("While in Istanbul, Lavrov thanked their hosts.", "Istanbul"),  # a city, not the capital
    ("Lavrov recalled the Paris Agreement.", "Paris Agreement"),  # a name the capital opens
])
def test_another_countrys_capital_or_a_city_that_is_no_capital_stays_a_detail(text, quote):
    host = {"Riyadh": "Iran", "Istanbul": "Turkey", "Paris Agreement": "France"}[quote]
    c = comparison([f"The Secretary thanked {host} for hosting the talks."], [text], b_side="RU")
    assert [quote] in details(c), details(c)


# 3. a number that counts a noun is no year told relatively

@pytest.mark.parametrize("other, lang, side", [
    ("Putin said Russia pulled troops back from the border last year.", "en", "RU"),
    ("Путин заявил, что в прошлом году Россия отвела войска от границы.", "ru", "RU"),
    # the same actor as the other side's "Russia" (with "中方" Russia is a third party only one side names,
    # a detail of its own since round 60)
    ("习近平表示，去年俄罗斯从边境撤回了部队。", "zh", "CN"),
])
def test_a_number_that_counts_troops_is_no_year(other, lang, side):
    for text in ("Biden said Russia pulled 2000 troops back from the border.",):
        c = dated(comparison([text], [other], b_side=side, b_lang=lang), "2001-05-05")
        assert ["2000"] in details(c), details(c)
    # a year stays a year: "in 2000" is last year in 2001
    c = dated(comparison(["Biden said Russia pulled troops back from the border in 2000."], [other],
                         b_side=side, b_lang=lang), "2001-05-05")
    assert details(c) == [], details(c)


@pytest.mark.parametrize("text", ["俄方将撤回2000名士兵。", "Россия отведёт 2000 военнослужащих.", "They pulled back 2000 troops."])
def test_a_number_with_its_counted_noun_is_read_as_no_year_in_three_languages(text):
    from readouts.cues import point_cues
    from readouts.flags import _counts
    lang = "zh" if "俄方" in text else "ru" if "Россия" in text else "en"
    pc = point_cues(text, side="RU", language=lang)
    assert [_counts(pc, n) for n in pc.numbers] == [True]
    pc = point_cues({"zh": "俄方于2000年撤军。", "ru": "Россия отвела войска в 2000 году.",
                     "en": "They pulled back troops in 2000 and left."}[lang], side="RU", language=lang)
    assert [_counts(pc, n) for n in pc.numbers] == [False]
