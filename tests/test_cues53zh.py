"""Chinese cue readings: an act inside a fronted oblique phrase's stance noun, the subject of a
"所" relative clause, a subjectless follow-on after a fronted oblique phrase, a nation's people."""
from readouts import Readout
from readouts.cues import point_cues, readout_cues


def zh(text, **kw):
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["习近平", "拜登"], **kw)


def zh_readout(*points):
    r = Readout.from_points(list(points), side="CN", language="zh", participants=["王毅", "布林肯"])
    return readout_cues(r, counterpart_side="US")


# -- 1. an oblique phrase's inner verbs are no acts of the point ----------------------------------
def test_negation_across_a_coverb_inside_a_stance_noun_is_named():
    # the corpus point (2022-03-18, Xi): "不借强化同盟反对中国" is one item of Biden's stance, which Xi
    # values; no opposition voiced in the call (it was an act with no speaker before)
    c = zh("对于拜登重申的不搞“新冷战”、不改变中国体制、不借强化同盟反对中国、不支持“台独”、"
           "无意与中国冲突等表态,习近平表示十分看重。")
    assert [(a.text, a.speaker) for a in c.acts] == [("表示", "own")]
    assert "反对" in [x.text for x in c.named_acts]


def test_negation_across_a_coverb_of_the_speaker_is_still_an_act():
    c = zh("美方不得借台湾问题反对中国。", previous_speaker=("own", "CN"))
    # (不得 laid on the US: China's demand since round 60, test_cues60refrain)
    assert [a.text for a in c.acts] == ["不得", "反对"]


def test_suo_relative_subject_is_no_speaker():
    # "美方所谓的“民主”": whose word it is, not who speaks; the point goes on with Wang
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "美方所谓的“民主”，实际上是干涉他国内政。")
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")


def test_suo_relative_subject_does_not_carry_into_the_next_point():
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "美方所谓的“民主”，实际上是干涉他国内政。",
                      "坚决反对美国对台军售。")
    assert [(a.text, a.speaker, a.speaker_side) for a in cues[2].acts] == [("反对", "own", "CN")]


def test_plain_subject_before_suoyi_still_speaks():
    c = zh("美方所以表示支持。")
    assert c.speaker == "counterpart"


# -- 3. a subjectless follow-on after a fronted oblique phrase goes on with the speaker -----------
def test_follow_on_after_a_fronted_duiyu_phrase_carries_the_speaker():
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "对于美方在台湾问题上的错误言行，坚决反对。")
    assert [(a.text, a.speaker, a.speaker_side) for a in cues[1].acts] == [("反对", "own", "CN")]
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")


def test_follow_on_after_a_fronted_dui_phrase_carries_the_speaker():
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "对美方对台军售的做法，坚决反对。")
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")


def test_follow_on_without_a_fronted_phrase_still_carries():
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "反对任何形式的“台独”。")
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")


def test_fronted_phrase_with_its_own_subject_keeps_it():
    cues = zh_readout("王毅指出，台湾是中国的一部分。", "对于美方的做法，美方应当明确表示反对“台独”。")
    assert cues[1].acts and all(a.speaker_side != "US" or a.speaker == "counterpart" for a in cues[1].acts)
    cues = zh_readout("拜登表示，美方愿同中方沟通。", "对于“台独”分裂活动，中方坚决反对。")
    assert [(a.text, a.speaker) for a in cues[1].acts] == [("反对", "own")]


# -- 2. a nation's people is a third party of its side, as in English ------------------------------
def test_people_subject_is_a_third_party_as_in_english():
    z = zh("任何人想把台湾从中国分裂出去，都违背中华民族的根本利益，中国人民决不会答应。")
    e = point_cues("The Chinese people will never accept it.", side="CN", language="en", counterpart_side="US")
    got = [(a.speaker, a.speaker_side, a.negated, a.modal) for a in z.acts]
    assert got == [(a.speaker, a.speaker_side, a.negated, a.modal) for a in e.acts] == [("unspecified", "CN", True, True)]


# -- sample: parallel refusals after a report are all its content -------------------------------
def test_dropped_subject_clause_after_reported_content_is_content_too():
    c = zh("拜登表示，美方尊重中国的体制，不支持“台独”，不支持“两个中国”。")
    assert [(a.text, a.content) for a in c.acts] == [("表示", False), ("支持", True), ("支持", True)]


def test_clause_with_its_own_actor_after_content_is_not_carried_as_content():
    c = zh("拜登表示，美方不支持“台独”，中方表示欢迎。")
    # "表示欢迎" is one welcome (round 59), as "表示感谢" already was
    assert [(a.text, a.speaker, a.content) for a in c.acts][2] == ("表示欢迎", "own", False)


# -- an actor before a modified head ("美国经济") is no point's speaker ---------------------------
def test_actor_qualifying_a_head_noun_is_no_speaker():
    # the corpus points (2022-07-28, Xi): "美国经济" gave the point to the US, and the US then
    # went on into "双方应……", a demand Xi makes
    cues = zh_readout("王毅强调，要尊重经济规律。", "违背经济规律搞“脱钩断链”,无助于提振美国经济,只会让世界经济更加脆弱。",
                      "双方应推动地区热点降温。")
    assert [(c.speaker, c.speaker_side) for c in cues[1:]] == [("own", "CN"), ("own", "CN")]


def test_actor_before_a_plain_verb_still_speaks():
    assert zh("美方希望稳定中美关系。").speaker == "counterpart"


def test_two_countries_before_relations_or_interests_is_no_speaker():
    # the corpus points: "两国关系" (2022-03-18) and "两国利益" (2022-07-28) gave the point to both sides
    cues = zh_readout("王毅强调，台湾问题是中国核心利益中的核心。",
                      "台湾问题一旦处理不当,将给两国关系带来颠覆性冲击,希望美方对此给予足够重视。")
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")
    cues = zh_readout("布林肯表示，美方愿同中方保持沟通。", "在两国利益重合之处,美方将寻求合作,同时把分歧处理好。")
    assert (cues[1].speaker, cues[1].speaker_side) == ("counterpart", "US")


# -- a side's actor opening a later comma clause is its act's subject ------------------------------
def test_actor_opening_a_comma_clause_is_the_subject_of_its_act():
    # the corpus point (2021-11-15, Xi): the US administrations committed, before the call
    c = zh("一个中国原则和中美三个联合公报是中美关系的政治基础，美国历届政府对此都作出过明确承诺。")
    assert [(a.text, a.speaker, a.speaker_side, a.past) for a in c.acts] == [("承诺", "counterpart", "US", True)]


def test_actor_opening_the_sentence_still_speaks_for_a_later_clause():
    c = zh("习近平指出，台湾问题是中美关系中最重要的问题，美方对此作出过承诺。")
    assert [(a.text, a.speaker) for a in c.acts][0] == ("指出", "own")


# -- a hope that drops its subject after a report is the reporter's act, as "hoped" is in English ----
def test_dropped_subject_hope_after_a_report_is_an_act():
    # the corpus point (2025-01-17, Xi)
    c = zh("习近平表示，台湾问题事关中国国家主权和领土完整，希望美方慎重处理。")
    assert [(a.text, a.speaker) for a in c.acts] == [("表示", "own"), ("希望", "own")]


def test_dropped_subject_hope_is_the_reporters_not_the_recalled_actors():
    # the corpus point (2022-11-14, Xi): Biden's recalled refusal, then Xi's hope that the US acts on it
    c = zh("习近平指出，拜登总统多次表示美方不支持“台独”，希望美方将这一表态切实落到行动上。")
    assert [(a.text, a.speaker) for a in c.acts if a.text == "希望"] == [("希望", "own")]


def test_hope_noun_and_hope_with_no_report_before_stay_as_they_were():
    assert "希望" not in [a.text for a in zh("这符合两国人民的希望。").acts]
    assert "希望" not in [a.text for a in zh("台湾问题一旦处理不当，将带来冲击，希望美方给予重视。").acts]


def test_the_two_peoples_are_a_third_party_of_both_as_in_english():
    # "两国人民" is no actor (lexicon not_actors), so its refusal had no speaker and no side, and
    # strength_shift weighed it against any act; English reads "the two peoples" as both's people
    z = zh("两国人民决不会答应。")
    e = point_cues("The two peoples will never accept it.", side="CN", language="en", counterpart_side="US")
    assert [(a.speaker, a.speaker_side) for a in z.acts] == [(a.speaker, a.speaker_side) for a in e.acts] \
        == [("unspecified", "both")]
    assert zh("两国人民决不会答应。").speaker == "unspecified"  # a third party speaks for no side of the call
