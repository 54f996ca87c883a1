"""Speaker misreadings: an it-cleft's focus, a name in a compound modifier, a name split over "on",
courtesy thanks in Russian and Chinese."""
from readouts import Readout
from readouts.cues import point_cues, readout_cues


def cn(text, **kw):
    return point_cues(text, side="CN", language="en", counterpart_side="US", **kw)


# -- 1. an it-cleft's focus is spoken of, not speaking ------------------------------------------
def test_cleft_focus_is_no_speaker():
    c = cn("In reality it is the United States that is the world's leading surveillance power.",
           previous_speaker=("own", "CN"))
    assert (c.speaker, c.speaker_side) == ("own", "CN")
    assert point_cues("It was Russia who is responsible for the crisis.", side="US", language="en",
                      counterpart_side="RU").speaker == "unspecified"


def test_cleft_focus_with_an_act_still_speaks():
    c = point_cues("It was Lavrov who proposed the meeting.", side="US", language="en", counterpart_side="RU",
                   participants=["Lavrov"])
    assert c.acts and c.acts[0].speaker == "counterpart"


def test_plain_subject_still_speaks():
    c = cn("The United States is ready to keep talking.")
    assert c.speaker == "counterpart"


def test_cleft_in_a_readout_goes_on_with_the_reporter():
    r = Readout.from_points([
        "Wang stressed that China deplores this.",
        "In reality it is the United States that is the world's leading surveillance power.",
    ], side="CN", language="en", participants=["Wang Yi", "Antony Blinken"])
    cues = readout_cues(r, counterpart_side="US")
    assert (cues[1].speaker, cues[1].speaker_side) == ("own", "CN")


# -- 2. a name joined by a dash to another modifies a noun, names no actor ----------------------
def test_compound_modifier_names_no_speaker():
    for dash in ("-", "\u2013"):
        c = cn(f"The China{dash}Russia partnership rests on non-alliance and non-confrontation.",
               previous_speaker=("counterpart", "US"))
        assert (c.speaker, c.speaker_side, c.speaker_span) == ("counterpart", "US", None), dash
    c = point_cues("The 13th EU-China Strategic Dialogue took place in Brussels.", side="EU", language="en",
                   counterpart_side="CN")
    assert c.speaker == "unspecified"


def test_compound_modifier_keeps_its_mentions():
    c = cn("US-China ties matter to the world.")
    assert [m.text for m in c.mentions] == ["US", "China"]


def test_name_before_a_hyphenated_word_still_speaks():
    c = cn("China is ready to work with the US on counter-narcotics.")
    assert c.speaker == "own"


# -- 4. courtesy thanks in Russian and Chinese: what one is thanked for was done before ----------
def _acts(text, language, side, other):
    c = point_cues(text, side=side, language=language, counterpart_side=other)
    return {a.text: a.past for a in c.acts}


def test_russian_thanks_for_a_clause_recall_its_act():
    acts = _acts("Путин поблагодарил Эрдогана за то, что он принял приглашение.", "ru", "RU", "TR")
    assert acts["принял"] is True and acts["поблагодарил"] is False


def test_russian_gratitude_recalls_its_act():
    acts = _acts("Путин выразил признательность за то, что турецкая сторона согласилась провести встречу.",
                 "ru", "RU", "TR")
    assert acts["согласилась"] is True


def test_russian_act_after_the_thanks_is_of_the_call():
    acts = _acts("Путин поблагодарил Эрдогана за поздравления. Россия согласилась продолжить переговоры.",
                 "ru", "RU", "TR")
    assert acts["согласилась"] is False


def test_chinese_thanks_recall_the_act_thanked_for():
    acts = _acts("习近平感谢埃尔多安接受邀请。", "zh", "CN", "TR")
    assert acts["接受"] is True and acts["感谢"] is False
    assert _acts("习近平感谢埃尔多安。双方同意加强合作。", "zh", "CN", "TR")["同意"] is False


def test_english_thanks_unchanged():
    acts = _acts("Putin thanked Erdoğan for accepting his invitation.", "en", "RU", "TR")
    assert acts["accepting"] is True


# -- 3. a name's head noun joins the name after "on" ---------------------------------------------
def _entities(text, side="CN", other="US", **kw):
    return [e.text for e in point_cues(text, side=side, language="en", counterpart_side=other, **kw).entities]


def test_head_noun_joins_over_on():
    assert "Convention on International Civil Aviation" in _entities(
        "Wang said the US breached the Convention on International Civil Aviation.", participants=["Wang Yi"])
    assert "Declaration on the Conduct of Parties" in _entities(
        "China upholds the Declaration on the Conduct of Parties.")


def test_actor_and_on_is_no_name():
    ents = _entities("Xi on Taiwan stressed that the US must act with care.", participants=["Xi Jinping"])
    assert not any(" on " in e for e in ents)
    assert not any(" on " in e for e in _entities("They discussed the JCPOA on Iran's nuclear programme."))
    assert not any(" on " in e for e in _entities("Work on the Akkuyu plant is on schedule.", side="RU", other="TR"))


def test_head_noun_and_a_day_stay_apart():
    ents = _entities("The leaders will attend the Summit on Tuesday.")
    assert not any(" on " in e for e in ents)


# -- 1b. a conclusion drawn, an actor in an "if" clause: no speaker of a point with no act --------
def test_conclusion_goes_on_with_the_speaker_before():
    for text, language in (("The US is therefore in no position to smear China.", "en"),
                           ("Therefore, the US is in no position to smear China.", "en"),
                           ("因此，美方没有资格抹黑中国。", "zh"),
                           ("Поэтому США не вправе обвинять Китай.", "ru")):
        c = point_cues(text, side="CN", language=language, counterpart_side="US", previous_speaker=("own", "CN"))
        assert (c.speaker, c.speaker_side) == ("own", "CN"), text


def test_actor_in_a_conditional_clause_is_no_speaker():
    c = cn("If the US keeps making a fuss over this incident, it should not expect China to back down.",
           previous_speaker=("own", "CN"))
    assert (c.speaker, c.speaker_side) == ("own", "CN")


def test_plain_statement_about_an_actor_unchanged():
    # (the fifty-third round reads "The US is in no position to ..." as a conclusion's judgement too:
    # lexicon no_standing, tests/test_cues53.py; a plain statement still speaks)
    c = cn("The US has every right to defend its interests.", previous_speaker=("own", "CN"))
    assert c.speaker == "counterpart"


def test_cleft_and_conclusion_run_through_a_readout():
    r = Readout.from_points([
        "Wang stressed that China deplores this.",
        "In reality it is the United States that is the world's leading surveillance power.",
        "The US is therefore in no position to smear China.",
        "If the US keeps making a fuss over this incident, it should not expect China to back down.",
        "The US should be ready to bear every consequence of an escalation.",
    ], side="CN", language="en", participants=["Wang Yi", "Antony Blinken"])
    assert [c.speaker for c in readout_cues(r, counterpart_side="US")] == ["own"] * 5
