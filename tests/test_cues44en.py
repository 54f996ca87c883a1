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


@pytest.mark.parametrize("text,act,name", [
    # raising or laying out a matter is a statement, as "raised", "outlined" and "set out" are
    ("Biden brought up Russia's brutal war on Ukraine.", "brought up", "stated"),
    ("The President laid out how the United States sees the crisis.", "laid out how", "stated"),
    ("Wang Yi laid out in full China's solemn position on the Taiwan question.",
     "laid out in full China's solemn position", "stated"),
    ("Biden argued that the alternative proposals could not work.", "argued that", "stated"),
    ("Trump reacted at once, saying the idea impressed him.", "saying", "stated"),
    ("Putin closed by saying again that he was very glad to meet Erdogan.", "saying", "stated"),
])
def test_more_english_acts_of_saying(text, act, name):
    c = _cues(text, side="CN", counterpart="US") if "Wang" in text else _cues(text)
    got = [(a.name, a.text, a.negated) for a in c.acts]
    assert got == [(name, act, False)]
    assert c.acts[0].speaker != "unspecified"


def test_laying_out_a_blueprint_is_no_act():
    # only a way of seeing or a position is laid out as a statement; "had laid out a new blueprint" is not
    assert _acts("Wang said the Third Plenary Session had laid out a new blueprint.", side="CN", counterpart="US") \
        == [("stated", "said", "own")]


@pytest.mark.parametrize("text,act", [
    ("Xi said the US should turn its commitments into action instead of saying one thing and doing another.", "saying"),
    ("The key is to respect this difference rather than demand uniformity.", "demand"),
])
def test_instead_of_and_rather_than_negate_the_act(text, act):
    assert [a.negated for a in _cues(text, side="CN", counterpart="US").acts if a.text == act] == [True]


def test_the_two_sides_opening_the_sentence_keep_an_act_after_comma_and():
    c = _cues("The two Foreign Ministers held a frank discussion on the border, and agreed on the points that follow.",
              side="IN", counterpart="CN")
    assert [(a.name, a.speaker, a.commits) for a in c.acts] == [("agreed", "both", True)]


@pytest.mark.parametrize("text,act", [
    ("Blinken pushed back on Russia's claims about NATO.", "pushed back on"),
    ("Blinken pushed back against the idea of spheres of influence.", "pushed back against"),
])
def test_pushing_back_is_opposition(text, act):
    assert [(a.name, a.text, a.polarity, a.speaker) for a in _cues(text).acts] == [("opposed", act, -1, "own")]
