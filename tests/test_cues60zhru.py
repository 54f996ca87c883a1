"""Round 60 (zhru): reading defects the fifty-ninth round noticed and left.

1. A talk held by an actor, however its words qualify it, is that actor's: "双方进行了充分、深入的沟通和
   交流" is the two sides' discussion as "双方进行了沟通和交流" is; the "的" qualifies the talk nouns
   (joined by 和), not a noun the actor owns ("美方的做法").
2. A talk continued is a talk held: "продолжили ... диалог / обсуждение / переговоры", "continued the
   dialogue / discussion / talks", "进行了……对话" are discussions, also with a participle's phrase
   between verb and noun ("продолжили начатый в Женеве диалог"). Not "continued to reject talks",
   not a continuation agreed or promised ("agreed to continue the dialogue", "договорились продолжить
   диалог").
3. A Chinese numeral is no number inside a word: "统一万岁", "唯一万"..., "万岁", "万众": the 一 of
   统一 ends a word, the 万 of 万岁 opens one.
4. A concept's ``literal`` form is a broad reading of the concept's own word, never another word it
   begins ("bloc" no "block", "compete" no "competence", "trade" no "trademark").
5. A capitalised institution noun after "the" with no name ("the Administration", "the Agency's
   inspectors") is no named entity; "Agency for International Development" still is. A name implied
   by another side's name of an event that lies in it ("the Second World War" in "Victory in Europe
   Day") is no detail that side lacks.
"""
import pytest

from readouts.concepts import concepts
from readouts.cues import compare_cues, point_cues
from readouts.scoring import _numbers


def _cues(text: str, language: str):
    side, counterpart = ("CN", "US") if language == "zh" else ("RU", "US")
    if language == "en":
        side, counterpart = "US", "RU"
    return point_cues(text, side=side, counterpart_side=counterpart, language=language,
                      participants=["Biden", "Putin", "Xi Jinping", "拜登", "习近平", "Байден", "Путин"])


def _acts(cues):
    return [(a.name, a.speaker) for a in cues.acts]


# --- 1. a talk held, qualified with 的 -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "双方进行了充分、深入的沟通和交流。",
    "双方进行了坦诚、深入的沟通和交流。",
    "两国元首进行了长时间的讨论和交流。",
    "双方就乌克兰问题进行了深入的沟通与交流。",
])
def test_talk_held_with_qualified_nouns_is_the_actors(text):
    assert ("discussed", "both") in _acts(_cues(text, "zh"))


def test_actor_owning_a_noun_is_still_no_subject():
    # "美方的做法": the actor qualifies the noun, not the act after it
    acts = _acts(_cues("美方的做法和讨论令人失望。", "zh"))
    assert ("discussed", "counterpart") not in acts


# --- 2. a talk continued ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Стороны продолжили начатый в Женеве диалог по стратегической стабильности.", "ru"),
    ("Президенты продолжили начатый на российско-американской встрече в верхах в Женеве диалог по "
     "информационной безопасности.", "ru"),
    ("Стороны продолжили обсуждение ситуации на Украине.", "ru"),
    ("Министры продолжили переговоры по стратегической стабильности.", "ru"),
    ("The presidents continued the dialogue begun at the Geneva summit on cybersecurity.", "en"),
    ("The ministers continued their discussions on Ukraine.", "en"),
    ("They continued the talks on arms control.", "en"),
    ("双方就乌克兰问题进行了对话。", "zh"),
    ("双方继续进行了坦诚的对话。", "zh"),
])
def test_talk_continued_is_a_discussion(text, language):
    assert ("discussed", "both") in _acts(_cues(text, language))


@pytest.mark.parametrize("text,language", [
    ("Russia continued to reject talks on the issue.", "en"),
    ("The two sides agreed to continue the dialogue.", "en"),
    ("Стороны договорились продолжить диалог.", "ru"),
    ("Россия продолжила наступление на Донбассе.", "ru"),
    ("双方同意继续保持对话。", "zh"),
])
def test_no_talk_continued(text, language):
    acts = [a for a in _cues(text, language).acts if a.name == "discussed" and not a.modal]
    assert not acts


# --- 3. a Chinese numeral inside a word -------------------------------------------------------------

@pytest.mark.parametrize("text", ["祖国统一万岁", "中美友谊万岁", "万众一心", "唯一万全之策", "千万不要"])
def test_numeral_inside_a_word_is_no_number(text):
    assert _numbers([text]) == set()


@pytest.mark.parametrize("text,value", [("一万人", "10000.0"), ("两万名士兵", "20000.0"),
                                        ("统一了三万人", "30000.0"), ("十亿人口", "1000000000.0")])
def test_numerals_still_read(text, value):
    assert value in _numbers([text])


# --- 4. literal forms within their word ------------------------------------------------------------

@pytest.mark.parametrize("text,concept", [
    ("They discussed the blockade of the port.", "new_cold_war_competition"),
    ("The decision was blocked.", "new_cold_war_competition"),
    ("The ministry lacks competence in this area.", "new_cold_war_competition"),
    ("They discussed trademark protection.", "trade_tariffs"),
    ("They traded views on Syria.", "trade_tariffs"),
    ("США блокируют решение Совета Безопасности.", "new_cold_war_competition"),
])
def test_literal_form_does_not_read_another_word(text, concept):
    assert concept not in concepts(text, literal=True)


@pytest.mark.parametrize("text,concept", [
    ("They opposed bloc confrontation.", "new_cold_war_competition"),
    ("The two countries compete in many areas.", "new_cold_war_competition"),
    ("Trade grew last year.", "trade_tariffs"),
    ("Traders welcomed the deal.", "trade_tariffs"),
    ("Мы против блоковой политики и военно-политических блоков.", "new_cold_war_competition"),
    ("The urgent task is to defend freedom of navigation.", "teams_working_groups"),
])
def test_literal_forms_still_read(text, concept):
    assert concept in concepts(text, literal=True)


# --- 5. entities ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("Yellen set out the Administration's approach to China.", "Administration"),
    ("Russia is ready to give the Agency's inspectors the help they need.", "Agency"),
    ("He said the Secretariat would respond.", "Secretariat"),
])
def test_generic_institution_is_no_entity(text, word):
    assert not any(word in e.text for e in _cues(text, "en").entities)


@pytest.mark.parametrize("text,word", [
    ("He praised the Agency for International Development.", "Agency for International Development"),
    ("They met at the Vatican.", "Vatican"),
])
def test_named_institution_is_an_entity(text, word):
    assert any(word in e.text for e in _cues(text, "en").entities)


def test_event_within_another_named_event_is_no_detail_mismatch():
    a = _cues("Trump spoke with Putin to mark the 75th anniversary of Victory in Europe Day.", "en")
    b = _cues("They recalled the alliance of their peoples in the Second World War.", "en")
    shift = compare_cues([a], [b], [0], [0])
    assert not any("World War" in c.text for _, c in shift.extra_details_b)


def test_event_not_named_is_still_a_detail_mismatch():
    # the war named against a talk of trade: the other side gives no name of it
    a = _cues("Trump spoke with Putin about trade.", "en")
    b = _cues("They recalled the alliance of their peoples in the Second World War.", "en")
    shift = compare_cues([a], [b], [0], [0])
    assert any("World War" in c.text for _, c in shift.extra_details_b)


def test_event_within_another_named_event_russian():
    a = point_cues("Путин и Трамп поздравили друг друга с 75-летием Победы над нацизмом.", side="RU",
                   counterpart_side="US", language="ru")
    b = point_cues("Они отметили союзничество во Второй мировой войне.", side="US", counterpart_side="RU", language="ru")
    c = point_cues("Они обсудили торговлю.", side="RU", counterpart_side="US", language="ru")
    assert not compare_cues([a], [b], [0], [0]).extra_details_b
    assert compare_cues([c], [b], [0], [0]).extra_details_b
