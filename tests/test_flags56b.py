"""Flags other than attribution and detail, as an analyst reads them on the corpus's gold links (round 56b)."""
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import of_kind as of


# -- tone: "exchanged views" against the other readout's own words for talk -----------------------
def test_exchanged_views_against_talk_in_other_words_is_no_tone():
    # "tone only in CN: exchange of views" where US said "talked about" the same war: one report of talk
    c = hand_comparison(["Sullivan spoke with Yang.", "They also talked about Russia's war against Ukraine."],
                        ["Yang spoke with Sullivan.", "The two sides also exchanged views on Ukraine."],
                        [((0,), (0,)), ((1,), (1,))], a_side="US", b_side="CN")
    assert not of(find_flags(c), "tone")


def test_exchanged_views_against_a_readout_reporting_no_talk_stays_a_tone():
    c = hand_comparison(["Sullivan spoke with Yang.", "Sullivan said the US would defend its interests."],
                        ["Yang spoke with Sullivan.", "The two sides also exchanged views on Ukraine."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "tone")
    assert f.side == "b" and [s.text for s in f.evidence] == ["exchanged views"]


def test_a_tone_word_beside_exchanged_views_stays():
    # the talk is reported on both sides; "candid" is still one side's alone
    c = hand_comparison(["Scholz spoke with Putin.", "They discussed the situation in Ukraine."],
                        ["Putin spoke with Scholz.", "The two had a detailed and candid exchange of views on Ukraine."],
                        [((0,), (0,)), ((1,), (1,))], a_side="DE", b_side="RU")
    (f,) = of(find_flags(c), "tone")
    assert [s.text for s in f.evidence] == ["detailed", "candid"], f.evidence
    assert "exchange of views" not in f.explanation.split(";")[0], f.explanation
    # the profile still counts it, and says why it is no tone of RU's alone
    assert f.explanation.endswith('DE: none (DE\'s "discussed" reports the talk that RU\'s exchange of views does).'), \
        f.explanation


# -- strength_shift: an opposition credited to no one --------------------------------------------
def test_an_opposition_demanded_of_no_one_in_particular_is_no_stronger_act():
    # "CN voices opposition ("opposing")" for a stance CN says is required, against "Blinken stressed"
    for text in ["Genuinely safeguarding peace across the Strait requires clearly opposing every 'Taiwan independence' move.",
                 "Resolutely opposing 'independence' is the mission and duty of the army."]:
        c = hand_comparison(["Blinken stressed the importance of peace and stability across the Taiwan Strait."],
                            [text], [((0,), (0,))], a_side="US", b_side="CN")
        assert not of(find_flags(c), "strength_shift"), text


def test_an_opposition_voiced_by_a_speaker_stays_a_strength_shift():
    c = hand_comparison(["Wang stressed the importance of peace and stability across the Taiwan Strait."],
                        ["Wang said China firmly opposes every 'Taiwan independence' move."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "strength_shift")
    assert f.side == "b" and "opposes" in [s.text for s in f.evidence]


def test_a_talk_wanted_is_no_report_of_the_talk_held():
    # "underlined the need to keep discussing" reports no talk in the call: CN's "exchanged views" stays its own
    c = hand_comparison(["Rubio met Wang.", "The Secretary underlined the need to keep discussing bilateral issues."],
                        ["Wang met Rubio.", "The two exchanged views on China-US relations."],
                        [((0,), (0,)), ((1,), (1,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "tone")
    assert f.side == "b" and [s.text for s in f.evidence] == ["exchanged views"]
