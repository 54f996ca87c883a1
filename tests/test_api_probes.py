"""What a pipeline author meets at the public API's edges: stale read-back advice, a file name given as
text, a country code given as a language, warnings made errors inside a batch (session 38's probes)."""

from __future__ import annotations

import inspect
import json
import warnings

import numpy as np
import pytest

import readouts
from pathlib import Path

from conftest import ROOT, HashEmbedder
from readouts import (Comparison, Failure, InputError, LanguageWarning, Readout, ReadoutsWarning, RecordError,
                      SideWarning, compare, compare_many)
from readouts.errors import EmbedderWarning
from readouts.errors import CalibrationWarning

US = Readout.from_points(["Blinken spoke with Lavrov.", "He urged Russia to de-escalate."], side="US")
RU = Readout.from_points(["Lavrov spoke with Blinken.", "Lavrov raised NATO expansion."], side="RU")


# -- 1. saved comparisons are read back with Comparison.from_file ------------------------------
def test_write_comparison_names_comparison_from_file_and_that_reads_what_it_wrote(tmp_path, hash_embedder):
    from readouts.evaluation import write_comparison

    doc = inspect.getdoc(write_comparison)
    assert "Comparison.from_file" in doc and "model_validate_json" not in doc
    c = compare(US, RU, embedder=hash_embedder)
    path = write_comparison(tmp_path, "call.json", c)
    assert Comparison.from_file(path) == c


def test_no_docstring_readme_or_notebook_advises_model_validate_json_to_read_a_file_back():
    # pydantic's model_validate_json raises its ValidationError with no file name; the library's readers
    # (Comparison.from_file / from_json, Readout.from_file) say which file and what is wrong. Mentions that
    # contrast the two ("Unlike pydantic's model_validate_json") are fine; advice to use it is not.
    import importlib
    import pkgutil

    advice = []
    for info in pkgutil.iter_modules(readouts.__path__):
        if info.name == "__main__":  # importing it runs the command line
            continue
        module = importlib.import_module(f"readouts.{info.name}")
        source = inspect.getsource(module)
        for line in source.splitlines():
            if "model_validate_json" in line and ("reads it back" in line or "read it with" in line):
                advice.append(f"{info.name}: {line.strip()}")
    notebook = json.loads((ROOT / "examples" / "tour.ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code" and "model_validate_json" in "".join(cell["source"]):
            advice.append("tour.ipynb: " + "".join(cell["source"]))
    assert not advice


def test_a_readout_file_given_to_comparison_from_file_is_sent_to_readout_from_file(tmp_path):
    path = tmp_path / "us.json"
    path.write_text(US.model_dump_json(), encoding="utf-8")
    with pytest.raises(readouts.ReadoutFileError, match=r"one readout: read it with Readout\.from_file\)$"):
        Comparison.from_file(path)


# -- 2. a file name given as text ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["us.txt", "calls/2022-02-01-ru.json", "  notes.md\n", "US.TXT"])
def test_from_text_refuses_a_file_name_as_compare_does(name):
    # Readout.from_text("us.txt") made a one-point readout of the file's name, in silence.
    with pytest.raises(InputError, match=r"^text is '.*', a file name, not a readout's text; read the file with "
                                         r"Readout\.from_file\('"):
        Readout.from_text(name, side="US")


def test_from_text_refuses_the_name_of_an_existing_file_and_keeps_text_that_mentions_one(tmp_path):
    f = tmp_path / "readout"  # no suffix, but it is there
    f.write_text("Blinken spoke with Lavrov.", encoding="utf-8")
    with pytest.raises(InputError, match="a file name"):
        Readout.from_text(str(f), side="US")
    assert Readout.from_text("The readout is at state.gov/call.json.", side="US").n == 1
    assert Readout.from_text("See us.txt. And ru.txt.", side="US").n == 2
    # compare keeps its own message, naming the readout
    with pytest.raises(InputError, match=r"^readout A is 'us\.txt', a file name"):
        compare("us.txt", RU, embedder=HashEmbedder())


def test_a_readout_file_whose_body_is_text_still_reads(tmp_path):
    f = tmp_path / "us.txt"
    f.write_text("---\nside: US\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    assert Readout.from_file(f).texts == ["Blinken spoke with Lavrov."]


# -- 3. a country code given as a language --------------------------------------------------------
@pytest.mark.parametrize("code, meant", [("cn", "zh"), ("CN", "zh"), ("cn-Hans", "zh"), ("jp", "ja"), ("ua", "uk"),
                                         ("us", "en"), ("gb", "en"), ("gr", "el"), ("cz", "cs")])
def test_a_country_code_as_language_warns_with_the_language_code_meant(code, meant):
    # "cn" is taken as a language without a lexicon: a Chinese readout gets no Chinese cues (no speaker,
    # no speech act). Unknown codes fall back to language-neutral cues with a warning, never an error
    # (issue 4: one mislabelled file must not stop a batch), so the warning names the code meant.
    from readouts.cues import readout_cues

    r = Readout.from_text("王毅同布林肯通电话。", side="CN", language=code)
    assert r.language.lower() == code.lower()  # kept as given: the user may have a reason
    with pytest.warns(LanguageWarning, match=rf"no cue lexicon for language {r.language!r}; did you mean {meant!r}\? "
                                             rf"\({code.split('-')[0].lower()!r} is the country code of "):
        readout_cues(r, counterpart_side="US")


@pytest.mark.parametrize("code", ["fr", "xx", "kr"])
def test_other_unknown_codes_warn_without_a_hint(code):
    from readouts.cues import readout_cues

    r = Readout.from_text("Talks were held.", side="X", language=code)
    with pytest.warns(LanguageWarning) as caught:
        readout_cues(r, counterpart_side="US")
    assert not any("did you mean" in str(w.message) for w in caught)


@pytest.mark.parametrize("code", ["zh", "zh-CN", "zh-Hans-CN", "en", "en-US", "en-GB", "ru", "uk", "ja", "fr", "kr",
                                  "se", "tw", "Chinese", "cmn", "中文", "cn", "jp"])
def test_language_codes_are_accepted(code):
    assert Readout.from_text("Talks were held.", side="X", language=code).language


def test_a_country_code_as_language_in_a_file_is_kept_and_compared_with_a_warning(tmp_path):
    f = tmp_path / "cn.txt"
    f.write_text("---\nside: CN\nlanguage: cn\n---\n王毅同布林肯通电话。\n", encoding="utf-8")
    r = Readout.from_file(f)
    assert r.language == "cn"
    with pytest.warns(LanguageWarning, match="did you mean 'zh'"):
        compare(r, RU, embedder=HashEmbedder())


def test_pydantic_value_error_prefix_is_not_in_messages():
    with pytest.raises(RecordError) as info:
        Readout.from_text("Talks.", side="US", language="En glish")
    assert "Value error" not in str(info.value)


# -- 4. warnings made errors inside a batch -------------------------------------------------------
def test_an_escalated_warning_in_a_skip_batch_is_a_failure_of_its_pair(hash_embedder):
    usa = Readout.from_points(["Lavrov spoke with Blinken.", "He raised NATO."], side="USA")  # SideWarning
    mislabelled = Readout.from_points(["Lavrov spoke with Blinken."], side="RU", language="ru")  # LanguageWarning
    pairs = [(US, RU), (US, usa), (RU, US), (US, mislabelled)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        results = list(compare_many(pairs, embedder=hash_embedder, on_error="skip"))
    assert [type(r).__name__ for r in results] == ["Comparison", "Failure", "Comparison", "Failure"]
    assert results[1].index == 1 and isinstance(results[1].error, SideWarning)
    assert results[3].index == 3 and isinstance(results[3].error, LanguageWarning)
    assert "declared language 'ru'" in str(results[3].error)
    assert results[0] == compare(US, RU, embedder=hash_embedder)
    # on_error="raise": the warning stops the batch, naming the pair as errors do
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        with pytest.raises(LanguageWarning, match=r"\(pair 1 of the batch, counting from 0\)$"):
            list(compare_many([(US, RU), (US, mislabelled)], embedder=hash_embedder))
    # unescalated, they are warnings and every pair is compared
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert all(isinstance(r, Comparison) for r in compare_many(pairs, embedder=hash_embedder, on_error="skip"))


def test_an_escalated_cue_warning_while_the_batch_computes_topics_fails_only_its_pair(pooling_embedder):
    import conftest

    params = conftest.pooled_params()
    assert params.needs_topic  # the cues are computed for the whole backend at set-up
    fr = Readout.from_points(["Blinken a parlé avec Lavrov."], side="FR", language="fr")  # no cue lexicon
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadoutsWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        results = list(compare_many([(US, RU), (fr, RU), (RU, US)], embedder=pooling_embedder, params=params,
                                    on_error="skip"))
        assert [type(r).__name__ for r in results] == ["Comparison", "Failure", "Comparison"]
        assert isinstance(results[1].error, LanguageWarning) and "'fr'" in str(results[1].error)
        with pytest.raises(LanguageWarning, match=r"\(pair 1 of the batch"):
            list(compare_many([(US, RU), (fr, RU)], embedder=pooling_embedder, params=params))


def test_an_escalated_embedder_warning_fails_only_the_pair_whose_text_caused_it():
    from readouts import embedding

    class Warns(HashEmbedder):
        # as SentenceTransformerEmbedder does: a point longer than the model reads is gathered, and the
        # batch warns once for all of them when its encoding is done
        def encode(self, texts):
            cut = [(600, t) for t in texts if "TOO LONG" in t]
            if cut:
                embedding._CUT.found.setdefault(self.name, (512, []))[1].extend(cut)
            return super().encode(texts)

    bad = Readout.from_text("A TOO LONG point.", side="US")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadoutsWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        results = list(compare_many([(US, RU), (bad, RU), (RU, US)], embedder=Warns(), on_error="skip"))
    assert [type(r).__name__ for r in results] == ["Comparison", "Failure", "Comparison"]
    assert isinstance(results[1].error, EmbedderWarning) and "TOO LONG" in str(results[1].error)
    assert results[0] == compare(US, RU, embedder=Warns()) and results[2] == compare(RU, US, embedder=Warns())


def test_failure_error_type_allows_warnings():
    hints = inspect.get_annotations(Failure, eval_str=True)
    assert hints["error"] == readouts.ReadoutsError | ReadoutsWarning


def test_cli_with_warnings_made_errors_prints_one_line_and_exits_2(tmp_path, capsys):
    # python -W error -m readouts ... (or PYTHONWARNINGS=error): the escalated warning was a traceback
    from readouts.cli import main

    a = tmp_path / "a.txt"
    a.write_text("---\nside: US\nlanguage: ru\n---\nBlinken spoke with Lavrov.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("---\nside: RU\n---\nLavrov spoke with Blinken.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ReadoutsWarning)
        warnings.filterwarnings("ignore", category=CalibrationWarning)  # the test embedder's generic parameters
        assert main(["compare", str(a), str(b), "--embedder", "minilm"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("readouts: error: readout 'US' is declared language 'ru'") and err.count("\n") == 1


# -- probes beyond the brief -----------------------------------------------------------------
def test_evaluate_says_whether_the_directory_is_missing_or_a_file(tmp_path):
    from readouts import GoldFormatError, evaluate

    with pytest.raises(GoldFormatError, match=r"nope: no such directory; give the directory of annotated pair files$"):
        evaluate(tmp_path / "nope", embedder=HashEmbedder())
    pair = tmp_path / "pair.json"
    pair.write_text("{}", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"pair\.json: is a file, not a directory of annotated pairs \(to score "
                                              r"one pair file, put it in a directory of its own\)$"):
        evaluate(pair, embedder=HashEmbedder())


def test_comparison_to_json_is_from_jsons_counterpart(hash_embedder, tmp_path):
    c = compare(US, RU, embedder=hash_embedder)
    assert Comparison.from_json(c.to_json()) == c and c.to_json() == c.model_dump_json()
    path = tmp_path / "c.json"
    path.write_text(c.to_json(indent=2), encoding="utf-8")
    assert Comparison.from_file(path) == c


def test_text_given_where_a_file_name_belongs_says_which_reader_takes_it(hash_embedder, tmp_path, monkeypatch):
    c = compare(US, RU, embedder=hash_embedder)
    # an OSError "File name too long" (no ReadoutsError), and an "unsupported file type" quoting the JSON
    with pytest.raises(InputError, match=r"^path is JSON text, not a file name: '\{.*'; read it with "
                                         r"Comparison\.from_json\(text\)$"):
        Comparison.from_file(c.to_json())
    with pytest.raises(InputError, match=r"^path is JSON text, .*read it with Readout\.from_json\(text\)$"):
        Readout.from_file(US.model_dump_json())
    with pytest.raises(readouts.ReadoutFileError, match=r"no such file \(it holds a line break: is it a readout's "
                                                        r"text\? Readout\.from_text reads text\)$"):
        Readout.from_file("Blinken spoke with Lavrov.\nHe urged restraint.")
    with pytest.raises(readouts.ReadoutFileError, match=r"cannot be read \("):
        Readout.from_file("x" * 5000 + ".txt")
    # a real file whose name starts with a bracket is still read
    (tmp_path / "[draft] us.txt").write_text("Blinken spoke with Lavrov.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert Readout.from_file("[draft] us.txt").n == 1
    with pytest.raises(RecordError, match=r"it is one readout: read it with Readout\.from_json\)$"):
        Comparison.from_json(US.model_dump_json())


def test_a_data_frame_of_pairs_is_refused_with_how_to_pass_its_rows(hash_embedder):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"us": [US.text], "ru": [RU.text]})
    # iterated, a DataFrame gives its column names: "pair 0 must be a 2-tuple (a, b), got str"
    with pytest.raises(InputError, match=r"^pairs is a DataFrame \(iterated, it gives its column names.*"
                                         r"itertuples\(index=False\)\)$"):
        compare_many(df, embedder=hash_embedder)
    (c,) = compare_many(df[["us", "ru"]].itertuples(index=False), embedder=hash_embedder)
    assert (c.a.text, c.b.text) == (US.text, RU.text)


@pytest.mark.parametrize("given", ["Jake Sullivan, Nikolai Patrushev", "Antony Blinken; Sergey Lavrov, Wang Yi",
                                   "王毅、布林肯", "Сергей Лавров, Энтони Блинкен"])
def test_participants_string_with_a_comma_between_names_is_refused(given):
    # "Jake Sullivan, Nikolai Patrushev" was one participant: its last word, Patrushev, was read as a
    # member of the US side, so "Patrushev said NATO must stop" was the US readout's own statement.
    with pytest.raises(InputError, match=r"^participants: '.*' holds a comma between names .*separate two people "
                                         r"with ';'"):
        Readout.from_text("Sullivan spoke with Patrushev.", side="US", participants=given)


@pytest.mark.parametrize("given, word", [("Blinken and Lavrov", "and"), ("Antony Blinken & Sergey Lavrov", "&"),
                                         ("Foreign Minister Lavrov and Secretary Blinken", "and"),
                                         ("Лавров и Блинкен", "и"), ("王毅和布林肯", "和"), ("习近平与拜登", "与")])
def test_participants_joined_by_and_are_refused(given, word):
    # "Blinken and Lavrov" was one participant, as "Blinken, Lavrov" was before it was refused: Lavrov
    # was read as a member of the US side.
    with pytest.raises(InputError, match=rf"^participants: '.*' joins two names with '{word}' .*separate two people "
                                         r"with ';'.*only if it is one name"):
        Readout.from_text("Blinken spoke with Lavrov.", side="US", participants=given)
    with pytest.raises(InputError, match=rf"^participant 1: .* joins two names with '{word}'.*give each person as an "
                                         r"item of the list"):
        Readout.from_text("Talks.", side="US", participants=["Jake Sullivan", given])


@pytest.mark.parametrize("given", ["Minister of Foreign Affairs of Bosnia and Herzegovina",
                                   "Denis Bećirović (Bosnia and Herzegovina)",
                                   "Secretary of State and National Security Advisor", "Mohammed bin Salman"])
def test_one_person_with_an_and_in_a_title_is_kept(given):
    assert Readout.from_text("Talks.", side="US", participants=given).participants == (given,)


@pytest.mark.parametrize("given, kept", [
    ("Antony J. Blinken; Sergey Lavrov", ("Antony J. Blinken", "Sergey Lavrov")),
    ("Charles Q. Brown, Jr.; Xi, Jinping", ("Charles Q. Brown, Jr.", "Xi, Jinping")),
    ("Biden, Joseph R.", ("Biden, Joseph R.",)),
    ("Yang Jiechi (Member of the CPC Politburo, Director of the Office)", ("Yang Jiechi (Member of the CPC Politburo, "
                                                                           "Director of the Office)",)),
    ("Marco Rubio (US Secretary of State), with National Security Advisor Mike Waltz",
     ("Marco Rubio (US Secretary of State), with National Security Advisor Mike Waltz",)),
])
def test_participants_strings_that_name_one_person_each_are_kept(given, kept):
    assert Readout.from_text("Talks.", side="US", participants=given).participants == kept


def test_a_list_of_participants_and_a_header_or_gold_string_are_checked_alike(tmp_path):
    from readouts.evaluation import load_annotated

    # one item of a list that names two people was kept, unchecked, where the same string in a header was refused
    with pytest.raises(InputError, match=r"^participant 1: 'Jake Sullivan, Nikolai Patrushev' holds a comma between "
                                         r"names .*give each person as an item of the list"):
        Readout.from_text("Talks.", side="US", participants=["Antony Blinken", "Jake Sullivan, Nikolai Patrushev"])
    for given in (["王毅、布林肯"], ["Сергей Лавров, Энтони Блинкен"]):
        with pytest.raises(InputError, match=r"^participant 0: .* holds a comma between names"):
            Readout.from_text("Talks.", side="US", participants=given)
    kept = ["Xi, Jinping", "Charles Q. Brown, Jr.", "Biden, Joseph R.",
            "Yang Jiechi (Member of the CPC Politburo, Director of the Office)",
            "Marco Rubio (US Secretary of State), with National Security Advisor Mike Waltz"]
    assert Readout.from_text("Talks.", side="US", participants=kept).participants == tuple(kept)
    g = tmp_path / "list.json"
    g.write_text(json.dumps({"participants": ["Jake Sullivan, Nikolai Patrushev"], "a": {"points": ["Talks."]},
                             "b": {"points": ["Talks."]}, "gold": {"links": [], "only_a": [0], "only_b": [0]}}),
                 encoding="utf-8")
    # an annotated file is still scored: the entry is read as the two names, with a warning
    with pytest.warns(readouts.GoldFormatWarning, match=r"list\.json.*'Jake Sullivan, Nikolai Patrushev' holds a "
                                                        r"comma.*read as 2 participants"):
        pair = load_annotated(g)
    assert pair.a.participants == ("Jake Sullivan", "Nikolai Patrushev")
    f = tmp_path / "us.txt"
    f.write_text("---\nside: US\nparticipants: Jake Sullivan, Nikolai Patrushev\n---\nTalks.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"us\.txt: participants: 'Jake Sullivan, Nikolai Patrushev' holds a comma"):
        Readout.from_file(f)
    g = tmp_path / "pair.json"
    g.write_text(json.dumps({"participants": "Jake Sullivan, Nikolai Patrushev", "a": {"points": ["Talks."]},
                             "b": {"points": ["Talks."]}, "gold": {"links": [], "only_a": [0], "only_b": [0]}}),
                 encoding="utf-8")
    with pytest.warns(readouts.GoldFormatWarning, match=r"pair\.json: participants: 'Jake Sullivan, Nikolai Patrushev' holds"):
        assert load_annotated(g).b.participants == ("Jake Sullivan", "Nikolai Patrushev")
    # joined by "and", likewise (the comma's split alone kept it one participant, which the readout refused)
    g.write_text(json.dumps({"participants": ["Blinken and Lavrov"], "a": {"points": ["Talks."]},
                             "b": {"points": ["Talks."]}, "gold": {"links": [], "only_a": [0], "only_b": [0]}}),
                 encoding="utf-8")
    with pytest.warns(readouts.GoldFormatWarning, match=r"pair\.json: participants: 'Blinken and Lavrov' joins two "
                                                        r"names.*read as 2 participants"):
        assert load_annotated(g).a.participants == ("Blinken", "Lavrov")


def test_readouts_dated_more_than_a_week_apart_warn_that_they_may_be_of_different_calls(hash_embedder):
    from readouts import CallWarning

    us = Readout.from_points(US.texts, side="US", date="2022-02-01")
    ru_old = Readout.from_points(RU.texts, side="RU", date="2021-05-19")
    with pytest.warns(CallWarning, match=r"^readouts 'RU' of 2021-05-19 and 'US' of 2022-02-01 are dated 258 days "
                                         r"apart|^readouts 'US' of 2022-02-01 and 'RU' of 2021-05-19 are dated 258"):
        compare(us, ru_old, embedder=hash_embedder)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CallWarning)
        for other in (RU, Readout.from_points(RU.texts, side="RU", date="2022-02-03")):  # undated; two days on
            compare(us, other, embedder=hash_embedder)
        (ok, bad) = compare_many([(us, RU), (us, ru_old)], embedder=hash_embedder, on_error="skip")
    assert isinstance(ok, Comparison) and isinstance(bad, Failure) and isinstance(bad.error, CallWarning)
    assert CallWarning.__name__ in readouts.__all__ and issubclass(CallWarning, ReadoutsWarning)


def test_the_english_model_asked_for_a_russian_readout_warns(monkeypatch):
    # compare(us, ru, embedder="minilm") linked English to Russian with an English-only model, in silence
    from readouts.embedding import DEFAULT_MODEL, shipped_weights_hash

    class English(HashEmbedder):  # stands in for a wrapper of the bundled model, which declares its weights
        name = DEFAULT_MODEL
        weights_hash = shipped_weights_hash(DEFAULT_MODEL)

    ru = Readout.from_points(["Лавров провёл переговоры с Блинкеном."], side="RU")
    with pytest.warns(LanguageWarning, match=r"^embedder 'all-MiniLM-L6-v2' is an English model, but readout 'RU' "
                                             r"is in 'ru': its links will be poor; leave embedder unset"):
        compare(US, ru, embedder=English())
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        compare(US, RU, embedder=English())  # English both: nothing to say
        compare(US, ru, embedder=HashEmbedder())  # a model of one's own: its languages are its owner's business


@pytest.mark.parametrize("code", ["und", "UND", "mul"])
def test_undetermined_or_several_languages_is_read_as_undeclared(code):
    # "und" was taken for a declared language without a lexicon: an English readout so marked got no
    # speech acts and no speakers (one LanguageWarning said "no cue lexicon for language 'und'")
    from readouts.cues import readout_cues

    r = Readout.from_text("Blinken urged Lavrov to de-escalate.", side="US", language=code)
    assert r.language is None
    with warnings.catch_warnings():
        warnings.simplefilter("error", LanguageWarning)
        (cues,) = readout_cues(r, counterpart_side="RU")
    assert [a.name for a in cues.acts] == ["urged"]


@pytest.mark.parametrize("name", ["issuer", "language", "date", "title", "source_url", "participants"])
def test_a_missing_value_from_a_data_frame_is_named_as_such(name):
    # Readout.from_text(row.text, side=row.side, date=row.date, ...) over a DataFrame: an empty date cell
    # (NaT) raised a bare TypeError, an empty title (NaN) "Input should be a valid string"
    pd = pytest.importorskip("pandas")
    for missing in (float("nan"), pd.NaT, pd.NA):
        with pytest.raises(InputError, match=rf"^{name} is a missing value \(.*\); pass None where a readout has "
                                             rf"no {name}"):
            Readout.from_text("Talks.", **{"side": "US", name: missing})
    with pytest.raises(InputError, match=r"^date is a missing value"):
        Readout.from_points(["Talks."], side="US", date=pd.NaT)
    assert Readout.from_text("Talks.", side="US", date=pd.Timestamp("2022-02-01")).date.isoformat() == "2022-02-01"
    with pytest.raises(InputError, match=r"^side is a missing value \(nan, .*\); every readout needs its side"):
        Readout.from_text("Talks.", side=float("nan"))


def test_every_participant_of_the_shipped_and_shared_pair_files_still_loads():
    import glob

    from readouts.evaluation import load_annotated

    files = sorted(glob.glob(str(Path(__file__).parent.parent / "examples" / "corpus" / "*.json")))
    files += sorted(glob.glob("/work/shared/readout-pairs/*.json"))
    assert files
    for f in files:
        load_annotated(f)


@pytest.mark.parametrize("given, kept", [("US ", "US"), (" RU\n", "RU"), ("\tCN", "CN"), ("U S", "U S")])
def test_a_side_is_kept_without_surrounding_white_space(given, kept):
    assert Readout.from_text("Talks.", side=given).side == kept
    assert Readout.from_points(["Talks."], side=given).side == kept


@pytest.mark.parametrize("given, what", [("U\nS", "a line break"), ("U\r\nS", "a line break"),
                                         ("U\u2028S", "a line break"), ("U\tS", "a control character"),
                                         ("US\x1b[31m", "a control character")])
def test_a_side_with_a_line_break_or_control_character_inside_is_refused(given, what, tmp_path):
    from readouts import RecordError

    # "U\nS" was kept, and broke the Markdown report's "## U\nS" heading in two
    with pytest.raises(RecordError, match=rf"^invalid readout: side: side .* holds {what} .*one line, e.g. 'US'"):
        Readout.from_text("Talks.", side=given)


@pytest.mark.parametrize("points, bad", [(["Talks.", "-"], 1), (["***", "Talks."], 0), (["Talks.", "…", "Calls."], 1)])
def test_from_points_refuses_a_point_with_no_letter_or_digit(points, bad):
    from readouts import NoSentenceError

    # ["Talks.", "-"] made a point "-" that was linked, counted and flagged as a one-sided point
    with pytest.raises(NoSentenceError, match=rf"^point {bad} holds no sentence \(no letter or digit\): '.*'; drop it"):
        Readout.from_points(points, side="US")
    with pytest.raises(NoSentenceError, match=r"^the points hold no sentence"):
        Readout.from_points(["-", "..."], side="US")


@pytest.mark.parametrize("entry, surname", [
    ("Antony Blinken, Secretary of State", "Blinken"), ("Sergey Lavrov, Foreign Minister", "Lavrov"),
    ("Jake Sullivan, National Security Advisor", "Sullivan"), ("Vladimir Putin, President of Russia", "Putin"),
    ("Yuri Ushakov, Kremlin aide", "Ushakov"), ("Marco Rubio, US Secretary of State", "Rubio"),
    ("Сергей Лавров, министр иностранных дел", "Лавров"), ("Mohammed bin Salman, Crown Prince", "Salman"),
    ("Tamim bin Hamad Al Thani, Emir of Qatar", "Thani"),
])
def test_a_title_after_a_comma_is_a_title_not_a_second_name(entry, surname, tmp_path):
    # "Name, Title" is how participants are most often written: it was refused as two names, and read as
    # one participant before that, whose last word ("State", "Minister") the cues took for a surname.
    from readouts.cues import lexicon, participant_sides

    r = Readout.from_points(["Talks were held."], side="US", participants=[entry])
    assert r.participants == (entry,)
    f = tmp_path / "us.txt"
    f.write_text("---\nside: US\nparticipants: " + entry + "\n---\nTalks were held.\n", encoding="utf-8")
    assert Readout.from_file(f).participants == (entry,)
    sides = participant_sides([entry], "US", "RU", lexicon("en"))
    assert surname in sides
    assert not {"State", "Minister", "Advisor", "Russia", "aide", "дел", "Prince", "Qatar"} & set(sides)


@pytest.mark.parametrize("entry", ["Secretary Blinken, Foreign Minister Lavrov", "Marco Rubio, Special Envoy Steve Witkoff",
                                   "Jake Sullivan, Nikolai Patrushev"])
def test_a_title_before_a_second_name_is_a_second_person(entry):
    with pytest.raises(InputError, match="holds a comma between names"):
        Readout.from_points(["Talks were held."], side="US", participants=[entry])


def test_a_gold_point_with_no_letter_is_kept_with_a_warning(tmp_path):
    # Readout.from_points refuses a point "-"; an annotated file's gold indices count it, so the file is
    # still read and scored, with a warning that names the point.
    from readouts.evaluation import load_annotated

    g = tmp_path / "pair.json"
    g.write_text(json.dumps({"a": {"points": ["Talks were held.", "—", "Ukraine was discussed."]},
                             "b": {"points": ["Talks took place."]},
                             "gold": {"links": [{"a": [0], "b": [0], "label": "equivalent"}], "only_a": [1, 2],
                                      "only_b": []}}), encoding="utf-8")
    with pytest.warns(readouts.GoldFormatWarning, match=r"pair\.json: side a: point\(s\) 1 hold no letter or digit"):
        pair = load_annotated(g)
    assert pair.a.texts == ["Talks were held.", "—", "Ukraine was discussed."]
    with pytest.raises(readouts.NoSentenceError, match="point 1 holds no sentence"):
        Readout.from_points(["Talks were held.", "—"], side="US")
