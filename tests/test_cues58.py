"""Round 58, speech-act readings made to agree across languages, the cross-lingual twins of the corpus
as the oracle: English "According to <name>, ..." opening a point is that person's statement, as
"По словам Юрия Ушакова, ..." and "据王毅介绍，..." are (not "according to the agreement"); condolences
offered are a statement in all three languages ("offered condolences", "выразил соболезнования",
"表示哀悼"), a courtesy as thanks are, and still no proposal; a trailing "exchanging views" after a
fronted date is the two sides' discussion, as "交换意见" is; a talk noun apart from its verb ("Erdogan's
conversation with Putin covered ...", "Putin said that the talks had covered ...") is a discussion."""
import pytest

from readouts.cues import point_cues

from helpers import acts_text_speaker as _acts


def _cues(text: str, language: str, side: str, counterpart: str, participants=()):
    return point_cues(text, side=side, counterpart_side=counterpart, language=language,
                      participants=participants)


# --- 1. "According to <person>, ..." opening a point: that person's statement --------------------------

@pytest.mark.parametrize("text,speaker", [
    ("According to Ushakov, the conversation was useful.", "own"),
    ("According to Yuri Ushakov, the conversation was useful.", "own"),
    ("According to Blinken, the US is ready to keep up contacts.", "counterpart"),
])
def test_according_to_a_person_opening_a_point_is_that_persons_statement(text, speaker):
    # as the Russian twin "По словам Юрия Ушакова, ..." is
    assert _acts(_cues(text, "en", "RU", "US")) == [("stated", "According to", speaker)]
    assert [a.name for a in _cues("По словам Юрия Ушакова, беседа была полезной.", "ru", "RU", "US").acts] == ["stated"]


def test_according_to_a_person_is_the_persons_word_not_a_gerund_of_the_next_subject():
    # "According to" ends in "-ing" but is no participle whose subject is Trump's: Ushakov's, and Trump
    # said, as in the Russian twin "По словам Юрия Ушакова, Дональд Трамп сказал ..."
    acts = _acts(_cues("According to Ushakov, Trump said he would take into account all the considerations.",
                       "en", "RU", "US", ["Vladimir Putin", "Donald Trump"]))
    assert acts == [("stated", "According to", "own"), ("stated", "said", "counterpart")]


@pytest.mark.parametrize("text", [
    "According to the agreement, the sides will meet again in the spring.",
    "According to the plan, the ministers will meet again.",
    "According to the statement, the sides will meet again.",
    "According to the White House, the two leaders held a highly successful meeting.",  # an institution
    "Work on the Akkuyu nuclear power plant, he added, is going according to schedule.",
    "The talks, according to Ushakov, were useful.",  # inside a clause: only who says it
])
def test_according_to_no_person_or_inside_a_clause_is_no_statement_of_its_own(text):
    assert [a for a in _acts(_cues(text, "en", "RU", "US")) if a[1].casefold() == "according to"] == []


def test_chinese_ju_jieshao_is_that_persons_statement():
    # "据王毅介绍，..." / "据王毅称，...": already read as his statement, as the English twin should be
    assert _acts(_cues("据王毅介绍，会谈是坦诚的。", "zh", "CN", "US"))[0][::2] == ("stated", "own")
    assert _acts(_cues("据王毅称，会谈是坦诚的。", "zh", "CN", "US"))[0][::2] == ("stated", "own")


# --- 2. condolences: a statement in all three languages -------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Putin offered condolences over the Ukrainian citizens killed in a road accident.", "en"),
    ("Putin offered sincere condolences over the tragic building collapse in Surfside, Florida.", "en"),
    ("Putin expressed condolences over the Ukrainian citizens killed in a road accident.", "en"),
    ("Владимир Путин выразил соболезнования в связи с гибелью граждан Украины.", "ru"),
    ("习近平对遇难者表示深切哀悼。", "zh"),
])
def test_condolences_are_a_statement_in_every_language(text, language):
    assert [(a.name, a.speaker) for a in _cues(text, language, "RU" if language != "zh" else "CN", "US").acts] \
        == [("stated", "own")]


def test_condolences_offered_are_still_no_proposal():
    acts = _acts(_cues("Lavrov offered his condolences over the crash.", "en", "RU", "US"))
    assert acts == [("stated", "offered his condolences", "own")]
    assert _acts(_cues("Lavrov offered to send experts.", "en", "RU", "US")) == [("proposed", "offered", "own")]


# --- 3. "exchanging views" after a fronted date: the two sides' discussion ---------------------------

def test_exchanging_views_after_a_fronted_date_is_both_sides_discussion():
    # the 2025-09-19 opening point: "双方就……坦诚深入交换意见" is both sides' discussion, and so the point's
    text = ("On the evening of 19 September President Xi Jinping and US President Donald Trump talked by phone, "
            "exchanging views frankly and in depth on the state of China-US relations.")
    c = _cues(text, "en", "CN", "US", ["Xi Jinping", "Donald Trump"])
    assert _acts(c) == [("discussed", "exchanging views", "both")]
    assert c.speaker == "both"


def test_exchanging_views_opening_a_sentence_is_the_main_clauses_subjects():
    c = _cues("Exchanging views on the crisis, Xi set out China's approach.", "en", "CN", "US", ["Xi Jinping", "Joe Biden"])
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "own"), ("stated", "own")]


# --- 4. a talk noun apart from its verb -------------------------------------------------------------

@pytest.mark.parametrize("text,act", [
    ("Erdogan's conversation with Putin covered the situation in Syria.", "conversation with Putin covered"),
    ("The conversation with President Vladimir Putin also covered grain exports.",
     "conversation with President Vladimir Putin also covered"),
])
def test_a_talk_with_its_partner_named_covered_a_topic(text, act):
    assert [(a.name, a.text, a.speaker) for a in _cues(text, "en", "TR", "RU").acts] == [("discussed", act, "both")]


def test_a_russian_talk_with_its_partner_named_touched_a_topic():
    acts = _acts(_cues("Разговор с Эрдоганом касался ситуации в Сирии.", "ru", "RU", "TR"))
    assert acts == [("discussed", "Разговор с Эрдоганом касался", "both")]


@pytest.mark.parametrize("text", [
    "Putin said that the talks had covered ways of settling the crisis in Libya.",
    "Putin said that the talks had also covered ways of settling the crisis in Libya.",
])
def test_talks_covered_reported_after_that_are_a_discussion(text):
    # as without "that" ("Putin said the talks had also covered ...")
    acts = [(a.name, a.speaker) for a in _cues(text, "en", "TR", "RU").acts]
    assert acts == [("stated", "counterpart"), ("discussed", "both")]


def test_a_talk_held_with_a_partner_then_a_relative_clause_is_no_topic_phrase():
    # the partner slot takes words with no punctuation: ", which covered" is not "talks ... covered"
    acts = _cues("He held talks with Putin, which covered the grain deal.", "en", "TR", "RU").acts
    assert not any("covered" in a.text for a in acts)


def test_in_exchanging_views_before_the_subject_is_the_subjects_discussion():
    # "In exchanging views on ..., Putin said": Putin's, as the Russian "Обмениваясь мнениями ..., Путин" is
    c = _cues("In exchanging views on the prospects for a Normandy-format summit, Putin said preparatory work "
              "must continue.", "en", "RU", "UA", ["Vladimir Putin", "Volodymyr Zelensky"])
    assert [(a.name, a.speaker) for a in c.acts] == [("discussed", "own"), ("stated", "own")]


# --- 5. more twins: "declared", "talked over", "continued their exchange on" --------------------------

@pytest.mark.parametrize("text,act", [
    # "Оба президента заявили о готовности ...": stated, both
    ("Both presidents declared themselves ready to keep talking about global security.", ("stated", "declared", "both")),
    ("Putin declared that Russia was ready for dialogue.", ("stated", "declared", "own")),
    # "Главы внешнеполитических ведомств обсудили ...": discussed, both
    ("The two foreign ministers talked over the present situation in Ukraine.", ("discussed", "talked over", "both")),
    # "стороны продолжили обмен мнениями по инициативе ...": discussed, both
    ("They continued their exchange on the initiative to set up a regional gas hub.",
     ("discussed", "continued their exchange on", "both")),
])
def test_twin_readings_of_declared_talked_over_and_a_continued_exchange(text, act):
    assert _acts(_cues(text, "en", "RU", "US")) == [act]


def test_a_declared_aim_is_no_statement():
    assert _acts(_cues("The declared aim of the operation is peace.", "en", "RU", "US")) == []


def test_according_to_a_narrator_is_his_statement_of_no_speaker_and_the_point_stays_the_speakers():
    # "По словам Юрия Ушакова, Дональд Трамп сказал ...": the aide's words (no speaker of the call), and
    # the point Trump's
    c = _cues("According to Presidential Aide Yury Ushakov, Trump said he would take into account all the "
              "considerations.", "en", "RU", "US", ["Vladimir Putin", "Donald Trump"])
    assert _acts(c) == [("stated", "According to", "unspecified"), ("stated", "said", "counterpart")]
    assert c.speaker == "counterpart"


@pytest.mark.parametrize("text,acts", [
    # the twin "Обмениваясь мнениями о внутриукраинском кризисе, Владимир Путин обозначил подходы": Putin's
    ("In an exchange of views on the intra-Ukrainian crisis, Putin set out approaches to a settlement.",
     [("discussed", "own"), ("stated", "own")]),
    ("In a candid exchange of views, the two sides agreed to stay in touch.", [("discussed", "both"), ("agreed", "both")]),
])
def test_a_fronted_exchange_of_views_is_the_main_clauses_subjects(text, acts):
    c = _cues(text, "en", "RU", "US", ["Vladimir Putin", "Joe Biden"])
    assert [(a.name, a.speaker) for a in c.acts] == acts


@pytest.mark.parametrize("text,acts", [
    # "кибератак, якобы предпринятых с российской территории": hearsay, no one's act in the call
    ("Referring to reports of cyberattacks said to have come from Russian territory, Putin noted that no "
     "requests had been sent.", [("stated", "noted", "own")]),
    ("The attacks are said to be criminal.", []),
    ("Putin said to Biden that Russia is ready.", [("stated", "said", "own")]),
])
def test_said_to_have_or_be_is_hearsay_no_statement(text, acts):
    assert _acts(_cues(text, "en", "RU", "US", ["Vladimir Putin", "Joe Biden"])) == acts
