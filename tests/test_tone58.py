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


# -- cues: the tone of a thing hoped for or to be done is no tone of the call -----------------------
from readouts.cues import point_cues  # noqa: E402


def tones(text, side="CN", counterpart="US"):
    c = point_cues(text, side=side, counterpart_side=counterpart)
    return [t.text for t in c.tone], [t.text for t in c.hoped_tone]


def test_a_tone_word_in_a_list_a_hope_governs_is_hoped():
    # 2024-07-26 borrell-wang: "friendly" said of how the EU is hoped to view China's development
    assert tones("China hopes the new EU leadership will follow a rational and pragmatic China policy, view China's "
                 "development objectively and in a friendly way, and ensure a smooth transition in China-EU relations.",
                 "CN", "EU") == ([], ["friendly"])
    assert tones("He expressed the hope that the US would see China in an objective, rational and pragmatic way, "
                 "shape its China policy around peaceful coexistence.") == ([], ["pragmatic"])
    assert tones("王毅表示，希望美方同中方相向而行，落实两国元首共识，推进各领域交流合作，继续开展坦诚深入的对话。") \
        == ([], ["坦诚", "深入"])


def test_an_adverb_of_an_infinitive_a_modal_governs_is_hoped():
    # 2024-07-27 blinken-wang: "to talk frankly" is what diplomacy must go on being used for
    assert tones("Blinken underlined that diplomacy must continue to be used to manage competition responsibly, to talk "
                 "frankly about areas of disagreement and to make progress on cooperation.", "US", "CN") == ([], ["frankly"])


def test_the_tone_of_the_talk_itself_stays():
    assert tones("The two sides discussed, in a candid, in-depth and constructive way, how to clear away obstacles.") \
        == (["candid", "in-depth", "constructive"], [])
    assert tones("The talk was conducted in a businesslike and constructive manner.", "RU", "US") \
        == (["businesslike", "constructive"], [])
    # a chance to speak in this call, no modal: the talk's own tone
    assert tones("Biden welcomed the chance to speak candidly and directly to Xi.", "US", "CN") == (["candidly"], [])
    assert tones("Разговор прошёл в дружественной атмосфере.", "RU", "US") == (["дружественной"], [])
    assert tones("双方进行了坦诚、友好的交流。") == (["坦诚", "友好"], [])
    # a hope in a sentence before does not reach past its end
    assert tones("Xi hoped the US would keep its word. The talks were candid.") == (["candid"], [])
