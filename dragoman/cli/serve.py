"""`dragoman serve`: the HTTP API and the web UI from one process, over one store."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from dragoman.cli import DbOption, app, err, out
from dragoman.errors import StoreError
from dragoman.store import DEFAULT_DB


def is_loopback(host: str) -> bool:
    """Whether `host` only answers this machine (127.0.0.1, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    ingest_token: Annotated[
        str | None,
        typer.Option(
            "--ingest-token",
            envvar="DRAGOMAN_INGEST_TOKEN",
            help="Turn on POST /api/ingest, for requests with `Authorization: Bearer TOKEN`. "
            "Off a loopback address, every route then wants the token.",
        ),
    ] = None,
) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the web UI (/) over the store."""
    import uvicorn

    from dragoman.api import create_app

    local = is_loopback(host)
    try:
        api = create_app(db, ingest_token=ingest_token, token_for_reads=not local)
    except StoreError as exc:
        err.print(f"dragoman: error: {exc}", markup=False)
        raise typer.Exit(2) from None
    if not local and not ingest_token:
        err.print(
            f"dragoman: warning: {host} is reachable beyond this machine and no --ingest-token is set: "
            "anyone who can reach it can read the store",
            markup=False,
        )
    ingest = "on (token required)" if ingest_token else "off (start with --ingest-token TOKEN to turn it on)"
    out.print(
        f"dragoman: serving {db} at http://{host}:{port}/ (API docs at /docs); ingest {ingest}", markup=False
    )
    uvicorn.run(api, host=host, port=port, log_level="warning")
