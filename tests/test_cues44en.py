"""English cues of the forty-fourth round: an act after ", and" keeps the subject opening the sentence
(after a call frame too). The round's new English acts of saying ("noting that", "brought up", "saying")
were measured and reverted: they cost link F1 through the topic texts (benchmarks/QUALITY.md)."""
import pytest

from readouts.cues import point_cues


def _cues(text, side="US", counterpart="RU"):
    return point_cues(text, side=side, language="en", counterpart_side=counterpart)


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker) for a in _cues(text, **kw).acts]


@pytest.mark.parametrize("text,acts", [
    # a ", and <act>" after a call or meeting frame keeps the frame's subject, as with no comma
    ("Lavrov spoke by phone with Blinken, and urged Russia to de-escalate.", [("urged", "urged", "counterpart")]),
    ("Lavrov spoke by phone with Blinken and urged Russia to de-escalate.", [("urged", "urged", "counterpart")]),
    ("Secretary Blinken spoke by phone with Foreign Minister Lavrov, and urged Russia to de-escalate.",
     [("urged", "urged", "own")]),
    # ... as after any clause the sentence's subject opens
    ("Putin called TurkStream, finished some time ago, one of the most important routes, and said that it runs "
     "smoothly.", [("stated", "said", "counterpart")]),
])
def test_an_act_after_comma_and_keeps_the_sentence_subject(text, acts):
    assert _acts(text) == acts


def test_no_subject_opening_the_sentence_gives_none():
    assert _acts("During the call, the weather was fine, and urged calm.") == [("urged", "urged", "unspecified")]


def test_the_two_sides_opening_the_sentence_keep_an_act_after_comma_and():
    c = _cues("The two Foreign Ministers held a frank discussion on the border, and agreed on the points that follow.",
              side="IN", counterpart="CN")
    # (round 59: "held a frank discussion on" is the two sides' discussion too, no longer missed)
    assert [(a.name, a.speaker, a.commits) for a in c.acts] == [("discussed", "both", False), ("agreed", "both", True)]
