"""dragoman's exceptions: one small hierarchy, every message naming the input and what to do."""

from __future__ import annotations


class DragomanError(Exception):
    """Base of every error dragoman raises on purpose."""


class UsageError(DragomanError):
    """The caller asked for something that cannot be done as asked (bad option, missing path)."""


class InputError(DragomanError):
    """One input, or one record of it, cannot be read. The batch goes on without it."""

    def __init__(self, source: str, reason: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = reason
        self.message = message


class StoreError(DragomanError):
    """The store cannot be opened or written."""
