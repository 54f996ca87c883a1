"""The calibrated models, shipped as plain numbers in ``params.json``, applied with numpy.

Two logistic models, and an optional third:

* the **link model** turns the pair features of :mod:`readouts.similarity` into the probability
  that two points belong to the same link, so a score means the same across calls;
* the **attachment model** (:func:`attach_features`; optional, and no shipped backend has one,
  since cross-validation did not keep it) decides, once the one-to-one links are made, whether a
  remaining point joins a link as its second or third point on that side, knowing the link's
  anchor and sibling;
* the **label model** turns a link's features (:func:`link_features`) into the probability that
  the link is ``asymmetric`` rather than ``equivalent``.

The numbers are produced by ``benchmarks/train.py`` (leave-one-call-out cross-validation on
``examples/corpus``); re-run it to reproduce them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .errors import InputError, ReadoutsError

__all__ = ["LinearModel", "Params", "load_params", "link_features", "attach_features", "LINK_FEATURES",
           "ATTACH_FEATURES", "CUE_FEATURES", "sigmoid"]


#: Names of the per-link features given to the label model.
#: ``claim_one_side`` was the one cue feature kept in the early rounds (asym F1 0.170 -> 0.196 on the
#: first calls; each other cue alone did less). Since the thirty-ninth round every cue feature of
#: :data:`CUE_FEATURES` is one, with the label threshold chosen on a finer grid
#: (:data:`readouts.training.LABEL_GRID`): on the gold links of our 93 English calls a link with any
#: cue shift is asymmetric 79% of the time, one without 32% (the development pairs: 88% and 19%),
#: and the label model, trained on gold links, reads it where the cosines leave it open. Asym F1,
#: leave-one-call-out: 93 English calls 0.440 -> 0.444 (10-fold 0.434 -> 0.440), the 40
#: cross-lingual files with USE + e5 0.342 -> 0.349, the 6 English development pairs 0.316 -> 0.359;
#: links unchanged. (The cues alone on the old grid gave 0.429 / 0.426; the finer grid alone 0.435.)
LINK_FEATURES: tuple[str, ...] = (
    "mean_cosine", "max_cosine", "mean_zscore", "lexical", "extra_points", "length_ratio", "number_mismatch",
    "claim_one_side", "strength_gap", "polarity_shift", "commitment_shift", "attribution_shift", "detail_mismatch",
    "any_shift",
)


#: The coverage flags' topic threshold for parameters that do not set one: the value chosen by
#: hand for all-MiniLM-L6-v2 before it was fitted per backend.
DEFAULT_TOPIC_THRESHOLD = 0.45


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

    def __post_init__(self) -> None:
        # A model loaded from someone's JSON: a NaN weight or a zero scale gave NaN probabilities, and
        # so no link at all, in silence; a short list, a numpy broadcasting error at the first call.
        if not isinstance(self.features, tuple) or not all(isinstance(f, str) for f in self.features):
            raise InputError(f"a model's features must be a list of feature names, got {self.features!r}")
        n = len(self.features)
        for name in ("mean", "scale", "weights"):
            v = getattr(self, name)
            if not isinstance(v, np.ndarray) or v.dtype.kind != "f":
                raise InputError(f"a model's {name} must be a float array, not {type(v).__name__}")
            if v.shape != (n,):
                raise InputError(f"a model's {name} must hold {n} numbers, one per feature, not {v.size} "
                                 f"(features: {', '.join(self.features)})")
            if not np.isfinite(v).all():
                raise InputError(f"NaN or infinite values in a model's {name}: {v.tolist()}")
        if not (self.scale > 0).all():
            raise InputError(f"a model's scale must be positive (a feature's spread), got {self.scale.tolist()!r}")
        if isinstance(self.bias, bool) or not isinstance(self.bias, (int, float)) or not np.isfinite(self.bias):
            raise InputError(f"a model's bias must be a finite number, got {self.bias!r}")

    def predict(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        return sigmoid(((x - self.mean) / self.scale) @ self.weights + self.bias)

    def as_dict(self) -> dict[str, Any]:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": float(self.bias)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinearModel:
        _require_keys(d, ("features", "mean", "scale", "weights", "bias"),
                      "a model must be a dict of features, mean, scale, weights and bias",
                      lambda names: f"a model lacks {names}; it needs features, mean, scale, "
                                    "weights and bias (as LinearModel.as_dict() writes them)")
        features = d["features"]
        if isinstance(features, str) or not isinstance(features, (list, tuple)):
            raise InputError(f"a model's features must be a list of feature names, got {features!r}")
        return cls(features=tuple(features), mean=_floats(d["mean"], "mean"), scale=_floats(d["scale"], "scale"),
                   weights=_floats(d["weights"], "weights"), bias=_float(d["bias"], "a model's bias"))


def _require_keys(d: Any, keys: Sequence[str], not_dict: str, lacking: Callable[[str], str]) -> None:
    """Refuse ``d`` unless it is a dict holding ``keys``: ``not_dict`` (with the type found) or
    ``lacking`` (given the missing keys, quoted and joined) is the :class:`InputError`'s message."""
    if not isinstance(d, dict):
        raise InputError(f"{not_dict}, not {type(d).__name__}")
    missing = [k for k in keys if k not in d]
    if missing:
        raise InputError(lacking(", ".join(map(repr, missing))))


def _floats(v: Any, what: str) -> np.ndarray:
    try:
        out = np.array(v, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(f"a model's {what} must be a list of numbers, got {v!r}") from None
    if isinstance(v, (str, bytes)) or out.ndim != 1:
        raise InputError(f"a model's {what} must be a list of numbers, got {v!r}")
    return out


def _float(v: Any, what: str) -> float:
    """``v`` as a float, or an :class:`~readouts.errors.InputError` naming ``what``."""
    if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
        raise InputError(f"{what} must be a number, got {v!r}")
    return float(v)


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
    #: The attachment model; without one, a point joins a link on its link probability alone.
    attach: LinearModel | None = None
    #: The (lower) group threshold for a point next to one of the link's points on its own side
    #: (:mod:`readouts.alignment`); None: ``group_threshold`` for every point.
    adjacent_threshold: float | None = None
    #: How the topic channel's vectors are made: pooled from the token pass without the actor,
    #: act and tone spans (True; the embedder must pool, see
    #: :func:`~readouts.embedding.supports_pooling`) or by encoding the topic texts (False).
    topic_pooled: bool = False
    #: Average-link cosine above which points share a topic in the coverage flags
    #: (:func:`readouts.flags.topics`). Backends' cosine scales differ (USE + e5 puts unrelated
    #: points of a call near 0.5, MiniLM near 0.1), so :func:`readouts.training.fit` sets it per
    #: backend as the cosine that about one point pair in six of a call reaches
    #: (:func:`readouts.flags.topic_threshold`); parameters without one get MiniLM's 0.45.
    topic_threshold: float = DEFAULT_TOPIC_THRESHOLD
    #: For an ensemble backend whose link model reads each member's own cosine
    #: (the ``members`` of :func:`readouts.similarity.build_pairs`): the members' vector widths, in order.
    members: tuple[int, ...] = ()

    @property
    def needs_tokens(self) -> bool:
        """Whether the link model reads the token channel (the embedder must provide token vectors)."""
        return any(f.split(".")[0] == "tokens" for f in self.link.features)

    @property
    def needs_topic(self) -> bool:
        """Whether the link model reads the topic channel (the points' topic texts get embedded too)."""
        return any(f.split(".")[0] == "topic" for f in self.link.features)

    def link_probability(self, features: np.ndarray, cosine: np.ndarray) -> np.ndarray:
        """The link model's probability per pair, zero below the absolute similarity floor: the
        call-relative features would otherwise link the "least unrelated" points of two readouts
        that have nothing in common."""
        prob = self.link.predict(features)
        return np.where(np.asarray(cosine) >= self.min_similarity, prob, 0.0)

    def group_score(self, pairs: Any, prob: np.ndarray) -> Callable[[list[tuple[int, int]]], np.ndarray] | None:
        """The attachment scores :func:`readouts.alignment.decode_pairs` groups by, given its
        one-to-one links; None (group on link probability) where there is no attachment model."""
        if self.attach is None:
            return None
        model = self.attach

        def score(core: list[tuple[int, int]]) -> np.ndarray:
            idx, x = attach_features(pairs, prob, core)
            out = np.zeros(len(prob), dtype=np.float64)
            if len(idx):
                out[idx] = model.predict(x)
            return out

        return score

    def fingerprint(self) -> str:
        """SHA-256 (16 hex digits) of every number in these parameters, for the signature."""
        import hashlib

        blob = json.dumps({"embedder": self.embedder, **self.as_dict()}, sort_keys=True, default=float)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    @property
    def near_threshold(self) -> float:
        """The group threshold in force for a point next to the link's point: ``adjacent_threshold``
        where set (and lower), else ``group_threshold``."""
        if self.adjacent_threshold is None:
            return self.group_threshold
        return min(self.adjacent_threshold, self.group_threshold)

    def thresholds(self) -> dict[str, float]:
        return {"link_threshold": self.link_threshold, "group_threshold": self.group_threshold,
                "adjacent_threshold": self.near_threshold, "label_threshold": self.label_threshold,
                "min_similarity": self.min_similarity, "topic_threshold": self.topic_threshold}

    def as_dict(self) -> dict[str, Any]:
        out = {"link": self.link.as_dict(), "label": self.label.as_dict(), **self.thresholds()}
        if self.adjacent_threshold is None:
            del out["adjacent_threshold"]
        if self.attach is not None:
            out["attach"] = self.attach.as_dict()
        if self.topic_pooled:
            out["topic"] = "pooled"
        if self.members:
            out["members"] = list(self.members)
        return out

    def __post_init__(self) -> None:
        # Parameters of one's own (Params.from_dict of a JSON file, dataclasses.replace): a threshold
        # of 5 or NaN linked nothing, in silence, where compare(link_threshold=5) is refused.
        for name in ("link", "label", "attach"):
            model = getattr(self, name)
            if not isinstance(model, LinearModel) and not (name == "attach" and model is None):
                raise InputError(f"parameters' {name} model must be a readouts.scoring.LinearModel, "
                                 f"not {type(model).__name__}")
        for name in ("link_threshold", "group_threshold", "label_threshold", "adjacent_threshold", "min_similarity",
                     "topic_threshold"):
            v = getattr(self, name)
            if v is None and name == "adjacent_threshold":
                continue
            low = -1.0 if name in ("min_similarity", "topic_threshold") else 0.0
            if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)) or not low <= v <= 1.0:
                raise InputError(f"parameters' {name} must be a number between {low:g} and 1, got {v!r}")
        if not isinstance(self.members, tuple) or not all(
                isinstance(m, (int, np.integer)) and not isinstance(m, bool) and m > 0 for m in self.members):
            raise InputError(f"parameters' members must be the members' vector widths (whole numbers above 0), "
                             f"got {self.members!r}")

    @classmethod
    def from_dict(cls, embedder: str, d: dict[str, Any]) -> Params:
        """Parameters from a dict as :meth:`as_dict` writes it (and ``readouts/params.json`` holds per
        backend); a dict that is none is an :class:`~readouts.errors.InputError` saying what is wrong."""
        _require_keys(d, ("link", "label", "link_threshold", "group_threshold", "label_threshold"),
                      "parameters must be a dict as Params.as_dict() writes it",
                      lambda names: f"parameters for {embedder!r} lack {names} (a dict as Params.as_dict() writes "
                                    "it: link, label, link_threshold, group_threshold, label_threshold, ...)")

        def number(key: str, default: Any = None) -> Any:
            v = d.get(key, default)
            return None if v is None else _float(v, f"parameters' {key}")

        members = d.get("members", ())
        if isinstance(members, (str, bytes)) or not isinstance(members, (list, tuple)) \
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in members):
            raise InputError(f"parameters' members must be a list of whole numbers (vector widths), got {members!r}")
        return cls(embedder=embedder, link=LinearModel.from_dict(d["link"]), label=LinearModel.from_dict(d["label"]),
                   link_threshold=number("link_threshold"), group_threshold=number("group_threshold"),
                   label_threshold=number("label_threshold"), min_similarity=number("min_similarity", -1.0),
                   attach=LinearModel.from_dict(d["attach"]) if "attach" in d else None,
                   adjacent_threshold=number("adjacent_threshold"),
                   topic_threshold=number("topic_threshold", DEFAULT_TOPIC_THRESHOLD),
                   topic_pooled=_topic_mode(d.get("topic", "encoded")) == "pooled",
                   members=tuple(members))


def _topic_mode(mode: Any) -> str:
    if mode not in ("pooled", "encoded"):
        raise InputError(f"parameters name topic mode {mode!r}; known: 'pooled', 'encoded'")
    return str(mode)


@lru_cache(maxsize=1)
def shipped_params() -> dict[str, Any]:
    """``params.json`` as shipped, read once: every backend's fitted numbers (``"models"``), the files
    they were fitted on and the script that fitted them. The modules that pick a calibration read it
    (:func:`load_params`, and which embedder names have one of their own); treat it as read-only."""
    with resources.files("readouts").joinpath("params.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)


def load_params(embedder_name: str, *, tokens: bool = True) -> Params:
    """The shipped parameters calibrated for ``embedder_name``.

    An embedder without its own calibration gets the ``generic`` set (sentence cosine and lexical
    features, fitted on the default model), with a :class:`~readouts.errors.CalibrationWarning`: its
    cosine scale may differ, so pass your own thresholds or fit parameters with ``benchmarks/train.py``.
    ``load_params("generic")`` asks for that set and gives none. (The notice was a line in the log, once
    per name and process, which a notebook or a pipeline's tests never showed; as a warning, Python's own
    filters show it once per calling line and let it be silenced or made an error.)
    """
    shipped = shipped_params()
    models = shipped["models"]
    entry = models.get(embedder_name)
    if entry is not None:
        params = Params.from_dict(embedder_name, entry)
        if tokens or not params.needs_tokens:
            return params
    if embedder_name != "generic":
        from .errors import CalibrationWarning, warn_user

        why = ("the parameters fitted for it need token vectors, which this embedder does not give"
               if entry is not None else "no parameters are fitted for it")
        warn_user(f"embedder {embedder_name!r} gets the generic parameters, fitted on the default model's cosines: "
                  f"{why}, and its cosine scale may differ, so links may be found or missed by chance; check a few "
                  "links, and pass params fitted for it (benchmarks/train.py), or "
                  "params=readouts.scoring.load_params('generic') to take the generic ones knowingly", CalibrationWarning)
    return Params.from_dict("generic", models["generic"])


#: Thousands grouped by a space (plain, no-break, narrow or thin), as Russian typography writes them: "10 000".
_SPACED = r"(?<!\d)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d.,]\d)(?!\d)"
_NUMBER = re.compile(_SPACED + r"|\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?")
_SPACE = re.compile(r"[ \u00a0\u202f\u2009]")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: A Latin or Cyrillic letter right before a number, or a capitalised word or a Chinese character and
#: a hyphen: the number is part of a name ("G20", "COP27", "COVID-19", "Су-35", "苏-35"), not one the
#: point gives (not "mid-2024", "Mid-2024" or "Early-2025").
_LETTER = "A-Za-zА-Яа-яЁё"
_NAME_BEFORE = re.compile(rf"(?:[{_LETTER}]|(?<![{_LETTER}\d_-])(?!(?:Mid|Pre|Post|Early|Late)-)[A-ZА-ЯЁ][{_LETTER}]*"
                          r"[-\u2011]|[\u4e00-\u9fff][-\u2011－])\Z")
#: After a number: a group named by it ("二十国集团", "20国集团": the G20), a name as "G20" is.
_GROUP_AFTER = "国集团"
#: Scale words after a number, with their values (longest first: "万亿" before "万").
_SCALES = (("万亿", 1e12), ("万", 1e4), ("亿", 1e8), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
           ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6), ("mln", 1e6), ("тыс", 1e3), ("млн", 1e6),
           ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9), ("трлн", 1e12),
           ("триллион", 1e12))
#: A scale word right after a number: "14亿", "100多亿" (over 10 billion), "1.4 billion", "US$240bn",
#: "1,4 млрд", "10 тыс.", "2 миллиона".
#: "10 тысячелетий" is ten millennia, as "10 millennia" reads, no ten thousand.
_SCALE = re.compile(r"\s?[多余]?(万亿|万|亿)|\s?(?i:(bn|mn|mln))(?![^\W_])"
                    r"|\s(?i:((?:thousand|million|billion|trillion)s?|тыс\.?|тысяч(?!елет)[а-я]*|млн\.?"
                    r"|миллион[а-я]*|млрд\.?|миллиард[а-я]*|трлн\.?|триллион[а-я]*))(?!\w)")
#: A time span after a count up to ten ("过去4年", "4 years", "4 года"): English and Russian versions
#: write such a count in words ("the past four years", "четыре года"), and a unit alone is none to
#: :func:`_numbers` in every language ("四年", "four years"), so the digit is none too.
_SPAN_AFTER = re.compile(r"\s?(?:[多余]?(?:年|个月|天|周|小时)|(?i:years?|months?|weeks?|days?|hours?|лет|года?"
                         r"|месяц[а-я]*|недел[а-я]*|дн[а-я]*|день|час[а-я]*)(?!\w))")
_SMALL = frozenset(map(str, range(1, 11)))
#: Between the two ends of a range, whose scale word the last end alone carries ("$10-20 billion",
#: "10–20 млрд", "100至200亿", "from 10 to 20 billion", "от 10 до 20 млрд"): both ends get it.
_RANGE_TO = re.compile(r"\s?(?:[-\u2010\u2011\u2013\u2014~\uff5e至到]|\s(?i:to|and|or|до|и|или)\s)\s?(?=\d)")
#: Set phrases in Chinese numerals that are names, with the number their English and Russian
#: versions write (None: none): "两个一百年" (the "two centenary goals", "двух столетних целей"),
#: "九二共识" (the 1992 Consensus, "консенсус 1992 года").
_HAN_NAMES = {"两个一百年": None, "九二共识": 1992.0}
_HAN_NAME = re.compile("|".join(_HAN_NAMES))
#: A number in Chinese numerals ("二十", "十四亿", "五十", "三千五百万", "二十多亿"), read by
#: :func:`_han_number`; "统一" or "两国" hold none (a numeral of one character is no number, as the
#: English "one" or "two" is none to :func:`_numbers`).
_HAN_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千万亿]+(?:[多余](?:万亿|万|亿))?")
_HAN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
               "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Before a Chinese numeral: it is a vague amount ("几十亿", "数十亿": billions), as the English
#: "billions" is, no number ("上百万", "成千上万" hold no numeral that :func:`_han_number` reads).
_HAN_VAGUE = ("几", "数")
#: Words that end in a numeral character ("统一", unification; "唯一", only): that character is no
#: part of a numeral right after it ("统一万岁" holds no 10,000), and words that open with a scale
#: character ("万岁", long live; "万众", the multitude): no numeral ends in it.
_HAN_WORD_ENDS = ("统一", "唯一", "同一", "单一", "专一", "划一", "逐一", "之一", "归一")
_HAN_WORD_OPENS = ("万岁", "万众", "万物", "万事", "万分", "万般", "万象", "万古", "万全", "万千", "千秋")
#: English numbers in words that Chinese writes in numerals (:data:`_HAN_NUMERAL`): from eleven up
#: ("fifty years", "the seventieth anniversary", "twenty-first century"), and a scale word after a
#: count ("a billion", "two million"); "one", "two" or "ten" alone are none, as "一", "两" or "十"
#: alone are none, and "billions" or "a hundred" (years: "百年") is none, nor "the Group of Twenty".
_EN_UNITS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_EN_TEENS = {w: i for i, w in enumerate("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                          "nineteen".split(), 11)}
_EN_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_EN_ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth "
                                            "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                            "seventeenth eighteenth nineteenth".split(), 1)}
_EN_ORDINALS |= {w[:-1] + "ieth": v for w, v in _EN_TENS.items()} | {"hundredth": 100}
_EN_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_SPELLED = re.compile(
    r"(?i)(?<![\w-])(?:"
    # "twenty", "twenty-five", "twenty five", "twenty-first"
    r"(?P<tens>" + "|".join(_EN_TENS) + r")(?:[-\u2011 ](?P<unit>" + "|".join(_EN_UNITS) + r")(?![\w-])"
    r"|[-\u2011](?P<unit_th>" + "|".join(_EN_ORDINALS) + r")(?![\w-]))?"
    r"|(?P<teen>" + "|".join(_EN_TEENS) + r")"  # "eighteen"
    r"|(?P<ordinal>" + "|".join(o for o, v in _EN_ORDINALS.items() if v > 10) + r")"  # "seventieth"
    # a count before a scale word: "two hundred", "a billion" (not "a hundred", "a thousand")
    r"|(?P<count>(?:a|an)(?=\s+(?:m|b|tr|hundred\s+(?:t|m|b|and\s|(?:" + "|".join([*_EN_TENS, *_EN_TEENS])
    + r")\b)))|ten|" + "|".join(_EN_UNITS) + r")"
    r"(?=\s+(?:" + "|".join(_EN_SCALES) + r")\b(?!-)))"
    # "one hundred and fifty" 150, "one hundred million", "a hundred thousand": a hundred of a larger scale
    r"(?:\s+(?P<scale>" + "|".join(_EN_SCALES) + r")(?:(?<=hundred)(?:\s+and)?\s+(?:(?P<rest_tens>"
    + "|".join(_EN_TENS) + r")(?:[-\u2011 ](?P<rest_unit>" + "|".join(_EN_UNITS) + r"))?|(?P<rest_one>"
    + "|".join([*_EN_TEENS, *_EN_UNITS, "ten"]) + r"))(?![\w-]))?(?:\s+(?P<scale2>thousand|million|billion|trillion))?"
    r"(?![\w-]))?(?!\w)")
#: Russian numbers in words, as :data:`_EN_SPELLED` reads English ones: tens and teens in any case
#: ("двадцать пять", "семьдесят", "двадцати лет", "пятнадцати"; not the G20's name "Группа двадцати"),
#: ordinals from eleven up ("семидесятая годовщина", "двадцать первого века"), anniversaries
#: ("семидесятилетие"), and a count in any case before a scale word ("один миллион", "двух
#: миллиардов", "полтора миллиона", "сто миллионов"); a unit alone ("двух стран", "пяти лет") or "сто"
#: alone is none, as "two", "five" and "a hundred" are none in English.
_RU_UNITS = {w: i for i, w in enumerate("один два три четыре пять шесть семь восемь девять".split(), 1)} | {
    "одна": 1, "одно": 1, "две": 2}
_RU_UNITS_OBL = {"одного": 1, "одной": 1, "одному": 1, "одним": 1, "двух": 2, "двум": 2, "двумя": 2, "трёх": 3,
                 "трех": 3, "трём": 3, "трем": 3, "тремя": 3, "четырёх": 4, "четырех": 4, "четырём": 4,
                 "четырем": 4, "четырьмя": 4} | {w: i for i, w in enumerate(
                     "пяти шести семи восьми девяти".split(), 5)} | {w: i for i, w in enumerate(
                         # the instrumental, after a ten ("двадцатью пятью") or before a scale word only
                         # (:data:`_RU_SPELLED`): "семью" alone is a family
                         "пятью шестью семью восемью девятью".split(), 5)}
_RU_TEENS = {w: i for i, w in enumerate("одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
                                          "семнадцать восемнадцать девятнадцать".split(), 11)}
_RU_TENS = {w: 10 * i for i, w in enumerate("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят "
                                              "девяносто".split(), 2)}
_RU_TEENS_OBL = {w[:-1] + "и": v for w, v in _RU_TEENS.items()}  # "пятнадцати"
_RU_TENS_OBL = {"двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
                "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90}
#: Ordinal stems: "двадцат|ый", "сороков|ой", "пятнадцат|ого", "сот|ая" (hundredth, as English reads it).
_RU_ORDINAL_STEMS = {w[:-1]: v for w, v in (_RU_TEENS | _RU_TENS_OBL).items() if v != 40} | {"сороков": 40, "сот": 100}
#: The instrumental of teens and tens ("с пятнадцатью", "с двадцатью странами", "пятьюдесятью";
#: forty's and ninety's are "сорока", "девяноста", as in the other oblique cases).
_RU_TEENS_OBL |= {w[:-1] + "ью": v for w, v in _RU_TEENS.items()}
_RU_TENS_OBL |= {"двадцатью": 20, "тридцатью": 30, "пятьюдесятью": 50, "шестьюдесятью": 60, "семьюдесятью": 70,
                 "восемьюдесятью": 80}
#: Singular endings only: the plural "девяностые" is a decade ("the nineties"), no number in English.
_RU_ORD_END = r"(?:ый|ой|ая|ое|ого|ому|ом|ую)"
_RU_UNIT_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                     "восьм": 8, "девят": 9}
_RU_COUNTS = _RU_UNITS | _RU_UNITS_OBL | {"десять": 10, "десяти": 10, "сто": 100, "ста": 100, "полтора": 1.5,
                                          "полторы": 1.5}
_RU_SCALES = {"тысяч": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}
_RU_HUNDREDS = {w: 100 * i for i, w in enumerate("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот "
                                                   "девятьсот".split(), 1)} | {
    w: 100 * i for i, w in enumerate("ста двухсот трёхсот четырёхсот пятисот шестисот семисот восьмисот "
                                     "девятисот".split(), 1)} | {"трехсот": 300, "четырехсот": 400}
#: The hundreds in the dative, instrumental and prepositional ("двумстам", "с двумястами странами",
#: "о пятистах"), as "двухсот" in the genitive: "ста" is a hundred in every oblique case.
_RU_HUNDREDS |= {w: 100 * i for forms in (
    "двумстам трёмстам четырёмстам пятистам шестистам семистам восьмистам девятистам",
    "двумястами тремястами четырьмястами пятьюстами шестьюстами семьюстами восемьюстами девятьюстами",
    "двухстах трёхстах четырёхстах пятистах шестистах семистах восьмистах девятистах")
    for i, w in enumerate(forms.split(), 2)} | {
    "тремстам": 300, "четыремстам": 400, "трехстах": 300, "четырехстах": 400,
    "восьмьюстами": 800}

#: Each of the three in any case, nominative or oblique (the hundreds' tens, teens and units of
#: :data:`_RU_SPELLED`, read by :func:`_ru_number`): merged once, not at every number read.
_RU_TEENS_ANY = _RU_TEENS | _RU_TEENS_OBL
_RU_TENS_ANY = _RU_TENS | _RU_TENS_OBL
_RU_UNITS_ANY = _RU_UNITS | _RU_UNITS_OBL


def _alt(words: Any) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_RU_SPELLED = re.compile(
    r"(?i)(?<![\w-])(?:"
    # "сто пятьдесят", "двести", "триста миллионов" ("сто" alone is none: :func:`_ru_number`)
    # and in an oblique case: "ста сорока" 140, "двухсот пятидесяти", "двумястами двадцатью"
    r"(?P<hundreds>" + _alt(_RU_HUNDREDS) + r")(?:\s(?:(?P<htens>" + _alt(_RU_TENS_ANY)
    + r")(?:\s(?P<hunit2>" + _alt(_RU_UNITS_ANY) + r"))?|(?P<hteen>" + _alt(_RU_TEENS_ANY)
    + r")|(?P<hunit>" + _alt(_RU_UNITS_ANY) + r"))(?!\w))?|"
    # "двадцать пять", "двадцать первого", "двадцати пяти"
    r"(?P<tens>" + _alt(_RU_TENS) + r")(?:\s(?P<unit>" + _alt(_RU_UNITS) + r")(?!\w)|\s(?P<unit_th>"
    + _alt(_RU_UNIT_ORDINALS) + r")(?:ий|ья|ье|ьего|ьей|ьему|ьем|ьи|ьих|ьим|" + _RU_ORD_END[3:] + r")?"
    r"|(?P<anniv>" + _alt(_RU_TENS_OBL | _RU_TEENS_OBL) + r")(?P<anniv_unit>" + _alt(_RU_UNITS_OBL)
    + r")?лет(?:ие|ия|ию|ием|ии|н[а-яё]+)"  # "семидесятилетие", "двадцатипятилетия"
    r"|(?P<tens_obl>" + _alt(_RU_TENS_OBL) + r")(?:\s(?P<unit_obl>" + _alt(_RU_UNITS_OBL) + r")(?!\w))?"
    r"|(?P<teen>" + _alt(_RU_TEENS | _RU_TEENS_OBL) + r")"
    r"|(?P<ordinal>" + _alt(_RU_ORDINAL_STEMS) + r")" + _RU_ORD_END +  # "семидесятая", "двадцатого"
    r"|(?P<count>" + _alt(_RU_COUNTS) + r")(?=\s+(?:" + "|".join(_RU_SCALES) + r")[а-яё]{0,3}(?!\w)))"
    r"(?:\s+(?P<scale>" + "|".join(_RU_SCALES) + r")[а-яё]{0,3}(?!\w))?(?!\w)")
#: A century in Roman numerals ("XXI век", "в XXI веке"), as "21st century" and "二十一世纪" read, and
#: half a Russian scale word ("полмиллиона", "полмиллиарда"), as "half a million" and "50万" read.
_ROMAN_CENTURY = re.compile(r"(?<![\w-])([IVX]{1,5})(?:-?[а-я]{1,3})?\s+(?i:век[а-яё]*|столети[а-яё]*|century)(?!\w)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_RU_HALF_SCALES = {"тысячи": 1e3, "миллиона": 1e6, "миллиарда": 1e9, "триллиона": 1e12}
_RU_HALF = re.compile(r"(?i)(?<![\w-])пол(" + "|".join(_RU_HALF_SCALES) + r")(?!\w)")


def _roman(numeral: str) -> int:
    """The value of a Roman numeral up to XXXIX: "XXI" 21, "XIV" 14."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


#: A unit in words before "percent" (a unit alone is none): "five percent", "пять процентов", "百分之五"
#: are 5, as "5 percent" is; "two percentage points" and "两个百分点" are 2.
_PERCENT_UNITS = {**_EN_UNITS, "ten": 10, **_RU_UNITS, **_RU_UNITS_OBL, "десять": 10, "десяти": 10,
                  **{k: v for k, v in _HAN_DIGITS.items() if v}, "十": 10}
_PERCENT_UNIT = re.compile(
    r"(?i)(?<![\w-])(" + _alt(w for w in _PERCENT_UNITS if w.isascii() or _CYRILLIC.match(w))
    + r")(?:\s+|[-\u2011])(?:percent(?:age\s+points?)?|per\s+cent|процент[а-яё]*)(?!\w)"
    r"|百分之([一二两三四五六七八九十])(?![零一二两三四五六七八九十百千万亿])"
    r"|(?<![零一二两三四五六七八九十百千万亿])([一二两三四五六七八九十])个?百分点")
#: Before a Russian number in words: the G20's name ("Группа двадцати", "«Группы двадцати»").
_RU_GROUP_BEFORE = re.compile(r"(?i)групп[а-яё]*\s+«?\Z")
#: "сорока" is forty in an oblique case, and the magpie in the nominative: forty only next to a
#: preposition or a numeral before it ("около сорока", "с сорока", "ста сорока") or a counted noun
#: in the plural after it ("сорока стран", "сорока лет", "сорока странами"); "сорока двух" and
#: "сорока миллионов" are read whole by :data:`_RU_SPELLED`.
_RU_FORTY = "сорока"
_RU_FORTY_BEFORE = re.compile(r"(?i)(?<![\w-])(?:около|более|свыше|менее|порядка|примерно|почти|приблизительно"
                              r"|до|из|от|с|со|к|по|о|об|в|во|на|при|для|без|у|после|" + _alt(_RU_HUNDREDS)
                              + r")\s+\Z")
_RU_FORTY_AFTER = re.compile(r"(?i)\s+(?:[а-яё]+(?:ов|ев|ёв|ей|ий|ам|ям|ами|ями|ах|ях)|лет|стран|государств|человек"
                             r"|раз|тонн|минут|недель|суток|миль)(?![\w-])")


def _ru_forty(t: str, start: int, end: int) -> bool:
    """Whether "сорока" at ``t[start:end]`` is forty, no magpie (:data:`_RU_FORTY_BEFORE`,
    :data:`_RU_FORTY_AFTER`); :mod:`readouts.cues` reads its spelled numbers so too."""
    return bool(_RU_FORTY_BEFORE.search(t, max(0, start - 20), start) or _RU_FORTY_AFTER.match(t, end))
#: The first end of a range in words or in one Chinese numeral, before the "to" of a range whose
#: last end is read ("three to twelve years", "от трёх до двенадцати лет", "三至十二年", "十至二十亿"):
#: the end is read as "3-12 years" reads its digits (a unit alone is none, and "three to five years"
#: stays none, as "3-5 years" does). A Chinese range's last end has a scale word or a measure word
#: after it ("三至十二年", "五至十亿"), so "统一到二十大" is no range.
_EN_RANGE_UNITS = {**_EN_UNITS, "ten": 10}
_EN_RANGE_START = re.compile(r"(?i)(?<![\w-])(" + _alt(_EN_RANGE_UNITS) + r")(?:\s*[\u2013\u2014]\s*|\s+-\s+"
                             r"|\s+(?:to|through)\s+)(?=\w)")
_RU_RANGE_START = re.compile(r"(?i)(?<![\w-])(" + _alt([*_RU_UNITS, *_RU_UNITS_OBL, "десять", "десяти"])
                             + r")(?:\s*[\u2013\u2014]\s*|\s+-\s+|\s+до\s+)(?=\w)")
_RU_RANGE_UNITS = _RU_UNITS | _RU_UNITS_OBL | {"десять": 10, "десяти": 10}
_HAN_RANGE_TO = re.compile(r"\s?[至到\-－~～—–]\s?")
_HAN_MEASURE = "年个天周次人名位倍岁家项吨条座架艘枚件所%％多余"  # no "月": "一到十二月" are months
_HAN_SCALE_END = re.compile(r"[多余]?(万亿|万|亿)\Z")
#: A year written digit by digit in Chinese numerals ("二〇二四年", "一九九二年", "二零二零年").
_HAN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_HAN_YEAR_DIGITS = {**{k: v for k, v in _HAN_DIGITS.items() if k != "两"}, "〇": 0}


def _han_in_words(t: str, start: int, end: int) -> str:
    """The characters of the Chinese numeral at ``t[start:end]`` that stand as one: less a first
    character that ends a word with the one before it ("统一万岁": "一" of "统一"), and less a last
    one that opens a word with the one after it ("万" of "万岁").

    >>> _han_in_words("祖国统一万岁", 3, 5), _han_in_words("一万人", 0, 2)
    ('', '一万')
    """
    if start > 0 and t[start - 1:start + 1] in _HAN_WORD_ENDS:
        start += 1
    if end > start and t[end - 1:end + 1] in _HAN_WORD_OPENS:
        end -= 1
    return t[start:end]


def _han_range_start(t: str, m: re.Match[str], nxt: re.Match[str] | None) -> float | None:
    """The value of the Chinese numeral ``m`` where it opens a range whose last end ``nxt`` is read
    and carries a scale word its first end lacks ("一百至二百亿": 1e10, "十至二十亿": 1e9), or where
    ``m`` is one character that no number reads alone ("三至十二年": 3); else None."""
    if nxt is None or (to := _HAN_RANGE_TO.match(t, m.end())) is None or to.end() != nxt.start():
        return None
    single = len(m.group()) == 1 and m.group() in "一二两三四五六七八九十"
    first = _HAN_DIGITS.get(m.group(), 10) if single else _han_number(m.group())
    if first is None or _HAN_SCALE_END.search(m.group()) or _han_number(nxt.group()) is None \
            or t.startswith(("月", _GROUP_AFTER), nxt.end()):
        return None
    scale = _HAN_SCALE_END.search(nxt.group())
    if scale is None and not t.startswith(tuple(_HAN_MEASURE), nxt.end()):
        return None
    base = nxt.group()[:scale.start()] if scale else nxt.group()
    last = _han_number(base) if len(base) > 1 else _HAN_DIGITS.get(base, 10 if base == "十" else None)
    if last is None or first >= last:  # a range rises
        return None
    return float(f"{first * dict(_SCALES)[scale.group(1)]:.6g}") if scale else float(first)


def _range_start(t: str, start: re.Match[str], units: dict[str, float], spelled: re.Pattern[str],
                 value_of: Any, scales: dict[str, float]) -> float | None:
    """The value of the unit in words ``start`` (:data:`_EN_RANGE_START`, :data:`_RU_RANGE_START`) where
    the range's last end after it is read (:data:`_EN_SPELLED`, :data:`_RU_SPELLED`), with that end's
    scale word where the end has one ("three to twelve billion": 3e9); else None."""
    end = spelled.match(t, start.end())
    if end is None or (last := value_of(end)) is None:
        return None
    first = float(units[start.group(1).casefold()])
    g = {k: (v or "").casefold() for k, v in end.groupdict().items()}
    # the end's scale words: "two to three hundred" 200, "three to four hundred million" 3e8; a
    # hundred and more is a count of its own ("one hundred and fifty": 2, not 200)
    words = [g.get("scale2", "")]
    if g["scale"] != "hundred" or not (g.get("rest_tens") or g.get("rest_one")):
        words.append(g["scale"])
    factor = 1.0
    for word in filter(None, words):
        factor *= next((v for k, v in scales.items() if word.startswith(k)), 1.0)
    if first >= last / factor:  # a range rises
        return None
    return float(f"{first * factor:.6g}")


def _ru_number(m: re.Match[str]) -> float | None:
    """The value of an :data:`_RU_SPELLED` match: "двадцать пять" 25, "один миллион" 1e6, "двух
    миллиардов" 2e9, "семидесятилетие" 70, "двадцать первого" 21."""
    g = {k: (v or "").casefold() for k, v in m.groupdict().items()}
    value = float(_RU_TENS.get(g["tens"], 0) + _RU_UNITS.get(g["unit"], 0)
                  + _RU_UNIT_ORDINALS.get(g["unit_th"], 0) + _RU_TENS_OBL.get(g["anniv"], 0)
                  + _RU_TEENS_OBL.get(g["anniv"], 0) + _RU_UNITS_OBL.get(g["anniv_unit"], 0)
                  + _RU_TENS_OBL.get(g["tens_obl"], 0) + _RU_UNITS_OBL.get(g["unit_obl"], 0)
                  + _RU_TEENS_ANY.get(g["teen"], 0) + _RU_ORDINAL_STEMS.get(g["ordinal"], 0)
                  + _RU_COUNTS.get(g["count"], 0) + _RU_HUNDREDS.get(g["hundreds"], 0)
                  + _RU_TENS_ANY.get(g["htens"], 0) + _RU_UNITS_ANY.get(g["hunit2"], 0)
                  + _RU_TEENS_ANY.get(g["hteen"], 0) + _RU_UNITS_ANY.get(g["hunit"], 0))
    if value == 100 and g["hundreds"] and not g["scale"]:  # "сто лет": "a hundred years", "百年"
        return None
    return float(f"{value * _RU_SCALES[g['scale']]:.6g}") if g["scale"] else value


def _en_number(m: re.Match[str]) -> float:
    """The value of an :data:`_EN_SPELLED` match: "twenty-five" 25, "a billion" 1e9, "seventieth" 70."""
    g = {k: (v or "").casefold() for k, v in m.groupdict().items()}
    if g["ordinal"]:
        value = float(_EN_ORDINALS[g["ordinal"]])
    elif g["tens"]:
        value = float(_EN_TENS[g["tens"]] + _EN_UNITS.get(g["unit"], 0) + _EN_ORDINALS.get(g["unit_th"], 0))
    else:
        value = float(_EN_TEENS.get(g["teen"]) or _EN_UNITS.get(g["count"]) or (10 if g["count"] == "ten" else 1))
    if g["scale"] == "hundred" and (g["scale2"] or g["rest_tens"] or g["rest_one"]):  # "one hundred and five million"
        value = value * 100 + _EN_TENS.get(g["rest_tens"], 0) + _EN_UNITS.get(g["rest_unit"], 0) + (
            _EN_TEENS.get(g["rest_one"]) or _EN_UNITS.get(g["rest_one"]) or (10 if g["rest_one"] == "ten" else 0))
        g["scale"] = g["scale2"]
    return float(f"{value * _EN_SCALES[g['scale']]:.6g}") if g["scale"] else value


def _han_number(numeral: str) -> float | None:
    """The value of a number in Chinese numerals, or None where ``numeral`` is no number: "十四亿"
    1.4e9, "三千五百万" 3.5e7, "十四五" 14 (the 14th five-year plan: a numeral ends where two of its
    digits meet), "二十多亿" 2e9; "统一", "千万" (by all means) and "万一" (in case) are none.

    >>> [_han_number(s) for s in ("二十", "十四亿", "三千五百万", "一百零五", "十四五", "二十多亿")]
    [20.0, 1400000000.0, 35000000.0, 105.0, 14.0, 2000000000.0]
    >>> [_han_number(s) for s in ("千万", "万一", "一", "十")]
    [None, None, None, None]
    """
    numeral = numeral.lstrip("零万亿百千").replace("多", "").replace("余", "")
    for i in range(len(numeral) - 1):  # "十四五": a numeral has no two digits in a row ("零" aside)
        if numeral[i] in _HAN_DIGITS and numeral[i + 1] in _HAN_DIGITS and "零" not in numeral[i:i + 2]:
            numeral = numeral[:i + 1]
            break
    if len(numeral) < 2 or not any(ch in _HAN_UNITS or ch in "万亿" for ch in numeral):
        return None
    total = section = digit = 0
    for ch in numeral:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        elif ch in _HAN_UNITS:
            section += (digit or 1) * _HAN_UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        else:  # 亿: everything before it counts in hundred millions ("三万亿" 3e12)
            total = (total + section + digit) * 100_000_000
            section = digit = 0
    return float(f"{total + section + digit:.6g}")


def _name_digits(t: str, start: int) -> bool:
    """Whether the digits at ``t[start:]`` are part of a name ("G20", "COP27", "COVID-19", "Су-35",
    "苏-35"; :data:`_NAME_BEFORE`), no number of the point: :func:`_numbers` reads none there, nor
    do :mod:`readouts.cues` key one."""
    return _NAME_BEFORE.search(t, max(0, start - 40), start) is not None


def _small_span(t: str, digits: str, end: int) -> bool:
    """Whether ``digits`` (ending at ``t[end]``) count a time span up to ten ("4年", "4 years", "3-4
    years": :data:`_SPAN_AFTER`), which other versions write in words ("four years", "четыре года")
    and :func:`_numbers` reads none of; :mod:`readouts.cues` knows it as a number spelled out."""
    return digits in _SMALL and bool(_SPAN_AFTER.match(t, end) or (
        (to := _RANGE_TO.match(t, end)) and (e := _NUMBER.match(t, to.end()))
        and e.group() in _SMALL and _SPAN_AFTER.match(t, e.end())))  # "3-4 years"


def _numbers(texts: Sequence[str]) -> set[str]:
    """The numbers of ``texts`` as comparable strings: "1,500" is 1500 in English, a comma before
    fewer or more than three digits is a decimal comma ("1,5" is 1.5), and in a Cyrillic text every
    comma is one ("1,500 млрд" is 1.5e9); "2.50" and "2.5" are one number.

    >>> sorted(_numbers(["13,000 people, 3,000 of them Russians", "2.50% and 1,5%"]))
    ['1.5', '13000.0', '2.5', '3000.0']
    >>> sorted(_numbers(["1,500 млрд"]))
    ['1500000000.0']
    >>> sorted(_numbers(["10 000 военнослужащих", "10\u00a0000,5"]))
    ['10000.0', '10000.5']

    A scale word makes a number its value, and Chinese numerals are numbers; a Chinese date's month
    and a name's digits are none, as other languages write them as words:

    >>> en, zh, ru = "1.4 billion people", "十四亿人口", "1,4 млрд человек"
    >>> _numbers([en]) == _numbers([zh]) == _numbers(["14亿人口"]) == _numbers([ru]) == {"1400000000.0"}
    True
    >>> en, zh, ru = "On 17 June, the G20 summit", "6月17日，G20峰会", "17 июня, саммит «двадцатки»"
    >>> _numbers([en]) == _numbers([zh]) == _numbers([ru]) == {"17.0"}
    True
    >>> _numbers(["中共二十大"]) == _numbers(["the 20th CPC Congress"]) == _numbers(["20-й съезд КПК"]) == {"20.0"}
    True
    >>> _numbers(["$1.5 trillion"]) == _numbers(["1.5万亿美元"]) != _numbers(["1.5 billion"])
    True
    """
    out: set[str] = set()
    for t in texts:
        out |= _text_numbers(t)
    return out


@lru_cache(maxsize=8192)
def _text_numbers(t: str) -> frozenset[str]:
    """:func:`_numbers` of one text, kept: :mod:`readouts.cues` reads every point's numbers with it,
    and :func:`link_features` reads a one-point link's text again."""
    out = set()
    t = t.replace("．", ".")  # a full-width decimal point ("１．５")
    cyrillic = bool(_CYRILLIC.search(t))
    for m in _NUMBER.finditer(t):
        n = m.group()
        # the month of a Chinese date ("6月17日"), which "17 June" and "17 июня" write as a word, and
        # the digits of a name ("G20", "COP27", "COVID-19", "Су-35", "20国集团"), which another
        # language may write without them ("«двадцатка»", "新冠"): no number of the point
        if t.startswith(("月", _GROUP_AFTER), m.end()) or _name_digits(t, m.start()):
            continue
        if _small_span(t, n, m.end()):  # "4年", "4 years": "four years"
            continue
        if _SPACE.search(n):  # "10 000": its groups' spaces go, a comma is then a decimal one
            n = _SPACE.sub("", n).replace(",", ".")
        value = float(n.replace(",", "") if not cyrillic and _GROUPED.fullmatch(n) else n.replace(",", "."))
        # a scale word makes the number its value: "1.4 billion", "14亿" and "1,4 млрд" are one
        scale = _SCALE.match(t, m.end())
        if not scale and (to := _RANGE_TO.match(t, m.end())) and (end := _NUMBER.match(t, to.end())):
            e = _SPACE.sub("", end.group())
            # "10-20 billion": the range's first end is 10 billion (a range rises: "in 2022 to 62
            # billion" is a year and a sum)
            if value < float(e.replace(",", "") if not cyrillic and _GROUPED.fullmatch(e) else e.replace(",", ".")):
                scale = _SCALE.match(t, end.end())
        if scale:
            word = next(w for w in scale.groups() if w).casefold()
            value = float(f"{value * next(v for k, v in _SCALES if word.startswith(k)):.6g}")
        out.add(str(value))
    names = [(n.start(), n.end()) for n in _HAN_NAME.finditer(t)]
    out.update(str(_HAN_NAMES[n]) for n in _HAN_NAME.findall(t) if _HAN_NAMES[n] is not None)
    for m in _HAN_YEAR.finditer(t):  # "二〇二四年", as "2024年" and "in 2024" read
        names.append((m.start(), m.end()))
        out.add(str(float("".join(str(_HAN_YEAR_DIGITS[ch]) for ch in m.group()))))
    numerals = list(_HAN_NUMERAL.finditer(t))
    for k, m in enumerate(numerals):  # "二十大" (the 20th congress), "十四亿", "五十周年"
        if any(a <= m.start() < b for a, b in names):  # "两个一百年": a name, no quantity
            continue
        if t.startswith(("月", _GROUP_AFTER), m.end()) or t.endswith(_HAN_VAGUE, 0, m.start()):
            continue
        if (own := _han_in_words(t, m.start(), m.end())) != m.group():
            if (first := _han_number(own)) is not None:  # "统一三万人"
                out.add(str(first))
            continue
        # "一百至二百亿", "三至十二年": a range's first end, as its digits read
        first = _han_range_start(t, m, numerals[k + 1] if k + 1 < len(numerals) else None)
        if first is not None or (first := _han_number(m.group())) is not None:
            out.add(str(first))
    spelled = []
    for m in _EN_SPELLED.finditer(t):  # "fifty years", "a billion people", as "五十年", "十亿人口"
        spelled.append((m.start(), m.end()))
        before = t[max(0, m.start() - 9):m.start()].casefold()
        if not before.endswith("group of "):  # the G20
            # "half a million" is half of it, as "50万" and "полмиллиона" are
            half = 0.5 if before.endswith("half ") and m.group().casefold().startswith("a") else 1
            out.add(str(float(f"{_en_number(m) * half:.6g}")))
    for m in _EN_RANGE_START.finditer(t):  # "three to twelve years", as "3-12 years"
        if not any(a <= m.start() < b for a, b in spelled) and (
                value := _range_start(t, m, _EN_RANGE_UNITS, _EN_SPELLED, _en_number, _EN_SCALES)):
            out.add(str(value))
    out.update(str(float(_PERCENT_UNITS[next(g for g in m.groups() if g).casefold()]))
               for m in _PERCENT_UNIT.finditer(t))  # "five percent", "百分之五"
    out.update(str(float(_roman(m.group(1)))) for m in _ROMAN_CENTURY.finditer(t))  # "XXI век": 21
    out.update(str(0.5 * _RU_HALF_SCALES[m.group(1).casefold()]) for m in _RU_HALF.finditer(t))  # "полмиллиона"
    ru_spelled = []
    for m in _RU_SPELLED.finditer(t) if cyrillic else ():  # "один миллион тонн", "семьдесят лет"
        ru_spelled.append((m.start(), m.end()))
        # "Сорока принесла": the magpie
        if m.group().casefold() == _RU_FORTY and not _ru_forty(t, m.start(), m.end()):
            continue
        if (not _RU_GROUP_BEFORE.search(t, max(0, m.start() - 20), m.start())  # "Группа двадцати": the G20
                and (value := _ru_number(m)) is not None):
            out.add(str(value))
    for m in _RU_RANGE_START.finditer(t) if cyrillic else ():  # "от трёх до двенадцати лет", as "3-12 лет"
        if not any(a <= m.start() < b for a, b in ru_spelled) and (
                value := _range_start(t, m, _RU_RANGE_UNITS, _RU_SPELLED, _ru_number, _RU_SCALES)):
            out.add(str(value))
    return frozenset(out)


#: Cue-difference features the label model may use (see :class:`readouts.cues.CueShift`); the
#: ones in :data:`LINK_FEATURES` are those leave-one-call-out CV showed to help.
CUE_FEATURES: tuple[str, ...] = ("strength_gap", "polarity_shift", "commitment_shift", "attribution_shift",
                                 "claim_one_side", "detail_mismatch", "any_shift")


def _cue_features(cues: Any, a: Sequence[int], b: Sequence[int]) -> dict[str, float]:
    if cues is None or not cues[0] or not cues[1]:
        return dict.fromkeys(CUE_FEATURES, 0.0)
    from .cues import compare_cues

    ca, cb = cues
    sh = compare_cues(ca, cb, a, b)
    claims_a = any(ca[i].claims for i in a)
    claims_b = any(cb[j].claims for j in b)
    return {
        "strength_gap": float(sh.strength_gap), "polarity_shift": float(sh.polarity_shift),
        "commitment_shift": float(sh.commitment_shift), "attribution_shift": float(sh.attribution_shift),
        "claim_one_side": float(claims_a != claims_b), "detail_mismatch": float(min(sh.detail_mismatch, 3)),
        "any_shift": float(sh.strength_gap >= 2 or sh.polarity_shift or sh.commitment_shift or sh.attribution_shift),
    }


def link_features(s: np.ndarray, z: np.ndarray, lexical: np.ndarray, a: Sequence[int], b: Sequence[int],
                  texts_a: Sequence[str], texts_b: Sequence[str], cues: Any = None) -> np.ndarray:
    """Features of one link (see :data:`LINK_FEATURES`), from the call's pair matrices and, for the
    cue features, both readouts' point cues (``readouts.cues.pair_cues``; None gives zeros)."""
    block = np.ix_(list(a), list(b))
    ta = " ".join(texts_a[i] for i in a)
    tb = " ".join(texts_b[j] for j in b)
    la, lb = len(ta), len(tb)
    na, nb = _numbers([ta]), _numbers([tb])
    mismatch = float(bool(na ^ nb)) if (na or nb) else 0.0
    values = {
        "mean_cosine": s[block].mean(), "max_cosine": s[block].max(), "mean_zscore": z[block].mean(),
        "lexical": lexical[block].max(), "extra_points": len(a) + len(b) - 2,
        "length_ratio": min(la, lb) / max(la, lb, 1), "number_mismatch": mismatch,
    }
    if any(f in CUE_FEATURES for f in LINK_FEATURES):
        values.update(_cue_features(cues, a, b))
    return np.array([values[f] for f in LINK_FEATURES], dtype=np.float64)


#: Features of a candidate attachment: a point (the candidate) joining the link of an anchor point
#: on the other side, whose one-to-one partner (the sibling) lies on the candidate's side.
#: ``probability``, ``cosine``, ``cosine.zscore``: the candidate-anchor pair's link probability and
#: similarity; ``sibling``: cosine of candidate and sibling; ``gain``: how much closer the anchor is
#: to the mean of sibling and candidate than to the sibling alone; ``rival``: the candidate's best
#: link probability with any other point; ``best``: whether the anchor is the candidate's best
#: partner; ``anchor``: the link probability of the one-to-one link itself.
ATTACH_FEATURES: tuple[str, ...] = ("probability", "cosine", "cosine.zscore", "sibling", "gain", "rival", "best",
                                    "anchor")

#: Candidate attachments handled at once when computing ``gain`` (bounds memory on long readouts).
_ATTACH_CHUNK = 20_000


def _top2(keys: np.ndarray, others: np.ndarray, values: np.ndarray, size: int) -> tuple[np.ndarray, ...]:
    """Per key: the best value, the ``other`` index holding it (-1 if none) and the second-best value
    (0 where missing: pairs not among the candidates have probability 0)."""
    best, second = np.zeros(size), np.zeros(size)
    arg = np.full(size, -1, dtype=np.int64)
    if len(keys):
        order = np.lexsort((others, -values, keys))
        k = keys[order]
        first = np.ones(len(k), dtype=bool)
        first[1:] = k[1:] != k[:-1]
        nxt = np.zeros(len(k), dtype=bool)
        nxt[1:] = ~first[1:] & first[:-1]
        f, s = order[first], order[nxt]
        best[keys[f]], arg[keys[f]] = values[f], others[f]
        second[keys[s]] = values[s]
    return best, arg, second


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    norm = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norm > 0, norm, 1.0)


def attach_features(pairs: Any, prob: np.ndarray, core: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """Candidate attachments given the one-to-one links ``core``: the indices (into the candidate
    pairs of ``pairs``) of pairs with exactly one end in a core link, and their
    :data:`ATTACH_FEATURES` as a (len(indices), 8) matrix. Pure numpy over the sparse pairs."""
    if pairs.vectors is None:
        raise ReadoutsError("attachment features need the points' embeddings (Pairs.vectors)")
    rows, cols = pairs.rows, pairs.cols
    prob = np.asarray(prob, dtype=np.float64)
    partner_a = np.full(pairs.n, -1, dtype=np.int64)
    partner_b = np.full(pairs.m, -1, dtype=np.int64)
    anchor_a = np.zeros(pairs.n)
    anchor_b = np.zeros(pairs.m)
    pos = pairs.position()
    for i, j in core:
        partner_a[i], partner_b[j] = j, i
        k = pos.get((i, j))
        anchor_a[i] = anchor_b[j] = prob[k] if k is not None else 0.0
    in_a, in_b = partner_a[rows] >= 0, partner_b[cols] >= 0
    to_b = np.flatnonzero(in_a & ~in_b)  # candidate on side b joins the link of a-point rows[k]
    to_a = np.flatnonzero(in_b & ~in_a)  # candidate on side a joins the link of b-point cols[k]
    idx = np.concatenate([to_b, to_a])
    x = np.zeros((len(idx), len(ATTACH_FEATURES)))
    if not len(idx):
        return idx, x
    ea, eb = (_unit(v) for v in pairs.vectors)
    col_best, col_arg, col_second = _top2(cols, rows, prob, pairs.m)
    row_best, row_arg, row_second = _top2(rows, cols, prob, pairs.n)
    # Orient each candidate as (anchor, sibling, candidate) with the vectors of their sides.
    anchor = np.concatenate([rows[to_b], cols[to_a]])
    cand = np.concatenate([cols[to_b], rows[to_a]])
    sibling = np.concatenate([partner_a[rows[to_b]], partner_b[cols[to_a]]])
    on_b = np.arange(len(idx)) < len(to_b)
    x[:, 0] = prob[idx]
    x[:, 1] = pairs.channels["cosine"][idx]
    x[:, 2] = pairs.feature("cosine.zscore")[idx]
    for lo in range(0, len(idx), _ATTACH_CHUNK):
        sl = slice(lo, lo + _ATTACH_CHUNK)
        b = on_b[sl]
        vs = np.where(b[:, None], eb[np.where(b, sibling[sl], 0)], ea[np.where(b, 0, sibling[sl])])
        vc = np.where(b[:, None], eb[np.where(b, cand[sl], 0)], ea[np.where(b, 0, cand[sl])])
        va = np.where(b[:, None], ea[np.where(b, anchor[sl], 0)], eb[np.where(b, 0, anchor[sl])])
        x[sl, 3] = np.einsum("ij,ij->i", vs, vc)
        x[sl, 4] = np.einsum("ij,ij->i", va, _unit(vs + vc)) - np.einsum("ij,ij->i", va, vs)
    ab, cb = rows[to_b], cols[to_b]  # anchor on a, candidate on b
    ba, ca = cols[to_a], rows[to_a]  # anchor on b, candidate on a
    rival = np.concatenate([np.where(col_arg[cb] == ab, col_second[cb], col_best[cb]),
                            np.where(row_arg[ca] == ba, row_second[ca], row_best[ca])])
    best = np.concatenate([col_arg[cb] == ab, row_arg[ca] == ba])
    anchor_prob = np.concatenate([anchor_a[ab], anchor_b[ba]])
    x[:, 5] = rival
    x[:, 6] = best.astype(np.float64)
    x[:, 7] = anchor_prob
    return idx, x


def check_features(model: LinearModel, names: Sequence[str]) -> None:
    if tuple(names) != model.features:
        raise ReadoutsError(
            f"shipped parameters expect features {model.features}, the code computes {tuple(names)}; "
            "re-run benchmarks/train.py")
