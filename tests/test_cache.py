import logging
import multiprocessing as mp
import os

import numpy as np
import pytest

from conftest import CORPUS, HashEmbedder, PoolingHashEmbedder
from readouts import CachedEmbedder, Readout, compare, compare_many
from readouts.cache import PROBE_TEXTS, CacheError, entry_key, read_entry, write_entry
from readouts.errors import EmbedderError
from readouts.evaluation import evaluate, load_dir

TEXTS = ["Blinken spoke with Lavrov.", "They discussed Ukraine.", "Lavrov raised NATO expansion.",
         "Both sides agreed to keep talking."]
US = Readout.from_text("Blinken spoke with Lavrov. He urged Russia to pull back troops from Ukraine's border. "
                       "He said talks on mutual security concerns can go on.", side="US")
RU = Readout.from_text("Lavrov spoke with Blinken. Lavrov raised indivisible security. "
                       "Blinken agreed to discuss security concerns further. The weather was cold.", side="RU")


PROBE = list(PROBE_TEXTS)


def entries(root):
    return sorted(p for p in root.rglob("*.emb"))


def temp_files(root):
    return sorted(p for p in root.rglob("*") if p.name.startswith(".tmp-"))


def test_miss_then_hit_returns_the_same_bits(tmp_path):
    inner = HashEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    first = cached.encode(TEXTS)
    # HashEmbedder has no weights_hash: it encodes the probe sentences first, which key its folder
    assert len(inner.calls) == 2 and inner.calls[0] == list(PROBE_TEXTS) and sorted(inner.calls[1]) == sorted(TEXTS)
    assert len(entries(tmp_path)) == len(TEXTS)
    again = CachedEmbedder(HashEmbedder(), tmp_path)
    second = again.encode(TEXTS[::-1])
    assert np.array_equal(second, first[::-1])
    assert again.inner.calls == [PROBE] and again.stats["hits"] == len(TEXTS) and again.stats["misses"] == 0
    assert np.array_equal(first, HashEmbedder().encode(TEXTS))


def test_only_missing_texts_are_encoded(tmp_path):
    CachedEmbedder(HashEmbedder(), tmp_path).encode(TEXTS[:2])
    inner = HashEmbedder()
    CachedEmbedder(inner, tmp_path).encode(TEXTS)
    assert inner.calls[0] == PROBE and sorted(inner.calls[1]) == sorted(TEXTS[2:])


def test_name_and_weights_hash_are_the_inner_embedders(tmp_path):
    inner = HashEmbedder()
    inner.weights_hash = "f" * 64
    cached = CachedEmbedder(inner, tmp_path)
    assert cached.name == "hash-bow-test" and cached.weights_hash == "f" * 64


@pytest.mark.parametrize("damage", ["flip_payload", "truncate_payload", "truncate_header", "empty", "bad_magic",
                                    "padded", "foreign"])
def test_damaged_entry_is_detected_and_rebuilt(tmp_path, damage, caplog):
    CachedEmbedder(HashEmbedder(), tmp_path).encode(TEXTS)
    paths = entries(tmp_path)
    cached = CachedEmbedder(HashEmbedder(), tmp_path)
    path = cached._path(entry_key(cached.weights_hash, TEXTS[1]))
    assert path in paths
    data = path.read_bytes()
    if damage == "flip_payload":
        data = data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:]
    elif damage == "truncate_payload":
        data = data[: len(data) - 100]
    elif damage == "truncate_header":
        data = data[:20]
    elif damage == "empty":
        data = b""
    elif damage == "bad_magic":
        data = b"NOTMAGIC" + data[8:]
    elif damage == "padded":
        data = data + b"\x00" * 4
    elif damage == "foreign":  # a valid entry of another text, copied to this name
        data = cached._path(entry_key(cached.weights_hash, TEXTS[0])).read_bytes()
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="readouts.cache"):
        out = cached.encode(TEXTS)
    assert "rebuilding" in caplog.text
    assert cached.stats["rebuilt"] == 1 and cached.inner.calls == [PROBE, [TEXTS[1]]]
    assert np.array_equal(out, HashEmbedder().encode(TEXTS))
    assert np.array_equal(read_entry(path, entry_key(cached.weights_hash, TEXTS[1])), out[1])  # rewritten whole


def test_different_weights_hash_gives_different_entries(tmp_path):
    one, two = HashEmbedder(), HashEmbedder(dim=128)
    one.weights_hash, two.weights_hash = "1" * 64, "2" * 64
    CachedEmbedder(one, tmp_path).encode(TEXTS)
    cached_two = CachedEmbedder(two, tmp_path)
    out = cached_two.encode(TEXTS)
    assert out.shape == (len(TEXTS), 128)  # not the other model's 256-d vectors
    assert cached_two.stats["hits"] == 0 and len(two.calls) == 1
    assert len(entries(tmp_path)) == 2 * len(TEXTS)
    assert CachedEmbedder(one, tmp_path).folder != cached_two.folder


def test_atomic_write_leaves_no_temp_files(tmp_path):
    CachedEmbedder(HashEmbedder(), tmp_path).encode(TEXTS)
    assert temp_files(tmp_path) == []


def fail_fsync(monkeypatch, errno, message):
    """Make every cache write fail at fsync with OSError(errno, message)."""
    def fsync(fd):
        raise OSError(errno, message)

    monkeypatch.setattr(os, "fsync", fsync)


def test_failed_write_leaves_no_partial_entry_and_result_is_still_right(tmp_path, monkeypatch, caplog):
    fail_fsync(monkeypatch, 28, "No space left on device")
    cached = CachedEmbedder(HashEmbedder(), tmp_path)
    with caplog.at_level(logging.WARNING, logger="readouts.cache"):
        out = cached.encode(TEXTS)
    assert np.array_equal(out, HashEmbedder().encode(TEXTS))
    assert cached.stats["write_errors"] == len(TEXTS) and "No space left" in caplog.text
    assert entries(tmp_path) == [] and temp_files(tmp_path) == []


def test_bad_vectors_are_never_written(tmp_path):
    class Nan:
        name = "nan"

        def encode(self, texts):
            return np.full((len(texts), 4), np.nan, dtype=np.float32)

    with pytest.raises(EmbedderError, match="NaN"):
        compare(US, RU, embedder=Nan(), cache_dir=tmp_path)
    assert entries(tmp_path) == []


def test_cache_dir_that_is_a_file_is_refused(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(CacheError, match="is a file"):
        compare(US, RU, embedder=HashEmbedder(), cache_dir=f)


def test_cache_dir_with_a_nul_byte_is_a_cache_error(tmp_path):
    # A name built from a broken string (a NUL byte) no file system takes: pathlib raises a bare
    # ValueError, which escaped the library's errors; the message shows the name escaped.
    with pytest.raises(CacheError) as err:
        compare(US, RU, embedder=HashEmbedder(), cache_dir=str(tmp_path / "a\x00b"))
    assert str(err.value) == (f"cannot create the cache folder {str(tmp_path / 'a') + chr(0) + 'b'!r}: embedded null "
                              "byte; pass a writable folder or leave cache_dir unset")


def test_write_entry_round_trip_and_key_check(tmp_path):
    vec = np.arange(1, 6, dtype=np.float32) / 10
    path = tmp_path / "x.emb"
    write_entry(path, entry_key("w", "t"), vec)
    assert np.array_equal(read_entry(path, entry_key("w", "t")), vec)
    assert read_entry(tmp_path / "missing.emb", entry_key("w", "t")) is None
    with pytest.raises(ValueError, match="another text"):
        read_entry(path, entry_key("w", "other"))


# -- results do not depend on the path taken -----------------------------------------------------
def test_cache_and_batch_give_exactly_the_plain_comparison(tmp_path):
    plain = compare(US, RU, embedder=HashEmbedder())
    cold = compare(US, RU, embedder=HashEmbedder(), cache_dir=tmp_path)
    inner = HashEmbedder()
    warm = compare(US, RU, embedder=inner, cache_dir=tmp_path)
    assert inner.calls == [PROBE]  # every vector came from the cache; the probe keys its folder
    assert cold == plain and warm == plain
    assert warm.signature == plain.signature
    batch = list(compare_many([(RU, US), (US, RU)], embedder=HashEmbedder(), cache_dir=tmp_path / "b"))
    assert batch == [plain.mirrored(), plain]


def test_evaluate_with_cache_matches_without(tmp_path):
    plain = evaluate(CORPUS, embedder=HashEmbedder())
    cold = evaluate(CORPUS, embedder=HashEmbedder(), cache_dir=tmp_path)
    inner = HashEmbedder()
    warm = evaluate(CORPUS, embedder=inner, cache_dir=tmp_path)
    assert inner.calls == [PROBE]
    assert cold.predictions == plain.predictions == warm.predictions
    assert warm.overall.as_dict() == plain.overall.as_dict()


@pytest.mark.slow
def test_real_model_cache_gives_exactly_the_plain_comparison(tmp_path, real_embedder):
    plain = compare(US, RU, embedder=real_embedder)
    assert compare(US, RU, embedder=real_embedder, cache_dir=tmp_path) == plain  # cold: same batch, same bits
    assert compare(US, RU, embedder=real_embedder, cache_dir=tmp_path) == plain  # warm: read back
    # a vector per point, and one per topic text (the point without its speaker, act and tone
    # words) that differs from every point: the link model reads the topic channel, cached too
    from readouts.cues import pair_cues, topic_text

    points = set(US.texts) | set(RU.texts)
    topics = {topic_text(c) for side in pair_cues(US, RU) for c in side} - points
    assert topics
    assert len(entries(tmp_path)) == len(points) + len(topics)


# -- two processes sharing one folder ------------------------------------------------------------
def _hammer(root: str, seed: int, rounds: int, queue) -> None:
    """Write every entry again and again while reading others: a reader must never see a torn file."""
    rng = np.random.default_rng(seed)
    texts = [f"sentence {k} about Ukraine and NATO" for k in range(40)]
    vecs = HashEmbedder().encode(texts)
    cached = CachedEmbedder(HashEmbedder(), root)
    problems = []
    try:
        for _ in range(rounds):
            for k in rng.permutation(len(texts)):
                key = entry_key(cached.weights_hash, texts[k])
                write_entry(cached._path(key), key, vecs[k])
                j = int(rng.integers(len(texts)))
                other = entry_key(cached.weights_hash, texts[j])
                got = read_entry(cached._path(other), other)
                if got is not None and not np.array_equal(got, vecs[j]):
                    problems.append(f"wrong vector for {j}")
            out = CachedEmbedder(HashEmbedder(), root).encode(texts)
            if not np.array_equal(out, vecs):
                problems.append("CachedEmbedder returned other vectors")
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        problems.append(f"{type(exc).__name__}: {exc}")
    queue.put(problems)


def test_two_processes_share_one_cache(tmp_path):
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(tmp_path), seed, 15, queue)) for seed in (1, 2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert results == [[], []]
    assert temp_files(tmp_path) == []
    final = CachedEmbedder(HashEmbedder(), tmp_path)
    texts = [f"sentence {k} about Ukraine and NATO" for k in range(40)]
    assert np.array_equal(final.encode(texts), HashEmbedder().encode(texts)) and final.stats["misses"] == 0


def test_two_processes_filling_an_empty_cache_agree(tmp_path):
    ctx = mp.get_context("fork")
    with ctx.Pool(2) as pool:
        outs = pool.starmap(_fill, [(str(tmp_path), items) for items in (load_dir(CORPUS)[:6],) * 2])
    assert outs[0] == outs[1] == [c for c in _fill(None, load_dir(CORPUS)[:6])]
    assert temp_files(tmp_path) == []


def _fill(root, items):
    return [c.model_dump_json() for c in
            compare_many([(it.a, it.b) for it in items], embedder=HashEmbedder(), cache_dir=root)]


@pytest.mark.parametrize("bad", ["", "  ", 5])
def test_cache_dir_must_name_a_folder(bad):
    with pytest.raises(CacheError, match="cache_dir must be a folder name"):
        CachedEmbedder(HashEmbedder(), bad)


# -- what encode takes, and a cache that cannot be written (s26 probe) -------------------------------
@pytest.mark.parametrize("texts, match", [
    (None, "texts must be a list of strings, not NoneType"),
    ("abc", r"texts must be a list of strings, not str; wrap one text in a list"),  # once encoded as 'a', 'b', 'c'
    ([1, 2], "item 0 is int"),
    (["One.", None], "item 1 is NoneType"),
])
def test_encode_refuses_what_is_no_list_of_texts(tmp_path, texts, match):
    from readouts import InputError

    inner = HashEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    for encode in (cached.encode, CachedEmbedder(PoolingHashEmbedder(), tmp_path).encode_with_tokens):
        with pytest.raises(InputError, match=match):
            encode(texts)
    assert inner.calls == [] and entries(tmp_path) == []


def test_a_cache_that_cannot_be_written_warns_once_per_folder(tmp_path, monkeypatch, caplog):
    fail_fsync(monkeypatch, 30, "Read-only file system")
    cached = CachedEmbedder(HashEmbedder(), tmp_path)
    with caplog.at_level(logging.WARNING, logger="readouts.cache"):
        out = cached.encode(TEXTS)
        CachedEmbedder(HashEmbedder(), tmp_path).encode(["Another sentence.", "And one more."])
    assert np.array_equal(out, HashEmbedder().encode(TEXTS)) and cached.stats["write_errors"] == len(TEXTS)
    warned = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1 and "Read-only file system" in warned[0].getMessage()
    assert "not being filled" in warned[0].getMessage()


def test_a_cache_that_cannot_be_read_warns_once_per_folder(tmp_path, caplog):
    # A file where the cache's own folder belongs (or a folder of another user): every read failed
    # alike, and each sentence logged "cannot be trusted; rebuilding it" and counted as rebuilt.
    (tmp_path / "v1").write_text("not a folder")
    cached = CachedEmbedder(HashEmbedder(), tmp_path)
    with caplog.at_level(logging.WARNING, logger="readouts.cache"):
        out = cached.encode(TEXTS)
    assert np.array_equal(out, HashEmbedder().encode(TEXTS))
    assert cached.stats["read_errors"] == len(TEXTS) and cached.stats["rebuilt"] == 0
    reads = [r.getMessage() for r in caplog.records if "could not read" in r.getMessage()]
    assert len(reads) == 1 and "is not being read" in reads[0]
    assert not any("cannot be trusted" in r.getMessage() for r in caplog.records)


def test_cache_error_is_exported_at_the_top_level():
    # A pipeline catches it as it catches the other errors, without importing readouts.cache (numpy).
    import readouts
    import readouts.cache

    assert readouts.CacheError is readouts.cache.CacheError
    assert issubclass(readouts.CacheError, readouts.ReadoutsError)
    assert "CacheError" in readouts.__all__
