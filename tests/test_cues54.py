"""Cue readings found wrong in the fifty-fourth round's audit of English acts (helper cue54):

* a plural pronoun in what a side is thanked for is the thanked side, as "he" is: "thanked Putin
  for the support they had offered" is Putin's offer, made before the call (read as the two
  sides' offer, in the call, before);
* past what a side is thanked for and its comma, a later verb goes on with whoever thanks:
  "Biden thanked Putin for the support he had offered, and stressed ..." is Biden's stress (read
  as Putin's before);
* a bare report (no "that") of a passive whose subject is a thing reads as after "said that":
  "Lavrov said the proposal was welcomed in Europe" is no welcome of Lavrov's (it was one);
* "reached an important consensus", "reached some common understandings" are agreements (the
  literal terms took no word before "consensus"), and an agreement joined by "and" to what the two
  sides had done, in a report, is theirs and content ("Wang said Xi and Trump had held a call ...
  and reached a number of common understandings": read as Wang's own agreement).
"""
import pytest

from readouts.cues import point_cues

from helpers import act_of as _act


def _en(text):
    return point_cues(text, side="US", language="en", counterpart_side="RU", participants=["Biden", "Putin"])


# -- 1. "they" in a thanks relative -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Biden thanked Putin for the support they had offered.",
    "Biden thanked Putin for the support that they had offered.",
    "Biden thanked Putin and Lavrov for the help they had offered.",
])
def test_they_in_a_thanks_relative_is_the_thanked_side(text):
    a = _act(_en(text), "offered")
    assert (a.speaker, a.speaker_side) == ("counterpart", "RU")
    assert a.past  # offered before the call, what Biden thanks for
    assert text[slice(*a.speaker_span)] == "they"


def test_he_in_a_thanks_relative_is_still_the_thanked_side():
    a = _act(_en("Biden thanked Putin for the support he had offered."), "offered")
    assert (a.speaker, a.past) == ("counterpart", True)


def test_they_outside_a_thanks_relative_is_still_both():
    c = _en("Biden thanked Putin for the call, and they agreed to meet again.")
    a = _act(c, "agreed")
    assert (a.speaker, a.speaker_side, a.past) == ("both", "both", False)
    assert a.firm_commitment


def test_they_thanking_each_other_is_both():
    a = _act(_en("They thanked each other for the support they had offered."), "offered")
    assert a.speaker == "both"


# -- 2. the verb after the thanks relative and its comma ---------------------------------------------
@pytest.mark.parametrize("text,word", [
    ("Biden thanked Putin for the support he had offered, and stressed the need for talks.", "stressed"),
    ("Biden thanked Putin for the support they had offered, and said he wanted to meet soon.", "said"),
])
def test_a_verb_after_the_thanks_relative_is_the_thankers(text, word):
    a = _act(_en(text), word)
    assert (a.speaker, a.speaker_side, a.past) == ("own", "US", False)


def test_an_actor_of_its_own_after_the_thanks_relative_keeps_it():
    c = point_cues("Biden thanked Putin for the support he had offered, and Putin stressed the need for talks.",
                   side="US", language="en", counterpart_side="RU", participants=["Biden", "Putin"])
    assert _act(c, "stressed").speaker == "counterpart"


# -- 3. a bare report of a passive whose subject is a thing ------------------------------------------
def _ru(text):
    return point_cues(text, side="RU", language="en", counterpart_side="US", participants=["Lavrov", "Blinken"])


@pytest.mark.parametrize("text", [
    "Lavrov said the proposal was welcomed in Europe.",
    "Lavrov said the proposal had been welcomed in Europe.",
    "Lavrov said its details would be set out in a press release.",
])
def test_a_bare_reported_passive_is_no_act_of_the_reporter(text):
    # as after "said that": a thing welcomed by no one of the call, no welcome of Lavrov's
    c = _ru(text)
    assert [a.text for a in c.acts] == ["said"]
    assert [a.text for a in _ru(text.replace(" said ", " said that ")).acts] == ["said"]


def test_a_bare_reported_passive_with_an_actor_in_its_subject_is_content():
    c = _ru("Lavrov said the US proposal was welcomed, and stressed the need for talks.")
    a = _act(c, "welcomed")
    assert a.content and a.speaker == "unspecified"
    assert _act(c, "stressed").speaker == "own"


@pytest.mark.parametrize("text,word", [
    ("Lavrov said the sides agreed to meet.", "agreed"),  # an actor subject: a bare report already
    ("Lavrov welcomed the proposal.", "welcomed"),
    ("Lavrov said he was committed to dialogue.", "committed"),  # a pronoun subject: left as it was
])
def test_other_bare_reports_are_unchanged(text, word):
    assert _act(_ru(text), word).speaker in ("own", "both")


# -- 4. a consensus reached with words before "consensus" --------------------------------------------
def _cn(text):
    return point_cues(text, side="CN", language="en", counterpart_side="IN", participants=["Xi", "Modi"])


@pytest.mark.parametrize("text,term", [
    ("Xi and Modi reached an important consensus on relations.", "reached an important consensus"),
    ("They reached some common understandings on trade.", "reached some common understandings"),
    ("They reached common understandings on trade.", "reached common understandings"),
])
def test_a_qualified_consensus_reached_is_an_agreement(text, term):
    a = _act(_cn(text), term)
    assert (a.name, a.speaker) == ("agreed", "both") and a.firm_commitment


def test_a_better_understanding_reached_is_no_agreement():
    assert not _cn("They reached a better understanding of each other's positions.").acts


def test_a_qualified_consensus_not_reached_is_negated():
    a = _act(_cn("They have not reached a broad consensus on trade."), "reached a broad consensus")
    assert a.negated and not a.firm_commitment


# -- 5. an agreement joined by "and" to what the two sides had done, in a report ----------------------
@pytest.mark.parametrize("text,term", [
    ("Wang said President Xi and President Modi had held talks at the summit and reached an important consensus.",
     "reached an important consensus"),
    ("Wang said that the two sides had met in Geneva and agreed to resume dialogue.", "agreed"),
])
def test_an_agreement_joined_to_the_sides_perfect_in_a_report_is_theirs(text, term):
    c = _cn(text)
    a = _act(c, term)
    assert (a.speaker, a.content) == ("both", True)
    assert _act(c, "said").speaker == "own"


@pytest.mark.parametrize("text", [
    "Wang said that the two sides had met in Geneva, and agreed to resume dialogue.",  # a comma: Wang's
    "Wang said that India had ignored the concerns and agreed to nothing.",  # one side: left as before
])
def test_an_agreement_after_a_comma_or_one_side_is_not_the_sides(text):
    assert _act(_cn(text), "agreed").speaker != "both"
