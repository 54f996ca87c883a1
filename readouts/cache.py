"""An optional on-disk embedding cache, so re-running an analysis does not re-encode its sentences.

:class:`CachedEmbedder` wraps any embedder and stores one small file per (embedder, text):

* the **key** is the SHA-256 of the embedder's weights hash (:func:`~readouts.embedding.embedder_hash`)
  and the text, and entries of different weights live in different folders, so a new model never
  reads an old model's vectors;
* an embedder without a ``weights_hash`` (one's own) has only its name to go by, which two different
  embedders may share, or one embedder before and after its code changed: its entries live in a
  folder of its name *and of its vectors for* :data:`PROBE_TEXTS`, encoded once per embedder object
  and process (one small extra call of the model, even where every vector is then read from the
  cache), so another model of the same name gets a folder of its own instead of reading this one's
  vectors; give the embedder a ``weights_hash`` to skip that call;
* every entry carries a **header** (magic, dtype, shape, the key, a SHA-256 of the payload); an entry
  that is truncated, corrupt, foreign or of another format is logged, ignored and rebuilt, never trusted;
* writes are **atomic**: a temporary file in the same folder, flushed and fsync'ed, then
  ``os.replace``; readers see the old entry or the new one, never half of one, so several processes
  may share a cache folder (two writers of the same entry both write a valid file; the last one stays);
* nothing is ever **deleted**: entries that no key of this version names are never read, and stay on disk. Such
  are those of a model since replaced, those of texts an earlier version keyed otherwise (USE and e5 entries
  keyed by the raw text, before they were keyed by the text they encode), those an embedder without a
  ``weights_hash`` wrote in its folder itself before the ``p-...`` subfolders, and a ``.tmp-*.part`` file of a
  write cut short. A file does not say whether a current key names it (a key is a one-way hash of the text
  and the weights hash), so there is no prune that could pick the stale ones out, and none deletes a user's
  files behind their back: to reclaim the space, delete the cache folder (or its ``v1`` folder) yourself;
  every vector is encoded again, and written back, when next needed.

Name and weights hash are the inner embedder's, so a comparison's signature is the same with or
without the cache::

    >>> import numpy as np, tempfile
    >>> class Bag:
    ...     name = "bag"
    ...     def encode(self, texts):
    ...         v = np.array([[t.count("a") + 1.0, len(t)] for t in texts], dtype=np.float32)
    ...         return v / np.linalg.norm(v, axis=1, keepdims=True)
    >>> cached = CachedEmbedder(Bag(), tempfile.mkdtemp())
    >>> first = cached.encode(["a cat", "a dog"])           # encoded, then written
    >>> bool((cached.encode(["a dog"]) == first[1]).all())  # read back, bit for bit
    True
    >>> cached.stats
    {'hits': 1, 'misses': 2, 'rebuilt': 0, 'write_errors': 0, 'read_errors': 0}

Only numpy and the standard library are used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
import threading
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .embedding import (_check_vectors, check_drop, check_texts_kept, check_token_vectors, embedder_hash,
                        embedder_name, encode_texts)
from .errors import CacheError, EmbedderError, InputError, expand_user

__all__ = ["CachedEmbedder", "CacheError", "entry_key", "read_entry", "write_entry", "FORMAT", "PROBE_TEXTS"]

log = logging.getLogger(__name__)

#: Bumped whenever the file layout changes; it names the top folder, so old layouts are never read.
FORMAT = "v1"

_MAGIC = b"RDOEMB\x00\x01"
# magic, dtype (ASCII, NUL-padded), rows, columns, key digest, payload digest
_HEADER = struct.Struct("<8s8sII32s32s")
_DTYPE = np.dtype("<f4")


_WARNED: set[str] = set()  # embedder names already warned about (once per process is enough)
_WRITE_WARNED: set[str] = set()  # cache folders whose failed writes were warned about (once per process)
_READ_WARNED: set[str] = set()  # cache folders whose failed reads were warned about (once per process)


def _name_keyed(embedder: Any) -> list[str]:
    """The names of the embedders whose cache key is their name alone (no ``weights_hash``): the
    embedder itself, or the members of an :class:`~readouts.embedding.Ensemble`, whose own hash is
    made of its members' and so never reads as name-keyed."""
    members = getattr(embedder, "members", None)
    if isinstance(members, (tuple, list)) and members:
        return [n for m in members for n in _name_keyed(m)]
    return [embedder_name(embedder)] if embedder_hash(embedder).startswith("name:") else []


#: What an embedder without a ``weights_hash`` encodes, once per embedder object and process, so that
#: its cache folder is told apart from that of another model of the same name (see :class:`CachedEmbedder`).
PROBE_TEXTS = ("The two ministers discussed the situation in Ukraine and agreed to stay in contact.",
               "Lavrov raised NATO expansion; Blinken urged Russia to de-escalate.")

#: Two probe encodings are the same model's where no coordinate differs by more than this: a model
#: run on another thread count or machine differs in the 7th decimal; another model, by far more.
PROBE_TOLERANCE = 1e-4

#: The probe vectors of each embedder object already probed in this process: id -> (weak or strong
#: reference, vectors), so compare(..., cache_dir=) in a loop encodes the probe sentences once.
_PROBES: dict[int, tuple[Any, np.ndarray]] = {}
_PROBES_LOCK = threading.Lock()


def _probe_vectors(embedder: Any) -> np.ndarray:
    """The vectors of :data:`PROBE_TEXTS` under ``embedder`` ((2, d) float32, L2-normalised); for an
    :class:`~readouts.embedding.Ensemble`, its members' without a weights hash, side by side (the
    others are pinned by their hash, and need not be loaded)."""
    members = getattr(embedder, "members", None)
    if isinstance(members, (tuple, list)) and members:
        parts = [_probe_vectors(m) for m in members if _name_keyed(m)]
        return np.concatenate(parts, axis=1)
    with _PROBES_LOCK:
        held = _PROBES.get(id(embedder))
    if held is not None and held[0]() is embedder:
        return held[1]
    try:
        vecs = encode_texts(embedder, list(PROBE_TEXTS))
    except EmbedderError as exc:
        raise type(exc)(f"{exc} (encoding the cache's probe sentences: an embedder without a weights_hash is told "
                        "apart from other models of its name by their vectors; give it a weights_hash, a string that "
                        "changes with its weights and code, to cache it without them)") from exc
    try:
        ref: Any = weakref.ref(embedder, lambda _, key=id(embedder): _PROBES.pop(key, None))
    except TypeError:  # no weak references to it (__slots__): held for the process, as a model would be
        ref = lambda embedder=embedder: embedder  # noqa: E731
    with _PROBES_LOCK:
        _PROBES[id(embedder)] = (ref, vecs)
    return vecs


def entry_key(weights_hash: str, text: str) -> str:
    """The hex SHA-256 naming the entry of ``text`` under an embedder with ``weights_hash``.

    >>> entry_key("abc", "Lavrov met Blinken.") == entry_key("abd", "Lavrov met Blinken.")
    False
    """
    return hashlib.sha256(weights_hash.encode("utf-8") + b"\x00" + text.encode("utf-8")).hexdigest()


def _encode_entry(key: str, vector: np.ndarray) -> bytes:
    """A sentence vector (1-D) or a matrix of token vectors (2-D, possibly with no rows)."""
    payload = np.ascontiguousarray(vector, dtype=_DTYPE).tobytes()
    rows = vector.shape[0] if vector.ndim == 2 else 1
    header = _HEADER.pack(_MAGIC, _DTYPE.str.encode("ascii"), rows, vector.shape[-1], bytes.fromhex(key),
                          hashlib.sha256(payload).digest())
    return header + payload


def _decode_entry(key: str, data: bytes, matrix: bool = False) -> np.ndarray:
    """The vector (or, with ``matrix``, the rows x cols matrix) held by ``data``; ``ValueError``
    saying what is wrong when it cannot be trusted."""
    if len(data) < _HEADER.size:
        raise ValueError(f"truncated: {len(data)} bytes, shorter than the {_HEADER.size}-byte header")
    magic, dtype, rows, cols, key_digest, digest = _HEADER.unpack_from(data)
    if magic != _MAGIC:
        raise ValueError("not a readouts embedding entry (bad magic)")
    dtype = dtype.rstrip(b"\x00")
    if dtype != _DTYPE.str.encode("ascii"):
        raise ValueError(f"unexpected dtype {dtype!r}")
    if key_digest != bytes.fromhex(key):
        raise ValueError("entry belongs to another text or embedder")
    payload = data[_HEADER.size:]
    if (not matrix and rows != 1) or cols == 0 or len(payload) != rows * cols * _DTYPE.itemsize:
        raise ValueError(f"truncated or padded: shape ({rows}, {cols}) but {len(payload)} payload bytes")
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("payload checksum mismatch")
    vec = np.frombuffer(payload, dtype=_DTYPE).astype(np.float32)
    if not np.isfinite(vec).all():  # a valid checksum over garbage that was written as such
        raise ValueError("payload holds NaN or infinite values")
    return vec.reshape(rows, cols) if matrix else vec


def read_entry(path: Path, key: str, matrix: bool = False) -> np.ndarray | None:
    """The cached vector (or token matrix) at ``path``, or ``None`` when it is missing; raises
    ``ValueError`` when corrupt."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return _decode_entry(key, data, matrix)


def write_entry(path: Path, key: str, vector: np.ndarray) -> None:
    """Write one entry atomically: temp file in the same folder, fsync, ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_encode_entry(key, vector))
            fh.flush()
            os.fsync(fh.fileno())  # the bytes are on disk before the name points at them
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _check_texts(texts: Any) -> list[str]:
    """``texts`` as a list of strings; a single string (which would be encoded character by
    character), None or non-string items are an :class:`~readouts.errors.InputError`."""
    if isinstance(texts, (str, bytes)) or not isinstance(texts, Iterable):
        raise InputError(f"texts must be a list of strings, not {type(texts).__name__}"
                         + ("; wrap one text in a list: [text]" if isinstance(texts, str) else ""))
    texts = list(texts)
    bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
    if bad is not None:
        raise InputError(f"texts must be a list of strings; item {bad} is {type(texts[bad]).__name__}")
    return texts


def check_cache_dir(cache_dir: Any) -> Path:
    """``cache_dir`` as a folder path, or the :class:`CacheError` :class:`CachedEmbedder` raises for it: no
    folder name, or a file. Nothing is created (``readouts evaluate`` checks it before its output folders)."""
    if not isinstance(cache_dir, (str, os.PathLike)) or not str(cache_dir).strip():
        raise CacheError(f"cache_dir must be a folder name (str or Path), got {cache_dir!r}")
    try:
        root = expand_user(cache_dir)
    except InputError as exc:  # a "~" that names no home folder: the cache folder's error, as the others are
        raise CacheError(f"cache_dir {exc}") from None
    try:
        a_file = root.exists() and not root.is_dir()
    except OSError as exc:
        # a folder inside one this user may not enter (another user's home): pathlib's PermissionError
        # escaped, no CacheError, where a folder that cannot be created is one
        raise CacheError(f"cannot use the cache folder {root} ({exc.strerror or exc}); pass a folder this user can "
                         "write, or leave cache_dir unset") from None
    if a_file:
        raise CacheError(f"cache_dir {root} is a file, not a folder; pass a folder (it is created if missing)")
    return root


class CachedEmbedder:
    """Any embedder plus an on-disk cache of its vectors in ``cache_dir`` (see the module docstring).

    ``name`` and ``weights_hash`` are the inner embedder's, so comparisons carry the same signature.
    An embedder without a ``weights_hash`` is keyed by its name and its vectors for
    :data:`PROBE_TEXTS` (encoded once per embedder object and process), with a note in the log: two
    different embedders of the same name, or one whose code changed, get folders of their own unless
    they encode those sentences alike (to 1e-4); a ``weights_hash`` that changes with the weights and
    the code is the sure way, and spares that call.
    ``stats`` counts hits, misses, entries rebuilt and reads and writes that failed.
    """

    def __init__(self, inner: Any, cache_dir: str | os.PathLike[str]) -> None:
        from .embedding import resolve_embedder

        self.inner = resolve_embedder(inner)
        root = check_cache_dir(cache_dir)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name, which no file system takes
            shown = repr(str(root)) if "\x00" in str(root) else root
            raise CacheError(f"cannot create the cache folder {shown}: {getattr(exc, 'strerror', None) or exc}; "
                             "pass a writable folder or leave cache_dir unset") from None
        self.cache_dir = root
        self.stats = {"hits": 0, "misses": 0, "rebuilt": 0, "write_errors": 0, "read_errors": 0}
        self._folder: Path | None = None

    @property
    def name(self) -> str:
        return embedder_name(self.inner)

    @property
    def weights_hash(self) -> str:
        return embedder_hash(self.inner)

    @property
    def folder(self) -> Path:
        """Where this embedder's entries live: one folder per weights hash; for an embedder without
        one, one per name and vectors of :data:`PROBE_TEXTS` (a subfolder ``p-...`` holding them)."""
        if self._folder is None:
            h = self.weights_hash
            base = self.cache_dir / FORMAT / hashlib.sha256(h.encode("utf-8")).hexdigest()[:24]
            unhashed = _name_keyed(self.inner)
            if unhashed and self.name not in _WARNED:
                _WARNED.add(self.name)
                if unhashed == [self.name]:
                    log.warning("embedder %r has no weights_hash; its cache entries are keyed by its name and its "
                                "vectors of %d probe sentences, encoded once per process", self.name, len(PROBE_TEXTS))
                else:  # an Ensemble's hash is made of its members': it said nothing of a member keyed by its name
                    log.warning("embedder %r has members without a weights_hash (%s); its cache entries are keyed by "
                                "their names and their vectors of %d probe sentences, encoded once per process",
                                self.name, ", ".join(map(repr, unhashed)), len(PROBE_TEXTS))
            self._folder = self._probed_folder(base, h) if unhashed else base
        return self._folder

    def _probed_folder(self, base: Path, h: str) -> Path:
        """The subfolder of ``base`` whose stored probe vectors match this embedder's, or a new one
        holding them. (Entries an earlier version keyed by the name alone, in ``base`` itself, are
        never read: nothing says whose vectors they are.)"""
        vecs = _probe_vectors(self.inner)
        key = entry_key(h, "\x00probe\x00" + "\x00".join(PROBE_TEXTS))
        try:
            found = sorted(d for d in base.glob("p-*") if d.is_dir())
        except OSError:
            found = []
        for d in found:
            try:
                stored = read_entry(d / "probe.vec", key, matrix=True)
            except (ValueError, OSError):
                continue
            if stored is not None and stored.shape == vecs.shape and float(np.abs(stored - vecs).max()) <= PROBE_TOLERANCE:
                return d
        folder = base / f"p-{hashlib.sha256(vecs.tobytes()).hexdigest()[:16]}"
        try:
            write_entry(folder / "probe.vec", key, vecs)
        except OSError as exc:  # the entries' own writes fail alike, and say so
            log.debug("could not write the probe vectors in %s: %s", folder, exc)
        return folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.emb"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of ``texts``: cached ones read back, the rest encoded by the inner embedder once and stored."""
        texts = _check_texts(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        h = self.weights_hash
        unique = list(dict.fromkeys(texts))
        # An embedder that encodes each text as another (``model_text``: composed, no invisible characters)
        # says so with ``cache_text``, and its entries are keyed by the text it encodes: "Lav\u00adrov" reads
        # the entry of "Lavrov", never one written before that embedder dropped the soft hyphen.
        as_encoded = getattr(self.inner, "cache_text", None) or (lambda t: t)
        key_of = {t: entry_key(h, as_encoded(t)) for t in unique}
        first: dict[str, str] = {}  # one text per entry, the first given, in the order given
        for t, k in key_of.items():
            first.setdefault(k, t)
        found: dict[str, np.ndarray] = {}
        for k in first:
            vec = self._read(self._path(k), k, False)
            if vec is not None:
                found[k] = vec
        missing = [k for k in first if k not in found]
        self.stats["hits"] += len(first) - len(missing)
        self.stats["misses"] += len(missing)
        if missing:
            sent = [first[k] for k in missing]  # a list of our own: an encode that sorts it must not re-key the entries
            given = list(sent)
            raw = self.inner.encode(sent)
            check_texts_kept(sent, given, self.name)
            # Checked before storing: an embedder's NaN or misshapen output must never reach the disk.
            vecs = _check_vectors(raw, len(missing), self.name)
            self._check_width({v.shape[0] for v in found.values()}, vecs.shape[1])
            for k, t, v in zip(missing, given, vecs):
                found[k] = v
                self._write(k, v, t)
        self._check_width({v.shape[0] for v in found.values()})
        return np.stack([found[key_of[t]] for t in texts])

    def _check_width(self, cached: set[int], new: int | None = None) -> None:
        """A :class:`CacheError` where the entries read back differ in width (the folder is wrong),
        an :class:`~readouts.errors.EmbedderError` where the vectors just encoded differ from them
        (the embedder changed its width; checked before they are stored)."""
        if len(cached) > 1:
            raise CacheError(f"cache folder {self.folder} holds vectors of dimensions {sorted(cached)} for one "
                             "embedder; delete that folder to rebuild it")
        if new is not None and cached and new not in cached:
            raise EmbedderError(f"embedder {self.name!r} returned {new}-dimensional vectors, but its vectors cached in "
                                f"{self.folder} are {cached.pop()}-dimensional: its width changed between calls "
                                "(give an embedder whose vectors change a weights_hash that changes with them)")

    @property
    def encode_with_tokens(self) -> Any:
        """Sentence and content-token vectors, both cached; present only where the inner embedder
        provides tokens (``None`` otherwise, so :func:`~readouts.embedding.supports_tokens` says no)."""
        if not callable(getattr(self.inner, "encode_with_tokens", None)):
            return None
        return self._encode_with_tokens

    def _read(self, path: Path, key: str, matrix: bool) -> np.ndarray | None:
        try:
            return read_entry(path, key, matrix)
        except (ValueError, IsADirectoryError) as exc:  # the entry itself is wrong (its bytes; a folder in its place)
            log.warning("cache entry %s cannot be trusted (%s); rebuilding it", path, exc)
            self.stats["rebuilt"] += 1
        except OSError as exc:
            # The folder cannot be read (a folder of another user, a file where a folder belongs): every
            # entry fails alike, so one warning per folder, as for writes, not one per sentence.
            self.stats["read_errors"] += 1
            folder = str(self.folder)
            if folder in _READ_WARNED:
                log.debug("could not read cache entry %s: %s", path, exc)
            else:
                _READ_WARNED.add(folder)
                log.warning("could not read cache entry %s: %s; the cache in %s is not being read (further failed "
                            "reads there are not logged; stats['read_errors'] counts them)", path, exc, folder)
        return None

    def _write(self, key: str, value: np.ndarray, text: str) -> None:
        try:
            write_entry(self._path(key), key, value)
        except OSError as exc:  # a full or read-only disk costs speed, never correctness
            self.stats["write_errors"] += 1
            folder = str(self.folder)
            if folder in _WRITE_WARNED:  # one warning per folder, not one per sentence
                log.debug("could not write cache entry for %r: %s", text[:40], exc)
            else:
                _WRITE_WARNED.add(folder)
                log.warning("could not write cache entry for %r: %s; the cache in %s is not being filled (further "
                            "failed writes there are not logged; stats['write_errors'] counts them)",
                            text[:40], exc, folder)

    @property
    def pools_topics(self) -> bool:
        """Whether the inner embedder pools topic vectors (``encode_with_tokens(..., drop=)``); they are cached too."""
        return bool(getattr(self.inner, "pools_topics", False))

    def _encode_with_tokens(self, texts: Sequence[str], drop: Sequence[Any] | None = None) -> Any:
        texts = _check_texts(texts)
        spans = check_drop(drop, len(texts)) if drop is not None else [()] * len(texts)
        if not texts:
            empty = np.zeros((0, 0), dtype=np.float32)
            return (empty, []) if drop is None else (empty, [], empty)
        h = self.weights_hash
        unique = list(dict.fromkeys(zip(texts, spans)))
        keys = {(t, d): (entry_key(h, t), entry_key(h, "\x00tokens\x00" + t),
                         entry_key(h, "\x00topic\x00" + json.dumps(d) + "\x00" + t) if d else None)
                for t, d in unique}
        found: dict[tuple[str, Any], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for k in unique:
            kv, kt, kp = keys[k]
            vec = self._read(self._path(kv), kv, False)
            tok = self._read(self._path(kt), kt, True) if vec is not None else None
            top = (self._read(self._path(kp), kp, False) if kp is not None else vec) if tok is not None else None
            if vec is not None and tok is not None and top is not None and top.shape == vec.shape \
                    and (not len(tok) or tok.shape[1] == vec.shape[0]):
                found[k] = (vec, tok, top)
        missing = [k for k in unique if k not in found]
        self.stats["hits"] += len(unique) - len(missing)
        self.stats["misses"] += len(missing)
        if missing:
            sent = [t for t, _ in missing]
            if drop is None:
                raw, toks = self.inner.encode_with_tokens(sent)
            else:
                raw, toks, pooled = self.inner.encode_with_tokens(sent, drop=[d for _, d in missing])
            check_texts_kept(sent, [t for t, _ in missing], self.name)
            vecs = _check_vectors(raw, len(missing), self.name)
            tops = vecs if drop is None else _check_vectors(pooled, len(missing), self.name)
            # refused, not reshaped: (8, 512) token rows were read as (16, 256) and stored
            toks = check_token_vectors(toks, len(missing), vecs.shape[1], self.name)
            self._check_width({r[0].shape[0] for r in found.values()}, vecs.shape[1])
            if tops.shape[1] != vecs.shape[1]:
                raise EmbedderError(f"embedder {self.name!r} returned {tops.shape[1]}-dimensional topic vectors "
                                    f"and {vecs.shape[1]}-dimensional sentence vectors")
            for k, v, tk, tp in zip(missing, vecs, toks, tops):
                found[k] = (v, tk, tp)
                kv, kt, kp = keys[k]
                self._write(kv, v, k[0])
                self._write(kt, tk, k[0])
                if kp is not None:
                    self._write(kp, tp, k[0])
        self._check_width({r[0].shape[0] for r in found.values()})
        rows = [found[k] for k in zip(texts, spans)]
        out = np.stack([r[0] for r in rows]), [r[1] for r in rows]
        return out if drop is None else (*out, np.stack([r[2] for r in rows]))

    def __repr__(self) -> str:
        return f"CachedEmbedder({self.inner!r}, cache_dir={str(self.cache_dir)!r})"
