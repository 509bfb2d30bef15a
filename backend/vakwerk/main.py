"""create_app(): the composition of Vakwerk — every capability wired here, explicitly.

Nothing registers itself on import: the routers, the checks other capabilities put on
the organisation settings, and the request edge are all listed in this module.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.routing import iter_route_contexts
from fastapi.staticfiles import StaticFiles
from pydantic import Field
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from vakwerk import __version__, onboarding, work
from vakwerk.assessments import trees
from vakwerk.assessments.routes import routes as assessment_routes
from vakwerk.cases import access as case_access
from vakwerk.cases.routes import routes as case_routes
from vakwerk.clients.routes import routes as client_routes
from vakwerk.conferences import votes as dilemma_votes
from vakwerk.conferences.access import case_deadline
from vakwerk.conferences.routes import routers as conference_routers
from vakwerk.core import contract
from vakwerk.core.config import Settings, get_settings
from vakwerk.core.db import Database
from vakwerk.core.edge import RequestGuard, ResponseHeaders, as_api_error, problem_response
from vakwerk.core.errors import DEFAULT_DETAILS, ServiceUnavailable
from vakwerk.core.policy import Op
from vakwerk.core.routing import op, operation_id, router
from vakwerk.core.schema import Read
from vakwerk.dashboard.routes import routes as dashboard_routes
from vakwerk.integrations.routes import routes as integration_routes
from vakwerk.people import auth
from vakwerk.people.organisations import SettingCheck
from vakwerk.people.routes import routes as people_routes
from vakwerk.people.routes_auth import routes as auth_routes

log = logging.getLogger("vakwerk")

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
SWAGGER_UI = ROOT / "node_modules" / "swagger-ui-dist"
# The frontend's component layer (Preact + htm) and charts, served from npm's files.
FRONTEND_VENDOR = {p: ROOT / "node_modules" / p / "dist" for p in ("preact", "htm", "uplot")}
API = contract.PREFIX

# The checks other capabilities put on the organisation settings.
SETTING_CHECKS: dict[str, SettingCheck] = {
    "current_tree_version_id": trees.version_in_organisation,
}


class Health(Read):
    status: Literal["ok", "storing"]
    version: str = Field(max_length=40)
    database: Literal["ok", "onbereikbaar"]


class ApiRoot(Read):
    name: str = Field(max_length=100)
    version: str = Field(max_length=40)
    links: dict[str, str]


def _system_router() -> APIRouter:
    routes = router("Systeem")

    @routes.get(
        "/health",
        response_model=Health,
        summary="Gezondheid van de dienst",
        responses={503: contract._problem(503)},
        **op(Op.PUBLIC),
    )
    async def get_health(request: Request) -> JSONResponse:
        database: Database = request.app.state.database
        try:
            async with database.reader.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:
            problem = ServiceUnavailable("De database is niet bereikbaar.")
            return problem_response(problem, f"{API}/health")
        return JSONResponse({"status": "ok", "version": __version__, "database": "ok"})

    return routes


def routers() -> list[APIRouter]:
    """Every capability's routes, in the order the contract lists them."""
    return [
        _system_router(),
        auth_routes,
        work.routes,
        onboarding.routes,
        people_routes,
        client_routes,
        case_routes,
        assessment_routes,
        *conference_routers(),
        *(dashboard_routes, integration_routes),
    ]


def _allowed_methods(app: FastAPI, scope: Mapping[str, Any]) -> list[str]:
    methods: set[str] = set()
    for context in iter_route_contexts(app.router.routes):
        for method in context.methods or ():
            if context.matches({**scope, "method": method})[0] == Match.FULL:
                methods.add(method)
    return sorted(methods - {"HEAD"})


def _register_errors(app: FastAPI) -> None:
    """What FastAPI answers itself: an unknown path or method (the API's own routes are
    dispatched, and their errors mapped, by the edge)."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        api_error = as_api_error(error)
        if error.status_code in (404, 405):
            api_error.code = {404: "not_found", 405: "method_not_allowed"}[error.status_code]
            api_error.detail = DEFAULT_DETAILS[error.status_code]
            api_error.headers = {}
        if error.status_code == 405:
            # Each method is its own route: list every method this path serves.
            api_error.headers["Allow"] = ", ".join(_allowed_methods(request.app, request.scope))
        return problem_response(api_error, request.url.path)


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


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    settings.check()
    database = database or Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await database.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="Vakwerk API",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=operation_id,
        separate_input_output_schemas=False,
    )
    app.router.redirect_slashes = False
    app.state.settings = settings
    app.state.database = database
    app.state.setting_checks = SETTING_CHECKS
    case_access.use_session_deadlines(case_deadline)  # a case's deadline is its session's
    dilemma_votes.use_seal_key(settings.bsn_key)  # waiting votes sealed (conferences.votes)
    _register_errors(app)
    # One flat route table: each domain router's routes carry their full path already.
    for domain in routers():
        app.router.routes.extend(domain.routes)

    schema_cache: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if "schema" not in schema_cache:
            schema_cache["schema"] = contract.build(app)
        return schema_cache["schema"]

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get(f"{API}/openapi.json", include_in_schema=False)
    @app.get("/openapi.json", include_in_schema=False)
    async def get_contract() -> JSONResponse:
        return JSONResponse(openapi())

    @app.get(f"{API}/", include_in_schema=False)
    @app.get(API, include_in_schema=False)
    async def get_api_root() -> ApiRoot:
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
    async def get_docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE)

    if SWAGGER_UI.is_dir():
        app.mount(f"{API}/docs-assets", StaticFiles(directory=SWAGGER_UI), name="docs-assets")
    app.mount(
        f"{API}/docs-init", StaticFiles(directory=Path(__file__).parent / "docs"), name="docs-init"
    )

    if FRONTEND.is_dir():

        @app.get("/", include_in_schema=False)
        async def get_frontend() -> FileResponse:
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
    app.add_middleware(RequestGuard, fastapi_app=app, authenticate=auth.authenticate)
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
