"""Session 45: a Flag holds its own kind check; one keyword hint for the readout constructors and compare()."""
import pytest
from pydantic import ValidationError

from readouts import Flag, Readout, compare
from readouts.errors import InputError, RecordError, key_hint
from readouts.records import FLAG_KINDS


@pytest.mark.parametrize("kind", FLAG_KINDS)
def test_a_flag_of_every_known_kind_is_made(kind):
    assert Flag(kind=kind, side="a", points=(0,), explanation="x").kind == kind


@pytest.mark.parametrize("kind", ["mood", "", "Tone", "coverage "])
def test_a_flag_of_another_kind_is_refused_where_it_is_made(kind):
    # Flag(kind="mood") was accepted and only a Comparison holding it refused it (session 44's note)
    with pytest.raises(ValidationError, match=rf"kind\n  Value error, {kind!r} is no flag kind \(known: "
                                              r"unconfirmed_claim, attribution_shift, .*coverage\)"):
        Flag(kind=kind, side="a", points=(0,), explanation="x")


@pytest.mark.parametrize("key, known, hint", [
    ("langauge", ("language", "date"), "'langauge' for 'language'?"),      # a slip of the pen
    ("lang", ("language", "date"), "'lang' for 'language'?"),              # the key's beginning
    ("url", ("source_url", "title"), "'url' for 'source_url'?"),           # one of its words
    ("link", ("link_threshold", "group_threshold"), "'link' for 'link_threshold'?"),
    ("threshold", ("link_threshold", "group_threshold"), "'threshold' for one of 'link_threshold', 'group_threshold'?"),
    ("la", ("language",), None),                                           # too short to be a beginning
    ("mood", ("language", "date"), None),
])
def test_key_hint(key, known, hint):
    assert key_hint(key, known) == hint


def test_the_constructors_and_compare_give_the_same_hint_for_the_same_slip():
    # records._metadata_only and comparison._check_options each had their own copy of this rule, and
    # they differed: compare(..., emb=...) got no hint, Readout.from_text(..., lang=...) did.
    with pytest.raises(RecordError, match=r"unknown keyword\(s\) \['lang'\] \('lang' for 'language'\?\)"):
        Readout.from_text("Talks took place.", side="US", lang="en")
    with pytest.raises(RecordError, match=r"unknown keyword\(s\) \['titel'\] \('titel' for 'title'\?\)"):
        Readout.from_points(["Talks took place."], side="US", titel="x")
    a = Readout.from_text("Talks took place.", side="US")
    with pytest.raises(InputError, match=r"unknown option\(s\) \['emb'\] \('emb' for 'embedder'\?\)"):
        compare(a, a, emb="minilm")
    with pytest.raises(InputError, match=r"unknown option\(s\) \['cache'\] \('cache' for 'cache_dir'\?\)"):
        compare(a, a, cache="/tmp/x")
    with pytest.raises(InputError, match=r"\('link_treshold' for 'link_threshold'\?\)"):
        compare(a, a, link_treshold=0.3)


def test_from_file_with_side_none_says_to_leave_side_out(tmp_path):
    # a wrapper's default (load(path, side=None) -> Readout.from_file(path, side=side)) got "side must be a
    # string such as 'US' or 'RU'", with no word that leaving the keyword out keeps the file's side
    from readouts import Readout

    txt = tmp_path / "us.txt"
    txt.write_text("---\nside: US\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    js = tmp_path / "ru.json"
    js.write_text(Readout.from_points(["Lavrov spoke with Blinken."], side="RU").model_dump_json(), encoding="utf-8")
    for path in (txt, js):
        with pytest.raises(InputError, match=r"side=None would leave the readout without a side, .*leave side out to "
                                             r"keep the file's own"):
            Readout.from_file(path, side=None)
    assert Readout.from_file(txt).side == "US" and Readout.from_file(js).side == "RU"
    assert Readout.from_file(txt, side="GB").side == "GB"
    assert Readout.from_file(txt, date=None).date is None  # None stays "no value" for the other keywords
