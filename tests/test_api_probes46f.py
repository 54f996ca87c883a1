"""Probes of Russian and Chinese originals read against the other side's English readout (session 46,
helper f): each test failed before its fix."""

from __future__ import annotations

from readouts import Readout
from readouts.segmentation import split_spans


def _points(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


def test_an_inline_list_number_after_its_lead_in_is_no_sentence_end():
    # "шаги: 1." was a point of its own and "1."'s item another, while "2. ..." stayed with its item;
    # in Chinese "；2." went to the item before it ("保持沟通；2.") and "同意：1." stood alone
    assert _points("Предложены следующие шаги: 1. Прекращение огня. 2. Обмен пленными. Стороны согласились.") == [
        "Предложены следующие шаги: 1. Прекращение огня.", "2. Обмен пленными.", "Стороны согласились."]
    assert _points("两国元首同意：1. 保持沟通；2. 推动合作。双方认为通话是建设性的。") == [
        "两国元首同意：1. 保持沟通；2. 推动合作。", "双方认为通话是建设性的。"]
    assert _points("The leaders agreed on three steps: 1. A ceasefire. 2. A prisoner exchange.") == [
        "The leaders agreed on three steps: 1. A ceasefire.", "2. A prisoner exchange."]
    assert _points("Вопросы: 1. Украина; 2. Сирия. Стороны договорились.") == [
        "Вопросы: 1. Украина; 2. Сирия.", "Стороны договорились."]
    # a number that ends a sentence still ends it: after a colon only "1." opens a list
    assert _points("The tally: 2. Then they left.") == ["The tally: 2.", "Then they left."]
    readout = Readout.from_text("Лавров предложил: 1. Прекратить огонь. 2. Начать переговоры.", side="RU",
                                language="ru")
    assert [p.text for p in readout.points] == ["Лавров предложил: 1. Прекратить огонь.", "2. Начать переговоры."]


def test_a_date_that_opens_a_russian_sentence_stays_with_its_subject():
    # "В 2021 г." and "15 декабря 2021 г." were points of their own, cut from the sentence they open,
    # where its subject's initials ("В.В.Путин", "С.В.Лавров") passed for the prepositions "в", "с"
    assert _points("Стороны обменялись мнениями. В 2021 г. В.В.Путин и Си Цзиньпин подписали заявление.") == [
        "Стороны обменялись мнениями.", "В 2021 г. В.В.Путин и Си Цзиньпин подписали заявление."]
    assert _points("15 декабря 2021 г. С.В.Лавров передал проект договора. Ответа нет.") == [
        "15 декабря 2021 г. С.В.Лавров передал проект договора.", "Ответа нет."]
    assert _points("10 янв. 2022 г. С.А.Рябков провёл переговоры. В 2014–2015 гг. В.В.Путин встречался с Б.Обамой.") == [
        "10 янв. 2022 г. С.А.Рябков провёл переговоры.", "В 2014–2015 гг. В.В.Путин встречался с Б.Обамой."]
    # a year that ends a sentence still ends it, and so does a dateline on a line of its own
    assert _points("Договор подписан в 2010 г. В 2021 г. В.В.Путин продлил его.") == [
        "Договор подписан в 2010 г.", "В 2021 г. В.В.Путин продлил его."]
    assert _points("Вопрос обсуждался с 2014 г. В.В.Путин напомнил об этом.") == [
        "Вопрос обсуждался с 2014 г.", "В.В.Путин напомнил об этом."]
    assert _points("15 декабря 2021 г.\nВ.В.Путин провёл разговор.") == ["15 декабря 2021 г.", "В.В.Путин провёл разговор."]


def test_a_name_with_initials_after_an_amount_or_a_year_opens_the_next_sentence():
    # "30 млрд долл. Дж.Байден отметил рост." was one point: the Russian speaker's sentence and the
    # American president's merged ("Дж" is no typical sentence opener)
    assert _points("Объём торговли составил 30 млрд долл. Дж.Байден отметил рост.") == [
        "Объём торговли составил 30 млрд долл.", "Дж.Байден отметил рост."]
    assert _points("Вопрос обсуждается с 2014 г. Дж.Байден напомнил об этом.") == [
        "Вопрос обсуждается с 2014 г.", "Дж.Байден напомнил об этом."]
    assert _points("Рост на 5 млрд руб. В.В. Путин отметил это.") == ["Рост на 5 млрд руб.", "В.В. Путин отметил это."]
    # "г." of a city before an abbreviated name, and a date opening its sentence, stay one point
    assert _points("Форум прошёл в г. Н.Новгороде.") == ["Форум прошёл в г. Н.Новгороде."]
    assert _points("В 2021 г. Дж.Байден вступил в должность.") == ["В 2021 г. Дж.Байден вступил в должность."]


def test_a_wrapped_chinese_point_shows_in_markdown_without_a_stray_space(hash_embedder):
    # a line break inside a Chinese point became a space: "一、 坚持相互尊重", "。 我们坚持" (Chinese puts no
    # space between words); between Latin words, and a Chinese and a Latin one, it stays a space
    import readouts

    zh = Readout.from_text("习近平强调：\n一、\n坚持相互尊重；\n“我们反对‘台独’。\n我们坚持一个中国。”习近平说。",
                           side="CN", language="zh")
    en = Readout.from_text("President Biden spoke\nwith Xi Jinping. 拜登\nsaid so.", side="US", language="en")
    md = readouts.compare(zh, en, embedder=hash_embedder).to_markdown()
    assert "一、坚持相互尊重；" in md
    assert "“我们反对‘台独’。我们坚持一个中国。”习近平说。" in md
    assert "President Biden spoke with Xi Jinping." in md and "拜登 said so." in md
    assert [p.text for p in zh.points][1] == "一、\n坚持相互尊重；"  # the point itself keeps its text


def test_a_header_date_copied_from_a_chinese_or_russian_page_is_refused_with_its_iso_form(tmp_path):
    # "2022年2月1日" (Xinhua's dateline) and "1 февраля 2022 г." (the Kremlin's) were refused with only
    # "is not YYYY-MM-DD"; the error now gives the ISO date to write
    import pytest

    from readouts.errors import ReadoutFileError

    for written in ("2022年2月1日", "1 февраля 2022 г.", "1 февраля 2022 года", "2022/2/1", "２０２２．２．１"):
        p = tmp_path / "cn.txt"
        p.write_text(f"---\nside: CN\ndate: {written}\n---\n习近平同拜登通电话。\n", encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=r"cn\.txt:3: date '.*' is not YYYY-MM-DD; write it as '2022-02-01'$"):
            Readout.from_file(p)
    # impossible: no guess (session 48 gave "01.02.2022" both readings and "1 Feb 2022" its ISO form: test_api_probes48)
    for unclear in ("2022年2月30日", "31.02.2022"):
        p.write_text(f"---\nside: CN\ndate: {unclear}\n---\n习近平同拜登通电话。\n", encoding="utf-8")
        with pytest.raises(ReadoutFileError, match=r"is not YYYY-MM-DD$"):
            Readout.from_file(p)
