"""Scale: the pipeline on a Dask cluster (resumable, Parquet partitions, one merge) and a watched folder.

    run_cluster(inputs, db, workers=N | scheduler=ADDRESS) -> ClusterReport
    watch(folder, store, ...) -> WatchReport

Both call the single-process run's own functions (`pipeline.articles_of`, `code_batch`, `run`,
`finish`): none re-implements a stage.
"""

from __future__ import annotations

from dragoman.scale.runner import ClusterReport, run_cluster, runs_dir
from dragoman.scale.watch import WatchReport, watch

__all__ = ["ClusterReport", "WatchReport", "run_cluster", "runs_dir", "watch"]
