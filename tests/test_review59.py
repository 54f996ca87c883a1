"""Defects found reviewing round 59 (23921f7..8e2f00c)."""
from readouts.concepts import concepts
from readouts.cues import point_cues


def _acts(text, side="RU", cp="US"):
    return [(a.text, a.name) for a in point_cues(text, side=side, counterpart_side=cp).acts]


def test_told_that_someone_else_to_is_no_urging():
    # _ADDRESSEE_WORD was case-insensitive, so "[A-Z]" took any word: the words between "told" and
    # a side named later ("reporters that he expected the") passed as titles and names
    assert ("told", "urged") not in _acts("Lavrov told reporters that he expected the United States to drop its demands.")
    assert ("told", "urged") not in _acts("Putin told Erdogan that he wanted Ukraine to stop the shelling.", cp="UA")
    # what the round meant stays
    assert ("told", "urged") in _acts("The Minister told the Secretary of State to drop the speculation.")
    assert ("told", "urged") in _acts("Lavrov told US Secretary of State Blinken to stop arming Kyiv.")


def test_talks_on_a_topic_with_a_digit_are_a_discussion():
    # _dated_topic took any digit after "on" for a date: "talks on 5G networks" was no discussion
    assert ("held talks on", "discussed") in _acts("The two leaders held talks on 5G networks and supply chains.",
                                                   side="US", cp="CN")
    assert not _acts("The two leaders held talks on 5 May in Geneva.", side="US", cp="CN")
    assert not _acts("The two leaders held talks on 14th March in Geneva.", side="US", cp="CN")


def test_came_up_with_is_no_discussion():
    assert ("came up", "discussed") not in _acts("The Russian side came up with a number of proposals.")
    assert ("came up", "discussed") in _acts("The situation in Syria also came up.")


def test_addressed_an_audience_is_no_discussion():
    for t in ("Putin addressed the Federal Assembly last week.", "Lavrov addressed the media after the talks.",
              "Blinken addressed reporters in Geneva."):
        assert ("addressed", "discussed") not in _acts(t), t
    assert any(t.startswith("addressed") and n == "discussed"
               for t, n in _acts("The two ministers addressed the situation in Ukraine."))
    assert ("addressed", "discussed") in _acts("The two ministers also addressed energy security.")


def test_us_forces_needs_the_capitals():
    # "us forces" in lower case matched the pronoun: "He told us forces of division ..." was troops
    assert "troops_buildup" not in concepts("He told us forces of division must not prevail.")
    assert "troops_buildup" in concepts("US forces in Korea")
    assert "troops_buildup" in concepts("U.S. forces in the region")
