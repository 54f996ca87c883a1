"""Probes of the embedding cache, batches and custom embedders (session 46, helper d): each test
failed before its fix."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import HashEmbedder, PoolingHashEmbedder, pooled_params
from readouts import Readout, compare, compare_many
from readouts.cache import PROBE_TEXTS, CachedEmbedder
from readouts.embedding import encode_texts
from readouts.errors import EmbedderError

US = ["Blinken spoke with Lavrov about Ukraine.", "He urged Russia to de-escalate at the border.",
      "The sides agreed to stay in contact."]
RU = ["Lavrov spoke with Blinken about Ukraine.", "Lavrov warned against NATO expansion.",
      "The ministers agreed to stay in contact.", "Blinken agreed that security concerns deserve discussion."]
TEXTS = ["zebra crossing talks", "apple pie diplomacy", "mango lassi summit"]


class SortsInPlace(HashEmbedder):
    """Sorts the list it is given and returns the rows in that sorted order."""

    name = "sorts-in-place"

    def encode(self, texts):
        texts.sort()
        return super().encode(texts)


class EmptiesList(HashEmbedder):
    name = "empties-list"

    def encode(self, texts):
        out = super().encode(texts)
        texts.clear()
        return out


class PrefixesInPlace(HashEmbedder):
    """Edits each text in place (an E5-style prefix): the positions still match."""

    name = "prefixes-in-place"

    def encode(self, texts):
        for i, t in enumerate(texts):
            texts[i] = "passage: " + t
        return super().encode(texts)


def test_an_encode_that_sorts_its_list_in_place_is_an_error_not_shuffled_vectors(tmp_path):
    # encode_texts matched the rows to the texts it had sent, by position, while the rows followed the
    # list as the embedder had sorted it: every text got another's vector, silently. (Through the cache
    # they happened to match, so compare gave other results with cache_dir than without.)
    with pytest.raises(EmbedderError, match="reordered the list of texts it was given"):
        encode_texts(SortsInPlace(), TEXTS)
    with pytest.raises(EmbedderError, match="reordered the list"):
        CachedEmbedder(SortsInPlace(), tmp_path).encode(TEXTS)
    a, b = Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")
    for cache in (None, tmp_path / "c"):
        with pytest.raises(EmbedderError, match="sorts-in-place"):
            compare(a, b, embedder=SortsInPlace(), cache_dir=cache)


def test_an_encode_that_empties_its_list_after_encoding_is_read_by_position(tmp_path):
    # Through the cache it was "embedder 'empties-list' returned shape (3, 256) for 0 texts; expected (0, d)",
    # for 3 texts whose 3 rows were right (a batching loop that pops its list does the same)
    want = HashEmbedder().encode(TEXTS)
    assert np.array_equal(CachedEmbedder(EmptiesList(), tmp_path).encode(TEXTS), want)
    assert np.array_equal(CachedEmbedder(EmptiesList(), tmp_path).encode(TEXTS), want)  # read back
    assert np.array_equal(encode_texts(EmptiesList(), TEXTS), want)


def test_an_encode_that_edits_texts_in_place_keeps_its_positions(tmp_path):
    want = HashEmbedder().encode(["passage: " + t for t in TEXTS])
    assert np.array_equal(encode_texts(PrefixesInPlace(), TEXTS), want)
    cached = CachedEmbedder(PrefixesInPlace(), tmp_path)
    assert np.array_equal(cached.encode(TEXTS), want)
    assert np.array_equal(CachedEmbedder(PrefixesInPlace(), tmp_path).encode(TEXTS[::-1]), want[::-1])


class WideTokens(PoolingHashEmbedder):
    """Token vectors twice as wide as the sentence vectors for texts of an even number of tokens."""

    name = "wide-tokens"

    def encode_with_tokens(self, texts, drop=None):
        out = super().encode_with_tokens(texts, drop)
        toks = [np.concatenate([t, t], axis=1) if len(t) % 2 == 0 else t for t in out[1]]
        return (out[0], toks, *out[2:])


def test_token_vectors_of_another_width_are_an_embedder_error_with_or_without_cache(tmp_path):
    # With cache_dir, (8, 512) token rows were reshaped into (16, 256) ones, stored and compared: a result
    # from garbage, without a word; without it, numpy's ValueError ("all the input array dimensions ...")
    # came out of compare, no ReadoutsError
    a, b = Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")
    for cache in (None, tmp_path):
        with pytest.raises(EmbedderError, match=r"token vectors of shape \(\d+, 512\) for text \d+; expected "
                                                r"\(tokens, 256\)"):
            compare(a, b, embedder=WideTokens(), params=pooled_params(), cache_dir=cache)
    assert not list(tmp_path.rglob("*.emb"))  # nothing of it was stored


def test_token_vectors_that_are_nan_are_an_embedder_error_without_cache_too():
    class NaNTokens(PoolingHashEmbedder):
        name = "nan-tokens"

        def encode_with_tokens(self, texts, drop=None):
            out = super().encode_with_tokens(texts, drop)
            toks = [t.copy() for t in out[1]]
            toks[0][0, 0] = np.nan
            return (out[0], toks, *out[2:])

    with pytest.raises(EmbedderError, match="NaN or infinite token vectors for text 0"):
        encode_texts(NaNTokens(), TEXTS, tokens=True)


def test_valid_token_vectors_pass_unchanged(tmp_path):
    emb = PoolingHashEmbedder()
    vecs, toks = encode_texts(emb, TEXTS, tokens=True)
    _, want = emb.encode_with_tokens(TEXTS)
    assert all(t.dtype == np.float32 and np.array_equal(t, w) for t, w in zip(toks, want))
    cv, ct = CachedEmbedder(PoolingHashEmbedder(), tmp_path).encode_with_tokens(TEXTS)
    assert np.array_equal(cv, vecs) and all(np.array_equal(t, w) for t, w in zip(ct, want))


def test_a_cache_dir_that_is_a_file_fails_the_call_before_its_pairs_are_read(tmp_path, hash_embedder):
    # Checked only after every pair was read (a generator of file reads run to its end for nothing), and with
    # on_error="skip" each of a batch's pairs came back as a Failure carrying the same cache error
    from readouts.errors import CacheError

    file = tmp_path / "cache"
    file.write_text("x")
    read = []

    def pairs():
        for k in range(3):
            read.append(k)
            yield Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")

    for on_error in ("raise", "skip"):
        with pytest.raises(CacheError, match="is a file, not a folder"):
            compare_many(pairs(), embedder=hash_embedder, cache_dir=file, on_error=on_error)
    assert read == []
    with pytest.raises(CacheError, match="cannot create the cache folder"):  # a folder below a file
        list(compare_many(pairs(), embedder=hash_embedder, cache_dir=file / "sub", on_error="skip"))


def test_a_name_or_weights_hash_written_as_a_method_is_an_error(tmp_path):
    # name as a method without @property: the signature's embedder was "<bound method NameMethod.name of
    # <... object at 0x7f...>>", and a cache keyed by it (memory address and all) missed on every run;
    # weights_hash as a method or as bytes was ignored without a word, the entries keyed by the name alone
    class NameMethod(HashEmbedder):
        def name(self):
            return "mine"

    class HashMethod(HashEmbedder):
        name = "mine"

        def weights_hash(self):
            return "abc123"

    class HashBytes(HashEmbedder):
        name = "mine"
        weights_hash = b"abc123"

    a, b = Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")
    with pytest.raises(EmbedderError, match=r"embedder NameMethod's name is a method; make it a string attribute "
                                            r"or a @property"):
        compare(a, b, embedder=NameMethod(), cache_dir=tmp_path)
    with pytest.raises(EmbedderError, match="HashMethod's weights_hash is a method"):
        CachedEmbedder(HashMethod(), tmp_path)
    with pytest.raises(EmbedderError, match="HashBytes's weights_hash must be a string .* not bytes"):
        list(compare_many([(a, b)], embedder=HashBytes()))


def test_name_and_weights_hash_as_attributes_or_properties_are_taken(tmp_path):
    class Attrs(HashEmbedder):
        def __init__(self):
            super().__init__()
            self.name, self.weights_hash = "mine", "abc123"

    class Props(HashEmbedder):
        @property
        def name(self):
            return "mine"

        @property
        def weights_hash(self):
            return "abc123"

    a, b = Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")
    for emb in (Attrs(), Props()):
        c = compare(a, b, embedder=emb, cache_dir=tmp_path)
        assert c.signature.embedder == "mine"


def test_itertuples_with_the_index_says_to_pass_index_false(hash_embedder):
    # was "pair 0 must be a 2-tuple (a, b), got a Pandas of length 3": neither what the third item was nor the fix
    pd = pytest.importorskip("pandas")
    from readouts.errors import InputError

    df = pd.DataFrame({"us": ["\\n".join(US)], "ru": ["\\n".join(RU)]})
    with pytest.raises(InputError, match=r"got a Pandas of length 3; DataFrame.itertuples\(\) puts the row's index "
                                         r"first: pass index=False"):
        list(compare_many(df.itertuples(), embedder=hash_embedder))
    assert len(list(compare_many(df.itertuples(index=False), embedder=hash_embedder))) == 1


@pytest.mark.parametrize("rows, message", [
    (lambda v: [list(v[0]), list(v[1][:-1])] + [list(r) for r in v[2:]], r"returned rows of different lengths \(255, 256\)"),
    (lambda v: (r for r in v), r"returned a generator, not a numeric array; return np.array\(rows\) or a list of its 3 rows"),
])
def test_ragged_or_generator_rows_say_what_is_wrong(tmp_path, rows, message):
    # were "embedder 'x' returned list, not a numeric array" (for a list of numbers) and "returned shape () for 3
    # texts; expected (3, d)"
    class Odd(HashEmbedder):
        name = "odd"

        def encode(self, texts):
            return rows(super().encode(texts))

    with pytest.raises(EmbedderError, match=message):
        encode_texts(Odd(), TEXTS)
    # through the cache, the embedder (no weights_hash) meets the probe sentences first, and says so
    probe = message.replace("its 3 rows", f"its {len(PROBE_TEXTS)} rows")
    with pytest.raises(EmbedderError, match=probe + r".*\(encoding the cache's probe sentences"):
        CachedEmbedder(Odd(), tmp_path).encode(TEXTS)


def test_rows_as_lists_or_float16_give_the_float32_comparison(tmp_path):
    class Lists(HashEmbedder):
        name = "hash-bow-test"

        def encode(self, texts):
            return super().encode(texts).tolist()

    a, b = Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU")
    want = compare(a, b, embedder=HashEmbedder()).model_dump_json()
    assert compare(a, b, embedder=Lists()).model_dump_json() == want
    assert compare(a, b, embedder=Lists(), cache_dir=tmp_path).model_dump_json() == want


def test_an_ensemble_with_a_member_keyed_by_its_name_is_logged_as_such(tmp_path, caplog):
    # The ensemble's weights_hash is made of its members', so the cache never logged that a member without a
    # weights_hash keyed every entry by that member's name alone (another embedder of that name shares them)
    from readouts.embedding import Ensemble

    class Other(HashEmbedder):
        name = "other-bow-test"

    caplog.set_level("WARNING", logger="readouts.cache")
    CachedEmbedder(Ensemble(HashEmbedder(), Other()), tmp_path).encode(TEXTS)
    assert "has members without a weights_hash ('hash-bow-test', 'other-bow-test')" in caplog.text
