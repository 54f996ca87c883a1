"""English speech-act cues: "back" as a support verb, and passives whose agent is a third party."""
from readouts.cues import point_cues


def _acts(text, side="US", counterpart="CN"):
    return point_cues(text, side=side, counterpart_side=counterpart).acts


def test_back_after_modal_is_support():
    # "back" is "support": an act right after an auxiliary, as "will support" is
    acts = _acts("The United States will back a ceasefire in the region.")
    assert [(a.name, a.text, a.speaker, a.modal) for a in acts] == [("supported", "back", "own", True)]


def test_negated_back_after_obligation():
    acts = _acts("India must not back or condone such actions.", side="CN", counterpart="IN")
    # (after China's demand that India refrain, since round 60)
    assert [(a.name, a.negated) for a in acts] == [("demanded", False), ("supported", True)]


def test_back_as_particle_is_no_act():
    # "back down", "bring ... back", "go back on": no support
    for text in ("Russia should back down from its threats.", "The US should bring relations back onto a stable track.",
                 "China will not go back on its word.", "The US must back off."):
        assert not [a for a in _acts(text, counterpart="RU") if a.name == "supported"], text


def test_back_without_auxiliary_stays_no_act():
    # a bare "back" that may be a noun or particle ("on the back of", "to back") is read only after
    # an auxiliary, as "support" is
    assert not _acts("On the back of the talks, trade grew.")


def test_welcomed_by_international_community_is_no_act():
    for text in ("The initiative was welcomed by the international community.",
                 "The proposal has been widely welcomed by the international community."):
        assert _acts(text) == (), text


def test_backed_by_a_number_of_people_is_no_act():
    text = "China's system, backed by 1.4 billion people, is the guarantee of its stability."
    assert _acts(text, side="CN", counterpart="US") == ()
    assert _acts("The plan is backed by many countries.") == ()


def test_passive_agent_of_the_call_still_acts():
    acts = _acts("The proposal was welcomed by the Chinese side.")
    assert [(a.name, a.speaker, a.speaker_side) for a in acts] == [("welcomed", "counterpart", "CN")]
    acts = _acts("It was agreed by the two sides that talks would continue.")
    assert [(a.name, a.speaker) for a in acts] == [("agreed", "both")]


def test_agree_by_a_date_is_still_an_act():
    acts = _acts("Should the two sides fail to agree by the end of that period, tariffs will rise.")
    assert [(a.name, a.negated) for a in acts] == [("agreed", True)]


def test_obligation_after_a_parenthetical_report_is_the_reporters_word():
    # "The two sides, he said, should ...": the sides are told what to do, as in "He said the two
    # sides should ...", not credited with the act; "The US, Lavrov said, should accept" is no US acceptance
    c = point_cues("Wang said the ties matter. The two sides, he said, should support one another.", side="CN",
                   counterpart_side="IN", participants=["Wang Yi", "S. Jaishankar"])
    support = [a for a in c.acts if a.name == "supported"]
    assert [(a.speaker, a.speaker_side, a.modal) for a in support] == [("own", "CN", True)]
    acts = _acts("The US, Lavrov said, should accept the proposal.", side="RU", counterpart="US")
    assert [(a.name, a.speaker) for a in acts if a.name == "accepted"] == [("accepted", "own")]
    acts = _acts("India, he said, cannot accept this.", side="CN", counterpart="IN")
    assert [a.speaker for a in acts if a.name == "accepted"] != ["counterpart"]


def test_parenthetical_report_keeps_the_subjects_own_act():
    # no obligation: "Trump, Ushakov said, agreed to meet" is still Trump's agreement, reported
    acts = _acts("Trump, Ushakov said, agreed to meet.", side="RU", counterpart="US")
    assert [(a.name, a.speaker, a.content) for a in acts if a.name == "agreed"] == [("agreed", "counterpart", True)]
    acts = _acts("The two sides, he said, agreed to meet again.", side="CN", counterpart="IN")
    assert [(a.name, a.speaker) for a in acts if a.name == "agreed"] == [("agreed", "both")]


def test_pointing_out_is_a_statement():
    acts = _acts("Biden said this, pointing out that prices had climbed.", counterpart="RU")
    assert [(a.name, a.text, a.speaker) for a in acts] == [("stated", "said", "own"), ("stated", "pointing out", "own")]
    acts = _acts("Wang Yi points out that the US has not kept its word.", side="CN", counterpart="US")
    assert [(a.name, a.text) for a in acts] == [("stated", "points out")]


_MINISTERS = ["Wang Yi (Foreign Minister)", "Subrahmanyam Jaishankar (External Affairs Minister)"]


def _agreement(text, participants, side="CN", counterpart="IN"):
    c = point_cues(text, side=side, counterpart_side=counterpart, participants=participants)
    return [(a.speaker, a.content, a.past) for a in c.acts if a.commits]


def test_leaders_agreement_reported_in_a_ministers_call_is_recalled():
    # the two leaders are not in this call: their agreement was reached where they met, before
    text = "Wang said President Xi Jinping and Prime Minister Modi had reached an important consensus on ties."
    assert _agreement(text, _MINISTERS) == [("both", True, True)]
    text = ("Wang said President Xi and Prime Minister Modi had held talks in Kazan and reached a number of "
            "common understandings.")
    assert _agreement(text, _MINISTERS) == [("both", True, True)]


def test_participants_agreement_reported_in_the_past_perfect_stays_the_calls():
    # reported speech shifts the tense: "the two sides had reached" is this call's agreement
    text = "Wang said that through candid communication the two sides had reached some common understandings."
    assert _agreement(text, _MINISTERS) == [("both", True, False)]
    # the leaders in their own call: their agreement is the call's
    text = "Xi said President Xi Jinping and Prime Minister Modi had reached an important consensus on ties."
    assert _agreement(text, ["Xi Jinping", "Narendra Modi"]) == [("both", True, False)]
    # no participants known: nothing to tell them by
    text = "Wang said President Xi Jinping and Prime Minister Modi had reached an important consensus on ties."
    assert _agreement(text, []) == [("both", True, False)]
