"""Flags as an analyst reads them on predicted comparisons of sampled corpus calls (round 52)."""
import re

from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import coverage_of as coverage


# -- coverage: courtesy opens no topic ------------------------------------------------------------
TR_MEETING = ["President Erdoğan met Russian President Vladimir Putin in Sochi.",
              "Erdoğan said trade between the two countries was growing fast."]


def test_thanks_for_accepting_an_invitation_is_no_opening_topic():
    # "Putin thanked Erdoğan for accepting his invitation" (linked to TR's meeting frame) opened the RU
    # readout as the topic 'support / friends', with 4% of its text
    c = hand_comparison(TR_MEETING, ["Putin thanked Erdoğan for accepting his invitation to come to Russia.",
                                     "Putin said trade between the two countries was growing fast."],
                        [((0,), (0,)), ((1,), (1,))], a_side="TR")
    f = coverage(find_flags(c), "b")
    assert f.points == (1,) and f.evidence[0].point == 1


def test_thanks_for_help_given_stays_a_topic():
    # thanks for help with the wildfires reports a topic: it is no courtesy for the meeting
    c = hand_comparison(TR_MEETING, ["Putin thanked Erdoğan for his support in fighting the wildfires.",
                                     "Putin said trade between the two countries was growing fast."],
                        [((0,), (0,)), ((1,), (1,))], a_side="TR")
    assert coverage(find_flags(c), "b").points == (0,)


# -- attribution_shift: each speaker's words once -------------------------------------------------
def test_a_carried_speaker_is_quoted_once():
    # CN's second point goes on with the first one's speaker, which is linked too: "Wang" was quoted twice
    c = hand_comparison(["Blinken reaffirmed that the US One China policy has not changed."],
                        ["On Taiwan, Wang said that keeping the Taiwan Strait stable requires firmly opposing "
                         "Taiwan independence.",
                         "The US should respect history and the facts and keep its political commitments."],
                        [((0,), (0, 1))], b_side="CN")
    [f] = [f for f in find_flags(c) if f.kind == "attribution_shift"]
    assert [(s.side, s.point, s.text) for s in f.evidence] == [("a", 0, "Blinken"), ("b", 0, "Wang")]


# -- coverage: a title before the counterpart's name -----------------------------------------------
CN_MEETING = ["Defense Minister Dong Jun held talks with US Secretary of Defense Lloyd Austin in Singapore.",
              "Dong said the two militaries should build mutual trust."]


def opening(a0):
    # the two frames left unlinked: only the cues can tell that a0 frames the meeting
    c = hand_comparison([a0, "Austin stressed the importance of open military-to-military communication."],
                        CN_MEETING, [((1,), (1,))], b_side="CN")
    return coverage(find_flags(c), "a").points


def test_a_title_before_the_counterparts_name_frames_the_meeting_as_the_name_alone_does():
    # "met PRC Minister of National Defense Admiral Dong Jun" was read as no frame, "met Admiral Dong Jun"
    # as one: the first opened the US readout as a topic of its own
    titled = opening("Secretary of Defense Lloyd Austin met PRC Minister of National Defense Admiral Dong Jun "
                     "today in Singapore.")
    assert titled == opening("Secretary of Defense Lloyd Austin met Admiral Dong Jun today in Singapore.") == (1,)


def test_a_title_with_a_possessive_and_a_comma_frames_the_meeting_too():
    assert opening("Secretary Hegseth met China's Minister of National Defense, Admiral Dong Jun, in Kuala "
                   "Lumpur.") == (1,)


def test_a_title_before_someone_elses_name_is_still_no_frame():
    # "met ... Dong Jun's deputy": the cues' own rule (a possessive after the second actor), title or none
    assert opening("Secretary of Defense Lloyd Austin met PRC Minister of National Defense Admiral Dong Jun's "
                   "deputy in Singapore.") == (0,)


# -- coverage: topic names -------------------------------------------------------------------------
def test_a_topic_is_named_san_francisco_not_francisco():
    # "San" is under four letters, no term of its own: the topic read 'Francisco / relationship'
    c = hand_comparison(["President Biden spoke with President Xi.",
                         "They reviewed the progress made since their meeting in San Francisco."],
                        ["President Xi spoke with President Biden.",
                         "Xi said the two sides should carry out the common understandings reached in San Francisco "
                         "and work together on the 'San Francisco vision'."],
                        [((0,), (0,)), ((1,), (1,))], b_side="CN")
    f = coverage(find_flags(c), "a")
    assert "San Francisco" in f.explanation and not re.search(r"(?<!San )Francisco", f.explanation)


def terms(text, side, counterpart, language="en"):
    from readouts.cues import point_cues
    from readouts.flags import _terms

    return set(_terms(text, point_cues(text, side=side, counterpart_side=counterpart, language=language)))


def test_a_prefix_hyphened_to_a_party_names_no_topic():
    # with "Ukrainian" left out as a party's name, "intra" of "intra-Ukrainian" named RU's opening topic
    # 'aspects / intra' (2020-02-14 Zelensky-Putin)
    found = terms("The two discussed various aspects of resolving the intra-Ukrainian conflict.", "RU", "UA")
    assert "intra" not in found and "aspects" in found
    assert "asia" in terms("They talked about the Asia-Pacific region.", "US", "CN")  # a name's own hyphen stays


def test_words_of_no_topic():
    # "турецкому президенту" named the topic 'relations / президенту' ("президент" was a stop word, its
    # dative not); "в течение" (within) the topic 'возобновления / течение'; "despite" 'bilateral relations / despite'
    assert not {"президенту", "течение"} & terms("Путин сказал турецкому президенту, что в течение нескольких дней "
                                                 "Россия будет открыта для переговоров.", "RU", "TR", "ru")
    assert "despite" not in terms("Relations were moving forward despite the difficulties.", "RU", "TR")


def test_general_words_name_a_topic_after_a_better_one():
    # 'Crimea and Donbas / paid', then 'Crimea and Donbas / particular' ("paid particular attention")
    from readouts.flags import _name_weight

    assert _name_weight("paid", frozenset()) == _name_weight("particular", frozenset()) == 0.3
    # the Russian of "several" and "intends", which are general words in English: 'relations / намерении',
    # 'возобновления / нескольких' (2023-09-04 Erdogan-Putin, Russian original)
    assert _name_weight("нескольких", frozenset()) == _name_weight("намерении", frozenset()) == 0.3
