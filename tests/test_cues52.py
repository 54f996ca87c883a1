"""Cue fix of the fifty-second round: an act in the perfect with a past marker right after it
("the US had stated many times that ...") was said before the call, as "had previously stated" is:
recalled, so no claim on the other side of this call."""
import pytest

from readouts.cues import point_cues


def _acts(text, side="CN", other="US", people=("Wang Yi", "Sullivan")):
    c = point_cues(text, side=side, language="en", counterpart_side=other, participants=list(people))
    return [(a.name, a.text, a.speaker, a.past) for a in c.acts]


@pytest.mark.parametrize("text,acts", [
    # the past perfect and the present perfect, the marker after the verb: said before the call
    ("He said the US had stated many times that it follows a one-China policy and does not support "
     "'Taiwan independence'.",
     [("stated", "said", "unspecified", False), ("stated", "stated", "counterpart", True),
      ("supported", "not support", "counterpart", True)]),
    ("Wang said Washington has said repeatedly that it does not seek a new Cold War.",
     [("stated", "said", "own", False), ("stated", "said", "counterpart", True)]),
])
def test_a_perfect_with_a_past_marker_after_it_is_recalled(text, acts):
    assert _acts(text) == acts


def test_it_reads_as_the_marker_before_the_verb_does():
    # "had previously stated" was recalled already; "had stated many times" now is too
    for text in ("He said the US had previously stated that it follows a one-China policy.",
                 "He said the US had stated many times that it follows a one-China policy."):
        assert ("stated", "stated", "counterpart", True) in _acts(text)


@pytest.mark.parametrize("text", [
    # the simple past: the emphasis may be this call's
    "Wang stressed repeatedly that the US should stop arming Taiwan.",
    # the perfect without a marker after it, in the readout's own voice
    "The two sides have agreed to keep in touch.",
    # a marker that belongs to the next clause, after a comma
    "The US side has stated, many times over, its concern.",
])
def test_no_perfect_with_a_marker_right_after_is_not_recalled_by_it(text):
    before = [a for a in point_cues(text, side="CN", language="en", counterpart_side="US",
                                    participants=["Wang Yi", "Sullivan"]).acts]
    assert before and not any(a.past for a in before if a.text in ("stressed", "agreed", "stated"))


# -- a meeting frame with a title of several words before the counterpart's name ---------------------
@pytest.mark.parametrize("text,people", [
    ("Secretary of Defense Lloyd Austin met PRC Minister of National Defense Admiral Dong Jun today in Singapore.",
     ["Lloyd Austin", "Dong Jun"]),
    ("External Affairs Minister Jaishankar met State Councilor and Foreign Minister of China Wang Yi in Moscow.",
     ["Jaishankar", "Wang Yi"]),
    ("Secretary of Defense Lloyd Austin met Admiral Dong Jun today in Singapore.", ["Lloyd Austin", "Dong Jun"]),
])
def test_a_meeting_verb_before_a_long_title_frames_the_meeting(text, people):
    # "of" and "and" inside the title kept the first two from framing the meeting, as the third does
    side = "IN" if "Jaishankar" in text else "US"
    assert point_cues(text, side=side, language="en", counterpart_side="CN", participants=people).call_frame


def test_a_meeting_verb_before_a_lower_case_object_frames_nothing():
    text = "Austin met the concerns of the Minister of National Defense Admiral Dong Jun with a proposal."
    assert not point_cues(text, side="US", language="en", counterpart_side="CN",
                          participants=["Lloyd Austin", "Dong Jun"]).call_frame


# -- the grain deal by its names ----------------------------------------------------------------------
def test_the_black_sea_initiative_is_the_grain_deal_the_other_side_names():
    from conftest import hand_comparison
    from readouts.flags import find_flags

    c = hand_comparison(["Erdoğan urged Putin to return to the Black Sea Initiative."],
                        ["Putin said Russia would rejoin the grain deal once its own exports were freed."],
                        [((0,), (0,))], a_side="TR", b_side="RU")
    quoted = [s.text for f in find_flags(c) if f.kind == "detail_mismatch" for s in f.evidence]
    assert "Black Sea Initiative" not in quoted
    # a name the other side does not give in any form is still a detail it lacks
    c = hand_comparison(["Erdoğan urged Putin to return to the Black Sea Initiative."],
                        ["Putin said Russia's own exports had to be freed first."],
                        [((0,), (0,))], a_side="TR", b_side="RU")
    assert "Black Sea Initiative" in [s.text for f in find_flags(c) if f.kind == "detail_mismatch" for s in f.evidence]


@pytest.mark.parametrize("text,frame", [
    # a country's possessive opening the title of the name met: the meeting with that name
    ("Secretary Hegseth met China's Minister of National Defense, Admiral Dong Jun, in Kuala Lumpur.", True),
    # someone else's: the possessive after the name itself, or no name of that side after the title
    ("Secretary Hegseth met China's Minister of National Defense Dong Jun's deputy in Kuala Lumpur.", False),
    ("Secretary Hegseth met China's delegation and later spoke of Dong Jun.", False),
])
def test_a_countrys_possessive_before_the_title_of_the_name_met(text, frame):
    assert point_cues(text, side="US", language="en", counterpart_side="CN",
                      participants=["Pete Hegseth", "Dong Jun"]).call_frame is frame
