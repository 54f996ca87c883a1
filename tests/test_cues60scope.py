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
