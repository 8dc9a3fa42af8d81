"""The README's example result is what the command it names prints (issue 16, item 6: the README showed
score 0.9948 where the same command gave 0.8495).

The README shows an excerpt; every value it shows must be the command's: the score, band, model and
errors, each finding shown (all its fields), each signal feature shown, the first contributions in
order, and the number of findings the text after the block gives. When a signal or the model changes
on purpose, this fails and prints the values to put in the README.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.slow


def readme_example() -> tuple[dict[str, Any], list[str], int]:
    """The JSON block under "### Result (output)", the command named after it, and its finding count."""
    section = README.split("### Result (output)", 1)[1]
    block = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert block, "README: no json block under '### Result (output)'"
    after = section[block.end():block.end() + 600]
    command = re.search(r"excerpt of `(misinfo-scorer score [^`]+)`", after)
    count = re.search(r"has (\d+) findings", after)
    assert command and count, "README: the text after the example names the command and the number of findings"
    return json.loads(block.group(1)), shlex.split(command.group(1)), int(count.group(1))


def test_the_readme_example_is_what_the_command_prints(monkeypatch, capfd):
    from scorer.cli import main

    shown, command, n_findings = readme_example()
    assert command[:2] == ["misinfo-scorer", "score"]
    monkeypatch.chdir(REPO)  # the command names examples/article.txt from the checkout's root
    assert main(command[1:]) == 0, capfd.readouterr().err[-2000:]
    (line,) = capfd.readouterr().out.splitlines()
    real = json.loads(line)
    hint = (f"update the README's example from `{' '.join(command)}`: score {real['score']}, band {real['band']}, "
            f"{len(real['findings'])} findings, first contributions {real['contributions'][:3]}")
    for key in ("id", "score", "band", "model", "errors", "meta"):
        assert shown[key] == real[key], f"{key}: README {shown[key]!r}, command {real[key]!r}; {hint}"
    assert len(real["findings"]) == n_findings, hint
    for finding in shown["findings"]:
        matches = [f for f in real["findings"] if all(f.get(k) == v for k, v in finding.items())]
        assert matches, f"README finding {finding} is not in the command's output; {hint}"
    for signal, features in shown["signals"].items():
        for name, value in features.items():
            assert real["signals"][signal][name] == value, f"{signal}.{name}; {hint}"
    top = real["contributions"][:len(shown["contributions"])]
    assert [{k: c[k] for k in shown_c} for c, shown_c in zip(top, shown["contributions"], strict=True)] == \
        shown["contributions"], hint
