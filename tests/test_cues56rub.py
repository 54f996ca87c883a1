"""Russian cue readings (round 56b): a name whose later words are lower case is one named entity
("Второй мировой войне", "Войне за независимость", "Договору о СНВ"); a holder's title in the
genitive after "со стороны" is the passive's agent, one after the noun it qualifies no speaker."""
from helpers import ru_cues as _ru


def _names(text: str) -> list[str]:
    return [e.text for e in _ru(text).entities]


# --- 1. a name runs on over its lower-case words ------------------------------------------------

def test_adjective_name_takes_agreeing_adjectives_and_noun():
    assert _names("Лидеры напомнили, что во Второй мировой войне две страны были союзниками.") \
        == ["Второй мировой войне"]


def test_war_of_independence_and_civil_war():
    text = ("С российской стороны было отмечено, что Россия сыграла важную роль — в Войне за "
            "независимость 250 лет назад, а затем и в Гражданской войне, завершившейся 160 лет назад.")
    pc = _ru(text)
    assert [e.text for e in pc.entities] == ["Войне за независимость", "Гражданской войне"]
    # the years stay numbers of their own, outside the name
    assert {"num:250", "num:160"} <= set(pc.details)


def test_treaty_and_its_acronym_are_one_name():
    assert _names("Президенты подтвердили необходимость консультаций, в том числе по Договору о СНВ.") \
        == ["Договору о СНВ"]


def test_three_letter_noun_and_genitive_name_after_it():
    assert _names("Россия пригласила экспертов Международного комитета Красного Креста в Еленовку.") \
        == ["Международного комитета Красного Креста", "Еленовку"]
    assert "Вооруженных сил" in _names("Это результат ракетного удара Вооруженных сил Украины по изолятору.")


def test_sentence_initial_capital_opens_no_name():
    # "Второй" opening a sentence is capitalised as a sentence's first word: not run on over
    # "раунд консультаций" as a name's first word is
    names = _names("Он сказал это в Женеве. Второй раунд консультаций пройдёт позже.")
    assert not any("раунд" in n for n in names)
    assert not any("раунд" in n for n in _names("Второй раунд консультаций пройдёт позже."))


def test_adjectives_that_do_not_agree_end_no_name():
    # "Второй" (feminine) and "мировых" (plural) do not agree: no name of three words
    assert "Второй мировых войн" not in _names("Речь шла о Второй мировых войн итогах.")


def test_lower_case_title_is_no_entity():
    # a title in lower case ("наследного принца", the crown prince) names a holder, not a named
    # entity, as "президента" does; the holder's name after it is one
    pc = _ru("Обсуждались договорённости Президента России В.В. Путина и наследного принца о развитии отношений.")
    assert not any("принц" in e.text for e in pc.entities)
    pc = _ru("Лавров был принят наследным принцем Мухаммедом бен Сальманом.")
    assert [e.text for e in pc.entities] == ["Мухаммедом бен Сальманом"]


# --- 3. genitive titles ----------------------------------------------------------------------------

def test_genitive_title_after_so_storony_speaks():
    pc = _ru("Со стороны Президента США было подчёркнуто, что важно продолжить диалог.")
    assert (pc.speaker, pc.speaker_side) == ("counterpart", "US")
    assert [(a.name, a.speaker_side) for a in pc.acts] == [("stressed", "US")]


def test_initials_after_so_storony_speak():
    pc = _ru("Со стороны Д. Трампа было подчёркнуто, что важно продолжить диалог.")
    assert (pc.speaker, pc.speaker_side) == ("counterpart", "US")


def test_instrumental_title_after_s_is_no_agent():
    # "с Президентом США": with the US President, no agent
    pc = _ru("В ходе разговора с Президентом США было подчёркнуто, что важно продолжить диалог.")
    assert pc.speaker == "unspecified"


def test_genitive_title_after_a_noun_names_no_speaker():
    pc = _ru("Подготовка саммита начнётся с телефонного контакта Министра иностранных дел Сергея Лаврова "
             "и Государственного секретаря США Марко Рубио; после того как они проделают определённую "
             "работу, станет понятнее, когда может состояться саммит.")
    assert pc.speaker == "unspecified"


def test_genitive_title_of_an_invitation_names_no_speaker():
    pc = _ru("По приглашению Министра иностранных дел России С.В. Лаврова было подчёркнуто, что важно продолжить диалог.")
    assert pc.speaker == "unspecified"
    pc = _ru("Визит состоится по приглашению Министра иностранных дел России.")
    assert pc.speaker == "unspecified"


def test_genitive_title_after_so_storony_alone_still_speaks():
    pc = _ru("Со стороны Министра было подчёркнуто, что важно продолжить диалог.")
    assert (pc.speaker, pc.speaker_side) == ("own", "RU")


# --- audit: "По его словам, ..." is his statement, as "He said ..." is -----------------------------

def _ru_after(previous: str, text: str):
    from readouts.cues import pair_cues
    from readouts.records import Readout
    ru = Readout.from_points([previous, text], side="RU", language="ru")
    en = Readout.from_points(["Secretary Blinken spoke with Foreign Minister Lavrov."], side="US", language="en")
    return pair_cues(en, ru)[1][1]


def test_po_ego_slovam_opening_a_point_is_a_statement():
    pc = _ru_after("С.В. Лавров отметил, что разговор был полезным.",
                   "По его словам, разговор показался ему конструктивным.")
    assert [(a.name, a.text, a.speaker_side) for a in pc.acts] == [("stated", "По его словам", "RU")]
    pc = _ru_after("С.В. Лавров отметил, что разговор был полезным.",
                   "Теперь, по его словам, всё зависит от того, найдут ли стороны компромиссы.")
    assert [(a.name, a.speaker_side) for a in pc.acts] == [("stated", "RU")]


def test_po_ego_slovam_makes_the_acts_after_it_reported():
    # "По его словам, ... назвал Дональд Трамп, и Владимир Путин ... поддержал": the narrator's
    # report of what the leaders did, his point (as "He said Budapest had been named by Trump")
    pc = _ru_after("Юрий Ушаков сообщил, что разговор был полезным.",
                   "По его словам, Будапешт в качестве места встречи первым назвал Дональд Трамп, "
                   "и Владимир Путин сразу же поддержал это предложение.")
    assert (pc.speaker, pc.speaker_side) == ("own", "RU")
    assert all(a.content for a in pc.acts if a.name != "stated")


def test_po_ego_slovam_inside_a_clause_is_no_act():
    pc = _ru("Стороны договорились продолжать совместную работу, которая, по его словам, идёт неплохо.")
    assert [a.name for a in pc.acts] == ["agreed"]
