"""Round 56, Russian cue and concept readings (and their English and Chinese twins): attention paid as a
statement; "гуманитарн" as people-to-people exchange only in "гуманитарные связи"; Tomahawk supplies
are no arms control."""
import pytest

from readouts.concepts import concepts

from helpers import ru_cues as _ru


# --- 1. attention paid: a statement, as "обращено внимание" / "attention was drawn to" are --------------

@pytest.mark.parametrize("text,act,name,speaker", [
    # passive59: attention paid with no one named is the two sides' discussion of the topic (lexicon
    # ``topic_raisings``), as "Затрагивались ..." is; one side's is its statement
    ("Было уделено внимание ситуации на Украине.", "уделено внимание", "discussed", "both"),
    ("Особое внимание было уделено вопросам безопасности.", "уделено", "discussed", "both"),
    ("Большое внимание уделено вопросам энергетики.", "уделено", "discussed", "both"),
    ("Много внимания было уделено Сирии.", "уделено", "discussed", "both"),
    ("Внимание уделялось вопросам торговли.", "уделялось", "discussed", "both"),
    ("Путин уделил особое внимание торговле.", "уделил особое внимание", "stated", "own"),
])
def test_attention_paid_is_a_statement_in_russian(text, act, name, speaker):
    assert [(a.name, a.text, a.speaker) for a in _ru(text).acts] == [(name, act, speaker)]


def test_attention_to_be_paid_is_no_statement():
    # an infinitive after an agreement is what was agreed, not a second act
    assert [a.name for a in _ru("Стороны договорились уделять больше внимания торговле.").acts] == ["agreed"]
    # the participle is an adjective ("the attention paid"), no act
    assert [a.text for a in _ru("Отметили уделенное внимание.").acts] == ["Отметили"]


# --- 2. "гуманитарн": humanitarian issues; people-to-people exchange only as ties and contacts ------------

@pytest.mark.parametrize("text", ["гуманитарная ситуация", "гуманитарный коридор", "гуманитарная помощь",
                                  "нормы международного гуманитарного права", "гуманитарные вопросы"])
def test_russian_humanitarian_bridges_to_no_exchange_even_literally(text):
    # English "humanitarian" is a humanitarian issue alone: so is Russian "гуманитарн", in the link
    # channels' literal reading too (it bridged "гуманитарная ситуация" to "people-to-people exchanges")
    assert "humanitarian" in concepts(text)
    assert "people_exchanges" not in concepts(text, literal=True)
    assert "people_exchanges" not in concepts("the humanitarian situation", literal=True)


@pytest.mark.parametrize("text", ["развивать гуманитарные связи", "культурно-гуманитарные контакты",
                                  "humanitarian ties", "cultural and humanitarian contacts"])
def test_humanitarian_ties_are_exchanges_not_a_humanitarian_issue(text):
    found = concepts(text)
    assert "people_exchanges" in found and "humanitarian" not in found


# --- 3. Tomahawk supplies are arms transfers, no arms control ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Trump raised the delivery of long-range Tomahawk missiles to Ukraine.",
    "Обсуждалась поставка Украине дальнобойных ракет «Томагавк».",
    "美方考虑向乌克兰提供“战斧”巡航导弹。",
    "向乌克兰提供战斧导弹",
])
def test_tomahawk_missiles_are_no_arms_control(text):
    assert "nuclear_arms_control" not in concepts(text)
    assert "ukraine" in concepts(text)
    assert "nuclear_arms_control" in concepts(text, literal=True)  # a missile is still a term both sides share


@pytest.mark.parametrize("text", ["missile defence", "ракетные вооружения средней дальности", "中导条约"])
def test_other_missiles_keep_their_reading(text):
    assert "nuclear_arms_control" in concepts(text)


def test_weapons_supplies_are_no_arms_control_either():
    assert "nuclear_arms_control" not in concepts("продолжающиеся поставки оружия США и НАТО", literal=True)


# --- 4. the audit of 30 Russian points (seed 5656): "со стороны X" --------------------------------------

def test_on_the_part_of_is_no_third_party():
    # 2021-05-19 -ru b14: "со стороны США" (on the US's part) named a third party "стороны" beside the US
    pc = _ru("С.В. Лавров отметил, что не увидел со стороны США отторжения этой концепции.")
    assert [(m.text, m.side) for m in pc.mentions] == [("Лавров", "RU"), ("США", "US")]
    pc = _ru("Путин указал на недопустимость провокаций со стороны Киева.")
    assert [m.text for m in pc.mentions] == ["Путин", "Киева"]


@pytest.mark.parametrize("text,act,speaker", [
    # "со стороны X было заявлено" is "it was stated by X", as "с российской стороны было отмечено" is
    ("Со стороны России было заявлено о готовности продолжить диалог.", ("stated", "заявлено"), "own"),
    ("Со стороны США было отмечено, что Вашингтон готов к контактам.", ("stated", "отмечено"), "counterpart"),
    ("Со стороны американской стороны было заявлено о готовности.", ("stated", "заявлено"), "counterpart"),
])
def test_on_the_part_of_marks_the_passive_agent(text, act, speaker):
    assert [((a.name, a.text), a.speaker) for a in _ru(text).acts] == [(act, speaker)]


# --- 5. short passive participles, as English "was proposed", "were discussed" ---------------------------

@pytest.mark.parametrize("text,act", [
    ("Российской стороной была предложена новая формула.", ("proposed", "предложена")),
    ("Был предложен план урегулирования.", ("proposed", "предложен")),
    ("Были обсуждены вопросы торговли.", ("discussed", "обсуждены")),
    ("Был обсуждён широкий круг вопросов.", ("discussed", "обсуждён")),
])
def test_short_passive_participles_are_acts(text, act):
    assert [(a.name, a.text) for a in _ru(text).acts] == [act]


def test_participles_as_adjectives_are_no_acts():
    assert [a.name for a in _ru("Путин поддержал предложенный план.").acts] == ["supported"]
    assert _ru("Обсужденные вопросы важны.").acts == ()


# --- 6. the Normandy format: the English forms of what Russian "нормандск" and Chinese "诺曼底" cover ------

@pytest.mark.parametrize("text", [
    # 2020-02-14 UA-RU a1 (English): its Russian twin's "нормандском формате" shared the literal term
    "They talked about the agreements reached at the Normandy summit in Paris.",
    "They discussed preparing the next meeting of the Normandy Four leaders.",
    "Work in the Normandy format should resume.",
    "В ходе встречи лидеров «нормандской четвёрки».",
    "诺曼底模式峰会",
])
def test_normandy_format_is_a_shared_term_in_every_language_but_no_minsk_agreement(text):
    assert "minsk" in concepts(text, literal=True)
    assert "minsk" not in concepts(text)


def test_normandy_landings_are_no_normandy_format():
    assert "minsk" not in concepts("the anniversary of the Normandy landings", literal=True)
