"""One reader per input format. Each gives RawDocuments, and Failures for records it cannot read."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from dragoman.clean import looks_like_title
from dragoman.errors import InputError
from dragoman.ingest.decode import MAX_BYTES, decode
from dragoman.model import Failure, RawDocument

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object) -> date | None:
    """A date from `YYYY-MM-DD` or an ISO timestamp; None when there is none or it is not a real date."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def parse_text(text: str, source: str) -> RawDocument:
    """A plain-text article. A short first line followed by a blank line is its title."""
    first, sep, rest = text.lstrip("\ufeff\n ").partition("\n")
    title = None
    if sep and rest.lstrip(" \t").startswith("\n") and looks_like_title(first):
        title, text = first.strip(), rest
    return RawDocument(doc_id=source, source=source, text=text, title=title)


def parse_html(html: str, source: str, doc_id: str, url: str | None = None) -> RawDocument:
    """The main text and metadata (title, date, outlet, URL) of a web page, via trafilatura."""
    import trafilatura

    if len(html) > MAX_BYTES:
        raise InputError(source, "too_large", "page larger than 50 MB")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(source, "malformed_html", f"HTML cannot be parsed ({exc})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        # A fragment (a scraper's article body without page chrome) is too small for trafilatura's
        # scoring: fall back to every text node of it.
        text = trafilatura.html2txt(html) or ""
        if not text.strip():
            text = text_nodes(html)
    published = parse_date(getattr(doc, "date", None)) if doc is not None else None
    return RawDocument(
        doc_id=doc_id,
        source=source,
        text=text,
        title=getattr(doc, "title", None) if doc is not None else None,
        url=(getattr(doc, "url", None) if doc is not None else None) or url,
        outlet=getattr(doc, "sitename", None) if doc is not None else None,
        published=published,
        published_source="html_meta" if published else None,
    )


def text_nodes(html: str) -> str:
    """Every text node of a page outside scripts and styles, one block per line: the last resort for a
    page lxml cannot parse (10,000 nested tags), read by a streaming parser that keeps no tree."""
    from html.parser import HTMLParser

    skip = {"script", "style", "noscript", "template", "head"}
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in skip:
                self.hidden += 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in skip:
                self.hidden = max(0, self.hidden - 1)
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def from_record(record: Any, source: str, fallback_id: str) -> RawDocument:
    """A document from one JSON object: `text` (or `html`) required; `id`, `lang`, `date`, `url`,
    `title`, `outlet` optional."""
    if not isinstance(record, dict):
        raise InputError(source, "malformed_record", "a record must be a JSON object")
    doc_id = str(record.get("id") or fallback_id)
    text, html = record.get("text"), record.get("html")
    if isinstance(html, str) and not isinstance(text, str):
        page = parse_html(html, source, doc_id, url=_str(record.get("url")))
        published = parse_date(record.get("date")) or page.published
        return RawDocument(
            doc_id=doc_id,
            source=source,
            text=page.text,
            title=_str(record.get("title")) or page.title,
            url=_str(record.get("url")) or page.url,
            outlet=_str(record.get("outlet")) or page.outlet,
            published=published,
            published_source="jsonl" if parse_date(record.get("date")) else page.published_source,
            lang_hint=_str(record.get("lang")),
        )
    if not isinstance(text, str):
        raise InputError(source, "missing_text", "record has no `text` string")
    published = parse_date(record.get("date"))
    return RawDocument(
        doc_id=doc_id,
        source=source,
        text=text,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        outlet=_str(record.get("outlet")),
        published=published,
        published_source="jsonl" if published else None,
        lang_hint=_str(record.get("lang")),
    )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_jsonl(
    stream: IO[bytes], source: str, *, after: int = 0, stop: int | None = None
) -> Iterator[RawDocument | Failure]:
    """One document per line; a broken line is a Failure naming its line number, the rest go through.

    A shard of a big file reads lines after..stop (numbered from 1) from a stream already at line
    `after` + 1, so its records keep the ids and line numbers the whole file gives them.
    """
    number = after
    while stop is None or number < stop:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                line = stream.readline(1 << 20)
            yield Failure(where, "too_large", f"line longer than {MAX_BYTES // 2**20} MB")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode(line, where))
            yield from_record(record, where, fallback_id=where)
        except InputError as exc:
            yield Failure(exc.source, exc.reason, exc.message)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Failure(where, "malformed_json", f"not a JSON object ({exc})")


def parse_json(text: str, source: str) -> Iterator[RawDocument | Failure]:
    """A JSON file: one record, or a list of records (each like a JSONL line)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        yield Failure(source, "malformed_json", f"not valid JSON ({exc})")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        where = f"{source}[{i}]" if isinstance(data, list) else source
        try:
            yield from_record(record, where, fallback_id=where)
        except InputError as exc:
            yield Failure(exc.source, exc.reason, exc.message)


def read_warc(
    stream: IO[bytes], source: str, *, after: int = 0, stop: int | None = None
) -> Iterator[RawDocument | Failure]:
    """HTML responses of a WARC file (plain or gzipped per record); other records are skipped.

    A shard of a big file reads records after..stop (numbered from 1); the ones before are skipped unread.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = end = 0
    records = ArchiveIterator(stream)
    try:
        for record in records:
            n += 1
            if stop is not None and n > stop:
                return
            if n <= after or record.rec_type != "response" or record.http_headers is None:
                records.read_to_end()
                end = records.get_record_offset() + records.get_record_length()
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            where = f"{source}#{n}"
            uri = record.rec_headers.get_header("WARC-Target-URI") or where
            body = record.content_stream().read(MAX_BYTES + 1)
            expected = record.length - record.http_headers.total_len
            records.read_to_end()
            end = records.get_record_offset() + records.get_record_length()
            if len(body) > MAX_BYTES:
                yield Failure(where, "too_large", f"response larger than {MAX_BYTES // 2**20} MB")
                continue
            if len(body) < expected:
                yield Failure(where, "truncated_warc", f"record ends after {len(body)} of {expected} bytes")
                continue
            if "html" not in content_type.lower():
                continue
            try:
                page = parse_html(decode(body, where), where, uri, url=uri)
            except InputError as exc:
                yield Failure(exc.source, exc.reason, exc.message)
                continue
            if page.published is None:
                crawled = parse_date(record.rec_headers.get_header("WARC-Date"))
                if crawled is not None:
                    page = _with_date(page, crawled, "warc_date")
            yield page
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as exc:
        if after <= n and (stop is None or n < stop):  # record n + 1 is this shard's to report
            yield Failure(source, "truncated_warc", f"WARC record {n + 1} cannot be read ({exc})")
        return
    if (
        stop is None and stream.seekable() and stream.seek(0, 2) - end > 4
    ):  # a record cut inside its headers is skipped silently
        yield Failure(source, "truncated_warc", f"WARC record {n + 1} is cut short at the end of the file")


def _with_date(page: RawDocument, published: date, how: str) -> RawDocument:
    from dataclasses import replace

    return replace(page, published=published, published_source=how)
