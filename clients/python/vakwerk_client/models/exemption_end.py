from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExemptionEnd")


@_attrs_define
class ExemptionEnd:
    """
    Attributes:
        end_reason (str):
        ended_on (datetime.date | None | Unset):
    """

    end_reason: str
    ended_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        end_reason = self.end_reason

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endReason": end_reason,
            }
        )
        if ended_on is not UNSET:
            field_dict["endedOn"] = ended_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_reason = d.pop("endReason")

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("endedOn", UNSET))

        exemption_end = cls(
            end_reason=end_reason,
            ended_on=ended_on,
        )

        return exemption_end
