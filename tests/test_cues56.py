"""English cue readings of the fifty-sixth round: a relative clause between two joined names, a
commitment stated as a stance of both sides, "everybody says they", negative contractions."""
import pytest

from readouts import Readout
from readouts.cues import point_cues, readout_cues


def _cues(text, side="CN", counterpart="IN", participants=("Wang Yi",), extra=None):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants),
                      extra_names=extra if extra is not None else {"Doval": "IN", "Ajit Doval": "IN"})


def _reading(c):
    """Everything the cues say of who acts and how, the act's own words left out ("n't support" and
    "not support" are one reading)."""
    return (c.speaker, c.speaker_side,
            [(a.name, a.strength, a.speaker, a.speaker_side, a.commits, a.negated, a.modal, a.past, a.content)
             for a in c.acts],
            [(m.side, m.role) for m in c.mentions])


# -- 1. a relative clause between two joined names -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wang Yi, who is also director of the Office of the Central Foreign Affairs Commission, and Doval agreed "
    "to strengthen cooperation.",
    "Doval, who is National Security Adviser, and Wang Yi agreed to meet again in India.",
])
def test_a_relative_clause_between_two_names_still_joins_them(text):
    # as an appositive does ("Wang Yi, Director of the Office, and Doval agreed": both)
    c = _cues(text)
    assert [(a.name, a.speaker, a.speaker_side) for a in c.acts] == [("agreed", "both", "both")]
    assert c.speaker == "both"


def test_an_appositive_with_an_indefinite_article_joins_them():
    # "a member of ..." opens an appositive as "the foreign minister" and "Politburo member" do
    c = _cues("Wang Yi, a member of the Politburo, and Doval agreed to meet.")
    assert [(a.name, a.speaker) for a in c.acts] == [("agreed", "both")]


def test_the_relative_clause_reads_as_the_appositive():
    rel = _cues("Wang Yi, who is a member of the Politburo, and Doval agreed to meet.")
    app = _cues("Wang Yi, a member of the Politburo, and Doval agreed to meet.")
    assert _reading(rel)[:3] == _reading(app)[:3]


def test_a_relative_clause_on_an_object_joins_nothing():
    # "met Doval, who ..., and agreed": no actor after "and", Doval's relative clause is his
    c = _cues("Wang Yi met Doval, who is National Security Adviser, and agreed to meet again.")
    assert [a.speaker for a in c.acts] != ["both"]


# -- 2. a commitment stated as a stance ------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("The two leaders are both committed to peace and stability in the region.", "both"),
    ("China and the United States are both committed to a better life for their peoples.", "both"),
    ("The two sides remain committed to dialogue.", "both"),
    ("The United States remains committed to its one China policy.", "counterpart"),
])
def test_a_commitment_stated_as_a_stance_is_reaffirmed_not_agreed(text, speaker):
    # a position stated, as "the two leaders reaffirmed their commitment to" is: no "agreed"
    c = point_cues(text, side="CN", counterpart_side="US")
    assert [(a.name, a.strength, a.commits, a.speaker) for a in c.acts] == [("reaffirmed", 2, False, speaker)]
    same = point_cues("The two leaders reaffirmed their commitment to peace.", side="CN", counterpart_side="US")
    assert [(a.name, a.strength, a.commits) for a in same.acts] == [("reaffirmed", 2, False)]


def test_a_commitment_made_is_still_agreed():
    c = point_cues("The two leaders committed to keep up the talks.", side="CN", counterpart_side="US")
    assert [(a.name, a.commits, a.speaker) for a in c.acts] == [("agreed", True, "both")]
    c = point_cues("The two sides agreed that dialogue is important.", side="CN", counterpart_side="US")
    assert [(a.name, a.commits) for a in c.acts] == [("agreed", False)]  # a view they agreed on


def test_a_stance_of_both_sides_is_no_agreed_view_in_a_flag():
    from readouts.flags import _agreed_view
    c = point_cues("The two leaders are both committed to peace.", side="US", counterpart_side="CN")
    assert not any(_agreed_view(a) for a in c.acts)
    c = point_cues("The two leaders agreed that peace matters.", side="US", counterpart_side="CN")
    assert any(_agreed_view(a) for a in c.acts)


# -- 3. "everybody says they" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zelensky remarked that everybody says they want peace, but that quick steps are needed.",
    "Everyone says they want the war to end.",
    "No one thinks they can win this war.",
])
def test_they_after_an_indefinite_subject_is_no_side_of_the_call(text):
    r = Readout.from_points(["The two presidents discussed the war.", text], side="UA", language="en",
                            participants=["Volodymyr Zelensky"])
    c = readout_cues(r, counterpart_side="RU")[1]
    they = [m for m in c.mentions if m.text.casefold() == "they"]
    assert they and all(m.role != "both" for m in they)
    assert c.speaker != "both" and all(a.speaker != "both" for a in c.acts)


def test_everyone_wants_credits_no_side():
    r = Readout.from_points(["The two presidents discussed the war.", "Everyone wants peace."], side="UA",
                            language="en")
    c = readout_cues(r, counterpart_side="RU")[1]
    assert c.speaker != "both" and not [m for m in c.mentions if m.role == "both"]


def test_they_after_the_two_sides_is_still_both():
    c = point_cues("The two presidents said they want peace.", side="UA", counterpart_side="RU")
    assert [m.role for m in c.mentions] == ["both", "both"]


# -- 4. negative contractions read as the words they contract -------------------------------------

def _assert_reads_alike(subject: str, full: str, short: str, verb: str, counterpart: str) -> None:
    """The point with the contracted form reads as the one with the full form (US's readout)."""
    a = point_cues(f"{subject} {full} {verb}.", side="US", counterpart_side=counterpart)
    b = point_cues(f"{subject} {short} {verb}.", side="US", counterpart_side=counterpart)
    assert _reading(b) == _reading(a), f"{subject} {short} {verb}."


_SUBJECTS = ["Ukraine", "Russia's proposal", "The issue", "The two presidents", "Sanctions on Russia"]
_PASSIVES = ["discussed", "raised", "agreed", "accepted", "welcomed by Russia", "supported by the US",
             "told about it", "proposed"]


@pytest.mark.parametrize("full,short", [
    ("was not", "wasn't"), ("were not", "weren't"), ("is not", "isn't"), ("are not", "aren't"),
    ("was not", "wasn’t"), ("were not", "weren’t"), ("has not been", "hasn't been"),
])
def test_a_contracted_negated_passive_reads_as_the_full_one(full, short):
    for subject in _SUBJECTS:
        for verb in _PASSIVES:
            _assert_reads_alike(subject, full, short, verb, "RU")


def test_a_contracted_passive_has_no_speaker_of_its_own():
    c = point_cues("Russia's proposal wasn't discussed.", side="US", counterpart_side="RU")
    # not Russia's: a discussion no one is named for is the two sides' (imp58), as "was not discussed" is
    assert [(a.name, a.speaker, a.speaker_side, a.negated) for a in c.acts] == [("discussed", "both", "both", True)]
    c = point_cues("Ukraine wasn’t raised.", side="US", counterpart_side="RU")
    # nor Ukraine's: a topic raised with no one named is the two sides' discussion too (passive59)
    assert [(a.name, a.speaker, a.speaker_side, a.negated) for a in c.acts] == [("discussed", "both", "both", True)]


_BARE = ["accept the terms", "agree to it", "support it", "back it", "welcome it", "discuss it"]
_STATES = ["committed to peace", "opposed to it", "concerned about it"]
_PARTICIPLES = ["recognised the border", "agreed to it", "supported it", "accepted the terms", "committed to peace"]


@pytest.mark.parametrize("full,short,verbs", [
    ("will not", "won't", _BARE), ("will not", "won’t", _BARE), ("would not", "wouldn't", _BARE),
    ("could not", "couldn't", _BARE), ("should not", "shouldn't", _BARE), ("must not", "mustn't", _BARE),
    ("is not", "isn't", _STATES), ("are not", "aren't", _STATES), ("was not", "wasn't", _STATES),
    ("has not", "hasn't", _PARTICIPLES), ("have not", "haven’t", _PARTICIPLES), ("had not", "hadn't", _PARTICIPLES),
])
@pytest.mark.parametrize("subject", ["China", "The two sides", "He said that China", "He said Washington"])
def test_a_contracted_auxiliary_reads_as_the_full_one(full, short, verbs, subject):
    for verb in verbs:
        _assert_reads_alike(subject, full, short, verb, "CN")


def test_wont_support_is_modal():
    c = point_cues("The United States won't support Taiwan independence.", side="CN", counterpart_side="US")
    assert [(a.name, a.negated, a.modal) for a in c.acts] == [("supported", True, True)]


def test_a_contracted_stance_is_a_stance():
    c = point_cues("China isn't committed to the deal.", side="US", counterpart_side="CN")
    assert [(a.name, a.commits, a.negated) for a in c.acts] == [("reaffirmed", False, True)]


# -- 5. (audit) the subject of a point with no act, after a fronted phrase -------------------------

@pytest.mark.parametrize("text,side,counterpart,participants,speaker", [
    # a place or an initiative in the fronted phrase is no subject: the actor after its comma is
    # (a call or meeting frame is its first-named participant's, the host, round 59: "X and Y held" read
    # both sides where "X held ... with Y" and its twins read X's side)
    ("On 3 March in Brussels, High Representative/Vice-President Josep Borrell and Wang Yi, Director of "
     "the Office of the Central Foreign Affairs Commission, held the strategic dialogue.",
     "EU", "CN", ["Josep Borrell", "Wang Yi"], ("own", "EU")),
    ("At the American side's initiative, Vladimir Putin had a telephone conversation with US President Donald Trump.",
     "RU", "US", ["Vladimir Putin", "Donald Trump"], ("own", "RU")),
    ("At the French side's initiative, Vladimir Putin and French President Emmanuel Macron spoke by telephone.",
     "RU", "FR", ["Vladimir Putin", "Emmanuel Macron"], ("own", "RU")),
    # ... and titles joined by "and" may stand between the comma and the actor
    ("On the evening of 5 May, State Councilor and Foreign Minister Wang Yi held talks with Secretary Blinken.",
     "CN", "US", ["Wang Yi", "Antony Blinken"], ("own", "CN")),
])
def test_the_actor_after_a_fronted_phrase_is_the_subject_of_a_point_with_no_act(text, side, counterpart,
                                                                                  participants, speaker):
    c = point_cues(text, side=side, counterpart_side=counterpart, participants=participants)
    assert c.acts == ()
    assert (c.speaker, c.speaker_side) == speaker


def test_a_fronted_source_still_speaks():
    c = point_cues("According to Trump, there should be no more questions about rare earths.", side="US",
                   counterpart_side="CN", participants=["Donald Trump"])
    assert (c.speaker, c.speaker_side) == ("own", "US")


def test_two_sides_told_what_to_do_after_a_fronted_phrase_are_no_speakers():
    r = Readout.from_points(["Wang Yi said ties matter.",
                             "With the world economy facing challenges, China and the EU, as two major economies, "
                             "should deepen cooperation."], side="CN", language="en", participants=["Wang Yi"])
    c = readout_cues(r, counterpart_side="EU")[1]
    assert c.speaker != "both"
