"""detail_mismatch: a name's whole words in its quote, and an earlier meeting's date told relatively."""
import pytest
from conftest import hand_comparison

from readouts.cues import point_cues
from readouts.flags import find_flags
from readouts.records import Comparison


def comparison(a_points, b_points, links, *, a_side="US", b_side="RU", a_lang="en", b_lang="en"):
    return hand_comparison(a_points, b_points, links, a_side=a_side, b_side=b_side, a_lang=a_lang, b_lang=b_lang,
                           label="equivalent")


def dated(c, day):
    """``c`` with both readouts dated ``day`` (an ISO date)."""
    return Comparison.model_validate({**dict(c), "a": {**dict(c.a), "date": day}, "b": {**dict(c.b), "date": day}})


def details(c):
    return [[s.text for s in f.evidence] for f in find_flags(c) if f.kind == "detail_mismatch"]


# 1. a name whose first word is a not_entities word ("foreign", "state") is quoted whole

@pytest.mark.parametrize("text, name", [
    ("Putin recalled his June speech at the Foreign Ministry.", "Foreign Ministry"),
    ("Li met the State Council delegation in Beijing.", "State Council"),
    ("The Allied Command met.", "Allied Command"),
    ("They met the Foreign Affairs Committee.", "Foreign Affairs Committee"),
    ("He met the Member States of the EU.", "Member States"),
])
def test_a_name_opening_with_a_not_entities_word_is_read_whole(text, name):
    assert name in [e.text for e in point_cues(text, side="RU", counterpart_side="US").entities]


@pytest.mark.parametrize("text", [
    "They met Foreign Minister Lavrov in Moscow.",
    "Chinese Foreign Minister Wang Yi spoke with Secretary of State Antony Blinken.",
    "Secretary Blinken met State Councilor Wang Yi.",
])
def test_a_title_stays_no_name(text):
    # the title words are no entity, nor do they join the holder's name
    assert not point_cues(text, side="RU", counterpart_side="US").entities


def test_the_foreign_ministry_is_quoted_whole_in_a_detail_mismatch():
    c = comparison(["Scholz said Russia's proposals were known."],
                   ["Russia's proposals were set out in Putin's June speech at the Foreign Ministry."],
                   [((0,), (0,))], a_side="DE")
    assert ["Foreign Ministry"] in details(c), details(c)

