"""A negated obligation laid on the counterpart is the speaker's urging or demand to refrain (round 60, refrain).

Since round 59 "The US should ..." / "美方应当……" / "США следует ..." on the counterpart alone is the
speaking side's urging (strength 3) and "must" / 必须 / "должны" its demand (4). The negated forms tell
the same actor to refrain: "The US should not interfere", "美方不应干涉", "США не следует вмешиваться"
urge, "must not", "не должны", 不得 / 不可 / 切勿 demand, as "urged Russia not to escalate" urges: the same
act, polarity 1 (the refraining is what is urged, not a refusal). The twins render 不应 / 不要 "should
not" and 切勿 / 不得 "must not". Not so on the speaker's own side, on both sides, under a hope or a
condition, with a negation further off ("Neither China nor the US should"), in the counterpart's own
words about itself, nor "不得不" (have to).
"""
import pytest
from conftest import hand_comparison

from readouts.cues import laid_modal, point_cues, readout_cues
from readouts.flags import find_flags
from readouts.records import Readout


def directives(text, side="CN", counterpart="US", lang=None, previous=None):
    c = point_cues(text, side=side, counterpart_side=counterpart, language=lang, previous_speaker=previous)
    return [(a.name, a.strength, a.polarity, a.negated, a.text, a.speaker) for a in c.acts
            if a.name in ("urged", "demanded")]


# -- cues -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,side,other,name,word", [
    ("The US should not interfere in China's internal affairs.", "CN", "US", "urged", "should"),
    ("The US shouldn't interfere in China's internal affairs.", "CN", "US", "urged", "should"),
    ("Washington ought not to interfere.", "RU", "US", "urged", "ought not to"),
    ("Russia must not use nuclear weapons.", "US", "RU", "demanded", "must"),
    ("Russia mustn't use nuclear weapons.", "US", "RU", "demanded", "must"),
    ("美方不应干涉中国内政。", "CN", "US", "urged", "应"),
    ("美方不应该干涉中国内政。", "CN", "US", "urged", "应该"),
    ("美方也不应干涉中国内政。", "CN", "US", "urged", "应"),
    ("美方不要干涉中国内政。", "CN", "US", "urged", "不要"),
    ("美方不得干涉中国内政。", "CN", "US", "demanded", "不得"),
    ("美方不可支持“台独”。", "CN", "US", "demanded", "不可"),
    ("印方切勿误判当前形势。", "CN", "IN", "demanded", "切勿"),
    ("США не следует вмешиваться во внутренние дела.", "RU", "US", "urged", "следует"),
    ("США также не следует вмешиваться.", "RU", "US", "urged", "следует"),
    ("США не должны вмешиваться во внутренние дела.", "RU", "US", "demanded", "должны"),
])
def test_a_negated_obligation_on_the_counterpart_urges_or_demands_refraining(text, side, other, name, word):
    strength = 3 if name == "urged" else 4
    assert directives(text, side, other, previous=("own", side)) == [(name, strength, 1, False, word, "own")]


@pytest.mark.parametrize("text,side,other,name,word,lang", [
    ("Blinken said Russia should not invade Ukraine.", "US", "RU", "urged", "should", "en"),
    ("Blinken said that Russia must not invade Ukraine.", "US", "RU", "demanded", "must", "en"),
    ("王毅表示，美方不应干涉中国内政。", "CN", "US", "urged", "应", "zh"),
    ("关于南海问题，习近平表示，美方不应介入双边岛礁争端。", "CN", "US", "urged", "应", "zh"),
    ("Лавров заявил, что США не следует вмешиваться во внутренние дела.", "RU", "US", "urged", "следует", "ru"),
    ("Лавров заявил, что США не должны вмешиваться во внутренние дела.", "RU", "US", "demanded", "должны", "ru"),
])
def test_reported_by_the_speaker_it_is_the_speakers_own(text, side, other, name, word, lang):
    strength = 3 if name == "urged" else 4
    assert directives(text, side, other, lang) == [(name, strength, 1, False, word, "own")]


def test_it_reads_as_urging_the_actor_not_to_does():
    # "urged Russia not to escalate": an urging, polarity 1, not negated; "should not" the same
    said = directives("Blinken said Russia should not escalate.", "US", "RU")
    urged = directives("Blinken urged Russia not to escalate.", "US", "RU")
    assert [x[:4] for x in said] == [x[:4] for x in urged] == [("urged", 3, 1, False)]


@pytest.mark.parametrize("text,side,other", [
    # the speaker's own side, both sides, a joined pair, anyone else
    ("The US should not be expected to pay for it.", "US", "RU"),
    ("China should not be judged by the course America has taken.", "CN", "US"),
    ("Both sides should not let differences define the relationship.", "CN", "US"),
    ("China and the US should not seek a new Cold War.", "CN", "US"),
    ("Neither China nor the US should seek a new Cold War.", "CN", "US"),
    ("Competition should not turn into conflict.", "CN", "US"),
    ("中方不应被误解。", "CN", "US"),
    ("双方不应对抗。", "CN", "US"),
    ("任何国家都不应把自身安全建立在别国不安全的基础之上。", "CN", "US"),
    ("Россия не должна отступать.", "RU", "US"),
    ("Ни США, ни НАТО не должны вмешиваться.", "RU", "US"),
    # a case put, a wish
    ("If the US should not comply, China will respond.", "CN", "US"),
    ("China hopes the US will not interfere.", "CN", "US"),
    ("中方希望美方不要干涉。", "CN", "US"),
    # "不得不": have to, no prohibition
    ("美方将不得不采取措施。", "CN", "US"),
])
def test_a_negated_obligation_on_anyone_else_or_not_told_is_none(text, side, other):
    assert directives(text, side, other, previous=("own", side)) == [], text


@pytest.mark.parametrize("text,side,other", [
    ("Biden said the US should not interfere.", "CN", "US"),
    ("拜登表示，美方不应干涉。", "CN", "US"),
    ("Байден заявил, что США не следует вмешиваться.", "RU", "US"),
])
def test_the_counterpart_on_itself_is_none(text, side, other):
    assert directives(text, side, other) == [], text


def test_the_act_refrained_from_stays_owed_by_the_one_told():
    for text, lang in [("The US must not support Taiwan independence.", "en"), ("美方不得支持“台独”。", "zh")]:
        c = point_cues(text, side="CN", counterpart_side="US", language=lang, previous_speaker=("own", "CN"))
        assert [(a.name, a.modal, a.negated, a.speaker) for a in c.acts] \
            == [("demanded", False, False, "own"), ("supported", True, True, "own")], text


def test_a_should_not_point_goes_on_with_the_speaker_before_it():
    r = Readout.from_points(["Wang said relations face serious difficulties.",
                             "The US should not interfere in China's internal affairs."],
                            side="CN", language="en", participants=["Wang Yi"])
    cs = readout_cues(r, counterpart_side="US")
    assert [(a.name, a.speaker) for a in cs[1].acts] == [("urged", "own")]
    assert cs[1].speaker == "own" and laid_modal(cs[1], cs[1].acts[0])


# -- flags ------------------------------------------------------------------------------------------
def of(flags, kind):
    return [f for f in flags if f.kind == kind]


def test_the_speaker_before_is_the_evidence_of_a_should_not_not_the_modal():
    for word, zh in [("should not", "不应"), ("must not", "不得")]:
        for points, lang in [(["On Taiwan, Wang said that the Taiwan question is China's internal affair.",
                               f"The US {word} support Taiwan independence."], "en"),
                             (["在台湾问题上，王毅表示，台湾问题是中国内政。", f"美方{zh}支持“台独”。"], "zh")]:
            c = hand_comparison(["Blinken reaffirmed that the US One China policy has not changed."], points,
                                [((0,), (0, 1))], b_side="CN", b_lang=lang)
            [f] = of(find_flags(c), "attribution_shift")
            assert [s.text for s in f.evidence if s.side == "b"] == (["Wang"] if lang == "en" else ["王毅"]), f


def test_a_demand_to_refrain_against_mere_talk_is_a_strength_shift_of_the_speaker():
    c = hand_comparison(["Blinken said Russia must not invade Ukraine."], ["Blinken discussed Ukraine with Lavrov."],
                        [((0,), (0,))], b_side="RU")
    [f] = of(find_flags(c), "strength_shift")
    assert f.side == "a" and [s.text for s in f.evidence if s.side == "a"] == ["Blinken", "must"], f

