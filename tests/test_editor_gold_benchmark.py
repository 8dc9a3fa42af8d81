"""benchmarks/editor_gold.py measures any set marked the editor-gold way (``--gold DIR``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Officials said the plan was dead. The the vote is on Tuesday."


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "editor_gold.py"), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_a_marked_folder_is_measured_against_a_results_file(tmp_path: Path) -> None:
    _write(tmp_path / "articles.jsonl", [{"id": "a1", "text": TEXT, "label": "fake"}])
    _write(tmp_path / "gold.jsonl", [{"id": "a1", "read_fully": True, "annotations": [
        {"category": "hedged_sourcing", "quote": "Officials said"},
        {"category": "grammar_slip", "quote": "The the vote"},
    ]}])
    start = TEXT.index("The the")
    results = tmp_path / "results.jsonl"
    _write(results, [{"id": "a1", "text": TEXT, "findings": [
        {"signal": "odd_phrasing", "check": "doubled_word", "start": start, "end": start + 7,
         "text": "The the", "message": "doubled word"},
        {"signal": "odd_phrasing", "check": "loaded_word", "start": 17, "end": 21,
         "text": "plan", "message": "not marked"},
    ]}])
    run = _run("--gold", str(tmp_path), "--results", str(results), "--show")
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary == {"recall.hedged_sourcing": 0.0, "recall.grammar_slip": 1.0, "precision.odd_phrasing": 0.5}
    assert "a1  hedged_sourcing: 'Officials said'" in run.stdout
    assert "odd_phrasing/loaded_word: 'plan'" in run.stdout


def test_a_folder_without_the_files_is_a_clear_error(tmp_path: Path) -> None:
    run = _run("--gold", str(tmp_path))
    assert run.returncode != 0
    assert "no articles.jsonl or gold.jsonl" in run.stderr


SHARED = ROOT.parent / "shared" / "data"
BLIND = ROOT / "benchmarks" / "blind" / "fakenewsnet_2026-11-30.marks.jsonl"


def test_readers_marks_become_offsets_that_quote_nothing(tmp_path: Path) -> None:
    _write(tmp_path / "articles.jsonl", [{"id": "c:1", "text": TEXT, "label": "fake"}])
    _write(tmp_path / "marks1.jsonl", [{"id": "c:1", "read_fully": True, "annotations": [
        {"category": "grammar_slip", "quote": "The the vote"}]}])
    out = tmp_path / "set.marks.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "blind_set.py"), "offsets", str(tmp_path),
                          "-o", str(out), "--keep-copies"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    start = TEXT.index("The the")
    assert rec["marks"] == [["grammar_slip", start, start + len("The the vote")]]
    assert "The the" not in out.read_text()

    _write(tmp_path / "marks1.jsonl", [{"id": "c:1", "annotations": [
        {"category": "grammar_slip", "quote": "not in the text"}]}])
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "blind_set.py"), "offsets", str(tmp_path),
                          "-o", str(out), "--keep-copies"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode != 0 and "not in the text" in run.stderr


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data (where the blind set's texts are) is absent")
def test_the_blind_set_is_read_from_its_corpora_by_offsets(tmp_path: Path) -> None:
    ids = [json.loads(line)["id"] for line in BLIND.read_text().splitlines()]
    results = tmp_path / "results.jsonl"
    _write(results, [{"id": i, "findings": []} for i in ids])
    run = _run("--marks", str(BLIND), "--results", str(results))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("33 articles (17 credible, 16 fake)")
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["recall.hedged_sourcing"] == 0.0 and summary["recall.grammar_slip"] == 0.0


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data (where the sets' texts are) is absent")
def test_several_marked_sets_are_measured_pooled(tmp_path: Path) -> None:
    sets = [ROOT / "models" / "training" / "dev13.marks.jsonl", ROOT / "models" / "training" / "dev14.marks.jsonl"]
    rows = [json.loads(line) for path in sets for line in path.read_text().splitlines()]
    results = tmp_path / "results.jsonl"
    _write(results, [{"id": r["id"], "findings": []} for r in rows])
    run = _run(*(arg for path in sets for arg in ("--marks", str(path))), "--results", str(results))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"{len(rows)} articles")
    hedged = sum(1 for r in rows for mark in r["marks"] if mark[0] == "hedged_sourcing")
    assert f"0/{hedged} " in run.stdout.split("hedged_sourcing", 1)[1].splitlines()[0]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data (where the corpora to draw from are) is absent")
def test_a_draw_never_takes_an_article_a_set_already_marked() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import blind_set

    # the group with the most unread articles left (the unread buzzfeed_webis_2016 fakes ran out on 2026-12-02)
    group = ("buzzfeed_webis_2016", "credible")
    with pytest.raises(SystemExit, match=r"only \d+ articles qualify") as asked_too_many:
        blind_set.draw(1, 0, (group[0],), groups_wanted={group: 10_000})
    qualifying = int(str(asked_too_many.value).split("only ")[1].split()[0])
    assert qualifying > 0, "no unread article left to test the draw on"
    whole_pool = blind_set.draw(1, 0, (group[0],), groups_wanted={group: qualifying})
    marked = blind_set.marked_ids()
    assert {i for i in marked if i.startswith("buzzfeed_webis_2016:")}, "the marked sets name no article here"
    assert not {a["id"] for a in whole_pool} & marked
    with pytest.raises(SystemExit, match="only 0 articles qualify"):
        blind_set.draw(1, 0, (group[0],), groups_wanted={(group[0], "no such label"): 1})


def test_intervals_resample_articles_not_marks(tmp_path: Path) -> None:
    # a1: both marks found; a2: its two marks missed. Resampling articles, a draw of a1 alone gives 1.0
    # and of a2 alone 0.0, so the interval spans [0, 1]; precision is 1.0 in every draw that has a finding.
    second = "Experts say the bridge is unsafe. Critics claim the cost grew."
    _write(tmp_path / "articles.jsonl", [{"id": "a1", "text": TEXT, "label": "fake"},
                                         {"id": "a2", "text": second, "label": "credible"}])
    _write(tmp_path / "gold.jsonl", [
        {"id": "a1", "read_fully": True, "annotations": [
            {"category": "hedged_sourcing", "quote": "Officials said"},
            {"category": "grammar_slip", "quote": "The the vote"}]},
        {"id": "a2", "read_fully": True, "annotations": [
            {"category": "hedged_sourcing", "quote": "Experts say"},
            {"category": "hedged_sourcing", "quote": "Critics claim"}]},
    ])
    start = TEXT.index("The the")
    results = tmp_path / "results.jsonl"
    _write(results, [
        {"id": "a1", "text": TEXT, "findings": [
            {"signal": "hedged_sourcing", "check": "vague_source", "start": 0, "end": 14,
             "text": "Officials said", "message": "vague"},
            {"signal": "odd_phrasing", "check": "doubled_word", "start": start, "end": start + 7,
             "text": "The the", "message": "doubled word"}]},
        {"id": "a2", "text": second, "findings": []},
    ])
    run = _run("--gold", str(tmp_path), "--results", str(results), "--intervals")
    assert run.returncode == 0, run.stderr
    lines = {" ".join(line.split()[:2]): line.split(None, 2)[2] for line in run.stdout.splitlines()
             if line.startswith("  recall ") or line.startswith("  precision ")}
    assert lines["recall hedged_sourcing"].endswith("0.33 [0.00, 1.00]")
    assert lines["precision hedged_sourcing"].endswith("1.00 [1.00, 1.00]")
    assert lines["recall grammar_slip"].endswith("1.00 [1.00, 1.00]")
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["recall.hedged_sourcing"] == pytest.approx(1 / 3, abs=1e-3)


def _editor_gold_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import editor_gold
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return editor_gold


def test_a_contradiction_in_offsets_is_one_mark_with_both_statements() -> None:
    eg = _editor_gold_module()
    text = "He was 24 in June. The 23-year-old left. The the end."
    later, earlier = (text.index("The 23"), text.index(" left")), (text.index("He was"), text.index(" in June"))
    marks = eg.placed_marks("c:1", text, [("contradiction", *later), ("contradiction", *earlier),
                                          ("grammar_slip", text.index("The the"), len(text) - 1)])
    assert [(m.category, m.spans) for m in marks] == [
        ("contradiction", [later, earlier]), ("grammar_slip", [(text.index("The the"), len(text) - 1)])]
    finding = {"signal": "internal_contradiction", "start": earlier[0], "end": earlier[1]}
    assert eg.matches(finding, marks[0])  # either statement matches the pair, as ../shared/checks counts
    with pytest.raises(ValueError, match="without its other statement"):
        eg.placed_marks("c:1", text, [("contradiction", *later)])


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data (where the sets' texts are) is absent")
def test_an_offsets_set_counts_contradiction_pairs(tmp_path: Path) -> None:
    path = ROOT / "models" / "training" / "dev4.marks.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    results = tmp_path / "results.jsonl"
    _write(results, [{"id": r["id"], "findings": []} for r in rows])
    run = _run("--marks", str(path), "--results", str(results))
    assert run.returncode == 0, run.stderr
    statements = sum(1 for r in rows for mark in r["marks"] if mark[0] == "contradiction")
    assert statements % 2 == 0
    line = run.stdout.split("contradiction", 1)[1].splitlines()[0]
    assert f"0/{statements // 2} " in line
