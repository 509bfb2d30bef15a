from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.characteristic_read_trend import CharacteristicReadTrend
from ..types import UNSET, Unset

T = TypeVar("T", bound="CharacteristicRead")


@_attrs_define
class CharacteristicRead:
    """
    Attributes:
        key (str):
        obstacle (bool):
        trend (CharacteristicReadTrend | None | Unset):
        note (None | str | Unset):
    """

    key: str
    obstacle: bool
    trend: CharacteristicReadTrend | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        obstacle = self.obstacle

        trend: None | str | Unset
        if isinstance(self.trend, Unset):
            trend = UNSET
        elif isinstance(self.trend, CharacteristicReadTrend):
            trend = self.trend.value
        else:
            trend = self.trend

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "obstacle": obstacle,
            }
        )
        if trend is not UNSET:
            field_dict["trend"] = trend
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        obstacle = d.pop("obstacle")

        def _parse_trend(data: object) -> CharacteristicReadTrend | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trend_type_1 = CharacteristicReadTrend(data)

                return trend_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacteristicReadTrend | None | Unset, data)

        trend = _parse_trend(d.pop("trend", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        characteristic_read = cls(
            key=key,
            obstacle=obstacle,
            trend=trend,
            note=note,
        )

        characteristic_read.additional_properties = d
        return characteristic_read

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
