"""Chinese readouts in traditional characters (Taiwan and Hong Kong reprints of Xinhua): the cues read
them through a one-for-one fold to simplified characters (readouts.language.fold_traditional), the
script the Chinese lexicon and the concepts are written in, and quote the text as written."""

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from readouts.cues import point_cues
from readouts.language import _SIMPLIFIED, _TRADITIONAL, fold_traditional

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
PAIRS = Path("/work/shared/readout-pairs")


def _data(name):
    with resources.files("readouts").joinpath(f"data/{name}").open("r", encoding="utf-8") as fh:
        return json.load(fh)


TABLE = _data("traditional_zh.json")
GROUPS = TABLE["groups"]
#: Each simplified character -> its traditional forms, the common one first (the table's inverse).
FORMS = {g[0]: g[1:] for g in GROUPS}
#: The table's inverse where it is unique: a simplified character that one traditional one folds to.
UNIQUE = {s: t for s, t in FORMS.items() if len(t) == 1}
COMMON = str.maketrans({s: t[0] for s, t in FORMS.items()})


def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


def _han(text):
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


#: Every Chinese string the cues and concepts match: the Chinese lexicon's, the Han ones of the other
#: lexicons (the English and Russian ones know "台湾" too), the concepts' Chinese forms.
FORMS_MATCHED = sorted({s for name in ("cues_zh.json", "cues_en.json", "cues_ru.json")
                        for s in _strings(_data(name)) if _han(s)}
                       | {f for c in _data("concepts.json")["concepts"].values() for f in c.get("zh", [])})


def _chinese_sides():
    """(file name, side dict) of every Chinese readout of the corpus and the development pairs."""
    files = sorted(CORPUS.glob("*.json")) + (sorted(PAIRS.glob("*.json")) if PAIRS.is_dir() else [])
    out = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        for key in ("a", "b"):
            side = data.get(key) or {}
            if side.get("language") == "zh" or _han(" ".join(side.get("points", []))):
                out.append((f"{f.name}:{key}", side))
    return out


SIDES = _chinese_sides()


# -- the table -----------------------------------------------------------------------------------
def test_the_table_folds_one_character_for_one():
    traditional = [t for g in GROUPS for t in g[1:]]
    assert all(len(g) >= 2 for g in GROUPS)
    assert len(traditional) == len(set(traditional)), "a traditional character folds to two simplified ones"
    heads = {g[0] for g in GROUPS}
    assert len(heads) == len(GROUPS)
    # no chain (a traditional character that is another group's simplified one) and nothing left out folds
    assert not heads & set(traditional)
    assert not set(TABLE["left_out"]) & set(traditional)
    assert set(TABLE["notes"]) <= set(traditional)
    assert all(_han(ch) for ch in heads | set(traditional))
    text = "".join(traditional)
    folded = fold_traditional(text)
    assert len(folded) == len(text) and folded == "".join(g[0] for g in GROUPS for _ in g[1:])


def test_the_table_covers_the_characters_the_traditional_detector_counts():
    # every pair language.traditional_chinese counts by, and the forms a Taiwan or Hong Kong text writes
    assert fold_traditional(_TRADITIONAL) == _SIMPLIFIED
    assert fold_traditional("裡裏為爲眾衆說説啟啓線綫衛衞後於夥臺颱發髮係繫複復") == "里里为为众众说说启启线线卫卫后于伙台台发发系系复复"
    # left as written: characters simplified text writes too, of two readings
    for ch in TABLE["left_out"]:
        assert fold_traditional(ch) == ch


@pytest.mark.parametrize("form", FORMS_MATCHED)
def test_every_lexicon_and_concept_form_round_trips(form):
    # unfolded where the inverse is unique, and with each character's common traditional form: the
    # fold gives the form back, so a traditional text matches every term a simplified one does
    assert fold_traditional(form) == form
    assert fold_traditional("".join(UNIQUE.get(ch, ch) for ch in form)) == form
    assert fold_traditional(form.translate(COMMON)) == form


#: Forms ICU's transform folds that the table leaves out: no traditional Chinese ones (a rare
#: character of Extension A, two Japanese shinjitai, an archaic variant, another tree's name).
NOT_TRADITIONAL = "䬗関闘悳榖"


@pytest.mark.skipif(shutil.which("uconv") is None, reason="needs ICU's uconv")
def test_the_table_agrees_with_icus_transform():
    # Against an independent source: ICU's Traditional-Simplified transform, character by character.
    # Every traditional form of a character the lexicons, the concepts or the corpus's Chinese readouts
    # write is in the table (but those simplified text writes too, GB 2312's, and a few not Chinese),
    # and where ICU folds a character of the table, it folds it as the table does.
    chars = [chr(c) for c in range(0x4E00, 0xA000)] + [chr(c) for c in range(0x3400, 0x4DC0)]
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(chars) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    icu = {t: s for t, s in zip(chars, out) if s != t}

    def gb2312(ch):
        try:
            ch.encode("gb2312")
            return True
        except UnicodeEncodeError:
            return False

    written = {ch for form in FORMS_MATCHED for ch in form} | {
        ch for _, side in SIDES for p in side["points"] + [side.get("title") or ""] for ch in p}
    traditional = {t: g[0] for g in GROUPS for t in g[1:]}
    missing = sorted(t for t, s in icu.items() if s in written and not gb2312(t) and t not in traditional
                     and t not in NOT_TRADITIONAL)
    assert not missing
    assert not {t: (s, icu[t]) for t, s in traditional.items() if t in icu and icu[t] != s}
    # the forms ICU lacks, added by hand, are the notes' and left-out ones' (documented in the table)
    assert {t for t in traditional if t not in icu} <= set(TABLE["notes"])


@pytest.mark.parametrize("name, side", SIDES, ids=[n for n, _ in SIDES])
def test_a_simplified_text_is_unchanged_by_the_fold(name, side):
    for text in [*side.get("points", []), side.get("title") or "", side.get("issuer") or ""]:
        assert fold_traditional(text) == text


def test_the_fold_is_lazy_and_cheap():
    # importing the library reads no table, nor does reading an English text
    code = ("import readouts, readouts.language as l; from readouts.cues import point_cues; "
            "point_cues('Biden said the US opposes it.', side='US', participants=['Joseph R. Biden']); "
            "print(l._fold_data.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "0"
    text = "中華人民共和國主席習近平同美國總統拜登通電話。"
    assert fold_traditional(text) == "中华人民共和国主席习近平同美国总统拜登通电话。"
    assert fold_traditional("Путин") == "Путин" and fold_traditional("") == ""
