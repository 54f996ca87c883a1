"""Round 60, speech-act and speaker readings made to agree across languages, with the cross-lingual
twins of the corpus as the oracle (benchmarks/twin_cues.py): a Russian or Chinese point and its English
rendering say the same thing, so where their cues differ the reading of one language is wrong. Each
rule here is the one judged right in all three languages, never a language made to read worse to
match its twin."""
import pytest

from readouts.cues import point_cues


def _en(text: str, side: str = "CN", counterpart: str = "US", previous=None):
    return point_cues(text, side=side, counterpart_side=counterpart, language="en", previous_speaker=previous)


def _ru(text: str, previous=None):
    return point_cues(text, side="RU", counterpart_side="US", language="ru", previous_speaker=previous)


def _zh(text: str, previous=None):
    return point_cues(text, side="CN", counterpart_side="US", language="zh", previous_speaker=previous)


# --- 1. two sides joined opening a point with no act are both sides, as "中美" and "the two" are ----

@pytest.mark.parametrize("pc", [
    _en("China and the US are fully able to help each other succeed and to prosper together."),
    _en("The United States and China can achieve a great deal together.", side="US", counterpart="CN"),
    _ru("Россия и США могут многого добиться вместе."),
    _zh("中国和美国完全可以相互成就、共同繁荣。"),
    _zh("中美完全可以相互成就、共同繁荣。"),  # already so: the oracle the others follow
])
def test_two_sides_joined_with_no_act_are_both(pc):
    assert (pc.speaker, pc.speaker_side) == ("both", "both")


@pytest.mark.parametrize("pc,speaker", [
    # a demand laid on the two is whoever spoke before's, no word of theirs
    (_en("China and the US should respect each other.", previous=("own", "CN")), "own"),
    (_ru("Россия и США должны поддерживать постоянное взаимодействие.", previous=("own", "RU")), "own"),
    # a third party joined is no second side
    (_en("China and Russia have a strong partnership."), "own"),
])
def test_no_two_sides_where_not_joined_subjects(pc, speaker):
    assert pc.speaker == speaker


def test_two_sides_named_as_objects_are_no_speakers():
    assert _en("Peace benefits China and the US alike.").speaker != "both"
