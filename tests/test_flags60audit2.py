"""Round 60, helper audit2: a precision audit of the coverage, tone and initiative flags on gold links.
Fixed here: a meeting held in several sittings or with an article before its adjective frames the meeting
("held meetings in Malta ... with", "held an introductory meeting ... with", "провёл встречу с"), so a coverage flag
no longer opens with it as a topic; a Chinese pair of numerals, ordinals and counters ("第三", "二十", "届三")
names no topic, as "fourth" and "five" name none."""
import pytest

from helpers import topic_cues as cues, topic_name_of as name_of


@pytest.mark.parametrize("text, language, side", [
    ("National Security Advisor Jake Sullivan held meetings in Malta on 16 and 17 September with Wang Yi.", "en", "US"),
    ("Sullivan held two days of meetings with Wang Yi in Vienna.", "en", "US"),
    ("Treasury Secretary Janet Yellen held an introductory meeting, followed by dinner, with He Lifeng.", "en", "US"),
    ("Сергей Лавров провёл встречу с Энтони Блинкеном в Женеве.", "ru", "RU"),
    ("Министры провели встречи в Женеве.", "ru", "RU"),
])
def test_meetings_held_frame_the_meeting(text, language, side):
    assert cues(text, side=side, language=language, counterpart="CN" if side == "US" else "US").call_frame


@pytest.mark.parametrize("text, language, side", [
    ("The two sides discussed how to hold more meetings of the working groups.", "en", "US"),
    ("Встречи рабочих групп будут продолжены.", "ru", "RU"),
])
def test_a_meeting_only_planned_or_named_frames_nothing(text, language, side):
    assert not cues(text, side=side, language=language, counterpart="CN" if side == "US" else "US").call_frame


_REST_ZH = ["双方讨论了台湾问题。", "王毅谈到经贸关系。"]


@pytest.mark.parametrize("text, word", [
    ("第三，双方实现良性互动，有赖于平等相待。", "第三"),
    ("第五，关键在于树立正确的相互认知。", "第五"),
    ("王毅介绍了二十届三中全会情况。", "二十"),
    ("王毅介绍了二十届三中全会情况。", "届三"),
])
def test_a_chinese_numeral_or_ordinal_names_no_topic(text, word):
    assert word not in name_of([text], side="CN", language="zh", counterpart="US", rest=_REST_ZH)


def test_an_english_ordinal_names_no_topic_as_before():
    assert "Fifth" not in name_of(["Fifth, the two sides agreed to expand grain trade."], rest=["They discussed Taiwan."])


def _opening(c, side):
    from readouts.flags import find_flags
    (f,) = [f for f in find_flags(c) if f.kind == "coverage" and f.side == side]
    return f.evidence[0].point


_US = ["President Trump spoke with President Putin.", "Trump said Russia and Ukraine will start negotiations.",
       "Trump raised the ceasefire."]


@pytest.mark.parametrize("rating, language", [
    # opened the US readout of 2023-07-08 as the topic 'comprehensive / visits and meetings'
    ("Treasury described the meeting as candid, constructive and comprehensive.", "en"),
    ("Минфин охарактеризовал встречу как откровенную и конструктивную.", "ru"),
    ("财政部称此次会晤坦诚、建设性。", "zh"),
])
def test_an_opening_whose_rater_names_the_talk_it_rates_leads_in(rating, language):
    from conftest import hand_comparison
    frame = {"en": "Vladimir Putin had a telephone conversation with Donald Trump.",
             "ru": "Владимир Путин провёл телефонный разговор с Дональдом Трампом.",
             "zh": "习近平同特朗普通电话。"}[language]
    rest = {"en": ["Putin said Russia backs direct negotiations with Ukraine.", "Putin spoke of the ceasefire."],
            "ru": ["Путин заявил, что Россия поддерживает прямые переговоры с Украиной.", "Путин говорил о прекращении огня."],
            "zh": ["习近平表示，中方支持俄乌直接谈判。", "习近平谈到停火问题。"]}[language]
    c = hand_comparison(_US, [frame, rating, *rest], [((0,), (0,)), ((1,), (2,)), ((2,), (3,))], b_side="RU",
                        b_lang=language)
    assert _opening(c, "b") == 2


def test_a_rating_that_names_a_topic_of_its_own_stays_a_topic():
    from conftest import hand_comparison
    ru = ["Vladimir Putin had a telephone conversation with Donald Trump.",
          "The Kremlin described the talks on the grain deal as constructive.",
          "Putin said Russia backs direct negotiations with Ukraine.", "Putin spoke of the ceasefire."]
    c = hand_comparison(_US, ru, [((0,), (0,)), ((1,), (2,)), ((2,), (3,))], b_side="RU")
    assert _opening(c, "b") == 1


@pytest.mark.parametrize("report, language", [
    # opened the RU readouts of 2021-05-19 (both twins) as the topic 'переговоры / дольше' ('talks / longer')
    ("Lavrov told reporters that the talks had gone on longer than planned.", "en"),
    ("С.В. Лавров сообщил журналистам, что переговоры продлились дольше, чем планировалось.", "ru"),
])
def test_an_opening_that_only_tells_how_long_the_talk_ran_leads_in(report, language):
    from conftest import hand_comparison
    us = ["Blinken met Lavrov in Reykjavik.", "Blinken said the US wanted a stable relationship.",
          "Blinken raised Ukraine."]
    rest = {"en": ["Lavrov said Moscow wanted relations to improve.", "Lavrov spoke about Ukraine."],
            "ru": ["Лавров заявил, что Москва хочет улучшения отношений.", "Лавров говорил об Украине."]}[language]
    c = hand_comparison(us, [report, *rest], [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_side="RU",
                        b_lang=language)
    assert _opening(c, "b") == 1


def test_a_report_of_what_the_talk_covered_stays_a_topic():
    from conftest import hand_comparison
    us = ["Blinken met Lavrov in Reykjavik.", "Blinken said the US wanted a stable relationship.",
          "Blinken raised Ukraine."]
    ru = ["Lavrov told reporters that the talks had focused on the Arctic Council.",
          "Lavrov said Moscow wanted relations to improve.", "Lavrov spoke about Ukraine."]
    c = hand_comparison(us, ru, [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_side="RU")
    assert _opening(c, "b") == 0


@pytest.mark.parametrize("view, language", [
    ("По его мнению, нездоровую ситуацию в отношениях между Москвой и Вашингтоном необходимо преодолевать.", "ru"),
    ("In his view, the unhealthy situation in relations between Moscow and Washington has to be overcome.", "en"),
])
def test_a_view_on_the_relations_after_the_lead_in_is_a_topic(view, language):
    # with neither tone nor act it reports no talk: the Russian twin of 2021-05-19 read it as "talk in general"
    # (its "понимание" a general word where the English "understanding" is none) and opened with the point after it
    from conftest import hand_comparison
    us = ["Blinken met Lavrov in Reykjavik.", "Blinken said the US wanted a stable relationship.",
          "Blinken raised Ukraine."]
    report = {"en": "Lavrov told reporters that the talks had gone on longer than planned.",
              "ru": "Лавров сообщил журналистам, что переговоры продлились дольше, чем планировалось."}[language]
    last = {"en": "Lavrov spoke about Ukraine.", "ru": "Лавров говорил об Украине."}[language]
    c = hand_comparison(us, [report, view, last], [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], b_side="RU",
                        b_lang=language)
    assert _opening(c, "b") == 1
