"""Cue fixes of the fifty-third round: "the Strait" alone is the Taiwan Strait where the other side
names Taiwan (a lexicon ``same_entities`` name of whole words, "Strait="), ..."""
import pytest

from readouts.cues import compare_cues, point_cues


def en(text, side="US", other="CN"):
    return point_cues(text, side=side, language="en", counterpart_side=other)


def _extra(mine, theirs):
    s = compare_cues([en(mine)], [en(theirs, side="CN", other="US")], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


@pytest.mark.parametrize("mine,theirs", [
    ("He stressed peace and stability across the Strait.", "Wang said Taiwan is part of China."),
    ("He hoped for a settlement acceptable to both sides of the Strait.", "Wang set out China's position on Taiwan."),
])
def test_the_strait_alone_is_the_taiwan_strait_where_the_other_side_names_taiwan(mine, theirs):
    assert _extra(mine, theirs) == ([], [])


def test_taiwan_is_there_where_the_other_side_says_the_strait():
    assert _extra("Wang said Taiwan is part of China.", "He stressed peace and stability across the Strait.") \
        == ([], [])


@pytest.mark.parametrize("mine,theirs,extra", [
    # another strait, or a word the stem opens, is no Taiwan Strait
    ("He raised shipping through the Strait of Hormuz.", "Wang said Taiwan is part of China.",
     ["Strait of Hormuz"]),
    ("He raised the Kerch Strait.", "Wang said Taiwan is part of China.", ["Kerch Strait"]),
    ("Wang said Taiwan is part of China.", "He raised shipping through the Strait of Hormuz.", ["Taiwan"]),
    ("Wang said Taiwan is part of China.", "He stressed strategic stability.", ["Taiwan"]),
])
def test_another_strait_is_not_taiwan(mine, theirs, extra):
    assert _extra(mine, theirs)[0] == extra
