"""Ingest: every input format, and bad input named with its reason while the rest goes through."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.ingest import discover, read_source
from dragoman.ingest.decode import MAX_BYTES
from dragoman.model import Failure, RawDocument

STORY_EN = (
    "ACCRA (Reuters) - Ghana's parliament approved a new defence budget on Thursday after a long debate.\n\n"
    "The finance minister said the money would fund border patrols in the north."
)
STORY_FR = (
    "Accra (AFP) - Le parlement ghanéen a approuvé jeudi un nouveau budget de la défense.\n\n"
    "Le ministre des Finances a indiqué que les fonds financeraient des patrouilles dans le nord."
)
PAGE = """<!doctype html><html lang="en"><head><title>Ghana approves defence budget | Coast Herald</title>
<meta property="og:title" content="Ghana approves defence budget">
<meta property="og:site_name" content="Coast Herald">
<meta property="article:published_time" content="2025-05-08T10:00:00Z">
<link rel="canonical" href="https://coastherald.example/ghana-budget"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept</div>
<article><h1>Ghana approves defence budget</h1>
<p>Ghana's parliament approved a new defence budget on Thursday after a debate that lasted late into
the night, with opposition members walking out before the final vote was taken.</p>
<p>The finance minister said the money would fund border patrols in the north, where attacks by armed
groups have risen in recent months, and pay for new surveillance aircraft.</p>
<p>Analysts said the increase was the largest in a decade and reflected growing worries in the region.</p>
</article><aside><h3>Most read</h3><ul><li><a href="/a">Floods hit Kumasi</a></li></ul></aside>
<footer>Copyright 2025 Coast Herald. All rights reserved.</footer></body></html>"""


def _docs(path: Path) -> list[RawDocument]:
    return [d for d in read_source(str(path)) if isinstance(d, RawDocument)]


def _failures(path: Path) -> list[Failure]:
    return [d for d in read_source(str(path)) if isinstance(d, Failure)]


def test_text_file_with_title(tmp_path: Path) -> None:
    path = tmp_path / "ghana.en.txt"
    path.write_text("Ghana approves defence budget\n\n" + STORY_EN, encoding="utf-8")
    [doc] = _docs(path)
    assert doc.title == "Ghana approves defence budget"
    assert doc.text.strip().startswith("ACCRA (Reuters)")
    assert doc.doc_id == str(path)


def test_html_page_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = _docs(path)
    assert "border patrols in the north" in doc.text
    assert "Floods hit Kumasi" not in doc.text and "cookies" not in doc.text
    assert doc.title == "Ghana approves defence budget"
    assert doc.outlet == "Coast Herald"
    assert doc.url == "https://coastherald.example/ghana-budget"
    assert str(doc.published) == "2025-05-08" and doc.published_source == "html_meta"


def test_jsonl_records_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": "a1", "text": STORY_EN, "lang": "en", "date": "2025-05-08", "url": "https://x.example/1"}
        ),
        "{not json",
        json.dumps({"id": "a2", "text": STORY_FR, "title": "Budget", "outlet": "Le Courrier"}),
        json.dumps(["a list, not an object"]),
        json.dumps({"id": "a3"}),
        "",
        json.dumps({"id": "a4", "text": STORY_FR, "date": "2025-02-30"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, failures = _docs(path), _failures(path)
    assert [d.doc_id for d in docs] == ["a1", "a2", "a4"]
    assert docs[0].lang_hint == "en" and str(docs[0].published) == "2025-05-08"
    assert docs[1].outlet == "Le Courrier" and docs[1].title == "Budget"
    assert docs[2].published is None  # 30 February is not a date: ignored, not invented
    assert [(f.source, f.reason) for f in failures] == [
        (f"{path}:2", "malformed_json"),
        (f"{path}:4", "malformed_record"),
        (f"{path}:5", "missing_text"),
    ]


def test_json_file_with_a_list(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps([{"id": "j1", "text": STORY_EN}, {"id": "j2", "text": STORY_FR}]), encoding="utf-8"
    )
    assert [d.doc_id for d in _docs(path)] == ["j1", "j2"]


def test_gzip_of_each_kind(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(STORY_EN.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(json.dumps({"id": "g", "text": STORY_FR}).encode()))
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    assert "defence budget" in _docs(tmp_path / "a.txt.gz")[0].text
    assert _docs(tmp_path / "b.jsonl.gz")[0].doc_id == "g"
    assert _docs(tmp_path / "c.html.gz")[0].outlet == "Coast Herald"


def _warc(path: Path, pages: list[tuple[str, str]], gz: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/i.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
        )


def test_warc_html_responses(tmp_path: Path) -> None:
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        _warc(path, [("https://coastherald.example/1", PAGE), ("https://coastherald.example/2", PAGE)], gz)
        docs = _docs(path)
        assert [d.doc_id for d in docs] == ["https://coastherald.example/1", "https://coastherald.example/2"]
        assert all("border patrols" in d.text for d in docs)


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    _warc(path, [("https://x.example/1", PAGE), ("https://x.example/2", PAGE)], gz=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1", 10)
    path.write_bytes(data[: second + 200])
    items = list(read_source(str(path)))
    assert isinstance(items[0], RawDocument)
    assert any(isinstance(i, Failure) and i.reason == "truncated_warc" for i in items)


def test_bad_files_are_named_with_their_reason(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(STORY_EN.encode())[:30])
    (tmp_path / "empty.txt").write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # a sparse file: big on paper, nothing written
        handle.truncate(MAX_BYTES + 1)
    reasons = {
        name: [f.reason for f in _failures(tmp_path / name)]
        for name in ("binary.txt", "broken.txt.gz", "huge.txt")
    }
    assert reasons == {"binary.txt": ["binary"], "broken.txt.gz": ["corrupt_gzip"], "huge.txt": ["too_large"]}
    assert _docs(tmp_path / "empty.txt")[0].text == ""  # read fine; the pipeline counts it dropped_empty


def test_encodings(tmp_path: Path) -> None:
    text = "Le ministre a défendu la réforme à l'Assemblée nationale mardi après-midi, à Paris."
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16-le"))  # no BOM
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-16"))
    for name in ("latin1.txt", "utf16.txt", "bom.txt"):
        assert _docs(tmp_path / name)[0].text.strip() == text, name


def test_huge_jsonl_line_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "big", "text": "' + b"x" * (MAX_BYTES + 10) + b'"}\n')
        handle.write(json.dumps({"id": "small", "text": STORY_EN}).encode() + b"\n")
    items = list(read_source(str(path)))
    assert isinstance(items[0], Failure) and items[0].reason == "too_large"
    assert isinstance(items[1], RawDocument) and items[1].doc_id == "small"


def test_discover_walks_folders_and_names_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(STORY_EN)
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": STORY_EN}))
    (tmp_path / "MANIFEST.tsv").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text(STORY_EN)
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    found, missing = discover([str(tmp_path), str(tmp_path / "nope.txt"), str(tmp_path / "loop")])
    assert found == [str(tmp_path / "a.jsonl"), str(tmp_path / "sub" / "b.txt")]
    assert [(Path(f.source).name, f.reason) for f in missing] == [
        ("nope.txt", "not_found"),
        ("loop", "symlink_loop"),
    ]


def test_a_folder_manifest_gives_dates_and_languages(tmp_path: Path) -> None:
    from dragoman.counts import Counts
    from dragoman.pipeline import documents

    (tmp_path / "a.txt").write_text(STORY_EN)
    (tmp_path / "b.txt").write_text(STORY_EN + " More.")
    (tmp_path / "MANIFEST.tsv").write_text(
        "# what the crawler knew\nfile\tdate\tlang\na.txt\t2024-05-06\ten\nb.txt\tnot a date\t\n"
    )
    docs = {Path(d.source).name: d for d in documents([str(tmp_path)], Counts(), lambda f: None)}
    assert (docs["a.txt"].published, docs["a.txt"].published_source, docs["a.txt"].lang_hint) == (
        date(2024, 5, 6),
        "manifest",
        "en",
    )
    assert docs["b.txt"].published is None and docs["b.txt"].lang_hint is None  # a bad date is ignored
