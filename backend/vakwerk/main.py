"""create_app(): routers, middleware, error handlers, contract, docs and the frontend."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.staticfiles import StaticFiles
from pydantic import Field
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from vakwerk import __version__
from vakwerk.core import contract
from vakwerk.core.config import Settings, get_settings
from vakwerk.core.db import make_engine
from vakwerk.core.errors import (
    DEFAULT_DETAILS,
    ApiError,
    Conflict,
    ServiceUnavailable,
)
from vakwerk.core.middleware import RequestGuard, ResponseHeaders, problem_response
from vakwerk.core.policy import Op
from vakwerk.core.routing import op
from vakwerk.core.schema import Read
from vakwerk.core.validation import to_invalid_input
from vakwerk.people import service as people_service
from vakwerk.people.routes import router as people_router

log = logging.getLogger("vakwerk")

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
SWAGGER_UI = ROOT / "node_modules" / "swagger-ui-dist"
# The frontend's component layer (Preact + htm), served from npm's files as they are.
FRONTEND_VENDOR = {p: ROOT / "node_modules" / p / "dist" for p in ("preact", "htm")}
API = contract.PREFIX


class Health(Read):
    status: Literal["ok", "storing"]
    version: str = Field(max_length=40)
    database: Literal["ok", "onbereikbaar"]


class ApiRoot(Read):
    name: str = Field(max_length=100)
    version: str = Field(max_length=40)
    links: dict[str, str]


def _operation_id(route: APIRoute) -> str:
    return route.name


def _allowed_methods(app: FastAPI, scope: Mapping[str, Any]) -> list[str]:
    methods: set[str] = set()
    for context in iter_route_contexts(app.router.routes):
        for method in context.methods or ():
            if context.matches({**scope, "method": method})[0] == Match.FULL:
                methods.add(method)
    return sorted(methods - {"HEAD"})


def _register_errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError) -> JSONResponse:
        return problem_response(error, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        return problem_response(to_invalid_input(error.errors()), request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        headers = {k: v for k, v in (error.headers or {}).items() if k.lower() != "allow"}
        api_error = ApiError(
            None if error.status_code in (404, 405) else str(error.detail), headers=headers
        )
        api_error.status = error.status_code
        api_error.code = {404: "not_found", 405: "method_not_allowed"}.get(
            error.status_code, "http_error"
        )
        if error.status_code in (404, 405):
            api_error.detail = DEFAULT_DETAILS[error.status_code]
        if error.status_code == 405:
            # Each method is its own route: list every method this path serves.
            allowed = _allowed_methods(request.app, request.scope)
            api_error.headers["Allow"] = ", ".join(allowed)
        return problem_response(api_error, request.url.path)

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, error: IntegrityError) -> JSONResponse:
        log.info("integrity conflict on %s", request.url.path)
        return problem_response(Conflict("Dit botst met een bestaand record."), request.url.path)

    @app.exception_handler(OperationalError)
    async def _database_down(request: Request, error: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", type(error).__name__)
        return problem_response(
            ServiceUnavailable("De database is niet bereikbaar."), request.url.path
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        internal = ApiError()
        return problem_response(internal, request.url.path)


def _system_router() -> APIRouter:
    router = APIRouter()

    @router.get(
        "/health",
        response_model=Health,
        summary="Gezondheid van de dienst",
        responses={503: contract._problem(503)},
        **op(Op.PUBLIC),
    )
    def get_health(request: Request) -> JSONResponse:
        engine: Engine = request.app.state.engine
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            database, status_code = "ok", 200
        except Exception:
            database, status_code = "onbereikbaar", 503
        body = {
            "status": "ok" if status_code == 200 else "storing",
            "version": __version__,
            "database": database,
        }
        if status_code == 503:
            problem = ServiceUnavailable("De database is niet bereikbaar.")
            response = problem_response(problem, f"{API}/health")
            return response
        return JSONResponse(body)

    return router


class CorsForContract:
    """The contract is readable from any origin; everything else follows the allowlist."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in ("/openapi.json", f"{API}/openapi.json"):

            async def send_open(message: Any) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = [
                        *message.get("headers", []),
                        (b"access-control-allow-origin", b"*"),
                    ]
                await send(message)

            await self.app(scope, receive, send_open)
            return
        await self.app(scope, receive, send)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    settings.check()
    app = FastAPI(
        title="Vakwerk API",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=_operation_id,
        separate_input_output_schemas=False,
    )
    app.router.redirect_slashes = False
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database_url)
    _register_errors(app)

    api = APIRouter(prefix=API)
    api.include_router(_system_router())
    api.include_router(people_router)
    from vakwerk import domains

    for router in domains.routers():
        api.include_router(router)
    app.include_router(api)

    schema_cache: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if "schema" not in schema_cache:
            schema_cache["schema"] = contract.build(app)
        return schema_cache["schema"]

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get(f"{API}/openapi.json", include_in_schema=False)
    @app.get("/openapi.json", include_in_schema=False)
    def get_contract() -> JSONResponse:
        return JSONResponse(openapi())

    @app.get(f"{API}/", include_in_schema=False)
    @app.get(API, include_in_schema=False)
    def get_api_root() -> ApiRoot:
        return ApiRoot(
            name="Vakwerk API",
            version=__version__,
            links={
                "openapi": f"{API}/openapi.json",
                "docs": f"{API}/docs",
                "health": f"{API}/health",
            },
        )

    @app.get(f"{API}/docs", include_in_schema=False)
    def get_docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE)

    if SWAGGER_UI.is_dir():
        app.mount(f"{API}/docs-assets", StaticFiles(directory=SWAGGER_UI), name="docs-assets")
    app.mount(
        f"{API}/docs-init", StaticFiles(directory=Path(__file__).parent / "docs"), name="docs-init"
    )

    if FRONTEND.is_dir():

        @app.get("/", include_in_schema=False)
        def get_frontend() -> FileResponse:
            return FileResponse(FRONTEND / "index.html")

        # Vendor files first: "/app" would otherwise answer /app/vendor/... with a 404.
        for package, directory in FRONTEND_VENDOR.items():
            if directory.is_dir():
                app.mount(
                    f"/app/vendor/{package}",
                    StaticFiles(directory=directory),
                    name=f"vendor-{package}",
                )
        app.mount("/app", StaticFiles(directory=FRONTEND), name="frontend")

    # Outermost last: headers on everything, then CORS, then the guard.
    app.add_middleware(RequestGuard, fastapi_app=app, authenticate=people_service.authenticate)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "X-CSRF-Token",
                "X-API-Key",
                "X-Audit-Toelichting",
                "Idempotency-Key",
            ],
            expose_headers=["ETag", "Location", "API-Version", "Retry-After"],
        )
    app.add_middleware(CorsForContract)
    app.add_middleware(ResponseHeaders)
    return app


DOCS_PAGE = f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Vakwerk API – documentatie</title>
<link rel="stylesheet" href="{API}/docs-assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{API}/docs-assets/swagger-ui-bundle.js"></script>
<script src="{API}/docs-init/init.js"></script>
</body>
</html>
"""
