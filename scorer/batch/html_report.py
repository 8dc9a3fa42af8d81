"""``--report FILE.html``: one self-contained page for a run (inline CSS and SVG, no external assets)."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from scorer.batch.stats import RunStats
from scorer.pretty import describe_feature

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1d1d1f;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #eee;text-align:left;
vertical-align:top}th{background:#f6f6f8}.num{text-align:right;font-variant-numeric:tabular-nums}
.band-high{color:#b00020;font-weight:600}.band-medium{color:#a15c00}.band-low{color:#2e7d32}
.sig{display:inline-block;font-size:.75rem;padding:0 .35rem;border-radius:.3rem;background:#eef;margin-right:.3rem}
q{font-style:italic}.muted{color:#666}.check{font-size:.75rem;color:#444;margin-right:.3rem}
"""


def _histogram_svg(bins: list[int]) -> str:
    width, height, pad = 600, 180, 24
    top = max(bins) or 1
    bar_w = (width - 2 * pad) / len(bins)
    parts = [f'<svg role="img" aria-label="score distribution" width="{width}" height="{height + 30}" '
             f'xmlns="http://www.w3.org/2000/svg" font-size="11">']
    for i, n in enumerate(bins):
        h = (height - pad) * n / top
        x = pad + i * bar_w
        colour = "#2e7d32" if i < 4 else ("#a15c00" if i < 7 else "#b00020")
        parts.append(f'<rect x="{x + 2:.1f}" y="{height - h:.1f}" width="{bar_w - 4:.1f}" height="{h:.1f}" '
                     f'fill="{colour}"><title>{i / 10:.1f}–{(i + 1) / 10:.1f}: {n}</title></rect>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - h - 3:.1f}" text-anchor="middle">{n}</text>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height + 14}" text-anchor="middle">{i / 10:.1f}</text>')
    parts.append(f'<text x="{width / 2}" y="{height + 28}" text-anchor="middle">score</text></svg>')
    return "".join(parts)


def _check(finding: dict[str, object]) -> str:
    """The name of the check that raised a finding, as a small label (empty when it names none)."""
    check = str(finding.get("check") or "")
    return f'<span class="check">{escape(check.replace("_", " "))}</span> ' if check else ""


def render_report(stats: RunStats, inputs: list[str]) -> str:
    """The report page as a string."""
    rows = []
    for entry in stats.most_flagged():
        findings = "".join(
            f'<li><span class="sig">{escape(f["signal"])}</span>{_check(f)}<q>{escape(f["text"][:120])}</q> '
            f'<span class="muted">{escape(f["message"])}</span></li>'
            for f in entry["findings"]
        )
        reasons = "; ".join(
            f"{escape(describe_feature(c['feature']))} ({c['contribution']:+.2f})" for c in entry["reasons"]
        )
        band = escape(entry["band"] or "")
        rows.append(
            f'<tr><td>{escape(entry["id"])}</td><td class="num">{entry["score"]:.2f}</td>'
            f'<td class="band-{band}">{band}</td><td><ul>{findings}</ul><div class="muted">{reasons}</div></td></tr>'
        )
    signal_rows = "".join(
        f'<tr><td>{escape(sig)}</td><td class="num">{n}</td>'
        f'<td class="num">{stats.articles_with_finding[sig]}</td></tr>'
        for sig, n in stats.findings_per_signal.most_common()
    )
    error_rows = "".join(
        f"<tr><td>{escape(rid)}</td><td>{escape(src)}</td><td>{escape(msg)}</td></tr>"
        for rid, src, msg in stats.errors
    )
    bands = ", ".join(f"{escape(b)}: {n}" for b, n in sorted(stats.bands.items())) or "none"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>misinfo-scorer run report</title>
<style>{_CSS}</style></head><body>
<h1>misinfo-scorer run report</h1>
<p class="muted">{escape(dt.datetime.now().isoformat(timespec="seconds"))} ·
inputs: {escape(", ".join(inputs))}</p>
<p><b>{stats.records}</b> records, <b>{stats.records - stats.unscored}</b> scored,
<b>{stats.unscored}</b> without a score, in {stats.elapsed:.1f} s. Bands: {bands}.</p>
<h2>Score distribution</h2>
{_histogram_svg(stats.bins)}
<h2>Most-flagged articles</h2>
<table><tr><th>id</th><th>score</th><th>band</th><th>top findings and reasons</th></tr>
{"".join(rows) or '<tr><td colspan="4">none</td></tr>'}</table>
<h2>Findings per signal</h2>
<table><tr><th>signal</th><th>findings</th><th>articles with one</th></tr>
{signal_rows or '<tr><td colspan="3">none</td></tr>'}</table>
<h2>Errors</h2>
<table><tr><th>record</th><th>where</th><th>error</th></tr>
{error_rows or '<tr><td colspan="3">none</td></tr>'}</table>
</body></html>
"""


def write_report(path: str, stats: RunStats, inputs: list[str]) -> None:
    Path(path).write_text(render_report(stats, inputs), encoding="utf-8")
