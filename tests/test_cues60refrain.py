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



# -- attribution phrases that quote the other's words ----------------------------------------------
def _points(texts, side, other, lang):
    r = Readout.from_points(texts, side=side, language=lang, participants=[])
    return readout_cues(r, counterpart_side=other)


@pytest.mark.parametrize("texts,side,other,lang,word", [
    # opening a point: the previous speaker's statement, as "In his words, ..." and "По его словам" are
    (["Biden said relations were at a low point.", "As he put it, Russia has been through a great deal."],
     "US", "RU", "en", "As he put it"),
    (["Путин сказал, что отношения на низком уровне.", "Как он выразился, США прошли через многое."],
     "RU", "US", "ru", "выразился"),
    (["习近平表示，中美关系处于低谷。", "用他的话说，美国经历了很多。"], "CN", "US", "zh", "说"),
])
def test_a_quoting_phrase_opening_a_point_is_the_previous_speakers_statement(texts, side, other, lang, word):
    cs = _points(texts, side, other, lang)
    assert cs[1].speaker == "own" and [(a.name, a.speaker, a.text) for a in cs[1].acts] == [("stated", "own", word)]


def test_in_his_view_in_chinese_goes_on_with_the_previous_speaker():
    cs = _points(["拜登表示，中美关系处于低谷。", "在他看来，美国经历了很多。"], "CN", "US", "zh")
    assert (cs[1].speaker, cs[1].speaker_side) == ("counterpart", "US")


@pytest.mark.parametrize("text,side,other,lang,acts", [
    # inside a clause it credits the wording of that clause's act, no act of its own, as "по его
    # словам" there is: "what he termed", "as he put it", "как он выразился" alike
    ("Biden concentrated on what he termed threatening movements of Russian troops.", "RU", "US", "en",
     [("discussed", "counterpart")]),
    ("Biden concentrated on, as he put it, threatening movements of Russian troops.", "RU", "US", "en",
     [("discussed", "counterpart")]),
    ("Байден сосредоточился на, как он выразился, угрожающих перемещениях российских войск.", "RU", "US", "ru",
     [("discussed", "counterpart")]),
    # a verb of wording that is the clause's own act stays one
    ("Путин выразился резко.", "RU", "US", "ru", [("stated", "own")]),
])
def test_a_quoting_phrase_inside_a_clause_is_no_act_of_its_own(text, side, other, lang, acts):
    c = point_cues(text, side=side, counterpart_side=other, language=lang)
    assert [(a.name, a.speaker) for a in c.acts] == acts


# -- descriptions and emphasis received -------------------------------------------------------------
@pytest.mark.parametrize("text,side,other,lang,speaker,word", [
    ("Xi described in great detail the measures China had taken.", "CN", "US", "en", "own", "described"),
    ("Trump described the tone and spirit of the call as excellent.", "US", "RU", "en", "own", "described"),
    ("Путин описал ситуацию на Украине.", "RU", "US", "ru", "own", "описал"),
    ("Путин охарактеризовал разговор как полезный.", "RU", "US", "ru", "own", "охарактеризовал"),
])
def test_describing_is_a_statement(text, side, other, lang, speaker, word):
    c = point_cues(text, side=side, counterpart_side=other, language=lang)
    assert [(a.name, a.strength, a.speaker, a.text) for a in c.acts] == [("stated", 1, speaker, word)]


@pytest.mark.parametrize("texts,side,other,lang,speaker", [
    # a description in the passive, no one named, goes on with the readout's own speaker before it, as
    # "It was emphasised that ..." does since round 59
    (["Putin said relations were at a low point.", "Overall, the conversation was described as frank."],
     "RU", "US", "en", "own"),
    (["Путин сказал, что отношения на низком уровне.", "В целом беседа была охарактеризована как откровенная."],
     "RU", "US", "ru", "own"),
    # "received special emphasis", "was given special emphasis": no one named who emphasised
    (["Putin said relations were at a low point.", "The crisis received special emphasis."], "RU", "US", "en", "own"),
    (["Putin said relations were at a low point.", "The crisis was given special emphasis."], "RU", "US", "en", "own"),
])
def test_a_passive_description_or_emphasis_goes_on_with_the_previous_speaker(texts, side, other, lang, speaker):
    cs = _points(texts, side, other, lang)
    assert cs[1].speaker == speaker and [(a.speaker, a.strength >= 1) for a in cs[1].acts] == [(speaker, True)]


def test_a_passive_description_credited_to_no_one_is_no_act():
    # after the counterpart or the two sides (as "此次通话被评价为……" is no one's), or with the sides
    # named in its subject, it reads as it did
    for first in ["Biden said relations were at a low point.", "The two sides held an in-depth exchange of views."]:
        cs = _points([first, "The conversation was described as frank."], "RU", "US", "en")
        assert list(cs[1].acts) == [] and cs[1].speaker == "unspecified", first
    cs = _points(["They reaffirmed that India and China are partners.",
                  "A stable India-China relationship was described as necessary for growth."], "IN", "CN", "en")
    assert list(cs[1].acts) == [] and cs[1].speaker == "both"


@pytest.mark.parametrize("text", [
    "Their discussion, described as candid and productive, covered a range of issues.",
    "The talks, described as frank, covered trade.",
])
def test_a_description_set_off_in_a_talk_subject_leaves_the_discussion(text):
    c = point_cues(text, side="US", counterpart_side="CN", language="en")
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "both")]
