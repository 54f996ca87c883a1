"""Every warning readouts issues names the caller's line, not the library's: a notebook shows the
user's cell, and ``warnings.filterwarnings(module=...)`` filters by the user's module, whatever
call chain (``compare``, ``compare_many``, a context manager, a loader) reached the warning."""

import json
import re
import warnings

import numpy as np
import pytest

from readouts import Readout, compare, compare_many
from readouts.cues import SideWarning
from readouts.embedding import EmbedderWarning, encode_texts
from readouts.errors import warn_user
from readouts.evaluation import GoldFormatWarning, load_annotated
from readouts.language import LanguageWarning
from readouts.errors import CalibrationWarning

US = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate."], side="US")
USA = Readout.from_points(["Lavrov spoke with Blinken.", "He raised NATO."], side="USA")


def _caught(category, call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    hits = [w for w in caught if issubclass(w.category, category)]
    assert hits, f"no {category.__name__}"
    return hits


def test_a_side_warning_names_the_line_that_called_compare(hash_embedder):
    hits = _caught(SideWarning, lambda: compare(US, USA, embedder=hash_embedder))
    assert {w.filename for w in hits} == {__file__}


def test_a_side_warning_from_a_batch_names_the_caller_too(hash_embedder):
    hits = _caught(SideWarning, lambda: list(compare_many([(US, USA)], embedder=hash_embedder)))
    assert {w.filename for w in hits} == {__file__}


def test_language_warnings_name_the_caller(hash_embedder):
    french = Readout.from_points(["Macron a parlé avec Poutine.", "Il a exhorté la Russie."], side="FR",
                                 language="fr")
    hits = _caught(LanguageWarning, lambda: compare(french, US, embedder=hash_embedder))
    assert "no cue lexicon for language 'fr'" in str(hits[0].message)
    assert {w.filename for w in hits} == {__file__}
    mislabelled = Readout.from_points(["Лавров провёл разговор с Блинкеном.", "Он сказал."], side="RU",
                                      language="en")
    hits = _caught(LanguageWarning, lambda: compare(mislabelled, US, embedder=hash_embedder))
    assert "mostly Cyrillic" in str(hits[0].message)
    assert {w.filename for w in hits} == {__file__}


def test_an_undeclared_script_without_a_lexicon_warns_at_the_caller(hash_embedder):
    arabic = Readout.from_points(["تحدث الوزير مع نظيره.", "وبحثا العلاقات الثنائية."], side="EG")
    hits = _caught(LanguageWarning, lambda: compare(arabic, US, embedder=hash_embedder))
    assert any("declares no language" in str(w.message) for w in hits)
    assert {w.filename for w in hits} == {__file__}


def test_a_missing_lexicon_warning_names_the_readout(hash_embedder):
    # In a batch, "no cue lexicon for language 'fr'" alone did not say which readout it was about.
    french = Readout.from_points(["Macron a parlé avec Poutine.", "Il a exhorté la Russie."], side="FR",
                                 language="fr", date="2022-02-01", title="Macron-Putin call")
    hits = _caught(LanguageWarning, lambda: list(compare_many([(US, USA), (french, US)], embedder=hash_embedder)))
    assert [str(w.message) for w in hits] == [
        "no cue lexicon for language 'fr' (have en, ru, zh) for readout 'FR' of 2022-02-01 ('Macron-Putin call'); "
        "using language-neutral cues only (names, numbers, side codes)"]
    assert {w.filename for w in hits} == {__file__}


class _Unnormalised:
    name = "raw"

    def encode(self, texts):
        return np.tile([3.0, 4.0], (len(texts), 1))


def test_an_embedder_warning_names_the_caller():
    hits = _caught(EmbedderWarning, lambda: encode_texts(_Unnormalised(), ["One.", "Two."]))
    assert {w.filename for w in hits} == {__file__}


def test_a_gold_format_warning_names_the_line_that_loaded_the_file(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"id": "x", "annotator": "AB", "a": {"side": "US", "points": ["A."]},
                                "b": {"side": "RU", "points": ["B."]},
                                "gold": {"links": [], "only_a": [0], "only_b": [0]}}), encoding="utf-8")
    hits = _caught(GoldFormatWarning, lambda: load_annotated(path))
    assert {w.filename for w in hits} == {__file__}


def test_module_filters_see_the_callers_module(hash_embedder):
    # what a pipeline writes to silence one known case in its own module
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=SideWarning, module=re.escape(__name__) + "$")
        compare(US, USA, embedder=hash_embedder)
    assert not [w for w in caught if issubclass(w.category, SideWarning)]


def test_warn_user_outside_the_library_names_its_own_caller():
    # called from outside the package (no library frame on the stack): the line that called it
    with pytest.warns(UserWarning) as rec:
        warn_user("x", UserWarning)
    assert rec[0].filename == __file__


@pytest.mark.slow
def test_a_cut_point_warning_names_the_caller_through_the_context_manager(real_embedder):
    long_point = "The two sides discussed " + ", ".join(f"issue {k} of regional security" for k in range(60)) + "."
    us = Readout.from_points(["Blinken urged Russia to de-escalate.", long_point], side="US")
    ru = Readout.from_points(["Lavrov raised NATO expansion.", "They discussed security."], side="RU")
    hits = _caught(EmbedderWarning, lambda: compare(us, ru, embedder=real_embedder))
    assert {w.filename for w in hits} == {__file__}


def test_warning_classes_are_exported_at_the_top_level_without_heavy_imports(hash_embedder):
    # They were reachable only from their modules (readouts.cues.SideWarning ...), so a pipeline's
    # filter had to import cues.py (hundreds of compiled patterns) to name one. Now `readouts.X`,
    # the same class as the module's, under one base class that filters them all.
    import subprocess
    import sys

    import readouts

    for name, module in (("LanguageWarning", "language"), ("SideWarning", "cues"),
                         ("EmbedderWarning", "embedding"), ("GoldFormatWarning", "evaluation")):
        cls = getattr(readouts, name)
        assert cls is getattr(getattr(readouts, module), name) and name in readouts.__all__
        assert issubclass(cls, readouts.ReadoutsWarning) and issubclass(cls, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error", readouts.ReadoutsWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        with pytest.raises(readouts.SideWarning, match="both readouts are from side US"):
            compare(US, USA, embedder=hash_embedder)
    code = ("import sys, readouts; readouts.SideWarning, readouts.ReadoutsWarning, readouts.GoldFormatWarning; "
            "print(sorted(m for m in sys.modules if m.startswith('readouts.') or m in ('pydantic', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['readouts.errors']"


def test_a_point_given_twice_is_kept_and_named(hash_embedder):
    # A paragraph pasted twice was compared without a word: the copy weighed twice in the coverage
    # shares. Both stay (the numbers follow the text), and a DuplicatePointWarning names them.
    from readouts import DuplicatePointWarning

    text = ("Blinken spoke with Lavrov. Blinken urged Russia to pull its troops back. They discussed Iran. "
            "Blinken urged  Russia to pull its troops back.\n\n- blinken urged Russia to pull its troops back.")
    us = Readout.from_text(text, side="US", date="2022-02-01")
    assert [p.index for p in us.points] == [0, 1, 2, 3, 4]
    ru = Readout.from_points(["Lavrov spoke with Blinken.", "Blinken urged Russia to pull troops back."], side="RU")
    hits = _caught(DuplicatePointWarning, lambda: compare(us, ru, embedder=hash_embedder))
    assert len(hits) == 1 and {w.filename for w in hits} == {__file__}
    msg = str(hits[0].message)
    assert msg.startswith("readout 'US' of 2022-02-01 holds the same point more than once")
    assert "points 3 and 4 repeat point 1 ('Blinken urged Russia to pull its troops back.')" in msg
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DuplicatePointWarning)
        c = compare(us, ru, embedder=hash_embedder)
    assert c.a.n == 5 and sorted({i for l in c.links for i in l.a} | set(c.only_a)) == [0, 1, 2, 3, 4]
    # distinct points, and a readout built or read without a comparison, warn nothing
    with warnings.catch_warnings():
        warnings.simplefilter("error", DuplicatePointWarning)
        Readout.from_text(text, side="US")
        compare(US, ru, embedder=hash_embedder)


def test_renormalised_vectors_warn_once_per_call(hash_embedder):
    # Each encode call (points, topic texts, each chunk of 256) warned again: a compare_many over 300
    # pairs gave a copy per chunk under simplefilter("always"). One per call of the public function.
    class Unnormalised:
        name = "unnormalised"

        def encode(self, texts):
            return hash_embedder.encode(texts) * 3.0

    pairs = [(Readout.from_points([f"Biden spoke with Xi about topic {i}.", "They agreed."], side="US"),
              Readout.from_points([f"Xi spoke with Biden about item {i}.", "Trade was raised."], side="CN"))
             for i in range(300)]
    for call in (lambda: list(compare_many(pairs, embedder=Unnormalised())),
                 lambda: compare(*pairs[0], embedder=Unnormalised())):
        hits = [w for w in _caught(EmbedderWarning, call) if w.category is not CalibrationWarning]  # its generic parameters
        assert [str(w.message) for w in hits] == [
            "embedder 'unnormalised' returned vectors that are not L2-normalised; normalising them"]
        assert hits[0].filename == __file__
    # encode_texts alone still warns at each call
    assert len(_caught(EmbedderWarning, lambda: encode_texts(Unnormalised(), ["a b", "c d"]))) == 1


def test_a_readout_with_a_point_twice_is_named_once_per_batch(hash_embedder):
    # compared with 50 others in one compare_many, it gave 50 copies of one warning (under "always")
    from readouts import DuplicatePointWarning, Failure

    us = Readout.from_points(["Blinken spoke with Lavrov.", "He urged de-escalation.", "He urged de-escalation."],
                             side="US")
    others = [Readout.from_points([f"Lavrov spoke about item {i}.", "NATO was raised."], side="RU") for i in range(50)]
    hits = _caught(DuplicatePointWarning, lambda: list(compare_many([(us, o) for o in others], embedder=hash_embedder)))
    assert len(hits) == 1 and "point 2 repeats point 1" in str(hits[0].message)
    # escalated to an error, it fails every pair of that readout alike, and only those
    with warnings.catch_warnings():
        warnings.simplefilter("error", DuplicatePointWarning)
        out = list(compare_many([(us, others[0]), (others[1], others[2]), (others[3], us)], embedder=hash_embedder,
                                on_error="skip"))
    assert [type(x).__name__ for x in out] == ["Failure", "Comparison", "Failure"]
    assert all(isinstance(x.error, DuplicatePointWarning) for x in out if isinstance(x, Failure))


def test_a_batch_gives_each_warning_once(hash_embedder):
    # a French readout compared with 30 others in one compare_many gave 30 copies of one
    # LanguageWarning (all shown under "always"); one per call of the public function now
    fr = Readout.from_points(["Macron a parlé avec Poutine.", "Il a exhorté la Russie."], side="FR", language="fr")
    others = [Readout.from_points([f"Putin spoke about item {i}.", "NATO was raised."], side="RU") for i in range(30)]
    hits = _caught(LanguageWarning, lambda: list(compare_many([(fr, o) for o in others], embedder=hash_embedder)))
    assert len(hits) == 1 and "no cue lexicon for language 'fr'" in str(hits[0].message)
    assert hits[0].filename == __file__
    # each call is its own: two compares, two warnings
    assert len(_caught(LanguageWarning, lambda: [compare(fr, o, embedder=hash_embedder) for o in others[:2]])) == 2
    # escalated to an error, it fails every pair it is about, and only those
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        warnings.simplefilter("ignore", SideWarning)
        out = list(compare_many([(fr, others[0]), (others[1], others[2]), (others[3], fr)], embedder=hash_embedder,
                                on_error="skip"))
    assert [type(x).__name__ for x in out] == ["Failure", "Comparison", "Failure"]


def test_a_readout_dated_after_today_is_named_as_a_probable_typo(hash_embedder):
    # "2099-01-01" (or "2202" for "2022") was taken in silence and stood in the report and saved JSON.
    import datetime

    import readouts
    from readouts import DateWarning
    from readouts.comparison import MAX_DAYS_AHEAD, future_date_warning

    assert issubclass(DateWarning, readouts.ReadoutsWarning) and "DateWarning" in readouts.__all__
    us = Readout.from_points(["Blinken spoke with Lavrov.", "They discussed Ukraine."], side="US", date="2099-01-01")
    ru = Readout.from_points(["Lavrov spoke with Blinken.", "They discussed NATO."], side="RU", date="2099-01-01")
    (hit,) = _caught(DateWarning, lambda: compare(us, ru, embedder=hash_embedder))[:1]
    assert "readout 'US' of 2099-01-01 is dated after today" in str(hit.message)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DateWarning)
        with pytest.raises(DateWarning):
            compare(us, ru, embedder=hash_embedder)
    # never on a real date: today, or a day or two ahead (a readout dated in UTC+14, read in UTC-12)
    today = datetime.date.today()
    for ahead in range(-400, MAX_DAYS_AHEAD + 1, 7):
        r = us.model_copy(update={"date": today + datetime.timedelta(days=ahead)})
        with warnings.catch_warnings():
            warnings.simplefilter("error", DateWarning)
            future_date_warning(r)
    ahead_by_two = us.model_copy(update={"date": today + datetime.timedelta(days=MAX_DAYS_AHEAD)})
    with warnings.catch_warnings():
        warnings.simplefilter("error", DateWarning)
        future_date_warning(ahead_by_two)
        future_date_warning(us.model_copy(update={"date": None}))
    day = datetime.date(2022, 2, 1)
    with pytest.warns(DateWarning):
        future_date_warning(us.model_copy(update={"date": day + datetime.timedelta(days=MAX_DAYS_AHEAD + 1)}), day)
