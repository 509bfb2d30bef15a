from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExemptionEndBody")


@_attrs_define
class ExemptionEndBody:
    """
    Attributes:
        ended_on (datetime.date):
        end_reason (str):
    """

    ended_on: datetime.date
    end_reason: str

    def to_dict(self) -> dict[str, Any]:
        ended_on = self.ended_on.isoformat()

        end_reason = self.end_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endedOn": ended_on,
                "endReason": end_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ended_on = datetime.date.fromisoformat(d.pop("endedOn"))

        end_reason = d.pop("endReason")

        exemption_end_body = cls(
            ended_on=ended_on,
            end_reason=end_reason,
        )

        return exemption_end_body
