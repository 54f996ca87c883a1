"""Reports rendered from a :class:`~readouts.records.Comparison` (it is read, never recomputed)."""

from __future__ import annotations

from .records import Comparison, Flag, Readout, Span

__all__ = ["to_markdown"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _points(r: Readout, idx: tuple[int, ...]) -> str:
    return "<br>".join(f"[{i}] {_cell(r.points[i].text)}" for i in idx)


def _title(r: Readout) -> str:
    bits = [f"**{r.side}**"]
    if r.issuer:
        bits.append(r.issuer)
    if r.date:
        bits.append(r.date.isoformat())
    return " — ".join(bits)


def _side(c: Comparison, side: str) -> str:
    return c.a.side if side == "a" else c.b.side


def _where(c: Comparison, f: Flag) -> str:
    here = f"{_side(c, f.side)} " + ", ".join(str(i) for i in f.points)
    if f.counterpart:
        other = "b" if f.side == "a" else "a"
        here += f" ↔ {_side(c, other)} " + ", ".join(str(i) for i in f.counterpart)
    return here


def _inline(text: str) -> str:
    return text.replace("\n", " ")


def _evidence(c: Comparison, s: Span, limit: int = 80) -> str:
    words = s.text if len(s.text) <= limit else s.text[:limit - 1].rstrip() + "…"
    return f"{_side(c, s.side)}[{s.point}] “{_inline(words)}”"


def to_markdown(c: Comparison) -> str:
    """Markdown: linked points side by side (label, score), then each side's one-sided points."""
    a, b = c.a, c.b
    n_asym = sum(l.label == "asymmetric" for l in c.links)
    lines = [
        f"# {a.side} vs {b.side}",
        "",
        f"- a: {_title(a)} ({a.n} points)",
        f"- b: {_title(b)} ({b.n} points)",
        f"- {len(c.links)} links ({n_asym} asymmetric), {len(c.only_a)} points only in {a.side}, "
        f"{len(c.only_b)} only in {b.side}",
        "",
        "## Linked points",
        "",
    ]
    if c.links:
        lines += [f"| {a.side} | {b.side} | label | score |", "|---|---|---|---|"]
        for link in c.links:
            lines.append(f"| {_points(a, link.a)} | {_points(b, link.b)} | {link.label} | {link.score:.2f} |")
    else:
        lines.append("_No point of one side has a counterpart in the other._")
    for side, r, only in (("a", a, c.only_a), ("b", b, c.only_b)):
        lines += ["", f"## Only in {r.side} ({len(only)})", ""]
        lines += [f"- [{i}] {r.points[i].text}" for i in only] or ["_none_"]
    if c.flags:
        lines += ["", "## Flags", ""]
        for f in c.flags:
            lines.append(f"- **{f.kind}** ({_where(c, f)}): {_inline(f.explanation)}")
            if f.evidence:
                lines.append("  - evidence: " + "; ".join(_evidence(c, s) for s in f.evidence))
    lines += ["", f"<sub>{c.signature}</sub>", ""]
    return "\n".join(lines)
