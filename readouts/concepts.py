"""Concepts that recur in diplomatic readouts, matched in English, Russian and Chinese.

The gazetteer (``data/concepts.json``) maps a concept ("ukraine", "sanctions", "one_china_communiques")
to its surface forms per language. :func:`concepts` returns the concepts a point mentions, so the
lexical channel can see that "Украина", "乌克兰" and "Kyiv" name the same thing, and a link's
evidence can name the topics both points share, across languages.

Matching rules (no fuzzy matching, nothing learned):

* English and Russian forms are sequences of word stems: each stem must begin a word, in order,
  on consecutive words ("security council" matches "Security Council's"); a stem of one or two
  letters, or one ending in ``=``, must be the whole word ("eu=", "u s" for "U.S.");
* Chinese forms match anywhere in the text (Chinese has no spaces);
* a concept's ``not`` forms (per language, matched the same way) are phrases that hold one of its
  forms but do not name it: a form's match inside one counts for nothing. The talks of the call
  itself are no peace settlement: "провели переговоры", "в ходе переговоров", "переговоры прошли"
  name the meeting, as "held talks" does, while "мирные переговоры", "переговоры с Киевом" and
  "peace talks" still are one.

>>> sorted(concepts("Lavrov raised the Minsk agreements and NATO expansion."))
['minsk', 'nato', 'russia', 'security_guarantees']
>>> sorted(concepts("Лавров поднял вопрос о Минских соглашениях.")) == ['minsk', 'russia']
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .segmentation import composed

__all__ = ["concepts", "concept_names", "concept_label", "chinese_forms"]

_WORD = re.compile(r"\w+", re.UNICODE)


#: A stem sequence: (stem, whole word only) pairs, matched on consecutive words.
Stems = tuple[tuple[str, bool], ...]


@lru_cache(maxsize=1)
def _data() -> dict[str, dict]:
    """The gazetteer file's concepts: name -> {"label": ..., "en": [...], "ru": [...], "zh": [...]}."""
    with resources.files("readouts").joinpath("data/concepts.json").open("r", encoding="utf-8") as fh:
        return json.load(fh)["concepts"]


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[tuple[Stems, str]]], list[tuple[str, str]]]:
    """(first stem -> [(stems, concept)], Chinese [(form, concept)])."""
    data = _data()
    by_first: dict[str, list[tuple[Stems, str]]] = {}
    han: list[tuple[str, str]] = []
    for concept, forms in data.items():
        for lang, items in forms.items():
            if lang in ("label", "not"):
                continue
            for form in items:
                if lang == "zh":
                    han.append((form, concept))
                elif stems := _stems(form):
                    by_first.setdefault(stems[0][0], []).append((stems, concept))
    return by_first, han


@lru_cache(maxsize=1)
def _exceptions() -> tuple[dict[str, list[Stems]], dict[str, list[str]]]:
    """Each concept's ``not`` forms: (concept -> [stems], concept -> [Chinese forms])."""
    words: dict[str, list[Stems]] = {}
    han: dict[str, list[str]] = {}
    for concept, forms in _data().items():
        for lang, items in forms.get("not", {}).items():
            for form in items:
                if lang == "zh":
                    han.setdefault(concept, []).append(form)
                elif stems := _stems(form):
                    words.setdefault(concept, []).append(stems)
    return words, han


def _han_found(low: str, form: str, concept: str) -> bool:
    """Whether ``form`` occurs in ``low`` outside every ``not`` form of ``concept``."""
    outside = _exceptions()[1].get(concept)
    if not outside:
        return form in low
    spans = [(m.start(), m.start() + len(x)) for x in outside for m in re.finditer(re.escape(x), low)]
    at = low.find(form)
    while at >= 0:
        if not any(s <= at and at + len(form) <= e for s, e in spans):
            return True
        at = low.find(form, at + 1)
    return False


@lru_cache(maxsize=1)
def _han_openers() -> re.Pattern[str]:
    """The characters the Chinese forms open with, as one pattern: a text without any of them holds
    no Chinese form, and most texts (English, Russian) are spared a look for each of the ~300 forms."""
    _, han = _gazetteer()
    firsts = sorted({form[:1] for form, _ in han})
    if "" in firsts:  # an empty form is in every text
        return re.compile("")
    return re.compile("[" + "".join(re.escape(ch) for ch in firsts) + "]" if firsts else "(?!)")


def _stems(form: str) -> Stems:
    """A form as (stem, whole word only) pairs, split like the text is ("u.s." -> "u", "s")."""
    out: list[tuple[str, bool]] = []
    for piece in form.lower().split():
        parts = _WORD.findall(piece)
        for k, part in enumerate(parts):
            out.append((part, len(part) <= 2 or (piece.endswith("=") and k == len(parts) - 1)))
    return tuple(out)


def _matches(words: list[str], at: int, stems: Stems) -> bool:
    if at + len(stems) > len(words):
        return False
    return all(words[at + k] == s if exact else words[at + k].startswith(s) for k, (s, exact) in enumerate(stems))


@lru_cache(maxsize=65_536)  # the same point is looked up by the channel and by each link's evidence
def concepts(text: str) -> frozenset[str]:
    """The gazetteer concepts ``text`` mentions (see the module notes for the matching rules)."""
    by_first, han = _gazetteer()
    low = composed(text).lower()
    found: set[str] = {c for form, c in han if form in low and _han_found(low, form, c)} \
        if _han_openers().search(low) else set()
    words = _WORD.findall(low)
    outside = _exceptions()[0]
    for at, w in enumerate(words):
        for cut in range(1, len(w) + 1):
            for stems, concept in by_first.get(w[:cut], ()):
                if concept not in found and _matches(words, at, stems) \
                        and not _excepted(words, at, len(stems), outside.get(concept, ())):
                    found.add(concept)
    return frozenset(found)


def _excepted(words: list[str], at: int, n: int, outside: Sequence[Stems]) -> bool:
    """Whether the words ``at:at + n`` lie inside a match of one of ``outside`` (a ``not`` form)."""
    return any(lo <= at and at + n <= lo + len(x) and _matches(words, lo, x)
               for x in outside for lo in range(max(0, at + n - len(x)), at + 1))


def concept_names() -> tuple[str, ...]:
    """Every concept of the gazetteer, sorted."""
    by_first, han = _gazetteer()
    return tuple(sorted({c for entries in by_first.values() for _, c in entries} | {c for _, c in han}))


def concept_label(concept: str) -> str:
    """How reports name a concept (its ``label`` in the gazetteer).

    >>> concept_label("sovereignty_integrity")
    'sovereignty and territorial integrity'
    """
    forms = _data().get(concept, {})
    return str(forms.get("label", concept.replace("_", " ")))


def chinese_forms(text: str) -> tuple[str, ...]:
    """The gazetteer's Chinese forms that occur in ``text``, longest first (what matched its
    concepts in Chinese, which has no word boundaries to show it).

    >>> chinese_forms("维护主权和领土完整")
    ('领土完整', '主权')
    """
    _, han = _gazetteer()
    if not _han_openers().search(text):
        return ()
    return tuple(sorted({form for form, c in han if form in text and _han_found(text, form, c)},
                        key=lambda f: (-len(f), f)))
