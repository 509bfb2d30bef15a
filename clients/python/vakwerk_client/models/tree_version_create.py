from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tree_definition import TreeDefinition


T = TypeVar("T", bound="TreeVersionCreate")


@_attrs_define
class TreeVersionCreate:
    """
    Attributes:
        definition (TreeDefinition):
    """

    definition: TreeDefinition

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "definition": definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tree_definition import TreeDefinition

        d = dict(src_dict)
        definition = TreeDefinition.from_dict(d.pop("definition"))

        tree_version_create = cls(
            definition=definition,
        )

        return tree_version_create
