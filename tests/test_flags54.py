"""Flags as an analyst reads them on predicted comparisons of sampled English corpus calls (round 54)."""
from conftest import hand_comparison

from readouts.flags import find_flags


def flag(flags, kind, side):
    return next(f for f in flags if f.kind == kind and f.side == side)


# -- unconfirmed claims: a linked point where only the claiming side speaks ---------------------
def test_a_joint_statement_the_other_gives_to_one_side_is_not_said_to_be_unreported():
    # "IN credits both sides with a statement ("affirmed"); CN's linked point 8 does not report it." while
    # the table beside it showed CN 8 "Modi said that steady development of India-China relations ..."
    c = hand_comparison(["Modi met Xi in Kazan.",
                         "The leaders affirmed that stable relations would benefit peace in the region."],
                        ["Xi met Modi in Kazan.", "Modi said that steady relations matter greatly for regional peace."],
                        [((0,), (0,)), ((1,), (1,))], a_side="IN", b_side="CN")
    f = flag(find_flags(c), "unconfirmed_claim", "a")
    assert "does not report it" not in f.explanation
    assert f.explanation.endswith("CN's linked point 1 reports only IN speaking (\"said\").")


def test_a_linked_point_where_the_other_side_speaks_still_does_not_report_it():
    # the counterpart's own act on the linked point: the wording stays "does not report it"
    c = hand_comparison(["Modi met Xi in Kazan.",
                         "The leaders affirmed that stable relations would benefit peace in the region."],
                        ["Xi met Modi in Kazan.", "Xi said that China is ready to expand trade with India."],
                        [((0,), (0,)), ((1,), (1,))], a_side="IN", b_side="CN")
    flags = [f for f in find_flags(c) if f.kind == "unconfirmed_claim" and f.side == "a"]
    assert all("reports only" not in f.explanation for f in flags)


def test_a_claim_with_no_link_keeps_no_matching_point():
    c = hand_comparison(["Modi met Xi in Kazan.", "Modi spoke of the border."],
                        ["Xi met Modi in Kazan.", "Modi said that cooperation between the two civilisations matters."],
                        [((0,), (0,))], a_side="IN", b_side="CN")
    f = flag(find_flags(c), "unconfirmed_claim", "b")
    assert f.explanation.endswith("IN's readout has no matching point.")


# -- coverage: the other readout's share of the opening topic, under its own name ---------------
US = ["Sullivan met Wang Yi in Bangkok.",
      "Sullivan said the meeting followed up the Woodside summit and kept the relationship steady.",
      "Sullivan raised concerns about Taiwan Strait tensions and the military drills near Taiwan, "
      "and urged restraint by the People's Liberation Army."]
CN = ["Wang Yi met Sullivan in Bangkok.",
      "Wang said the two sides should carry out the understandings reached in San Francisco and build on the "
      "San Francisco vision step by step.",
      "Wang said Taiwan is China's internal affair."]


def test_the_other_readouts_share_names_the_topic_as_its_flag_lists_it():
    # "US opens with 'differences and concerns / peace settlement' (38% of its text; CN: 41%)" while CN's flag
    # listed that topic as 'sovereignty and territorial integrity / consistent' 41%: two topics to a reader
    c = hand_comparison(US, CN, [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_side="CN")
    flags = find_flags(c)
    a, b = flag(flags, "coverage", "a"), flag(flags, "coverage", "b")
    a_name, b_name = a.explanation.split("'")[1], b.explanation.split("'")[1]
    assert a_name != b_name  # one topic, each readout's own words
    assert f"CN: 76% under '{b_name}')" in a.explanation
    assert f"US: 39% under '{a_name}')" in b.explanation
    assert f"'{b_name}' 76%" in b.explanation  # the name CN's own list gives it


def test_a_topic_named_alike_on_both_sides_is_not_named_twice():
    c = hand_comparison(["Modi met Xi in Kazan.",
                         "Modi said the border must stay calm and both armies should keep their distance along the line.",
                         "Modi spoke of trade."],
                        ["Xi met Modi in Kazan.", "Xi said the border must stay calm.",
                         "Xi said trade between China and India should grow, with more Indian exports to China."],
                        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], a_side="IN", b_side="CN")
    for f in find_flags(c):
        if f.kind == "coverage":
            name = f.explanation.split("'")[1]
            assert f"under '{name}'" not in f.explanation


def test_a_name_in_the_other_readouts_language_is_not_quoted():
    # "US opens with 'altitude / surveillance' (44% of its text; CN: 22% under '外事')": a Chinese name in a
    # US flag helps no reader of it find the figure
    c = hand_comparison(["Blinken spoke with Wang Yi.",
                         "Blinken said a high-altitude surveillance balloon had entered US airspace, which was unacceptable.",
                         "Blinken said the two sides should keep channels of communication open."],
                        ["王毅同布林肯通电话。", "双方讨论了如何冷静、专业地处理个别意外事件。", "王毅表示，双方应保持沟通。"],
                        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_side="CN", b_lang="zh")
    for f in find_flags(c):
        if f.kind == "coverage":
            assert " under '" not in f.explanation, f.explanation
