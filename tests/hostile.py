"""A corpus of hostile input files, written by the tests themselves (nothing big is committed).

`write_corpus(folder)` writes every kind of bad input a crawler brings back beside good articles, and
returns what a run over it must report: the good documents that must be stored, and for each bad input
the reason it must be named with. Big files are sparse or gzip members repeated, so writing the corpus
takes a fraction of a second and a few MB of disk.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Our own short articles (not from any corpus): each distinct, so each is one stored article.
GOOD = [
    "ACCRA (Reuters) - Ghana's parliament approved a new defence budget on Thursday after a long debate. "
    "The finance minister said the money would fund border patrols in the north.",
    "Le ministre malien des Affaires étrangères a rencontré mardi à Dakar son homologue sénégalais pour "
    "discuter de la sécurité dans le Sahel.",
    "Chile's president met the Argentine foreign minister in Santiago on Monday to discuss a new trade "
    "agreement between the two countries.",
    "Les autorités kényanes ont arrêté vendredi à Nairobi douze manifestants qui protestaient contre la "
    "hausse des impôts.",
    "Norway's government condemned the attack on a fishing vessel in the Barents Sea and called for an "
    "inquiry into the incident.",
    "The Indonesian navy seized a foreign trawler off Natuna on Sunday, the maritime security agency said.",
    "Le gouvernement belge a convoqué lundi l'ambassadeur d'Iran après l'arrestation d'un humanitaire.",
    "Peru's congress voted on Wednesday to remove the interior minister after weeks of protests in Lima.",
    "Le Premier ministre canadien a annoncé jeudi une aide de 50 millions de dollars aux sinistrés haïtiens.",
]
BOMB_BYTES = 4 * 2**30  # what the gzip bomb expands to
LONG_LINE_BYTES = 200 * 2**20  # the single JSONL line that is far over the per-record limit


@dataclass
class Expected:
    """What a run over the corpus must show."""

    good: list[str] = field(default_factory=list)  # words that exactly one stored article must hold
    bad: dict[str, str] = field(default_factory=dict)  # failure source (relative name) → reason
    vanishing: str = ""  # the file that the test deletes between discovery and reading


def write_corpus(folder: Path) -> Expected:
    """Write the hostile corpus into `folder` (which must exist); see the module docstring."""
    expect = Expected()

    def good(name: str, i: int) -> None:
        (folder / name).write_text(GOOD[i], encoding="utf-8")
        expect.good.append(key(i))

    good("plain.txt", 0)
    (folder / "empty.txt").write_bytes(b"")  # read fine, counted dropped_empty, no failure
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    expect.bad["binary.txt"] = "binary"
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(GOOD[2].encode())[:25])
    expect.bad["truncated.txt.gz"] = "corrupt_gzip"
    # bytes no UTF-8 decoder accepts (a lone continuation byte, a cut sequence) around a UTF-8 story
    (folder / "invalid-utf8.txt").write_bytes(b"\xc3\x28" + GOOD[1].encode("utf-8") + b" \xa0\xe2\x82")
    expect.good.append("Sahel")  # decoded by charset guessing: its words are kept, accents may not be
    (folder / "utf16-no-bom.txt").write_bytes(GOOD[3].encode("utf-16-le"))
    expect.good.append(key(3))
    nested = "<html><body>" + "<div>" * 10_000 + GOOD[4] + "</div>" * 10_000 + "</body></html>"
    (folder / "nested.html").write_text(nested, encoding="utf-8")
    expect.good.append(key(4))
    _gzip_bomb(folder / "bomb.txt.gz")
    expect.bad["bomb.txt.gz"] = "too_large"
    _gzip_bomb(folder / "bomb.jsonl.gz")
    expect.bad["bomb.jsonl.gz"] = "too_large"
    _long_line(folder / "long-line.jsonl")
    expect.bad["long-line.jsonl:1"] = "too_large"
    expect.good.append(key(5))
    with (folder / "mixed.jsonl").open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "m1", "text": GOOD[6]}) + "\n")
        handle.write('{"id": "m2", "text": "cut in the mid\n')
        handle.write("[1, 2, 3]\n")
        handle.write(json.dumps({"id": "m4", "title": "no text"}) + "\n")
        handle.write(json.dumps({"id": "m5", "text": GOOD[7]}) + "\n")
    expect.good += [key(6), key(7)]
    expect.bad |= {
        "mixed.jsonl:2": "malformed_json",
        "mixed.jsonl:3": "malformed_record",
        "mixed.jsonl:4": "missing_text",
    }
    _truncated_warc(folder / "cut.warc")
    expect.good.append(key(8))
    expect.bad["cut.warc#2"] = "truncated_warc"
    good("vanishing.txt", 4)  # same text as nested.html: the test deletes it before it is read
    expect.good.pop()
    expect.vanishing = "vanishing.txt"
    expect.bad["vanishing.txt"] = "vanished"
    os.symlink(folder / "loop.txt", folder / "loop.txt")  # a link to itself
    expect.bad["loop.txt"] = "symlink_loop"
    return expect


def key(i: int) -> str:
    """Words that tell the stored article of GOOD[i] (its end: cleaning cuts a dateline at the start)."""
    return GOOD[i][-40:]


def _gzip_bomb(path: Path) -> None:
    """A gzip file that expands to BOMB_BYTES of zeros: one 64 MB member, repeated (gzip allows that)."""
    chunk = 64 * 2**20
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = squeeze.compress(bytes(chunk)) + squeeze.flush()
    with path.open("wb") as handle:
        for _ in range(BOMB_BYTES // chunk):
            handle.write(member)


def _long_line(path: Path) -> None:
    """A JSONL file whose first line is LONG_LINE_BYTES long (a sparse file: a hole of NULs inside a
    string), then one good line."""
    with path.open("wb") as handle:
        handle.write(b'{"id": "long", "text": "')
        handle.seek(LONG_LINE_BYTES)
        handle.write(b'"}\n')
        handle.write(json.dumps({"id": "after-long", "text": GOOD[5]}).encode() + b"\n")


def _truncated_warc(path: Path) -> None:
    """A WARC with one whole HTML response, then a second one cut in the middle of its body."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i, text in enumerate((GOOD[8], GOOD[3] + " Lost in the cut.")):
        html = f"<html><body><article><p>{text}</p></article></body></html>".encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(html), http_headers=headers
        )
        writer.write_record(record)
    data = buffer.getvalue()
    second = data.index(b"WARC/1.0", 10)
    path.write_bytes(data[: len(data) - (len(data) - second) // 3])
