"""Readers against the bad inputs a hostile but realistic user sends (issue: "nothing lost, nothing
crashes"): every record still yields exactly one item, and nothing the reader meets can stop it.

No spaCy here: these drive ``scorer.readers`` directly, so they run in milliseconds. The same
inputs through the command line are in ``test_batch_robust.py``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorer.contract import Article, ArticleError
from scorer.readers import RawRecord, ReadOptions, RecordError, read_paths, to_article, unique_ids
from scorer.readers.decoding import decode
from scorer.readers.jsonl import read_jsonl
from scorer.readers.records import MAX_RECORD_BYTES
from scorer.readers.streams import bounded_lines
from scorer.readers.tables import read_csv

STORY = (
    "Officials in Port Calder said on Monday that the harbour bridge would reopen next week after repairs. "
    "Engineers found cracks in two support beams during an inspection in March, according to the city's "
    "transport department."
)


def records(*paths: Path, options: ReadOptions | None = None) -> list:
    return list(read_paths([str(p) for p in paths], options))


def errors(recs: list) -> dict[str, str]:
    return {r.id: r.error for r in recs if isinstance(r, RecordError)}


# -- 3. one crafted JSONL line -------------------------------------------------------------------------


def test_deep_nesting_and_a_5000_digit_number_are_error_records_between_good_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(
        json.dumps({"id": "before", "text": STORY}) + "\n"
        + "[" * 100_000 + "]" * 100_000 + "\n"
        + '{"id": "digits", "text": "x", "n": ' + "1" * 5000 + "}\n"
        + '{"id": "deep", "text": "x", "meta": ' + "[" * 150 + "]" * 150 + "}\n"
        + json.dumps({"id": "after", "text": STORY}) + "\n"
    )
    recs = records(path)
    assert [r.id for r in recs] == ["before", "x.jsonl:2", "x.jsonl:3", "x.jsonl:4", "after"]
    errs = errors(recs)
    assert "nested too deeply" in errs["x.jsonl:2"]
    assert "cannot be read" in errs["x.jsonl:3"] and "4300 digits" in errs["x.jsonl:3"]
    assert "nested more than 100 levels" in errs["x.jsonl:4"]
    assert to_article(recs[-1]).text == STORY


def test_an_unpaired_surrogate_anywhere_in_a_line_is_an_error_record(tmp_path):
    """An escaped lone surrogate is legal JSON but no text: in the text, the id or a key it would stop the writer."""
    path = tmp_path / "s.jsonl"
    path.write_text(
        json.dumps({"id": "before", "text": STORY}) + "\n"
        + '{"id": "lone", "text": "Officials said \\ud800 it happened."}\n'
        + '{"id": "a\\udc80b", "text": "x"}\n'
        + '{"id": "key", "text": "x", "meta": {"k\\ud83d": 1}}\n'
        + '{"id": "pair", "text": "A real pair \\ud83d\\ude00 is an emoji."}\n'
    )
    recs = records(path)
    assert [r.id for r in recs] == ["before", "s.jsonl:2", "s.jsonl:3", "s.jsonl:4", "pair"]
    errs = errors(recs)
    assert all("unpaired surrogate" in errs[f"s.jsonl:{n}"] for n in (2, 3, 4))
    assert to_article(recs[-1]).text == "A real pair \U0001F600 is an emoji."


# -- 5. ids: the reader, the Article and --resume agree ----------------------------------------------


def test_a_numeric_id_is_the_same_string_in_the_reader_and_the_article(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in [
        {"id": 1.5, "text": STORY}, {"id": 1.5, "text": STORY}, {"id": 7, "text": STORY},
        {"id": True, "text": STORY}, {"id": ["a"], "text": STORY},
    ]) + "\n")
    recs = records(path)
    assert [r.id for r in recs] == ["1.5", "1.5#2", "7", "ids.jsonl:4", "ids.jsonl:5"]
    articles = [to_article(r) for r in recs]
    assert [a.id for a in articles] == ["1.5", "1.5#2", "7", "ids.jsonl:4", "ids.jsonl:5"]
    assert articles[1].meta["input_id"] == "1.5"
    assert "'id' must be a string or a number" in articles[3].error


def test_a_genuine_suffixed_id_keeps_its_name(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": STORY}) for i in ["dup", "dup", "dup#2", "dup"]) + "\n")
    assert [r.id for r in records(path)] == ["dup", "dup#3", "dup#2", "dup#4"]
    # the read-ahead that finds genuine ids covers every input, not only the one with the repeat
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "dup#2", "text": STORY}) + "\n")
    path.write_text("\n".join(json.dumps({"id": "dup", "text": STORY}) for _ in range(2)) + "\n")
    assert [r.id for r in records(path, other)] == ["dup", "dup#3", "dup#2"]


def test_unique_ids_without_repeats_reads_nothing_ahead():
    def never() -> set[str]:
        raise AssertionError("read ahead although no id repeats")

    recs = [RawRecord({"id": f"a{i}", "text": STORY}, f"x:{i}") for i in range(3)]
    assert [r.id for r in unique_ids(recs, never)] == ["a0", "a1", "a2"]


# -- 6. records that were silently dropped -----------------------------------------------------------


def test_gnu_tar_hard_and_symbolic_links_are_read_under_their_own_names(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(STORY)
    os.link(src / "a.txt", src / "b.txt")  # tarfile stores the second name as a hard link
    (src / "sub" / "c.txt").symlink_to("../a.txt")
    (src / "sub" / "gone.txt").symlink_to("../missing.txt")
    (src / "out.txt").symlink_to("/etc/hostname")  # outside the archive: never followed
    archive = tmp_path / "links.tar.gz"
    with tarfile.open(archive, "w:gz", format=tarfile.GNU_FORMAT) as tf:
        tf.add(src, arcname=".")
    with tarfile.open(archive) as tf:
        assert any(m.islnk() for m in tf.getmembers())
    recs = records(archive)
    ids = sorted(r.id for r in recs)
    assert ids == sorted(f"links.tar.gz/{n}" for n in ("a", "b", "sub/c", "sub/gone", "out"))
    errs = errors(recs)
    assert set(errs) == {"links.tar.gz/sub/gone", "links.tar.gz/out"}
    assert "does not hold" in errs["links.tar.gz/out"]
    for r in recs:
        if not isinstance(r, RecordError):
            assert to_article(r).text == STORY


def test_a_broken_symlink_in_a_folder_is_an_error_record(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop").symlink_to(tmp_path)  # a link back up the tree is not walked again
    (tmp_path / "notes").symlink_to(tmp_path / "nowhere")  # not an input by its name: not a record
    recs = records(tmp_path)
    assert [r.id for r in recs] == ["a", "b"]
    assert "broken symbolic link" in errors(recs)["b"]


def test_an_unreadable_subfolder_is_an_error_record(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORY)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(STORY)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: give the walk the error a user would get
        scandir = os.scandir

        def refusing(path):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return scandir(path)

        monkeypatch.setattr("scorer.readers.files.os.scandir", refusing)
    try:
        recs = records(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [r.id for r in recs] == ["a", "locked"]
    assert "cannot read the folder: Permission denied" in recs[1].error


def test_a_csv_without_a_header_row_reports_its_first_row(tmp_path):
    path = tmp_path / "nohead.csv"
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([STORY, "2024-03-01"])
        w.writerow(["A second article about the bridge.", "2024-03-02"])
    recs = records(path)
    assert [r.id for r in recs] == ["nohead.csv:0", "nohead.csv:1"]
    assert "names no 'text' or 'html' column" in recs[0].error and "header" in recs[0].error
    assert isinstance(to_article(recs[1]), RecordError)  # no text column: an error result, not silence


def test_a_mapped_column_the_csv_lacks_makes_every_row_an_error(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f'id,text\na,"{STORY}"\nb,"{STORY}"\n')
    recs = records(path, options=ReadOptions(fields={"text": "body"}))
    assert [r.id for r in recs] == ["t.csv:1", "t.csv:2"]
    assert all("no such CSV column: body" in r.error for r in recs)


# -- 7. memory: members and lines are streamed and capped ---------------------------------------------


def test_an_oversized_zip_member_is_refused_unread_and_the_archive_goes_on(tmp_path):
    path = tmp_path / "big.zip"
    block = b"The harbour bridge will reopen. " * 32768  # 1 MiB
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("big.txt", "w") as m:
            for _ in range(MAX_RECORD_BYTES // len(block) + 2):
                m.write(block)
        with z.open("big.jsonl", "w") as m:
            m.write(b'{"id": "huge", "text": "')
            for _ in range(MAX_RECORD_BYTES // len(block) + 2):
                m.write(block)
            m.write(b'"}\n' + json.dumps({"id": "next", "text": STORY}).encode() + b"\n")
        z.writestr("small.txt", STORY)
    recs = records(path)
    assert [r.id for r in recs] == ["big.zip/big", "big.zip/big:1", "next", "big.zip/small"]
    errs = errors(recs)
    assert "is over 16,777,216 bytes" in errs["big.zip/big"] and "line 1 is over" in errs["big.zip/big:1"]


def test_an_article_over_the_length_limit_is_an_error_result_and_the_limit_can_move(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": (STORY + " ") * 5000}) + "\n")
    (rec,) = records(path)
    bad = to_article(rec)
    assert isinstance(bad, RecordError) and "the limit is 200,000 (--max-text-chars)" in bad.error
    (rec,) = records(path, options=ReadOptions(max_text_chars=2_000_000))
    assert not isinstance(to_article(rec), RecordError)
    (rec,) = records(path, options=ReadOptions(max_text_chars=100))
    html = tmp_path / "page.html"
    html.write_text(f"<html><body><article><p>{STORY}</p></article></body></html>")
    (page,) = records(html, options=ReadOptions(max_text_chars=100))
    assert "characters; the limit is 100" in to_article(page).error  # the extracted text counts


# -- 8. decoding ------------------------------------------------------------------------------------------


def test_utf16_with_a_byte_order_mark_is_read_as_utf16(tmp_path):
    text = "The minister’s office said the report was “accurate”. " + STORY
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{codec}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
        path.write_bytes(bom + text.encode(codec))
        (rec,) = records(path)
        assert to_article(rec).text == text, codec


def test_one_bad_byte_does_not_send_a_utf8_file_through_cp1252(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("The minister’s office said it “regrets” the error. ".encode() + b"\xff" + STORY.encode())
    text = to_article(records(path)[0]).text
    assert "minister’s" in text and "“regrets”" in text and "â€" not in text
    assert text.endswith(STORY)
    old_windows = tmp_path / "b.txt"  # a real cp1252 file is still read as one
    old_windows.write_bytes("The minister’s café said “no”.".encode("cp1252"))
    assert to_article(records(old_windows)[0]).text == "The minister’s café said “no”."


def test_a_csv_in_utf16_or_with_stray_bytes_is_read(tmp_path):
    rows = "id,text\r\na,The minister’s office said so.\r\n"
    (tmp_path / "u16.csv").write_bytes(rows.encode("utf-16"))
    (tmp_path / "mixed.csv").write_bytes(rows.encode() + b"b,A caf\xe9 owner said so.\r\n")
    texts = {r.id: to_article(r).text for r in records(tmp_path / "u16.csv", tmp_path / "mixed.csv")}
    assert texts == {"a": "The minister’s office said so.", "a#2": "The minister’s office said so.",
                     "b": "A café owner said so."}


# -- 9. not a WARC file ----------------------------------------------------------------------------------


def test_plain_text_named_warc_gz_is_one_error_record(tmp_path):
    import gzip

    plain = tmp_path / "notes.warc.gz"
    plain.write_text("Officials said the bridge would reopen.\nSecond line.\n\nThird para\n")
    zipped = tmp_path / "zipped.warc.gz"
    with gzip.open(zipped, "wt") as f:
        f.write(STORY + "\n\n" + STORY)
    recs = records(plain, zipped)
    assert [r.id for r in recs] == ["notes.warc.gz", "zipped.warc.gz"]
    assert all("not a WARC file" in r.error for r in recs)


# -- 12. text with no words ----------------------------------------------------------------------------------


def test_text_without_any_word_is_an_error_result(tmp_path):
    """The host refuses it (so the CLI, the service and Python callers all do), before any parse."""
    from scorer.host import Scorer
    from scorer.registry import build_registry

    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, t in
                              [("digits", "12345 67 890"), ("marks", "!!! ??? — … ***"), ("ok", STORY)]) + "\n")
    articles = [to_article(r) for r in records(path)]
    assert articles[2].text == STORY
    scorer = Scorer(registry=build_registry(entry_points=False), signals_only=True)
    refused = [scorer._refusal(a) for a in articles]
    assert [r.errors[0].error for r in refused[:2]] == ["the article text holds no words (no letters at all)"] * 2
    assert all(r.score is None for r in refused[:2]) and refused[2] is None


# -- fuzzing: whatever the bytes, one item per record and nothing raised -------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
article_objects = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values, "text": st.one_of(st.text(max_size=200), json_values),
        "html": st.one_of(st.text(max_size=200), st.just("<p>The bridge <b>reopens</b>.</p>"), json_values),
        "published": st.one_of(st.sampled_from(["2024-03-01", "yesterday", "2024-13-45", ""]), json_values),
        "title": json_values, "authors": json_values, "language": json_values, "meta": json_values,
        "url": json_values, "source": json_values,
    },
)


@pytest.mark.slow
@FUZZ
@given(lines=st.lists(st.one_of(st.binary(max_size=60), st.builds(lambda o: json.dumps(o).encode(), article_objects)),
                      max_size=8))
def test_fuzz_jsonl_one_record_per_non_blank_line_and_every_record_becomes_an_article_or_an_error(lines):
    data = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines) + b"\n"
    recs = list(unique_ids(read_jsonl(bounded_lines(io.BufferedReader(io.BytesIO(data)), 1000), "f", ReadOptions())))
    assert len(recs) == sum(1 for line in data.split(b"\n") if line.strip())
    assert len({r.id for r in recs}) == len(recs)
    for r in recs:
        assert to_article(r).id == r.id  # an Article or the error result under the record's own id


@FUZZ
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_csv_and_decoding_never_raise(data):
    for rec in read_csv(io.BytesIO(b"id,text\n" + data), "f", ReadOptions()):
        assert isinstance(to_article(rec), (RecordError, Article))
    text = decode(data)
    with contextlib.suppress(UnicodeDecodeError):  # valid UTF-8 is always read as UTF-8
        assert text == data.decode("utf-8").removeprefix("\ufeff")


@pytest.mark.slow
@FUZZ
@given(obj=article_objects)
def test_fuzz_article_objects_raise_nothing_but_article_errors(obj):
    record = RawRecord(obj, "f:1")
    try:
        article = record.to_article()
    except ArticleError:
        return
    assert article.id == record.id and isinstance(article.text, str)
