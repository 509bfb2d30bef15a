"""The camelCase base every request and reply shape stands on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.alias_generators import to_camel

from vakwerk.core.types import NoBsn


class Schema(BaseModel):
    """Wire shapes: camelCase members made by one alias generator, unknown members refused."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        from_attributes=True,
        str_strip_whitespace=False,
    )


class Read(Schema):
    """Reply shapes: built from records, so members the reply does not show are ignored."""

    model_config = Schema.model_config | {"extra": "ignore"}


T = TypeVar("T")


class Page(Read, Generic[T]):
    items: list[T] = Field(max_length=200)
    total: int = Field(ge=0)
    limit: int = Field(ge=1, le=200)
    offset: int = Field(ge=0)

    @classmethod
    def of(cls, model: type[Any], rows: Iterable[Any], total: int, paging: Any) -> Any:
        """One page of ``model`` built from records or row dicts, with the paging asked for."""
        return cls(
            items=[model.model_validate(row) for row in rows],
            total=total,
            limit=paging.limit,
            offset=paging.offset,
        )


# Reusable string types with limits the contract shows.
Name = Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True), NoBsn]
ShortText = Annotated[str, StringConstraints(max_length=500)]
Email = Annotated[
    str,
    StringConstraints(
        min_length=3,
        max_length=254,
        strip_whitespace=True,
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
    ),
]
Password = Annotated[str, StringConstraints(min_length=12, max_length=200)]
