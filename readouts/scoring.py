"""The calibrated models, shipped as plain numbers in ``params.json``, applied with numpy.

Two logistic models:

* the **link model** turns the pair features of :mod:`readouts.similarity` into the probability
  that two points belong to the same link, so a score means the same across calls;
* the **label model** turns a link's features (:func:`link_features`) into the probability that
  the link is ``asymmetric`` rather than ``equivalent``.

The numbers are produced by ``benchmarks/train.py`` (leave-one-call-out cross-validation on
``examples/corpus``); re-run it to reproduce them.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .errors import ReadoutsError

__all__ = ["LinearModel", "Params", "load_params", "link_features", "LINK_FEATURES", "sigmoid"]

log = logging.getLogger(__name__)

#: Names of the per-link features given to the label model.
LINK_FEATURES: tuple[str, ...] = (
    "mean_cosine", "max_cosine", "mean_zscore", "lexical", "extra_points", "length_ratio", "number_mismatch",
)


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -50, 50)))


@dataclass(frozen=True)
class LinearModel:
    """A standardised logistic model: ``sigmoid(((x - mean) / scale) @ weights + bias)``."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        return sigmoid(((x - self.mean) / self.scale) @ self.weights + self.bias)

    def as_dict(self) -> dict[str, Any]:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": float(self.bias)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinearModel:
        return cls(features=tuple(d["features"]), mean=np.array(d["mean"], dtype=np.float64),
                   scale=np.array(d["scale"], dtype=np.float64), weights=np.array(d["weights"], dtype=np.float64),
                   bias=float(d["bias"]))


@dataclass(frozen=True)
class Params:
    """Everything a comparison's decisions depend on, for one embedder."""

    embedder: str
    link: LinearModel
    label: LinearModel
    link_threshold: float
    group_threshold: float
    label_threshold: float
    min_similarity: float = -1.0

    @property
    def needs_tokens(self) -> bool:
        """Whether the link model reads the token channel (the embedder must provide token vectors)."""
        return any(f.split(".")[0] == "tokens" for f in self.link.features)

    def link_probability(self, features: np.ndarray, cosine: np.ndarray) -> np.ndarray:
        """The link model's probability per pair, zero below the absolute similarity floor: the
        call-relative features would otherwise link the "least unrelated" points of two readouts
        that have nothing in common."""
        prob = self.link.predict(features)
        return np.where(np.asarray(cosine) >= self.min_similarity, prob, 0.0)

    def thresholds(self) -> dict[str, float]:
        return {"link_threshold": self.link_threshold, "group_threshold": self.group_threshold,
                "label_threshold": self.label_threshold, "min_similarity": self.min_similarity}

    def as_dict(self) -> dict[str, Any]:
        return {"link": self.link.as_dict(), "label": self.label.as_dict(), **self.thresholds()}

    @classmethod
    def from_dict(cls, embedder: str, d: dict[str, Any]) -> Params:
        return cls(embedder=embedder, link=LinearModel.from_dict(d["link"]), label=LinearModel.from_dict(d["label"]),
                   link_threshold=float(d["link_threshold"]), group_threshold=float(d["group_threshold"]),
                   label_threshold=float(d["label_threshold"]), min_similarity=float(d.get("min_similarity", -1.0)))


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    with resources.files("readouts").joinpath("params.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def load_params(embedder_name: str, *, tokens: bool = True) -> Params:
    """The shipped parameters calibrated for ``embedder_name``.

    An embedder without its own calibration gets the ``generic`` set (sentence cosine and lexical
    features, fitted on the default model), with a warning in the log: its cosine scale may
    differ, so pass your own thresholds or fit parameters with ``benchmarks/train.py``.
    """
    shipped = _shipped()
    models = shipped["models"]
    entry = models.get(embedder_name)
    if entry is not None:
        params = Params.from_dict(embedder_name, entry)
        if tokens or not params.needs_tokens:
            return params
    log.warning("no parameters calibrated for embedder %r; using the generic ones", embedder_name)
    return Params.from_dict("generic", models["generic"])


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(texts: Sequence[str]) -> set[str]:
    return {n.replace(",", ".") for t in texts for n in _NUMBER.findall(t)}


def link_features(s: np.ndarray, z: np.ndarray, lexical: np.ndarray, a: Sequence[int], b: Sequence[int],
                  texts_a: Sequence[str], texts_b: Sequence[str]) -> np.ndarray:
    """Features of one link (see :data:`LINK_FEATURES`), from the call's pair matrices."""
    block = np.ix_(list(a), list(b))
    ta = " ".join(texts_a[i] for i in a)
    tb = " ".join(texts_b[j] for j in b)
    la, lb = len(ta), len(tb)
    na, nb = _numbers([ta]), _numbers([tb])
    mismatch = float(bool(na ^ nb)) if (na or nb) else 0.0
    return np.array([
        s[block].mean(), s[block].max(), z[block].mean(), lexical[block].max(),
        len(a) + len(b) - 2, min(la, lb) / max(la, lb, 1), mismatch,
    ], dtype=np.float64)


def check_features(model: LinearModel, names: Sequence[str]) -> None:
    if tuple(names) != model.features:
        raise ReadoutsError(
            f"shipped parameters expect features {model.features}, the code computes {tuple(names)}; "
            "re-run benchmarks/train.py")
