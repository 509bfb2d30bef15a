"""Small HTTP helpers shared by the routers: versions, ETags and paging."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Header, Query, Response
from pydantic import BaseModel

from vakwerk.core.errors import InvalidInput, PreconditionFailed, PreconditionRequired
from vakwerk.core.types import QueryLimit, QueryOffset

_ETAG = re.compile(r'^\s*(?:W/)?"(\d{1,12})"\s*$')

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=40,
        description='De versie die u wijzigt, als ETag: `"3"`. Verplicht.',
    ),
]


def check_version(if_match: str | None, current: int) -> None:
    """Step 6 of the check order: 428 without If-Match (or '*'), 412 when stale."""
    if if_match is None or if_match.strip() in ("", "*"):
        raise PreconditionRequired()
    versions = []
    for part in if_match.split(","):
        found = _ETAG.match(part)
        if not found:
            raise InvalidInput.one(
                "If-Match", "invalid_format", 'Geef de versie als ETag, bijvoorbeeld "3".'
            )
        versions.append(int(found.group(1)))
    if current not in versions:
        raise PreconditionFailed(
            f"Het record heeft nu versie {current}. Laad het opnieuw en probeer het nog eens."
        )


def etag(response: Response, version: int) -> None:
    response.headers["ETag"] = f'"{version}"'


def created(response: Response, location: str, version: int | None = None) -> None:
    response.status_code = 201
    response.headers["Location"] = location
    if version is not None:
        etag(response, version)


class Paging(BaseModel):
    limit: int
    offset: int


async def paging(
    limit: Annotated[QueryLimit, Query(description="Aantal per pagina")] = 50,
    offset: Annotated[QueryOffset, Query(description="Beginpositie")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)
