"""Flags as an analyst reads them on gold links of the corpus (round 57, second audit)."""
import pytest
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import of_kind as of


# -- strength_shift: an act recalled from before the call is no account of the call -----------------
# "Noting that Biden has repeatedly said the US does not support ..., Xi said he hoped ..." reports Xi's
# words; Biden's are recalled (Act.past). Weighed against the US's "Washington opposes unilateral changes"
# it made "US reports the stronger act ("opposes", strength 3, opposition); CN has only "said"
# (strength 1)" (2022-11-14 Biden-Xi and its Chinese twin, on gold links).
US_OPPOSES = "He said Washington opposes unilateral changes to the status quo by either side."


@pytest.mark.parametrize("b_point, b_lang", [
    ("Noting that Biden has repeatedly said the US does not support 'Taiwan independence', Xi said he hoped "
     "the US would honour this assurance in practice.", "en"),
    ("Xi noted that Biden had repeatedly stated that the US does not support 'Taiwan independence', and said "
     "he hoped the US would honour this.", "en"),
    ("习近平指出，拜登总统多次表示美方不支持“台独”，希望美方将这一表态切实落到行动上。", "zh"),
])
def test_a_recalled_act_is_no_weaker_report_of_an_act_in_the_call(b_point, b_lang):
    c = hand_comparison([US_OPPOSES], [b_point], [((0,), (0,))], a_side="US", b_side="CN", b_lang=b_lang)
    assert not of(find_flags(c), "strength_shift")


def test_the_same_act_told_in_the_call_is_still_weighed():
    # the rule is about recalls alone: Biden's words in the call, told as "said ... does not support", are
    # still the weaker report of "opposes"
    c = hand_comparison([US_OPPOSES],
                        ["Biden said the US does not support 'Taiwan independence'."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "strength_shift")
    assert f.side == "a" and '"opposes"' in f.explanation
    # a third party's recalled stance against the same stance told otherwise is still weighed: see
    # tests/test_flags.py::test_strength_shift_compares_acts_of_one_speaker (Zelensky, told two ways)
