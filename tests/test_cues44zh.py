"""Chinese cue fixes of the forty-fourth round: a dropped subject two clauses back ("中美是……，各自……，
都致力于……"), a joined pair's one-sided act with a dropped subject ("王毅同布林肯举行会谈，强调……": the
first-named actor's), and "中美两国关系" as a noun phrase, no mention of the two sides."""
import pytest

from readouts.cues import point_cues, topic_text


def _cues(text, side="CN", counterpart="US", participants=("王毅", "布林肯", "习近平", "拜登", "特朗普")):
    return point_cues(text, side=side, language="zh", counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker, a.content) for a in _cues(text, **kw).acts]


@pytest.mark.parametrize("text,acts", [
    # "都" opens a clause that drops its subject, as "始终" does: the subject two clauses back ("中美")
    # holds the commitment, which was lost as content with no actor
    ("习近平强调，中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。",
     [("stressed", "强调", "own", False), ("agreed", "致力于", "both", True)]),
    ("中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。",
     [("agreed", "致力于", "both", False)]),
    ("中美是两个伟大的国家，都致力于和平。", [("agreed", "致力于", "both", False)]),
    # the subject opening what a report says is the dropped subject's, not the reporter's
    ("习近平表示，美国政府奉行一个中国政策，不支持台独。",
     [("stated", "表示", "own", False), ("supported", "支持", "counterpart", True)]),
    # unchanged: an actor right before its act, and the object of a verb is no subject ("他重申了中方的立场")
    ("习近平强调，中美都致力于让本国人民过上更加美好的生活。",
     [("stressed", "强调", "own", False), ("agreed", "致力于", "both", True)]),
    ("习近平重申了中方的立场，表示愿意加强沟通。", [("reaffirmed", "重申", "own", False), ("stated", "表示", "own", False)]),
    # nor is an actor that qualifies a noun ("美方的做法"): the act goes on with the reporter
    ("王毅表示，美方的做法严重损害中方利益，坚决反对。", [("stated", "表示", "own", False), ("opposed", "反对", "own", True)]),
    ("特朗普感谢习近平的祝贺，表示他非常珍视同习近平主席的良好关系。",
     [("welcomed", "感谢", "counterpart", False), ("stated", "表示", "counterpart", False)]),
])
def test_a_dropped_subject_goes_back_to_the_clause_that_opens_the_report(text, acts):
    assert _acts(text) == acts


def test_the_reported_subject_is_the_dropped_subjects_span():
    c = _cues("习近平强调，中美是两个伟大的国家，各自追求自己的梦想，都致力于让本国人民过上更加美好的生活。")
    act = c.acts[-1]
    assert c.text[act.speaker_span[0]:act.speaker_span[1]] == "中美"
    assert "致力于" not in topic_text(c)


@pytest.mark.parametrize("text,acts", [
    # a one-sided act with a dropped subject after "X同Y" and a meeting or a call is X's, the sentence's
    # subject, as "Lavrov held talks with Blinken, stressing ..." is Lavrov's
    ("王毅同布林肯举行会谈，强调中方反对制裁。", [("stressed", "强调", "own"), ("opposed", "反对", "own")]),
    ("王毅同布林肯通电话，指出中方反对制裁。",
     [("discussed", "通电话", "both"), ("stated", "指出", "own"), ("opposed", "反对", "own")]),
    ("王毅同布林肯通电话，表示中方反对制裁。",
     [("discussed", "通电话", "both"), ("stated", "表示", "own"), ("opposed", "反对", "own")]),
    ("王毅与布林肯通电话，敦促美方停止制裁。", [("discussed", "通电话", "both"), ("urged", "敦促", "own")]),
    ("布林肯同王毅通电话，重申美方立场。", [("discussed", "通电话", "both"), ("reaffirmed", "重申", "counterpart")]),
    ("王毅同布林肯举行会谈，就中美关系交换意见，并强调中方立场。",
     [("discussed", "交换意见", "both"), ("stressed", "强调", "own")]),
    # a discussion with the partner is the meeting too
    ("王毅同布林肯就乌克兰问题交换意见，强调中方立场。", [("discussed", "交换意见", "both"), ("stressed", "强调", "own")]),
    # acts both can share stay the pair's
    ("王毅同布林肯举行会谈，同意加强沟通。", [("agreed", "同意", "both")]),
    ("王毅同布林肯通电话，一致认为应加强沟通。", [("discussed", "通电话", "both"), ("agreed", "一致认为", "both")]),
    ("王毅同布林肯举行会谈，就乌克兰问题交换了意见。", [("discussed", "交换了意见", "both")]),
    # unchanged: an actor of its own ("双方"), and two actors joined by "和" (and), who act together
    ("王毅同布林肯通电话，双方强调加强沟通。", [("discussed", "通电话", "both"), ("stressed", "强调", "both")]),
    ("王毅和布林肯举行会谈，强调加强沟通。", [("stressed", "强调", "both")]),
])
def test_a_one_sided_act_after_a_joined_pairs_meeting_is_the_first_named_actors(text, acts):
    assert [(a.name, a.text, a.speaker) for a in _cues(text).acts] == acts


@pytest.mark.parametrize("text,language,side,participants,speaker", [
    # English and Russian already give the participle to the subject
    ("Lavrov held talks with Blinken, stressing that Russia opposes sanctions.", "en", "US",
     ["Blinken", "Lavrov"], "counterpart"),
    ("Лавров провёл переговоры с Блинкеном, подчеркнув, что Россия против санкций.", "ru", "RU",
     ["Лавров", "Блинкен"], "own"),
])
def test_the_same_in_english_and_russian(text, language, side, participants, speaker):
    other = "RU" if side == "US" else "US"
    c = point_cues(text, side=side, language=language, counterpart_side=other, participants=participants)
    assert c.acts[0].name == "stressed" and c.acts[0].speaker == speaker


def _both(text, **kw):
    return [m.text for m in _cues(text, **kw).mentions if m.role == "both"]


@pytest.mark.parametrize("text,both", [
    # "中美两国关系" names the relations, as "中美关系" does: no mention of the two sides
    ("中美两国关系十分重要。", []),
    ("美中两国关系十分重要。", []),
    ("中美两国经贸关系的本质是互利共赢。", []),
    ("中美关系十分重要。", []),
    # unchanged: "中美两国" acting, and "两国" of another pair's compound or with no compound before it
    ("中美两国应当尊重对方的核心利益。", ["中美两国"]),
    ("两国关系十分重要。", ["两国"]),
])
def test_the_two_sides_relations_are_a_noun_phrase(text, both):
    assert _both(text) == both


def test_the_relations_keep_their_words_in_the_topic_text():
    c = _cues("习近平强调，中美两国关系十分重要。")
    assert c.speaker == "own" and topic_text(c) == "，中美两国关系十分重要。"


@pytest.mark.parametrize("text,both,topic", [
    # the compound before "两国"/"双方" is the same two sides: one mention, none of it left in the topic
    ("杨洁篪强调，中美两国应当尊重对方的核心利益。", ["中美两国"], "， 应当尊重对方的核心利益。"),
    ("他表示，中美双方要对历史负责。", ["中美双方"], "， 要对历史负责。"),
    ("美中两国合作能够成就许多好事。", ["美中两国"], "合作能够成就许多好事。"),
    # a compound of another pair is no mention of the call's two sides ("两国" stays as it was read)
    ("王毅强调，中印两国应当相互尊重。", ["两国"], "，中印 应当相互尊重。"),
])
def test_a_compound_before_a_term_for_both_sides_is_one_mention(text, both, topic):
    c = _cues(text)
    assert [m.text for m in c.mentions if m.role == "both"] == both
    assert topic_text(c) == topic


@pytest.mark.parametrize("text,kept,gone", [
    # words that hold an actor term and name no actor: "其他" (other), "他国" (other countries), a
    # developing country, Indonesia, a presiding country
    ("两国元首就乌克兰局势以及双方共同关注的其他问题交换了看法。", "其他问题", "他"),
    ("不能以此为借口遏制打压他国发展。", "他国发展", "他"),
    ("中印作为世界上最大的两个发展中国家，彼此拥有共同利益。", "发展中国家", "中国"),
    ("习近平在印度尼西亚巴厘岛同美国总统拜登举行会晤。", "印度尼西亚", "印度"),
    ("中方即将接任上海合作组织轮值主席国。", "轮值主席国", "主席"),
])
def test_words_that_hold_an_actor_term_and_name_none(text, kept, gone):
    c = _cues(text, counterpart="US")
    assert gone not in [m.text for m in c.mentions]
    assert kept in topic_text(c)


def test_a_ministers_full_title_and_the_two_leaders():
    c = _cues("国务委员兼外交部长秦刚在北京与到访的美国国务卿布林肯进行会谈。", participants=("秦刚", "布林肯"))
    assert "外交部长" in [m.text for m in c.mentions] and "外交" not in topic_text(c)
    c = _cues("双方元首还谈及乌克兰危机等议题。")
    assert [(m.text, m.role) for m in c.mentions if m.role == "both"] == [("双方元首", "both")]
    assert "元首" not in topic_text(c)


def test_a_prohibition_on_an_actor_is_the_previous_speakers_demand():
    # "切勿" (must not) tells the actor what not to do, as "不要" does: the point is the demand of
    # whoever spoke before, not the addressee's
    c = point_cues("印方切勿误判当前形势,切勿低估中方捍卫领土主权的坚定决心。", side="CN", language="zh",
                   counterpart_side="IN", participants=["王毅", "苏杰生"], previous_speaker=("own", "CN"))
    assert c.speaker == "own"


@pytest.mark.parametrize("text,previous,speaker", [
    # a point with no act whose first actor qualifies the noun right after it ("两国关系", "两国利益",
    # "美国经济", "两国元首的") goes on from whoever spoke before, as one told what to do does
    ("台湾问题一旦处理不当,将给两国关系带来颠覆性冲击,希望美方对此给予足够重视。", ("own", "CN"), "own"),
    ("在两国利益重合之处,美方将寻求合作,同时把分歧处理好。", ("counterpart", "US"), "counterpart"),
    ("违背经济规律搞“脱钩断链”,无助于提振美国经济,只会让世界经济更加脆弱。", ("own", "CN"), "own"),
    ("第一，中美关系保持正确方向，最重要的是两国元首的战略引领。", ("own", "CN"), "own"),
    # unchanged: the readout's own side so named still states its position; an actor as a subject
    ("中国的内外政策公开透明，战略意图光明磊落。", ("counterpart", "US"), "own"),
    ("两国可以携手维护世界和平。", ("counterpart", "US"), "both"),
])
def test_an_actor_that_qualifies_a_noun_is_no_speaker_of_a_point_with_no_act(text, previous, speaker):
    c = point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["习近平", "拜登"],
                   previous_speaker=previous)
    assert c.acts == () and c.speaker == speaker


def test_a_stance_negated_across_a_coverb_names_the_stance():
    # "不借强化同盟反对中国……等表态": the refusal to oppose China is a stance Biden stated before, named
    # as "不支持“台独”" in the same list is; no opposition made in the call
    c = _cues("对于拜登重申的不搞“新冷战”、不改变中国体制、不借强化同盟反对中国、不支持“台独”、无意与中国冲突等表态,"
              "习近平表示十分看重。")
    assert [(a.name, a.speaker) for a in c.acts] == [("stated", "own")]
    assert {x.text for x in c.named_acts} >= {"反对", "支持"}
    # unchanged: a refusal made in the call
    assert [a.name for a in _cues("美方不借人权问题反对中国。").acts] == ["opposed"]
