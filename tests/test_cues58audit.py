"""Round 58 audit of cue readings (a random draw of corpus points, seeds 5858/5959): concern voiced
in the passive is expressed concern, not a bare statement ("Serious concern was voiced over ...",
"Была выражена серьёзная озабоченность ..."); "insists/insisting that" stresses as "insisted that"
does; what was set out in an earlier speech is recalled ("set out in Putin's June speech"); "стороны
отношений" (aspects of relations) and "с одной/другой стороны" (on the one/other hand) name no
parties; in Chinese, the two sides named after a verb of their clause ("盼望中美两国发挥带头作用",
"符合两国长远利益") are its object, not the point's speakers."""
import pytest

from readouts.cues import point_cues, topic_text

from helpers import acts_text_speaker as _acts


def _cues(text: str, language: str, side: str, counterpart: str):
    return point_cues(text, side=side, counterpart_side=counterpart, language=language)


# --- 1. concern voiced in the passive ------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("Serious concern was voiced over the sharp deterioration of the situation.", "Serious concern was voiced"),
    ("Deep concern was expressed over the situation on the border.", "Deep concern was expressed"),
    ("Concern was also voiced about the safety of the plant.", "Concern was also voiced"),
    ("Concerns were raised about the security of the plant.", "Concerns were raised"),
])
def test_concern_voiced_in_the_passive_is_expressed_concern(text, term):
    cues = _cues(text, "en", "RU", "FR")
    assert _acts(cues) == [("expressed_concern", term, "unspecified")]
    assert "concern" not in topic_text(cues).casefold()


@pytest.mark.parametrize("text,term", [
    ("Была выражена серьезная озабоченность резким обострением ситуации.", "выражена серьезная озабоченность"),
    ("Выражена обеспокоенность ситуацией на границе.", "Выражена обеспокоенность"),
])
def test_russian_concern_voiced_in_the_passive_is_expressed_concern(text, term):
    assert _acts(_cues(text, "ru", "RU", "FR")) == [("expressed_concern", term, "unspecified")]


def test_active_concern_still_expressed_concern():
    assert _acts(_cues("Putin also voiced serious concern about the shelling.", "en", "RU", "US")) == [
        ("expressed_concern", "voiced serious concern", "own")]


# --- 2. "insists/insisting that" ---------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("Wang insists that China behaves as a responsible country.", "insists that"),
    ("The Secretary raised the balloon, insisting that such an act must never happen again.", "insisting that"),
])
def test_insists_that_stresses_as_insisted_that_does(text, term):
    cues = _cues(text, "en", "CN" if text.startswith("Wang") else "US", "US" if text.startswith("Wang") else "CN")
    assert ("stressed", term, "own") in _acts(cues)


def test_insists_on_a_policy_is_no_act():
    # "China insists on settling differences through consultation": a stance, no speech act of its own
    assert all(a.name != "stressed" for a in _cues("China insists on settling differences through consultation.",
                                                     "en", "CN", "US").acts)


# --- 3. set out in an earlier speech: recalled -----------------------------------------------------------

def test_set_out_in_an_earlier_speech_is_recalled():
    cues = _cues("Russia's proposals are well known, having been set out in particular in Putin's June speech "
                 "at the Foreign Ministry.", "en", "RU", "DE")
    assert [(a.name, a.text, a.past) for a in cues.acts] == [("stated", "set out", True)]


def test_stressed_in_the_call_is_not_recalled():
    cues = _cues("Putin stressed that the speech of the German Chancellor was noted.", "en", "RU", "DE")
    assert [(a.name, a.past) for a in cues.acts if a.name == "stressed"] == [("stressed", False)]


# --- 4. Russian "стороны" that are no parties ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Российская сторона предложила снять ограничения, что облегчило бы нормализацию и других сторон отношений.",
    "Обсуждались различные стороны сотрудничества в энергетике.",
    "С одной стороны, Россия готова к диалогу, с другой стороны, она не допустит угроз.",
])
def test_aspects_and_hands_are_no_parties(text):
    cues = _cues(text, "ru", "RU", "US")
    assert [m.text for m in cues.mentions if m.role == "both"] == []


def test_the_parties_are_still_both():
    cues = _cues("Стороны договорились о развитии отношений.", "ru", "RU", "US")
    assert [m.text for m in cues.mentions if m.role == "both"] == ["Стороны"]
    assert cues.speaker == "both"


# --- 5. Chinese: the two sides as an object are no speakers ---------------------------------------------

@pytest.mark.parametrize("text", [
    "在动荡多变的世界中,国际社会和各国民众都盼望中美两国发挥带头作用,守护世界和平与安全。",
    "因此相互尊重、相互支持才是正确道路,符合两国长远利益。",
    "第三是合作共赢，世界足够大，容得下两国各自发展、共同发展。",
])
def test_chinese_two_sides_after_a_verb_are_no_speakers(text):
    cues = _cues(text, "zh", "CN", "US")
    assert [m.role for m in cues.mentions] == ["both"]
    assert cues.speaker == "unspecified"


@pytest.mark.parametrize("text", ["中美双方同意加强沟通。", "会谈中，两国元首就双边关系交换了意见。",
                                  # a fronted phrase names them first, a clause's subject after it
                                  "在两国元首指引下，双方团队通过磋商形成了若干指导原则。"])
def test_chinese_two_sides_opening_a_clause_still_speak(text):
    assert _cues(text, "zh", "CN", "US").speaker == "both"


# --- 6. gratitude expressed is thanks, as "thanked" and "выразили признательность" are -------------------

@pytest.mark.parametrize("text,side,counterpart,expected", [
    ("Putin expressed his deep gratitude to Erdogan for the hospitality.", "RU", "TR",
     [("welcomed", "expressed his deep gratitude", "own")]),
    ("The US is grateful that China has provided medical supplies, Trump said.", "CN", "US",
     [("welcomed", "is grateful", "counterpart"), ("stated", "said", "counterpart")]),
])
def test_gratitude_expressed_is_thanks(text, side, counterpart, expected):
    assert _acts(_cues(text, "en", side, counterpart)) == expected


def test_russian_gratitude_still_thanks():
    assert [a.name for a in _cues("Путин выразил признательность Эрдогану за гостеприимство.", "ru", "RU", "TR").acts] == ["welcomed"]
