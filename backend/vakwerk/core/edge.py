"""The edge: the check order before any route code runs, and the unit of work around it.

For every API request the edge (``RequestGuard``), in docs/domain.md §0's order:

0. finds the route (404/405 are left to the router); a path id that is not a
   canonical UUID → 404; an ``Accept`` nothing can serve → 406 — all before any I/O;
1. opens the request's unit of work (``core.unit``) and authenticates in it → 401
   (and 403 for a cookie request without its CSRF token);
2. applies the policy table → 403 before any lookup;
3. checks the media type (415) and the input it can check without the route: control
   characters in the query, the headers and the body, the body's size, the audit
   reason (400), then hands the request to FastAPI, which validates the rest;
4. …and commits the unit when the route answered a success — before the first byte
   of the reply leaves — or rolls it back (writing the rows a refusal keeps).

The response headers (security headers, API-Version, no-store) are added around all
of it by ``ResponseHeaders``, so a 500 carries them too.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack
from typing import IO, Any
from urllib.parse import parse_qsl

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vakwerk import __version__
from vakwerk.core import idempotency
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.config import Settings
from vakwerk.core.contract import PREFIX
from vakwerk.core.db import Database
from vakwerk.core.errors import (
    PROBLEM_JSON,
    ApiError,
    Conflict,
    InvalidInput,
    InvalidParam,
    NotAcceptable,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    Unauthorized,
    UnsupportedMediaType,
    problem_body,
)
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.core.unit import Unit
from vakwerk.core.validation import to_invalid_input

log = logging.getLogger("vakwerk")

Authenticator = Callable[..., Any]  # async (session, headers, cookies, method, settings) -> Actor
SAFE_METHODS = frozenset({"GET", "HEAD"})


def route_of(scope: Scope) -> str:
    """What a log line names: the matched route's template (``/clients/by-ref/{system}/{ref}``),
    never the path itself, which can hold a client reference or a feed's secret."""
    route = scope.get("route")
    return str(getattr(route, "path", None) or "an unmatched path")


MAX_JSON_BODY = 1 << 20  # 1 MiB: the largest form (a decision tree) is far below it
# An upload route names the setting that limits its file (MiB); the parts around the file
# (boundaries, the other form fields) may add this much. The route checks the file itself.
MULTIPART_ALLOWANCE = 1 << 16
SPOOL_IN_MEMORY = 1 << 20
CANONICAL_UUID = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
CONTROL_REASON = "Deze tekst bevat een stuurteken (zoals een nul-byte); laat dat weg."
ALLOWED_CONTROLS = frozenset("\t\r\n")


def problem_response(error: ApiError, instance: str | None) -> JSONResponse:
    return JSONResponse(
        problem_body(
            error.status, detail=error.detail, instance=instance, code=error.code, extra=error.extra
        ),
        status_code=error.status,
        headers=error.headers,
        media_type=PROBLEM_JSON,
    )


def _media_matches(accept: str, produced: list[str]) -> bool:
    """Whether any media range in Accept (q > 0) covers one of the produced types."""
    candidates = [*produced, PROBLEM_JSON]
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params):
            continue
        kind, _, sub = media.lower().partition("/")
        if kind in ("", "*"):
            return True
        for candidate in candidates:
            c_kind, _, c_sub = candidate.partition("/")
            if kind == c_kind and sub in ("*", c_sub):
                return True
    return False


def _content_type_ok(content_type: str, consumes: list[str]) -> bool:
    media = content_type.split(";")[0].strip().lower()
    return media in [c.lower() for c in consumes]


def has_control(text: str) -> bool:
    """A control character other than tab, carriage return and line feed (C0, DEL, C1)."""
    return any(
        unicodedata.category(ch) == "Cc" and ch not in ALLOWED_CONTROLS
        for ch in text
        if ch < " " or "\x7f" <= ch <= "\x9f"
    )


def _control(name: str) -> InvalidParam:
    return InvalidParam(name, "invalid_character", CONTROL_REASON)


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string in a JSON document with its dotted wire name (keys included)."""
    if isinstance(value, str):
        yield path or "body", value
    elif isinstance(value, dict):
        for key, item in value.items():
            name = f"{path}.{key}" if path else str(key)
            yield name, str(key)
            yield from _strings(item, name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}.{index}" if path else str(index))


def body_controls(body: bytes) -> list[InvalidParam]:
    """Control characters in a JSON body. In JSON they arrive escaped (``\\u0000``) or, for
    DEL and C1, raw; a body without a backslash and without those bytes has none."""
    if b"\\" not in body and b"\x7f" not in body and not re.search(rb"\xc2[\x80-\x9f]", body):
        return []
    try:
        document = json.loads(body)
    except ValueError:
        return []  # FastAPI answers invalid JSON itself
    return [_control(name) for name, text in _strings(document, "") if has_control(text)]


def pairs_controls(pairs: list[tuple[str, str]]) -> list[InvalidParam]:
    return [_control(name) for name, value in pairs if has_control(name) or has_control(value)]


def as_api_error(error: Exception) -> ApiError:
    """What an exception from a route answers: one mapping for the whole API."""
    if isinstance(error, ApiError):
        return error
    if isinstance(error, RequestValidationError):
        return to_invalid_input(error.errors())
    if isinstance(error, IntegrityError):
        log.info("integrity conflict: %s", type(error.orig).__name__)
        return Conflict("Dit botst met een bestaand record.")
    if isinstance(error, OperationalError):
        if getattr(error.orig, "sqlstate", None) in ("40001", "40P01"):
            return Conflict("Een ander verzoek wijzigde dit tegelijk. Probeer het opnieuw.")
        log.error("database unavailable: %s", type(error).__name__)
        return ServiceUnavailable("De database is niet bereikbaar.")
    if isinstance(error, StarletteHTTPException):
        mapped = ApiError(str(error.detail), headers=dict(error.headers or {}))
        mapped.status, mapped.code = error.status_code, "http_error"
        return mapped
    log.error("unexpected error", exc_info=error)
    return ApiError()


class RouteTable:
    """The API's routes by their first path segment, matched by their own path regex: the
    edge finds a request's route in a handful of comparisons and hands it over directly
    (FastAPI's router would match it again against every route)."""

    def __init__(self, routes: list[Any], prefix: str) -> None:
        self.prefix = prefix
        self.buckets: dict[str, list[APIRoute]] = {}
        for route in routes:
            if isinstance(route, APIRoute) and (route.openapi_extra or {}).get("x-operation"):
                self.buckets.setdefault(self._segment(route.path), []).append(route)

    def _segment(self, path: str) -> str:
        return path[len(self.prefix) :].lstrip("/").split("/", 1)[0]

    def match(self, scope: Scope) -> tuple[APIRoute | None, dict[str, Any]]:
        path, method = scope["path"], scope["method"]
        for route in self.buckets.get(self._segment(path), ()):
            found = route.path_regex.match(path)
            if found is not None and method in (route.methods or ()):
                params = {
                    key: route.param_convertors[key].convert(value)
                    for key, value in found.groupdict().items()
                }
                return route, params
        return None, {}


class RequestGuard:
    """The check order and the unit of work for every API request (see the module doc).

    A request for a path and method no API route serves (404, 405, the docs) passes on
    to FastAPI untouched."""

    def __init__(self, app: ASGIApp, fastapi_app: FastAPI, authenticate: Authenticator) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self.authenticate = authenticate
        self.table: RouteTable | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if self.table is None:  # the routes are complete once the app serves
            self.table = RouteTable(self.fastapi_app.router.routes, PREFIX)
        route, path_params = self.table.match(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        extra = route.openapi_extra or {}
        operation = extra["x-operation"]
        try:
            self._before_io(scope, path_params, extra)
        except ApiError as error:
            await problem_response(error, scope["path"])(scope, receive, send)
            return
        settings: Settings = self.fastapi_app.state.settings
        database: Database = self.fastapi_app.state.database
        headers = Headers(scope=scope)
        unit = Unit(
            database,
            write=scope["method"] not in SAFE_METHODS,
            reason=headers.get("x-audit-toelichting") or None,
        )
        scope.setdefault("state", {}).update(unit=unit, route=route)
        reply = _Reply(unit, send, scope)
        body: _Body = _Body()
        route_send: Send | None
        try:
            try:
                receive = await self._authorise(
                    scope, receive, unit, headers, extra, Op(operation), settings, body
                )
                route_send = await self._idempotent(
                    scope, unit, headers, Op(operation), body, reply
                )
            except Exception as exception:  # 401, 403, 415, 400 — or the database is down
                refusal = as_api_error(exception)
                unit.keep(refusal.keep)
                await problem_response(refusal, scope["path"])(scope, receive, reply.send)
                return
            if route_send is None:  # the first reply to this Idempotency-Key was sent again
                return
            scope.update(path_params=path_params, route=route, endpoint=route.endpoint)
            try:
                async with AsyncExitStack() as stack:
                    scope["fastapi_middleware_astack"] = stack
                    await route.app(scope, receive, route_send)
            except Exception as exception:
                problem = as_api_error(exception)
                if reply.started:  # a stream broke off: nothing left to tell the client
                    log.error("error after the reply started on %s", route_of(scope))
                    return
                unit.keep(problem.keep)
                await problem_response(problem, scope["path"])(scope, receive, route_send)
        finally:
            body.close()
            await unit.close()

    async def _idempotent(
        self,
        scope: Scope,
        unit: Unit,
        headers: Headers,
        operation: Op,
        body: _Body,
        reply: _Reply,
    ) -> Send | None:
        """A POST with an ``Idempotency-Key``: claim the key (``core.idempotency``) and send
        the reply through a recorder; ``None`` when the stored reply was sent instead."""
        key = idempotency.parse_key(headers.get(idempotency.HEADER))
        grant = scope["state"].get("grant")
        if key is None or scope["method"] != "POST" or operation is Op.PUBLIC or grant is None:
            return reply.send
        actor = grant.actor
        print_ = idempotency.fingerprint(
            scope["method"],
            scope["path"],
            scope.get("query_string", b""),
            headers.get("content-type"),
            body.content,
        )
        # The claim is a transaction of its own that others must see at once; end the
        # authentication's (on SQLite it holds the write lock) before taking it.
        await unit.commit()
        database = unit.database
        found = await idempotency.claim(
            database, idempotency.Principal(actor.kind, actor.id), key, print_
        )
        if isinstance(found, idempotency.Replay):
            await found.send(reply.downstream)
            return None
        claimed = found

        async def before_success(status: int, headers_: Any, content: bytes) -> None:
            if len(content) <= idempotency.MAX_STORED_BODY:
                await idempotency.record(unit.session, claimed, status, headers_, content)

        async def after(status: int, headers_: Any, content: bytes) -> None:
            if reply.replaced or status >= 500 or len(content) > idempotency.MAX_STORED_BODY:
                await idempotency.release(database, claimed)
            elif status >= 400:
                await idempotency.store_refusal(database, claimed, status, headers_, content)

        return idempotency.Recorder(reply.send, before_success, after).send

    def _before_io(self, scope: Scope, path_params: dict[str, Any], extra: dict[str, Any]) -> None:
        # Step 0: an id in the path that is no canonical UUID names nothing.
        for name, value in path_params.items():
            if (name == "id" or name.endswith("Id")) and not CANONICAL_UUID.match(str(value)):
                raise NotFound()
        accept = Headers(scope=scope).get("accept")
        if accept and not _media_matches(accept, extra.get("x-produces") or ["application/json"]):
            raise NotAcceptable()

    async def _authorise(
        self,
        scope: Scope,
        receive: Receive,
        unit: Unit,
        headers: Headers,
        extra: dict[str, Any],
        operation: Op,
        settings: Settings,
        body: _Body,
    ) -> Receive:
        """Steps 1-3; returns the ``receive`` the route reads its (checked) body from, and
        keeps the body it read in ``body`` (for the Idempotency-Key's fingerprint)."""
        state = scope["state"]
        if operation is not Op.PUBLIC:
            cookies = cookie_parser(headers.get("cookie", ""))
            actor: Actor | None = await self.authenticate(
                unit.session, headers, cookies, scope["method"], settings
            )
            if actor is None:
                raise Unauthorized()
            state["grant"] = authorize(actor, operation)
        problems = pairs_controls(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        problems += [
            _control(name.decode("latin-1"))
            for name, value in scope["headers"]
            if has_control(value.decode("latin-1").replace("\t", " "))
        ]
        reason = headers.get("x-audit-toelichting")
        if reason is not None and len(reason) > 500:
            problems.append(
                InvalidParam(
                    "X-Audit-Toelichting",
                    "max_length",
                    "De toelichting mag hoogstens 500 tekens lang zijn.",
                )
            )
        problems += bsn_problems([("X-Audit-Toelichting", reason)])
        route_has_body = getattr(state["route"], "body_field", None) is not None
        sends_body = int(headers.get("content-length") or 0) > 0 or "transfer-encoding" in headers
        if route_has_body and sends_body:
            content_type = headers.get("content-type")
            consumes = extra.get("x-consumes") or []
            if not content_type or not _content_type_ok(content_type, consumes):
                raise UnsupportedMediaType("Stuur de gegevens als " + " of ".join(consumes) + ".")
            media = content_type.split(";")[0].strip().lower()
            if media.endswith("json") or media == "application/x-www-form-urlencoded":
                content = await _read_body(receive, MAX_JSON_BODY)
                if media.endswith("json"):
                    problems += body_controls(content)
                else:
                    problems += pairs_controls(parse_qsl(content.decode("utf-8", "replace")))
                body.content = content
                receive = _replay(content)
            elif media.startswith("multipart/"):
                setting = extra.get("x-max-body-setting")
                limit = (
                    int(getattr(settings, setting)) * (1 << 20) if setting else MAX_JSON_BODY
                ) + MULTIPART_ALLOWANCE
                declared = headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise PayloadTooLarge(_too_large(limit - MULTIPART_ALLOWANCE))
                spool = await _spool_body(receive, limit)
                body.content = body.spool = spool
                receive = _replay_file(spool)
        if problems:
            raise InvalidInput(problems)
        return receive


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"Het verzoek is groter dan {limit // 1024} kB.")
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _too_large(limit: int) -> str:
    return f"Het bestand is groter dan {limit >> 20} MB. Splits het bestand of vraag de beheerder."


class _Body:
    """The request body as the edge read it: bytes (JSON, forms), a spooled file (an
    upload) or nothing; closed when the request is done."""

    def __init__(self) -> None:
        self.content: bytes | IO[bytes] = b""
        self.spool: IO[bytes] | None = None

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()


async def _spool_body(receive: Receive, limit: int) -> IO[bytes]:
    """An upload, counted as it arrives: in memory up to 1 MiB, on disk beyond it."""
    spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115
    size = 0
    try:
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise PayloadTooLarge(_too_large(limit - MULTIPART_ALLOWANCE))
            spool.write(chunk)
            if not message.get("more_body"):
                spool.seek(0)
                return spool
    except BaseException:
        spool.close()
        raise


def _replay_file(spool: IO[bytes]) -> Receive:
    async def receive() -> Message:
        chunk = spool.read(1 << 16)
        if not chunk:
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.request", "body": chunk, "more_body": True}

    return receive


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class _Reply:
    """Commits the unit before the first byte of a success leaves; rolls back otherwise.

    A commit that fails (a unique index, a lost race the database caught) replaces the
    reply with the problem it amounts to, so the client never sees a success that was
    not stored.
    """

    def __init__(self, unit: Unit, send: Send, scope: Scope) -> None:
        self.unit = unit
        self.downstream = send
        self.scope = scope
        self.path = scope["path"]
        self.started = False
        self.replaced = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            if message["status"] < 400:
                error = await self._commit()
                if error is not None:
                    self.replaced = True
                    await self._send_problem(error)
                    return
            else:
                await self.unit.fail()
        elif self.replaced:
            return
        await self.downstream(message)

    async def _commit(self) -> ApiError | None:
        try:
            await self.unit.commit()
        except IntegrityError:
            log.info("integrity conflict at commit on %s", route_of(self.scope))
            await self.unit.fail()
            return Conflict("Dit botst met een bestaand record.")
        except OperationalError as error:
            await self.unit.fail()
            if getattr(error.orig, "sqlstate", None) in ("40001", "40P01"):
                return Conflict("Een ander verzoek wijzigde dit tegelijk. Probeer het opnieuw.")
            log.error("database unavailable at commit: %s", type(error).__name__)
            return ServiceUnavailable("De database is niet bereikbaar.")
        except DBAPIError:
            log.exception("commit failed on %s", route_of(self.scope))
            await self.unit.fail()
            return ApiError()
        return None

    async def _send_problem(self, error: ApiError) -> None:
        async def no_receive() -> Message:
            return {"type": "http.disconnect"}

        await problem_response(error, self.path)(self.scope, no_receive, self.downstream)


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
        b"form-action 'self'; frame-ancestors 'none'",
    ),
]
_SECURITY_NAMES = {name for name, _ in SECURITY_HEADERS}


class ResponseHeaders:
    """Security headers on every response; API-Version on 2xx/3xx; no-store on the API."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.version = __version__.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_api = scope["path"].startswith("/api/")
        https = scope.get("scheme") == "https"

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in _SECURITY_NAMES
                ]
                headers.extend(SECURITY_HEADERS)
                if 200 <= message["status"] < 400:
                    headers.append((b"api-version", self.version))
                if is_api:
                    headers.append((b"cache-control", b"no-store"))
                if https:
                    headers.append(
                        (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
                    )
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # Only reached outside the API (the guard answers its own errors); the
            # server's fallback 500 would come without our headers.
            log.exception("unexpected error on %s", route_of(scope))
            if not started:
                await problem_response(ApiError(), scope["path"])(scope, receive, send_with_headers)
