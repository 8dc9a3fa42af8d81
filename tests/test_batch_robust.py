"""The command line against a hostile but realistic user (issue: "nothing lost, nothing crashes"):
every record yields exactly one result line, the run never dies on bad input, a resumed run loses
and repeats nothing, and what stops a run is one clear line with exit status 2.

Most cases share one real run over every bad input at once (one pipeline load); the others are
refused before the pipeline loads, or drive the pool and the writers directly.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from scorer.batch.writers import OutputError, open_writer
from scorer.contract import Result

STORY = (
    "Officials in Port Calder said on Monday that the harbour bridge would reopen next week after repairs. "
    "Engineers found cracks in two support beams during an inspection in March, according to the city's "
    "transport department. Some residents say the closure has doubled their commute. The mayor, Ana Ruiz, "
    "told reporters that the city would publish the inspection report in full."
)


def story(i: int) -> str:
    return f"Story {i}. " + STORY


def cli(*args: str, timeout: int = 600, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def results(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["id"]: r for r in rows}


def error_of(row: dict) -> str:
    return " | ".join(e["error"] for e in row["errors"])


LONG = (STORY + " ") * (990_000 // (len(STORY) + 1))  # the 990,000-character article


def write_inputs(d: Path) -> list[str]:
    """Every bad input of the issue beside good ones; returns the paths to score."""
    with open(d / "lines.jsonl", "w") as f:
        f.write(json.dumps({"id": "before", "text": story(1)}) + "\n")
        f.write("[" * 100_000 + "]" * 100_000 + "\n")
        f.write('{"id": "digits", "text": "x", "n": ' + "1" * 5000 + "}\n")
        # unpaired surrogates: legal JSON escapes, but no text; in the id, writing the result used to stop the run
        f.write('{"id": "lone", "text": "Officials said \\ud800 it happened."}\n')
        f.write('{"id": "a\\udc80b", "text": "' + story(3) + '"}\n')
        f.write('{"id": "key", "text": "' + story(4) + '", "x\\ud83d": 1}\n')
        f.write(json.dumps({"id": "after", "text": story(2)}) + "\n")
    with open(d / "ids.jsonl", "w") as f:
        for i, given in enumerate([1.5, 1.5, "dup", "dup", "dup#2"]):
            f.write(json.dumps({"id": given, "text": story(10 + i)}) + "\n")
    (d / "u16.txt").write_bytes(("The minister’s office said " + story(20)).encode("utf-16"))
    (d / "stray.txt").write_bytes(("The minister’s office said " + story(21)).encode() + b" \xff")
    (d / "notes.warc.gz").write_text(story(22) + "\nSecond line.\n\nThird para\n")
    (d / "long.jsonl").write_text(json.dumps({"id": "long", "text": LONG}) + "\n")
    (d / "nowords.txt").write_text("12345 — 67 … 890")
    with open(d / "nohead.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([story(23), "2024-03-01"])
        w.writerow([story(24), "2024-03-02"])
    src = d / "src"
    src.mkdir()
    (src / "a.txt").write_text(story(25))
    os.link(src / "a.txt", src / "b.txt")
    with tarfile.open(d / "links.tar.gz", "w:gz", format=tarfile.GNU_FORMAT) as tf:
        tf.add(src, arcname=".")
    folder = d / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text(story(26))
    (folder / "b.txt").symlink_to(folder / "gone.txt")
    names = ["lines.jsonl", "ids.jsonl", "u16.txt", "stray.txt", "notes.warc.gz", "long.jsonl", "nowords.txt",
             "nohead.csv", "links.tar.gz", "folder"]
    return [str(d / n) for n in names]


#: result lines the inputs above hold: 7 + 5 + 1 + 1 + 1 + 1 + 1 + 2 + 2 + 2
EXPECTED = 23


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict:
    d = tmp_path_factory.mktemp("hostile")
    paths = write_inputs(d)
    out = d / "out.jsonl"
    proc = cli("score", "--workers", "1", *paths, "-o", str(out))
    return {"dir": d, "paths": paths, "out": out, "proc": proc}


@pytest.fixture(scope="module")
def scored(hostile) -> dict[str, dict]:
    assert hostile["proc"].returncode == 0, hostile["proc"].stderr[-3000:]
    rows = results(hostile["out"])
    assert len(rows) == EXPECTED and len({r["id"] for r in rows}) == EXPECTED, [r["id"] for r in rows]
    return by_id(rows)


@pytest.mark.slow
def test_bad_jsonl_lines_are_error_results_and_the_lines_around_them_are_scored(scored):  # 3
    assert scored["before"]["score"] is not None and scored["after"]["score"] is not None
    assert "nested too deeply" in error_of(scored["lines.jsonl:2"])
    assert "4300 digits" in error_of(scored["lines.jsonl:3"])
    for line in (4, 5, 6):  # a lone surrogate in the text, the id or a key: an error line, and the run goes on
        assert scored[f"lines.jsonl:{line}"]["score"] is None
        assert "unpaired surrogate" in error_of(scored[f"lines.jsonl:{line}"])


@pytest.mark.slow
def test_numeric_and_repeated_ids_come_out_once_each(scored):  # 5
    for rid in ("1.5", "1.5#2", "dup", "dup#3", "dup#2"):
        assert scored[rid]["score"] is not None, rid
    assert scored["1.5#2"]["meta"]["input_id"] == "1.5" and "input_id" not in scored["dup#2"]["meta"]


@pytest.mark.slow
def test_tar_hard_links_broken_symlinks_and_headerless_csvs_all_get_a_line(scored):  # 6
    assert scored["links.tar.gz/a"]["score"] is not None and scored["links.tar.gz/b"]["score"] is not None
    assert "broken symbolic link" in error_of(scored["b"]) and scored["a"]["score"] is not None
    assert "no header row" in error_of(scored["nohead.csv:0"])


@pytest.mark.slow
def test_an_over_long_article_is_an_error_result(scored):  # 7
    assert "the article text is 989" in error_of(scored["long"]) and "--max-text-chars" in error_of(scored["long"])


@pytest.mark.slow
def test_utf16_and_a_stray_byte_are_read_as_english(scored):  # 8
    assert scored["u16"]["score"] is not None, scored["u16"]["errors"]
    assert scored["stray"]["score"] is not None, scored["stray"]["errors"]


@pytest.mark.slow
def test_plain_text_named_warc_gz_is_one_not_a_warc_error(scored):  # 9
    assert "not a WARC file" in error_of(scored["notes.warc.gz"])
    assert not [i for i in scored if i.startswith("notes.warc.gz") and i != "notes.warc.gz"]


@pytest.mark.slow
def test_text_with_no_words_gets_no_score(scored):  # 12
    assert scored["nowords"]["score"] is None and "no words" in error_of(scored["nowords"])


@pytest.mark.slow
def test_resume_over_a_finished_run_adds_nothing(hostile, scored, tmp_path):  # 5: ids are stable across runs
    out = tmp_path / "out.jsonl"
    out.write_bytes(hostile["out"].read_bytes())
    proc = cli("score", "--workers", "1", "--resume", *hostile["paths"], "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == hostile["out"].read_bytes()
    assert f"{EXPECTED} already done" in proc.stderr


@pytest.mark.slow
def test_resume_after_a_damaged_middle_line_keeps_every_result_after_it(hostile, scored, tmp_path):  # 10
    out = tmp_path / "out.jsonl"
    lines = hostile["out"].read_text(encoding="utf-8").splitlines(keepends=True)
    damaged_id = json.loads(lines[2])["id"]
    lines[2] = lines[2][: len(lines[2]) // 2] + "\n"  # a line damaged in the middle of the file
    out.write_text("".join(lines), encoding="utf-8")
    proc = cli("score", "--workers", "1", "--resume", *hostile["paths"], "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    ids = [r["id"] for r in results(out)]
    assert sorted(ids) == sorted(scored) and len(ids) == EXPECTED  # everything once, nothing lost
    assert ids[-1] == damaged_id  # only the damaged record was scored again
    assert (tmp_path / "out.jsonl.damaged").read_text(encoding="utf-8") == lines[2]
    assert "1 damaged line" in proc.stderr and "moved to" in proc.stderr


# -- refused before any work --------------------------------------------------------------------------


def test_the_output_cannot_be_an_input_or_inside_an_input_folder(tmp_path):  # 4
    src = tmp_path / "x.jsonl"
    src.write_text(json.dumps({"id": "a", "text": STORY}) + "\n")
    before = src.read_bytes()
    for extra in ([], ["--resume"]):
        proc = cli("score", str(src), "-o", str(src), *extra)
        assert proc.returncode == 2 and "would destroy the input" in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    assert src.read_bytes() == before
    proc = cli("score", str(tmp_path), "-o", str(tmp_path / "results.jsonl"))
    assert proc.returncode == 2 and "inside the input folder" in proc.stderr
    assert not (tmp_path / "results.jsonl").exists()


@pytest.mark.slow
def test_an_existing_output_is_replaced_with_a_word_before_the_pipeline_loads(tmp_path):  # 12
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": STORY}) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "earlier"}\n')
    proc = cli("score", "--workers", "1", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.startswith("misinfo-scorer: replacing the 18 bytes of results") and "--resume" in first
    assert [r["id"] for r in results(out)] == ["a"]
    assert "existing file is replaced" in re.sub(r"\s+", " ", cli("score", "--help").stdout)
    fresh = cli("score", "--workers", "1", str(src), "-o", str(tmp_path / "new.jsonl"))
    assert "replacing" not in fresh.stderr


def test_an_unwritable_report_stops_the_run_before_it_starts(tmp_path):  # 12
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": STORY}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = cli("score", str(src), "-o", str(out), "--report", str(tmp_path / "no" / "such" / "report.html"))
    assert proc.returncode == 2 and "cannot write the report" in proc.stderr and "No such file" in proc.stderr
    assert not out.exists()  # stopped before the output was opened, let alone scored into


def test_a_write_error_names_the_file(tmp_path):  # 12
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    writer, _ = open_writer("/dev/full")
    with pytest.raises(OutputError, match="cannot write /dev/full: No space left on device"):
        writer.write(Result(id="a"))
    writer.close()


def test_a_missing_package_is_one_line_and_exit_2(tmp_path):  # 1
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{STORY}</p></body></html>")
    # as on an install where pip left lxml_html_clean out: lxml.html.clean cannot be imported
    code = ("import sys; sys.modules['lxml_html_clean'] = None; from scorer.cli import main; "
            f"sys.exit(main(['score', '--workers', '1', {str(page)!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("misinfo-scorer: the installation is incomplete") and "lxml_html_clean" in line


def test_pyproject_declares_what_html_reading_imports():  # 1
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())["project"]
    assert any(dep.split(">")[0].split("=")[0].strip() in ("lxml_html_clean", "lxml-html-clean")
               for dep in project["dependencies"])


@pytest.mark.slow
def test_from_scorer_import_scorer_is_lazy_and_scoring_never_imports_sklearn():  # 2
    code = (
        "import sys\n"
        "import scorer\n"
        "print(sorted(m for m in ('spacy', 'sklearn', 'scorer.host') if m in sys.modules))\n"
        "from scorer import Article, Scorer\n"
        "r = Scorer(base_rate=0.05).score(Article(id='a', text='Officials said the plan was popular on Monday.'))\n"
        "assert r.score is not None, r.errors\n"
        "print(sorted(m for m in ('sklearn', 'skops') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["[]", "[]"]


# -- memory and processes -----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_a_zip_bomb_and_a_990000_character_article_stay_under_600_mb(tmp_path):  # 7
    bomb = tmp_path / "bomb.zip"
    block = b"The harbour bridge will reopen next week. " * 25_000  # ~1 MiB
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("big.txt", "w", force_zip64=True) as m:
            for _ in range((1 << 30) // len(block) + 1):  # inflates to 1 GiB
                m.write(block)
        z.writestr("small.txt", STORY)
    long = tmp_path / "long.txt"
    long.write_text(LONG)
    out = tmp_path / "out.jsonl"
    # the peak of this process's own memory (VmHWM): getrusage's ru_maxrss would also count the
    # parent's, since Linux keeps it across fork and exec
    code = ("from scorer.cli import main; "
            f"rc = main(['score', '--workers', '1', {str(bomb)!r}, {str(long)!r}, '-o', {str(out)!r}]); "
            "print(rc, next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    rc, peak_kib = proc.stdout.split()[-2:]
    assert rc == "0", proc.stderr
    rows = by_id(results(out))
    assert "is over" in error_of(rows["bomb.zip/big"]) and rows["bomb.zip/small"]["score"] is not None
    assert "--max-text-chars" in error_of(rows["long"])
    assert int(peak_kib) < 600 * 1024, f"peak RSS {int(peak_kib) / 1024:.0f} MiB"


POOL_PARENT = """
import sys, time
from scorer.batch.execute import worker_pool
pool = worker_pool(2)
futures = [pool.submit(time.sleep, 600) for _ in range(2)]
print(*pool._processes, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_killing_the_parent_ends_the_pool_workers():  # 11
    parent = subprocess.Popen([sys.executable, "-c", POOL_PARENT], stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 120  # a bound for a loaded machine, not a speed requirement
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        assert not [p for p in workers if _alive(p)], "pool workers outlived their parent"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        parent.kill()
        parent.wait()
        parent.stdout.close()


def test_max_text_chars_defaults_to_the_services_limit():
    from scorer.readers import MAX_TEXT_CHARS
    from scorer.service import settings  # the service extra comes with the suite's install

    assert settings.Settings().max_text_chars == MAX_TEXT_CHARS
    assert f"default: {MAX_TEXT_CHARS:,}" in re.sub(r"\s+", " ", cli("score", "--help").stdout)


def _result_line(rid: str) -> bytes:
    return (json.dumps(Result(id=rid, score=0.5).to_dict()) + "\n").encode()


def test_resume_recovery_moves_damaged_lines_aside_and_truncates_only_a_cut_off_end(tmp_path):  # 10
    out = tmp_path / "out.jsonl"
    good = [_result_line(f"r{i}") for i in range(6)]
    out.write_bytes(b"".join(good[:2]) + b'{"id": "r2", "sco\n' + b"".join(good[3:]) + b'{"id": "r9", "sc')
    notes: list[str] = []
    writer, done = open_writer(str(out), resume=True, notes=notes)
    writer.close()
    assert done == {"r0", "r1", "r3", "r4", "r5"}
    assert out.read_bytes() == b"".join(good[:2] + good[3:])
    assert (tmp_path / "out.jsonl.damaged").read_bytes() == b'{"id": "r2", "sco\n{"id": "r9", "sc\n'
    assert notes == [f"2 damaged lines of {out} moved to {out}.damaged; their records are scored again"]
    # a cut-off last line alone is the mark of a kill: dropped, nothing set aside
    out.write_bytes(b"".join(good) + b'{"id": "r9", "sc')
    (tmp_path / "out.jsonl.damaged").unlink()
    writer, done = open_writer(str(out), resume=True, notes=notes)
    writer.close()
    assert len(done) == 6 and out.read_bytes() == b"".join(good) and not (tmp_path / "out.jsonl.damaged").exists()


def test_resume_recovery_of_a_csv_keeps_every_row_after_a_damaged_one(tmp_path):  # 10
    from scorer.batch.writers import CSV_COLUMNS, csv_row

    out = tmp_path / "out.csv"
    rows = [csv_row(Result(id=f"r{i}", score=0.5)) for i in range(5)]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(CSV_COLUMNS)
        w.writerows(rows[:2])
        w.writerow(["r2", "0.5"])  # a damaged row in the middle
        w.writerows(rows[3:])
        f.write("r9,0.5,lo")  # cut off by a kill
    notes: list[str] = []
    writer, done = open_writer(str(out), resume=True, notes=notes)
    writer.close()
    assert done == {"r0", "r1", "r3", "r4"}
    with out.open(newline="") as fh:
        kept = list(csv.reader(fh))
    assert kept == [CSV_COLUMNS, *rows[:2], *rows[3:]]
    assert (tmp_path / "out.csv.damaged").read_text() == "r2,0.5\n" and len(notes) == 1
