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
    ("Rubio met the Crown Prince.", "US", "Crown Prince"),
])
def test_crown_prince_is_compared_across_languages(text, side, name):
    other = "en" if side != "US" else "ru"
    assert name in _names(text, side, "US" if side != "US" else "RU", other)


def test_a_capitalised_english_name_still_needs_a_named_entity():
    # "First Lady" of the pair with "夫人" counts as a name only, not "the first lady of the talks"
    assert _names("It was the first lady of the talks.", "US", "CN", "zh") == []


# -- from the audit of random Russian and Chinese corpus points -------------------------------------

def _acts(text, side, counterpart):
    return [(a.name, a.text, a.speaker) for a in point_cues(text, side=side, counterpart_side=counterpart).acts]


def test_chinese_talk_word_after_a_precondition_is_a_noun():
    # "但前提是平等交流": the precondition is an exchange on an equal footing, no talk held in the call
    # (the English "provided the exchange is on an equal footing" has no act there either)
    acts = _acts("对于双方存在的具体分歧可以进行探讨，但前提是平等交流。", "CN", "US")
    assert [a for a in acts if a[1] == "交流"] == []
    assert [a[1] for a in acts] == ["探讨"]


@pytest.mark.parametrize("text,side,speaker,term", [
    ("Лидеры поручили своим командам продолжить работу.", "RU", "both", "поручили"),
    ("The two presidents instructed their teams to follow up.", "US", "both", "instructed"),
    ("两国元首责成双方工作团队及时跟进。", "CN", "both", "责成"),
])
def test_instructing_the_teams_is_read_alike_in_three_languages(text, side, speaker, term):
    # "instructed" and "责成" are agreements of the two leaders; "поручили" was no act at all
    assert ("agreed", term, speaker) in _acts(text, side, "US" if side != "US" else "RU")


def test_russian_agreeing_to_instruct_stays_one_agreement():
    assert _acts("Стороны договорились поручить ведомствам проработать вопрос.", "RU", "US") == [
        ("agreed", "договорились", "both")]


# -- "已" (already) is the perfect, not the past ------------------------------------------------------

@pytest.mark.parametrize("text,side", [
    ("双方已就加强两军沟通达成共识。", "CN"),
    ("The two sides have already reached consensus on strengthening military communication.", "US"),
    ("Стороны уже договорились об укреплении военных контактов.", "RU"),
])
def test_already_agreed_stays_the_calls_in_three_languages(text, side):
    # "已" marks a completed act, as "have already" and "уже" do: it may be this call's agreement, so
    # it is not set before the call; "此前已" (earlier) is, as "had earlier" is
    c = point_cues(text, side=side, counterpart_side="US" if side != "US" else "CN")
    assert [(a.name, a.past) for a in c.acts] == [("agreed", False)]


def test_earlier_already_agreed_is_recalled():
    c = point_cues("双方此前已就此达成共识。", side="CN", counterpart_side="US")
    assert [(a.name, a.past) for a in c.acts] == [("agreed", True)]


@pytest.mark.parametrize("text", ["王毅会见沙特王储。", "王毅會見沙特王儲。"])
def test_chinese_crown_prince_in_either_script_is_a_name_of_the_english_pair(text):
    # 王储 pairs with "Crown Prince" as наследный принц does; its traditional 儲 folds to 储, and the
    # name is quoted as written
    assert _names(text, "CN", "US", "en") == [text[6:8]]
