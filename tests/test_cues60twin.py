"""Round 60, speech-act and speaker readings made to agree across languages, with the cross-lingual
twins of the corpus as the oracle (benchmarks/twin_cues.py): a Russian or Chinese point and its English
rendering say the same thing, so where their cues differ the reading of one language is wrong. Each
rule here is the one judged right in all three languages, never a language made to read worse to
match its twin."""
import pytest

from helpers import twin_en as _en, twin_ru as _ru, twin_zh as _zh


# --- 1. two sides joined opening a point with no act are both sides, as "中美" and "the two" are ----

@pytest.mark.parametrize("pc", [
    _en("China and the US are fully able to help each other succeed and to prosper together."),
    _en("The United States and China can achieve a great deal together.", side="US", counterpart="CN"),
    _ru("Россия и США могут многого добиться вместе."),
    _zh("中国和美国完全可以相互成就、共同繁荣。"),
    _zh("中美完全可以相互成就、共同繁荣。"),  # already so: the oracle the others follow
])
def test_two_sides_joined_with_no_act_are_both(pc):
    assert (pc.speaker, pc.speaker_side) == ("both", "both")


@pytest.mark.parametrize("pc,speaker", [
    # a demand laid on the two is whoever spoke before's, no word of theirs
    (_en("China and the US should respect each other.", previous=("own", "CN")), "own"),
    (_ru("Россия и США должны поддерживать постоянное взаимодействие.", previous=("own", "RU")), "own"),
    # a third party joined is no second side
    (_en("China and Russia have a strong partnership."), "own"),
])
def test_no_two_sides_where_not_joined_subjects(pc, speaker):
    assert pc.speaker == speaker


def test_two_sides_named_as_objects_are_no_speakers():
    assert _en("Peace benefits China and the US alike.").speaker != "both"


# --- 2. a commitment made, in the noun, is a commitment, as "承诺" is ----------------------------------

@pytest.mark.parametrize("pc,text,speaker", [
    (_en("The US has made clear political commitments to China on the Taiwan question."),
     "made clear political commitments", "counterpart"),
    (_en("The two heads of state made firm commitments to avoid escalation.", side="FR", counterpart="RU"),
     "made firm commitments", "both"),
    (_en("The US made a solemn commitment to follow the one-China policy."), "made a solemn commitment",
     "counterpart"),
    (_ru("США взяли на себя обязательство не расширять НАТО."), "взяли на себя обязательство", "counterpart"),
    (_ru("США дали обязательство не расширять НАТО."), "дали обязательство", "counterpart"),
    (_zh("美方在台湾问题上对中方作出过明确的政治承诺。"), "承诺", "counterpart"),  # already so: the oracle
])
def test_a_commitment_made_is_an_agreement(pc, text, speaker):
    a = next(a for a in pc.acts if a.name == "agreed")
    assert a.text == text and a.speaker == speaker


@pytest.mark.parametrize("text,name", [
    ("He made clear that commitments must be kept.", "stressed"),  # what is made clear, no commitment made
    ("The US made clear its commitment to the alliance.", "stressed"),
])
def test_made_clear_before_a_commitment_stays_made_clear(text, name):
    assert [a.name for a in _en(text).acts] == [name]


# --- 3. an act of earlier governments is their record, recalled, as "历届政府……作出过" is ---------------

@pytest.mark.parametrize("pc", [
    _en("Successive US administrations have made clear commitments to them.", previous=("own", "CN")),
    _en("Successive US administrations have committed to the one-China policy.", previous=("own", "CN")),
    _ru("Предыдущие администрации США брали на себя обязательство не расширять НАТО.", previous=("own", "RU")),
    _zh("美国历届政府都对此作出明确承诺。", previous=("own", "CN")),
])
def test_an_act_of_earlier_governments_is_recalled(pc):
    assert [(a.name, a.past) for a in pc.acts] == [("agreed", True)]


@pytest.mark.parametrize("pc", [
    _en("Previous US administrations failed, and Biden agreed to keep talking.", previous=("own", "CN")),
    _en("The US administration has committed to the one-China policy.", previous=("own", "CN")),
])
def test_an_act_of_this_government_is_not_recalled(pc):
    assert [(a.name, a.past) for a in pc.acts] == [("agreed", False)]


# --- 4. a hope joined to an act of its actor is its actor's act, as "supports and looks forward to" is -

@pytest.mark.parametrize("pc,names", [
    (_zh("中方支持并期待俄乌双方恢复和谈。"), ["supported", "stated"]),
    (_zh("中方欢迎并希望美方继续这一进程。"), ["welcomed", "stated"]),
    (_en("China supports and looks forward to a resumption of peace talks."), ["supported", "stated"]),
    (_ru("Россия поддерживает и надеется на возобновление переговоров."), ["supported", "stated"]),
])
def test_a_hope_joined_to_an_act_is_an_act(pc, names):
    assert [a.name for a in pc.acts] == names
    assert {a.speaker for a in pc.acts} == {"own"}


# --- 5. a side's name qualifying a noun ("US actions") names no speaker, as "美国经济" does -----------

@pytest.mark.parametrize("pc", [
    _en("Yet US actions run counter to those commitments.", previous=("own", "CN")),
    _en("US policy toward China has not changed.", previous=("own", "CN")),
    _zh("美国经济不会因此受益。", previous=("own", "CN")),  # already so: the oracle
])
def test_a_side_qualifying_a_noun_is_no_speaker(pc):
    assert pc.speaker != "counterpart"


def test_a_demand_after_a_point_on_a_sides_doings_is_the_speakers():
    from readouts.cues import readout_cues
    from readouts.records import Readout
    r = Readout.from_text("Wang said the US has made commitments on the Taiwan question.\n\n"
                          "Yet US actions run counter to those commitments.\n\n"
                          "The US should return faithfully to the three joint communiques.", side="CN", language="en")
    assert len(r.points) == 3
    cs = readout_cues(r, counterpart_side="US")
    assert cs[2].speaker == "own" and [(a.name, a.speaker) for a in cs[2].acts] == [("urged", "own")]


@pytest.mark.parametrize("text", [
    "The US side said it would help.",
    "He said the US had stated many times that it follows a one-China policy and does not support independence.",
])
def test_actors_before_other_words_still_speak(text):
    assert _en(text).speaker == "counterpart"


# --- 6. "Turning to X," opening a point is its subject's discussion of X, as "Касаясь X," is -----------

@pytest.mark.parametrize("pc", [
    _en("Turning to south-eastern Ukraine, the Minister told the Secretary of State to drop speculation.",
        side="RU", counterpart="US"),
    _ru("Касаясь ситуации на юго-востоке Украины, Министр призвал Госсекретаря отказаться от спекуляций."),
])
def test_turning_to_a_topic_is_a_discussion(pc):
    assert [(a.name, a.speaker) for a in pc.acts] == [("discussed", "own"), ("urged", "own")]


# --- 7. "как он выразился" inside a clause credits the words, no act, as "as he put it" and "по его
# словам" inside a clause do ------------------------------------------------------------------------

@pytest.mark.parametrize("pc", [
    _ru("Байден сосредоточился на, как он выразился, «угрожающих» перемещениях войск."),
    _en("Biden concentrated on, as he put it, 'threatening' movements of troops.", side="RU", counterpart="US"),
    _en("Biden concentrated on what he termed 'threatening' movements of troops.", side="RU", counterpart="US"),
])
def test_an_aside_on_whose_words_is_no_act(pc):
    assert [a.name for a in pc.acts] == ["discussed"]


# --- 8. an act set aside for another ("rather than demand", "而不是强求", "а не требовать") is none ----

@pytest.mark.parametrize("pc,names", [
    (_en("The key is to respect this difference rather than demand uniformity."), []),
    (_en("The two should talk instead of demand concessions."), []),
    (_ru("Главное — уважать различия, а не требовать единообразия."), []),
    (_zh("关键在于尊重这种不同，而不是强求一律。"), []),  # 强求 no act: the oracle
    (_en("China demands respect rather than lectures."), ["demanded"]),  # the act before it stays
])
def test_an_act_set_aside_is_no_act(pc, names):
    assert [a.name for a in pc.acts if a.name != "accepted"] == names
