"""Split a readout's text into points (sentences, list items), keeping exact character spans.

The splitter is rule-based and deliberately conservative: official readouts are full of
abbreviations ("U.S.", "Jan. 10", "J. Blinken", "В.В. Путин", "Дж. Байден", "1999 г.") that a naive
``split('. ')`` breaks, and a sentence may follow the last one's period without a space ("Biden
spoke.Xi replied.", but not "U.S.Army", "state.gov", "1.5"). An emoji or symbol may open a sentence
("... spoke. 🇺🇸 Xi spoke."). A quotation in «», “”, „“ or 「」 stays whole with its speaker even when it
holds several sentences, and so does one in straight double quotes ("...") where the paragraph's
straight quotes pair up (single quotes never do: they double as apostrophes). Chinese sentences end at 。！？ and at the full-width
full stop ． save between two digits ("１．５") or after a list number ("１．双方"); the semicolon ； joins
clauses of one sentence (as ";" does in English) and ends a point only at the end of a line.

Guarantees, for any input string ``text``:

* every span ``(start, end)`` satisfies ``text[start:end] == text[start:end].strip()`` and is non-empty;
* spans are ordered and do not overlap;
* every non-space character of ``text`` lies inside exactly one span.

>>> text = "Secretary Blinken spoke with Mr. Lavrov on Jan. 18. They discussed Ukraine."
>>> [text[s:e] for s, e in split_spans(text)]
['Secretary Blinken spoke with Mr. Lavrov on Jan. 18.', 'They discussed Ukraine.']

:func:`furniture_spans` finds the lines of a web page pasted with a readout ("Share", "Source: Xinhua",
"【打印】", a TASS dateline) that :meth:`readouts.Readout.from_text` sets aside rather than split; with them,
every non-space character lies in exactly one point or set-aside line (:func:`cut_at_furniture`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable

__all__ = ["split_spans", "strip_marker", "trailer_start", "furniture_spans", "cut_at_furniture", "title_line",
           "cut_after_title"]

# Closing quotes and brackets that stay with the sentence they close.
_CLOSERS = "\"'”’»)]）」』》"
# Characters that may open a new sentence after white space.
_OPENERS = "\"'“‘«([（「『《"

# Titles and name-like abbreviations: a period after them never ends a sentence.
_NEVER_END = {
    # English
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "gov", "sen",
    "rep", "amb", "prof", "pres", "hon", "rev", "messrs", "fr", "no", "nos", "art",
    "vol", "fig", "vs", "v", "cf", "sec", "dept", "approx", "para", "paras", "pp", "p",
    "ret",  # "Lt. Gen. (Ret.) Smith"
    "e.g", "i.e",  # "e.g. The ...": an example or a gloss always follows, whatever its first word
    # Russian (lower-cased): professor, academician, general, named-after, street, article, etc.
    "проф", "акад", "ген", "им", "ул", "ст", "см", "тов", "г-н", "г-жа", "п", "пп", "рис",
    "дж",  # "Дж. Байден": the Russian rendering of "J." in Joseph / John
    "т.н", "напр",  # "т.н. «красные линии»" (so-called), "напр. Россия" (for example): a word always follows
    "т.е", "т.к", "т.ч",  # "т.е. в частности" (that is), "т.к. в" (since), "в т.ч. в" (including): likewise
}
# Abbreviations that can end a sentence ("... with the U.S. The Secretary ..."): a period after
# them ends one only when the next word is a typical sentence opener. So "at 5 p.m. Xi then left"
# stays one point: a name after "p.m." may as well go on the sentence ("at 5 p.m. Moscow time").
# A name's suffix and an address end sentences too, by the same rule: "met John Smith Jr. The two
# sides ..." and "at 1600 Pennsylvania Ave. The talks ..." are two, "Smith Jr. Kelly ...", "Ave. NW",
# "St. Petersburg", "Ft. Bragg" and "Mt. Fuji" one ("ft" is feet too: "30 ft. The ..." ends one).
_MAYBE_END = {
    "u.s", "u.n", "u.k", "e.u", "u.s.a", "u.s.s.r", "d.c", "a.m", "p.m", "etc", "inc", "ltd",
    "co", "corp", "jr", "sr", "ph.d", "al", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
    "st", "ave", "ft", "mt",  # street or saint, avenue, fort or feet, mount
    "г", "гг", "млн", "млрд", "трлн", "тыс", "руб", "долл", "стр", "англ",
    "ок",  # "ок. 40 минут" (about)
    # Russian month abbreviations ("1 февр. 2022 г.")
    "янв", "февр", "апр", "авг", "сент", "окт", "нояб", "дек",
}
# Abbreviated countries and bodies ("U.S.", "U.K."), and what after one opens a sentence of its own:
# a country or capital named as the subject, then a past or reporting verb ("... in the U.S. Russia
# raised ...", "... with the U.K. China also said ..."), never a plural noun ("U.S. China relations").
_COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r"})
_COUNTRY_SUBJECT = re.compile(
    r"(?:Russia|China|Ukraine|India|Turkey|Türkiye|France|Germany|Japan|Iran|Israel|Britain|Moscow|Beijing|Kyiv|"
    r"Kiev|Washington|Pakistan|Taiwan|Canada|Mexico|Brazil|Poland|Italy|Europe|NATO|Tokyo|Seoul|Ankara|Delhi)"
    r"(?:[ \t]+(?:also|then|later|again|further|in[ \t]+turn))?"
    r"[ \t]+(?:[a-z]+ed|said|says|has|had|is|was|will|would|can|could|must|should|told|made|took|gave|sent|"
    r"sought|spoke|met|wants|warned|urged|noted|stressed|agreed)\b")
# "и т.д.", "и т.п.", "и др." close an enumeration: before a capital they end the sentence, like a word.
_OPENER_WORDS = {
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "that", "these", "those",
    "both", "in", "on", "at", "as", "our", "his", "her", "their", "its", "there", "but", "and",
    "however", "during", "after", "before", "also", "while", "when", "for", "to", "with",
    "он", "она", "они", "мы", "это", "в", "на", "при", "по", "стороны", "также", "кроме",
    # Russian sentences after a date ("... 2010 г. Обе стороны ...") open with these as a rule
    "оба", "обе", "во", "за", "из", "к", "с", "со", "у", "о", "об", "для", "однако", "вместе", "затем",
    "помимо", "как", "так", "но", "а", "и", "не", "собеседники", "лидеры", "президенты", "министры",
    "главы", "стороны", "речь", "был", "была", "было", "были", "состоялся", "состоялась", "этот", "эта",
}

# Bullets: the ASCII and typographic ones, and those Word and web pages give ("·", "●", "○", "■", "►",
# "➢", "✓", "‐"): with them a list's items ran into one point, as no sentence ended at a line's end.
# The space around them may be a no-break one (HTML's "&nbsp;", Word's "•\u00a0item", an indent of them or of
# ideographic spaces): with it the items were one point too.
_BULLET = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*(?:[-*•‣◦▪–—·●○■□◼◾►▶➢➤◆◇✓✔‐‑‒⁃∙・⦁]|\(?\d{1,3}[.)]|\(?[a-zA-Z][)]"
                     r"|\([ivxIVX]{1,4}\))[ \t\u00a0\u2007\u202f]+(?=\S)")
# A Roman list number at a line's start, with its period or bracket: "ii) ", "iv. ", "XII. " (":func:`_roman_items`
# says where a list of them stands; "(iv)" is a bullet of its own). Numerals in i, v, x (up to 39), in one case.
_ROMAN = r"(?:x{0,3}(?:ix|iv|v?i{0,3})|X{0,3}(?:IX|IV|V?I{0,3}))"
_ROMAN_ITEM = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*(?=[ivxIVX])(" + _ROMAN + r")[.)][ \t\u00a0\u2007\u202f]+(?=\S)")
#: A Roman list number that :func:`strip_marker` strips without its list: lower case, or two capitals or more.
_ROMAN_MARKER = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*(?:(?=[ivx])(?:x{0,3}(?:ix|iv|v?i{0,3}))|(?=[IVX]{2})"
                           r"(?:X{0,3}(?:IX|IV|V?I{0,3})))[.)][ \t\u00a0\u2007\u202f]+(?=\S)")
# Chinese list numbers, which need no space after them: "１．", "1、", "一、", "（一）", "(2)". Only at a
# line's start (see _cut_points), and before a word or a quotation: a digit after them makes a number
# ("1.5万亿", "１．５"), and punctuation a wrapped line of English ("(24); the"), not an item.
_CJK_ITEM = re.compile(r"[ \t\u3000]*(?:[(（](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、．]"
                       r"|[0-9０-９]{1,3}[、．.])(?=[^\W\d_]|[“「『《])")
# A line break is "\n", "\r\n", a lone "\r" (old Mac files), NEL or the line separator U+2028; a
# paragraph break is two of them with only spaces between, or the paragraph separator U+2029.
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
_PARAGRAPH = re.compile("(?:\r\n|\r(?!\n)|[\n\x85\u2028])[ \t\f\v]*(?:\r\n|[\n\r\x85\u2028])|\u2029")
# A sentence end: terminal punctuation, then closers; Chinese full stops need no space after.
# The Chinese semicolon ； joins clauses of one sentence (as ";" does in English), so it ends a point
# only at the end of a line, where it closes a list item.
# "(?<!…)" keeps a long run of "…" from being re-tried at every offset (quadratic backtracking).
# A period with no space after it, between letters ("spoke.Xi"), may end one too (see _glued_end).
# Invisible format characters (zero-width space, bidi marks, word joiner: text pasted from web pages)
# between the mark and the space still end the sentence, and stay with it.
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
#: Invisible format characters as a pattern (:data:`_INVISIBLE`).
_HIDDEN = re.compile("[" + _INVISIBLE + "]")


def composed(text: str) -> str:
    """``text`` as words are matched: composed (NFC: "й" typed as "и" and a combining breve split a
    word at the mark) and without invisible format characters ("Bl\u200binken", "Укра\u200bины")."""
    if unicodedata.is_normalized("NFC", text) and not _HIDDEN.search(text):
        return text
    return unicodedata.normalize("NFC", _HIDDEN.sub("", text))


_TERMINAL = re.compile(r"(?:\.{3}|(?<!…)…+|[.!?])[" + re.escape(_CLOSERS) + r"]*[" + _INVISIBLE + r"]*(?=\s)|[。！？!?]+[" + re.escape(_CLOSERS)
                       + r"]*|；[" + re.escape(_CLOSERS) + r"]*(?=[ \t]*(?:[\n\r\x85\u2028\u2029]|$))"
                       + r"|(?<=[^\W\d_]{2})\.(?=[^\W\d_])"
                       + r"|．[" + re.escape(_CLOSERS) + r"]*")
# Paired quotation marks and brackets; "„" (Russian inner quotes) closes with "“" or "”". Straight
# double quotes open and close alike: they pair up only where :func:`_straight_quotes` can tell which
# is which. Single quotes are apostrophes as often as not, so they open and close only where their
# place says so (:func:`_single_quote`): "'" and "‘" open at a word's start, "'" and "’" close at a
# word's end ("won't", "Russia’s" are neither; "the Allies' view" closes early, as if unquoted).
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“”", "「": "」", "『": "』", "《": "》",
                "(": ")", "[": "]", "（": "）"}
#: The characters :func:`_quoted` acts on: line breaks (a paragraph break), quotation marks and brackets;
#: it skips the rest of a text, which opens and closes nothing, without reading it character by character.
_QUOTE_MARKS = re.compile("[\n\r\x85\u2028\u2029\"'" + re.escape("".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())) + "‘’]")
# A quotation longer than this is a quoted statement, not a quoted phrase: split inside it.
_MAX_QUOTE = 400
# A closing mark looks this far down the open quotations and brackets for the one it closes: real text
# nests a few deep; "((((...", thousands of stray openers, made each closer scan them all (quadratic).
_MAX_DEPTH = 32
_WORD = re.compile(r"\w+")
_HAS_WORD = re.compile(r"\w")
# A news agency's closing lines, in brackets: Xinhua's end marker "（完）" / "(完)" and the credit of its
# reporters or editors ("（记者 张三）", "（责任编辑：李四）"). They are no sentence of the readout:
# :func:`split_spans` keeps them with the point before them, as it keeps a stray "—".
_CN_TRAILER = ("[(（][ \t\u3000]*(?:完|(?:新华社|新華社)?(?:记者|記者|责任编辑|責任編輯|编辑|編輯|责编|責編"
               "|校对|校對|摄影|攝影|通讯员|通訊員|实习生|實習生|编译|編譯)[^()（）\n\r]{0,40}?)[ \t\u3000]*[)）]")
# English wire copy and press releases end the same way: "(END)", "(ENDS)", "-30-", "- END -", "— END —",
# "###" (also "# # #"), or a bare "END" / "ENDS" in capitals. The bare word and "-30-" only where a
# sentence has ended before them (see :func:`trailer_start`): "THE END", "days -30-" are other text.
_EN_TRAILER = (r"(?:[(\[][ \t]*(?i:ends?)[ \t]*[)\]]|[-–—]+[ \t]*(?:ENDS?|30)[ \t]*[-–—]+|#(?:[ \t]*#){2,}"
               r"|ENDS?(?!\w))")
_TRAILER = re.compile(f"(?:(?:{_CN_TRAILER}|{_EN_TRAILER})\\s*)+")
_TRAILER_ITEM = re.compile(f"{_CN_TRAILER}|(?<![\\w#\\-–—]){_EN_TRAILER}")
_BARE_TRAILER = re.compile(r"ENDS?|[-–—]+[ \t]*30[ \t]*[-–—]+")
# What may come just before a bare end marker: the end of a sentence, its closers, or nothing.
_SENTENCE_DONE = ".!?。！？…" + _CLOSERS


def strip_marker(text: str) -> str:
    """The point's text without a leading bullet or list number ("- ", "2) ", "•", "ii. ", "IV) ").

    A Roman numeral is read as a list number here, without the list around it, where nothing else
    could stand there: in lower case ("i. ", "iv) ") or of two letters or more ("II. ", "XIV. "). A lone
    capital "I. ", "V. " or "X. " opens "I. Ivanov said ..." and "V. Putin said ..." as an initial as often,
    so it is one only where the point's text goes on its run ("I. Ukraine;\nII. Trade.", "I. Ukraine; II. Trade.")
    or a sentence plainly begins after it, with a word no name is ("I. The two sides ...", "I. Стороны ...",
    "I. 双方 ...").

    >>> strip_marker("I. The two sides agreed to keep talking.")
    'The two sides agreed to keep talking.'
    >>> strip_marker("I. Ivanov said the talks were useful.")
    'I. Ivanov said the talks were useful.'
    """
    m = _BULLET.match(text) or _ROMAN_MARKER.match(text) or _lone_roman(text)
    return text[m.end():] if m else text


#: A lone capital numeral, "I. ", "V. ", "X. ", then the word after it (see :func:`strip_marker`).
_LONE_ROMAN = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*[IVX]\.[ \t\u00a0\u2007\u202f]+(?=\S)")


def _lone_roman(text: str) -> re.Match[str] | None:
    """The match of a lone capital Roman numeral opening ``text`` where it is a list number: ``text`` goes on its
    run (:func:`_roman_items`, :func:`_inline_roman`), or its next word opens sentences and names no one ("The",
    "Both", "Стороны", a Chinese character; not "Ivanov", nor "A." of "I. A. Ivanov"); else None."""
    m = _LONE_ROMAN.match(text)
    if not m:
        return None
    lead = m.end() - len(text[m.start():m.end()].lstrip())
    if lead in _inline_roman(text) or 0 in _roman_items(text, [0, *(b.end() for b in _LINE_BREAK.finditer(text))]):
        return m
    if _HAN.match(text, m.end()):
        return m
    word = _WORD.match(text, m.end())
    if not word or not word.group()[0].isupper() or text.startswith(".", word.end()):
        return None
    return m if word.group().lower() in _OPENER_WORDS and word.group() != "I" else None


def trailer_start(text: str) -> int:
    """Where the news agency's closing lines that end a point begin ("双方同意。（完）" -> 5,
    "They agreed. (END)" -> 13), or ``len(text)`` where it has none (nor anything before them): they
    say nothing of the call, so the cues' topic words leave them out.

    >>> trailer_start("双方同意保持沟通。（记者 张三）（完）")
    9
    >>> trailer_start("The leaders agreed to talk again. -30-")
    34
    """
    end = len(text.rstrip())
    for m in _TRAILER_ITEM.finditer(text):
        if not _TRAILER.fullmatch(text, m.start(), end):
            continue
        head = text[:m.start()].rstrip()
        if not head:
            return len(text)
        if not _BARE_TRAILER.fullmatch(m.group()) or head[-1] in _SENTENCE_DONE:
            return m.start()
    return len(text)


def _is_initial(word: str) -> bool:
    # "J", "J.R", "В.В" : one or more single capital letters joined by periods.
    parts = word.split(".")
    return all(len(p) == 1 and p.isalpha() and p.isupper() for p in parts)


def _word_before(text: str, end: int) -> str:
    """The run of non-space, non-opener characters just before ``end``.

    Scans backwards from ``end`` rather than searching from the start of the text, so the cost
    is the word's length, not the text's: a regex search anchored with ``$`` made segmentation
    quadratic (a 10 MB readout never finished).

    Chinese text needs no space before a Latin word, so a Chinese character or punctuation mark
    ("会见了Mr. Smith", "。U.S. officials") ends the word too.
    """
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS \
            and not _CJK.match(text, start - 1):
        start -= 1
    return text[start:end]


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Chinese characters, CJK punctuation (。、「」) and full-width punctuation (，；：！？（）), not full-width letters.
_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_DIGIT = re.compile("[0-9０-９]")


def _glued_end(text: str, dot: int) -> bool:
    """Whether a period with a letter right after it ends a sentence, before the abbreviation rules:
    "Biden spoke.Xi replied." does, between a word in lower case (bar its first letter) and a
    capitalised one; "U.S.Army", "J.R.R.", "state.gov", "john.Smith@state.gov", "spoke.US" do not.

    Looks only at the two words around the period, so the cost is their length (a long run of
    "ab.Cd" without spaces stays linear). Between two Chinese characters ("利益.双方": Chinese typed
    with the ASCII full stop, which no abbreviation there uses) it ends one too.
    """
    if _HAN.match(text, dot - 1) and _HAN.match(text, dot + 1):
        return True
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    before = text[start:dot]
    if len(before) < 2 or not before[1:].islower():
        return False
    if start > 0 and not (text[start - 1].isspace() or text[start - 1] in _OPENERS):  # "example.com.Au", "@"
        return False
    end = dot + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    after = text[dot + 1:end]
    # no letter after: a word character that is none ("km.²", "ab.½", "x.Ⅻ") is no sentence's start
    if not after or not after[0].isupper() or after[1:2].isupper():  # "state.gov", "spoke.US"
        return False
    if len(after) == 1 and text[end:end + 1] == ".":  # "Ph.D.": one capital and its period, an abbreviation
        return False
    return text[end:end + 1] not in ("@", "/") and not (text[end:end + 1] == "." and text[end + 1:end + 2].isalnum())


# What joins an emoji's parts (zero-width joiner, variation selectors, keycap, tag characters of
# subdivision flags); the parts themselves are symbols.
_EMOJI_JOINERS = re.compile("[\u200d\ufe0e\ufe0f\u20e3\U000e0020-\U000e007f]")


def _past_symbols(text: str, after: int) -> int:
    """The first offset from ``after`` that is neither a symbol (emoji, flags, "$", "+"), an invisible
    format character (zero-width space, bidi mark) nor white space: where the words of a sentence
    that opens with "🇺🇸 Xi", "$5 million" or "\u2060The" begin."""
    while after < len(text) and (text[after].isspace() or unicodedata.category(text[after]) in ("Sm", "Sc", "Sk", "So", "Cf")
                                 or _EMOJI_JOINERS.match(text, after)):
        after += 1
    return after


# A list number and nothing else: "2.", "(3)", "4)", "１．", "二、", "（一）", "(iv)".
_BARE_NUMBER = re.compile(r"[(（]?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[ivxIVX]{1,4})[.)）、．]?")
#: A line of a list number alone, its item on the next line ("1.", "(2)", "三、"; not "2022" nor "I").
_NUMBER_LINE = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*(?:[(（](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[ivxIVX]{1,4})[)）]"
                          r"|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[ivxIVX]{1,4})[.)）、．])"
                          r"[ \t\u00a0\u2007\u202f\u3000]*(?=[\n\r\x85\u2028\u2029]|\Z)")
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|[\n\r\x85\u2028\u2029。！？．；!?])[ \t\u3000]*[(（]?[0-9０-９]{1,3}$")


def _fullwidth_stop_ends(text: str, dot: int) -> bool:
    """Whether the full-width full stop "．" at ``text[dot]`` ends a sentence: it does, as "。" does,
    save between two digits (a full-width decimal, "１．５", or an ASCII one) and after a list number
    that opens its line or sentence ("１．双方同意……": the number's own stop, as in "1. The sides
    agreed")."""
    if dot and _DIGIT.match(text, dot - 1):
        if _DIGIT.match(text, dot + 1) or _LIST_NUMBER_BEFORE.search(text, max(0, dot - 12), dot):
            return False
    return dot > 0


# A dash on the same line, then a word in lower case: the author's words after a quotation that ends
# with "?", "!" or "…" ("«Почему НАТО расширяется?» – спросил Путин."), one sentence with it.
_SPEECH_DASH = re.compile(r"[-–—][ \t\u00a0]+[^\W\d_]")


def _speech_dash(text: str, after: int) -> bool:
    m = _SPEECH_DASH.match(text, after)
    return bool(m) and text[m.end() - 1].islower()


# The speaker named after a Chinese quotation, as a clause of its own ("习近平说。", "他强调。",
# "王毅反问道。"): a few characters, a verb of saying, the stop.
_ZH_ATTRIBUTION = re.compile("[\u3400-\u4dbf\u4e00-\u9fff·]{0,10}?(?:[说說]道?|表示|指出|[强強]调|[问問]道?|反[问問]道?|[称稱]"
                             "|回答道?|答道|[补補]充道|坦言|直言)[。！]")
_ZH_QUOTE_OPENER = {"”": "“", "」": "「", "』": "『"}


def _opens_sentence(text: str, quote: int) -> bool:
    """Whether the opening quotation mark at ``text[quote]`` opens its sentence (at the text's or a
    line's start, or after a sentence's end): "“……。”习近平说。", not "习近平说：“……。”他还说。"
    (-1: no opening mark found)."""
    if quote < 0:
        return False
    i = quote
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    if i == 0 or text[i - 1] in "\n\r\x85\u2028\u2029。！？；.!?":
        return True
    return text[i - 1] in _CLOSERS and i >= 2 and text[i - 2] in "。！？.!?"  # "“……。”“……。”他说。"


def _past_openers(text: str, after: int) -> int:
    """``after`` past the opening quotes and brackets there: the next word of "at 5 p.m. 'We agreed,' he
    said" is "We", a sentence's opener (read as "'", none, the quotation stayed in the sentence before)."""
    while after < len(text) and text[after] in _OPENERS:
        after += 1
    return after


#: The words of a Russian date: a year or day (or a range of them), a month in any case or abbreviated,
#: a preposition or a word of time ("в начале 2021 г.") before it, "г." / "гг." themselves.
_RU_DATE_WORD = re.compile(r"(?i:\d{1,4}(?:[-–—]\d{1,4})?|(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр"
                           r"|ноябр|декабр)[а-я]*|(?:янв|февр?|апр|авг|сент|окт|нояб|дек|гг?)\.?"
                           r"|в|во|с|со|по|до|к|от|на|и|начале|конце|середине)")
_DATE_WORDS_MAX = 8


def _opening_date(text: str, start: int) -> bool:
    """Whether the words before ``start`` (the "г." of a year) are a date alone that opens its sentence
    ("В 2021", "15 декабря 2021", "10 янв. 2022"): back to the text's or a line's start, or to a word that
    ends a sentence ("... мнениями. В 2021 г."); a year is the word just before."""
    words = 0
    i = start
    while True:
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == 0 or text[j - 1] in "\n\r\x85\u2028\u2029":
            return words > 0
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        token = text[k:j]
        if token in ("г.", "гг."):  # "... в 2010 г. В 2021 г.": the year before ended the last sentence
            return words > 0
        if not _RU_DATE_WORD.fullmatch(token):
            return words > 0 and token.rstrip(_CLOSERS)[-1:] in tuple(".!?…")
        if words == 0 and not token[:1].isdigit():  # "в т.ч. г. Москва": no year before "г."
            return False
        words += 1
        if words > _DATE_WORDS_MAX:
            return False
        i = k


#: Russian abbreviations after an amount or a year (see :data:`_RU_NAME`).
_RU_COUNTED = frozenset({"г", "гг", "млн", "млрд", "трлн", "тыс", "руб", "долл"})
#: A name as Russian readouts write it, with its initials: "Дж.Байден", "С.В.Лавров", "В.В. Путин" (not
#: "Н.Новгород" after "в г.": see :data:`_YEAR_BEFORE`).
_RU_NAME = re.compile(r"(?:Дж|[А-ЯЁ])\.[ \u00a0]?(?:[А-ЯЁ]\.[ \u00a0]?)?[А-ЯЁ][а-яё]+")
_YEAR_BEFORE = re.compile(r"\d{4}[ \u00a0]*$")


#: The number of an inline list's item: 1 to 3 ASCII digits (see :func:`_after_lead_in`).
_LEAD_IN_NUMBER = re.compile(r"[0-9]{1,3}")


def _after_lead_in(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a colon ("1." only) or a semicolon (spaces between): where
    an inline list's number stands ("agreed: 1. To talk; 2. To meet.", "同意：1. 保持沟通；2. 推动合作。")."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\u3000":
        i -= 1
    # after a colon only "1.": a list starts at one, and "The tally: 2. Then they left." is two sentences
    return i > 0 and (text[i - 1] in ";；" or text[i - 1] in ":：" and text.startswith("1.", start))


#: Abbreviations of "number", which a number follows ("No. 5", "Nos. 1 and 2"): the word "no" otherwise.
_NUMBER_SIGNS = frozenset({"no", "nos"})
_ROMAN_NUMBER = re.compile(r"[IVXLC]{2,}\b|V\b")  # "No. IV", "No. V"; not "No. I think ..."


def _ends_sentence(text: str, dot: int, after: int, numbered: bool = False) -> bool:
    """Whether the terminal punctuation at ``text[dot]`` (sentence resumes at ``after``) ends one; ``numbered``:
    a Roman list number of a run stands at ``after`` (:func:`_inline_roman`), which opens a sentence as a digit does
    ("... open. ii. To meet." as "... open. 2. To meet.")."""
    mark = text[dot]
    if mark == "．":
        return _fullwidth_stop_ends(text, dot)
    if mark in "。！？；":
        # "“……。”习近平说。": a quotation that opens its sentence and closes after its stop, then a
        # short clause that only names its speaker, is one sentence with it
        if after > dot + 1 and text[after - 1] in _ZH_QUOTE_OPENER:
            opener = _ZH_QUOTE_OPENER[text[after - 1]]
            start = text.rfind(opener, max(0, dot - _MAX_QUOTE), dot)
            if _ZH_ATTRIBUTION.match(text, after) and _opens_sentence(text, start):
                return False
            # "王毅表示：“……！”“……。”": a quotation right after one its speaker's colon opens goes on
            # with the same speaker, so it stays in that speaker's sentence
            if text.startswith(opener, after) and start > 0 and text[start - 1] in "：:":
                return False
        return True
    if mark == "." and after == dot + 1 and not _glued_end(text, dot):
        return False
    after = _past_symbols(text, after)  # "Biden spoke. 🇺🇸 Xi spoke." ends after "spoke."
    nxt = text[after:after + 1]
    if not nxt:
        return True
    if nxt.islower() and not numbered:
        return False
    if _speech_dash(text, after):  # "«Почему?» – спросил Путин.": the words after the dash are its sentence's
        return False
    if not (numbered or nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or _BULLET.match(text, after)
            or nxt.isalpha()):  # scripts without case (Chinese after a Latin period) start one too
        return False
    if mark != ".":
        return True
    word = _word_before(text, dot)
    key = word.lower().strip(_CLOSERS + _OPENERS)
    if not key:
        return True
    bare = word.strip(_CLOSERS + _OPENERS)
    if key in ("г", "гг") and not _LINE_BREAK.search(text, dot + 1, after) and _opening_date(text, dot - len(word)):
        # "В 2021 г. В.В.Путин подписал ...", "15 декабря 2021 г. С.В.Лавров передал ...": the date opens
        # its sentence, whose subject follows (the initials "В", "С" passed for the prepositions "в", "с");
        # not a dateline on a line of its own
        return False
    # A lone lower-case Cyrillic letter ("ч. 2 ст. 4", "д. 5", "с. 12": part, house, page) is an
    # abbreviation, not a word that ends a sentence: one-letter Russian words are prepositions and
    # conjunctions. Not a Latin one: "side b." and "plan a." end sentences, and the apostrophe of
    # "Putin's." passes for an opening quote, which leaves the word "s".
    if key in _MAYBE_END or (len(bare) == 1 and bare.islower() and not bare.isascii() and key not in _NEVER_END):
        if key in _RU_COUNTED and _RU_NAME.match(text, after) and (key not in ("г", "гг") or _YEAR_BEFORE.search(
                text, max(0, dot - len(word) - 12), dot - len(word))):
            # "30 млрд долл. Дж.Байден отметил ...", "с 2014 г. С.В.Лавров ...": a name with its initials after
            # an amount or a year opens the next sentence (it merged two speakers' points)
            return True
        next_word = _WORD.match(text, _past_openers(text, after))
        if key in _COUNTRY_ABBREVIATIONS and next_word and _COUNTRY_SUBJECT.match(text, next_word.start()):
            # "the terrorist threat in the U.S. Russia raised ...": a country's name and a verb after
            # "U.S." open the next sentence ("the U.S. Russia policy", "U.S. China relations" go on)
            return True
        return bool(next_word and next_word.group(0).lower() in _OPENER_WORDS)
    if _LEAD_IN_NUMBER.fullmatch(bare) and _after_lead_in(text, dot - len(word)):
        # "шаги: 1. Прекращение огня.", "同意：1. 保持沟通；2. 推动合作。": an inline list's number after
        # its lead-in's colon or the last item's semicolon, not a sentence's end ("шаги: 1." was a point)
        return False
    if key in _NUMBER_SIGNS:
        # "No. 5" abbreviates "number", before a number; "Lavrov said no. The talks ..." (or "“no.” The ...")
        # ends a sentence: read as the abbreviation, it merged two points
        return not (nxt.isdigit() or numbered or _ROMAN_NUMBER.match(text, after))
    if key in _NEVER_END or _is_initial(word):
        next_word = _WORD.match(text, _past_openers(text, after))
        # "Plan B. The talks ...", "с Лавровым С.В. Стороны ...": initials followed by a clear opener still
        # end a sentence, but not ones followed by another initial ("J. A. Smith", "В. В. Путин": "A" and
        # "В" open sentences too)
        return bool(_is_initial(word) and next_word and next_word.group(0).lower() in _OPENER_WORDS
                    and key not in _NEVER_END
                    and not (len(next_word.group(0)) == 1 and text.startswith(".", next_word.end())))
    return True


def _straight_quotes(text: str, breaks: list[int]) -> dict[int, bool]:
    """The straight double quotes of ``text`` that pair up, each mapped to whether it opens (True) or
    closes (False) its quotation; ``breaks`` are the offsets of the paragraph breaks.

    Within a paragraph the quotes pair in turn (first with second, third with fourth), but only if
    every one looks its part: an even count, each opening one at a word's start ("said: "We"),
    each closing one at a word's end ("ready." Xi"). Otherwise (a stray quote, inch marks, 5" screens)
    none in that paragraph pairs: splitting a quotation is better than swallowing sentences.
    """
    paragraphs: dict[int, list[int]] = {}
    for m in re.finditer('"', text):
        paragraphs.setdefault(bisect_right(breaks, m.start()), []).append(m.start())
    roles: dict[int, bool] = {}
    for quotes in paragraphs.values():
        if len(quotes) % 2:
            continue
        opening, closing = quotes[::2], quotes[1::2]
        if all((o == 0 or not text[o - 1].isalnum()) and o + 1 < len(text) and not text[o + 1].isspace()
               for o in opening) and \
           all(not text[c - 1].isspace() and (c + 1 == len(text) or not text[c + 1].isalnum()) for c in closing):
            roles.update({o: True for o in opening})
            roles.update({c: False for c in closing})
    return roles


def _single_quote(text: str, i: int) -> str | None:
    """What the single quote at ``i`` can do: "open" at a word's start (after white space, a bracket
    or another quote, before a non-space), "close" at a word's end (after a non-space, before no letter
    or digit), else None: an apostrophe inside a word ("won't", "Russia’s") or before a digit, where it
    stands for the century ("the '90s", "in ’22": opening a quotation there, the next plural possessive,
    "the sides' views", closed it and merged the sentences between)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isdigit():
        return None
    if (before.isspace() or before in _OPENERS or before in "—–-:") and not after.isspace():
        return "open"
    if not before.isspace() and not after.isalnum():
        return "close"
    return None


#: A plural possessive's apostrophe before the noun it qualifies ("the sides' positions"), then the
#: single quotes after it, up to a paragraph's end: the next that can close comes before any that can open.
_POSSESSIVE_S = re.compile(r"[ \t]+[a-z]")
_SINGLE_AFTER = re.compile(r"['‘’]|\n[ \t]*\n")


def _plural_possessive(text: str, i: int) -> bool:
    """Whether the single quote at ``i``, which could close a quotation, is a plural possessive's
    apostrophe instead: after an "s", before a lower-case word, with a quote further on in its
    paragraph that closes before any opens ("'The two sides' positions differ. We will talk,' Lavrov
    said." is one quotation; "it was called 'the sides' and moved on. 'Fine,' he said." closes at
    "sides'")."""
    if text[i - 1:i] not in ("s", "S") or not _POSSESSIVE_S.match(text, i + 1):
        return False
    for m in _SINGLE_AFTER.finditer(text, i + 1, i + 1 + _MAX_QUOTE):
        if m.group() not in "'‘’":
            return False  # a paragraph's end
        role = _single_quote(text, m.start())
        if role == "open" and m.group() != "’":
            return False
        if role == "close" and m.group() != "‘":
            return True
    return False


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans strictly inside closed quotations and brackets (up to :data:`_MAX_QUOTE` characters,
    within a paragraph).

    A sentence end inside «...», “...”, "...", '...' or (...) belongs to the quoted words, not to the
    readout's own sentence: «Россия не собирается нападать. Мы ждём ответа». stays one point with its
    speaker. A closing mark closes the latest quotation it can close; any opened after that one and
    never closed (a stray "(") are forgotten, so they hide no sentence end.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    straight: dict[int, bool] = {}
    if '"' in text:
        breaks = [m.start() for m in _LINE_BREAK.finditer(text) if _PARAGRAPH.match(text, m.start())]
        straight = _straight_quotes(text, breaks)
    for mark in _QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch in "\n\r\x85\u2028\u2029":
            if _PARAGRAPH.match(text, i):  # a paragraph break closes nothing: forget open quotes
                stack.clear()
            continue
        if ch == '"':
            role = straight.get(i)
            can_open, can_close = role is True, role is False
        elif ch in "'‘’":
            role = _single_quote(text, i)
            can_open = role == "open" and ch != "’"
            can_close = role == "close" and ch != "‘" and not _plural_possessive(text, i)
        else:
            can_open, can_close = ch in _QUOTE_PAIRS, True
        k, floor = len(stack) - 1, max(0, len(stack) - _MAX_DEPTH)
        while can_close and k >= floor and ch not in stack[k][1]:
            k -= 1
        if can_close and k >= floor:
            start = stack[k][0]
            del stack[k:]
            if i - start <= _MAX_QUOTE:
                spans.append((start + 1, i))
        elif can_open:
            stack.append((i, "'’" if ch in "'‘" else '"' if ch == '"' else _QUOTE_PAIRS[ch]))
    return spans


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations not inside another, in order. Quotations nest like brackets, so these are
    disjoint and a bisection finds the one that could hold a given offset (testing every
    quotation for every sentence end was quadratic on long texts)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


#: A list number opening a sentence inside a line ("Blinken urged calm. 2. Lavrov refused."), then its text.
_INLINE_NUMBER = re.compile(r"\(?\d{1,3}\.[ \t\u00a0\u2007\u202f]+(?=\S)")


def _list_follows(text: str, line: int) -> bool:
    """Whether the line before ``line`` ends as a list's lead-in does ("agreed:", "同意：", "talks;"),
    not mid-sentence: in a hard-wrapped "The vote was\n2.\nThen ..." the "2." ends the sentence."""
    i = line
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and not text[i - 1].isalnum() and text[i - 1] not in ",，、"


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]*")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def _roman_value(numeral: str) -> int:
    """The value of a Roman numeral in i, v, x that :data:`_ROMAN` matched ("iv" -> 4, "XII" -> 12)."""
    values = [_ROMAN_VALUES[c] for c in numeral.lower()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _roman_items(text: str, lines: list[int]) -> dict[int, int]:
    """The lines of ``lines`` (offsets of line starts) that a Roman list number opens, each mapped to
    where its item's text begins: "i) to talk;\nii) to meet;", "I. Ukraine.\nII. Trade.".

    A numeral is a list number only in a run of two or more that counts up from one (i, ii, iii ...)
    in the same case and with the same mark ("." or ")"), each at a line's start, other lines (an item's
    wrapped text, another list) between them: so "I. Summary" alone, a sentence that opens with "I. e."
    and the initial of "V. Putin said ..." or "I. Ivanov" are none (nor "IV. Ukraine" without a "I." before).
    """
    return _counting_up((m.group(1), text[m.end(1)], line, m.end())
                        for line in lines if (m := _ROMAN_ITEM.match(text, line)))


def _counting_up(numbers: Iterable[tuple[str, str, int, int]]) -> dict[int, int]:
    """Of Roman list numbers in text order, each (numeral, its mark, where it stands, where its item's text
    begins), those in a run of two or more that counts up from one in the same case and with the same mark,
    each where it stands mapped to where its item begins ("V. Putin said ..." in a list's item is not its
    next number)."""
    runs: dict[tuple[bool, str], list[tuple[int, int]]] = {}  # (lower case, mark) -> the run counting up
    found: dict[int, int] = {}
    for numeral, mark, start, begins in numbers:
        key = (numeral.islower(), mark)
        value = _roman_value(numeral)
        run = runs.get(key)
        if value == 1:
            runs[key] = run = []
        elif run is None or value != len(run) + 1:
            continue
        run.append((start, begins))
        if len(run) >= 2:
            found.update(run)
    return found


#: A Roman list number inside a line, as :data:`_ROMAN_ITEM` reads one at a line's start: "ii) ", "iv. ", "II. "; after
#: white space (or at the text's start), so not inside a word or after a bracket ("Louis XIV)", "5(ii)", "(iv)": the last
#: a bullet of its own).
_ROMAN_INLINE = re.compile(r"(?:(?<=\s)|^)(?=[ivxIVX])(" + _ROMAN + r")[.)][ \t\u00a0\u2007\u202f]+(?=\S)")
#: What an item's number may follow inside a line: a sentence's end, a lead-in's colon, the last item's semicolon.
_ITEM_BEFORE = ".!?…;:。！？；：．"


def _inline_roman(text: str) -> dict[int, int]:
    """Roman list numbers that open an item inside a line, or at a line's start, each (the numeral's offset) mapped to
    where its item's text begins: "agreed: i) to talk; ii) to meet", "... open. ii. To meet again.".

    As :func:`_roman_items` takes them at lines' starts: only in a run of two or more that counts up from one in the
    same case and with the same mark, and each where an item may begin (the text's start, or after a sentence's end,
    a colon or a semicolon, then white space). So "under Louis XIV) the treaty", "Art. 5(ii) of", a lone "i. e." and
    the initial of "... said. V. Putin ..." are none; "1) ... 2) ..." are Arabic numbers' runs, :data:`_BULLET`'s."""
    return _counting_up((m.group(1), text[m.end(1)], m.start(), m.end())
                        for m in _ROMAN_INLINE.finditer(text) if _item_may_begin(text, m.start()))


def _item_may_begin(text: str, start: int) -> bool:
    """Whether a list item may begin at ``start`` inside a line: at the text's start, or after white space
    that follows a sentence's end, a colon or a semicolon (a closing quote between: '... agreed." ii. ...')."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if 0 < i == start:  # no white space before it
        return False
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    return i == 0 or text[i - 1] in _ITEM_BEFORE


def _cut_points(text: str) -> list[int]:
    """Offsets where a new point may start (before trimming)."""
    cuts: set[int] = set()
    inside = _outermost(_quoted(text))
    starts = [s for s, _ in inside]
    for m in _PARAGRAPH.finditer(text):
        cuts.add(m.end())
    # A line that starts with a bullet or list number ("1. The sides agreed", "１．双方同意", "二、")
    # starts a point; the number's own period ends nothing.
    markers: list[tuple[int, int]] = []
    lines = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    roman = _roman_items(text, lines)  # "i) ...\nii) ...", "I. ...\nII. ..."
    inline = _inline_roman(text)  # "agreed: i) to talk; ii) to meet", "... open. ii. To meet."
    at_lines: set[int] = set()
    for line in lines:
        pos = line
        while b := _BULLET.match(text, pos):  # "- 1. ": a bullet, then a number
            markers.append((pos, b.end()))
            pos = b.end()
        lead = _SPACES.match(text, line).end()
        if pos == line and (line in roman or lead in inline):
            end = roman[line] if line in roman else inline[lead]
            markers.append((pos, end))
            at_lines.add(lead)
            pos = end
        if pos == line and (b := _CJK_ITEM.match(text, pos)):  # "１．双方同意……", "二、……"
            markers.append((pos, b.end()))
            pos = b.end()
        if pos > line and line or pos == line and line and _NUMBER_LINE.match(text, line) and _list_follows(text, line):
            cuts.add(line)  # a bare number's line too: "agreed:\n1.\nTo talk." gave "1." to "agreed:"
    # a Roman list number inside a line: its period ends nothing ("agreed: i. To talk." was "agreed: i." and "To talk.")
    markers.extend((s, e) for s, e in inline.items() if s not in at_lines)
    markers.sort()
    marker_starts = [s for s, _ in markers]
    number_end = 0  # the end of a list number that opens a sentence mid-line ("... calm. 2. Lavrov ...")
    for m in _TERMINAL.finditer(text):
        j = bisect_right(marker_starts, m.start()) - 1
        if j >= 0 and m.start() < markers[j][1] or m.start() < number_end:
            continue
        end = m.end()
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        k = bisect_right(starts, m.start()) - 1  # the last quotation opening before this mark
        if k >= 0 and end <= inside[k][1]:
            continue
        if _ends_sentence(text, m.start(), after, numbered=after in inline):
            cuts.add(end)
            # its period ends nothing, as a line-opening number's does: "2." was a point of its own
            if n := _INLINE_NUMBER.match(text, after):
                number_end = n.end()
    return sorted(c for c in cuts if 0 < c < len(text))


def split_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the points of ``text``, in order.

    Pieces without any letter or digit (a stray "—", a lone bullet) are merged into the
    previous point, or the next one at the start, so no character is lost; so are a news
    agency's closing lines ("（完）", "（记者 张三）", "(END)", "-30-"), which say nothing of the call either.
    A bare list number ("2.", "(3)", "二、") is no point either: it goes with the item after it
    ("1.\nThe sides agreed." is one point), or, with none after it in its paragraph, with the point
    before it; a paragraph break still ends a point, so alone in its paragraph it stays one.
    """
    bounds = [0, *_cut_points(text), len(text)]
    raw: list[tuple[int, int]] = []
    for s, e in zip(bounds, bounds[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            raw.append((s, e))
    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]
    words = [bool(_HAS_WORD.search(text, s, e)) and not _TRAILER.fullmatch(text, s, e) for s, e in raw]
    numbers = [w and bool(_BARE_NUMBER.fullmatch(text, s, e)) for w, (s, e) in zip(words, raw)]
    # the next piece that is an item (words, not a bare number) after each piece, found in one backward
    # pass: searching forward from every bare number made a list of numbers alone ("1.\n2.\n...")
    # quadratic (60 KB took over a minute)
    next_item: list[int | None] = [None] * len(raw)
    for k in range(len(raw) - 2, -1, -1):
        j = k + 1
        next_item[k] = j if words[j] and not numbers[j] else next_item[j]
    spans: list[tuple[int, int]] = []
    pending_start: int | None = None
    for k, (s, e) in enumerate(raw):
        if numbers[k]:
            # a list number joins its item, never across a paragraph break; failing that the point before it
            paragraph = bisect_right(breaks, s)
            item = next_item[k]
            if item is not None and bisect_right(breaks, raw[item][0]) == paragraph:
                if pending_start is None:
                    pending_start = s
                continue
            if spans and pending_start is None and bisect_right(breaks, spans[-1][0]) == paragraph:
                spans[-1] = (spans[-1][0], e)
                continue
        elif not words[k]:
            if spans and pending_start is None:
                spans[-1] = (spans[-1][0], e)
            elif pending_start is None:
                pending_start = s
            continue
        if pending_start is not None:
            s, pending_start = pending_start, None
        spans.append((s, e))
    if pending_start is not None:  # nothing but punctuation: keep it as one span
        spans.append((pending_start, raw[-1][1]))
    return spans


# -- page furniture -------------------------------------------------------------------------------
# A readout copied from a government or news agency web page brings the page's furniture with it:
# share and print buttons ("Share", "Версия для печати", "【打印】【关闭】"), credits ("Source: Xinhua",
# "责任编辑：李四", "Photo: ..."), tag and related-link lists, a bare URL, and the agency's dateline
# opening the first paragraph ("MOSCOW, February 1. /TASS/."). Split as text, each became a point, one
# that the other side could never match: a one-sided "point" of the comparison that says nothing of
# the call. :func:`furniture_spans` finds them; only whole lines (and one leading dateline) whose form
# leaves no doubt, never words inside a sentence ("Share" as a verb, "Source of tension ...").

#: Page controls that are furniture alone on a line: share, print, subscribe, font-size buttons.
_CONTROLS = (
    "share", "share this", "share this page", "share this article", "share this[:：]", "share[:：]", "like this[:：]",
    r"like loading(?:\.{3}|…)?", r"share on (?:facebook|twitter|x|linkedin|whatsapp|telegram|vk)",
    "print", "print this", "print this page", "print this article", "print version", "print page",
    "printer[- ]friendly version", "printable version", "subscribe", "copy link", "copy url", "tweet",
    "email this", "email this page", "e-mail this", "e-mail this page", "send by e-?mail", "back to top",
    "font size", r"font size[:：]?\s*[aа]\s*[aа]\s*[aа]",
    "поделиться", "версия для печати", "печатная версия", "распечатать", "подписаться", "скопировать ссылку",
    "отправить по почте", "размер шрифта", "поделиться[:：]",
    # kremlin.ru's header links: its text-only and low-vision versions of the page
    "текстовая версия", "версия для слабовидящих", "text version", "text-only version",
    "распечатать страницу", "отправить ссылку", "скопировать", "видео", "video", "фотогалерея", "photo gallery",
    r"(?:фото|photo)[ \t]*\d{1,3}[ \t]*(?:из|of|/)[ \t]*\d{1,3}",  # a gallery's counter: "Фото 1 из 3"
    "纠错", "我要纠错",  # Xinhua's "【纠错】" (report an error) button
    "打印", "打印本页", "打印此页", "我要打印", "关闭窗口", "关闭本页", "分享", "分享到", "分享到[:：]", "收藏本页",
    "扫一扫", "扫一扫在手机打开当前页", "返回顶部", r"(?:字体|字號|字号)[:：]?\s*大\s*中\s*小", r"大\s*中\s*小",
)
#: Share targets and "close": furniture beside another control or in brackets ("【关闭】", "[Close]",
#: "Facebook Twitter Email"), but not alone, bare, where a word of a list or heading may stand.
_WEAK_CONTROLS = ("close", "关闭", "email", "e-mail", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "vk",
                  "вконтакте", "одноклассники", "weibo", "wechat", "微信", "微博", "qq空间", "朋友圈", "наверх")


def _longest_first(alternatives: tuple[str, ...]) -> str:
    # a token is taken whole, the longest that fits: "print" must not stop "print version" at "print"
    return "|".join(sorted(alternatives, key=len, reverse=True))


# A strong control may end in a colon, as a button's label or a list's heading does: "Share this page:" and
# "Print this page:" (over "Twitter\nFacebook") were no furniture, where "Share this:" was, so the three lines
# made one point, "Share this page:\nTwitter\nFacebook", a one-sided point of every comparison of the page.
_CONTROL = re.compile(rf"(?i:(?P<strong>(?:{_longest_first(_CONTROLS)})(?:[ \t]*[:：])?)"
                      rf"|(?P<weak>{_longest_first(_WEAK_CONTROLS)}))(?![^\W_])")
_BRACKETED = re.compile(r"[【\[]\s*([^【】\[\]\n]{1,30}?)\s*[】\]]")
_CONTROL_SEP = re.compile(r"[\s|/·•,，、]*")
#: Labels that open a credit or page-metadata line ("Source: Xinhua", "责任编辑：李四", "Теги: США, Россия").
_LABELS = {
    "credit": r"sources?|editors?|photos?|photo credit|photograph|image(?: credit)?|picture|credit"
              r"|источники?|фото(?:графия)?|редактор|иллюстрация"
              r"|责任编辑|責任編輯|编辑|編輯|责编|責編|来源|來源|图片来源|圖片來源|图源|摄影|攝影|校对|校對|审核|審核",
    # kremlin.ru lists a page's topics, countries and persons under it ("Темы\nВнешняя политика", "Страны: США")
    "tags": r"tags?|теги|тэги|метки|темы|страны|персоны|регионы|标签|標籤|关键词|關鍵詞",
    "related links": r"related(?: articles| stories| news| content| links)?|read more|read also|see also|also read"
                     r"|читайте также|см\. также|смотрите также|ещё по теме|еще по теме|по теме|материалы по теме"
                     r"|ссылки по теме|相关新闻|相關新聞|相关链接|相關鏈接|相关阅读|相關閱讀|延伸阅读|推荐阅读",
    "page metadata": r"published(?: in sections)?|updated|publication date|date of publication|direct link"
                     r"|дата публикации|опубликован[оа]? в разделах|ссылка на материал|обновлено"
                     r"|发布时间|發佈時間|发布日期|發佈日期|浏览次数|瀏覽次數",
}
# the label ends where a colon or the line's end follows it ("Photo credit:" is not "Photo" and " credit:")
_LABEL = re.compile("(?:" + "|".join(f"(?P<{k.replace(' ', '_')}>{v})" for k, v in _LABELS.items())
                    + r")(?=[ \t]*[:：]|[ \t]*$)", re.IGNORECASE)
#: "Reporting by ...", "Photo by ...": a credit without a colon.
_BY_CREDIT = re.compile(r"(?i:photo(?:graph)?s?|reporting|editing|writing|edited|photographed)\s+by\s+\S")
#: Page headings of state.gov and whitehouse.gov alone on a line.
#: Section headings of mid.ru and kremlin.ru too ("Заявления и комментарии", "Новости", "События").
_PAGE_HEADINGS = re.compile(r"(?i:briefing room|statements and releases|office of the spokesperson|readout"
                            r"|заявления и комментарии|новости|события|statements and comments)")
#: A ministry's or a government's site name, as its pages' headers and footers give it: "U.S. Department of State", "The
#: White House", "Ministry of Foreign Affairs of the People's Republic of China", "Министерство иностранных дел Российской
#: Федерации", "МИД России", "Президент России", "外交部网站", "中华人民共和国外交部"; several on a line split by "|" or a dash
#: ("U.S. Department of State | Office of the Spokesperson"). Furniture only alone on a line at the text's top or
#: bottom (see :func:`_edge_site_lines`): "Президент России\nВладимир Путин провёл ..." is a sentence hard-wrapped.
_SITE = (r"(?:(?:the[ \t]+)?official[ \t]+(?:web[ \t]?)?site[ \t]+of[ \t]+)?(?:the[ \t]+)?(?:"
         r"(?:(?:U\.S\.|US|United[ \t]+States)[ \t]+)?Department[ \t]+of[ \t]+State"
         r"|White[ \t]+House|Office[ \t]+of[ \t]+the[ \t]+(?:Spokesperson|Spokesman|Press[ \t]+Secretary)"
         r"|(?:(?:Russian|Chinese|PRC)[ \t]+)?(?:Ministry|Minister)[ \t]+of[ \t]+Foreign[ \t]+Affairs(?:[ \t]+of[ \t]+(?:the[ \t]+)?"
         r"(?:People[’']s[ \t]+Republic[ \t]+of[ \t]+China|PRC|China|Russian[ \t]+Federation|Russia))?"
         r"|President[ \t]+of[ \t]+(?:Russia|the[ \t]+Russian[ \t]+Federation)|Kremlin)"
         r"|(?:Официальный[ \t]+сайт[ \t]+|Официальные[ \t]+сетевые[ \t]+ресурсы[ \t]+)?(?:"
         r"Министерств[оа][ \t]+иностранных[ \t]+дел(?:[ \t]+(?:Российской[ \t]+Федерации|России|РФ))?"
         r"|МИД[ \t]+(?:России|РФ)|Президент(?:а)?[ \t]+(?:России|Российской[ \t]+Федерации)|Кремль)"
         r"|(?:中华人民共和国|中國|中国)?外交部(?:网站|網站|官网|官網|门户网站)?|中华人民共和国外交部|新华网|新華網|人民网|人民網"
         r"|中国政府网|中国政府網|中华人民共和国中央人民政府(?:门户网站)?")
_SITE_NAME = re.compile(rf"(?i:{_SITE})(?:[ \t]*[|｜•·—–][ \t]*(?i:{_SITE}))*")
#: A site name that names its site as one, which no sentence's subject does: "外交部网站", "Official website of ...".
_SITE_ITSELF = re.compile(r"(?i:.*(?:网站|網站|官网|官網|web[ \t]?site|сайт|ресурсы))")
_SUBSCRIBE = re.compile(r"(?i:subscribe to|sign up for|подписывайтесь на|подпишитесь на)\s+\S.{0,60}")
_URL_LINE = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?")
#: A page's breadcrumb trail, from its home page: "Home > News > Readouts", "Главная › Новости", "首页 > 外交部新闻",
#: "当前位置：首页 > 新闻" (its parts short, no sentence).
_BREADCRUMB = re.compile(r"(?:(?:当前位置|您的位置|你的位置|you are here)[ \t]*[:：][ \t\u3000]*)?"
                         r"(?i:home(?: page)?|main page|главная(?: страница)?|首页|主页|网站首页)"
                         r"(?:[ \t\u3000]*[>›»→][ \t\u3000]*[^\n>›»→.!?。！？]{1,60}){1,6}")
#: mid.ru's number of a document, under its date ("2345-15-11-2019": a number, then the day, month and year).
_DOCUMENT_NUMBER = re.compile(r"[0-9]{1,5}-(?:0?[1-9]|[12][0-9]|3[01])-(?:0?[1-9]|1[0-2])-(?:19|20)[0-9]{2}")
#: A Chinese news photo's caption, which ends in its photographer's credit: "11月15日，习近平在北京同美国总统通电话。
#: 新华社记者 鞠鹏 摄", "（新华社记者 张三 摄）"; no readout's sentence ends so.
_ZH_PHOTO_CREDIT = re.compile(r"[(（]?[ \t\u3000]*(?:新华社|新華社|中新社|人民网|人民網)?(?:记者|記者)[ \t\u3000]*"
                              r"[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}[ \t\u3000]*(?:摄|攝)"
                              r"[ \t\u3000]*[)）]?$")
#: A news agency's dateline opening the readout's first paragraph: TASS ("MOSCOW, February 1. /TASS/.",
#: "МОСКВА, 1 февраля. /ТАСС/.", "/Корр. ТАСС .../"), RIA Novosti ("МОСКВА, 1 фев — РИА Новости."),
#: Xinhua ("新华社北京1月10日电（记者 张三）", "BEIJING, Jan. 10 (Xinhua) --") and the other wires'
#: "CITY, Month day (Agency) -" (also "City, Month day, year", "CITY, day Month", "CITY (Agency) —").
_AGENCIES = r"(?:Xinhua|TASS|RIA Novosti|Sputnik|Reuters|AP|AFP|Interfax|Bloomberg|dpa|Kyodo|Yonhap|Anadolu)"
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]{1,40},[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\.?[ \t]*/(?:ITAR-)?TASS(?:[ \t][^/\n]{1,60})?/\.?"
    r"(?:[ \t]*(?:--|[—–-])(?=[ \t]))?"
    r"|[А-ЯЁ][А-ЯЁ'.\- ]{1,40},[ \t]*\d{1,2}[ \t]+[а-яё]{3,8}\.?[ \t]*"
    r"/(?:(?:ИТАР-)?ТАСС|[Кк]орр\.?[ \t]+(?:ИТАР-)?ТАСС[^/\n]{0,60})/\.?"
    r"|[А-ЯЁ][А-ЯЁ'.\- ]{1,40},[ \t]*\d{1,2}[ \t]+[а-яё]{3,8}\.?[ \t]*[—–-]+[ \t]*(?:РИА Новости|Sputnik|ПРАЙМ)"
    r"(?:,[ \t]*[^.\n]{1,60})?\."
    r"|(?:[A-Z][A-Z'’.\- ]{1,40}|(?!(?:In|On|At|From|By|For|To|Since|After|Before|During|The|A|An)[ \t])"
    r"[A-Z][a-z'’.\-]+(?:[ \t][A-Z][a-z'’.\-]+){0,2}),[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{4})?)[ \t]*"
    rf"\({_AGENCIES}\)[ \t]*(?:--|[—–-])"
    rf"|[A-Z][A-Z'’.\-]+(?:[ \t][A-Z][A-Z'’.\-]+){{0,3}}[ \t]*\({_AGENCIES}\)[ \t]*(?:--|[—–-])"
    r"|新华社[\u4e00-\u9fff]{2,12}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电(?:[ \t\u3000]*[（(](?:记者|記者)[^()（）\n]{1,40}[）)])?")
#: The header block of an official page, each on its own line above the readout: a date ("March 3, 2022",
#: "Thursday, March 3, 2022", "3 марта 2022 года", "2022年3月3日", "3月3日", "2022-03-03"), a month ("March 2022", "Март 2022
#: года", "марта 2022", "2022年3月": an archive page's or a digest's), a time ("15:40", "3:40 p.m. EST", "15:40 мск"), or
#: both ("March 3, 2023 at 3:20 PM", "3 марта 2023 года в 15:20", "March 3, 2023 - 15:20"); "03/03/2023" and "March 3rd, 2023"
#: too; a date line may end in a period ("3 марта 2022 г."), stand in brackets ("（2022年3月3日）") or under a label
#: ("Date: March 3, 2023", "日期：2023年3月3日"). The month names are the header's own, not the cue lexicons' (readouts.cues):
#: importing those would load the whole cue machinery for every text read.
_EN_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
#: A Russian month named alone, with its year: "Март 2022 года" (nominative, not "марта" as in a date).
_RU_MONTH_ALONE = r"(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
_D = "[0-9０-９]"
_ORDINAL = "(?:st|nd|rd|th)?"  # "March 3rd, 2023", "3rd March 2023"
_DATE = (rf"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница"
         rf"|суббота|воскресенье),?[ \t]+)?"
         rf"(?:{_EN_MONTH}[ \t]+\d{{1,2}}{_ORDINAL}(?:,?[ \t]+\d{{4}})?|\d{{1,2}}{_ORDINAL}[ \t]+(?:of[ \t]+)?{_EN_MONTH}"
         rf"(?:,?[ \t]+\d{{4}})?"
         rf"|\d{{1,2}}[ \t\u00a0]+{_RU_MONTH}(?:[ \t\u00a0]+\d{{4}}(?:[ \t\u00a0]*(?:года|г\.))?)?"
         rf"|{_D}{{4}}[ \t]*年[ \t]*{_D}{{1,2}}[ \t]*月[ \t]*{_D}{{1,2}}[ \t]*日(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?"
         rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}})")
_MONTH = (rf"(?:{_EN_MONTH},?[ \t]+\d{{4}}|(?:{_RU_MONTH_ALONE}|{_RU_MONTH}),?[ \t\u00a0]+\d{{4}}(?:[ \t\u00a0]*(?:года|г\.))?"
          rf"|{_D}{{4}}[ \t]*年[ \t]*{_D}{{1,2}}[ \t]*月)")
_TIME = (r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?:[ \t]*[ap]\.?[ \t]?m\.?)?"
         r"(?:[ \t]+(?:\(?[A-Z]{2,4}\)?|\(?(?:мск|msk)\)?))?")
_DATE_PART = rf"(?i:{_DATE}(?:,?[ \t\u3000]+(?:at[ \t]+|в[ \t]+)?{_TIME})?|{_MONTH}|{_TIME}|{_D}{{1,2}}[ \t]*月[ \t]*{_D}{{1,2}}[ \t]*日)"
_DATE_LINE = re.compile(rf"{_DATE_PART}\.?|[(（\[]{_DATE_PART}[)）\]]")
#: A place line among them: "The Kremlin, Moscow", "Ново-Огарёво, Московская область", "Moscow": one
#: capitalised word, or two or three parts of one to three words split by commas, each opening with a capital.
_PLACE_WORD = r"(?:[A-ZА-ЯЁ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?)"
_PLACE_PART = rf"(?:The[ \t]+)?{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|of|de|область|край|район|округ)){{0,2}}"
_PLACE_LINE = re.compile(rf"(?:The[ \t]+)?{_PLACE_WORD}|{_PLACE_PART}(?:,[ \t]*{_PLACE_PART}){{1,2}}")
#: A Chinese place line among them: "北京", "莫斯科", "华盛顿"; two to four characters, fewer than a title's
#: ("王毅同法国外长通电话"), and a line so short beside a date line names no more than a place.
_ZH_PLACE_LINE = re.compile("[\u4e00-\u9fff]{2,4}")
#: A place and a date on one line, as a page's header gives them ("Москва, 5 марта 2022", "5 марта 2022 года 15:40
#: Москва", "Moscow | March 5, 2022"): a place of one or two capitalised words, never a word that opens a dated
#: sentence ("On March 5", "Today, March 5", "В 2022 году": a wrap of "On March 5\nPresident Biden spoke ...").
_NOT_PLACE = (r"(?!(?i:on|in|at|by|from|to|since|until|till|before|after|during|of|for|through|the|a|an|this|that"
              r"|every|each|last|next|today|tonight|yesterday|tomorrow|в|во|на|с|со|до|по|к|от|за|после|из|и"
              r"|сегодня|вчера|завтра)(?![^\W_]))")
_PLACE_SHORT = rf"{_NOT_PLACE}{_PLACE_WORD}(?:[ \t]+{_NOT_PLACE}{_PLACE_WORD})?"
_HEADER_SEP = r"(?:[ \t\u00a0\u3000]*[,，|｜•·/／—–-][ \t\u00a0\u3000]*|[ \t\u00a0\u3000]+)"
_DATED = re.compile(rf"(?:{_PLACE_SHORT}{_HEADER_SEP})?{_DATE_PART}(?:{_HEADER_SEP}{_DATE_PART})?"
                    rf"(?:{_HEADER_SEP}{_PLACE_SHORT})?\.?")
_SEP_AT = re.compile(_HEADER_SEP)
#: A label before a header's date: "Date: March 3, 2023", "Дата: 3 марта 2023", "日期：2023年3月3日".
_DATE_LABEL = re.compile(r"(?i:date|time|дата|время|日期|时间|時間)[ \t]*[:：][ \t\u3000]*")


def _date_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a header's date line: a date, month or time ("5 марта 2022 года", "марта 2022",
    "15:40 мск", "（2022年3月5日）"), with a place beside it ("Москва, 5 марта 2022") or a credit or publication label
    after it ("2022-03-05 来源：外交部", "2022年3月5日　来源：外交部网站")."""
    line = line[m.end():] if (m := _DATE_LABEL.match(line)) and m.end() < len(line) else line
    if _DATE_LINE.fullmatch(line) or _DATED.fullmatch(line):
        return True
    m = _DATED.match(line)
    if not m or not (sep := _SEP_AT.match(line, m.end())) or sep.end() == m.end():
        return False
    labelled = _labelled(line[sep.end():])
    return labelled is not None and labelled[0] in ("credit", "page metadata") and _one_item(labelled[1], 120)
#: A line's last word after which the next line goes on its sentence ("... spoke on\nMarch 3, 2022\n...").
_OPEN_END = re.compile(r"(?:^|\W)(?i:on|of|in|at|to|by|for|from|since|until|till|and|or|the|a|an|before|after"
                       r"|в|во|на|с|со|от|до|к|по|и|или|за|после)$|[于在自从至到是和与同及]$")
#: Ends of a line after which the next line goes on a sentence or a list: a lead-in "agreed:", a comma.
_GOES_ON = ":：,，、;；-–—(（«“\""
#: A sentence's end at a line's end (a title ends with none).
_LINE_ENDS_SENTENCE = re.compile(r"[.!?。！？…][" + re.escape(_CLOSERS) + r"]*$")


def _stripped_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line ``text[start:end]`` without the white space, invisible characters and symbols (an icon
    beside "Share 🔗") around it."""
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in ("So", "Sk", "Cf")):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("So", "Sk", "Cf")):
        end -= 1
    return start, end


def _controls_only(line: str, weak_alone: bool = False) -> bool:
    """Whether ``line`` is page controls and nothing else: one that stands alone ("Share", "Версия для
    печати", "打印"), or several, or any in brackets ("【打印】【关闭】", "Facebook Twitter Email"); with
    ``weak_alone``, a share target alone too ("Telegram", under "Поделиться:")."""
    pos, tokens, strong = 0, 0, False
    while pos < len(line):
        pos = _CONTROL_SEP.match(line, pos).end()
        if pos >= len(line):
            break
        m = _BRACKETED.match(line, pos)
        if m and (c := _CONTROL.fullmatch(m.group(1))):
            strong = True
        elif c := _CONTROL.match(line, pos):
            strong = strong or c.group("strong") is not None
            m = c
        else:
            return False
        pos, tokens = m.end(), tokens + 1
    return tokens > 0 and (strong or tokens > 1 or weak_alone)


def _bracketed_furniture(line: str) -> str | None:
    """The kind of a line of two or more bracketed items that are each a page control or a credit or metadata
    label with its value ("【纠错】　【责任编辑：李四】", "[Print] [Source: Xinhua]"): "credit" or "page metadata"
    where a label is among them, else "page control"; None where ``line`` is none."""
    pos, kinds = 0, []
    while pos < len(line):
        pos = _CONTROL_SEP.match(line, pos).end()
        if pos >= len(line):
            break
        m = _BRACKETED.match(line, pos)
        if not m:
            return None
        if _CONTROL.fullmatch(m.group(1)):
            kinds.append("page control")
        elif (labelled := _labelled(m.group(1))) and labelled[0] in ("credit", "page metadata") \
                and _one_item(labelled[1], 120):
            kinds.append(labelled[0])
        else:
            return None
        pos = m.end()
    if len(kinds) < 2:
        return None
    return next((k for k in kinds if k != "page control"), "page control")


def _labelled(line: str) -> tuple[str, str] | None:
    """The kind of a label line ("Source: Xinhua", "责任编辑：李四", "Теги: США", "【责任编辑：李四】")
    and what follows its label; None where ``line`` is none."""
    if line[:1] in "【[" and line[-1:] in "】]":
        line = line[1:-1].strip()
    m = _LABEL.match(line)
    if not m:
        return None
    kind = next(k for k, v in m.groupdict().items() if v is not None).replace("_", " ")
    return kind, re.sub(r"^[ \t]*[:：]?[ \t]*", "", line[m.end():])


def _one_item(value: str, limit: int) -> bool:
    """Whether ``value`` (what a label introduces) is a short item, not a sentence or two: within
    ``limit`` characters and no sentence's end inside it ("Xinhua| 2023-02-03 21:06:43|Editor: huaxia"
    is one, "Xinhua. The two sides agreed ..." is not)."""
    return len(value) <= limit and not re.search(r"[.!?。！？][" + re.escape(_CLOSERS) + r"]*\s+\S", value)


# A page's footer comes along when a readout is copied to the page's end: "Page 1 of 1", "© 2026 U.S.
# Department of State | Privacy Policy | Contact Us", "Copyright © 2024 Xinhua. All rights reserved.", "© Президент
# России, 2024", "Все права защищены", "版权所有 ©", "京ICP备05070218号". A line is one only where every part of it
# (split at "|", "·", commas and sentence ends) is a footer's part, and only in the run of set-aside lines
# that closes (or opens) the text (see _edge_footers): never words inside a sentence ("Russia reserved all
# rights to respond", "the page of history").

_YEAR = r"(?:19|20)\d\d(?:[ \t]*[-–—][ \t]*(?:19|20)\d\d)?"
#: A copyright notice: "©" with a name or year beside it, "Copyright 2024 ...", "(c) 2024 ...", "版权所有：新华社".
_COPYRIGHT_PART = re.compile(
    rf"(?i:(?:copyright[ \t]*)?(?:©|\(c\)(?=[ \t]*{_YEAR}))[^©|]{{0,80}}|[^©|]{{0,40}}©[^©|]{{0,80}}"
    rf"|copyright[ \t]+{_YEAR}[^©|]{{0,80}}|(?:版权所有|版權所有)[ \t]*(?:[:：][^©|]{{1,40}})?)")
#: The other parts of a footer: rights reserved, the site's links, a page count, a Chinese site licence.
_FOOTER_PARTS = (
    "all rights reserved", "all rights reserved worldwide", "all rights are reserved", r"copyright notice",
    "privacy policy", "privacy notice", "privacy statement", "privacy & cookies", "privacy and cookies",
    "privacy", "cookie policy", "cookie settings", "cookies", "terms of use", "terms of service",
    "terms and conditions", "terms & conditions", "terms", "contact us", "contact", "contacts",
    "accessibility", "accessibility statement", "site map", "sitemap", "disclaimer", "about us", "about the site",
    "foia", "no fear act", "usa.gov", "inspector general", "office of the inspector general", "vulnerability disclosure",
    "vulnerability disclosure policy", "copyright information", "legal notice", "legal", "help", "feedback", "faq",
    "rss", "rss feeds", "archives", "top of page", "back to top", "return to top",
    "все права защищены", "все права сохранены", "все права принадлежат[^|]{1,60}",
    "политика конфиденциальности", "пользовательское соглашение", "условия использования", "контакты",
    "о сайте", "о проекте", "карта сайта", "обратная связь", "версия для слабовидящих", "правовая информация",
    "наверх", "в начало страницы",
    r"все материалы сайта доступны по лицензии[:：]?[ \t]*creative commons[^|]{0,60}",
    r"all content on this (?:site|website) is licensed under(?: a)?[ \t]+creative commons[^|]{0,60}",
    "版权所有", "版權所有", "保留所有权利", "保留一切权利", "翻印必究", "违者必究", "不得转载",
    r"未经(?:书面)?(?:授权|许可)", r"(?:不得|禁止|严禁)(?:转载|复制|使用)[^|。，,]{0,20}",
    "网站地图", "联系我们", "关于我们", "隐私政策", "隐私声明", "使用条款", "网站声明", "法律声明", "免责声明",
    "无障碍", "无障碍浏览", "意见反馈", "帮助", "返回顶部", "回到顶部",
    r"page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}", r"страница[ \t]+\d{1,3}[ \t]+из[ \t]+\d{1,3}",
    r"第[ \t]*\d{1,3}[ \t]*页", r"共[ \t]*\d{1,3}[ \t]*页",
    r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP(?:备|證|证)[ \t]*[0-9０-９]{4,12}号?(?:-\d{1,3})?",
    r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]公网安备[ \t]*[0-9０-９]{6,16}号?",
    _YEAR,
)
_FOOTER_PART = re.compile(rf"(?i:{_longest_first(_FOOTER_PARTS)})")
#: A footer's single-word links ("Privacy", "Contact", "帮助"): a footer's part only beside another.
_WEAK_FOOTER_PARTS = frozenset({"privacy", "cookies", "terms", "contact", "contacts", "accessibility", "legal", "help",
                                "feedback", "faq", "rss", "archives", "контакты", "наверх", "帮助", "无障碍", "未经授权",
                                "未经许可", "未经书面授权", "未经书面许可"})
#: Where a footer line splits into parts: "|", "·", "•", commas, and a sentence's end ("Xinhua. All rights ...",
#: not "U.S. Department").
_FOOTER_SPLIT = re.compile(r"[ \t\u3000]*(?:[|｜•·,，;；。]|(?<=[^\W_A-Z])\.(?=[ \t])|[ \t\u3000]{2,}|\t)[ \t\u3000]*")


def _footer_line(line: str) -> int:
    """Whether ``line`` (stripped) is a page's footer and nothing else (see above): 2 where it is, 1 where it is a
    footer's single-word link alone ("Privacy", "Contact", "帮助"), one only among a footer's lines, 0 where none."""
    if len(line) > 200:
        return 0
    parts = [x.strip(" \t\u3000.") for x in _FOOTER_SPLIT.split(line)]
    parts = [x for x in parts if x]
    if not parts:
        return 0
    strong = False
    for part in parts:
        if _COPYRIGHT_PART.fullmatch(part) and ("©" in part or re.search(_YEAR, part) or part[:2] in ("版权", "版權")):
            strong = True
            continue
        if not _FOOTER_PART.fullmatch(part):
            return 0
        strong = strong or not (part.lower() in _WEAK_FOOTER_PARTS or re.fullmatch(_YEAR, part))
    if strong or len(parts) > 1 and not all(re.fullmatch(_YEAR, x) for x in parts):
        return 2
    return 0 if re.fullmatch(_YEAR, parts[0]) else 1


def _edge_footers(text: str, lines: list[tuple[int, int]], whole: list[tuple[int, int]],
                  blocks: _Blocks) -> tuple[set[int], int | None]:
    """The indices of ``lines`` that are a footer's lines (:func:`_footer_line`, of the line with its symbols:
    ``whole``, as "©" is one) in the run of blank, furniture and footer lines that closes the text, or in the
    one that opens it; a single-word link ("Archives") or share target ("Facebook", "Twitter" under "Share this:")
    alone on its line only in a run with a footer's line or a page control, so "Contact" closing a text alone is
    none. And the index of the line that run closes: the text's last line with text that is none of them (None
    where there is none), whose end may be a footer too (see :func:`_footer_tail`)."""
    found: set[int] = set()
    last: int | None = None
    for order in (range(len(lines) - 1, -1, -1), range(len(lines))):
        weak: list[int] = []
        anchored = False
        head = len(lines)  # the heading of a list that closes the text: its items are passed over
        for i in order:
            line = text[slice(*lines[i])]
            if not line or head < i:
                continue
            footer = _footer_line(text[slice(*whole[i])])
            if footer == 2:
                found.add(i)
                anchored = True
            elif footer == 1 or (c := _CONTROL.fullmatch(line)) and c.group("weak"):
                weak.append(i)
            elif (what := _furniture_line(line)) is None:
                if order.step < 0 and (h := _list_heading(text, lines, i, blocks)) is not None:
                    head = h  # an item of a tag or link list ("Теги:\nРоссия\nСША"): furniture too
                    continue
                if last is None and order.step < 0:
                    last = i
                break
            else:
                anchored = anchored or what[0] == "page control"
        if anchored:
            found.update(weak)
    return found, last


def _list_heading(text: str, lines: list[tuple[int, int]], i: int, blocks: _Blocks) -> int | None:
    """The index of the heading of the tag or link list ("Tags", "Читайте также:") that line ``i`` is an item of,
    as :func:`furniture_spans` takes the list: the lines after the heading up to a blank line, each an item or
    furniture; None where it is no list's."""
    k = i
    while k > 0 and lines[k - 1][0] < lines[k - 1][1]:
        k -= 1
        what = _furniture_line(text[slice(*lines[k])])
        if what is not None and what[1]:
            return k if blocks.all_items(k + 1) else None
    return None


class _Blocks:
    """The runs of lines with text (``lines`` of ``text``, stripped) that blank lines part, and whether the lines from
    one to its run's end are all a tag or link list's items or furniture (as a list heading's lines must be), each
    line checked once for the whole text. Checked anew for every heading, up to the run's end, a text with no blank
    line (a page's lines pasted one under another, many pages joined: "Tags\nРоссия\nСША\nTags\n...") took time
    quadratic in its lines: 8,000 lines took 17 s."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.text, self.lines = text, lines
        n = len(lines)
        #: the index of the first blank line at or after each line (``len(lines)`` where none)
        self.end = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            self.end[i] = i if lines[i][0] >= lines[i][1] else self.end[i + 1]
        # from each line checked on: the first line that is no item or furniture, or its run's end where none
        self._bad: list[int | None] = [None] * n

    def all_items(self, start: int) -> bool:
        """Whether line ``start`` has text and it and every line after it up to a blank line (or the text's end)
        is a list's item or furniture: ``_list_item(x) or _furniture_line(x)``."""
        end = self.end[start]
        if start >= end:
            return False
        i = start
        while i < end and self._bad[i] is None and (_list_item(x := self.text[slice(*self.lines[i])])
                                                    or _furniture_line(x)):
            i += 1
        bad = self._bad[i] if i < end and self._bad[i] is not None else i
        for j in range(start, min(i + 1, end)):
            self._bad[j] = bad
        return bad == end


#: What makes the end of a sentence's line a footer (see _footer_tail): a copyright notice, "all rights
#: reserved", a Chinese site licence or a page count, not a site's links alone ("... Ukraine. Contact us").
_FOOTER_ANCHOR = re.compile(
    r"(?i:©|\(c\)|copyright|all rights (?:are )?reserved|все права (?:защищены|сохранены|принадлежат)"
    r"|版权所有|版權所有|保留所有权利|保留一切权利|ICP(?:备|證|证)|公网安备|page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}"
    r"|страница[ \t]+\d{1,3}[ \t]+из[ \t]+\d{1,3})")
#: Where a sentence ends inside a line: its stop, closing quotes or brackets, and the space after it (none needed
#: after a Chinese stop).
_SENTENCE_END_IN_LINE = re.compile(r"(?:[.!?…][" + re.escape(_CLOSERS) + r"]*[ \t\u00a0\u3000]+"
                                   r"|[。！？][" + re.escape(_CLOSERS) + r"]*[ \t\u00a0\u3000]*)(?=\S)")


def _footer_tail(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a page's footer that ends the line ``text[start:end]`` (the text's last line with text) after
    its last sentence: "... the situation in Ukraine. All rights reserved.", "... Украины. Все права защищены.",
    "……局势。版权所有 ©", where the page's footer was copied onto the sentence's line. Only the whole of what
    follows a sentence's end, and only a footer with a copyright notice, "all rights reserved", a site licence or
    a page count in it (:data:`_FOOTER_ANCHOR`); never words of a sentence ("Russia reserved all rights to
    respond.", "... все права защищены международным правом."). None where there is none."""
    line = text[start:end]
    if len(line) < 4 or not _FOOTER_ANCHOR.search(line):
        return None
    for m in _SENTENCE_END_IN_LINE.finditer(line):
        tail = line[m.end():]
        if len(tail) <= 200 and _FOOTER_ANCHOR.search(tail) and _footer_line(tail.rstrip()) == 2:
            head = line[:m.start()] + line[m.start():m.end()].rstrip()
            if _HAS_WORD.search(head) and _LINE_ENDS_SENTENCE.search(head):
                return start + m.end(), end
    return None


#: A page number alone on its line, as a PDF or a printed page copied with its breaks gives it: "2", "- 2 -", "— 2 —",
#: "[2]", "Page 2", "p. 2", "Стр. 2", "Страница 2", "第2页", "- 2 -". Up to three digits: "2022" may be a year.
_PAGE_NUMBER = re.compile(r"([-–—][ \t]*)?\d{1,3}([ \t]*[-–—])?|\[\d{1,3}\]|(?i:page|p\.|стр\.|страница)[ \t]*\d{1,3}"
                          r"|第[ \t]*\d{1,3}[ \t]*页")


def _furniture_line(line: str) -> tuple[str, bool] | None:
    """The kind of furniture ``line`` (stripped) is, and whether it heads a list of items on the lines
    after it ("Tags", "Related Articles", "Читайте также:"); None where it is none."""
    if _controls_only(line):
        return "page control", False
    if _URL_LINE.fullmatch(line):
        return "URL", False
    if _PAGE_HEADINGS.fullmatch(line) or _DOCUMENT_NUMBER.fullmatch(line) or _BREADCRUMB.fullmatch(line):
        return "page metadata", False
    if (bracketed := _bracketed_furniture(line)) is not None:  # "【纠错】　【责任编辑：李四】"
        return bracketed, False
    if len(line) <= 200 and _ZH_PHOTO_CREDIT.search(line):
        return "credit", False
    if _SUBSCRIBE.fullmatch(line) and not _LINE_ENDS_SENTENCE.search(line[:-1]):
        return "page control", False
    if _BY_CREDIT.match(line) and _one_item(line, 120):
        return "credit", False
    labelled = _labelled(line)
    if labelled is None:
        return None
    kind, value = labelled
    if not value:
        # a label alone: a heading of a tag or link list; alone, a credit or date label says nothing either
        return kind, kind in ("tags", "related links")
    return (kind, False) if _one_item(value, 200 if kind in ("credit", "related links") else 120) else None


def _list_item(line: str) -> bool:
    """A line of a tag or related-link list: a tag, a headline, no sentence."""
    return 0 < len(line) <= 150 and not _LINE_ENDS_SENTENCE.search(line) and _one_item(line, 150)


def _header_line(line: str, after_date: bool, lines: list[tuple[int, int]], k: int, text: str) -> tuple[str, bool] | None:
    """``("page metadata", False)`` where ``line``, in the page's header block, is a date, month or time line,
    or a place line beside one (``after_date``: the line with text before it is one; else the next line with
    text, of ``lines`` from index ``k`` on, is); None where it is none."""
    if _date_line(line):
        return "page metadata", False
    if len(line) > 60 or not (_PLACE_LINE.fullmatch(line) or _ZH_PLACE_LINE.fullmatch(line)) or _OPEN_END.search(line):
        return None  # "双方于\n2022年3月3日\n通电话。": a line that ends as "on" or "于" does goes on into the next
    if not after_date:
        # from index k on, not a copy of lines[k:] (nor islice, which steps over the first k): called for each
        # line of a header that never closes (a text with no line that ends a sentence), the copy made it quadratic
        following = next((text[lines[j][0]:lines[j][1]] for j in range(k, len(lines)) if lines[j][0] < lines[j][1]), "")
        if not _date_line(following):
            return None
    return "page metadata", False


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """Page furniture in ``text``: ``(start, end, kind)`` of each whole line (its white space trimmed)
    that is a page's furniture, and of an agency's dateline opening the first paragraph, in order.

    Kinds: "page control" (share, print, subscribe buttons), "credit" ("Source: Xinhua", "Editor: ...",
    "Photo: ...", "责任编辑：..."), "tags", "related links" (a label and its list on the lines after it,
    up to a blank line), "page metadata" ("Publication date: ...", "Briefing Room"; and, in the page's
    header block before the first line that ends a sentence, a date, month or time line, "March 3, 2022",
    "March 2022", "15:40", "3 марта 2022 года", "марта 2022", "2022年3月3日", one with a place or a credit beside its
    date, "Москва, 5 марта 2022", "2022-03-05 来源：外交部", and a place line beside one, "The Kremlin, Moscow",
    "北京"; a site's name alone on a line at the text's top or bottom, "U.S. Department of State", "Министерство
    иностранных дел Российской Федерации", "外交部网站": see :func:`_edge_site_lines`), "URL" (a bare
    one), "footer" ("© 2024 Xinhua", "All rights reserved.", "Privacy Policy | Contact Us", "Page 1 of 1", "Все права
    защищены", "版权所有 ©", "京ICP备05070218号", in the run of set-aside lines that closes or opens the text),
    "dateline", "page number" (a PDF's or printed page's "2", "- 2 -", "Page 2", "第2页" alone on its line, after a
    line that ends a sentence or a blank line), "separator" (a line of no letter or digit, "* * *", "---", there
    too, below the first sentence). A line that goes on a sentence (after a line that ends in ":" or ",", or before
    one that opens in lower case) is none, and nothing inside a line is (but the dateline, and a footer
    that follows the last sentence on its line, "... Ukraine. All rights reserved.": see :func:`_footer_tail`).

    >>> text = "Share\\nMOSCOW, February 1. /TASS/. Putin spoke with Biden.\\nSource: TASS"
    >>> [(text[s:e], kind) for s, e, kind in furniture_spans(text)]
    [('Share', 'page control'), ('MOSCOW, February 1. /TASS/.', 'dateline'), ('Source: TASS', 'credit')]
    """
    # each line as matched (without an icon or symbol at its edges) and as set aside (with them: left in
    # the text, a lone "🔗" would join the point before it)
    lines: list[tuple[int, int]] = []
    whole: list[tuple[int, int]] = []
    pos = 0
    for end in [*(m.start() for m in _LINE_BREAK.finditer(text)), len(text)]:
        lines.append(_stripped_line(text, pos, end))
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        whole.append((s, e))
        pos = _LINE_BREAK.match(text, end).end() if end < len(text) else end
    found: list[tuple[int, int, str]] = []
    dateline_open = True  # until a line ends a sentence, a line may open with the dateline
    header_open = True  # until a line ends a sentence, a date, time or place line is the page's header
    after_date = False  # the last line with text was a date or time line set aside
    after_control = False  # the last line with text was a page control set aside ("Поделиться:", "Share")
    previous = ""  # the last line with text that is no furniture; "" after a blank line
    blocks = _Blocks(text, lines)
    footers, last_line = _edge_footers(text, lines, whole, blocks)
    k = 0
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        k += 1
        if not line:
            if not header_open and _HIDDEN.sub("", text[slice(*whole[k - 1])]) \
                    and (not previous or _LINE_ENDS_SENTENCE.search(previous)):
                found.append((*whole[k - 1], "separator"))  # icons alone ("★★★", "🔹🔹🔹"): a section break
            previous = ""
            continue
        # a line that goes on a sentence is none: after a lead-in or a comma, or before a line that opens
        # in lower case ("Share\nprices fell ...": a hard-wrapped sentence)
        after = text[slice(*lines[k])] if k < len(lines) else ""
        goes_on = bool(previous) and previous[-1] in _GOES_ON or after[:1].islower()
        what = None if goes_on else _furniture_line(line)
        if what is None and not goes_on and _PAGE_NUMBER.fullmatch(line) \
                and (not previous or _LINE_ENDS_SENTENCE.search(previous)):
            # a page number of a PDF or printed page copied between two sentences or paragraphs ("2", "- 2 -",
            # "Page 2"): it was a point of its own, one-sided and counted in the coverage shares; one inside a
            # sentence the page break cut ("... discussed\n2\nthe situation") stays in it, as before
            what = "page number", False
        if what is None and not goes_on and not header_open and not any(ch.isalnum() for ch in line) \
                and (not previous or _LINE_ENDS_SENTENCE.search(previous)):
            # a section break alone on its line after a sentence ("* * *", "---", "• • •", "—"), as a pasted page, a
            # Markdown file or a transcript gives it: it joined the point before it ("He spoke.\n\n* * *"), shown in
            # its report row
            what = "separator", False
        if what is None and after_control and not goes_on and _controls_only(line, weak_alone=True):
            # a share button's targets, one a line: "Поделиться:\nВКонтакте\nTelegram" ran into the next sentence
            what = "page control", False
        after_control = what is not None and what[0] == "page control"
        if what is None and k - 1 in footers and not (previous and previous[-1] in _GOES_ON):
            # a footer's line is followed by furniture alone ("© 2024 Xinhua\nwww.news.cn"): no wrap goes on
            what = ("page control" if _CONTROL.fullmatch(line) else "footer"), False
        # a line opening in lower case under one that ends in a lower-case word goes on its sentence ("... в начале\n
        # марта 2022 года.")
        wraps = line[:1].islower() and bool(previous) and previous.split()[-1][:1].islower()
        if what is None and header_open and not goes_on and not wraps and not _OPEN_END.search(previous):
            what = _header_line(line, after_date, lines, k, text)
        after_date = what is not None and what[0] == "page metadata" and _date_line(line)
        if what is not None:
            kind, heads_list = what
            found.append((*whole[k - 1], kind))
            if heads_list:
                # the list's items: the lines up to a blank line or the text's end, if every one is an item
                j = blocks.end[k]
                if blocks.all_items(k):
                    found.extend((*whole[i], (_furniture_line(text[slice(*lines[i])]) or (kind,))[0])
                                 for i in range(k, j))
                    k = j
            continue
        if dateline_open:
            if d := _DATELINE.match(line):
                found.append((s, s + len(d.group().rstrip()), "dateline"))
                dateline_open = False
            elif _LINE_ENDS_SENTENCE.search(line):
                dateline_open = False
        if _LINE_ENDS_SENTENCE.search(line):
            header_open = False
        if k - 1 == last_line and not after[:1].islower() and (tail := _footer_tail(text, *whole[k - 1])):
            found.append((*tail, "footer"))  # the footer copied onto the last sentence's line: its tail alone
        previous = line
    set_aside = {(a, b) for a, b, _ in found}
    sites = _edge_site_lines(text, lines, [whole[i] in set_aside for i in range(len(lines))])
    if sites:
        found = sorted([*found, *((*whole[i], "page metadata") for i in sites)])
    return found


def _edge_site_lines(text: str, lines: list[tuple[int, int]], aside: list[bool]) -> list[int]:
    """The indices of ``lines`` that are a site's name alone on a line (:data:`_SITE_NAME`) in the run of blank lines,
    lines set aside (``aside``) and site names that opens or closes the text: "U.S. Department of State\n\nThe
    Secretary spoke ...", "... agreed.\n\nМинистерство иностранных дел Российской Федерации".

    At the top, the line under it (the next with text) may go on no sentence from it: a blank line parts them, or
    it is set aside or a site name, or it opens with a word that opens sentences ("The", "По", "Состоялся": not
    "Президент России\nВладимир Путин провёл ...", "U.S. Department of State\nSpokesperson Ned Price said ..."), or
    is a title with a head noun ("Readout of ... Call with ..."), or the name names a site ("外交部网站"). At the
    bottom, the line above it ends a sentence, or a blank line or a line set aside parts them."""
    texts = [text[a:b] for a, b in lines]
    found: list[int] = []
    with_text = [i for i, t in enumerate(texts) if t]
    for order in (with_text, with_text[::-1]):
        for n, i in enumerate(order):
            if aside[i]:
                continue
            if not _SITE_NAME.fullmatch(texts[i]):
                break
            if order is with_text:
                j = with_text[n + 1] if n + 1 < len(with_text) else None
                ok = j is None or j > i + 1 or aside[j] or bool(_SITE_NAME.fullmatch(texts[j])) \
                    or bool(_SITE_ITSELF.fullmatch(texts[i])) \
                    or _plain_next(texts[j], texts[j + 1] if j + 1 < len(texts) else "")
            else:
                j = order[n + 1] if n + 1 < len(order) else None
                ok = j is None or j < i - 1 or aside[j] or bool(_SITE_NAME.fullmatch(texts[j])) \
                    or bool(_LINE_ENDS_SENTENCE.search(texts[j]))
            if not ok:
                break
            found.append(i)
    return sorted(set(found))


def _plain_next(line: str, following: str) -> bool:
    """Whether ``line``, under a site's name, goes on no sentence from it: it opens with a word that opens sentences,
    or it is a title with a head noun whose own next line (``following``, "" after a blank line) opens in no lower
    case."""
    if _HAN.search(line):
        return False
    if _opens_plainly(line) == "opener":
        return True
    return _title_like(line) and any(_TITLE_NOUN.fullmatch(w) for w in _TITLE_WORD.findall(line)) \
        and not following[:1].islower()


# -- the page's title ---------------------------------------------------------------------------------
# A pasted page's title stands on the line above the readout's first sentence. Where the page's date lines
# stand between them they are set aside, blanked to a paragraph break, and the title is a point of its own;
# with none, no sentence ends at the title's line end, and the title opened the first point ("Readout of
# President Biden's Call with President Xi President Biden spoke today with ..."). :func:`title_line` finds
# it only where its form leaves no doubt: a heading over a line that is a full sentence. A hard-wrapped
# sentence is none: not "The two leaders discussed\nthe situation in Ukraine." (lower case), "... spoke with
# Foreign Minister\nSergey Lavrov today." (a verb), "... agreed:\nThey ..." (a lead-in), and not "Putin and
# French President Emmanuel\nMacron held a telephone conversation.", whose lines a wrap may have made
# (see _no_wrap), nor "Secretary of State Antony\nBlinken spoke today ...", a name run on (see _name_goes_on).
# A title is known by its shape, not its last word's case: a head noun ("Readout of the President's phone call",
# "Встреча ... в режиме видеоконференции") or a date at its end ("... Wang on 5 June", "..., 5 марта 2022 года").
# Only the text's first line may be one, and keep_furniture=True splits as before.

#: Words a title leaves in lower case ("Readout of ... Call with ...", "Телефонный разговор с ...").
_TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "with", "and", "or", "on", "in", "to", "for", "at", "by", "from", "between", "via", "vs",
    "de", "и", "с", "со", "в", "во", "на", "о", "об", "по", "к", "ко", "для", "между", "от", "из", "за", "при", "у",
})
#: A word of a title: it opens with a letter or digit ("Biden's", "С.В.", "(PRC)" as "PRC", "2022").
_TITLE_WORD = re.compile(r"[^\W_][\w'’.\-]*")
#: A Russian verb in the past tense ("провёл", "состоялся", "обсуждались"): a sentence's word, no title's.
_RU_PAST = re.compile(r"[а-яё]{3,}(?:л|ла|ло|ли)(?:ся|сь)?")
#: A finite verb in lower case: "Secretary Blinken spoke with Russian Foreign Minister" is a sentence's start.
_TITLE_VERB = re.compile(r"[a-z]{2,}ed|spoke|met|held|said|told|made|took|gave|sent|is|are|was|were|has|had|have"
                         r"|will|would|can|could|must|should|did|does|do|" + _RU_PAST.pattern)
#: A Chinese title: Chinese characters (and Latin letters, digits, book-title marks: "G20", "《...》"), no
#: punctuation, and no longer than a heading ("习近平同美国总统拜登通电话"); "北京" is too short for one.
_ZH_TITLE = re.compile(r"[\w《》“”·・]{6,40}")
_PAIRS = ("()", "（）", "«»", "“”", "《》", "「」", "『』")
#: A rank or form of address at a line's end: the name it goes on to stands on the next line.
_NAME_AHEAD = re.compile(r"(?:^|\s)(?i:president|minister|secretary|advis[eo]r|council?l?or|chancellor|premier|chairman"
                         r"|director|ambassador|spokes(?:person|man|woman)|general|admiral|gen\.|adm\.|mrs?\.|ms\.|dr\."
                         r"|counterparts?|colleagues?|коллег\w*"
                         r"|президент\w*|министр\w*|госсекретар\w*|секретар\w*|помощник\w*|посл[аеоу]\w*|посол"
                         r"|председател\w*|канцлер\w*|премьер\w*|генерал\w*|советник\w*|г-на?|г-ну|г-ном)$")
#: A line break inside a sentence: a line that ends in a word, under it one that opens in lower case.
_WRAPPED = re.compile(r"[^\W_][ \t]*(?:\r\n|[\n\r\x85\u2028])[ \t]*[a-zа-яё]")
#: A title's head noun: what the page reports ("Readout", "Call", "Meeting", "Телефонный разговор", "Встреча"). A title
#: with one may be more lower case than capitalised and end in a lower-case word ("Readout of the Secretary's call with
#: his Chinese counterpart", "Встреча ... в режиме видеоконференции").
_TITLE_NOUN = re.compile(r"(?i:readouts?|calls?|phone|telephone|conversations?|meetings?|talks|summit|videoconference"
                         r"|video|statement|remarks|visit|discussions?|dialogue|consultations?|briefing"
                         r"|разговор\w*|переговор\w*|встреч\w*|бесед\w*|заявлени\w*|звон\w*|визит\w*|саммит\w*"
                         r"|видеоконференци\w*|консультаци\w*|комментари\w*|пресс-подход\w*)")
#: A date ending a title ("... Wang on 5 June", "..., 14 февраля 2020 года", "..., 11 июля 2022 г."): no name goes on
#: from it onto the next line, and the "г." after a Russian year ends no sentence there.
_DATE_END = re.compile(rf"(?<![\w.]){_DATE_PART}$")
#: Words that open a sentence, not a title: "Since March 5", "Today, March 5", "During the call with ...".
_NO_TITLE_OPENERS = frozenset({
    "since", "after", "before", "during", "following", "when", "while", "as", "upon", "until", "till", "once", "if",
    "because", "although", "though", "today", "yesterday", "tonight", "earlier", "later", "then", "meanwhile",
    "сегодня", "вчера", "после", "когда", "пока", "хотя", "если", "однако", "затем",
})


def _title_like(line: str) -> bool:
    """Whether ``line`` (stripped) reads as a page's title: no sentence mark, colon or comma at its end (but the
    "г." of a date), its brackets and quotes closed; in Chinese characters, no punctuation at all; else three words
    or more, the first capitalised and no preposition or word that opens a dated sentence ("Since", "Today"), the
    last no small word and capitalised, a date's, or in a title with a head noun ("call", "разговор"), most of the
    rest capitalised too (but the small words) unless it has a head noun, and no finite verb in lower case."""
    dated = not _HAN.search(line) and bool(_DATE_END.search(line))
    # a capital "И" ending a line is a name ("... с Министром иностранных дел КНР Ван И"), not the conjunction "и"
    wang_yi = bool(re.search(r"[А-ЯЁ][а-яё]*[ \u00a0]И$", line))
    if (len(line) > 200 or _LINE_ENDS_SENTENCE.search(line) and not (dated and line.endswith("г."))
            or line[-1] in _GOES_ON or _OPEN_END.search(line) and not wang_yi
            or line.count('"') % 2 or any(line.count(a) != line.count(b) for a, b in _PAIRS)):
        return False
    if _HAN.search(line):
        return bool(_ZH_TITLE.fullmatch(line))
    words = _TITLE_WORD.findall(line)
    if len(words) < 3 or not words[0][0].isupper():
        return False
    named = any(_TITLE_NOUN.fullmatch(w) for w in words)
    if words[-1].lower() in _TITLE_SMALL_WORDS and not wang_yi:  # "Readout of the Call With\nPresident Xi ...": it goes on
        return False
    if not (words[-1][0].isupper() or words[-1][0].isdigit() or dated or named):
        return False  # "Secretary Blinken and his Russian counterpart\nSergey Lavrov spoke ...": no head noun
    if words[0].lower() in _TITLE_SMALL_WORDS - {"a", "an", "the", "о", "об"}:  # "On 2 May Vladimir\nPutin held ..."
        return False
    if words[0].lower() in _NO_TITLE_OPENERS:  # "Since March 5\nBoth sides have ...", "Today, March 5\nPresident ..."
        return False
    if _RU_PAST.fullmatch(words[0].lower()):  # "Состоялся телефонный разговор ... с Президентом США"
        return False
    lower = [w for w in words if w[0].islower() and w not in _TITLE_SMALL_WORDS]
    upper = [w for w in words if (w[0].isupper() or w[0].isdigit()) and w.lower() not in _TITLE_SMALL_WORDS]
    return (len(upper) > len(lower) or named) and not any(_TITLE_VERB.fullmatch(w) for w in lower)


def _full_sentence(line: str, chinese: bool) -> bool:
    """Whether ``line`` (stripped), under a title, is one sentence or more: it opens with a capital or a date (in
    Chinese, a character or a digit: "3月3日，...") and ends a sentence (or a lead-in: "The below is attributable to
    Spokesperson Ned Price:"), four words or ten characters long at least."""
    first = line.lstrip(_OPENERS)[:1]
    if not (_LINE_ENDS_SENTENCE.search(line) or line.endswith((":", "："))):
        return False
    if chinese:
        return len(line) >= 10 and (bool(_HAN.match(first)) or first.isdigit())
    # or a date ("29 июля по инициативе американской стороны состоялся ...", "March 5, 2022 — President Biden ...")
    dated = bool(re.match(rf"(?i:{_DATE})(?=[\s,—–-])", line))
    return (first.isupper() or dated) and len(_TITLE_WORD.findall(line)) >= 4


#: A title's last word that a rank may go on from onto the next line ("... with the Chinese Foreign\nMinister Wang Yi
#: ..."): a part of a rank, a nationality, a country's letters ("US", "КНР"), a Russian adjective ("Китайской\nНародной").
_RANK_MODIFIER = re.compile(r"(?i:foreign|vice|prime|deputy|defen[cs]e|state|national|security|chief|general|first"
                            r"|executive|special|senior|federal|acting|[a-z]+(?:an|ese|ish|ch)"
                            r"|[а-яё]+(?:ий|ый|ой|ая|ого|ому|ым|им|ом|ей|ую|ые|ых))|[A-ZА-ЯЁ]{2,4}")


#: A title's last word after which a rank and a name may go on ("his Chinese counterpart\nForeign Minister Wang Yi").
_COUNTERPART = re.compile(r"(?i:counterparts?|colleagues?|коллег\w*)$")


def _opens_plainly(line: str) -> str:
    """How ``line`` opens where it opens as a sentence does and no wrapped name's tail can: "rank" ("President Biden
    spoke ..."), "opener" (a word that opens sentences, "The", "On", "По", "Состоялся", or a date); else ""."""
    m = re.match(r"[^\W\d_][\w'’\-]*", line.lstrip(_OPENERS))
    if not m:
        return "opener" if re.match(rf"(?i:{_DATE})(?=[\s,—–-])", line) else ""
    first = m.group().lower()
    if _NAME_AHEAD.search(first):
        return "rank"
    return "opener" if first in _OPENER_WORDS or first in _NO_TITLE_OPENERS or _RU_PAST.fullmatch(first) else ""


def _no_wrap(title: str, line: str, rest: str, text: str, chinese: bool) -> bool:
    """Whether ``title`` and the ``line`` under it can be no hard-wrapped sentence ("Putin and French President
    Emmanuel\nMacron held a telephone conversation."): ``line`` is longer than ``title`` and its own first word,
    so that word would have fitted on the line above; or, but in Chinese, more text follows (``rest``), no line
    break of ``text`` falls inside a sentence (a line opening in lower case under one that ends in a word), and
    ``title`` ends in no rank that a name goes on from ("Minister", "Президентом")."""
    if chinese:  # a wrapped Chinese sentence has no space, no comma and no capital to tell it by
        return len(line) > len(title) + 1
    if _DATE_END.search(title):  # "... Wang on 5 June\nSecretary Blinken spoke ...": a date ends the heading
        return True
    words = _TITLE_WORD.findall(title)
    if words[-1][0].islower() and not _NAME_AHEAD.search(title):
        return True  # "Readout of the President's phone call\nPresident Biden spoke ...": no name runs on from it
    opens = _opens_plainly(line)
    if words[-1][0].islower() and (opens == "opener" or opens == "rank" and not _COUNTERPART.search(title)):
        return True  # "... with the Chinese foreign minister\nSecretary Blinken spoke ...": no rank goes on a rank
    if (any(_TITLE_NOUN.fullmatch(w) for w in words) and not _NAME_AHEAD.search(title)
            and not _RANK_MODIFIER.fullmatch(words[-1]) and opens):
        return True  # "Readout of President Biden's call with President Xi\nPresident Biden spoke ..."
    if len(line) > len(title) + 1 + len(line.split(None, 1)[0]):
        return True
    return bool(rest.strip()) and not _NAME_AHEAD.search(title) and not _WRAPPED.search(text)


def _name_goes_on(title: str, line: str) -> bool:
    """Whether a name may run from ``title``'s end onto the ``line`` under it ("Secretary of State Antony\nBlinken spoke
    today ...", "Президент России Владимир\nПутин провёл ..."): ``title`` ends in a capitalised word, no date or head
    noun ("... Call"), and ``line`` opens with one, no rank or word that opens a sentence ("President", "The",
    "Состоялся"), before a word in lower case or a comma, as a surname does before its verb."""
    last = _TITLE_WORD.findall(title)[-1]
    if not last[0].isupper() or _TITLE_NOUN.fullmatch(last) or _DATE_END.search(title):
        return False
    m = re.match(r"([^\W\d_][\w'’\-]*)(?:[ \t\u00a0]+([^\W\d_])|,)", line.lstrip(_OPENERS))
    if not m or m.group(2) and not m.group(2).islower():
        return False  # "Sergey\nLavrov, who ...", "Sergey\nLavrov focused ...": the name's tail, then its verb
    first = m.group(1)
    return (first[0].isupper() and first[1:] == first[1:].lower() and first.lower() not in _OPENER_WORDS
            and first.lower() not in _NO_TITLE_OPENERS and not _RU_PAST.fullmatch(first.lower())
            and not _NAME_AHEAD.search(first) and not _TITLE_NOUN.fullmatch(first))


def title_line(text: str, furniture: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of a page's title where it opens the text (past blank lines and ``furniture``, the page's
    lines set aside) right above a full sentence with no blank line between; None where there is none.

    >>> text = ("Readout of President Biden's Call with President Xi\\n"
    ...         "President Biden spoke today with President Xi Jinping of the People's Republic of China.")
    >>> text[slice(*title_line(text, []))]
    "Readout of President Biden's Call with President Xi"
    >>> title_line("The two leaders discussed\\nthe situation in Ukraine.", []) is None
    True
    """
    pos, k = 0, 0
    while True:  # past the blank lines and the lines set aside above the title
        while pos < len(text) and text[pos].isspace():
            pos += 1
        while k < len(furniture) and furniture[k][1] <= pos:
            k += 1
        if k < len(furniture) and furniture[k][0] <= pos:
            pos = furniture[k][1]
            continue
        break
    head = text[:pos].rstrip(" \t\u00a0\u3000")
    title_break = _LINE_BREAK.search(text, pos)
    if title_break is None or head and not _LINE_BREAK.match(head, len(head) - 1):
        return None  # one line of text at most, or the rest of a line after a dateline
    start, end = pos, title_break.start()
    while text[end - 1].isspace():
        end -= 1
    after = title_break.end()  # the next line's start and end
    while after < len(text) and text[after] in " \t\u00a0\u3000":
        after += 1
    next_break = _LINE_BREAK.search(text, after)
    next_end = next_break.start() if next_break else len(text)
    if after == next_end or k < len(furniture) and furniture[k][0] < next_end:
        return None  # a blank line or a line set aside parts them already
    title, following = text[start:end], text[after:next_end].rstrip()
    chinese = bool(_HAN.search(title))
    if (_title_like(title) and _full_sentence(following, chinese) and (chinese or not _name_goes_on(title, following))
            and _no_wrap(title, following, text[next_end:], text, chinese)):
        return start, end
    return None


def cut_after_title(text: str, spans: list[tuple[int, int]],
                    furniture: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """``spans`` with a page's title (:func:`title_line`) cut off the first point it opens, a point of its own,
    as it is where date lines set aside stand between it and the first sentence."""
    title = title_line(text, furniture)
    if title is None:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if s < title[1] < e:
            after = title[1]
            while text[after].isspace():
                after += 1
            out += [(s, title[1]), (after, e)]
        else:
            out.append((s, e))
    return out


def cut_at_furniture(text: str, spans: list[tuple[int, int]],
                     furniture: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """``spans`` (of ``text`` with its furniture blanked) cut where a set-aside line lies inside one, and
    the pieces that are no point once cut: ``(points, set_aside)``, the latter with ``furniture``.

    A blanked line is a paragraph break, so no two sentences meet across it; but a piece with no words
    (a stray "—") or an agency's end marker ("(完)", "-30-") joins the point before it, or a leading one
    the point after it, whatever lies between. Cut off from that point by a set-aside line, it is set
    aside as well ("no words", "end marker"): kept as a point, it would be one that says nothing.
    """
    if not furniture:
        return spans, furniture
    starts = [s for s, _, _ in furniture]
    points: list[tuple[int, int]] = []
    aside = list(furniture)
    for s, e in spans:
        k = bisect_right(starts, s)
        inside = [(fs, fe) for fs, fe, _ in furniture[k:] if fs < e] if k < len(furniture) and starts[k] < e else []
        if not inside:
            points.append((s, e))
            continue
        pos = s
        for fs, fe in [*inside, (e, e)]:
            a, b = pos, fs
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                if _HAS_WORD.search(text, a, b) and not _TRAILER.fullmatch(text, a, b):
                    points.append((a, b))
                else:
                    aside.append((a, b, "end marker" if _HAS_WORD.search(text, a, b) else "no words"))
            pos = fe
    return points, sorted(aside)
