"""Chinese cue readings the fifty-fourth round fixed (helper cuezh54):

* a Chinese name compared across languages keeps the body's head noun after it and a "新" before it
  ("亚太经合组织", "新冷战"): the detail_mismatch quoted "亚太经合", "冷战";
* "受到各方欢迎", "备受国际社会的欢迎" (an agent of no side of the call between the passive marker and
  the verb) are how something was received, no welcome by the point's speaker;
* "双方要……" after the speaker's report is that speaker's proposal, as "双方应……" is (it was the
  two sides' own);
* a Chinese coverage topic is not named by a character pair that straddles two words ("正处" of
  "正处于", "肩作" of "并肩作战", "要调" of "要调整").
"""
import pytest

from readouts.cues import cross_names, point_cues
from readouts.flags import _terms


def _zh(text, prev=("own", "CN")):
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["习近平", "拜登"],
                      previous_speaker=prev)


# -- 1. the span of a Chinese name -----------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("习近平指出，中美不应寻求“新冷战”。", "新冷战"),
    ("习近平将出席亚太经合组织第三十一次领导人非正式会议。", "亚太经合组织"),
    ("双方讨论了上合组织有关事宜。", "上合组织"),
])
def test_a_chinese_name_keeps_its_prefix_and_head_noun(text, name):
    assert name in [c.text for c in cross_names(_zh(text), "en").values()]


@pytest.mark.parametrize("text", ["双方要抛弃冷战思维。", "中方重视创新冷战史研究。"])
def test_no_other_word_joins_the_name(text):
    # "思维" is no body's head noun; the "新" of "创新" is that word's
    assert [c.text for c in cross_names(_zh(text), "en").values()] == ["冷战"]


# -- 2. an evaluative passive with an agent of no side ----------------------------------------------
@pytest.mark.parametrize("text", ["这一倡议受到各方欢迎。", "这一倡议备受各方欢迎。", "这一倡议受到国际社会普遍欢迎。",
                                  "这一倡议受到国际社会的广泛欢迎。"])
def test_welcomed_by_all_parties_is_no_welcome_act(text):
    c = _zh(text)
    assert not any(a.name == "welcomed" for a in c.acts)
    assert [n.text for n in c.named_acts] == ["欢迎"]  # still words about the talk


def test_the_second_of_two_evaluated_terms_is_no_act_either():
    assert not _zh("这一倡议受到各方的欢迎和支持。").acts


def test_a_side_of_the_call_as_the_agent_still_welcomes():
    assert [(a.name, a.speaker) for a in _zh("这一倡议受到美方欢迎。").acts] == [("welcomed", "counterpart")]


# -- 3. "双方要……" ----------------------------------------------------------------------------------
def test_the_two_sides_must_is_the_previous_speakers_proposal():
    # 2025-06-05 Trump-Xi (zh), after "他说，这也证明对话与合作是唯一正确的选择。": the English twin reads
    # "The two sides should make good use of ..." as Xi's, the Chinese gave the two sides
    assert _zh("双方要充分发挥已建立的经贸磋商机制的作用，平等相待，尊重彼此关切，谋求双赢。").speaker == "own"
    assert _zh("美方要同中方相向而行。").speaker == "own"


@pytest.mark.parametrize("text,name,speaker", [("美方要求中方停止军演。", "demanded", "counterpart"),
                                               ("双方要求加强合作。", "demanded", "both")])
def test_a_demand_is_no_obligation(text, name, speaker):
    assert [(a.name, a.speaker) for a in _zh(text, prev=None).acts] == [(name, speaker)]


# -- 4. Chinese topic names that straddle two words ------------------------------------------------
@pytest.mark.parametrize("text,cut,word", [
    ("习近平指出，中美两国在第二次世界大战中是并肩作战的盟友。", "肩作", "作战"),
    ("王毅表示，中美关系正处于关键时期。", "正处", "关键"),
    ("习近平指出，中美关系这艘大船要调整好航向。", "要调", "调整"),
])
def test_a_topic_name_is_no_pair_across_two_words(text, cut, word):
    terms = _terms(text, _zh(text))
    assert cut not in terms and word in terms
