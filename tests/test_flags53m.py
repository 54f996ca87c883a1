"""unconfirmed_claim: a linked point with no act but a modal carries on the point before it only
where that point reports an agreement (of both sides, or no one's in particular), not one side's
acceptance of another matter (fifty-third round: 'Putin had supported the proposal' now reads as
accepting it, and took away the right flag on the US's 'they agreed that their advisers would meet')."""
from conftest import hand_comparison

from readouts.flags import find_flags

US = ["The two presidents spoke by phone.",
      "At the end of the call, they agreed that their advisers would hold a meeting next week."]


def _unconfirmed(ru):
    c = hand_comparison(US, ru, [((0,), (0,)), ((1,), (2,))], a_side="US", b_side="RU", label="equivalent")
    return [f for f in find_flags(c) if f.kind == "unconfirmed_claim" and f.side == "a"]


def test_one_sides_acceptance_before_a_modal_point_confirms_no_agreement():
    ru = ["The two presidents spoke by phone.",
          "Ushakov said Putin had supported the proposal to meet in Budapest straight away.",
          "Preparations for the summit are to start with a call between the ministers, and then it should become clearer when it can be held."]
    assert [f.points for f in _unconfirmed(ru)] == [(1,)]


def test_an_agreement_before_a_modal_point_still_confirms():
    ru = ["The two presidents spoke by phone.",
          "It was agreed that the advisers of the two presidents would meet next week.",
          "Preparations for that meeting should start at once."]
    assert _unconfirmed(ru) == []


def test_a_statements_speaker_still_goes_on_into_a_modal_point():
    # CN: "He said India was willing to ..." against IN's "The priority, he said, was ..." and the
    # point that goes on with it, "Both sides should ...": the statement is borne out
    india = ["The two ministers spoke by phone.",
             "The priority now, he said, was for China to re-examine what it had done.",
             "Both sides should implement the understanding of the commanders faithfully."]
    china = ["两国外长通了电话。", "他表示，印方愿意同中方一道落实两国领导人共识。"]
    c = hand_comparison(india, china, [((0,), (0,)), ((2,), (1,))], a_side="IN", b_side="CN", b_lang="zh",
                        label="equivalent")
    assert [f for f in find_flags(c) if f.kind == "unconfirmed_claim" and f.side == "b"] == []
