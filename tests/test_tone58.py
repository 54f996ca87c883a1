"""Tone read of the call itself, not of an action hoped for; a talk judged as a talk reported; a
"must" laid on the counterpart as a demand (round 58, tone58)."""
from conftest import hand_comparison

from readouts.flags import find_flags


def of(flags, kind):
    return [f for f in flags if f.kind == kind]


# -- tone flag: a meeting judged is a talk reported --------------------------------------------------
def test_exchanged_views_against_a_meeting_judged_is_no_tone():
    # 2025-10-31: "tone only in CN: exchange of views" against "He called it a good and constructive meeting"
    c = hand_comparison(["Hegseth said he had met Dong.", "He called it a good and constructive meeting."],
                        ["Dong met Hegseth.", "The two sides also exchanged views on other issues."],
                        [((0,), (0,))], a_side="US", b_side="CN")
    flags = of(find_flags(c), "tone")
    assert [f.side for f in flags] == ["a"], flags  # US's "constructive" is still its own
    assert "exchange of views" not in [s.text for f in flags for s in f.evidence]


def test_a_call_judged_is_a_talk_reported_and_named_so():
    c = hand_comparison(["Rubio spoke with Wang.", "The call was candid."],
                        ["Wang spoke with Rubio.", "The two sides had a candid exchange of views."],
                        [((0,), (0,)), ((1,), (1,))], a_side="US", b_side="CN")
    assert not of(find_flags(c), "tone")
    c = hand_comparison(["Rubio spoke with Wang.", "It was a constructive meeting."],
                        ["Wang spoke with Rubio.", "The two sides had a friendly exchange of views."],
                        [((0,), (0,)), ((1,), (1,))], a_side="US", b_side="CN")
    cn = [f for f in of(find_flags(c), "tone") if f.side == "b"]
    assert len(cn) == 1 and [s.text for s in cn[0].evidence] == ["friendly"], cn
    assert cn[0].explanation.endswith('(US\'s "constructive meeting" reports the talk that CN\'s exchange of views does).'), \
        cn[0].explanation
