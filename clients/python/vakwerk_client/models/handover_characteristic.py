from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handover_characteristic_trend import HandoverCharacteristicTrend
from ..types import UNSET, Unset

T = TypeVar("T", bound="HandoverCharacteristic")


@_attrs_define
class HandoverCharacteristic:
    """
    Attributes:
        key (str):
        label (str):
        obstacle (bool):
        trend (HandoverCharacteristicTrend | None | Unset):
        note (None | str | Unset):
    """

    key: str
    label: str
    obstacle: bool
    trend: HandoverCharacteristicTrend | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        obstacle = self.obstacle

        trend: None | str | Unset
        if isinstance(self.trend, Unset):
            trend = UNSET
        elif isinstance(self.trend, HandoverCharacteristicTrend):
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
                "label": label,
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

        label = d.pop("label")

        obstacle = d.pop("obstacle")

        def _parse_trend(data: object) -> HandoverCharacteristicTrend | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trend_type_1 = HandoverCharacteristicTrend(data)

                return trend_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HandoverCharacteristicTrend | None | Unset, data)

        trend = _parse_trend(d.pop("trend", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        handover_characteristic = cls(
            key=key,
            label=label,
            obstacle=obstacle,
            trend=trend,
            note=note,
        )

        handover_characteristic.additional_properties = d
        return handover_characteristic

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
