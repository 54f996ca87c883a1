"""Round 59, speech-act readings made to agree across languages, with the cross-lingual twins of the
corpus as the oracle (a Russian or Chinese point and its English version say the same thing, so they
should get the same acts): English verbs of naming ("called the Taiwan question the core ...", "which
Xi called very dangerous") state, as "назвал" and "称" do; a hope or an importance that is the subject
of a passive ("Hope was expressed that ...") governs no act, as "Выражена надежда" does not; a list
after a modal or a Chinese future reaches past an actor in the possessive and past a comma; 期待 is a
hope stated, as "looks forward to" is; 高度关注 is concern, as "highly concerned about" is; 再次阐明
restates; "настаивал на том, что" insists that (stressed), as "insisted that" does; "put forward a
proposal" and "will propose" propose, as 提出 and "предложит" do; "hold that" states, as "holds that"
does; "addressed the situation" is a discussion, as "коснулись ситуации" is; "表示欢迎" is one welcome."""
import pytest

from readouts.cues import point_cues

from helpers import acts_text as _acts, ru_cues as _ru, zh_cues as _zh


def _en(text: str, side: str = "CN", counterpart: str = "US"):
    return point_cues(text, side=side, counterpart_side=counterpart, language="en")


# --- 1. a verb of naming that calls a thing something is a statement ---------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Yang called the Taiwan question the most important and sensitive core issue.", "own"),
    ("Trump called the US and China the most important countries in the world.", "counterpart"),
    ("He called this trend very dangerous, like playing with fire.", "unspecified"),
    ("Xi called these steps useful.", "own"),
    ("Some people in the US are sending wrong signals to separatist forces, which Xi called very dangerous.", "own"),
    ("They discussed the flagship bill, which Trump calls the 'big beautiful bill'.", "counterpart"),
])
def test_naming_a_thing_something_is_a_statement(text, speaker):
    acts = [(a.name, a.speaker) for a in _en(text).acts]
    assert ("stated", speaker) in acts
    # as its twins "назвал" and "称" are
    assert _acts(_ru("Ян Цзечи назвал тайваньский вопрос важнейшим.")) == [("stated", "назвал")]
    assert _acts(_zh("习近平称这非常危险。")) == [("stated", "称")]


@pytest.mark.parametrize("text", [
    "Biden called Putin on Monday.",
    "Biden called the Russian President the day after.",
    "They would begin by calling Ukrainian President Zelensky.",
    "The sides discussed safe zones, also called de-escalation zones.",
    "They discussed the so-called rules-based order.",
])
def test_a_call_or_a_name_is_no_statement(text):
    assert "stated" not in [a.name for a in _en(text).acts]


def test_called_for_is_still_urging():
    assert _acts(_en("Biden called for restraint.")) == [("urged", "called for")]


# --- 2. a modal noun in a passive's subject governs no act -------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Hope was expressed that the Ukrainian representatives would take a more constructive approach.", "stated"),
    ("The importance of dialogue was stressed.", "stressed"),
    ("The need for dialogue has been underlined.", "stressed"),
])
def test_a_modal_noun_as_passive_subject_is_no_modal(text, name):
    (act,) = _en(text).acts
    assert act.name == name and not act.modal
    # as its Russian twin
    (ru,) = _ru("Выражена надежда, что переговоры будут успешными.").acts
    assert not ru.modal


def test_a_modal_before_be_still_governs_the_passive():
    (act,) = _en("The importance of dialogue must be stressed.").acts
    assert act.modal


# --- 3. a list after a modal or a Chinese future ------------------------------------------------------

def test_a_possessive_actor_is_no_new_subject_of_a_modal_list():
    text = ("They should prepare fully for the leaders' meeting due before the end of the year, push dialogue "
            "forward, oppose decoupling.")
    (act,) = _en(text, "CN", "EU").acts
    assert act.name == "opposed" and act.modal
    # a new subject still ends the list
    (act,) = _en("They should prepare for the meeting, and Russia opposes decoupling.", "CN", "EU").acts
    assert not act.modal


def test_a_chinese_future_reaches_the_verbs_of_its_list():
    acts = _zh("双方将积极探讨增加中美之间的客运航班，欢迎更多学生、学者和工商界人士双向往来。").acts
    assert [(a.name, a.modal) for a in acts] == [("discussed", True), ("welcomed", True)]
    # as "will actively discuss ... and will welcome" in English
    en = _en("They will actively discuss adding flights and will welcome more students.").acts
    assert [(a.name, a.modal) for a in en] == [("discussed", True), ("welcomed", True)]


@pytest.mark.parametrize("text", [
    "双方将积极探讨增加航班，美方欢迎更多学生往来。",   # a new subject
    "双方将积极探讨增加航班。双方欢迎更多学生往来。",   # a new sentence
    "双方将积极探讨增加航班，但欢迎更多学生往来。",     # a contrast
])
def test_a_chinese_future_stops_at_a_new_clause(text):
    assert [a.modal for a in _zh(text).acts] == [True, False]


# --- 4. 期待, 高度关注, 再次阐明, 表示 + act ------------------------------------------------------------

def test_looking_forward_is_a_statement_in_chinese_as_in_english():
    assert [(a.name, a.speaker) for a in _zh("他期待同中方加强气候变化等领域合作。").acts] == [("stated", "unspecified")]
    assert [a.name for a in _zh("博雷利期待同中方加强合作。").acts] == ["stated"]
    assert [a.name for a in _en("He looked forward to stronger cooperation with China.").acts] == ["stated"]


@pytest.mark.parametrize("text", ["世界期待美中开展合作。", "这不符合国际社会的期待。"])
def test_an_expectation_of_no_actor_is_no_act(text):
    assert _zh(text).acts == ()


def test_high_attention_is_concern():
    assert _acts(_zh("中方对当前局势高度关注。")) == [("expressed_concern", "高度关注")]
    assert [a.name for a in _en("China is highly concerned about the situation.").acts] == ["expressed_concern"]
    assert [a.name for a in _ru("Лавров выразил обеспокоенность ситуацией.").acts] == ["expressed_concern"]


def test_setting_out_again_restates():
    assert [a.name for a in _zh("习近平再次阐明中方的原则立场。").acts] == ["reaffirmed"]
    assert [a.name for a in _en("Xi restated China's principled position.").acts] == ["reaffirmed"]
    assert [a.name for a in _ru("Лавров вновь заявил, что Россия готова к диалогу.").acts] == ["reaffirmed"]


@pytest.mark.parametrize("text,name", [("中方表示欢迎。", "welcomed"), ("中方表示支持。", "supported"),
                                       ("中方表示反对。", "opposed"), ("中方表示赞赏。", "welcomed")])
def test_expressing_an_act_is_that_act_alone(text, name):
    # as English "welcomed", not a statement and a welcome
    assert [a.name for a in _zh(text).acts] == [name]


# --- 5. insisting that, putting forward, proposing, holding that, addressing ---------------------------

def test_insisting_that_stresses_and_insisting_on_urges():
    assert [a.name for a in _ru("Российская сторона настаивала на том, что все споры должны решаться мирно.").acts] \
        == ["stressed"]
    assert [a.name for a in _en("The Russian side insisted that disputes must be settled peacefully.").acts] \
        == ["stressed"]
    assert [a.name for a in _ru("Он настаивал на том, чтобы войска ушли.").acts] == ["urged"]
    assert [a.name for a in _ru("Он настаивал на выводе войск.").acts] == ["urged"]


@pytest.mark.parametrize("text", [
    "China has put forward a six-point initiative on the humanitarian situation.",
    "The two sides put forward a series of constructive proposals.",
    "Modi put forward proposals for improving the relationship.",
])
def test_putting_forward_a_proposal_proposes(text):
    assert "proposed" in [a.name for a in _en(text).acts]
    assert [a.name for a in _zh("中方已提出六点倡议。").acts] == ["proposed"]


@pytest.mark.parametrize("text", [
    "The initiatives put forward by President Xi show the right way.",
    "He argued that the alternative proposals put forward could not work.",
    "Trump said he would consider what Putin had put forward.",
])
def test_a_proposal_put_forward_before_is_none(text):
    assert "proposed" not in [a.name for a in _en(text).acts]


def test_will_propose_is_a_modal_proposal():
    acts = [(a.name, a.modal) for a in _en("Russia will propose a memorandum to Ukraine.", "RU", "US").acts]
    assert acts == [("proposed", True)]
    assert [(a.name, a.modal) for a in _ru("Россия предложит Украине меморандум.").acts] == [("proposed", True)]
    # the bare verb is an act only after an auxiliary
    assert "proposed" not in [a.name for a in _en("They discussed how to propose a plan.").acts]


def test_hold_that_states():
    acts = _en("Xi stressed that he and Biden both hold that the two countries should respect each other.").acts
    assert [a.name for a in acts] == ["stressed", "stated"]
    assert [a.name for a in _zh("两国元首都认为通话是建设性的。").acts] == ["stated"]


def test_addressing_the_situation_is_a_discussion():
    assert _acts(_en("They also briefly addressed the situation around Iran's nuclear programme.")) \
        == [("discussed", "addressed the situation")]
    assert [a.name for a in _ru("Собеседники также кратко коснулись ситуации вокруг Ирана.").acts] == ["discussed"]
    assert _en("Legitimate concerns should be addressed.").acts == ()
