"""English cues of the forty-fourth round: an act after ", and" keeps the subject opening the sentence
(after a call frame too), and participial acts after a main clause ("noting that", "pointing out that")."""
import pytest

from readouts.cues import point_cues, topic_text


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


@pytest.mark.parametrize("text,act", [
    ("The Secretary welcomed the progress, noting that more work remains.", "noting"),
    ("The Secretary welcomed the progress, pointing out that more work remains.", "pointing out"),
    ("Lavrov said the talks were useful, adding that Russia would respond.", "adding that"),
    ("Noting that next year is the anniversary of ties, Blinken said the sides should plan events.", "Noting"),
    ("Recalling that the US had hosted talks, Blinken said it stood ready to help.", "Recalling"),
])
def test_participial_acts_of_saying_are_the_speaker_s_statements(text, act):
    c = _cues(text)
    got = [(a.name, a.strength, a.content) for a in c.acts if a.text == act]
    assert got == [("stated", 1, False)]
    assert act.casefold() not in topic_text(c).casefold()
    assert all(a.speaker != "unspecified" for a in c.acts)
