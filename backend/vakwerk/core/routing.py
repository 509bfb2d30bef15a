"""Route declarations and the request's dependencies.

Every API route names its operation in the policy table (``op``); the edge reads it
before FastAPI runs. Routes receive the request's unit-of-work session
(``SessionDep``), the grant the policy produced (``GrantDep``) and the application's
settings (``SettingsDep``) — the one place any layer gets its settings from.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.core import contract
from vakwerk.core.config import Settings
from vakwerk.core.contract import FORM as FORM
from vakwerk.core.contract import JSON as JSON
from vakwerk.core.contract import MERGE_PATCH as MERGE_PATCH
from vakwerk.core.contract import MULTIPART as MULTIPART
from vakwerk.core.errors import Unauthorized
from vakwerk.core.policy import Grant, Op
from vakwerk.core.unit import unit_of


def operation_id(route: APIRoute) -> str:
    """Operation ids are the route functions' names (``list_cases``), stable for clients."""
    return route.name


def router(tag: str) -> APIRouter:
    """A domain's router; its routes carry the full path, so the app holds one flat table."""
    return APIRouter(prefix=contract.PREFIX, tags=[tag], generate_unique_id_function=operation_id)


def op(
    operation: Op,
    *,
    problems: tuple[int, ...] = (),
    consumes: tuple[str, ...] = (JSON,),
    produces: tuple[str, ...] = (JSON,),
    max_body_setting: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for a route decorator.

    ``problems`` lists the business-rule statuses (409, 412, 428, …) the route can
    return beyond those derived from its shape; the contract post-processor turns
    these extensions into documented responses. ``consumes`` lists every request media
    type the edge accepts (the contract names the first). An upload names the setting
    that limits its size in MiB (``max_body_setting``): the edge refuses more with 413.
    """
    extra: dict[str, Any] = {
        "x-operation": operation.value,
        "x-problems": list(problems),
        "x-consumes": list(consumes),
        "x-produces": list(produces),
    }
    if max_body_setting is not None:
        extra["x-max-body-setting"] = max_body_setting
    return {"openapi_extra": extra}


async def current_session(request: Request) -> AsyncSession:
    return unit_of(request).session


async def current_grant(request: Request) -> Grant:
    grant: Grant | None = request.scope.get("state", {}).get("grant")
    if grant is None:  # a route whose guard did not run: never serve it unauthenticated
        raise Unauthorized()
    return grant


async def current_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SessionDep = Annotated[AsyncSession, Depends(current_session)]
GrantDep = Annotated[Grant, Depends(current_grant)]
SettingsDep = Annotated[Settings, Depends(current_settings)]
