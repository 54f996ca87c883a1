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
