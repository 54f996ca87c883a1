"""Coverage topic names: a name is a named entity whole, and words that say when or how name no topic."""
from collections import Counter

import numpy as np
from conftest import hand_comparison

from readouts.flags import _topic_name, find_flags


def _names(c, e):
    return " ".join(f.explanation for f in find_flags(c, embeddings=(e[:c.a.n], e[c.a.n:])) if f.kind == "coverage")


def test_a_topic_name_is_a_named_entity_whole():
    # corpus 2024-01-26 US-CN (Sullivan-Wang): both readouts' topic read 'South China / global and regional issues'
    # where they say "the South China Sea"
    c = hand_comparison(["The sides talked about Burma and the South China Sea.", "Sullivan raised fentanyl."],
                        ["Wang spoke of regional issues, among them the South China Sea.", "Wang raised tariffs."],
                        [((0,), (0,)), ((1,), (1,))], b_side="CN")
    names = _names(c, np.eye(4))
    assert "South China Sea" in names and "'South China /" not in names and "/ South China'" not in names, names
    assert "South China Sea / South China Sea" not in names, names


def test_a_topic_name_that_stands_inside_an_entity_is_the_entity():
    from readouts.flags import _whole_entity
    assert _whole_entity("south china", ["Talks on the South China Sea."], ["South China Sea"]) == "South China Sea"
    # a name that stands alone too keeps its own words
    assert _whole_entity("taiwan", ["Taiwan and the Taiwan Strait."], ["Taiwan Strait"]) is None
    assert _whole_entity("south china", ["Talks on the South China Sea."], []) is None


def test_words_that_say_when_or_how_give_way_to_a_content_word():
    # corpus 2025-01-17 US-CN: "solve many problems together, beginning right away" was 'right / beginning'
    texts = ["He expects to solve disputes, beginning right away."]
    terms = [{"expects": frozenset(), "solve": frozenset(), "disputes": frozenset(), "beginning": frozenset(),
              "right": frozenset()}]
    name = _topic_name([0], terms, Counter(t for ts in terms for t in ts), texts)
    assert name == "disputes", name  # not 'disputes / right'



def test_an_ordinal_names_no_topic_where_a_content_word_does():
    # corpus 2025-10-16 RU: "their eighth such call"
    texts = ["Their eighth call dealt with sanctions relief."]
    terms = [{"eighth": frozenset(), "sanctions": frozenset(), "relief": frozenset()}]
    name = _topic_name([0], terms, Counter(t for ts in terms for t in ts), texts)
    assert "eighth" not in name, name


def test_a_name_before_that_is_part_of_the_entity_becomes_the_entity():
    # corpus (2x): 'Taiwan / Strait' where the points say "the Taiwan Strait"; with the strait named whole it read
    # 'Taiwan / Taiwan Strait'
    texts = ["Peace across the Taiwan Strait matters, and Taiwan is China's.", "Peace across the Taiwan Strait."]
    terms = [{"taiwan": frozenset(), "strait": frozenset(), "peace": frozenset()},
             {"taiwan": frozenset(), "strait": frozenset(), "peace": frozenset()}]
    name = _topic_name([0, 1], terms, Counter({"taiwan": 3, "strait": 2, "peace": 4}), texts,
                       entities=[("Taiwan Strait",), ("Taiwan Strait",)])
    assert name == "Taiwan Strait / peace", name
