"""Round 60 (helper `scope`): rules round 59 left reaching further than they say: a stated view
dropped after any act of its sentence, not only a verb of saying; a speaker read from an act inside
an "if" clause; a concept's ``not`` phrase matched across punctuation."""
import pytest

from readouts.concepts import concepts
from readouts.cues import point_cues
from test_cues59twinb import _en, _ru, _zh


def _acts(cues):
    return [(a.name, a.speaker) for a in cues.acts]


# --- 1. a stated view after an act that is no verb of saying is an act of its own ---------------------

@pytest.mark.parametrize("text,acts", [
    ("Biden welcomed the progress and considered the meeting constructive.",
     [("welcomed", "counterpart"), ("stated", "counterpart")]),
    ("Xi urged the US to act and considered the step necessary.",
     [("urged", "own"), ("stated", "own")]),
    ("Both sides supported the plan and regarded it as important.",
     [("supported", "both"), ("stated", "both")]),
])
def test_a_view_joined_to_another_act_is_a_statement(text, acts):
    assert _acts(_en(text)) == acts


def test_a_view_joined_to_another_act_reads_as_in_russian_and_chinese():
    # the twins read the welcome and the view as two acts already
    assert [a.name for a in _ru("Лавров приветствовал прогресс и счёл встречу конструктивной.").acts] \
        == ["welcomed", "stated"]
    assert [a.name for a in _zh("王毅欢迎取得的进展，认为会晤富有建设性。").acts] == ["welcomed", "stated"]


@pytest.mark.parametrize("text", [
    "Xi said he believed results were possible.",                   # what a verb of saying reports
    "Xi warned he considered the step dangerous.",
    "Xi welcomed the fact that Biden considered the meeting constructive.",   # in a "that" clause
])
def test_a_view_a_saying_or_a_that_clause_reports_is_none_of_its_own(text):
    assert "stated" not in [a.name for a in _en(text).acts][1:]
    assert len(_en(text).acts) == 1


# --- 2. an act in a conditional clause is a hypothetical: its actor does not speak in the point ---------

@pytest.mark.parametrize("cues", [
    lambda: _en("If the US supports the plan, China welcomes it."),
    lambda: _en("Should the US agree, China would welcome it."),
    lambda: _ru("Если США поддержат план, Россия это приветствует."),
    lambda: _zh("如果美方表示支持，中方欢迎。"),
])
def test_the_speaker_is_the_main_clause_s_not_the_conditional_s(cues):
    pc = cues()
    assert pc.speaker == "own"
    # the hypothetical act is still read, as a modal one, its actor's
    assert pc.acts[0].speaker == "counterpart" and pc.acts[0].modal


def test_a_point_whose_only_act_is_hypothetical_names_no_speaker_by_it():
    pc = _en("Second, words must match deeds; if the US says one thing and does another, it will hurt its own image.")
    assert pc.speaker != "counterpart"
    assert [(a.name, a.speaker, a.modal) for a in pc.acts] == [("stated", "counterpart", True)]


def test_an_act_after_the_conditional_clause_is_still_read_as_done():
    # the main clause's act is its subject's, however the conditional clause before it reads
    assert _en("Biden said that if Russia invades, the US will respond.", "US", "RU").speaker == "own"
    assert _en("If the talks fail, Xi stressed, the blame lies with the US.").speaker == "own"


# --- 3. a concept's form, and its ``not`` phrase, are read within one clause ---------------------------

@pytest.mark.parametrize("text", [
    "He demanded his release, saying it was overdue.",           # "release say" is a press release's
    "He pressed for the release; say what you will, it matters.",
])
def test_a_not_phrase_does_not_reach_across_punctuation(text):
    assert "prisoners_detainees" in concepts(text)


def test_a_form_does_not_reach_across_punctuation_in_russian_and_chinese():
    # "мирное население" (civilians) is no peace settlement; "мирно: население ..." is one
    assert "peace_settlement" not in concepts("Мирное население страдает.")
    assert "peace_settlement" in concepts("Конфликт надо решить мирно: население устало от войны.")
    # a Chinese gapped ``not`` phrase ("释放…信号") keeps to one clause already
    assert "prisoners_detainees" in concepts("要求释放人质，这是积极信号。")


@pytest.mark.parametrize("text", [
    "The press release said so.",
    "They put peace, stability and trust first.",                   # a comma the form writes
    "They want peace stability.",
    "Они обсудили поставку ракет «Томагавк».",                      # quotation marks count for nothing
])
def test_what_a_not_phrase_holds_within_its_clause_is_still_excepted(text):
    assert not concepts(text) & {"prisoners_detainees", "peace_settlement", "nuclear_arms_control"}


def test_an_abbreviation_s_period_ends_no_clause():
    assert {"united_states", "troops_buildup"} <= concepts("U.S. forces in Europe")
    assert "consensus_implementation" not in concepts("Xi agreed, in what was called a gesture, to act.")
