"""Coverage topic names (the fifty-eighth round): a topic whose best-ranked words are no word of a topic is
named by the words of a topic its points hold ('trilateral meeting', 'protest / clash'), not by a quote; a
verb's complement is no part of a term ('communication open'); a quote starts at no bare verb; an opening
that only rates the call leads in."""
import pytest
from conftest import hand_comparison

from readouts.flags import _quote, find_flags

from helpers import topic_cues as cues, topic_name_of as name_of


#: Other points of a made-up call, which use the topic's nouns too (so that a rarer adjective outranks them).
_REST = ["The two presidents discussed their meeting in Alaska.", "Trump said the meeting had gone well.",
         "They agreed to prepare a meeting of their advisers.", "A border clash was discussed.",
         "Putin spoke of a clash of interests.", "Beijing rejected the protest.", "Rubio will visit Moscow.", "The visit was prepared."]


@pytest.mark.parametrize("text, name", [
    # 'trilateral / happened' (an adjective and a verb form) outranked "meeting" and gave way to a quote
    ("Once that meeting has happened, he said, there will be a trilateral meeting of the leaders.", "trilateral meeting"),
    # 'reciprocal / convenient': two adjectives
    ("They agreed to arrange the reciprocal visit at a time convenient to both.", "reciprocal visit"),
    # 'violent / strongest': the nouns of the topic are there
    ("He lodged a protest, in the strongest possible terms, over the violent clash.", "protest / clash"),
])
def test_a_name_of_adjectives_and_verb_forms_gives_way_to_the_topic_words_of_its_points(text, name):
    assert name_of([text], counterpart="RU", rest=_REST) == name


def test_a_topic_with_no_word_of_a_topic_is_still_named_by_a_quote():
    assert name_of(["The two sides discussed how isolated cases should be dealt with calmly."], rest=_REST) \
        == "isolated cases should be dealt with …"


@pytest.mark.parametrize("text, rest, name", [
    ("The two leaders also agreed that keeping lines of communication open is important for managing the competition.",
     ["They discussed Taiwan.", "Competition is fierce."], "channels of communication / competition and rivalry"),
    ("Rubio stressed how important it is to keep channels of communication open and to manage differences.",
     ["They discussed Taiwan.", "Differences remain."], "channels of communication / differences and concerns"),
])
def test_the_state_a_verb_keeps_its_object_in_weighs_as_the_verb(text, rest, name):
    # 'communication open', 'channels of communication / open': "keep ... open" says what was done, not what about
    assert name_of([text], rest=rest) == name


def test_a_state_word_elsewhere_still_names():
    name = name_of(["Biden called for an open door policy in trade and an open market."], rest=["They discussed Taiwan."])
    assert "open" in name.lower(), name


def opening(c, side):
    (f,) = [f for f in find_flags(c) if f.kind == "coverage" and f.side == side]
    return f.evidence[0].point


_US = ["President Trump spoke with President Putin.", "Trump said Russia and Ukraine will start negotiations.",
       "Trump raised the ceasefire."]
_RU = ["Vladimir Putin had a telephone conversation with Donald Trump.",
       "He called it highly substantive and rather frank, and on the whole very useful.",
       "Putin said Russia backs direct negotiations with Ukraine.", "Putin spoke of the ceasefire."]


def test_an_opening_that_only_rates_the_talk_leads_in():
    # the RU readout opened with 'highly substantive and rather frank, and …', quoted as its first topic
    c = hand_comparison(_US, _RU, [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))], b_side="RU")
    assert opening(c, "b") == 2


def test_an_opening_that_states_a_goal_for_the_relations_stays_a_topic():
    ru = [_RU[0], "Putin said Russia was looking for a more stable and predictable relationship with Washington.",
          *_RU[2:]]
    c = hand_comparison(_US, ru, [((0,), (0,)), ((1,), (2,)), ((2,), (3,))], b_side="RU")
    assert opening(c, "b") == 1


@pytest.mark.parametrize("text, terms, quote", [
    # 'gone on longer than planned': the verb after "had", no subject
    ("Lavrov told reporters that the talks had gone on longer than planned.", {"gone": frozenset(), "longer": frozenset(),
                                                                               "planned": frozenset()},
     "the talks had gone on longer …"),
    # 'think Putin was looking to stop …' lost the "not"
    ("He said he did not think Putin was looking to stop, and called that too bad.",
     {"think": frozenset(), "looking": frozenset(), "stop": frozenset()}, "he did not think Putin was …"),
    ("They agreed to hold further discussions.", {"hold": frozenset(), "discussions": frozenset()},
     "They agreed to hold further discussions"),
])
def test_a_quote_starts_at_the_subject_of_its_verb(text, terms, quote):
    assert _quote(text, terms) == quote


@pytest.mark.parametrize("text, terms, quote", [
    # no clause start within reach: 'the two of them to solve …' said less than the verb and its object
    ("He said he expects the two of them to solve many problems together, beginning right away.",
     {"expects": frozenset(), "solve": frozenset(), "problems": frozenset(), "beginning": frozenset(),
      "right": frozenset()}, "to solve many problems together, beginning …"),
    # a verb with no subject of its own ("and was frank") starts no earlier
    ("The conversation lasted about 40 minutes and was frank and highly constructive.", {"highly": frozenset()},
     "frank and highly constructive"),
])
def test_a_quote_with_no_subject_in_reach_keeps_its_start(text, terms, quote):
    assert _quote(text, terms) == quote


@pytest.mark.parametrize("text, frame", [
    # a title's lower-case "member" broke the run of titles between "met" and the actor it met
    ("Secretary Pompeo met CCP Politburo member Yang Jiechi in Honolulu, Hawaii, to exchange views on relations.", True),
    ("Secretary Pompeo met Politburo member Yang Jiechi in Honolulu.", True),
    ("Pompeo said a member of his staff met Yang Jiechi.", False),
])
def test_a_meeting_with_a_politburo_member_frames_the_meeting(text, frame):
    assert cues(text).call_frame is frame


def test_an_opening_that_rates_the_call_by_name_leads_in():
    # "He called the call a very good one ..." (no tone word the cues read) opened the US readout as a topic
    us = ["Trump said he had just spoken with President Xi Jinping of China.",
          "He called the call a very good one for both China and America.",
          "Trump said they discussed trade and fentanyl.", "Trump raised TikTok."]
    cn = ["Xi Jinping spoke with Donald Trump by phone.", "Xi said trade and fentanyl cooperation should continue.",
          "Xi spoke of TikTok."]
    c = hand_comparison(us, cn, [((0,), (0,)), ((2,), (1,)), ((3,), (2,))], b_side="CN")
    assert opening(c, "a") == 2


def test_a_point_without_the_state_word_does_not_undo_its_complement_reading():
    # before-stop review: one point of the topic without "open" at all made "keep ... open" a name again
    from readouts.flags import _complement
    kept = "They agreed on keeping lines of communication open."
    assert _complement("open", [kept, "Communication channels were discussed."])
    assert not _complement("open", [kept, "They want an open door."])
