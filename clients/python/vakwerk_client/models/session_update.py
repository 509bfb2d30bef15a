from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.session_update_status import SessionUpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionUpdate")


@_attrs_define
class SessionUpdate:
    """Move one session (``startsAt``), cancel it (``status: geannuleerd`` with a reason) or
    let a cancelled one go ahead again (``status: gepland``).

        Attributes:
            starts_at (datetime.datetime | None | Unset):
            status (None | SessionUpdateStatus | Unset):
            cancel_reason (None | str | Unset):
    """

    starts_at: datetime.datetime | None | Unset = UNSET
    status: None | SessionUpdateStatus | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SessionUpdateStatus):
            status = self.status.value
        else:
            status = self.status

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if starts_at is not UNSET:
            field_dict["startsAt"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("startsAt", UNSET))

        def _parse_status(data: object) -> None | SessionUpdateStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = SessionUpdateStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionUpdateStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancelReason", UNSET))

        session_update = cls(
            starts_at=starts_at,
            status=status,
            cancel_reason=cancel_reason,
        )

        return session_update
