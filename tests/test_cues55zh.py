"""Chinese concept forms against their English twins (round 55): the peace settlement's "解决" only
where a conflict, crisis, war or dispute is settled, as the English forms ("resolution of the
conflict", "crisis resolution", "settlement") and the Russian "урегулирование" read it."""

import pytest

from readouts.concepts import chinese_forms, concepts


# -- "解决" alone is any "resolve": issues of trade, a company, a question --------------------------
@pytest.mark.parametrize("text", [
    "双方同意通过对话协商妥善解决经贸问题。",
    "他希望双方团队通过磋商妥善解决有关企业的问题。",
    "双方应找到都能接受的解决办法。",
    "脱钩断链不是解决之道。",
    "双方同意用好联合工作组，推动解决更多具体问题。",
    "他表示，印方愿以建设性方式解决具体分歧。",
])
@pytest.mark.parametrize("literal", [False, True])
def test_resolving_issues_is_no_peace_settlement(text, literal):
    # as "the resolution of the outstanding issues" is none in English
    assert "peace_settlement" not in concepts(text, literal=literal)


# -- a conflict, a crisis, a war or a dispute settled still is one ---------------------------------
@pytest.mark.parametrize("text, others", [
    ("两国元首同意为妥善解决乌克兰危机各自作出努力。", {"ukraine"}),
    ("双方主张通过对话和谈判解决边境争端。", set()),
    ("他呼吁尽快解决巴以冲突。", {"war"}),
    ("中方支持一切有利于危机和平解决的努力。", set()),
    ("中方始终致力于劝和促谈。", set()),
    ("中方將為妥善解決烏克蘭危機發揮建設性作用。", {"ukraine"}),  # traditional characters
])
@pytest.mark.parametrize("literal", [False, True])
def test_a_conflict_or_crisis_settled_is_a_peace_settlement(text, others, literal):
    found = concepts(text, literal=literal)
    assert "peace_settlement" in found and others <= found


def test_the_gap_of_a_split_form_is_a_few_characters_of_one_clause():
    # "解决" and "危机" in two clauses, or far apart, are no settlement of the crisis
    assert "peace_settlement" not in concepts("双方应解决具体问题，避免出现危机。")
    assert "peace_settlement" not in concepts("双方应解决两国之间长期存在的许多复杂经贸领域的危机。")
    # the characters between keep their own concept: Ukraine is not swallowed by the settlement
    assert {"ukraine", "peace_settlement"} <= concepts("解决乌克兰危机")


def test_the_pieces_of_a_split_form_are_what_matched():
    # what the topic names leave out of a point's character pairs (flags._terms)
    assert {"解决", "危机", "乌克兰"} <= set(chinese_forms("推动解决乌克兰危机"))
    assert "解决" not in chinese_forms("妥善解决经贸问题")


# -- peace in a list of goals is no settlement, with a list comma as with "与" ----------------------
@pytest.mark.parametrize("text", [
    "为地区乃至世界的和平、稳定与发展作出应有贡献。",
    "双方应共同维护地区和平、安全。",
])
def test_peace_listed_with_stability_is_no_peace_settlement(text):
    # as "peace and stability", "peace, stability" (en) and "和平与稳定" are none
    assert "peace_settlement" not in concepts(text)
    assert "peace_settlement" in concepts(text, literal=True)  # the channels' shared term stays


# -- "双方" qualified by what stands before it: others' two sides, not the call's ---------------------
def _zh(text, prev=("own", "CN")):
    from readouts.cues import point_cues
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["习近平", "拜登"],
                      previous_speaker=prev)


@pytest.mark.parametrize("text, side", [
    ("俄乌双方同意继续谈判。", "RU"),  # Russia and Ukraine, as "the leaders of Russia and Ukraine"
    ("中方支持俄乌双方恢复和谈。", "RU"),
    ("中印双方同意保持沟通。", "IN"),  # China and India, in a call with the US
    ("冲突双方应当保持克制，尽快停火。", "other"),  # the parties to the conflict, "стороны конфликта"
    ("习近平呼吁当事双方展现政治意愿。", "other"),
    ("巴以双方应停止敌对行动。", "other"),
])
def test_a_both_sides_term_qualified_by_others_names_them(text, side):
    c = _zh(text)
    both = [m for m in c.mentions if m.text == "双方"]
    assert [(m.side, m.role) for m in both] == [(side, "third")]
    # their agreement is no act of the call's two sides
    assert all(a.speaker != "both" for a in c.acts) and c.speaker != "both"


@pytest.mark.parametrize("text", ["中美双方同意保持沟通。", "双方同意保持沟通。", "美中双方同意保持沟通。"])
def test_the_calls_own_two_sides_stay_both(text):
    c = _zh(text)
    assert [(m.side, m.role) for m in c.mentions if m.text == "双方"] == [("both", "both")]
    assert [a.speaker for a in c.acts] == ["both"]
