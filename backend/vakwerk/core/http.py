"""Small HTTP helpers shared by the routers: versions, ETags and paging."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Header, Query, Response
from pydantic import BaseModel

from vakwerk.core.errors import InvalidInput, PreconditionFailed, PreconditionRequired
from vakwerk.core.types import QueryLimit, QueryOffset

# An entity tag (RFC 9110 §8.8.3): optionally weak, then an opaque quoted string.
_ENTITY_TAG = re.compile(r'\s*(W/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*')

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=200,
        description='De versie die u wijzigt, als ETag: `"3"`. Verplicht.',
    ),
]


def check_version(if_match: str | None, current: int) -> None:
    """Step 6 of the check order, RFC 9110 §13.1.1: 428 without If-Match (or with '*');
    412 unless one of the listed tags equals the current strong tag — a weak tag never
    matches; a header that is no list of entity tags is a 400."""
    if if_match is None or if_match.strip() in ("", "*"):
        raise PreconditionRequired()
    tags: list[tuple[bool, str]] = []
    for part in if_match.split(","):
        found = _ENTITY_TAG.fullmatch(part)
        if not found:
            raise InvalidInput.one(
                "If-Match", "invalid_format", 'Geef de versie als ETag, bijvoorbeeld "3".'
            )
        tags.append((found.group(1) is not None, found.group(2)))
    if not any(not weak and tag == str(current) for weak, tag in tags):
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
