"""Every error ``readouts`` raises on purpose derives from :class:`ReadoutsError`.

Messages say what was wrong and how to fix it, so a pipeline can log ``str(err)``
for the offending file and move on. A record built directly (``Readout(...)``, ``model_validate``,
``model_validate_json``) that does not hold raises ``readouts.records.RecordValidationError``, a
:class:`RecordError` that is pydantic's ``ValidationError`` too, so either name catches it. Pydantic's own
``ValidationError`` is left as it is where a field is assigned to on a frozen record (a slip in the code).
Warnings (:func:`warn_user`) name the caller's line, not the library's, so ``warnings.filterwarnings(module=...)`` and a notebook's display point at the user's code.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _in_package(filename: str) -> bool:
    if filename.startswith("<"):  # "<doctest ...>", "<string>", a notebook cell: never the library
        return False
    return os.path.abspath(filename).startswith(_PACKAGE + os.sep)


_ONCE = threading.local()  # .given: the (category, message) pairs warned in the current call (see once_per_call)


@contextmanager
def once_per_call(given: set[tuple[type[Warning], str]]) -> Iterator[None]:
    """Within this thread, a warning already given in ``given`` (one set per call of a public function
    such as ``compare_many``) is not given again: a French readout compared with 100 others gave 100
    copies of one ``LanguageWarning`` (all shown under ``simplefilter("always")``). A scope inside
    another leaves it to the outer one. A warning that the caller's filters make an error is raised
    every time, so each pair it is about fails alike."""
    if getattr(_ONCE, "given", None) is not None:
        yield
        return
    _ONCE.given = given
    try:
        yield
    finally:
        _ONCE.given = None


def warn_user(message: str, category: type[Warning]) -> None:
    """Issue a warning attributed to the line outside ``readouts`` that called into it: the
    frame just outside the outermost library frame on the stack (library frames may call through
    ``contextlib`` or a user's embedder and back). Python's ``stacklevel`` counts frames, and the
    library reaches its warnings through call chains of different depths. Inside
    :func:`once_per_call`, a warning already given in that call is not given again."""
    given = getattr(_ONCE, "given", None)
    if given is not None and (category, message) in given:
        return
    frame = sys._getframe(1)
    depth, level = 2, 2  # stacklevel k + 1 names the frame k steps out from this function
    while frame is not None:
        if _in_package(frame.f_code.co_filename):
            level = depth + 1
        frame = frame.f_back
        depth += 1
    warnings.warn(message, category, stacklevel=level)
    if given is not None:  # only once given: escalated to an error, it is raised each time
        given.add((category, message))


class ReadoutsError(Exception):
    """Base class of all errors raised by readouts for bad input or set-up."""


#: A control character (Unicode category Cc) or a line or paragraph separator (U+2028, U+2029): what
#: :func:`shown_name` quotes a name for.
_CONTROL_CHARS = frozenset(map(chr, (*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029)))


def shown_name(path: str | os.PathLike[str]) -> str:
    """A file's or folder's name as an error message shows it: as given, or quoted with its escapes (``repr``)
    where it holds a control character or a line break. "a\\x1b[2Jb: no such directory" cleared the terminal or the notebook
    output that showed it, "a\\x07.json" rang its bell, and the character was nowhere to be seen in the message
    that was meant to name it; quoted, it reads ``'a\\x1b[2Jb'``.

    >>> shown_name("calls/us.txt"), shown_name("us\\x1b.txt")
    ('calls/us.txt', "'us\\\\x1b.txt'")
    """
    name = os.fspath(path)
    return repr(name) if isinstance(name, str) and not _CONTROL_CHARS.isdisjoint(name) else str(name)


def expand_user(path: str | os.PathLike[str]) -> Any:
    """``Path(path).expanduser()``, but a ``~`` that names no home folder is an :class:`InputError` saying why:
    with ``HOME`` unset, a process whose user the password database lacks (a container run as an arbitrary
    user id, ``docker run --user 12345``) has none, and a ``~name`` of an unknown user names none. It was
    pathlib's bare ``RuntimeError: Could not determine home directory.``, a traceback from the command line."""
    from pathlib import Path

    p = Path(path)
    try:
        return p.expanduser()
    except RuntimeError:
        first = p.parts[0] if p.parts else str(p)
        if first == "~":
            why = ("the home folder, and this process has none: HOME is not set, and the user it runs as "
                   f"(id {os.getuid() if hasattr(os, 'getuid') else '?'}) has no home in the password database")
            fix = "give the full path, or set HOME"
        else:
            why = f"the home folder of user {first[1:]!r}, whom the system does not know"
            fix = "give the full path"
        raise InputError(f"{os.fspath(path)}: {first!r} stands for {why}; {fix}") from None


# The warnings live here, beside the errors, so that ``readouts.SideWarning`` & co. need no import
# of the modules that raise them (cues.py alone compiles hundreds of patterns): a filter set up
# before the first comparison costs nothing. The modules re-export theirs (``readouts.cues.SideWarning``).
class ReadoutsWarning(UserWarning):
    """Base class of every warning readouts issues: ``warnings.simplefilter("error", ReadoutsWarning)``
    escalates them all, ``"ignore"`` silences them all."""


class LanguageWarning(ReadoutsWarning):
    """A readout's language is a problem: its declared language contradicts the script its text is
    written in or the language its text is told to be, the cues have no lexicon for it (they fall back
    to language-neutral cues), it is Chinese in traditional characters (read folded to simplified
    ones), or the English model is asked for by name for a readout in another language."""


class SideWarning(ReadoutsWarning):
    """Both readouts of a comparison are from the same side: the cues read every actor of that side
    as each readout's own, so the flags that compare sides (``attribution_shift``,
    ``unconfirmed_claim``, ``initiative``) say little. Or a readout given to ``compare`` as text
    without ``sides=`` is named "A" or "B", or a file with no side in a header is named by its file's name
    ("call_a"), a side the cues know as no government, and those flags cannot tell whose readout is whose.
    Or ``Readout.from_file(path, side=...)`` overrides the side the file's header (or JSON record)
    declares with another government's: the readout takes ``side``, and the warning names both."""


class CallWarning(ReadoutsWarning):
    """The two readouts of a comparison look like readouts of different calls: their dates are more than
    a week apart (a pipeline that paired the wrong files gets a comparison all the same)."""


class DateWarning(ReadoutsWarning):
    """A readout's date cannot be its call's: it lies after today (more than the two days that time
    zones can put a readout's date ahead of the caller's calendar), almost always a typo ("2099",
    "2202-02-01"). The comparison is made all the same; the date only labels it."""


class EmbedderWarning(ReadoutsWarning):
    """An embedder's output was usable only after a repair (e.g. re-normalisation), or it cannot read
    all of a text (a point longer than the model reads)."""


class CalibrationWarning(EmbedderWarning):
    """An embedder gets the generic parameters, not parameters fitted on its own cosines: no parameters are
    fitted for its name (an embedder of your own, a model folder other than the library's), or it carries a
    calibrated model's name without that model's weights. Its cosine scale may not be the one the generic
    thresholds were fitted on, so links may be found or missed by chance. Passing ``params=`` (fitted for it,
    or ``load_params("generic")`` as a deliberate choice) gives none; ``warnings.filterwarnings("ignore",
    category=CalibrationWarning)`` silences it. An :class:`EmbedderWarning`, so filters of that catch it."""


class DuplicatePointWarning(ReadoutsWarning):
    """A readout holds the same point twice, word for word (a paragraph pasted twice, a sentence a web
    page repeats; case, white space, a list marker and invisible characters aside): both are kept, as
    the text has them, and the warning names them."""


class FurnitureWarning(ReadoutsWarning):
    """A readout's text held lines of the web page it was copied from ("Share", "Print version",
    "Source: Xinhua", "责任编辑：李四", a TASS dateline): they were set aside, not made points (each
    would have been a one-sided point); the warning names them, ``readout.set_aside`` lists them."""


class GoldFormatWarning(ReadoutsWarning):
    """A pair (gold) file holds keys the readout-pairs format does not know (they are ignored), a point
    with no letter or digit or a participants entry of two names (kept as the gold indices count them, and
    read as those names), or an ``id`` another pair file has; or a folder holds files that look like pair
    files but are not read (a subfolder of .json files, JSON saved as .txt). The pair files are scored all the same."""


class InputError(ReadoutsError, ValueError):
    """A value passed in by the user cannot be used (wrong type, empty, no sentence)."""


class ArgumentError(InputError, TypeError):
    """A function was called with arguments it does not take, such as ``compare(a, b, "use")`` for
    ``compare(a, b, embedder="use")``. A :class:`TypeError` as well, as Python's own would be."""


class EmptyTextError(InputError):
    """The text is empty or holds only white space."""


class NoSentenceError(InputError):
    """The text holds no letter or digit, so no point can be made of it."""


class RecordError(InputError):
    """A record's fields contradict each other (spans, indices, labels)."""


class ReadoutFileError(ReadoutsError):
    """A readout or gold file is missing, unreadable, not UTF-8 text or malformed."""


class WrongEncodingError(ReadoutFileError):
    """A file read with the encoding given (``encoding=``, ``--encoding``) decodes, but into mojibake: a
    Windows-1251 file read as Latin-1 ("Ïóòèí"), a GBK one read as Windows-1251, a UTF-8 one read as anything
    else; the message names the encoding that reads it, where one does."""


class GoldFormatError(ReadoutFileError):
    """A gold (annotation) file breaks the format of the readout-pairs README."""


class OutputError(ReadoutsError):
    """A result cannot be written where it was asked to go (e.g. ``--out`` names a file, not a folder)."""


class CacheError(ReadoutsError):
    """The cache folder cannot be used (it is a file, or cannot be created); ``readouts.cache``
    re-exports it."""


class EmbedderError(ReadoutsError):
    """The embedder could not be loaded or returned unusable vectors."""


class ModelNotFoundError(EmbedderError):
    """No model could be found at the given path or name."""


class MissingExtraError(ReadoutsError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""


def missing_extra(extra: str, module: str) -> MissingExtraError:
    """The error for an optional import that failed: names the pip extra."""
    return MissingExtraError(
        f"this feature needs the optional dependency {module!r}; "
        f"install it with: pip install 'readouts[{extra}]'"
    )


class BrokenDependencyError(MissingExtraError):
    """An installed dependency that fails to import (a broken install, or a local file such as
    ``profile.py`` shadowing a standard module): unusable, so a :class:`MissingExtraError`, but
    reinstalling by the name alone would not help, so the message carries the real import error."""


def import_dependency(module: str, missing: MissingExtraError) -> Any:
    """Import ``module``; raise ``missing`` if it is not installed, and :class:`BrokenDependencyError`
    (with the original error) if it is there but its import fails further down."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        if isinstance(exc, ModuleNotFoundError) and exc.name in (module, top):
            raise missing from None
        raise BrokenDependencyError(
            f"{module!r} is installed but failed to import ({type(exc).__name__}: {exc}); a file in the "
            "working directory may shadow a standard-library module, or the installation is broken") from exc


def misspelt(key: str, known: Sequence[str]) -> str | None:
    """The known key that ``key`` is probably a slip of the pen for: two letters swapped or the same
    letters in another order ("langauge", "lable"), one letter left out or added ("dat", "note"
    for "notes"), or one letter changed ("source-url"); None if none is. (A spelling hint for key
    names only: the project compares no texts character by character, and uses no diff library.)"""
    def one_apart(x: str, y: str) -> bool:
        if len(x) == len(y):
            return sum(c != d for c, d in zip(x, y)) == 1
        short, long = sorted((x, y), key=len)
        return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))

    k = key.casefold()
    return next((w for w in known if len(k) > 2 and k != w and (sorted(k) == sorted(w) or one_apart(k, w))), None)


def key_hint(key: Any, known: Sequence[str]) -> str | None:
    """What an unknown keyword ``key`` is probably meant for among ``known``, as a hint
    ("'lang' for 'language'?", "'cache' for 'cache_dir'?", "'link' for one of 'link_threshold', ...?"):
    a slip of the pen (:func:`misspelt`), else the known keys it begins or is one ``_``-word of; None
    where there is none. Shared by the readout constructors' and ``compare``'s keyword checks, so a
    slip gets the same hint from both.

    >>> key_hint("lang", ["language", "date"]), key_hint("cache", ["cache_dir"]), key_hint("x", ["date"])
    ("'lang' for 'language'?", "'cache' for 'cache_dir'?", None)
    """
    k = str(key).casefold()
    if close := misspelt(k, known):
        return f"{key!r} for {close!r}?"
    part = [w for w in known if w != k and (len(k) >= 3 and w.startswith(k) or k in w.split("_"))]
    if not part:
        return None
    return f"{key!r} for {part[0]!r}?" if len(part) == 1 else f"{key!r} for one of {', '.join(map(repr, part))}?"


def check_switch(value: Any, name: str) -> bool:
    """``value`` as a bool where it is one, Python's or numpy's (a DataFrame's cell, ``arr.any()``); anything
    else is an :class:`InputError`: ``"no"`` or ``1`` read as a truth value did what was not asked, in silence.
    The one check of every switch (``keep_furniture``, ``progress``, ``keep_comparisons``, ``full_page``, ...),
    so that numpy's ``True`` is taken by all alike: ``keep_furniture`` refused it, "not bool"."""
    if isinstance(value, bool) or (type(value).__module__ == "numpy" and type(value).__name__ in ("bool", "bool_")):
        return bool(value)
    raise InputError(f"{name} must be True or False, not {type(value).__name__} ({value!r})")


def check_indent(indent: Any, name: str, reader: str) -> int | None:
    """``indent`` for a ``to_json(indent=...)``: None (one line) or a whole number of spaces, 0 or more;
    anything else is an :class:`InputError`. A file name (``c.to_json("call.json")``, as pandas' ``to_json(path)``
    writes one) is told that ``to_json`` returns the text, how ``name`` is saved and how ``reader`` reads it back."""
    import numbers

    if indent is None:
        return None
    if isinstance(indent, bool) or not isinstance(indent, numbers.Integral) or indent < 0:
        hint = ""
        if isinstance(indent, os.PathLike) or isinstance(indent, str) and indent.strip():
            # it said "indent must be ... not 'call.json'", which left the user wondering how to save at all
            hint = (f"; to_json() returns the JSON text and writes no file: save it with "
                    f"Path({os.fspath(indent)!r}).write_text({name}.to_json(), encoding='utf-8') and read it back "
                    f"with {reader}({os.fspath(indent)!r})")
        raise InputError(f"indent must be None or a whole number of spaces, 0 or more, not {indent!r}{hint}")
    return int(indent)


def open_file_hint(value: Any, fix: str) -> str:
    """``"; it is an open file ('us.txt'): <fix>"`` where ``value`` is a file object of a named file, as
    ``open(path)`` gives (what ``json.load(f)`` and pandas take), else ``""``; ``fix`` may name the file as
    ``{name!r}``."""
    import io

    if not isinstance(value, io.IOBase):
        return ""
    name = getattr(value, "name", None)
    if not isinstance(name, (str, os.PathLike)):  # io.StringIO, a file opened by its descriptor: no name to give
        return ""
    name = os.fspath(name)
    return f"; it is an open file ({name!r}): {fix.format(name=name)}"


def reloaded_hint(value: Any, cls: type) -> str:
    """``"; ..."`` where ``value`` is an object of an earlier load of ``cls``'s module (the same module and class
    name, another class: ``importlib.reload(readouts.records)`` or IPython's ``%autoreload`` ran after it was
    made), else ``""``: the isinstance check fails, and "must be a Readout, ... not Readout" said nothing."""
    kind = type(value)
    if kind is cls or kind.__name__ != cls.__name__ or kind.__module__ != cls.__module__:
        return ""
    return (f"; it is a {cls.__name__} of an earlier load of {cls.__module__}, which was reloaded since it was "
            f"made (importlib.reload, IPython's %autoreload), so it is no {cls.__name__} of the module as it is "
            "now: restart the interpreter (a module of readouts reloaded alone leaves the others holding its old "
            "classes; importlib.reload(readouts) reloads none of them and is safe)")
