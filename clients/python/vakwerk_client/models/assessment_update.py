from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssessmentUpdate")


@_attrs_define
class AssessmentUpdate:
    """
    Attributes:
        twijfel (bool):
    """

    twijfel: bool

    def to_dict(self) -> dict[str, Any]:
        twijfel = self.twijfel

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "twijfel": twijfel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        twijfel = d.pop("twijfel")

        assessment_update = cls(
            twijfel=twijfel,
        )

        return assessment_update
