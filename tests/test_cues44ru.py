"""Russian cues of the forty-fourth round: a side's noun phrase as one mention ("Российская сторона",
"оба президента"), connectives before "по его словам", acts the points' English translations read
("с удовлетворением отметили", "обмен оценками", "говорили о", "сделав акцент"), passives with their
noun, "решено" and "не приемлет"."""
import pytest

from readouts.cues import point_cues, topic_text


def _cues(text, side="RU", counterpart="US"):
    return point_cues(text, side=side, language="ru", counterpart_side=counterpart)


@pytest.mark.parametrize("text,mention,side,topic", [
    # a side's adjective with "сторона" in the nominative or accusative is one mention, as the
    # genitive "российской стороны" was: the topic text keeps no bare "сторона"
    ("Российская сторона подчеркнула важность диалога.", "Российская сторона", "RU", "важность диалога."),
    ("Американская сторона передала ответ.", "Американская сторона", "US", "передала ответ."),
    ("Он проинформировал украинскую сторону о ходе переговоров.", "украинскую сторону", "UA",
     "о ходе переговоров."),
    # "оба президента" is both sides whole, as "обе стороны" is (not "оба" with "президента" left)
    ("Оба президента заявили о готовности продолжить диалог.", "Оба президента", "both",
     "о готовности продолжить диалог."),
    ("Оба лидера положительно оценили совместную работу.", "Оба лидера", "both", "совместную работу."),
])
def test_a_side_noun_phrase_is_one_mention_and_leaves_the_topic_text(text, mention, side, topic):
    c = _cues(text)
    assert (mention, side) in [(m.text, m.side) for m in c.mentions]
    assert topic_text(c) == topic


def test_the_side_phrase_keeps_the_speaker():
    c = _cues("Российская сторона подтвердила готовность оказать содействие.")
    assert (c.speaker, c.speaker_side) == ("own", "RU")
    assert [(a.name, a.speaker) for a in c.acts] == [("reaffirmed", "own")]


@pytest.mark.parametrize("opener", ["Теперь", "В частности", "В целом", "Наконец", "Прежде всего", "В этой связи"])
def test_a_connective_before_an_attribution_opener_keeps_the_previous_speaker(opener):
    from readouts import Readout
    from readouts.cues import readout_cues
    r = Readout.from_text(f"Путин подчеркнул, что беседа была полезной. {opener}, по его словам, всё зависит от Киева.",
                          side="RU", language="ru")
    c = readout_cues(r, counterpart_side="US")[1]
    assert (c.speaker, c.speaker_side) == ("own", "RU")


def _acts(text, **kw):
    return [(a.name, a.text, a.strength, a.speaker) for a in _cues(text, **kw).acts]


@pytest.mark.parametrize("text,acts", [
    # "с удовлетворением отметили" is welcomed, as "voiced satisfaction" is; not a bare "noted"
    ("Лидеры с удовлетворением отметили рост товарооборота.",
     [("welcomed", "с удовлетворением отметили", 2, "both")]),
    ("Путин выразил удовлетворение ходом переговоров.", [("welcomed", "выразил удовлетворение", 2, "own")]),
    # "обмен оценками" is discussed, as "обмен мнениями" is
    ("Президенты продолжили обмен оценками ситуации вокруг Украины.",
     [("discussed", "обмен оценками", 0, "both")]),
    # "говорили (также) о" is discussed, as "spoke of" is
    ("Президенты говорили также о взаимной симпатии народов.", [("discussed", "говорили также о", 0, "both")]),
    ("Президенты, как всегда, говорили на одной волне.", []),
    # "сделать акцент" is stressed, as "emphasis" is: a gerund, a past tense and a passive
    ("Президенты обсудили положение в Сирии, сделав акцент на гуманитарных вопросах.",
     [("discussed", "обсудили", 0, "both"), ("stressed", "сделав акцент", 2, "both")]),
    ("Путин сделал особый акцент на гуманитарных вопросах.", [("stressed", "сделал особый акцент", 2, "own")]),
    ("Особый акцент был сделан на украинском кризисе.", [("stressed", "акцент был сделан", 2, "unspecified")]),
])
def test_satisfaction_an_exchange_of_assessments_speaking_of_and_emphasis_are_acts(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,acts", [
    # a passive with its noun is the act the active form with that noun is ("выразил признательность"),
    # with no speaker, as the passive "Подчеркнуто" has none
    ("Было выражено удовлетворение ходом переговоров.", [("welcomed", "выражено удовлетворение", 2, "unspecified")]),
    ("Выражена признательность за организацию встречи.",
     [("welcomed", "Выражена признательность", 2, "unspecified")]),
    ("Была выражена обеспокоенность ситуацией.",
     [("expressed_concern", "выражена обеспокоенность", 2, "unspecified")]),
    # a bare passive "выражена" stays a statement
    ("Выражена надежда, что переговоры продолжатся.", [("stated", "Выражена", 1, "unspecified")]),
    # "было решено" is agreed, as "decided" is
    ("Было решено продолжить контакты.", [("agreed", "решено", 2, "unspecified")]),
])
def test_russian_passives_of_satisfaction_concern_and_decision(text, acts):
    assert _acts(text) == acts


def test_not_accepting_is_a_negated_acceptance():
    c = _cues("Российская сторона категорически не приемлет такие подходы.")
    assert [(a.name, a.text, a.negated, a.commits, a.speaker) for a in c.acts] == [
        ("accepted", "приемлет", True, True, "own")]
    assert not c.claims  # a refusal claims no acceptance


@pytest.mark.parametrize("text,acts", [
    # the imperfective passive is a statement by no one named, as "Отмечено" is
    ("Отмечалась важность диалога.", [("stated", "Отмечалась", 1, "unspecified")]),
    ("Указывалось, что санкции незаконны.", [("stated", "Указывалось", 1, "unspecified")]),
    # the present tense "осуждает" is opposed, as "осудил" and "осуждаем" are, also inside what a
    # passive reports
    ("Россия осуждает удары по мирным жителям.", [("opposed", "осуждает", 3, "own")]),
    ("Было подчёркнуто, что Москва решительно осуждает теракт.",
     [("stressed", "подчёркнуто", 2, "unspecified"), ("opposed", "осуждает", 3, "own")]),
])
def test_imperfective_passives_and_the_present_of_condemning(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text,acts", [
    # "настаивал на том, что" is insisting that something is so, stressed, as "insisted that" is ...
    ("Российская сторона настаивала на том, что споры должны решаться дипломатическими средствами.",
     [("stressed", "настаивала на том, что", 2, "own")]),
    ("Лавров настоял на том, что санкции должны быть сняты.", [("stressed", "настоял на том, что", 2, "own")]),
    # ... while insisting on a thing is still a demand of it, urged, as "insisted on" is
    ("Лавров настаивал на выводе войск.", [("urged", "настаивал", 3, "own")]),
])
def test_insisting_that_is_stressed_and_insisting_on_is_urged(text, acts):
    assert _acts(text) == acts


def _read(*texts):
    from readouts import Readout
    from readouts.cues import readout_cues
    return readout_cues(Readout.from_text(" ".join(texts), side="RU", language="ru"), counterpart_side="US")


@pytest.mark.parametrize("text,acts", [
    # a gerund after what an act reports and its comma is the reporting speaker's own act ...
    ("Лавров заявил, что санкции незаконны, подчеркнув, что Россия ответит.",
     [("stated", "заявил", "own", False), ("stressed", "подчеркнув", "own", False)]),
    ("Путин отметил, что ситуация сложная, выразив надежду на диалог.",
     [("stated", "отметил", "own", False), ("stated", "выразив", "own", False)]),
    # ... also where the reported clause's subject is of the speaker's side, other actors after it
    ("Лавров сообщил, что Россия поставит в Турцию зерно, отметив при этом, что это не альтернатива сделке.",
     [("stated", "сообщил", "own", False), ("stated", "отметив", "own", False)]),
    # ... but not where that subject is of the other side, who may be the gerund's subject
    ("Лавров заявил, что Вашингтон несёт ответственность, подчеркнув необходимость диалога.",
     [("stated", "заявил", "own", False)]),
    # a gerund between the reported subject and its verb stays that subject's
    ("Лавров сказал, что Вашингтон, признав ошибку, согласился вернуться к переговорам.",
     [("stated", "сказал", "own", False), ("accepted", "признав", "counterpart", True),
      ("agreed", "согласился", "counterpart", True)]),
])
def test_a_gerund_after_a_reported_clause_is_the_reporting_speakers_act(text, acts):
    assert [(a.name, a.text, a.speaker, a.content) for a in _cues(text).acts] == acts


def test_a_trailing_gerund_after_he_goes_on_from_the_previous_speaker():
    c = _read("Путин подчеркнул важность диалога.",
              "Он сообщил, что Россия поставит зерно, отметив при этом, что это не альтернатива сделке.")[1]
    assert [(a.text, a.speaker, a.speaker_side) for a in c.acts] == [("сообщил", "own", "RU"), ("отметив", "own", "RU")]
