"""Route declarations: every API route names its operation in the policy table."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request

from vakwerk.core.errors import Unauthorized
from vakwerk.core.policy import Grant, Op

JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
FORM = "application/x-www-form-urlencoded"


def op(
    operation: Op,
    *,
    problems: tuple[int, ...] = (),
    consumes: tuple[str, ...] = (JSON,),
    produces: tuple[str, ...] = (JSON,),
    personal_data: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for a route decorator.

    ``problems`` lists the business-rule statuses (409, 412, 428, …) the route can
    return beyond those derived from its shape; the contract post-processor turns
    these extensions into documented responses.
    """
    return {
        "openapi_extra": {
            "x-operation": operation.value,
            "x-problems": list(problems),
            "x-consumes": list(consumes),
            "x-produces": list(produces),
            "x-personal-data": personal_data,
        }
    }


async def current_grant(request: Request) -> Grant:
    grant: Grant | None = getattr(request.state, "grant", None)
    if grant is None:  # a route whose guard did not run: never serve it unauthenticated
        raise Unauthorized()
    return grant


GrantDep = Annotated[Grant, Depends(current_grant)]
