"""Gold annotations and the three metrics of the readout-pairs format.

A gold file holds a call's two sides (points already split) and the annotators' links::

    {"id": ..., "a": {"side": "US", "points": [...]}, "b": {...},
     "gold": {"links": [{"a": [0], "b": [2], "label": "equivalent"}], "only_a": [1], "only_b": [0, 1]}}

Metrics, micro-averaged over files:

* ``link``: precision / recall / F1 over point pairs (i, j) induced by links (a x b pairs each), any label;
* ``asym``: the same over pairs of links labelled ``asymmetric``;
* ``only``: precision / recall / F1 over one-sided points ``('a', i)`` and ``('b', j)``.
"""

from __future__ import annotations

import copy
import json
import numbers
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from typing import Annotated as _Annotated
from typing import Any, ClassVar, Literal, NoReturn

from pydantic import BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from .errors import (GoldFormatError, GoldFormatWarning, InputError, OutputError, ReadoutFileError, ReadoutsError,
                     ReadoutsWarning, check_switch, expand_user, misspelt, shown_name, warn_user)
from .files import HEADER_KEYS, _check_path, json_text, read_json, same_path
from .language import readout_sources
from .records import Comparison, FrozenDict, Label, Readout, Signature, _clip, _first_error, _Record, count

__all__ = [
    "GoldLink", "Gold", "Annotated", "Scores", "Counts", "load_annotated", "load_dir", "score_pair",
    "evaluate", "EvaluationResult", "call_key", "prediction_dict", "scan_dir", "write_prediction",
    "GoldFormatWarning", "call_keys",
]

_LABELS = ("equivalent", "asymmetric")
_METRICS = ("link", "asym", "only")
#: Bootstrap draws summed at a time in :meth:`EvaluationResult.interval` (bounds its memory).
_BOOTSTRAP_BLOCK = 10_000
#: The most bootstrap draws :meth:`EvaluationResult.interval` takes: each draw keeps its nine summed
#: counts and its F1s (about 200 bytes), so 10**8 draws wanted some 20 GB and died with numpy's
#: MemoryError; a million (about 200 MB, seconds) is far past where the bounds stop moving.
MAX_RESAMPLES = 1_000_000
#: What each metric counts, as the interval line names it where a draw has none of it.
_METRIC_UNITS = {"link": "link", "asym": "asymmetric link", "only": "one-sided point"}

#: The keys of a pair file, of each side, of its gold block and of a link, as the readout-pairs
#: README shows them. Any other key is ignored with a :class:`GoldFormatWarning` that names it (and
#: the known key it is probably a misspelling of), so a misspelt key is never silently dropped, and a
#: file that carries an extra field ("annotator", a link's "confidence") is still scored.
PAIR_KEYS = ("id", "date", "medium", "participants", "a", "b", "gold")
SIDE_KEYS = (*HEADER_KEYS, "points")
GOLD_KEYS = ("links", "only_a", "only_b", "notes")
LINK_KEYS = ("a", "b", "label", "note")


class _UnknownKeys:
    """The unknown keys met while reading one pair file, reported when it is read: at most one
    :class:`GoldFormatWarning` per kind of place (the file, its sides, the gold block, the links),
    naming each key and where it is, so 200 links with a "confidence" give one warning, not 200."""

    #: kind of place -> (how places of that kind are named, one and several; what its keys are; the keys)
    _KINDS = {"file": ("", "", "a pair file's keys", PAIR_KEYS),
              "side": ("side", "sides", "a side's keys", SIDE_KEYS),
              "gold": ("'gold'", "'gold'", "the gold block's keys", GOLD_KEYS),
              "link": ("link", "links", "a link's keys", LINK_KEYS)}

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: dict[str, dict[str, list[str]]] = {}  # kind -> unknown key -> places

    def check(self, kind: str, place: str, obj: dict[str, Any]) -> None:
        for key in sorted(set(obj) - set(self._KINDS[kind][3])):
            self.found.setdefault(kind, {}).setdefault(key, []).append(place)

    def _places(self, kind: str, places: list[str]) -> str:
        one, many = self._KINDS[kind][:2]
        if kind in ("file", "gold"):
            return one
        shown = ", ".join(places[:10]) + (f", ... ({len(places)} in all)" if len(places) > 10 else "")
        return f"{one if len(places) == 1 else many} {shown}"

    def warn(self) -> None:
        for kind, keys in self.found.items():
            _, _, what, known = self._KINDS[kind]
            names = sorted(keys)
            spread = {tuple(places) for places in keys.values()}
            if len(spread) == 1:  # the same places have them all: "links 0, 1, 2 have 'confidence', 'time'"
                [places] = spread
                where = self._places(kind, list(places))
                verb = "has" if len(places) == 1 else "have"
                said = f"{verb} unknown key(s) {', '.join(map(repr, names))}"
            else:  # sides or links with different keys: "'confidence' (links 0, 1, 2), 'lable' (link 0)"
                where = self._KINDS[kind][1]
                said = "have unknown keys " + ", ".join(f"{k!r} ({self._places(kind, keys[k])})" for k in names)
            head = f"{self.where} {said}" if kind == "file" else f"{self.where}: {where} {said}"
            hints = [f"{key!r} for {close!r}?" for key in names if (close := misspelt(key, known))]
            hint = f" (a misspelling? {' '.join(hints)})" if hints else ""
            warn_user(f"{head}, ignored{hint}; {what} are {', '.join(known)}", GoldFormatWarning)
        self.found.clear()


def _slip_for(block: dict[str, Any], key: str) -> str:
    """" ('glod' for 'gold'?)" where a key of ``block`` is probably a slip of the pen for the missing
    ``key``, else ""."""
    slips = [k for k in block if isinstance(k, str) and (k.casefold() == key or len(key) > 2 and misspelt(k, [key]))]
    return f" ({slips[0]!r} for {key!r}?)" if slips else ""


def _whole_number(v: Any) -> Any:
    """A point index as given: a whole number (numpy's too), not ``True`` or ``"0"``, which pydantic
    took for 1 and 0."""
    if isinstance(v, bool) or type(v).__name__ == "bool_" or not isinstance(v, numbers.Integral):
        raise ValueError(f"a point index must be a whole number, not {type(v).__name__} ({v!r})")
    return int(v)


#: A point index of a :class:`GoldLink` or :class:`Gold`: a whole number of 0 or more.
_Index = _Annotated[int, BeforeValidator(_whole_number), Field(ge=0)]


#: As the records': frozen, and a key the record does not know refused, not dropped in silence (``Gold(...,
#: note="...")`` for ``notes=`` lost the notes). Bad fields are a ``RecordValidationError`` (see
#: :class:`~readouts.records._Record`), a :class:`~readouts.errors.RecordError` as a bad ``Link`` is: they were
#: pydantic's bare ``ValidationError``, which ``except readouts.ReadoutsError`` let through.
_GOLD_CONFIG = ConfigDict(frozen=True, extra="forbid")


class GoldLink(_Record):
    """One annotated (or predicted) link: points of side a and side b (one at least on each side)."""

    model_config = _GOLD_CONFIG

    a: tuple[_Index, ...] = Field(min_length=1)
    b: tuple[_Index, ...] = Field(min_length=1)
    label: Label
    note: str | None = None


def _coverage_problem(links: Sequence[Any], only: Sequence[int], side: str) -> str | None:
    """What is wrong with one side's points across ``links`` and ``only``, where each point must appear
    exactly once, numbered from 0 (None where nothing is): the points given twice, else those missing."""
    seen = Counter([i for l in links for i in getattr(l, side)] + list(only))
    if sorted(seen) == list(range(len(seen))) and all(n == 1 for n in seen.values()):
        return None
    twice = sorted(i for i, n in seen.items() if n > 1)
    if twice:
        return f"point(s) {twice} appear more than once"
    return f"point(s) {sorted(set(range(max(seen) + 1)) - set(seen))} appear nowhere"


class Gold(_Record):
    """The annotation of one pair (or a prediction in the same shape)."""

    model_config = _GOLD_CONFIG

    links: tuple[GoldLink, ...]
    only_a: tuple[_Index, ...]
    only_b: tuple[_Index, ...]
    notes: str | None = None

    @model_validator(mode="after")
    def _each_point_once(self) -> Gold:
        # A point in two links, or in a link and only_a, or a side's points with a gap, was scored as
        # given: every point of each side appears exactly once, numbered from 0, as in a pair file.
        for side in ("a", "b"):
            if (said := _coverage_problem(self.links, getattr(self, f"only_{side}"), side)) is not None:
                raise ValueError(f"on side {side}, {said} across the links and only_{side} (each point of a side "
                                 "appears exactly once, numbered from 0)")
        return self

    @classmethod
    def from_comparison(cls, c: Comparison) -> Gold:
        """The links and one-sided points of a :class:`~readouts.records.Comparison`, as a prediction."""
        if not isinstance(c, Comparison):
            raise InputError(f"Gold.from_comparison takes a Comparison, not {type(c).__name__}")
        return cls(links=tuple(GoldLink(a=l.a, b=l.b, label=l.label) for l in c.links),
                   only_a=c.only_a, only_b=c.only_b)

    def __repr__(self) -> str:
        # pydantic's repr held every link's note and the annotator's notes (about 3,000 characters a
        # call), so load_dir(...) in a notebook cell printed a wall of prose; the fields hold it all.
        asym = sum(l.label == "asymmetric" for l in self.links)
        notes = f", notes of {count(len(self.notes), 'character')}" if self.notes else ""
        return (f"Gold({count(len(self.links), 'link')} ({asym} asymmetric), only_a={self.only_a}, "
                f"only_b={self.only_b}{notes})")

    __str__ = __repr__


@dataclass(frozen=True)
class Annotated:
    """One annotated call: its id, both readouts (points as given) and the gold links."""

    id: str
    path: Path
    a: Readout
    b: Readout
    gold: Gold
    raw: dict[str, Any] = field(repr=False, compare=False)


def call_key(call_id: str) -> str:
    """The call a file belongs to: cross-lingual variants (``-ru``, ``-zh``, ...) share their call's key."""
    if not isinstance(call_id, str):
        raise InputError(f"a call id must be a str, not {type(call_id).__name__}")
    return re.sub(r"-(ru|zh|en|uk|fr|de|es|tr|hi|ar)$", "", call_id)


def _check_indices(where: str, side: str, indices: Any, n: int, one_based: bool = False) -> list[int]:
    """``indices`` checked as a list of point indices of a side of ``n`` points. ``one_based``: the
    gold block's indices on this side look counted from 1 (see :func:`_counted_from_one`), which an
    index out of range then says, with the fix."""
    if not isinstance(indices, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in indices):
        raise GoldFormatError(f"{where}: indices on side {side} must be a list of integers, got {indices!r}")
    for i in indices:
        if not 0 <= i < n:
            size = f"{n} point" if n == 1 else f"{n} points"
            # "out of range (side a has 2 points)" alone left the reader to work out which indices are valid
            numbered = "numbered 0" if n == 1 else f"numbered 0 to {n - 1}"
            hint = (f"; the block's indices on side {side} look counted from 1 (none is 0, the largest is {n}): "
                    "points are counted from 0, as in the readout's list, so subtract 1 from each") if one_based else ""
            raise GoldFormatError(f"{where}: index {i} on side {side} is out of range (side {side} has {size}, "
                                  f"{numbered}){hint}")
    return indices


def _counted_from_one(gold: dict[str, Any], side: str, n: int) -> bool:
    """Whether the gold block's indices on ``side`` (its links' and ``only_<side>``) look counted from 1:
    all whole numbers, none 0, the largest ``n`` (an annotator's or a spreadsheet's numbering)."""
    found: list[Any] = [i for link in gold.get("links") or [] if isinstance(link, dict)
                        for i in (link.get(side) if isinstance(link.get(side), list) else [])]
    only = gold.get(f"only_{side}")
    found += only if isinstance(only, list) else []
    if not found or not all(isinstance(i, int) and not isinstance(i, bool) for i in found):
        return False
    return min(found) >= 1 and max(found) == n


def parse_gold(where: str, gold: Any, n_a: int, n_b: int, *, unknown: _UnknownKeys | None = None) -> Gold:
    """Validate a ``gold`` block against the sides' point counts (every index exactly once). Keys
    the format does not know are ignored with a :class:`GoldFormatWarning` (or gathered into
    ``unknown``, for the caller to report with the rest of the file's)."""
    if not isinstance(gold, dict):
        raise GoldFormatError(f"{where}: 'gold' must be an object with links, only_a and only_b")
    if unknown is not None:
        return _parse_gold(where, gold, n_a, n_b, unknown)
    unknown = _UnknownKeys(where)
    try:
        return _parse_gold(where, gold, n_a, n_b, unknown)
    finally:  # also when the block is refused: a misspelt 'lable' explains "unknown label None"
        unknown.warn()


def _parse_gold(where: str, gold: dict[str, Any], n_a: int, n_b: int, unknown: _UnknownKeys) -> Gold:
    unknown.check("gold", "'gold'", gold)
    # An absent list is an empty one ("no links", "nothing one-sided"): the check below that every
    # point appears exactly once still refuses a block that leaves a point unaccounted for.
    absent = [key for key in ("links", "only_a", "only_b") if key not in gold]
    gold = {**gold, **dict.fromkeys(absent, [])} if absent else gold
    if not isinstance(gold["links"], list):
        raise GoldFormatError(f"{where}: gold 'links' must be a list")
    links = []
    seen: dict[str, list[int]] = {"a": [], "b": []}
    one_based = {"a": _counted_from_one(gold, "a", n_a), "b": _counted_from_one(gold, "b", n_b)}
    for k, link in enumerate(gold["links"]):
        if not isinstance(link, dict):
            raise GoldFormatError(f"{where}: link {k} must be an object")
        unknown.check("link", str(k), link)
        label = link.get("label")
        if isinstance(label, str) and label.strip().lower() in _LABELS:  # "Asymmetric", "equivalent " name one label
            label = label.strip().lower()
        if label is None and "label" not in link:  # "unknown label None" of a label misspelt or left out
            raise GoldFormatError(f"{where}: link {k} has no 'label'{_slip_for(link, 'label')}; give it one of "
                                  f"{', '.join(_LABELS)}")
        if label not in _LABELS:
            raise GoldFormatError(f"{where}: link {k} has unknown label {label!r}; use one of {', '.join(_LABELS)}")
        a = _check_indices(f"{where}: link {k}", "a", link.get("a"), n_a, one_based["a"])
        b = _check_indices(f"{where}: link {k}", "b", link.get("b"), n_b, one_based["b"])
        if not a or not b:
            raise GoldFormatError(f"{where}: link {k} needs at least one point on each side")
        seen["a"] += a
        seen["b"] += b
        note = link.get("note")
        if note is not None and not isinstance(note, str):
            raise GoldFormatError(f"{where}: link {k} has a note that is not a string ({type(note).__name__}); "
                                  "write it as text or leave it out")
        links.append(GoldLink(a=tuple(sorted(a)), b=tuple(sorted(b)), label=label, note=note))
    only_a = _check_indices(f"{where}: only_a", "a", gold["only_a"], n_a, one_based["a"])
    only_b = _check_indices(f"{where}: only_b", "b", gold["only_b"], n_b, one_based["b"])
    for side, only, n in (("a", only_a, n_a), ("b", only_b, n_b)):
        allidx = seen[side] + only
        dup = sorted({i for i in allidx if allidx.count(i) > 1})
        if dup:
            raise GoldFormatError(f"{where}: point(s) {dup} of side {side} appear more than once across links and only_{side}")
        missing = sorted(set(range(n)) - set(allidx))
        if missing:
            why = f" (the block has no 'only_{side}')" if f"only_{side}" in absent else ""
            raise GoldFormatError(f"{where}: point(s) {missing} of side {side} appear neither in a link nor in "
                                  f"only_{side}{why}")
    notes = gold.get("notes")
    if notes is not None and not isinstance(notes, str):
        raise GoldFormatError(f"{where}: gold 'notes' is not a string ({type(notes).__name__}); "
                              "write it as text or leave it out")
    return Gold(links=tuple(links), only_a=tuple(sorted(only_a)), only_b=tuple(sorted(only_b)), notes=notes)


def _participants(where: str, value: Any) -> tuple[str, ...]:
    """A file's ``participants``: a list of names, or one string of names separated by ";" (as in a
    readout header). An entry that holds two names split by a comma ("Jake Sullivan, Nikolai
    Patrushev") or joined by "and" ("Blinken and Lavrov"), which a readout refuses, is read as those
    names, with a :class:`GoldFormatWarning`: an annotated file is still scored."""
    from .records import _and_names, _one_participant, _semicolon_names

    if isinstance(value, str):
        value = list(_semicolon_names(value))
    if not (isinstance(value, list) and all(isinstance(x, str) for x in value)):
        raise GoldFormatError(f"{where}: participants must be a list of names (strings), got {value!r:.80}")
    out: list[str] = []
    for item in value:
        try:
            _one_participant(item)
        except InputError as exc:
            names = [n for x in re.split(r"[,，、]", item) if x.strip() for n in _and_names(x.strip())]
            warn_user(f"{where}: {exc}; read as {len(names)} participants, {names!r}", GoldFormatWarning)
            out.extend(names)
        else:
            out.append(item)
    return tuple(out)


def _side(where: str, data: Any, name: str, unknown: _UnknownKeys) -> Readout:
    """Side ``name`` of a pair file as a readout. The file's ``date`` and ``participants`` apply
    to both sides; a side may give its own, which then win."""
    side = data.get(name) if isinstance(data, dict) else None
    if isinstance(data, dict) and name not in data:
        raise GoldFormatError(f"{where}: has no side {name!r}{_slip_for(data, name)}; a pair "
                              "file has 'a' and 'b', each an object with a 'points' list")
    if isinstance(side, dict) and "points" not in side:  # no warning had named a misspelt 'piont'
        raise GoldFormatError(f"{where}: side {name!r} has no 'points' list"
                              + (_slip_for(side, "points") or f" (its keys: {', '.join(map(str, side))})"))
    if not isinstance(side, dict) or not isinstance(side.get("points"), list):
        raise GoldFormatError(f"{where}: side {name!r} must be an object with a 'points' list")
    unknown.check("side", repr(name), side)
    meta: dict[str, Any] = {"side": name.upper()}
    from_file: set[str] = set()  # keys whose value is the file's, not the side's own
    for source in (data, side):  # the side's own date and participants over the file's
        for k in (HEADER_KEYS if source is side else ("date", "participants")):
            value = source.get(k)
            if value is None or value == "":
                continue
            meta[k] = _participants(f"{where}: side {name!r}" if source is side else where, value) \
                if k == "participants" else value
            (from_file.add if source is data else from_file.discard)(k)
    points = side["points"]
    wordless = [i for i, t in enumerate(points) if isinstance(t, str) and t.strip()
                and not any(ch.isalnum() for ch in t)]
    if wordless and len(wordless) < len(points):
        # Readout.from_points refuses a point "-" that says nothing; an annotated file's points are
        # scored by their indices, so it is kept, with a warning, and the file still scored.
        warn_user(f"{where}: side {name}: point(s) {', '.join(map(str, wordless))} hold no letter or digit "
                  f"({_clip(points[wordless[0]])!r}); kept, as the gold indices count them", GoldFormatWarning)
    try:
        return Readout._from_points(points, side=meta.pop("side"), meta=meta, keep_wordless=True)
    except ReadoutsError as exc:
        # A bad file-level date is no fault of side a, where the message would send the reader.
        culprit = next((k for k in sorted(from_file) if str(exc).startswith(f"invalid readout: {k}")), None)
        if culprit is not None:
            raise GoldFormatError(f"{where}: the file's {culprit}, which side {name} takes: {exc}") from None
        raise GoldFormatError(f"{where}: side {name}: {exc}") from None


def load_annotated(path: str | Path, *, require_gold: bool = True) -> Annotated:
    """Read and validate one annotated pair file."""
    _check_switch(require_gold, "require_gold")
    _check_path(path)
    p = expand_user(path)
    data = read_json(p)
    if not isinstance(data, dict):
        raise GoldFormatError(f"{p}: expected a JSON object, got {type(data).__name__}")
    # A folder of saved comparisons (--save-comparisons) or of readouts given for a folder of pairs
    # gave "side a: point 0 must be str, not dict" or a warning about unknown keys: say what the file is.
    if {"a", "b", "signature", "links"} <= data.keys() and "gold" not in data:
        raise GoldFormatError(f"{p}: a saved comparison (Comparison.from_file reads it), not an annotated pair "
                              "file; a pair file has 'a' and 'b' with their points and a 'gold' block")
    if data.get("format") == EvaluationResult.FORMAT and "a" not in data:
        raise GoldFormatError(f"{p}: an evaluation result (readouts evaluate --summary FILE.json; "
                              "EvaluationResult.from_file reads it), not an annotated pair file; keep it out of the "
                              "folder of pair files")
    if "a" not in data and "b" not in data and "side" in data and ("points" in data or "text" in data):
        raise GoldFormatError(f"{p}: one readout (Readout.from_file reads it), not an annotated pair file; a pair "
                              "file has 'a' and 'b' with their points and a 'gold' block")
    unknown = _UnknownKeys(str(p))
    try:
        unknown.check("file", "", data)
        if data.get("id") is not None and not isinstance(data["id"], str):
            raise GoldFormatError(f"{p}: 'id' must be a string, got {type(data['id']).__name__}")
        a = _side(str(p), data, "a", unknown)
        b = _side(str(p), data, "b", unknown)
        if "gold" in data:
            gold = parse_gold(str(p), data["gold"], a.n, b.n, unknown=unknown)
        elif require_gold:
            # with --skip-bad this line is all that is said of the file: name a misspelt key here too
            raise GoldFormatError(f"{p}: has no 'gold' block{_slip_for(data, 'gold')}")
        else:
            gold = Gold(links=(), only_a=tuple(range(a.n)), only_b=tuple(range(b.n)))
    finally:  # one warning per kind of place and key set, also for a file refused for something else
        unknown.warn()
    call_id = data.get("id") if isinstance(data.get("id"), str) else p.stem
    return Annotated(id=call_id, path=p, a=a, b=b, gold=gold, raw=data)


def _check_switch(value: Any, name: str) -> None:
    """Refuse a switch that is no bool (numpy's included): require_gold="no" read as True."""
    check_switch(value, name)


def _check_folder(what: str, value: Any) -> None:
    if not isinstance(value, (str, os.PathLike)):
        raise InputError(f"{what} must be a folder name (str or Path), not {type(value).__name__}")
    if not os.fspath(value).strip():  # Path("") is ".": the working folder, read or written unasked
        raise InputError(f"{what} is empty; give a folder name")


def _pair_files(directory: str | Path) -> list[Path]:
    _check_folder("directory", directory)
    name = os.fspath(directory)
    if isinstance(name, str) and "\x00" in name:
        # "a\x00b: no such directory" put the NUL itself into the message (invisible in a terminal, a log's line
        # cut short) and blamed a folder that no file system could hold; a file's name is refused alike (_check_path),
        # and an output folder's is an OutputError that quotes it
        raise InputError(f"directory {name!r} holds a NUL character ('\\x00'), which no folder name can hold: a C "
                         "string's end or a byte of binary data pasted with the name; give the folder's name without it")
    d = expand_user(directory)
    try:
        folder, there = d.is_dir(), d.exists()
    except OSError as exc:  # inside a folder this user may not enter: pathlib's PermissionError, no ReadoutsError
        raise GoldFormatError(f"{d}: cannot be read ({exc.strerror or exc})") from None
    if not folder:
        # Say which: "nope: not a directory" read the same for a misspelt folder and for a file given.
        if not there:
            raise GoldFormatError(f"{shown_name(d)}: no such directory; give the directory of annotated pair files")
        hint = (" (to score one pair file, put it in a directory of its own)" if d.suffix.lower() == ".json"
                else "")
        raise GoldFormatError(f"{d}: is a file, not a directory of annotated pairs{hint}")
    # Not hidden files, as the shell's *.json: a folder copied from a Mac holds an AppleDouble
    # "._x.json" (binary) beside each x.json, and one of them stopped the whole run. The suffix in
    # any case ("X.JSON"), as on macOS and Windows, where glob("*.json") finds it too.
    try:
        files = sorted(f for f in d.iterdir() if f.suffix.lower() == ".json" and not f.name.startswith("."))
    except OSError as exc:  # a folder this user may enter but not list
        raise GoldFormatError(f"{d}: cannot be read ({exc.strerror or exc})") from None
    if not files:
        unread = _unread_files(d)
        raise GoldFormatError(f"{d}: holds no .json pair files" + (f" ({'; '.join(unread)})" if unread else ""))
    return files


def _unread_files(d: Path) -> list[str]:
    """What in folder ``d`` looks like pair files that :func:`_pair_files` does not read, each said with
    what to do: a file of JSON under another name (``x.txt``, ``x.json.txt`` from an editor that hid the
    suffix, ``x`` with none), and a subfolder holding ``.json`` files (a call filed a folder too deep), save
    one whose files all share their names with the folder's own pair files (predictions written with
    ``--out``, or comparisons with ``--save-comparisons``, kept beside the pairs). Read past in silence,
    an annotated call was left out of the scores, which looked complete."""
    said: list[str] = []
    own = {f.name.lower() for f in d.iterdir() if f.suffix.lower() == ".json"}
    for f in sorted(d.iterdir()):
        if f.name.startswith("."):
            continue
        try:
            if f.is_dir():
                inside = [g for g in f.iterdir() if g.suffix.lower() == ".json" and not g.name.startswith(".")]
                if inside and not all(g.name.lower() in own for g in inside):
                    said.append(f"its subfolder {f.name}/ holds {len(inside)} .json file(s), which are not read: "
                                f"move them up into {d.name or d}/, or evaluate {f} on its own")
            elif f.suffix.lower() in ("", ".txt", ".jsn", ".js", ".bak") or f.name.lower().endswith(".json.txt"):
                with f.open("rb") as fh:
                    head = fh.read(64).removeprefix(b"\xef\xbb\xbf").lstrip()
                if head.startswith(b"{") and b'"' in head:
                    stem = f.name[:-len(f.suffix)] if f.suffix else f.name
                    said.append(f"{f.name} holds JSON but is not named .json, so it is not read: name it "
                                f"{stem.removesuffix('.json')}.json if it is a pair file")
        except OSError:  # unreadable: nothing to say of it
            continue
    return said


def _warn_unread(directory: str | Path) -> None:
    """One :class:`GoldFormatWarning` naming what in ``directory`` looks like pair files but is not
    read (see :func:`_unread_files`)."""
    unread = _unread_files(expand_user(directory))
    if unread:
        warn_user(f"{expand_user(directory)}: {'; '.join(unread)}", GoldFormatWarning)


def load_dir(directory: str | Path, *, require_gold: bool = True) -> list[Annotated]:
    """Every ``*.json`` pair in ``directory`` (``.JSON`` too), sorted by file name (hidden files, such as
    macOS's ``._x.json``, are none).

    Every file is read before anything is raised, so one error names all the bad files, each with its
    problem: fixing a folder of annotations took one run per bad file when only the first was named.
    One bad file raises its own error as it is; several raise one :class:`GoldFormatError` (as
    :func:`evaluate` does when no file can be scored). Either way the error's ``errors`` attribute
    maps each bad file's name to its own error. :func:`scan_dir` sets them aside instead.
    Files that share an ``id`` are all returned, with a :class:`GoldFormatWarning` naming them; where the
    caller's filters make that warning an error (``python -W error``), they are bad files, each with its
    own :class:`GoldFormatWarning` (:func:`scan_dir` sets them aside, and ``evaluate(on_error="skip")``
    lists them in ``skipped``)."""
    items, bad = scan_dir(directory, require_gold=require_gold)
    if len(bad) == 1:
        [err] = bad.values()
        err.errors = dict(bad)  # type: ignore[union-attr]  # as on the error for several: one place to look
        raise err
    if bad:
        raise _bad_files_error(directory, bad, len(items) + len(bad))
    return items


def _problems(bad: dict[str, ReadoutsError | ReadoutsWarning]) -> str:
    """Each bad file's error, numbered, on one line (each message names its file)."""
    return "; ".join(f"({k}) {e}" for k, e in enumerate(bad.values(), 1))


def _bad_files_error(directory: str | Path, bad: dict[str, ReadoutsError | ReadoutsWarning],
                     total: int) -> GoldFormatError:
    """One error for several bad pair files: each file's name with its own message, in file order."""
    err = GoldFormatError(f"{expand_user(directory)}: {len(bad)} of its {total} pair files are bad "
                          f"({', '.join(bad)}); fix them, or skip them with on_error='skip' (--skip-bad on the "
                          f"command line) to score the rest: {_problems(bad)}")
    err.errors = dict(bad)  # type: ignore[attr-defined]
    return err


def scan_dir(directory: str | Path, *,
             require_gold: bool = True) -> tuple[list[Annotated], dict[str, ReadoutsError | ReadoutsWarning]]:
    """Like :func:`load_dir`, but a bad file is set aside instead of raising.

    Returns the pairs that loaded and ``{file name: error}`` for those that did not. A missing or
    empty directory still raises: there is nothing to skip to.

    >>> items, skipped = scan_dir("examples/corpus")        # doctest: +SKIP
    >>> {name: str(err) for name, err in skipped.items()}  # doctest: +SKIP
    {'broken.json': 'examples/corpus/broken.json: malformed JSON at line 1, column 2: ...'}
    """
    _check_switch(require_gold, "require_gold")  # before the files: "no" would read as True for each
    items: list[Annotated] = []
    skipped: dict[str, ReadoutsError | ReadoutsWarning] = {}
    files = _pair_files(directory)
    _warn_unread(directory)
    for f in files:
        try:
            items.append(load_annotated(f, require_gold=require_gold))
        except (ReadoutsError, ReadoutsWarning) as exc:  # a warning the caller's filters made an error is the file's too
            skipped[f.name] = exc
    # Two files of one id, made an error by the caller's filters (python -W error): both set aside with
    # it, as any file whose warning was made an error; it stopped the whole scan, on_error="skip" too.
    escalated = _warn_same_ids(items)
    if escalated:
        items = [it for it in items if it.path.name not in escalated]
        skipped = dict(sorted({**skipped, **escalated}.items()))
    return items, skipped


def _warn_same_ids(items: Sequence[Annotated]) -> dict[str, ReadoutsWarning]:
    """A :class:`GoldFormatWarning` for each id that two pair files or more share (a copied file, or
    a second annotation of a call): both are still scored, as each is a valid pair file, but the
    micro-average counts that call twice and the interval and cross-validation take them for one
    call, which the reader should know of; it says whether the files are copies of each other. Likewise
    for files without an id (which is then their file name's) that are copies of each other.

    Returns ``{file name: error}`` for the files of a warning that the caller's filters made an error
    (``python -W error``): each such file's own :class:`GoldFormatWarning`, saying that it is not scored
    and why, for the caller to set aside as a bad file (the files of the other warnings are kept)."""
    escalated: dict[str, ReadoutsWarning] = {}

    def warn(same: list[Annotated], said: str, consequence: str) -> None:
        try:
            warn_user(f"{same[0].path.parent}: {said}; {consequence}", GoldFormatWarning)
        except ReadoutsWarning as exc:
            for it in same:
                escalated[it.path.name] = type(exc)(
                    f"{it.path}: not scored, as this warning is an error here (python -W error or a warnings "
                    f"filter): {said}; remove the extra one(s), or give each its own id")

    def groups(key: Any) -> list[list[Annotated]]:
        """The files that share ``key(file)`` (None: no key), two or more to a group."""
        by: dict[Any, list[Annotated]] = {}
        for it in items:
            if (k := key(it)) is not None:
                by.setdefault(k, []).append(it)
        return [same for same in by.values() if len(same) > 1]

    def names_and_times(same: list[Annotated]) -> tuple[str, str]:
        return (", ".join(it.path.name for it in same[:-1]) + f" and {same[-1].path.name}",
                "twice" if len(same) == 2 else f"{len(same)} times")

    for same in groups(lambda it: it.id):
        names, times = names_and_times(same)
        copies = all(it.raw == same[0].raw for it in same[1:])
        what = ("the same content (copies of one file)" if copies
                else "different annotations or points (two versions of one call?)")
        warn(same, f"{len(same)} pair files have the id {same[0].id!r}, with {what}: {names}",
             f"each is scored, so the micro-average counts that call {times}, and the interval and "
             "cross-validation take them for one call; remove the extra one(s), or give each its own id")
    # Copies without an id take their ids from their file names, so they differ: each copy counts as a
    # call of its own, in the micro-average and in the interval alike.
    for same in groups(lambda it: None if isinstance(it.raw.get("id"), str)
                       else json.dumps(it.raw, sort_keys=True, ensure_ascii=False)):
        names, times = names_and_times(same)
        warn(same, f"{len(same)} pair files have the same content and no id (copies of one "
                   f"file): {names}", f"each is scored as a call of its own, so the micro-average counts that call "
                   f"{times} and the interval takes the copies for different calls; remove the extra one(s)")
    return escalated


# -- metrics ---------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __post_init__(self) -> None:
        # Counts(-1, 0, 0) had precision 1.0 and Counts(1.5, 0, 0) wrote 1.5 into the JSON that
        # from_dict then refused: counts are whole numbers of 0 or more (numpy's integers too)
        for name in ("tp", "fp", "fn"):
            v = getattr(self, name)
            if type(v) is int and v >= 0:  # the usual case, at once: training makes millions of these
                continue
            if _bool(v) or not isinstance(v, numbers.Integral) or v < 0:
                raise InputError(f"a count ({name}) must be a whole number of 0 or more, got {v!r}")
            setattr(self, name, int(v))

    def add(self, pred: set, gold: set) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def __iadd__(self, other: Counts) -> Counts:
        # In place, as training sums millions of these into counts of its own; the counts an
        # EvaluationResult holds are read-only (_HeldCounts), where += gives a new Counts instead.
        if not isinstance(other, Counts):
            return NotImplemented
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def __add__(self, other: Counts) -> Counts:
        # A new Counts, both left as they were (a result's read-only ones too): sum(...) and a + b were a
        # TypeError, where the Scores docstring said to add them
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __radd__(self, other: Any) -> Counts:
        # sum(counts) starts at 0
        return Counts(self.tp, self.fp, self.fn) if _zero(other) else NotImplemented

    def __eq__(self, other: object) -> bool:
        # By the counts, whichever kind of Counts (a result's read-only ones equal plain ones)
        if not isinstance(other, Counts):
            return NotImplemented
        return (self.tp, self.fp, self.fn) == (other.tp, other.fp, other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Precision, recall and F1, each None where it is undefined, and the counts they come from.

        A ratio whose denominator is zero says nothing: precision with nothing predicted (``tp + fp``
        is 0), recall with nothing in the gold (``tp + fn`` is 0), F1 with neither. The properties
        :attr:`precision`, :attr:`recall` and :attr:`f1` count such a ratio as 1.0 (a file with no gold
        asymmetric link and one predicted showed asym recall 1.000), which the micro-averages and
        training's threshold choice keep; the reports (:meth:`EvaluationResult.table`, the ``--summary``
        files) and the JSON (:meth:`EvaluationResult.to_dict`) show it as undefined ("—", None).

        >>> Counts(tp=0, fp=2, fn=0).as_dict()
        {'precision': 0.0, 'recall': None, 'f1': 0.0, 'tp': 0, 'fp': 2, 'fn': 0}
        """
        return {"precision": self.precision if self.tp + self.fp else None,
                "recall": self.recall if self.tp + self.fn else None,
                "f1": self.f1 if self.tp + self.fp + self.fn else None,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _zero(x: Any) -> bool:
    """Whether ``x`` is the 0 that ``sum()`` starts from (an int 0, not False)."""
    return type(x) is int and x == 0


@dataclass
class Scores:
    """Counts for the three metrics; add Scores of several files to micro-average them."""

    link: Counts = field(default_factory=Counts)
    asym: Counts = field(default_factory=Counts)
    only: Counts = field(default_factory=Counts)

    def __iadd__(self, other: Scores) -> Scores:
        # In place (see Counts.__iadd__); a result's read-only Scores (_HeldScores) give a new one.
        if not isinstance(other, Scores):
            return NotImplemented
        self.link += other.link
        self.asym += other.asym
        self.only += other.only
        return self

    def __add__(self, other: Scores) -> Scores:
        """New Scores of both files' counts, both left as they were: ``sum(result.per_file.values())`` is the
        micro-average's counts, ``result.overall`` (it was a TypeError that named a private class)."""
        if not isinstance(other, Scores):
            return NotImplemented
        return Scores(self.link + other.link, self.asym + other.asym, self.only + other.only)

    def __radd__(self, other: Any) -> Scores:
        # sum(scores) starts at 0
        return self + Scores() if _zero(other) else NotImplemented

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Scores):
            return NotImplemented
        return (self.link, self.asym, self.only) == (other.link, other.asym, other.only)

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """``{metric: {"precision", "recall", "f1", "tp", "fp", "fn"}}`` for ``link``, ``asym`` and ``only``.

        Precision, recall and F1 are the :class:`Counts` properties (a zero denominator counts as 1.0,
        so they are always numbers, as callers that format or add them expect); :meth:`Counts.as_dict`
        gives None for an undefined one instead. The counts are whole numbers.

        >>> Scores(link=Counts(tp=2, fp=1, fn=1)).as_dict()["link"]
        {'precision': 0.6666666666666666, 'recall': 0.6666666666666666, 'f1': 0.6666666666666666, 'tp': 2, 'fp': 1, 'fn': 1}
        """
        return {name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
                for name, c in (("link", self.link), ("asym", self.asym), ("only", self.only))}


    def to_dict(self) -> dict[str, dict[str, Any]]:
        """``{metric: Counts.as_dict()}``: the counts, and precision, recall and F1 with None where
        undefined (the JSON of :meth:`EvaluationResult.to_dict`)."""
        return {name: c.as_dict() for name, c in (("link", self.link), ("asym", self.asym), ("only", self.only))}

    @classmethod
    def from_dict(cls, data: Any) -> Scores:
        """Scores from :meth:`to_dict` or :meth:`as_dict` (the counts are read; the ratios follow from them).
        Anything else is a :class:`~readouts.errors.RecordError` saying what is wrong."""
        from .errors import RecordError

        def counts(metric: str) -> Counts:
            d = data.get(metric)
            if not isinstance(d, dict) or not {"tp", "fp", "fn"} <= d.keys():
                raise RecordError(f"scores lack {metric!r} with its counts tp, fp and fn (got {_clip(repr(d), 80)})")
            values = [d[k] for k in ("tp", "fp", "fn")]
            if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
                raise RecordError(f"{metric}'s tp, fp and fn must be whole numbers of 0 or more, got {values!r}")
            return Counts(*values)

        if not isinstance(data, dict):
            raise RecordError(f"scores must be an object of link, asym and only, not {type(data).__name__}")
        return cls(link=counts("link"), asym=counts("asym"), only=counts("only"))


def _held_read_only(what: str, name: str) -> FrozenInstanceError:
    return FrozenInstanceError(
        f"the {what} an EvaluationResult holds are read-only (cannot set {name!r}): its overall and interval "
        "follow from the files' counts, checked when it is made; for fewer files use result.subset(names), for "
        "other scores build a new EvaluationResult(per_file=..., overall=None, ...); to add counts up, start "
        "from your own (total = Scores(); total += s)")


class _Held:
    """What makes :class:`_HeldCounts` and :class:`_HeldScores` read-only: setting or deleting a field."""

    _what: ClassVar[str]

    def __setattr__(self, name: str, value: Any) -> None:
        raise _held_read_only(self._what, name)

    def __delattr__(self, name: str) -> None:
        raise _held_read_only(self._what, name)


class _HeldCounts(_Held, Counts):
    """The read-only :class:`Counts` of an :class:`EvaluationResult` (its files' and its ``overall``):
    ``r.per_file[name].link.tp += 1`` left ``overall`` and the interval stale in silence. Equal to a
    plain :class:`Counts` of the same counts; ``+=`` gives a new, plain one and leaves this one as it was."""

    _what = "counts"

    def __init__(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        plain = Counts(tp, fp, fn)  # checked as any Counts
        for name in ("tp", "fp", "fn"):
            object.__setattr__(self, name, getattr(plain, name))

    def __iadd__(self, other: Counts) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def __repr__(self) -> str:
        return f"Counts(tp={self.tp!r}, fp={self.fp!r}, fn={self.fn!r})"


class _HeldScores(_Held, Scores):
    """The read-only :class:`Scores` of an :class:`EvaluationResult`, of :class:`_HeldCounts`: ``r.overall
    += s`` changed ``r.overall`` in place before the result refused the assignment. ``+=`` gives a new,
    plain :class:`Scores`; equal to a plain one of the same counts."""

    _what = "scores"

    def __init__(self, link: Counts | None = None, asym: Counts | None = None, only: Counts | None = None) -> None:
        for name, c in (("link", link), ("asym", asym), ("only", only)):
            c = Counts() if c is None else c
            if not isinstance(c, Counts):
                raise InputError(f"a Scores' {name} must be Counts, not {type(c).__name__}")
            object.__setattr__(self, name, c if type(c) is _HeldCounts else _HeldCounts(c.tp, c.fp, c.fn))

    @classmethod
    def of(cls, s: Scores) -> _HeldScores:
        """``s`` as read-only Scores (``s`` itself where it is such already: nothing can change it)."""
        return s if type(s) is cls else cls(s.link, s.asym, s.only)

    def __iadd__(self, other: Scores) -> Scores:
        if not isinstance(other, Scores):
            return NotImplemented
        out = Scores()
        out += self
        out += other
        return out

    def __repr__(self) -> str:
        return f"Scores(link={self.link!r}, asym={self.asym!r}, only={self.only!r})"


class _ResultDict(FrozenDict):
    """One of an :class:`EvaluationResult`'s dicts (``per_file``, ``predictions``, ...), read-only:
    ``r.per_file.pop(name)`` left ``overall`` and the interval those of the whole set, in silence.
    Still a dict (``==``, JSON, ``dict(...)``, ``.copy()`` an ordinary one); pickles and copies."""

    __slots__ = ("_field",)

    def __init__(self, data: Any = (), field: str = "dict") -> None:
        super().__init__(data)
        self._field = field

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(f"an EvaluationResult's {self._field} is read-only: its overall and interval follow from "
                        "the files it holds, checked when it is made; for fewer files use result.subset(names), for "
                        f"others build a new EvaluationResult(per_file=..., overall=None, ...) "
                        f"(dict(result.{self._field}) is an ordinary copy)")

    __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self), self._field))

    def __missing__(self, key: Any) -> NoReturn:
        # result.comparisons["2017-05-02-us-ru-trump-putin"] was a bare KeyError: the keys are file names, with
        # .json, and comparisons are kept only where evaluate was asked to keep them
        hint = ""
        if isinstance(key, str) and f"{key}.json" in self:
            hint = f" ({key!r} for {key + '.json'!r}? its keys are the pair files' names)"
        elif not self and self._field == "comparisons":
            hint = " (none was kept: evaluate(directory, keep_comparisons=True) keeps each scored file's comparison)"
        elif not self:
            hint = " (it is empty)"
        raise KeyError(f"{key!r} is no file of this result's {self._field}{hint}")

    __hash__ = None  # type: ignore[assignment]  # holds Scores and errors, which do not hash


def _point_count(g: Gold, side: str) -> int:
    """How many points of ``side`` a :class:`Gold` covers (each once, numbered from 0: checked when it is made)."""
    return sum(len(getattr(l, side)) for l in g.links) + len(getattr(g, f"only_{side}"))


def _pairs(links: Iterable[Any], label: str | None = None) -> set[tuple[int, int]]:
    return {(i, j) for l in links if label is None or l.label == label for i in l.a for j in l.b}


def score_pair(pred: Gold, gold: Gold) -> Scores:
    """The three metrics' counts for one file. ``pred`` and ``gold`` must be :class:`Gold` records of
    the same pair: a prediction that covers other points than the gold (another file's, or the sides
    swapped) is an :class:`~readouts.errors.InputError`, not a score."""
    for what, g in (("pred", pred), ("gold", gold)):
        if not isinstance(g, Gold):
            hint = " (Gold.from_comparison(c) makes one of a comparison)" if isinstance(g, Comparison) else ""
            raise InputError(f"{what} must be a Gold record, not {type(g).__name__}{hint}")
    for side in ("a", "b"):
        n_pred, n_gold = _point_count(pred, side), _point_count(gold, side)
        if n_pred != n_gold:
            raise InputError(f"the prediction covers {count(n_pred, 'point')} of side {side} and the gold "
                             f"{count(n_gold, 'point')}: they are not of the same pair (another file's prediction, "
                             "or the sides swapped?)")
    return pair_counts(pred, gold)


def pair_counts(pred: Gold, gold: Gold) -> Scores:
    """:func:`score_pair` unchecked, for training's threshold grids, which score the links they decoded on
    the call's own gold hundreds of thousands of times (their records made by ``model_construct``)."""
    s = Scores()
    s.link.add(_pairs(pred.links), _pairs(gold.links))
    s.asym.add(_pairs(pred.links, "asymmetric"), _pairs(gold.links, "asymmetric"))
    s.only.add({("a", i) for i in pred.only_a} | {("b", j) for j in pred.only_b},
               {("a", i) for i in gold.only_a} | {("b", j) for j in gold.only_b})
    return s


@dataclass
class EvaluationResult:
    """Per-file and micro-averaged scores, and the predictions that produced them.

    Checked when made (see ``__post_init__``), and read-only after: setting a field is a
    :class:`dataclasses.FrozenInstanceError` (an ``AttributeError``) that says what to do instead,
    :meth:`subset` for fewer files, a new result (``overall=None``) for other scores. Its dicts are
    read-only copies of those it was given (still dicts: ``r.per_file.pop(name)`` is a ``TypeError``
    saying the same), and its :class:`Scores` read-only too (``r.overall += s`` or
    ``r.per_file[name].link.tp += 1`` is a ``FrozenInstanceError``, and changes nothing; ``+=`` on
    them gives a new, plain :class:`Scores`), so ``overall`` and the interval stay those of the files.
    It still pickles, copies and compares as before. The errors in :attr:`skipped` are copies of those
    given or raised (class, message, notes; no traceback, which held the frames that raised them): Python
    has no read-only exception, and the result compares and writes each by its class and message."""

    per_file: dict[str, Scores]
    overall: Scores
    predictions: dict[str, Gold]
    #: Files left out by ``on_error="skip"``, by name, with the error each raised.
    #: (A :class:`~readouts.errors.ReadoutsWarning` where the caller's filters made it an error.)
    skipped: dict[str, ReadoutsError | ReadoutsWarning] = field(default_factory=dict)
    #: The call each scored file belongs to (:func:`call_key` of its id), by name, as cross-validation
    #: groups them; a file missing here is taken for the call its name says.
    calls: dict[str, str] = field(default_factory=dict)
    #: The full :class:`~readouts.records.Comparison` of each scored file, by name (its flags,
    #: scores and evidence), where :func:`evaluate` was asked to keep them (``keep_comparisons=True``);
    #: empty otherwise, and after cross-validation, which predicts links only.
    comparisons: dict[str, Comparison] = field(default_factory=dict, repr=False)
    #: The signature of the comparison that scored each file, by name: the backend, its weights,
    #: the thresholds and the hashes of the parameters and lexicons (a batch can mix backends, as
    #: ``compare`` picks one by language). After cross-validation, each held-out call's: the
    #: parameters fitted on the other calls, ``method`` "cv" (:func:`readouts.training.cross_validate`),
    #: or "cv-naive" for the naive baseline (:func:`readouts.training.cross_validate_naive`).
    signatures: dict[str, Signature] = field(default_factory=dict, repr=False)
    #: The ``(level, resamples, seed)`` that :meth:`interval` and :meth:`to_dict` use where none is
    #: given: ``(0.9, 2000, 0)``, or, for a result read back (:meth:`from_dict`), those of the interval
    #: its JSON holds, so that ``to_json`` of a result read from ``to_json(level=0.95)`` writes the same
    #: 95% interval. Not content: two results of equal scores are equal whatever their settings.
    #: (:meth:`table` and the ``--summary`` tables always show the 90% interval, as their lines say.)
    interval_settings: tuple[float, int, int] = field(default=(0.9, 2000, 0), repr=False)

    #: What :meth:`to_dict` writes as ``"format"``, so that a reader knows the file for what it is.
    FORMAT: ClassVar[str] = "readouts-evaluation/1"

    def __post_init__(self) -> None:
        """Checked when made (by hand, in a notebook: a subset of another result's files, say), as
        :meth:`from_dict` checks its JSON: ``overall`` is the sum of the files' counts (None: summed
        here), and what is said of a file (its prediction, signature, call, comparison) is said of a
        scored one. An ``overall`` left from the whole set headed a table of fewer files in silence."""
        from .errors import RecordError

        for name in ("per_file", "predictions", "skipped", "calls", "comparisons", "signatures"):
            if not isinstance(getattr(self, name), dict):
                raise InputError(f"{name} must be a dict {{file name: ...}}, not {type(getattr(self, name)).__name__}")
        kinds = (("per_file", Scores, "Scores"), ("predictions", Gold, "Gold"), ("calls", str, "str"),
                 ("comparisons", Comparison, "Comparison"), ("signatures", Signature, "Signature"),
                 ("skipped", (ReadoutsError, ReadoutsWarning), "ReadoutsError or ReadoutsWarning"))
        for name, kind, said in kinds:
            bad = next(((k, v) for k, v in getattr(self, name).items() if not isinstance(v, kind)), None)
            if bad is not None:
                raise InputError(f"{name}[{bad[0]!r}] must be a {said}, not {type(bad[1]).__name__}")
        for name in ("per_file", "skipped"):  # the others' names are checked against per_file's below
            problem = next(filter(None, map(_file_name_problem, getattr(self, name))), None)
            if problem is not None:
                raise RecordError(f"{name}: {problem}")
        summed = Scores()
        for sc in self.per_file.values():
            summed += sc
        if self.overall is None:
            self.overall = summed
        elif not isinstance(self.overall, Scores):
            raise InputError(f"overall must be Scores (or None, to sum the files'), not {type(self.overall).__name__}")
        elif self.overall != summed:
            said = "; ".join(f"{m} {c.tp}/{c.fp}/{c.fn}, the files' {d.tp}/{d.fp}/{d.fn}"
                             for m, c, d in zip(_METRICS, (self.overall.link, self.overall.asym, self.overall.only),
                                                (summed.link, summed.asym, summed.only)) if c != d)
            raise RecordError(f"overall is not the sum of the files' counts (tp/fp/fn: {said}); pass overall=None "
                              "to have it summed from per_file")
        for name in ("predictions", "calls", "comparisons", "signatures"):
            extra = sorted(set(getattr(self, name)) - set(self.per_file))
            if extra:
                raise RecordError(f"{name} names file(s) with no scores in per_file: {', '.join(map(repr, extra[:5]))}"
                                  f"{f' ({len(extra)} in all)' if len(extra) > 5 else ''}; drop them, or add their scores")
        settings = self.interval_settings
        if not (isinstance(settings, tuple) and len(settings) == 3):
            raise InputError(f"interval_settings must be a tuple (level, resamples, seed), got {settings!r}")
        try:
            self.interval_settings = _check_interval(*settings)
        except InputError as exc:
            raise InputError(f"interval_settings: {exc}") from None
        both = sorted(set(self.per_file) & set(self.skipped))
        if both:
            raise RecordError(f"file(s) both scored and skipped: {', '.join(map(repr, both[:5]))}; a file is one or "
                              "the other")
        # Read-only from here: r.per_file.pop(name), r.overall += s or r.per_file[name].link.tp += 1 left
        # overall and the interval those of other counts, in silence (the fields alone were guarded)
        self.per_file = _ResultDict({k: _HeldScores.of(v) for k, v in self.per_file.items()}, "per_file")
        self.overall = _HeldScores.of(self.overall)
        self.skipped = {k: _held_error(e) for k, e in self.skipped.items()}
        for name in ("predictions", "skipped", "calls", "comparisons", "signatures"):
            setattr(self, name, _ResultDict(getattr(self, name), name))
        object.__setattr__(self, "_checked", True)

    def __setattr__(self, name: str, value: Any) -> None:
        # Its fields are read-only once checked: `r.per_file = {...fewer files}` kept the whole set's
        # overall in silence, the table's last row over other files than its rows (subset() sums again).
        if getattr(self, "_checked", False):
            raise FrozenInstanceError(
                f"an EvaluationResult's fields are read-only (cannot set {name!r}): its overall is the sum of "
                "per_file's counts, checked when it is made; for fewer files use result.subset(names), for "
                "other scores build a new EvaluationResult(per_file=..., overall=None, ...)")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"an EvaluationResult's fields are read-only (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        """Equal where the content is: the scores, predictions, signatures, comparisons, the call each
        file belongs to (a file missing from ``calls`` is the call its name says, as everywhere) and the
        skipped files, each error by its class and message (exceptions compare by identity, so a result
        never equalled itself read back from JSON). ``EvaluationResult.from_json(r.to_json()) == r``
        unless ``r`` kept its comparisons (``keep_comparisons=True``), which the JSON does not hold. The
        interval is no content of its own: it follows from the counts (``interval_settings`` says at
        which level it is shown)."""
        if not isinstance(other, EvaluationResult):
            return NotImplemented

        def content(r: EvaluationResult) -> tuple[Any, ...]:
            return (r.per_file, r.overall, r.predictions, r.signatures, r.comparisons,
                    {name: r.calls.get(name) or _file_call(name) for name in r.per_file},
                    {name: (type(e).__name__, str(e)) for name, e in r.skipped.items()})

        return content(self) == content(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq

    def subset(self, names: str | Iterable[str]) -> EvaluationResult:
        """A result of the named files only: each one's scores (read-only, as this result's), prediction, call, signature and kept comparison, or its error where it was
        skipped; ``overall`` summed again from the files kept, :attr:`interval_settings` kept (its
        :meth:`interval` is recomputed from those files' counts). The files keep this result's order;
        ``names`` is one file name or several, as :attr:`per_file` and :attr:`skipped` name them (a
        ``pathlib.Path`` stands for its file's name: ``subset(sorted(folder.glob("*-ru.json")))``). A name
        that is neither scored nor skipped here is an :class:`~readouts.errors.InputError` naming it
        (each such name, at once); no name at all is one too. This result is not changed.

        >>> english = result.subset(n for n in result.per_file if not n.endswith("-ru.json"))  # doctest: +SKIP
        >>> print(english.table())                                                            # doctest: +SKIP
        """
        if isinstance(names, (str, os.PathLike)):
            names = [names]
        try:
            wanted = list(names)
        except TypeError:
            raise InputError(f"subset takes file names (a str, or a list of them), "
                             f"not {type(names).__name__}") from None
        # a path (pathlib.Path, as a glob of the folder gives) stands for its file's name
        wanted = [os.path.basename(os.fspath(n)) if isinstance(n, os.PathLike) and isinstance(os.fspath(n), str)
                  else n for n in wanted]
        bad = [n for n in wanted if not isinstance(n, str)]
        if bad:
            raise InputError(f"subset takes file names as str, as per_file names them, not {type(bad[0]).__name__} "
                             f"({_clip(repr(bad[0]), 80)})")
        if not wanted:
            raise InputError("subset names no file; give the names of the files to keep, as per_file and skipped "
                             "name them")
        unknown = list(dict.fromkeys(n for n in wanted if n not in self.per_file and n not in self.skipped))
        if unknown:
            known = set(self.per_file) | set(self.skipped)
            hints = [f"{n!r} for {n + '.json'!r}?" for n in unknown if n + ".json" in known] + \
                [f"{n!r} for {os.path.basename(n)!r}?" for n in unknown
                 if os.path.basename(n) != n and os.path.basename(n) in known]
            hint = f" ({' '.join(hints)})" if hints else ""
            more = f", ... ({len(unknown)} in all)" if len(unknown) > 10 else ""
            raise InputError(f"subset: {count(len(unknown), 'file')} neither scored nor skipped in this result: "
                             f"{', '.join(map(repr, unknown[:10]))}{more}"
                             f"{hint}; it holds {count(len(self.per_file), 'scored file')}"
                             f"{f' and {len(self.skipped)} skipped' if self.skipped else ''}")
        keep = set(wanted)

        def kept(d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in d.items() if k in keep}

        return EvaluationResult(per_file=kept(self.per_file), overall=None,
                                predictions=kept(self.predictions), skipped=kept(self.skipped), calls=kept(self.calls),
                                comparisons=kept(self.comparisons), signatures=kept(self.signatures),
                                interval_settings=self.interval_settings)

    def interval(self, level: float | None = None, *, resamples: int | None = None,
                 seed: int | None = None) -> dict[str, tuple[float, float] | None] | None:
        """How far each micro-averaged F1 could move on another set of calls like these: a
        percentile bootstrap interval, resampling calls with replacement (a call's cross-lingual
        variants stay together, as in cross-validation). None with fewer than two calls.
        Reproducible: the same result, level, resamples and seed give the same interval. Each left
        out (None) is :attr:`interval_settings`' (0.9, 2000 and 0, unless the result was read from
        JSON that stored others). ``resamples`` is at most :data:`MAX_RESAMPLES` (1,000,000; more is an
        :class:`~readouts.errors.InputError`).

        A draw whose F1 of a metric is undefined (its calls hold no link of that kind, gold or
        predicted: no asymmetric link, most often) is left out of that metric's interval, as the
        table leaves such a ratio out ("—"); counting it as 1.0 pulled the interval up. The table's
        interval line, the ``--summary`` files and :meth:`to_dict` say how many draws were left out.
        A metric undefined in every draw (none of the calls has such a link) has None.

        >>> result.interval()                      # doctest: +SKIP
        {'link': (0.58, 0.66), 'asym': (0.38, 0.47), 'only': (0.70, 0.77)}
        """
        return self._bootstrap(*self._settings(level, resamples, seed))[0]

    def _settings(self, level: Any, resamples: Any, seed: Any) -> tuple[Any, Any, Any]:
        """The interval's level, resamples and seed: those given, else :attr:`interval_settings`'."""
        own = self.interval_settings
        return (own[0] if level is None else level, own[1] if resamples is None else resamples,
                own[2] if seed is None else seed)

    def _bootstrap(self, level: Any, resamples: Any,
                   seed: Any) -> tuple[dict[str, tuple[float, float] | None] | None, dict[str, int]]:
        """:meth:`interval`, and the number of draws left out of each metric's interval (its F1 undefined)."""
        import numpy as np

        level, resamples, seed = _check_interval(level, resamples, seed)
        calls: dict[str, Scores] = {}
        for name, s in self.per_file.items():
            key = self.calls.get(name) or _file_call(name)
            calls.setdefault(key, Scores())
            calls[key] += s  # a fresh Scores per call: the per-file ones stay as they are
        if len(calls) < 2:
            return None, dict.fromkeys(_METRICS, 0)
        # counts[call, metric] = (tp, fp, fn)
        counts = np.array([[(c.tp, c.fp, c.fn) for c in (s.link, s.asym, s.only)] for s in calls.values()], float)
        n = len(calls)
        rng = np.random.default_rng(seed)
        # Each draw's summed counts, as how often it picks each call times the calls' counts, a block of
        # draws at a time: counts[picks] held every draw's every call's counts at once (1 GB for
        # 100,000 draws of 133 calls). Sums of whole numbers, so exactly what it gave. The picks are
        # drawn a block at a time too (all at once they took 1 GB for a million draws of 133 calls):
        # numpy's generator gives the same numbers drawn in blocks of rows as in one call, so the
        # intervals are those of the one call (tests/test_api_probes42b.py holds seed 0's bounds).
        sums = np.empty((resamples, 3, 3))
        for start in range(0, resamples, _BOOTSTRAP_BLOCK):
            block = rng.integers(0, n, size=(min(_BOOTSTRAP_BLOCK, resamples - start), n))
            times = np.bincount((np.arange(len(block))[:, None] * n + block).ravel(),
                                minlength=len(block) * n).reshape(len(block), n).astype(float)
            sums[start:start + len(block)] = (times @ counts.reshape(n, 9)).reshape(len(block), 3, 3)
        tp, fp, fn = np.moveaxis(sums, -1, 0)  # each (resamples, metric)
        denominator = 2 * tp + fp + fn
        defined = denominator > 0
        f1 = 2 * tp / np.where(defined, denominator, 1)
        bounds: dict[str, tuple[float, float] | None] = {}
        for k, m in enumerate(_METRICS):
            if not defined[:, k].any():
                bounds[m] = None
                continue
            lo, hi = np.quantile(f1[defined[:, k], k], [(1 - level) / 2, (1 + level) / 2])
            bounds[m] = (round(float(lo), 4), round(float(hi), 4))
        return bounds, {m: int((~defined[:, k]).sum()) for k, m in enumerate(_METRICS)}

    def _interval_line(self, bootstrap: tuple[Any, dict[str, int]] | None = None) -> str | None:
        """The line under :meth:`table` (and the ``.md`` summary) with the 90% interval of each F1,
        None under two calls; ``bootstrap``: :meth:`_bootstrap`'s ``(0.9, 2000, 0)`` result, where the
        caller has it already."""
        ci, left_out = bootstrap if bootstrap is not None else self._bootstrap(0.9, 2000, 0)
        if ci is None:
            return None
        parts = []
        for m, bounds in ci.items():
            text = f"{m} —" if bounds is None else f"{m} {bounds[0]:.3f}-{bounds[1]:.3f}"
            if bounds is None:
                text += f" (no {_METRIC_UNITS[m]} in any call, gold or predicted)"
            elif left_out[m]:
                text += (f" ({left_out[m]} of 2000 draws left out: no {_METRIC_UNITS[m]} in them, gold or "
                         "predicted)")
            parts.append(text)
        return "90% interval of each F1, calls resampled (2000 bootstrap draws, seed 0): " + ", ".join(parts)

    def to_dict(self, *, level: float | None = None, resamples: int | None = None,
                seed: int | None = None) -> dict[str, Any]:
        """The result as plain JSON-ready data, what :meth:`from_dict` reads back::

            {"format": "readouts-evaluation/1",
             "overall": {"link": {"precision", "recall", "f1", "tp", "fp", "fn"}, "asym": {...}, "only": {...}},
             "interval": {"level": 0.9, "resamples": 2000, "seed": 0, "link": [lo, hi], "asym": [...], "only": [...],
                          "left_out": {"link": 0, "asym": 12, "only": 0}},
             "files": {name: {"call": ..., "scores": {...as overall}, "signature": {...} or None,
                              "prediction": {"links": [{"a", "b", "label", "note"?}], "only_a": [...],
                                             "only_b": [...], "notes"?} or None}},
             "skipped": {name: {"error": "GoldFormatError", "message": ...}}}

        Each metric's precision, recall and F1 are None where undefined (:meth:`Counts.as_dict`); the
        counts are whole numbers, so a reader can micro-average any subset of files itself. ``interval``
        is :meth:`interval` with the given ``level``, ``resamples`` and ``seed`` (by default
        :attr:`interval_settings`: those of :meth:`table`, 0.9, 2000 and 0, or those of the JSON the
        result was read from), None with fewer than two calls; ``left_out`` counts, for each metric, the draws left
        out of its interval because its F1 was undefined in them (a metric undefined in every draw has
        null bounds). A prediction's link ``note`` and block ``notes`` are written where it has them
        (:func:`evaluate` writes none; a prediction of one's own may). A file's ``signature`` is the
        :class:`~readouts.records.Signature` of the comparison that scored it (backend, thresholds,
        parameter and lexicon hashes).

        >>> json.dumps(result.to_dict())          # doctest: +SKIP
        """
        level, resamples, seed = self._settings(level, resamples, seed)
        ci, left_out = self._bootstrap(level, resamples, seed)
        interval = None if ci is None else {"level": float(level), "resamples": int(resamples), "seed": int(seed),
                                            **{m: None if b is None else list(b) for m, b in ci.items()},
                                            "left_out": left_out}

        def prediction(g: Gold | None) -> dict[str, Any] | None:
            return None if g is None else gold_dict(g)

        files = {}
        for name, s in self.per_file.items():
            sig = self.signatures.get(name)
            files[name] = {"call": self.calls.get(name) or _file_call(name), "scores": s.to_dict(),
                           "signature": sig.model_dump(mode="json") if sig is not None else None,
                           "prediction": prediction(self.predictions.get(name))}
        return {"format": self.FORMAT, "overall": self.overall.to_dict(), "interval": interval, "files": files,
                "skipped": {name: {"error": type(e).__name__, "message": str(e)} for name, e in self.skipped.items()}}

    def to_json(self, indent: int | None = 2, *, level: float | None = None, resamples: int | None = None,
                seed: int | None = None) -> str:
        """:meth:`to_dict` as JSON text (what ``readouts evaluate --summary FILE.json`` writes), its
        interval at ``level``, ``resamples`` and ``seed`` as there; :meth:`from_json` reads it back. ``indent``:
        None (one line) or a whole number of spaces, 0 or more, as :meth:`Comparison.to_json
        <readouts.records.Comparison.to_json>` takes it; anything else is an :class:`~readouts.errors.InputError`."""
        from .errors import check_indent

        # indent=1.5 raised json's bare "TypeError: can't multiply sequence by non-int of type 'float'"
        indent = check_indent(indent, "result", "EvaluationResult.from_file")
        return json.dumps(self.to_dict(level=level, resamples=resamples, seed=seed), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Any) -> EvaluationResult:
        """An :class:`EvaluationResult` from what :meth:`to_dict` gives: the scores (rebuilt from the
        counts), calls, signatures, predictions and skipped files (each error as its readouts class,
        with its message). Data that is not such a result is a :class:`~readouts.errors.RecordError`
        saying what is wrong. (``comparisons`` stay empty: the JSON holds none.) ``overall`` may be left
        out (or null), to be summed from the files' counts (after dropping some files, say); one that is
        not that sum is refused. The ``interval``'s level, resamples and seed become the result's
        :attr:`interval_settings`, so its :meth:`interval` and :meth:`to_dict` give an interval at the
        stored level; its bounds are recomputed from the files' counts (they follow from them, so a
        subset of the files gets its own), not read."""
        from .errors import RecordError

        if not isinstance(data, dict):
            raise RecordError(f"an evaluation result must be a JSON object, not {type(data).__name__}")
        if data.get("format") != cls.FORMAT:
            what = ("a saved comparison (Comparison.from_json reads it)" if {"a", "b", "signature"} <= data.keys()
                    else "an annotated pair file (load_annotated reads it)" if "gold" in data
                    else f"'format' is {data.get('format')!r}, not {cls.FORMAT!r}")
            raise RecordError(f"not an evaluation result as EvaluationResult.to_dict() writes it: {what}")
        try:
            per_file: dict[str, Scores] = {}
            calls: dict[str, str] = {}
            sigs: dict[str, Signature] = {}
            preds: dict[str, Gold] = {}
            if not isinstance(data["files"], dict):
                raise ValueError(f"'files' must be an object {{file name: ...}}, not {type(data['files']).__name__}")
            for name, f in data["files"].items():
                if (problem := _file_name_problem(name)) is not None:
                    raise ValueError(f"'files': {problem}")
                if not isinstance(f, dict):
                    raise ValueError(f"file {name!r} must be an object (call, scores, signature, prediction), "
                                     f"not {type(f).__name__}")
                if not isinstance(f["call"], str) or not f["call"].strip():
                    raise ValueError(f"file {name!r}: 'call' must be a string, got {f['call']!r}")
                calls[name] = f["call"]
                try:
                    per_file[name] = Scores.from_dict(f["scores"])
                except RecordError as exc:
                    raise ValueError(f"file {name!r}: {exc}") from None
                if f.get("signature") is not None:
                    try:
                        sigs[name] = Signature.model_validate(f["signature"])
                    except ValidationError as exc:
                        raise ValueError(f"file {name!r}: signature: {_first_error(exc)}") from None
                if f.get("prediction") is not None:
                    preds[name] = _prediction_of(name, f["prediction"])
            if not isinstance(data.get("skipped") or {}, dict):
                raise ValueError(f"'skipped' must be an object {{file name: {{error, message}}}}, "
                                 f"not {type(data['skipped']).__name__}")
            for name, e in (data.get("skipped") or {}).items():
                if (problem := _file_name_problem(name)) is not None:
                    raise ValueError(f"'skipped': {problem}")
                if not (isinstance(e, dict) and isinstance(e.get("error"), str) and isinstance(e.get("message"), str)):
                    raise ValueError(f"skipped file {name!r} must be an object of 'error' (a class name) and "
                                     f"'message' (text), got {_clip(repr(e), 80)}")
            skipped = {name: _error_of(e["error"], e["message"]) for name, e in (data.get("skipped") or {}).items()}
            settings = _interval_settings(data.get("interval"))
            summed = Scores()
            for s in per_file.values():
                summed += s
            # The micro-average is the files' counts summed: left out (a reader that kept some files
            # and dropped the rest), it is summed again; one that is not the sum (the files edited
            # and the overall not) would head a table whose last row covers other files than its rows.
            overall = Scores.from_dict(data["overall"]) if data.get("overall") is not None else summed
            if overall != summed:
                said = "; ".join(f"{m} {c.tp}/{c.fp}/{c.fn}, the files' {d.tp}/{d.fp}/{d.fn}"
                                 for m, c, d in zip(_METRICS, (overall.link, overall.asym, overall.only),
                                                    (summed.link, summed.asym, summed.only)) if c != d)
                raise ValueError(f"'overall' is not the sum of the files' counts (tp/fp/fn: {said}); "
                                 "leave 'overall' out to have it summed from the files")
        except RecordError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # pydantic's ValidationError is a ValueError
            said = f"lacks {exc}" if isinstance(exc, KeyError) else _clip(" ".join(str(exc).split()), 200)
            raise RecordError(f"not an evaluation result as EvaluationResult.to_dict() writes it: {said}") from None
        return cls(per_file=per_file, overall=overall, predictions=preds, skipped=skipped, calls=calls,
                   signatures=sigs, interval_settings=settings)

    @classmethod
    def from_json(cls, text: str | bytes) -> EvaluationResult:
        """An :class:`EvaluationResult` from :meth:`to_json`'s text (a ``--summary FILE.json``);
        malformed JSON or JSON that holds no result is a :class:`~readouts.errors.RecordError`."""
        from .errors import RecordError

        text = json_text(text, "an evaluation result", dict_reader="EvaluationResult.from_dict(d)",
                         file_reader="EvaluationResult.from_file(path)")
        from .records import _names_a_file

        if not text.strip():  # as Comparison.from_json says it; it was "malformed at line 1, column 1"
            raise RecordError("an evaluation result's JSON is empty or white space only")
        if _names_a_file(text):  # "malformed at line 1, column 1" said nothing of why
            raise InputError(f"{_clip(text)!r} is a file name, not JSON text; read the file with "
                             "EvaluationResult.from_file(path)")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"an evaluation result's JSON is malformed at line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg}") from None
        return cls.from_dict(data)

    @classmethod
    def from_file(cls, path: str | Path) -> EvaluationResult:
        """An :class:`EvaluationResult` saved as JSON (``readouts evaluate --summary FILE.json``,
        :meth:`to_json`); a file that is missing, malformed or holds no result is a
        :class:`~readouts.errors.ReadoutFileError` that starts with the path and says what is wrong."""
        from .errors import RecordError

        from .files import _parse_json, read_text

        _check_path(path)
        text = read_text(expand_user(path))
        head = text.lstrip("\ufeff \t\r\n")
        table = "a Markdown" if head.startswith("| file |") else "a CSV" if head.startswith("file,link_P,") else None
        if table is not None:  # "malformed JSON at line 1, column 1" said nothing of why
            raise ReadoutFileError(f"{path}: {table} scores table (--summary FILE.{'md' if 'Mark' in table else 'csv'}), "
                                   "not an evaluation result saved as JSON; write one with --summary FILE.json "
                                   "(or result.to_json()) to read it back")
        data = _parse_json(text, str(path), ReadoutFileError, "an evaluation result")
        try:
            return cls.from_dict(data)
        except RecordError as exc:
            raise ReadoutFileError(f"{path}: {exc}") from None

    def __repr__(self) -> str:
        # The dataclass repr held every file's scores and every predicted link (about 70,000
        # characters for the corpus), a wall in a notebook cell; it summarises, table() shows all.
        o = self.overall
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        f1 = {m: _cell(c.as_dict()["f1"], 0) for m, c in (("link", o.link), ("asym", o.asym), ("only", o.only))}
        return (f"EvaluationResult({count(len(self.per_file), 'file')}{skipped}: "
                f"link F1 {f1['link']}, asym F1 {f1['asym']}, only F1 {f1['only']})")

    def table(self) -> str:
        """A plain-text table: one row per file, then the micro-average and, over two calls or
        more, its 90% interval from resampling calls (:meth:`interval`)."""
        # As wide as the longest name (44 at least): a name cut short could read as another file's.
        width = max([44, *map(len, self.per_file)])
        head = f"{'file':{width}s} {'link P':>6s} {'R':>5s} {'F1':>5s}  {'asym P':>6s} {'R':>5s} {'F1':>5s}  {'only P':>6s} {'R':>5s} {'F1':>5s}"
        rows = [head, "-" * len(head)]
        for name, s in [*self.per_file.items(), ("MICRO-AVERAGE", self.overall)]:
            if name == "MICRO-AVERAGE":
                rows.append("-" * len(head))
            cells = []
            for c in (s.link, s.asym, s.only):  # "—" where a ratio is undefined (Counts.as_dict)
                d = c.as_dict()
                cells.append(" ".join(_cell(d[k], w) for k, w in (("precision", 6), ("recall", 5), ("f1", 5))))
            rows.append(f"{name:{width}s} " + "  ".join(cells))
        if (line := self._interval_line()) is not None:
            rows.append(line)
        if self.skipped:
            rows.append(f"skipped {len(self.skipped)} bad file(s), not scored: {', '.join(sorted(self.skipped))}")
        return "\n".join(rows)


def _file_name_problem(name: Any) -> str | None:
    """What is wrong with ``name`` as a file's name in a result (a pair file's name, as :func:`evaluate`
    gives it: ``path.name``), or None: an empty one, ``.`` or ``..``, a path (a ``/``) or a NUL byte name
    no pair file (a result's JSON edited by hand took "" for one)."""
    if not isinstance(name, str):
        return f"a file name must be a str, not {type(name).__name__} ({_clip(repr(name), 80)})"
    if not name.strip() or name in (".", "..") or "/" in name or "\x00" in name:
        return (f"{_clip(repr(name), 80)} is no pair file's name (a file name, as evaluate gives it: not empty, "
                "not . or .., without '/')")
    return None


def _cell(value: float | None, width: int) -> str:
    """A score as the text table shows it: 3 decimals, or "—" where it is undefined."""
    return f"{value:{width}.3f}" if value is not None else f"{'—':>{width}s}"


def _file_call(name: str) -> str:
    """The call a file belongs to by its name alone (``x-ru.json`` -> ``x``), where no id says."""
    return call_key(re.sub(r"\.json$", "", name, flags=re.IGNORECASE))


def _held_error(e: ReadoutsError | ReadoutsWarning) -> ReadoutsError | ReadoutsWarning:
    """A skipped file's error as an :class:`EvaluationResult` holds it: a copy of its class, ``args`` (the
    message) and attributes (notes among them), without the traceback, cause and context of the one raised.
    Its traceback held the frames of the code that raised it, and through them every pair file read so far
    (``scan_dir``'s list) and the bad file's text, for as long as the result lived; and the caller's own
    exception (a result built by hand) is not the result's, so raising it again (which sets its traceback)
    or adding a note to it leaves the result as it was. An error whose class cannot be rebuilt from its
    ``args`` (an ``__init__`` of other arguments) is kept as it is."""
    try:
        held = copy.copy(e)  # BaseException.__reduce__: class, args and __dict__; no traceback, cause or context
    except Exception:  # noqa: BLE001 - a class of one's own whose __init__ takes other arguments
        return e
    if type(held) is not type(e) or held.args != e.args:
        return e
    if isinstance(getattr(e, "__notes__", None), list):
        held.__notes__ = list(e.__notes__)  # the copy's own list, not the one add_note extends on the original
    return held


def _error_of(kind: Any, message: Any) -> ReadoutsError | ReadoutsWarning:
    """A skipped file's error read back from JSON: its readouts class by name (ReadoutsError if unknown)."""
    from . import errors

    cls = getattr(errors, kind, None) if isinstance(kind, str) else None
    if not (isinstance(cls, type) and issubclass(cls, (ReadoutsError, ReadoutsWarning))):
        cls = ReadoutsError
    return cls(str(message))


def _check_interval(level: Any, resamples: Any, seed: Any,
                    shown: tuple[Any, Any, Any] | None = None) -> tuple[float, int, int]:
    """An interval's level, resamples and seed checked, as float, int and int; else an InputError.
    ``shown``: the values to name in the message, where the caller passed None for one of another type."""
    shown_level, shown_resamples, shown_seed = shown if shown is not None else (level, resamples, seed)
    # numbers.Real / Integral: numpy's float32 and int64 too, as compare's options take them; no bool.
    if _bool(level) or not isinstance(level, numbers.Real) or not 0 < float(level) < 1:
        raise InputError(f"level must be a number between 0 and 1 (e.g. 0.9), got {shown_level!r}")
    if _bool(resamples) or not isinstance(resamples, numbers.Integral) or resamples < 1:
        raise InputError(f"resamples must be a positive whole number, got {shown_resamples!r}")
    if resamples > MAX_RESAMPLES:  # 10**8 died with numpy's MemoryError after a long wait
        raise InputError(f"resamples must be at most {MAX_RESAMPLES:,} (got {int(resamples):,}): each draw keeps its "
                         "counts in memory, and the bounds stop moving long before that")
    if _bool(seed) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise InputError(f"seed must be a whole number of 0 or more, got {shown_seed!r}")
    return float(level), int(resamples), int(seed)


def _interval_settings(data: Any) -> tuple[float, int, int]:
    """The ``(level, resamples, seed)`` of a stored ``interval`` (:meth:`EvaluationResult.to_dict`); the
    defaults where it is null or left out (fewer than two calls). A ValueError says what is wrong."""
    if data is None:
        return (0.9, 2000, 0)
    if not isinstance(data, dict):
        raise ValueError(f"'interval' must be an object (level, resamples, seed, bounds) or null, "
                         f"not {type(data).__name__}")
    level, resamples, seed = data["level"], data["resamples"], data["seed"]
    # the checks interval() makes, in JSON's own types only (a string "0.9", true or 2000.0 is no setting)
    try:
        return _check_interval(level if type(level) in (int, float) else None,
                               resamples if type(resamples) is int else None,
                               seed if type(seed) is int else None, shown=(level, resamples, seed))
    except InputError as e:
        raise ValueError(f"the interval's {e}") from None


def _bool(x: Any) -> bool:
    import numpy as np

    return isinstance(x, (bool, np.bool_))


def gold_dict(g: Gold) -> dict[str, Any]:
    """A :class:`Gold` as the ``gold`` block of a pair file: links (each link's ``note`` where it has
    one), ``only_a``, ``only_b`` and the block's ``notes`` where it has them, as :func:`parse_gold`
    reads it back."""
    links = [{"a": list(l.a), "b": list(l.b), "label": l.label, **({"note": l.note} if l.note is not None else {})}
             for l in g.links]
    return {"links": links, "only_a": list(g.only_a), "only_b": list(g.only_b),
            **({"notes": g.notes} if g.notes is not None else {})}


def _prediction_of(name: str, data: Any) -> Gold:
    """A file's ``prediction`` in :meth:`EvaluationResult.to_dict`, read back (a ValueError says what is
    wrong). Strict: a point index is a whole number of 0 or more (not "0" or true, which pydantic would
    take for 0 and 1), a label one of the two, a note text; every point of a side appears once across
    the links and ``only_<side>``, and the side's points are numbered from 0 without a gap."""
    where = f"file {name!r}: prediction"
    if not isinstance(data, dict):
        raise ValueError(f"{where} must be an object of links, only_a and only_b, not {type(data).__name__}")

    def indices(what: str, value: Any) -> tuple[int, ...]:
        if not isinstance(value, list) or not all(type(i) is int and i >= 0 for i in value):
            raise ValueError(f"{where}: {what} must be a list of point indices (whole numbers of 0 or more), "
                             f"got {_clip(repr(value), 80)}")
        return tuple(value)

    if not isinstance(data.get("links"), list):
        raise ValueError(f"{where}: 'links' must be a list, got {_clip(repr(data.get('links')), 80)}")
    links = []
    for k, l in enumerate(data["links"]):
        if not isinstance(l, dict):
            raise ValueError(f"{where}: link {k} must be an object, not {type(l).__name__}")
        a, b = indices(f"link {k}'s 'a'", l.get("a")), indices(f"link {k}'s 'b'", l.get("b"))
        if not a or not b:
            raise ValueError(f"{where}: link {k} needs at least one point on each side")
        if l.get("label") not in _LABELS:
            raise ValueError(f"{where}: link {k} has unknown label {l.get('label')!r}; "
                             f"use one of {', '.join(_LABELS)}")
        if l.get("note") is not None and not isinstance(l["note"], str):
            raise ValueError(f"{where}: link {k}'s note must be text, not {type(l['note']).__name__}")
        links.append(GoldLink(a=a, b=b, label=l["label"], note=l.get("note")))
    only_a, only_b = indices("'only_a'", data.get("only_a")), indices("'only_b'", data.get("only_b"))
    for side, only in (("a", only_a), ("b", only_b)):
        if (said := _coverage_problem(links, only, side)) is not None:
            raise ValueError(f"{where}: on side {side}, {said} across the links and only_{side} (each point "
                             "appears exactly once)")
    notes = data.get("notes")
    if notes is not None and not isinstance(notes, str):
        raise ValueError(f"{where}: 'notes' must be text, not {type(notes).__name__}")
    return Gold(links=tuple(links), only_a=only_a, only_b=only_b, notes=notes)


def prediction_dict(item: Annotated, pred: Gold) -> dict[str, Any]:
    """A prediction file in the gold shape: the input's fields with ``gold`` replaced (a link's
    ``note`` and the block's ``notes`` kept where the prediction has them)."""
    if not isinstance(item, Annotated):
        raise InputError(f"item must be an Annotated pair (load_annotated(path) reads one), not {type(item).__name__}")
    if not isinstance(pred, Gold):
        hint = " (Gold.from_comparison(c) makes one of a comparison)" if isinstance(pred, Comparison) else ""
        raise InputError(f"pred must be a Gold record, not {type(pred).__name__}{hint}")
    for side, r in (("a", item.a), ("b", item.b)):
        if _point_count(pred, side) != r.n:  # a prediction of another pair made a pair file that no reader takes
            raise InputError(f"{item.path.name}: the prediction covers {count(_point_count(pred, side), 'point')} of "
                             f"side {side}, and the pair's side {side} has {count(r.n, 'point')}: it is another "
                             "pair's prediction")
    out = {k: v for k, v in item.raw.items() if k != "gold"}
    out["gold"] = gold_dict(pred)
    return out


def evaluate(directory: str | Path, *, embedder: Any = None, out: str | Path | None = None,
             on_error: Literal["raise", "skip"] = "raise", progress: bool = False,
             cache_dir: str | Path | None = None, keep_comparisons: bool = False,
             **options: Any) -> EvaluationResult:
    """Compare each annotated pair's two sides (points as given) and score against the gold links.

    ``out``: a directory that receives one prediction file per input, same file name.
    ``on_error="skip"``: a file that cannot be read or compared (a :class:`ReadoutsError`, or a
    warning the caller's filters make an error, such as the one on pair files that share an id) is left
    out and recorded in ``result.skipped``; the rest are scored as usual. If no file is left, it
    raises: an empty score would read as a perfect one.
    ``progress``: tqdm bars on stderr (the CLI turns them on); ``cache_dir``: keep embeddings on disk.
    ``keep_comparisons=True``: keep each scored file's :class:`~readouts.records.Comparison` (its
    flags, link scores and evidence) in ``result.comparisons``, by file name, so the flags on the
    evaluated calls need no second ``compare``; off by default, since a comparison holds both
    readouts and their similarity matrix (the scores are the same either way).
    ``embedder`` and the threshold options are :func:`readouts.compare`'s.

    Returns an :class:`EvaluationResult`. Raises :class:`~readouts.errors.InputError` for a bad
    argument, :class:`~readouts.errors.ReadoutFileError` (or its subclass ``GoldFormatError``) for
    a folder or pair file that cannot be read (with ``on_error="raise"``; with ``"skip"``, when none
    can), :class:`~readouts.errors.OutputError` for an ``out`` that cannot be
    written, and what :func:`readouts.compare` raises.

    >>> result = evaluate("examples/corpus", on_error="skip")   # doctest: +SKIP
    >>> print(result.table())                                   # doctest: +SKIP
    >>> result = evaluate("examples/corpus", keep_comparisons=True)          # doctest: +SKIP
    >>> [f.kind for f in result.comparisons["2017-05-02-us-ru-trump-putin.json"].flags]  # doctest: +SKIP
    ['unconfirmed_claim', 'strength_shift', ...]
    """
    from .comparison import Failure, _check_flag, compare_many

    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    _check_flag(keep_comparisons, "keep_comparisons")  # "no" or None would read as a truth value
    _check_flag(progress, "progress")
    _check_folder("directory", directory)
    if out is not None:
        _check_folder("out", out)
        _pair_files(directory)  # a missing folder of pair files is said before ``out`` is made (it was left empty)
        check_out_dir(out, directory)  # an unusable --out fails now, not after the slow part
    if on_error == "raise":
        items, skipped = load_dir(directory), {}
    else:
        items, skipped = scan_dir(directory)
    # a warning about a readout names its pair file: "'A' of 2022-02-01" alone was many files' readout
    with readout_sources({id(r): str(it.path) for it in items for r in (it.a, it.b)}):
        comparisons = list(compare_many(((it.a, it.b) for it in items), embedder=embedder, on_error=on_error,
                                        progress=progress, cache_dir=cache_dir, **options))
    kept: list[tuple[Annotated, Comparison]] = []
    for item, comp in zip(items, comparisons, strict=True):
        if isinstance(comp, Failure):
            skipped[item.path.name] = type(comp.error)(f"{item.path}: {comp.error}")
        else:
            kept.append((item, comp))
    if not kept:
        # Bad files make a GoldFormatError; a failure of the set-up (the embedder, a missing extra)
        # is not the files' fault, so it keeps its own type and comes first.
        errors = list(skipped.values())
        first = next((e for e in errors if not isinstance(e, ReadoutFileError)), errors[0])
        if isinstance(first, ReadoutFileError):  # the files' own problems: each file's, not the first alone
            raise GoldFormatError(f"{directory}: none of its {len(skipped)} pair file(s) could be scored: "
                                  f"{_problems(skipped)}")
        raise type(first)(f"{directory}: none of its {len(skipped)} pair file(s) could be scored; first: {first}")
    # the result is read-only once made: what it holds is given to it whole
    return _score([it for it, _ in kept], [c for _, c in kept], out, skipped=dict(sorted(skipped.items())),
                  comparisons_kept={item.path.name: comp for item, comp in kept} if keep_comparisons else {})


def _score(items: Sequence[Annotated], comparisons: Iterable[Comparison], out: str | Path | None, *,
           skipped: dict[str, ReadoutsError | ReadoutsWarning] | None = None,
           comparisons_kept: dict[str, Comparison] | None = None) -> EvaluationResult:
    per_file: dict[str, Scores] = {}
    preds: dict[str, Gold] = {}
    sigs: dict[str, Signature] = {}
    overall = Scores()
    out_dir = expand_user(out) if out is not None else None
    if out_dir is not None:
        _make_out_dir(out_dir)
    for item, comp in zip(items, comparisons, strict=True):
        pred = Gold.from_comparison(comp)
        s = score_pair(pred, item.gold)
        per_file[item.path.name] = s
        preds[item.path.name] = pred
        sigs[item.path.name] = comp.signature
        overall += s
        if out_dir is not None:
            write_prediction(out_dir, item, pred)
    return EvaluationResult(per_file=per_file, overall=overall, predictions=preds, calls=call_keys(items),
                            signatures=sigs, skipped=skipped or {}, comparisons=comparisons_kept or {})


def call_keys(items: Iterable[Annotated]) -> dict[str, str]:
    """``{file name: the call it belongs to}``, by each file's id, as cross-validation groups them."""
    return {it.path.name: call_key(it.id) for it in items}


def check_out_dir(out: str | Path, directory: str | Path) -> Path:
    """Make the predictions directory ``out`` and return it; refuse the annotated ``directory``
    itself, where each prediction would overwrite the gold file of the same name."""
    _check_folder("out", out)
    out_dir = expand_user(out)
    if same_path(out_dir, directory):
        raise OutputError(f"{out_dir}: the predictions directory is the annotated directory itself; each "
                          "prediction would overwrite its gold file. Give another directory")
    _make_out_dir(out_dir)
    return out_dir


def _make_out_dir(out_dir: Path, what: str = "predictions directory") -> None:
    try:
        a_file = out_dir.exists() and not out_dir.is_dir()
    except OSError as exc:  # inside a folder this user may not enter: pathlib's PermissionError, no ReadoutsError
        raise OutputError(f"{out_dir}: cannot create the {what} ({exc.strerror or exc})") from None
    if a_file:  # mkdir would say "File exists", as if all were well
        raise OutputError(f"{out_dir}: cannot create the {what}: it is a file; give a folder name")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name, which no file system takes
        shown = repr(str(out_dir)) if "\x00" in str(out_dir) else out_dir
        raise OutputError(f"{shown}: cannot create the {what} ({getattr(exc, 'strerror', None) or exc})") from None


def check_comparisons_dir(save: str | Path, directory: str | Path, out: str | Path | None = None) -> Path:
    """Make the folder ``save`` that receives each scored file's comparison as JSON (``readouts
    evaluate --save-comparisons``) and return it; refuse the annotated ``directory`` (each comparison
    would overwrite the gold file of its name) and the predictions folder ``out`` (likewise its prediction)."""
    _check_folder("save_comparisons", save)
    save_dir = expand_user(save)
    for other, what in ((directory, "annotated directory"), (out, "predictions directory")):
        if other is not None and same_path(save_dir, other):
            raise OutputError(f"{save_dir}: the comparisons directory is the {what} itself; each comparison would "
                              "overwrite the file of the same name there. Give another directory")
    _make_out_dir(save_dir, "comparisons directory")
    return save_dir


def write_comparison(save_dir: str | Path, name: str, comparison: Comparison) -> Path:
    """Write ``comparison`` as ``save_dir / name``, the JSON ``readouts compare --format json`` gives
    (:meth:`Comparison.from_file <readouts.records.Comparison.from_file>` reads it back, with errors that
    name the file); an unwritable place is an :class:`OutputError`."""
    target = expand_user(save_dir) / name
    try:
        target.write_text(comparison.model_dump_json(indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the comparison ({exc.strerror or exc})") from None
    return target


def write_prediction(out_dir: str | Path, item: Annotated, pred: Gold) -> Path:
    """Write ``pred`` as ``out_dir / <input file name>`` in the gold shape; an unwritable place is an
    :class:`~readouts.errors.OutputError`, a ``pred`` that is not of ``item``'s pair an
    :class:`~readouts.errors.InputError` (checked before anything is written)."""
    data = prediction_dict(item, pred)
    out_dir = expand_user(out_dir)
    _make_out_dir(out_dir)
    target = out_dir / item.path.name
    if same_path(target, item.path):
        raise OutputError(f"{target}: this is the gold file the prediction was made from; writing there would "
                          "overwrite the annotations. Give another directory")
    try:
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the prediction ({exc.strerror or exc})") from None
    return target
