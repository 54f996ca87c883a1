"""A modal one side lays on the other names no speaker: the flags read it so (round 59, should59)."""
from conftest import hand_comparison

from readouts.flags import find_flags


def of(flags, kind):
    return [f for f in flags if f.kind == kind]


def test_the_speaker_before_is_the_evidence_of_a_must_not_the_modal():
    # "The US must ..." names no speaker: the attribution_shift quotes Wang, whose words it goes on
    # with, not "must" / "必须"
    for points, lang in [(["On Taiwan, Wang said that the Taiwan question is China's internal affair.",
                           "The US must respect history and keep its political commitments."], "en"),
                         (["在台湾问题上，王毅表示，台湾问题是中国内政。", "美方必须尊重历史，停止武装台湾。"], "zh")]:
        c = hand_comparison(["Blinken reaffirmed that the US One China policy has not changed."], points,
                            [((0,), (0, 1))], b_side="CN", b_lang=lang)
        [f] = of(find_flags(c), "attribution_shift")
        assert [s.text for s in f.evidence if s.side == "b"] == (["Wang"] if lang == "en" else ["王毅"]), f


def test_a_demand_does_not_bear_out_a_welcome_credited_to_its_side():
    # CN credits the EU with welcoming China's rise; the EU's linked point only tells China what to do
    c = hand_comparison(["China must tackle the root causes of the unbalanced trade relationship."],
                        ["The EU welcomes China's rise."], [((0,), (0,))], a_side="EU", b_side="CN")
    flags = of(find_flags(c), "unconfirmed_claim")
    assert [(f.side, [s.text for s in f.evidence]) for f in flags] == [("b", ["EU", "welcomes"])], flags


def test_a_demand_still_bears_out_a_demand():
    c = hand_comparison(["China must rebalance its economy."], ["The EU demanded that China rebalance its economy."],
                        [((0,), (0,))], a_side="EU", b_side="CN")
    assert not of(find_flags(c), "unconfirmed_claim")
