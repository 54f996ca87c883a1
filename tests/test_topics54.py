"""Topic names of the coverage flags: concept forms that matched phrases not about the concept, and
the words a name's two parts may share."""

import pytest

from readouts.concepts import concepts


# -- concept forms that matched too widely ------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    # a nuclear power plant is neither a strike on infrastructure nor nuclear arms control
    ("He said the Akkuyu nuclear power plant would be finished on time.", {"infrastructure_strikes", "nuclear_arms_control"}),
    ("Работы по доставке ядерного топлива на АЭС «Аккую» идут по графику.", {"nuclear_arms_control"}),
    # states that hold the bomb are no energy
    ("Russia and the United States bear a special responsibility as nuclear powers.", {"energy"}),
    # peace and tranquillity (or stability) kept on a border or across a strait is no peace settlement
    ("They agreed to maintain peace and tranquillity in the border areas.", {"peace_settlement"}),
    ("He stressed the importance of peace and stability across the Taiwan Strait.", {"peace_settlement"}),
    ("双方同意维护边境地区的和平与安宁。", {"peace_settlement"}),
    ("希望台海保持和平稳定。", {"peace_settlement"}),
    ("The theme of our era, peace and development, has not changed.", {"peace_settlement"}),
    ("They support peaceful coexistence and China's peaceful reunification.", {"peace_settlement"}),
    ("中美应当和平共处，维护世界和平。", {"peace_settlement"}),
    ("Большинство стран мира страдает, а удары наносятся по мирному населению.", {"peace_settlement"}),
    # "the trend of history" is rhetoric, not history and anniversaries
    ("Keeping to the trend of history serves both peoples.", {"history_ww2"}),
])
def test_a_phrase_that_holds_a_form_without_meaning_the_concept_does_not_match_it(text, wrong):
    assert not wrong & concepts(text)


@pytest.mark.parametrize("text, concept", [
    ("Putin said Ukrainian strikes on the Zaporozhye nuclear power plant risk a catastrophe.", "infrastructure_strikes"),
    ("He warned against the use of nuclear weapons.", "nuclear_arms_control"),
    ("Erdoğan said the Akkuyu nuclear power plant would open next year.", "energy"),
    ("They discussed a just and lasting peace in Ukraine.", "peace_settlement"),
    ("He wants a peaceful settlement of the crisis, and peace and stability in Europe.", "peace_settlement"),
    ("维护和平，推动和谈。", "peace_settlement"),
    ("They marked the 80th anniversary of victory and recalled the history of the war.", "history_ww2"),
])
def test_the_concept_still_matches_where_it_is_meant(text, concept):
    assert concept in concepts(text)


# -- a name's two parts say two things ----------------------------------------------------------
def _topic(texts, side="US", language="en"):
    from collections import Counter

    from readouts.cues import point_cues
    from readouts.flags import _terms, _topic_name
    terms = [_terms(t, point_cues(t, side=side, language=language, counterpart_side="CN")) for t in texts]
    return _topic_name(list(range(len(texts))), terms, Counter(t for ts in terms for t in ts), texts)


def test_a_concept_is_not_named_again_by_a_word_of_its_own_match():
    # corpus 2024-04-26 US-CN (US): 'AI / artificial' for "a dialogue on artificial intelligence"
    name = _topic(["They agreed to hold talks on artificial intelligence in Geneva.",
                   "Blinken urged progress on artificial intelligence risks."])
    assert "AI" in name.split(" / ") and "artificial" not in name and "intelligence" not in name, name


def test_a_concept_is_not_named_after_a_word_of_its_label():
    # corpus 2018-03-20 US-RU (US): 'relations / bilateral relations'
    name = _topic(["The relations between the two countries matter.", "Relations are at a low point.",
                   "He hopes relations improve."])
    # ("relations" became a form of the concept in round 55: the topic is the concept, named once)
    assert name.lower().count("relations") == 1, name


def test_a_name_inside_a_concept_form_still_names_the_topic_beside_it():
    # "Normandy" of "the Normandy format" (Minsk agreements) says more than the concept's label
    name = _topic(["They discussed the Minsk agreements and the Normandy format.",
                   "A Normandy format summit on the Minsk agreements was proposed."], side="UA")
    assert "Normandy" in name and "Minsk agreements" in name, name


# -- a word that says what kind or how gives way to one that says what about ----------------------
@pytest.mark.parametrize("word, weight", [
    ("populous", 0.7), ("critical", 0.7), ("ancient", 0.7), ("successful", 0.7), ("stable", 0.7),
    ("responsible", 0.7), ("timetable", 1.0), ("patient", 1.0), ("table", 1.0), ("modernisation", 1.0),
])
def test_english_adjectives_weigh_as_the_russian_ones(word, weight):
    from readouts.flags import _name_weight
    assert _name_weight(word, frozenset()) == weight


def test_an_adjective_gives_way_to_a_noun_in_a_topic_name():
    # corpus 2023-05-04 IN-CN (CN): 'populous / critical'; 2025-08-31: 'revitalisation / ancient'
    name = _topic(["Qin said the two most populous countries are at a critical stage of modernisation."], side="CN")
    assert not {"populous", "critical"} & set(name.split(" / ")) and "modernisation" in name, name


def test_a_long_term_perspective_names_no_topic():
    # audit 2024-10-23 IN-CN: 'term / perspective' for "from a strategic, long-term perspective"
    name = _topic(["The leaders stressed the need to take the relationship forward from a strategic, long-term perspective.",
                   "They should handle ties from a long-term perspective."], side="IN")
    assert "term" not in name.split(" / ") and "perspective" not in name, name
