"""Watch a folder: code the files a crawler drops into it, as they appear, into the store.

    watch(folder, store, interval=5.0, max_cycles=None) -> WatchReport

Polling, so it works on any file system (a network share, a bind mount): each cycle lists the folder,
and a file whose size or modification time differs from what the store's `watched_files` table holds is
coded by the single-process run (same stages, same duplicate handling, same after-run step), once it
has stopped changing for `settle` seconds (a crawler may still be writing it). A file that grew (an
appended JSONL feed) is read again: its articles already stored are dropped as duplicates.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dragoman.errors import UsageError
from dragoman.ingest import discover
from dragoman.model import Failure
from dragoman.pipeline import RunReport, run
from dragoman.store import Store

__all__ = ["WatchReport", "ready_files", "watch"]


@dataclass
class WatchReport:
    cycles: int = 0
    files: int = 0  # files coded (a changed file counts each time)
    stored: int = 0  # new articles
    failures: list[Failure] = field(default_factory=list)


def ready_files(
    folder: str, seen: dict[str, tuple[int, int]], settle: float, now: float
) -> list[tuple[str, int, int]]:
    """(path, size, mtime_ns) of the folder's files that are new or changed and have settled."""
    sources, _ = discover([folder])
    ready: list[tuple[str, int, int]] = []
    for source in sources:
        try:
            stat = os.stat(source)
        except OSError:  # gone between the listing and now: the next cycle sees
            continue
        current = (stat.st_size, stat.st_mtime_ns)
        if seen.get(source) != current and now - stat.st_mtime >= settle:
            ready.append((source, *current))
    return ready


def watch(
    folder: str,
    store: Store,
    *,
    interval: float = 5.0,
    max_cycles: int | None = None,
    settle: float = 2.0,
    default_date: date | None = None,
    lang: str | None = None,
    on_run: Callable[[RunReport], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> WatchReport:
    """Poll `folder` every `interval` seconds (for `max_cycles` cycles, or until interrupted)."""
    if not os.path.isdir(folder):
        raise UsageError(f"{folder}: not a folder; watch a folder a crawler writes files into")
    report = WatchReport()
    while max_cycles is None or report.cycles < max_cycles:
        if report.cycles:
            sleep(interval)
        report.cycles += 1
        ready = ready_files(folder, store.seen_files(), settle, time.time())
        if not ready:
            continue
        done = run(
            [path for path, _, _ in ready],
            store,
            default_date=default_date,
            lang=lang,
            on_failure=on_failure,
        )
        store.mark_seen(ready, done.run_id)
        report.files += len(ready)
        report.stored += len(done.stored_ids)
        report.failures += done.failures
        if on_run is not None:
            on_run(done)
    return report
