from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exemption_read_ground import ExemptionReadGround
from ..models.exemption_read_status import ExemptionReadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExemptionRead")


@_attrs_define
class ExemptionRead:
    """
    Attributes:
        id (UUID):
        client_id (UUID):
        ground (ExemptionReadGround):
        start_date (datetime.date):
        end_date (datetime.date | None):
        basis_document_date (datetime.date | None):
        reexamination_date (datetime.date | None):
        youngest_child_birth_date (datetime.date | None):
        status (ExemptionReadStatus):
        ended_on (datetime.date | None):
        version (int):
        end_reason (None | str | Unset):
    """

    id: UUID
    client_id: UUID
    ground: ExemptionReadGround
    start_date: datetime.date
    end_date: datetime.date | None
    basis_document_date: datetime.date | None
    reexamination_date: datetime.date | None
    youngest_child_birth_date: datetime.date | None
    status: ExemptionReadStatus
    ended_on: datetime.date | None
    version: int
    end_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        client_id = str(self.client_id)

        ground = self.ground.value

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        basis_document_date: None | str
        if isinstance(self.basis_document_date, datetime.date):
            basis_document_date = self.basis_document_date.isoformat()
        else:
            basis_document_date = self.basis_document_date

        reexamination_date: None | str
        if isinstance(self.reexamination_date, datetime.date):
            reexamination_date = self.reexamination_date.isoformat()
        else:
            reexamination_date = self.reexamination_date

        youngest_child_birth_date: None | str
        if isinstance(self.youngest_child_birth_date, datetime.date):
            youngest_child_birth_date = self.youngest_child_birth_date.isoformat()
        else:
            youngest_child_birth_date = self.youngest_child_birth_date

        status = self.status.value

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        version = self.version

        end_reason: None | str | Unset
        if isinstance(self.end_reason, Unset):
            end_reason = UNSET
        else:
            end_reason = self.end_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "ground": ground,
                "startDate": start_date,
                "endDate": end_date,
                "basisDocumentDate": basis_document_date,
                "reexaminationDate": reexamination_date,
                "youngestChildBirthDate": youngest_child_birth_date,
                "status": status,
                "endedOn": ended_on,
                "version": version,
            }
        )
        if end_reason is not UNSET:
            field_dict["endReason"] = end_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        client_id = UUID(d.pop("clientId"))

        ground = ExemptionReadGround(d.pop("ground"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("endDate"))

        def _parse_basis_document_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_document_date_type_0 = datetime.date.fromisoformat(data)

                return basis_document_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        basis_document_date = _parse_basis_document_date(d.pop("basisDocumentDate"))

        def _parse_reexamination_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reexamination_date_type_0 = datetime.date.fromisoformat(data)

                return reexamination_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reexamination_date = _parse_reexamination_date(d.pop("reexaminationDate"))

        def _parse_youngest_child_birth_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                youngest_child_birth_date_type_0 = datetime.date.fromisoformat(data)

                return youngest_child_birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        youngest_child_birth_date = _parse_youngest_child_birth_date(
            d.pop("youngestChildBirthDate")
        )

        status = ExemptionReadStatus(d.pop("status"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("endedOn"))

        version = d.pop("version")

        def _parse_end_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_reason = _parse_end_reason(d.pop("endReason", UNSET))

        exemption_read = cls(
            id=id,
            client_id=client_id,
            ground=ground,
            start_date=start_date,
            end_date=end_date,
            basis_document_date=basis_document_date,
            reexamination_date=reexamination_date,
            youngest_child_birth_date=youngest_child_birth_date,
            status=status,
            ended_on=ended_on,
            version=version,
            end_reason=end_reason,
        )

        exemption_read.additional_properties = d
        return exemption_read

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
