"""The language of a readout: declared in its record, else told by the script it is written in.

``compare`` needs to know whether two readouts share a language, to pick an English or a
multilingual embedder. A readout's ``language`` field wins when it is set. Without it the language
is *guessed from the script alone*, which is all the library can tell reliably without a language
model: mostly Latin letters -> ``"en"``, Cyrillic -> ``"ru"``, Han characters -> ``"zh"`` (and a few
other scripts, see :data:`SCRIPT_LANGUAGE`).
A Cyrillic text with letters Russian lacks is the language they tell (Ukrainian, Belarusian,
Serbian, Macedonian, Kazakh), and one with Bulgarian's marks is Bulgarian (:func:`bulgarian_evidence`).
So a French readout without a ``language`` field is taken for English; declare the language when it matters. A declared language that contradicts the script (a
readout marked ``ru`` written in Latin letters) raises a :class:`LanguageWarning` and the
declared value is kept, because the user may know better (a transliterated text).

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
    "script_language", "bulgarian_evidence",
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
    a readout outnumbers quoted names many times over.
    """
    return _majority(script_counts(text))


def _majority(counts: dict[str, int]) -> str | None:
    """The script with the most letters, None without any. Ties (rare, tiny texts) go to the
    alphabetically first script, so the result is deterministic. Japanese is written in Han characters
    and kana together, often more of the first: kana, which no Chinese text holds, at a third of the
    Han characters or more make a text's script "kana" (Japanese; it was read as Chinese)."""
    if not counts:
        return None
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "han" and 3 * counts.get("kana", 0) >= counts["han"]:
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
    counts = script_counts(text)
    script = _majority(counts)
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
    langs = {readout_language(r, warn=False) for r in (a, b)} - {UNDETERMINED}  # base codes: "en-GB" is "en"
    return len(langs) > 1


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
        return detect_language(text)
    code = base_language(declared)
    expected = _LANGUAGE_SCRIPTS.get(code)
    script = script_of(text)
    if warn and expected is not None and script is not None and script not in expected:
        found = SCRIPT_LANGUAGE.get(script, script)
        warn_user(
            f"readout {readout_label(readout)} is declared language {declared!r} but its text is mostly "
            f"{script.capitalize()} script (as in {found!r}); fix the readout's language field if it is wrong",
            LanguageWarning)
    return code
