"""Human-readable text for a Result: the score, the reasons behind it and every finding."""

from __future__ import annotations

from scorer.contract import Contribution, Result


def describe_feature(name: str) -> str:
    """Plain words for a feature name: ``odd_phrasing.doubled_words`` → "odd phrasing: doubled words"."""
    signal, _, feature = name.partition(".")
    return f"{signal.replace('_', ' ')}: {feature.replace('_', ' ')}" if feature else name.replace("_", " ")


def explain_contribution(c: Contribution) -> str:
    """One line saying which way a feature pushed the score and by how much."""
    direction = "raises" if c.contribution > 0 else "lowers"
    value = "missing" if c.value is None else f"{c.value:g}"
    return f"{describe_feature(c.feature)} = {value} {direction} the score ({c.contribution:+.2f} log-odds)"


def format_result(result: Result, top: int = 5, width: int = 60) -> str:
    """A block of text for one result, for a person reading a terminal."""
    lines = [f"== {result.id}"]
    if result.title:  # read from the page: say which headline the title features describe
        lines.append(f"headline: {result.title}")
    if result.score is None:
        lines.append("score: none")
    else:
        lines.append(f"score: {result.score:.2f} ({result.band})")
    if result.contributions:
        lines.append("why:")
        lines += [f"  - {explain_contribution(c)}" for c in result.contributions[:top] if c.contribution]
    lines.append(f"findings: {len(result.findings)}")
    for f in result.findings:
        snippet = f.text if len(f.text) <= width else f.text[: width - 1] + "…"
        label = f"{f.signal}/{f.check}" if f.check else f.signal
        lines.append(f"  [{label}] {f.start}-{f.end} “{snippet}”")
        lines.append(f"      {f.message}")
        if f.related is not None:
            other = f.related.text if len(f.related.text) <= width else f.related.text[: width - 1] + "…"
            lines.append(f"      against {f.related.start}-{f.related.end} “{other}”")
    for e in result.errors:
        lines.append(f"error: {e.plugin}: {e.error}")
    return "\n".join(lines)
