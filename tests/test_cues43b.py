"""Chinese speaker and speech-act cues of the forty-third round (b): the two sides' short names
compounded as a subject ("中美应当……"), an act term that is the object of a verb ("尊重中方要求"), a
dropped subject after a joined pair's clause, "与其" before a call, and a talk agreed on."""
import pytest

from readouts.cues import lexicon, point_cues


def _cues(text, side="CN", counterpart="US", participants=("王毅", "布林肯", "习近平", "拜登")):
    return point_cues(text, side=side, language="zh", counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker, a.modal, a.content) for a in _cues(text, **kw).acts]


def _both(text, **kw):
    return [m.text for m in _cues(text, **kw).mentions if m.role == "both"]


def test_short_names_come_from_the_side_terms_ending_in_the_suffix():
    shorts = lexicon("zh").side_shorts
    assert shorts["中"] == "CN" and shorts["美"] == "US" and shorts["俄"] == "RU" and shorts["印"] == "IN"
    assert "华" not in shorts  # "华盛顿" does not end in "方"


@pytest.mark.parametrize("text,acts", [
    # the compound as a subject is both sides, either order, as "两国" is
    ("中美都致力于维护和平。", [("reaffirmed", "致力于", "both", False, False)]),
    ("美中都致力于维护和平。", [("reaffirmed", "致力于", "both", False, False)]),
    ("习近平强调，中美都致力于让本国人民过上更加美好的生活。",
     [("stressed", "强调", "own", False, False), ("reaffirmed", "致力于", "both", False, True)]),
    # told what to do, as "两国应当" and "美方应当" are: a modal, owed, and no speaker of it
    ("中美应当共同支持和平进程。", [("supported", "支持", "unspecified", True, False)]),
])
def test_a_compound_of_the_two_sides_short_names_as_a_subject_is_both_sides(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,both", [
    ("中美应当相互尊重。", ["中美"]),
    ("中美作为两个大国，既有共同利益，也有深刻分歧。", ["中美"]),
    ("中美不仅要担起应尽的国际责任。", ["中美"]),
    ("美中是世界上最重要的国家。", ["美中"]),
    # a modifier of the noun or verb after it, no actor
    ("中美关系的本质是互利共赢。", []),
    ("美方应当恪守中美三个联合公报。", []),
    ("美中合作不仅造福两国人民。", []),
    ("中美经贸关系的本质是互利共赢。", []),
    ("双方同意用好中美联合工作组。", ["双方"]),
    ("世界期待美中开展合作。", []),
    # "两国" after it is the actor; "两国人民" the peoples
    ("中美两国应当尊重对方的核心利益。", ["两国"]),
    ("中美两国人民都支持。", []),
    # "中美洲" (Central America) is no compound of a subject
    ("中美洲国家都支持。", []),
])
def test_the_compound_is_an_actor_only_as_a_subject(text, both):
    assert _both(text) == both


def test_a_compound_of_a_side_not_in_the_call_is_no_actor():
    # a Chinese readout of a call with the US: "中印" names India, no party to it
    assert _both("中印都是新兴大国。") == []
    assert _both("中印都是新兴大国。", counterpart="IN", participants=("王毅", "苏杰生")) == ["中印"]


@pytest.mark.parametrize("text,acts", [
    # the demand of a side, object of a verb that takes a noun: no act (the "应" laid on the US is the
    # speaker's urging since round 59)
    ("美方应切实尊重中方要求。", [("urged", "应", "unspecified", False, False)]),
    ("美方应满足要求。", [("urged", "应", "unspecified", False, False)]),
    ("王毅表示，美方应切实尊重中方要求，停止售台武器。",
     [("stated", "表示", "own", False, False), ("urged", "应", "own", False, False)]),
    # "答应" is still the US's agreement; what it agreed to is a noun
    ("美方答应中方要求。", [("agreed", "答应", "counterpart", False, False)]),
    # unchanged: the side's demand as its own act
    ("中方要求美方停止干涉。", [("demanded", "要求", "own", False, False)]),
    ("中方坚决反对，并要求美方切实回应中方关切。",
     [("opposed", "反对", "own", False, False), ("demanded", "要求", "own", False, False)]),
])
def test_an_act_term_that_is_the_object_of_a_verb_is_a_noun(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,acts", [
    # the subject dropped after a comma that follows a joined pair's clause is the pair
    ("王毅同布林肯会谈，就乌克兰问题交换了意见。", [("discussed", "交换了意见", "both", False, False)]),
    ("王毅与布林肯举行会谈，双方交换了意见。", [("discussed", "交换了意见", "both", False, False)]),
    # as before: after the call line (itself no act since round 57, as "spoke by phone" is none), and
    # with the coverb and no comma
    ("王毅同布林肯通电话，就乌克兰问题交换了意见。", [("discussed", "交换了意见", "both", False, False)]),
    ("王毅同布林肯就乌克兰问题交换了意见。", [("discussed", "交换了意见", "both", False, False)]),
    # an actor with no one joined to it is still the subject alone
    ("王毅会见布林肯，强调中方立场。", [("stressed", "强调", "own", False, False)]),
])
def test_a_dropped_subject_after_a_joined_pair_is_the_pair(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,acts,pronouns", [
    # "与其" before a talk: "其" is the other party, as "他" is (round 57: with a discussion; the call
    # line "与其通了电话" is no act, its "其" still a pronoun)
    ("杨洁篪应美国国务卿布林肯约请，与其交换了意见。", [("discussed", "交换了意见", "both", False, False)], ["其"]),
    ("杨洁篪应布林肯约请，与他交换了意见。", [("discussed", "交换了意见", "both", False, False)], ["他"]),
    ("杨洁篪应美国国务卿布林肯约请，与其通了电话。", [], ["其"]),
    # elsewhere a possessive or part of a word: no pronoun
    ("美方应尊重其核心利益。", [("urged", "应", "unspecified", False, False)], []),  # urged: round 59
    ("与其说是对话，不如说是交锋。",
     [("stated", "说", "unspecified", False, False), ("stated", "说", "unspecified", False, False)], []),
])
def test_qi_after_a_joining_word_before_a_call_is_the_other_party(text, acts, pronouns):
    c = _cues(text, participants=("杨洁篪", "布林肯"))
    assert [(a.name, a.text, a.speaker, a.modal, a.content) for a in c.acts] == acts
    assert [m.text for m in c.mentions if m.role == "pronoun"] == pronouns


@pytest.mark.parametrize("text,acts", [
    # a talk that an agreement asks for is held later: modal
    # (a call agreed on is no discussion, as "agreed to hold a video call" is none: round 57)
    ("双方还同意作出机制性安排，适时举行两军战区领导人视频通话。", [("agreed", "同意", "both", False, False)]),
    ("双方同意就国家安全与经济活动之间的界限继续进行讨论。",
     [("agreed", "同意", "both", False, False), ("discussed", "讨论", "both", True, False)]),
    ("两国元首同意通电话。", [("agreed", "同意", "both", False, False)]),
    # a talk held: a completed form, or one joined by "并", or before the agreement
    ("双方同意保持沟通，并就共同关心的问题交换了意见。",
     [("agreed", "同意", "both", False, False), ("discussed", "交换了意见", "both", False, False)]),
    ("双方就乌克兰问题交换了意见，同意保持沟通。",
     [("discussed", "交换了意见", "both", False, False), ("agreed", "同意", "both", False, False)]),
    ("双方不同意举行会议，就乌克兰问题进行讨论。",
     [("agreed", "同意", "both", False, False), ("discussed", "讨论", "both", False, False)]),
])
def test_a_talk_agreed_on_is_modal(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,acts,speaker", [
    # an obligation after the actor's appositive phrase and its comma tells the actor what to do
    ("美方作为大国，应当支持和平进程。", [("supported", "支持", "unspecified", True, False)], "unspecified"),
    # with no obligation the actor still speaks
    ("中方作为大国，支持和平进程。", [("supported", "支持", "own", False, False)], "own"),
])
def test_an_obligation_after_an_appositive_phrase_tells_the_actor(text, acts, speaker):
    c = _cues(text)
    assert [(a.name, a.text, a.speaker, a.modal, a.content) for a in c.acts] == acts
    assert c.speaker == speaker


def test_a_point_where_the_compound_is_told_goes_on_with_the_speaker_before_it():
    from readouts import Readout
    r = Readout.from_text("习近平指出，双方应当加强沟通。\n\n中美作为世界前两大经济体，应当承担起应尽的国际责任。",
                          side="CN", language="zh")
    from readouts.cues import readout_cues
    cues = readout_cues(r, counterpart_side="US")
    assert [m.text for m in cues[1].mentions if m.role == "both"] == ["中美"]
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")
