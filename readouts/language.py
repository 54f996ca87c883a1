"""The language of a readout: declared in its record, else told by the script it is written in.

``compare`` needs to know whether two readouts share a language, to pick an English or a
multilingual embedder. A readout's ``language`` field wins when it is set. Without it the language
is *guessed from the script alone*, which is all the library can tell reliably without a language
model: mostly Latin letters -> ``"en"``, Cyrillic -> ``"ru"``, Han characters -> ``"zh"`` (and a few
other scripts, see :data:`SCRIPT_LANGUAGE`).
A Cyrillic text with letters Russian lacks is the language they tell (Ukrainian, Belarusian,
Serbian, Macedonian, Kazakh), and one with Bulgarian's marks is Bulgarian (:func:`bulgarian_evidence`);
a Latin text plainly in another language than English (its common words: "le", "und", "je", "że")
is that language, or ``"und"`` where it is too close to call (:func:`latin_language`). Short texts
and texts of names stay English or Russian; declare the language when it matters. A declared
language that contradicts the script (a readout marked ``ru`` written in Latin letters), or the
language its text is told to be in that script (a readout marked ``ru`` in Ukrainian), raises a
:class:`LanguageWarning` and the declared value is kept, because the user may know better (a
transliterated text).

>>> script_of("Lavrov spoke with Blinken.")
'latin'
>>> detect_language("Лавров провёл переговоры с Блинкеном.")
'ru'
>>> detect_language("双方同意保持联系。")
'zh'
>>> same_language("en-US", "EN")
True
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from .errors import InputError, LanguageWarning, warn_user

__all__ = [
    "LanguageWarning", "script_of", "script_counts", "detect_language", "readout_language", "readout_label",
    "passage_language",
    "same_language", "base_language", "country_hint", "COUNTRY_CODES", "SCRIPT_LANGUAGE", "UNDETERMINED",
    "script_language", "bulgarian_evidence", "latin_language", "told_language",
    "traditional_chinese", "fold_traditional",
]

#: The code returned when a text has no letter to judge by (ISO 639-2 "undetermined").
UNDETERMINED = "und"

#: The language each script is taken for when no language is declared. The first three are the
#: ones this library is calibrated for; the rest only serve to tell that a text is not English.
SCRIPT_LANGUAGE = {"latin": "en", "cyrillic": "ru", "han": "zh", "kana": "ja", "hangul": "ko", "greek": "el",
                   "arabic": "ar", "hebrew": "he", "devanagari": "hi", "thai": "th", "georgian": "ka", "armenian": "hy",
                   "ethiopic": "am", "bengali": "bn", "tamil": "ta", "telugu": "te", "gujarati": "gu", "gurmukhi": "pa",
                   "kannada": "kn", "malayalam": "ml", "sinhala": "si", "khmer": "km", "lao": "lo", "myanmar": "my",
                   "tibetan": "bo"}

# Scripts of the languages a declaration is checked against; other languages are not checked.
_LANGUAGE_SCRIPTS: dict[str, frozenset[str]] = {
    **{code: frozenset({"latin"}) for code in (
        "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "fi", "sv",
        "da", "no", "nb", "et", "lv", "lt", "tr", "az", "id", "ms", "vi", "tl", "sq")},
    **{code: frozenset({"cyrillic"}) for code in ("ru", "uk", "be", "bg", "mk", "kk", "ky", "tg", "mn")},
    "sr": frozenset({"cyrillic", "latin"}),
    "zh": frozenset({"han"}),
    "ja": frozenset({"han", "kana"}),
    "ko": frozenset({"hangul", "han"}),
    "el": frozenset({"greek"}), "ar": frozenset({"arabic"}), "fa": frozenset({"arabic"}),
    "ur": frozenset({"arabic"}), "he": frozenset({"hebrew"}), "hi": frozenset({"devanagari"}),
    **{code: frozenset({script}) for script, code in (
        ("thai", "th"), ("georgian", "ka"), ("armenian", "hy"), ("ethiopic", "am"), ("bengali", "bn"), ("tamil", "ta"),
        ("telugu", "te"), ("gujarati", "gu"), ("gurmukhi", "pa"), ("kannada", "kn"), ("malayalam", "ml"),
        ("sinhala", "si"), ("khmer", "km"), ("lao", "lo"), ("myanmar", "my"), ("tibetan", "bo"))},
}


@lru_cache(maxsize=8192)  # a readout's letters repeat: look a letter's name up once, not at every occurrence
def _script(ch: str) -> str | None:
    """The script of one letter, from its Unicode name (no third-party tables needed)."""
    if not ch.isalpha():
        return None
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    if name.startswith("CJK ") or name.startswith("CJK COMPATIBILITY"):
        return "han"
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    return "other"


#: Unicode name prefixes of the scripts in :data:`SCRIPT_LANGUAGE` (Han is told apart by "CJK ").
#: Without Thai, Georgian and the rest a Thai readout had no language, so compare() read it as English.
_SCRIPT_PREFIXES = (("LATIN", "latin"), ("CYRILLIC", "cyrillic"), ("HIRAGANA", "kana"), ("KATAKANA", "kana"),
                    ("HANGUL", "hangul"), *((s.upper() + " ", s) for s in SCRIPT_LANGUAGE if s not in
                                             ("latin", "cyrillic", "han", "kana", "hangul")))


def script_counts(text: str) -> dict[str, int]:
    """How many letters of ``text`` belong to each script.

    >>> script_counts("NATO и ОБСЕ")
    {'latin': 4, 'cyrillic': 5}
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    counts = Counter(s for s in map(_script, text) if s is not None)
    return dict(counts)


def script_of(text: str) -> str | None:
    """The script most of the letters of ``text`` belong to, or None without letters.

    Letters are counted one by one, so a Chinese sentence (one character a word) is weighed
    against the letters of a Latin name it quotes, not its words; in practice the host script of
    a readout outnumbers quoted names many times over. What stands in brackets is left out where
    the rest is mostly Han: a name glossed in its own script ("拜登（Joseph Robinette Biden Jr.）与布林肯
    （Antony Blinken）通话") is no part of the sentence's grammar, yet outnumbered its Chinese
    characters, so the sentence was read as English (the English cues, as a point of a Chinese readout).
    """
    return _majority(*_unglossed(text))


#: A bracketed gloss: "（Antony Blinken）", "(Antony Blinken)".
_GLOSS = re.compile(r"[（(][^（）()]*[）)]")


def _unglossed(text: str) -> tuple[dict[str, int], str]:
    """The script counts of ``text`` without its bracketed glosses where what is left is mostly Han
    (:func:`script_of`), and that text; else those of ``text`` whole. Only Han: a Han character is a
    word, where a gloss in letters counts each letter, and in a text in letters what is bracketed may
    be the substance ("OPR_ADD (сложение)")."""
    if isinstance(text, str) and ("(" in text or "（" in text):
        bare = _GLOSS.sub(" ", text)
        counts = script_counts(bare)
        if _majority(counts, bare) in ("han", "kana"):
            return counts, bare
    return script_counts(text), text


def _majority(counts: dict[str, int], text: str) -> str | None:
    """The script with the most letters, None without any. Ties (rare, tiny texts) go to the
    alphabetically first script, so the result is deterministic. Japanese is written in Han characters
    and kana together, often more of the first: kana, which no Chinese text holds, at a third of the
    Han characters or more make a text's script "kana" (Japanese; it was read as Chinese), and so do
    hiragana, the particles of Japanese grammar ("は", "と", "した"), two or more and a tenth of the
    Han characters: an official Japanese text writes names and nouns in Han alone ("日本国総理大臣岸田文雄は
    ...と会談した") and was read as Chinese, while a Chinese text may quote a Japanese name in katakana."""
    if not counts:
        return None
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "han":
        hiragana = sum(1 for ch in text if "\u3041" <= ch <= "\u309f") if counts.get("kana") else 0
        if 3 * counts.get("kana", 0) >= counts["han"] or (hiragana >= 2 and 10 * hiragana >= counts["han"]):
            return "kana"
    return script


#: Cyrillic letters no Russian text holds: those of a language, or of two that share them, then the
#: letters that tell the second of the two ("і" is Ukrainian and Belarusian, "ў" Belarusian alone;
#: "ј", "љ", "њ", "џ" Serbian and Macedonian, "ѓ", "ќ", "ѕ" Macedonian alone).
#: The Turkic and Mongolian letters come first: Kazakh is told by "ұ", or "қ" or "ғ" with "ә" or "і"; Kyrgyz,
#: Mongolian, Tatar, Bashkir, Uzbek and Tajik, which share the rest, are "und" (no language code is
#: better than a wrong one: Mongolian was read as Kazakh, Tajik as Russian).
_TURKIC = "әғқңөұүһҗҳҷҫҡҙӣӯӘҒҚҢӨҰҮҺҖҲҶҪҠҘӢӮ"
_CYRILLIC_LETTERS = (("und", _TURKIC, "kk", ""), ("sr", "јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ", "mk", "ѓќѕЃЌЅ"),
                     ("uk", "іїєґўІЇЄҐЎ", "be", "ўЎ"))
#: The Russian letters each of those languages lacks (Kazakh has them all): a Russian readout holds
#: many of them (a few in a hundred), so a Russian text that names "Києві і Харкові" is still Russian.
_LACKED_LETTERS = {"uk": "ыэъёЫЭЪЁ", "be": "ищъИЩЪ", "sr": "йщъыьэюяёЙЩЪЫЬЭЮЯЁ", "mk": "йщъыьэюяёЙЩЪЫЬЭЮЯЁ"}


#: Bulgarian words Russian does not write: the future particle, "to be", "this", "which", "towards",
#: "she" ... ("че", "that", only in lower case: Russian writes "Че Гевара"). "е" ("is") is counted apart.
_BULGARIAN_WORDS = frozenset((
    "ще са се към това които който която което във със съм сме сте беше бяха също чрез обаче като тя "
    "тази този тези срещу относно няма има вече трябва днес сега повече когато защото ако всички всеки всяка "
    "всяко някои нещо според както двамата двете докато преди ние вие г-н г-жа нейния неговия техния нашата "
    "своята").split())
#: Russian words Bulgarian does not write ("что", "это", "который", "также", the prepositions "к", "во", "со").
_RUSSIAN_WORDS = frozenset((
    "что чтобы это этот эта эти его также для во со он она они уже ещё еще к который которая которое "
    "которые которых которым был была было были года году").split())
#: Endings of Bulgarian's article on a noun or adjective that no Russian word has ("ситуацията",
#: "решението", "руският", "руската", "сигурността", "правителството").
_BULGARIAN_ENDINGS = ("ията", "ието", "ият", "ската", "ското", "ността", "ството")
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "Putin's" is one word, not "putin" and "s"
_PROSE_NEXT = re.compile(r" +[^\W\d_]")  # a space, then a word: what follows a one-letter word of running text
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Bulgarian's "е" ("is") as a word: not "т. е." ("that is"), an initial ("Е. Примаков") or a list's "е)".
_BULGARIAN_IS = re.compile(r"(?<![\w.])(?<!т\. )е(?![\w.)])")
#: "ъ" before a consonant or "ъ" ("към", "държава", "президентът"): Russian writes it only before "е",
#: "ё", "ю", "я" ("объявил", "съезд"), or at a word's end in the old spelling ("Коммерсантъ").
_INNER_HARD_SIGN = re.compile(r"ъ(?=[бвгджзйклмнпрстфхцчшщъь])")
#: What only Russian writes: "ы", "э", "ё", and "ь" but before "о" (Bulgarian's only "ь": "синьо").
_RUSSIAN_LETTERS = re.compile(r"[ыэё]|ь(?!о)")


def bulgarian_evidence(text: str) -> tuple[int, int]:
    """How many marks of Bulgarian and of Russian a Cyrillic ``text`` holds. Bulgarian has no letter
    Russian lacks, so a Bulgarian readout was read as Russian (the Russian cues, "ru" recorded) in
    silence; what tells it is how the letters are used: "ъ" inside a word ("към", "държава", the
    article "-ът"), "ѝ", and words Russian does not write ("ще", "са", "се", "това", "които", "е");
    Russian has "ы", "э", "ё", "ь" other than in "ьо", and words Bulgarian does not write ("что",
    "это", "который", "также", "к"). :func:`script_language` reads a text as Bulgarian where it holds
    two Bulgarian marks or more and over three times as many as Russian ones, so a Russian readout
    that quotes a Bulgarian sentence stays Russian.

    >>> bulgarian_evidence("Министърът заяви, че България ще подкрепи Украйна.")
    (5, 0)
    >>> bulgarian_evidence("Владимир Путин объявил о созыве съезда.")
    (0, 1)
    """
    lower = text.lower()
    words = _WORD.findall(lower)
    bulgarian = (len(_INNER_HARD_SIGN.findall(lower)) + lower.count("ѝ") + len(_BULGARIAN_IS.findall(lower))
                 + sum(1 for w in words if w in _BULGARIAN_WORDS or w.endswith(_BULGARIAN_ENDINGS))
                 + len(re.findall(r"(?<![\w-])че(?![\w-])", text)))
    russian = len(_RUSSIAN_LETTERS.findall(lower)) + sum(1 for w in words if w in _RUSSIAN_WORDS)
    return bulgarian, russian


#: English's commonest words: a Latin text of English holds many (a readout: a third of its words).
_ENGLISH_WORDS = frozenset(
    "the and of to with that said for on is was by has have will which this from their they are be at as it "
    "its an were would also not but or".split())
#: The commonest words of other languages written in Latin letters, none of them an English word a
#: readout uses ("war", "son", "her", "also" are left out), and the letters that tell them apart.
_LATIN_LANGUAGES: dict[str, tuple[frozenset[str], str]] = {code: (frozenset(words.split()), letters) for code, words, letters in (
    ("fr", "le la les des du et est une un dans pour qui que sur avec au aux par ont été pas ce cette ses sont il elle "
           "nous vous ou mais se ne sa leur", "éèêàçœùâîôûëï"),
    ("es", "el la los las del y que en con por para una un se es al lo su sus como más pero fue ha han este esta "
           "entre sobre también ambos sin hasta desde ya muy", "ñáéíóú¿¡"),
    ("pt", "o os as do da dos das e que em com para um uma não no na foi se ao pelo pela mais seu sua também "
           "entre sobre como", "ãõçáéíóúâêôà"),
    ("it", "il lo la gli le di del della delle dei degli che e è per con un una si sono al nel nella non da ha anche "
           "più tra su anche questo questa sua suo dello alla alle sul sulla ed nei hanno stato stata dal dalla", "àèéìòù"),
    ("de", "der die das und ist mit den dem des nicht ein eine einen auf für sich zu von im hat wurde werden auch es "
           "sie er bei aus nach wie als oder aber dass vom zum zur", "äöüß"),
    ("nl", "de het een en van dat op met voor zijn niet te aan ook er bij naar om door maar wordt werd hij zij deze "
           "die", "ëï"),
    ("pl", "i w z na się nie że jest to od przez oraz jak po dla do o ze we jego są był była także", "ąęłńśźżóć"),
    ("cs", "a v se na je že s z do o to jako pro by ve ze k i jeho jsou byl také ale nebo při", "řěůčšžýáíéúťďň"),
    ("sk", "a v sa na je že s z do o to ako pre by vo zo k i jeho sú bol tiež ale alebo pri", "ľĺŕôäčšžýáíéúťďň"),
    ("hbs", "i je u se na da su za od s sa što šta koji koja kao ili ali iz o to bi će sve jer kako ove ovaj biti "
            "nije također takođe prema", "čćšžđ"),
    ("sl", "in je na se da za v z s so ki ter pa ne bo tudi pri od kot bi ali o", "čšž"),
    ("ro", "și de la în cu pe a din care este un o că pentru nu sau mai al ale se fost au prin dintre sunt", "ăâîșțşţ"),
    ("tr", "ve bir bu da de ile için olarak ki olan ama daha çok gibi", "ığşçöüİ"),
    ("hu", "a az és hogy nem is egy van meg el de volt már csak mint vagy pedig ez azt", "őűáéíóöúü"),
    ("sv", "och att det som en är på med för av den till har inte ett om var men de från kan också", "åäö"),
    ("no", "og at det som en er på med for av den til har ikke et om var men de fra kan også etter hva nå", "åæø"),
    ("da", "og at det som en er på med for af den til har ikke et om var men de fra kan også efter hvad nu", "åæø"),
    ("fi", "ja on ei se että oli tai kun mutta myös ovat joka sen ole voi jos kuin tämä nämä", "äö"),
    ("ca", "el la els les de i que en amb per un una es del al ha és són aquest aquesta també però com més", "àèéíòóúïüç·"),
    ("gl", "o a os as de do da e que en con para un unha non no na foi se ao polo pola máis seu súa tamén entre "
           "sobre como", "áéíóúñ"),
    ("id", "dan yang di ini dengan untuk dari itu dalam tidak akan pada ke juga adalah oleh atau sebagai bahwa "
           "telah kami kita", ""),
    ("vi", "của và các là có trong được cho với những một này đã không người để về khi từ theo", "ơưđạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửựỳỵỷỹ"),
)}
#: Words that begin a surname as well as being a language's words ("de Gaulle", "da Silva", "van Rompuy").
_NAME_PARTICLES = frozenset("von van der den de da di do dos das del della la le el al bin ibn du des ter zu e y i".split())
#: Endings of words that tell the Romance languages apart ("situación", "situació", "situação", "situazione").
_LATIN_ENDINGS = {"es": ("ción", "ciones"), "gl": ("ción", "cións"), "ca": ("ció", "cions"), "pt": ("ção", "ções"),
                  "it": ("zione", "zioni")}
#: Words of those languages that an English text may hold too: never taken for another language's
#: ("in" is no English word either: German, Dutch and Italian write it as often).
_ENGLISH_TOO = frozenset("a i in per no do pro men till den van war son her also man hat come over me so we he us up "
                         "one two sea pan ma pa era".split())
_FOREIGN_WORDS = frozenset().union(*(words for words, _ in _LATIN_LANGUAGES.values())) - _ENGLISH_WORDS - _ENGLISH_TOO
#: How much a word or letter tells each language that has it: the fewer languages share it, the more.
_LATIN_WEIGHTS: dict[str, dict[str, float]] = {}
for _code, (_vocab, _letters) in _LATIN_LANGUAGES.items():
    for _item in (*_vocab, *_letters):
        _LATIN_WEIGHTS.setdefault(_item, {})[_code] = 0.0
for _item, _codes in _LATIN_WEIGHTS.items():
    for _code in _codes:
        _codes[_code] = 1 / len(_codes)
del _code, _vocab, _letters, _item, _codes


def latin_language(text: str) -> str:
    """The language of a text in Latin letters: ``"en"`` unless it is plainly another. Every Latin
    text was English, so a French, German or Serbian readout got the English cues and, against an
    English readout, the English model, with "en" recorded. A text is another language where its
    words hold three or more of another language's common words ("de", "und", "je", "że"), over
    three times its English ones ("the", "and", "of") and a fifth of its words or more: names
    ("von der Leyen", "Lula da Silva", "Erdoğan") leave an English text English, and a text with
    no common word at all (a list of names, a headline) stays English, as before. It is then the
    language whose words and letters ("ñ", "ř", "đ") it holds most, twice the next one's, else
    ``"und"`` (no code rather than a wrong one: Czech and Slovak, Danish and Norwegian are close).
    Croatian, Serbian and Bosnian, written alike in Latin letters, are ``"hbs"`` (Serbo-Croatian).

    >>> latin_language("Lavrov spoke with Blinken."), latin_language("Ursula von der Leyen met Lula da Silva.")
    ('en', 'en')
    >>> latin_language("Le président de la République s'est entretenu avec le chancelier allemand.")
    'fr'
    >>> latin_language("Predsjednik je razgovarao s predsjednikom Srbije o suradnji i sigurnosti u regiji.")
    'hbs'
    """
    # a letter alone is a word ("w regionie", "i sigurnosti") only between two words in running text: not
    # an initial ("S. Jaishankar", "Antony J. Blinken"), a list's "(a)", "e.g.", an option's "-e"
    found = [m.group() for m in _LATIN_WORD.finditer(text) if len(m.group()) > 1 or (
        m.group().islower() and text[m.start() - 1:m.start()] in ("", " ") and _PROSE_NEXT.match(text, m.end()))]
    words = [w.lower() for w in found]
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    # the particles of a name ("Ursula von der Leyen", "Lula da Silva", "Le Drian") are no words of the
    # text's language: a run of them between two capitalised words, or capitalised before one (a
    # German article before a noun, "mit dem Präsidenten", follows a word in lower case)
    named = [False] * len(words)
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j] in _NAME_PARTICLES:
            j += 1
        if j > i and j < len(words) and found[j][:1].isupper() and (found[i][:1].isupper()
                                                                     or (i > 0 and found[i - 1][:1].isupper())):
            named[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    foreign = sum(1 for w, n in zip(words, named) if w in _FOREIGN_WORDS and not n)
    if foreign < 3 or foreign <= 3 * english or 10 * foreign < len(words):
        return "en"
    scores = dict.fromkeys(_LATIN_LANGUAGES, 0.0)
    for item in (*words, *(ch for ch in text.lower() if not ch.isascii())):
        for code, weight in _LATIN_WEIGHTS.get(item, {}).items():
            scores[code] += weight
    for code, endings in _LATIN_ENDINGS.items():
        scores[code] += sum(1 for w in words if w.endswith(endings))
    best, second = sorted(scores.values(), reverse=True)[:2]
    return max(scores, key=scores.__getitem__) if best >= 1.5 * second else UNDETERMINED


def script_language(script: str | None, text: str) -> str | None:
    """The language ``text``, mostly in ``script``, is taken for: :data:`SCRIPT_LANGUAGE`, except that a
    Cyrillic text is Russian only without the letters of another language. At least two of them,
    and one letter in a hundred, make it that language ("і", "ї", "є", "ґ": Ukrainian; "ў":
    Belarusian; ...): a Ukrainian readout was read as Russian, with the Russian cues and "ru" recorded
    as its language. A Russian text that names "Київ" once is still Russian, and so is one with more
    of the Russian letters that language lacks ("ы", "э", "ё" for Ukrainian) than of its own: a
    Russian readout that spelt "Києві і Харкові" the Ukrainian way was read as Ukrainian and lost the
    Russian cues. A Cyrillic text with none of those letters is Bulgarian where it holds Bulgarian's
    marks (:func:`bulgarian_evidence`), else Russian. None for no script.

    >>> script_language("cyrillic", "Президент України провів телефонну розмову."), script_language("cyrillic", "Лавров посетил Київ.")
    ('uk', 'ru')
    """
    if script is None:
        return None
    if script == "cyrillic":
        cyrillic = sum(1 for ch in text if _script(ch) == "cyrillic")
        for code, letters, other, own in _CYRILLIC_LETTERS:
            n = sum(text.count(ch) for ch in letters)
            if n >= 2 and 100 * n >= cyrillic:
                if code == "und":  # Kazakh: "ұ", or "қ" or "ғ" with "ә" or "і" (Uzbek and Tajik have neither)
                    kazakh = "ұ" in text or "Ұ" in text or (any(ch in text for ch in "қҚғҒ")
                                                            and any(ch in text for ch in "әӘіІ"))
                    return other if kazakh else code
                found = other if any(ch in text for ch in own) else code
                if n > sum(text.count(ch) for ch in _LACKED_LETTERS.get(found, "")):
                    return found
        bulgarian, russian = bulgarian_evidence(text)
        if bulgarian >= 2 and bulgarian > 3 * russian:
            return "bg"
    if script == "latin":
        return latin_language(text)
    return SCRIPT_LANGUAGE.get(script, UNDETERMINED)


def detect_language(text: str) -> str:
    """The language ``text`` is taken for by its script (Latin -> en, Cyrillic -> ru, Han -> zh, ...;
    a Cyrillic text with letters Russian lacks the language they tell: :func:`script_language`).

    A text without letters, or in a script not in :data:`SCRIPT_LANGUAGE`, gives
    :data:`UNDETERMINED` (``"und"``).
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    return script_language(script_of(text), text) or UNDETERMINED


#: Common characters of readouts that traditional Chinese writes one way and simplified another
#: ("國" / "国", "說" / "说"), none of them written by both (not "里", "后", "系", which are traditional too).
_TRADITIONAL = "國會說這與為關發時對經們動來實還進過當應問題開長東門間機體現義點學區議歷務員變總統強調領導軍傳層邊華灣衛護認識聯濟貿協談話電視習頭將從個無雙獨達產業報"
_SIMPLIFIED = "国会说这与为关发时对经们动来实还进过当应问题开长东门间机体现义点学区议历务员变总统强调领导军传层边华湾卫护认识联济贸协谈话电视习头将从个无双独达产业报"


def traditional_chinese(text: str) -> bool:
    """Whether a Chinese ``text`` is written in traditional characters: three or more of
    :data:`_TRADITIONAL` and over three times as many as of their simplified forms. The Chinese cue
    lexicon is written in simplified characters, so the cues read such a text through
    :func:`fold_traditional` ("習近平強調" as "习近平强调"), and :func:`readout_language` says so.

    >>> traditional_chinese("中華人民共和國外交部發言人表示，中方堅決反對。"), traditional_chinese("中华人民共和国外交部发言人表示。")
    (True, False)
    """
    traditional = sum(1 for ch in text if ch in _TRADITIONAL)
    return traditional >= 3 and traditional > 3 * sum(1 for ch in text if ch in _SIMPLIFIED)


@lru_cache(maxsize=1)
def _fold_data() -> tuple[dict[int, str], str]:
    """The table of :func:`fold_traditional` (``readouts/data/traditional_zh.json``), read on first use:
    ``str.translate``'s mapping of each traditional character's code point to its simplified one; and
    the traditional characters left out of it, having two simplified readings ("著": "着" or "著")."""
    import json
    from importlib import resources

    with resources.files("readouts").joinpath("data/traditional_zh.json").open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    return ({ord(traditional): group[0] for group in data["groups"] for traditional in group[1:]},
            "".join(data["left_out"]))


def fold_traditional(text: str) -> str:
    """``text`` with its traditional Chinese characters written as the simplified ones the Chinese cue
    lexicon and concepts are written in, one character for one: ``fold_traditional(t)[i:j]`` stands for
    ``t[i:j]``, so a span found in the folded text is a span of the text as written (quote that one).
    A simplified text, and any text without Han characters, is returned unchanged. The table
    (``readouts/data/traditional_zh.json``) covers every character of the Chinese lexicon, the
    concepts and the corpus's Chinese readouts that has a distinct traditional form; a character
    simplified text writes too ("著": "着" or "著"; "乾", "覆", "藉") is left as written.

    >>> fold_traditional("中華人民共和國主席習近平同美國總統拜登通電話。")
    '中华人民共和国主席习近平同美国总统拜登通电话。'
    >>> fold_traditional("Putin spoke with Biden.")
    'Putin spoke with Biden.'
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    if text.isascii():  # no Han character: the table is not even read
        return text
    return text.translate(_fold_data()[0])


def passage_language(text: str, language: str | None) -> str | None:
    """The language of a passage (a point) of a text in ``language`` where its script clearly says
    another: a Chinese sentence or a Russian quotation inside an English readout. That is the
    language of the script that holds at least two thirds of the passage's letters, where
    ``language`` is not written in that script; None where the passage is in ``language``'s script,
    too mixed to tell ("Wang said 台湾问题是中国内政" stays with its readout), without letters, or where
    the scripts of ``language`` are not known.

    >>> passage_language("台湾问题是中国的内政。", "en"), passage_language("He said 一个中国.", "en")
    ('zh', None)
    >>> passage_language("Путин провёл разговор.", "fr"), passage_language("Putin spoke.", "fr")
    ('ru', None)
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    expected = _LANGUAGE_SCRIPTS.get(base_language(language))
    if expected is None or ("latin" in expected and text.isascii()):  # ASCII letters are Latin: no count needed
        return None
    counts, bare = _unglossed(text)
    script = _majority(counts, bare)
    if script is None:
        return None
    total = sum(counts.values())
    held = counts[script] + (counts.get("han", 0) if script == "kana" else 0)  # Japanese: kana and Han alike
    if script in expected or 3 * held < 2 * total:
        return None
    return script_language(script, text)


#: Country codes written where a language code belongs: none of them is an ISO 639-1 language code.
#: Such a code is an unknown language like any other (language-neutral cues, a LanguageWarning, no
#: error: a batch is not stopped by one mislabelled file), but the warning names the code meant, since
#: a Chinese readout marked "cn" gets no Chinese cues and is compared "across languages" with a "zh"
#: one. (Country codes that are also language codes, "kr" Kanuri, "se" Northern Sami, "tw" Twi, are
#: not here: they may be meant.)
COUNTRY_CODES = {
    "cn": ("zh", "China"), "jp": ("ja", "Japan"), "ua": ("uk", "Ukraine"), "us": ("en", "the United States"),
    "gb": ("en", "the United Kingdom"), "gr": ("el", "Greece"), "cz": ("cs", "the Czech Republic"),
    "dk": ("da", "Denmark"), "ir": ("fa", "Iran"), "il": ("he", "Israel"), "vn": ("vi", "Vietnam"),
    "kz": ("kk", "Kazakhstan"), "by": ("be", "Belarus"), "rs": ("sr", "Serbia"),
}


def country_hint(code: str | None) -> str:
    """``"; did you mean 'zh'? ('cn' is the country code of China, not a language code)"`` for a
    country code given as a language (:data:`COUNTRY_CODES`), else ``""``: the tail of a warning."""
    primary = base_language(code)
    if primary not in COUNTRY_CODES:
        return ""
    meant, country = COUNTRY_CODES[primary]
    return f"; did you mean {meant!r}? ({primary!r} is the country code of {country}, not a language code)"


def base_language(code: str | None) -> str:
    """The primary subtag of a language code, lower-cased: ``"zh-Hans"`` -> ``"zh"``; None -> ``"und"``."""
    if code is None or not str(code).strip():
        return UNDETERMINED
    return str(code).strip().lower().replace("_", "-").split("-")[0]


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two language codes name the same language (by primary subtag)."""
    return base_language(a) == base_language(b)


def languages_differ(a: Any, b: Any) -> bool:
    """Whether two readouts are in different languages (declared, else detected; a side whose
    language cannot be told does not count). The link model of the multilingual backend reads it:
    its features weigh differently across languages (see :func:`readouts.similarity.build_pairs`).

    >>> from readouts import Readout
    >>> en = Readout.from_text("Putin spoke with Biden.", side="US")
    >>> languages_differ(en, Readout.from_text("Путин провёл разговор с Байденом.", side="RU"))
    True
    >>> languages_differ(en, Readout.from_text("Biden spoke with Putin.", side="RU", language="en-GB"))
    False
    """
    langs = {told_language(r) for r in (a, b)} - {None}  # base codes: "en-GB" is "en"
    return len(langs) > 1


def told_language(readout: Any, *, warn: bool = False) -> str | None:
    """:func:`readout_language`, but None for a readout whose text has no letter to tell its language
    by. A text with letters in a language not told apart (``"und"``: Kyrgyz, a Romance text too
    close to call) is ``"und"``, and no English one: it was left out with the letterless ones, so
    against an English readout compare chose the English model ("auto: both readouts in en")."""
    code = readout_language(readout, warn=warn)
    return None if code == UNDETERMINED and script_of(readout.text) is None else code


_SOURCES = threading.local()  # .files: id(readout) -> the file it was read from (see readout_sources)


@contextmanager
def readout_sources(files: Mapping[int, str]) -> Iterator[None]:
    """Within this thread, :func:`readout_label` names the file each readout came from, given as
    ``{id(readout): file name}``: ``evaluate`` reads both readouts of each pair file, and its warnings
    about a readout named it "'A' of 2022-02-01" alone, the same for many files of one folder. The
    readouts must stay alive (``id`` keys) while the scope is open; a scope inside another adds to it."""
    outer = getattr(_SOURCES, "files", None)
    _SOURCES.files = {**(outer or {}), **files}
    try:
        yield
    finally:
        _SOURCES.files = outer


def readout_source(readout: Any) -> str | None:
    """The file ``readout`` came from, where an open :func:`readout_sources` scope says; else None."""
    files = getattr(_SOURCES, "files", None)
    return files.get(id(readout)) if files else None


def readout_label(readout: Any) -> str:
    """A readout as a warning names it: its side, and its date and title where it has them, so that
    one readout of a batch (``compare_many``, ``readouts evaluate``) can be told from the others;
    within ``evaluate``, the pair file it came from too (:func:`readout_sources`).

    >>> from readouts import Readout
    >>> readout_label(Readout.from_text("Talks.", side="US", date="2022-02-01", title="Blinken-Lavrov call"))
    "'US' of 2022-02-01 ('Blinken-Lavrov call')"
    """
    out = repr(getattr(readout, "side", "?"))
    if getattr(readout, "date", None) is not None:
        out += f" of {readout.date}"
    title = getattr(readout, "title", None)
    if title:
        out += f" ({(title if len(title) <= 60 else title[:59] + '…')!r})"
    source = readout_source(readout)
    if source is not None:
        out += f" in {source}"
    return out


def readout_language(readout: Any, *, warn: bool = True) -> str:
    """The language of a :class:`~readouts.records.Readout`: its ``language`` field, else detected.

    With ``warn`` (the default) a declared language whose script the text does not match gives a
    :class:`LanguageWarning`; the declared language is still returned.

    >>> from readouts import Readout
    >>> readout_language(Readout.from_text("Путин провёл разговор с Байденом.", side="RU"))
    'ru'
    >>> readout_language(Readout.from_text("Putin spoke with Biden.", side="RU", language="en"))
    'en'
    """
    text = getattr(readout, "text", None)
    if not isinstance(text, str):
        raise InputError(f"expected a Readout, got {type(readout).__name__}")
    declared = getattr(readout, "language", None)
    if not declared:
        code = detect_language(text)
        if warn and code == "zh":
            _traditional_warning(readout, text)
        return code
    code = base_language(declared)
    expected = _LANGUAGE_SCRIPTS.get(code)
    script = script_of(text)
    if warn and expected is not None and script is not None and script not in expected:
        found = SCRIPT_LANGUAGE.get(script, script)
        warn_user(
            f"readout {readout_label(readout)} is declared language {declared!r} but its text is mostly "
            f"{script.capitalize()} script (as in {found!r}); fix the readout's language field if it is wrong",
            LanguageWarning)
    elif warn and code in _CHECKED and script is not None:
        # the right script, but the marks of another language in it: a Ukrainian or Bulgarian readout
        # marked "ru", a French one marked "en", was read with the Russian or English cues in silence
        found = script_language(script, text)
        if found is not None and found != code:
            what = repr(found) if found != UNDETERMINED else "another language (its letters or words are not English)" \
                if script == "latin" else "another language (letters Russian lacks)"
            warn_user(
                f"readout {readout_label(readout)} is declared language {declared!r} but its text reads as {what}; "
                f"the {code!r} cue lexicon is used as declared; fix the readout's language field if it is wrong",
                LanguageWarning)
    if warn and code == "zh" and script == "han":  # a Japanese text marked "zh" has its warning above
        _traditional_warning(readout, text)
    return code


def _traditional_warning(readout: Any, text: str) -> None:
    """A :class:`LanguageWarning` for a Chinese readout written in traditional characters
    (:func:`traditional_chinese`). Its cues are read through :func:`fold_traditional`, as its simplified
    twin's are (the same speakers, acts, tone and details, quoted as written), so it no longer says
    they are missed; it stays, for what the fold does not reach: the characters of two simplified
    readings it leaves as written, named where the text holds them ("著": "本著" is not "本着"), and the
    Chinese terms two points share (the word overlap of a link between two Chinese readouts), which
    read the characters as written. (The concepts fold the text too: :func:`readouts.concepts.concepts`.)"""
    if traditional_chinese(text):
        left = "".join(ch for ch in _fold_data()[1] if ch in text)
        unsure = (f"; {', '.join(repr(ch) for ch in left)}, of two simplified readings, "
                  f"{'is' if len(left) == 1 else 'are'} read as written") if left else ""
        warn_user(
            f"readout {readout_label(readout)} is written in traditional Chinese characters: its cues are read "
            f"with them folded to the simplified ones of the Chinese cue lexicon (and quote the text as written)"
            f"{unsure}; the Chinese terms it shares with another Chinese readout are still read as written; "
            f"convert its text to simplified characters to match those too", LanguageWarning)


#: Declared languages whose text is checked against the language it is told to be in its own script:
#: those with a cue lexicon, which read a text in another language wrongly, not just without cues.
_CHECKED = frozenset({"en", "ru"})
