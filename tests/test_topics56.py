"""Coverage topic names a reader can read: no general word ('highly', 'nobody / take', 'aspects') names a
topic; a topic that only such words would name is named by a quote of its point."""
import functools

import pytest
from conftest import hand_comparison

from readouts.flags import _name_weight, find_flags

from helpers import topic_name_of

#: topic names of points in a call with Russia (the shared helper's default counterpart is China)
name_of = functools.partial(topic_name_of, counterpart="RU")


def coverage_names(c, side):
    (f,) = [f for f in find_flags(c) if f.kind == "coverage" and f.side == side]
    return f.explanation


@pytest.mark.parametrize("text, bad, quoted", [
    # the three names the audit found, and their kind
    ("The conversation lasted about 40 minutes and was frank and highly constructive.", "'highly'", "highly constructive"),
    ("It was stressed in the call that nobody should take matters into their own hands.", "'nobody / take'",
     "nobody should take matters"),
    ("The two sides also exchanged views on other issues.", "'issues'", "views on other issues"),
    ("On the whole, the Secretary and the Minister exchanged views candidly and constructively.", "'whole'",
     "On the whole"),
])
def test_a_topic_of_general_words_alone_is_named_by_a_quote_of_its_point(text, bad, quoted):
    c = hand_comparison(["Blinken spoke with Lavrov.", text], ["Lavrov spoke with Blinken."], [((0,), (0,))],
                        label="equivalent")
    explanation = coverage_names(c, "a")
    assert bad not in explanation and quoted in explanation, explanation


def test_a_general_word_is_no_second_name_after_a_concept():
    # 'aspects / Ukraine': "aspects" ranked first, as the call's other points name Ukraine too
    name = name_of(["The two leaders continued their discussion of the situation in Ukraine, concentrating on "
                    "its humanitarian aspects."],
                   rest=["Scholz urged a ceasefire in Ukraine.", "Putin spoke of the talks with Ukraine."])
    assert "aspects" not in name and name.startswith(("humanitarian", "Ukraine")), name
    name = name_of(["Собеседники обсудили различные аспекты урегулирования внутриукраинского конфликта."],
                   side="RU", language="ru", counterpart="US",
                   rest=["Обсуждалось урегулирование конфликта.", "Урегулирование на Украине."])
    assert "аспекты" not in name, name


@pytest.mark.parametrize("word", ["aspects", "аспекты", "developments", "intentions", "priorities", "whole", "nobody"])
def test_words_of_no_topic_weigh_as_general_words(word):
    assert _name_weight(word, frozenset()) == 0.3


def test_verbs_and_adjectives_alone_name_no_topic():
    # 'expects / solve', 'substantive / constructive': a reader cannot tell the topic from them
    name = name_of(["He called it highly substantive and rather frank, and on the whole very useful."])
    assert name.startswith("highly substantive") and " / " not in name, name
    assert _name_weight("constructive", frozenset()) == 0.7 and _name_weight("initiative", frozenset()) == 1.0


def test_a_quote_starts_at_the_first_term_with_the_article_before_it_not_a_pronoun():
    from readouts.flags import _quote
    assert _quote("The two leaders discussed the latest developments in Russia.",
                  {"latest": frozenset(), "developments": frozenset()}) == "the latest developments in Russia"
    assert _quote("He called it highly substantive and rather frank.", {"highly": frozenset()}) \
        == "highly substantive and rather frank"
    assert _quote("Xi said.", {}) == "Xi said"


def test_a_real_topic_keeps_its_name():
    name = name_of(["Biden raised the Korean Peninsula and the denuclearisation of North Korea.",
                    "Both sides discussed the Korean Peninsula."])
    assert name.startswith("Korean Peninsula"), name


@pytest.mark.parametrize("word, weight", [("roughly", 0.3), ("peacefully", 0.3), ("closely", 0.3), ("supply", 1.0),
                                          ("assembly", 1.0), ("family", 1.0)])
def test_english_adverbs_name_no_topic(word, weight):
    # 'invasion / roughly', 'contribute / peacefully': an adverb says how, not what about
    assert _name_weight(word, frozenset()) == weight


def test_an_adjective_or_adverb_of_a_concept_the_topics_points_share_names_it_by_the_concepts_label():
    # 'war and conflict / peaceful', 'contribute / peacefully': "peaceful means", "settled peacefully" are the
    # peace settlement the topic's points share
    rest = ["Putin spoke of the peace talks.", "Peace was discussed.", "A peace settlement was discussed.",
            "Ukraine was discussed."]
    name = name_of(["Erdoğan said the conflict must be settled peacefully.", "He added that the war should end peacefully."],
                   side="TR", rest=rest)
    assert name == "war and conflict / peace settlement", name
    name = name_of(["Putin said the crisis could be resolved by peaceful means.",
                    "Erdoğan said the war must end by peaceful means."], side="TR", rest=rest)
    assert name.startswith("peace settlement"), name
