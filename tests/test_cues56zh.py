"""Chinese readings checked against their English twins (round 56): an agreement reached with words
between "达成" and its object ("达成重要共识", as English "reached an important consensus"), never a
consensus reached before and referred to ("落实两国元首达成的共识"); people's names of the corpus'
Chinese points paired across scripts; history only where the English concept's noun reads it."""

import pytest

from readouts.cues import point_cues


def _acts(text, side="CN", counterpart="US"):
    return [(a.name, a.text, a.speaker) for a in point_cues(text, language="zh", side=side,
                                                              counterpart_side=counterpart).acts]


# -- "达成 ... 共识": an agreement reached, words between ---------------------------------------------
@pytest.mark.parametrize("text, term", [
    ("双方就此达成重要共识。", "达成重要共识"),
    ("双方达成了广泛共识。", "达成了广泛共识"),
    ("双方就加强合作达成高度一致。", "达成高度一致"),
])
def test_an_agreement_reached_with_words_between_is_the_sides_agreement(text, term):
    assert ("agreed", term, "both") in _acts(text)


@pytest.mark.parametrize("text", [
    "中方愿同美方落实两国元首达成的共识。",
    "中方愿同美方落实两国元首所达成的重要共识。",
    "直接原因在于美方有些人没有落实两国元首达成的重要共识。",
    "他呼吁双方遵循两国领导人达成的重要共识。",
])
def test_a_consensus_reached_before_and_referred_to_is_no_agreement(text):
    # "implement the consensus the two heads of state reached": a past consensus, carried out
    assert not any(name == "agreed" for name, _, _ in _acts(text))


def test_agreeing_to_implement_a_past_consensus_is_the_agreement_to_implement_it():
    # the act is the "同意" of this call, not the "达成" of the consensus implemented
    assert [(n, t) for n, t, _ in _acts("双方同意落实两国元首在巴厘岛会晤中达成的重要共识。")] == [("agreed", "同意")]


# -- 历史: the noun history, as the English form "history" reads it (not "historic", "historical") --
from readouts.concepts import concepts  # noqa: E402


@pytest.mark.parametrize("text", [
    "中美关系具有历史性意义。",  # historic significance
    "从历史上看，两国曾是盟友。",  # historically
    "双方应总结历史经验。",  # historical experience
    "加快各自发展振兴是两国各自承担的历史任务。",  # corpus 2020-06-17 CN: "the historic task"
    "当今世界正处于重大历史转折点。",  # corpus 2022-11-14 CN: "a major historical turning point"
    "“修昔底德陷阱”不是历史宿命。",  # corpus 2024-11-16 CN: "not a historical inevitability"
    "睦邻友好也符合历史发展的正确逻辑。",  # corpus 2024-07-04 CN: "the correct logic of history", a not-phrase in English
])
def test_history_used_loosely_is_no_history_topic(text):
    assert "history_ww2" not in concepts(text)
    assert "history_ww2" in concepts(text, literal=True)  # still a shared term for the channels


@pytest.mark.parametrize("text", [
    "双方应缅怀先烈、铭记历史。",
    "中美双方要对历史负责、对世界负责。",
    "中国的全过程人民民主基于中国国情、历史和文化。",
    "中美这样两个历史、文化、社会制度不同的大国。",
    "two large countries with different histories, cultures and social systems",  # the twin of the line above
])
def test_history_the_noun_is_the_history_topic(text):
    assert "history_ww2" in concepts(text)


# -- the three joint communiqués: a named document in any case, as "三个联合公报" is ----------------
from readouts.cues import compare_cues  # noqa: E402


def _en(text, side="US", other="CN"):
    return point_cues(text, side=side, counterpart_side=other)


def _extras(a, b):
    s = compare_cues([a], [b], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


@pytest.mark.parametrize("text, name", [
    ("The US should strictly adhere to the one-China principle and the three China-US joint communiques.",
     "joint communiques"),
    ("He said the US must honour the three joint communiqués.", "joint communiqués"),
    ("The United States stays committed to its one China policy, which rests on the Taiwan Relations Act, "
     "the three U.S.-China Joint Communiques and the Six Assurances.", "Joint Communiques"),
])
def test_the_joint_communiques_are_a_named_entity_in_any_case(text, name):
    assert name in [e.text for e in _en(text, "CN", "US").entities]


def test_a_joint_communique_of_its_own_is_no_name():
    assert _en("They issued a joint communique on trade.").entities == ()


def test_the_english_twin_gives_the_communiques_as_the_chinese_point_does():
    # corpus 2024-01-26: the US point never names them; the Chinese point and its English twin both do
    us = _en("They talked about cross-Strait issues and the importance of peace and stability across the Taiwan Strait.")
    chinese = point_cues("美方必须恪守一个中国原则和中美三个联合公报。", side="CN", language="zh", counterpart_side="US")
    english = _en("The US must abide by the one-China principle and the three joint communiques.", "CN", "US")
    assert _extras(us, chinese)[1] == ["三个联合公报"]
    assert _extras(us, english)[1] == ["joint communiques"]


@pytest.mark.parametrize("text", ["He said the US must honour the three joint communiqués.",
                                  "He cited the three Joint Communiques."])
def test_the_communiques_named_on_both_sides_are_no_mismatch(text):
    chinese = point_cues("美方应恪守中美三个联合公报。", side="CN", language="zh", counterpart_side="US")
    assert _extras(_en(text), chinese) == ([], [])


# -- people's names across scripts: the US officials the English side of the corpus names -----------
_TEAM = ("Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative "
         "Jamieson Greer will represent the United States.")  # corpus 2025-06-05 (US)


def test_the_officials_a_chinese_point_never_names_are_a_mismatch():
    # as they are against the English twin of the Chinese readout, which never names them either
    chinese = point_cues("两国元首同意双方团队继续落实好日内瓦共识。", side="CN", language="zh", counterpart_side="US")
    assert _extras(_en(_TEAM), chinese)[0] == ["Bessent", "Lutnick", "Greer"]


@pytest.mark.parametrize("text", [
    "美方将由财政部长贝森特、商务部长卢特尼克和贸易代表格里尔参加会谈。",
    "美方將由財政部長貝森特、商務部長盧特尼克和貿易代表格里爾參加會談。",  # traditional characters
])
def test_the_officials_named_in_chinese_are_no_mismatch(text):
    chinese = point_cues(text, side="CN", language="zh", counterpart_side="US")
    assert _extras(_en(_TEAM), chinese) == ([], [])


def test_a_chinese_name_the_english_point_never_gives_is_a_mismatch():
    chinese = point_cues("他表示，美方气候问题高级顾问波德斯塔将同中方保持沟通。", side="CN", language="zh", counterpart_side="US")
    assert _extras(chinese, _en("They agreed to keep in touch on climate change."))[0] == ["波德斯塔"]


# -- the audit of 30 Chinese points (seed 5656) against their English twins: concept forms --------
@pytest.mark.parametrize("text, concept", [
    ("国家主席习近平在印度尼西亚巴厘岛同美国总统拜登举行会晤。", "india"),  # corpus 2022-11-14: Indonesia
    ("美国有些人向“台独”势力释放错误信号。", "prisoners_detainees"),  # corpus 2022-03-18: "sending wrong signals"
    ("美方应释放善意。", "prisoners_detainees"),
])
def test_a_form_inside_another_word_names_no_concept(text, concept):
    assert concept not in concepts(text)


@pytest.mark.parametrize("text, wanted", [
    ("中方支持并期待俄乌双方恢复和谈。", {"russia", "ukraine"}),  # corpus 2022-11-14: "Russia and Ukraine"
    ("双方同意尽早举行下一轮边境问题军长级会谈。", {"military_channels"}),  # corpus 2023-07-14: "military commander-level talks"
    ("They agreed to observe the consensus reached at the corps commander-level meeting.", {"military_channels"}),
    ("双方同意释放被拘留人员。", {"prisoners_detainees"}),
    ("印度外长苏杰生访问了印度尼西亚。", {"india"}),
])
def test_the_twins_concepts_are_named_in_chinese(text, wanted):
    assert wanted <= concepts(text)
