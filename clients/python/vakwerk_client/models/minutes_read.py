from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minutes_item_read import MinutesItemRead


T = TypeVar("T", bound="MinutesRead")


@_attrs_define
class MinutesRead:
    """
    Attributes:
        session_id (UUID):
        present_ids (list[UUID]):
        absent_ids (list[UUID]):
        chair_id (None | UUID):
        note_taker_id (None | UUID):
        items (list[MinutesItemRead]):
        recorded_by (None | UUID):
        recorded_at (datetime.datetime | None):
        version (int): 0: nog niets vastgelegd
        conclusion (None | str | Unset):
    """

    session_id: UUID
    present_ids: list[UUID]
    absent_ids: list[UUID]
    chair_id: None | UUID
    note_taker_id: None | UUID
    items: list[MinutesItemRead]
    recorded_by: None | UUID
    recorded_at: datetime.datetime | None
    version: int
    conclusion: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        present_ids = []
        for present_ids_item_data in self.present_ids:
            present_ids_item = str(present_ids_item_data)
            present_ids.append(present_ids_item)

        absent_ids = []
        for absent_ids_item_data in self.absent_ids:
            absent_ids_item = str(absent_ids_item_data)
            absent_ids.append(absent_ids_item)

        chair_id: None | str
        if isinstance(self.chair_id, UUID):
            chair_id = str(self.chair_id)
        else:
            chair_id = self.chair_id

        note_taker_id: None | str
        if isinstance(self.note_taker_id, UUID):
            note_taker_id = str(self.note_taker_id)
        else:
            note_taker_id = self.note_taker_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        recorded_by: None | str
        if isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        recorded_at: None | str
        if isinstance(self.recorded_at, datetime.datetime):
            recorded_at = self.recorded_at.isoformat()
        else:
            recorded_at = self.recorded_at

        version = self.version

        conclusion: None | str | Unset
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        else:
            conclusion = self.conclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "presentIds": present_ids,
                "absentIds": absent_ids,
                "chairId": chair_id,
                "noteTakerId": note_taker_id,
                "items": items,
                "recordedBy": recorded_by,
                "recordedAt": recorded_at,
                "version": version,
            }
        )
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_item_read import MinutesItemRead

        d = dict(src_dict)
        session_id = UUID(d.pop("sessionId"))

        present_ids = []
        _present_ids = d.pop("presentIds")
        for present_ids_item_data in _present_ids:
            present_ids_item = UUID(present_ids_item_data)

            present_ids.append(present_ids_item)

        absent_ids = []
        _absent_ids = d.pop("absentIds")
        for absent_ids_item_data in _absent_ids:
            absent_ids_item = UUID(absent_ids_item_data)

            absent_ids.append(absent_ids_item)

        def _parse_chair_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chair_id_type_0 = UUID(data)

                return chair_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chair_id = _parse_chair_id(d.pop("chairId"))

        def _parse_note_taker_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                note_taker_id_type_0 = UUID(data)

                return note_taker_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        note_taker_id = _parse_note_taker_id(d.pop("noteTakerId"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MinutesItemRead.from_dict(items_item_data)

            items.append(items_item)

        def _parse_recorded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recordedBy"))

        def _parse_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        recorded_at = _parse_recorded_at(d.pop("recordedAt"))

        version = d.pop("version")

        def _parse_conclusion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conclusion = _parse_conclusion(d.pop("conclusion", UNSET))

        minutes_read = cls(
            session_id=session_id,
            present_ids=present_ids,
            absent_ids=absent_ids,
            chair_id=chair_id,
            note_taker_id=note_taker_id,
            items=items,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
            version=version,
            conclusion=conclusion,
        )

        minutes_read.additional_properties = d
        return minutes_read

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
