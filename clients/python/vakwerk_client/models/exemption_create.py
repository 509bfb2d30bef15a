from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.exemption_create_ground import ExemptionCreateGround
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExemptionCreate")


@_attrs_define
class ExemptionCreate:
    """
    Attributes:
        ground (ExemptionCreateGround):
        start_date (datetime.date):
        end_date (datetime.date | None | Unset):
        basis_document_date (datetime.date | None | Unset):
        reexamination_date (datetime.date | None | Unset):
        youngest_child_birth_date (datetime.date | None | Unset):
    """

    ground: ExemptionCreateGround
    start_date: datetime.date
    end_date: datetime.date | None | Unset = UNSET
    basis_document_date: datetime.date | None | Unset = UNSET
    reexamination_date: datetime.date | None | Unset = UNSET
    youngest_child_birth_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ground = self.ground.value

        start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        basis_document_date: None | str | Unset
        if isinstance(self.basis_document_date, Unset):
            basis_document_date = UNSET
        elif isinstance(self.basis_document_date, datetime.date):
            basis_document_date = self.basis_document_date.isoformat()
        else:
            basis_document_date = self.basis_document_date

        reexamination_date: None | str | Unset
        if isinstance(self.reexamination_date, Unset):
            reexamination_date = UNSET
        elif isinstance(self.reexamination_date, datetime.date):
            reexamination_date = self.reexamination_date.isoformat()
        else:
            reexamination_date = self.reexamination_date

        youngest_child_birth_date: None | str | Unset
        if isinstance(self.youngest_child_birth_date, Unset):
            youngest_child_birth_date = UNSET
        elif isinstance(self.youngest_child_birth_date, datetime.date):
            youngest_child_birth_date = self.youngest_child_birth_date.isoformat()
        else:
            youngest_child_birth_date = self.youngest_child_birth_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ground": ground,
                "startDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if basis_document_date is not UNSET:
            field_dict["basisDocumentDate"] = basis_document_date
        if reexamination_date is not UNSET:
            field_dict["reexaminationDate"] = reexamination_date
        if youngest_child_birth_date is not UNSET:
            field_dict["youngestChildBirthDate"] = youngest_child_birth_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ground = ExemptionCreateGround(d.pop("ground"))

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_basis_document_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_document_date_type_0 = datetime.date.fromisoformat(data)

                return basis_document_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        basis_document_date = _parse_basis_document_date(d.pop("basisDocumentDate", UNSET))

        def _parse_reexamination_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reexamination_date_type_0 = datetime.date.fromisoformat(data)

                return reexamination_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reexamination_date = _parse_reexamination_date(d.pop("reexaminationDate", UNSET))

        def _parse_youngest_child_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                youngest_child_birth_date_type_0 = datetime.date.fromisoformat(data)

                return youngest_child_birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        youngest_child_birth_date = _parse_youngest_child_birth_date(
            d.pop("youngestChildBirthDate", UNSET)
        )

        exemption_create = cls(
            ground=ground,
            start_date=start_date,
            end_date=end_date,
            basis_document_date=basis_document_date,
            reexamination_date=reexamination_date,
            youngest_child_birth_date=youngest_child_birth_date,
        )

        return exemption_create
