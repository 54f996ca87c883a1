"""Cue readings fixed in round 53b: country names inside place names, what a side is thanked for in
a relative clause, and one-word names matched by stem."""
from readouts.cues import point_cues


def test_south_china_sea_is_a_place_not_a_mention_of_china():
    pc = point_cues("Blinken raised concerns about the South China Sea and the East China Sea.",
                    side="US", counterpart_side="CN")
    assert [m.text for m in pc.mentions] == ["Blinken"]
    assert [e.text for e in pc.entities] == ["South China Sea", "East China Sea"]


def test_china_outside_the_sea_name_is_still_a_mention():
    pc = point_cues("Wang set out China's position on the South China Sea.", side="CN", counterpart_side="US")
    assert [(m.text, m.role) for m in pc.mentions] == [("Wang", "own"), ("China", "own")]
