"""Coverage topic names: two words of one term that the points write side by side are one part of the name
("human rights", not 'human / rights'; "national security", not 'security / national'; "rules-based"), and
irregular participles ("written"), comparatives ("harder") and Russian short participles and adjectives
("вынуждена", "готова") weigh as the verb forms and general words they are."""
from collections import Counter

import pytest

from readouts.flags import _name_weight, _terms, _topic_name
# the same helpers as the first topic-name tests of the round: a point's cues, a topic's name in a call
from helpers import topic_name_of as name_of


def plain_name(texts, terms):
    """The name of a topic of ``texts`` whose terms are the plain words ``terms`` (one list a point)."""
    ts = [{t: frozenset() for t in point} for point in terms]
    return _topic_name(list(range(len(texts))), ts, Counter(t for p in ts for t in p), texts)


def test_two_words_the_points_write_side_by_side_are_one_part_of_the_name():
    texts = ["Biden raised human rights in Xinjiang.", "He said human rights are universal."]
    assert plain_name(texts, [["human", "rights", "xinjiang"], ["human", "rights", "universal"]]).startswith(
        "human rights")


def test_the_joined_words_keep_the_order_the_points_write():
    # corpus 2024-08-27: 'security / national' where the points say "national security"
    texts = ["They discussed national security concerns about technology.",
             "Both sides will protect their national security interests."]
    name = plain_name(texts, [["security", "national", "technology"], ["security", "national", "interests"]])
    assert name.startswith("national security"), name


def test_words_a_hyphen_joins_are_one_part_written_with_it():
    # corpus 2021-02-05: 'rules / based' of "the rules-based international system"
    texts = ["Blinken stressed the rules-based international system.",
             "Washington will defend the rules-based order with allies."]
    name = plain_name(texts, [["rules", "based", "system"], ["rules", "based", "allies"]])
    assert name.startswith("rules-based"), name


@pytest.mark.parametrize("texts, terms", [
    # side by side in one point of two that use "security": two terms
    (["They discussed national security.", "Security in Europe was raised."],
     [["national", "security"], ["security", "europe"]]),
    # a name's capitals are no term of two common words ("Taiwan" stands alone too)
    (["Biden spoke of Taiwan.", "Taiwan independence across the Taiwan Strait."],
     [["taiwan"], ["taiwan", "independence", "strait"]]),
])
def test_words_that_stand_apart_in_most_of_their_points_stay_two_parts(texts, terms):
    name = plain_name(texts, terms)
    assert " / " in name, name


@pytest.mark.parametrize("word", ["written", "known", "shown", "chosen", "вынуждена", "выполнены", "достигнуты",
                                  "сказано", "приняты", "подчеркнуто"])
def test_irregular_and_russian_short_participles_weigh_as_verb_forms(word):
    assert _name_weight(word, frozenset()) == 0.5


@pytest.mark.parametrize("word", ["harder", "closer", "broader", "greater", "готова", "готовы", "должны", "намерены"])
def test_comparatives_and_russian_short_adjectives_of_will_weigh_as_general_words(word):
    assert _name_weight(word, frozenset()) == 0.3


@pytest.mark.parametrize("word", ["border", "order", "member", "partner", "обмена", "страны", "пакистана", "минуты",
                                  "члены", "цены", "формата", "защиты"])
def test_nouns_with_those_endings_stay_nouns(word):
    assert _name_weight(word, frozenset()) == 1.0


def test_a_participle_gives_way_to_a_noun_in_a_topic_name():
    # corpus 2022-01-18: 'concrete / written' of "concrete written comments"
    assert plain_name(["Lavrov said Moscow expects concrete written answers."],
                      [["concrete", "written", "answers"]]) == "concrete / answers"


def test_a_comparative_names_no_topic():
    # corpus 2020-09-10: 'harder / stable' of "The harder the times, ... the more important it is to keep ..."
    name = name_of(["The harder the times, the more important it is to keep the relationship stable."])
    assert "harder" not in name, name


def test_a_russian_short_adjective_of_will_names_no_topic():
    # as "ready" names none: 'peace settlement / готова'
    name = name_of(["Путин сказал, что Россия готова к переговорам по гарантиям."], side="RU", language="ru",
                   counterpart="US")
    assert "готова" not in name, name


def test_a_russian_short_participle_gives_way_to_the_nouns_of_its_point():
    # 'вынуждена / меры': the verb form first, as no "-ed" form stands before a noun
    name = name_of(["Россия вынуждена принять ответные меры."], side="RU", language="ru", counterpart="US")
    assert not name.startswith("вынуждена"), name


def test_a_word_that_stands_for_a_concept_joins_the_word_beside_it():
    # corpus 2021-10-06: 'climate / change' ("climate" stands for its concept, "change" for none)
    name = name_of(["The two sides also exchanged views on climate change and on regional issues.",
                    "They agreed to work on climate change together."], side="CN", counterpart="US")
    assert name.startswith("climate change"), name


def test_a_russian_verb_beside_its_object_is_no_term():
    texts = ["Договорились продолжить контакты.", "Решено продолжить контакты по линии министерств."]
    name = plain_name(texts, [["продолжить", "контакты"], ["продолжить", "контакты", "министерств"]])
    assert "продолжить контакты" not in name, name


def test_three_words_the_points_write_together_are_one_part():
    texts = ["Blinken raised the high-altitude surveillance balloon in US airspace.",
             "He called the altitude surveillance balloon unacceptable."]
    name = plain_name(texts, [["altitude", "surveillance", "balloon", "airspace"],
                              ["altitude", "surveillance", "balloon", "unacceptable"]])
    assert name.startswith("altitude surveillance balloon"), name
