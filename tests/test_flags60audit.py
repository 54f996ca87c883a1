"""Round 60, an audit of the asymmetry flags an analyst reads (helper ``audit``, 60 flags drawn with seed 60
from the gold-link flags: attribution_shift, unconfirmed_claim, detail_mismatch, strength_shift). Each rule
here is the general one behind a flag the audit judged wrong or badly explained, in the three languages
where it exists."""
import pytest

from helpers import acts_text as _acts
from helpers import en_cues, ru_cues, zh_cues


# --- 1. a stated view joined by "and" to a verb of saying is an act of its own ------------------------------
# "Both sides set out their positions fully and regarded the dialogue as constructive": the view is what the
# two sides did next, not what they set out; the flag quoted "set out" alone and left the judgement of the
# dialogue out of its evidence. Russian ("изложили ... и сочли") and Chinese ("阐述了……，并认为") read two acts.

@pytest.mark.parametrize("text,acts", [
    ("Both sides set out their positions fully and regarded the dialogue as constructive.",
     [("stated", "set out"), ("stated", "regarded")]),
    ("Wang set out China's position and considered the talks useful.",
     [("stated", "set out"), ("stated", "considered")]),
    ("Biden stated his views and also believed the meeting had gone well.",
     [("stated", "stated"), ("stated", "believed")]),
])
def test_a_view_joined_to_a_saying_verb_is_an_act_en(text, acts):
    assert _acts(en_cues(text, side="CN", counterpart="US")) == acts


@pytest.mark.parametrize("text,acts", [
    ("Стороны изложили свои позиции и сочли диалог конструктивным.", [("stated", "изложили"), ("stated", "сочли")]),
    ("Путин изложил позицию России и считает диалог полезным.", [("stated", "изложил"), ("stated", "считает")]),
])
def test_a_view_joined_to_a_saying_verb_is_an_act_ru(text, acts):
    assert _acts(ru_cues(text)) == acts


@pytest.mark.parametrize("text,acts", [
    ("双方全面阐述了各自立场，并认为对话是建设性的。", [("stated", "阐述"), ("stated", "认为")]),
    ("王毅阐述了中方立场，认为对话是有益的。", [("stated", "阐述"), ("stated", "认为")]),
])
def test_a_view_joined_to_a_saying_verb_is_an_act_zh(text, acts):
    assert _acts(zh_cues(text)) == acts


@pytest.mark.parametrize("text,acts", [
    # what a verb of saying reports stays its content: no second act
    ("Putin said he believed results were possible.", [("stated", "said")]),
    ("Putin said he believed results were possible and considered the talks useful.", [("stated", "said")]),
    ("Lavrov said that the talks had gone well and considered them useful.", [("stated", "said")]),
    ("Trump said he had just finished a call with Putin and believed it had gone very well.", [("stated", "said")]),
])
def test_a_reported_view_stays_content_en(text, acts):
    assert _acts(en_cues(text, side="RU", counterpart="US")) == acts


# --- 2. a Chinese name is quoted with the name it opens ----------------------------------------------------
# "两国将共同推动联合国气候变化大会（COP27）取得成功" against "cooperate on ... climate change": the detail is the UN
# climate conference, quoted '联合国' as if the UN itself were named; English quotes the whole capitalised name
# ("UN Climate Change Conference"), Russian its noun ("Минских соглашений"). Chinese writes no capitals, so a
# name's evidence runs on over the Han characters after it up to a name's head noun (lexicon han_name_heads).

from helpers import detail_evidence, equivalent_comparison  # noqa: E402


@pytest.mark.parametrize("cn,us,quoted", [
    ("两国将共同推动联合国气候变化大会取得成功。", "Biden stressed that the two countries must cooperate on climate change.",
     "联合国气候变化大会"),
    ("王毅说，加勒万河谷局势本已缓和。", "The two ministers discussed the situation in the border areas.", "加勒万河谷"),
    ("双方同意落实日内瓦协议。", "They discussed the trade talks.", "日内瓦协议"),
])
def test_a_han_name_is_quoted_with_its_head_zh(cn, us, quoted):
    c = equivalent_comparison([us], [cn], [((0,), (0,))], b_side="CN", b_lang="zh")
    assert quoted in [t for ev in detail_evidence(c) for t in ev]


@pytest.mark.parametrize("cn,us,quoted", [
    # no head noun after it, or a word of grammar between: the name alone
    ("杨洁篪指出，各国应共同维护以联合国为核心的国际体系。", "He said the PRC would be held to account.", "联合国"),
    ("双方讨论了联合国的作用。", "They talked about the situation in the region.", "联合国"),
])
def test_a_han_name_with_no_head_is_quoted_alone_zh(cn, us, quoted):
    c = equivalent_comparison([us], [cn], [((0,), (0,))], b_side="CN", b_lang="zh")
    assert quoted in [t for ev in detail_evidence(c) for t in ev]


@pytest.mark.parametrize("us,ru,quoted", [
    ("The two countries will work for the success of the UN Climate Change Conference.",
     "The sides discussed climate change.", "UN Climate Change Conference"),
    ("Putin urged Kyiv to carry out the Minsk agreements.", "They discussed the conflict in Ukraine.", "Minsk agreements"),
])
def test_a_name_is_quoted_with_its_head_en(us, ru, quoted):
    c = equivalent_comparison([us], [ru], [((0,), (0,))])
    assert quoted in [t for ev in detail_evidence(c) for t in ev]


def test_a_name_is_quoted_with_its_noun_ru():
    c = equivalent_comparison(["They discussed the conflict in Ukraine."],
                              ["Путин призвал Киев выполнять Минские соглашения."], [((0,), (0,))], b_lang="ru")
    assert "Минские соглашения" in [t for ev in detail_evidence(c) for t in ev]
