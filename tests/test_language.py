import warnings

import pytest

from readouts import InputError, Readout
from readouts.language import (
    LanguageWarning,
    base_language,
    detect_language,
    passage_language,
    readout_language,
    same_language,
    script_counts,
    script_of,
)


@pytest.mark.parametrize("text, script, language", [
    ("Secretary Blinken spoke with Foreign Minister Lavrov.", "latin", "en"),
    ("Сергей Лавров провёл телефонный разговор с Энтони Блинкеном.", "cyrillic", "ru"),
    ("国家主席习近平应约同美国总统拜登通电话。", "han", "zh"),
    # quoted names and acronyms in the other script do not outweigh the host script
    ("Лавров обсудил с Блинкеном расширение NATO и договор New START.", "cyrillic", "ru"),
    ("拜登表示，美方支持NATO和G7的立场，中方表示反对。", "han", "zh"),
    ("The Kremlin called it «провокация».", "latin", "en"),
    ("Ελλάδα και Κύπρος", "greek", "el"),
])
def test_script_and_detected_language(text, script, language):
    assert script_of(text) == script
    assert detect_language(text) == language


def test_no_letters_is_undetermined():
    assert script_of("2022 — 12, 3.") is None
    assert detect_language("2022 — 12, 3.") == "und"
    assert script_counts("1, 2, 3") == {}


def test_detect_language_rejects_non_text():
    with pytest.raises(InputError, match="str"):
        detect_language(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="Readout"):
        readout_language("just a string")


def test_base_and_same_language():
    assert base_language("zh-Hans") == "zh"
    assert base_language("EN_us") == "en"
    assert base_language(None) == "und"
    assert base_language("  ") == "und"
    assert same_language("en-US", "en")
    assert not same_language("ru", "en")


def test_declared_language_wins_and_undeclared_is_detected():
    ru_text = "Владимир Путин провёл телефонный разговор с Джозефом Байденом."
    assert readout_language(Readout.from_text(ru_text, side="RU")) == "ru"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a matching declaration warns about nothing
        assert readout_language(Readout.from_text(ru_text, side="RU", language="ru")) == "ru"
        # Ukrainian is written in Cyrillic too: declared and kept, no warning
        assert readout_language(Readout.from_text(ru_text, side="UA", language="uk")) == "uk"


def test_contradicting_declaration_warns_and_is_kept():
    r = Readout.from_text("Lavrov spoke with Blinken about security guarantees.", side="RU", language="ru")
    with pytest.warns(LanguageWarning, match="declared language 'ru'.*Latin"):
        assert readout_language(r) == "ru"
    # in a batch the warning tells which readout: its date and title where it has them
    dated = Readout.from_text(r.text, side="RU", language="ru", date="2022-02-01", title="Lavrov-Blinken call")
    with pytest.warns(LanguageWarning, match=r"readout 'RU' of 2022-02-01 \('Lavrov-Blinken call'\) is declared"):
        readout_language(dated)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert readout_language(r, warn=False) == "ru"


def test_contradicting_declaration_warns_with_an_embedder_given_too(hash_embedder):
    # compare(..., embedder=...) makes no backend choice, but the declaration is still checked
    from readouts import compare

    r = Readout.from_text("Lavrov spoke with Blinken about security guarantees.", side="RU", language="ru")
    us = Readout.from_text("Blinken spoke with Lavrov.", side="US")
    with pytest.warns(LanguageWarning, match="declared language 'ru'.*Latin"):
        compare(us, r, embedder=hash_embedder)


def test_unknown_declared_language_is_not_checked():
    r = Readout.from_text("Lavrov spoke with Blinken.", side="X", language="xx")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert readout_language(r) == "xx"


def test_readout_is_not_mutated():
    r = Readout.from_text("Lavrov spoke with Blinken.", side="RU", language="ru")
    before = r.model_dump_json()
    with pytest.warns(LanguageWarning):
        readout_language(r)
    assert r.model_dump_json() == before


@pytest.mark.parametrize("text,language,expected", [
    # a passage whose script clearly says another language than its text's: at least two thirds of its letters
    ("王毅强调，台湾问题是中国内政。", "en", "zh"),
    ("«Мы не допустим этого», — заявил Лавров.", "en-GB", "ru"),
    ("Blinken said the US opposes any change.", "zh", "en"),
    ("Путин провёл разговор.", "fr", "ru"),
    # its text's own script, or a language that shares it
    ("Blinken said the US opposes any change.", "en", None),
    ("Putin a parlé avec Macron.", "fr", None),
    ("王毅强调，台湾问题是中国内政。", "ja", None),
    # too mixed to tell, no letters, or a language whose scripts are not known
    ("Wang said: 台湾问题是中国内政", "en", None),
    ("2023 — 15%", "en", None),
    ("王毅强调。", "xx", None),
    ("王毅强调。", None, None),
])
def test_passage_language(text, language, expected):
    assert passage_language(text, language) == expected


def test_script_helpers_refuse_what_is_no_text():
    # AttributeError: 'NoneType' object has no attribute 'isascii', from inside.
    from readouts.language import passage_language, script_counts, script_of

    for call in (lambda: passage_language(None, "en"), lambda: script_of(None), lambda: script_counts(5)):
        with pytest.raises(InputError, match="^text must be str, not (NoneType|int)"):
            call()


@pytest.mark.parametrize("text, code", [
    ("รัฐมนตรีต่างประเทศลาฟรอฟพูดคุยกับบลิงเคน", "th"),
    ("ლავროვი ესაუბრა ბლინკენს", "ka"),
    ("Լավրովը խոսեց Բլինքենի հետ", "hy"),
    ("লাভরভ ব্লিঙ্কেনের সাথে কথা বললেন", "bn"),
])
def test_a_readout_in_another_script_is_no_english_one(text, code):
    # Thai, Georgian, Armenian or Bengali letters were "other": no language, so compare() gave a Thai
    # readout against an English one to the English model ("auto: both readouts in en").
    from readouts.comparison import choose_backend

    r = Readout.from_text(text, side="XX")
    assert detect_language(text) == code and readout_language(r) == code
    en = Readout.from_text("Blinken spoke with Lavrov.", side="US")
    assert choose_backend(r, en) == ("multilingual", f"auto: languages {', '.join(sorted(['en', code]))} differ")
    with pytest.warns(LanguageWarning, match="declared language 'ru' but its text is mostly"):
        readout_language(Readout.from_text(text, side="XX", language="ru"))


@pytest.mark.parametrize("text, code", [
    ("Президент України Володимир Зеленський провів телефонну розмову з Президентом США.", "uk"),
    ("Прэзідэнт Беларусі правёў тэлефонную размову з Прэзідэнтам Расіі.", "be"),
    ("Председникот на Република Македонија оствари телефонски разговор. Ќе се сретнат.", "mk"),
    ("Председник Србије је разговарао са председником Кине. Ђаци и ћерке су били ту.", "sr"),
    ("Қазақстан Президенті Ресей Президентімен телефон арқылы сөйлесті.", "kk"),
    # Kyrgyz, Mongolian, Tatar, Uzbek and Tajik share the Turkic letters: no code rather than a wrong one
    ("Кыргыз Республикасынын Президенти Орусиянын Президенти менен телефон аркылуу сүйлөштү.", "und"),
    ("Монгол Улсын Ерөнхийлөгч Оросын Ерөнхийлөгчтэй утсаар ярилцлаа.", "und"),
    ("Президенти Ҷумҳурии Тоҷикистон бо Президенти Федератсияи Россия гуфтугӯи телефонӣ анҷом дод.", "und"),
    ("Ўзбекистон Президенти Россия Президенти билан телефон орқали суҳбатлашди.", "und"),
    # a Russian text that names a Ukrainian place once is still Russian
    ("Лавров заявил, что делегации встретятся в Київ на следующей неделе для продолжения переговоров.", "ru"),
    ("Владимир Путин провёл телефонный разговор с Джозефом Байденом.", "ru"),
])
def test_a_cyrillic_text_is_russian_only_without_another_languages_letters(text, code):
    # Regression: every Cyrillic text was "ru": a Ukrainian readout got the Russian cues, and "ru" recorded
    # as its language, in silence.
    from readouts.cues import detect_language as cue_language
    from readouts.language import detect_language

    assert detect_language(text) == code
    assert cue_language(text) == code
    assert readout_language(Readout.from_text(text, side="UA"), warn=False) == code
    # a quotation in it inside an English readout is told the same way
    if code != "und":
        assert passage_language(text, "en") == code


def test_an_undeclared_ukrainian_readout_warns_it_has_no_cue_lexicon():
    from readouts.cues import readout_cues

    text = "Президент України Володимир Зеленський провів телефонну розмову. Сторони обговорили безпекову ситуацію."
    with pytest.warns(LanguageWarning, match=r"^no cue lexicon for language 'uk' \(readout 'UA' declares no language; "
                                             r"its text is mostly Cyrillic script with letters Russian lacks; have en"):
        readout_cues(Readout.from_text(text, side="UA"))


BULGARIAN = [
    "Президентът Румен Радев проведе телефонен разговор с президента на Франция Еманюел Макрон. "
    "Двамата обсъдиха сигурността в Черноморския регион и подкрепата за Украйна.",
    "Министър-председателят Кирил Петков разговаря с председателя на Европейската комисия. "
    "Те се съгласиха, че България ще продължи да подкрепя санкциите.",
    "Министърът на външните работи заяви, че страната ни е твърдо ангажирана с членството си в НАТО и ЕС.",
    "Това е важна стъпка към по-тясно сътрудничество между двете държави, които са стратегически партньори.",
    "Българският президент Румен Радев и руският президент Владимир Путин разговаряха по телефона по инициатива "
    "на руската страна. Радев изрази загриженост от ескалацията на напрежението.",
    "Премиерът заяви, че правителството ще подкрепи Украйна.",
]

# Russian texts that share what tells Bulgarian: "ъ" ("объявил", "съезд", the old spelling's "Коммерсантъ"),
# Bulgarian names and places, "т. е.", an initial "Е.", a Bulgarian quotation, and short texts with no "ы".
LOOK_ALIKE_RUSSIAN = [
    "Владимир Путин объявил о начале специальной военной операции.",
    "Делегаты съезда объявили о поддержке решения.",
    "Объявлен съезд.",
    "Подъезд к зданию закрыт, объявлена эвакуация.",
    "Путин разговаривал с президентом Болгарии.",
    "Состоялся телефонный разговор Владимира Путина с Президентом Болгарии Руменом Радевым.",
    "Сергей Лавров провёл переговоры с Министром иностранных дел Болгарии Теодорой Генчовской в Софии.",
    "По итогам съезда объявлено о создании комиссии, т. е. рабочего органа.",
    "Коммерсантъ сообщает о разговоре Путина и Радева.",
    "Председатель болгарского парламента заявила: «България ще остане член на ЕС».",
    "Путин и Радев обсудили вопросы энергетики, в т. ч. поставки газа в Болгарию.",
    "В Варне и Пловдиве состоялись встречи.",
    "Е. Примаков и С. Лавров.",
    "Глава МИД России объявил о новом раунде переговоров в Женеве.",
]


@pytest.mark.parametrize("text", BULGARIAN)
def test_a_bulgarian_text_is_no_russian_one(text):
    # Regression: Bulgarian has no letter Russian lacks, so a Bulgarian readout was "ru": read with the
    # Russian cues, compared with a Russian readout as one language, "ru" recorded, all in silence.
    from readouts.comparison import choose_backend
    from readouts.cues import detect_language as cue_language
    from readouts.language import bulgarian_evidence

    bulgarian, russian = bulgarian_evidence(text)
    assert bulgarian >= 2 and russian == 0
    assert detect_language(text) == "bg" and cue_language(text) == "bg"
    r = Readout.from_text(text, side="BG")
    assert readout_language(r) == "bg"
    assert passage_language(text, "en") == "bg"  # a Bulgarian quotation in an English readout
    ru = Readout.from_text("Владимир Путин провёл телефонный разговор с Президентом Болгарии.", side="RU")
    assert choose_backend(r, ru) == ("multilingual", "auto: languages bg, ru differ")


@pytest.mark.parametrize("text", LOOK_ALIKE_RUSSIAN)
def test_a_russian_text_with_bulgarian_look_alikes_stays_russian(text):
    from readouts.cues import detect_language as cue_language

    assert detect_language(text) == "ru" and cue_language(text) == "ru"
    assert passage_language(text, "en") == "ru"


def test_bulgarian_needs_two_marks_and_three_times_the_russian_ones():
    from readouts.language import bulgarian_evidence

    # one mark alone ("-ът") is too little to tell a one-line text by: it stays Russian, as before
    assert bulgarian_evidence("Президентът Радев разговаря с Путин.") == (1, 0)
    assert detect_language("Президентът Радев разговаря с Путин.") == "ru"
    # a Russian sentence quoting two Bulgarian words is outweighed by its own Russian marks
    quoted = "Председатель болгарского парламента заявила: «България ще остане член на ЕС»."
    assert bulgarian_evidence(quoted) == (2, 1)


def test_an_undeclared_bulgarian_readout_warns_it_has_no_cue_lexicon():
    from readouts.cues import readout_cues

    r = Readout.from_text(BULGARIAN[1], side="BG")
    with pytest.warns(LanguageWarning, match=r"^no cue lexicon for language 'bg' \(readout 'BG' declares no language"):
        readout_cues(r)


LATIN_NOT_ENGLISH = [
    ("Le président de la République s'est entretenu ce jour avec le président russe. Il a rappelé que la France "
     "soutient l'intégrité territoriale de l'Ukraine.", "fr"),
    ("Bundeskanzler Olaf Scholz hat am Dienstag mit dem russischen Präsidenten Wladimir Putin telefoniert. "
     "Der Bundeskanzler forderte einen sofortigen Waffenstillstand.", "de"),
    ("Die beiden Außenminister sprachen über die Lage in der Ukraine und vereinbarten, in engem Kontakt zu bleiben.",
     "de"),
    ("El presidente del Gobierno mantuvo una conversación telefónica con el presidente de Ucrania. Ambos dirigentes "
     "abordaron la situación de seguridad en la región.", "es"),
    ("O presidente Lula conversou por telefone com o presidente da China. Os dois líderes trataram da cooperação "
     "econômica e da paz na Ucrânia.", "pt"),
    ("Il presidente del Consiglio ha avuto un colloquio telefonico con il presidente ucraino. Durante la "
     "conversazione è stata ribadita la posizione dell'Italia.", "it"),
    ("Prezydent Andrzej Duda rozmawiał telefonicznie z prezydentem Ukrainy. Rozmowa dotyczyła bezpieczeństwa w "
     "regionie oraz współpracy gospodarczej.", "pl"),
    ("Předseda vlády jednal s ukrajinským prezidentem o bezpečnosti v regionu. Oba státníci se shodli, že je třeba "
     "pokračovat v dialogu.", "cs"),
    # Croatian, Serbian and Bosnian in Latin letters: one code, Serbo-Croatian
    ("Predsjednik Republike Hrvatske razgovarao je telefonom s predsjednikom Ukrajine. Razgovarali su o sigurnosnoj "
     "situaciji u regiji i o suradnji dviju zemalja.", "hbs"),
    ("Predsednik Srbije Aleksandar Vučić razgovarao je telefonom sa predsednikom Kine Si Đinpingom. Dva predsednika "
     "su razgovarala o saradnji i o situaciji u regionu.", "hbs"),
    ("Predsjedavajući Predsjedništva Bosne i Hercegovine razgovarao je sa ministrom vanjskih poslova Turske o jačanju "
     "saradnje između dvije zemlje.", "hbs"),
    ("Președintele României a avut o convorbire telefonică cu președintele Ucrainei. Cei doi lideri au discutat "
     "despre situația de securitate din regiune.", "ro"),
    ("Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü. Görüşmede ikili ilişkiler ve "
     "bölgesel konular ele alındı, iki lider barış için çağrıda bulundu.", "tr"),
    ("Presiden Joko Widodo melakukan pembicaraan telepon dengan Presiden Tiongkok Xi Jinping. Kedua pemimpin "
     "membahas kerja sama ekonomi dan situasi di kawasan.", "id"),
    ("Chủ tịch nước đã có cuộc điện đàm với Tổng thống Hoa Kỳ. Hai nhà lãnh đạo nhất trí thúc đẩy quan hệ đối tác "
     "toàn diện giữa hai nước.", "vi"),
]

# English texts with what those languages write: name particles, diacritics, initials, Latin phrases,
# a French title, a list of names, short texts with no common English word
ENGLISH_LOOK_ALIKES = [
    "Ursula von der Leyen met Lula da Silva.",
    "President Biden spoke with President Luiz Inácio Lula da Silva of Brazil.",
    "Le Drian met Di Maio and Van Rompuy in Brussels.",
    "President Recep Tayyip Erdoğan held a telephone call with President Aleksandar Vučić of Serbia.",
    "Nguyễn Phú Trọng welcomed Xi Jinping to Hà Nội.",
    "Jaishankar set out India's position.",
    "US-China cooperation can achieve many good things.",
    "Mohammed bin Salman al-Saud received Emmanuel Macron at Al-Yamamah Palace.",
    "The President reaffirmed the de facto ceasefire, i.e. the status quo.",
    "Présidence de la République (Élysée communiqué)",
    "Vladimir Putin, Joe Biden, Emmanuel Macron, Olaf Scholz, Pedro Sánchez, Giorgia Meloni",
    "External Affairs Minister S. Jaishankar spoke with Wang Yi; W. Li and V. Orbán were present.",
]


@pytest.mark.parametrize("text, code", LATIN_NOT_ENGLISH)
def test_a_latin_text_in_another_language_is_no_english_one(text, code):
    # Regression: every Latin text was "en": a French or Serbian readout got the English cues, and
    # against an English one the English model ("auto: both readouts in en"), with "en" recorded.
    from readouts.comparison import choose_backend
    from readouts.cues import detect_language as cue_language

    assert detect_language(text) == code and cue_language(text) == code
    r = Readout.from_text(text, side="XX")
    en = Readout.from_text("Blinken spoke with Lavrov.", side="US")
    assert choose_backend(en, r) == ("multilingual", f"auto: languages {', '.join(sorted(['en', code]))} differ")
    # a passage of it in a Russian readout is no English quotation, read with the English lexicon
    assert passage_language(text, "ru") == code


@pytest.mark.parametrize("text", ENGLISH_LOOK_ALIKES)
def test_an_english_text_with_foreign_names_stays_english(text):
    from readouts.cues import detect_language as cue_language

    assert detect_language(text) == "en" and cue_language(text) == "en"


def test_a_romance_text_too_close_to_call_is_undetermined_and_no_english_one():
    # Spanish words the Catalan list has too ("el", "la", "de", "una", "del"), no word that tells one of the two:
    # no code rather than a wrong one, but no English either
    from readouts.comparison import choose_backend
    from readouts.language import latin_language

    text = "El presidente de la comisión del parlamento y el ministro se reunieron en la sede de la organización."
    assert latin_language(text) in ("es", "und")
    ambiguous = "Una reunió de la comissió del parlament amb el ministre, en la seu de la organització."
    assert latin_language(ambiguous) in ("ca", "und")
    assert latin_language("el la de una del que en con se es al lo") == "und"
    r = Readout.from_text("el la de una del que en con se es al lo", side="XX")
    assert choose_backend(r, Readout.from_text("Blinken spoke with Lavrov.", side="US"))[0] == "multilingual"


def test_a_readout_in_an_untold_language_is_no_english_one():
    # Regression: "und" from a text with letters (Kyrgyz) was dropped like a text without letters, so
    # compare gave it and an English readout the English model: "auto: both readouts in en".
    from readouts.comparison import choose_backend
    from readouts.language import languages_differ

    ky = Readout.from_text("Кыргыз Республикасынын Президенти Орусиянын Президенти менен телефон аркылуу сүйлөштү.",
                           side="KG")
    en = Readout.from_text("Blinken spoke with Lavrov.", side="US")
    assert choose_backend(en, ky) == choose_backend(ky, en) == ("multilingual", "auto: languages en, und differ")
    assert languages_differ(en, ky)
    # a text without letters still does not count
    digits = Readout.from_text("2022 — 15%", side="XX")
    assert choose_backend(en, digits) == ("default", "auto: both readouts in en")
    assert not languages_differ(en, digits)


def test_the_english_model_asked_for_warns_for_an_untold_language():
    from readouts.comparison import _english_model_warning
    from readouts.embedding import DEFAULT_MODEL

    class Named:
        name = DEFAULT_MODEL

    ky = Readout.from_text("Кыргыз Республикасынын Президенти Орусиянын Президенти менен телефон аркылуу сүйлөштү.",
                           side="KG")
    with pytest.warns(LanguageWarning, match=r"is in a language other than English \('und'\)"):
        _english_model_warning(Named(), ky, readout_language(ky))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _english_model_warning(Named(), Readout.from_text("2022 — 15%", side="XX"), "und")


@pytest.mark.parametrize("text, declared, found", [
    ("Президент України Володимир Зеленський провів телефонну розмову з Президентом США.", "ru", "'uk'"),
    (BULGARIAN[2], "ru", "'bg'"),
    (LATIN_NOT_ENGLISH[0][0], "en", "'fr'"),
    (LATIN_NOT_ENGLISH[8][0], "en-GB", "'hbs'"),
    ("Кыргыз Республикасынын Президенти Орусиянын Президенти менен телефон аркылуу сүйлөштү.", "ru",
     r"another language \(letters Russian lacks\)"),
])
def test_a_declared_language_its_text_contradicts_in_the_same_script_warns_and_is_kept(text, declared, found):
    # Regression: a Ukrainian or Bulgarian readout marked "ru", a French one marked "en", matched the
    # script the declaration expects and was read with the Russian or English cues without a word.
    r = Readout.from_text(text, side="XX", language=declared)
    with pytest.warns(LanguageWarning, match=rf"^readout 'XX' is declared language '{declared}' but its text reads "
                                             rf"as {found}; the '{declared[:2]}' cue lexicon is used as declared"):
        assert readout_language(r) == declared[:2]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readout_language(r, warn=False)


@pytest.mark.parametrize("text, declared", [
    *((t, "ru") for t in LOOK_ALIKE_RUSSIAN),
    *((t, "en") for t in ENGLISH_LOOK_ALIKES),
    (BULGARIAN[0], "bg"),
    (LATIN_NOT_ENGLISH[0][0], "fr"),
    # a language without a cue lexicon is not checked against what its text is told to be: a Bulgarian
    # text with no Bulgarian mark reads as Russian, which says nothing against "bg"
    ("Радев разговаря с Макрон.", "bg"),
])
def test_a_declared_language_its_text_agrees_with_does_not_warn(text, declared):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert readout_language(Readout.from_text(text, side="XX", language=declared)) == declared


@pytest.mark.parametrize("text, code", [
    # an official Japanese text writes names and nouns in Han alone: its hiragana particles tell it
    ("日本国総理大臣岸田文雄は中華人民共和国国家主席習近平と会談した。", "ja"),
    ("岸田総理大臣は、習近平中国国家主席と電話会談を行いました。", "ja"),
    # a Chinese text that quotes a Japanese brand's one hiragana or a name in katakana stays Chinese
    ("味の素公司总裁访华。", "zh"),
    ("习近平同美国总统特朗普通电话。プーチン", "zh"),
    # traditional characters are Chinese too
    ("中華人民共和國外交部發言人表示，中方堅決反對。", "zh"),
])
def test_japanese_is_told_by_its_hiragana(text, code):
    # Regression: kana under a third of the Han characters left a Japanese text Chinese (the Chinese cues)
    assert detect_language(text) == code
    assert passage_language(text, "en") == code


TRADITIONAL = "國家主席習近平應約同美國總統拜登通電話。習近平強調，台灣問題是中國核心利益中的核心。"
SIMPLIFIED = "国家主席习近平应约同美国总统拜登通电话。习近平强调，台湾问题是中国核心利益中的核心。"


@pytest.mark.parametrize("declared", [None, "zh", "zh-Hant", "zh-TW"])
def test_a_chinese_readout_in_traditional_characters_is_read_through_the_fold(declared):
    # The Chinese lexicon is in simplified characters: "習近平強調" gave no speaker and no act, in silence,
    # then with a warning that its cues would be missed. The cues now read it folded to simplified
    # characters (fold_traditional): its simplified twin's acts, quoted as written; the warning says so.
    from readouts.cues import point_cues

    simple = point_cues(SIMPLIFIED.split("。")[1], side="CN", language="zh")
    trad = point_cues(TRADITIONAL.split("。")[1], side="CN", language="zh")
    assert [(a.name, a.start, a.end) for a in trad.acts] == [(a.name, a.start, a.end) for a in simple.acts] != []
    assert [a.text for a in trad.acts] == ["強調"]
    r = Readout.from_text(TRADITIONAL, side="CN", language=declared)
    with pytest.warns(LanguageWarning, match=r"^readout 'CN' is written in traditional Chinese characters: its cues "
                                             r"are read with them folded to the simplified ones"):
        assert readout_language(r) == "zh"


@pytest.mark.parametrize("text, declared", [
    (SIMPLIFIED, None), (SIMPLIFIED, "zh"),
    # a simplified text that quotes a traditional name, and a Japanese text (its kanji are often the
    # traditional forms, but it is no Chinese readout)
    ("国家主席习近平同美国总统拜登通电话。双方讨论了“中華民國”问题和台湾问题。", None),
    ("日本国総理大臣岸田文雄は中華人民共和国国家主席習近平と會談した。東京で電話會談を行った。", None),
])
def test_a_simplified_or_japanese_text_gives_no_traditional_warning(text, declared):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readout_language(Readout.from_text(text, side="CN", language=declared))


@pytest.mark.parametrize("text, language, expected", [
    # Regression: the glossed names' letters outnumbered the Chinese characters, so the sentence was
    # English: read with the English lexicon as a point of a Chinese readout
    ("拜登（Joseph Robinette Biden Jr.）与布林肯（Antony Blinken）通话。", "zh", None),
    ("拜登(Joseph R. Biden Jr.)同习近平(Xi Jinping)通电话。", "zh", None),
    ("台湾问题（the Taiwan question）是中国内政。", "en", "zh"),
    # glosses in a text in letters are not left out (the bracket may hold the substance): under two thirds
    # Cyrillic, this one is too mixed to tell, as before
    ("Лавров встретился с Блинкеном (Antony Blinken) и Салливаном (Jake Sullivan).", "en", None),
    ("Lavrov met Blinken (Лавров встретился с Блинкеном).", "en", None),
    ("An English quotation, (Biden said the US does not seek a new Cold War).", "zh", "en"),
])
def test_a_chinese_sentence_glossing_names_in_letters_stays_chinese(text, language, expected):
    assert passage_language(text, language) == expected
    if expected is None and language == "zh":
        assert script_of(text) == "han" and detect_language(text) == "zh"


def test_a_japanese_text_marked_zh_gets_the_script_warning_alone():
    # its kanji are often the traditional forms ("統", "電", "話", "談"): the traditional warning came on top
    r = Readout.from_text("岸田首相はバイデン大統領と電話会談を行った。", side="JP", language="zh")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        readout_language(r)
    assert [str(w.message)[:61] for w in caught] == [
        "readout 'JP' is declared language 'zh' but its text is mostly"]
