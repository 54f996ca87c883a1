"""Flags as an analyst reads them on gold links of the corpus (round 56)."""
import pytest
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import of_kind as of


# -- attribution_shift: "both agreed" against each side one by one -------------------------------
def test_both_agreed_against_one_side_arguing_and_the_other_pointing_elsewhere_is_a_shift():
    # "as both agreed, they want to stop the war" against RU's "Trump argued for a swift end ... Putin
    # pointed to the root causes": no agreement of both to compare against, each said his own thing
    c = hand_comparison(["The two presidents agreed that the fighting must stop soon."],
                        ["Trump argued for a swift end to the fighting.",
                         "Putin, in turn, pointed to the need to remove the root causes of the conflict."],
                        [((0,), (0, 1))])
    (f,) = of(find_flags(c), "attribution_shift")
    assert f.side == "a" and f.counterpart == (0, 1)
    assert "credits both sides" in f.explanation


@pytest.mark.parametrize("b_points", [
    # each side voicing the view the other readout credits to both is that view, not a shift
    ["Putin welcomed the progress.", "Biden said ties had improved."],
    # each side agreeing is the agreement of both
    ["Putin agreed that the fighting must stop soon.", "Biden agreed that it must stop soon."],
])
def test_both_sides_against_each_side_voicing_it_is_no_shift(b_points):
    a = ("The two presidents agreed that the fighting must stop soon." if "agreed" in b_points[0]
         else "The two leaders welcomed the progress.")
    c = hand_comparison([a], b_points, [((0,), (0, 1))])
    assert not of(find_flags(c), "attribution_shift")


def test_both_welcomed_against_one_side_opposing_is_a_shift():
    c = hand_comparison(["The two leaders welcomed the new plan."],
                        ["Biden welcomed the new plan.", "Putin opposed the new plan."], [((0,), (0, 1))])
    assert len(of(find_flags(c), "attribution_shift")) == 1


# -- detail_mismatch: a region against places inside it ------------------------------------------
@pytest.mark.parametrize("a_text,b_text,b_lang", [
    ("The two talked about the Middle East and welcomed the easing of hostilities.",
     "They traded views on the conflict between Palestine and Israel.", "en"),
    ("They discussed the situation on the Korean Peninsula.", "They discussed the DPRK's missile launches.", "en"),
    ("The two talked about the Middle East.", "双方就巴以冲突交换了意见。", "zh"),
])
def test_a_region_is_no_detail_where_the_other_side_names_a_place_inside_it(a_text, b_text, b_lang):
    c = hand_comparison([a_text], [b_text], [((0,), (0,))], b_side="CN" if b_lang == "zh" else "RU", b_lang=b_lang)
    assert not [f for f in of(find_flags(c), "detail_mismatch") if f.side == "a"]


def test_a_region_against_a_place_outside_it_stays_a_detail():
    c = hand_comparison(["They discussed the Middle East and the Korean Peninsula."],
                        ["They discussed Iran's nuclear programme."], [((0,), (0,))])
    (f,) = [f for f in of(find_flags(c), "detail_mismatch") if f.side == "a"]
    assert [s.text for s in f.evidence] == ["Korean Peninsula"]


def test_a_region_in_russian_against_its_places_in_english():
    c = hand_comparison(["Подробно обсуждалась ситуация на Ближнем Востоке."],
                        ["They spoke about Israel and Iran."], [((0,), (0,))], a_side="RU", a_lang="ru", b_side="US")
    assert not [f for f in of(find_flags(c), "detail_mismatch") if f.side == "a"]
