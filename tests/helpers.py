"""Small helpers that many test files share: one definition each, instead of a copy per round's file.

Import them as ``from helpers import ru_cues as _ru`` (pytest puts tests/ on the path, as it does for
``from conftest import ...``). Only helpers whose copies were the same live here; a file whose helper
differs (other sides, other participants, other fields) keeps its own.
"""

from __future__ import annotations

from collections import Counter

from conftest import flags_on_links, hand_comparison

from readouts.cues import point_cues
from readouts.flags import _terms, _topic_name, find_flags
from readouts.records import Comparison
from readouts.scoring import _numbers
from readouts.segmentation import split_spans


# --- cues of one sentence, by language ------------------------------------------------------------

def en_cues(text: str, side: str = "US", counterpart: str = "RU"):
    """The cues of an English sentence of ``side``'s readout (by default the US side of a call with Russia)."""
    return point_cues(text, side=side, counterpart_side=counterpart, language="en")


def ru_cues(text: str):
    """The cues of a Russian sentence of the Russian readout of a call with the US."""
    return point_cues(text, side="RU", counterpart_side="US", language="ru")


def zh_cues(text: str):
    """The cues of a Chinese sentence of the Chinese readout of a call with the US."""
    return point_cues(text, side="CN", counterpart_side="US", language="zh")


# --- a sentence's speech acts, as the tuples a test compares ---------------------------------------

def twin_en(text: str, side: str = "CN", counterpart: str = "US", previous=None):
    """An English point of a China-US twin (the side China by default), with a previous speaker."""
    return point_cues(text, side=side, counterpart_side=counterpart, language="en", previous_speaker=previous)


def twin_ru(text: str, previous=None):
    """A Russian point of the Russian side, the US its counterpart, with a previous speaker."""
    return point_cues(text, side="RU", counterpart_side="US", language="ru", previous_speaker=previous)


def twin_zh(text: str, previous=None):
    """A Chinese point of the Chinese side, the US its counterpart, with a previous speaker."""
    return point_cues(text, side="CN", counterpart_side="US", language="zh", previous_speaker=previous)


def acts_text(cues) -> list[tuple]:
    """``(name, text)`` of each act of ``cues`` (a PointCues), in order."""
    return [(a.name, a.text) for a in cues.acts]


def acts_speaker(cues) -> list[tuple]:
    """``(name, speaker)`` of each act of ``cues``, in order."""
    return [(a.name, a.speaker) for a in cues.acts]


def acts_text_speaker(cues) -> list[tuple]:
    """``(name, text, speaker)`` of each act of ``cues``, in order."""
    return [(a.name, a.text, a.speaker) for a in cues.acts]


def act_of(cues, word: str):
    """The first act of ``cues`` whose text is ``word`` (StopIteration where there is none)."""
    return next(a for a in cues.acts if a.text == word)


# --- flags of a comparison -----------------------------------------------------------------------------

def evidence_is_exact(c, flags=None) -> None:
    """Assert that every evidence span of ``flags`` (by default all of ``c``'s flags) quotes its point of
    comparison ``c`` exactly: its text is the point's text between its start and end."""
    for f in find_flags(c) if flags is None else flags:
        for s in f.evidence:
            r = c.a if s.side == "a" else c.b
            assert r.points[s.point].text[s.start:s.end] == s.text


def equivalent_comparison(a_points, b_points, links, *, a_side="US", b_side="RU", a_lang="en", b_lang="en"):
    """:func:`conftest.hand_comparison` with every link labelled equivalent (the detail flags read those)."""
    return hand_comparison(a_points, b_points, links, a_side=a_side, b_side=b_side, a_lang=a_lang, b_lang=b_lang,
                           label="equivalent")


def dated(c, day):
    """``c`` with both readouts dated ``day`` (an ISO date), as a readout file's front matter dates them."""
    return Comparison.model_validate({**dict(c), "a": {**dict(c.a), "date": day}, "b": {**dict(c.b), "date": day}})


def of_kind(flags, kind: str) -> list:
    """The flags of ``kind`` among ``flags``, in order."""
    return [f for f in flags if f.kind == kind]


def coverage_of(flags, side: str):
    """The coverage flag of ``side`` among ``flags`` (StopIteration where there is none)."""
    return next(f for f in flags if f.kind == "coverage" and f.side == side)


def coverage_explanation(a, b, links, only_b) -> str:
    """The explanation of side b's coverage flag on a comparison of readouts ``a`` and ``b`` made of ``links``
    and the one-sided points ``only_b`` (:func:`conftest.flags_on_links`); fails where there is none."""
    flags = [f for f in flags_on_links(a, b, links, only_b=only_b, kind="coverage") if f.side == "b"]
    assert flags, "the coverage flag this test reads is gone"
    return flags[0].explanation


def detail_evidence(c) -> list[list[str]]:
    """The evidence texts of each detail_mismatch flag of comparison ``c``."""
    return [[s.text for s in f.evidence] for f in find_flags(c) if f.kind == "detail_mismatch"]


# --- numbers ---------------------------------------------------------------------------------------------

def script_side(text: str) -> str:
    """The side whose readout a sentence's script suggests: Russia (Cyrillic), China (Han), else the United States."""
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "Russia"
    return "China" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "United States"


def script_cues(text: str):
    """The cues of ``text`` as a point of the side its script suggests (:func:`script_side`), in a call with
    Russia (the United States' points) or with the United States (the others'): one side per script."""
    side = script_side(text)
    return point_cues(text, side=side, counterpart_side="Russia" if side == "United States" else "United States")


def numbers_in_three(texts):
    """The number sets of one quantity written in English, Chinese and Russian (in that order)."""
    return tuple(_numbers([t]) for t in texts)


# --- coverage topic names --------------------------------------------------------------------------------

def topic_cues(text, side="US", language="en", counterpart="CN"):
    """The cues of ``text`` as a point of ``side`` (by default the US side of a call with China)."""
    return point_cues(text, side=side, language=language, counterpart_side=counterpart)


def topic_name_of(texts, side="US", language="en", counterpart="CN", rest=()):
    """The name of a topic of ``texts`` in a call whose other points are ``rest``."""
    every = [*texts, *rest]
    terms = [_terms(t, topic_cues(t, side, language, counterpart)) for t in every]
    return _topic_name(list(range(len(texts))), terms, Counter(t for ts in terms for t in ts), every,
                       list(range(len(texts))))


# --- segmentation ----------------------------------------------------------------------------------------

def split_points(text: str) -> list[str]:
    """The points :func:`readouts.segmentation.split_spans` cuts ``text`` into, as strings."""
    return [text[s:e] for s, e in split_spans(text)]
