"""Round 58 (imp58): who discussed a topic stated impersonally, read one way in all three languages.

In a readout of a call, a discussion no one is named for ("X was discussed", "Обсуждались ...",
"Речь шла о ...", "讨论了……") is the two sides', as "The conversation covered ..." (lexicon
``talk_topics``) and "They discussed ..." are; the cross-lingual twins read "Обсуждались различные
аспекты" (no one's) against "The conversation covered various aspects" (both sides'). Inside what one
side reports it stays that side's report ("Putin said that trade was discussed": his statement, no
discussion of the call read), unless the talk is named as where it was discussed ("сообщил, что в
ходе переговоров обсуждались ...", as "Putin said the talks had also covered ..."). "According to the
Russian President, ..." opening a point is his statement, as "According to Putin, ..." is."""
import pytest

from readouts.cues import point_cues

from helpers import acts_speaker as _acts


def _cues(text: str, language: str, side: str = "RU", counterpart: str = "US", **kw):
    return point_cues(text, side=side, counterpart_side=counterpart, language=language, **kw)


# --- 1. a discussion no one is named for: the two sides' -------------------------------------------

@pytest.mark.parametrize("text,language", [
    # corpus twins: 2022-08-19 Macron-Putin ("The conversation covered various aspects ..."), 2022-07-11
    # and 2025-02-12 ("They discussed ...", "The conversation also touched on ..."), 2025-02-18
    ("Обсуждались различные аспекты ситуации вокруг Украины.", "ru"),
    ("Речь шла о дальнейшем углублении экономического сотрудничества.", "ru"),
    ("Помимо этого, речь шла о ближневосточном урегулировании.", "ru"),
    ("В ходе переговоров был рассмотрен широкий круг вопросов.", "ru"),
    ("Затрагивалась возможная поставка Украине дальнобойных ракет.", "ru"),
    ("Вопрос Украины подробно обсуждался.", "ru"),
    ("Состоялся обмен мнениями о ситуации вокруг Украины.", "ru"),
    ("Ukraine was discussed.", "en"),
    ("The situation in Libya was also discussed in detail.", "en"),
    ("Views were exchanged on the situation around Ukraine.", "en"),
    ("Some bilateral issues were touched on as well.", "en"),
    ("讨论了台湾问题。", "zh"),
    ("此外，还讨论了乌克兰问题。", "zh"),
    ("会谈讨论了台湾问题。", "zh"),
])
def test_a_discussion_no_one_is_named_for_is_both_sides(text, language):
    c = _cues(text, language, *(("CN", "US") if language == "zh" else ()))
    assert _acts(c) == [("discussed", "both")]
    assert c.speaker == "both" and not c.claims  # a discussion commits no one


@pytest.mark.parametrize("text,language", [
    # as "The conversation covered ..." already was, and as an explicit subject is
    ("The conversation covered various aspects of the situation around Ukraine.", "en"),
    ("The two sides discussed Ukraine.", "en"),
    ("Стороны обсудили ситуацию вокруг Украины.", "ru"),
    ("双方讨论了台湾问题。", "zh"),
])
def test_the_impersonal_reading_matches_the_talk_and_the_two_sides(text, language):
    c = _cues(text, language, *(("CN", "US") if language == "zh" else ()))
    assert _acts(c) == [("discussed", "both")]


@pytest.mark.parametrize("text,language,speaker", [
    # ... not a third party's discussion, with its actor as the subject ...
    ("The G7 leaders discussed new sanctions.", "en", "unspecified"),
    ("Лидеры стран G7 обсудили новые санкции.", "ru", "unspecified"),
    ("七国集团领导人讨论了制裁问题。", "zh", "unspecified"),
    # ... nor a discussion that may be held, a stance on what can be discussed
    ("Specific differences between the two sides can be discussed.", "en", "unspecified"),
    ("对于双方存在的具体分歧可以进行探讨，但前提是平等交流。", "zh", "unspecified"),
    # ... nor one a side is named for
    ("Putin discussed Ukraine.", "en", "own"),
])
def test_a_discussion_with_an_actor_or_a_modal_stays_as_it_was(text, language, speaker):
    c = _cues(text, language, *(("CN", "US") if language == "zh" else ()))
    assert [a.speaker for a in c.acts if a.name == "discussed"] == [speaker]


def test_a_negated_impersonal_discussion_is_the_two_sides_not_discussing():
    # 2025-06-05 Trump-Xi: "Russia/Ukraine and Iran were not discussed at all"
    c = _cues("Russia/Ukraine and Iran were not discussed at all.", "en", "US", "CN")
    assert [(a.name, a.speaker, a.negated) for a in c.acts] == [("discussed", "both", True)]


def test_the_acts_after_an_impersonal_discussion_keep_their_own_reading():
    # 2021-12-07 Biden-Putin, b|12 (both languages): the discussion is the two sides', but whose view
    # "it was noted" gives is not said; it stays no one's, as before, and makes no claim
    for text, language in (("Bilateral matters were also discussed, and it was noted that cooperation is still "
                            "unsatisfactory.", "en"),
                           ("Затрагивались и двусторонние вопросы; было отмечено, что взаимодействие пока остаётся "
                            "неудовлетворительным.", "ru")):
        c = _cues(text, language)
        assert _acts(c) == [("discussed", "both"), ("stated", "unspecified")]
        assert not c.claims


# --- 2. inside one side's report -------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    # the report is the speaker's, no discussion of the call read from it, in all three languages
    ("Putin said that trade was discussed.", "en"),
    ("Путин сообщил, что обсуждалась торговля.", "ru"),
    ("王毅表示，讨论了贸易问题。", "zh"),
])
def test_an_impersonal_discussion_inside_a_report_stays_the_reporters(text, language):
    c = _cues(text, language, *(("CN", "US") if language == "zh" else ()))
    assert _acts(c) == [("stated", "own")]
    assert c.speaker == "own"


@pytest.mark.parametrize("text,language", [
    # 2023-09-04 Erdogan-Putin, b|16: the Russian original read no discussion, its English twin ("Putin
    # said the talks had also covered ways of settling the crisis in Libya") the two sides'
    ("Владимир Путин сообщил, что в ходе переговоров обсуждались также пути урегулирования кризиса в Ливии.",
     "ru"),
    ("Putin said the talks had also covered ways of settling the crisis in Libya.", "en"),
    ("Putin said that during the talks trade was discussed.", "en"),
    ("王毅表示，会谈中讨论了贸易问题。", "zh"),
])
def test_a_report_that_the_talks_covered_a_topic_is_a_discussion_of_both(text, language):
    c = _cues(text, language, *(("CN", "US") if language == "zh" else ()))
    assert [(a.name, a.speaker, a.content) for a in c.acts] == [("stated", "own", False), ("discussed", "both", True)]
    assert c.speaker == "own"


def test_a_narrators_report_of_what_the_talk_did_not_touch_on():
    # 2025-07-03 Trump-Putin (Russian readout): Ushakov's report, the discussion negated and the two sides'
    c = _cues("Юрий Ушаков сообщил, что тема приостановки поставок оружия Украине в ходе разговора не "
              "затрагивалась.", "ru")
    discussed = [a for a in c.acts if a.name == "discussed"]
    assert [(a.speaker, a.negated, a.content) for a in discussed] == [("both", True, True)]


# --- 3. "According to the <title>, ..." ------------------------------------------------------------

@pytest.mark.parametrize("text,side,speaker", [
    ("According to the Russian President, the talks were useful.", "RU", "own"),
    ("According to the President, the talks were useful.", "RU", "own"),
    ("According to the American President, the talks were useful.", "RU", "counterpart"),
    ("According to the Secretary, the talks were useful.", "US", "own"),
])
def test_according_to_a_titled_person_is_that_persons_statement(text, side, speaker):
    # as "According to Putin, ..." and "По словам Президента России, ..." are
    c = _cues(text, "en", side, "US" if side == "RU" else "RU")
    assert _acts(c) == [("stated", speaker)]


@pytest.mark.parametrize("text", [
    # an institution, a side, a plan: no person's statement
    "According to the White House, the talks were useful.",
    "According to the Russian side, the talks were useful.",
    "According to the agreement, the talks will continue.",
])
def test_according_to_an_institution_or_a_thing_is_no_act(text):
    assert _cues(text, "en", "US", "RU").acts == ()
