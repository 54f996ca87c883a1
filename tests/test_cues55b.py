"""English speech-act cues, second audit: "arrived at" a consensus, "raised" meaning increased,
"both X and Y" naming two parties, the press as a passive's addressee, and a saying participle
after reported content."""
from readouts.cues import point_cues


def _cues(text, side="CN", counterpart="US", participants=()):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=participants)


def _acts(text, **kw):
    return [(a.name, a.text, a.speaker) for a in _cues(text, **kw).acts]


# -- "arrived at" a consensus is reaching one --------------------------------------------------

def test_arrived_at_consensus_is_an_agreement():
    c = _cues("The two sides held candid talks and arrived at a four-point consensus.")
    assert [(a.name, a.text, a.speaker, a.commits) for a in c.acts] == [
        ("agreed", "arrived at a four-point consensus", "both", True)]


def test_arrived_at_common_understandings_reads_as_reached():
    text = "Wang said the two presidents had {} important common understandings on bilateral ties."
    arrived = [(a.name, a.speaker, a.commits, a.content) for a in _cues(text.format("arrived at")).acts]
    reached = [(a.name, a.speaker, a.commits, a.content) for a in _cues(text.format("reached")).acts]
    assert arrived == reached and arrived[-1][0] == "agreed"


def test_arrived_at_a_juncture_is_no_act():
    assert _acts("Relations between the two countries have arrived at a new juncture.") == []


# -- "raised" meaning increased ----------------------------------------------------------------

def test_raised_expectations_is_no_statement():
    for text in ("The summit raised the international community's expectations for the relationship.",
                 "The talks raised hopes of a ceasefire.",
                 "Washington raised tariffs on steel last year."):
        assert not [a for a in _cues(text).acts if a.text.startswith("raised")], text


def test_raised_an_issue_is_still_a_statement():
    assert _acts("Blinken raised the issue of human rights.", side="US", counterpart="CN",
                 participants=["Antony Blinken"]) == [("stated", "raised", "own")]


# -- "both X and Y" names two parties ----------------------------------------------------------

def _mentions(c):
    return [(m.text, m.side, m.role) for m in c.mentions]


def test_both_before_two_named_parties_is_no_side_mention():
    c = _cues("He said the crisis must ease the security concerns of both Russia and Ukraine.")
    assert ("both", "both", "both") not in _mentions(c)
    assert [(m.text, m.side) for m in c.mentions if m.role == "third"] == [("Russia", "RU"), ("Ukraine", "UA")]


def test_both_with_articles_before_named_parties():
    c = _cues("Xi noted that both China and the United States face many challenges.")
    assert ("both", "both", "both") not in _mentions(c)
    assert {m.side for m in c.mentions} == {"CN", "US"}


def test_both_as_subject_stays_both_sides():
    c = _cues("Both support multilateralism and open cooperation.")
    assert ("Both", "both", "both") in _mentions(c) and c.speaker == "both"


def test_both_named_sides_still_act_together():
    c = _cues("Both China and India agreed to keep talking.", counterpart="IN")
    assert [(a.name, a.speaker) for a in c.acts] == [("agreed", "both")]


# -- the press as a passive's subject ----------------------------------------------------------

def test_media_will_be_told_is_no_act():
    for text in ("The media will be told the date and venue of the next meeting.",
                 "Reporters were told the details of the arrangement."):
        assert _cues(text, side="US", counterpart="CN").acts == (), text


def test_press_secretary_told_is_still_told():
    # "press secretary" is no press: the act stays (a narrator's)
    c = _cues("The press secretary was told that the leaders would meet.", side="US", counterpart="CN")
    assert [a.text for a in c.acts][:1] == ["told"]


def test_actor_told_is_still_an_act():
    c = _cues("Lavrov was told that the United States would not agree.", side="US", counterpart="RU",
              participants=["Sergey Lavrov"])
    assert [a.text for a in c.acts][:1] == ["told"]


# -- a saying participle after reported content ------------------------------------------------

def test_pointing_out_after_reported_content_is_the_reporters_act():
    text = ("Erdogan warned that a long pause would help no one and that poor countries would suffer most, "
            "pointing out that prices had climbed sharply.")
    c = _cues(text, side="TR", counterpart="RU", participants=["Recep Tayyip Erdogan"])
    pointing = [a for a in c.acts if a.text == "pointing out"]
    assert [(a.speaker, a.content, a.modal) for a in pointing] == [("own", False, False)]


def test_pointing_out_after_a_modal_noun_is_no_modal():
    c = _cues("Putin stressed the need for dialogue, pointing out that Russia had always been open.",
              side="RU", counterpart="US", participants=["Vladimir Putin"])
    assert [(a.text, a.speaker, a.modal) for a in c.acts] == [
        ("stressed", "own", False), ("pointing out", "own", False)]


def test_participle_inside_the_report_stays_content():
    # a gerund after the reported subject and its comma is that subject's, inside the report
    c = _cues("He said that Russia, pointing out the risks, would not agree.", side="US", counterpart="RU")
    assert [(a.text, a.content) for a in c.acts if a.text == "pointing out"] == [("pointing out", True)]


def test_non_saying_participle_after_report_stays_content():
    # "backing" is no saying: what the report says Russia does, not the reporter's act
    c = _cues("Blinken said that Russia was escalating the conflict, backing the separatists.",
              side="US", counterpart="RU", participants=["Antony Blinken"])
    assert [a.name for a in c.acts] == ["stated"]


# -- "noting" and "flagged" are statements -----------------------------------------------------

def test_noting_that_opening_a_sentence_is_the_main_subjects_statement():
    c = _cues("Noting that next year marks an anniversary of ties, Wang said both sides should plan events.",
              participants=["Wang Yi"])
    assert [(a.name, a.text, a.speaker) for a in c.acts][:1] == [("stated", "Noting", "own")]


def test_noting_after_a_comma_goes_on_with_the_speaker():
    c = _cues("Blinken pushed for implementation of the commitments, noting recent steps on fentanyl.",
              side="US", participants=["Antony Blinken"])
    assert [(a.text, a.speaker) for a in c.acts] == [("pushed for", "own"), ("noting", "own")]


def test_worth_noting_is_no_act():
    assert _acts("It is worth noting that trade grew last year.") == []


def test_flagged_is_a_statement():
    assert _acts("Blinken also flagged the deteriorating conditions in Haiti.", side="US",
                 participants=["Antony Blinken"]) == [("stated", "flagged", "own")]


# -- "both" opening a pair of nouns -----------------------------------------------------------

def test_both_before_a_pair_of_nouns_is_no_side_mention():
    for text in ("Wang stressed that the two countries have both common interests and deep differences.",
                 "The talks covered many issues, covering both areas of cooperation and areas of difference.",
                 "The US should honour its commitments in both word and deed."):
        assert not [m for m in _cues(text).mentions if m.text.casefold() == "both"], text


def test_both_before_verbs_or_an_infinitive_stays_both_sides():
    for text in ("They have both agreed and signed the document.",
                 "He said the world has room for both to develop and prosper."):
        assert [m.side for m in _cues(text).mentions if m.text == "both"] == ["both"], text
