"""Flags on predicted cross-lingual comparisons that the fifty-fifth round's audit (helper xlflags55)
found wrong from language handling:

* a Chinese character pair that straddles two corpus words ("外事", foreign affairs, of "意外事件",
  an unexpected incident) named a coverage topic: "CN opens with '外事'" for "双方讨论了如何冷静、专业地
  处理个别意外事件" (2023-02-03 -zh);
* the press a speaker told something to ("сообщил журналистам", "told journalists", "对记者表示") is no
  topic, yet "журналистам" named the concept people-to-people exchanges: "RU opens with 'people-to-people
  exchanges / переговоры'" for "С.В. Лавров сообщил журналистам, что переговоры продлились дольше, чем
  планировалось" (2021-05-19 -ru), where the English twin's "Lavrov told reporters ..." named none.
"""
import pytest

from readouts import Readout
from readouts.cues import point_cues
from readouts.flags import _terms, find_flags, han_words
from readouts.records import Comparison, Link, Signature

SIG = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})


def _zh(text):
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["王毅", "布林肯"],
                      previous_speaker=("own", "CN"))


def _ru(text):
    return point_cues(text, side="RU", language="ru", counterpart_side="US", participants=["Лавров", "Блинкен"],
                      previous_speaker=("own", "RU"))


def _en(text):
    return point_cues(text, side="US", language="en", counterpart_side="RU", participants=["Blinken", "Lavrov"],
                      previous_speaker=("own", "US"))


# -- 1. a Chinese pair between two corpus words ---------------------------------------------------
def test_a_pair_between_two_words_is_none():
    words = han_words("处理个别意外事件")
    assert "外事" not in words and {"意外", "事件"} <= set(words)


def test_the_coverage_topic_of_an_incident_is_not_foreign_affairs():
    text = "双方讨论了如何冷静、专业地处理个别意外事件。"
    terms = _terms(text, _zh(text))
    assert "外事" not in terms and "事件" in terms


def test_a_pair_whose_neighbour_is_no_word_stays():
    # "始终奉行": "终奉" is met in no point, so its neighbours were the words already
    assert han_words("始终奉行") == ["始终", "奉行"]
    text = "中央外事工作委员会办公室主任王毅同布林肯通电话。"
    assert "外事" in _terms(text, _zh(text))


# -- 2. the press a speaker told something to -----------------------------------------------------
@pytest.mark.parametrize("text,make", [
    ("С.В. Лавров сообщил журналистам, что переговоры продлились дольше, чем планировалось.", _ru),
    ("С.В. Лавров заявил в беседе с журналистами, что переговоры продлились дольше, чем планировалось.", _ru),
    ("Blinken told journalists that the talks had gone on longer than planned.", _en),
    ("王毅对记者表示，会谈时间比原计划更长。", _zh),
])
def test_the_press_told_is_no_topic(text, make):
    assert "people-to-people exchanges" not in _terms(text, make(text))


@pytest.mark.parametrize("text,make", [
    ("Стороны договорились об обмене журналистами и упрощении визового режима.", _ru),
    ("They agreed on exchanging journalists and easing visa procedures.", _en),
    ("双方同意互派记者。", _zh),
])
def test_journalists_as_the_topic_stay_one(text, make):
    assert "people-to-people exchanges" in _terms(text, make(text))


# -- 3. the initiative of a meeting is no call's ---------------------------------------------------
def _initiative(a, b):
    c = Comparison(a=a, b=b, links=(Link(a=(1,), b=(1,), label="asymmetric", score=0.9),), only_a=(0,), only_b=(0,),
                   signature=SIG)
    return [f for f in find_flags(c) if f.kind == "initiative"]


def test_the_initiative_of_a_meeting_says_meeting():
    india = Readout.from_text("Jaishankar said he had just finished a meeting with Wang Yi in Jakarta. "
                              "They talked about the border areas.", side="IN")
    china = Readout.from_text("王毅应印方请求在雅加达会见了印度外长苏杰生。双方讨论了边界问题。", side="CN")
    flags = _initiative(india, china)
    assert flags, "the initiative flag this test reads is gone"
    assert "says the meeting was initiated by IN" in flags[0].explanation, flags[0].explanation


def test_the_initiative_of_a_phone_call_still_says_call():
    us = Readout.from_text("Secretary Blinken spoke by phone today with Foreign Minister Lavrov. "
                           "He stressed the need for diplomacy.", side="US")
    russia = Readout.from_text("По инициативе американской стороны состоялся телефонный разговор С.В. Лаврова с "
                               "Э. Блинкеном. Министры обсудили ситуацию вокруг Украины.", side="RU")
    flags = _initiative(us, russia)
    assert flags, "the initiative flag this test reads is gone"
    assert "says the call was initiated by US" in flags[0].explanation, flags[0].explanation


# -- 4. Russian infinitives in "-ти" and "-чь" ------------------------------------------------------
@pytest.mark.parametrize("word", ["вести", "провести", "привести", "найти", "выйти", "достичь", "помочь"])
def test_a_russian_infinitive_in_ti_or_ch_weighs_as_a_verb(word):
    from readouts.flags import _name_weight
    assert _name_weight(word, frozenset()) == 0.5


@pytest.mark.parametrize("word", ["области", "власти", "совести", "речь", "ночь", "каналам"])
def test_a_russian_noun_in_ti_or_ch_stays_a_noun(word):
    from readouts.flags import _name_weight
    assert _name_weight(word, frozenset()) == 1.0


def test_a_frequent_word_between_two_rarer_pairs_stays():
    # "中方对美政策一以贯之": "政策" (policy) is met far more often than "美政" and "策一" together would be
    assert han_words("美政策一") == ["政策"]
    text = "他表示，美方对华政策应保持稳定。"
    terms = _terms(text, _zh(text))
    assert "政策" in terms and "华政" not in terms
    # "对美政策" is the concept of the United States as a whole (policy towards the US), no "美政" either
    text = "他表示，中方对美政策一以贯之、保持稳定。"
    terms = _terms(text, _zh(text))
    assert "United States" in terms and "美政" not in terms


@pytest.mark.parametrize("run,pair", [("杨洁篪说", "洁篪"), ("习近平说", "近平"), ("助理沙利文", "沙利"), ("兼外交部长", "外交"),
                                      ("本国人民过上", "人民")])
def test_a_name_or_word_beside_a_pair_of_its_own_stays(run, pair):
    # a pair of a three-character name or word is met as often as the next one ("助理沙利文"), or far more
    # often than the pair after it ("近平" of "习近平说": 67 against 3); no straddle
    assert pair in han_words(run)
