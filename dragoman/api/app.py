"""The FastAPI app: read routes under /api, ingest when a token is set, the web UI at /."""

from __future__ import annotations

import csv
import hmac
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from dragoman import __version__
from dragoman.actors.kb import KnowledgeBase
from dragoman.api import models
from dragoman.api.errors import ApiError, install
from dragoman.api.ingest import Upload, ingest, upload_of_body, upload_of_file
from dragoman.api.models import ErrorBody
from dragoman.errors import UsageError
from dragoman.ingest.decode import MAX_BYTES
from dragoman.store import Store, lookups, queries

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter cannot be used as given; the message says how."},
    401: {"model": ErrorBody, "description": "This server wants `Authorization: Bearer TOKEN`."},
    404: {"model": ErrorBody, "description": "No such thing in the store."},
}


class Desk:
    """What the routes share: the store's path, the knowledge base, and the token.

    Each request opens the store for itself and closes it when done, through the store's gate
    (`dragoman.store.gate`): a `dragoman run` or `watch` in another process writes the same file between
    requests, and the next request sees what it wrote.
    """

    def __init__(self, db: str | Path, ingest_token: str | None, token_for_reads: bool) -> None:
        self.path = str(db)
        self.token = ingest_token
        self.token_for_reads = token_for_reads and ingest_token is not None
        self._writing = threading.Lock()  # one ingest at a time in this process
        self._kb: KnowledgeBase | None = None
        # fail at start, not on the first request: a reader needs the store, an ingesting server makes it
        Store(self.path, read_only=ingest_token is None, shared=True).close()

    @contextmanager
    def use(self) -> Iterator[Store]:
        """The store, read-only, for one request."""
        store = Store(self.path, read_only=True, shared=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The store for an ingest: it holds the file only while it writes a batch."""
        with self._writing:
            store = Store(self.path, shared=True)
            try:
                yield store
            finally:
                store.close()

    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            from dragoman.pipeline import knowledge_for

            with self.use() as store:
                self._kb = knowledge_for(store)
        return self._kb

    def check_token(self, request: Request) -> None:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if (
            self.token is None
            or scheme.lower() != "bearer"
            # constant time, over bytes: a str compare_digest raises on non-ASCII (a header is Latin-1)
            or not hmac.compare_digest(value.strip().encode("utf-8"), self.token.encode("utf-8"))
        ):
            raise ApiError(401, "unauthorized", "send the server's token as `Authorization: Bearer TOKEN`")


def event_query(
    actor: Annotated[
        str | None,
        Query(description="Actor id (state:CHN), or words of its name or of its text in articles."),
    ] = None,
    country: Annotated[str | None, Query(description="ISO3 of the source or target, e.g. CHN.")] = None,
    source: Annotated[str | None, Query(description="Dyad source: actor id or ISO3.")] = None,
    target: Annotated[str | None, Query(description="Dyad target: actor id or ISO3.")] = None,
    code: Annotated[str | None, Query(description="CAMEO code or prefix: 042, 19.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, 01-20.")] = None,
    quad: Annotated[int | None, Query(description="QuadClass 1-4.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER type, e.g. ASSAULT.")] = None,
    modality: Annotated[Literal["asserted", "negated", "possible"] | None, Query()] = None,
    lang: Annotated[str | None, Query(description="Language the event was read in: fr, en.")] = None,
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    outlet: Annotated[str | None, Query(description="The article's outlet, exactly.")] = None,
    wire: Annotated[str | None, Query(description="Wire agency credited: AFP, AP, Reuters, ...")] = None,
    text: Annotated[str | None, Query(description="Words of the evidence sentence.")] = None,
    place: Annotated[
        str | None, Query(description="The event's place: its name (any case) or GeoNames id.")
    ] = None,
    bbox: Annotated[
        str | None,
        Query(
            description="Events placed inside west,south,east,north (degrees), e.g. 22.1,44.3,40.2,52.4; "
            "west above east crosses the antimeridian."
        ),
    ] = None,
) -> queries.EventQuery:
    return queries.EventQuery.parse(
        actor=actor,
        country=country,
        source=source,
        target=target,
        code=code,
        root=root,
        quad=quad,
        plover=plover,
        modality=modality,
        lang=lang,
        since=since,
        until=until,
        outlet=outlet,
        wire=wire,
        text=text,
        place=place,
        bbox=bbox,
    )


Filters = Annotated[queries.EventQuery, Depends(event_query)]
Sort = Literal["date", "-date", "goldstein", "-goldstein", "confidence", "-confidence"]
Interval = Literal["day", "week", "month"]


def create_app(db: str | Path, *, ingest_token: str | None = None, token_for_reads: bool = False) -> FastAPI:
    """The app over the store at `db`. With `ingest_token` the store is opened for writing and POST
    /api/ingest takes that token; without it the store is opened read-only and ingest answers 403.
    `token_for_reads` (for a server bound beyond localhost) makes every read route want the token too."""
    desk = Desk(db, ingest_token, token_for_reads)
    app = FastAPI(
        title="dragoman",
        version=__version__,
        description="Coded political events: who did what to whom, when and where, with the evidence. "
        'Every error is `{"error": {"code", "message"}}`.',
        responses=ERRORS,
    )
    app.state.desk = desk
    install(app)
    app.include_router(_routes(desk))
    if WEB_DIR.is_dir():
        app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    return app


def _routes(desk: Desk) -> Any:
    from fastapi import APIRouter

    def reader(request: Request) -> None:
        if desk.token_for_reads:
            desk.check_token(request)

    api = APIRouter(prefix="/api", dependencies=[Depends(reader)])

    @api.get(
        "/events",
        response_model=models.EventPage,
        responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
        summary="Events matching the filters, a page at a time",
    )
    def events(
        filters: Filters,
        sort: Sort = "-date",
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page.")] = None,
        limit: Annotated[int, Query(ge=1, le=queries.MAX_LIMIT)] = 50,
        format: Literal["json", "csv"] = "json",
    ) -> Any:
        with desk.use() as store:
            page = queries.events_page(
                store, filters, sort=sort, cursor=cursor, limit=limit, flat=format == "csv"
            )
        if format == "csv":
            return _csv(page)
        return {"events": page.events, "next_cursor": page.next_cursor, "total": page.total}

    @api.get("/events/{event_id}", response_model=models.EventDetail, summary="One event with its evidence")
    def event(event_id: str) -> Any:
        with desk.use() as store:
            found = queries.event_detail(store, event_id)
        if found is None:
            raise ApiError(
                404, "not_found", f"no single event matches {event_id!r}; list them at /api/events"
            )
        return found

    @api.get("/timeline", response_model=models.Timeline, summary="Events per period by QuadClass")
    def timeline(filters: Filters, interval: Interval = "day") -> Any:
        with desk.use() as store:
            return queries.timeline(store, filters, interval)

    @api.get("/network", response_model=models.Network, summary="Actors and the dyads between them")
    def network(filters: Filters, max_edges: Annotated[int, Query(ge=1, le=5000)] = 200) -> Any:
        with desk.use() as store:
            return queries.network(store, filters, max_edges=max_edges)

    @api.get("/places", response_model=models.Places, summary="Where events happened (or their country)")
    def places(filters: Filters) -> Any:
        with desk.use() as store:
            return queries.places(store, filters)

    @api.get("/dyads", response_model=models.DyadSeries, summary="Counts and mean Goldstein of A → B")
    def dyads(
        source: Annotated[str, Query(description="Actor id or ISO3.")],
        target: Annotated[str, Query(description="Actor id or ISO3.")],
        interval: Interval = "month",
    ) -> Any:
        with desk.use() as store:
            return queries.dyad_series(store, source, target, interval)

    @api.get("/actors", response_model=models.ActorHits, summary="Look actors up by name or id")
    def actors(
        q: Annotated[str, Query(min_length=1, description="Part of a name (any language) or id.")],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> Any:
        kb = desk.kb()
        with desk.use() as store:
            return {"actors": lookups.search_actors(store, kb, q, limit=limit)}

    @api.get("/actors/{actor_id}", response_model=models.ActorProfile, summary="One actor over time")
    def actor(actor_id: str) -> Any:
        kb = desk.kb()
        with desk.use() as store:
            found = lookups.actor_profile(store, kb, actor_id)
        if found is None:
            raise ApiError(404, "not_found", f"no actor {actor_id!r}; look ids up at /api/actors?q=NAME")
        return found

    @api.get("/articles", response_model=models.ArticlePage, summary="Stored articles, newest first")
    def articles(
        lang: str | None = None,
        outlet: str | None = None,
        wire: str | None = None,
        cursor: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> Any:
        with desk.use() as store:
            rows, next_cursor = lookups.articles_page(
                store, lang=lang, outlet=outlet, wire=wire, cursor=cursor, limit=limit
            )
        return {"articles": rows, "next_cursor": next_cursor}

    @api.get("/articles/{article_id}", response_model=models.ArticleDetail, summary="One article")
    def article(article_id: str) -> Any:
        with desk.use() as store:
            found = lookups.article_detail(store, article_id)
        if found is None:
            raise ApiError(
                404, "not_found", f"no single article matches {article_id!r}; list them at /api/articles"
            )
        return found

    @api.get("/runs", response_model=models.RunStats, summary="Runs: counts per stage and reason")
    def runs() -> Any:
        with desk.use() as store:
            return queries.run_stats(store)

    @api.get("/codes", response_model=models.Codes, summary="The CAMEO code table")
    def codes() -> Any:
        from dragoman.coding.tables import cameo_codes

        return {
            "cameo": [
                {**{k: getattr(c, k) for k in c.__slots__}, "plover_type": c.plover_type or None}
                for c in cameo_codes().values()
            ],
            "quad_classes": {str(k): v for k, v in queries.QUAD_CLASSES.items()},
        }

    @api.get("/about", response_model=models.About, summary="This server: version, store, ingest")
    def about() -> Any:
        return {
            "version": __version__,
            "db": desk.path,
            "ingest": desk.token is not None,
            "token_required_for_reads": desk.token_for_reads,
        }

    ingest_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"oneOf": [{"type": "object"}, {"type": "array"}]}},
                "application/x-ndjson": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "array", "items": {"type": "string", "format": "binary"}}
                        },
                    }
                },
            },
        }
    }

    @api.post(
        "/ingest",
        response_model=models.IngestResult,
        openapi_extra=ingest_body,
        responses={
            403: {"model": ErrorBody, "description": "Ingest is off on this server."},
            413: {"model": ErrorBody, "description": "The body is larger than 50 MB."},
        },
        summary="Code articles live: JSON record(s), JSONL, HTML, text or files; get their events back",
    )
    async def ingest_route(
        request: Request,
        lang: Annotated[str | None, Query(description="fr, en, or auto.")] = None,
        date_: Annotated[
            str | None, Query(alias="date", description="Publication date for articles without one.")
        ] = None,
    ) -> Any:
        if desk.token is None:
            raise ApiError(
                403,
                "ingest_disabled",
                "ingest is off: start the server with `dragoman serve --ingest-token TOKEN`",
            )
        desk.check_token(request)
        length = request.headers.get("content-length") or "0"
        if not (length.isascii() and length.isdigit()) or int(length) > MAX_BYTES:
            raise ApiError(413, "too_large", "the body is over 50 MB: split it into several requests")
        await _read_body(request)  # a chunked body has no length to check: count it as it comes
        default_date = _day(date_)
        uploads = await _uploads(request)

        def run() -> dict[str, Any]:
            with desk.write() as store:
                return ingest(store, uploads, lang=lang, default_date=default_date)

        return await run_in_threadpool(run)

    return api


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"date {value!r}: use YYYY-MM-DD") from None


async def _read_body(request: Request) -> bytes:
    """The request body, read no further than MAX_BYTES; later reads (form parsing) reuse it."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BYTES:
            raise ApiError(413, "too_large", "the body is over 50 MB: split it into several requests")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette's own cache: request.body() and request.form() read it from here
    return body


async def _uploads(request: Request) -> list[Upload]:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        form = await request.form()
        uploads = []
        for _, value in form.multi_items():
            if isinstance(value, str):
                if value.strip():
                    uploads.append(Upload("pasted.txt", value.encode("utf-8")))
            else:
                uploads.append(upload_of_file(value.filename, await value.read(), value.content_type))
        return uploads
    return [upload_of_body(await request.body(), media)]


def _csv(page: queries.Page) -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(queries.flat_event({}).keys()))
    writer.writeheader()
    writer.writerows(page.events)
    headers = {"X-Total-Count": str(page.total)}
    if page.next_cursor:
        headers["X-Next-Cursor"] = page.next_cursor
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
