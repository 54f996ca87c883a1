"""English cue readings of the fifty-sixth round (second pass): a passive exchange of views, attention
paid, an importance acknowledged, in-depth communication, a talk in an earlier call, tone words of
other talks, an owed refusal in a report, a negated stance, and a trade war that is no war."""
import pytest

from readouts.concepts import concepts
from readouts.cues import point_cues


def _cues(text, side="US", counterpart="CN", participants=("Biden", "Xi", "Blinken", "Wang")):
    return point_cues(text, side=side, counterpart_side=counterpart, participants=list(participants))


def _acts(text, **kw):
    return [(a.name, a.commits, a.negated, a.modal, a.past) for a in _cues(text, **kw).acts]


# -- 1. views were exchanged ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Views were exchanged on the situation in Ukraine.",
    "Views were also briefly exchanged on the Middle East.",
    "Opinions were exchanged on trade.",
])
def test_a_passive_exchange_of_views_is_a_discussion(text):
    # as "exchanged views" and "обменялись мнениями" are
    c = _cues(text)
    assert [a.name for a in c.acts] == ["discussed"]


def test_a_passive_exchange_of_views_is_the_exchange_of_views_tone():
    c = _cues("Views were exchanged on the situation in Ukraine.")
    assert [t.key for t in c.tone] == ["exchange_of_views"]


# -- 2. attention paid ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,words,name", [
    # passive59: attention paid with no one named, or by the two sides, is their discussion of the
    # topic (lexicon ``topic_raisings``), as Russian "уделено внимание" is; one side's is its statement
    ("Attention was paid to the situation in Gaza.", "Attention was paid to", "discussed"),
    ("Particular attention was paid to the situation in Gaza.", "attention was paid to", "discussed"),
    ("The presidents paid particular attention to the situation in Gaza.", "paid particular attention to",
     "discussed"),
    ("Biden paid attention to the situation in Gaza.", "paid attention to", "stated"),
])
def test_attention_paid_is_a_statement(text, words, name):
    # as "attention was drawn to" and Russian "уделил внимание" are
    c = _cues(text)
    assert [(a.name, a.text) for a in c.acts] == [(name, words)]


# -- 3. the importance acknowledged -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Biden acknowledged the importance of the dialogue.",
    "The two sides acknowledged the great importance of military channels.",
])
def test_an_importance_acknowledged_is_a_view_stated_not_an_acceptance(text):
    # a view of what matters, as "noted the importance of"; no commitment ("stressed the importance
    # of" is no acceptance either)
    assert _acts(text) == [("stated", False, False, False, False)]


def test_a_proposal_acknowledged_is_still_accepted():
    assert _acts("Biden acknowledged China's proposal.") == [("accepted", True, False, False, False)]


# -- 4. in-depth communication ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two sides communicated thoroughly and in depth on strategic issues.",
    "The two sides communicated in depth on trade.",
    "The two sides had in-depth communication on trade.",
    "The two sides had candid and in-depth communication on trade.",
])
def test_in_depth_communication_is_a_discussion(text):
    # as Chinese "深入沟通"
    assert [a.name for a in _cues(text).acts] == ["discussed"]


def test_a_willingness_to_communicate_is_no_discussion():
    c = _cues("He said the US was willing to communicate frankly with China.")
    assert "discussed" not in [a.name for a in c.acts]


# -- 5. a talk in an earlier call ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The meeting was a follow-up to the 14 March call in which Presidents Biden and Xi talked about "
    "why open lines of communication matter.",
    "They built on their previous meeting, at which they agreed to resume talks.",
    "The call followed the 2022 meeting during which the two leaders discussed climate.",
])
def test_an_act_in_a_relative_clause_on_an_earlier_call_is_past(text):
    acts = [a for a in _cues(text).acts if a.name in ("discussed", "agreed")]
    assert acts and all(a.past for a in acts)


@pytest.mark.parametrize("text", [
    "During the call, in which the two presidents talked about trade, Biden stressed Taiwan.",
    "The two presidents talked about trade.",
    "This was the first call in which the two presidents discussed AI.",
])
def test_an_act_of_this_call_is_not_past(text):
    acts = [a for a in _cues(text).acts if a.name == "discussed"]
    assert acts and not any(a.past for a in acts)


# -- 6. tone words of other talks ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He noted that the two sides had lately held several dialogues on military matters, climate change, "
    "health and agriculture, called these useful and said the momentum of dialogue should be kept up.",
    "Erdoğan said the two countries' delegations had held very productive talks in Türkiye and that the "
    "bilateral meeting in Sochi mattered greatly.",
])
def test_tone_words_of_earlier_talks_are_no_tone_of_this_call(text):
    c = _cues(text, side="TR", counterpart="RU", participants=("Erdoğan", "Putin"))
    assert c.tone == ()


@pytest.mark.parametrize("text", [
    "Biden said the two sides had held productive talks.",
    "The two sides held productive talks in Geneva.",
])
def test_tone_words_of_this_talk_still_count(text):
    assert [t.key for t in _cues(text).tone] == ["productive"]


# -- 7. an owed refusal in a report; a negated stance -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Blinken told Wang that Beijing should not accept the proposal.",
    "Blinken told Wang that Beijing shouldn't accept the proposal.",
    "Blinken said that Beijing must not accept the proposal.",
])
def test_an_owed_refusal_in_a_report_is_kept(text):
    acts = [a for a in _cues(text).acts if a.name == "accepted"]
    assert [(a.negated, a.modal, a.content) for a in acts] == [(True, True, True)]


@pytest.mark.parametrize("text", [
    "The United States has not been committed to the deal.",
    "The United States hasn't been committed to the deal.",
])
def test_not_having_been_committed_is_a_stance(text):
    # as "is not committed to" and "has been committed to" are: where the subject stands, no pledge
    assert _acts(text) == [("reaffirmed", False, True, False, False)]


def test_not_having_committed_is_still_a_refused_pledge():
    assert _acts("The United States has not committed to the deal.") == [("agreed", True, True, False, False)]


# -- 8. a trade war -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["They discussed the trade war.", "a tariff war", "two trade wars"])
def test_a_trade_war_is_trade_not_armed_conflict(text):
    found = concepts(text)
    assert "trade_tariffs" in found and "war" not in found


def test_a_war_beside_a_trade_war_is_still_war():
    assert {"war", "trade_tariffs"} <= concepts("a trade war and a war in Ukraine")
