import io
import re
import shutil
import struct
import subprocess
import sys
from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts import Comparison, Flag, InputError, Link, MissingExtraError, Readout, Signature, Span, compare
from readouts.rendering import evaluation_summary, frame_records, report_rows, to_html
from conftest import ROOT

EX = ROOT / "examples"
CHROMIUM = "/usr/bin/chromium"

US = Readout.from_text(
    "Secretary Blinken spoke with Foreign Minister Lavrov. The Secretary urged Russia to withdraw troops from "
    "Ukraine's border. He reaffirmed support for Ukraine's sovereignty. Blinken said America remains open to "
    "talks on mutual security concerns.", side="US", date="2022-02-01")
RU = Readout.from_text(
    "Foreign Minister Lavrov spoke with Secretary Blinken. Lavrov raised the principle of indivisible security "
    "from the Istanbul charter. Blinken agreed that talks on indivisible security should continue. The ministers "
    "discussed the weather in Moscow.", side="RU", date="2022-02-01")
SIG = Signature(version="0", embedder="test", weights_hash="h" * 64, method="m", parameters={"link_threshold": 0.3})


def with_flags(c: Comparison) -> Comparison:
    """The comparison with two hand-made flags (compare() may not raise any yet)."""
    text = c.b.points[2].text
    k = text.index("indivisible security")
    flags = (
        Flag(kind="unconfirmed_claim", side="b", points=(2,), counterpart=(3,),
             evidence=(Span(side="b", point=2, start=k, end=k + 20, text="indivisible security"),),
             explanation="RU says Blinken agreed <to talks>; the US side says nothing of it & more."),
        Flag(kind="coverage", side="a", points=(1,), explanation="Only the US reports the demand."),
    )
    return Comparison(**{**dict(c), "flags": flags})


@pytest.fixture
def comp(hash_embedder) -> Comparison:
    return with_flags(compare(US, RU, embedder=hash_embedder))


def tiny(a_points, b_points, links, only_a, only_b, **kw) -> Comparison:
    return Comparison(a=Readout.from_points(a_points, side="US"), b=Readout.from_points(b_points, side="RU"),
                      links=tuple(links), only_a=tuple(only_a), only_b=tuple(only_b), signature=SIG, **kw)


# -- reading order ----------------------------------------------------------------------------
def test_report_rows_hold_every_point_once_in_reading_order(comp):
    rows = report_rows(comp)
    assert len(rows) == len(comp.links) + len(comp.only_a) + len(comp.only_b)
    for side, r in (("a", comp.a), ("b", comp.b)):
        assert sorted(i for row in rows for i in getattr(row, side)) == list(range(r.n))
    firsts = [row.a[0] for row in rows if row.a]
    assert firsts == sorted(firsts)  # side a reads top to bottom


def test_one_sided_b_points_follow_their_predecessor():
    c = tiny(["A0", "A1", "A2"], ["B0", "B1", "B2", "B3"],
             [Link(a=(0,), b=(2,), label="equivalent", score=0.9), Link(a=(2,), b=(0,), label="asymmetric", score=0.6)],
             only_a=[1], only_b=[1, 3])
    order = [(row.a, row.b) for row in report_rows(c)]
    assert order == [((0,), (2,)), ((), (3,)), ((1,), ()), ((2,), (0,)), ((), (1,))]


# -- HTML -------------------------------------------------------------------------------------
def test_html_holds_every_point_of_both_sides(comp):
    page = comp.to_html()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    for r in (comp.a, comp.b):
        for p in r.points:
            assert escape(p.text, quote=False) in page  # each point is one contiguous text node
    assert "<mark" not in page


def test_html_shows_labels_scores_flags_and_signature(comp):
    page = comp.to_html()
    n_rows = len(comp.links) + len(comp.only_a) + len(comp.only_b)
    assert page.count("<tr class=") == n_rows
    for link in comp.links:
        assert f'<tr class="link {link.label}" title="{link.label} link · score {link.score:.2f}' in page
    assert page.count('<tr class="only only-a"') == len(comp.only_a)
    assert page.count('<tr class="only only-b"') == len(comp.only_b)
    # flags: a badge on each flagged point linking to its explanation, the evidence quoted there
    assert page.count('class="flag" href="#') == 2
    assert "unconfirmed_claim" in page and "Only the US reports the demand." in page
    assert "<q>indivisible security</q>" in page
    sig = comp.signature
    shown = escape(str(sig)).replace("|", "|<wbr>")
    assert f'<code title="weights hash {sig.weights_hash}">{shown}</code></footer>' in page


def test_html_escapes_all_text():
    nasty = '<script>alert("x")</script> & <b>bold</b>'
    a = Readout.from_points([nasty, "Plain."], side="<US>", title='A "title" <i>')
    b = Readout.from_points(["Other & <img src=x onerror=alert(1)>"], side="RU")
    # A Flag (and a Comparison) refuses a kind not in readouts.flags.KINDS; one made without validation
    # (model_construct, model_copy) is refused by the reports (an InputError, session 46: it raised an
    # IndexError where its points were not there), and the page's own code still escapes its kind.
    from readouts import InputError
    from readouts.rendering import _fragment

    flag = Flag.model_construct(kind="<kind>", side="a", points=(0,), counterpart=(), evidence=(),
                                explanation="explained <here> & 'there'")
    c = Comparison(a=a, b=b, links=(Link(a=(0,), b=(0,), label="asymmetric", score=0.5, evidence=("<ev>",)),),
                   only_a=(1,), only_b=(), signature=SIG).model_copy(update={"flags": (flag,)})
    with pytest.raises(InputError, match="this Comparison is not a valid one"):
        c.to_html()
    for page in (_fragment(c, with_style=False), _fragment(c, with_style=True)):
        assert "<script" not in page and "<img" not in page and "<b>bold" not in page and "<i>" not in page
        assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;' in page
        assert "&lt;US&gt;" in page and "&lt;kind&gt;" in page and "explained &lt;here&gt; &amp; &#x27;there&#x27;" in page
        assert "&lt;ev&gt;" in page


def test_html_is_self_contained(comp):
    page = comp.to_html()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "<script" not in page and "<link" not in page and "@import" not in page and "url(" not in page
    assert "@font-face" not in page


def test_repr_html_is_a_scoped_fragment(comp):
    frag = comp._repr_html_()
    assert frag.startswith('<div class="readouts-report"') and "<html" not in frag and "<style>" in frag
    # every CSS rule is scoped to the report, so a notebook's own styles are left alone
    css = frag[frag.index("<style>") + 7:frag.index("</style>")]
    selectors = [s.strip() for rule in re.findall(r"([^{}]+)\{", css) for s in rule.split(",")]
    assert selectors and all(s.startswith(".readouts-report") for s in selectors)


def test_html_evidence_is_quoted_in_the_flags_section():
    flag = Flag.model_construct(kind="k", side="a", points=(0,), counterpart=(), explanation="e",
                                evidence=(Span(side="a", point=0, start=0, end=5, text="wrong"),))
    # A Comparison refuses such a flag, and so do the reports one made without validation (model_copy):
    # its kind is none, its evidence not the point's words (session 46; the page's own code still quotes it).
    from readouts import InputError
    from readouts.rendering import _fragment

    c = tiny(["Right words."], ["Other."], [], only_a=[0], only_b=[0]).model_copy(update={"flags": (flag,)})
    with pytest.raises(InputError, match="this Comparison is not a valid one: flags.0.kind: 'k' is no flag kind"):
        c.to_html()
    page = _fragment(c, with_style=False)
    assert "<mark" not in page and "<q>wrong</q>" in page


def test_markdown_lists_flags_with_counterpart_and_evidence(comp):
    md = comp.to_markdown()
    assert "**unconfirmed_claim** (RU 2 ↔ US 3)" in md and "evidence: RU[2] “indivisible security”" in md


def test_markdown_names_each_readouts_title_participants_and_source(hash_embedder):
    # Regression: the Markdown report left them out (the HTML side cards show them): a report to cite had no source
    a = Readout.from_text("Blinken urged a pullback. They discussed Ukraine.", side="US", date="2022-02-01",
                          title="Secretary's call with *Lavrov*", participants=["Antony Blinken", "Sergey Lavrov"],
                          source_url="https://www.state.gov/x_(y)")
    b = Readout.from_text("Lavrov spoke of security. They discussed Ukraine.", side="RU", date="2022-02-01")
    md = compare(a, b, embedder=hash_embedder).to_markdown()
    head = md.split("## Linked points")[0]
    assert ("- a: **US** — 2022-02-01 (2 points)\n  - title: Secretary's call with \\*Lavrov\\*\n"
            "  - participants: Antony Blinken; Sergey Lavrov\n  - source: `https://www.state.gov/x_(y)`\n"
            "- b: **RU** — 2022-02-01 (2 points)\n- 1 link") in head
    # a readout without them gets no empty lines
    assert "title:" not in compare(b, b.model_copy(update={"side": "CN"}), embedder=hash_embedder).to_markdown()


def test_markdown_shows_tag_like_text_and_entities_as_written():
    # The report holds HTML (<br>, <sub>), so it is rendered with HTML on: a point's "<unnamed>"
    # or "&amp;" must come out as written, not as a tag or an ampersand.
    flag = Flag(kind="tone", side="a", points=(0,), explanation="says <x>",
                evidence=(Span(side="a", point=0, start=0, end=6, text="Russia"),))
    c = tiny(["Russia warned against <unnamed> steps | A&amp;B."], ["The <b>US</b> & allies."],
             [Link(a=(0,), b=(0,), label="equivalent", score=0.9)], [], [], flags=(flag,))
    md = c.to_markdown()
    assert "<unnamed>" not in md and "&lt;unnamed>" in md and "A&amp;amp;B" in md and "\\|" in md
    assert "&lt;b>US&lt;/b> & allies" in md and "says &lt;x>" in md
    only = tiny(["<i>one</i>"], ["b0"], [], [0], [0]).to_markdown()
    assert "- [0] &lt;i>one&lt;/i>" in only
    assert c.a.points[0].text == "Russia warned against <unnamed> steps | A&amp;B."  # nothing mutated


MD_SYNTAX = ["Biden made a **firm** _demand_ on `NATO` and ~~nothing~~ else.",
             "See [the readout](javascript:alert(1)) and ![img](http://x/y.png) now.",
             "A back\\slash, snake_case_name, __init__ and 2*3*4 stay as written | too."]


def test_markdown_syntax_in_point_text_is_shown_as_written():
    markdown_it = pytest.importorskip("markdown_it")
    c = tiny(MD_SYNTAX[:2], [MD_SYNTAX[2], "Other."], [Link(a=(1,), b=(0,), label="equivalent", score=0.9)], [0], [1],
             flags=(Flag(kind="tone", side="a", points=(0,), explanation="**bold** [x](javascript:y)"),))
    md = c.to_markdown()
    assert "snake_case_name" in md  # an underscore inside a word needs no escape; the raw report stays readable
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    for tag in ("<em>", "<a ", "<img", "<s>", "<del>"):
        assert tag not in html, tag
    # the point's `NATO` is no code span; its bare URL is one, so that no renderer makes it a live link (round 56)
    assert html.count("<code>") == 1 and "<code>http://x/y.png</code>" in html
    assert html.count("<strong>") == 3  # the report's own: both side names in the header, the flag's kind
    from html import unescape

    text = unescape(re.sub(r"<[^>]+>", "", html))
    for point in MD_SYNTAX:
        assert point in text, point
    assert "**bold** [x](javascript:y)" in text


def test_markdown_table_row_survives_any_line_break_inside_a_point():
    # Points pasted from a Windows or old Mac file keep "\r\n" or "\r" inside a sentence;
    # CommonMark ends a line at a bare "\r", which cut the table row in two.
    markdown_it = pytest.importorskip("markdown_it")
    a = ["Blinken spoke\r\nwith Lavrov.", "One\rtwo.", "Line\u2028sep and\x85next."]
    b = ["Lavrov spoke\rwith Blinken.", "Three\nfour.", "Page\x0cbreak."]
    c = tiny(a, b, [Link(a=(0,), b=(0,), label="equivalent", score=0.9),
                    Link(a=(1,), b=(1,), label="asymmetric", score=0.5)], [2], [2])
    md = c.to_markdown()
    assert "| [0] Blinken spoke with Lavrov. | [0] Lavrov spoke with Blinken. | equivalent | 0.90 |" in md
    assert "| [1] One two. | [1] Three four. | asymmetric | 0.50 |" in md
    assert "- [2] Line sep and next." in md and "- [2] Page break." in md
    assert md.splitlines() == md.rstrip("\n").split("\n")  # no line break of any kind but the report's own
    tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(md)
    assert sum(t.type == "tr_open" for t in tokens) == 3  # the header and the two links
    assert c.a.points[0].text == "Blinken spoke\r\nwith Lavrov."  # the record keeps its text


def test_html_marks_the_language_of_text_that_is_not_english():
    # The page is lang="en": Chinese and Russian points carried no language of their own, so screen
    # readers read them with an English voice and browsers could pick Japanese forms of Han glyphs.
    cn = Readout.from_points(["习近平同拜登通电话。", "双方交换了意见。"], side="CN")  # no declaration: the script says zh
    ru = Readout.from_points(["Лавров говорил с Блинкеном.", "Biden <spoke>."], side="RU", language="ru_RU")
    us = Readout.from_points(["Biden spoke with Xi.", "They exchanged views."], side="US", language="en")
    ev = Span(side="a", point=1, start=2, end=7, text="交换了意见")
    c = Comparison(a=cn, b=us, links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),), only_a=(1,), only_b=(1,),
                   flags=(Flag(kind="tone", side="a", points=(1,), explanation="x", evidence=(ev,)),), signature=SIG)
    page = to_html(c)
    assert re.findall(r'<span lang="[^"]+">[^<]*</span>', page) == ['<span lang="zh">习近平同拜登通电话。</span>',
                                                                  '<span lang="zh">双方交换了意见。</span>']
    assert '<q lang="zh">交换了意见</q>' in page
    assert '<span class="idx">0</span>Biden spoke with Xi.</div>' in page  # English needs none: the page's own
    page = to_html(Comparison(a=ru, b=us, links=(), only_a=(0, 1), only_b=(0, 1), signature=SIG))
    assert '<span lang="ru-RU">Лавров говорил с Блинкеном.</span>' in page  # the declaration, as a BCP 47 tag
    assert '<span lang="ru-RU">Biden &lt;spoke&gt;.</span>' in page  # declared wins over the script; still escaped


def test_html_lets_right_to_left_text_run_right_to_left():
    # An Arabic or Hebrew point ran in the page's left-to-right flow, its full stop at the wrong end.
    ar = Readout.from_points(["تحدث لافروف مع بلينكن.", "Lavrov spoke."], side="RU", language="ar")
    he = Readout.from_points(["לברוב שוחח עם בלינקן."], side="IL")  # no declaration: the script says he
    page = to_html(Comparison(a=ar, b=he, links=(), only_a=(0, 1), only_b=(0,), signature=SIG))
    assert '<span lang="ar" dir="auto">تحدث لافروف مع بلينكن.</span>' in page
    assert '<span lang="ar" dir="auto">Lavrov spoke.</span>' in page  # dir="auto": its first letter sets it
    assert '<span lang="he" dir="auto">לברוב שוחח עם בלינקן.</span>' in page
    zh = Readout.from_points(["双方交换了意见。"], side="CN")
    assert '<span lang="zh">' in to_html(Comparison(a=zh, b=he, links=(), only_a=(0,), only_b=(0,), signature=SIG))


# -- DataFrame --------------------------------------------------------------------------------
def test_summary_counts_take_the_right_number():
    one = tiny(["a0", "a1"], ["b0", "b1", "b2"], [Link(a=(0,), b=(0,), label="equivalent", score=0.9)], [1], [1, 2])
    assert "- 1 link (0 asymmetric), 1 point only in US, 2 only in RU" in one.to_markdown()
    assert "<b>1</b> link (1 equivalent, 0 asymmetric) · <b>1</b> point only in US" in to_html(one)
    assert "<b>0</b> flags" in to_html(one)
    two = tiny(["a0", "a1", "a2"], ["b0"], [], [0, 1, 2], [0])
    assert "- 0 links (0 asymmetric), 3 points only in US, 1 only in RU" in two.to_markdown()


def test_to_frame_one_row_per_link_and_one_sided_point(comp):
    pd = pytest.importorskip("pandas")
    df = comp.to_frame()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == len(comp.links) + len(comp.only_a) + len(comp.only_b)
    assert list(df.columns) == ["kind", "side", "a_index", "b_index", "a_text", "b_text", "label", "score",
                                "label_score", "similarity", "flag_kinds"]
    links = df[df.kind == "link"]
    assert sorted(zip(links.a_index, links.b_index)) == sorted((l.a, l.b) for l in comp.links)
    assert set(links.label) <= {"equivalent", "asymmetric"} and links.score.between(0, 1).all()
    only_a = df[df.side == "a"]
    assert sorted(i for (i,) in only_a.a_index) == sorted(comp.only_a)
    assert only_a.b_text.isna().all() and only_a.score.isna().all() and only_a.label.isna().all()
    # None as documented, under pandas 3's string columns too (which would make it NaN)
    assert all(x is None for x in only_a.label) and all(x is None for x in only_a.b_text)
    assert set(df[df.side == "b"].b_text) == {comp.b.points[j].text for j in comp.only_b}
    flagged = df[df.flag_kinds.map(len) > 0]
    assert sorted(k for ks in flagged.flag_kinds for k in ks) == ["coverage", "unconfirmed_claim"]
    assert df.attrs["a"] == "US" and df.attrs["b"] == "RU"


def test_to_frame_text_columns_share_one_dtype(comp):
    # pandas 3 gave kind its string dtype and side, a_text, b_text, label object: one column of
    # text compared, concatenated or exported differently from the others.
    pytest.importorskip("pandas")
    df = comp.to_frame()
    assert {str(df[col].dtype) for col in ("kind", "side", "a_text", "b_text", "label")} == {"object"}
    assert set(df.kind) == {"link", "only"} and all(isinstance(k, str) for k in df.kind)


def test_to_frame_takes_a_pair_id_and_batch_frame_concatenates_a_batch(hash_embedder):
    pd = pytest.importorskip("pandas")
    from readouts.comparison import Failure
    from readouts.rendering import batch_frame

    one = compare(US, RU, embedder=hash_embedder)
    two = compare(RU, US, embedder=hash_embedder)
    df = one.to_frame(pair="2022-02-01")
    assert list(df.columns)[:2] == ["pair", "kind"] and set(df.pair) == {"2022-02-01"}
    assert "pair" not in one.to_frame().columns
    both = batch_frame({"first": one, "second": two})
    assert list(both.columns) == ["pair", *one.to_frame().columns, "a_side", "b_side"] and both.attrs == {}
    assert (both.pair == "first").sum() == len(one.to_frame()) and (both.pair == "second").sum() == len(two.to_frame())
    assert list(both.index) == list(range(len(both)))
    # compare_many's results: the pair's position in the batch; a Failure of on_error="skip" left out
    batch = batch_frame([one, Failure(1, InputError("bad pair")), two])
    assert set(batch.pair) == {0, 2} and len(batch) == len(both)
    empty = batch_frame([])
    assert isinstance(empty, pd.DataFrame) and len(empty) == 0 and list(empty.columns) == list(both.columns)
    # the empty batch's dtypes are a batch's: its scores were object, so a concat made both's object too
    assert empty.dtypes.to_dict() == both.dtypes.to_dict()
    assert pd.concat([empty, both]).dtypes.to_dict() == both.dtypes.to_dict()
    # a pandas Series keyed by pair id is read as a dict (enumerated, its ids became 0, 1, ...)
    series = batch_frame(pd.Series({"first": one, "second": two}))
    assert series.equals(both)
    # a key of None is a pair id like another; to_frame(pair=None) gives that column too (only leaving
    # pair out gives none)
    assert batch_frame({None: one, "x": two}).pair.iloc[0] is None
    assert list(one.to_frame(pair=None).columns)[0] == "pair" and set(one.to_frame(pair=None).pair) == {None}
    with pytest.raises(InputError, match="to_frame"):
        batch_frame(one)
    with pytest.raises(InputError, match=r"comparisons\['x'\] is a str"):
        batch_frame({"x": "not a comparison"})


def test_batch_frame_is_to_frames_with_pair_concatenated(hash_embedder, monkeypatch):
    pd = pytest.importorskip("pandas")
    from readouts import rendering

    one = compare(US, RU, embedder=hash_embedder)
    two = compare(RU, US, embedder=hash_embedder)
    frames = [one.to_frame(pair="x"), two.to_frame(pair=None)]
    for f in frames:  # each row's side names, after to_frame's columns (tests/test_api51b.py)
        f["a_side"], f["b_side"] = pd.Series([f.attrs["a"]] * len(f), dtype=object), pd.Series([f.attrs["b"]] * len(f), dtype=object)
    expected = pd.concat(frames, ignore_index=True)
    expected.attrs.clear()
    got = rendering.batch_frame({"x": one, None: two})
    assert got.equals(expected) and got.dtypes.to_dict() == expected.dtypes.to_dict() and got.attrs == {}
    # one code path: batch_frame makes each pair's column by to_frame(pair=key), not by a copy of its own
    seen = []
    real = rendering.to_frame
    monkeypatch.setattr(rendering, "to_frame", lambda c, **kw: seen.append(kw) or real(c, **kw))
    rendering.batch_frame({"x": one, None: two})
    assert seen == [{"pair": "x"}, {"pair": None}]


def test_frame_records_need_no_pandas(comp):
    rows = frame_records(comp)
    assert [r["side"] for r in rows] == [row.side for row in report_rows(comp)]


def test_to_frame_without_pandas_names_the_extra(comp, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingExtraError, match=r"readouts\[pandas\]"):
        comp.to_frame()


# -- plot -------------------------------------------------------------------------------------
def test_plot_returns_a_figure_with_links_boxed(comp):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    fig = comp.plot()
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    boxes = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(boxes) == sum(len(l.a) * len(l.b) for l in comp.links)
    assert ax.images[0].get_array().shape == (comp.a.n, comp.b.n)
    import matplotlib.pyplot as plt

    assert not plt.get_fignums()  # handed back, not left open in pyplot
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_plot_shows_dollar_signs_as_written():
    # Readouts quote sums ("$40bn now, $10bn later"): matplotlib read the text between two "$" as
    # mathtext, in italics without its spaces, and a malformed one ("$\\x^$") made savefig raise.
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    c = tiny(["Aid: $40bn now, $10bn later.", "Cost $\\x^$ here."], ["Other $1.", "More."],
             [Link(a=(0,), b=(0,), label="equivalent", score=0.9)], [1], [1],
             similarity=((0.5, 0.1), (0.2, 0.3)))
    c = c.model_copy(update={"a": c.a.model_copy(update={"side": "US$"}), "b": c.b.model_copy(update={"side": "$RU"})})
    fig = c.plot()
    ax = fig.axes[0]
    texts = [*ax.get_yticklabels(), *ax.get_xticklabels(), ax.title, ax.xaxis.label, ax.yaxis.label]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["0 Aid: $40bn now, $10bn later.", "1 Cost $\\x^$ here."]
    assert ax.title.get_text().startswith("US$ vs $RU") and ax.xaxis.label.get_text() == "$RU (side b)"
    assert not any(t.get_parse_math() for t in texts)  # shown as written, not as math
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_plot_into_given_axes(comp):
    pytest.importorskip("matplotlib")
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    assert comp.plot(ax=ax) is fig


@pytest.mark.parametrize("ax", [5, "ax", object()])
def test_plot_into_something_that_is_no_axes_says_so(comp, ax):
    pytest.importorskip("matplotlib")
    with pytest.raises(InputError, match=f"ax must be a matplotlib Axes .*, not {type(ax).__name__}"):
        comp.plot(ax=ax)  # once an AttributeError from deep inside


def test_plot_without_similarity_says_why(comp):
    pytest.importorskip("matplotlib")
    bare = Comparison(**{**dict(comp), "similarity": None})
    with pytest.raises(InputError, match="no similarity matrix"):
        bare.plot()


def test_plot_without_matplotlib_names_the_extra(comp, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError, match=r"readouts\[plot\]"):
        comp.plot()


# -- evaluation summary -----------------------------------------------------------------------
def summary_result():
    from readouts.evaluation import Counts, EvaluationResult, Scores

    s1 = Scores(link=Counts(tp=3, fp=1, fn=0), asym=Counts(tp=1, fp=0, fn=1), only=Counts(tp=2, fp=0, fn=2))
    s2 = Scores(link=Counts(tp=1, fp=1, fn=1))
    overall = Scores()
    overall += s1
    overall += s2
    return EvaluationResult(per_file={"call|one.json": s1, "two.json": s2}, overall=overall, predictions={})


def test_evaluation_summary_markdown_and_csv():
    import csv

    result = summary_result()
    md = evaluation_summary(result, "md").splitlines()
    assert md[0] == "| file | link P | link R | link F1 | asym P | asym R | asym F1 | only P | only R | only F1 |"
    assert md[2].startswith("| call\\|one.json | 0.750 | 1.000 | 0.857 |")
    assert md[4].startswith("| **MICRO-AVERAGE** | 0.667 | 0.800 |")
    assert md[-1].startswith("90% interval of each F1, calls resampled")  # two calls: an interval
    rows = list(csv.reader(io.StringIO(evaluation_summary(result, "csv"))))
    assert rows[0][:4] == ["file", "link_P", "link_R", "link_F1"]
    assert rows[1][0] == "call|one.json" and float(rows[1][1]) == 0.75
    assert rows[3][0] == "MICRO-AVERAGE" and len(rows) == 7
    assert [r[0] for r in rows[4:]] == ["INTERVAL-90-LOW", "INTERVAL-90-HIGH", "INTERVAL-90-LEFT-OUT"]
    with pytest.raises(InputError):
        evaluation_summary(result, "xlsx")


def test_summaries_show_an_undefined_ratio_as_undefined():
    # two.json has no asymmetric link in the gold and none predicted: its asym P, R and F1 are
    # undefined, not the 1.000 they showed; the micro-average is computed as before
    import csv

    result = summary_result()
    md = evaluation_summary(result, "md").splitlines()
    assert md[3] == "| two.json | 0.500 | 0.500 | 0.500 | — | — | — | — | — | — |"
    rows = list(csv.reader(io.StringIO(evaluation_summary(result, "csv"))))
    assert rows[2] == ["two.json", "0.5", "0.5", "0.5", "", "", "", "", "", ""]
    micro = result.overall.as_dict()
    assert [float(x) for x in rows[3][1:]] == [micro[m][k] for m in ("link", "asym", "only")
                                              for k in ("precision", "recall", "f1")]


def test_summaries_carry_the_interval_the_table_shows():
    # The stdout table printed a 90% interval; the --summary files had none, the CSV not even a row.
    import csv

    result = summary_result()
    ci = result.interval(0.9, resamples=2000, seed=0)
    line = next(l for l in result.table().splitlines() if l.startswith("90% interval"))
    assert evaluation_summary(result, "md").splitlines()[-1] == line
    rows = list(csv.reader(io.StringIO(evaluation_summary(result, "csv"))))
    low, high, left_out = rows[-3:]
    assert low[0] == "INTERVAL-90-LOW" and high[0] == "INTERVAL-90-HIGH"
    assert [float(low[k]) for k in (3, 6, 9)] == [ci[m][0] for m in ("link", "asym", "only")]
    assert [float(high[k]) for k in (3, 6, 9)] == [ci[m][1] for m in ("link", "asym", "only")]
    assert low[1:3] == ["", ""] and high[4:6] == ["", ""]  # no interval of P or R
    # two.json has no asymmetric link and no one-sided point: the draws that hold it alone are left
    # out of those intervals (counted as 1.0, they had pulled them up)
    assert left_out[0] == "INTERVAL-90-LEFT-OUT" and left_out[3] == "0" and int(left_out[6]) > 0
    assert f"({left_out[6]} of 2000 draws left out: no asymmetric link" in line
    assert f"({left_out[9]} of 2000 draws left out: no one-sided point" in line
    # one call: no interval in either
    from readouts.evaluation import EvaluationResult

    one = EvaluationResult(per_file={"a.json": result.per_file["two.json"]}, overall=result.per_file["two.json"],
                           predictions={})
    assert "interval" not in evaluation_summary(one, "md")
    assert "INTERVAL" not in evaluation_summary(one, "csv")


def test_json_summary_is_the_whole_result():
    from readouts.evaluation import EvaluationResult

    result = summary_result()
    text = evaluation_summary(result, "json")
    assert text == result.to_json() + "\n"
    assert EvaluationResult.from_json(text).per_file == result.per_file


# -- in a real browser ------------------------------------------------------------------------
def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which(CHROMIUM), reason=f"{CHROMIUM} is absent: install the Debian package "
                                                         "'chromium' to screenshot the HTML report")
def test_example_report_renders_in_headless_chromium(tmp_path, real_embedder):
    us = Readout.from_file(EX / "2022-02-01-us.txt")
    ru = Readout.from_file(EX / "2022-02-01-ru.txt")
    page = tmp_path / "report.html"
    page.write_text(to_html(compare(us, ru, embedder=real_embedder)), encoding="utf-8")
    shot = tmp_path / "report.png"
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1400,1800",
         page.as_uri()], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = shot.read_bytes()
    assert png_size(data) == (1400, 1800)
    pil = pytest.importorskip("PIL.Image")
    img = pil.open(io.BytesIO(data)).convert("RGB")
    import numpy as np

    pixels = np.asarray(img).reshape(-1, 3)
    assert len(np.unique(pixels[::97], axis=0)) > 50  # text, shading and label colours, not a blank sheet
    assert (pixels == (46, 125, 50)).all(axis=1).any()  # the 'equivalent' green (#2e7d32) of a label chip


@st.composite
def comparisons(draw):
    """Random valid comparisons: 1x1, 1xk and kx1 links over shuffled points, the rest one-sided."""
    n, m = draw(st.integers(1, 9)), draw(st.integers(1, 9))
    free_a, free_b = draw(st.permutations(range(n))), draw(st.permutations(range(m)))
    links = []
    while free_a and free_b and draw(st.booleans()):
        ka = draw(st.integers(1, len(free_a)))
        kb = 1 if ka > 1 else draw(st.integers(1, len(free_b)))
        ia, free_a = tuple(sorted(free_a[:ka])), free_a[ka:]
        ib, free_b = tuple(sorted(free_b[:kb])), free_b[kb:]
        links.append(Link(a=ia, b=ib, label=draw(st.sampled_from(["equivalent", "asymmetric"])), score=0.5))
    return tiny([f"A{i}" for i in range(n)], [f"B{j}" for j in range(m)], links, sorted(free_a), sorted(free_b))


@given(comparisons())
@settings(max_examples=60, deadline=None)
def test_report_rows_property(c):
    rows = report_rows(c)
    for side, r in (("a", c.a), ("b", c.b)):
        assert sorted(i for row in rows for i in getattr(row, side)) == list(range(r.n))
    firsts = [row.a[0] for row in rows if row.a]
    assert firsts == sorted(firsts)
    # a point only in b sits right after the row of the b point before it (or opens the report)
    pos = {j: k for k, row in enumerate(rows) for j in row.b}
    linked = [j for l in c.links for j in l.b]
    for j in c.only_b:
        before = [jj for jj in linked if jj < j]
        start = pos[max(before)] + 1 if before else 0
        # only rows of b points between that predecessor and j come in between
        assert all(row.side == "b" and row.b[0] < j for row in rows[start:pos[j]])
    assert [r.side for r in rows].count("both") == len(c.links)
    html = c.to_html()
    assert all(f">{t}</div>" in html for t in c.a.texts + c.b.texts)


def test_plot_of_a_large_call_drops_point_texts():
    pytest.importorskip("matplotlib")
    import numpy as np

    n, m = 50, 45
    sim = np.round(np.random.default_rng(0).uniform(-0.1, 0.9, (n, m)), 4).tolist()
    c = tiny([f"A{i}" for i in range(n)], [f"B{j}" for j in range(m)],
             [Link(a=(0,), b=(1, 2), label="asymmetric", score=0.7)], range(1, n), [0, *range(3, m)],
             similarity=sim)
    fig = c.plot()
    ax = fig.axes[0]
    assert len(ax.patches) == 2 and not ax.texts  # two boxed cells; no per-cell numbers at this size
    assert not any(t.get_text().startswith("0 A0") for t in ax.get_yticklabels())


def test_markdown_summary_names_the_files_left_out():
    # With --skip-bad the micro-average covers fewer files than the folder holds; the stdout table
    # said which were skipped, the --summary file (what gets pasted into a report) did not.
    from readouts.errors import GoldFormatError

    result = summary_result()
    result = __import__("dataclasses").replace(result, skipped={"bad|one.json": GoldFormatError("bad|one.json: malformed JSON")})
    md = evaluation_summary(result, "md")
    assert md.endswith("\n\nSkipped 1 bad file, not scored: bad\\|one.json\n")
    assert "Skipped" not in evaluation_summary(summary_result(), "md")


def test_html_breaks_a_long_unbroken_word_inside_its_column():
    # A point holding a long URL ("https://www.mid.ru/ru/foreign_policy/news/1799019/...") has no
    # place to wrap; in the fixed-layout table it ran over the middle column into the other side's.
    from readouts.rendering import _CSS

    rule = re.search(r"\.readouts-report table\.pairs td\{([^}]*)\}", _CSS).group(1)
    assert "overflow-wrap:anywhere" in rule


def test_frame_records_are_public_and_make_one_table_over_a_batch(hash_embedder):
    # The README's recipe for one table over many calls, without pandas: frame_records was tested and
    # documented in its docstring, but missing from readouts.rendering.__all__ and the README.
    import json

    import readouts.rendering as rendering
    from readouts import compare_many

    assert "frame_records" in rendering.__all__
    calls = {"one": (US, RU), "two": (RU, US)}
    results = list(compare_many(calls.values(), embedder=hash_embedder))
    rows = [{"call": name, **row} for name, c in zip(calls, results) for row in frame_records(c)]
    assert {r["call"] for r in rows} == {"one", "two"}
    assert sum(r["call"] == "one" for r in rows) == len(frame_records(results[0]))
    flags = [{"call": name, **f.model_dump(exclude={"evidence"})} for name, c in zip(calls, results) for f in c.flags]
    json.dumps(flags)  # plain data
