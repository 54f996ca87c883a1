"""Cue fixes of the forty-third round: Chinese call terms and initiative phrases between joined
actors, Chinese adverbs of constancy opening a clause with a dropped subject, Russian
"остаются приверженными"."""
import pytest

from readouts.cues import point_cues


def _acts(text, language, side, participants):
    other = "US"
    c = point_cues(text, side=side, language=language, counterpart_side=other, participants=participants)
    return [(a.name, a.text, a.speaker, a.commits) for a in c.acts]


@pytest.mark.parametrize("text,acts", [
    # the initiative phrase and its comma between the actor and "同他" join the two as "应约" does, and
    # "他" is the initiator (round 57: with a discussion; the call itself, "电话交谈", "通了电话",
    # "通电话", "视频通话", is no act, as "spoke by phone" and "举行会谈" are none)
    ("2025年6月5日晚，国家主席习近平应美国总统特朗普的约请，同他进行了交流。",
     [("discussed", "交流", "both", False)]),
    ("7月28日晚,国家主席习近平应美方请求,同美国总统拜登交换了意见。", [("discussed", "交换了意见", "both", False)]),
    # unchanged: the initiative before the actor, and "应约"
    ("应拜登请求，习近平同他进行了交流。", [("discussed", "交流", "both", False)]),
    ("习近平应约同美国总统拜登交换了意见。", [("discussed", "交换了意见", "both", False)]),
    # with no one of the other side named, the talk is the actor's, as before
    ("习近平同他进行了交流。", [("discussed", "交流", "own", False)]),
    # the call lines themselves: no act
    ("2025年6月5日晚，国家主席习近平应美国总统特朗普的约请，同他进行了电话交谈。", []),
    ("7月28日晚,国家主席习近平应美方请求,同美国总统拜登通了电话。", []),
])
def test_chinese_call_terms_and_an_initiative_between_joined_actors(text, acts):
    assert _acts(text, "zh", "CN", ["习近平", "特朗普", "拜登"]) == acts


@pytest.mark.parametrize("text,acts", [
    # "始终" (always) opens a clause whose subject is the one before ("中方的立场……"), as "并"/"也" do:
    # the commitment is China's stance, no longer dropped as content with no actor
    ("习近平表示，中方的立场和行动一贯清晰明确，始终致力于劝和促谈。",
     [("stated", "表示", "own", False), ("reaffirmed", "致力于", "own", False)]),
    ("习近平表示，中方一贯支持和平，一直反对战争。",
     [("stated", "表示", "own", False), ("supported", "支持", "own", False), ("opposed", "反对", "own", False)]),
    # an act after an actor told what to do is still what the reporter says it should do, content,
    # as "Xi said that the two sides should jointly commit to ..." is in English
    ("他说，双方应携手致力于相互尊重。", [("stated", "说", "unspecified", False)]),
])
def test_chinese_adverbs_of_constancy_open_a_clause_with_a_dropped_subject(text, acts):
    assert _acts(text, "zh", "CN", ["习近平", "拜登"]) == acts


@pytest.mark.parametrize("text,acts", [
    # the instrumental after "оставаться" is the stance "привержены" is: no agreement made (commits False)
    ("Россия и США остаются приверженными диалогу.", [("reaffirmed", "остаются приверженными", "both", False)]),
    ("Россия остается приверженной диалогу.", [("reaffirmed", "остается приверженной", "own", False)]),
    ("Путин остаётся приверженным диалогу.", [("reaffirmed", "остаётся приверженным", "own", False)]),
    ("Россия привержена диалогу.", [("reaffirmed", "привержена", "own", False)]),
    ("Стороны привержены диалогу.", [("reaffirmed", "привержены", "both", False)]),
])
def test_russian_remaining_committed_is_a_stance(text, acts):
    assert _acts(text, "ru", "RU", ["Путин", "Трамп"]) == acts


def test_the_passive_agents_article_is_lexicon_data():
    # "the" between "by" and the agent comes from the lexicon's passive_agent_articles, not the rule
    from readouts.cues import lexicon
    assert lexicon("en").passive_agent_article.match("The Chinese side")
    assert lexicon("ru").passive_agent_article is None and lexicon("zh").passive_agent_article is None
    c = point_cues("The proposal was welcomed by the Chinese side.", side="US", language="en",
                   counterpart_side="CN", participants=["Biden", "Xi"])
    assert [(a.name, a.speaker) for a in c.acts] == [("welcomed", "counterpart")]
    # an agent of neither side after the article is a third party's reception, no act (tests/test_cues55.py)
    c = point_cues("The proposal was welcomed by the international community.", side="US", language="en",
                   counterpart_side="CN", participants=["Biden", "Xi"])
    assert [(a.name, a.speaker) for a in c.acts] == []


@pytest.mark.parametrize("text,speaker", [
    # a topic phrase ("就……") between two actors joined by "同"/"与" and their act keeps them joined:
    # the two sides' act, as with no phrase between
    ("王毅同布林肯就乌克兰问题交换了意见。", "both"),
    ("王毅同布林肯交换了意见。", "both"),
    ("王毅与布林肯就中美关系进行了讨论。", "both"),
    ("王毅同布林肯就乌克兰问题进行了交流。", "both"),
    # one actor alone, or a partner of no side of the call, stays the actor's
    ("王毅就乌克兰问题交换了意见。", "own"),
    ("王毅同欧盟就乌克兰问题交换了意见。", "own"),
])
def test_a_chinese_topic_phrase_keeps_joined_actors_joined(text, speaker):
    c = point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["王毅", "布林肯"])
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", speaker)]


def test_the_ying_of_an_initiative_phrase_is_no_obligation():
    # "应布林肯邀请" (at Blinken's invitation) after the actor tells no one what to do: the actor stays
    # the subject, and the two joined sides hold the talk ("应美方请求" was already a not_obligation)
    for text in ("王毅应布林肯邀请，同布林肯交换了意见。", "王毅应布林肯请求，同他进行了交流。"):
        c = point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["王毅", "布林肯"])
        assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "both")]
    # an obligation is still one
    c = point_cues("美方应支持和平。", side="CN", language="zh", counterpart_side="US", participants=["王毅", "布林肯"])
    assert [(a.name, a.modal) for a in c.acts] == [("urged", False), ("supported", True)]  # urged: round 59


def test_a_russian_singular_exchange_of_views_is_a_discussion():
    c = point_cues("Лавров обменялся мнениями с Блинкеном по Украине.", side="RU", language="ru",
                   counterpart_side="US", participants=["Лавров", "Блинкен"])
    assert [(a.name, a.text, a.speaker) for a in c.acts] == [("discussed", "обменялся мнениями", "own")]
