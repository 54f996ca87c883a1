"""English cue readings, round 55 (c): an infinitive act after a directive ("proposed to agree") or
a wish or attempt ("wants to agree", "tried to agree") is no agreement made; a passive with a
negation or a time adverb after its auxiliary ("was not discussed", "were later told") is still a
passive; an appositive between two actors joined by "and" keeps them joined; "both" after a subject
that names no actor is no mention of the two sides."""
import pytest

from readouts.cues import point_cues


def _cues(text, side="CN", counterpart="US", participants=()):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker) for a in _cues(text, **kw).acts]


# -- 2. "proposed to agree", "wants to agree": no agreement made -------------------------------

@pytest.mark.parametrize("verb", ["proposed", "offered", "suggested"])
def test_infinitive_after_a_directive_is_what_was_proposed(verb):
    c = _cues(f"The two sides {verb} to agree on a new schedule for talks.")
    assert [a.name for a in c.acts] == ["proposed"]
    assert not c.commits


@pytest.mark.parametrize("verb", ["want", "wanted", "tried", "attempted", "sought"])
def test_wish_or_attempt_to_agree_is_no_firm_agreement(verb):
    c = _cues(f"The two sides {verb} to agree on a new schedule for talks.")
    assert [(a.name, a.speaker, a.modal) for a in c.acts] == [("agreed", "both", True)]
    assert not c.commits


def test_managed_to_agree_is_an_agreement_made():
    c = _cues("The two sides managed to agree on a new schedule for talks.")
    assert [(a.name, a.speaker, a.modal) for a in c.acts] == [("agreed", "both", False)]
    assert c.commits


def test_directive_with_an_addressee_is_unchanged():
    assert _acts("Xi urged Biden to agree on a new schedule.", participants=["Xi Jinping"]) == [
        ("urged", "urged", "own")]
    c = _cues("Xi proposed that the two sides agree on a new schedule.", participants=["Xi Jinping"])
    assert [(a.name, a.speaker) for a in c.acts] == [("proposed", "own"), ("agreed", "both")]


# -- 3. a negated passive: the actor inside the subject is no speaker -------------------------

def test_negated_passive_has_no_speaker():
    c = _cues("A meeting of the two presidents was not discussed.", side="US", counterpart="RU")
    assert [(a.name, a.speaker, a.negated) for a in c.acts] == [("discussed", "unspecified", True)]
    assert c.speaker != "both"


def test_negated_passive_of_an_addressee():
    c = _cues("Lavrov was never told about the plan.", side="US", counterpart="RU")
    assert [(a.name, a.speaker) for a in c.acts] == [("stated", "unspecified")]


def test_negated_active_keeps_its_speaker():
    c = _cues("The two presidents did not discuss a meeting.", side="US", counterpart="RU")
    assert [(a.name, a.speaker, a.negated) for a in c.acts] == [("discussed", "both", True)]


# -- 4. the press told, a time adverb between ----------------------------------------------------

@pytest.mark.parametrize("text", ["Reporters were later told the details of the arrangement.",
                                  "The media will then be briefed on the outcome."])
def test_press_told_later_is_no_act(text):
    assert _acts(text) == []


def test_actor_told_later_is_addressed():
    assert _acts("Lavrov was later told that the plan stood.", side="US", counterpart="RU") == [
        ("stated", "told", "unspecified")]


def test_active_with_later_keeps_its_speaker():
    assert _acts("Xi later told Biden that the plan stood.", participants=["Xi Jinping"]) == [
        ("stated", "told", "own")]
