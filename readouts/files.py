"""Reading readouts from disk: ``.txt`` (optional ``---`` header) and ``.json`` records.

A ``.txt`` readout may start with a header block::

    ---
    side: US
    issuer: U.S. Department of State
    language: en
    date: 2022-02-01
    title: Secretary Blinken's Call with Russian Foreign Minister Lavrov
    source_url: https://www.state.gov/...
    participants: Antony Blinken; Sergey Lavrov
    ---
    Secretary Blinken spoke today with ...

A ``.md`` (or ``.markdown``) readout is read as Markdown prose (see :func:`markdown_prose`): its
headings are no points (the first one is the title where the header gives none), emphasis and link
syntax are dropped and list markers with them, HTML comments and tags too (block tags a paragraph
break), entities read as their characters, and fenced code kept as written, so ``readout.text`` is
that prose, which the points' spans index.

Values may be quoted as YAML allows (``side: "US"``), and participants written as a YAML list
(``participants: [Antony Blinken, "Xi, Jinping"]``, a quoted name kept whole, or a block list: ``participants:``
and a ``- Antony Blinken`` line a name). A side code the cues know
written in another case is side code all the same (``side: us`` is side ``US``). A ``# comment`` line is
skipped, and so is a comment after a value (``side: US  # the State Department``), but a title's
(``title: Readout of call #3`` keeps its "#"). An empty value is none, but an empty side is an error. Without a
header the file's stem becomes the side (``us.txt`` -> ``US``), or a side code that ends it
(``2022-02-01-us.txt`` -> ``US``).
"""

from __future__ import annotations

import bisect
import functools
import html
import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import (EmptyTextError, InputError, ReadoutFileError, ReadoutsError, SideWarning, WrongEncodingError,
                     check_switch, expand_user, key_hint, shown_name, warn_user)
from .records import (Readout, _clip, _first_error, _metadata_only, date_hint, iso_day, long_side, side_key,
                      side_spelling)

__all__ = ["read_readout", "read_comparison", "comparison_from_json", "read_text", "read_json", "same_path",
           "markdown_prose", "HEADER_KEYS"]

HEADER_KEYS = ("side", "issuer", "language", "date", "title", "source_url", "participants")
_MAX_BYTES = 50 * 1024 * 1024


def read_text(path: str | Path, encoding: str | None = None, *, takes_encoding: bool = False) -> str:
    """The file's text, decoded as UTF-8 (a BOM is dropped), or as ``encoding`` where one is given;
    clear errors for anything else. ``takes_encoding``: the caller reads a file in another encoding
    where told (:meth:`Readout.from_file`'s ``encoding=``, ``readouts compare --encoding``), which the
    error of a file that is not UTF-8 then advises (a pair file or a saved comparison is JSON, UTF-8)."""
    _check_path(path)
    codec = _check_encoding(encoding)
    p = expand_user(path)  # "~/us.txt", as a notebook writes it (no shell expands it there)
    try:
        there = p.exists()
    except OSError as exc:  # a name longer than the system takes: the system's reason, not a traceback
        raise ReadoutFileError(f"{_clip(str(p))}: cannot be read ({exc.strerror or exc})") from None
    if not there:
        # a "name" of several lines is more likely a readout's text than a file's name
        hint = " (it holds a line break: is it a readout's text? Readout.from_text reads text)" if "\n" in str(p) else ""
        raise ReadoutFileError(f"{shown_name(p)}: no such file{_pasted_name(os.fspath(path)) or hint or _near_name(p)}")
    if p.is_dir():
        raise ReadoutFileError(f"{p}: is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > _MAX_BYTES:
            raise ReadoutFileError(f"{p}: {size} bytes is too large for a readout (limit {_MAX_BYTES})")
        data = p.read_bytes()
    except OSError as exc:
        raise ReadoutFileError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if data.startswith(b"%PDF-"):  # was "not UTF-8 text ...; this file reads as GBK (Chinese)"
        raise ReadoutFileError(f"{p}: a PDF document, not text; copy its text into a .txt file saved as UTF-8 "
                               "(or convert it: pdftotext -enc UTF-8 FILE.pdf)")
    if data.startswith(b"PK\x03\x04"):  # was "looks like a binary file (NUL bytes)"
        raise ReadoutFileError(f"{p}: a ZIP archive (a Word .docx or an OpenDocument .odt file is one), not text; save "
                               "the document as plain text, UTF-8 (Word: Save As > Plain Text)")
    if codec is not None and codec != "utf-8":
        return _decode_as(p, data, encoding or codec)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # what Windows Notepad saves as "Unicode"
        width = "UTF-32" if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "UTF-16"
        raise _encoding_error(f"{p}: {width} text (it opens with a {width} byte order mark), not UTF-8; "
                              "re-save the file as UTF-8", width.lower(), width, takes_encoding)
    if b"\x00" in data:
        if _bomless_utf16(data):
            codec16 = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
            raise _encoding_error(f"{p}: UTF-16 text without a byte order mark, not UTF-8; re-save the file as UTF-8",
                                  codec16, "UTF-16", takes_encoding)
        raise ReadoutFileError(f"{p}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # "(byte 0)" read as a NUL byte, and named neither the line nor the usual cause
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"{p}: not UTF-8 text (byte {exc.start}, on line {line}, is 0x{data[exc.start]:02x})"
        guess = _reading_encoding(data)
        if guess is None and (mixed := _mixed_utf8(data)):
            # "read it with encoding='cp1251', 'gbk' or 'cp1252'": none of them reads its UTF-8 part
            raise ReadoutFileError(f"{where}; {mixed}") from None
        if guess is None:
            known = "; read it with read_text(encoding='cp1251', 'gbk' or 'cp1252')"
            if takes_encoding:
                known = "; read it with Readout.from_file(path, encoding='cp1251', 'gbk' or 'cp1252'), or convert it"
        else:
            known = f"; this file reads as {guess[1]}: read it with " + (
                f"Readout.from_file(path, encoding='{guess[0]}'), or convert it with read_text(encoding='{guess[0]}')"
                if takes_encoding else f"read_text(encoding='{guess[0]}')")
        raise _encoding_error(
            f"{where}; re-save the file as UTF-8 (Russian text saved as Windows-1251, Chinese as GBK or English as "
            f"Windows-1252 is not{known} and write it with encoding='utf-8')",
            guess[0] if guess else None, guess[1] if guess else None, takes_encoding, where) from None
    return text.removeprefix("\ufeff")


def _pasted_name(raw: str) -> str:
    """A hint where ``raw``, a file name that names no file, was pasted with what is no part of it: spaces or a line
    break around it, the quotes of Windows' "Copy as path", a file:// URL's scheme (a file dragged into a notebook);
    "" where the name without them names no file either. They were "unsupported file type '.txt\"'"."""
    if not isinstance(raw, str):
        return ""
    name, what = raw.strip(), []
    if name != raw:
        what.append("spaces or a line break around it")
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1].strip()
        what.append("quotes")
    if name.lower().startswith("file:/"):  # a Path makes "file:///x" "file:/x"
        from urllib.parse import unquote, urlsplit

        url = urlsplit(name)
        name = unquote(url.path)
        # "file://localhost/tmp/x" names this machine's /tmp/x (RFC 8089: urlsplit reads it so), but a Path makes
        # it "file:/localhost/tmp/x", whose path is "/localhost/tmp/x": "its folder ... does not exist"
        if not url.netloc and re.match(r"(?i)/localhost/", name) and not _is_file(name):
            name = name[len("/localhost"):]
        if re.match(r"/[A-Za-z]:[/\\]", name):  # file:///C:/Users/...
            name = name[1:]
        what.append("a file:// URL's scheme")
    if not what or not name:
        return ""
    there = _is_file(name)
    return f" (the name holds {' and '.join(what)}; {name!r} is a file: give that name)" if there else ""


def _is_file(name: str) -> bool:
    try:
        return Path(name).expanduser().is_file()
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a "~" that names no home folder, no file
        return False


def _near_name(p: Path) -> str:
    """A hint for a file name that names nothing: the file of its folder it is probably a slip for,
    in other case ("US.TXT" for "us.txt", where the system tells case apart) or by a letter ("us.tx",
    "su.txt"), or that its folder does not exist; "" where there is none."""
    import itertools

    from .errors import misspelt

    folder = p.parent
    try:
        if not folder.is_dir():
            return f" (its folder {folder} does not exist)" if str(folder) != "." else ""
        names = sorted(f.name for f in itertools.islice(folder.iterdir(), 10000) if not f.name.startswith("."))
    except (OSError, ValueError):
        return ""
    same = next((n for n in names if n.casefold() == p.name.casefold()), None)
    if same is not None:
        return f" ({same} is there: file names differ in case here)"
    near = [n for n in names if misspelt(p.name, [n])][:3]
    if len(near) > 1:
        return f" ({', '.join(near[:-1])} and {near[-1]} are there: is it one of them?)"
    return f" ({near[0]} is there: is that the file?)" if near else ""


def _check_encoding(encoding: Any) -> str | None:
    """The codec's canonical name for ``encoding`` (None for none given); a name Python knows no text
    encoding by is an :class:`InputError` that names the usual ones."""
    if encoding is None:
        return None
    usual = "e.g. 'cp1251' (Russian, Windows), 'gbk' (Chinese), 'cp1252' (Western European, Windows), 'utf-16'"
    if not isinstance(encoding, str) or not encoding.strip():
        raise InputError(f"encoding must be the name of a text encoding, {usual}; not {encoding!r}")
    import codecs

    try:
        info = codecs.lookup(encoding.strip())
    except LookupError:
        raise InputError(f"encoding {encoding!r} is no text encoding Python knows; {usual}") from None
    if not getattr(info, "_is_text_encoding", True):  # "base64", "rot13": codecs, but of no text file
        raise InputError(f"encoding {encoding!r} is no text encoding; {usual}")
    return info.name


def _decode_as(p: Path, data: bytes, encoding: str) -> str:
    """``data`` decoded as ``encoding`` (the file's own, given by the caller); bytes it cannot hold are
    a :class:`ReadoutFileError` naming the first, its line and the file.

    A UTF-8 byte order mark before text in the (legacy) encoding given is dropped where what follows it
    decodes so: an editor or a shell's redirection (PowerShell's ``Out-File -Encoding utf8``, ``cat`` of a
    UTF-8 header and a Windows-1251 body) put it there, and read as Windows-1251 it was "п»ї" glued to the
    header's first line, which hid the header. Text after it that is UTF-8 is still refused as such
    (:func:`_check_not_garbled`: the mark says what it is)."""
    import codecs

    if data.startswith(codecs.BOM_UTF8) and not codecs.lookup(encoding.strip()).name.startswith("utf"):
        try:
            data[len(codecs.BOM_UTF8):].decode(encoding.strip())
        except UnicodeDecodeError:
            pass  # the file's bytes as they are, for the error that names the first it cannot hold
        else:
            data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode(encoding.strip())
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        guess = _reading_encoding(data)
        said = f"{p}: not {encoding} text (byte {exc.start}, on line {line}, is 0x{data[exc.start]:02x})"
        hint = cli = ""
        if _utf8(data):
            hint = cli = "; it reads as UTF-8: leave the encoding out"
        elif guess is not None:
            hint, cli = (f"; it reads as {guess[1]}: give encoding='{guess[0]}'",
                         f"; it reads as {guess[1]}: give --encoding {guess[0]}")
        err = ReadoutFileError(said + hint)
        err.command_line = said + cli  # type: ignore[attr-defined]
        raise err from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _bomless_utf16(data):
            said = f"{p}: holds NUL characters read as {encoding}"
            err = ReadoutFileError(said + ": it reads as UTF-16: give encoding='utf-16'")
            err.command_line = said + ": it reads as UTF-16: give --encoding utf-16"  # type: ignore[attr-defined]
            raise err
        raise ReadoutFileError(f"{p}: holds NUL characters read as {encoding}: a binary file, or another encoding")
    _check_not_garbled(p, data, text, encoding)
    return text


def _check_not_garbled(p: Path, data: bytes, text: str, encoding: str) -> None:
    """Refuse ``text``, ``data`` decoded as the ``encoding`` the caller gave, where it decoded but into mojibake
    (:func:`_garbled`): compared, it was points no other readout matches, in silence. A file that is UTF-8
    (valid UTF-8, ASCII too) read as another encoding that reads it otherwise is always refused: text in a
    legacy encoding is next to never valid UTF-8. The message names the encoding that reads the file (:func:`_guess_encoding`),
    where one reads it without mojibake."""
    import codecs

    # ASCII read as UTF-16 too; not UTF-16 read as such (its NULs are valid UTF-8), nor anything with NULs
    if b"\x00" not in data and _utf8(data) and data.decode("utf-8").removeprefix("\ufeff") != text:
        sample = _garbled(text) or _clip(text.strip().partition("\n")[0], 40)
        said = f"{p}: UTF-8 text, read as {encoding} it is mojibake ({sample!r})"
        err = WrongEncodingError(said + ": leave the encoding out")
        err.command_line = said + ": leave --encoding out"  # type: ignore[attr-defined]
        raise err
    sample = _garbled(text)
    if sample is None:
        return
    guess = _reading_encoding(data, {codecs.lookup(encoding.strip()).name})
    said = f"{p}: read as {encoding}, the text is mojibake ({sample!r}): {encoding} is not the file's encoding"
    if guess is None and (mixed := _mixed_utf8(data)):
        err = WrongEncodingError(f"{said}; {mixed}")
        err.command_line = err.args[0]  # type: ignore[attr-defined]
    elif guess is None:
        err = WrongEncodingError(said + "; give the one it was saved in (cp1251 for Russian, gbk for Chinese, "
                                        "cp1252 for Western European text saved on Windows), or re-save it as UTF-8")
        err.command_line = err.args[0]  # type: ignore[attr-defined]
    else:
        err = WrongEncodingError(f"{said}; it reads as {guess[1]}: give encoding='{guess[0]}'")
        err.command_line = f"{said}; it reads as {guess[1]}: give --encoding {guess[0]}"  # type: ignore[attr-defined]
    raise err


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@functools.lru_cache(maxsize=None)
def _common_han(ch: str) -> bool:
    """Whether ``ch`` is among the Chinese characters in everyday use: GB2312's first level (simplified, 3755)
    or Big5's (traditional, 5401). A readout's are (all but 1 to 3 in 100); text of another encoding read as
    GBK or UTF-16 is a scatter of rare ones."""
    try:
        if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


_LETTERS = re.compile(r"[^\W\d_]+")
#: Cyrillic letters that look like Latin ones, typed for them by mistake ("Pаris")
_LOOK_ALIKES = frozenset("аеорсхуіјѕкмтнвАВЕКМНОРСТХУІЈЅ")


def _garbled(text: str) -> str | None:
    """A word of ``text`` (its first 200,000 characters) that shows it mojibake, where at least two of its
    characters beyond ASCII, and a quarter of them, are such as a readout never holds (None where too few are):
    C1 control characters, unassigned or private-use code points (Big5 read as GB18030) or box drawing (Latin-1,
    KOI8-R or CP866 read of another encoding); a word of Latin letters with Cyrillic among them ("Zьrich") or Cyrillic in upper case after a
    lower-case letter ("ЦРјъ"); a word of two or more accented Latin letters and no plain one ("Ïóòèí"); a Chinese
    character beside a lower-case Latin letter ("揟he"); Cyrillic text mostly in upper case ("пУТИН"); Chinese
    text whose characters are rare, a third of them or more (:func:`_common_han`). A Cyrillic letter inside Latin
    ones that looks like none ("Prдsidenten": "Präsidenten" read as cp1251) and a symbol inside a word before a
    lower-case letter ("T№rkiye") count twice, so that a file's one accented letter shows it. Each measured on the
    annotated corpus: no readout there has two such characters. Else :func:`_glued`'s signs of one Cyrillic code
    page read as another."""
    import unicodedata

    text = text[:200_000]
    high = sum(1 for ch in text if ord(ch) > 127)
    if not high:
        return None
    odd = 0
    first: list[str] = []

    def note(count: int, word: str) -> None:
        nonlocal odd
        odd += count
        if count and not first:
            first.append(word)

    upper = lower = 0
    for w in _LETTERS.findall(text):
        if w.isascii():
            continue
        cyr = sum(map(_cyrillic, w))
        accented = sum(1 for ch in w if "\u00c0" <= ch <= "\u024f")  # Latin-1's letters, and Latin Extended's
        latin = sum(1 for ch in w if ch.isascii())
        if cyr:
            upper += sum(1 for ch in w if _cyrillic(ch) and ch.isupper())
            lower += sum(1 for ch in w if _cyrillic(ch) and ch.islower())
            # a Latin word with a Cyrillic letter ("Zьrich"), not Ukrainian typed with a Latin "i" ("Україна")
            if latin + accented >= cyr or any(a.islower() and b.isupper() for a, b in zip(w, w[1:])):
                # one inside Latin letters that none of them looks like ("Prдsidenten", "Tьrkiye": a Western
                # European letter read in a Cyrillic code page) counts twice: the file's only accented letter
                # shows it; "Pаris" typed with a Cyrillic "а" is a typo, no mojibake
                inside = sum(1 for k in range(1, len(w) - 1) if _cyrillic(w[k]) and w[k] not in _LOOK_ALIKES
                             and w[k - 1].isascii() and w[k + 1].isascii())
                note(cyr + accented + inside, w)
        elif accented >= 2 and not latin:  # "Ïóòèí"; not French "à", "été" nor Turkish "ışık"
            note(accented, w)
        elif latin and (han_here := [k for k, ch in enumerate(w) if _han(ch)]):
            note(sum(1 for k in han_here if (k and w[k - 1].isascii() and w[k - 1].islower())
                     or (k + 1 < len(w) and w[k + 1].isascii() and w[k + 1].islower())), w)
    if upper + lower >= 20 and upper > lower:
        note(upper, next(w for w in _LETTERS.findall(text) if any(map(_cyrillic, w))))
    # a symbol inside a word ("T№rkiye": "Türkiye" read as CP866) counts twice; "5°C", "Mac™OS", "№ 5" are none
    for m in re.finditer(r"(?<=[^\W\d_])[^\w\s\x00-\x7f](?=[^\W\d_])", text):
        if unicodedata.category(m[0])[0] == "S" and text[m.end()].islower():
            note(2, re.findall(r"\S*$", text[max(0, m.start() - 40):m.start()])[0] + m[0]
                 + re.findall(r"^\S*", text[m.end():m.end() + 40])[0])
    line = next((x.strip() for x in text.splitlines() if not x.isascii()), "")  # the sample of what no word shows
    note(len(re.findall(r"[\x80-\x9f\u2500-\u259f]", text)), line)
    note(sum(1 for ch in text if ord(ch) > 127 and unicodedata.category(ch) in ("Cn", "Co")), line)
    han = [ch for ch in text if _han(ch)]
    rare = sum(1 for ch in han if not _common_han(ch))
    if rare and rare * 3 >= len(han):
        note(rare, line)
    if odd >= 2 and odd * 4 >= high:
        return _clip(first[0], 40)
    return _glued(text, high)


#: Letters of Serbian and Macedonian Cyrillic only, which no Russian word holds: Cyrillic text of one code page read
#: as another's makes them of Russian capitals ("ѕутин" for "Путин", cp1251 read as Mac Cyrillic).
_SERBIAN_ONLY = frozenset("ђѓѕјљњћќџЂЃЅЈЉЊЋЌЏ")


def _glued(text: str, high: int) -> str | None:
    """A word of ``text`` that shows it one Cyrillic code page read as another, where such words are 1 in 100 of its
    characters beyond ASCII (at least 3): a symbol inside a word ("феврал€", "Л≈“ѕ"); a symbol or a closing mark
    opening a word in lower case ("¬ладимир", "’елефонный", "№ютИы"); Serbian letters in Russian text ("ѕутин",
    "Џрезидентом"). Such reads keep most letters Cyrillic and in lower case, which :func:`_garbled`'s other signs
    need a quarter of. A readout writes "5 €", "№ 5", "«цитата»", "м’ясо", "…и" and "•пункт": none of these; measured on
    the annotated corpus in five Cyrillic code pages and UTF-8, no right read holds one."""
    import unicodedata

    russian = sum(text.count(ch) for ch in "ыэъё") >= 3  # Serbian and Macedonian have none of these
    found = 0
    first = None
    for k, ch in enumerate(text):
        if ord(ch) <= 127 or ch.isspace() or ch.isdigit():
            continue
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if ch.isalpha():  # a Serbian letter opening a word that holds no other: "Џрезидентом", not "Ђоковић"
            odd = russian and ch in _SERBIAN_ONLY and not before.isalpha() and after.isalpha()
            if odd:
                word = _LETTERS.match(text, k)[0]  # type: ignore[index]
                odd = not _SERBIAN_ONLY.intersection(word[1:])
        else:
            kind = unicodedata.category(ch)
            odd = ((kind[0] == "S" and before.isalpha() and after.isalpha()
                    and not (before.isascii() and after.isascii()))
                   or ((kind[0] == "S" or kind in ("Pf", "Pe") or (kind == "Po" and ch not in "…•·‣"))
                       and _cyrillic(after) and after.islower() and not before.isalnum()))
        if odd:
            found += 1
            if first is None:
                start = k
                while start and not text[start - 1].isspace():
                    start -= 1
                first = text[start:k + 1] + next(iter(re.findall(r"\S*", text[k + 1:k + 41])), "")
    return _clip(first, 40) if first is not None and found >= 3 and found * 100 >= high else None


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


#: What a text that is not UTF-8 is most often saved as: codec, name said to the user.
_LEGACY_ENCODINGS = (("cp1251", "Windows-1251 (Russian)"), ("gbk", "GBK (Chinese)"),
                     ("cp1252", "Windows-1252 (Western European)"), ("koi8-r", "KOI8-R (Russian)"),
                     ("mac-cyrillic", "Mac Cyrillic"), ("iso8859-5", "ISO 8859-5 (Cyrillic)"),
                     ("cp866", "CP866 (Russian, DOS)"), ("big5", "Big5 (traditional Chinese)"))


def _guess_encoding(data: bytes, skip: set[str] | frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The legacy encoding ``data`` (no UTF-8) reads as, where only one fits well: Windows-1251 where
    its words are Cyrillic in lower case after their first letter and mix no Latin letter (text of
    another encoding read so is a jumble of upper and lower case), GBK where what is not ASCII is all
    Chinese, Windows-1252 where it is Latin letters and punctuation, seldom two letters in a row
    (Cyrillic or Chinese bytes read so are runs of accented letters); then KOI8-R, Mac Cyrillic, ISO 8859-5 and
    CP866 as Windows-1251, Big5 as GBK (:func:`_reading_encoding` passes over one that reads as mojibake). None where
    none fits; the codecs in ``skip`` are not tried."""
    import unicodedata

    for codec, name in _LEGACY_ENCODINGS:
        if codec in skip:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        high = [ch for ch in text if ord(ch) > 127]
        if not high:
            continue
        if codec in ("cp1251", "koi8-r", "mac-cyrillic", "iso8859-5", "cp866"):
            words = [w for w in re.findall(r"[^\W\d_]+", text) if re.search("[\u0400-\u04ff]", w)]
            inner = "".join(w[1:] for w in words)
            if (words and not any(re.search("[A-Za-z]", w) for w in words)
                    and sum(c.islower() for c in inner) >= 0.9 * len(inner)
                    and sum(map(len, words)) >= 0.8 * len(high)):
                return codec, name
        elif codec in ("gbk", "big5"):
            if sum(1 for c in high if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                   or "\uff00" <= c <= "\uffef") >= 0.9 * len(high):
                return codec, name
        else:
            def latin(c: str) -> bool:
                return c.isalpha() and ord(c) > 127 and "LATIN" in unicodedata.name(c, "")

            if not all(latin(c) or unicodedata.category(c)[0] in "PZS" for c in high):
                continue
            paired = sum(1 for k, c in enumerate(text) if latin(c) and (
                (k and latin(text[k - 1])) or (k + 1 < len(text) and latin(text[k + 1]))))
            if paired <= 0.3 * sum(map(latin, high)):
                return codec, name
    return None


def _mixed_utf8(data: bytes) -> str | None:
    """Where ``data`` is UTF-8 text with bytes of another encoding among it (Windows-1252's curly quotes pasted into a
    UTF-8 file), which no one encoding reads: what to do, naming its first line that holds them; else None."""
    text = data.decode("utf-8", errors="replace")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if not good or "\ufffd" not in text:
        return None
    n, line = next((n, x) for n, x in enumerate(text.splitlines(), start=1) if "\ufffd" in x)
    k = line.index("\ufffd")
    near = ("…" if k > 30 else "") + line[max(0, k - 30):k + 30].strip() + ("…" if k + 30 < len(line) else "")
    bad = text.count("\ufffd")
    return (f"it mixes UTF-8 ({good} character{'s' * (good > 1)}) with {bad} byte{'s' * (bad > 1)} of another "
            "encoding (text pasted from another program?), which no one encoding reads: retype the characters shown "
            f"as '\ufffd' (line {n}: {near!r}) and save the file as UTF-8")


def _reading_encoding(data: bytes, skip: set[str] | frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The first encoding :func:`_guess_encoding` finds for ``data`` (not those in ``skip``) that reads it without
    mojibake (:func:`_garbled`): a Mac Cyrillic file reads as Windows-1251 too, its capitals as "Џ" and "’"."""
    skip = set(skip)
    while (guess := _guess_encoding(data, skip)) is not None:
        if _garbled(data.decode(guess[0])) is None:
            return guess
        skip.add(guess[0])
    return None


def _encoding_error(message: str, codec: str | None, name: str | None, takes_encoding: bool,
                    where: str | None = None) -> ReadoutFileError:
    """The error of a file that is not UTF-8; where the caller takes an encoding, it carries the same
    advice in the command line's words too (``command_line``: ``--encoding cp1251``), which ``readouts
    compare`` says instead of the Python calls."""
    if codec is not None and "byte order mark" in message:  # UTF-16: "utf-16" with its mark, else its byte order
        codec = codec.removesuffix("-le").removesuffix("-be") if "opens with a" in message else codec
        if takes_encoding:
            message += f" (or read it with Readout.from_file(path, encoding='{codec}'))"
    err = ReadoutFileError(message)
    if takes_encoding:
        head = where or message.partition("; re-save")[0]
        if codec is None:
            tail = ("give the file's encoding with --encoding (cp1251 for Russian, gbk for Chinese, cp1252 for "
                    "Western European text saved on Windows), or re-save the file as UTF-8")
        else:
            tail = f"give --encoding {codec}, or re-save the file as UTF-8"
            if where is not None:
                tail = f"it reads as {name}: " + tail
        err.command_line = f"{head}; {tail}"  # type: ignore[attr-defined]
    return err


def _bomless_utf16(data: bytes) -> bool:
    """Whether ``data`` reads as UTF-16 text saved without its byte order mark: its NUL bytes all on
    one side of each byte pair (the high byte of a space, a digit, a Latin letter), and the text
    read that way all printable, line breaks and tabs aside. A binary file's NULs fall anywhere."""
    if len(data) % 2:
        return False
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        low = data[0::2] if codec == "utf-16-le" else data[1::2]
        if b"\x00" in low:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\r\n\t" for ch in text):
            return True
    return False


def _check_path(path: Any, json_reader: str = "") -> None:
    """Refuse what is no file name: another type, an empty name, and JSON text given where the file's
    name belongs (``json_reader`` says what reads such JSON instead)."""
    if not isinstance(path, (str, os.PathLike)):
        from .errors import open_file_hint  # with open("us.txt") as f: Readout.from_file(f)

        raise InputError(f"path must be a file name (str or Path), not {type(path).__name__}"
                         + open_file_hint(path, "pass its name, {name!r}"))
    name = os.fspath(path)
    if not name.strip():  # Path("") is ".", the current folder: "is a directory" would mislead
        raise InputError("path is empty; give a file name")
    if isinstance(name, str) and "\x00" in name:
        # "us\x00.txt: no such file" put the NUL itself into the message (invisible in a terminal, a log's
        # line cut short) and blamed a file that no file system could hold
        raise InputError(f"path {name!r} holds a NUL character ('\\x00'), which no file name can hold: a C "
                         "string's end or a byte of binary data pasted with the name; give the file's name without it")
    if isinstance(name, str) and name.lstrip().startswith(("{", "[")) and not _exists(name):
        # Comparison.from_file(c.model_dump_json()) was an OSError "File name too long", and
        # Readout.from_file(json_text) an "unsupported file type" quoting a slice of the JSON.
        use = f"; read it with {json_reader}" if json_reader else ""
        raise InputError(f"path is JSON text, not a file name: {_clip(name)!r}{use}")


def _exists(name: str) -> bool:
    try:
        return os.path.exists(os.path.expanduser(name))
    except (OSError, ValueError):  # a name too long, a NUL byte: nothing there
        return False


class _DuplicateKey(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:  # json would keep the last value silently
            raise _DuplicateKey(key)
        out[key] = value
    return out


def read_json(path: str | Path, encoding: str | None = None, *, takes_encoding: bool = False) -> Any:
    """Parsed JSON from ``path``; a malformed file names the line and column, and a key given twice
    in one object (JSON itself would silently keep the last value) is refused, as in a header.
    ``encoding`` and ``takes_encoding`` as for :func:`read_text`."""
    return _parse_json(read_text(path, encoding, takes_encoding=takes_encoding), str(path), ReadoutFileError,
                       "a readout or gold file")


def _parse_json(text: str, where: str, error: type[ReadoutsError], kind: str) -> Any:
    """Parsed JSON text; what is wrong with it is an ``error`` that starts with ``where``: a key given
    twice in one object, malformed JSON (its line and column, and whether it looks cut short), or
    nesting too deep for ``kind``."""
    if not text.strip():
        # a file of nothing (a write that failed, `> call.json` of a command that stopped) was "malformed JSON at
        # line 1, column 1: Expecting value", as if its JSON had a typo in its first character
        raise error(f"{where}: the file is empty{' but for white space' if text else ''}: it holds no JSON, where "
                    f"{kind} was expected (was the write that made it cut short?)")
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise error(f"{where}: key {exc.args[0]!r} appears twice in one JSON object; keep one") from None
    except json.JSONDecodeError as exc:
        raise error(f"{where}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                    f"{_ends_early(exc, text)}") from None
    except RecursionError:  # json raises it, not JSONDecodeError, for thousands of nested brackets
        raise error(f"{where}: JSON nested too deeply to be {kind}") from None


def _ends_early(exc: json.JSONDecodeError, text: str) -> str:
    """A hint for JSON cut short (a copy or download that stopped, a disk that filled up): the parser
    ran out of text, or out of a string it had opened."""
    if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
        return " (the JSON ends early: is it truncated?)"
    return ""


def _header_opens(lines: list[str]) -> int | None:
    """The index of the '---' line a readout file's header opens with, None where there is none. Blank
    lines before it too: with one, the header was read as the first point's text and its side and date
    were lost, in silence."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    return first if first is not None and lines[first].strip() == "---" else None


def _header_keys(text: str) -> list[str]:
    """The keys of the readout file header (a '---' line, known ``key: value`` lines, a '---' line) that
    ``text`` opens with, as :meth:`Readout.from_file` reads one; [] where it opens with none."""
    lines = text.splitlines()
    first = _header_opens(lines)
    return [] if first is None else _closed_keys(lines[first + 1:])


def _later_header(text: str) -> tuple[int, list[str]] | None:
    """The 0-based line and keys of a readout file header (a '---' line, known ``key: value`` lines,
    a '---' line) that starts after the first line of ``text``, as two readout files joined into one
    (``cat us.txt ru.txt``) hold; None where there is none. One key other than ``side`` alone, between
    two rules of a Markdown page ("---", "Date: ...", "---"), is not taken for one."""
    lines = text.splitlines()
    for k, line in enumerate(lines):
        if k and line.strip() == "---" and (keys := _closed_keys(lines[k + 1:])) and ("side" in keys or len(keys) > 1):
            return k, keys
    return None


def _key_value(line: str) -> tuple[str, str, str]:
    """A header line's key (NFKC, stripped, in lower case), its colon ("" where it has none) and its value: at its
    first colon, ASCII or full-width ("side：CN", "ｓｉｄｅ：ＣＮ" as a Chinese input method types them, which
    was "header line is not 'key: value'")."""
    import unicodedata

    key, sep, value = re.match(r"([^:：]*)([:：]?)(.*)", line, re.DOTALL).groups()  # type: ignore[union-attr]
    return unicodedata.normalize("NFKC", key).strip().lower(), sep, value


def _list_item(stripped: str) -> str | None:
    """The item of a YAML block list's line ("- Antony Blinken" -> "Antony Blinken"), else None."""
    m = re.fullmatch(r"-[ \t]+(.*)", stripped)
    return m[1].strip() if m else None


def _closed_keys(lines: list[str]) -> list[str]:
    """The keys of the known ``key: value`` lines ``lines`` open with, where a '---' line closes them
    (blank and '#' comment lines skipped); [] where another line comes first or none closes them."""
    keys: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped == "---":
            return keys
        if not stripped or stripped.startswith("#") or (keys[-1:] == ["participants"] and _list_item(stripped)):
            continue
        key, sep, _ = _key_value(stripped)
        if not sep or key not in HEADER_KEYS:
            return []
        keys.append(key)
    return []


def _unfenced_keys(lines: list[str]) -> list[str]:
    """The keys of the known ``key: value`` lines ``lines`` open with (blank lines before them skipped), up to
    the first other line, where they hold ``side`` or two keys or more (as :func:`_later_header` takes a header);
    [] otherwise: one "Date: 9 July" or "Title: ..." line alone above a pasted text is no header."""
    keys: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped and not keys:
            continue
        if keys[-1:] == ["participants"] and _list_item(stripped):
            continue
        key, sep, _ = _key_value(stripped)
        if not stripped or not sep or key not in HEADER_KEYS:
            break
        keys.append(key)
    return keys if "side" in keys or len(keys) > 1 else []


def _json_readout(text: str) -> str:
    """What record ``text`` holds where it is a JSON object a readout's text is not, else "": "a JSON readout
    record" ('points' or 'text', as a .json readout file), "a saved comparison" or "a pair file" ('a' and 'b')."""
    s = text.strip()
    if not (s.startswith("{") and s.endswith("}")):
        return ""
    try:
        record = json.loads(s)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(record, dict):
        return ""
    if "points" in record or "text" in record:
        return "a JSON readout record"
    if {"a", "b"} <= set(record):
        return "a saved comparison" if "signature" in record else "a pair file"
    return ""


#: The signature line that closes a Markdown report (``Comparison.to_markdown``).
_MD_REPORT_SIGNATURE = re.compile(r"^<sub>readouts:[^|\s]*\|embedder:", re.MULTILINE)


#: The source of a whole HTML page (an XML declaration and comments may come first)
_HTML_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html\b|<html[\s>])",
                        re.IGNORECASE | re.DOTALL)


def _markup_of(text: str) -> str:
    """"RTF" where ``text`` is an RTF document's source ("{\\rtf1 ..."), "HTML" where an HTML page's ("<!DOCTYPE
    html>", "<html>"), else "": read as a readout's text, its formatting codes or tags were points, in silence."""
    if text.lstrip().startswith("{\\rtf"):
        return "RTF"
    return "HTML" if _HTML_PAGE.match(text) else ""


def _report_of(text: str) -> str:
    """"Markdown" or "HTML" where ``text`` is a report of a comparison (``to_markdown`` / ``to_html``, by
    the signature line or the report's class), else ""."""
    if 'class="readouts-report"' in text:
        return "HTML"
    return "Markdown" if _MD_REPORT_SIGNATURE.search(text) else ""


#: A line of dashes that is no '---': what a word processor makes of one ("—", Word's AutoFormat of
#: "---" or "--"), or one hyphen too few or many.
_DASH_RULE = re.compile(r"[-\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]+")


def _dash_rule(line: str) -> bool:
    stripped = line.strip()
    return stripped != "---" and _DASH_RULE.fullmatch(stripped) is not None


def _dashed_header(path: Path, lines: list[str]) -> None:
    """Refuse a header whose opening or closing line is a dash, or dashes, but not '---' ("—", "--",
    "----"): read as text, its lines became the first point's ("— side: US language: en ... — Blinken
    spoke ..."), and its side and date were lost, with no more than a warning that the file's name is
    no side. Only where known ``key: value`` lines follow (a side, or two keys or more), up to a line of
    dashes or '---'."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return
    opening = lines[first].strip()
    if opening != "---" and not _dash_rule(opening):
        return
    keys: list[str] = []
    for n, line in enumerate(lines[first + 1:], start=first + 2):
        stripped = line.strip()
        if stripped == "---" or _dash_rule(stripped):
            bad = [(k, how, x) for k, how, x in ((first + 1, "opens", opening), (n, "closes", stripped)) if x != "---"]
            if bad and ("side" in keys or len(keys) > 1):
                said = " and ".join(f"{how} with {x!r}" for _, how, x in bad)
                raise ReadoutFileError(f"{path}:{bad[0][0]}: the header ({', '.join(keys)}) {said}, not '---': a header "
                                       "opens and closes with a line of three hyphens (a word processor turns '---' "
                                       "into a dash, '—'); write '---'")
            return
        if not stripped or stripped.startswith("#") or (keys[-1:] == ["participants"] and _list_item(stripped)):
            continue
        key, sep, _ = _key_value(stripped)
        if not sep or key not in HEADER_KEYS:
            return
        keys.append(key)


def _parse_header(path: Path, text: str) -> tuple[dict[str, Any], str]:
    lines = text.splitlines(keepends=True)
    _dashed_header(path, lines)
    first = _header_opens(lines)
    if first is None:
        if keys := _closed_keys(lines):  # header lines a '---' closes, but none opened
            # read as text, the header became the first point and its side and date were lost, in silence
            raise ReadoutFileError(f"{path}: the file opens with header lines ({', '.join(keys)}) and a '---' line "
                                   "closes them, but no '---' line opens them; add a '---' line before them")
        if keys := _unfenced_keys(lines):
            # "side: US" and "date: ..." above the text with no '---' lines were read as the first point's text, and
            # the side became the file's name ("call"), with no more than a warning that it is no government
            raise ReadoutFileError(f"{path}: the file opens with header lines ({', '.join(keys)}) that no '---' lines "
                                   "fence, so they would be read as the readout's text; put a line '---' before them "
                                   "and another after them")
        return {}, text
    meta: dict[str, Any] = {}
    key = ""
    never_closed = f"{path}: header opened with '---' on line {first + 1} is never closed by a '---' line"
    closed = any(line.strip() == "---" for line in lines[first + 1:])
    for n, line in enumerate(lines[first + 1:], start=first + 2):
        stripped = line.strip()
        if stripped == "---":
            body = "".join(lines[n:])
            if isinstance(meta.get("participants"), list):
                meta["participants"] = tuple(meta["participants"])
            return meta, body
        if not stripped or stripped.startswith("#"):
            continue
        if (item := _list_item(stripped)) is not None and key == "participants" and isinstance(meta[key], list):
            # YAML's block list under "participants:" ("  - Antony Blinken"), as front matter writes one: was
            # "header line is not 'key: value': '- Antony Blinken'"
            if name := _unquote(re.sub(r"(?:^|[ \t]+)#.*", "", item) if item[:1] not in "'\"" else item):
                meta[key].append(name)
            continue
        if key == "participants" and isinstance(meta.get(key), list):
            meta[key] = tuple(meta[key])
        key, sep, value = _key_value(stripped)
        if (not sep or key not in HEADER_KEYS) and not closed:
            # The readout's text after a header whose closing line was forgotten: say that, not
            # that its first sentence is a bad header line.
            raise ReadoutFileError(f"{never_closed} (line {n} looks like the readout's text: {stripped[:60]!r})")
        if not sep:
            raise ReadoutFileError(f"{path}:{n}: header line is not 'key: value': {stripped[:60]!r}")
        if key not in HEADER_KEYS:
            # "sied" or "langauge" got the list of keys and no word of the one meant, as from_text(sied=...) gets
            hint = f" ({hint})" if (hint := key_hint(key, HEADER_KEYS)) else ""
            raise ReadoutFileError(
                f"{path}:{n}: unknown header key {key!r}{hint}; known keys: {', '.join(HEADER_KEYS)}")
        if key in meta:  # a second value would silently win; the file is ambiguous
            raise ReadoutFileError(f"{path}:{n}: header key {key!r} appears twice; keep one")
        value = value.strip()
        if key != "title" and not value.startswith(("'", '"', "[")):
            # "side: US  # the State Department": YAML's comment, not the value's text (the side was "US  # the
            # State Department", in silence; a participant's name took it too). A title keeps its "#":
            # "Readout of call #3", where YAML would cut it
            value = re.sub(r"(?:^|[ \t]+)#.*", "", value)
        value = _unquote(value)
        if not value and key == "participants":  # a block list's items may follow
            meta[key] = []
            continue
        if not value and key == "date":  # no date, as an empty title is no title (it was "date '' is not YYYY-MM-DD")
            meta[key] = None
            continue
        if key == "participants" and value.startswith("[") and re.fullmatch(r"[ \t]+#.*", value[value.rfind("]") + 1:]):
            value = value[:value.rfind("]") + 1]  # "[A, B]  # comment": YAML's comment, not a name's text
        if key == "participants" and value.startswith("[") and value.endswith("]"):
            # YAML's flow list, "[Antony Blinken, "Xi, Jinping"]": the names, a quoted one kept whole
            items = _flow_items(value[1:-1])
            if items is None:
                raise ReadoutFileError(f"{path}:{n}: participants: a quote in {value[:60]!r} is never closed")
            meta[key] = tuple(x for x in items if x)
            continue
        if key == "date":
            # fromisoformat alone takes "20220201" and "2022-W05-2" too, which Readout(date=...) refuses; a time of
            # day ("2022-02-01T10:00") is dropped, as Readout(date=...) drops it
            day = iso_day(value)
            if day is None:
                raise ReadoutFileError(f"{path}:{n}: date {value!r} is not YYYY-MM-DD{date_hint(value)}")
            meta[key] = day
        else:
            meta[key] = value  # participants stay "A; B": Readout splits them at ";"
    raise ReadoutFileError(never_closed)


def same_path(x: str | os.PathLike[str], y: str | os.PathLike[str]) -> bool:
    """Whether two existing paths name one file or folder (links and relative paths resolved)."""
    try:
        x, y = Path(x).expanduser(), Path(y).expanduser()
        return x.exists() and y.exists() and x.samefile(y)
    except (OSError, RuntimeError):  # RuntimeError: a "~" that names no home folder, so no file
        return False


_QUOTED_COMMENT = re.compile(r"""('(?:[^']|'')*'|"(?:[^"\\]|\\.)*")[ \t]+#.*""")


def _unquote(value: str) -> str:
    """A header value without the quotes YAML allows around it (``side: "US"``), and with YAML's
    escapes for the quote itself undone: ``'Blinken''s call'`` and ``"the \\"reset\\""``. A comment
    after a quoted value is dropped, as YAML drops it (``title: "Call: A"  # draft``: the title was
    kept with its quotes and the comment)."""
    if m := _QUOTED_COMMENT.fullmatch(value):
        value = m.group(1)
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\([\\"])', r"\1", value[1:-1]).strip()
    return value


def _flow_items(inner: str) -> list[str] | None:
    """The items of a YAML flow list's inside (``A, "B, C"`` -> ``['A', 'B, C']``), unquoted; a comma
    inside quotes is part of its item. None where a quote is never closed."""
    items, buf, quote = [], [], ""
    for ch in inner + ",":
        if quote:
            if ch == quote:
                quote = ""
            buf.append(ch)
        elif ch in "\"'" and not "".join(buf).strip():
            quote = ch
            buf.append(ch)
        elif ch == ",":
            items.append(_unquote("".join(buf).strip()))
            buf = []
        else:
            buf.append(ch)
    return None if quote else items


def _named_side(p: Path) -> str:
    """:func:`_default_side` for a file that names no side itself, with a :class:`~readouts.errors.SideWarning`
    where that side is its file's whole name and the cues know no government by it ("call_a.txt"): the
    who-said-what flags then cannot tell the two readouts apart, and nothing said so (the report's
    heading, "call_a vs call_b", looked fine)."""
    side = _default_side(p)
    if side == p.stem and len(side) > 3:
        from .cues import side_code

        if side_code(side) is None:
            warn_user(f"{p}: no side in a header, so the readout's side is the file's name, {side!r}, which the cues "
                      "know as no government: the who-said-what flags (unconfirmed_claim, attribution_shift, "
                      "initiative) cannot tell whose readout is whose; give the side in a header (side: US), as "
                      "side=... (readouts compare --sides US RU), or end the file's name with it (2022-02-01-us.txt)"
                      + _language_named(p), SideWarning)
    return side


#: The side a readout in one of the lexicons' languages is likeliest to be, for a file named by its language
#: ("2021-11-15-zh.txt"): None where the language is no one government's (English).
_LANGUAGE_SIDES = {"zh": "CN", "en": None}


def _language_named(p: Path) -> str:
    """``"; ..."`` where a file's name ends in a language code rather than a side ("2021-11-15-zh.txt": "zh" is
    Chinese, China's side code is CN), else "". The warning that such a name is no side said only to end the
    name with a side, which the user thought it did."""
    stem = p.stem.rstrip("-_. ")  # a separator after the code is read past, as _default_side reads it
    parts = [x for x in re.split(r"[-_. ]+", stem) if x]
    last = parts[-1].lower() if len(parts) > 1 else ""
    if last not in _LANGUAGE_SIDES:
        return ""
    code = _LANGUAGE_SIDES[last]
    side = (f"the Chinese government's side is {code}, {stem[:len(stem) - len(parts[-1])]}{code.lower()}{p.suffix}"
            if code else "end it with the government's code, -us.txt or -uk.txt, and give the language in a "
                         "header (language: en)")
    return f" ({parts[-1]!r} is a language code, not a side: {side})"


def _default_side(p: Path) -> str:
    """The side of a readout file whose header names none: "us.txt" -> "US"; a longer stem whose last part
    (after a "-", "_", "." or a space) is a side code the cues know is that side ("2022-02-01-us.txt", as the
    bundled examples are named; not a first part, "de-escalation.txt"); else the stem as it is.
    ("2022-02-01-us" as the side named no government the cues know, so a claim on the counterpart went
    unflagged: 7 flags on the bundled call instead of 11.)"""
    stem = p.stem
    if len(stem) <= 3:
        return stem.upper()
    parts = [x for x in re.split(r"[-_. ]+", stem) if x]
    if len(parts) > 1:
        from .cues import side_code

        last = parts[-1]
        if 2 <= len(last) <= 3 and last.isalpha() and last.isascii() and (code := side_code(last)) is not None:
            return code
    return stem


def _name_contradiction(p: Path, declared: Any, overrides: dict[str, Any], where: str) -> str | None:
    """The :class:`~readouts.errors.SideWarning` to give where a file's header (or JSON record) names one
    government and its file's name another ("2022-02-01-ru.txt" whose header says ``side: US``), or None.
    One of them is wrong (a readout saved under the other government's name, or a header copied from the
    other readout), and the file was read as its header's side in silence. The header still wins, as a
    declaration wins over the name everywhere else (:func:`_default_side`), and it is a warning, not an
    error, as ``side=`` overriding a header is (:func:`_side_override`). Only a name the convention reads
    as a side ("us.txt", a last part "-ru") and a side the cues know count; ``side=`` given, the name is moot."""
    if "side" in overrides or not isinstance(declared, str) or not declared.strip():
        return None
    from .cues import side_code

    named = _default_side(p)
    if len(p.stem) > 3 and named == p.stem:  # the name gives no side code
        return None
    code, own = side_code(named), side_code(declared)
    if code is None or own is None or code == own:
        return None
    part = p.stem if len(p.stem) <= 3 else re.split(r"[-_. ]+", p.stem.rstrip("-_. "))[-1]
    said = "its header names side" if where == "header" else "its JSON record's 'side' is"
    fix = "header" if where == "header" else "record's 'side'"
    return (f"{p}: {said} {declared!r}, but its file name ({part!r}) names side {code!r}: the readout is side "
            f"{declared!r}, as the {fix} says; if the file holds the {code} readout, correct its {fix}; if the "
            f"{fix} is right, rename the file")


def read_readout(path: str | Path, *, keep_furniture: bool = False, encoding: str | None = None,
                 **overrides: Any) -> Readout:
    """A :class:`Readout` from a ``.txt`` or ``.json`` file (see the module docstring); ``keep_furniture``
    as for :meth:`Readout.from_text` (a ``.json`` record's ``points`` are kept as given anyway);
    ``encoding``: the file's, where it is not UTF-8 (``'cp1251'``, ``'gbk'``, ``'utf-16'``)."""
    _check_path(path, "Readout.from_json(text)")
    _metadata_only(overrides, "they come from the file", ("keep_furniture", "encoding"))
    keep_furniture = check_switch(keep_furniture, "keep_furniture")
    p = expand_user(path)
    if "side" in overrides and overrides["side"] is None:
        # None is "no value" for every keyword (no date, no title); a readout cannot be without a side, and
        # "side must be a string" did not say that leaving the keyword out keeps the file's own
        raise InputError(f"{p}: side=None would leave the readout without a side, which every readout needs; "
                         "leave side out to keep the file's own (its header's or .json record's 'side', else one "
                         "from the file name)")
    suffix = p.suffix.lower()
    if suffix == ".json":
        data = read_json(p, encoding, takes_encoding=True)
        return _readout_from_json(p, data, overrides, keep_furniture)
    markdown = suffix in (".md", ".markdown")  # .markdown too: a report of that name was read as Markdown already
    if suffix not in (".txt", "") and not markdown:
        if hint := _pasted_name(os.fspath(path)):  # "us.txt " is no unsupported type: a pasted name's slip
            raise ReadoutFileError(f"{shown_name(p)}: no such file{hint}")
        raise ReadoutFileError(f"{shown_name(p)}: unsupported file type {suffix!r}; use .txt (or .md) or .json")
    text = read_text(p, encoding, takes_encoding=True)
    meta, body = _parse_header(p, text)
    if meta.get("side") == "" and "side" not in overrides:  # "side:" of a template (side= overrides it)
        # was "invalid readout: side: String should have at least 1 character"
        raise ReadoutFileError(f"{p}: the header's 'side' has no value; give the readout's side (side: US), or drop "
                               "the line to take the side from the file's name")
    if isinstance(meta.get("side"), str):
        # "side: us" kept "us", where us.txt, sides=("us", ...) and --sides us name side "US": "us vs RU" reports
        meta["side"] = side_spelling(meta["side"])
        if "side" not in overrides and (why := long_side(meta["side"], "as the header's side",
                                                          "a header line of its own, 'issuer: ...'")):
            # the readout's message named the keyword issuer=, where the file's header has a line for it
            from .errors import RecordError

            raise RecordError(f"{p}: invalid readout: side: {why}")
    # Readout.from_text refuses these too, with advice for a string, not a file
    record = _json_readout(body)
    if record == "a JSON readout record":
        raise ReadoutFileError(f"{p}: holds a JSON readout record, but a {suffix or 'suffix-less'} file is read as "
                               "text (it would be one point of JSON); name it .json")
    if record:
        raise ReadoutFileError(f"{p}: holds {record} (JSON), not a readout; "
                               + ("read it with Comparison.from_file" if record == "a saved comparison"
                                  else "score it with readouts evaluate DIR"))
    if report := _report_of(body):
        # -o call.md read back as a readout: a readout of the report's lines, in silence
        raise ReadoutFileError(f"{p}: {_a(report)} report of a comparison "
                               "(readouts compare -o / to_" + report.lower() + "()), not a readout; compare the "
                               "readouts it was made from")
    if (markup := _markup_of(body)) == "RTF":
        # TextEdit's and WordPad's rich text named .txt: "{\rtf1\ansi ..." was the first point
        raise ReadoutFileError(f"{p}: an RTF document (rich text, as TextEdit and WordPad save one), not plain text: "
                               "its formatting codes would be read as the readout's text; save it as plain text, "
                               "UTF-8 (TextEdit: Format > Make Plain Text; WordPad: Save as > Plain text document)")
    if markup == "HTML" and not markdown:  # a .md file reads a page's prose (markdown_prose)
        raise ReadoutFileError(f"{p}: an HTML page's source, not plain text: its tags would be read as the readout's "
                               f"text; name the file {p.stem}.md, which is read as the page's prose, or save the "
                               "page's text (a browser's Save Page As > Text Files)")
    if second := _header_keys(body):
        raise ReadoutFileError(f"{p}: a second '---' header ({', '.join(second)}) follows the first; "
                               "merge the two into one")
    if later := _later_header(body):
        # two readout files joined into one were read as one readout, the second one's header lines
        # as the text of a point and its side and date ignored, in silence
        line = len(text.splitlines()) - len(body.splitlines()) + later[0] + 1
        raise ReadoutFileError(f"{p}:{line}: a second '---' header ({', '.join(later[1])}) inside the readout's "
                               "text: two readouts in one file? give each readout a file of its own")
    if "side" not in meta and "side" not in overrides:
        # an empty file is an error, and only that: not first a warning that its name is no side
        meta["side"] = _named_side(p) if body.strip() else _default_side(p)
    heading = None
    if markdown:
        body, heading = markdown_prose(body)
        if heading and not meta.get("title"):
            meta["title"] = heading
    overridden = _side_override(p, meta.get("side"), overrides, "header")
    overridden = overridden or _name_contradiction(p, meta.get("side"), overrides, "header")
    meta.update(overrides)
    try:
        r = Readout.from_text(body, keep_furniture=keep_furniture, **meta)
    except EmptyTextError as exc:
        if markdown and heading:
            raise EmptyTextError(f"{p}: {exc} (a Markdown file's headings are no text)") from None
        if meta.keys() - {"side"} or body != text:  # "empty" of a file that holds a header said nothing of it
            raise type(exc)(f"{p}: {exc} (the file holds a header, and no text under it)") from None
        raise type(exc)(f"{p}: {exc}") from None
    except ReadoutsError as exc:
        raise type(exc)(f"{p}: {exc}") from None
    if overridden:  # once the file is read: a file that cannot be is its error alone
        warn_user(overridden, SideWarning)
    return r


def _side_override(p: Path, declared: Any, overrides: dict[str, Any], where: str) -> str | None:
    """The :class:`~readouts.errors.SideWarning` to give where ``side=`` overrides a side the file itself
    declares (its header's, or its JSON record's ``side``) that is another government's, or None. A side
    of the same government ("United States" for "US", "us" for "US") is none: ``compare``'s ``sides=``
    takes such a file as that side. ``side=`` still wins, as documented (and as ``compare``'s refusal of
    a file ``sides=`` names otherwise advises, to rename one); it overrode a header's "RU" with "US" in
    silence, where a file given for another is likelier than a header that is wrong. A side that only
    the file's name gives is no declaration ("call_a.txt" read as ``side="US"`` is what ``side=`` is for)."""
    given = overrides.get("side")
    if not isinstance(given, str) or not isinstance(declared, str) or not declared.strip() or not given.strip():
        return None
    from .cues import side_code

    if side_key(given) == side_key(declared):
        return None
    code = side_code(given)
    if code is not None and side_code(declared) == code:
        return None
    said = "its header names side" if where == "header" else "its JSON record's 'side' is"
    return (f"{p}: {said} {declared!r}, but side={given!r} overrides it, so the readout is side {given!r}; if the "
            f"file is the other government's readout, read the right one; leave side out to keep {declared!r}, or "
            f"correct the file's {'header' if where == 'header' else 'side'} if it is wrong")


# -- Markdown ---------------------------------------------------------------------------------
_MD_ATX = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_MD_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*")
_MD_RULE = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_MD_FENCE_OPEN = re.compile(r"[ ]{0,3}(`{3,}(?=[^`]*$)|~{3,})")
#: Block-level HTML a Markdown page copied from the web holds ("<p>", "<div ...>", "<li>", "<table>"):
#: each tag is a paragraph break (its text kept, a point of its own), as CommonMark ends a block there.
_MD_BLOCK_TAG = re.compile(r"</?(?:address|article|aside|blockquote|body|caption|center|dd|details|dialog|div|dl|dt|"
                           r"fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|html|li|main|menu|nav|ol|p|pre|"
                           r"section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:\s[^<>]*)?/?>", re.IGNORECASE)
#: An HTML heading on one line: read as the Markdown heading it is (no point; the title if first).
_MD_HTML_HEADING = re.compile(r"<h([1-6])(?:\s[^<>]*)?>((?:(?!\n[ \t]*\n|<h[1-6][\s>]).)*?)</h\1\s*>",
                              re.IGNORECASE | re.DOTALL)  # never over a paragraph break or another heading
#: Block tags right after a list item's marker or a quotation's ">" (kept: group 1).
_MD_MARKED_BLOCK = re.compile(r"^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|(?:>[ \t]?)+))(?:" + _MD_BLOCK_TAG.pattern
                              + r"[ \t]*)+", re.IGNORECASE | re.MULTILINE)
#: An HTML table's row and its cells: read as a Markdown table's (a row a point, its cells joined).
#: HTML lets a row's or a cell's end tag out: a row never runs into the next row, nor a cell into the
#: next cell, so text is never joined to another row's (without end tags each tag is a paragraph break).
_MD_HTML_ROW_OPEN = re.compile(r"<tr(?:\s[^<>]*)?>", re.IGNORECASE)
_MD_HTML_ROW_END = re.compile(r"</tr\s*>", re.IGNORECASE)
_MD_HTML_CELL = re.compile(r"<t([dh])(?:\s[^<>]*)?>((?:(?!<t[dhr][\s>/]).)*?)</t\1\s*>", re.IGNORECASE | re.DOTALL)
#: Script, style and head elements hold no prose: left out with their content; so are a declaration
#: ("<!DOCTYPE html>") and a processing instruction ("<?xml ...?>") of a whole page pasted in.
_MD_NO_PROSE_OPEN = re.compile(r"<(script|style|head|template)(?:\s[^<>]*)?>", re.IGNORECASE)
_MD_DECLARATION = re.compile(r"<![A-Za-z][^<>]*>|<\?[^<>]*\?>")
_MD_LINK_DEF = re.compile(r"[ ]{0,3}\[[^\]]+\]:[ \t]*\S+.*")
_MD_QUOTE = re.compile(r"[ ]{0,3}(?:>[ \t]?)+")
_MD_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<&])")
_MD_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\]]*\])")
_MD_LINK = re.compile(r"\[([^\]]+)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)|\[[^\]]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_MD_CODE = re.compile(r"(`+)(.+?)\1")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM_STAR = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
_MD_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_TABLE_DELIM = re.compile(r"[ ]{0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
_MD_PIPE = re.compile(r"(?<!\\)\|")
#: Inline HTML a Markdown page copied from the web holds ("<br>", "<sup>1</sup>", "<em>..</em>"): only
#: these tag names, so "warned against <unnamed> steps" keeps its word.
_MD_HTML_TAG = re.compile(r"</?(?:a|abbr|b|big|br|cite|code|del|em|font|i|img|ins|kbd|mark|q|s|small|span|strike|strong|"
                          r"sub|sup|u)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_MD_SUP_MARK = re.compile(r"<sup>\s*(?:\[?[0-9a-z]{1,3}\]?|[*†‡§]{1,3})\s*</sup>", re.IGNORECASE)
_MD_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
#: An HTML entity as CommonMark reads one, its semicolon required ("AT&T", "&parameter" are text).
_MD_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Private-use stand-ins for escaped characters ("\\*"), so that no rule reads them as markup.
_MD_SHIELD = 0xF0000


def _entity(ref: str) -> str:
    """The character(s) an HTML entity reference stands for; an unknown name, or a code point that
    is none (0, a surrogate, beyond U+10FFFF), stays as written."""
    if ref[1] == "#":
        code = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ref
    out = html.unescape(ref)
    return ref if out == ref else out


def _md_inline(line: str) -> str:
    """A line's text without inline markup: emphasis, code, strikethrough and link syntax dropped,
    a link's text kept, an image left out, an escaped character kept as itself."""
    line = _MD_ESCAPE.sub(lambda m: chr(_MD_SHIELD + ord(m.group(1))), line)
    line = _MD_CODE.sub(lambda m: m.group(2).strip(), line)
    line = _MD_FOOTNOTE_REF.sub("", line)  # "[^1]": its note (a "[^1]: ..." line) is left out
    line = _MD_SUP_MARK.sub("", line)  # a footnote mark, "<sup>1</sup>": "May.1 Russia" otherwise
    line = re.sub(r"<br\s*/?>", " ", line, flags=re.IGNORECASE)
    line = _MD_HTML_TAG.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    for _ in range(3):  # nested: "***both***", "**a *b* c**"
        line = _MD_STRONG.sub(r"\2", line)
        line = _MD_EM_STAR.sub(r"\1", line)
        line = _MD_EM_UNDER.sub(r"\1", line)
    line = _MD_STRIKE.sub(r"\1", line)
    if line.endswith("\\"):  # a hard line break
        line = line[:-1]
    # "&amp;", "&nbsp;", "&#8220;" of a page copied from the web stood in the points as written: read
    # them as their characters (last, so "&lt;b&gt;" is the text "<b>", not a tag to drop)
    line = _MD_ENTITY.sub(lambda m: _entity(m.group()), line)
    return "".join(chr(ord(ch) - _MD_SHIELD) if ord(ch) >= _MD_SHIELD + 32 and ord(ch) < _MD_SHIELD + 127 else ch
                   for ch in line)


def _fence_closes(opening: str, line: str) -> bool:
    """Whether ``line`` closes the code fence ``opening`` (its backticks or tildes): the same
    character, at least as many, and nothing after them (CommonMark), so a "~~~" inside a "```" block
    is code, not the block's end."""
    stripped = line.strip()
    return (len(line) - len(line.lstrip(" ")) <= 3 and len(stripped) >= len(opening)
            and set(stripped) == {opening[0]})


def _code_spans(text: str) -> tuple[list[int], list[int]]:
    """The inline code spans (```...```, each within its line) of ``text``: their starts and ends."""
    spans = [(m.start(), m.end()) for m in _MD_CODE.finditer(text)] if "`" in text else []
    return [a for a, _ in spans], [b for _, b in spans]


def _in_code_span(spans: tuple[list[int], list[int]], at: int) -> bool:
    """Whether offset ``at`` lies inside one of the code ``spans`` (see :func:`_code_spans`)."""
    k = bisect.bisect_left(spans[0], at) - 1  # the last span that starts before it
    return k >= 0 and at < spans[1][k]


def _in_comment_after(line: str, inside: bool) -> bool:
    """Whether an HTML comment is open at the end of ``line``, given whether one was at its start: a
    ``<!--`` (not in code) with no ``-->`` after it. Line by line, so a long text is read once."""
    pos = 0
    spans: tuple[list[int], list[int]] | None = None
    while True:
        if inside:
            end = line.find("-->", pos)
            if end < 0:
                return True
            inside, pos = False, end + 3
            continue
        start = line.find("<!--", pos)
        if start < 0:
            return False
        spans = spans or _code_spans(line)
        if not _in_code_span(spans, start):
            inside = True
        pos = start + 4


def _md_blocks(text: str) -> str:
    """``text`` without its HTML comments and block-level HTML, code fences' content untouched: a
    fenced block is code, kept as written (a ``<!-- ... -->`` or ``<p>`` in it is code text, where the
    comment used to be dropped from it), and a fence inside a comment is part of the comment."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    prose: list[str] = []
    opening = ""
    # the last line with a "-->": a comment open before a fence closes after it only if that line follows
    last_close = max((k for k, line in enumerate(lines) if "-->" in line), default=-1)
    inside = False  # whether the prose so far ends inside a comment
    for k, line in enumerate(lines):
        bare = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        if opening:
            out.append(line)
            if _fence_closes(opening, bare):
                opening = ""
            continue
        fence = _MD_FENCE_OPEN.match(bare)
        if fence and not (inside and k <= last_close):
            out.append(_md_html(_md_drop_comments("".join(prose))))
            prose = []
            inside = False
            opening = fence.group(1)
            out.append(line)
            continue
        prose.append(line)
        inside = _in_comment_after(line, inside)
    out.append(_md_html(_md_drop_comments("".join(prose))))
    return "".join(out)


def _md_html(text: str) -> str:
    """``text`` with block-level HTML read as Markdown: a heading ``<h2>..</h2>`` as ``## ..``, each
    block tag (``<p>``, ``</div>``, ``<li>``, ``<tr>``) a paragraph break, scripts and styles left out."""
    if "<" not in text:
        return text
    new = _MD_DECLARATION.sub("", _md_no_prose(text))
    new = _MD_HTML_HEADING.sub(lambda m: f"\n\n{'#' * int(m.group(1))} {' '.join(m.group(2).split())}\n\n", new)
    new = _md_html_rows(new)
    # "- <p>Item.</p>": the tags that open a list item or quotation are no break after its marker,
    # which was left alone on its line ("- "), a point of its own
    new = _MD_MARKED_BLOCK.sub(r"\1", new)
    new = _MD_BLOCK_TAG.sub("\n\n", new)
    # "<p>A</p>\n<p>B</p>" gave five line breaks between A and B: one paragraph break is what it means
    return text if new == text else re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", new)


def _md_no_prose(text: str) -> str:
    """``text`` without its script, style, head and template elements; one never closed is kept.
    (A loop with ``str.find``, not one pattern: ``<script>.*?</script>`` ran to the end of the text
    for each unclosed one, quadratic in a long page.)"""
    lower = text.lower()
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # names with no end tag after some point: none after a later one either
    for m in _MD_NO_PROSE_OPEN.finditer(text):
        name = m.group(1).lower()
        if m.start() < pos or name in unclosed:
            continue  # inside an element already left out, or never closed
        end = lower.find(f"</{name}", m.end())
        close = lower.find(">", end) if end >= 0 else -1
        if close < 0:
            unclosed.add(name)
            continue
        out.append(text[pos:m.start()])
        pos = close + 1
    out.append(text[pos:])
    return "".join(out)


def _md_html_rows(text: str) -> str:
    """``text`` with each HTML table row (``<tr>`` to its ``</tr>``, never past the next ``<tr>``) read
    by :func:`_md_html_row`; a row whose end tag is left out keeps its tags (each a paragraph break)."""
    opens = list(_MD_HTML_ROW_OPEN.finditer(text))
    if not opens:
        return text
    out: list[str] = []
    pos = 0
    for k, m in enumerate(opens):
        limit = opens[k + 1].start() if k + 1 < len(opens) else len(text)
        end = _MD_HTML_ROW_END.search(text, m.end(), limit)
        if end is None:
            continue
        out.append(text[pos:m.start()])
        out.append(_md_html_row(text[m.end():end.start()]))
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)


def _md_html_row(row: str) -> str:
    """An HTML table row as a Markdown table's row reads: its cells' text on one line, joined as
    :func:`_md_row` joins them, a paragraph of its own; a row of header cells (``<th>``) alone, the
    column names, is left out as a Markdown table's header row is. ``<td>Ukraine</td><td>Blinken
    urged de-escalation.</td>`` made two points, "Ukraine" one of them."""
    cells = _MD_HTML_CELL.findall(row)
    if not cells or all(kind.lower() == "h" for kind, _ in cells):
        return "\n\n"
    out = ""
    for _, cell in cells:
        cell = " ".join(_MD_BLOCK_TAG.sub(" ", cell).split())
        if not re.sub(r"<[^<>]*>", "", cell).strip():
            continue
        if out:  # the end of the cell before as it reads, its tags aside ("de-escalation.</b>")
            out += " " if re.sub(r"<[^<>]*>", "", out).rstrip()[-1:] in ".;:!?。；：！？" else "; "
        out += cell
    return f"\n\n{out}\n\n"


def _md_drop_comments(text: str) -> str:
    """``text`` without its HTML comments: one inside a line is dropped (with a space beside it, so
    "Biden <!-- x --> spoke" reads "Biden spoke"), one over several lines leaves a line break, and a
    line that held only comments is left blank (a paragraph break, as CommonMark reads it). A
    ``<!--`` never closed is kept as text: the rest of the readout is not silently lost."""
    if "<!--" not in text:
        return text
    parts: list[str] = []
    pos = scan = 0
    spans = _code_spans(text)
    while True:
        start = text.find("<!--", scan)
        if start < 0:
            break
        if _in_code_span(spans, start):  # "`<!-- -->`" is code: kept as written, as in a fenced block
            scan = start + 4
            continue
        end = text.find("-->", start + 4)
        if end < 0:
            break  # never closed: kept as text
        parts.append(text[pos:start])
        pos = scan = end + 3
        if "\n" in text[start:pos]:
            parts.append("\n")
        elif parts[-1][-1:] in (" ", "\t") and text[pos:pos + 1] in (" ", "\t"):
            pos += 1  # one space of the two around it
    parts.append(text[pos:])
    return "".join(parts)


def _md_cells(row: str) -> list[str]:
    """A table row's cells (``| a | b |`` -> ``['a', 'b']``); an escaped pipe ``\\|`` is no border."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [c.strip() for c in _MD_PIPE.split(row)]


def _md_row(row: str) -> str:
    """A table row as one line of text: its cells' text, empty cells left out, joined by "; " (by a
    space after a cell that ends a sentence or clause)."""
    out = ""
    for cell in (_md_inline(c).strip() for c in _md_cells(row)):
        if cell:
            out += (cell if not out else (" " if out[-1] in ".;:!?。；：！？" else "; ") + cell)
    return out


def markdown_prose(text: str) -> tuple[str, str | None]:
    """The prose of a Markdown readout, and its first heading (None where it has none).

    A heading (``# ...``, or a line underlined with ``===`` / ``---``) is no point: it is left out, as
    are horizontal rules, code fences, link definitions and images. Emphasis (``**``, ``*``, ``__``,
    ``_``, ``~~``, backticks) is dropped and a link ``[text](url)`` reduced to its text; a list item's
    marker (``-``, ``*``, ``+``, ``1.``) and a quotation's ``>`` are dropped, each list item made a
    paragraph of its own (so it is still a point of its own). An HTML comment (``<!-- ... -->``, on one
    line or over several) is left out; one never closed is kept as text. A fenced code block's lines
    are kept as written (comments and tags in them too); block-level HTML is a paragraph break, an
    ``<h2>`` a heading, a ``<script>`` or ``<style>`` left out (see :func:`_md_blocks`). A table (a row of cells, a
    delimiter row ``|---|---|`` under it, and the rows that follow) gives each row below its
    delimiter row as a point of its own, its cells joined by ``"; "``; its header row, the column
    names, is left out as a heading is. The rest of the text is kept, line by line.
    """
    lines = _md_blocks(text).splitlines()
    out: list[str] = []
    heading: str | None = None
    opening = ""  # the open code fence's backticks or tildes
    table = ""  # "delimiter" after a table's header row, "rows" below its delimiter row
    for k, raw in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if opening:
            if _fence_closes(opening, raw):
                opening = ""
                out.append("")
            else:
                out.append(raw)
            continue
        fence = _MD_FENCE_OPEN.match(raw)
        if fence:
            opening = fence.group(1)
            table = ""
            out.append("")
            continue
        line = _MD_QUOTE.sub("", raw, count=1) if _MD_QUOTE.match(raw) else raw
        if table == "delimiter":
            table = "rows"
            continue  # the delimiter row under the header row just left out
        if table:
            if line.strip() and _MD_PIPE.search(line):
                out.extend((_md_row(line), ""))  # a row is a point of its own
                continue
            table = ""
        nxt_line = _MD_QUOTE.sub("", nxt, count=1) if _MD_QUOTE.match(nxt) else nxt
        if (_MD_PIPE.search(line) and _MD_TABLE_DELIM.fullmatch(nxt_line) and _MD_PIPE.search(nxt_line)
                and len(_md_cells(line)) == len(_md_cells(nxt_line))):
            table = "delimiter"  # a table's header row: its column names, no point (as a heading is none)
            out.append("")
            continue
        atx = _MD_ATX.fullmatch(line)
        setext = (line.strip() and not _MD_ITEM.match(line) and _MD_SETEXT.fullmatch(nxt)
                  and not _MD_RULE.fullmatch(line) and not _MD_SETEXT.fullmatch(line))
        if atx or setext:
            title = _md_inline((atx.group(2) or "") if atx else line.strip()).strip()
            if heading is None and title:
                heading = title
            out.append("")
            continue
        if _MD_SETEXT.fullmatch(line) and k and out and out[-1] == "" and lines[k - 1].strip():
            out.append("")  # the underline of the heading just left out
            continue
        if _MD_RULE.fullmatch(line) or _MD_LINK_DEF.fullmatch(line):
            out.append("")
            continue
        item = _MD_ITEM.match(line)
        if item:
            if out and out[-1].strip():
                out.append("")  # a paragraph break: the item is a point of its own
            line = line[item.end():]
        out.append(_md_inline(line))
    return "\n".join(out).strip("\n") + "\n", heading


def _readout_from_json(p: Path, data: Any, overrides: dict[str, Any], keep_furniture: bool = False) -> Readout:
    """A readout from parsed JSON: a record as ``model_dump_json`` writes it (points as objects with
    their spans, and the text they index), or the simple shape of a gold file's side: metadata and
    either ``points`` (a list of strings, kept as given) or ``text`` (split into points), not both."""
    if not isinstance(data, dict):
        raise ReadoutFileError(f"{p}: expected a JSON object holding a readout, got {type(data).__name__}")
    points = data.get("points")
    if isinstance(points, list) and points and all(isinstance(x, dict) for x in points):
        try:  # the record shape: pydantic checks every field, spans against the text included
            r = Readout.model_validate({**data, **overrides})
        except ValidationError as exc:
            raise ReadoutFileError(f"{p}: not a readout record: {_first_error(exc)}") from None
        if overridden := (_side_override(p, data.get("side"), overrides, "record")
                          or _name_contradiction(p, data.get("side"), overrides, "record")):
            warn_user(overridden, SideWarning)
        return r
    unknown = sorted(set(data) - set(HEADER_KEYS) - {"points", "text"})
    if unknown:  # a misspelt key ("langauge") would silently be lost
        # Two readouts in one file: an annotated pair (or a saved Comparison), not one readout.
        what = ""
        if data.get("format") == "readouts-evaluation/1":
            what = (" (this is an evaluation result, readouts evaluate --summary FILE.json: read it with "
                    "readouts.evaluation.EvaluationResult.from_file)")
        elif {"a", "b"} <= set(data):
            what = (" (this is a saved comparison of two readouts, 'a' and 'b': read it with "
                    "Comparison.from_file)" if "signature" in data else
                    " (this is a pair file of two readouts, 'a' and 'b': score it with readouts evaluate DIR, "
                    "or compare its sides with readouts.evaluation.load_annotated(path).a and .b)")
        slips = [hint for key in unknown if (hint := key_hint(key, (*HEADER_KEYS, "points", "text")))]
        slip = f" ({' '.join(slips)})" if slips and not what else ""
        raise ReadoutFileError(f"{p}: unknown key(s) {', '.join(map(repr, unknown))}{slip}; a readout's keys are "
                               f"{', '.join(HEADER_KEYS)}, and 'points' or 'text'{what}")
    meta = {k: v for k, v in data.items() if k in HEADER_KEYS}
    meta = {"side": meta.get("side") if "side" in meta or "side" in overrides else _named_side(p), **meta, **overrides}
    if "points" in data:
        if "text" in data:  # one of them would be dropped, and nothing says they agree
            raise ReadoutFileError(f"{p}: a JSON readout has 'points' (already split) or 'text' (to be split), "
                                   "not both; keep one")
        if not isinstance(points, list):
            raise ReadoutFileError(f"{p}: 'points' must be a list of strings, not {type(points).__name__}")
        bad = next((i for i, x in enumerate(points) if not isinstance(x, str)), None)
        if bad is not None:
            raise ReadoutFileError(f"{p}: point {bad} must be a string, not {type(points[bad]).__name__}")
        make, source = Readout.from_points, points
    elif isinstance(data.get("text"), str):
        make, source = functools.partial(Readout.from_text, keep_furniture=keep_furniture), data["text"]
    else:
        raise ReadoutFileError(f"{p}: a JSON readout needs 'points' (a list of strings) or 'text' (a string)")
    try:
        r = make(source, **meta)
    except ReadoutsError as exc:
        raise type(exc)(f"{p}: {exc}") from None
    if overridden := (_side_override(p, data.get("side"), overrides, "record")
                      or _name_contradiction(p, data.get("side"), overrides, "record")):
        warn_user(overridden, SideWarning)
    return r


def readout_from_json(data: str | bytes, where: str = "readout JSON") -> Readout:
    """A :class:`Readout` from JSON text: its record (``r.to_json()``, ``r.model_dump_json()``) or the keys of a
    ``.json`` readout file (metadata with ``points`` or ``text``), read as :func:`read_readout` reads such a
    file. What is wrong with it is a :class:`~readouts.errors.RecordError` starting with ``where``; a file's
    name, an :class:`~readouts.errors.InputError` (``Readout.from_json`` was missing, where ``to_json`` and
    ``Comparison.from_json`` were there: an ``AttributeError``)."""
    from .errors import RecordError
    from .records import _names_a_file

    data = json_text(data, where, dict_reader="Readout.model_validate(d)", file_reader="Readout.from_file(path)")
    if not data.strip():
        raise RecordError(f"{where} is empty or white space only")
    if _names_a_file(data):
        raise InputError(f"{_clip(data.strip())!r} is a file name, not JSON text; read the file with "
                         "Readout.from_file(path)")
    if report := _report_kind("", data):
        raise RecordError(f"{where}: {_a(report)} report (c.to_{report.lower()}()), not a readout's JSON")
    parsed = _parse_json(data, where, RecordError, "a readout")
    if isinstance(parsed, dict) and {"a", "b", "signature"} <= set(parsed):
        raise RecordError(f"{where}: a saved comparison, not one readout: read it with Comparison.from_json, "
                          "and take its readouts, c.a and c.b")
    if isinstance(parsed, dict) and "side" not in parsed and not set(parsed) - {*HEADER_KEYS, "points", "text"}:
        # a file's name gives a side where its JSON has none; text has no name. Keys no readout has go on to be named
        # (a pair file's 'a', 'b' and 'gold', an evaluation result's): "the readout has no 'side'" said nothing of it
        raise RecordError(f"{where}: the readout has no 'side'; every readout needs one, e.g. \"side\": \"US\"")
    try:
        return _readout_from_json(Path(where), parsed, {})
    except ReadoutFileError as exc:  # text, not a file: the record's error, as Comparison.from_json raises
        raise RecordError(str(exc)) from None


def read_comparison(path: str | Path) -> Any:
    """A saved :class:`~readouts.records.Comparison` (``readouts compare --format json``,
    ``comparison.model_dump_json()``) from ``path``; a file that is missing, malformed or holds no
    comparison is a :class:`ReadoutFileError` that starts with the path and says what is wrong."""
    _check_path(path, "Comparison.from_json(text)")
    text = read_text(path)
    report = _report_kind(Path(path).suffix.lower(), text)
    if report:
        # -o call.md / call.html read back: "malformed JSON at line 1, column 1: Expecting value" said
        # nothing of why. A readout's .md, which no report's signature line closes, was called a report.
        what = (f"{_a(report)} report" if _report_of(text) or report == "HTML" and text.lstrip()[:1] == "<"
                else f"{_a(report)} file (a readout? read one with Readout.from_file)")
        raise ReadoutFileError(f"{path}: {what}, not a saved comparison; only a comparison saved as "
                               "JSON can be read back (c.to_json(), or readouts compare --format json / -o call.json)")
    if Path(path).suffix.lower() in (".csv", ".tsv") and not text.lstrip().startswith(("{", "[")):
        # c.to_frame().to_csv("call.csv") read back: "malformed JSON at line 1, column 1: Expecting value"
        raise ReadoutFileError(f"{path}: a {Path(path).suffix[1:].upper()} table (to_frame()'s rows?), not a saved "
                               "comparison: a table keeps no readouts, flags or signature; only a comparison saved as "
                               "JSON can be read back (c.to_json(), or readouts compare --format json / -o call.json)")
    if Path(path).suffix.lower() == ".txt" and not text.lstrip().startswith(("{", "[")):
        # a readout's .txt file given by mistake: "malformed JSON at line 1, column 1: Expecting value" said
        # nothing of why, where a readout's .json and a pair file are named as such
        raise ReadoutFileError(f"{path}: a text file, not a saved comparison (a readout? read one with "
                               "Readout.from_file); only a comparison saved as JSON can be read back (c.to_json(), "
                               "or readouts compare --format json / -o call.json)")
    return _comparison(_parse_json(text, str(path), ReadoutFileError, "a comparison"), str(path),
                       ReadoutFileError)


def _a(word: str) -> str:
    return ("an " if word[:1] in "AEHIOU" and word != "Markdown" else "a ") + word


def _report_kind(suffix: str, text: str) -> str:
    """"Markdown" or "HTML" where ``text`` is one of the reports ``to_markdown`` / ``to_html`` write
    (by the file's suffix, or by how it opens), else ""."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return ""
    if suffix in (".html", ".htm") or head.startswith(("<!doctype html", "<html", '<div class="readouts-report"')):
        return "HTML"
    if suffix in (".md", ".markdown") or head.startswith("# "):
        return "Markdown"
    return ""


def json_text(data: Any, where: str, *, dict_reader: str, file_reader: str) -> str:
    """``data`` as JSON text: a str as it is, bytes decoded as UTF-8 (a byte-order mark dropped from either); a
    :class:`~readouts.errors.RecordError` for bytes that are no UTF-8, an
    :class:`~readouts.errors.InputError` for anything else, naming the reader a dict (``dict_reader``)
    or a path (``file_reader``) wants."""
    from .errors import RecordError

    if isinstance(data, (bytes, bytearray)):
        try:
            return bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RecordError(f"{where}: not UTF-8 text (byte {exc.start}); decode it first") from None
    if not isinstance(data, str):
        from .errors import open_file_hint  # with open("call.json") as f: Comparison.from_json(f), as json.load(f)

        hint = (f"; a dict already parsed from JSON is read with {dict_reader}" if isinstance(data, dict)
                else f"; read a saved file with {file_reader}" if isinstance(data, os.PathLike)
                else open_file_hint(data, f"read the file with {file_reader.replace('(path)', '({name!r})')}"))
        raise InputError(f"{where} must be a str (or UTF-8 bytes) of JSON, not {type(data).__name__}{hint}")
    # A byte-order mark read as text (Path(p).read_text(encoding="utf-8") of a file a Windows editor saved) is
    # dropped, as it is from bytes and from a file: it was "malformed JSON at line 1, column 1: Unexpected
    # UTF-8 BOM", where the same JSON as bytes, or from_file, read
    return data[1:] if data.startswith("\ufeff") else data


def comparison_from_json(data: str | bytes, where: str = "comparison JSON") -> Any:
    """A :class:`~readouts.records.Comparison` from its JSON text; malformed or truncated JSON, a key
    given twice, or JSON that holds no comparison (another kind of record, another version's) is a
    :class:`~readouts.errors.RecordError` saying which."""
    from .errors import RecordError

    data = json_text(data, where, dict_reader="Comparison.model_validate(d)",
                     file_reader="Comparison.from_file(path)")
    if not data.strip():
        raise RecordError(f"{where} is empty or white space only")
    from .records import _names_a_file

    if _names_a_file(data):  # Comparison.from_json("call.json"): "malformed JSON at line 1, column 1" said not why
        raise InputError(f"{_clip(data.strip())!r} is a file name, not JSON text; read the file with "
                         "Comparison.from_file(path)")
    if report := _report_kind("", data):
        raise RecordError(f"{where}: {_a(report)} report (c.to_{report.lower()}()), not a saved comparison; "
                          "only a comparison's JSON can be read back (c.to_json())")
    return _comparison(_parse_json(data, where, RecordError, "a comparison"), where, RecordError)


def _comparison(data: Any, where: str, error: type[ReadoutsError]) -> Any:
    from . import __version__
    from .records import Comparison

    if not isinstance(data, dict):
        raise error(f"{where}: expected a JSON object holding a comparison, got {type(data).__name__}")
    if not {"a", "b", "signature"} <= set(data):
        kind = ""
        if data.get("format") == "readouts-evaluation/1":
            reader = "from_file" if error is ReadoutFileError else "from_json"
            kind = f" (it is an evaluation result, --summary FILE.json: read it with EvaluationResult.{reader})"
        elif "gold" in data:
            kind = " (it is an annotated pair file: read it with readouts.evaluation.load_annotated)"
        elif "points" in data or "text" in data:
            reader = "Readout.from_file" if error is ReadoutFileError else "Readout.from_json"
            kind = f" (it is one readout: read it with {reader})"
        missing = ", ".join(repr(k) for k in ("a", "b", "signature") if k not in data)
        raise error(f"{where}: not a saved comparison: it lacks {missing}{kind}")
    try:
        c = Comparison.model_validate(data)
    except ValidationError as exc:
        signature = data.get("signature")
        saved = signature.get("version") if isinstance(signature, dict) else None
        other = (f" (saved by readouts {saved}; this is readouts {__version__}, which may not read it)"
                 if isinstance(saved, str) and saved != __version__ else "")
        raise error(f"{where}: not a valid comparison: {_first_error(exc)}{other}") from None
    # the record's own checks hold it to what compare() guarantees: an unknown flag kind, a flag twice, a label
    # its scores contradict (a hand-edited file) are refused; order is put back in compare()'s
    return c
