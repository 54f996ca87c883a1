"""Russian cue readings: place adjectives with their nouns in names, a title's portfolio in a
speaker's span, "беседа" as the call in a frame (round 54)."""
from readouts.cues import compare_cues, name_evidence_end

from helpers import en_cues as _en, ru_cues as _ru


# --- 1. a capitalised adjective takes the noun it qualifies --------------------------------------

def _evidence(pc):
    return [pc.text[e.start:name_evidence_end(pc, e)] for e in pc.entities]


def test_capitalised_adjective_quoted_with_its_noun():
    pc = _ru("Стороны обсудили ядерную проблему Корейского полуострова и ситуацию в Черном море.")
    assert _evidence(pc) == ["Корейского полуострова", "Черном море"]
    # the name is its words up to the noun, lower-case ones too: only its first word is
    # capitalised in Russian (round 56b; it was "Корейского", "Черном")
    assert [e.text for e in pc.entities] == ["Корейского полуострова", "Черном море"]


def test_adjectives_before_the_noun_are_quoted_too():
    pc = _ru("Лидеры напомнили, что во Второй мировой войне две страны были союзниками.")
    assert _evidence(pc) == ["Второй мировой войне"]


def test_adjective_name_runs_on_into_a_capitalised_name():
    pc = _ru("Россия пригласила экспертов Международного комитета Красного Креста посетить изолятор.")
    assert "Международного комитета Красного Креста" in _evidence(pc)


def test_sentence_opening_adjective_stays_no_name():
    # "Особое" is only the sentence's first word: no name, with or without its noun
    pc = _ru("Особое внимание было уделено вопросам торговли.")
    assert pc.entities == ()


def test_capitalised_noun_takes_no_lower_case_word():
    # "Стамбуле" is no adjective: the verb after it is no part of the name
    pc = _ru("Переговоры в Стамбуле возобновились после перерыва.")
    assert _evidence(pc) == ["Стамбуле"]


def test_lower_case_place_adjective_quoted_with_its_noun():
    ru = _ru("Собеседники рассмотрели ход реализации стамбульских договорённостей"
             " и вывоз зерна из черноморских портов.")
    en = _en("The two presidents discussed bilateral trade.")
    shift = compare_cues([ru], [en], [0], [0])
    quoted = [ru.text[c.start:name_evidence_end(ru, c)] for _, c in shift.extra_details_a]
    assert "стамбульских договорённостей" in quoted
    assert "черноморских портов" in quoted


# --- 2. a title's portfolio before the side's words ----------------------------------------------

def test_minister_with_portfolio_heads_the_speaker_span():
    text = "Министр иностранных дел российской стороны подчеркнул важность диалога."
    pc = _ru(text)
    assert (pc.speaker, pc.speaker_side) == ("own", "RU")
    assert text[slice(*pc.speaker_span)] == "Министр иностранных дел российской стороны"


def test_portfolio_span_for_the_counterpart():
    text = "Министр обороны американской стороны заявил о готовности к контактам."
    pc = _ru(text)
    assert (pc.speaker, pc.speaker_side) == ("counterpart", "US")
    assert text[slice(*pc.speaker_span)] == "Министр обороны американской стороны"


# --- 3. "беседа" as the call ---------------------------------------------------------------------

def test_conversation_described_frames_the_call():
    assert _ru("В целом беседа была охарактеризована как откровенная и деловая.").call_frame


def test_conversation_passed_frames_the_call():
    assert _ru("Беседа прошла в конструктивном ключе.").call_frame


def test_conversation_named_otherwise_frames_nothing():
    assert not _ru("По его оценке, беседа получилась очень содержательной.").call_frame
    assert not _ru("Стороны договорились поручить ведомствам проработку вопросов, поднятых в ходе беседы.").call_frame


# --- a topic named by such a name, whole --------------------------------------------------------

def test_topic_named_by_the_adjective_and_its_noun():
    from collections import Counter

    from readouts.flags import _terms, _topic_entities, _topic_name
    texts = ["Отмечено, что российские Вооруженные силы делают все возможное для защиты мирного населения.",
             "Путин подчеркнул, что Вооруженные силы наносят удары только по военной инфраструктуре."]
    cues = [_ru(t) for t in texts]
    terms = [_terms(t, pc) for t, pc in zip(texts, cues)]
    name = _topic_name([0, 1], terms, Counter(t for ts in terms for t in ts), texts, entities=_topic_entities(cues))
    assert "Вооруженные силы" in name.split(" / ")
