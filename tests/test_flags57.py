"""Flags as an analyst reads them on gold links of the corpus (round 57)."""
import pytest
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import of_kind as of


# -- unconfirmed_claim: a courtesy is no claim ------------------------------------------------------
# "Xi thanked Biden for ...", "The two presidents congratulated each other on ...": true of the call
# whichever readout tells it, and no agreement, demand or position the other side could deny.
@pytest.mark.parametrize("b_points, b_side, b_lang", [
    (["Biden thanked Xi for taking the time to speak."], "CN", "en"),
    (["The two presidents congratulated each other on the anniversary of the victory."], "RU", "en"),
    (["Байден поблагодарил Путина за состоявшийся разговор."], "RU", "ru"),
    (["拜登感谢习近平的祝贺。"], "CN", "zh"),
])
def test_a_courtesy_with_no_matching_point_is_no_unconfirmed_claim(b_points, b_side, b_lang):
    c = hand_comparison(["The two leaders discussed trade."], b_points, [], b_side=b_side, b_lang=b_lang)
    assert not of(find_flags(c), "unconfirmed_claim")


def test_a_courtesy_against_a_linked_point_with_no_act_is_no_unconfirmed_claim():
    c = hand_comparison(["The two presidents marked the anniversary of the victory."],
                        ["The two presidents congratulated each other on the anniversary of the victory."],
                        [((0,), (0,))])
    assert not of(find_flags(c), "unconfirmed_claim")


def test_a_claim_beside_a_courtesy_is_still_flagged_and_told_by_its_own_act():
    # "thanked ... and offered China's support": the offer is the claim, told as such, the thanks left out
    c = hand_comparison(["The two leaders discussed trade."],
                        ["Biden thanked Xi for the invitation and agreed to lift the tariffs."],
                        [], b_side="CN")
    (f,) = of(find_flags(c), "unconfirmed_claim")
    assert f.side == "b" and '("agreed")' in f.explanation and "thanked" not in f.explanation
    assert all("thank" not in s.text for s in f.evidence)


def test_a_welcome_is_no_courtesy_and_still_flagged():
    # "welcomed" takes a position on a matter: still a statement the other readout may never confirm
    c = hand_comparison(["The two leaders discussed trade."], ["Biden welcomed China's new tariff cuts."],
                        [], b_side="CN")
    assert of(find_flags(c), "unconfirmed_claim")


# -- tone: "exchanged views" against a readout whose two sides act together --------------------------
# "tone only in CN: exchange of views" against "Both leaders agreed that ...": the other readout has the two
# sides speaking with each other too, which is all an exchange of views says (12 such flags on gold links).
@pytest.mark.parametrize("a_point", [
    "Both leaders agreed that it is important to keep communication channels open.",
    "The two sides reaffirmed the importance of regular military-to-military communication.",
])
def test_exchanged_views_against_a_joint_act_is_no_tone(a_point):
    c = hand_comparison(["Esper spoke with Wei.", a_point],
                        ["Wei spoke with Esper.", "The two exchanged views on relations between the two militaries."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    assert not of(find_flags(c), "tone")


def test_a_joint_act_in_russian_reports_the_talk_too():
    c = hand_comparison(["Rubio met Lavrov.", "Rubio and Lavrov agreed to set up a consultation mechanism."],
                        ["Лавров встретился с Рубио.", "Состоялся обмен мнениями о ситуации вокруг Украины."],
                        [((0,), (0,))], a_side="US", b_side="RU", b_lang="ru")
    assert not of(find_flags(c), "tone")


def test_the_note_quotes_the_joint_act_with_its_actor():
    # another tone stays; the note says which words report the talk: the actor with the act, one word between
    c = hand_comparison(["Sullivan met Yang.", "They also stressed the importance of open lines of communication."],
                        ["Yang met Sullivan.", "The talks were candid and the two exchanged views on Ukraine."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "tone")
    assert f.side == "b" and [s.text for s in f.evidence] == ["candid"], f.evidence
    assert f.explanation.endswith('(US\'s "They also stressed" reports the talk that CN\'s exchange of views does).'), \
        f.explanation


def test_one_side_speaking_alone_still_reports_no_exchange():
    # "Sullivan said ..." is one side's statement, not the two talking with each other: the tone stays
    c = hand_comparison(["Sullivan met Yang.", "Sullivan said the US would defend its interests."],
                        ["Yang met Sullivan.", "The two exchanged views on Ukraine."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    (f,) = of(find_flags(c), "tone")
    assert [s.text for s in f.evidence] == ["exchanged views"]
