"""Reports rendered from a :class:`~readouts.records.Comparison`: it is read, never recomputed.

* :func:`to_markdown`: a Markdown report;
* :func:`to_html`: one standalone HTML page (or a notebook fragment) with both sides in two columns;
* :func:`to_frame`: a pandas DataFrame, one row per link and per one-sided point (``readouts[pandas]``);
* :func:`plot`: the similarity heatmap with the chosen links marked (``readouts[plot]``);
* :func:`evaluation_summary`: an evaluation's scores as a Markdown or CSV table.

All of them lay rows out in the same reading order (:func:`report_rows`).
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING, Any, Literal

from .errors import InputError, import_dependency, missing_extra, reloaded_hint
from .records import NO_PAIR, Comparison, Flag, Link, Readout, Span, side_names

if TYPE_CHECKING:  # pragma: no cover
    from .evaluation import EvaluationResult

__all__ = ["Row", "report_rows", "to_markdown", "to_html", "to_frame", "batch_frame", "frame_records", "plot",
           "evaluation_summary"]

log = logging.getLogger(__name__)


# -- reading order ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    """One row of a report: a link (points on both sides) or one one-sided point."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    link: Link | None = None

    @property
    def side(self) -> Literal["both", "a", "b"]:
        return "both" if self.link is not None else ("a" if self.a else "b")


def _need_comparison(c: Any, what: str) -> None:
    """Refuse anything but a :class:`~readouts.records.Comparison` with an
    :class:`~readouts.errors.InputError` naming the function and what to pass: ``frame_records(None)``
    (a comparison that was never made) raised "'NoneType' object has no attribute 'links'"."""
    if isinstance(c, Comparison):
        return
    hint = ""
    if isinstance(c, Readout):
        hint = "; compare two readouts first: readouts.compare(a, b)"
    elif isinstance(c, dict):
        hint = "; a comparison parsed from JSON is read with Comparison.model_validate(d)"
    elif isinstance(c, (str, bytes)):
        hint = "; a saved comparison is read with Comparison.from_json(text) or Comparison.from_file(path)"
    elif c is None:
        hint = " (no comparison was made); pass what readouts.compare(a, b) returns"
    else:
        hint = reloaded_hint(c, Comparison)
    raise InputError(f"{what} needs a Comparison, not {type(c).__name__}{hint}")


def _valid_comparison(c: Any, what: str) -> None:
    """:func:`_need_comparison`, and a Comparison that holds what every validated one does: one changed
    with ``model_copy(update=...)`` or made with ``model_construct`` (both skip validation) raised an
    ``IndexError`` from inside the report (another readout, fewer points), or drew one that did not add up."""
    _need_comparison(c, what)
    from .records import check_comparison

    check_comparison(c, what)


def report_rows(c: Comparison) -> list[Row]:
    """Rows in reading order: side a's order, each one-sided point of b placed after the row of
    the b point that precedes it (so b's own order survives wherever the links allow).

    >>> from readouts import Comparison, Link, Readout, Signature
    >>> sig = Signature(version="0", embedder="e", weights_hash="h", method="m", parameters={})
    >>> c = Comparison(a=Readout.from_points(["A0", "A1"], side="US"),
    ...                b=Readout.from_points(["B0", "B1", "B2"], side="RU"),
    ...                links=(Link(a=(0,), b=(1,), label="equivalent", score=0.9),),
    ...                only_a=(1,), only_b=(0, 2), signature=sig)
    >>> [(r.a, r.b) for r in report_rows(c)]
    [((), (0,)), ((0,), (1,)), ((), (2,)), ((1,), ())]
    """
    _valid_comparison(c, "report_rows")
    return _report_rows(c)


def _report_rows(c: Comparison) -> list[Row]:
    """:func:`report_rows` of a comparison already checked."""
    main = sorted([(l.a[0], Row(l.a, l.b, l)) for l in c.links] + [(i, Row((i,), ())) for i in c.only_a],
                  key=lambda t: t[0])
    rows = [r for _, r in main]
    row_of_b = {j: k for k, r in enumerate(rows) for j in r.b}
    linked_b = sorted(row_of_b)
    after: dict[int, list[Row]] = {}
    for j in sorted(c.only_b):
        k = bisect.bisect_left(linked_b, j)  # linked_b[k - 1] is the linked b point just before j
        # -1: no linked b point precedes it, so it opens the report.
        after.setdefault(row_of_b[linked_b[k - 1]] if k else -1, []).append(Row((), (j,)))
    out = list(after.get(-1, []))
    for k, r in enumerate(rows):
        out.append(r)
        out.extend(after.get(k, []))
    return out


def _flags_on(c: Comparison, side: str, indices: Sequence[int]) -> list[tuple[int, Flag]]:
    """Flags (numbered from 1) raised on any of these points of one side."""
    return [(k, f) for k, f in enumerate(c.flags, 1) if f.side == side and set(f.points) & set(indices)]


def _side_names(c: Comparison) -> tuple[str, str]:
    """The two sides' names as the reports write them (:func:`~readouts.records.side_names`)."""
    return side_names(c.a.side, c.b.side)


def _side_name(c: Comparison, side: str) -> str:
    return _side_names(c)[0 if side == "a" else 1]


# -- Markdown ---------------------------------------------------------------------------------
_ENTITY = re.compile(r"&(?=#?\w+;)")


#: Markdown's inline syntax: backslash, code, emphasis, links and images, strikethrough; "_" only
#: where it could open or close emphasis (not inside a word: link_threshold stays as it is).
_MD_SYNTAX = re.compile(r"[\\`*\[\]~]|(?<![^\W_])_|_(?![^\W_])")


#: Every line break ``str.splitlines`` knows: CommonMark ends a line at a bare "\r" too, so a
#: point pasted with Windows or old Mac line ends ("\r\n", "\r") would otherwise split its table row.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


_CJK_CHAR = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
#: A line break between two Chinese characters or full-width marks (spaces around it included): Chinese
#: puts no space between words, so it joins them with nothing ("。\n我们" showed as "。 我们", "一、\n坚持" as
#: "一、 坚持" in a Chinese point that the original wrapped).
_CJK_BREAK = re.compile(f"(?<=[{_CJK_CHAR}])[ \t\u3000]*(?:\r\n|[\n\r\x85\u2028\u2029])[ \t\u3000]*(?=[{_CJK_CHAR}])")


#: Unicode's explicit direction controls: embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF;
#: isolates (LRI, RLI, FSI), closed by PDI.
_EMBEDDINGS, _PDF, _ISOLATES, _PDI = "\u202a\u202b\u202d\u202e", "\u202c", "\u2066\u2067\u2068", "\u2069"
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _close_bidi(text: str) -> str:
    """``text`` with the direction controls it leaves open closed at its end (PDF for an embedding or
    override, PDI for an isolate), as Unicode's bidirectional algorithm pairs them; text that closes
    its own, or holds none, is returned as it is. A point pasted with a right-to-left override
    (U+202E) and no PDF after it reversed the rest of its report line: in the Markdown table the other
    side's text, the label and the score ("| [0] Blinken spoke \u202ewith Lavrov. | [0] ... | equivalent
    | 1.00 |" showed "00.1 | tnelaviuqe | ..."), in the HTML page the flag badges after the point.

    >>> _close_bidi("a \u202eb") == "a \u202eb\u202c"
    True
    >>> _close_bidi("a \u2067b\u2069 c")
    'a \u2067b\u2069 c'
    """
    if not _BIDI.search(text):
        return text
    stack: list[str] = []
    for ch in _BIDI.findall(text):
        if ch in _EMBEDDINGS:
            stack.append(_PDF)
        elif ch in _ISOLATES:
            stack.append(_PDI)
        elif ch == _PDF:
            if stack and stack[-1] == _PDF:  # a PDF closes the last embedding, never an isolate
                stack.pop()
        elif _PDI in stack:  # a PDI closes its isolate and every embedding opened inside it
            while stack.pop() != _PDI:
                pass
    return text + "".join(reversed(stack))


#: What GitHub's Markdown makes a live link with no syntax around it (its "extended autolinks"): a URL with a
#: scheme ("https://", "ftp://"), one opening with "www.", an e-mail address (with or without "mailto:"). A
#: URL runs to white space, "<", ">", a backtick, "|" or Chinese and full-width punctuation.
_BARE_URL = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.-]{0,31}://|www\.)"
                       r"[^\s<>`|\u3000-\u303f\uff00-\uffef]+"
                       r"|(?:(?:mailto|xmpp):)?[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
#: What ends a sentence or a quotation after a URL, not part of it (as GitHub reads it too).
_URL_TRAIL = "?!.,:;*_~'\"\u2019\u201d"


def _url_end(url: str) -> int:
    """Where ``url``, as :data:`_BARE_URL` found it, ends without the punctuation after it: a sentence's
    full stop, a closing quote, a ")" or "]" with no "(" or "[" opened inside the URL."""
    end = len(url)
    while end:
        ch = url[end - 1]
        if ch in _URL_TRAIL or ch == ")" and url.count("(", 0, end) < url.count(")", 0, end) \
                or ch == "]" and url.count("[", 0, end) < url.count("]", 0, end):
            end -= 1
        else:
            break
    return end


def _md_text(text: str) -> str:
    text = _LINE_BREAK.sub(" ", _CJK_BREAK.sub("", _ENTITY.sub("&amp;", text).replace("<", "&lt;")))
    return _MD_SYNTAX.sub(lambda m: "\\" + m.group(), text)


def _md(text: str) -> str:
    """Text for Markdown that a renderer shows as written: on one line, with "<" and entity-like
    "&" escaped, since the report itself holds HTML (``<br>``, ``<sub>``) and so is read with
    HTML on ("Russia warned against <unnamed> steps" would lose its tag-like word), and with
    Markdown's inline syntax backslash-escaped, so a point's ``**word**`` or ``[x](javascript:...)``
    is text, not bold or a live link. A bare URL or e-mail address (a point's "see https://www.state.gov/...",
    a set-aside line, a title) is a code span, as the source URL is: GitHub made it a live link, in silence,
    whatever its escapes (its autolinking reads the text after them), and escaped it showed
    ``https://x.org/a\\_b`` in renderers without autolinks; in a code span it is the user's text, as written.

    >>> _md("See https://www.state.gov/a_b. Or *this*.")
    'See `https://www.state.gov/a_b`. Or \\\\*this\\\\*.'
    """
    text = str(text)
    out: list[str] = []
    done = 0
    for m in _BARE_URL.finditer(text):
        end = m.start() + _url_end(m.group())
        if end <= m.start() or not any(ch.isalnum() for ch in text[m.start():end]):
            continue
        out += [_md_text(text[done:m.start()]), f"`{text[m.start():end]}`"]
        done = end
    out.append(_md_text(text[done:]))
    return _close_bidi("".join(out))


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


def _points(r: Readout, idx: tuple[int, ...]) -> str:
    return "<br>".join(f"[{i}] {_cell(r.points[i].text)}" for i in idx)


def _noun(n: int, noun: str) -> str:
    """``noun`` in the number ``n`` asks for: "link" for 1, "links" otherwise."""
    return noun if n == 1 else noun + "s"


def _count(n: int, noun: str) -> str:
    """``"1 link"``, ``"2 links"``."""
    return f"{n} {_noun(n, noun)}"


def _title(r: Readout) -> str:
    bits = [f"**{_md(r.side)}**"]
    if r.issuer:
        bits.append(_md(r.issuer))
    if r.date:
        bits.append(r.date.isoformat())
    return " — ".join(bits)


def _about(r: Readout) -> list[str]:
    """The readout's title, participants and source under its line, as the HTML side card shows them
    (the Markdown report left them out: a report to cite had no source). The source is shown as code,
    not a link, as in the HTML page."""
    out = [f"  - title: {_md(r.title)}"] if r.title else []
    if r.participants:
        out.append(f"  - participants: {_md('; '.join(r.participants))}")
    if r.source_url:
        out.append(f"  - source: `{_close_bidi(_LINE_BREAK.sub(' ', r.source_url).replace('`', '%60'))}`")
    if r.set_aside:
        # page furniture from_text made no point: named, so a reader of the report knows what was left out
        out.append(f"  - set aside, not points ({_count(len(r.set_aside), 'line')}): "
                   + "; ".join(f"{_md(x.text)} ({x.kind})" for x in r.set_aside))
    return out


def _side(c: Comparison, side: str) -> str:
    return _md(_side_name(c, side))


def _where(c: Comparison, f: Flag) -> str:
    here = f"{_side(c, f.side)} " + ", ".join(str(i) for i in f.points)
    if f.counterpart:
        other = "b" if f.side == "a" else "a"
        here += f" ↔ {_side(c, other)} " + ", ".join(str(i) for i in f.counterpart)
    return here


def _inline(text: str) -> str:
    return _md(text)


def _evidence(c: Comparison, s: Span, limit: int = 80) -> str:
    words = s.text if len(s.text) <= limit else s.text[:limit - 1].rstrip() + "…"
    return f"{_side(c, s.side)}[{s.point}] “{_inline(words)}”"


def to_markdown(c: Comparison) -> str:
    """Markdown: linked points side by side (label, score), then each side's one-sided points."""
    _valid_comparison(c, "to_markdown")
    a, b = c.a, c.b
    name_a, name_b = _side_names(c)
    n_asym = sum(l.label == "asymmetric" for l in c.links)
    lines = [
        f"# {_md(name_a)} vs {_md(name_b)}",
        "",
        f"- a: {_title(a)} ({_count(a.n, 'point')})", *_about(a),
        f"- b: {_title(b)} ({_count(b.n, 'point')})", *_about(b),
        f"- {_count(len(c.links), 'link')} ({n_asym} asymmetric), {_count(len(c.only_a), 'point')} only in "
        f"{_md(name_a)}, {len(c.only_b)} only in {_md(name_b)}",
        "",
        "## Linked points",
        "",
    ]
    if c.links:
        lines += [f"| {_cell(name_a)} | {_cell(name_b)} | label | score |", "|---|---|---|---|"]
        for link in c.links:
            lines.append(f"| {_points(a, link.a)} | {_points(b, link.b)} | {link.label} | {link.score:.2f} |")
    else:
        lines.append("_No point of one side has a counterpart in the other._")
    for side, r, only in (("a", a, c.only_a), ("b", b, c.only_b)):
        lines += ["", f"## Only in {_side(c, side)} ({len(only)})", ""]
        lines += [f"- [{i}] {_md(r.points[i].text)}" for i in only] or ["_none_"]
    if c.flags:
        lines += ["", "## Flags", ""]
        for f in c.flags:
            lines.append(f"- **{f.kind}** ({_where(c, f)}): {_inline(f.explanation)}")
            if f.evidence:
                lines.append("  - evidence: " + "; ".join(_evidence(c, s) for s in f.evidence))
    lines += ["", f"<sub>{_md(c.signature)}</sub>", ""]
    return "\n".join(lines)


# -- HTML -------------------------------------------------------------------------------------
# Every rule is scoped under .readouts-report so the fragment cannot restyle a notebook around it.
_CSS = """
.readouts-report{--eq:#2e7d32;--eq-bg:#e8f5e9;--as:#b45309;--as-bg:#fff3e0;--one:#9e9e9e;--one-bg:#f3f3f3;
 --flag:#c62828;--ink:#1f2328;--muted:#5f6368;--line:#d0d7de;
 font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
 max-width:1320px;margin:0 auto;padding:8px 16px;background:#fff}
.readouts-report h1{font-size:1.5em;margin:.2em 0 .4em}
.readouts-report h2{font-size:1.15em;margin:1.2em 0 .4em}
.readouts-report .sides{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-bottom:.6em}
.readouts-report .sidecard{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.readouts-report .sidecard b.side{font-size:1.1em}
.readouts-report .sidecard div{color:var(--muted);font-size:.9em}
.readouts-report .summary{margin:.5em 0}
.readouts-report .legend{color:var(--muted);font-size:.85em;margin:.3em 0 .8em}
.readouts-report .legend span{margin-right:14px;white-space:nowrap}
.readouts-report table.pairs{width:100%;border-collapse:separate;border-spacing:0 6px;table-layout:fixed}
.readouts-report table.pairs th{text-align:left;font-size:.9em;color:var(--muted);font-weight:600;
 border-bottom:2px solid var(--line);padding:4px 10px}
.readouts-report table.pairs td{vertical-align:top;padding:8px 10px;border-top:1px solid var(--line);
 border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.readouts-report col.mid{width:118px}
.readouts-report tr.equivalent td{background:var(--eq-bg)}
.readouts-report tr.asymmetric td{background:var(--as-bg)}
.readouts-report tr.equivalent td:first-child{border-left:5px solid var(--eq)}
.readouts-report tr.asymmetric td:first-child{border-left:5px solid var(--as)}
.readouts-report tr.equivalent td:last-child,.readouts-report tr.asymmetric td:last-child{border-right:1px solid var(--line)}
.readouts-report tr.only td{border-color:transparent;background:none}
.readouts-report tr.only td.filled{background:repeating-linear-gradient(135deg,var(--one-bg) 0 10px,#e9e9e9 10px 20px);
 border:1px dashed var(--one);color:#3c4043}
.readouts-report td.mid{text-align:center;font-size:.82em;color:var(--muted)}
.readouts-report .label{display:inline-block;border-radius:10px;padding:1px 8px;font-weight:600;color:#fff}
.readouts-report .label.equivalent{background:var(--eq)}
.readouts-report .label.asymmetric{background:var(--as)}
.readouts-report .label.only{background:var(--one)}
.readouts-report .score{display:block;margin-top:3px}
.readouts-report .pt+.pt{margin-top:6px}
.readouts-report .idx{display:inline-block;min-width:1.6em;color:var(--muted);font-size:.8em;font-variant-numeric:tabular-nums}
.readouts-report a.flag,.readouts-report span.flag{display:inline-block;background:var(--flag);color:#fff;border-radius:3px;
 padding:0 6px;margin-left:4px;font-size:.75em;font-weight:600;text-decoration:none;vertical-align:1px}
.readouts-report ol.flags li{margin:.4em 0}
.readouts-report ol.flags .expl{display:block}
.readouts-report ol.flags q{background:#ffe08a}
.readouts-report .where{color:var(--muted);font-size:.9em}
.readouts-report .none{color:var(--muted);font-style:italic}
.readouts-report footer{margin-top:1.5em;border-top:1px solid var(--line);padding-top:6px;color:var(--muted);font-size:.8em}
.readouts-report footer code{overflow-wrap:anywhere}
"""


def _e(text: Any) -> str:
    return _close_bidi(escape(str(text), quote=True))


def _uid(c: Comparison) -> str:
    # Anchors must be unique when a notebook shows several comparisons; a content hash keeps
    # the output deterministic. The whole record but the similarity matrix (which follows from the
    # texts and the model): a hash of the point texts and the signature alone gave the same anchors to
    # two comparisons of the same texts under other side names or dates, whose flags differ, so a
    # badge in the second report jumped to the first report's flag of that number, another flag.
    key = c.model_dump_json(exclude={"similarity"})
    return "ro" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _text(text: str) -> str:
    """A point's text as one contiguous, escaped text node (quotes need no escaping there), so
    the page's text holds every point verbatim; flag evidence is quoted in the Flags section and
    the badges' tooltips rather than marked up inside the sentence."""
    return _close_bidi(escape(text, quote=False))


def _lang(r: Readout, text: str) -> str:
    """A ``lang`` attribute for text of ``r`` that is not English (the page's language): its declared
    language, else the one its script says. Screen readers pick their voice by it, and browsers
    their Han glyphs (Chinese, not Japanese, forms)."""
    from .language import base_language, detect_language

    code = r.language or detect_language(text)
    base = base_language(code)
    if base in ("en", "und"):
        return ""
    if code.lower() == "zh" and _traditional(r.text):
        # a readout in traditional characters (a Hong Kong or Taiwan copy) as such: "zh" alone has browsers
        # pick simplified Chinese fonts and glyph forms for it
        code = "zh-Hant"
    # Arabic or Hebrew in the page's left-to-right flow put a point's full stop at its right-hand end,
    # its beginning; dir="auto" sets the direction by the text's first letter (an English point of a
    # readout declared "ar" stays left to right).
    return f' lang="{_e(code.replace("_", "-"))}"' + (' dir="auto"' if base in _RIGHT_TO_LEFT else "")


@lru_cache(maxsize=4)
def _traditional(text: str) -> bool:
    """:func:`readouts.language.traditional_chinese` of a readout's whole text (one point may hold too few
    telling characters), once per readout and not once per point."""
    from .language import traditional_chinese

    return traditional_chinese(text)


#: Languages written right to left (ISO 639 codes), whose text the HTML report lets run that way.
_RIGHT_TO_LEFT = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr"})


def _point_html(c: Comparison, uid: str, side: str, index: int) -> str:
    r = c.a if side == "a" else c.b
    text = r.points[index].text
    badges = "".join(
        f'<a class="flag" href="#{uid}-flag-{k}" title="{_e(f.kind)}: {_e(f.explanation)}">⚑ {_e(f.kind)}</a>'
        for k, f in _flags_on(c, side, (index,)))
    lang = _lang(r, text)  # on the text alone: the index and the badges are the page's English
    body = f"<span{lang}>{_text(text)}</span>" if lang else _text(text)
    return f'<div class="pt" id="{uid}-{side}-{index}"><span class="idx">{index}</span>{body}{badges}</div>'


def _link_title(link: Link) -> str:
    lines = [f"{link.label} link · score {link.score:.2f} (probability that these points report the same exchange)",
             f"probability asymmetric {link.label_score:.2f} · cosine {link.similarity:.2f}", *link.evidence]
    return "\n".join(lines)


def _row_html(c: Comparison, uid: str, row: Row) -> str:
    a_cell = "".join(_point_html(c, uid, "a", i) for i in row.a)
    b_cell = "".join(_point_html(c, uid, "b", j) for j in row.b)
    if row.link is not None:
        link = row.link
        mid = (f'<span class="label {link.label}">{link.label}</span>'
               f'<span class="score">score {link.score:.2f}</span>')
        return (f'<tr class="link {link.label}" title="{_e(_link_title(link))}">'
                f'<td class="a">{a_cell}</td><td class="mid">{mid}</td><td class="b">{b_cell}</td></tr>')
    side = row.side
    title = f"only in {_side_name(c, side)}: no counterpart found in {_side_name(c, 'b' if side == 'a' else 'a')}"
    mid = f'<span class="label only">only {_e(_side_name(c, side))}</span>'
    a_cls, b_cls = ("a filled", "b") if side == "a" else ("a", "b filled")
    return (f'<tr class="only only-{side}" title="{_e(title)}"><td class="{a_cls}">{a_cell}</td>'
            f'<td class="mid">{mid}</td><td class="{b_cls}">{b_cell}</td></tr>')


def _sidecard(r: Readout) -> str:
    bits = [f'<b class="side">{_e(r.side)}</b>']
    if r.title:
        bits.append(f"<div>{_e(r.title)}</div>")
    meta = [x for x in (r.date.isoformat() if r.date else None, r.issuer) if x]
    if meta:
        bits.append(f"<div>{_e(' · '.join(meta))}</div>")
    if r.participants:
        bits.append(f"<div>Participants: {_e('; '.join(r.participants))}</div>")
    if r.source_url:
        # Shown as text, not a link: the page loads and links to nothing outside itself.
        bits.append(f"<div>Source: <code>{_e(r.source_url)}</code></div>")
    bits.append(f"<div>{_count(r.n, 'point')}</div>")  # "1 point", as the Markdown report writes it
    if r.set_aside:
        shown = "; ".join(f"{_e(x.text)} ({_e(x.kind)})" for x in r.set_aside)
        bits.append(f'<div class="aside">Set aside, not points ({_count(len(r.set_aside), "line")}): {shown}</div>')
    return f'<div class="sidecard">{"".join(bits)}</div>'


def _flag_html(c: Comparison, uid: str, k: int, f: Flag) -> str:
    other = "b" if f.side == "a" else "a"
    where = _e(_side_name(c, f.side))
    if f.points:
        where += " point" + ("s " if len(f.points) > 1 else " ") + ", ".join(
            f'<a href="#{uid}-{f.side}-{i}">{i}</a>' for i in f.points)
    if f.counterpart:
        where += f" ↔ {_e(_side_name(c, other))} " + ", ".join(
            f'<a href="#{uid}-{other}-{j}">{j}</a>' for j in f.counterpart)
    quotes = "".join(f' <q{_lang(c.a if s.side == "a" else c.b, s.text)}>{_e(s.text)}</q> '
                     f'<span class="where">({_e(_side_name(c, s.side))} {s.point})</span>' for s in f.evidence)
    ev = f'<span class="expl">Evidence:{quotes}</span>' if quotes else ""
    return (f'<li id="{uid}-flag-{k}"><span class="flag">⚑ {_e(f.kind)}</span> <span class="where">{where}</span>'
            f'<span class="expl">{_e(f.explanation)}</span>{ev}</li>')


def _fragment(c: Comparison, with_style: bool) -> str:
    uid = _uid(c)
    a, b = c.a, c.b
    name_a, name_b = _side_names(c)
    n_asym = sum(l.label == "asymmetric" for l in c.links)
    parts = [f'<div class="readouts-report" id="{uid}">']
    if with_style:
        parts.append(f"<style>{_CSS}</style>")
    parts += [
        f"<h1>{_e(name_a)} vs {_e(name_b)}{' · ' + a.date.isoformat() if a.date and a.date == b.date else ''}</h1>",
        f'<div class="sides">{_sidecard(a)}{_sidecard(b)}</div>',
        f'<p class="summary"><b>{len(c.links)}</b> {_noun(len(c.links), "link")} '
        f"({len(c.links) - n_asym} equivalent, {n_asym} asymmetric) · "
        f"<b>{len(c.only_a)}</b> {_noun(len(c.only_a), 'point')} only in {_e(name_a)} · "
        f"<b>{len(c.only_b)}</b> only in {_e(name_b)} · "
        f"<b>{len(c.flags)}</b> {_noun(len(c.flags), 'flag')}</p>",
        '<p class="legend"><span><span class="label equivalent">equivalent</span> same substance</span>'
        '<span><span class="label asymmetric">asymmetric</span> same exchange, accounts differ</span>'
        '<span><span class="label only">only</span> no counterpart on the other side</span>'
        '<span><span class="flag">⚑ flag</span> worth a look</span>'
        "<span>hover a row for its score and evidence</span></p>",
        '<table class="pairs"><colgroup><col class="a"><col class="mid"><col class="b"></colgroup>',
        f"<thead><tr><th>{_e(name_a)}</th><th></th><th>{_e(name_b)}</th></tr></thead><tbody>",
        *(_row_html(c, uid, r) for r in _report_rows(c)),
        "</tbody></table>",
        "<h2>Flags</h2>",
    ]
    if c.flags:
        parts.append('<ol class="flags">' + "".join(_flag_html(c, uid, k, f) for k, f in enumerate(c.flags, 1))
                     + "</ol>")
    else:
        parts.append('<p class="none">No flags.</p>')
    parts += [
        f'<footer>Computed by {_e(c.signature.library)} {_e(c.signature.version)}; signature '
        # <wbr>: a long signature wraps at its '|' separators, not inside a name
        f'<code title="weights hash {_e(c.signature.weights_hash)}">{_e(c.signature).replace("|", "|<wbr>")}'
        "</code></footer>",
        "</div>",
    ]
    return "\n".join(parts)


def to_html(c: Comparison, *, full_page: bool = True) -> str:
    """HTML report: both sides in two columns, linked points on the same row.

    Rows are coloured by label, one-sided points are shaded, flags are badges linked to their
    explanation, hovering a row shows its score and evidence, and the signature is in the footer.
    Self-contained: no external CSS, JS or fonts; all text is escaped. ``full_page=False`` gives
    the ``<div>`` fragment that :meth:`Comparison._repr_html_` shows in a notebook.

    >>> from readouts import Comparison, Link, Readout, Signature
    >>> sig = Signature(version="0", embedder="e", weights_hash="h", method="m", parameters={})
    >>> c = Comparison(a=Readout.from_points(["<b>A</b>"], side="US"), b=Readout.from_points(["B"], side="RU"),
    ...                links=(Link(a=(0,), b=(0,), label="equivalent", score=0.9),),
    ...                only_a=(), only_b=(), signature=sig)
    >>> page = to_html(c)
    >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;A&lt;/b&gt;" in page, "<b>A</b>" in page
    (True, True, False)
    """
    from .comparison import _check_flag

    _check_flag(full_page, "full_page")  # full_page="no" gave the whole page, being truthy
    _valid_comparison(c, "to_html")
    if not full_page:
        return _fragment(c, with_style=True)
    # The call's date where both readouts give the same one, as the heading shows it: side a's alone
    # named a date side b does not give (or contradicts) as the date of the call.
    same_day = c.a.date is not None and c.a.date == c.b.date
    title = " vs ".join(_side_names(c)) + (f" — {c.a.date.isoformat()}" if same_day else "")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)} · readouts</title>",
        f"<style>body{{margin:0}}{_CSS}</style></head><body>",
        _fragment(c, with_style=False),
        "</body></html>",
        "",
    ])


# -- DataFrame --------------------------------------------------------------------------------
_FRAME_COLUMNS = ("kind", "side", "a_index", "b_index", "a_text", "b_text", "label", "score", "label_score",
                  "similarity", "flag_kinds")


def frame_records(c: Comparison) -> list[dict[str, Any]]:
    """The rows of :func:`to_frame` as plain dicts (no pandas needed), in reading order."""
    _valid_comparison(c, "frame_records")
    return _frame_records(c)


def _frame_records(c: Comparison) -> list[dict[str, Any]]:
    """:func:`frame_records` of a comparison already checked."""
    nan = float("nan")
    out = []
    for row in _report_rows(c):
        link = row.link
        kinds = [f.kind for _, f in _flags_on(c, "a", row.a) + _flags_on(c, "b", row.b)]
        out.append({
            "kind": "link" if link is not None else "only",
            "side": row.side,
            "a_index": row.a,
            "b_index": row.b,
            "a_text": " ".join(c.a.points[i].text for i in row.a) or None,
            "b_text": " ".join(c.b.points[j].text for j in row.b) or None,
            "label": link.label if link is not None else None,
            "score": link.score if link is not None else nan,
            "label_score": link.label_score if link is not None else nan,
            "similarity": link.similarity if link is not None else nan,
            "flag_kinds": tuple(dict.fromkeys(kinds)),
        })
    return out


def to_frame(c: Comparison, *, pair: Any = NO_PAIR) -> Any:
    """A pandas DataFrame: one row per link and per one-sided point, in reading order.

    Columns: ``kind`` ('link' or 'only'), ``side`` ('both', 'a' or 'b'), ``a_index`` / ``b_index``
    (tuples of point indices), ``a_text`` / ``b_text``, ``label`` (None for one-sided points),
    ``score``, ``label_score``, ``similarity`` (NaN for one-sided points) and ``flag_kinds`` (the kinds
    of the flags raised on the row's points; not ``flags``, which would hide behind ``DataFrame.flags``).
    The text columns (``kind``, ``side``, ``a_text``, ``b_text``, ``label``) are all of ``object``
    dtype, holding str or None, whatever the pandas version (pandas 3 made ``kind`` its string dtype
    and left the others ``object``). ``df.attrs`` holds the side names and the signature.

    ``pair``: a value (a call id, a file name; None too) put in a first column ``pair`` of every row,
    so that the frames of several comparisons can be concatenated into one table (:func:`batch_frame`
    does it for a batch, through this keyword); left out, the frame has no ``pair`` column.

    >>> df = comparison.to_frame()                       # doctest: +SKIP
    >>> df[df.label == "asymmetric"][["a_text", "b_text", "score"]]   # doctest: +SKIP
    """
    _valid_comparison(c, "to_frame")
    pd = import_dependency("pandas", missing_extra("pandas", "pandas"))
    records = _frame_records(c)
    df = pd.DataFrame(records, columns=list(_FRAME_COLUMNS))
    # pandas 3 stores text columns as strings, where None becomes NaN: keep None, as documented, and
    # one dtype for every text column (kind, which is never None, had pandas' string dtype alone).
    for col in _TEXT_COLUMNS:
        df[col] = pd.Series([r[col] for r in records], dtype=object, index=df.index)
    if pair is not NO_PAIR:
        df.insert(0, "pair", pd.Series([pair] * len(df), dtype=object, index=df.index))
    df.attrs.update({"a": c.a.side, "b": c.b.side, "signature": str(c.signature)})
    return df


#: The columns of :func:`to_frame` that hold numbers (NaN for one-sided points): float64.
_FLOAT_COLUMNS = ("score", "label_score", "similarity")

#: The columns of :func:`to_frame` that hold text (str, or None where the row has none): object dtype.
_TEXT_COLUMNS = ("kind", "side", "a_text", "b_text", "label")


#: The columns :func:`batch_frame` adds after :func:`to_frame`'s, each from that ``to_frame().attrs`` key.
_SIDE_COLUMNS = {"a_side": "a", "b_side": "b"}


def batch_frame(comparisons: Any) -> Any:
    """One pandas DataFrame over several comparisons: :func:`to_frame`'s rows of each, under a first
    column ``pair`` that says which comparison a row is from.

    ``comparisons``: a mapping ``{pair id: Comparison}`` or a pandas Series of comparisons (the key or
    index label, e.g. a call id or file name, fills ``pair``), or an iterable of comparisons, such as :func:`readouts.compare_many`'s results, where
    ``pair`` is each one's position in the batch (0, 1, ...; the ``index`` a
    :class:`~readouts.comparison.Failure` of ``on_error="skip"`` carries, whose pairs are left out).
    After :func:`to_frame`'s columns come ``a_side`` and ``b_side``: the side names of the row's
    comparison (its ``attrs["a"]`` / ``attrs["b"]``), so that a row's ``side`` 'a' or 'b' says whose
    readout it is on its own (``df[df.side == "a"].a_side``), whatever the pair.
    ``df.attrs`` is empty: the sides and signatures differ from pair to pair (each
    comparison's ``to_frame().attrs`` has its own).

    >>> results = readouts.compare_many(pairs, on_error="skip")                # doctest: +SKIP
    >>> df = batch_frame(results)                                                # doctest: +SKIP
    >>> df.groupby("pair").label.apply(lambda s: (s == "asymmetric").sum())     # doctest: +SKIP
    """
    from collections.abc import Mapping

    from .comparison import Failure
    from .records import Comparison

    pd = import_dependency("pandas", missing_extra("pandas", "pandas"))
    if isinstance(comparisons, Comparison):
        raise InputError("batch_frame takes several comparisons (a dict {pair id: comparison} or a list); "
                         "for one, use comparison.to_frame()")
    if isinstance(comparisons, (str, bytes)) or not isinstance(comparisons, (Mapping, Iterable)):
        raise InputError(f"comparisons must be a dict {{pair id: Comparison}} or an iterable of comparisons, "
                         f"not {type(comparisons).__name__}")
    # a pandas Series {pair id: comparison} too, which is no Mapping: enumerated, it lost its ids
    keyed = isinstance(comparisons, Mapping) or callable(getattr(comparisons, "items", None))
    items = comparisons.items() if keyed else enumerate(comparisons)
    frames = []
    for key, c in items:
        if isinstance(c, Failure):
            continue
        if not isinstance(c, Comparison):
            raise InputError(f"comparisons[{key!r}] is a {type(c).__name__}, not a Comparison"
                             + reloaded_hint(c, Comparison))
        frame = to_frame(c, pair=key)  # one code path for the pair column; a key of None is kept
        # Each row's side names: attrs, which held them, are cleared below (they differ from pair to
        # pair), and a row's side 'a' could not be told to be US or RU. Last, so to_frame's columns
        # keep their places.
        for col, name in _SIDE_COLUMNS.items():
            frame[col] = pd.Series([frame.attrs[name]] * len(frame), dtype=object, index=frame.index)
        frames.append(frame)
    if not frames:
        # the dtypes of a batch's frame: float scores, so that a concat with one keeps them numbers
        return pd.DataFrame({col: pd.Series([], dtype=float if col in _FLOAT_COLUMNS else object)
                             for col in ("pair", *_FRAME_COLUMNS, *_SIDE_COLUMNS)})
    df = pd.concat(frames, ignore_index=True)
    df.attrs.clear()
    return df


# -- plot -------------------------------------------------------------------------------------
_LINK_COLOURS = {"equivalent": "#2e7d32", "asymmetric": "#e65100"}


def _tick(text: str, index: int, limit: int = 30) -> str:
    text = " ".join(text.split())
    return f"{index} {text[:limit - 1]}…" if len(text) > limit else f"{index} {text}"


def plot(c: Comparison, *, ax: Any = None) -> Any:
    """Heatmap of the cosine similarity of every point pair (side a rows, side b columns), each
    linked cell boxed in its label's colour, one-sided points' tick labels greyed; returns the Figure.

    Reads ``c.similarity`` (kept by :func:`readouts.compare` for calls up to 250,000 point pairs).
    Without ``ax`` a new figure is made and closed in pyplot at once, so a notebook shows it once
    (as the cell's value) and a loop leaks no figures; save it with ``fig.savefig(...)``.

    >>> fig = comparison.plot()                          # doctest: +SKIP
    >>> fig.savefig("call.png", dpi=150)                 # doctest: +SKIP
    """
    _valid_comparison(c, "plot")
    plt = import_dependency("matplotlib.pyplot", missing_extra("plot", "matplotlib"))
    patches = import_dependency("matplotlib.patches", missing_extra("plot", "matplotlib"))
    Patch, Rectangle = patches.Patch, patches.Rectangle  # noqa: N806 - the classes' own names
    if ax is not None and not isinstance(ax, import_dependency("matplotlib.axes", missing_extra("plot", "matplotlib")).Axes):
        raise InputError(f"ax must be a matplotlib Axes (e.g. fig.add_subplot()) or None for a new figure, "
                         f"not {type(ax).__name__}")
    if c.similarity is None:
        raise InputError(
            f"this comparison holds no similarity matrix ({c.a.n} x {c.b.n} points): compare() keeps it only "
            "up to 250,000 point pairs, and comparisons saved by older versions lack it; compare the readouts "
            "again with this version to plot them")
    import numpy as np

    s = np.asarray(c.similarity, dtype=np.float64)
    n, m = s.shape
    with_text = n <= 40 and m <= 40
    if ax is None:
        width = min(18.0, 3.5 + (0.42 if with_text else 0.12) * m + (2.2 if with_text else 0.0))
        height = min(18.0, 2.5 + (0.42 if with_text else 0.12) * n + (1.8 if with_text else 0.0))
        fig = plt.figure(figsize=(width, height), layout="constrained")
        # Handed back, not left in pyplot's registry: a notebook shows it once (as the cell's value)
        # and a loop over many calls leaks no figures.
        plt.close(fig)
        ax = fig.add_subplot()
    else:
        fig = ax.figure
    im = ax.imshow(s, cmap="Blues", vmin=min(0.0, float(s.min())), vmax=max(1e-9, float(s.max())),
                   aspect="auto", interpolation="nearest")
    fig.colorbar(im, ax=ax, label="cosine similarity", shrink=0.8)
    if n * m <= 400:  # small calls: the numbers themselves fit in the cells
        dark = s > im.norm.vmin + 0.6 * (im.norm.vmax - im.norm.vmin)
        for i in range(n):
            for j in range(m):
                ax.text(j, i, f"{s[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if dark[i, j] else "#333333")
    for link in c.links:
        for i in link.a:
            for j in link.b:
                # clip_on=False: a box on the edge of the matrix keeps all four sides visible
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, linewidth=2.5, clip_on=False,
                                       edgecolor=_LINK_COLOURS[link.label]))
    if with_text:
        # parse_math=False on every text of the readouts: matplotlib reads "$40bn now, $10bn" as
        # mathtext (mangled italics), and a malformed "$\x$" made savefig and the notebook raise.
        ax.set_yticks(range(n), [_tick(p.text, p.index) for p in c.a.points], fontsize=8, parse_math=False)
        ax.set_xticks(range(m), [_tick(p.text, p.index) for p in c.b.points], fontsize=8, rotation=55,
                      ha="right", rotation_mode="anchor", parse_math=False)
        for labels, only in ((ax.get_yticklabels(), c.only_a), (ax.get_xticklabels(), c.only_b)):
            for k in only:
                labels[k].set_color("#9e9e9e")
                labels[k].set_fontstyle("italic")
    ax.set_ylabel(f"{c.a.side} (side a)", parse_math=False)
    ax.set_xlabel(f"{c.b.side} (side b)", parse_math=False)
    ax.set_title(f"{c.a.side} vs {c.b.side}: similarity of every point pair; boxes are links", fontsize=10, pad=24,
                 parse_math=False)
    handles = [Patch(facecolor="none", edgecolor=col, linewidth=2.5, label=f"{lab} link")
               for lab, col in _LINK_COLOURS.items()]
    if with_text and (c.only_a or c.only_b):
        handles.append(Patch(facecolor="none", edgecolor="none", label="grey italic: one-sided point"))
    # Above the axes, under the title: it never hides a cell.
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=len(handles), fontsize=8,
              frameon=False, borderaxespad=0.2)
    return fig


# -- evaluation summary -----------------------------------------------------------------------
def evaluation_summary(result: EvaluationResult, fmt: Literal["md", "csv", "json"] = "md") -> str:
    """An evaluation's scores as a table: one row per file, then the micro-average.

    Columns: file, then precision, recall and F1 of ``link``, ``asym`` and ``only``; a ratio whose
    denominator is zero (asym recall of a file without gold asymmetric links) is undefined:
    "—" in Markdown, an empty cell in CSV (:meth:`~readouts.evaluation.Counts.as_dict`).
    ``fmt="md"`` gives a Markdown table (3 decimals), then, over two calls or more, the 90% interval
    of each F1 that :meth:`~readouts.evaluation.EvaluationResult.table` shows, and the names of the
    files skipped as bad, if any; ``fmt="csv"`` a CSV one (full precision), with the interval as two
    rows, ``INTERVAL-90-LOW`` and ``INTERVAL-90-HIGH``, in the F1 columns (the P and R cells empty; both
    empty for a metric undefined in every draw), then a third, ``INTERVAL-90-LEFT-OUT``, with the number
    of draws left out of each metric's interval because its F1 was undefined in them (usually 0);
    ``fmt="json"`` the whole result, :meth:`~readouts.evaluation.EvaluationResult.to_json`.
    """
    from .evaluation import EvaluationResult

    if not isinstance(result, EvaluationResult):
        hint = (" (EvaluationResult.from_dict(d) reads a result's dict)" if isinstance(result, dict)
                else " (EvaluationResult.from_file(path) reads a saved one)" if isinstance(result, (str, bytes))
                or hasattr(result, "__fspath__") else "")
        raise InputError(f"result must be an EvaluationResult (what evaluate returns), not "
                         f"{type(result).__name__}{hint}")
    if fmt not in ("md", "csv", "json"):
        raise InputError(f"summary format must be 'md', 'csv' or 'json', got {fmt!r}")
    if fmt == "json":
        return result.to_json() + "\n"
    head = ["file"] + [f"{metric} {stat}" for metric in ("link", "asym", "only") for stat in ("P", "R", "F1")]
    rows: list[list[Any]] = []
    for name, s in [*result.per_file.items(), ("MICRO-AVERAGE", result.overall)]:
        rows.append([name] + [d[k] for c in (s.link, s.asym, s.only) for d in [c.as_dict()]
                              for k in ("precision", "recall", "f1")])
    # the same figures as the stdout table's line (EvaluationResult.table), drawn once for both uses
    bootstrap = result._bootstrap(0.9, 2000, 0)
    ci, left_out = bootstrap
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([h.replace(" ", "_") for h in head])
        w.writerows(["" if v is None else v for v in r] for r in rows)
        if ci is not None:
            for k, label in enumerate(("INTERVAL-90-LOW", "INTERVAL-90-HIGH")):
                w.writerow([label] + [v for m in ("link", "asym", "only")
                                      for v in ("", "", "" if ci[m] is None else ci[m][k])])
            # the draws whose F1 was undefined, left out of the interval (a row always: one shape to read)
            w.writerow(["INTERVAL-90-LEFT-OUT"] + [v for m in ("link", "asym", "only") for v in ("", "", left_out[m])])
        return buf.getvalue()
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for r in rows:
        name = f"**{r[0]}**" if r[0] == "MICRO-AVERAGE" else _cell(str(r[0]))
        lines.append("| " + " | ".join([name] + ["—" if v is None else f"{v:.3f}" for v in r[1:]]) + " |")
    if (line := result._interval_line(bootstrap)) is not None:
        lines += ["", line]
    if result.skipped:  # the micro-average covers fewer files than the folder holds: say which are out
        n = len(result.skipped)
        lines += ["", f"Skipped {n} bad {'file' if n == 1 else 'files'}, not scored: "
                      + ", ".join(_cell(name) for name in sorted(result.skipped))]
    return "\n".join(lines) + "\n"
