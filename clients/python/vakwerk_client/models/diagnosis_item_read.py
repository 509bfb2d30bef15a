from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnosis_item_read_element import DiagnosisItemReadElement
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosisItemRead")


@_attrs_define
class DiagnosisItemRead:
    """
    Attributes:
        element (DiagnosisItemReadElement):
        obstacle (bool):
        severity (int):
        note (None | str | Unset):
    """

    element: DiagnosisItemReadElement
    obstacle: bool
    severity: int
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element = self.element.value

        obstacle = self.obstacle

        severity = self.severity

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "element": element,
                "obstacle": obstacle,
                "severity": severity,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        element = DiagnosisItemReadElement(d.pop("element"))

        obstacle = d.pop("obstacle")

        severity = d.pop("severity")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        diagnosis_item_read = cls(
            element=element,
            obstacle=obstacle,
            severity=severity,
            note=note,
        )

        diagnosis_item_read.additional_properties = d
        return diagnosis_item_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
