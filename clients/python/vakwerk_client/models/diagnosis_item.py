from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.diagnosis_item_element import DiagnosisItemElement
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosisItem")


@_attrs_define
class DiagnosisItem:
    """
    Attributes:
        element (DiagnosisItemElement):
        obstacle (bool):
        severity (int):
        note (None | str | Unset):
    """

    element: DiagnosisItemElement
    obstacle: bool
    severity: int
    note: None | str | Unset = UNSET

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
        element = DiagnosisItemElement(d.pop("element"))

        obstacle = d.pop("obstacle")

        severity = d.pop("severity")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        diagnosis_item = cls(
            element=element,
            obstacle=obstacle,
            severity=severity,
            note=note,
        )

        return diagnosis_item
