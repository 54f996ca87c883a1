"""readouts: compare two governments' readouts of the same diplomatic call or meeting.

>>> import readouts
>>> us = readouts.Readout.from_text("Blinken spoke with Lavrov. He urged de-escalation.", side="US")
>>> ru = readouts.Readout.from_text("Lavrov and Blinken spoke by phone. Lavrov raised NATO.", side="RU")
>>> comparison = readouts.compare(us, ru)          # doctest: +SKIP
>>> print(comparison.to_markdown())                # doctest: +SKIP

Heavy dependencies (torch, sentence-transformers) load only when a model is first needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import (  # noqa: E402 - errors are light and needed everywhere
    ArgumentError,
    BrokenDependencyError,
    CacheError,
    CalibrationWarning,
    CallWarning,
    DateWarning,
    DuplicatePointWarning,
    EmbedderError,
    EmbedderWarning,
    EmptyTextError,
    FurnitureWarning,
    GoldFormatError,
    GoldFormatWarning,
    InputError,
    LanguageWarning,
    MissingExtraError,
    ModelNotFoundError,
    NoSentenceError,
    OutputError,
    ReadoutFileError,
    ReadoutsError,
    ReadoutsWarning,
    RecordError,
    SideWarning,
    WrongEncodingError,
)
# Everything else loads on first use (PEP 562), pydantic included: it is most of the import time,
# and a notebook that only does `import readouts` should not pay for it.
_LAZY = {
    **dict.fromkeys(("Comparison", "Flag", "Link", "Point", "Readout", "SetAside", "Signature", "Span"), "records"),
    "compare": "comparison",
    "compare_many": "comparison",
    "Failure": "comparison",
    "evaluate": "evaluation",
    "Embedder": "embedding",
    "SentenceTransformerEmbedder": "embedding",
    "CachedEmbedder": "cache",
}

_SUBMODULES = frozenset({
    "alignment", "cache", "cli", "comparison", "concepts", "cues", "e5", "embedding", "errors", "evaluation",
    "files", "flags", "language", "multilingual", "records", "rendering", "scoring", "segmentation",
    "similarity", "training",
})

__all__ = [
    "__version__", "compare", "compare_many", "evaluate", "Failure", "Readout", "Point", "SetAside", "Link", "Flag", "Span",
    "Signature", "Comparison", "Embedder", "SentenceTransformerEmbedder", "ReadoutsError", "InputError",
    "ArgumentError", "EmptyTextError", "NoSentenceError", "RecordError", "ReadoutFileError", "GoldFormatError", "EmbedderError",
    "ModelNotFoundError", "MissingExtraError", "BrokenDependencyError", "OutputError", "CacheError", "CachedEmbedder",
    "ReadoutsWarning", "LanguageWarning", "SideWarning", "CallWarning", "EmbedderWarning", "CalibrationWarning",
    "GoldFormatWarning",
    "DuplicatePointWarning", "DateWarning", "FurnitureWarning", "WrongEncodingError",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None and name in _SUBMODULES:  # `readouts.records.X` keeps working after `import readouts`
        return import_module(f".{name}", __name__)
    if module is None:
        raise AttributeError(f"module 'readouts' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The submodules too: a notebook completes `readouts.<Tab>` from dir(), and the README sends
    # users to readouts.evaluation, readouts.rendering, readouts.language ... (reachable, see above).
    return sorted({*__all__, *_SUBMODULES})


if TYPE_CHECKING:  # pragma: no cover
    from .cache import CachedEmbedder
    from .comparison import Failure, compare, compare_many
    from .embedding import Embedder, SentenceTransformerEmbedder
    from .evaluation import evaluate
    from .records import Comparison, Flag, Link, Point, Readout, SetAside, Signature, Span
