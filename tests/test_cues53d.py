"""Cue readings found wrong in the fifty-third round and left (helper d):

* a Russian speaker's evidence keeps its head word: the side's adjective before an actor word
  ("Американский коллега") and the noun after a side's adjective ("Глава российского государства");
* "广受欢迎" (widely welcomed) is how something was received, no welcome by the point's speaker;
* the concept gazetteer prefers the longest form ("South China Sea" is the sea, not China), and
  the East China Sea is a concept of its own, as the South China Sea is (it first joined the South
  China Sea's, labelled "South and East China Seas", which then named a topic of the South China Sea
  alone).
"""
import pytest

from readouts.concepts import concept_label, concepts
from readouts.cues import point_cues


def _ru(text):
    return point_cues(text, side="RU", language="ru", counterpart_side="US", participants=["Путин", "Трамп"])


# -- 1. the head word of a Russian speaker's evidence --------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Американский коллега заявил, что США готовы к диалогу.", "Американский коллега"),
    ("Глава российского государства подчеркнул важность диалога.", "Глава российского государства"),
    ("Президент Российской Федерации подчеркнул важность диалога.", "Президент Российской Федерации"),
])
def test_the_speaker_span_keeps_its_head_word(text, span):
    c = _ru(text)
    assert text[slice(*c.speaker_span)] == span
    assert all(text[slice(*a.speaker_span)] == span for a in c.acts)


def test_the_noun_after_a_side_adjective_stops_at_the_act():
    # the verb right after the adjective is the act, never part of the speaker's words
    text = "Глава российского государства отметил важность контактов."
    assert text[slice(*_ru(text).speaker_span)] == "Глава российского государства"


# -- 3. "广受欢迎": an evaluation, no welcome act -------------------------------------------------
def _zh(text):
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["习近平", "特朗普"],
                      previous_speaker=("own", "CN"))


def test_widely_welcomed_is_no_welcome_act():
    assert not any(a.name == "welcomed" for a in _zh("这一倡议在两国国内和国际上都广受欢迎。").acts)


def test_a_welcome_stated_is_still_one():
    assert any(a.name == "welcomed" for a in _zh("习近平对此表示欢迎。").acts)


# -- 5. the longest form wins; the East China Sea ------------------------------------------------
@pytest.mark.parametrize("text", ["They discussed the South China Sea.", "Стороны обсудили ситуацию в Южно-Китайском море."])
def test_a_sea_named_after_china_is_the_sea_not_china(text):
    assert concepts(text) == {"south_china_sea"}


@pytest.mark.parametrize("text", ["They discussed the East China Sea.", "Стороны обсудили ситуацию в Восточно-Китайском море.",
                                  "双方讨论了东海问题。"])
def test_the_east_china_sea_is_its_own_sea_not_china(text):
    assert concepts(text) == {"east_china_sea"}


def test_china_named_apart_from_the_sea_still_counts():
    assert concepts("China and the US discussed the South China Sea.") >= {"china", "south_china_sea"}
    assert concepts("中方在南海问题上的立场") >= {"china", "south_china_sea"}


def test_each_sea_is_labelled_by_its_own_name():
    assert (concept_label("south_china_sea"), concept_label("east_china_sea")) == ("South China Sea", "East China Sea")


def test_a_name_swallows_the_concepts_inside_it_and_a_phrase_does_not():
    # "World War" is history, no global issue; "the military build-up" is about the military still
    assert "global_issues" not in concepts("Both fought as allies in the Second World War.")
    assert "global_issues" not in concepts("中美两国在第二次世界大战中是并肩作战的盟友。")
    assert "military_channels" in concepts("Biden raised the Russian military build-up.")


# -- 2. a connective opening the sentence is no part of a parenthetical ---------------------------
def test_a_connective_before_a_reporting_clause_is_nothing_it_reports():
    # "Кроме того, Лавров заявил, ...": Lavrov's statement opens the sentence, as without the connective
    for text in ("Кроме того, Лавров заявил, стороны договорились продолжить контакты.",
                 "Лавров заявил, стороны договорились продолжить контакты."):
        c = _ru(text)
        assert (c.speaker, text[slice(*c.speaker_span)]) == ("own", "Лавров"), text


def test_a_reporting_clause_inside_a_clause_is_still_a_parenthetical():
    c = point_cues("At the end of the call, he said, they agreed to keep talking.", side="US", language="en",
                   counterpart_side="RU", participants=["Trump", "Putin"])
    assert c.speaker == "both"


# -- 4. an initiative inside what a speaker reports, about another meeting -----------------------
def test_an_initiative_reported_about_another_meeting_is_none_of_the_call():
    c = _zh("他提到，两国经贸牵头人应美方提议在日内瓦举行会谈，为解决经贸问题迈出了重要一步。")
    assert c.initiative is None
    assert not any(a.name == "proposed" for a in c.acts)  # "提议" stays the other meeting's, no proposal


def test_an_initiative_of_the_call_stays_one():
    assert _zh("应美方请求，习近平同特朗普通电话。").initiative.initiator == "US"
    assert _ru("Путин отметил, что разговор состоялся по инициативе американской стороны.").initiative.initiator == "US"
