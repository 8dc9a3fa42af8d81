"""Archive runs as a researcher drives them: every input format, broken members, outputs, resume,
worker pools and a Dask cluster. Articles are written here; no corpus text is needed."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from scorer.readers import ReadOptions, RecordError, read_paths

STORY = (
    "Officials in Port Calder said on Monday that the harbour bridge would reopen next week after repairs. "
    "Engineers found cracks in two support beams during an inspection in March, according to the city's "
    "transport department. Some residents say the closure has doubled their commute. The mayor, Ana Ruiz, "
    "told reporters that the city would publish the inspection report in full."
)


def story(i: int) -> str:
    return f"Story {i}. " + STORY


def warc_bytes(pages: list[str], truncate: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, text in enumerate(pages):
        html = f"<html><head><meta name='date' content='2024-03-0{i + 1}'></head><body><article>" \
               f"<h1>Headline {i}</h1><p>{text}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        record = writer.create_warc_record(
            f"http://example.org/w{i}", "response", payload=io.BytesIO(html), http_headers=headers)
        writer.write_record(record)
        record.raw_stream.close()  # warcio spools the payload to a temporary file and leaves it open
    data = buf.getvalue()
    return data[: len(data) - 200] if truncate else data


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, int, int]:
    """Inputs of every kind, each container with one broken member. Returns (dir, records, errors)."""
    d = tmp_path / "in"
    (d / "folder" / "sub").mkdir(parents=True)
    (d / "folder" / "a.txt").write_text(story(0))
    (d / "folder" / "sub" / "b.md").write_text(story(1))
    (d / "folder" / "page.html").write_text(f"<html><body><nav>Home | News</nav><article><p>{story(2)}</p></article>"
                                            "</body></html>")
    (d / "folder" / "image.png").write_bytes(b"\x89PNG not an article")
    with open(d / "a.jsonl", "w") as f:
        f.write(json.dumps({"id": "j1", "text": story(3), "published": "2024-03-04"}) + "\n")
        f.write('{"id": "j2", "text": "cut off\n')
        f.write(json.dumps({"id": "j1", "text": story(4)}) + "\n")  # a repeated id
    with gzip.open(d / "b.jsonl.gz", "wt") as f:
        f.write(json.dumps({"text": story(5)}) + "\n")
    with open(d / "c.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "text"])
        w.writerow(["c1", "t", story(6)])
        w.writerow(["c2", "t"])  # a short row
    with zipfile.ZipFile(d / "d.zip", "w") as z:
        z.writestr("z1.txt", story(7))
        z.writestr("z2.txt", story(8))
    raw = bytearray((d / "d.zip").read_bytes())
    pos = raw.find(b"Story 8")  # corrupt the second member's data: its CRC no longer matches
    raw[pos:pos + 7] = b"Xxxxx 8"
    (d / "d.zip").write_bytes(bytes(raw))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for i in (9, 10):
            data = story(i).encode()
            info = tarfile.TarInfo(f"t{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    (d / "e.tar.gz").write_bytes(buf.getvalue()[:-30])  # truncated: the stream breaks off
    (d / "f.warc.gz").write_bytes(warc_bytes([story(11), story(12)]))
    (d / "g.warc.gz").write_bytes(warc_bytes([story(13), story(14)], truncate=True))
    # folder 3 + jsonl 3 + jsonl.gz 1 + csv 2 + zip 2 + tar (>=1) + warc 2 + broken warc (>=1)
    return d, 0, 0


def test_every_format_yields_one_record_per_item_with_unique_ids(archive):
    d, _, _ = archive
    paths = [str(d / "folder"), str(d / "a.jsonl"), str(d / "b.jsonl.gz"), str(d / "c.csv"), str(d / "d.zip"),
             str(d / "e.tar.gz"), str(d / "f.warc.gz"), str(d / "g.warc.gz")]
    records = list(read_paths(paths))
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    errors = {r.id: r.error for r in records if isinstance(r, RecordError)}
    assert ids[:3] == ["a", "page", "sub/b"]  # sorted folder walk, ids from relative paths
    assert "a.jsonl:2" in errors and "not valid JSON" in errors["a.jsonl:2"]
    assert "j1#2" in ids
    assert "b.jsonl.gz:1" in ids
    assert "short" not in errors and any("has 2 cells" in e for e in errors.values())
    assert "d.zip/z1" in ids and "cannot be read" in errors["d.zip/z2"]
    assert any(i.startswith("e.tar.gz") and "breaks off" in errors[i] for i in errors)
    assert "http://example.org/w0" in ids and "http://example.org/w1" in ids
    assert "damaged" in errors["http://example.org/w1#2"]  # the cut-off record of g.warc.gz
    assert not any("image" in i for i in ids)


def test_csv_column_mapping(tmp_path):
    path = tmp_path / "np.csv"
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["maintext", "date_publish", "title", "extra"])
        w.writerow([STORY, "2024-03-05 10:00:00", "T", "kept"])
    (record,) = read_paths([str(path)], ReadOptions(fields={"text": "maintext", "published": "date_publish"}))
    article = record.to_article()
    assert article.text == STORY and article.published_date.isoformat() == "2024-03-05"
    assert article.meta == {"extra": "kept"}
    (bad,) = read_paths([str(path)], ReadOptions(fields={"text": "body"}))
    assert isinstance(bad, RecordError) and "no such CSV column: body" in bad.error


def test_html_in_warc_gets_text_date_and_headline(archive):
    d, _, _ = archive
    first = next(iter(read_paths([str(d / "f.warc.gz")])))
    article = first.to_article()
    assert "Story 11. Officials" in article.text and article.url == "http://example.org/w0"
    assert article.published == "2024-03-01"
    assert article.title == "Headline 0"


def cli(*args: str, timeout: int = 600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True,
                          timeout=timeout, **kw)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.slow
def test_cli_run_over_everything_with_outputs_and_report(archive, tmp_path):
    d, _, _ = archive
    out = tmp_path / "out.jsonl"
    report = tmp_path / "report.html"
    proc = cli("score", "--workers", "1", str(d), "-o", str(out), "--report", str(report))
    assert proc.returncode == 0, proc.stderr
    results = read_jsonl(out)
    assert len({r["id"] for r in results}) == len(results) == len(list(read_paths([str(d)])))
    assert any(r["score"] is None and r["errors"] for r in results)
    assert "records" in proc.stderr and "articles/s" in proc.stderr
    page = report.read_text()
    assert "<svg" in page and "Most-flagged articles" in page and "http" not in page.split("<body>")[0]
    assert "not valid JSON" in page

    csv_out = tmp_path / "out.csv"
    proc = cli("score", "--workers", "1", str(d / "a.jsonl"), "-o", str(csv_out))
    assert proc.returncode == 0, proc.stderr
    with csv_out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["j1", "a.jsonl:2", "j1#2"]
    assert rows[1]["score"] == "" and "not valid JSON" in rows[1]["errors"]

    pq_out = tmp_path / "out.parquet"
    proc = cli("score", "--workers", "1", str(d / "a.jsonl"), "-o", str(pq_out))
    assert proc.returncode == 0, proc.stderr
    import pyarrow.parquet as pq

    table = pq.read_table(pq_out).to_pylist()
    assert [r["id"] for r in table] == ["j1", "a.jsonl:2", "j1#2"]
    assert isinstance(json.loads(table[0]["signals"]), dict)


def many(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "many.jsonl"
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"r{i}", "text": story(i)}) + "\n")
    return path


@pytest.mark.slow
def test_kill_and_resume_loses_and_duplicates_nothing(tmp_path):
    src = many(tmp_path, 120)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "scorer", "score", "--workers", "1", str(src), "-o", str(out)],
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 10):
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open(out, "ab") as f:  # as if the kill had landed mid-line
        f.write(b'{"id": "r9')
    before = out.read_text().count("\n")
    assert 0 < before < 120
    done = cli("score", "--workers", "1", "--resume", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in read_jsonl(out)]
    assert sorted(ids) == sorted(f"r{i}" for i in range(120)) and len(ids) == 120
    assert "already done" in done.stderr


@pytest.mark.slow
def test_two_workers_give_the_same_results_as_one(tmp_path):
    src = many(tmp_path, 70)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli("score", "--workers", "1", str(src), "-o", str(one)).returncode == 0
    proc = cli("score", "--workers", "2", str(src), "-o", str(two))
    assert proc.returncode == 0, proc.stderr
    a, b = read_jsonl(one), read_jsonl(two)
    assert [r["id"] for r in a] == [r["id"] for r in b] == [f"r{i}" for i in range(70)]
    assert [r["score"] for r in a] == [r["score"] for r in b]


@pytest.mark.slow
@pytest.mark.enable_socket
def test_dask_cluster_gives_the_same_results_as_a_local_run(tmp_path):
    import distributed

    src = many(tmp_path, 40)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert cli("score", "--workers", "1", str(src), "-o", str(local)).returncode == 0
    # The scheduler's HTTP server starts even with the dashboard off, on 8787 by default; a random
    # port lets two suites run on one machine (a taken port left a socket open, which pytest flags).
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster, distributed.Client(cluster) as client:
        proc = cli("score", "--scheduler", cluster.scheduler_address, str(src), "-o", str(remote))
        assert proc.returncode == 0, proc.stderr
        prefixes = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert any("score_chunk" in p for p in prefixes)
    a, b = read_jsonl(local), read_jsonl(remote)
    assert [(r["id"], r["score"]) for r in a] == [(r["id"], r["score"]) for r in b]
