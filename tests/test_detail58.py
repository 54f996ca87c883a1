"""detail_mismatch: a name's whole words in its quote, and an earlier meeting's date told relatively."""
import pytest

from readouts.cues import point_cues
from readouts.flags import find_flags

from helpers import dated, detail_evidence as details, equivalent_comparison as comparison


# 1. a name whose first word is a not_entities word ("foreign", "state") is quoted whole

@pytest.mark.parametrize("text, name", [
    ("Putin recalled his June speech at the Foreign Ministry.", "Foreign Ministry"),
    ("Li met the State Council delegation in Beijing.", "State Council"),
    ("The Allied Command met.", "Allied Command"),
    ("They met the Foreign Affairs Committee.", "Foreign Affairs Committee"),
    ("He met the Member States of the EU.", "Member States"),
])
def test_a_name_opening_with_a_not_entities_word_is_read_whole(text, name):
    assert name in [e.text for e in point_cues(text, side="RU", counterpart_side="US").entities]


@pytest.mark.parametrize("text", [
    "They met Foreign Minister Lavrov in Moscow.",
    "Chinese Foreign Minister Wang Yi spoke with Secretary of State Antony Blinken.",
    "Secretary Blinken met State Councilor Wang Yi.",
])
def test_a_title_stays_no_name(text):
    # the title words are no entity, nor do they join the holder's name
    assert not point_cues(text, side="RU", counterpart_side="US").entities


def test_the_foreign_ministry_is_quoted_whole_in_a_detail_mismatch():
    c = comparison(["Scholz said Russia's proposals were known."],
                   ["Russia's proposals were set out in Putin's June speech at the Foreign Ministry."],
                   [((0,), (0,))], a_side="DE")
    assert ["Foreign Ministry"] in details(c), details(c)


# 2. an earlier meeting's date that the other side gives relatively ("last year", "去年")

KAZAN = ("Biden recalled that the two leaders met in Kazan in October 2024.",)


@pytest.mark.parametrize("other, lang, side", [
    ("Xi recalled their meeting in Kazan last year.", "en", "CN"),
    ("Си Цзиньпин напомнил о встрече в Казани в прошлом году.", "ru", "CN"),
    ("Си Цзиньпин напомнил о прошлогодней встрече в Казани.", "ru", "CN"),
    ("习近平回顾了去年在喀山的会晤。", "zh", "CN"),
])
def test_last_year_covers_a_month_of_last_year(other, lang, side):
    c = comparison(list(KAZAN), [other], [((0,), (0,))], b_side=side, b_lang=lang)
    assert details(dated(c, "2024-06-01")) == [["October 2024"]]  # undated or another year: still a detail
    assert details(c) == [["October 2024"]]
    assert details(dated(c, "2025-03-10")) == [], details(dated(c, "2025-03-10"))


@pytest.mark.parametrize("other, lang, side", [
    ("Xi recalled their meeting in Kazan last month.", "en", "CN"),
    ("Си Цзиньпин напомнил о встрече в Казани в прошлом месяце.", "ru", "CN"),
    ("习近平回顾了上个月在喀山的会晤。", "zh", "CN"),
    ("习近平回顾了上月在喀山的会晤。", "zh", "CN"),
])
def test_last_month_covers_a_month_or_a_day_of_the_month_before(other, lang, side):
    c = comparison(list(KAZAN), [other], [((0,), (0,))], b_side=side, b_lang=lang)
    assert details(dated(c, "2024-11-20")) == []
    assert details(dated(c, "2024-12-20")) == [["October 2024"]]  # two months on: not last month
    c = comparison(["Biden recalled that the two leaders met in Kazan on 23 October."], [other],
                   [((0,), (0,))], b_side=side, b_lang=lang)
    assert details(dated(c, "2024-11-20")) == []
    assert details(dated(c, "2024-10-28")) == [["23 October"]]  # the same month: not last month


def test_last_year_covers_a_bare_year_and_a_dated_day_but_not_another_year():
    c = comparison(["Biden recalled their meeting in Kazan in 2023."], ["Xi recalled their meeting in Kazan last year."],
                   [((0,), (0,))], b_side="CN")
    assert details(dated(c, "2024-05-05")) == []
    assert details(dated(c, "2025-05-05")) == [["2023"]]
    c = comparison(["Biden recalled their meeting in Kazan on 23 October 2023."],
                   ["Xi recalled their meeting in Kazan last year."], [((0,), (0,))], b_side="CN")
    assert details(dated(c, "2024-05-05")) == []
    assert details(dated(c, "2025-05-05")) == [["23 October 2023"]]


def test_an_earlier_meetings_day_the_other_side_does_not_give_stays_a_detail():
    # the rule of test_flags: no relative date on the other side, the day is a detail on the call's day too
    c = comparison(["Biden and Xi met on 16 November, their first talks since 2 April."],
                   ["On 16 November Xi met Biden."], [((0,), (0,))], b_side="CN")
    assert details(dated(c, "2024-11-16")) == [["2 April"]]
    # "last year" against a day of this year is no match
    c = comparison(["Biden and Xi met on 16 November, their first talks since 2 April."],
                   ["On 16 November Xi met Biden, their first talks since last year."], [((0,), (0,))], b_side="CN")
    assert details(dated(c, "2024-11-16")) == [["2 April"]]


# 3. the audit's commonest wrong kind: "a new Cold War" is a figure of speech, no detail

@pytest.mark.parametrize("text, lang, side", [
    ("Biden said the US does not seek a new Cold War with China.", "en", "CN"),
    ("Biden said the US is not seeking a 'new Cold War' with China.", "en", "CN"),
    ("拜登表示，美方不寻求“新冷战”，不寻求改变中国的体制。", "zh", "CN"),
    ("拜登表示，美方不寻求新冷战。", "zh", "CN"),
    ("Байден заявил, что США не стремятся к новой холодной войне.", "ru", "CN"),
    ("Байден заявил, что США не стремятся к новой «холодной войне».", "ru", "CN"),
])
def test_a_new_cold_war_is_a_figure_not_a_detail(text, lang, side):
    c = comparison(["Biden reiterated that the US one China policy is unchanged."], [text], [((0,), (0,))],
                   b_side=side, b_lang=lang)
    assert details(c) == [], details(c)


@pytest.mark.parametrize("text, lang, side, quote", [
    ("Biden recalled the end of the Cold War.", "en", "CN", "Cold War"),
    ("拜登表示，美方反对冷战思维。", "zh", "CN", "冷战"),
    ("Байден вспомнил об окончании холодной войны.", "ru", "RU", "холодной войны"),
    ("Biden said the New START treaty must be kept.", "en", "RU", "New START"),
    ("Xi spoke of Xinjiang's new Silk Road links.", "en", "CN", "Xinjiang"),
])
def test_the_cold_war_itself_and_a_name_that_opens_with_new_stay_details(text, lang, side, quote):
    c = comparison(["Biden reiterated that the US one China policy is unchanged."], [text], [((0,), (0,))],
                   b_side=side, b_lang=lang)
    assert any(quote in t for ev in details(c) for t in ev), details(c)


@pytest.mark.parametrize("other", ["They marked the 75th anniversary of the victory over Nazism.",
                                   "They marked the 75th anniversary of Victory Day."])
def test_victory_in_europe_day_is_the_victory_over_nazism_named_otherwise(other):
    # the audit's second wrong kind: one occasion named in other words is no detail the other side lacks
    us = "Trump spoke with Putin to mark the 75th anniversary of Victory in Europe Day."
    c = comparison([us], [other], [((0,), (0,))])
    assert not [f for f in find_flags(c) if f.kind == "detail_mismatch" and f.side == "a"]
    c = comparison([us], ["They marked the anniversary of the end of the war."], [((0,), (0,))])
    assert details(c) == [["Victory in Europe Day"]], details(c)
