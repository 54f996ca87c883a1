"""Probes of the public API, round 57: each test failed before its fix."""

import numpy as np
import pytest

from readouts.cache import CachedEmbedder
from readouts.e5 import E5Embedder
from readouts.embedding import model_text
from readouts.multilingual import MultilingualEmbedder

# The same sentence with invisible format characters pasted into it (web pages, PDFs, Word).
_PLAIN = ["Lavrov spoke with Blinken.", "Лавров говорил с Блинкеном.", "双方就乌克兰问题交换意见。"]
_HIDDEN = ["Lav\u00adrov spo\u200bke with Blinken.\ufeff", "Лав\u2060ров говорил с Блин\u00adкеном.",
           "双方\u200b就乌克兰\u200e问题交换意见。"]


class _Recorder:
    """Stands for the model: records what it is given, returns a vector per text."""

    def __init__(self):
        self.seen = []

    def _vec(self, texts):
        self.seen += list(texts)
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    encode = query = _vec


@pytest.mark.parametrize("cls", [MultilingualEmbedder, E5Embedder])
def test_multilingual_backends_drop_invisible_characters(monkeypatch, cls):
    model = _Recorder()
    monkeypatch.setattr(cls, "_model", lambda self: model)
    cls().encode(_HIDDEN)
    assert model.seen == _PLAIN


class _Counted:
    """A backend of the old kind: reads invisible characters as characters (so its vectors differ)."""

    name = "counted"
    weights_hash = "f" * 64

    def encode(self, texts):
        v = np.array([[len(t), t.count("\u00ad") + 1.0] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


class _CountedClean(_Counted):
    """The same backend after it learnt to drop them, as USE and e5 did in this round."""

    cache_text = staticmethod(model_text)

    def encode(self, texts):
        return super().encode([model_text(t) for t in texts])


@pytest.mark.parametrize("cls", [MultilingualEmbedder, E5Embedder])
def test_the_multilingual_backends_key_the_cache_by_the_text_they_encode(cls):
    assert cls.cache_text(_HIDDEN[0]) == _PLAIN[0]


def test_a_cache_written_before_a_backend_dropped_invisible_characters_gives_the_new_vector(tmp_path):
    hidden, plain = "Lav\u00adrov spoke.", "Lavrov spoke."
    old = CachedEmbedder(_Counted(), tmp_path).encode([hidden])  # the stale entry, keyed by the raw text
    new = CachedEmbedder(_CountedClean(), tmp_path)
    got = new.encode([hidden, plain])
    assert not np.allclose(old[0], got[0])  # the stale vector is not read back
    np.testing.assert_array_equal(got[0], got[1])  # one entry for both, the clean text's
    assert new.stats["misses"] == 1 and new.stats["hits"] == 0
    again = CachedEmbedder(_CountedClean(), tmp_path)
    np.testing.assert_array_equal(again.encode([hidden]), got[:1])
    assert again.stats["hits"] == 1


@pytest.mark.slow
@pytest.mark.parametrize("cls", [MultilingualEmbedder, E5Embedder])
def test_multilingual_backends_give_one_vector_with_and_without_invisible_characters(cls):
    emb = cls()
    np.testing.assert_array_equal(emb.encode(_HIDDEN), emb.encode(_PLAIN))


# -- sides and participants ------------------------------------------------------------------------
from readouts import InputError, Readout  # noqa: E402


def test_a_side_of_hundreds_of_characters_is_refused_naming_its_length():
    with pytest.raises(InputError, match=r"side is 500 characters long.*at most 100 characters.*issuer="):
        Readout.from_points(["Biden spoke with Putin."], side="U" * 500)
    # the longest official names still fit
    name = "United Kingdom of Great Britain and Northern Ireland"
    assert Readout.from_points(["Biden spoke with Putin."], side=name).side == name


def test_a_participant_named_twice_is_kept_once_first_spelling_and_order_kept():
    given = ["Joe Biden", "Vladimir Putin", "joe  biden", "Joe Biden"]
    r = Readout.from_points(["Biden spoke with Putin."], side="US", participants=given)
    assert r.participants == ("Joe Biden", "Vladimir Putin")
    assert given == ["Joe Biden", "Vladimir Putin", "joe  biden", "Joe Biden"]  # the caller's list untouched
    assert Readout.from_points(["Biden spoke."], side="US", participants="Joe Biden; Joe Biden").participants \
        == ("Joe Biden",)
    # a saved record with the repeat reads back with one
    data = r.model_dump()
    data["participants"] = ["Joe Biden", "Joe Biden"]
    assert Readout.model_validate(data).participants == ("Joe Biden",)


# -- keywords given by position ---------------------------------------------------------------------
def test_an_embedder_given_by_position_is_told_its_keyword():
    from readouts import ReadoutsError, compare, compare_many

    a = Readout.from_points(["Biden spoke with Putin."], side="US")
    b = Readout.from_points(["Putin spoke with Biden."], side="RU")
    with pytest.raises(ReadoutsError, match=r"write compare\(a, b, embedder='minilm'\)"):
        compare(a, b, "minilm")
    with pytest.raises(TypeError, match=r"compare_many\(pairs, embedder='use'\)"):  # still a TypeError
        compare_many([(a, b)], "use")
    import inspect

    assert list(inspect.signature(compare).parameters)[:3] == ["a", "b", "embedder"]  # help() shows the real one


# -- files ------------------------------------------------------------------------------------------
def test_header_lines_without_fences_are_refused_naming_the_fix(tmp_path):
    from readouts import ReadoutFileError

    f = tmp_path / "call.txt"
    f.write_text("side: US\ndate: 2021-07-09\n\nBiden spoke with Putin.\n", encoding="utf-8")
    with pytest.raises(ReadoutFileError, match=r"header lines \(side, date\) that no '---' lines fence"):
        Readout.from_file(f)
    # one "Date:" line above a pasted text is no header: read as text, as before (set aside as page
    # metadata, with its warning), not refused
    f.write_text("Date: 9 July\n\nBiden spoke with Putin.\n", encoding="utf-8")
    from readouts import FurnitureWarning

    with pytest.warns(FurnitureWarning, match="'Date: 9 July' \\(page metadata\\)"):
        r = Readout.from_file(f, side="US")
    assert list(r.texts) == ["Biden spoke with Putin."] and r.set_aside[0].text == "Date: 9 July"
    f.write_text("---\nside: US\n---\nBiden spoke with Putin.\n", encoding="utf-8")
    assert Readout.from_file(f).side == "US"


@pytest.mark.parametrize("bad, said", [(None, "not NoneType.*leave it out"), (7, "not int.*give the person's name")])
def test_a_participant_that_is_no_string_is_named_with_its_type(bad, said):
    with pytest.raises(InputError, match=f"participant 1 must be a name \\(str\\), {said}"):
        Readout.from_points(["Biden spoke."], side="US", participants=["Joe Biden", bad])


def test_a_side_given_to_flags_of_as_its_kind_is_told_how_to_give_it():
    from readouts import compare

    a = Readout.from_points(["Biden spoke with Putin about Ukraine."], side="US")
    b = Readout.from_points(["Putin spoke with Biden about Ukraine."], side="RU")
    c = compare(a, b)
    for side in ("a", "RU"):
        with pytest.raises(InputError, match=rf"flag kind '{side}' is side [ab], not a flag kind: give it as side=, "
                                             rf"c.flags_of\(side='{side}'\)"):
            c.flags_of(side)
    with pytest.raises(InputError, match="'tonee' is no flag kind"):  # a slip of a kind is told as before
        c.flags_of("tonee")
