"""Flags as an analyst reads them: defects found by reading the flags of sampled corpus calls."""
from conftest import hand_comparison

from readouts.flags import find_flags

from helpers import coverage_of as coverage


def comparison(a_points, b_points, links, *, a_side="US", b_side="CN"):
    return hand_comparison(a_points, b_points, links, a_side=a_side, b_side=b_side)


def details(flags, side):
    return [s.text for f in flags if f.kind == "detail_mismatch" and f.side == side for s in f.evidence]


# -- detail_mismatch ------------------------------------------------------------------------------
def test_taiwan_is_given_where_the_other_side_says_cross_strait():
    # "They also covered cross-Strait issues" names Taiwan: CN's "Taiwan" is no detail the US lacks
    # (it read "CN gives 'Cold War', 'Taiwan'; US's linked point does not")
    c = comparison(["The two sides met in the capital.", "They also covered cross-Strait issues and the South China Sea."],
                   ["The two sides met in the capital.",
                    "Sullivan said the US does not seek a new Cold War and will not use Taiwan as a tool against China."],
                   [((0,), (0,)), ((1,), (1,))])
    # ("a new Cold War" is a figure of speech, no detail either: test_detail58)
    assert details(find_flags(c), "b") == []


def test_taiwan_missing_on_the_other_side_is_still_a_detail():
    c = comparison(["The two sides met in the capital.", "They also covered the South China Sea."],
                   ["The two sides met in the capital.", "Sullivan said the US will not use Taiwan as a tool against China."],
                   [((0,), (0,)), ((1,), (1,))])
    assert "Taiwan" in details(find_flags(c), "b")


# -- coverage -------------------------------------------------------------------------------------
def test_a_meeting_linked_to_the_other_sides_frame_is_no_opening_topic():
    # "Austin met Dong Jun ... on the sidelines of the Shangri-La Dialogue" against CN's "held talks"
    # frame opened the US readout as the topic 'National / sidelines' (9% of its text)
    c = comparison(["Secretary of Defense Lloyd Austin met PRC Minister of National Defense Admiral Dong Jun today in "
                    "Singapore on the sidelines of the Shangri-La Dialogue.",
                    "Austin stressed the importance of open military-to-military communication."],
                   ["Defense Minister Dong Jun held talks with US Secretary of Defense Lloyd Austin in Singapore.",
                    "Dong said the purpose of communication between the two militaries is to build mutual trust."],
                   [((0,), (0,)), ((1,), (1,))])
    f = coverage(find_flags(c), "a")
    assert f.points == (1,) and f.evidence[0].point == 1


def test_an_opening_point_that_reports_something_said_stays_a_topic():
    c = comparison(["President Trump spoke with President Putin by telephone.",
                    "They discussed arms control."],
                   ["The two presidents congratulated each other on the anniversary of the victory over Nazism.",
                    "They discussed arms control."],
                   [((0,), (0,)), ((1,), (1,))], b_side="RU")
    assert coverage(find_flags(c), "b").points == (0,)


def test_a_name_with_an_inner_apostrophe_names_no_concept_of_its_tail():
    # "Ren'ai Jiao" read as "Ren" and "ai": the topic was named 'AI / Jiao' in a call with no word of AI
    c = comparison(["The two sides met in the capital.", "They discussed the South China Sea."],
                   ["The two sides met in the capital.",
                    "On Ren'ai Jiao and other issues, he said, China's attitude and bottom line are clear."],
                   [((0,), (0,))])
    assert "AI" not in coverage(find_flags(c), "b").explanation


def test_a_name_of_several_words_after_a_bracket_is_named_as_written():
    # "(Second Thomas Shoal)": the bracket made its capitals count for nothing, so the topic was
    # named 'Jiao / second thomas shoal'
    c = comparison(["The two sides met in the capital.", "They discussed the South China Sea."],
                   ["The two sides met in the capital.",
                    "On Ren'ai Jiao (Second Thomas Shoal) and other issues, he said, China's bottom line is clear."],
                   [((0,), (0,))])
    text = coverage(find_flags(c), "b").explanation
    assert "Second Thomas Shoal" in text and "second thomas shoal" not in text


# -- attribution_shift ----------------------------------------------------------------------------
def test_a_point_that_goes_on_with_an_earlier_speaker_quotes_that_speaker():
    # CN's "Competition should mean ..." goes on with Wang's words of the point before: the flag said
    # "CN credits CN" with US words alone as evidence
    c = comparison(["The Secretary spoke with Wang Yi.", "Blinken said competition must be managed responsibly."],
                   ["Wang Yi spoke with Blinken.", "Wang said the two sides should keep talking.",
                    "Competition should mean learning from each other and improving together."],
                   [((0,), (0,)), ((1,), (2,))])
    (f,) = [f for f in find_flags(c) if f.kind == "attribution_shift"]
    assert [(s.side, s.point, s.text) for s in f.evidence] == [("a", 1, "Blinken"), ("b", 1, "Wang")]


def test_a_passive_act_quotes_its_words():
    c = comparison(["The Secretary spoke with Wang Yi.", "Blinken proposed more military talks."],
                   ["Wang Yi spoke with Blinken.", "It was agreed to hold more military talks."],
                   [((0,), (0,)), ((1,), (1,))])
    (f,) = [f for f in find_flags(c) if f.kind == "attribution_shift"]
    assert {(s.side, s.text) for s in f.evidence} == {("a", "Blinken"), ("b", "agreed")}
