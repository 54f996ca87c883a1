"""Concept forms that Russian and Chinese points lacked where their English versions had them,
found with the 40 cross-lingual twins as an oracle (point i of a "-ru"/"-zh" file against point i
of its English file): for each gold link the English pair shared a concept that the cross-lingual
pair did not (24 such gaps over 351 gold pairs before these forms, 4 after). Each form is a word a
native reader takes for the concept; the texts here are made up, in the corpus's style."""

import pytest

from readouts.concepts import concept_words, concepts


# -- Chinese: a country in the two-country compounds (like 中美 for China and the US) --------------
@pytest.mark.parametrize("text, expected", [
    ("双方应推动中印关系健康稳定发展。", {"china", "india"}),
    ("稳定、可预期的印中关系符合双方利益。", {"china", "india"}),
    ("中欧关系不受第三方干扰。", {"china", "europe"}),
    ("欧中经贸合作符合双方利益。", {"china", "europe"}),
    ("中俄关系保持高水平运行。", {"china", "russia"}),
])
def test_a_chinese_two_country_compound_names_both_countries(text, expected):
    assert expected <= concepts(text)


@pytest.mark.parametrize("text", ["美方表示坚持一个中国政策。", "美国的一个中国政策没有改变。"])
def test_the_one_china_policy_names_china_in_chinese_as_in_english_and_russian(text):
    # "the one-China policy" and "политика одного Китая" name China and the one-China concept both
    assert {"china", "one_china_communiques"} <= concepts(text)
    assert "china" in concepts("The US side stated that it adheres to the one-China policy.")


@pytest.mark.parametrize("text, concept", [
    ("杨洁篪阐明了中方在涉台问题上的严正立场。", "taiwan"),
    ("他阐明了中方在涉港问题上的立场。", "hong_kong"),
    ("他阐明了中方在涉疆问题上的立场。", "xinjiang"),
    ("他阐明了中方在涉藏问题上的立场。", "tibet"),
    ("印军此番行为违反了两国协议。", "india"),
    ("印度一线边防部队违背了共识。", "border"),
    ("严格约束一线部队。", "troops_buildup"),
    ("中国人民不会忘记盟国对中国抗战给予的支持。", "war"),
    ("尽快停火止战。", "war"),
    ("双方应加强军队领域的交流。", "military_channels"),
    ("中方维护海洋权益。", "military_channels"),
    ("尊重彼此关切，谋求双赢。", "cooperation"),
    ("美方愿同中方共同努力，维护世界和平。", "cooperation"),
    ("今年是两国建交45周年。", "bilateral_relations"),
    ("双方同意召开对话机制的首次会议。", "visit_summit_meeting"),
    ("白宫发表声明。", "united_states"),
])
def test_chinese_forms_of_the_concepts(text, concept):
    assert concept in concepts(text)


def test_a_trade_war_is_a_literal_war_and_still_trade_in_chinese():
    # "trade war" in English: "trade" names trade, "war" is a literal match only (a `not` phrase);
    # 贸易战 read the same way, without the longer form swallowing 贸易
    for text in ("不会打贸易战。", "Will not wage a trade war."):
        assert "trade_tariffs" in concepts(text), text
        assert "war" in concepts(text, literal=True) and "war" not in concepts(text), text
    assert {"rare_earths_tech", "war"} <= concepts("打科技战。", literal=True)


def test_alliances_are_a_literal_nato_in_chinese_and_russian_as_in_english():
    for text in ("强化同盟关系并非针对中国。", "Союзничество военного времени должно служить примером.",
                 "Its revitalised alliances are not aimed at China."):
        assert "nato" in concepts(text, literal=True), text
        assert "nato" not in concepts(text), text


# -- Russian ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("Собеседники обсудили урегулирование внутриукраинского конфликта.", "ukraine"),
    ("Лидеры отметили рекордные темпы роста товарооборота.", "trade_tariffs"),
    ("Цены на зерно на мировых рынках снижаются.", "global_issues"),
    ("Россия остаётся надёжным поставщиком газа в Турцию.", "energy"),
    ("Удары по Запорожской атомной электростанции создают опасность.", "energy"),
    ("Глава Белого дома предложил обдумать возможность встречи.", "united_states"),
    ("Стороны договорились поручить ведомствам проработку вопросов.", "teams_working_groups"),
    ("Если обстановка продолжит обостряться, будут введены санкции.", "troops_buildup"),
    ("НАТО наращивает военные возможности у границ России.", "troops_buildup"),
    ("Обсуждались вопросы дальнейшего разведения сил и средств.", "troops_buildup"),
    ("Удары наносятся по гражданской инфраструктуре.", "humanitarian"),
    ("Ситуация привела к острому противостоянию.", "new_cold_war_competition"),
    ("Настала пора совместной работы двух стран.", "cooperation"),
])
def test_russian_forms_of_the_concepts(text, concept):
    assert concept in concepts(text)


def test_a_nuclear_power_plant_is_a_literal_nuclear_term_in_russian_as_in_english():
    for text in ("Удары по Запорожской атомной электростанции.", "Strikes on the Zaporozhye nuclear power plant."):
        assert "nuclear_arms_control" in concepts(text, literal=True), text
        assert "nuclear_arms_control" not in concepts(text), text


@pytest.mark.parametrize("text", ["Ситуация в секторе Газа обсуждалась подробно.",
                                  "Затрагивались вопросы гражданской войны в США."])
def test_gaza_and_a_civil_war_are_no_gas_and_no_civilians(text):
    assert not {"energy", "humanitarian"} & concepts(text, literal=True)


@pytest.mark.parametrize("text", ["Собеседники обсудили расширение двустороннего сотрудничества.",
                                  "Затрагивались и двусторонние вопросы.", "双方讨论了双边合作。",
                                  "They discussed expanding bilateral cooperation."])
def test_bilateral_alone_names_no_bilateral_relations_in_any_language(text):
    # English ("bilateral relation") and Chinese (双边关系) name the relations, not any bilateral matter
    assert "bilateral_relations" not in concepts(text, literal=True)


def test_bilateral_relations_still_name_the_concept_in_russian():
    assert "bilateral_relations" in concepts("Министры обсудили проблемы в двусторонних отношениях.")


# -- English: "US" and "USA" name no concept (measured), "White House" does; "us" the pronoun none ----------
@pytest.mark.parametrize("text", ["China urged the US to correct its mistakes.", "He said China-US relations matter.",
                                  "The USA will respond."])
def test_the_us_in_capitals_is_left_to_the_mentions(text):
    # Tried this round: "US" / "USA" as the United States (as 美方 and США are) put the concept in 345 more
    # English points, most of them the side's own name, and the concept channel lost: leave-one-call-out on the
    # 93 English calls 0.617 / 0.423 / 0.720 with them against 0.620 / 0.431 / 0.727 without, the 8 development
    # pairs (--cv) 0.667 / 0.175 / 0.763 against 0.681 / 0.246 / 0.774. The side is a mention (cues), not a topic.
    assert "united_states" not in concepts(text, literal=True)


def test_the_white_house_names_the_united_states():
    text = "The White House said the call was constructive."
    assert "united_states" in concepts(text)
    assert concept_words(text)["united_states"] <= {"White", "House"}


@pytest.mark.parametrize("text", ["Let us work together.", "He told us the talks went well.", "Join us."])
def test_the_pronoun_us_names_no_country(text):
    assert "united_states" not in concepts(text, literal=True)


def test_a_form_in_capitals_is_a_whole_word_as_written():
    from readouts.concepts import _stems
    assert _stems("US") == (("US", True),)
    assert _stems("U.S.") == (("u", True), ("s", True))
    assert "united_states" not in concepts("USSR and the USB drive.", literal=True)


def test_a_policy_toward_the_us_names_it_in_chinese_but_a_better_life_does_not():
    # "China's policy toward the US" in the English twin; 对美 alone is also 对美好生活 ("for a better life")
    assert "united_states" in concepts("中方对美政策一以贯之、保持稳定。")
    assert "united_states" not in concepts("始终把人民对美好生活的向往作为奋斗目标。", literal=True)


# -- "issues of common concern", "mutual understanding", "concerning": shared terms, no topic --------
@pytest.mark.parametrize("text", ["The two sides exchanged views on regional issues of common concern.",
                                  "They discussed international issues of shared concern.",
                                  "双方还就共同关心的国际和地区问题交换了意见。"])
def test_issues_of_common_concern_are_a_literal_concern_in_english_and_chinese_but_no_topic(text):
    # the channels see the same term on both sides of a call; a reader is told of no concerns
    assert "differences_disagreement" in concepts(text, literal=True)
    assert "differences_disagreement" not in concepts(text)


def test_shared_concerns_about_a_country_are_still_concerns():
    assert "differences_disagreement" in concepts("The two sides discussed shared concerns about the DPRK.")
    assert "differences_disagreement" in concepts("He raised US concerns over the transfers.")


def test_concerning_is_a_preposition_not_a_concern():
    text = "Yang set out China's position on issues concerning Taiwan and Hong Kong."
    assert "differences_disagreement" not in concepts(text, literal=True)


@pytest.mark.parametrize("text", ["会晤有助于增进相互了解。", "以加深彼此理解、防止误读和误判。", "美方愿继续保持接触，增进了解。"])
def test_mutual_understanding_in_chinese_is_a_literal_understanding_as_in_english(text):
    assert "consensus_implementation" in concepts(text, literal=True)
    assert "consensus_implementation" not in concepts(text)
    assert "consensus_implementation" in concepts("The meeting helped deepen mutual understanding.", literal=True)


@pytest.mark.parametrize("text, concept", [("两国元首责成各自团队及时跟进。", "consensus_implementation"),
                                           ("两国将共同推动联合国气候变化大会取得成功。", "cooperation")])
def test_following_up_and_working_together_in_chinese(text, concept):
    assert concept in concepts(text)
