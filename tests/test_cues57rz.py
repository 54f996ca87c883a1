"""Russian and Chinese readings made to agree with the English ones (round 57): concepts a word
stem caught wrongly ("исторический", "холодной войны", "торговой войны"), names compared across
languages ("fentanyl", "artificial intelligence", "Crown Prince"), and readings fixed after an
audit of random Russian and Chinese corpus points."""

import pytest

from readouts.concepts import concepts
from readouts.cues import cross_names, point_cues


# -- concepts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["исторический визит", "историческое значение", "историческая встреча"])
def test_russian_historic_is_no_history(text):
    # "historic" (a historic visit) is no history, as "历史性" is none in Chinese
    assert "history_ww2" not in concepts(text)


@pytest.mark.parametrize("text", ["истории двух стран", "искажения исторической правды", "историческая память"])
def test_russian_history_stays_history(text):
    assert "history_ww2" in concepts(text)


@pytest.mark.parametrize("text", ["the Cold War mentality", "менталитет холодной войны", "冷战思维"])
def test_cold_war_is_no_war(text):
    assert concepts(text) == {"new_cold_war_competition"}


@pytest.mark.parametrize("text", ["a trade war", "торговой войны", "тарифные войны", "贸易战"])
def test_trade_war_is_trade_not_war(text):
    assert concepts(text) == {"trade_tariffs"}


def test_a_real_war_beside_the_cold_war_is_still_war():
    assert "war" in concepts("не допустить новой холодной войны и остановить войну")


# -- names compared across languages ---------------------------------------------------------------

def _names(text, side, counterpart, other):
    return sorted(c.text for c in cross_names(point_cues(text, side=side, counterpart_side=counterpart), other).values())


@pytest.mark.parametrize("other", ["zh", "ru"])
def test_lower_case_english_names_are_compared_like_their_translations(other):
    # "fentanyl" and "artificial intelligence" are common nouns: no capital needed, as "芬太尼",
    # "фентанил" need none
    assert _names("Biden raised fentanyl and artificial intelligence.", "US", "CN" if other == "zh" else "RU",
                  other) == ["artificial intelligence", "fentanyl"]


def test_russian_fentanyl_and_ai_are_names_of_their_english_pairs():
    assert _names("Путин обсудил фентанил и искусственный интеллект.", "RU", "US", "en") == [
        "искусственный интеллект", "фентанил"]


@pytest.mark.parametrize("text,side,name", [
    ("Путин встретился с наследным принцем Саудовской Аравии.", "RU", "наследным принцем"),
    ("习近平会见沙特王储。", "CN", "王储"),
    ("Rubio met the Crown Prince.", "US", "Crown Prince"),
])
def test_crown_prince_is_compared_across_languages(text, side, name):
    other = "en" if side != "US" else "ru"
    assert name in _names(text, side, "US" if side != "US" else "RU", other)


def test_a_capitalised_english_name_still_needs_a_named_entity():
    # "First Lady" of the pair with "夫人" counts as a name only, not "the first lady of the talks"
    assert _names("It was the first lady of the talks.", "US", "CN", "zh") == []
