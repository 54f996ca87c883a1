"""Coverage topic names of Russian and Chinese readouts: a noun that says what about, before a word
that says what kind, how, when or how much (corpus names such as 'решения / долгое', 'Taiwan / 问题')."""
from collections import Counter

from readouts.cues import point_cues
from readouts.flags import _name_weight, _terms, _topic_name

NONE = frozenset()


def _name(words):
    terms = [{w: NONE for w in words}]
    return _topic_name([0], terms, Counter(words))


def test_a_russian_adjective_gives_way_to_a_noun():
    # corpus 2021-05-19 US-RU (RU): 'решения / долгое'; 2021-12-07: 'конкретных / примерах'
    assert _name(["долгое", "перемирие", "урегулирование"]) == "перемирие / урегулирование"
    assert _name(["конкретных", "гарантиях"]).startswith("гарантиях")
    assert _name(["совместную", "флагманского", "начатый", "быстрее", "заявление"]).startswith("заявление")


def test_russian_nouns_that_end_as_adjectives_still_weigh_as_nouns():
    for noun in ["оружие", "различие", "соглашение", "китая", "случая", "крым", "гений", "жилище"]:
        assert _name_weight(noun, NONE) == 1.0, noun
    for adjective in ["долгое", "различные", "российские", "двусторонние", "последний", "интересующих", "новая"]:
        assert _name_weight(adjective, NONE) == 0.7, adjective


def test_russian_general_nouns_name_a_topic_only_where_nothing_better_does():
    # corpus 2022-12-11 TR-RU (RU): 'Black Sea grain deal / реализации'; 2021-12-07: 'NATO / попыток'
    assert _name(["переговоров", "решения", "зерна"]) == "зерна"
    assert _name(["реализации", "ситуацию", "попыток", "сроки", "экспорта"]) == "экспорта"
    assert _name_weight("годовщина", NONE) == 1.0  # a stem's longer words are other words


def test_chinese_general_pairs_give_way_to_a_telling_one():
    # corpus 2022-09-23 US-CN (CN): 'Taiwan / 问题', 'bilateral relations / 推动'; 2025-09-19: 'United States / 重要'
    assert _name(["推动", "重要", "台湾"]) == "台湾"
    assert _name(["相互", "支持", "高度", "关注", "边境"]) == "边境"


def test_chinese_call_and_function_pairs_are_no_terms():
    # corpus 2021-10-06 US-CN (CN): 'war and conflict / 通话' (the call); '人民 / 如果' (if)
    zh = "双方通话中，如果美方十分重视气候变化。"
    terms = _terms(zh, point_cues(zh, side="CN", language="zh", counterpart_side="US"))
    assert not {"通话", "如果", "十分"} & set(terms), terms
    assert "climate" in terms, terms  # the concept, as every language names it


def test_russian_prepositions_and_days_are_no_topic():
    ru = "Вместо этого стороны обсудили через посредников день обмена пленными."
    terms = _terms(ru, point_cues(ru, side="RU", language="ru", counterpart_side="US"))
    assert not {"вместо", "через"} & set(terms), terms
    assert _name(["день", "обмена"]) == "обмена"


def test_russian_words_of_need_number_and_level_weigh_as_general_words():
    # "нужны письменные гарантии" named 'нужны / гарантии'; "на высшем уровне" 'visits and meetings / высшем';
    # "политики последних пяти лет" 'политики / пяти'
    for general in ["нужны", "необходимо", "пяти", "уровне"]:
        assert _name_weight(general, NONE) == 0.3, general
    assert _name_weight("высшем", NONE) == 0.7
    assert _name(["нужны", "письменные", "гарантии"]) == "гарантии / письменные"


def test_a_han_pair_that_is_a_general_words_tail_is_no_term():
    # corpus 2024-11-16 US-CN (CN): "在两国元首指引下" named 'teams and officials / 指引' and then '... / 引下'
    from readouts.flags import _han_tail
    assert _han_tail("引下", "指引下") and _han_tail("员再", "人员再")
    assert not _han_tail("臆测", "无端臆测")  # a word the corpus never met, beside no general word
    zh = "双方团队在两国元首指引下保持沟通。"
    terms = _terms(zh, point_cues(zh, side="CN", language="zh", counterpart_side="US"))
    assert "引下" not in terms and "指引" in terms, terms
