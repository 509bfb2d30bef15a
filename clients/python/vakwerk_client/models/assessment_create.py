from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssessmentCreate")


@_attrs_define
class AssessmentCreate:
    """
    Attributes:
        client_id (UUID):
        case_id (None | Unset | UUID):
        twijfel (bool | Unset):  Default: False.
    """

    client_id: UUID
    case_id: None | Unset | UUID = UNSET
    twijfel: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        client_id = str(self.client_id)

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        twijfel = self.twijfel

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientId": client_id,
            }
        )
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if twijfel is not UNSET:
            field_dict["twijfel"] = twijfel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = UUID(d.pop("clientId"))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("caseId", UNSET))

        twijfel = d.pop("twijfel", UNSET)

        assessment_create = cls(
            client_id=client_id,
            case_id=case_id,
            twijfel=twijfel,
        )

        return assessment_create
