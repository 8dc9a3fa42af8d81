"""The editor's review page: the article with every finding highlighted in place, and the reasons.

One self-contained HTML document: inline CSS, no scripts, no external assets. Everything taken from
the article or the result is HTML-escaped (the text is untrusted). Overlapping findings are drawn by
cutting the text at every finding boundary: each piece is marked once, striped in the colours of all
the findings that cover it, with all their messages in its title.

The decision and the score come first on a narrow screen (a phone), before the article. Text
extracted from HTML separates paragraphs with one newline; the page spaces them as paragraphs.
When the CMS published the post before it was scored (Ghost, Strapi, Contentful's publish event), a
``hold`` cannot hold it, and the page says so instead of reading as if the post were held.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from html import escape
from itertools import pairwise
from typing import Any

from scorer.contract import Finding, Result
from scorer.pretty import describe_feature, explain_contribution

#: Background colours for the built-in signals (light enough for black text); others get one from their name.
PALETTE = {
    "hedged_sourcing": "#ffd166",
    "internal_contradiction": "#ff9b9b",
    "odd_phrasing": "#9fd3ff",
    "readability": "#b9f0a8",
}
DECISION_COLOURS = {"publish": "#1b7f3b", "review": "#a86400", "hold": "#b00020"}
MAX_MARKED = 2000  # findings beyond this are listed but not drawn, to keep the page usable
CMS_NAMES = {"ghost": "Ghost", "wordpress": "WordPress", "strapi": "Strapi", "contentful": "Contentful",
             "wagtail": "Wagtail"}
_SINGLE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


def signal_colour(signal: str) -> str:
    """The highlight colour for a signal: the palette's, or a light hue derived from its name."""
    if signal in PALETTE:
        return PALETTE[signal]
    hue = int(hashlib.sha256(signal.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue}, 85%, 78%)"


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _placeable(f: Finding, text: str) -> bool:
    return 0 <= f.start < f.end <= len(text) and (not f.text or text[f.start:f.end] == f.text)


def _background(signals: list[str]) -> str:
    colours = list(dict.fromkeys(signal_colour(s) for s in signals))
    if len(colours) == 1:
        return f"background-color:{colours[0]}"
    stripes = ",".join(f"{c} {i * 6}px {(i + 1) * 6}px" for i, c in enumerate(colours))
    return f"background-color:{colours[0]};background-image:repeating-linear-gradient(135deg,{stripes})"


def highlight(text: str, findings: list[Finding], paragraphs: bool = False) -> str:
    """The article text as escaped HTML, findings wrapped in ``<mark>`` (numbered 1.. in list order).

    ``paragraphs``: the text separates paragraphs with a single newline (text extracted from HTML);
    each such newline is drawn as a paragraph break (the character itself stays in the text).
    """
    numbered = [(i + 1, f) for i, f in enumerate(findings) if _placeable(f, text)][:MAX_MARKED]
    starts: dict[int, list[tuple[int, Finding]]] = {}
    ends: dict[int, list[tuple[int, Finding]]] = {}
    for n, f in numbered:
        starts.setdefault(f.start, []).append((n, f))
        ends.setdefault(f.end, []).append((n, f))
    breaks = {m.start() for m in _SINGLE_NEWLINE.finditer(text)} if paragraphs else set()
    cuts = sorted({0, len(text), *starts, *ends, *breaks, *(i + 1 for i in breaks)})
    active: dict[int, Finding] = {}  # the findings covering the current piece, by number
    out: list[str] = []
    for a, b in pairwise(cuts):
        for n, _ in ends.get(a, ()):
            active.pop(n, None)
        active.update(starts.get(a, ()))
        piece = '<span class="para">\n</span>' if a in breaks else _e(text[a:b])
        if not active:
            out.append(piece)
        else:
            covering = sorted(active.items())
            title = "\n".join(f"[{n}] {describe_feature(f.signal)}: {f.message}" for n, f in covering)
            ids = " ".join(str(n) for n, _ in covering)
            cls = "finding overlap" if len(covering) > 1 else "finding"
            out.append(
                f'<mark class="{cls}" data-findings="{ids}" title="{_e(title)}" '
                f'style="{_background([f.signal for _, f in covering])}">{piece}</mark>'
            )
        out.extend(f'<sup class="ref"><a href="#finding-{n}">{n}</a></sup>' for n, _ in sorted(ends.get(b, ())))
    return "".join(out)


def publication_state(source: str | None, meta: Any) -> str | None:
    """``live`` when the CMS had published the item before it was scored (so nothing here held it),
    ``scheduled`` when it will go live by itself, None when the CMS holds on the decision or it is unknown."""
    meta = meta if isinstance(meta, dict) else {}
    if source == "ghost":
        return "scheduled" if meta.get("status") == "scheduled" else "live"
    if source == "strapi":
        return "live" if meta.get("event", "entry.publish") == "entry.publish" else None
    if source == "contentful":
        return "live" if meta.get("action") == "publish" else None
    if source == "wordpress":  # scored after saving (an edit of a live post, or publishing not held)
        wp = meta.get("wordpress") if isinstance(meta.get("wordpress"), dict) else {}
        if wp.get("event") in ("wp_after_insert_post", "transition_post_status"):
            return {"publish": "live", "future": "scheduled"}.get(str(wp.get("status")))
        return None
    if source == "wagtail":  # the publish signal: published by a route the admin hook does not see
        return "live" if meta.get("live") is True else None
    return None


def _decision_block(body: dict[str, Any], source: str | None = None) -> str:
    decision = body.get("decision") or "review"
    reasons = body.get("decision_reasons") or []
    items = "".join(f"<li>{_e(r)}</li>" for r in reasons) or "<li>no rule was triggered</li>"
    colour = DECISION_COLOURS.get(decision, "#444")
    state = publication_state(source, body.get("meta")) if decision != "publish" else None
    cms = CMS_NAMES.get(source or "", source or "the CMS")
    heading = f"Decision: {_e(decision)}"
    note = ""
    if state == "live":
        heading += " · already live"
        verb = "is not held" if decision == "hold" else "was not held for this review"
        note = (f'<p class="state"><b>This post is already live.</b> {_e(cms)} published it before it was scored, '
                f"so it {verb}. Unpublish it in {_e(cms)} if it should not stay up until an editor has "
                "reviewed it.</p>")
    elif state == "scheduled":
        heading += " · scheduled, not held"
        note = (f'<p class="state"><b>This post is scheduled and will go live on its own.</b> {_e(cms)} cannot be '
                f"held from here: unschedule it in {_e(cms)} if it should wait for a review.</p>")
    return (f'<section class="decision" style="border-color:{colour}">'
            f'<h2 style="color:{colour}">{heading}</h2>{note}<ul>{items}</ul></section>')


def _score_block(result: Result) -> str:
    if result.score is None:
        return '<section><h2>Score</h2><p class="score">not scored</p></section>'
    model = result.model or {}
    aside = model.get("neutral_features")
    set_aside = f"; set aside here as house style: {_e(aside.replace(',', ', '))}" if aside else ""
    return (f'<section><h2>Score</h2><p class="score">{result.score:.2f} '
            f'<span class="band">{_e(result.band)}</span></p>'
            f'<p class="small">model {_e(model.get("name"))} {_e(model.get("version"))}{set_aside}; a signal for '
            f"editors, not a verdict</p></section>")


def _contributions_block(result: Result, top: int = 5) -> str:
    items = [c for c in result.contributions if c.contribution][:top]
    if not items:
        return ""
    lis = "".join(f"<li>{_e(explain_contribution(c))}</li>" for c in items)
    return f"<section><h2>Why this score</h2><ol>{lis}</ol></section>"


def _findings_block(result: Result, text: str) -> str:
    if not result.findings:
        return "<section><h2>Findings</h2><p>none</p></section>"
    lis = []
    for n, f in enumerate(result.findings, start=1):
        placed = "" if _placeable(f, text) else ' <em class="small">(could not be placed in the text)</em>'
        lis.append(
            f'<li id="finding-{n}"><span class="swatch" style="background:{signal_colour(f.signal)}"></span>'
            f'<b>{n}. {_e(describe_feature(f.signal))}</b>{_check_label(f)} <span class="small">severity '
            f"{f.severity:.2f}, characters {f.start}–{f.end}</span>{placed}<br><q>{_e(f.text)}</q>"
            f"{_related_line(f)}<br>{_e(f.message)}</li>"
        )
    return f'<section><h2>Findings ({len(result.findings)})</h2><ol class="findings">{"".join(lis)}</ol></section>'


def _check_label(f: Finding) -> str:
    """The finding card's label: which check raised it (empty for a third-party finding without one)."""
    return f' <span class="check">{_e(f.check.replace("_", " "))}</span>' if f.check else ""


def _related_line(f: Finding) -> str:
    if f.related is None:
        return ""
    return (f'<br><span class="small">against characters {f.related.start}–{f.related.end}:</span> '
            f"<q>{_e(f.related.text)}</q>")


def _legend(result: Result) -> str:
    signals = list(dict.fromkeys(f.signal for f in result.findings))
    if not signals:
        return ""
    items = "".join(f'<span class="legend"><span class="swatch" style="background:{signal_colour(s)}"></span>'
                    f"{_e(describe_feature(s))}</span>" for s in signals)
    return f'<p class="legends">{items}</p>'


def _errors_block(result: Result) -> str:
    if not result.errors:
        return ""
    lis = "".join(f"<li><b>{_e(e.plugin)}</b>: {_e(e.error)}</li>" for e in result.errors)
    return f'<section><h2>Problems while scoring</h2><ul class="errors">{lis}</ul></section>'


def _link(url: Any) -> str:
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(url)


_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
header{padding:1rem 2rem;background:#fff;border-bottom:1px solid #ddd}
header h1{margin:0;font-size:1.4rem} .small{color:#555;font-size:.85rem}
.check{font-size:.8rem;background:#eef;border-radius:.3rem;padding:0 .35rem;margin-left:.3rem}
main{display:grid;grid-template-columns:minmax(0,46rem) minmax(18rem,30rem);grid-template-rows:auto 1fr;
 grid-template-areas:"article summary" "article details";gap:0 2rem;padding:1.5rem 2rem;align-items:start}
article{grid-area:article;background:#fff;padding:1.5rem 2rem;border:1px solid #ddd;margin-bottom:1rem;
 white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem}
.para{display:block;height:.8em;overflow:hidden}
#summary{grid-area:summary} #details{grid-area:details}
.side section{background:#fff;border:1px solid #ddd;padding:.75rem 1rem;margin-bottom:1rem}
.side h2{font-size:1rem;margin:.2rem 0 .5rem} .state{margin:.3rem 0}
.decision{border-width:3px!important} .score{font-size:2rem;margin:0} .band{font-size:1rem;color:#555}
mark.finding{color:inherit;padding:0 1px;border-radius:2px;cursor:help}
mark.overlap{outline:1px dashed #555}
sup.ref{font-size:.65rem;font-family:system-ui,sans-serif} sup.ref a{color:#555;text-decoration:none}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #999;margin-right:.35em;vertical-align:-.1em}
.legend{margin-right:1rem;white-space:nowrap} .legends{margin:.5rem 0 0}
ol.findings{padding-left:1rem} ol.findings li{margin-bottom:.6rem;list-style:none} q{font-style:italic}
.errors li{color:#8a1c1c}
@media (max-width:900px){main{grid-template-columns:minmax(0,1fr);grid-template-rows:auto;
 grid-template-areas:"summary" "article" "details";padding:1rem} article{padding:1rem}}
"""


def render_review(body: dict[str, Any], text: str, title: str | None = None, scored_at: float | None = None,
                  url: str | None = None, source: str | None = None) -> str:
    """The review page for one stored result (``body``: the score response) and its article text.

    ``source``: where the result came from (``ghost``, ``wordpress``, ``api`` ...), for saying whether
    the post was already live when it was scored.
    """
    result = Result.from_dict(body)
    when = dt.datetime.fromtimestamp(scored_at, dt.UTC).strftime("%Y-%m-%d %H:%M UTC") if scored_at else ""
    heading = title or result.id
    summary = _decision_block(body, source) + _score_block(result)
    details = "".join([_contributions_block(result), _findings_block(result, text), _errors_block(result)])
    from_html = isinstance(body.get("text"), str)  # the contract carries the text only when it came from HTML
    article_html = (highlight(text, result.findings, paragraphs=from_html) if text
                    else '<p class="small">(no text stored)</p>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Review: {_e(heading)}</title><style>{_CSS}</style></head>
<body><header><h1>{_e(heading)}</h1>
<p class="small">id {_e(result.id)}{" · scored " + _e(when) if when else ""}{" · " + _link(url) if url else ""}</p>
{_legend(result)}</header>
<main><div id="summary" class="side">{summary}</div>
<article id="article-text">{article_html}</article>
<aside id="details" class="side">{details}</aside>
</main></body></html>
"""
