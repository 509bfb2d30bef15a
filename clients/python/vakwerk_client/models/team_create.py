from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.team_create_kind import TeamCreateKind

T = TypeVar("T", bound="TeamCreate")


@_attrs_define
class TeamCreate:
    """
    Attributes:
        name (str):
        kind (TeamCreateKind):
    """

    name: str
    kind: TeamCreateKind

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = TeamCreateKind(d.pop("kind"))

        team_create = cls(
            name=name,
            kind=kind,
        )

        return team_create
