"""Cue readings found wrong in the fifty-fourth round's audit and left (helper cue54b):

* "heads of state" after two sides' words is one noun: "Wang said that the Chinese and US heads of
  state had agreed to ..." is the two sides' agreement, content of the report (dropped before, as
  content with no actor of its own), and with no "that" too ("Liu said the Chinese and US heads of
  state had reached an important consensus ...": read as Liu's own before); the speaker's words
  run over the whole noun; "had reached ... at their San Francisco meeting" is past, as "at the
  Woodside Summit" is;
* a passive whose "by" names an actor of the call, inside a report, is that actor's act, content:
  "said that the proposal was welcomed by Blinken" (dropped before);
* a Chinese opposition received from a third party ("遭到各方反对", "受到国际社会批评", "遭到了各方的
  强烈反对") is an evaluation, no act of the point's speaker, as "受到各方欢迎" is ("遭到美方反对"
  stays the US's);
* the main clause of a report after a fronted clause of time is content too: "He said that when
  he told Putin ..., he was told in reply that ..." (the second "told" read outside the report).
"""
import pytest

from readouts.cues import point_cues

from helpers import act_of as _act


def _cn(text):
    return point_cues(text, side="CN", language="en", counterpart_side="US", participants=["Wang Yi", "Blinken"])


# -- 1. "the Chinese and US heads of state" ----------------------------------------------------------
@pytest.mark.parametrize("text,word", [
    ("Wang said that the Chinese and US heads of state had agreed to resume talks.", "agreed"),
    ("Wang said the Chinese and US heads of state had agreed to resume talks.", "agreed"),
    ("Liu said the Chinese and US heads of state had reached an important consensus on military talks.",
     "reached an important consensus"),
])
def test_two_sides_heads_of_state_in_a_report_agree(text, word):
    a = _act(_cn(text), word)
    assert (a.speaker, a.speaker_side) == ("both", "both")
    assert a.content
    assert text[slice(*a.speaker_span)] == "Chinese and US heads of state"


def test_heads_of_state_agreement_at_their_named_meeting_is_past():
    text = ("Liu said the Chinese and US heads of state had reached an important consensus at their "
            "San Francisco meeting on resuming communication.")
    a = _act(_cn(text), "reached an important consensus")
    assert a.past and a.content and a.speaker == "both"


def test_heads_of_state_outside_a_report_agree():
    a = _act(_cn("The Chinese and US heads of state agreed to resume talks."), "agreed")
    assert (a.speaker, a.content) == ("both", False)


def test_one_sides_heads_of_state_is_that_side():
    a = _act(_cn("Wang said that the US heads of state had agreed to resume talks."), "agreed")
    assert (a.speaker, a.speaker_side, a.content) == ("counterpart", "US", True)


def test_the_two_heads_of_state_still_agree():
    a = _act(_cn("Wang said that the two heads of state had reached important consensus."),
             "reached important consensus")
    assert (a.speaker, a.content) == ("both", True)


# -- 2. a passive with a "by" agent in a report -------------------------------------------------------
@pytest.mark.parametrize("text,word,who", [
    ("Wang said that the proposal was welcomed by Blinken.", "welcomed", ("counterpart", "US")),
    ("Wang said that the proposal was welcomed by the US side, and stressed the need for talks.", "welcomed",
     ("counterpart", "US")),
    ("Wang said that the proposal had been strongly opposed by the US.", "opposed", ("counterpart", "US")),
    ("Wang said the proposal was welcomed by Blinken.", "welcomed", ("counterpart", "US")),
])
def test_a_reported_passive_with_an_agent_is_the_agents(text, word, who):
    c = _cn(text)
    a = _act(c, word)
    assert (a.speaker, a.speaker_side) == who
    assert a.content
    assert _act(c, "said").speaker == "own"


def test_a_reported_passive_by_the_russian_side_in_a_russian_call():
    c = point_cues("Blinken said that the proposal was supported by the Russian side.", side="US", language="en",
                   counterpart_side="RU", participants=["Blinken", "Lavrov"])
    a = _act(c, "supported")
    assert (a.speaker, a.speaker_side, a.content) == ("counterpart", "RU", True)


def test_a_reported_passive_by_a_third_party_is_still_dropped():
    # no actor of the call: nothing of anyone's, as before
    assert [a.text for a in _cn("Wang said that the proposal was welcomed by the international community.").acts] \
        == ["said"]
    assert [a.text for a in _cn("Wang said that the proposal was supported by the Russian side.").acts] == ["said"]


# -- 3. a Chinese opposition received from a third party --------------------------------------------
def _zh(text):
    return point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["王毅", "布林肯"])


@pytest.mark.parametrize("text", [
    "王毅表示，中方愿同美方加强沟通。这一做法遭到各方反对。",
    "王毅表示，中方愿同美方加强沟通。这一做法受到国际社会批评。",
    "王毅表示，中方愿同美方加强沟通。这一做法受到国际社会的强烈谴责。",
    "王毅表示，中方愿同美方加强沟通。这一做法遭到了各方的强烈反对。",
])
def test_an_opposition_from_a_third_party_is_no_act(text):
    c = _zh(text)
    assert [a.name for a in c.acts] == ["stated"]
    assert any(n.text in ("反对", "批评", "谴责") for n in c.named_acts)


def test_an_opposition_received_after_the_speakers_own_is_no_second_one():
    c = _zh("王毅批评美方做法，这一做法遭到了各方的强烈反对。")
    assert [a.text for a in c.acts] == ["批评"]


@pytest.mark.parametrize("text,word", [
    ("王毅表示，中方愿同美方加强沟通。这一做法遭到美方反对。", "反对"),
    ("王毅表示，中方愿同美方加强沟通。这一做法受到美方批评。", "批评"),
])
def test_an_opposition_from_a_side_stays_that_sides(text, word):
    a = _act(_zh(text), word)
    assert (a.speaker, a.speaker_side) == ("counterpart", "US")


def test_a_welcome_from_a_third_party_is_still_no_act():
    assert [a.name for a in _zh("王毅表示，中方愿同美方加强沟通。这一倡议受到了各方欢迎。").acts] == ["stated"]


# -- 4. the main clause after a fronted "when" clause in a report ------------------------------------
def _ua(text):
    return point_cues(text, side="UA", language="en", counterpart_side="RU", participants=["Zelensky", "Putin"])


def test_the_main_clause_after_a_when_clause_is_reported():
    text = ("Zelensky said that when he told Putin Ukrainians were being killed, he was told in reply that "
            "there had been some instances of Ukrainian forces firing on civilians.")
    c = _ua(text)
    told = [a for a in c.acts if a.text == "told"]
    assert len(told) == 2
    assert told[0].content and told[0].speaker == "own"
    assert told[1].content  # what Zelensky said, read outside the report before
    assert told[1].speaker == "unspecified"  # "he was told": the teller unnamed
    assert c.speaker == "own"


def test_after_a_reported_clause_and_its_comma_a_new_verb_is_the_reporters():
    c = _ua("Zelensky said that Putin had agreed to the exchange, and stressed the need for talks.")
    a = _act(c, "stressed")
    assert (a.speaker, a.content) == ("own", False)


def test_a_when_clause_joined_by_and_is_no_main_clause():
    c = _ua("Zelensky said that when he told Putin the truth, and stressed the need for talks.")
    assert not _act(c, "stressed").content


@pytest.mark.parametrize("text", ["美方作出的承诺遭到各方反对。", "美方的错误做法遭到国际社会强烈反对。"])
def test_an_opposition_from_a_third_party_after_a_qualified_noun_is_no_act(text):
    # asserted an opposition of no one's in tests/test_cues.py before; now how the thing was received
    c = point_cues(text, side="CN", language="zh", counterpart_side="US", participants=["王毅"])
    assert c.acts == ()


def test_a_proposal_opposed_by_all_parties_is_no_act():
    # asserted an opposition of no one's in tests/test_cues.py before
    c = point_cues("这一倡议遭到各方反对。", side="US", language="zh", counterpart_side="CN",
                   participants=["Joe Biden", "Xi Jinping"])
    assert c.acts == ()
