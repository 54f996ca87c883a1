"""Russian cue readings, round 55 (b): the call frame only where a point announces the call or has
it as its subject; impersonal emphasis ("особый акцент был сделан на")."""
import pytest

from helpers import en_cues as _en, ru_cues as _ru


# --- 1. the call frame -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the call announced: it took place, someone held it, it is the subject of a description
    "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом Трампом.",
    "Состоялась беседа Министра иностранных дел России с Государственным секретарём США.",
    "Отвечая на вопросы, Юрий Ушаков сообщил, что разговор состоялся по инициативе российской стороны.",
    "Разговор был продолжительным и весьма содержательным.",
    "Разговор носил содержательный и конструктивный характер.",
    "Владимир Путин провёл разговор с Президентом США.",
])
def test_a_point_that_announces_the_call_frames_it(text):
    assert _ru(text).call_frame is True


@pytest.mark.parametrize("text", [
    # someone's assessment of the call: the call is the object, not framed ("Ushakov called the
    # conversation frank" is no frame in English either)
    "Юрий Ушаков назвал разговор откровенным, деловым и конкретным.",
    "По его словам, разговор показался ему конструктивным.",
    # a topic point: what took place is an exchange of views, not the call
    "Состоялся обмен мнениями о ситуации вокруг Украины.",
    "Состоялось обсуждение ситуации на Ближнем Востоке.",
])
def test_a_point_that_only_names_the_call_or_a_topic_frames_nothing(text):
    assert _ru(text).call_frame is False


def test_english_twins_read_the_same():
    assert _en("Ushakov called the conversation frank, businesslike and specific.").call_frame is False
    assert _en("Views were exchanged on the situation around Ukraine.").call_frame is False
    assert _en("The conversation was long and very substantive.").call_frame is True


# --- 2. impersonal emphasis --------------------------------------------------------------------------

@pytest.mark.parametrize("text,act,speaker", [
    # "X received special emphasis" is stressed in English ("emphasi*"): so is the Russian passive
    ("Особый акцент был сделан на украинском кризисе: Владимир Путин дал подробную оценку ситуации.",
     "акцент был сделан", "unspecified"),
    ("Был сделан особый акцент на вопросах безопасности.", "сделан особый акцент", "unspecified"),
    # and the active forms, as "emphasised" is
    ("Путин сделал акцент на необходимости политического урегулирования.", "сделал акцент", "own"),
    ("Стороны обсудили торговлю с акцентом на энергетике.", "с акцентом на", "both"),
    ("Было акцентировано внимание на гуманитарных вопросах.", "акцентировано", "unspecified"),
    ("В ходе беседы акцент делался на вопросах торговли.", "акцент делался", "unspecified"),
])
def test_an_emphasis_made_is_stressed(text, act, speaker):
    stressed = [a for a in _ru(text).acts if a.name == "stressed"]
    assert [(a.text, a.speaker) for a in stressed] == [(act, speaker)]


def test_english_twin_of_the_emphasis_is_stressed_too():
    pc = _en("The Ukrainian crisis received special emphasis: Putin gave a detailed assessment.")
    assert [a.name for a in pc.acts] == ["stressed"]


@pytest.mark.parametrize("text,act,speaker", [
    # "обращено внимание на" is a statement in Russian: so is its English twin "attention was drawn to"
    ("At the same time, attention was drawn to the futility of any attempt to drag out the talks.",
     "attention was drawn to", "unspecified"),
    ("Attention was also drawn to the shelling of Donetsk.", "Attention was also drawn to", "unspecified"),
    ("Putin drew attention to continuing attacks on civilians.", "drew attention to", "counterpart"),
])
def test_attention_drawn_is_a_statement_in_english_as_in_russian(text, act, speaker):
    assert [(a.name, a.text, a.speaker) for a in _en(text).acts] == [("stated", act, speaker)]
    ru = _ru("Вместе с тем обращено внимание на бесперспективность любых попыток затягивать переговоры.")
    assert [a.name for a in ru.acts] == ["stated"]


def test_attention_drawn_by_an_event_is_no_act():
    assert _en("The incident drew international attention to the region.").acts == ()
