"""Counts per stage and reason: what each stage received, passed on and dropped, and why."""

from __future__ import annotations

from collections import Counter

# The order stages are reported in; reasons within a stage keep the order they were first counted.
STAGES = ("ingest", "clean", "language", "nlp", "actors", "coding", "dedup", "store", "aggregate")


class Counts:
    def __init__(self) -> None:
        self._counter: Counter[tuple[str, str]] = Counter()

    def add(self, stage: str, reason: str, n: int = 1) -> None:
        self._counter[(stage, reason)] += n

    def get(self, stage: str, reason: str) -> int:
        return self._counter[(stage, reason)]

    def failed(self) -> int:
        return sum(n for (_, reason), n in self._counter.items() if reason.startswith("failed_"))

    def rows(self) -> list[tuple[str, str, int]]:
        order = {stage: i for i, stage in enumerate(STAGES)}
        keys = sorted(self._counter, key=lambda k: order.get(k[0], len(order)))
        return [(stage, reason, self._counter[(stage, reason)]) for stage, reason in keys]
