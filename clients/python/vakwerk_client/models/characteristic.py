from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.characteristic_trend import CharacteristicTrend
from ..types import UNSET, Unset

T = TypeVar("T", bound="Characteristic")


@_attrs_define
class Characteristic:
    """
    Attributes:
        key (str):
        obstacle (bool):
        trend (CharacteristicTrend | None | Unset):
        note (None | str | Unset):
    """

    key: str
    obstacle: bool
    trend: CharacteristicTrend | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        obstacle = self.obstacle

        trend: None | str | Unset
        if isinstance(self.trend, Unset):
            trend = UNSET
        elif isinstance(self.trend, CharacteristicTrend):
            trend = self.trend.value
        else:
            trend = self.trend

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

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

        def _parse_trend(data: object) -> CharacteristicTrend | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trend_type_1 = CharacteristicTrend(data)

                return trend_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CharacteristicTrend | None | Unset, data)

        trend = _parse_trend(d.pop("trend", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        characteristic = cls(
            key=key,
            obstacle=obstacle,
            trend=trend,
            note=note,
        )

        return characteristic
