"""Flag recall on gold asymmetric links (round 60): a third party named on one side of a link only."""
import pytest
from conftest import hand_comparison

from readouts.cues import compare_cues, point_cues
from readouts.flags import find_flags

from helpers import of_kind as of


def _details(a, b, a_side="US", b_side="CN", a_lang="en", b_lang="en"):
    c = hand_comparison([a], [b], [((0,), (0,))], a_side=a_side, b_side=b_side, a_lang=a_lang, b_lang=b_lang)
    return [(f.side, [s.text for s in f.evidence]) for f in of(find_flags(c), "detail_mismatch")]


# -- a third party (a country of neither side) is a detail as a named entity is --------------------------
# "The President listed the need to end the war between Russia and Ukraine" against "He said the US is
# willing to work with China to maintain world peace": the cues read Russia and Ukraine as actors, not
# entities, so no detail_mismatch said that only one readout names them. Compared by side code, in any
# language.
@pytest.mark.parametrize("b, b_lang", [
    ("Biden said the US is willing to work with China to maintain world peace.", "en"),
    ("拜登表示，美方愿同中方一道维护世界和平。", "zh"),
])
def test_a_third_party_named_on_one_side_only_is_a_detail(b, b_lang):
    assert _details("Biden said the war between Russia and Ukraine must be brought to an end.", b,
                    b_lang=b_lang) == [("a", ["Russia", "Ukraine"])]


@pytest.mark.parametrize("a, b, b_lang", [
    ("Macron raised the war in Ukraine.", "Макрон затронул вопросы европейской безопасности.", "ru"),
    ("Macron raised the security of Europe.", "Макрон затронул ситуацию на Украине.", "ru"),
])
def test_a_third_party_is_a_detail_in_russian_too(a, b, b_lang):
    ((side, words),) = _details(a, b, a_side="FR", b_side="RU", b_lang=b_lang)
    assert side == ("a" if "Ukraine" in a else "b") and words[0] in ("Ukraine", "Украине")


@pytest.mark.parametrize("b, b_lang", [
    ("Biden said the conflict between Russia and Ukraine should end soon.", "en"),
    ("拜登表示，俄罗斯和乌克兰之间的冲突应当尽快结束。", "zh"),
])
def test_the_same_third_party_in_any_language_is_no_detail(b, b_lang):
    assert _details("Biden said the war between Russia and Ukraine must be brought to an end.", b, b_lang=b_lang) == []


def test_a_third_party_in_russian_against_english_matches_by_side():
    assert _details("Biden raised the war in Ukraine.", "Байден затронул ситуацию на Украине.",
                    b_side="RU", b_lang="ru") == []


def test_a_call_party_is_no_third_party():
    # Russia is a side of a US-Russia call: who speaks is the attribution flags' to weigh, not a detail
    assert _details("Blinken raised Russia's troop build-up.", "Blinken raised the security situation.",
                    b_side="RU") == []


def test_the_label_models_detail_count_is_unchanged():
    # the cue shift's detail count is a feature of the fitted label model: third parties stay out of it
    x = point_cues("Biden said the war between Russia and Ukraine must end.", side="US", counterpart_side="CN")
    y = point_cues("Biden said the US wants world peace.", side="CN", counterpart_side="US")
    assert compare_cues([x], [y], [0], [0]).detail_mismatch == 0


# -- 印度尼西亚 (Indonesia) is no mention of 印度 (India) ------------------------------------------------------
def test_indonesia_is_no_mention_of_india():
    pc = point_cues("习近平在印度尼西亚巴厘岛同美国总统拜登举行会晤。", side="CN", counterpart_side="US", language="zh")
    assert not [m for m in pc.mentions if m.side == "IN"]
    assert [m.side for m in point_cues("习近平同印度总理莫迪举行会晤。", side="CN", counterpart_side="US",
                                       language="zh").mentions if m.side == "IN"]
