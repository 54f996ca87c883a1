import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.segmentation import split_spans, strip_marker


def pieces(text):
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Blinken met Mr. Lavrov on Jan. 18. They discussed Ukraine.",
         ["Blinken met Mr. Lavrov on Jan. 18.", "They discussed Ukraine."]),
        ("The U.S. Secretary of State spoke with the U.N. envoy. Both agreed.",
         ["The U.S. Secretary of State spoke with the U.N. envoy.", "Both agreed."]),
        ("Russia must talk to the U.S. The Secretary said so.", ["Russia must talk to the U.S.", "The Secretary said so."]),
        ("J. Blinken met Gen. Milley and Dr. Smith at 9 a.m. on Feb. 2. No. 10 was told.",
         ["J. Blinken met Gen. Milley and Dr. Smith at 9 a.m. on Feb. 2.", "No. 10 was told."]),
        ("St. Petersburg hosted it. He left.", ["St. Petersburg hosted it.", "He left."]),
        ('He said: "We will not back down." Then he left.', ['He said: "We will not back down."', "Then he left."]),
        ('"Will you?" he asked. Lavrov smiled.', ['"Will you?" he asked.', "Lavrov smiled."]),
        ("Points:\n- first item\n- second item\n1. numbered\n2) another",
         ["Points:", "- first item", "- second item", "1. numbered", "2) another"]),
        ("First paragraph without a stop\n\nSecond paragraph", ["First paragraph without a stop", "Second paragraph"]),
        ("Talks were held in 2022 г. с участием В. В. Путина. Стороны обсудили Украину, т.е. Донбасс. Далее.",
         ["Talks were held in 2022 г. с участием В. В. Путина.", "Стороны обсудили Украину, т.е. Донбасс.", "Далее."]),
        ("С.В. Лавров провёл переговоры. Он заявил: «Мы не согласны». Блинкен возразил.",
         ["С.В. Лавров провёл переговоры.", "Он заявил: «Мы не согласны».", "Блинкен возразил."]),
        ("习近平表示，中方坚决反对。双方同意保持联系；拜登说：“美方不支持台独。”他还说！好？",
         ["习近平表示，中方坚决反对。", "双方同意保持联系；拜登说：“美方不支持台独。”", "他还说！", "好？"]),
        ("The rate was 3.5 percent. It rose.", ["The rate was 3.5 percent.", "It rose."]),
        # invisible format characters pasted from web pages (zero-width space, bidi marks, word joiner)
        # around a sentence end still end it; they stay in the text, with the sentence before them
        ("Blinken spoke with Lavrov.\u200b He urged de-escalation. \u2060The Secretary left.",
         ["Blinken spoke with Lavrov.\u200b", "He urged de-escalation.", "\u2060The Secretary left."]),
        ("\u200fBlinken spoke with Lavrov.\u200e He left.\u202c", ["\u200fBlinken spoke with Lavrov.\u200e", "He left.\u202c"]),
        ("Лавров сказал.\u200b Блинкен ответил.", ["Лавров сказал.\u200b", "Блинкен ответил."]),
        ("The U.S.\u200b Army left.", ["The U.S.\u200b Army left."]),
        # a paragraph break in old Mac line ends ("\r\r") or as U+2029 ends a point, as "\n\n" does;
        # one line break, however written, does not
        ("Readout of the call\r\rBlinken spoke.", ["Readout of the call", "Blinken spoke."]),
        ("Readout of the call\u2029Blinken spoke.", ["Readout of the call", "Blinken spoke."]),
        ("Readout of the call\u2028\u2028Blinken spoke.", ["Readout of the call", "Blinken spoke."]),
        ("Readout of the call\r\nBlinken spoke.", ["Readout of the call\r\nBlinken spoke."]),
        ("Readout of\rthe call", ["Readout of\rthe call"]),
        ("Points:\r- first item\r2) second item", ["Points:", "- first item", "2) second item"]),
        # a Chinese list item closed by "；" ends at a line end however the line break is written
        ("一、双方同意加强合作；\r二、双方同意保持沟通；\u2028三、其他。", ["一、双方同意加强合作；", "二、双方同意保持沟通；", "三、其他。"]),
        # Chinese typed with the ASCII full stop and no space after it still ends its sentences there
        ("习近平强调,台湾问题是中国核心利益.双方同意保持沟通.", ["习近平强调,台湾问题是中国核心利益.", "双方同意保持沟通."]),
    ],
)
def test_splits(text, expected):
    assert pieces(text) == expected


# Realistic Russian and Chinese official prose (issue 5): long sentences, initials, dates, «» and “” quotes.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Состоялся телефонный разговор Президента Российской Федерации В.В. Путина с Президентом "
         "Соединённых Штатов Америки Дж. Байденом. Стороны обсудили ситуацию вокруг Украины.",
         ["Состоялся телефонный разговор Президента Российской Федерации В.В. Путина с Президентом "
          "Соединённых Штатов Америки Дж. Байденом.", "Стороны обсудили ситуацию вокруг Украины."]),
        ("Как подчеркнул В.В.Путин, Россия выступает за мирное урегулирование. Он напомнил о Стамбульской хартии "
         "1999 г. и Астанинской декларации 2010 г. Обе стороны договорились продолжить контакты.",
         ["Как подчеркнул В.В.Путин, Россия выступает за мирное урегулирование.",
          "Он напомнил о Стамбульской хартии 1999 г. и Астанинской декларации 2010 г.",
          "Обе стороны договорились продолжить контакты."]),
        ("Переговоры прошли в 1999 г. В них участвовали делегации. Встреча 12 февраля 2022 г. прошла онлайн.",
         ["Переговоры прошли в 1999 г.", "В них участвовали делегации.", "Встреча 12 февраля 2022 г. прошла онлайн."]),
        ("Министр подчеркнул: «Россия не собирается ни на кого нападать. Мы ждём ответа по существу». "
         "Беседа прошла в деловом ключе.",
         ["Министр подчеркнул: «Россия не собирается ни на кого нападать. Мы ждём ответа по существу».",
          "Беседа прошла в деловом ключе."]),
        ("Лавров процитировал хартию: «Государства не будут укреплять свою безопасность за счёт „других "
         "государств“. Это обязательство». Блинкен промолчал.",
         ["Лавров процитировал хартию: «Государства не будут укреплять свою безопасность за счёт „других "
          "государств“. Это обязательство».", "Блинкен промолчал."]),
        ("Обсуждались гарантии безопасности, в т.ч. нерасширение НАТО, ракеты и т.д. Контакты будут продолжены. "
         "Участвовали Россия, США и др. Стороны договорились.",
         ["Обсуждались гарантии безопасности, в т.ч. нерасширение НАТО, ракеты и т.д.", "Контакты будут продолжены.",
          "Участвовали Россия, США и др.", "Стороны договорились."]),
        ("Путин сказал, что «это провокация». Затем добавил: «Мы готовы к диалогу…» Байден согласился.",
         ["Путин сказал, что «это провокация».", "Затем добавил: «Мы готовы к диалогу…»", "Байден согласился."]),
        ("2022年3月18日晚，国家主席习近平应约同美国总统拜登视频通话。两国元首就中美关系和乌克兰局势等交换了意见。",
         ["2022年3月18日晚，国家主席习近平应约同美国总统拜登视频通话。", "两国元首就中美关系和乌克兰局势等交换了意见。"]),
        ("拜登表示，美方不寻求同中国打“新冷战”；不寻求改变中国体制；不支持“台独”；无意同中国发生冲突。双方同意保持沟通。",
         ["拜登表示，美方不寻求同中国打“新冷战”；不寻求改变中国体制；不支持“台独”；无意同中国发生冲突。", "双方同意保持沟通。"]),
        ("王毅说：“中方的立场是一贯的。台湾问题是中国内政。”他强调，美方应当恪守承诺。",
         ["王毅说：“中方的立场是一贯的。台湾问题是中国内政。”", "他强调，美方应当恪守承诺。"]),
        ("习近平强调：“中美关系不能再出问题。”“台湾问题处理不好，将造成颠覆性影响。”双方同意保持沟通。",
         # the second quotation goes on with the speaker the colon named (round 47)
         ["习近平强调：“中美关系不能再出问题。”“台湾问题处理不好，将造成颠覆性影响。”", "双方同意保持沟通。"]),
        ("双方认为，这次通话是坦诚的、深入的（会谈持续两个多小时）。下一步将保持联系。",
         ["双方认为，这次通话是坦诚的、深入的（会谈持续两个多小时）。", "下一步将保持联系。"]),
        ("习近平指出：\n第一，要坚持相互尊重；\n第二，要坚持和平共处；\n第三，要坚持合作共赢。",
         ["习近平指出：\n第一，要坚持相互尊重；", "第二，要坚持和平共处；", "第三，要坚持合作共赢。"]),
        ('He said: “We will not back down. Never.” Then he left.',
         ["He said: “We will not back down. Never.”", "Then he left."]),
    ],
)
def test_russian_and_chinese_official_prose(text, expected):
    assert pieces(text) == expected


def test_an_unclosed_or_very_long_quotation_does_not_swallow_sentences():
    assert pieces("Он сказал: «Нет. Это всё. Стороны разошлись.") == ["Он сказал: «Нет.", "Это всё.", "Стороны разошлись."]
    long_quote = "«" + " ".join(["Это длинное заявление министра."] * 20) + "» Конец."
    assert len(pieces(long_quote)) == 21


def test_a_quotation_does_not_run_across_paragraphs():
    assert pieces("Он сказал: «Нет.\n\nЭто всё». Далее.") == ["Он сказал: «Нет.", "Это всё».", "Далее."]


def test_punctuation_only_piece_is_kept_with_its_neighbour():
    text = "The call ended.\n\n—\n\nNext point."
    assert pieces(text) == ["The call ended.\n\n—", "Next point."]


def test_strip_marker():
    assert strip_marker("- first item") == "first item"
    assert strip_marker("2) item") == "item"
    assert strip_marker("No marker here") == "No marker here"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_are_exact_and_lose_nothing(text):
    spans = split_spans(text)
    covered = set()
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        covered.update(range(s, e))
        prev = e
    assert all(ch.isspace() for k, ch in enumerate(text) if k not in covered)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "U.S.", "Jan.", "He", "said", "it.", "“Yes.”", "г.", "。", "\n\n", "- ", "1.",
                                 "«", "»", "„", "“", "；", "\n", "Дж.", "т.д.", "Обе"]),
                max_size=40))
def test_tricky_tokens_never_lose_content(words):
    text = " ".join(words)
    joined = "".join(text[s:e] for s, e in split_spans(text))
    assert joined.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


# Pieces of several scripts, sentence ends, abbreviations, bullets and white space, so that
# generated texts hit the splitter's rules far more often than uniform random unicode does.
_MIXED = st.sampled_from([
    "Blinken", "spoke", "Mr.", "U.S.", "Jan.", "J.", "a.m.", "No.", "Лавров", "заявил", "г.", "т.е.", "В.В.",
    "习近平", "表示", "。", "！", "？", "；", "“", "”", "«", "»", "(", ")", "—", "…", "...", ".", "!", "?", ",",
    "3.5", "2022", "- ", "• ", "1. ", "2) ", "(iv) ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028",
    "مرحبا", "नमस्ते", "e\u0301", "🙂", "\u200b", '"', "🇺🇸", "$", "\u200d", "spoke.Xi", "U.S.Army", "state.gov",
])
MIXED_TEXT = st.one_of(st.lists(_MIXED, max_size=60).map("".join), st.lists(_MIXED, max_size=60).map(" ".join),
                       st.text(alphabet=st.characters(categories=["L", "N", "P", "Z", "S", "Cc"]), max_size=200))


@settings(max_examples=300, deadline=None)
@given(MIXED_TEXT)
def test_mixed_scripts_spans_are_exact_ordered_and_lose_nothing(text):
    spans = split_spans(text)
    prev = 0
    kept = []
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        kept.append(text[s:e])
        prev = e
    # Everything between and around the spans is white space: no character is dropped.
    gaps = [text[e:s] for (_, e), (s, _) in zip([(0, 0), *spans], [*spans, (len(text), len(text))])]
    assert all(not g.strip() for g in gaps)
    assert "".join("".join(kept).split()) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(MIXED_TEXT)
def test_a_paragraph_break_ends_a_point(text):
    # Splitting "X\n\nEnd." is splitting X, then "End.": no rule looks across a paragraph break.
    left = split_spans(text)
    both = split_spans(text + "\n\nEnd.")
    end = (len(text) + 2, len(text) + 6)
    if any(ch.isalnum() or ch == "_" for ch in text):
        assert both == [*left, end]
    elif left:  # punctuation only: it joins the first point that has a word
        assert both == [(left[0][0], end[1])]
    else:
        assert both == [end]


def test_long_texts_segment_in_linear_time():
    # Regression: the word before each period was found by a regex search from the start of the
    # text, so a 1 MB readout took minutes and a 10 MB one hours. Not a timing test: at the old
    # cost this simply would not finish.
    sentence = "Secretary Blinken spoke with Mr. Lavrov on Jan. 18 about the U.S. position. "
    text = sentence * (10 * 1024 * 1024 // len(sentence))
    spans = split_spans(text)
    assert len(spans) == text.count("position.")
    assert text[spans[-1][0]:spans[-1][1]] == sentence.strip()
    for run in ("…" * 200_000, "a." * 200_000 + " x", "." + ")" * 200_000, "ab.Cd" * 200_000):
        assert [run[s:e] for s, e in split_spans(run)] == [run.strip()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["«", "»", "„", "“", "”", "「", "」", "『", "』", '"', "'", "‘", "’", "(", ")", "（", "）",
                                  "Word", ". ", "! ", "。", "\n\n", " "]),
                max_size=60).map("".join))
def test_quotation_lookup_matches_testing_every_quotation(text):
    # The bisection over outermost quotations must decide exactly as the old scan over all of them.
    from bisect import bisect_right

    from readouts.segmentation import _TERMINAL, _outermost, _quoted

    every = _quoted(text)
    outer = _outermost(every)
    starts = [s for s, _ in outer]
    for m in _TERMINAL.finditer(text):
        brute = any(s <= m.start() and m.end() <= e for s, e in every)
        k = bisect_right(starts, m.start()) - 1
        assert brute == (k >= 0 and m.end() <= outer[k][1])


def test_quote_heavy_long_text_segments_in_linear_time():
    # Regression: each sentence end was tested against every quotation (quadratic).
    unit = "He said «We will. They won't.» and “left. Now.” Then. "
    text = unit * 40_000
    spans = split_spans(text)
    assert len(spans) == 80_000
    assert [text[s:e] for s, e in spans[:2]] == ["He said «We will. They won't.» and “left. Now.”", "Then."]


@pytest.mark.parametrize("text,points", [
    ("1. The sides agreed to talk.\n2. They discussed Ukraine.", ["1. The sides agreed to talk.", "2. They discussed Ukraine."]),
    ("Intro.\n1. Стороны договорились.\n2. Они обсудили Украину.",
     ["Intro.", "1. Стороны договорились.", "2. Они обсудили Украину."]),
    ("- 1. The sides agreed.\n- 2. Then more.", ["- 1. The sides agreed.", "- 2. Then more."]),
    ("The charter dates from 1999. The sides discussed it.", ["The charter dates from 1999.", "The sides discussed it."]),
])
def test_a_numbered_items_period_ends_no_sentence(text, points):
    # "1. The sides ..." was split into "1." and the item.
    assert [text[s:e] for s, e in split_spans(text)] == points


@pytest.mark.parametrize("text,points", [
    # "т.н." (so-called) and "напр." (for example) always go on with a word, even a quoted or capitalised one
    ("Речь идёт о т.н. «красных линиях», т.е. о гарантиях. США уходят от ответа.",
     ["Речь идёт о т.н. «красных линиях», т.е. о гарантиях.", "США уходят от ответа."]),
    ("Ряд стран, напр. Польша, против. Стороны договорились.", ["Ряд стран, напр. Польша, против.", "Стороны договорились."]),
    # "долл." and "трлн." as "млрд.": before "США" or a name the sentence goes on, before an opener it ends
    ("Торговля превысила 1,5 млрд долл. США. Стороны договорились.",
     ["Торговля превысила 1,5 млрд долл. США.", "Стороны договорились."]),
    ("Торговля превысила 1,5 млрд долл. Стороны договорились.", ["Торговля превысила 1,5 млрд долл.", "Стороны договорились."]),
    ("Объём достиг 1,2 трлн. Стороны договорились.", ["Объём достиг 1,2 трлн.", "Стороны договорились."]),
])
def test_russian_abbreviations_of_so_called_and_currency(text, points):
    # "т.н. «красных линиях»" was cut after "т.н." and "долл. США" after "долл.".
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("Согласно ч. 2 ст. 4 соглашения, стороны информируют друг друга. Контакты продолжатся.",
     ["Согласно ч. 2 ст. 4 соглашения, стороны информируют друг друга.", "Контакты продолжатся."]),
    ("Встреча прошла в д. 5 на ул. Ильинке. Стороны договорились.",
     ["Встреча прошла в д. 5 на ул. Ильинке.", "Стороны договорились."]),
    ("Текст приведён на с. 12. Стороны договорились.", ["Текст приведён на с. 12.", "Стороны договорились."]),
    # before a typical opener it may still end one, as "г." does
    ("Речь шла о подпункте б. Стороны договорились.", ["Речь шла о подпункте б.", "Стороны договорились."]),
    # a Latin letter is no such abbreviation: a label ("side b."), or the "s" of a possessive, whose
    # apostrophe passes for an opening quote
    ("It is not included in side b. Judgement calls remain.", ["It is not included in side b.", "Judgement calls remain."]),
    ("They split one long sentence of Putin's. Judgement calls remain.",
     ["They split one long sentence of Putin's.", "Judgement calls remain."]),
])
def test_a_lone_lower_case_letter_with_a_period_is_an_abbreviation(text, points):
    # "Согласно ч. 2 ст. 4" was cut after "ч.": a lone letter was taken for a word ending a sentence.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("Lt. Col. (Ret.) Smith attended. They met.", ["Lt. Col. (Ret.) Smith attended.", "They met."]),
    ("Разговор продолжался ок. 40 минут. Стороны договорились.", ["Разговор продолжался ок. 40 минут.", "Стороны договорились."]),
])
def test_retired_and_about_are_abbreviations(text, points):
    # "(Ret.) Smith" and "ок. 40 минут" were cut after the abbreviation.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("«Почему НАТО расширяется на восток?» – задал вопрос Президент. «Это неприемлемо!» — подчеркнул он. Тема открыта.",
     ["«Почему НАТО расширяется на восток?» – задал вопрос Президент.", "«Это неприемлемо!» — подчеркнул он.",
      "Тема открыта."]),
    ("«Мы готовы к диалогу…» - заявил министр. Стороны договорились.",
     ["«Мы готовы к диалогу…» - заявил министр.", "Стороны договорились."]),
    # a capitalised word after the dash, or a dash opening the next line, starts a point as before
    ("Он спросил: «Почему?» – Ответа нет.", ["Он спросил: «Почему?»", "– Ответа нет."]),
    ("Обсуждались:\n– ситуация на Украине.\n– стратегическая стабильность.",
     ["Обсуждались:", "– ситуация на Украине.", "– стратегическая стабильность."]),
])
def test_the_authors_words_after_a_quotation_and_a_dash_stay_with_it(text, points):
    # "«Почему?» – спросил он." was cut before the dash: the author's words made a point of their own.
    assert pieces(text) == points


def test_russian_month_abbreviations_end_no_sentence():
    text = "Разговор состоялся 1 февр. 2022 г. Стороны обсудили Украину."
    assert [text[s:e] for s, e in split_spans(text)] == ["Разговор состоялся 1 февр. 2022 г.", "Стороны обсудили Украину."]


@pytest.mark.parametrize("text,points", [
    ('Biden said: "We will respond. We are ready." Xi disagreed.',
     ['Biden said: "We will respond. We are ready."', "Xi disagreed."]),
    ('"We will respond. We are ready," Xi said. Then "Fine. Good." Done.',
     ['"We will respond. We are ready," Xi said.', 'Then "Fine. Good."', "Done."]),
    ('Лавров заявил: "Нет. Это всё." Блинкен промолчал.', ['Лавров заявил: "Нет. Это всё."', "Блинкен промолчал."]),
    ('He said: «They asked "Why? What now?" Nothing.» Then left.',
     ['He said: «They asked "Why? What now?" Nothing.»', "Then left."]),
])
def test_a_straight_double_quotation_stays_whole(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    # an odd number of quotes in the paragraph: which one is stray cannot be told, so none pairs
    ('He said "never. Then he left. Xi said "yes." Done.',
     ['He said "never.', "Then he left.", 'Xi said "yes."', "Done."]),
    # inch marks are no quotation marks: a quote after a digit opens nothing
    ('A 5" screen. It broke. A 7" one. Done.', ['A 5" screen.', "It broke.", 'A 7" one.', "Done."]),
    # a quote that opens before a space, or closes after one, spoils the paragraph's pairing
    ('He said " Never. Yes." Then.', ['He said " Never.', 'Yes."', "Then."]),
    # quotes pair within a paragraph, never across a break
    ('He said: "Never.\n\nYes." Then.', ['He said: "Never.', 'Yes."', "Then."]),
    # an apostrophe inside a word or after a plural opens nothing
    ("The sides' positions differ. It's clear. Russia's view. Fine.",
     ["The sides' positions differ.", "It's clear.", "Russia's view.", "Fine."]),
    ("The Allies’ view differs. It won’t change. Fine.", ["The Allies’ view differs.", "It won’t change.", "Fine."]),
    # an opening single quote never closed, and a stray bracket, hide no sentence end
    ("He said 'never. Then he left. Fine.", ["He said 'never.", "Then he left.", "Fine."]),
    ("He agreed (in principle. Then he left. Fine.", ["He agreed (in principle.", "Then he left.", "Fine."]),
])
def test_unpaired_straight_quotes_do_not_swallow_sentences(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    # British readouts quote in single quotes
    ("The Prime Minister said: 'We stand with Ukraine. We always will.' President Zelensky thanked him.",
     ["The Prime Minister said: 'We stand with Ukraine. We always will.'", "President Zelensky thanked him."]),
    ("The sides' positions differ. 'Yes. Never.' Fine.", ["The sides' positions differ.", "'Yes. Never.'", "Fine."]),
    ("He said ‘we won’t accept this. It is wrong.’ Lavrov disagreed.",
     ["He said ‘we won’t accept this. It is wrong.’", "Lavrov disagreed."]),
    # what a bracket holds stays with the sentence around it
    ("The President (who spoke first. He was brief.) raised Ukraine. They agreed to talk.",
     ["The President (who spoke first. He was brief.) raised Ukraine.", "They agreed to talk."]),
    ("双方（在会谈中。再次）同意。会谈结束。", ["双方（在会谈中。再次）同意。", "会谈结束。"]),
    # a closing mark closes its own quotation past a stray opener inside it
    ("He said: «We agreed (in part. Fully.» Then left.", ["He said: «We agreed (in part. Fully.»", "Then left."]),
])
def test_single_quotations_and_brackets_stay_whole(text, points):
    # Regression: "'will not accept this." and "It is wrong.'" were two points, the second without its speaker.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("Both sides agreed. They talked. 2.", ["Both sides agreed.", "They talked. 2."]),
    ("1.\nThe sides agreed.\n2.\nThey talked.", ["1.\nThe sides agreed.", "2.\nThey talked."]),
    ("They agreed. (3)", ["They agreed. (3)"]),
    # a paragraph break still ends a point: a number alone in its paragraph stays one
    ("They agreed.\n\n(3)", ["They agreed.", "(3)"]),
    ("双方同意。\n二、", ["双方同意。\n二、"]),
    ("2.", ["2."]),
    ("They met in 1999. 2000 was next.", ["They met in 1999.", "2000 was next."]),
])
def test_a_bare_list_number_is_no_point(text, points):
    # Regression: a list number alone on its line, or left at the end, was a point "2." of its own.
    assert pieces(text) == points


def test_a_long_straight_quotation_is_split():
    long_quote = '"' + " ".join(["This is a long statement by the minister."] * 20) + '" The end.'
    assert len(pieces(long_quote)) == 21


@pytest.mark.parametrize("text,points", [
    ("Biden spoke.Xi replied.", ["Biden spoke.", "Xi replied."]),
    ("They met.They agreed.I left.", ["They met.", "They agreed.", "I left."]),
    ("Лавров сказал.Блинкен ответил.", ["Лавров сказал.", "Блинкен ответил."]),
    ("He agreed (in principle.Then he left.", ["He agreed (in principle.", "Then he left."]),
])
def test_a_period_without_a_space_before_a_capitalised_word_ends_a_sentence(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text", [
    "The U.S.Army and the U.N.Security Council met.",  # capitals before the period
    "J.R.R.Tolkien wrote it.",                        # initials
    "See state.gov or www.state.Gov for more.",       # domains: lower case after, or a dot before
    "Email john.Smith@state.gov or visit site.Com/page today.",
    "The rate was 1.5 percent, No.1 in the list, up.No.1 again.",  # numbers
    "Mr.Smith met Dr.Jones and Gen.Milley.",          # titles, as with a space after them
    "He spoke.US officials and the iPhone.The end.",  # an all-caps word after, a camel-case word before
    "Biden spoke.习近平说。",                           # no capital after: too unsure to split
])
def test_a_period_without_a_space_ends_no_sentence_in_abbreviations_names_and_numbers(text):
    assert pieces(text) == [text]


@pytest.mark.parametrize("text", ["Aa.²", "The area is 5 km.² of land.", "ab.½ more", "Ab.Ⅻ x"])
def test_a_period_before_a_word_character_that_is_no_letter_does_not_crash(text):
    # Regression: a superscript, fraction or Roman-numeral sign after "word." matched the glued-sentence
    # pattern (it is a word character, not a decimal digit) but is no letter: IndexError.
    assert pieces(text) == [text]


@pytest.mark.parametrize("text,points", [
    ("Biden 🙂 spoke. 🇺🇸 Xi spoke! 👍", ["Biden 🙂 spoke.", "🇺🇸 Xi spoke! 👍"]),
    ("Talks ended. 👨\u200d👩\u200d👧 The family came. ❤️ Xi left.",
     ["Talks ended.", "👨\u200d👩\u200d👧 The family came.", "❤️ Xi left."]),
    ("He paid. $5 million went to the U.S. 🇺🇸 The talks ended.",
     ["He paid.", "$5 million went to the U.S.", "🇺🇸 The talks ended."]),
])
def test_a_sentence_may_open_with_an_emoji_or_symbol(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text", [
    "They agreed. 👍 then they left.",         # lower case after the emoji: the sentence goes on
    "Mr. 🙂 Smith and Gen. 🇺🇸 Milley came.",  # the abbreviation rules read the word after the emoji
    "Talks with the U.S. 🇺🇸 Navy went on.",
])
def test_an_emoji_after_a_period_does_not_end_a_sentence_the_words_continue(text):
    assert pieces(text) == [text]


@pytest.mark.parametrize("text,points", [
    ("The Secretary met J. A. Smith. He also met J. I. Jones and George H. W. Walker. They left.",
     ["The Secretary met J. A. Smith.", "He also met J. I. Jones and George H. W. Walker.", "They left."]),
    # an initial before an opener that is no initial still ends a sentence
    ("They spoke about World War I. A new round was agreed.", ["They spoke about World War I.", "A new round was agreed."]),
    # so do Cyrillic initials after a surname, and several initials ("Лавров С.В.", "N.Y.")
    ("Участвовал Лавров С.В. Стороны договорились.", ["Участвовал Лавров С.В.", "Стороны договорились."]),
    ("Участвовал Лавров С. В. Обе стороны договорились.", ["Участвовал Лавров С. В.", "Обе стороны договорились."]),
    ("The talks were held in N.Y. The sides agreed.", ["The talks were held in N.Y.", "The sides agreed."]),
    # but "В. В. Путин": "В" is an opener (the preposition), and an initial
    ("Переговоры провёл В. В. Путин. Стороны договорились.", ["Переговоры провёл В. В. Путин.", "Стороны договорились."]),
])
def test_an_initial_before_another_initial_ends_no_sentence(text, points):
    # "J. A. Smith" was cut after "J.": "A" is a typical sentence opener.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("王毅会见了Mr. Smith并交换了意见。", ["王毅会见了Mr. Smith并交换了意见。"]),
    ("王毅同美方代表Dr. Campbell举行会谈。双方讨论了U.S. 对台政策。",
     ["王毅同美方代表Dr. Campbell举行会谈。", "双方讨论了U.S. 对台政策。"]),
    ("会谈涉及乌克兰问题。Mr. Smith也参加了。", ["会谈涉及乌克兰问题。", "Mr. Smith也参加了。"]),
    # what the abbreviation rules do not know still ends a sentence
    ("双方会见了Smith. The talks ended.", ["双方会见了Smith.", "The talks ended."]),
])
def test_an_abbreviation_right_after_chinese_text_is_known(text, points):
    # "会见了Mr. Smith" was cut after "Mr.": the word before the period was read as "会见了Mr",
    # which is no title, because Chinese puts no space before a Latin word.
    assert pieces(text) == points


def test_a_name_after_am_or_pm_goes_on_the_sentence():
    # "p.m." before a capitalised word is ambiguous: "Moscow time" goes on the sentence, "Xi" (not
    # a typical sentence opener) is taken the same way; a clear opener ends it.
    assert pieces("The talks ended at 5 p.m. Moscow time.") == ["The talks ended at 5 p.m. Moscow time."]
    assert pieces("The talks ended at 5 p.m. Xi then left.") == ["The talks ended at 5 p.m. Xi then left."]
    assert pieces("The talks ended at 5 p.m. The sides agreed.") == ["The talks ended at 5 p.m.", "The sides agreed."]


@pytest.mark.parametrize("text,points", [
    # the full-width full stop ends a sentence as "。" does, with or without a space after it
    ("中方立场一贯．双方同意继续沟通．", ["中方立场一贯．", "双方同意继续沟通．"]),
    ("Wang said China's position is firm． The sides agreed.", ["Wang said China's position is firm．", "The sides agreed."]),
    ("“中方立场一贯．”王毅说．他强调合作。", ["“中方立场一贯．”", "王毅说．", "他强调合作。"]),
    # a number before it and a word after it: the sentence ends
    ("双边贸易额达到7000亿美元的12．双方同意。", ["双边贸易额达到7000亿美元的12．", "双方同意。"]),
    # between two digits, ASCII or full-width, it is a decimal point
    ("经济增长１．５个百分点．双方同意。", ["经济增长１．５个百分点．", "双方同意。"]),
    ("经济增长1．5%．双方同意。", ["经济增长1．5%．", "双方同意。"]),
    ("增长１．5和1．５。", ["增长１．5和1．５。"]),
    # a list number's own stop, at a line's or a sentence's start, ends nothing
    ("１．双方同意加强合作．２．双方表示．", ["１．双方同意加强合作．", "２．双方表示．"]),
    ("前言：\n１．双方同意．\n（２．王毅表示", ["前言：", "１．双方同意．", "（２．王毅表示"]),
])
def test_the_full_width_full_stop_ends_a_sentence_save_between_digits(text, points):
    # "．" (U+FF0E) ended no sentence at all, for fear of full-width decimals ("１．５").
    assert [text[s:e] for s, e in split_spans(text)] == points


@pytest.mark.parametrize("text,points", [
    # a Chinese list number opening a line starts a point, as "1. " and "- " do
    ("会谈要点如下：\n１．双方同意加强合作．\n２．双方同意保持沟通．",
     ["会谈要点如下：", "１．双方同意加强合作．", "２．双方同意保持沟通．"]),
    ("要点：\n一、双方同意合作\n二、保持沟通\n（三）其他\n4、第四\n5.第五",
     ["要点：", "一、双方同意合作", "二、保持沟通", "（三）其他", "4、第四", "5.第五"]),
    # a number, not an item: a digit after the stop, or no line start
    ("增长率为\n1.5万亿元\n３．５个百分点，其中一、二月份增长较快。",
     ["增长率为\n1.5万亿元\n３．５个百分点，其中一、二月份增长较快。"]),
    ("要点：\n一、“台湾问题”\n二、其他", ["要点：", "一、“台湾问题”", "二、其他"]),
    # nor punctuation after it: a wrapped line of English
    ("The scores by band were 0.75 / 0.49\n(24); the naive method 0.43.", ["The scores by band were 0.75 / 0.49\n(24); the naive method 0.43."]),
    # "第一，" opens a sentence ("firstly,"), no list number
    ("习近平指出：\n第一，要坚持相互尊重。", ["习近平指出：\n第一，要坚持相互尊重。"]),
])
def test_a_chinese_list_number_opening_a_line_starts_a_point(text, points):
    # "会谈要点如下：\n１．双方同意" was one point: only list numbers followed by a space were known.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("“中美两国应当相互尊重、和平共处。”习近平说。“台湾问题处理不好，将造成颠覆性影响。”他强调。双方同意保持沟通。",
     ["“中美两国应当相互尊重、和平共处。”习近平说。", "“台湾问题处理不好，将造成颠覆性影响。”他强调。", "双方同意保持沟通。"]),
    ("「這難道不是雙重標準嗎？」王毅反問道。雙方同意保持溝通。", ["「這難道不是雙重標準嗎？」王毅反問道。", "雙方同意保持溝通。"]),
    # a sentence of its own after the quotation is cut off as before
    ("王毅说：“中方立场一贯。”他强调，美方应当恪守承诺。", ["王毅说：“中方立场一贯。”", "他强调，美方应当恪守承诺。"]),
    ("王毅说：“中方立场一贯。”双方同意保持沟通。", ["王毅说：“中方立场一贯。”", "双方同意保持沟通。"]),
    # a quotation with its speaker before it has one: what follows is a sentence of its own
    ("拜登说：“美方不支持台独。”他还说。", ["拜登说：“美方不支持台独。”", "他还说。"]),
])
def test_a_chinese_quotation_stays_with_its_speaker_named_after_it(text, points):
    # "“……。”习近平说。" was cut after the quotation: "习近平说。" a point with no content, and the
    # quotation one with no speaker.
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    # "e.g." and "i.e." (and Russian "т.е.", "т.к.", "в т.ч.") never end a sentence: an example or a gloss
    # follows, whatever its first word
    ("They discussed several issues, e.g. The situation in Ukraine was raised.",
     ["They discussed several issues, e.g. The situation in Ukraine was raised."]),
    ("They discussed the main issue, i.e. The security guarantees. Both left.",
     ["They discussed the main issue, i.e. The security guarantees.", "Both left."]),
    ("Стороны обсудили безопасность, т.е. в частности гарантии. Далее.",
     ["Стороны обсудили безопасность, т.е. в частности гарантии.", "Далее."]),
    # titles before a name: never an end
    ("Gov. Newsom met Sen. Graham, Rep. Smith, Amb. Burns, Gen. Milley, Lt. Ray, Col. Ash and Adm. Paparo. They left.",
     ["Gov. Newsom met Sen. Graham, Rep. Smith, Amb. Burns, Gen. Milley, Lt. Ray, Col. Ash and Adm. Paparo.",
      "They left."]),
    # a street, a saint, a fort, a mount: a name after them goes on the sentence ...
    ("They met near St. Petersburg, at Ft. Bragg and on 1600 Pennsylvania Ave. NW under Mt. Fuji. He left.",
     ["They met near St. Petersburg, at Ft. Bragg and on 1600 Pennsylvania Ave. NW under Mt. Fuji.", "He left."]),
    # ... but a typical sentence opener after them starts one, as after "U.S." and "Jr."
    ("They met at 1600 Pennsylvania Ave. The talks lasted an hour.",
     ["They met at 1600 Pennsylvania Ave.", "The talks lasted an hour."]),
    ("They spoke on Main St. The talks were long.", ["They spoke on Main St.", "The talks were long."]),
])
def test_abbreviations_of_examples_titles_and_places(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    # The rule for a name's suffix ("Jr.", "Sr.", "Ph.D."), which may end a sentence: the period ends one
    # only when a typical sentence opener follows ("The", "They", "Both"), as after "U.S."; a capitalised
    # name after it goes on the sentence. "Ph.D." is one word: its inner period ends nothing.
    ("He met with John Smith Jr. The two sides agreed.", ["He met with John Smith Jr.", "The two sides agreed."]),
    ("He met with John Smith Jr. Kelly was present.", ["He met with John Smith Jr. Kelly was present."]),
    ("He met John Smith Sr. They agreed.", ["He met John Smith Sr.", "They agreed."]),
    ("The speaker was Anna Lee, Ph.D. The two sides agreed.", ["The speaker was Anna Lee, Ph.D.", "The two sides agreed."]),
    ("He met Anna Lee Ph.D. Hill and others.", ["He met Anna Lee Ph.D. Hill and others."]),
    ("He met Anna Lee, Ph.D.", ["He met Anna Lee, Ph.D."]),
])
def test_a_names_suffix_ends_a_sentence_only_before_a_sentence_opener(text, points):
    assert pieces(text) == points


@pytest.mark.parametrize("text,points", [
    ("双方同意保持沟通。（完）", ["双方同意保持沟通。（完）"]),
    ("双方同意保持沟通。(完)", ["双方同意保持沟通。(完)"]),
    ("双方同意保持沟通。（完） ", ["双方同意保持沟通。（完）"]),
    ("习近平会见普京。双方同意保持沟通。\n（完）\n", ["习近平会见普京。", "双方同意保持沟通。\n（完）"]),
    ("双方同意保持沟通。（记者 张三）", ["双方同意保持沟通。（记者 张三）"]),
    ("双方同意保持沟通。\n（记者：张三、李四）（完）\n（责任编辑：王五）",
     ["双方同意保持沟通。\n（记者：张三、李四）（完）\n（责任编辑：王五）"]),
    # the dateline's credit opens a sentence of the readout; brackets that say more are words of it
    ("新华社北京2月4日电（记者 张三）习近平会见普京。双方同意。（完）",
     ["新华社北京2月4日电（记者 张三）习近平会见普京。", "双方同意。（完）"]),
    ("中方表示。（完全同意）", ["中方表示。", "（完全同意）"]),
    ("（完）", ["（完）"]),
])
def test_a_news_agencys_closing_lines_stay_with_the_last_point(text, points):
    # Xinhua's end marker and its reporters' credit are no point; kept with the point before them (as a
    # stray "—" is), nothing of the text is lost
    assert pieces(text) == points


def test_the_closing_lines_name_no_topic():
    from readouts import Readout
    from readouts.cues import readout_cues, topic_text
    from readouts.segmentation import trailer_start
    r = Readout.from_text("习近平会见普京。双方同意保持沟通。（记者 张三）（完）", side="CN", language="zh")
    assert [p.text for p in r.points] == ["习近平会见普京。", "双方同意保持沟通。（记者 张三）（完）"]
    assert trailer_start(r.points[1].text) == len("双方同意保持沟通。")
    assert trailer_start("双方同意。") == len("双方同意。") and trailer_start("（完）") == len("（完）")
    assert "记者" not in topic_text(readout_cues(r)[1])


@pytest.mark.parametrize("tail", ["(END)", "(ENDS)", "(end)", "[END]", "-30-", "- 30 -", "###", "# # #", "- END -",
                                  "-END-", "— END —", "END", "ENDS"])
@pytest.mark.parametrize("sep", [" ", "\n", "\n\n"])
def test_an_english_wire_end_marker_stays_with_the_last_point(tail, sep):
    # "(END)", "-30-", "###" close wire copy and press releases as "（完）" closes Xinhua's: no point of
    # their own, kept with the point before them, nothing lost, and no topic, number or name of the call
    from readouts.cues import point_cues, topic_text
    from readouts.segmentation import trailer_start
    text = "Biden spoke with Xi. The two leaders agreed to stay in touch." + sep + tail
    assert pieces(text) == ["Biden spoke with Xi.", "The two leaders agreed to stay in touch." + sep + tail]
    last = pieces(text)[-1]
    assert trailer_start(last) == len("The two leaders agreed to stay in touch.") + len(sep)
    c = point_cues(last, side="US", participants=["Joseph R. Biden"])
    assert not c.numbers and not c.entities and not c.dates
    assert topic_text(c) == topic_text(point_cues("The two leaders agreed to stay in touch.", side="US",
                                                  participants=["Joseph R. Biden"]))


@pytest.mark.parametrize("text", [
    "The talks marked THE END",  # no sentence ended before it
    "They agreed on a ceasefire of 30 days -30-",
    "WEEKEND",
    "### Summary",
])
def test_words_that_only_look_like_an_end_marker_stay_words(text):
    from readouts.segmentation import trailer_start
    assert trailer_start(text) == len(text)


def test_a_bracketed_or_dashed_end_marker_needs_no_sentence_end_before_it():
    from readouts.segmentation import trailer_start
    assert trailer_start("They agreed to stay in touch (END)") == len("They agreed to stay in touch ")
    assert trailer_start("They agreed to stay in touch - END -") == len("They agreed to stay in touch ")
    assert trailer_start("They agreed to stay in touch END") == len("They agreed to stay in touch END")


def test_an_end_marker_in_the_middle_of_a_paragraph_is_no_trailer_of_the_sentence_after_it():
    # "ENDS" before more words is a sentence's word; only a point's last words can be its trailer
    assert pieces("They met. ENDS the talks were long.") == ["They met.", "ENDS the talks were long."]


@pytest.mark.parametrize("text,points", [
    # a quotation right after one that its speaker's colon opens goes on with that speaker
    ("王毅表示：“这是我们的立场！”“中方坚决反对。”王毅还说，双方应加强沟通。",
     ["王毅表示：“这是我们的立场！”“中方坚决反对。”", "王毅还说，双方应加强沟通。"]),
    # without the colon the quotations are sentences of their own, as before
    ("王毅说，这是立场。“中方坚决反对。”“我们不接受。”", ["王毅说，这是立场。", "“中方坚决反对。”", "“我们不接受。”"]),
])
def test_chinese_quotation_after_a_quotation_keeps_its_speaker(text, points):
    assert [text[s:e] for s, e in split_spans(text)] == points


@pytest.mark.parametrize("text,points", [
    # a plural possessive inside a single-quoted quotation does not close it: the quote closes later
    ("'The two sides' positions differ. We will talk,' Lavrov said. Biden agreed.",
     ["'The two sides' positions differ. We will talk,' Lavrov said.", "Biden agreed."]),
    ("Lavrov said: 'The Americans' demands are unacceptable. We reject them.' Blinken disagreed.",
     ["Lavrov said: 'The Americans' demands are unacceptable. We reject them.'", "Blinken disagreed."]),
    # where the next quote opens a quotation, the "s'" closed the first one
    ("It was called 'the sides' and moved on. 'Fine,' he said. Biden agreed.",
     ["It was called 'the sides' and moved on.", "'Fine,' he said.", "Biden agreed."]),
    # outside a quotation a plural possessive is an apostrophe as before
    ("The sides' views differ. Talks go on.", ["The sides' views differ.", "Talks go on."]),
])
def test_plural_possessive_inside_a_single_quoted_quotation(text, points):
    assert [text[s:e] for s, e in split_spans(text)] == points


@pytest.mark.parametrize("text,points", [
    # after "U.S." a country named as the subject, with a verb, opens the next sentence
    ("Putin noted the terrorist threat in the U.S. Russia raised sanctions.",
     ["Putin noted the terrorist threat in the U.S.", "Russia raised sanctions."]),
    ("Trade with the U.K. China also said it wants more.", ["Trade with the U.K.", "China also said it wants more."]),
    # a country that "U.S." qualifies, or a name that goes on, stays in the sentence
    ("The U.S. Russia policy is unclear.", ["The U.S. Russia policy is unclear."]),
    ("U.S. China relations are tense.", ["U.S. China relations are tense."]),
    ("He criticised the U.S. China Daily reported it.", ["He criticised the U.S. China Daily reported it."]),
])
def test_a_country_and_its_verb_after_us_open_a_sentence(text, points):
    assert [text[s:e] for s, e in split_spans(text)] == points
