from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.diagnosis_item import DiagnosisItem


T = TypeVar("T", bound="DiagnosisWrite")


@_attrs_define
class DiagnosisWrite:
    """
    Attributes:
        elements (list[DiagnosisItem]):
    """

    elements: list[DiagnosisItem]

    def to_dict(self) -> dict[str, Any]:
        elements = []
        for elements_item_data in self.elements:
            elements_item = elements_item_data.to_dict()
            elements.append(elements_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "elements": elements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnosis_item import DiagnosisItem

        d = dict(src_dict)
        elements = []
        _elements = d.pop("elements")
        for elements_item_data in _elements:
            elements_item = DiagnosisItem.from_dict(elements_item_data)

            elements.append(elements_item)

        diagnosis_write = cls(
            elements=elements,
        )

        return diagnosis_write
