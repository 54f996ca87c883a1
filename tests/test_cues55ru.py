"""Russian cue readings (round 55): an infinitive act after a modal or an obligation ("должны
поддержать", "готовы согласиться") is a modal act, as "should support" and "ready to agree" are in
English; after a directive ("предложил договориться") it is what was asked, no act."""
import pytest

from readouts.cues import point_cues

from helpers import en_cues as _en, ru_cues as _ru


def _acts(pc):
    return [(a.name, a.text, a.modal, a.negated, a.commits) for a in pc.acts]


# --- 1. an infinitive after a modal or an obligation is a modal act -------------------------------

@pytest.mark.parametrize("text, name, word", [
    ("Стороны должны поддержать мирный процесс.", "supported", "поддержать"),
    ("Необходимо поддержать усилия ООН.", "supported", "поддержать"),
    ("Надо поддержать усилия посредников.", "supported", "поддержать"),
    ("Россия готова и впредь поддержать эти усилия.", "supported", "поддержать"),
    ("Россия намерена поддержать резолюцию.", "supported", "поддержать"),
    ("Стороны смогут поддержать усилия ООН.", "supported", "поддержать"),
    ("Россия готова согласиться с этим.", "agreed", "согласиться"),
    ("Россия готова признать этот результат.", "accepted", "признать"),
])
def test_infinitive_after_a_modal_is_a_modal_act(text, name, word):
    acts = _ru(text).acts
    assert [(a.name, a.text, a.modal) for a in acts] == [(name, word, True)]
    assert not any(a.firm_commitment for a in acts)  # owed or offered, nothing agreed


def test_russian_infinitive_matches_its_english_twin():
    ru = _ru("Российский президент выразил готовность поддержать эту инициативу.")
    en = _en("The Russian president expressed readiness to support this initiative.")
    assert [(a.name, a.modal) for a in ru.acts] == [("stated", False), ("supported", True)]
    en2 = _en("The sides should support the peace process.")
    ru2 = _ru("Стороны должны поддержать мирный процесс.")
    assert [(a.name, a.modal) for a in ru2.acts] == [(a.name, a.modal) for a in en2.acts] == [("supported", True)]
    assert en.acts[0].name == "stated"


def test_ability_keeps_the_infinitive_act_negated_or_done():
    assert _acts(_ru("Стороны не смогли договориться о дате.")) == [("agreed", "договориться", False, True, True)]
    done = _ru("Стороны сумели договориться о перемирии.")
    assert _acts(done) == [("agreed", "договориться", False, False, True)]
    assert done.commits  # "managed to agree": an agreement made


# --- 2. not after a directive, nor as "maintain" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Путин предложил договориться о встрече.",
    "Трамп предложил поддержать перемирие.",
    "Лавров призвал поддержать эти усилия.",
])
def test_infinitive_after_a_directive_is_what_was_asked(text):
    acts = _ru(text).acts
    assert [a.name for a in acts] in (["proposed"], ["urged"])
    assert not _ru(text).commits


@pytest.mark.parametrize("text", [
    "Стороны поддерживают постоянное взаимодействие.",
    "Стороны поддерживают тесные отношения.",
    "Стороны должны поддерживать тесные отношения.",
    "Стороны будут поддерживать контакты.",
])
def test_maintaining_ties_is_no_support(text):
    # "поддерживать" is "maintain" as often as "support": its infinitive is no act term (the corpus's
    # "должны поддерживать постоянное, профессиональное ... взаимодействие" is no support), and its
    # finite forms keep "maintain" apart by what they keep up
    assert _ru(text).acts == ()


def test_refusal_term_still_wins():
    assert _acts(_ru("Путин отказался поддержать этот план.")) == [
        ("supported", "отказался поддержать", False, True, False)]


# --- 3. the modals a Russian infinitive act needs: a future, "надо", "намерен" -----------------------

@pytest.mark.parametrize("text", [
    "Стороны будут обсуждать этот вопрос.",  # "will discuss"
    "Надо обсудить этот вопрос.",  # "need to discuss"
    "Россия намерена обсудить этот вопрос.",  # "intends to discuss"
    "Россия сможет обсудить этот вопрос.",  # "will be able to discuss"
])
def test_future_need_and_intent_are_modals(text):
    assert [(a.name, a.modal) for a in _ru(text).acts] == [("discussed", True)]


# --- 4. imperfective pasts and "обозначил": the statements English renders "said", "set out" --------

@pytest.mark.parametrize("text, name, word, past", [
    ("Как неоднократно заявлял Путин, Россия готова к диалогу.", "stated", "заявлял", True),
    ("Лавров ранее отмечал, что Россия открыта для переговоров.", "stated", "отмечал", True),
    ("Путин говорил, что Россия открыта для диалога.", "stated", "говорил", False),
    ("Путин обозначил подходы к политическому урегулированию.", "stated", "обозначил", False),
    ("Президенты говорили также о взаимной симпатии народов.", "discussed", "говорили также о", False),
    ("На встрече говорилось о торговле.", "discussed", "говорилось о", False),
    ("Россия всегда выступала за переговоры.", "supported", "выступала за", False),
    ("Путин предлагал провести встречу.", "proposed", "предлагал", False),
    ("Стороны осуждали терроризм.", "opposed", "осуждали", False),
])
def test_imperfective_pasts_are_acts(text, name, word, past):
    acts = _ru(text).acts
    assert (acts[0].name, acts[0].text, acts[0].past) == (name, word, past)


def test_imperfective_past_matches_english_twin():
    ru = _ru("Как неоднократно заявлял Путин, Россия готова к диалогу.")
    en = _en("As Putin has said many times, Russia is ready for dialogue.")
    assert [(a.name, a.past) for a in ru.acts] == [(a.name, a.past) for a in en.acts] == [("stated", True)]
    assert _en("The presidents also spoke of the sympathy between the peoples.").acts[0].name == \
        _ru("Президенты говорили также о взаимной симпатии народов.").acts[0].name == "discussed"


# --- 5. initials inside a titled name after the verb ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Как заявил Президент России В.В. Путин, Россия готова к диалогу.",
    "Как неоднократно заявлял Президент России В.В. Путин, Россия готова к диалогу.",
    "Об этом заявил Министр иностранных дел России С. В. Лавров.",
])
def test_inverted_subject_with_initials_is_the_speaker(text):
    pc = _ru(text)
    assert [(a.name, a.speaker) for a in pc.acts] == [("stated", "own")]
    assert pc.speaker == "own"


# --- 6. "две страны", "оба президента", "двух стран": the two sides, as "the two countries" ---------

@pytest.mark.parametrize("text, words", [
    ("Условлено, что ведомства двух стран будут поддерживать контакты.", ["двух стран"]),
    ("В частности, лидеры отметили рост товарооборота между двумя странами.", ["лидеры", "двумя странами"]),
    ("Оба президента заявили о готовности продолжить диалог.", ["Оба президента"]),
    ("Лидеры напомнили, что во Второй мировой войне две страны были союзниками.", ["Лидеры", "две страны"]),
    ("Предложения будут подготовлены для двух президентов.", ["двух президентов"]),
])
def test_the_two_countries_are_both_sides(text, words):
    pc = _ru(text)
    assert [m.text for m in pc.mentions if m.role == "both"] == words
    assert all(m.side == "both" for m in pc.mentions if m.text in words)


def test_the_two_countries_match_the_english_twin():
    ru = _ru("Условлено, что ведомства двух стран будут поддерживать контакты.")
    en = _en("It was agreed that the two countries' agencies would stay in contact.")
    assert [(m.side, m.role) for m in ru.mentions] == [(m.side, m.role) for m in en.mentions] == [("both", "both")]


# --- 7. "внутриукраинский" names Ukraine; "Теперь, по его словам, ..." goes on with the speaker -------

def test_intra_ukrainian_is_a_mention_of_ukraine():
    pc = _ru("Собеседники обсудили урегулирование внутриукраинского конфликта.")
    assert [(m.text, m.side, m.role) for m in pc.mentions if m.side == "UA"] == [
        ("внутриукраинского", "UA", "third")]


def test_now_as_his_words_is_the_previous_speakers():
    text = "Теперь, по его словам, всё зависит от того, проявят ли Россия и Украина стремление к миру."
    pc = point_cues(text, side="RU", counterpart_side="US", language="ru", previous_speaker=("own", "RU"))
    assert (pc.speaker, pc.speaker_side) == ("own", "RU")  # as "Вместо этого, по его словам, ..." is


# --- 8. a "-ся" passive: the actor before it is part of what was discussed -----------------------------

@pytest.mark.parametrize("text", [
    "По его словам, личная встреча двух президентов не обсуждалась.",
    "Личная встреча президентов России и США не обсуждалась.",
    "Вопрос Украины подробно обсуждался.",
])
def test_actor_before_a_reflexive_passive_is_no_speaker(text):
    # ("По его словам" opening a point is a statement of its own, round 56b)
    acts = [a for a in _ru(text).acts if a.text.casefold() != "по его словам"]
    # no word of the actor taken for a speaker; a discussion no one is named for is the two sides'
    # (imp58), save inside what "по его словам" reports, his report
    speaker = "unspecified" if text.startswith("По его словам") else "both"
    assert [(a.name, a.speaker, a.speaker_span) for a in acts] == [("discussed", speaker, None)]


def test_reflexive_passive_keeps_the_active_verbs_speaker():
    assert [(a.text, a.speaker) for a in _ru("Путин и Трамп обсудили Украину.").acts] == [("обсудили", "both")]
    # "договорились" ends in "-сь" but is active: the sides agreed
    assert [(a.text, a.speaker) for a in _ru("Стороны договорились о встрече.").acts] == [("договорились", "both")]
