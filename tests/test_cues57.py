"""English (and Russian) cue readings of the fifty-seventh round: an initiative phrase names who asked
for the call, no speaker of the point; a bare report ("said Beijing should not ...") whose actor is
told what to do is content as after "said that"; "looked forward to" and "calling for" are acts."""
import pytest

from readouts.cues import point_cues


def _en(text, side="RU", counterpart="US", participants=("Sergey Lavrov", "Sergei Shoigu", "Vladimir Putin")):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants), language="en")


def _ru(text):
    return point_cues(text, side="RU", counterpart_side="US", participants=["Владимир Путин", "Сергей Лавров"],
                      language="ru")


# -- 1. an initiative phrase names no speaker ------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("At the initiative of the U.S. side, Foreign Minister Sergey Lavrov held a telephone conversation with "
     "Secretary of State Antony Blinken.", ("own", "RU")),
    ("On 13 May, at the request of the American side, Defence Minister General of the Army Sergei Shoigu held "
     "telephone talks with U.S. Secretary of Defense Lloyd Austin.", ("own", "RU")),
    # a call frame is its first-named participant's, however worded (round 59: "Lavrov and Blinken held"
    # read both sides where its twin "разговор Лаврова с Блинкеном" read no one)
    ("On 29 July, at the request of the American side, Foreign Minister Lavrov and Secretary of State Blinken "
     "held a telephone conversation.", ("own", "RU")),
])
def test_an_english_initiative_phrase_names_no_speaker(text, speaker):
    c = _en(text)
    assert c.initiative is not None and c.initiative.initiator == "US"  # the flag still reads who asked
    assert not c.acts
    assert (c.speaker, c.speaker_side) == speaker


def test_the_actor_after_an_initiative_phrase_ending_before_side_still_speaks():
    # the phrase is read up to its side's name ("At the initiative of the Ukrainian"), the comma after "side"
    c = _en("At the initiative of the Ukrainian side, Vladimir Putin held a telephone conversation with President "
            "of Ukraine Vladimir Zelensky.", counterpart="UA")
    assert c.initiative is not None and c.initiative.initiator == "UA"
    assert (c.speaker, c.speaker_side) == ("own", "RU")


def test_a_request_by_name_names_no_speaker():
    c = point_cues("At Pompeo's request, senior Chinese diplomat Yang Jiechi held a dialogue with the US Secretary "
                   "of State in Hawaii.", side="CN", counterpart_side="US", participants=["Yang Jiechi"], language="en")
    assert c.initiative is not None and c.initiative.initiator == "US"
    assert (c.speaker, c.speaker_side) == ("own", "CN")


@pytest.mark.parametrize("text,speaker", [
    # the call frame is its first-named participant's, Putin's, however worded (round 59: these read no
    # one and both sides, where their English twins "Putin spoke by telephone with ..." read own)
    ("По инициативе американской стороны состоялся телефонный разговор Владимира Путина с Джозефом Байденом.",
     ("own", "RU")),
    ("Во вторник по инициативе Вашингтона Владимир Путин и Джозеф Байден провели телефонный разговор.",
     ("own", "RU")),
    # "стороны" closes the initiative phrase: it names no two sides that speak
    ("По инициативе американской стороны состоялся телефонный разговор Владимира Путина с Президентом США "
     "Джозефом Байденом.", ("own", "RU")),
])
def test_a_russian_initiative_phrase_names_no_speaker(text, speaker):
    c = _ru(text)
    assert c.initiative is not None and c.initiative.initiator == "US"
    assert (c.speaker, c.speaker_side) == speaker


def test_a_title_after_the_initiators_side_noun_is_the_readouts_own():
    # "американской стороны Министр": the side's noun closes its phrase; the title opens the subject
    c = _ru("По инициативе американской стороны Министр иностранных дел России С.В. Лавров провёл телефонный "
            "разговор с Государственным секретарём США Э. Блинкеном.")
    assert [(m.text, m.side) for m in c.mentions][:2] == [("американской стороны", "US"), ("Министр", "RU")]
    assert (c.speaker, c.speaker_side) == ("own", "RU")


def test_a_title_after_a_sides_adjective_is_still_that_sides():
    c = _ru("Американский президент заявил о готовности продолжить диалог.")
    assert (c.speaker, c.speaker_side) == ("counterpart", "US")


def test_a_genitive_title_in_an_invitation_still_names_no_speaker():
    c = _ru("Визит состоится по приглашению Министра иностранных дел России.")
    assert c.speaker == "unspecified"


def test_the_initiator_fronted_as_a_subject_still_speaks():
    # no initiative phrase: the side that opens the point is its subject, as before
    c = _en("The American side held a telephone conversation with Foreign Minister Sergey Lavrov.")
    assert c.speaker_side == "US"


# -- 2. a bare report whose actor is told what to do -----------------------------------------------

@pytest.mark.parametrize("verb", ["should not accept", "must not support", "should accept"])
def test_a_bare_report_of_an_obligation_is_content_as_after_that(verb):
    bare = point_cues(f"Blinken said Beijing {verb} the proposal.", side="US", counterpart_side="CN",
                      participants=["Antony Blinken"], language="en")
    that = point_cues(f"Blinken said that Beijing {verb} the proposal.", side="US", counterpart_side="CN",
                      participants=["Antony Blinken"], language="en")
    # (the "should" laid on Beijing is Blinken's urging since round 59, his own act: no content; "should
    # not" / "must not" his urging or demand to refrain since round 60)
    urging = [False]
    assert [a.content for a in bare.acts] == [a.content for a in that.acts] == [False, *urging, True]
    assert [(a.name, a.speaker) for a in bare.acts] == [(a.name, a.speaker) for a in that.acts]


def test_an_obligation_with_no_reporting_verb_is_no_content():
    c = point_cues("Beijing should not accept the proposal.", side="US", counterpart_side="CN", language="en")
    # (the urging to refrain since round 60, and the acceptance owed: neither reported content)
    assert [a.content for a in c.acts] == [False, False]


# -- 3. "looked forward to", "calling for" ---------------------------------------------------------

@pytest.mark.parametrize("text,name,speaker", [
    ("Borrell looked forward to stronger cooperation with China on climate change.", "stated", "own"),
    ("The two leaders look forward to meeting in person.", "stated", "both"),
    # the auxiliary opens the act, so "both of them" stays its actor as with "both of them agreed"
    ("Borrell said both of them were looking forward to meeting in Brussels.", "stated", "both"),
    ("Borrell closed by calling for the process to get started.", "urged", "own"),
    ("Borrell ended the call calling on China to use its influence.", "urged", "own"),
])
def test_looking_forward_and_calling_for_are_acts(text, name, speaker):
    c = point_cues(text, side="EU", counterpart_side="CN", participants=["Josep Borrell"], language="en")
    assert [(a.name, a.speaker) for a in c.acts][-1:] == [(name, speaker)]
