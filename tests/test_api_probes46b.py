"""Probes of the output side (session 46, helper b): each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import re

from readouts import Readout, compare

US = ["Blinken spoke with Lavrov about Ukraine.", "He urged Russia to de-escalate at the border.",
      "The sides agreed to stay in contact."]
RU = ["Lavrov spoke with Blinken about Ukraine.", "Lavrov warned against NATO expansion.",
      "The ministers agreed to stay in contact.", "Blinken agreed that security concerns deserve discussion."]


def test_html_page_title_names_a_date_only_where_both_readouts_give_it(hash_embedder):
    # <title> read "US vs RU — 2022-02-01" where RU's readout is dated 2022-02-02 (or undated), side a's
    # date given as the call's, while the heading rightly showed none
    us = Readout.from_points(US, side="US", date="2022-02-01")
    for ru in (Readout.from_points(RU, side="RU", date="2022-02-02"), Readout.from_points(RU, side="RU")):
        page = compare(us, ru, embedder=hash_embedder).to_html()
        assert re.search(r"<title>(.*?)</title>", page).group(1) == "US vs RU · readouts"
    same = compare(us, Readout.from_points(RU, side="RU", date="2022-02-01"), embedder=hash_embedder).to_html()
    assert "<title>US vs RU — 2022-02-01 · readouts</title>" in same and "<h1>US vs RU · 2022-02-01</h1>" in same


def test_html_anchors_differ_between_comparisons_of_the_same_texts_under_other_sides(hash_embedder):
    # The anchors' id hashed the point texts and the signature only: two reports of the same texts under
    # other side names (whose flags differ) shared ids, and a flag badge in the second notebook output
    # jumped to the first one's flag of that number
    from readouts.rendering import to_html

    us = Readout.from_points(US, side="US")
    c1 = compare(us, Readout.from_points(RU, side="RU"), embedder=hash_embedder)
    c2 = compare(us, Readout.from_points(RU, side="UK", date=dt.date(2022, 2, 2)), embedder=hash_embedder)
    id1 = re.search(r'<div class="readouts-report" id="(\w+)"', to_html(c1, full_page=False)).group(1)
    id2 = re.search(r'<div class="readouts-report" id="(\w+)"', to_html(c2, full_page=False)).group(1)
    assert id1 != id2
    # still deterministic: the same comparison, read back, gets the same ids
    from readouts import Comparison

    assert to_html(Comparison.from_json(c1.to_json())) == to_html(c1)


def test_comparison_from_json_given_a_file_name_says_to_read_the_file(hash_embedder, tmp_path):
    # Comparison.from_json("call.json") said "malformed JSON at line 1, column 1: Expecting value", not why;
    # EvaluationResult.from_json said it was a file name
    import pytest

    from readouts import Comparison, InputError

    c = compare(Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU"), embedder=hash_embedder)
    saved = tmp_path / "call.json"
    saved.write_text(c.to_json(), encoding="utf-8")
    for given in (str(saved), "call.json", b"calls/call.json"):
        with pytest.raises(InputError, match=r"is a file name, not JSON text; read the file with "
                                             r"Comparison\.from_file\(path\)"):
            Comparison.from_json(given)
    assert Comparison.from_file(saved) == c == Comparison.from_json(c.to_json())


def test_html_side_card_counts_one_point_in_the_singular(hash_embedder):
    # The side cards read "1 points" (the Markdown report says "1 point")
    c = compare(Readout.from_points(["Blinken spoke with Lavrov about Ukraine."], side="US"),
                Readout.from_points(RU, side="RU"), embedder=hash_embedder)
    page = c.to_html()
    assert "<div>1 point</div>" in page and "<div>4 points</div>" in page and "1 points" not in page
    assert "(1 point)" in c.to_markdown()


def test_a_group_links_evidence_counts_each_sides_points_from_either_side(hash_embedder):
    # "1 point(s) on side a cover 2 on side b" was kept as it was when a comparison was mirrored, and
    # compare(b, a) is computed as compare(a, b) mirrored: half of all calls said it of a link with two
    # points on side a and one on side b
    from pathlib import Path

    from readouts.comparison import _out_of_order

    ex = Path(__file__).resolve().parent.parent / "examples"
    us, ru = Readout.from_file(ex / "2022-02-01-us.txt"), Readout.from_file(ex / "2022-02-01-ru.txt")
    assert _out_of_order(ru, us)  # compare(ru, us) is the mirrored one
    seen = 0
    for x, y in ((us, ru), (ru, us)):
        c = compare(x, y, embedder=hash_embedder, group_threshold=0.05, adjacent_threshold=0.05)
        for link in c.links:
            if len(link.a) > 1 or len(link.b) > 1:
                seen += 1
                assert f"{len(link.a)} point(s) on side a cover {len(link.b)} on side b" in link.evidence
        assert c.mirrored().mirrored() == c
    assert seen >= 2


def test_cli_output_files_under_a_tilde_go_to_the_home_folder(tmp_path, monkeypatch, capsys):
    # -o "~/reports/call.md" and --summary "~/scores.md" (a quoted ~, a Makefile's variable) were refused as
    # "folder ~/reports does not exist", where the readouts, --out and --save-comparisons expand "~"
    import shutil
    from pathlib import Path

    import readouts.comparison
    import readouts.embedding
    from conftest import HashEmbedder
    from readouts.cli import main

    for module in (readouts.comparison, readouts.embedding):
        monkeypatch.setattr(module, "resolve_embedder", lambda e=None: HashEmbedder())
    home = tmp_path / "home"
    (home / "reports").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    ex = Path(__file__).resolve().parent.parent / "examples"
    assert main(["compare", str(ex / "2022-02-01-us.txt"), str(ex / "2022-02-01-ru.txt"), "-o", "~/reports/call.md"]) == 0
    assert (home / "reports" / "call.md").read_text(encoding="utf-8").startswith("# US vs RU")
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    for f in sorted((ex / "corpus").glob("*.json"))[:2]:
        shutil.copy(f, pairs)
    assert main(["evaluate", str(pairs), "--no-progress", "--summary", "~/reports/scores.md"]) == 0
    assert "MICRO-AVERAGE" in (home / "reports" / "scores.md").read_text(encoding="utf-8")
    assert not (tmp_path / "~").exists()
    # a folder that is not there is still named as given
    assert main(["compare", str(ex / "2022-02-01-us.txt"), str(ex / "2022-02-01-ru.txt"), "-o", "~/nope/call.md"]) == 2
    assert f"folder {home / 'nope'} does not exist" in capsys.readouterr().err


def test_a_comparison_changed_by_model_copy_is_refused_by_its_reports_and_to_json(hash_embedder):
    # c.model_copy(update={"b": other}) skips validation: to_markdown, to_html and to_frame raised
    # "IndexError: tuple index out of range", and to_json wrote a file that from_json refuses
    import pytest

    from readouts import InputError
    from readouts.rendering import frame_records, report_rows, to_html, to_markdown

    c = compare(Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU"), embedder=hash_embedder)
    bad = c.model_copy(update={"b": Readout.from_points(["One point."], side="RU")})
    for name, call in (("to_markdown", bad.to_markdown), ("to_html", bad.to_html), ("to_json", bad.to_json),
                       ("report_rows", lambda: report_rows(bad)), ("frame_records", lambda: frame_records(bad)),
                       ("to_markdown", lambda: to_markdown(bad)), ("to_html", lambda: to_html(bad, full_page=False))):
        with pytest.raises(InputError, match=rf"^{name}: this Comparison is not a valid one: .*which side b does not "
                                             r"have .*model_copy\(update=\.\.\.\)"):
            call()
    # a valid one renders as before, and is not changed by the check
    before = c.model_dump()
    assert c.to_markdown().startswith("# US vs RU") and "<!DOCTYPE html>" in c.to_html() and c.to_json()
    assert c.model_dump() == before and c.model_copy().to_json() == c.to_json()


def test_evaluation_result_to_json_takes_indent_as_comparison_to_json_does():
    # indent=1.5 raised json's bare "TypeError: can't multiply sequence by non-int of type 'float'";
    # -1 and True were taken in silence, where Comparison.to_json refuses them
    import json

    import numpy as np
    import pytest

    from readouts import InputError
    from readouts.evaluation import EvaluationResult, Scores

    r = EvaluationResult(per_file={"a.json": Scores(), "b.json": Scores()}, overall=None, predictions={})
    for indent in (1.5, -1, True, "  "):
        with pytest.raises(InputError, match=r"^indent must be None or a whole number of spaces, 0 or more, not "):
            r.to_json(indent=indent)
    assert r.to_json(indent=np.int64(4)) == json.dumps(r.to_dict(), ensure_ascii=False, indent=4)
    assert EvaluationResult.from_json(r.to_json(indent=None)) == r == EvaluationResult.from_json(r.to_json(indent=0))


def test_to_html_full_page_is_true_or_false(hash_embedder):
    # full_page="no" (or "false" from a config file) gave the whole page, a non-empty string being true
    import numpy as np
    import pytest

    from readouts import InputError
    from readouts.rendering import to_html

    c = compare(Readout.from_points(US, side="US"), Readout.from_points(RU, side="RU"), embedder=hash_embedder)
    for bad in ("no", "false", 0, None):
        with pytest.raises(InputError, match=r"^full_page must be True or False, not "):
            to_html(c, full_page=bad)
    assert to_html(c, full_page=np.bool_(False)) == c._repr_html_() and to_html(c, full_page=True) == c.to_html()
