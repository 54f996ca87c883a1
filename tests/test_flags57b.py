"""Flags as an analyst reads them on gold links of the corpus (round 57, second audit)."""
import pytest
from conftest import hand_comparison

from readouts.flags import find_flags


def of(flags, kind):
    return [f for f in flags if f.kind == kind]


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


# -- detail_mismatch: the month of an earlier event the other side names too -----------------------
# "since they last met in Kazan in October 2024" against "their meeting in Kazan last year", and "the
# November 2023 Woodside Summit" against "since the two presidents met in San Francisco" (lexicon
# same_entities): both readouts point at the one meeting, the month only dates it (2025-08-31 Modi-Xi,
# 2024-08-29 Sullivan-Xi on gold links).
def details(c):
    return [s.text for f in of(find_flags(c), "detail_mismatch") for s in f.evidence]


@pytest.mark.parametrize("a_point, b_point", [
    ("The two leaders welcomed the progress in ties since they last met in Kazan in October 2024.",
     "Xi said their meeting in Kazan last year had given relations a fresh start."),
    ("The two sides talked about the commitments the presidents made at the November 2023 Woodside Summit.",
     "He said that since the two presidents met in San Francisco, both sides had made progress."),
])
def test_the_month_of_an_event_both_name_is_no_mismatch(a_point, b_point):
    c = hand_comparison([a_point], [b_point], [((0,), (0,))], a_side="IN", b_side="CN")
    assert details(c) == []


@pytest.mark.parametrize("a_point, b_point, expected", [
    # the other side names no such event: the place and its month are the detail
    ("They built on the engagement between the two presidents in Bali, Indonesia, in November 2022.",
     "They agreed to keep using this channel.", ["Bali", "November 2022"]),
    # the other side dates the event otherwise: which month is the finding
    ("They last met in Kazan in October 2024.", "They last met in Kazan in November 2024.", ["October 2024"]),
    # a month that dates no name beside it
    ("They met in Kazan and agreed that the talks would resume in October 2024.",
     "They met in Kazan and agreed that the talks would resume.", ["October 2024"]),
])
def test_a_month_the_other_side_lacks_is_still_a_mismatch(a_point, b_point, expected):
    c = hand_comparison([a_point], [b_point], [((0,), (0,))], a_side="IN", b_side="CN")
    assert all(x in details(c) for x in expected)
