"""The HTTP API and the web UI, one FastAPI app over one store.

    app = create_app("dragoman.duckdb", ingest_token=None)

Routes are a few lines each over `dragoman.store.queries` and `dragoman.store.lookups`, the functions the
CLI uses too; the web UI (dragoman/web, served at /) reads the same JSON.
"""

from dragoman.api.app import create_app

__all__ = ["create_app"]
