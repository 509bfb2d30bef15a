"""The request guard (steps 0-3 of the check order) and the response headers.

The guard runs before FastAPI parses anything, so an unauthenticated or
unauthorised caller learns nothing from validation errors, and a wrong
Content-Type is a 415 before the body is read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vakwerk import __version__
from vakwerk.core.config import Settings
from vakwerk.core.errors import (
    PROBLEM_JSON,
    ApiError,
    InvalidInput,
    NotAcceptable,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    UnsupportedMediaType,
    problem_body,
)
from vakwerk.core.policy import Actor, Op, authorize

Authenticator = Callable[[Session, Headers, dict[str, str], str, Settings], Actor | None]


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


class RequestGuard:
    """Steps 0-3: route match (404/405 left to the router), 406, 401, 403, 415."""

    def __init__(self, app: ASGIApp, fastapi_app: FastAPI, authenticate: Authenticator) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self.authenticate = authenticate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        route, path_params = self._match(scope)
        extra = getattr(route, "openapi_extra", None) or {}
        operation = extra.get("x-operation")
        if route is None or operation is None:
            await self.app(scope, receive, send)
            return
        try:
            await self._check(scope, route, path_params, extra, Op(operation))
        except ApiError as error:
            await problem_response(error, scope["path"])(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _match(self, scope: Scope) -> tuple[Any, dict[str, Any]]:
        # Included routers are not flattened: walk their effective routes.
        for context in iter_route_contexts(self.fastapi_app.router.routes):
            match, child = context.matches(scope)
            if match == Match.FULL:
                return context.original_route, child.get("path_params", {})
        return None, {}

    async def _check(
        self,
        scope: Scope,
        route: Any,
        path_params: dict[str, Any],
        extra: dict[str, Any],
        operation: Op,
    ) -> None:
        # Step 0: an id in the path that is no UUID names nothing.
        for name, value in path_params.items():
            if name == "id" or name.endswith("Id"):
                try:
                    uuid.UUID(str(value))
                except ValueError:
                    raise NotFound() from None
        headers = Headers(scope=scope)
        accept = headers.get("accept")
        if accept and not _media_matches(accept, extra.get("x-produces") or ["application/json"]):
            raise NotAcceptable()
        state = scope.setdefault("state", {})
        method = scope["method"]
        if operation is not Op.PUBLIC:
            cookies = cookie_parser(headers.get("cookie", ""))
            try:
                actor = await anyio.to_thread.run_sync(self._authenticate, headers, cookies, method)
            except OperationalError:
                raise ServiceUnavailable("De database is niet bereikbaar.") from None
            if actor is None:
                raise Unauthorized()
            state["grant"] = authorize(actor, operation)
        # Step 3a: the body's media type, before anything reads it.
        has_body = getattr(route, "body_field", None) is not None
        sends_body = int(headers.get("content-length") or 0) > 0 or "transfer-encoding" in headers
        if has_body and sends_body:
            content_type = headers.get("content-type")
            if not content_type or not _content_type_ok(
                content_type, extra.get("x-consumes") or []
            ):
                raise UnsupportedMediaType(
                    "Stuur de gegevens als " + " of ".join(extra.get("x-consumes") or []) + "."
                )
        reason = headers.get("x-audit-toelichting")
        if reason is not None and len(reason) > 500:
            raise InvalidInput.one(
                "X-Audit-Toelichting",
                "max_length",
                "De toelichting mag hoogstens 500 tekens lang zijn.",
            )

    def _authenticate(self, headers: Headers, cookies: dict[str, str], method: str) -> Actor | None:
        engine: Engine = self.fastapi_app.state.engine
        settings: Settings = self.fastapi_app.state.settings
        with Session(engine, expire_on_commit=False) as session:
            actor = self.authenticate(session, headers, cookies, method, settings)
            session.commit()
            return actor


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

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {h for h, _ in SECURITY_HEADERS}
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

        await self.app(scope, receive, send_with_headers)
