"""Session-54 flag leftovers (flags54b): the evidence of an attribution_shift, modal acts of 'support'."""
from conftest import hand_comparison

from readouts.cues import owed_by, point_cues
from readouts.flags import find_flags


def attribution(c):
    return [[(s.side, s.point, s.text) for s in f.evidence] for f in find_flags(c) if f.kind == "attribution_shift"]


# -- 1. a modal act owed by the other side is no evidence of who speaks ---------------------------
ZH = ["王毅强调，中方坚定维护对南海诸岛的领土主权和海洋权益。",
      "美方不得以双边条约为借口损害中国的主权和领土完整，不得支持、纵容菲律宾的侵权行为。"]
EN = ["Wang stressed that China firmly safeguards its territorial sovereignty over the islands.",
      "The US must not use bilateral treaties as a pretext to undermine China's sovereignty, and must not "
      "back or condone the Philippines' infringing actions."]


def test_owed_support_is_not_quoted_as_the_speakers_words():
    # "美方……不得支持" (the US must not support) was quoted as the words that show "CN credits CN",
    # while the English twin ("must not back") quotes Wang alone: the demand is Wang's, the support owed
    c = hand_comparison(["Sullivan raised concerns about the South China Sea."], ZH, [((0,), (0, 1))],
                        a_side="US", b_side="CN", b_lang="zh")
    assert attribution(c) == [[("a", 0, "Sullivan"), ("b", 0, "王毅")]]


def test_the_english_twin_reads_the_same():
    c = hand_comparison(["Sullivan raised concerns about the South China Sea."], EN, [((0,), (0, 1))],
                        a_side="US", b_side="CN")
    assert attribution(c) == [[("a", 0, "Sullivan"), ("b", 0, "Wang")]]


def test_an_owed_act_on_a_point_of_its_own_quotes_the_earlier_speaker():
    # the owed point alone on the link: it goes on with Wang of the point before, as the twin's
    # point with no act does, and says so
    c = hand_comparison(["The two sides met.", "Sullivan raised concerns about the South China Sea."],
                        ["双方举行会谈。"] + ZH, [((0,), (0,)), ((1,), (2,))], a_side="US", b_side="CN", b_lang="zh")
    flags = [f for f in find_flags(c) if f.kind == "attribution_shift"]
    assert [[(s.side, s.point, s.text) for s in f.evidence] for f in flags] == [[("a", 1, "Sullivan"), ("b", 1, "王毅")]]
    assert "CN's point 2 goes on with the speaker of its point 1" in flags[0].explanation


def test_an_act_owed_by_the_speakers_own_side_is_its_own():
    # "Wang said China must not ..." : China's own stance, spoken by its own side
    pc = point_cues("Wang said China must not support the separatists.", side="CN", counterpart_side="US")
    assert [owed_by(pc, x) for x in pc.acts] == [None, None]
    pc = point_cues("Wang said the US must not support the separatists.", side="CN", counterpart_side="US")
    # (Wang's demand that the US refrain, since round 60, is his own: owed by no one)
    assert [owed_by(pc, x) and owed_by(pc, x).text for x in pc.acts] == [None, None, "US"]


# -- 2. "should support" is a modal act as "should not support" is --------------------------------
def acts(text, side="CN", counterpart="US"):
    pc = point_cues(text, side=side, counterpart_side=counterpart)
    return [(x.text, x.name, x.negated, x.modal) for x in pc.acts]


def test_should_support_is_a_modal_act_as_should_not_support_is():
    # "The US should support X" gave no act while "The US should not support X" gave a modal, negated one
    # (round 59: its "should" is the speaker's urging on the US besides; round 60: "should not" too)
    assert acts("The US should support the Philippines.") == [("should", "urged", False, False),
                                                              ("support", "supported", False, True)]
    assert acts("The US should not support the Philippines.") == [("should", "urged", False, False),
                                                                  ("not support", "supported", True, True)]
    assert acts("All sides should jointly support the talks.") == [("support", "supported", False, True)]


def test_can_not_support_and_will_support():
    # "cannot support" gave no act ("not support" needs a word boundary before "not"); "will support"
    # reads as Chinese "将支持" does: modal, no support given in the call
    assert acts("China cannot support the sanctions.") == [("support", "supported", True, True)]
    assert acts("Trump said the US will support the consultations.", side="US", counterpart="CN")[1:] == \
        [("support", "supported", False, True)]


def test_the_noun_support_is_still_no_act():
    assert acts("US support for the Philippines is a concern.") == []
    assert acts("If support is given, talks may resume.") == []
    assert acts("He voiced support for the talks.") == [("voiced support", "supported", False, False)]
    assert acts("Their support matters.") == []


def test_should_support_is_owed_by_the_actor_told():
    pc = point_cues("The US should support the talks.", side="CN", counterpart_side="US")
    support = next(a for a in pc.acts if a.name == "supported")  # after the urging (round 59)
    assert owed_by(pc, support).text == "US"


# -- 3. an unconfirmed claim that is what someone reports is told as reported ---------------------
def claims(c):
    return [(f.explanation, [s.text for s in f.evidence]) for f in find_flags(c) if f.kind == "unconfirmed_claim"]


def test_a_reported_agreement_names_its_reporter():
    # "At the end of the call, he said, they agreed ..." read "US credits both sides with an agreement
    # ("agreed")", the report ("he said") neither quoted nor shown
    c = hand_comparison(["At the end of the call, he said, they agreed that their advisers would meet next week."],
                        ["The presidents discussed the situation in the Middle East."], [((0,), (0,))],
                        a_side="US", b_side="RU")
    [(text, words)] = claims(c)
    assert text.startswith('US credits both sides with an agreement ("agreed"), as reported ("said"); ')
    c = hand_comparison(["At the end of the call, the President said, they agreed that their advisers would meet next week."],
                        ["The presidents discussed the situation in the Middle East."], [((0,), (0,))],
                        a_side="US", b_side="RU")
    [(text, words)] = claims(c)
    assert text.startswith('US credits both sides with an agreement ("agreed"), as reported ("the President said"); ')
    assert words == ["the President", "said", "they", "agreed"]


def test_a_claim_reported_by_the_readouts_own_official():
    c = hand_comparison(["Austin underlined that the United States and the PRC both oppose the use of nuclear weapons."],
                        ["The two ministers discussed the Ukraine crisis."], [((0,), (0,))], a_side="US", b_side="CN")
    [(text, words)] = claims(c)
    assert 'with a statement ("oppose"), as reported ("Austin underlined")' in text
    assert words[:2] == ["Austin", "underlined"]


def test_a_chinese_report_of_the_other_sides_statement():
    c = hand_comparison(["The meeting took place in the afternoon."],
                        ["杨洁篪说，中方注意到美方表示无意遏制中国发展。"], [((0,), (0,))],
                        a_side="US", b_side="CN", b_lang="zh")
    [(text, words)] = claims(c)
    assert text.startswith('CN credits US with a statement ("表示"), as reported ("杨洁篪说"); ')


def test_a_statement_of_the_reporters_own_side_needs_no_reporter():
    # "Biden said the US does not support ...": the US's statement either way, told as before
    c = hand_comparison(["The two sides discussed the relationship."],
                        ["Biden said the US does not support Taiwan independence."], [((0,), (0,))],
                        a_side="US", b_side="CN")
    assert all("as reported" not in text for text, _ in claims(c))
