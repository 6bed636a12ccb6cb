"""Quality measurements against third-party gold sets (read at run time, never shipped)."""
