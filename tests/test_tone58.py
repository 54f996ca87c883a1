"""Tone read of the call itself, not of an action hoped for; a talk judged as a talk reported; a
"must" laid on the counterpart as a demand (round 58, tone58)."""
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import of_kind as of


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


def test_a_hope_does_not_reach_past_a_comma_and_a_new_subject():
    # (found by test_cues' "中方希望各方保持克制，双方进行了坦诚深入的交流": the talk held is the call's)
    assert tones("China hopes all parties will exercise restraint, and the two sides had a candid exchange.") \
        == (["candid"], [])


# -- cues: a "must" laid on the counterpart is the speaker's demand, any other "must" none ---------
def demands(text, side="CN", counterpart="US", lang=None, previous=None):
    c = point_cues(text, side=side, counterpart_side=counterpart, language=lang, previous_speaker=previous)
    return [(a.text, a.speaker) for a in c.acts if a.name == "demanded"]


def test_must_laid_on_the_counterpart_is_a_demand_in_every_language():
    # 2024-01-26 sullivan-wang: "美方必须恪守……" was a demand, its English twin "The US must abide by ..." none
    assert demands("The US must abide by the one-China principle.", previous=("own", "CN")) == [("must", "own")]
    assert demands("美方必须恪守一个中国原则。", previous=("own", "CN")) == [("必须", "own")]
    assert demands("США должны прекратить поставки оружия.", "RU", "US", previous=("own", "RU")) == [("должны", "own")]
    assert demands("Вашингтон должен представить комментарии.", "RU", "US", previous=("own", "RU")) == [("должен", "own")]
    # reported by the speaker: the speaker's own demand, not a thing reported
    assert demands("Wang said that the US must stop arming Taiwan.") == [("must", "own")]
    assert demands("王毅表示，美方必须停止武装台湾。") == [("必须", "own")]
    assert demands("Лавров заявил, что США должны прекратить поставки оружия.", "RU", "US") == [("должны", "own")]


def test_must_with_any_other_subject_is_no_demand():
    for text, side, other in [("Both sides must move towards each other.", "CN", "US"),
                              ("They must be legitimate.", "CN", "US"),
                              ("China must defend its sovereignty.", "CN", "US"),
                              ("Ukraine must be at the table.", "US", "RU"),
                              ("Peace must be restored.", "US", "RU"),
                              ("China and the US must keep communicating.", "CN", "US"),
                              ("Xi said this is the setting in which China-US relations must be seen.", "CN", "US"),
                              # ("The US must not interfere.": a demand to refrain since round 60, test_cues60refrain)
                              ("双方必须相向而行。", "CN", "US"),
                              ("中方必须维护主权。", "CN", "US"),
                              ("中美必须加强沟通。", "CN", "US"),
                              ("Стороны должны двигаться навстречу друг другу.", "RU", "US"),
                              ("Россия и США должны поддерживать взаимодействие.", "RU", "US")]:
        assert demands(text, side, other, previous=("own", side)) == [], text


def test_the_act_after_a_chinese_must_is_owed():
    # "有关承诺" after 美方必须 is what the US must make good, no commitment made
    c = point_cues("习近平表示，美方必须将有关承诺转化为具体行动。", side="CN", counterpart_side="US")
    assert [(a.name, a.modal) for a in c.acts] == [("stated", False), ("demanded", False), ("agreed", True)]


def test_twins_agree_on_a_must_of_the_counterpart():
    # 2024-01-26 sullivan-wang and its Chinese twin: one flag in both languages, "must" as "必须"
    from conftest import hand_comparison as hc
    found = {}
    for points, lang in [(["王毅强调，台湾是中国的一部分。", "美方必须恪守一个中国原则。"], "zh"),
                         (["Wang stressed that Taiwan is part of China.", "The US must abide by the one-China principle."],
                          "en")]:
        c = hc(["They talked about Taiwan."], points, [((0,), (0, 1))], a_side="US", b_side="CN", b_lang=lang)
        found[lang] = [[s.text for s in f.evidence if s.side == "b"] for f in of(find_flags(c), "strength_shift")]
    assert found == {"zh": [["必须"]], "en": [["must"]]}, found
