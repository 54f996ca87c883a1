"""Flag recall on gold asymmetric links (round 60): a third party named on one side of a link only."""
from readouts.cues import point_cues


# -- 印度尼西亚 (Indonesia) is no mention of 印度 (India) ------------------------------------------------------
def test_indonesia_is_no_mention_of_india():
    pc = point_cues("习近平在印度尼西亚巴厘岛同美国总统拜登举行会晤。", side="CN", counterpart_side="US", language="zh")
    assert not [m for m in pc.mentions if m.side == "IN"]
    assert [m.side for m in point_cues("习近平同印度总理莫迪举行会晤。", side="CN", counterpart_side="US",
                                       language="zh").mentions if m.side == "IN"]
