from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DilemmaResults")


@_attrs_define
class DilemmaResults:
    """
    Attributes:
        dilemma_id (UUID):
        visible (bool): Of de uitslag al getoond wordt
        voted (int): Leden die hebben gestemd
        members (int): Leden van de reeks
        voting_closes_at (datetime.datetime):
        closed (bool):
        reason (None | str | Unset):
        a (int | None | Unset):
        b (int | None | Unset):
        total (int | None | Unset): Getelde stemmen
        percent_a (float | None | Unset):
        percent_b (float | None | Unset):
    """

    dilemma_id: UUID
    visible: bool
    voted: int
    members: int
    voting_closes_at: datetime.datetime
    closed: bool
    reason: None | str | Unset = UNSET
    a: int | None | Unset = UNSET
    b: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    percent_a: float | None | Unset = UNSET
    percent_b: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dilemma_id = str(self.dilemma_id)

        visible = self.visible

        voted = self.voted

        members = self.members

        voting_closes_at = self.voting_closes_at.isoformat()

        closed = self.closed

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        a: int | None | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        b: int | None | Unset
        if isinstance(self.b, Unset):
            b = UNSET
        else:
            b = self.b

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        percent_a: float | None | Unset
        if isinstance(self.percent_a, Unset):
            percent_a = UNSET
        else:
            percent_a = self.percent_a

        percent_b: float | None | Unset
        if isinstance(self.percent_b, Unset):
            percent_b = UNSET
        else:
            percent_b = self.percent_b

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dilemmaId": dilemma_id,
                "visible": visible,
                "voted": voted,
                "members": members,
                "votingClosesAt": voting_closes_at,
                "closed": closed,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if a is not UNSET:
            field_dict["a"] = a
        if b is not UNSET:
            field_dict["b"] = b
        if total is not UNSET:
            field_dict["total"] = total
        if percent_a is not UNSET:
            field_dict["percentA"] = percent_a
        if percent_b is not UNSET:
            field_dict["percentB"] = percent_b

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dilemma_id = UUID(d.pop("dilemmaId"))

        visible = d.pop("visible")

        voted = d.pop("voted")

        members = d.pop("members")

        voting_closes_at = datetime.datetime.fromisoformat(d.pop("votingClosesAt"))

        closed = d.pop("closed")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_a(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        a = _parse_a(d.pop("a", UNSET))

        def _parse_b(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        b = _parse_b(d.pop("b", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_percent_a(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_a = _parse_percent_a(d.pop("percentA", UNSET))

        def _parse_percent_b(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_b = _parse_percent_b(d.pop("percentB", UNSET))

        dilemma_results = cls(
            dilemma_id=dilemma_id,
            visible=visible,
            voted=voted,
            members=members,
            voting_closes_at=voting_closes_at,
            closed=closed,
            reason=reason,
            a=a,
            b=b,
            total=total,
            percent_a=percent_a,
            percent_b=percent_b,
        )

        dilemma_results.additional_properties = d
        return dilemma_results

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
