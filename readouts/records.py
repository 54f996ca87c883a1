"""The public types: a readout, its points, and a comparison of two readouts.

All records are immutable Pydantic v2 models, so a comparison cannot be corrupted after the
fact (assigning to a field raises pydantic's ``ValidationError``, "Instance is frozen", as on any
frozen pydantic model, not a :class:`~readouts.errors.ReadoutsError`), and every record round-trips
exactly through JSON::

    >>> r = Readout.from_text("Blinken spoke with Lavrov. They discussed Ukraine.", side="US")
    >>> [p.text for p in r.points]
    ['Blinken spoke with Lavrov.', 'They discussed Ukraine.']
    >>> Readout.from_json(r.to_json()) == r
    True
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import os
import re
import unicodedata
from collections.abc import ItemsView, Iterable, KeysView, Mapping, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator,
                      model_serializer, model_validator)

from .errors import (ArgumentError, EmptyTextError, FurnitureWarning, InputError, NoSentenceError, RecordError,
                     check_switch, warn_user)
from .segmentation import cut_after_title, cut_at_furniture, furniture_spans, split_spans

__all__ = ["Point", "SetAside", "Readout", "Link", "Span", "Flag", "Signature", "Comparison", "Label", "SideName",
           "FrozenDict", "RecordValidationError", "side_key", "side_spelling"]

Label = Literal["equivalent", "asymmetric"]
SideName = Literal["a", "b"]

# allow_inf_nan=False: JSON has no NaN or infinity (pydantic writes null), so a record holding one
# could be written but never read back; refuse it when the record is made.
_FROZEN = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class RecordValidationError(RecordError, ValidationError):
    """A record built directly (``Point(...)``, ``Readout(...)``, ``Comparison(...)``) or read with pydantic's
    ``model_validate``, ``model_validate_json`` or ``model_validate_strings`` does not hold: pydantic's own
    ``ValidationError``, with its ``errors()`` and message, and a :class:`~readouts.errors.RecordError` as well, so
    ``except readouts.ReadoutsError`` catches a bad record as it catches bad input to ``from_text`` or ``compare``
    (it let pydantic's error through), and ``except pydantic.ValidationError`` catches it as before."""


def _record_error(exc: ValidationError, input_type: Literal["python", "json"] = "python") -> ValidationError:
    """``exc`` as a :class:`RecordValidationError` (the same title and errors), or ``exc`` itself where pydantic
    cannot make one of its errors again (an error type of its own that it does not list)."""
    if isinstance(exc, RecordError):
        return exc
    try:
        return RecordValidationError.from_exception_data(exc.title, exc.errors(),  # type: ignore[arg-type]
                                                         input_type)
    except Exception:  # pragma: no cover - every error type the records raise is pydantic's own
        return exc


def _text_given(cls: type, obj: Any, exc: ValidationError) -> ValidationError | None:
    """For ``model_validate`` given JSON text or a file's name (a str, bytes or a path) where it takes a dict or a
    record, a :class:`RecordValidationError` that says what to call instead; None for any other error. It was
    pydantic's "Input should be a valid dictionary or instance of Comparison", which left the user to find out that
    the text goes to ``model_validate_json`` (or ``from_json``) and a file to ``from_file``."""
    if not isinstance(obj, (str, bytes, bytearray, os.PathLike)) or [e["type"] for e in exc.errors()] != ["model_type"]:
        return None
    from pydantic_core import PydanticCustomError

    name = cls.__name__
    text = obj.decode("utf-8", "replace") if isinstance(obj, (bytes, bytearray)) else obj
    readers = [f"{name}.model_validate_json(...)"]
    if hasattr(cls, "from_json"):
        readers.insert(0, f"{name}.from_json(...)")
    if isinstance(text, str) and text.lstrip().startswith(("{", "[")):
        what, fix = "JSON text", f"read it with {' or '.join(readers)}"
    else:
        what = "a path" if isinstance(obj, os.PathLike) else f"a {type(obj).__name__}"
        fix = (f"read a file with {name}.from_file(path), JSON text with {' or '.join(readers)}"
               if hasattr(cls, "from_file") else
               f"read JSON text with {' or '.join(readers)} (a file's: Path(path).read_text(encoding='utf-8'))")
        if hasattr(cls, "from_text"):
            fix += f", a readout's text with {name}.from_text(text, side=...)"
    message = (f"{name}.model_validate takes a dict (or a {name}), not {what}: {fix}")
    try:
        return RecordValidationError.from_exception_data(
            exc.title, [{"type": PydanticCustomError("text_not_dict", message), "loc": (), "input": obj}])
    except Exception:  # pragma: no cover - pydantic-core takes a custom error of this shape since 2.0
        return None


#: What makes a record of each kind from what a user holds, for :func:`_positional_error`.
_MAKERS = {"Readout": "Readout.from_text(text, side=...) makes one of a text, Readout.from_points([...], side=...) "
                      "of sentences, Readout.from_file(path) of a file",
           "Comparison": "readouts.compare(a, b) makes one of two readouts, Comparison.from_file(path) reads a saved one",
           "Gold": "Gold.from_comparison(c) makes one of a comparison"}


def _positional_error(cls: type, args: tuple[Any, ...]) -> ArgumentError:
    """The :class:`~readouts.errors.ArgumentError` (a TypeError, as Python's own) for a record made with values by
    position: it names the fields to give by keyword and, for a readout or a comparison, the constructor meant."""
    fields = getattr(cls, "model_fields", {})
    required = [f"{k}=..." for k, f in fields.items() if f.is_required()]
    shown = ", ".join(required) + (", ..." if len(required) < len(fields) else "")
    maker = _MAKERS.get(cls.__name__)
    return ArgumentError(f"{cls.__name__}(...) takes its fields by keyword ({shown}), not {len(args)} value(s) by "
                         f"position" + (f"; {maker}" if maker else ""))


class _Record(BaseModel):
    """The records' base: bad fields are a :class:`RecordValidationError` (a ``RecordError`` and pydantic's
    ``ValidationError``) whether the record is made by its constructor or one of pydantic's ``model_validate``
    methods. Only the error's class changes: the records nested in one are validated as before (the
    ``__init__`` below is marked as pydantic's own, so pydantic does not route nested records through it)."""

    if not TYPE_CHECKING:  # type checkers keep pydantic's field-by-field signature
        def __new__(cls, *args: Any, **data: Any) -> Any:
            # Readout("US", "He spoke.") was Python's "_Record.__init__() takes 1 positional argument but 3 were
            # given", naming a private class and neither the keywords nor the constructor that takes a text. Here,
            # not in __init__, whose bare **data keeps the signature pydantic shows (help(), a notebook's hints).
            if args:
                raise _positional_error(cls, args)
            return super().__new__(cls)

        def __init__(self, /, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as exc:
                raise _record_error(exc) from None

        __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise (_text_given(cls, obj, exc) or _record_error(exc)) from None

    @classmethod
    def model_validate_json(cls, json_data: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise _record_error(exc, "json") from None

    @classmethod
    def model_validate_strings(cls, obj: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().model_validate_strings(obj, **kwargs)
        except ValidationError as exc:
            raise _record_error(exc) from None


def _whole_index(v: Any) -> Any:
    """A point index as given, but for a bool or a string, which pydantic read as a number: ``True`` as point 1
    and ``"0"`` as point 0 in a link, a flag or ``only_a`` built by hand or edited into a saved comparison's JSON
    (an annotated pair file refuses them alike). numpy's integers stay numbers (an index from ``np.where``)."""
    if isinstance(v, (bool, str, bytes)) or (type(v).__module__ == "numpy" and type(v).__name__ in ("bool", "bool_")):
        raise ValueError(f"a point index must be a whole number (0, 1, ...), not {type(v).__name__} ({v!r})")
    return v


def _whole_indices(v: Any) -> Any:
    """:func:`_whole_index` of each item of a list or tuple of indices, checked before pydantic reads them (on
    each item, a bad one also failed the tuple's length check, as a second error). A list is passed on as a
    tuple: behind this validator pydantic checks JSON's array as a Python value, and strict validation
    (``model_validate_json(..., strict=True)``) takes no list for a tuple."""
    if isinstance(v, (list, tuple)):
        for k, x in enumerate(v):
            try:
                _whole_index(x)
            except ValueError as exc:
                raise ValueError(f"item {k}: {exc}") from None
        return tuple(v)
    return v


#: A point's index in a span: an int (or numpy integer), never a bool or a string read as one.
_Index = Annotated[int, BeforeValidator(_whole_index)]
#: The points of a link's side, a flag or ``only_a`` / ``only_b``, likewise.
_Indices = Annotated[tuple[int, ...], BeforeValidator(_whole_indices)]


def _whole_offset(v: Any) -> Any:
    """A character offset (a point's or set-aside line's ``start`` / ``end``) as given, but for a bool or a string,
    which pydantic read as a number (``"start": true`` of a hand-edited readout JSON was offset 1), as
    :func:`_whole_index` refuses them for an index."""
    try:
        return _whole_index(v)
    except ValueError:
        raise ValueError(f"a character offset must be a whole number (0, 1, ...), not {type(v).__name__} ({v!r})") from None


#: A character offset into a readout's text, likewise.
_Offset = Annotated[int, BeforeValidator(_whole_offset)]


class Point(_Record):
    """One sentence or list item of a readout, with its exact character span in the text."""

    model_config = _FROZEN

    index: _Index = Field(ge=0)
    text: str = Field(min_length=1)
    start: _Offset = Field(ge=0)
    end: _Offset = Field(ge=1)

    @model_validator(mode="after")
    def _span_matches_length(self) -> Point:
        if self.end - self.start != len(self.text):
            raise ValueError(f"point {self.index}: span {self.start}:{self.end} does not fit its text")
        return self


class SetAside(_Record):
    """A line of ``readout.text`` that is no point: a web page's furniture pasted with the readout (a
    "Share" or "Print" button, "Source: Xinhua", "责任编辑：李四", a tag list, a bare URL) or a news agency's
    dateline opening the first paragraph ("MOSCOW, February 1. /TASS/."). ``text`` is
    ``readout.text[start:end]``; ``kind`` says which furniture it is ("page control", "credit", "tags",
    "related links", "page metadata", "URL", "footer", "dateline", "page number", "separator"; see :func:`readouts.segmentation.furniture_spans`;
    and "end marker" or "no words" for a piece a set-aside line cut off from the point it would have joined,
    see :func:`readouts.segmentation.cut_at_furniture`)."""

    model_config = _FROZEN

    start: _Offset = Field(ge=0)
    end: _Offset = Field(ge=1)
    text: str = Field(min_length=1)
    kind: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span_matches_length(self) -> SetAside:
        if self.end - self.start != len(self.text):
            raise ValueError(f"set-aside line {self.text!r}: span {self.start}:{self.end} does not fit its text")
        return self


def _check_text(text: Any) -> str:
    if isinstance(text, (bytes, bytearray)):
        raise InputError("text must be str, not bytes: decode it first (e.g. data.decode('utf-8'))")
    if isinstance(text, os.PathLike):
        raise InputError(f"text must be str, not {type(text).__name__}: read a file with Readout.from_file(path)")
    if not isinstance(text, str):
        from .errors import open_file_hint  # Readout.from_text(open("us.txt"), side="US")

        raise InputError(f"text must be str, not {type(text).__name__}{_missing_hint(text)}{_column_hint(text, True)}"
                         + open_file_hint(text, "read the file with Readout.from_file({name!r}), or pass f.read()"))
    if not text.strip():
        raise EmptyTextError("the readout text is empty or white space only")
    _check_unicode(text, "the readout text")
    return text


def _check_unicode(text: str, what: str) -> None:
    # A lone surrogate (e.g. from a JSON "\ud800" escape) is not text: it cannot be written as
    # UTF-8, so the record could never be serialised; say so here rather than deep in pydantic.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{what} holds a lone surrogate {text[exc.start]!r} at offset {exc.start}, which is not valid "
            "Unicode; fix the source text (often a broken JSON escape such as \\ud800)") from None


#: Control characters a text may hold: tab, the line breaks (LF, CR, VT, FF: a CRLF file, Word's manual line
#: break, a PDF's page break) and NEL, all white space. Every other C0 control (NUL, BEL, BS, ESC, ...), DEL and
#: the C1 controls reached the Markdown and HTML reports as they were: an ESC sequence recoloured a terminal
#: or a CI log that printed the report.
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x85")
#: The control characters (Unicode category Cc: U+0000-001F, U+007F-009F) but :data:`_ALLOWED_CONTROLS`, as
#: one character class: searched in C, not a category look-up per character of every text.
_REFUSED_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_CONTROL_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "backspace", "\x1b": "ESC", "\x7f": "DEL"}


def control_error(text: str, what: str) -> str | None:
    """Why ``text`` (``what``: "point 3", "title") cannot be a readout's: the first control character
    it holds that is no white space, named with its offset; None if it holds none."""
    m = _REFUSED_CONTROL.search(text)
    if m is None:
        return None
    k = m.start()
    ch = text[k]
    name = _CONTROL_NAMES.get(ch, f"U+{ord(ch):04X}")
    hint = (" (a C1 control: Windows-1252 text, its curly quotes and dashes, decoded as Latin-1? decode it as "
            "'cp1252')" if "\x80" <= ch <= "\x9f" else "")
    return (f"{what} holds a control character {ch!r} ({name}) at offset {k}{hint}: it is no text, and the "
            "reports would pass it on to a terminal, a notebook or a CI log as it is; remove it (tabs and "
            "line breaks are allowed)")


def _check_controls(text: str, what: str) -> None:
    """:func:`control_error` as an :class:`~readouts.errors.InputError`."""
    why = control_error(text, what)
    if why is not None:
        raise InputError(why)


#: A participant's title in parentheses, set aside when looking for names ("Wang Yi (PRC State Councilor,
#: Foreign Minister)" holds one name).
_PAREN_TITLE = re.compile(r"[(（][^()（）]*[)）]")


def _han_name(part: str) -> bool:
    return len(part) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in part)


def split_participants(value: str) -> tuple[str, ...]:
    """Participants written as one string, "Antony Blinken; Sergey Lavrov" (a header, a JSON readout,
    ``participants=`` given a str): the names between the semicolons. A name that holds a comma
    between two names ("Jake Sullivan, Nikolai Patrushev", "王毅、布林肯") is an
    :class:`~readouts.errors.InputError`: it was one participant, whose last word ("Patrushev") the cues
    then took for a member of the first name's side, so the other side's words were read as one's own.
    A comma before a suffix, a given name or a title ("Charles Q. Brown, Jr.", "Xi, Jinping", "Antony
    Blinken, Secretary of State", "Yuri Ushakov, Kremlin aide") is kept."""
    names = _semicolon_names(value)
    for name in names:
        _one_participant(name)
    return names


def _named_participant(name: str, item: int) -> None:
    """Refuse a participant with no letter: "" (an empty list item), "—", ".". The cues skip it, yet it
    took a place in the list, whose first name is taken for the readout's own principal: with
    ``["", "Ann Smith", "Bob Jones"]`` Ann Smith was read as the other side's, in silence."""
    if any(ch.isalpha() for ch in name):
        return
    what = f"participant {item} is empty or white space only" if not name else \
        f"participant {item} ({name!r}) holds no letter"
    raise InputError(f"{what}: no name; leave it out of the list (the first participant is read as the readout's "
                     "own principal, so an empty place gives the names after it to the wrong side)")


def _semicolon_names(value: str) -> tuple[str, ...]:
    """The names of a participants string, split at ";" (unchecked)."""
    return tuple(x.strip() for x in value.split(";") if x.strip())


def _one_participant(name: str, item: int | None = None) -> None:
    """Refuse a participant that holds a comma between two names (see :func:`split_participants`);
    ``item`` is its place in a list of participants, which is named, and whose fix is another item."""
    from .cues import title_part  # a title after a comma ("Antony Blinken, Secretary of State") is no second name

    parts = [x.strip() for x in re.split(r"[,，、]", _PAREN_TITLE.sub("", name))]
    # a part of two words or more that opens with a capital, or a Chinese name: "Jr." and "Jinping" are none
    whole = [x for k, x in enumerate(parts) if x and not (k and title_part(x)) and (x[0].isupper() or _han_name(x))
             and (len([w for w in x.split() if any(ch.isalpha() for ch in w)]) >= 2 or _han_name(x))]
    if len(whole) >= 2:
        where, fix = _participant_fix(whole, item)
        raise InputError(
            f"{where}: {name!r} holds a comma between names ({' | '.join(repr(w) for w in whole)}) and "
            f"would be read as one participant; {fix}; only if {whole[1]!r} is a title of {whole[0]!r}, not "
            f"a person, write {f'{whole[0]} ({whole[1]})'!r}, as what parentheses hold is read as a title")
    # "Blinken, Lavrov": one word each side of the comma is "Xi, Jinping" (surname, given name) as far as the
    # rule above can tell, and it was kept as one participant, Lavrov then read as a US name. Where every part
    # is one word that the cues know as a name of a side, and they are names of two sides or more, they are two
    # people (or more); two of one side ("Wang, Yang", Wang Yang written surname first) were read right anyway.
    known = [x for k, x in enumerate(parts) if x and not (k and title_part(x))]
    if len(known) >= 2 and all(len(x.split()) == 1 and x[:1].isupper() for x in known):
        sides = [_known_side(x) for x in known]
        if all(sides) and len(set(sides)) >= 2:
            where, fix = _participant_fix(known, item)
            raise InputError(
                f"{where}: {name!r} holds a comma between names of {len(known)} people "
                f"({' | '.join(f'{x!r}, a {side} name' for x, side in zip(known, sides))}) and would be read as "
                f"one participant, the others taken for the first one's side; {fix}")
    whole = _and_names(name)
    if len(whole) == 2:
        word = _AND.search(_PAREN_TITLE.sub("", name)).group().strip()
        where, fix = _participant_fix(whole, item)
        raise InputError(
            f"{where}: {name!r} joins two names with {word!r} ({' | '.join(repr(w) for w in whole)}) and would "
            f"be read as one participant, the second taken for the first one's side; {fix}; only if it is one "
            f"name, not two people (a country: 'Bosnia and Herzegovina'), write it in parentheses after the "
            f"person it describes ({f'<person> ({name})'!r}), as what parentheses hold is read as a title")


def _known_side(word: str) -> str | None:
    """The side whose name the cues' lexicons know ``word`` for ("Lavrov": "RU", "Blinken": "US"), else None
    ("Jinping", "Sergey")."""
    from .cues import lexicon, participant_sides

    return next((side for side in participant_sides([word], "", None, lexicon("en", warn=False)).values() if side), None)


#: "Blinken and Lavrov", "Лавров и Блинкен", "王毅和布林肯": two people joined as one participant.
_AND = re.compile(r"\s+(?:and|&|и)\s+|\s*[和与及]\s*")


def _and_names(name: str) -> list[str]:
    """The two names of a participant that joins two people with "and" ("Blinken and Lavrov"), else
    ``[name]``; what parentheses hold is a title, and its "and" joins nobody."""
    joined = [x.strip() for x in _AND.split(_PAREN_TITLE.sub("", name).strip())]
    return joined if len(joined) == 2 and all(_name_like(x) for x in joined) else [name]


def _name_like(part: str) -> bool:
    """One side of an "and" in a participant: a Chinese name, or one to three capitalised words that are
    no title ("Blinken", "Sergey Lavrov", "Foreign Minister Lavrov"; not "Foreign Minister")."""
    from .cues import title_part

    if _han_name(part):
        return True
    words = [w for w in part.split() if any(ch.isalpha() for ch in w)]
    return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and not title_part(part)


def _participant_fix(whole: list[str], item: int | None) -> tuple[str, str]:
    """Where a participant that names two people stands, and how to give them as two."""
    if item is None:
        return "participants", f"separate two people with ';' ({'; '.join(whole)!r}) or give a list"
    return f"participant {item}", f"give each person as an item of the list ({list(whole)!r})"


#: What a readout file's name ends in (``Readout.from_file`` reads these).
_FILE_SUFFIXES = (".txt", ".md", ".markdown", ".json")


def _names_a_file(text: str) -> bool:
    """Whether ``text`` is a file's name rather than a readout: one line that names an existing file,
    or one word ending as a readout file does ("us.txt", "calls/ru.json")."""
    s = text.strip()
    if not s or "\n" in s or len(s) > 4096:
        return False
    if not any(ch.isspace() for ch in s) and s.lower().endswith(_FILE_SUFFIXES):
        return True
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):  # a NUL byte, a name too long: no file
        return False


#: The longest side name a readout takes: "United Kingdom of Great Britain and Northern Ireland" is 52 characters.
MAX_SIDE_CHARS = 100


def _side_name(side: Any, function: str) -> None:
    """Refuse what is no side's name, for the public helpers: ``side_key(None)`` was ``re``'s bare ``TypeError:
    expected string or bytes-like object``, naming neither the function nor what it takes."""
    if not isinstance(side, str):
        raise InputError(f"{function} takes a side's name (a str such as 'US'), not {type(side).__name__} "
                         f"({_clip(repr(side), 40)})")


def side_key(side: str) -> str:
    """What two side names are compared by: NFKC-normalised and case-folded, so that "Türkiye" typed
    precomposed (NFC) or as "u" and a combining diaeresis (NFD, as macOS file names and some web pages
    give it), full-width "ＵＳ" (a CJK input method) and "US", "us" and "US", or "U\\u200bS" (a zero-width
    space inside, see :func:`_visible_side`) and "US", are one side. The readout keeps its side as given
    (less such invisible characters), for display; only comparisons use this.

    >>> side_key("Tu\u0308rkiye") == side_key("T\u00fcrkiye"), side_key("ＵＳ")
    (True, 'us')
    """
    _side_name(side, "side_key")
    # white space inside collapsed: "United  States" (two spaces, or a no-break space) shows as "United States" in
    # the HTML page and was another side, so the reports named them alike and told them apart by no "(a)", "(b)"
    return " ".join(unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", _visible_side(side)).casefold()).split())


def long_side(side: str, given: str = "as the side", issuer: str = "issuer=") -> str | None:
    """What is wrong with ``side`` where it is longer than :data:`MAX_SIDE_CHARS` (stripped of white space), else
    None. ``given`` and ``issuer`` say how the caller takes a side and an issuer: the keywords by default, a
    file's header lines or the command line's ``--sides`` where the side came from one (the command line's
    message named ``issuer=``, a keyword it does not take)."""
    v = side.strip()
    if len(v) <= MAX_SIDE_CHARS:
        return None
    return (f"side is {len(v)} characters long ({_clip(v)!r}); a side is a short name of at most {MAX_SIDE_CHARS} "
            f"characters, e.g. 'US', 'RU' or 'China': was the text or the title given {given}? The ministry or "
            f"office that published it goes in {issuer}")


def _strip_side(name: str) -> str:
    """A side name without the white space and the invisible format characters around it (a bidi mark, a
    zero-width space or a BOM pasted with "US" from a web page or a Word document): "US\u200f" was a side
    that showed as "US" in every report, and was another side than "US" in silence; one of them alone
    ("\u200b") was a side, invisible in the reports' headings. Inside a name they go too, except where
    they can shape it (see :func:`_visible_side`)."""
    edge = r"[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]*"
    return _visible_side(re.sub(f"^{edge}|{edge}$", "", name))


#: Invisible characters that never belong inside a side's name: zero-width space, word joiner and the
#: invisible operators, BOM, soft hyphen, Mongolian vowel separator.
_NEVER_IN_SIDE = re.compile("[\u00ad\u180e\u200b\u2060-\u2064\ufeff]")
#: The zero-width (non-)joiner: meaningful between two letters of a script that joins or shapes them (Persian
#: "ایالات\u200cمتحده", Indic scripts, an emoji sequence), noise between Latin, Cyrillic, Greek or CJK ones.
_JOINER = re.compile("[\u200c\u200d]")
#: Direction marks and controls: meaningful in a name that holds right-to-left letters, noise in any other.
_DIRECTION = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _joins(ch: str) -> bool:
    """Whether a zero-width (non-)joiner next to ``ch`` can change how the name shows: ``ch`` is a letter,
    mark or symbol of a script past Cyrillic and Armenian (Hebrew, Arabic, Indic ...) that is not CJK, or an emoji."""
    o = ord(ch)
    return (o >= 0x0590 and not (0x1D00 <= o <= 0x1FFF or 0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7FF
                                 or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF)
            and unicodedata.category(ch)[0] in "LMS") or unicodedata.category(ch) in ("So", "Sk")


def _visible_side(name: str) -> str:
    """``name`` without the invisible characters inside it that only make it another side than the one it
    shows: "U\u200bS" (a zero-width space pasted from a web page or a PDF) was a side other than "US", in
    silence, printed as "US" in every heading, and no government to the cues. Kept: a (non-)joiner between
    two letters of a script it shapes, a direction mark in a right-to-left name.

    >>> _visible_side("U\u200bS"), _visible_side("R\u2060U\ufeff"), _visible_side("U\u200dS")
    ('US', 'RU', 'US')
    >>> _visible_side("\u0627\u06cc\u200c\u0645") == "\u0627\u06cc\u200c\u0645"
    True
    """
    if not (_NEVER_IN_SIDE.search(name) or _JOINER.search(name) or _DIRECTION.search(name)):
        return name
    name = _NEVER_IN_SIDE.sub("", name)
    name = _JOINER.sub(lambda m: m.group() if 0 < m.start() < len(name) - 1 and _joins(name[m.start() - 1])
                       and _joins(name[m.end()]) else "", name)
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        name = _DIRECTION.sub("", name)
    return name


def side_spelling(name: str) -> str:
    """A side as ``sides=`` (and ``readouts compare --sides``) names it, and a readout file's header: stripped,
    and a side code the cues know given in another case ("us", "Ru", full-width "ｕｓ") in its upper case, "US",
    as a file named ``us.txt`` is side "US" (``sides=("us", "ru")`` gave reports headed "us vs ru" where the files'
    names gave "US vs RU", and so did a header ``side: us``); any other name as given ("Russia", "call_a"). A
    readout given its side as a keyword (``Readout.from_text(text, side="us")``, ``side=`` of ``from_file``) or
    in a JSON record keeps it as it is.

    >>> side_spelling(" us "), side_spelling("ｕｓ"), side_spelling("Russia"), side_spelling("xx")
    ('US', 'US', 'Russia', 'xx')
    """
    _side_name(name, "side_spelling")
    name = _strip_side(name)
    folded = unicodedata.normalize("NFKC", name)
    if len(folded) > 3 or folded == name and name == name.upper():
        # no code in another case (the cues' side codes are two letters): not the cues' lexicons loaded for it,
        # which a file's header "side: Russia" or "side: US" does not need
        return name
    from .cues import side_code

    code = side_code(name)
    return code if code is not None and side_key(code) == side_key(name) else name


def side_names(a: str, b: str) -> tuple[str, str]:
    """Two readouts' sides as reports and reprs name them: as given, or, where they are one name
    by :func:`side_key` (two US statements, "US" and "us"), ``"US (a)"`` and ``"US (b)"``, so that
    "Only in US", a table column or a flag's "US 2" says which readout it means.

    >>> side_names("US", "RU"), side_names("US", "us")
    (('US', 'RU'), ('US (a)', 'us (b)'))
    """
    if side_key(a) == side_key(b):  # "Türkiye" in NFC and in NFD, "ＵＳ" and "US" too
        return f"{a} (a)", f"{b} (b)"
    return a, b


def _date_not_number(v: Any) -> Any:
    """Pydantic reads a number as seconds since 1970 (``date=0`` is 1970-01-01); a readout's date is
    a calendar date, so a number is refused. A datetime (pandas' ``Timestamp`` among them) is its
    calendar day, in its own time zone, and so is numpy's ``datetime64`` of a day or a finer unit:
    pydantic refused a time of day and did not know numpy's type ("Input should be a valid date").
    A string with a time of day ("2022-02-01T10:00", "2022-02-01 10:00:00+03:00") is read alike
    (:func:`iso_day`): pydantic refused it where it took the same ``datetime``."""
    if _missing(v):
        raise ValueError(f"a missing value ({v!r}, as pandas gives for an empty cell); pass None where a "
                         "readout has no date")
    if isinstance(v, str) and not v.strip():
        # "" or "  " (a spreadsheet's blank cell, a JSON record's "date": "") is no date, as a blank issuer, title or
        # language is none and a header's blank "date:" line was: it was "input is too short", a date to write
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if type(v).__name__ == "datetime64" and type(v).__module__ == "numpy":
        import numpy as np

        unit = np.datetime_data(v.dtype)[0]
        if unit in ("Y", "M", "W", "generic"):
            what = {"Y": "a year", "M": "a month", "W": "a week", "generic": "no unit"}[unit]
            raise ValueError(f"a calendar day, not {v!r}, a datetime64 of {what}")
        day = v.astype("datetime64[D]").item()
        if not isinstance(day, _dt.date):  # beyond year 9999 or before year 1
            raise ValueError(f"{v!r} lies outside the years 1 to 9999")
        return day
    # numbers.Number, not (int, float): numpy's np.int64(0) (a DataFrame's integer cell) and Decimal(0) were
    # read by pydantic as 1970-01-01, in silence; a bool (Python's or numpy's) is left to pydantic, which refuses it
    if (isinstance(v, numbers.Number) and not isinstance(v, bool) and type(v).__name__ != "bool_"
            or isinstance(v, str) and v.strip().lstrip("-").isdigit()):
        raise ValueError(f"a calendar date, not a number ({v!r})")
    if isinstance(v, str):
        v = v.strip()  # "2022-02-01 " from a spreadsheet cell: pydantic said "input is too short"
        day = iso_day(v)
        if day is not None:
            # Read here, so that strict validation (model_validate_json(..., strict=True)) takes the JSON's own
            # dates: behind this validator pydantic checks the string as a Python value, and strict mode wants a date.
            return day
        hint = date_hint(v)
        if hint:
            # date="1 Feb 2022" got pydantic's "invalid character in year" and a made-up example date, where
            # a file's header named the ISO date to write
            raise ValueError(f"{v!r} is not YYYY-MM-DD{hint}")
    return v


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: An ISO 8601 date and time of day, as ``datetime.isoformat()``, pandas and spreadsheets write it ("2022-02-01T10:00",
#: "2022-02-01 10:00:00+03:00", "2022-02-01T10:00Z", "2022-02-01 10:00:00.123456789"): hour, minute, second and the
#: offset's hours and minutes as groups, checked by :func:`iso_day` (Python 3.10's ``fromisoformat`` reads no "Z").
_ISO_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                            r"(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?")


def iso_day(value: str) -> _dt.date | None:
    """The calendar day of an ISO 8601 date ("2022-02-01") or date and time ("2022-02-01T10:00",
    "2022-02-01 10:00:00+03:00"): the day as written, in the string's own time zone, its time of
    day dropped, as for a ``datetime`` given as the date. None for any other string, and for an
    impossible date or time ("2022-02-30", "2022-02-01T25:00"), which pydantic then names."""
    if _ISO_DATE.fullmatch(value):
        limits: tuple[tuple[str | None, int], ...] = ()
    elif m := _ISO_DATE_TIME.fullmatch(value):
        limits = tuple(zip(m.groups()[1:], (23, 59, 59, 23, 59)))
    else:
        return None
    if any(x is not None and int(x) > top for x, top in limits):
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


#: Dates as pages and people write them, read only to say their ISO form in an error (a readout's date is
#: YYYY-MM-DD): the Chinese way ("2022年2月1日"), day first with the month's name ("1 февраля 2022 г.", "1 Feb 2022",
#: "1st February 2022"), the month's name first ("February 1, 2022", "Feb. 1, 2022": the State Department's and the
#: White House's), and year first ("2022/2/1", "2022-2-1"); day and month as numbers (:data:`_NUMERIC_DATE`).
_OTHER_DATES = (
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[^\W\d_]+)\.?,?\s+(?P<y>\d{4})(?:\s*(?:г\.?|года))?",
               re.IGNORECASE),
    re.compile(r"(?P<m>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.IGNORECASE),
    re.compile(r"(?P<y>\d{4})\s*([-/.])\s*(?P<m>\d{1,2})\s*\2\s*(?P<d>\d{1,2})"),
)
#: An English weekday before such a date ("Tuesday, February 1, 2022", as a press release's dateline has it).
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")


def _month_number(name: str) -> int:
    """1 to 12 for an English month's name or its abbreviation of three letters or more ("Feb", "Sept"), or a
    Russian one as the Russian cue lexicon reads it ("февраля"); 0 for any other word."""
    word = name.lower()
    if len(word) >= 3:
        for number, full in enumerate(_EN_MONTHS, 1):
            if full.startswith(word):
                return number
    from .cues import lexicon  # imported on use: the cues are large

    return next((n for pat, n in lexicon("ru", warn=False).months if pat.fullmatch(word)), 0)


def date_hint(value: str) -> str:
    """``"; write it as '2022-02-01'"`` for a date written the Chinese way ("2022年2月1日"), the Russian
    way ("1 февраля 2022 г."), the English way ("1 Feb 2022", "February 1, 2022") or year first
    ("2022/2/1", "２０２２．２．１"); for day and month as numbers, both readings where both are days
    ("01.02.2022": '2022-02-01' or '2022-01-02'), else the one that is ("13.02.2022"); else ``""``: the
    tail of a date error, which only said the form it wants."""
    text = _WEEKDAY.sub("", unicodedata.normalize("NFKC", value).strip(), count=1)
    for pattern in _OTHER_DATES:
        if m := pattern.fullmatch(text):
            month = m["m"]
            number = int(month) if month.isdigit() else _month_number(month)
            if not number:
                return ""
            try:
                day = _dt.date(int(m["y"]), number, int(m["d"]))
            except ValueError:
                return ""
            return f"; write it as {day.isoformat()!r}"
    if m := _NUMERIC_DATE.fullmatch(text):
        # "01/02/2022" is 1 February in London and 2 January in Washington: the generic example date
        # ("e.g. 2022-02-01") read as its conversion. Each reading is named, or the one where the other is no day.
        first, second, year = int(m["p"]), int(m["q"]), int(m["y"])
        days = []
        for d, mo in ((first, second), (second, first)):
            try:
                days.append(_dt.date(year, mo, d))
            except ValueError:
                pass
        days = list(dict.fromkeys(days))
        if len(days) == 1:
            return f"; write it as {days[0].isoformat()!r}"
        if len(days) == 2:
            return (f"; its day and month could be either way round: write it as {days[0].isoformat()!r} "
                    f"({days[0].day} {_EN_MONTHS[days[0].month - 1].title()}) or {days[1].isoformat()!r} "
                    f"({days[1].day} {_EN_MONTHS[days[1].month - 1].title()})")
    return ""


#: Day and month as numbers before the year, in either order ("01.02.2022", "1/2/2022", "13-02-2022").
_NUMERIC_DATE = re.compile(r"(?P<p>\d{1,2})\s*([./-])\s*(?P<q>\d{1,2})\s*\2\s*(?P<y>\d{4})")


#: Language names and three-letter codes that users write for the three lexicon languages.
_LANGUAGE_NAMES = {
    "english": "en", "eng": "en", "russian": "ru", "rus": "ru", "русский": "ru", "chinese": "zh", "zho": "zh",
    "chi": "zh", "cmn": "zh", "mandarin": "zh", "中文": "zh", "汉语": "zh",
}
#: Codes that declare no one language: ISO 639-2 "und" (undetermined, what readouts.language itself says
#: of a text without letters) and "mul" (several languages). Kept, they were read as the declared
#: language of a readout, one without a lexicon: an English readout marked "und" got no speech acts,
#: no speakers. A readout so marked is taken as undeclared: its language is told from its script.
_NOT_DECLARED = frozenset({"und", "mul"})
#: A language's name with its region or script in brackets, as a site's metadata or a spreadsheet writes it:
#: "English (US)", "English (UK)", "Chinese (Simplified)", read as "en-US", "en-GB", "zh-Hans" (they were refused).
_NAMED_VARIANT = re.compile(r"(?P<name>[^\W\d_]+)\s*[(（]\s*(?P<variant>[^\W\d_]+)\s*[)）]")
#: Script names in such brackets, and the one region name that is no ISO 3166 code ("UK": "GB").
_VARIANT_NAMES = {"simplified": "hans", "traditional": "hant", "latin": "latn", "cyrillic": "cyrl", "uk": "gb"}


def _named_variant(code: str) -> str:
    """``code`` (lower case) as a tag where it is a language's name and a region or script in brackets
    ("english (us)" -> "en-us", "chinese (simplified)" -> "zh-hans"); else ``code`` as it is."""
    m = _NAMED_VARIANT.fullmatch(code)
    if m is None or m["name"] not in _LANGUAGE_NAMES:
        return code
    variant = _VARIANT_NAMES.get(m["variant"], m["variant"])
    return f"{_LANGUAGE_NAMES[m['name']]}-{variant}" if len(variant) == 2 or variant in _VARIANT_NAMES.values() else code


def _tag_case(code: str) -> str:
    """A lower-cased language tag in BCP 47's case convention: language lower, script Title, region
    upper (``"zh-hans-cn"`` -> ``"zh-Hans-CN"``, ``"en_gb"`` -> ``"en_GB"``); separators kept."""
    parts = re.split(r"([-_])", code)
    for k in range(2, len(parts), 2):
        sub = parts[k]
        if len(sub) == 4 and sub.isalpha():
            parts[k] = sub.title()
        elif len(sub) == 2 and sub.isalpha() or len(sub) == 3 and sub.isdigit():
            parts[k] = sub.upper()
    return "".join(parts)


#: A BCP 47-like tag: a primary subtag of 2-3 letters and optional subtags ("en", "zh-Hans", "en_GB").
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*")


class Readout(_Record):
    """One government's account of a call or meeting.

    Build one with :meth:`from_text` (segments the text), :meth:`from_points` (points already
    split) or :meth:`from_file` (``.txt`` with an optional header, or ``.json``).
    """

    model_config = _FROZEN

    #: Kept as given (stripped); compared with other sides by :func:`side_key` (Unicode normalisation, case).
    side: str = Field(min_length=1, description="Who published it, e.g. 'US', 'RU', 'CN'.")
    issuer: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'en', 'ru', 'zh'.")
    date: Annotated[_dt.date | None, BeforeValidator(_date_not_number)] = None
    title: str | None = None
    source_url: str | None = None
    participants: tuple[str, ...] = ()
    text: str
    points: tuple[Point, ...]
    #: Lines of ``text`` that :meth:`from_text` did not make points: page furniture (see :class:`SetAside`).
    #: Left out of the JSON where there is none, so a readout without furniture is written as before
    #: (and read by versions that know no such field).
    set_aside: tuple[SetAside, ...] = ()

    if not TYPE_CHECKING:  # type checkers keep pydantic's field-by-field signature
        def __init__(self, /, **data: Any) -> None:
            try:
                super().__init__(**data)
            except ValidationError as exc:
                # Readout(side="US", points=["He spoke.", ...]) is the first thing a notebook tries: pydantic
                # answered "text: Field required" and "points.0: Input should be a valid dictionary or instance
                # of Point" per sentence, naming neither the record's shape nor the constructor that takes
                # sentences. (Only here, where it failed anyway: a validator would make pydantic read JSON
                # through Python, and strict JSON validation would refuse every array.)
                points = data.get("points")
                if isinstance(points, (list, tuple)) and points and all(isinstance(p, str) for p in points):
                    raise InputError(
                        f"points are Point records (index, text, start, end into the readout's text), not "
                        f"{len(points)} string(s); build a readout from sentences with Readout.from_points([...], "
                        "side=...), or from a whole text with Readout.from_text(text, side=...)") from exc
                raise

    @model_serializer(mode="wrap")
    def _without_empty_set_aside(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict) and not self.set_aside:
            data.pop("set_aside", None)
        return data

    @field_validator("side")
    @classmethod
    def _side_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("side must not be blank")
        # "US " from a spreadsheet cell is "US": kept as given, it was another side than "US" (a
        # SideWarning-free pair of one government) and stood in the report's headings with its space;
        # so is "US\u200f" (an invisible mark pasted with it)
        v = _strip_side(v)
        if not v:
            raise ValueError("side must not be blank (it holds only invisible characters: zero-width spaces, "
                             "bidi marks); give the government's name or code, e.g. 'US'")
        bad = next((ch for ch in v if unicodedata.category(ch) in ("Cc", "Zl", "Zp")), None)
        if bad is not None:
            # "U\nS" broke the Markdown report's heading in two, and a tab or escape misaligned its table
            what = "a line break" if bad in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" else "a control character"
            raise ValueError(f"side {v!r} holds {what} ({bad!r}); a side is a short name on one line, e.g. 'US'")
        if len(v) > MAX_SIDE_CHARS:
            # a 500-character side (a readout's text or title pasted into the wrong cell) was taken in silence and
            # filled every heading, table row and warning that names the readout
            raise ValueError(long_side(v))
        return v

    @field_validator("issuer", "title", "source_url")
    @classmethod
    def _blank_is_none(cls, v: str | None) -> str | None:
        # "" or "  " (a spreadsheet's blank cell) is no issuer, title or URL, as a blank language is none: kept,
        # it put a dangling "—   " in the report's heading and "('  ')" in every warning naming the readout
        return None if v is not None and not v.strip() else v

    @field_validator("participants")
    @classmethod
    def _participants_named(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        # What the constructors refuse (see _build), a record refuses too: model_validate, a readout's .json in
        # the record shape or a saved comparison's readouts took "" or "—" (the names after it then read as the
        # other side's) and "Jake Sullivan, Nikolai Patrushev" (his last word read as the first name's side)
        # "Ann Sm\u200bith" (a zero-width space pasted with it) shows as "Ann Smith" and matched no "Smith" in the
        # points (the cues read them without invisible characters): a name drops them as a side does
        kept = tuple(_strip_side(name) for name in v)
        for i, name in enumerate(kept):
            _named_participant(name, i)
            _one_participant(name, i)
        # "Joe Biden; Joe Biden" (a name pasted twice) was kept twice, and the reports listed him twice: a repeat
        # (as sides are compared: case, Unicode form, white space) says nothing the first one does not, so it
        # goes, the first spelling and the order of first mentions (the first is the principal) kept
        seen: set[str] = set()
        return tuple(name for name in kept if not (side_key(name) in seen or seen.add(side_key(name))))

    @field_validator("language")
    @classmethod
    def _language_code(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        code = v.strip().lower()
        if code in _NOT_DECLARED:
            return None
        code = _named_variant(_LANGUAGE_NAMES.get(code, code))
        if not _LANGUAGE_TAG.fullmatch(code):
            raise ValueError(f"language must be a language code such as 'en', 'ru', 'zh' or 'en-GB', got {v!r}")
        return _tag_case(code)

    @model_validator(mode="after")
    def _valid_unicode(self) -> Readout:
        # A lone surrogate cannot be written as UTF-8: the record could be made but never saved
        # (model_dump_json, the CLI's report), so refuse it here, in any field.
        for name in ("side", "issuer", "language", "title", "source_url", "text"):
            value = getattr(self, name)
            if value is not None:
                _check_unicode(value, name)
        for i, name in enumerate(self.participants):
            _check_unicode(name, f"participant {i}")
        # NUL, ESC & co. (see control_error): in a point, the metadata the reports show, or the text between points
        for p in self.points:
            if why := control_error(p.text, f"point {p.index}"):
                raise ValueError(why)
        for name in ("issuer", "title", "source_url"):
            value = getattr(self, name)
            if value is not None and (why := control_error(value, name)):
                raise ValueError(why)
        for i, name in enumerate(self.participants):
            if why := control_error(name, f"participant {i}"):
                raise ValueError(why)
        if why := control_error(self.text, "the readout text"):
            raise ValueError(why)
        return self

    @model_validator(mode="after")
    def _points_fit_text(self) -> Readout:
        if not self.points:
            raise ValueError("a readout needs at least one point")
        prev_end = 0
        for i, p in enumerate(self.points):
            if p.index != i:
                raise ValueError(f"point indices must run 0..n-1 in order; found {p.index} at position {i}")
            if p.start < prev_end:
                raise ValueError(f"point {i} overlaps the previous one")
            if self.text[p.start:p.end] != p.text:
                raise ValueError(f"point {i}: text[{p.start}:{p.end}] is not the point's text")
            if _invisible(p.text):
                # from_text and from_points make no such point (EmptyTextError), but a record (a hand-edited
                # readout or comparison JSON, model_validate) held one: compare took it as a one-sided point,
                # an empty bullet in the reports, counted in the coverage shares
                raise ValueError(f"point {i} is empty or white space only"
                                 + (" (it holds only invisible characters)" if p.text.strip() else "")
                                 + ": a point says something; drop it (and renumber the points after it)")
            prev_end = p.end
        if self.set_aside:
            # a set-aside line is text no point holds: in the text, in order, beside the points, not in one
            spans = sorted([(p.start, p.end, f"point {p.index}") for p in self.points]
                           + [(x.start, x.end, f"set-aside line {x.text!r}") for x in self.set_aside])
            for x in self.set_aside:
                if self.text[x.start:x.end] != x.text:
                    raise ValueError(f"set-aside line {x.text!r}: text[{x.start}:{x.end}] is not its text")
            if list(self.set_aside) != sorted(self.set_aside, key=lambda x: x.start):
                raise ValueError("set-aside lines must be in the order of the text")
            for (_, end, what), (start, _, other) in zip(spans, spans[1:]):
                if start < end:
                    raise ValueError(f"{other} overlaps {what}: a set-aside line is no part of a point")
        return self

    # -- constructors -------------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, side: str, *, keep_furniture: bool = False, **meta: Any) -> Readout:
        """Split ``text`` into points (sentences, list items) and build the readout. A leading byte
        order mark (U+FEFF) is dropped; the rest of ``text`` is kept exactly, as ``readout.text``.

        Lines of a web page pasted with the readout ("Share", "Print version", "Source: Xinhua",
        "责任编辑：李四", "Теги: ...", a bare URL, the date, month, time and place lines of the page's header,
        "March 3, 2022", "March 2022", "марта 2022", "15:40", "Москва, 5 марта 2022", "2022-03-05 来源：外交部",
        "The Kremlin, Moscow", "北京") and a news agency's dateline
        opening the first paragraph ("MOSCOW, February 1. /TASS/.") are no points: they stay in
        ``readout.text``, are listed in ``readout.set_aside`` and named in a
        :class:`~readouts.errors.FurnitureWarning`.
        A page's title on the line above the first sentence, with no date line between, is a point of its own
        where its form leaves no doubt (:func:`readouts.segmentation.title_line`), as it is with date lines
        between. ``keep_furniture=True`` splits them all as any text (each a point, the title with the first
        sentence, as before).

        >>> Readout.from_text("Lavrov met Blinken in Geneva. Both sides spoke.", side="RU").n
        2
        """
        _metadata_only(meta, "from_text splits the text it is given into points", ("keep_furniture",))
        # A leading byte order mark is no text (files drop it too): kept, it would open the first point.
        text = _check_text(text.removeprefix("\ufeff") if isinstance(text, str) else text)
        if _names_a_file(text):
            # Readout.from_text("us.txt", side="US") made a one-point readout of the file's name, in
            # silence, where compare("us.txt", ...) refused it.
            raise InputError(f"text is {text.strip()!r}, a file name, not a readout's text; read the file with "
                             f"Readout.from_file({text.strip()!r})")
        from .files import _a, _header_keys, _json_readout, _markup_of, _report_of

        keys = _header_keys(text)
        if keys:
            # compare(Path("us.txt").read_text(), ...) kept the header as the first point's text, the side
            # "A" and the date unread, in silence
            raise InputError(f"text opens with a readout file's '---' header ({', '.join(keys)}), which would be read "
                             "as the first point's text and its values ignored; read the file with "
                             "Readout.from_file(path) (or pass compare a pathlib.Path), or give the text after the "
                             f"header and its values as keywords ({', '.join(f'{k}=...' for k in keys)})")
        record = _json_readout(text)
        if record:
            # compare(json.dumps(record), ...), from_text(r.model_dump_json(), ...) or compare(a, c.to_json())
            # made one point of the JSON
            raise InputError(f"text is {record}{'' if 'JSON' in record else ' (JSON)'}, not a readout's text; " + {
                "a JSON readout record": "read it from its .json file with Readout.from_file(path), which takes a "
                                         "readout file's keys and a saved record alike" + _held_as_text(text),
                "a saved comparison": "read it with Comparison.from_json(text); its readouts are .a and .b",
                "a pair file": "score it with readouts.evaluate, or compare its sides, "
                               "Readout.from_points(d['a']['points'], side=d['a']['side']) and d['b']'s"}[record])
        report = _report_of(text)
        if report:
            # compare(a, c.to_markdown()) made a readout of the report's lines, 17 points of it
            raise InputError(f"text is {_a(report)} report of a comparison "
                             f"(to_{report.lower()}()), not a readout's text; compare the readouts it was made from")
        markup = _markup_of(text)
        if markup:
            # a page's source or a rich-text file's: its tags or formatting codes were points, in silence
            raise InputError("text is " + ("an RTF document's source (rich text: '{\\rtf1 ...')" if markup == "RTF"
                                           else "an HTML page's source") + ", not a readout's text: its "
                             + ("formatting codes" if markup == "RTF" else "tags") + " would be read as points; give "
                             "the text itself" + (", or save the page as a .md file: Readout.from_file reads a .md "
                                                  "file's HTML as the page's prose" if markup == "HTML" else ""))
        keep_furniture = check_switch(keep_furniture, "keep_furniture")
        furniture = [] if keep_furniture else furniture_spans(text)
        # the furniture is blanked and the rest split, so the points' spans index the text as given; its last
        # character is blanked as a line break, so that with the line breaks around it a paragraph break stands
        # in its place and no point runs across it (a title line and the text after a dateline stay apart)
        masked = text
        if furniture:
            chars = list(text)
            for s, e, _ in furniture:
                chars[s:e] = [ch if ch in "\r\n\x85\u2028\u2029" else " " for ch in text[s:e - 1]] + ["\n"]
            masked = "".join(chars)
        spans = split_spans(masked) if keep_furniture else cut_after_title(text, split_spans(masked), furniture)
        spans, furniture = cut_at_furniture(text, spans, furniture)
        if not any(any(ch.isalnum() for ch in text[s:e]) for s, e in spans):
            if furniture:
                raise NoSentenceError(f"the readout text holds no sentence, only page furniture ({_furniture_list(text, furniture)}); "
                                      "pass keep_furniture=True to split it all the same")
            raise NoSentenceError("the readout text holds no sentence (no letter or digit)")
        for i, (s, e) in enumerate(spans):  # named by the point that holds it
            _check_controls(text[s:e], f"point {i}")
        _check_controls(text, "the readout text")
        points = tuple(Point(index=i, text=text[s:e], start=s, end=e) for i, (s, e) in enumerate(spans))
        aside = tuple(SetAside(start=s, end=e, text=text[s:e], kind=kind) for s, e, kind in furniture)
        readout = cls._build(side=side, text=text, points=points, set_aside=aside, **meta)
        if aside:
            from .language import readout_label

            warn_user(f"readout {readout_label(readout)}: {count(len(aside), 'line')} of page furniture set aside, "
                      f"not made points: {_furniture_list(text, furniture)}; they stay in readout.text and are listed "
                      "in readout.set_aside (Readout.from_text(..., keep_furniture=True) makes them points)",
                      FurnitureWarning)
        return readout

    @classmethod
    def from_points(cls, points: Iterable[str], side: str, **meta: Any) -> Readout:
        """Build a readout from points already split, one per item, kept as given (no re-segmentation
        and no joining: point ``i`` is item ``i``, so an annotation's point indices stay right).

        White space around each item (a spreadsheet cell's trailing space, an indent, a newline) is
        dropped; what lies inside it is kept as given. The readout's text is the stripped points joined
        by newlines, and each point's span is its place there, so ``r.text[p.start:p.end] == p.text``.
        ``r.texts`` gives the points as kept, not the items as given.

        >>> Readout.from_points(["The call took place.", "Ukraine was discussed."], side="US").text
        'The call took place.\\nUkraine was discussed.'
        >>> Readout.from_points(["  The call took place. ", "Ukraine was\\tdiscussed.\\n"], side="US").texts
        ['The call took place.', 'Ukraine was\\tdiscussed.']
        """
        return cls._from_points(points, side=side, meta=meta, keep_wordless=False)

    @classmethod
    def _from_points(cls, points: Iterable[str], *, side: str, meta: dict[str, Any], keep_wordless: bool) -> Readout:
        """:meth:`from_points`; ``keep_wordless`` keeps a point with no letter or digit beside others (an
        annotated pair file's points are scored by their indices, so such a point is kept there, with a
        warning, where a caller's own points are refused)."""
        _metadata_only(meta, "from_points makes the text of the points it is given")
        if isinstance(points, (str, bytes)):
            raise InputError("points must be a list of strings, not a single string; use Readout.from_text")
        _check_ordered(points, "points")
        try:
            items = list(points)
        except TypeError:
            raise InputError(f"points must be a list of strings, not {type(points).__name__}") from None
        if not items:
            raise EmptyTextError("a readout needs at least one point; got an empty list")
        built: list[Point] = []
        pos = 0
        parts: list[str] = []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                # from_points(r.points): the Point records of a readout, whose text is p.text
                hint = "; a Point's text is p.text, as r.texts gives them all" if isinstance(item, Point) else ""
                raise InputError(f"point {i} must be str, not {type(item).__name__}{_missing_hint(item)}{hint}")
            stripped = item.strip()
            if _invisible(stripped):  # a zero-width space alone shows nothing, as white space does
                raise EmptyTextError(f"point {i} is empty or white space only"
                                     + (" (it holds only invisible characters)" if stripped else ""))
            _check_unicode(stripped, f"point {i}")
            _check_controls(stripped, f"point {i}")
            if i:
                parts.append("\n")
                pos += 1
            built.append(Point(index=i, text=stripped, start=pos, end=pos + len(stripped)))
            parts.append(stripped)
            pos += len(stripped)
        if not any(ch.isalnum() for p in built for ch in p.text):  # as from_text: "...", "!!!" say nothing
            raise NoSentenceError("the points hold no sentence (no letter or digit)")
        for p in built if not keep_wordless else ():
            if not any(ch.isalnum() for ch in p.text):
                # a point "-" or "***" says nothing, yet it was kept, linked and counted as a one-sided point;
                # from_text joins such a piece to its neighbour, but points given are kept as given
                raise NoSentenceError(f"point {p.index} holds no sentence (no letter or digit): {_clip(p.text)!r}; "
                                      "drop it, or join it to the point it belongs to")
        return cls._build(side=side, text="".join(parts), points=tuple(built), **meta)

    @classmethod
    def from_file(cls, path: str | Path, *, keep_furniture: bool = False, encoding: str | None = None,
                  **overrides: Any) -> Readout:
        """Read a ``.txt`` readout (optional ``---`` header of ``key: value`` lines: side, issuer,
        language, date as YYYY-MM-DD, title, source_url, participants separated by ';'), a ``.md`` one
        (the same header, then Markdown prose: headings, emphasis and list markers are no text) or a
        ``.json`` one (the same keys, and ``points`` already split or ``text``). Without a ``side``,
        the file's name gives it (``us.txt`` is "US").

        Keyword arguments override the file's own metadata (e.g. ``side="RU"``, ``date=None`` for no
        date). A ``side`` of another government than the one the file's header (or JSON record) declares
        still wins, with a :class:`~readouts.errors.SideWarning` naming both (a file read for another's?);
        one of the same government (``side="US"`` over ``side: United States``) is none, as
        :func:`readouts.compare`'s ``sides=`` takes it, which refuses a file of another side instead (it
        names readouts; this renames one). ``keep_furniture`` as for :meth:`from_text`. ``encoding``: the
        file's where it is not UTF-8, e.g. ``'cp1251'`` (Russian saved on Windows), ``'gbk'`` (Chinese), ``'utf-16'`` (Notepad's
        "Unicode"); without it a file that is not UTF-8 is refused, naming the encoding it reads as.

        >>> us = Readout.from_file("examples/2022-02-01-us.txt")     # doctest: +SKIP
        """
        from .files import read_readout

        return read_readout(path, keep_furniture=keep_furniture, encoding=encoding, **overrides)

    @classmethod
    def _build(cls, **fields: Any) -> Readout:
        if "participants" in fields and fields["participants"] is None:
            # None is "no participants", as it is "no date" or "no title" (and as the missing-value error
            # below advises); pydantic said "participants: Input should be a valid tuple"
            fields["participants"] = ()
        for name, value in fields.items():
            if _missing(value):  # a DataFrame's empty cell: pydantic said "Input should be a valid string",
                # and of pandas' NaT a TypeError escaped ("'float' object cannot be interpreted as an integer")
                raise InputError(f"{name} is a missing value ({value!r}, as pandas gives for an empty cell); " + (
                    "every readout needs its side, e.g. 'US'" if name == "side" else
                    f"pass None where a readout has no {name}"))
        for name in ("side", "issuer", "language", "date", "title", "source_url"):
            if hint := _column_hint(fields.get(name)):  # side=df["side"]: "must be a string", date= pydantic's words
                raise InputError(f"{name} must be one value, not {type(fields[name]).__name__}{hint}")
        if not isinstance(fields.get("side"), str):
            raise InputError("side must be a string such as 'US' or 'RU'")
        if "participants" in fields:
            _check_ordered(fields["participants"], "participants")
        if isinstance(fields.get("participants"), str):  # "Antony Blinken; Sergey Lavrov", as a file header has it
            fields["participants"] = split_participants(fields["participants"])
        for name, value in fields.items():  # an InputError as for the text, not a RecordError from pydantic
            if isinstance(value, str) and name not in ("text", "points"):
                _check_unicode(value, name)
        if isinstance(fields.get("participants"), Iterable) and not isinstance(fields["participants"], (str, bytes)):
            # a list, a tuple, a numpy array or pandas Series of names: each checked alike
            kept: list[Any] = []
            for i, name in enumerate(fields["participants"]):
                if _missing(name):  # pydantic said "participants.1: Input should be a valid string"
                    raise InputError(f"participant {i} is a missing value ({name!r}, as pandas gives for an empty "
                                     "cell); leave it out of the list")
                if isinstance(name, str):
                    _check_unicode(name, f"participant {i}")
                    # " Joe Biden " from a spreadsheet cell is "Joe Biden", as a side is stripped and as the
                    # names of a "A; B" string are
                    name = name.strip()
                    _named_participant(name, i)
                    # "Jake Sullivan, Nikolai Patrushev" as one item of a list is as much two people as in a
                    # header's string: its last word was read as a member of the first name's side
                    _one_participant(name, i)
                else:  # pydantic said "participants.1: Input should be a valid string", of None or an id number alike
                    raise InputError(f"participant {i} must be a name (str), not {type(name).__name__} "
                                     f"({_clip(repr(name), 40)}); "
                                     + ("leave it out of the list" if name is None else "give the person's name"))
                kept.append(name)
            fields["participants"] = tuple(kept)
        try:
            return cls(**fields)
        except ValidationError as exc:
            raise RecordError(f"invalid readout: {_first_error(exc)}") from None

    # -- conveniences -------------------------------------------------------------------------
    @property
    def n(self) -> int:
        """Number of points."""
        return len(self.points)

    @property
    def texts(self) -> list[str]:
        """The points' texts, in order."""
        return [p.text for p in self.points]

    def to_json(self, indent: int | None = None) -> str:
        """The readout as JSON text, its record (points with their spans, the text they index): what
        :meth:`from_file` reads back from a ``.json`` file to an equal readout, and :meth:`from_json`
        from the text, as :meth:`Comparison.to_json` does a comparison (``us.to_json()`` was an
        ``AttributeError``). ``indent``: None (one line) or a whole number of spaces, 0 or more. It writes no
        file: ``Path("us.json").write_text(us.to_json(), encoding="utf-8")``."""
        from .errors import check_indent

        indent = check_indent(indent, "r", "Readout.from_file")
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Readout:
        """A readout from its JSON text, what :meth:`to_json` writes (or a ``.json`` readout file's keys, as
        :meth:`from_file` reads them): ``Readout.from_json(r.to_json()) == r``. Malformed JSON, or JSON that
        holds no readout, is a :class:`~readouts.errors.RecordError` saying which."""
        from .files import readout_from_json

        return readout_from_json(data)

    def __repr__(self) -> str:
        # pydantic's repr held the whole text and then every point's text again (2,300 characters
        # for a 7-point call, ten times that for a long one): a wall in a notebook cell or a log.
        # Like Comparison's, it summarises; r.text and r.points hold the rest.
        try:
            meta = [f"{name}={value!r}" for name, value in (
                ("side", self.side), ("language", self.language),
                ("date", None if self.date is None else self.date.isoformat()), ("title", _clip(self.title)))
                if value is not None]
            aside = f", {count(len(self.set_aside), 'line')} set aside" if self.set_aside else ""
            return (f"Readout({', '.join(meta)}, {count(self.n, 'point')}{aside}, "
                    f"{len(self.text)} characters: {_clip(self.text)!r})")
        except Exception:  # noqa: BLE001 - one built unvalidated (model_construct) still shows itself
            return super().__repr__()

    __str__ = __repr__


def _held_as_text(text: str) -> str:
    """How JSON text of a readout the caller holds (not its file) is read: ", or, held as text, with ..."."""
    import json

    reader = readout_reader(json.loads(text.strip()), "json.loads(text)")
    if reader is None:
        return ""
    if reader.startswith("Readout.model_validate("):
        reader = "Readout.from_json(text)"  # a saved record, r.to_json() or r.model_dump_json()
    return f", or, held as text, with {reader}"


def readout_reader(d: Any, name: str) -> str | None:
    """The call that makes a readout of the dict ``d`` (written ``name`` in it), where it holds one: a record
    (``r.model_dump()``, its points records) is ``Readout.model_validate``'s, a readout file's keys with
    ``points`` (already split) ``from_points``' and with ``text`` ``from_text``'s; else None."""
    if not isinstance(d, dict):
        return None
    points = d.get("points")
    if isinstance(points, (list, tuple)) and points and all(isinstance(p, (dict, Point)) for p in points):
        return f"Readout.model_validate({name})"
    side = "" if "side" in d else ", side=..."
    if isinstance(points, (list, tuple)) and "text" not in d:
        return f"Readout.from_points(**{name}{side})"
    if isinstance(d.get("text"), str) and "points" not in d:
        return f"Readout.from_text(**{name}{side})"
    return None


def _furniture_list(text: str, furniture: Sequence[tuple[int, int, str]], limit: int = 6) -> str:
    """The set-aside lines as a warning names them: each quoted (cut short) with its kind, the first
    ``limit`` of them."""
    shown = "; ".join(f"{_clip(text[s:e], 50)!r} ({kind})" for s, e, kind in furniture[:limit])
    return shown + (f"; and {len(furniture) - limit} more" if len(furniture) > limit else "")


def _missing_hint(value: Any) -> str:
    """What to add to "must be str, not float" where the value is a DataFrame's empty cell."""
    return f" (a missing value, {value!r}, as pandas gives for an empty cell)" if _missing(value) else ""


def _column_hint(value: Any, text: bool = False) -> str:
    """What to add to "must be str, not Series" where ``value`` is a pandas Series or Index, or a numpy array,
    given for one value: a column selected for one readout (``df.loc[df.side == "US", "text"]``) is a Series
    of one row, not its cell. ``text``: the value stood for a readout's text, which a column of points may be."""
    kind = type(value)
    module = kind.__module__ or ""
    # a Series, an Index, or the array of a column's values (df["text"].values: a StringArray under pandas 3)
    if not (module.startswith("pandas") and (kind.__name__ == "Series" or kind.__name__.endswith(("Index", "Array")))
            or module == "numpy" and kind.__name__ == "ndarray" and getattr(value, "ndim", 0) == 1):
        return ""
    n = len(value)
    a = f"{'an' if kind.__name__[:1] in 'aeiouAEIOU' or kind.__name__ == 'ndarray' else 'a'} {kind.__name__}"
    if n == 1:
        return f" ({a} of 1 value, as a column filtered to one row gives, not the value itself: take it with .item())"
    points = "; for a readout's points, already split, Readout.from_points(s, side=...)" if text else ""
    return f" ({a} of {n} values, a whole column: give one value, the cell of one row{points})"


def _missing(value: Any) -> bool:
    """Whether ``value`` is a missing-value marker: a float NaN, pandas' ``NaT`` or ``NA`` (checked by
    type name: pandas is not imported for it)."""
    if isinstance(value, float):
        return math.isnan(value)
    if type(value).__name__ == "datetime64" and type(value).__module__ == "numpy":
        return bool(value != value)  # numpy's NaT, as a datetime64 column gives for an empty cell
    return type(value).__name__ in ("NaTType", "NAType")


def count(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless one ("1 point", "7 points"), for the records' summaries."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _clip(text: str | None, limit: int = 60) -> str | None:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if text is None or len(text) <= limit else text[:limit - 1] + "…"


def _invisible(text: str) -> bool:
    """Whether ``text`` shows nothing: white space and format characters (zero-width spaces and
    joiners, bidi marks, the soft hyphen, U+FEFF) only."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def _check_ordered(value: Any, what: str) -> None:
    """Refuse a set or a mapping where an ordered list is meant: a set's order changes with
    ``PYTHONHASHSEED`` from one run to the next (so would the points, the JSON, the comparison),
    and a dict would give its keys, as a pandas DataFrame gives its column names."""
    if callable(getattr(value, "iterrows", None)) and hasattr(value, "columns"):
        # from_points(df) made a readout of the column names ("text"), in silence
        raise InputError(f"{what} must be a list of strings in order, not a DataFrame (iterated, it gives its column "
                         f"names); pass its column, e.g. df[{_clip(str(list(value.columns)[0]), 30)!r}]"
                         if len(value.columns) else f"{what} must be a list of strings in order, not a DataFrame")
    if isinstance(value, Mapping):
        raise InputError(f"{what} must be a list of strings in order, not a dict (its keys would be taken); "
                         "pass a list, e.g. list(d.values())")
    if isinstance(value, Set) and not isinstance(value, (KeysView, ItemsView)):  # a dict's views keep its order
        raise InputError(f"{what} must be a list of strings in order, not a {type(value).__name__}, whose order "
                         "changes from run to run (PYTHONHASHSEED); pass a list, e.g. sorted(...)")


#: The metadata keywords of :meth:`Readout.from_text`, :meth:`~Readout.from_points` and :meth:`~Readout.from_file`.
METADATA_KEYS = ("side", "issuer", "language", "date", "title", "source_url", "participants")


def _metadata_only(meta: dict[str, Any], why: str, own: Sequence[str] = ()) -> None:
    """Refuse ``text`` or ``points`` among a constructor's metadata keywords (they clashed with
    its own arguments in a TypeError that named the private ``_build``), and a keyword that is no
    metadata ("lang", "titel", "data"), named with the one it is probably meant for: pydantic's
    "lang: Extra inputs are not permitted" said neither that it was a keyword of the call nor which. ``own``: the
    call's keywords besides the metadata (``keep_furniture``, ``encoding``), which a slip may be meant for too
    ("furniture=True" was told the metadata keywords only)."""
    given = [k for k in ("text", "points") if k in meta]
    if given:
        raise InputError(f"{' and '.join(given)} cannot be passed as metadata: {why}; the keywords are metadata "
                         "such as side, issuer, language, date, title, source_url, participants")
    unknown = [k for k in meta if k not in METADATA_KEYS]
    if unknown:
        from .errors import key_hint

        hints = [h for key in unknown if (h := key_hint(key, (*METADATA_KEYS, *own)))]
        hint = f" ({'; '.join(hints)})" if hints else ""
        raise RecordError(f"unknown keyword(s) {unknown}{hint}; a readout's metadata keywords are "
                          f"{', '.join(METADATA_KEYS)}")


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err.get("loc", ())) or "record"
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")  # pydantic's wording, not the user's
    hint = " (write it as YYYY-MM-DD, e.g. 2022-02-01)" if where == "date" and "YYYY-MM-DD" not in msg else ""
    return f"{where}: {msg}{hint}"


class Link(_Record):
    """Points on side a and side b that report the same exchange.

    ``a`` and ``b`` are point indices on side a and side b (``c.a.points[i]``; one-to-many and
    many-to-one links are allowed);
    ``score`` is the calibrated probability that the points belong together;
    ``label`` says whether their substance matches; ``evidence`` gives the reasons in words.
    """

    model_config = _FROZEN

    a: _Indices = Field(min_length=1)
    b: _Indices = Field(min_length=1)
    label: Label
    score: float = Field(ge=0.0, le=1.0)
    label_score: float = Field(default=0.0, ge=0.0, le=1.0, description="Probability that the link is asymmetric.")
    similarity: float = Field(default=0.0, ge=-1.0, le=1.0,
                              description="Cosine similarity of the linked points' embeddings (-1 to 1).")
    evidence: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _sorted_unique(self) -> Link:
        for side in ("a", "b"):
            idx = getattr(self, side)
            if list(idx) != sorted(set(idx)) or min(idx) < 0:
                raise ValueError(f"link indices on side {side} must be distinct, sorted and >= 0: {idx}")
        return self


class Span(_Record):
    """Words in one point that support a flag: ``readout.points[point].text[start:end]``."""

    model_config = _FROZEN

    side: SideName
    point: _Index = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Flag(_Record):
    """Something an analyst should look at, found in one side's points, with its evidence.

    ``kind`` is one of ``readouts.flags.KINDS``: 'unconfirmed_claim', 'attribution_shift',
    'strength_shift', 'detail_mismatch', 'tone', 'initiative', 'coverage' (any other is a
    :class:`RecordValidationError`, as a ``Comparison`` would refuse the flag anyway; ``f.kind == "unconfirmed"``
    matches no flag, in silence: ``c.flags_of("unconfirmed_claim")`` picks a kind and refuses a word that is none).
    ``side`` is 'a' or 'b', the readout the flag was found in (``c.a`` or ``c.b``), not its name
    ("US" is ``c.a.side``; ``c.flags_of(side="US")`` takes the name); ``points`` are its points there,
    ``counterpart`` the linked points of the
    other side, ``evidence`` the :class:`Span` s of the words that raised it, and ``explanation``
    says it in a sentence.
    """

    model_config = _FROZEN

    kind: str
    side: SideName
    # validate_default: a flag made without points is refused too, not only one given ``points=()``
    points: _Indices = Field(default=(), validate_default=True)
    counterpart: _Indices = ()
    evidence: tuple[Span, ...] = ()
    explanation: str

    @field_validator("points")
    @classmethod
    def _on_a_point(cls, v: tuple[int, ...]) -> tuple[int, ...]:
        # compare raises every flag on a point of its side. One on none (a saved comparison whose "points"
        # was edited out) was kept: it sat on no row of the HTML report, nor on any link's flags_of(link=...),
        # and the Markdown report placed it as "(RU )".
        if not v:
            raise ValueError("a flag is raised on at least one point of its side, but its points are empty; "
                             "give the point(s) it is about, e.g. points=(0,)")
        return v

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        # A Comparison refuses any other kind; refusing it here says so where the flag is made, not later.
        if v not in FLAG_KINDS:
            raise ValueError(f"{v!r} is no flag kind (known: {', '.join(FLAG_KINDS)})")
        return v

    def __repr__(self) -> str:
        # pydantic's repr gave every evidence span in full (300 to 500 characters a flag, 3,700 for the
        # bundled call's c.flags in a notebook cell); the spans are counted here, f.evidence holds them
        try:
            return (f"Flag(kind={self.kind!r}, side={self.side!r}, points={self.points!r}, "
                    f"counterpart={self.counterpart!r}, evidence={count(len(self.evidence), 'span')}, "
                    f"explanation={_clip(self.explanation, 100)!r})")
        except Exception:  # noqa: BLE001 - one built unvalidated (model_construct) still shows itself
            return super().__repr__()

    __str__ = __repr__


class FrozenDict(dict):
    """A dict that refuses changes, so a record holding one stays what it was when it was made.

    It is still a ``dict`` (JSON, ``==``, ``**`` and ``json.dumps`` behave as usual) and is hashable.
    ``.copy()`` gives an ordinary, mutable dict.

    >>> d = FrozenDict({"link_threshold": 0.4})
    >>> d["link_threshold"] = 0.9
    Traceback (most recent call last):
    TypeError: FrozenDict is read-only; make a changed copy with {**d, key: value}
    """

    __slots__ = ()

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("FrozenDict is read-only; make a changed copy with {**d, key: value}")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[Any, ...]:
        # copy / deepcopy / pickle would otherwise rebuild it item by item through __setitem__.
        return (type(self), (dict(self),))

    def copy(self) -> dict[str, Any]:  # type: ignore[override]
        return dict(self)


def _freeze(d: dict[str, float]) -> FrozenDict:
    return FrozenDict(d)


class Signature(_Record):
    """How a comparison was computed: enough to reproduce it exactly."""

    model_config = _FROZEN

    library: str = "readouts"
    version: str
    embedder: str
    weights_hash: str
    method: str
    # Frozen: a signature that could be edited in place would no longer say how its comparison
    # was computed. Still a dict for JSON, so the JSON shape and the exact round trip are unchanged.
    parameters: Annotated[dict[str, float], AfterValidator(_freeze)]
    #: Why this embedder: "requested", or "auto: ..." with the readouts' languages (None in old records);
    #: where the parameters are the generic ones rather than the embedder's own, followed by
    #: "; generic calibration: " and why ("no parameters fitted for 'my-model'", or a calibrated
    #: model's name on an embedder whose weights are not shown to be that model's).
    backend_choice: str | None = None
    #: SHA-256 (first 16 hex digits) of every number the decisions used: the link, attachment and
    #: label models and the thresholds (None in old records).
    params_hash: str | None = None
    #: SHA-256 (first 16 hex digits) of the word lists the cues read: lexicons, concept lists and
    #: side aliases (:func:`readouts.cues.lexicon_fingerprint`; None in old records).
    lexicon_hash: str | None = None
    #: Versions of Python and of the packages that computed the numbers (numpy, scipy and the
    #: embedder's, e.g. torch and sentence-transformers): a model gives slightly different vectors
    #: across them (None in old records; not part of ``str(signature)``).
    runtime: Annotated[dict[str, str], AfterValidator(_freeze)] | None = None

    def __str__(self) -> str:
        params = ",".join(f"{k}={v:g}" for k, v in sorted(self.parameters.items()))
        choice = f"|backend:{self.backend_choice}" if self.backend_choice else ""
        numbers = f"|params:{self.params_hash}" if self.params_hash else ""
        words = f"|lexicons:{self.lexicon_hash}" if self.lexicon_hash else ""
        return (f"{self.library}:{self.version}|embedder:{self.embedder}|weights:{self.weights_hash[:12]}"
                f"|method:{self.method}|{params}{numbers}{words}{choice}")


class _NoPair:
    """The type of :data:`NO_PAIR`."""

    def __repr__(self) -> str:
        return "NO_PAIR"


#: ``to_frame``'s default ``pair``: no ``pair`` column (None is a pair id like another, as a batch's key).
NO_PAIR: Any = _NoPair()


class Comparison(_Record):
    """The result of :func:`readouts.compare`: links, one-sided points and flags.

    ``a`` and ``b`` are the two :class:`Readout` s (``compare(a, b)``'s order; ``a.side`` names one);
    ``links`` the :class:`Link` s between their points; ``only_a`` / ``only_b`` the indices of the points
    with no counterpart on the other side; ``flags`` the :class:`Flag` s; ``signature`` how it was
    computed; ``similarity`` the cosine of every point pair (for :meth:`plot`). A point's text is
    ``c.a.points[i].text``; :meth:`flags_of` gives the flags of a kind or of one side (``"US"`` or ``"a"``),
    :meth:`link_of` the link of a point. Save one with ``Path("call.json").write_text(c.to_json(), encoding="utf-8")``
    and read it back with :meth:`from_file`.

    Every point of each side appears exactly once: in one link, or in ``only_a`` / ``only_b``. However it
    is made (``compare``, ``Comparison(...)``, ``model_validate``, ``from_json``), it holds what ``compare``
    guarantees (flag kinds of ``readouts.flags.KINDS``, no flag twice, labels that agree with their
    ``label_score``) and keeps ``compare``'s order.
    """

    model_config = _FROZEN

    a: Readout
    b: Readout
    links: tuple[Link, ...]
    only_a: _Indices
    only_b: _Indices
    flags: tuple[Flag, ...] = ()
    signature: Signature
    similarity: tuple[tuple[float, ...], ...] | None = Field(
        default=None,
        description="Cosine similarity of every point pair (a rows x b columns, 4 decimals), kept for plots; "
                    "None for very large calls.")

    @model_validator(mode="after")
    def _each_point_once(self) -> Comparison:
        for side, readout, only in (("a", self.a, self.only_a), ("b", self.b, self.only_b)):
            _each_point_once(side, readout.n, self.links, only)
        if self.similarity is not None:
            shape_ok = len(self.similarity) == self.a.n and all(len(row) == self.b.n for row in self.similarity)
            if not shape_ok:
                raise ValueError(f"similarity must be {self.a.n} rows (side a) of {self.b.n} values (side b)")
            # NaN or inf would not survive the JSON round trip (they serialise as null); a cosine
            # beyond -1 to 1 (a hand-edited file) is no model's.
            if not all(math.isfinite(x) and -1.0 <= x <= 1.0 for row in self.similarity for x in row):
                raise ValueError("similarity values must be finite numbers from -1 to 1 (cosines)")
        sides = {"a": self.a, "b": self.b}
        for f in self.flags:  # a flag on a point that is not there would vanish from every report
            other = "b" if f.side == "a" else "a"
            for name, where, idx in (("points", f.side, f.points), ("counterpart", other, f.counterpart)):
                missing = [i for i in idx if not 0 <= i < sides[where].n]
                if missing:
                    raise ValueError(f"flag {f.kind!r}: {name} {missing} are no points of side {where} "
                                     f"({count(sides[where].n, 'point')})")
            for e in f.evidence:
                r = sides[e.side]
                text = r.points[e.point].text if e.point < r.n else None
                if text is None or not e.start <= e.end <= len(text) or text[e.start:e.end] != e.text:
                    raise ValueError(f"flag {f.kind!r}: evidence {e.text!r} is not what point {e.point} of side "
                                     f"{e.side} holds at {e.start}:{e.end}")
        _as_compare_writes(self)
        return self

    # -- views ------------------------------------------------------------------------------
    def side_of(self, side: str) -> SideName:
        """``"a"`` or ``"b"``: the position of ``side`` in this comparison. ``side`` is ``"a"`` or ``"b"`` (always
        the positions), or a readout's side name as the reports write it (``"US"``, ``c.a.side``; compared by
        :func:`side_key`, so ``"us"`` is ``"US"``; two readouts of one name are ``"US (a)"`` and ``"US (b)"``).
        Anything else is an :class:`~readouts.errors.InputError` naming the two sides: ``f.side == "RU"``
        matches no flag, in silence, where ``f.side == c.side_of("RU")`` does.
        """
        if side in ("a", "b"):
            return side  # type: ignore[return-value]
        names = side_names(self.a.side, self.b.side)
        known = f"'a' or 'b', or a side's name ({names[0]!r} is a, {names[1]!r} is b)"
        if not isinstance(side, str):
            raise InputError(f"side must be {known}, not {type(side).__name__} ({side!r})")
        key = side_key(side.strip())
        found = [letter for letter, name in zip(("a", "b"), names) if side_key(name) == key]
        if not found and side_key(self.a.side) == side_key(self.b.side) == key:
            raise InputError(f"side {side!r} names both readouts of this comparison; say which: {known}")
        if not found:  # "Russia" for "RU", "United States" for "US": the side the cues read it as
            from .cues import side_code

            code = side_code(side)
            found = [letter for letter, r in (("a", self.a), ("b", self.b)) if code and side_code(r.side) == code]
        if len(found) != 1:
            raise InputError(f"side must be {known}, got {side!r}")
        return found[0]  # type: ignore[return-value]

    def link_of(self, side: str, index: int) -> Link | None:
        """The link holding point ``index`` of ``side``, or None if that point is one-sided.

        ``side`` is ``"a"`` or ``"b"``, or a side's name (``"US"``: see :meth:`side_of`); another side, a point
        that is not there or an index that is no whole number is an :class:`~readouts.errors.InputError`
        (None would say "one-sided").
        """
        side = self.side_of(side)
        n = (self.a if side == "a" else self.b).n
        if isinstance(index, bool) or not isinstance(index, numbers.Integral):
            hint = "; pass its index, p.index" if isinstance(index, Point) else ""  # c.link_of("a", c.a.points[3])
            raise InputError(f"index must be a whole number (a point index), not {type(index).__name__}{hint}")
        if not 0 <= index < n:
            raise InputError(f"index {index} is out of range: side {side} has {n} point{'s' if n != 1 else ''} "
                             f"(0 to {n - 1})")
        for link in self.links:
            if index in getattr(link, side):
                return link
        return None

    def flags_of(self, kind: str | Iterable[str] | None = None, side: str | None = None, *,
                 link: Link | None = None) -> tuple[Flag, ...]:
        """The flags of ``kind`` (one of ``readouts.flags.KINDS``, or a list of them; None: every kind) found in ``side``'s readout
        (``"a"``, ``"b"`` or a side's name such as ``"US"``, see :meth:`side_of`; None: both), in the report's order;
        with ``link`` (one of ``c.links``), only those raised on its points, as the reports show them on its row.

        ``[f for f in c.flags if f.kind == "unconfirmed"]`` is empty, in silence, as ``f.side == "RU"`` is: here
        an unknown kind is an :class:`~readouts.errors.InputError` that lists the kinds and names the one
        probably meant (``'unconfirmed' for 'unconfirmed_claim'?``), and an unknown side one that names the two.

        >>> c.flags_of("unconfirmed_claim", side="RU")     # doctest: +SKIP
        (Flag(kind='unconfirmed_claim', side='b', points=(4,), ...), ...)
        """
        kinds = None if kind is None else (kind,) if isinstance(kind, str) or not isinstance(
            kind, (list, tuple, set, frozenset)) else tuple(kind)  # flags_of(("tone", "coverage")): either kind
        if kinds is not None:
            kinds = tuple(self._kind_not_side(k) for k in kinds)
        letter = None if side is None else self.side_of(side)
        if link is not None:
            self._own_link(link, "link")
        return tuple(f for f in self.flags if (kinds is None or f.kind in kinds) and (letter is None or f.side == letter)
                     and (link is None or set(f.points) & set(getattr(link, f.side))))

    def _kind_not_side(self, kind: Any) -> str:
        """``kind`` as :func:`flag_kind` reads it, but a side given in its place (``c.flags_of("a", 0)`` or
        ``c.flags_of("US")``, as ``link_of(side, index)`` takes one) is told that it is a side and how to give it:
        it was "'a' is no flag kind", which said neither."""
        try:
            return flag_kind(kind)
        except InputError:
            try:
                letter = self.side_of(kind) if isinstance(kind, str) else None
            except InputError:
                letter = None
            if letter is None:
                raise
            raise InputError(f"flag kind {kind!r} is side {letter}, not a flag kind: give it as side=, "
                             f"c.flags_of(side={kind!r}); the flags on its point i are "
                             f"[f for f in c.flags_of(side={kind!r}) if i in f.points]") from None

    def texts_of(self, item: Link | Flag) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The texts of a link's points, or of a flag's points and counterpart: ``(side a's, side b's)``, each in
        point order (``c.texts_of(c.links[0])``; for a flag on side b its counterpart's texts come first)."""
        if isinstance(item, Link):
            self._own_link(item, "texts_of")
            a, b = item.a, item.b
        elif isinstance(item, Flag):
            if item not in self.flags:
                raise InputError("texts_of: this flag is not one of this comparison's flags (c.flags)")
            a, b = (item.points, item.counterpart) if item.side == "a" else (item.counterpart, item.points)
        else:
            hint = ("; a point's text is its .text" if isinstance(item, Point) else
                    "; a point's text is c.a.points[i].text" if isinstance(item, int) else "")
            raise InputError(f"texts_of takes a Link or a Flag of this comparison, not {type(item).__name__}{hint}")
        return tuple(self.a.points[i].text for i in a), tuple(self.b.points[j].text for j in b)

    def _own_link(self, link: Any, what: str) -> None:
        """Refuse what is not one of this comparison's links (another call's link names other points)."""
        if not isinstance(link, Link):
            raise InputError(f"{what} must be a Link (one of c.links), not {type(link).__name__}")
        if link not in self.links:
            raise InputError(f"{what}: this link (a={link.a}, b={link.b}) is not one of this comparison's links "
                             "(c.links); another comparison's link names other points")

    def to_markdown(self) -> str:
        """A readable report: linked points side by side, then each side's one-sided points."""
        from .rendering import to_markdown

        return to_markdown(self)

    def to_html(self, *, full_page: bool = True) -> str:
        """One standalone HTML page (no external CSS, JS or fonts): both sides in two columns;
        ``full_page=False`` gives the ``<div>`` fragment a notebook shows, to put in a page of one's own."""
        from .rendering import to_html

        # c.to_html(full_page=False), as readouts.rendering.to_html takes it, was a TypeError
        return to_html(self, full_page=full_page)

    def _repr_html_(self) -> str:
        from .rendering import to_html

        return to_html(self, full_page=False)

    def to_frame(self, *, pair: Any = NO_PAIR) -> Any:
        """A pandas DataFrame: one row per link and per one-sided point (needs ``readouts[pandas]``);
        ``pair``: a value for a first column ``pair`` (a call id; None too), to concatenate several
        comparisons' frames (:func:`readouts.rendering.batch_frame` does so for a batch); left out, no
        such column."""
        from .rendering import to_frame

        return to_frame(self, pair=pair)

    def plot(self, ax: Any = None) -> Any:
        """The similarity heatmap with the chosen links marked; returns the matplotlib Figure
        (needs ``readouts[plot]``). Pass ``ax`` to draw into an existing Axes."""
        from .rendering import plot

        return plot(self, ax=ax)

    @classmethod
    def from_file(cls, path: str | Path) -> Comparison:
        """A comparison saved as JSON (``readouts compare --format json``, ``model_dump_json()``,
        ``readouts evaluate --save-comparisons``). Unlike pydantic's ``model_validate_json``, which
        raises a :class:`RecordValidationError` that names no file, a missing, malformed or truncated file, or
        one that holds no comparison (or another version's), is a :class:`~readouts.errors.ReadoutFileError` naming the
        file and the problem.

        >>> c = Comparison.from_file("call.json")          # doctest: +SKIP
        """
        from .files import read_comparison

        return read_comparison(path)  # type: ignore[no-any-return]

    def to_json(self, indent: int | None = None) -> str:
        """The comparison as JSON text, what :meth:`from_json` reads back to an equal record (and
        ``readouts compare --format json`` writes); ``model_dump_json(indent=...)`` under another name,
        so that ``from_json`` has its counterpart. ``indent``: None (one line) or a whole number of
        spaces, 0 or more; anything else is an :class:`~readouts.errors.InputError`. It writes no file: save
        one with ``Path("call.json").write_text(c.to_json(), encoding="utf-8")``, read it back with
        :meth:`from_file`."""
        from .errors import check_indent

        # indent="  " (json.dumps takes a string) raised pydantic-core's bare TypeError, indent=-1 an OverflowError
        indent = check_indent(indent, "c", "Comparison.from_file")
        check_comparison(self, "to_json")  # what it writes, from_json reads back
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Comparison:
        """A comparison from its JSON text (what ``model_dump_json()`` gives); malformed or truncated
        JSON, or JSON that holds no comparison, is a :class:`~readouts.errors.RecordError` saying
        which (``model_validate_json`` raises a :class:`RecordValidationError`, pydantic's error, instead)."""
        from .files import comparison_from_json

        return comparison_from_json(data)  # type: ignore[no-any-return]

    def mirrored(self) -> Comparison:
        """The same comparison seen from the other side (a and b swapped)."""
        return _mirror(self)

    def __repr__(self) -> str:
        # Two readouts of one side ("US" and "US") read "0 only US, 2 only US": name them as the
        # reports do, "US (a)" and "US (b)".
        try:
            a, b = side_names(self.a.side, self.b.side)
            return (f"Comparison({a} {count(self.a.n, 'point')} vs {b} {count(self.b.n, 'point')}: "
                    f"{count(len(self.links), 'link')}, {len(self.only_a)} only {a}, "
                    f"{len(self.only_b)} only {b}, {count(len(self.flags), 'flag')})")
        except Exception:  # noqa: BLE001 - one built unvalidated (model_construct) still shows itself, as Readout's
            return super().__repr__()

    # print(comparison) should summarise, not dump every field (pydantic's default __str__).
    __str__ = __repr__


def check_comparison(c: Comparison, what: str) -> None:
    """Refuse, with an :class:`~readouts.errors.InputError` that says what is wrong and what to do, a
    Comparison that no validation would let in: ``model_copy(update=...)`` and ``model_construct`` skip
    validation, so ``c.model_copy(update={"b": other})`` held links to points that are not there; its
    reports raised an ``IndexError`` and its ``to_json()`` wrote a file ``from_json`` refuses. The record is
    validated anew from its fields (as :func:`readouts.compare` does a Readout), not changed."""
    try:
        type(c).model_validate(c.model_dump(warnings=False))
    except ValidationError as exc:
        raise InputError(f"{what}: this Comparison is not a valid one: {_first_error(exc)}; it was changed with "
                         "model_copy(update=...) or made with model_construct, which skip validation: build it with "
                         "Comparison(...) or Comparison.model_validate(...), or compare the readouts again") from None
    except Exception as exc:  # noqa: BLE001 - fields that do not even dump (model_construct with wrong types)
        raise InputError(f"{what}: this Comparison is not a valid one ({type(exc).__name__}: {exc}); it was made with "
                         "model_construct or changed with model_copy(update=...), which skip validation: build it "
                         "with Comparison(...), or compare the readouts again") from None


def _each_point_once(side: str, n: int, links: Sequence[Link], only: Sequence[int]) -> None:
    """Refuse a point of ``side`` (``n`` points) that is out of range, listed twice or left out, across
    ``links`` and ``only``; the message names the field and its place ("links[2].a", "only_a[0]"), so that
    a hand-edited saved comparison says where it went wrong."""
    rule = f"every point of side {side} must appear exactly once across links and only_{side}"
    where: dict[int, str] = {}
    places = [(f"links[{k}].{side}", i) for k, link in enumerate(links) for i in getattr(link, side)]
    places += [(f"only_{side}[{k}]", i) for k, i in enumerate(only)]
    for at, i in places:
        if not 0 <= i < n:
            raise ValueError(f"{at} is point {i}, which side {side} does not have ({count(n, 'point')}, "
                             f"0 to {n - 1}); {rule}")
        if i in where:
            raise ValueError(f"{at} is point {i} of side {side}, already in {where[i]}; {rule}")
        where[i] = at
    missing = [i for i in range(n) if i not in where]
    if missing:
        raise ValueError(f"point(s) {missing} of side {side} are in no link and not in only_{side}; {rule}")


#: How far a link's ``label_score`` may lie on the wrong side of the signature's ``label_threshold`` and its
#: label still be the one :func:`readouts.compare` wrote: the score is kept rounded to 6 decimals, the label was
#: decided on the unrounded probability.
_LABEL_ROUNDING = 1e-6


def _as_compare_writes(c: Comparison) -> None:
    """Hold a comparison being validated (``c``, its fields already checked) to what :func:`readouts.compare`
    guarantees beyond each point once and flags on points that are there, whoever made it (``compare``,
    ``Comparison(...)``, ``model_validate``, ``from_json`` / ``from_file`` of a hand-edited file):

    - every flag's kind is one of :data:`FLAG_KINDS`, and no flag is listed twice;
    - every link's label is the one its ``label_score`` gives under the signature's ``label_threshold``
      (``"asymmetric"`` at or above it), where the signature holds the threshold (a label_score left out is
      0, so an ``"asymmetric"`` link needs its score);

    and put it in the order compare() writes: ``only_a`` / ``only_b`` ascending, links by their points, flags
    by :func:`flag_order`. Order carries no meaning (a hand-edited file that moved a link is the same
    comparison), so it is normalised, not refused, and so ``==`` and the JSON do not depend on it; what
    contradicts the rest is a ``ValueError`` naming the field and its place as given ("flags[2].kind",
    "links[0].label"). Normalising writes the record's own fields before anyone holds it (a frozen record
    offers no other way from an after-validator); the caller's tuples are not touched."""
    for k, f in enumerate(c.flags):
        if f.kind not in FLAG_KINDS:
            raise ValueError(f"flags[{k}].kind: {f.kind!r} is no flag kind (known: {', '.join(FLAG_KINDS)})")
    seen: dict[Flag, int] = {}
    for k, f in enumerate(c.flags):
        if f in seen:
            raise ValueError(f"flags[{k}] repeats flags[{seen[f]}] (kind {f.kind!r}, side {f.side}, points "
                             f"{list(f.points)}); compare() writes each flag once")
        seen[f] = k
    threshold = c.signature.parameters.get("label_threshold")
    for k, link in enumerate(c.links if threshold is not None else ()):
        if link.label == "asymmetric" and link.label_score < threshold - _LABEL_ROUNDING or \
                link.label == "equivalent" and link.label_score >= threshold + _LABEL_ROUNDING:
            other = "equivalent" if link.label == "asymmetric" else "asymmetric"
            side = "below" if link.label == "asymmetric" else "at or above"
            score = (f"its label_score {link.label_score:g}" if "label_score" in link.model_fields_set else
                     "it gives no label_score (0 when left out), which")
            raise ValueError(f"links[{k}].label is {link.label!r}, but {score} lies {side} the signature's "
                             f"label_threshold {threshold:g}, where compare() writes {other!r}; a label must match "
                             "the scores it is kept with (give an asymmetric link its label_score, the probability "
                             "that it is asymmetric)")
    ordered = {
        "only_a": tuple(sorted(c.only_a)), "only_b": tuple(sorted(c.only_b)),
        "links": tuple(sorted(c.links, key=lambda link: (link.a, link.b))),
        "flags": tuple(sorted(c.flags, key=flag_order)),
    }
    for name, value in ordered.items():
        if getattr(c, name) != value:
            c.__dict__[name] = value


def _swap_side(side: SideName) -> SideName:
    return "b" if side == "a" else "a"


#: Flag kinds in the order reports list them.
FLAG_KINDS: tuple[str, ...] = ("unconfirmed_claim", "attribution_shift", "strength_shift", "detail_mismatch",
                               "tone", "initiative", "coverage")


def flag_kind(kind: Any) -> str:
    """``kind`` as one of :data:`FLAG_KINDS`, where it is one but for case, spaces or hyphens ("Initiative",
    "Unconfirmed claim", "unconfirmed-claim" are "initiative" and "unconfirmed_claim", as the reports' headings
    and a reader's hand write them; they were refused as no flag kind); anything else an
    :class:`~readouts.errors.InputError` that lists the kinds and names the one probably meant.

    >>> flag_kind("Unconfirmed claim"), flag_kind("detail-mismatch")
    ('unconfirmed_claim', 'detail_mismatch')
    """
    if kind in FLAG_KINDS:
        return kind  # type: ignore[no-any-return]
    known = f"known: {', '.join(FLAG_KINDS)}"
    if not isinstance(kind, str):
        raise InputError(f"kind must be a flag kind ({known}), a list of them or None, not {type(kind).__name__}")
    norm = re.sub(r"[\s_-]+", "_", unicodedata.normalize("NFKC", kind).strip()).casefold()
    if norm in FLAG_KINDS:
        return norm
    from .errors import key_hint

    hint = key_hint(kind.strip(), FLAG_KINDS) or key_hint(norm, FLAG_KINDS)
    raise InputError(f"{kind!r} is no flag kind{f' ({hint})' if hint else ''}; {known}")


def flag_order(f: Flag) -> tuple:
    """The canonical order of flags: by kind (as in :data:`FLAG_KINDS`, unknown kinds last), side,
    points; mirroring re-sorts by it, so ``compare(b, a) == compare(a, b).mirrored()``."""
    rank = FLAG_KINDS.index(f.kind) if f.kind in FLAG_KINDS else len(FLAG_KINDS)
    return (rank, f.kind, f.side, f.points, f.counterpart, f.explanation)


#: The evidence line of a link of several points (:func:`readouts.comparison.decide`), which names the sides.
_COVER = re.compile(r"(\d+) point\(s\) on side a cover (\d+) on side b")


def _mirror_evidence(line: str) -> str:
    """A link's evidence line seen from the other side: "2 point(s) on side a cover 1 on side b" is
    "1 point(s) on side a cover 2 on side b" once a and b are swapped (it was kept as it was, and so said
    of compare(b, a), which is computed as compare(a, b) mirrored, the opposite of its link)."""
    m = _COVER.fullmatch(line)
    return line if m is None else f"{m.group(2)} point(s) on side a cover {m.group(1)} on side b"


def _mirror(c: Comparison) -> Comparison:
    links = tuple(
        link.model_copy(update={"a": link.b, "b": link.a, "evidence": tuple(map(_mirror_evidence, link.evidence))})
        for link in sorted(c.links, key=lambda l: (l.b, l.a))
    )
    flags = tuple(sorted((
        f.model_copy(update={
            "side": _swap_side(f.side),
            "evidence": tuple(s.model_copy(update={"side": _swap_side(s.side)}) for s in f.evidence),
        })
        for f in c.flags), key=flag_order))
    similarity = tuple(zip(*c.similarity)) if c.similarity is not None else None
    return Comparison(a=c.b, b=c.a, links=links, only_a=c.only_b, only_b=c.only_a, flags=flags,
                      signature=c.signature, similarity=similarity)


def points_of(readout: Readout, indices: Sequence[int]) -> list[str]:
    """Texts of the given points of a readout."""
    return [readout.points[i].text for i in indices]
