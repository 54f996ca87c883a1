"""An opening point that says only that the talk was had, how it went and that it was about the relations or
the issues in general is a lead-in, not the topic a readout opens with (flags.py ``_talk_in_general``)."""
from conftest import hand_comparison

from readouts.flags import find_flags

US = ["President Biden met President Xi in Lima.",
      "The two leaders had a candid and constructive discussion of bilateral, regional and global issues, "
      "covering both areas of cooperation and areas of difference.",
      "Biden said the United States will keep investing in its semiconductor industry and its alliances.",
      "Biden raised the fentanyl precursors shipped from Chinese ports."]
CN = ["President Xi met President Biden in Lima.",
      "The two heads of state had a candid, in-depth and constructive exchange on China-US relations.",
      "Xi said the semiconductor export controls harm Chinese companies and must be lifted.",
      "Xi said China has scheduled more fentanyl precursors."]


def opening(c, side):
    (f,) = [f for f in find_flags(c) if f.kind == "coverage" and f.side == side]
    return f.evidence[0].point, f.explanation


def test_tone_sentences_linked_only_to_each_other_lead_in_on_both_sides():
    # both readouts opened, after the frame, with a tone sentence linked only to the other's: neither was read
    # as a frame, and each side "opened" with it
    c = hand_comparison(US, CN, [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], b_side="CN")
    assert opening(c, "a")[0] == 2
    assert opening(c, "b")[0] == 2


def test_an_unlinked_tone_sentence_leads_in():
    us = [US[0], "He characterised the exchange as frank and direct.", US[2], US[3]]
    c = hand_comparison(us, CN, [((0,), (0,)), ((2,), (2,)), ((3,), (3,))], b_side="CN")
    assert opening(c, "a")[0] == 2


def test_a_tone_sentence_in_chinese_leads_in():
    cn = ["习近平在利马会见拜登。", "两国元首就中美关系进行了坦诚、深入、建设性的交流。",
          "习近平指出，半导体出口管制损害中国企业利益。", "习近平表示，中方已列管更多芬太尼前体。"]
    c = hand_comparison(US, cn, [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))], b_side="CN", b_lang="zh")
    assert opening(c, "b")[0] == 2


def test_a_general_review_of_relations_in_russian_leads_in():
    us = ["President Biden spoke with President Putin.", "The two discussed the state of relations.",
          "Biden raised the buildup of troops near Ukraine."]
    ru = ["Состоялся телефонный разговор Владимира Путина с Джозефом Байденом.",
          "Президенты подробно рассмотрели нынешнее положение дел в двусторонних отношениях и ряд злободневных "
          "международных вопросов.",
          "Путин заявил, что Россия не намерена наращивать войска у границ Украины."]
    c = hand_comparison(us, ru, [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_lang="ru")
    assert opening(c, "b")[0] == 2


def test_a_tone_sentence_with_a_topic_of_its_own_stays_the_opening():
    # "an exchange of views on the situation in Ukraine" opens with Ukraine, however candid
    us = ["Chancellor Scholz spoke with President Putin.",
          "The two leaders had a detailed and candid exchange of views on the situation in Ukraine.",
          "Scholz urged Russia to withdraw its troops."]
    ru = ["Состоялся телефонный разговор с Олафом Шольцем.", "Обсуждалась ситуация на Украине.",
          "Путин изложил позицию России."]
    c = hand_comparison(us, ru, [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], a_side="DE", b_lang="ru")
    point, text = opening(c, "a")
    assert point == 1 and "Ukraine" in text


def test_a_topic_with_no_tone_and_no_general_concept_stays_the_opening():
    # "the latest developments in Russia" names no relations in general and no tone: a topic (a mutiny)
    tr = ["President Erdogan spoke with President Putin.", "The two leaders discussed the latest developments in Russia.",
          "Erdogan called for calm."]
    ru = ["Состоялся телефонный разговор с Президентом Турции.", "Путин рассказал о ситуации в России.",
          "Эрдоган выразил поддержку."]
    c = hand_comparison(tr, ru, [((0,), (0,)), ((2,), (2,))], a_side="TR", b_lang="ru")
    assert opening(c, "a")[0] == 1
