"""Concept forms that read a word in another sense, found with the 40 cross-lingual twins as an oracle
(an English point matched only by a form whose Russian or Chinese version names no such concept) and
by reading samples of each English form's matches in the corpus. The concept and anchor channels
count every form found (``literal``), so such a reading made two unrelated points share a term: "the
urgent task" and "goals and tasks" were teams and officials, "Taiwan independence forces" a troop
build-up. Each form below is narrowed to the sense a native reader takes for the concept; the texts
are made up, in the corpus's style. (The fifty-ninth round gave the channels the broad forms back as
``literal`` forms, which name nothing to a reader: tests/test_concepts59.py.)"""

import pytest

from readouts.concepts import chinese_forms, concepts


def _reads(text: str, concept: str) -> bool:
    """Whether ``text`` names ``concept`` in any reading, the channels' literal one included."""
    return concept in concepts(text, literal=True)


# -- English: a word in another sense ---------------------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("He explained the goals and tasks of the operation in detail.", "teams_working_groups"),
    ("The most pressing task is to ease the situation.", "teams_working_groups"),
    ("China will never accept lecturing from a self-appointed instructor.", "teams_working_groups"),
    ("Some people are sending wrong signals to 'Taiwan independence' forces.", "troops_buildup"),
    ("Outside forces have no right to interfere.", "troops_buildup"),
    ("China and the EU, as two major forces, should deepen their dialogue.", "troops_buildup"),
    ("Information should be shared between the competent agencies.", "new_cold_war_competition"),
    ("Differences should not block the development of relations.", "new_cold_war_competition"),
    ("The talks are essentially being blocked by the other side.", "new_cold_war_competition"),
    ("The leaders also traded views on regional issues.", "trade_tariffs"),
    ("He thanked him for his help in fighting the forest fires.", "war"),
    ("They agreed to keep fighting international terrorism.", "war"),
    ("He underlined the importance of freedom of navigation on the high seas.", "human_rights_democracy"),
])
def test_an_english_word_in_another_sense_names_no_concept(text, concept):
    # to a reader: the channels count the broad form ("task", "forces") as a ``literal`` one since the
    # fifty-ninth round (tests/test_concepts59.py)
    assert concept not in concepts(text)


@pytest.mark.parametrize("text, concept", [
    ("The leaders tasked their teams with following up.", "teams_working_groups"),
    ("The presidents agreed to task their representatives with consultations.", "teams_working_groups"),
    ("They instructed their teams to keep communicating.", "teams_working_groups"),
    ("The Russian armed forces strictly abide by the rules.", "troops_buildup"),
    ("Ukrainian forces use the pause to regroup.", "troops_buildup"),
    ("They agreed to pull back forces and equipment from the line of contact.", "troops_buildup"),
    ("The Chinese armed forces will resolutely crush any attempt at separation.", "troops_buildup"),
    ("The United States will compete and will stand up for its interests.", "new_cold_war_competition"),
    ("Washington will keep competing hard with the PRC.", "new_cold_war_competition"),
    ("They oppose bloc confrontation.", "new_cold_war_competition"),
    ("They discussed trade and investment.", "trade_tariffs"),
    ("Trade had risen by 57 percent.", "trade_tariffs"),
    ("He called for a swift end to the fighting.", "war"),
    ("Xi said freedom, democracy and human rights are humanity's common pursuit.", "human_rights_democracy"),
    ("He raised concerns about freedom of speech.", "human_rights_democracy"),
])
def test_the_narrowed_english_forms_still_name_their_concept(text, concept):
    assert concepts(text) >= {concept}


def test_the_un_in_capitals_names_the_united_nations_and_un_inside_a_word_does_not():
    # "the UN-centred international system" is 以联合国为核心的国际体系 in its Chinese twin
    for text in ("Both uphold the UN-centred international system.", "He met the UN Secretary-General."):
        assert "united_nations" in concepts(text), text
    assert not _reads("An unprecedented, unilateral step.", "united_nations")


# -- Chinese and Russian: a word in another sense ---------------------------------------------------
@pytest.mark.parametrize("text, concept", [
    ("双方同意维护边境地区的和平安宁。", "global_issues"),
    ("台湾地区的选举改变不了台湾是中国一部分这一基本事实。", "global_issues"),
    ("美方的做法严重违背自由贸易规则。", "human_rights_democracy"),
    ("应携手反对单边霸凌和阵营对抗。", "sanctions"),
    ("Лидеры заявили о заинтересованности в расширении торгово-экономического сотрудничества.",
     "security_guarantees"),
    ("Владимир Путин сообщил журналистам, что разговор продолжался два часа.", "people_exchanges"),
])
def test_a_chinese_or_russian_word_in_another_sense_names_no_concept(text, concept):
    assert concept not in concepts(text)  # to a reader, as above


@pytest.mark.parametrize("text, concept", [
    ("双方就共同关心的国际和地区问题交换了意见。", "global_issues"),
    ("双方应推动地区热点降温。", "global_issues"),
    ("习近平表示，自由、民主、人权是人类的共同追求。", "human_rights_democracy"),
    ("美方应避免采取单边贸易限制措施。", "sanctions"),
    ("美方应取消对华单边制裁。", "sanctions"),
    ("Россия добивается гарантий того, что НАТО не будет расширяться на восток.", "security_guarantees"),
    ("Стороны обсудили вопросы расширения НАТО.", "security_guarantees"),
    ("Обсуждались визы для журналистов.", "people_exchanges"),
])
def test_the_narrowed_chinese_and_russian_forms_still_name_their_concept(text, concept):
    assert concept in concepts(text)


# -- more English words in another sense (samples of each form's matches) --------------------------
@pytest.mark.parametrize("text, concept", [
    ("On Ren'ai Jiao (Second Thomas Shoal), China's bottom line is clear.", "ai"),
    ("They should step up cooperation so as to build up conditions for stable ties.", "troops_buildup"),
    ("Communication should clear up misunderstandings and build up mutual trust.", "troops_buildup"),
    ("He consented to the mission being deployed to the plant.", "troops_buildup"),
])
def test_more_english_words_in_another_sense_name_no_concept(text, concept):
    assert not _reads(text, concept)


@pytest.mark.parametrize("text, concept", [
    ("They discussed AI safety and risk.", "ai"),
    ("He voiced concern about the Russian military build-up in and near Ukraine.", "troops_buildup"),
    ("Allies are worried over Russia's build-up of forces around Ukraine.", "troops_buildup"),
    ("NATO is building up military capabilities along Russia's border.", "troops_buildup"),
    ("They seek to prevent any further deployment of troops.", "troops_buildup"),
    ("Russia will not deploy missiles there.", "troops_buildup"),
])
def test_the_narrowed_ai_and_build_up_forms_still_name_their_concept(text, concept):
    assert concept in concepts(text)


def test_a_border_area_and_the_taiwan_region_are_whole_forms_of_their_concept():
    # 地区 alone is no form now; 边境地区 and 台湾地区 are, so the topic words of a point that names
    # them do not surface 地区 as a word of its own
    assert "边境地区" in chinese_forms("双方同意维护边境地区的和平安宁。")
    assert "台湾地区" in chinese_forms("台湾地区的选举改变不了基本事实。")
