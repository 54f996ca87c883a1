"""Flags on predicted cross-lingual comparisons as a reader of Russian and Chinese reads them (session 54)."""

from readouts import Readout
from readouts.flags import find_flags
from readouts.records import Comparison, Link, Signature

from conftest import flags_on_links as _flags
from helpers import coverage_explanation as _coverage

SIG = Signature(version="0", embedder="-", weights_hash="-", method="-", parameters={})


def test_unconfirmed_claim_tells_the_agreement_not_a_statement_before_it() -> None:
    # "The two sides noted ... and committed to keep up ...": both acts go unconfirmed by the Chinese
    # readout, and the explanation told "a statement ("noted")", the lesser claim, not the agreement
    us = Readout.from_text("Sullivan met Wang Yi outside Beijing. The two sides noted how important this strategic "
                           "channel had been and committed to keep up high-level diplomacy.", side="US")
    cn = Readout.from_text("王毅在北京会见沙利文。", side="CN")
    flags = [f for f in _flags(us, cn, ((0, 0),), only_a=(1,)) if f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    text = flags[0].explanation
    assert 'with an agreement ("committed")' in text, text
    assert 'a statement ("noted")' not in text


def test_unconfirmed_russian_claim_tells_the_agreement_not_the_remark_before_it() -> None:
    # "Стороны отметили ... и договорились ...", with no point of the US readout to match: the
    # explanation told "a statement ("отметили")", not the agreement ("договорились") the point reports
    us = Readout.from_text("Blinken spoke with Lavrov. They discussed arms control.", side="US")
    ru = Readout.from_text("Лавров провёл разговор с Блинкеном. Стороны отметили сложности в работе посольств и "
                           "договорились продолжить консультации.", side="RU")
    flags = [f for f in _flags(us, ru, ((0, 0),), only_a=(1,), only_b=(1,)) if f.side == "b" and f.points == (1,)]
    assert flags, "the unconfirmed_claim this test reads is gone"
    text = flags[0].explanation
    assert 'with an agreement ("договорились")' in text, text
    assert "отметили" not in text


def test_chinese_words_of_time_name_no_topic() -> None:
    # "70年后的今天" (today, seventy years on) says when, not what about: it named the topic '年后 / 今天'
    # ("years after / today"), as "today" and "years" never do in English
    india = Readout.from_text("Jaishankar met Wang Yi in Astana. They discussed the border.", side="IN")
    cn = Readout.from_text("王毅在阿斯塔纳会见苏杰生。王毅指出，今年是和平共处五项原则提出70周年。"
                           "他表示，70年后的今天，双方有责任传承五项原则精神。双方讨论了边境问题。", side="CN")
    text = _coverage(india, cn, ((0, 0), (1, 3)), only_b=(1, 2))
    assert "年后" not in text and "今天" not in text, text
    assert "责任" in text


def test_chinese_find_and_two_name_no_topic() -> None:
    # "找到两个大国正确相处之道" (find the right way for two major countries to get along): the verb "find" and the
    # numeral "two" named the topic '找到 / 两个', where "find" and "four" weigh as general words in English
    us = Readout.from_text("Blinken met Wang Yi. They discussed Taiwan.", side="US")
    cn = Readout.from_text("王毅会见布林肯。王毅表示，双方应找到两个大国正确相处之道。他表示，中美关系跌至建交以来最低点。"
                           "双方讨论了台湾问题。", side="CN")
    text = _coverage(us, cn, ((0, 0), (1, 3)), only_b=(1, 2))
    assert "找到" not in text and "两个" not in text and "最低" not in text, text
    assert "大国" in text


def test_russian_hyphened_place_name_keeps_its_capital_in_a_topic_name() -> None:
    # "в Эр-Рияде": the hyphen inside the name was read as a dash that opens a sentence, so the capital
    # of "Рияде" said nothing and the topic was named 'консультаций / рияде', a city in lower case
    us = Readout.from_text("Rubio spoke with Lavrov. They discussed Ukraine.", side="US")
    ru = Readout.from_text("Лавров провёл разговор с Рубио. Обсуждались итоги консультаций в Эр-Рияде. "
                           "Стороны обсудили Украину.", side="RU")
    text = _coverage(us, ru, ((0, 0), (1, 2)), only_b=(1,))
    assert "Рияде" in text and "рияде" not in text, text


def test_russian_line_and_main_name_no_topic() -> None:
    # "основные оценки линии России ... на Украине" (main assessments of Russia's line) named the topic 'Ukraine /
    # линии', then 'Ukraine / основные', where the English "line" and "main" weigh as general words
    india = Readout.from_text("Modi spoke with Putin. They discussed trade.", side="IN")
    ru = Readout.from_text("Путин провёл разговор с Моди. Путин изложил основные оценки линии России в связи с ситуацией на "
                           "Украине. Стороны обсудили торговлю.", side="RU")
    text = _coverage(india, ru, ((0, 0), (1, 2)), only_b=(1,))
    assert "линии" not in text and "основные" not in text and "Ukraine" in text, text


def test_english_purpose_names_no_topic() -> None:
    # "For that purpose they agreed ...": the phrase says why, not what about; it named 'purpose / capital'
    india = Readout.from_text("Jaishankar met Wang Yi. They agreed that the border mechanism should meet soon. For that "
                              "purpose they agreed to hold talks in the capital. They discussed trade.", side="IN")
    cn = Readout.from_text("王毅会见苏杰生。双方讨论了贸易问题。", side="CN")
    c = Comparison(a=india, b=cn, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),
                                         Link(a=(3,), b=(1,), label="asymmetric", score=0.9)),
                   only_a=(1, 2), only_b=(), signature=SIG)
    flags = [f for f in find_flags(c) if f.kind == "coverage" and f.side == "a"]
    assert flags, "the coverage flag this test reads is gone"
    assert "purpose" not in flags[0].explanation and "capital" in flags[0].explanation, flags[0].explanation


def test_chinese_developing_countries_is_a_topic_word_not_china_and_a_stray_character() -> None:
    # "维护发展中国家共同利益": "中国" inside "发展中国家" (developing countries) was taken out as China, and the
    # "家" left over named the topics '携手 / 家共' and '家共 / 利益', no word
    india = Readout.from_text("Jaishankar met Wang Yi. They discussed the border.", side="IN")
    cn = Readout.from_text("王毅会见苏杰生。王毅表示，中印应携手维护发展中国家共同利益。苏杰生表示，印方愿维护发展中国家共同利益。"
                           "双方讨论了边境问题。", side="CN")
    text = _coverage(india, cn, ((0, 0), (1, 3)), only_b=(1, 2))
    assert "家共" not in text, text
    assert "发展中国家" in text


def test_latin_name_in_chinese_text_keeps_its_capitals_in_a_topic_name() -> None:
    # "中方在TikTok问题上的立场": no space parts the name from the Han characters, so the whole-word pattern
    # found no "TikTok" to write the term as, and the topic was named '明确 / tiktok'
    us = Readout.from_text("Trump spoke with Xi Jinping. They discussed trade.", side="US")
    cn = Readout.from_text("习近平同特朗普通电话。习近平表示，中方在TikTok问题上的立场是明确的。中方支持企业通过磋商妥善解决TikTok问题。"
                           "双方讨论了贸易问题。", side="CN")
    text = _coverage(us, cn, ((0, 0), (1, 3)), only_b=(1, 2))
    assert "TikTok" in text and "tiktok" not in text, text


def test_vice_of_a_title_names_no_topic() -> None:
    # "Vice President JD Vance ... joined the call": "vice" is a title's word, as "president" is, but
    # named the topic 'vice / Special Envoy'
    us = Readout.from_text("Trump spoke with Putin. Vice President JD Vance and Special Envoy Steve Witkoff joined the "
                           "call. They discussed Ukraine.", side="US")
    ru = Readout.from_text("Путин провёл разговор с Трампом. Стороны обсудили Украину.", side="RU")
    c = Comparison(a=us, b=ru, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),
                                      Link(a=(2,), b=(1,), label="asymmetric", score=0.9)),
                   only_a=(1,), only_b=(), signature=SIG)
    flags = [f for f in find_flags(c) if f.kind == "coverage" and f.side == "a"]
    assert flags, "the coverage flag this test reads is gone"
    assert "vice" not in flags[0].explanation.lower(), flags[0].explanation
