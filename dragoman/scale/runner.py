"""The distributed run: the single-process run's stages on a Dask cluster, resumable, one merge at the end.

    run_cluster(inputs, db, workers=2 | scheduler="tcp://host:8786", ...) -> ClusterReport

The inputs are cut into shards (`plan`), each shard goes through the pipeline on a worker (`run_shard`)
and lands as Parquet under `<db>.runs/<key>/`, where the key names the inputs (paths, sizes, times) and
options; then the partitions are loaded into the store in one transaction and the run ends with the
single-process run's own `finish`. A run killed at any point, started again with the same inputs, finds
its finished shards and does the rest; the merge gives the single-process run's result (same article
ids, event ids and counts). On an existing cluster (`scheduler`) every worker must see the input files
and the run folder at the same paths (a shared file system).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dragoman import __version__
from dragoman.counts import Counts
from dragoman.errors import UsageError
from dragoman.ingest import STDIN, discover
from dragoman.model import Failure
from dragoman.pipeline import RunReport, finish
from dragoman.scale.plan import SHARD_BYTES, Shard, load_plan, plan, save_plan
from dragoman.scale.shard import ShardOptions, read_shard, run_shard
from dragoman.store import Store
from dragoman.store.parts import TABLES, Loaded, load_parts

__all__ = ["ClusterReport", "run_cluster", "runs_dir"]

MIN_SHARD_BYTES = 64 << 10  # below this a shard costs more in scheduling and files than in work
SHARDS_PER_WORKER = 16  # enough shards that the last ones finishing together keeps every worker busy
# Dask starts its workers with MALLOC_TRIM_THRESHOLD_=65536 (glibc hands freed memory back to the system at
# once); spaCy allocates and frees large arrays for every minibatch, so the worker then spends 15 % of its
# time in the kernel, faulting the same pages in again (600 articles in one process: 79.7 s with it, 69.1 s
# without, peak memory alike). Local workers keep glibc's own adaptive threshold.
WORKER_ENVIRON = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


@dataclass
class ClusterReport(RunReport):
    shards: int = 0
    resumed: int = 0  # shards an earlier, interrupted run of the same inputs had finished
    run_dir: str = ""
    dashboard: str | None = None
    worker_peak_mb: list[float] = field(default_factory=list)  # peak resident memory of each worker


def runs_dir(db: str | Path) -> Path:
    """Where a store's distributed runs keep their partitions: beside the store."""
    return Path(f"{db}.runs")


def run_cluster(
    inputs: Sequence[str],
    db: str | Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    default_date: date | None = None,
    lang: str | None = None,
    shard_bytes: int = SHARD_BYTES,
    keep_parts: bool = False,
    on_start: Callable[[ClusterReport], None] | None = None,
    on_shard: Callable[[], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> ClusterReport:
    """Run the pipeline over `inputs` on a local cluster of `workers` processes (or on the cluster at
    `scheduler`) into the store `db`; `on_start` hears the plan, `on_shard` each finished shard."""
    started = time.perf_counter()
    if workers < 1:
        raise UsageError(f"--workers {workers}: give at least 1")
    sources, missing = discover(list(inputs))
    if STDIN in sources:
        raise UsageError(
            "standard input cannot be split over workers: save it to a file, or run without --workers"
        )
    report = ClusterReport(run_id=uuid.uuid4().hex[:12], counts=Counts())

    def fail(failure: Failure) -> None:
        report.counts.add("ingest", f"failed_{failure.reason}")
        report.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    for failure in missing:
        fail(failure)
    with Store(db) as store:
        options = ShardOptions(
            default_date, lang if lang != "auto" else None, tuple(store.imported_entries())
        )
        run_dir = runs_dir(db) / _run_key(sources, options)
        shards = _plan(run_dir, sources, shard_bytes, workers)
        store.start_run(report.run_id, inputs, __version__)
        todo = [s for s in shards if not (run_dir / s.name).is_dir()]
        report.shards, report.resumed, report.run_dir = len(shards), len(shards) - len(todo), str(run_dir)
        broken = (
            _compute(todo, run_dir, options, workers, scheduler, report, on_start, on_shard) if todo else {}
        )
        if not todo and on_start is not None:
            on_start(report)
        done, prepared = [], 0
        for shard in shards:
            if shard.index in broken:
                fail(broken[shard.index])
                continue
            result = read_shard(run_dir / shard.name)
            for stage, reason, n in result.counts:
                report.counts.add(stage, reason, n)
            for failure in result.failures:
                report.failures.append(failure)
                if on_failure is not None:
                    on_failure(failure)
            prepared += result.prepared
            done.append(run_dir / shard.name)
        loaded = load_parts(store, done, report.run_id, prepared)
        _count_loaded(report.counts, loaded)
        report.stored_ids = loaded.stored_ids
        finish(store, report, started, index_rows=loaded.index_rows)
    if not broken and not keep_parts:
        shutil.rmtree(run_dir, ignore_errors=True)
    return report


def _run_key(sources: list[str], options: ShardOptions) -> str:
    """The same inputs (paths, sizes, modification times) with the same options give the same run folder."""
    described: list[object] = [
        __version__,
        TABLES,
        str(options.default_date),
        options.lang,
        repr(options.imported),
    ]  # the tables a shard writes: shards of another layout are not this run's
    for source in sources:
        try:
            stat = os.stat(source)
            described.append([os.path.abspath(source), stat.st_size, stat.st_mtime_ns])
        except OSError:
            described.append([os.path.abspath(source), None, None])
    return hashlib.blake2b(json.dumps(described).encode(), digest_size=8).hexdigest()


def _plan(run_dir: Path, sources: list[str], shard_bytes: int, workers: int) -> list[Shard]:
    """The run's saved plan, or a new one: shards of at most `shard_bytes`, a few per worker."""
    path = run_dir / "plan.json"
    run_dir.mkdir(parents=True, exist_ok=True)
    for stale in run_dir.glob(".shard-*.tmp-*"):  # a shard an interrupted run was writing: redone
        shutil.rmtree(stale, ignore_errors=True)
    if path.exists():
        return load_plan(path)
    total = sum(os.path.getsize(s) for s in sources if os.path.isfile(s))
    target = min(shard_bytes, max(MIN_SHARD_BYTES, total // (SHARDS_PER_WORKER * workers) + 1))
    shards = plan(sources, target)
    save_plan(path, shards)
    return shards


def _compute(
    todo: list[Shard],
    run_dir: Path,
    options: ShardOptions,
    workers: int,
    scheduler: str | None,
    report: ClusterReport,
    on_start: Callable[[ClusterReport], None] | None,
    on_shard: Callable[[], None] | None,
) -> dict[int, Failure]:
    """Run the shards on the cluster; a shard that fails is named (the rest go on) and redone next run."""
    import dask
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")  # type: ignore[no-untyped-call]
        else:
            with dask.config.set(WORKER_ENVIRON):
                cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR
                )
            client = Client(cluster)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    broken: dict[int, Failure] = {}
    try:
        report.dashboard = client.dashboard_link
        if on_start is not None:
            on_start(report)
        futures = client.map(run_shard, todo, run_dir=str(run_dir), options=options, pure=False)
        shard_of = {future.key: shard for future, shard in zip(futures, todo, strict=True)}
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            shard = shard_of[future.key]
            try:
                future.result()
            except Exception as exc:  # a bug or a lost worker on one shard: name it, keep the others
                broken[shard.index] = Failure(
                    shard.describe(),
                    "internal_error",
                    f"shard {shard.index} failed on a worker ({exc.__class__.__name__}: {exc}); "
                    "run the same command again to retry it",
                )
            if on_shard is not None:
                on_shard()
        report.worker_peak_mb = sorted(client.run(_peak_mb).values())
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()
    return broken


def _peak_mb() -> float:
    """This worker process's peak resident memory, in MB (Linux gives KB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _count_loaded(counts: Counts, loaded: Loaded) -> None:
    """The counts the single-process run makes while it parses and stores, from what the merge stored."""
    counts.add("nlp", "parsed", loaded.parsed)
    if loaded.too_long:
        counts.add("nlp", "skipped_too_long", loaded.too_long)
    if loaded.parseable:
        counts.add("actors", "mentions_resolved", loaded.mentions_resolved)
        counts.add("actors", "mentions_unresolved", loaded.mentions_unresolved)
        counts.add("coding", "events", loaded.events)
    if loaded.duplicates:
        counts.add("store", "dropped_duplicate", loaded.duplicates)
    counts.add("store", "events", loaded.events)
    counts.add("store", "stored", len(loaded.stored_ids))
