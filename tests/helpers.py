"""Small helpers that many test files share: one definition each, instead of a copy per round's file.

Import them as ``from helpers import ru_cues as _ru`` (pytest puts tests/ on the path, as it does for
``from conftest import ...``). Only helpers whose copies were the same live here; a file whose helper
differs (other sides, other participants, other fields) keeps its own.
"""

from __future__ import annotations

from readouts.cues import point_cues


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
