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
    # the two presidents inside the subject are no speaker (no words of theirs taken for one); the
    # discussion no one is named for is the two sides' not discussing it (imp58: "X was discussed" is
    # read as "The conversation covered X", in all three languages)
    assert [(a.name, a.speaker, a.negated, a.speaker_span) for a in c.acts] == [("discussed", "both", True, None)]


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


# -- 1. an appositive between two actors joined by "and" --------------------------------------

APPOSED = ("Chinese SR Wang Yi, Politburo member and Director of the Office of the Central Foreign "
           "Affairs Commission, and Indian SR and National Security Adviser Doval held substantive "
           "discussions on the boundary question in a constructive manner and arrived at a six-point consensus.")


@pytest.mark.parametrize("lead", ["", "On a winter morning, ", "On June 5, 2019, ",
                                  "Acting on the understandings reached by the two leaders at their last meeting, "])
def test_appositive_keeps_two_actors_joined(lead):
    c = _cues(lead + APPOSED, counterpart="IN")
    # (round 59: "held substantive discussions on" is the two sides' discussion too, no longer missed)
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "both"), ("agreed", "both")]
    assert c.speaker == "both"


def test_short_appositive_keeps_them_joined():
    c = _cues("Wang Yi, the foreign minister, and Doval held long talks on the boundary and reached consensus.",
              counterpart="IN")
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "both"), ("agreed", "both")]


def test_two_joined_actors_far_from_the_act_are_both():
    c = _cues("Chinese SR Wang Yi and Indian SR Doval held substantive discussions on the boundary question "
              "and arrived at a consensus.", counterpart="IN")
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "both"), ("agreed", "both")]


def test_relative_clause_joins_as_an_appositive_does():
    # a non-restrictive relative clause between the two names qualifies the first, as an appositive
    # does: the two are still joined (until the fifty-sixth round this read as one side's act)
    c = _cues("Wang Yi, who heads the office, and Doval held long talks on the boundary and reached consensus.",
              counterpart="IN")
    assert [a.speaker for a in c.acts] == ["both", "both"]  # the talks held on the boundary, the consensus


def test_verb_between_commas_is_no_appositive():
    c = _cues("Blinken met Wang, stressed the need for calm, and agreed to keep talking.", side="US",
              counterpart="CN", participants=["Antony Blinken", "Wang Yi"])
    assert [(a.name, a.speaker) for a in c.acts] == [("stressed", "own"), ("agreed", "own")]


def test_object_with_appositive_is_not_joined_to_the_subject():
    c = _cues("Blinken met Wang Yi, Director of the Office, and stressed the need for calm.", side="US",
              counterpart="CN", participants=["Antony Blinken", "Wang Yi"])
    assert [(a.name, a.speaker) for a in c.acts] == [("stressed", "own")]


def test_actor_in_a_fronted_gerund_phrase_is_no_subject():
    c = _cues("Acting on the understandings reached by the two leaders, Wang Yi stressed the need for calm.",
              participants=["Wang Yi"])
    assert [(a.name, a.speaker) for a in c.acts] == [("stressed", "own")]


# -- 5. "both" after a subject that names no actor ---------------------------------------------

def _both(c):
    return [m for m in c.mentions if m.role == "both"]


@pytest.mark.parametrize("text", [
    "Xi noted that turbulence and transformation are both advancing in today's world.",
    "China's foreign policy is open and transparent, its strategic intentions are aboveboard, "
    "and both have stayed highly consistent and stable.",
])
def test_both_of_two_things_is_no_side(text):
    c = _cues(text, participants=["Xi Jinping"])
    assert _both(c) == []
    assert c.speaker != "both"


@pytest.mark.parametrize("text", [
    "The two countries are both advancing modernization.",
    "China and the US are both major powers.",
    "They are both ready to talk.",
    "Biden and Xi spoke at length, and both agreed to keep in touch.",
    "The call was candid, and both agreed to keep in touch.",
    "He stressed that China and the United States, two great nations, are each pursuing their own "
    "dreams and are both committed to a better life.",
])
def test_both_of_the_sides_stays(text):
    assert [m.text for m in _both(_cues(text, participants=["Xi Jinping", "Joe Biden"]))][-1:] == ["both"]
