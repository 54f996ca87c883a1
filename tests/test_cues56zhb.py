"""Chinese readings checked against their English twins (round 56, second pass): an actor reaches its
act across a coverb phrase ("莫迪总理已就此达成共识", subject + 就/在/对 + object + verb), never across a
clause's punctuation nor from inside another actor's phrase; a commitment "作出过" (made before) is
recalled, modifiers between."""

import pytest

from readouts.cues import point_cues


def _cues(text, side="CN", counterpart="US"):
    return point_cues(text, language="zh", side=side, counterpart_side=counterpart)


def _acts(text, side="CN", counterpart="US"):
    return [(a.name, a.text, a.speaker) for a in _cues(text, side, counterpart).acts]


# -- an actor's reach across a coverb phrase -------------------------------------------------------
@pytest.mark.parametrize("text, term, speaker", [
    # reported: the two leaders' agreement, as "Wang said Xi and Modi had reached a consensus on ..."
    ("王毅表示，习近平主席和莫迪总理已就稳定中印关系达成重要共识。", "达成重要共识", "both"),
    ("王毅表示，莫迪总理已就此达成共识。", "达成共识", "counterpart"),
    ("王毅表示，莫迪总理已经在边界问题上同意了这一安排。", "同意", "counterpart"),
])
def test_an_actor_reaches_its_act_across_a_coverb_phrase_in_what_is_reported(text, term, speaker):
    assert any(t == term and s == speaker for _, t, s in _acts(text, counterpart="IN"))


def test_two_joined_leaders_reach_their_agreement_across_a_coverb_phrase():
    # "Xi and Modi had reached an important consensus on stabilising relations": both sides', not Xi's
    assert _acts("习近平主席和莫迪总理已就稳定中印关系达成重要共识。", counterpart="IN") == [
        ("agreed", "达成重要共识", "both")]


def test_an_actor_inside_another_actors_coverb_phrase_is_not_the_subject():
    # "中方对美方……表示不满": the US is what China is dissatisfied with, not the one dissatisfied
    # (China's, reported: read before as content with no actor, and dropped)
    acts = _acts("王毅表示，中方对美方近来在台湾问题上的错误言行表示强烈不满。")
    assert acts == [("stated", "表示", "own"), ("stated", "表示", "own")]


def test_no_actor_reaches_an_act_across_a_comma():
    # the clause of "莫迪总理" ends at its comma; the act after it is no more Modi's than it was
    text = "王毅表示，莫迪总理已就此，达成共识。"
    assert ("agreed", "达成共识", "counterpart") not in _acts(text, counterpart="IN")


def test_a_commitment_made_before_is_recalled_with_modifiers_between():
    # "作出过明确的政治承诺": commitments made in the past, as "作出过明确承诺" is
    acts = [a for a in _cues("他表示，美方在台湾问题上对中方作出过明确的政治承诺。").acts if a.name == "agreed"]
    assert [(a.speaker, a.past) for a in acts] == [("counterpart", True)]


# -- a prohibitive after a side's name: the side is told, and does not speak ----------------------
@pytest.mark.parametrize("text", [
    "印方切勿误判当前形势,切勿低估中方捍卫领土主权的坚定决心。",
    "印方切莫误判形势。",
])
def test_a_side_told_not_to_do_something_is_the_addressee_not_the_speaker(text):
    # "India must not misread the situation" in China's readout: China's words, as "美方应……" is
    told = point_cues(text, language="zh", side="CN", counterpart_side="IN", previous_speaker=("own", "CN"))
    should = point_cues("美方应停止对华遏制打压的做法。", language="zh", side="CN", counterpart_side="US",
                        previous_speaker=("own", "CN"))
    assert (told.speaker, told.speaker_side) == (should.speaker, should.speaker_side) == ("own", "CN")


# -- a call noun that names another meeting, or what the call brought, frames no call ------------
@pytest.mark.parametrize("text", [
    # a meeting named by when it is held: the leaders' meeting to come, not this dialogue
    "双方应为年内举行的领导人会晤做好充分准备，推进对话合作。",
    # what the call brought, as "The meeting helped deepen mutual understanding" frames nothing
    "会晤有助于增进相互了解，增加了国际社会对中美关系的积极预期。",
])
def test_a_call_noun_mentioned_not_described_frames_no_call(text):
    assert not _cues(text).call_frame


@pytest.mark.parametrize("text", [
    "国家主席习近平同美国总统拜登举行视频会晤。",
    "此次会晤被评价为具有建设性，有利于增进相互了解。",
    "两国元首一致认为，这次会晤是坦诚的、建设性的。",
])
def test_a_call_announced_or_described_still_frames_it(text):
    assert _cues(text).call_frame


# -- 要求: a demand, as требовать is in Russian and "demand" in every English twin ------------------
@pytest.mark.parametrize("text, term", [
    ("中方要求印方彻查此事，立即停止一切挑衅行为。", "要求"),
    ("他要求美方切实尊重中国的主权、安全和发展利益。", "要求"),
    ("秦刚阐明了中方的严正立场，并提出了明确要求。", "提出了明确要求"),
])
def test_yaoqiu_is_a_demand(text, term):
    acts = [(a.name, a.strength) for a in _cues(text).acts if a.text == term]
    assert acts == [("demanded", 4)]


def test_a_side_asking_its_own_teams_instructs_them_as_zecheng_does():
    # "instructed their working teams": the two sides' agreement, as "责成各自团队" is
    acts = _acts("双方同意今后保持联系，并要求各自工作团队就此继续沟通、开展合作。")
    assert ("agreed", "要求各自", "both") in acts


def test_qingqiu_and_duncu_stay_requests():
    assert [a.name for a in _cues("中方敦促美方停止售台武器。").acts] == ["urged"]


# -- the side that asked for the call does not speak its frame ----------------------------------------
@pytest.mark.parametrize("text", [
    "7月14日，应印方请求，王毅在雅加达会见了印度外长苏杰生。",
    "应美方请求，王毅在纽约会见美国国务卿布林肯。",
])
def test_the_side_that_asked_for_the_call_is_not_the_speaker_of_its_frame(text):
    # the opening actor after the request is the point's, as "王毅应印方请求……会见了……" is read
    c = _cues(text, counterpart="IN" if "印" in text else "US")
    assert (c.speaker, c.speaker_side) == ("own", "CN")


# -- an agreement of two titled persons who are not in the call is recalled -------------------------
_IN_CN = ["Subrahmanyam Jaishankar (External Affairs Minister of India)", "Wang Yi (Director)"]


def test_an_agreement_of_two_leaders_not_in_the_call_is_recalled():
    # "Wang said President Xi and Prime Minister Modi had reached an important consensus", in a call
    # of Wang Yi and Jaishankar: an agreement made where the leaders met, no claim of this call
    c = point_cues("王毅表示，习近平主席和莫迪总理已就稳定中印关系达成重要共识。", language="zh", side="CN",
                   counterpart_side="IN", participants=_IN_CN)
    assert [(a.speaker, a.past) for a in c.acts if a.name == "agreed"] == [("both", True)]


@pytest.mark.parametrize("participants", [
    ["Joe Biden (President of the United States)", "Xi Jinping (President of China)"],
    [],  # participants unknown: the agreement may be the call's
])
def test_an_agreement_of_the_calls_own_leaders_stays_the_calls(participants):
    c = point_cues("习近平主席和拜登总统同意加强沟通。", language="zh", side="CN", counterpart_side="US",
                   participants=participants)
    assert [(a.speaker, a.past) for a in c.acts if a.name == "agreed"] == [("both", False)]


# -- an actor told what to do across adverbs and a noun joined to it ------------------------------
@pytest.mark.parametrize("text", [
    "美国和北约也应与俄罗斯对话，解决乌克兰危机背后的症结。",
    "美方同样应该停止干涉。",
    "美国和北约应与俄罗斯对话。",
])
def test_an_actor_told_across_adverbs_or_a_joined_noun_does_not_speak(text):
    # "The US and NATO should also talk with Russia" in Xi's words: China's point, as "美方应……" is
    c = point_cues(text, language="zh", side="CN", counterpart_side="US", previous_speaker=("own", "CN"))
    assert (c.speaker, c.speaker_side) == ("own", "CN")


def test_an_actor_before_a_verb_after_a_joined_noun_still_speaks():
    # no obligation: "美方和北约讨论了……" is the US's act
    c = point_cues("美方和北约讨论了乌克兰问题。", language="zh", side="CN", counterpart_side="US",
                   previous_speaker=("own", "CN"))
    assert c.speaker_side == "US"
