from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diagnosis_read import DiagnosisRead
    from ..models.exemption_read import ExemptionRead
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="ClientRead")


@_attrs_define
class ClientRead:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        responsible_manager_id (None | UUID):
        benefit_start_date (datetime.date | None):
        benefit_end_date (datetime.date | None):
        last_conversation_date (datetime.date | None):
        external_refs (list[ExternalRef]):
        bsn_known (bool):
        active_exemption (ExemptionRead | None):
        diagnosis (DiagnosisRead):
        version (int):
        municipality_code (None | str | Unset):
        ladder_rung (int | None | Unset):
    """

    id: UUID
    team_id: UUID
    responsible_manager_id: None | UUID
    benefit_start_date: datetime.date | None
    benefit_end_date: datetime.date | None
    last_conversation_date: datetime.date | None
    external_refs: list[ExternalRef]
    bsn_known: bool
    active_exemption: ExemptionRead | None
    diagnosis: DiagnosisRead
    version: int
    municipality_code: None | str | Unset = UNSET
    ladder_rung: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exemption_read import ExemptionRead

        id = str(self.id)

        team_id = str(self.team_id)

        responsible_manager_id: None | str
        if isinstance(self.responsible_manager_id, UUID):
            responsible_manager_id = str(self.responsible_manager_id)
        else:
            responsible_manager_id = self.responsible_manager_id

        benefit_start_date: None | str
        if isinstance(self.benefit_start_date, datetime.date):
            benefit_start_date = self.benefit_start_date.isoformat()
        else:
            benefit_start_date = self.benefit_start_date

        benefit_end_date: None | str
        if isinstance(self.benefit_end_date, datetime.date):
            benefit_end_date = self.benefit_end_date.isoformat()
        else:
            benefit_end_date = self.benefit_end_date

        last_conversation_date: None | str
        if isinstance(self.last_conversation_date, datetime.date):
            last_conversation_date = self.last_conversation_date.isoformat()
        else:
            last_conversation_date = self.last_conversation_date

        external_refs = []
        for external_refs_item_data in self.external_refs:
            external_refs_item = external_refs_item_data.to_dict()
            external_refs.append(external_refs_item)

        bsn_known = self.bsn_known

        active_exemption: dict[str, Any] | None
        if isinstance(self.active_exemption, ExemptionRead):
            active_exemption = self.active_exemption.to_dict()
        else:
            active_exemption = self.active_exemption

        diagnosis = self.diagnosis.to_dict()

        version = self.version

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        ladder_rung: int | None | Unset
        if isinstance(self.ladder_rung, Unset):
            ladder_rung = UNSET
        else:
            ladder_rung = self.ladder_rung

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "responsibleManagerId": responsible_manager_id,
                "benefitStartDate": benefit_start_date,
                "benefitEndDate": benefit_end_date,
                "lastConversationDate": last_conversation_date,
                "externalRefs": external_refs,
                "bsnKnown": bsn_known,
                "activeExemption": active_exemption,
                "diagnosis": diagnosis,
                "version": version,
            }
        )
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code
        if ladder_rung is not UNSET:
            field_dict["ladderRung"] = ladder_rung

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnosis_read import DiagnosisRead
        from ..models.exemption_read import ExemptionRead
        from ..models.external_ref import ExternalRef

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        def _parse_responsible_manager_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsible_manager_id_type_0 = UUID(data)

                return responsible_manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        responsible_manager_id = _parse_responsible_manager_id(d.pop("responsibleManagerId"))

        def _parse_benefit_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benefit_start_date_type_0 = datetime.date.fromisoformat(data)

                return benefit_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        benefit_start_date = _parse_benefit_start_date(d.pop("benefitStartDate"))

        def _parse_benefit_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benefit_end_date_type_0 = datetime.date.fromisoformat(data)

                return benefit_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        benefit_end_date = _parse_benefit_end_date(d.pop("benefitEndDate"))

        def _parse_last_conversation_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_conversation_date_type_0 = datetime.date.fromisoformat(data)

                return last_conversation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_conversation_date = _parse_last_conversation_date(d.pop("lastConversationDate"))

        external_refs = []
        _external_refs = d.pop("externalRefs")
        for external_refs_item_data in _external_refs:
            external_refs_item = ExternalRef.from_dict(external_refs_item_data)

            external_refs.append(external_refs_item)

        bsn_known = d.pop("bsnKnown")

        def _parse_active_exemption(data: object) -> ExemptionRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_exemption_type_0 = ExemptionRead.from_dict(data)

                return active_exemption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExemptionRead | None, data)

        active_exemption = _parse_active_exemption(d.pop("activeExemption"))

        diagnosis = DiagnosisRead.from_dict(d.pop("diagnosis"))

        version = d.pop("version")

        def _parse_municipality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode", UNSET))

        def _parse_ladder_rung(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ladder_rung = _parse_ladder_rung(d.pop("ladderRung", UNSET))

        client_read = cls(
            id=id,
            team_id=team_id,
            responsible_manager_id=responsible_manager_id,
            benefit_start_date=benefit_start_date,
            benefit_end_date=benefit_end_date,
            last_conversation_date=last_conversation_date,
            external_refs=external_refs,
            bsn_known=bsn_known,
            active_exemption=active_exemption,
            diagnosis=diagnosis,
            version=version,
            municipality_code=municipality_code,
            ladder_rung=ladder_rung,
        )

        client_read.additional_properties = d
        return client_read

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
