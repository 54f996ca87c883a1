"""Round 59 (passive59): a topic discussed in impersonal or passive form, read one way in all three languages.

Round 58 made a discussion no one is named for the two sides' ("Ukraine was discussed", "Обсуждались
...", "讨论了……"). The same holds for the other ways a readout says a topic came up with no one named:
a passive of a verb that brings a topic up ("X was raised", "was mentioned", "was touched upon",
"was addressed", "Attention was paid to X", "Было уделено внимание ...", "Упоминалась ...", "Был
поднят вопрос ...": lexicon ``topic_raisings``), a Chinese discussion after a topic phrase or a
topic subject with no actor ("就乌克兰问题交换了意见", "台湾问题也进行了讨论"), and the talk as the
subject ("通话还涉及……", "Their discussion also took in ..."). Each is the two sides' discussion,
as "Затрагивалась ..." already was; a topic the two sides are named for bringing up is their
discussion too ("Уделили внимание ...", "双方还谈到了……"). Not so: one side's act ("Putin raised
..."), one with an agent after "by" ("by Putin": his; "by journalists", "by the G7 leaders": no one's
in the call), one under a modal, one inside a side's report unless the report names the talk as its
setting, before or after the verb ("had not been raised in the conversation"), and one that reports
what was said ("It was mentioned that ...")."""
import pytest

from readouts.cues import point_cues

from helpers import acts_speaker as _acts


def _cues(text: str, language: str, **kw):
    side, counterpart = ("CN", "US") if language == "zh" else ("RU", "US")
    return point_cues(text, side=side, counterpart_side=counterpart, language=language, **kw)


# --- 1. a topic brought up with no one named: the two sides' discussion -----------------------------

@pytest.mark.parametrize("text,language", [
    # corpus: 2018-03-20 Trump-Putin ("The energy sector was raised separately"), 2025-10-16 (its
    # Russian twin "Затрагивалась возможная поставка ..." was the two sides' already), 2022-05-30
    ("The energy sector was raised separately.", "en"),
    ("Issues of strategic stability were also raised.", "en"),
    ("The Iranian nuclear programme was also mentioned.", "en"),
    ("A number of regional issues were also touched upon.", "en"),
    ("The situation in Syria was addressed.", "en"),
    ("The issue of sanctions was brought up.", "en"),
    ("Particular attention was paid to the situation in Syria.", "en"),
    ("Ukraine was discussed by phone.", "en"),  # a means after "by", no agent
    ("Было уделено внимание ситуации в Сирии.", "ru"),
    ("Большое внимание уделено ситуации в Сирии.", "ru"),
    ("Упоминалась также ситуация в Сирии.", "ru"),
    ("Был поднят вопрос о санкциях.", "ru"),
    ("Поднимался также вопрос о санкциях.", "ru"),
    ("台湾问题也进行了讨论。", "zh"),
    ("中美关系也进行了讨论。", "zh"),
    ("就乌克兰问题交换了意见。", "zh"),
    ("还就乌克兰危机等问题进行了深入讨论。", "zh"),
    ("对乌克兰问题进行了讨论。", "zh"),
    ("就美方对台军售问题交换了意见。", "zh"),  # an actor inside the topic is what was discussed
    ("会谈中还就乌克兰问题进行了讨论。", "zh"),
])
def test_a_topic_brought_up_with_no_one_named_is_the_two_sides_discussion(text, language):
    c = _cues(text, language)
    assert _acts(c) == [("discussed", "both")]
    assert c.speaker == "both" and not c.claims  # a discussion commits no one


@pytest.mark.parametrize("text,language", [
    # already the two sides' before this round: the forms the rule above reads alike
    ("Trade issues were touched on.", "en"),
    ("Коснулись также ситуации в Сирии.", "ru"),
    ("Затрагивались вопросы торговли.", "ru"),
    ("Был затронут вопрос Украины.", "ru"),
    ("还谈及了乌克兰问题。", "zh"),
])
def test_the_forms_read_before_stay_the_two_sides(text, language):
    assert _acts(_cues(text, language)) == [("discussed", "both")]


def test_a_chinese_topic_subject_is_no_one_s_even_after_a_side_s_point():
    # "台湾问题也进行了讨论" is a passive in all but form: the previous point's speaker, whose subject a
    # Chinese clause may drop, did not discuss it alone
    c = _cues("台湾问题也进行了讨论。", "zh", previous_speaker=("own", "CN"))
    assert _acts(c) == [("discussed", "both")]


@pytest.mark.parametrize("text,language", [
    # the talk itself as the subject of a verb of subject matter (lexicon ``talk_topics``)
    ("Their discussion also took in the East Asia Summit and BRICS.", "en"),
    ("The talks addressed the situation in Syria.", "en"),
    ("通话还涉及乌克兰问题。", "zh"),
    ("会谈涉及双边关系和乌克兰问题。", "zh"),
])
def test_the_talk_as_the_subject_of_a_topic(text, language):
    assert _acts(_cues(text, language)) == [("discussed", "both")]


@pytest.mark.parametrize("text,language", [
    # a topic the two sides are named for bringing up is their discussion, no statement of theirs
    ("The two sides paid special attention to the situation in Syria.", "en"),
    ("They also briefly addressed the situation around Iran's nuclear programme.", "en"),
    ("Уделили внимание ситуации в Сирии.", "ru"),
    ("Стороны уделили особое внимание ситуации в Сирии.", "ru"),
    ("双方还谈到了乌克兰问题。", "zh"),
    ("双方还提到了乌克兰问题。", "zh"),
])
def test_a_topic_the_two_sides_brought_up_is_their_discussion(text, language):
    c = _cues(text, language)
    assert _acts(c) == [("discussed", "both")]
    assert not c.claims


# --- 2. what stays as it was -----------------------------------------------------------------------

@pytest.mark.parametrize("text,language,acts", [
    # one side's act: its statement, or its talk ("brought up", as "spoke of")
    ("Putin raised the issue of trade.", "en", [("stated", "own")]),
    ("Putin paid special attention to the situation in Syria.", "en", [("stated", "own")]),
    ("Biden brought up Russia's war on Ukraine.", "en", [("discussed", "counterpart")]),
    ("Путин упомянул ситуацию в Сирии.", "ru", [("stated", "own")]),
    ("Лавров поднял вопрос о санкциях.", "ru", [("stated", "own")]),
    ("王毅提到了乌克兰问题。", "zh", [("stated", "own")]),
    # an agent after "by": the call's actor's act, or a third party's, no one's in the call
    ("The issue was raised by Putin.", "en", [("stated", "own")]),
    ("The issue was raised by journalists.", "en", [("stated", "unspecified")]),
    ("The issue was discussed by the G7 leaders.", "en", [("discussed", "unspecified")]),
    ("七国集团领导人就制裁问题进行了讨论。", "zh", [("discussed", "unspecified")]),
    ("七国集团领导人也进行了讨论。", "zh", [("discussed", "unspecified")]),
    # what was said, reported with no one named: a statement, as before
    ("It was also mentioned that civilians had been evacuated.", "en", [("stated", "unspecified")]),
    ("Было упомянуто, что переговоры продолжаются.", "ru", [("stated", "unspecified")]),
    ("习近平谈到，中美应当加强合作。", "zh", [("stated", "own")]),
])
def test_a_side_an_agent_or_a_statement_keeps_its_reading(text, language, acts):
    assert _acts(_cues(text, language)) == acts


@pytest.mark.parametrize("text,language", [
    ("The issue should be raised at the next meeting.", "en"),
    ("对于双方存在的具体分歧可以进行探讨。", "zh"),
])
def test_a_topic_that_may_be_raised_is_no_discussion_of_the_two_sides(text, language):
    c = _cues(text, language)
    assert [a.speaker for a in c.acts] == ["unspecified"] and all(a.modal for a in c.acts)


@pytest.mark.parametrize("text", [
    # "address" as speaking to an audience, or as dealing with a problem: no discussion
    "Putin addressed the nation.",
    "The issue must be addressed.",
])
def test_address_other_than_a_topic_is_no_act(text):
    assert _cues(text, "en").acts == ()


def test_a_problem_addressed_in_a_report_is_no_act_of_the_reporter():
    # 2022-03-14 Sullivan-Yang, b|26: "the problem [should be] addressed at its source", a passive
    # whose auxiliary an earlier clause gave, no discussion of Yang's
    c = _cues("Yang said the historical background of the Ukraine issue should be sorted out, the problem "
              "addressed at its source and every party's legitimate concerns responded to.", "en",
              previous_speaker=("own", "CN"))
    assert [a.name for a in c.acts] == ["stated"]


# --- 3. inside a side's report ---------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Putin said that trade was raised.", "en"),
    ("Putin said that attention was paid to trade.", "en"),
    ("Путин сообщил, что упоминалась ситуация в Сирии.", "ru"),
    ("Путин сказал, что было уделено внимание торговле.", "ru"),
    ("王毅表示，就乌克兰问题交换了意见。", "zh"),
])
def test_a_topic_raised_inside_a_report_stays_the_reporters(text, language):
    c = _cues(text, language)
    assert _acts(c) == [("stated", "own")]


@pytest.mark.parametrize("text,language", [
    # the talk named as the setting, after the verb too: the two sides' discussion, negated where it is
    # (2025-07-03 Trump-Putin, b|18: the Russian "в ходе разговора не затрагивалась" was the two
    # sides' already, its English twin "had not been raised in the conversation" no one's statement)
    ("Ushakov said the suspension of some US weapons deliveries to Ukraine had not been raised in the "
     "conversation.", "en"),
    ("Ушаков сообщил, что тема санкций не затрагивалась в ходе разговора.", "ru"),
])
def test_a_report_that_a_topic_did_not_come_up_in_the_talk(text, language):
    c = _cues(text, language)
    discussed = [a for a in c.acts if a.name == "discussed"]
    assert [(a.speaker, a.negated) for a in discussed] == [("both", True)]


def test_a_chinese_report_that_names_the_talk_as_the_setting():
    c = _cues("王毅表示，会谈中就乌克兰问题交换了意见。", "zh")
    assert _acts(c) == [("stated", "own"), ("discussed", "both")]


def test_attention_paid_in_the_imperfective_passive_too():
    # "уделялось" as "было уделено": no one named, the two sides' discussion
    assert _acts(_cues("Внимание уделялось вопросам торговли.", "ru")) == [("discussed", "both")]
