"""A "should" laid on the counterpart alone is the speaker's urging (round 59, should59).

"The US should stop arming Taiwan", "美方应当停止……", "США следует прекратить ...": a government that
writes what the other "should" do lays an expectation on it, as "urged" says (strength 3), weaker
than the demand of "must" / "必须" / "должны" (strength 4, round 58). The twins translate
应当 / 应该 / 应 as "should" and 必须 as "must", so the two grades stay apart. "ought to" is "should".
Any other subject ("both sides should", "China should" in China's readout, "China and the US
should"), a case put ("if the US should ..."), a wish ("hopes the US should ...") and
the counterpart's own words about itself ("Biden said the US should ...") stay as they were: no act.
"""
import pytest
from conftest import hand_comparison

from readouts.cues import point_cues, readout_cues
from readouts.flags import find_flags
from readouts.records import Readout

from helpers import of_kind as of


def directives(text, side="CN", counterpart="US", lang=None, previous=None):
    c = point_cues(text, side=side, counterpart_side=counterpart, language=lang, previous_speaker=previous)
    return [(a.name, a.strength, a.text, a.speaker) for a in c.acts if a.name in ("urged", "demanded")]


# -- cues: "should" on the counterpart alone is an urging, in every language -------------------------
@pytest.mark.parametrize("text,side,other,word", [
    ("The US should stop arming Taiwan.", "CN", "US", "should"),
    ("The United States should lift the sanctions.", "CN", "US", "should"),
    ("Washington ought to lift the sanctions.", "RU", "US", "ought to"),
    ("China should also tackle the root causes of the trade imbalance.", "EU", "CN", "should"),
    ("美方应当停止武装台湾。", "CN", "US", "应当"),
    ("美方应该停止武装台湾。", "CN", "US", "应该"),
    ("美方应停止武装台湾。", "CN", "US", "应"),
    ("美方也应停止武装台湾。", "CN", "US", "应"),
    ("США следует прекратить поставки оружия.", "RU", "US", "следует"),
    ("Вашингтону следует прекратить поставки оружия.", "RU", "US", "следует"),
    ("США должны бы прекратить поставки оружия.", "RU", "US", "должны бы"),
])
def test_should_laid_on_the_counterpart_is_the_speakers_urging(text, side, other, word):
    assert directives(text, side, other, previous=("own", side)) == [("urged", 3, word, "own")]


@pytest.mark.parametrize("text,side,other,word", [
    ("Wang said that the US should stop arming Taiwan.", "CN", "US", "should"),
    ("Wang said the US ought to stop arming Taiwan.", "CN", "US", "ought to"),
    ("王毅表示，美方应当停止武装台湾。", "CN", "US", "应当"),
    ("王毅在同布林肯通电话时强调，美方应停止干涉中国内政。", "CN", "US", "应"),
    ("Лавров заявил, что США следует прекратить поставки оружия.", "RU", "US", "следует"),
    # a reporting clause set off by commas between the subject and the modal
    ("The US side, Wang said, should correctly understand China's policies.", "CN", "US", "should"),
    ("США, заявил Лавров, следует прекратить поставки оружия.", "RU", "US", "следует"),
])
def test_reported_by_the_speaker_it_is_the_speakers_own_urging(text, side, other, word):
    assert directives(text, side, other) == [("urged", 3, word, "own")]


def test_must_stays_a_demand_and_ought_to_is_no_longer_one():
    assert directives("The US must stop arming Taiwan.", previous=("own", "CN")) == [("demanded", 4, "must", "own")]
    assert directives("美方必须停止武装台湾。", previous=("own", "CN")) == [("demanded", 4, "必须", "own")]
    assert directives("США должны прекратить поставки.", "RU", "US", previous=("own", "RU")) \
        == [("demanded", 4, "должны", "own")]
    assert directives("The US ought to stop arming Taiwan.", previous=("own", "CN")) \
        == [("urged", 3, "ought to", "own")]


@pytest.mark.parametrize("text,side,other", [
    # any other subject
    ("Both sides should move towards each other.", "CN", "US"),
    ("We should keep talking.", "CN", "US"),
    ("China should defend its sovereignty.", "CN", "US"),
    ("China and the US should keep communicating.", "CN", "US"),
    ("The US and NATO should talk with Russia.", "CN", "US"),
    ("Competition should mean learning from each other.", "CN", "US"),
    ("双方应当相向而行。", "CN", "US"),
    ("中方应当维护主权。", "CN", "US"),
    ("中美应当相互尊重。", "CN", "US"),
    ("各方应保持克制。", "CN", "US"),
    ("Россия и США следует поддерживать взаимодействие.", "RU", "US"),
    ("Следует отметить, что США прекратили поставки.", "RU", "US"),
    # ("should not", "不应", "не следует" on the counterpart: an urging to refrain since round 60,
    # test_cues60refrain)
    # a case put, a wish
    ("If the US should attack, China will respond.", "CN", "US"),
    ("China hopes the US should honour its word.", "CN", "US"),
    ("Xi expressed the hope that the US should honour its word.", "CN", "US"),
    ("中方希望美方应当信守承诺。", "CN", "US"),
    ("Лавров выразил надежду, что США следует прекратить поставки.", "RU", "US"),
    # "at the invitation of": no obligation word
    ("美方应邀出席。", "CN", "US"),
])
def test_should_on_anyone_else_or_not_told_is_no_urging(text, side, other):
    assert directives(text, side, other, previous=("own", side)) == [], text


@pytest.mark.parametrize("text,side,other", [
    ("Biden said the US should keep talking.", "CN", "US"),
    ("拜登表示，美方应当保持沟通。", "CN", "US"),
    ("Байден заявил, что США следует продолжать диалог.", "RU", "US"),
    ("Biden said the US must keep talking.", "CN", "US"),
])
def test_the_counterpart_on_itself_is_no_urging(text, side, other):
    # the counterpart's own words about what it should do: no one is told
    assert directives(text, side, other) == [], text


def test_a_counterpart_speaking_before_the_sentence_makes_the_urging_no_ones():
    # with no act before it in its sentence and the counterpart the speaker before, who urges is unknown
    assert directives("The US should stop arming Taiwan.", previous=("counterpart", "US")) \
        == [("urged", 3, "should", "unspecified")]


def test_the_act_after_the_should_is_still_owed_by_the_one_told():
    for text, lang in [("The US should support China's peaceful reunification.", "en"),
                       ("美方应当支持中国和平统一。", "zh")]:
        c = point_cues(text, side="CN", counterpart_side="US", language=lang, previous_speaker=("own", "CN"))
        assert [(a.name, a.modal, a.speaker) for a in c.acts] == [("urged", False, "own"), ("supported", True, "own")]


def test_a_should_point_goes_on_with_the_speaker_before_it():
    r = Readout.from_points(["Wang said relations face serious difficulties.",
                             "The US should stop its sanctions on Chinese firms."],
                            side="CN", language="en", participants=["Wang Yi"])
    cs = readout_cues(r, counterpart_side="US")
    assert [(a.name, a.speaker) for a in cs[1].acts] == [("urged", "own")]
    assert cs[1].speaker == "own"
    from readouts.cues import laid_modal
    assert laid_modal(cs[1], cs[1].acts[0])


# -- flags ------------------------------------------------------------------------------------------
def test_the_speaker_before_is_the_evidence_of_a_should_not_the_modal():
    # "The US should ..." names no speaker: the attribution_shift quotes Wang, whose words it goes on
    # with, not "should" (nor "must", "必须" of round 58's demands)
    for word, zh in [("should", "应当"), ("must", "必须")]:
        for points, lang in [(["On Taiwan, Wang said that the Taiwan question is China's internal affair.",
                               f"The US {word} respect history and keep its political commitments."], "en"),
                             (["在台湾问题上，王毅表示，台湾问题是中国内政。", f"美方{zh}尊重历史，停止武装台湾。"], "zh")]:
            c = hand_comparison(["Blinken reaffirmed that the US One China policy has not changed."], points,
                                [((0,), (0, 1))], b_side="CN", b_lang=lang)
            [f] = of(find_flags(c), "attribution_shift")
            assert [s.text for s in f.evidence if s.side == "b"] == (["Wang"] if lang == "en" else ["王毅"]), f


def test_an_urging_does_not_bear_out_a_welcome_credited_to_its_side():
    # CN credits the EU with welcoming China's rise; the EU's linked point only urges China
    for eu in ["China should also tackle the root causes of the unbalanced trade relationship.",
               "China ought to tackle the root causes of the unbalanced trade relationship.",
               "China must tackle the root causes of the unbalanced trade relationship."]:
        c = hand_comparison([eu], ["The EU welcomes China's rise."], [((0,), (0,))], a_side="EU", b_side="CN")
        flags = of(find_flags(c), "unconfirmed_claim")
        assert [(f.side, [s.text for s in f.evidence]) for f in flags] == [("b", ["EU", "welcomes"])], flags


def test_an_urging_or_demand_still_bears_out_one():
    for eu, cn in [("China should rebalance its economy.", "The EU urged China to rebalance its economy."),
                   ("China must rebalance its economy.", "The EU demanded that China rebalance its economy.")]:
        c = hand_comparison([eu], [cn], [((0,), (0,))], a_side="EU", b_side="CN")
        assert not of(find_flags(c), "unconfirmed_claim"), eu


def test_should_and_urged_are_one_grade_no_strength_shift():
    # "王毅表示，美方应当……" against "Wang urged the US to ...": one act in both readouts ("表示" alone,
    # strength 1 against 3, was a strength_shift)
    for points, lang in [(["王毅表示，美方应当停止对华制裁。"], "zh"), (["Wang said the US should stop its sanctions on China."], "en"),
                         (["Лавров заявил, что США следует прекратить санкции."], "ru")]:
        c = hand_comparison(["Wang urged the US to stop its sanctions on China."], points, [((0,), (0,))],
                            a_side="US", b_side="CN" if lang != "ru" else "RU", b_lang=lang)
        assert not of(find_flags(c), "strength_shift"), lang
