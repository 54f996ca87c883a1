"""Names of one thing across languages (``english_names`` of the Russian and Chinese lexicons, and
English ``same_entities``): a name with no pair was compared only on the English twin of a
cross-lingual call; "the Strait" of the Taiwan pair also stood in "the Strait of Hormuz"."""
import pytest

from readouts.cues import _OwnName, compare_cues, point_cues


def en(text, other="CN"):
    return point_cues(text, side="US", counterpart_side=other)


def zh(text):
    return point_cues(text, side="CN", language="zh", counterpart_side="US")


def ru(text):
    return point_cues(text, side="RU", language="ru", counterpart_side="US")


def extras(a, b):
    """The names (and other details) each side gives that the other lacks, as texts."""
    s = compare_cues([a], [b], [0], [0])
    return [c.text for _, c in s.extra_details_a], [c.text for _, c in s.extra_details_b]


# -- 1. "the Strait" of the Taiwan pair is Taiwan's Strait only ----------------------------------
@pytest.mark.parametrize("other", [
    "They discussed shipping through the Strait of Hormuz.",
    "They discussed navigation in the Kerch Strait.",
])
def test_another_strait_is_not_taiwan_for_chinese(other):
    # the Chinese point names Taiwan; the English one another strait: Taiwan is one side's only
    assert "台湾" in extras(zh("习近平阐明了中方在台湾问题上的原则立场。"), en(other))[0]


def test_another_strait_is_not_taiwan_for_russian():
    assert any(t.startswith("Тайван") for t in
               extras(ru("Стороны обсудили ситуацию вокруг Тайваня."),
                      en("They discussed shipping through the Strait of Hormuz.", "RU"))[0])


@pytest.mark.parametrize("other", [
    "Biden said peace and stability across the Strait matter to the world.",
    "They also covered cross-Strait issues.",
    "Biden raised the Taiwan Strait.",
])
def test_taiwans_strait_is_still_taiwan(other):
    assert extras(zh("习近平阐明了中方在台湾问题上的原则立场。"), en(other)) == ([], [])


def test_own_name_pattern_skips_longer_names():
    spans = [m.group() for m in _OwnName("Strait").finditer(
        "the Strait of Hormuz, the Kerch Strait, strategic, across the Strait, cross-Strait")]
    assert len(spans) == 2
    assert _OwnName("Strait").search("the Strait of Hormuz") is None


# -- 2. names with a pair now ----------------------------------------------------------------------
def test_un_in_chinese_is_compared_with_english():
    c = zh("杨洁篪指出，各国应共同维护以联合国为核心的国际体系。")
    assert "联合国" in extras(c, en("Blinken spoke about the rules-based international order."))[0]
    assert extras(c, en("Blinken spoke about the role of the United Nations.")) == ([], [])


def test_lai_ching_te_in_chinese_is_compared_with_english():
    c = zh("习近平指出，美方必须看清赖清德和民进党当局的“台独”本质。")
    assert "赖清德" in extras(c, en("Biden called for restraint around Taiwan."))[0]
    assert extras(c, en("Biden spoke about Taiwan, Lai Ching-te and the DPP.")) == ([], [])


def test_dprk_in_english_is_compared_with_chinese_not_inside_the_korean_peninsula():
    # "朝鲜半岛" is the Korean Peninsula, not the DPRK
    a = en("They discussed the DPRK and the Middle East.")
    assert "DPRK" in extras(a, zh("双方就中东、朝鲜半岛等问题交换了意见。"))[0]
    assert extras(a, zh("双方就中东、朝鲜等问题交换了意见。")) == ([], [])


def test_un_in_russian_is_compared_with_english_in_its_cases():
    a = en("He backed a mission on terms agreed by Ukraine and the United Nations.", "RU")
    assert "United Nations" in extras(a, ru("Лидеры отметили важность направления миссии МАГАТЭ."))[0]
    assert extras(a, ru("Лидеры обсудили роль Украины и ООН.")) == ([], [])
    assert extras(a, ru("Лидеры обсудили роль Украины и Организации Объединённых Наций.")) == ([], [])


def test_vienna_in_russian_is_compared_by_its_cases_not_by_venezuela():
    a = en("Trump looked forward to the arms control talks in Vienna.", "RU")
    assert extras(a, ru("Президенты обсудили переговоры в Вене.")) == ([], [])
    assert "Vienna" in extras(a, ru("Президенты обсудили положение в Венесуэле."))[0]


def test_zaporizhzhia_and_zaporozhye_name_one_plant_in_english():
    a = en("Macron voiced concern about the Zaporizhzhia plant.", "RU")
    b = point_cues("Putin said strikes on the Zaporozhye nuclear power plant were dangerous.", side="RU",
                   counterpart_side="FR")
    assert extras(a, b) == ([], [])
