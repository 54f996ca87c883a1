"""Coverage topic names that say what the topic is about: no concept named by a verb form or an adjective
that is no form of it ("deployed": troop build-up, "peaceful development": peace settlement, "fighting" the
pandemic: war), no name of verbs and adjectives alone ('open / manage', 'bilateral / critical',
'transparent / aboveboard'), and quotes that start where the point's content is."""
import pytest

from readouts.flags import _name_weight, _predicative, _quote, _terms, _verb_in, _weak_concepts

from helpers import topic_cues as cues, topic_name_of as name_of


@pytest.mark.parametrize("text, label", [
    # the three the audit found: an observer mission, China's development path, the pandemic
    ("Putin told Macron that he consented to the mission being deployed.", "troop build-up"),
    ("Xi said China will stay on the path of peaceful development.", "peace settlement"),
    ("Trump said China's experience in fighting the epidemic had been very useful.", "war and conflict"),
])
def test_a_concept_matched_only_by_a_verb_form_or_an_adjective_of_another_noun_names_no_topic(text, label):
    assert label not in _terms(text, cues(text, "FR" if "Macron" in text else "US", counterpart="RU")), text


@pytest.mark.parametrize("text, label", [
    ("Both leaders called for an end to the fighting.", "war and conflict"),  # a noun after "the"
    ("Erdoğan said the conflict must be settled by peaceful means.", "peace settlement"),  # manner
    ("They discussed economic cooperation.", "trade and the economy"),  # a form of the label's head
    ("Lavrov spoke of indivisible security.", "security guarantees"),  # before a word of the label
    ("Russia deployed troops to the border.", "troop build-up"),  # a noun of the concept stands beside it
    ("They stressed respect for international law.", "global and regional issues"),  # a concept of adjectives
    ("Trump congratulated Putin on being re-elected.", "greetings"),  # the point's speech act
])
def test_a_concept_a_noun_or_a_form_of_its_own_names_still_names_the_topic(text, label):
    assert label in _terms(text, cues(text, counterpart="RU")), text


def test_weak_concepts_reads_only_english_words():  # a guard: the Russian endings misread nouns
    # "обеспокоенность" ends as an infinitive does, and an English label shows no Russian stem
    assert not _weak_concepts("Он высказал серьёзную обеспокоенность действиями Киева.")


@pytest.mark.parametrize("word", ["bilateral", "mutual", "national", "global", "diplomatic", "domestic", "strongest",
                                  "lowest", "violent", "transparent", "reciprocal"])
def test_relational_adjectives_and_superlatives_weigh_as_adjectives(word):
    assert _name_weight(word, frozenset()) == 0.7


@pytest.mark.parametrize("word", ["interest", "protest", "president", "incident", "individual", "agreement", "forest"])
def test_nouns_with_those_endings_stay_nouns(word):
    assert _name_weight(word, frozenset()) == 1.0


def test_words_used_only_as_verbs_or_predicative_adjectives_are_read_so():
    assert _verb_in("open", ["They agreed to keep talking and to open negotiations."])
    assert _verb_in("settle", ["Russia is ready to consider and settle any question."])
    assert not _verb_in("development", ["They contribute to development."])
    assert not _verb_in("open", ["An open door.", "They agreed to open it."])
    assert _predicative("aboveboard", ["Its strategic intentions are aboveboard."])
    assert _predicative("transparent", ["Its policies are open and transparent."])
    assert not _predicative("transparent", ["Its policies are transparent.", "a transparent process"])


def test_a_name_of_bare_verbs_is_no_name():
    # 'open / manage' and 'consider / settle': "to open", "to manage" are what was done, not what about
    name = name_of(["Sullivan said both sides should work to open and to manage matters responsibly.",
                    "They agreed to open and to manage it."], counterpart="CN")
    assert name not in ("open / manage", "manage / open"), name


def test_an_adjective_that_stands_for_a_concept_is_still_an_adjective():
    # 'bilateral / critical', 'global / critical': "Critical bilateral and global questions were also covered."
    rest = ["Global and regional issues were discussed.", "Global issues came up too."]
    name = name_of(["Critical bilateral and global questions were also covered."], counterpart="RU", rest=rest)
    assert " / " not in name and name.startswith("Critical bilateral and global"), name


def test_a_quote_starts_where_the_points_content_is():
    # 'expects the two of them to …': the verb of the point's first term said nothing of the topic
    text = "He said he expects the two of them to solve many problems together, beginning right away."
    q = _quote(text, _terms(text, cues(text)))
    assert not q.startswith("expects") and "problems" in q, q


def test_a_russian_conjunction_names_no_topic():
    text = "Путин заявил, что Россия была вынуждена выйти из сделки, поскольку Запад блокировал её часть."
    assert "поскольку" not in _terms(text, cues(text, "RU", "ru", "TR"))
