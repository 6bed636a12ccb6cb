"""One store file, one writer process and many readers, taking turns.

DuckDB lets one process open a file for writing, or many open it read-only, never both at once. So when a
store is shared (`dragoman serve` answering while `dragoman run` writes), nobody holds it for long: a
reader opens it read-only for one request and closes it; the writer opens it for one batch (a few
statements, one transaction) and closes it, so readers get in while it parses the next batch.

Who goes next is decided by a gate: a lock file beside the store (`STORE.gate`, `flock`). The writer holds
it exclusively from the moment it wants the store until it has closed it; a reader only passes through it
(takes it shared and lets go at once). So a writer waits for the requests already running, never for a
stream of new ones, and a reader waits at most one batch write. Both retry the open while the other side
still holds the file, up to `DRAGOMAN_STORE_WAIT` seconds (30 by default), then fail with a message that
says who holds the store.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from dragoman.errors import StoreError

__all__ = ["connect", "reading", "wait_seconds", "writing"]

_POLL = 0.005  # seconds between two tries of a lock
# what DuckDB says when another process (or this one, configured otherwise, or closing it) holds the file
_BUSY = ("Could not set lock", "Conflicting lock", "different configuration", "Unique file handle conflict")


def wait_seconds() -> float:
    """How long to wait for a busy store before giving up (`DRAGOMAN_STORE_WAIT`, default 30 s)."""
    try:
        return max(0.0, float(os.environ.get("DRAGOMAN_STORE_WAIT", "30")))
    except ValueError:
        return 30.0


@contextmanager
def _gate(path: str, mode: int) -> Iterator[bool]:
    """The gate of the store at `path`, locked in `mode` (waiting at most `wait_seconds`); yields False
    when the gate cannot be made (a read-only folder): the open's own retries then decide alone."""
    try:
        fd = os.open(path + ".gate", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + wait_seconds()
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError(
                        f"{path}: another process has been writing the store for {wait_seconds():.0f} s; "
                        "try again when it is done"
                    ) from None
                time.sleep(_POLL)
        yield True
    finally:
        os.close(fd)  # closing the descriptor drops the lock


@contextmanager
def writing(path: str) -> Iterator[None]:
    """Hold the store's gate for a write: readers wait at the gate until this block ends."""
    with _gate(path, fcntl.LOCK_EX):
        yield


def reading(path: str) -> None:
    """Pass through the store's gate: return once no writer holds or waits for the store."""
    with _gate(path, fcntl.LOCK_SH):
        pass


def connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the store, retried while another process holds the file, up to `wait_seconds`."""
    deadline = time.monotonic() + wait_seconds()
    delay = _POLL
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not any(sign in str(exc) for sign in _BUSY) or time.monotonic() > deadline:
                raise StoreError(f"{path}: cannot open the store ({exc})") from None
        time.sleep(delay)
        delay = min(delay * 2, 0.1)
