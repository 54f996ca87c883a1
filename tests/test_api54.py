"""Session-54 API probes: -o with a data-format suffix, share/print controls ending in a colon (each failed before its fix)."""

import pytest

from readouts.cli import main


def _two_files(tmp_path):
    a = tmp_path / "us.txt"
    b = tmp_path / "ru.txt"
    a.write_text("Blinken spoke with Lavrov. He urged de-escalation.\n", encoding="utf-8")
    b.write_text("Lavrov spoke with Blinken. Lavrov raised NATO.\n", encoding="utf-8")
    return a, b


@pytest.mark.parametrize("suffix", ["csv", "tsv", "xml", "yaml", "parquet"])
def test_an_output_file_of_a_data_format_is_refused_before_any_model_loads(tmp_path, capsys, monkeypatch, suffix):
    # -o links.csv wrote the Markdown report into it, exit 0: a pipeline's pandas.read_csv then read
    # "# US vs RU" as the header row, in silence
    import readouts.comparison

    def no_compare(*args, **kwargs):
        raise AssertionError("compared before the -o suffix was checked")

    monkeypatch.setattr(readouts.comparison, "compare", no_compare)
    a, b = _two_files(tmp_path)
    out = tmp_path / f"links.{suffix}"
    assert main(["compare", str(a), str(b), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"readouts: error: -o {out}: readouts writes Markdown (.md), JSON (.json) or HTML (.html) "
                          f"reports, not .{suffix}; ") and err.count("\n") == 1
    assert "to_frame()" in err and "--format md" in err
    assert not out.exists()


def test_a_data_format_file_still_takes_an_explicit_format(tmp_path, capsys, hash_embedder, monkeypatch):
    # --format says the user knows what goes in the file: it is written (with the mismatch warning)
    import readouts.comparison

    real = readouts.comparison.compare
    monkeypatch.setattr(readouts.comparison, "compare", lambda *a, **k: real(*a, **{**k, "embedder": hash_embedder}))
    a, b = _two_files(tmp_path)
    out = tmp_path / "links.csv"
    assert main(["compare", str(a), str(b), "-o", str(out), "--format", "json"]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("control", ["Share this page:", "Share this article:", "Print this page:", "Share this page："])
def test_a_share_or_print_control_ending_in_a_colon_is_furniture_with_its_targets(control):
    # "Share this:" over "Twitter\nFacebook" was set aside, "Share this page:" was not: the three lines made
    # one point, "Share this page:\nTwitter\nFacebook", one-sided in every comparison of the pasted page
    from readouts import Readout

    text = f"Blinken spoke with Lavrov. He urged restraint.\n\n{control}\nTwitter\nFacebook\n"
    with pytest.warns(Warning, match="page furniture"):
        r = Readout.from_text(text, side="US")
    assert r.texts == ["Blinken spoke with Lavrov.", "He urged restraint."]
    assert [x.text for x in r.set_aside] == [control, "Twitter", "Facebook"]


@pytest.mark.parametrize("line", ["Share this page: the talks went well.", "Video: Putin and Biden spoke.",
                                  "Print this page: it covers the call."])
def test_a_control_word_that_opens_a_sentence_stays_a_point(line):
    from readouts import Readout

    r = Readout.from_text(f"Blinken spoke with Lavrov.\n\n{line}\n", side="US")
    assert r.texts[-1] == line and not r.set_aside
