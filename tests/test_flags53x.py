"""Flags on cross-lingual calls as an analyst who reads the Russian or Chinese side reads them (session 53)."""

from readouts import Readout
from readouts.flags import find_flags
from readouts.records import Comparison, Link, Signature

SIG = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})


def _compare(a: Readout, b: Readout, links: tuple[tuple[int, int, str], ...]) -> Comparison:
    return Comparison(a=a, b=b, links=tuple(Link(a=(i,), b=(j,), label=lab, score=0.9) for i, j, lab in links),
                      only_a=(), only_b=(), signature=SIG)


def test_modal_chinese_act_quotes_its_own_obligation_not_an_english_may() -> None:
    # "双方应……反对": the "应" (should) that governs the list stands far back, past commas; the act was
    # quoted "may 反对", an English word glued to Chinese ones, and the wrong modality ("may", not "should")
    eu = Readout.from_text("Borrell spoke with Wang Yi. They talked about trade and investment.", side="EU")
    cn = Readout.from_text("王毅同博雷利通电话。双方应为明年的会晤做好充分准备，推进对话合作，扩大贸易投资，反对“脱钩断链”。",
                           side="CN")
    c = _compare(eu, cn, ((0, 0, "equivalent"), (1, 1, "asymmetric")))
    shifts = [f for f in find_flags(c) if f.kind == "strength_shift"]
    assert shifts, "the strength_shift this test reads is gone"
    text = shifts[0].explanation
    assert '"应……反对"' in text
    assert "may 反对" not in text


def test_modal_chinese_act_right_after_its_future_marker_is_quoted_as_it_stands() -> None:
    # "双方将积极探讨": the future marker "将" stands two characters before the act, in its clause: the quote
    # is the text itself, no ellipsis, and no English "may"
    from readouts.cues import pair_cues
    from readouts.flags import _act_words
    us = Readout.from_text("Blinken spoke with Qin Gang.", side="US")
    cn = Readout.from_text("秦刚同布林肯通电话。双方将积极探讨解决分歧的办法。", side="CN")
    _, cb = pair_cues(us, cn)
    acts = [x for x in cb[1].acts if x.modal]
    assert acts, "the modal act this test reads is gone"
    assert _act_words(acts[0], cb[1]) == "将积极探讨"


def _coverage(c: Comparison, side: str) -> str:
    flags = [f for f in find_flags(c) if f.kind == "coverage" and f.side == side]
    assert flags, "the coverage flag this test reads is gone"
    return flags[0].explanation


def test_russian_around_and_in_particular_name_no_topic() -> None:
    # "ситуация вокруг Украины" (the situation around Ukraine), "в частности" (in particular): the Kremlin's
    # stock phrases named topics 'Ukraine / вокруг' and 'частности / зерновой', a preposition and an adverb
    fr = Readout.from_text("Macron spoke with Putin. They discussed grain exports from Odesa.", side="FR")
    ru = Readout.from_text("Путин провёл разговор с Макроном. Обсуждалась ситуация вокруг Украины. "
                           "Путин, в частности, подчеркнул важность зерновой сделки.", side="RU")
    c = Comparison(a=fr, b=ru, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),), only_a=(1,),
                   only_b=(1, 2), signature=SIG)
    text = _coverage(c, "b")
    assert "вокруг" not in text and "частности" not in text
    assert "Ukraine" in text


def test_chinese_measure_word_of_the_ship_metaphor_names_no_topic() -> None:
    # "中美关系这艘大船" (this big ship of China-US relations): "艘" is a measure word; the pair "艘大" cut
    # across two words and named the topic 'bilateral relations / 艘大'
    us = Readout.from_text("Biden spoke with Xi. They discussed trade.", side="US")
    cn = Readout.from_text("习近平同拜登通电话。习近平指出，中美关系这艘大船要把稳舵。", side="CN")
    c = Comparison(a=us, b=cn, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),), only_a=(1,),
                   only_b=(1,), signature=SIG)
    assert "艘" not in _coverage(c, "b")


def test_the_calls_own_party_names_no_topic_where_a_point_names_no_actor() -> None:
    # "中美关系这艘大船" names no actor, but "中美" stands for China and the United States, the call's own
    # parties (its other points name them as actors: "美方", "王毅"): the topic read 'bilateral relations /
    # China' in a US-China call; and "一个" of "一个中国原则" (one, a) named the topic beside its concept
    us = Readout.from_text("Blinken spoke with Wang Yi. Blinken raised concerns about Taiwan.", side="US")
    cn = Readout.from_text("王毅同布林肯通电话。王毅表示，美方应恪守一个中国原则。中美关系这艘大船要把稳舵。", side="CN")
    c = Comparison(a=us, b=cn, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),
                                      Link(a=(1,), b=(1,), label="asymmetric", score=0.9)),
                   only_a=(), only_b=(2,), signature=SIG)
    text = _coverage(c, "b")
    assert "China'" not in text.replace("one China and the communiqués", "")
    assert "United States" not in text and "一个" not in text
    assert "bilateral relations" in text


def test_modal_act_after_an_agreement_quotes_the_agreement_not_an_english_may() -> None:
    # "условились, что Россия предложит" (agreed that Russia will propose): the act is the agreement's
    # future, and read "may предложит", an English word glued to a Russian one
    from readouts.cues import pair_cues
    from readouts.flags import _act_words
    us = Readout.from_text("Trump spoke with Putin.", side="US")
    ru = Readout.from_text("Путин провёл разговор с Трампом. Президенты условились, что Россия предложит "
                           "меморандум о будущем мирном договоре.", side="RU")
    _, cb = pair_cues(us, ru)
    acts = [x for x in cb[1].acts if x.modal]
    assert acts, "the modal act this test reads is gone"
    words = _act_words(acts[-1], cb[1])
    assert not words.startswith("may ")
    assert words == "условились … предложит"
