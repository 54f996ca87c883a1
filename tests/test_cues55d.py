"""English cue readings, round 55 (d), found by comparing Russian readouts with their English
renderings: a high rating ("rated it highly") is a welcome, as "высоко оценил" is; "called the
conversation frank" and a comma's "saying" are statements, as "назвал", "отметив" are; "argued
for/against" is support/opposition, as "выступил за"; "went in detail over" is discussion; a relative
clause after a noun ("the issues they had discussed") names a topic, no act of the call; and "took
place" frames the call only after a call noun, not after "An exchange of views" (a topic), as the
Russian "состоялся" was narrowed."""
import pytest

from readouts.cues import point_cues

RU_PARTS = ["Vladimir Putin", "Donald Trump"]


def _cues(text, side="RU", counterpart="US", participants=RU_PARTS):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.speaker) for a in _cues(text, **kw).acts]


# -- 1. a high rating is a welcome ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He stressed that the conversation had been very constructive and that he rated it highly.",
    "Putin rated the talks very highly.",
    "Putin highly assessed the agreements.",
])
def test_a_high_rating_is_a_welcome(text):
    assert "welcomed" in [a.name for a in _cues(text).acts]


def test_a_high_rating_reads_as_the_russian_does():
    ru = point_cues("Путин высоко оценил разговор.", side="RU", counterpart_side="US", participants=RU_PARTS)
    en = _cues("Putin rated the conversation highly.")
    assert [(a.name, a.speaker) for a in ru.acts] == [(a.name, a.speaker) for a in en.acts] == [("welcomed", "own")]


# -- 2. an assessment of the talk, and "saying" after a comma, are statements -------------------

def test_called_the_conversation_frank_saying_is_a_statement_with_its_tone():
    c = _cues("Putin called the conversation frank and substantive, saying the two presidents were on the "
              "same wavelength.")
    assert [(a.name, a.text, a.speaker) for a in c.acts] == [
        ("stated", "called the conversation", "own"), ("stated", "saying", "own")]
    assert {t.key for t in c.tone} == {"candid", "substantive"}


@pytest.mark.parametrize("text", [
    "He called it a good and constructive meeting.",
    "He described the call as a very good one.",
    "Trump called the talks productive.",
])
def test_an_assessment_of_the_talk_is_a_statement(text):
    assert [a.name for a in _cues(text, side="US", counterpart="RU", participants=["Donald Trump"]).acts] \
        == ["stated"]


def test_saying_after_another_act_adds_the_statement():
    c = _cues("Putin set out Russia's position on the crisis, saying the most urgent task is to ease it.")
    assert [(a.name, a.speaker) for a in c.acts] == [("stated", "own"), ("stated", "own")]


@pytest.mark.parametrize("text", [
    "Putin said the US should act instead of saying one thing and doing another.",
    "Putin said that goes without saying.",
])
def test_saying_as_a_thing_not_said_is_no_statement(text):
    # ("should" laid on the US is Putin's urging since round 59: no statement either)
    assert [a.text for a in _cues(text).acts if a.name != "urged"] == ["said"]


def test_calling_someone_is_no_statement():
    assert [a.name for a in _cues("Trump called Putin on Tuesday.").acts] == []


# -- 3. arguing for or against ------------------------------------------------------------------

def test_argued_for_is_support():
    assert _acts("Trump argued for a swift end to the fighting.") == [("supported", "counterpart")]


def test_argued_against_is_opposition():
    assert _acts("Putin argued against new sanctions.") == [("opposed", "own")]


# -- 4. going over a topic in detail ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They went in detail over the prospects for practical cooperation.",
    "The two presidents went in great detail over the situation in the Middle East.",
])
def test_went_in_detail_over_is_a_discussion(text):
    assert [a.name for a in _cues(text).acts] == ["discussed"]


# -- 5. a relative clause after a noun names earlier talk ---------------------------------------

@pytest.mark.parametrize("text", [
    "The Russian and US presidents agreed to keep in touch on the issues they had discussed.",
    "They agreed to return to the questions that the two sides discussed in Geneva.",
    "They agreed to keep working on the pressing issues Putin went over.",
])
def test_a_relative_clause_after_a_noun_is_no_act(text):
    c = _cues(text)
    assert [a.name for a in c.acts] == ["agreed"]
    assert any(n.text in ("discussed", "went over") for n in c.named_acts)


@pytest.mark.parametrize("text, acts", [
    ("Putin said they had discussed Syria.", ["stated", "discussed"]),
    ("Putin told reporters they had discussed Syria.", ["stated", "discussed"]),
    ("Putin told Trump they had discussed Syria.", ["stated", "discussed"]),
    ("During the talks the two sides agreed to meet again.", ["agreed"]),
    ("Putin said that during the talks they agreed to meet again.", ["stated", "agreed"]),
    ("Putin told reporters after the talks they had agreed to meet again.", ["stated", "agreed"]),
    ("Among those issues he listed the need to end the war.", ["stated"]),
])
def test_a_report_or_a_fronted_phrase_keeps_its_act(text, acts):
    assert [a.name for a in _cues(text).acts] == acts


# -- 6. "took place" frames the call only after a call noun -------------------------------------

@pytest.mark.parametrize("text", [
    "An exchange of views took place on the situation in Syria.",
    "An in-depth exchange of views took place on bilateral trade.",
])
def test_an_exchange_that_took_place_is_a_topic_not_the_call(text):
    assert not _cues(text).call_frame


@pytest.mark.parametrize("text", [
    "The call took place at the US side's initiative.",
    "A telephone conversation took place between Vladimir Putin and Donald Trump.",
    "Answering questions, Ushakov said the call had taken place at the Russian side's initiative.",
    "The 5th EU-Russia Strategic Dialogue took place in Brussels.",
    "The 23rd meeting of the Special Representatives on the boundary question took place in Beijing.",
])
def test_a_call_that_took_place_frames_it(text):
    assert _cues(text).call_frame


def test_other_acts_in_a_relative_clause_keep_their_reading():
    # only talk names a topic; a statement or an agreement there is still read (a thanks relative's
    # act is the thanked side's, recalled; "the proposal that the two sides agreed to study")
    assert _acts("They agreed to keep working on the pressing issues Putin raised.") == [
        ("agreed", "both"), ("stated", "own")]
