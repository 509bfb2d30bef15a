from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_summary_exemptionground import ClientSummaryExemptionground
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="ClientSummary")


@_attrs_define
class ClientSummary:
    """A list row: what a list shows, without the diagnosis.

    Attributes:
        id (UUID):
        team_id (UUID):
        external_refs (list[ExternalRef]):
        responsible_manager_id (None | UUID):
        benefit_start_date (datetime.date | None):
        benefit_end_date (datetime.date | None):
        last_conversation_date (datetime.date | None):
        exemption_ground (ClientSummaryExemptionground | None):
        exemption_end_date (datetime.date | None):
        basis_document_date (datetime.date | None):
        version (int):
        municipality_code (None | str | Unset):
        ladder_rung (int | None | Unset):
        reexamination_date (datetime.date | None | Unset):
    """

    id: UUID
    team_id: UUID
    external_refs: list[ExternalRef]
    responsible_manager_id: None | UUID
    benefit_start_date: datetime.date | None
    benefit_end_date: datetime.date | None
    last_conversation_date: datetime.date | None
    exemption_ground: ClientSummaryExemptionground | None
    exemption_end_date: datetime.date | None
    basis_document_date: datetime.date | None
    version: int
    municipality_code: None | str | Unset = UNSET
    ladder_rung: int | None | Unset = UNSET
    reexamination_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        external_refs = []
        for external_refs_item_data in self.external_refs:
            external_refs_item = external_refs_item_data.to_dict()
            external_refs.append(external_refs_item)

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

        exemption_ground: None | str
        if isinstance(self.exemption_ground, ClientSummaryExemptionground):
            exemption_ground = self.exemption_ground.value
        else:
            exemption_ground = self.exemption_ground

        exemption_end_date: None | str
        if isinstance(self.exemption_end_date, datetime.date):
            exemption_end_date = self.exemption_end_date.isoformat()
        else:
            exemption_end_date = self.exemption_end_date

        basis_document_date: None | str
        if isinstance(self.basis_document_date, datetime.date):
            basis_document_date = self.basis_document_date.isoformat()
        else:
            basis_document_date = self.basis_document_date

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

        reexamination_date: None | str | Unset
        if isinstance(self.reexamination_date, Unset):
            reexamination_date = UNSET
        elif isinstance(self.reexamination_date, datetime.date):
            reexamination_date = self.reexamination_date.isoformat()
        else:
            reexamination_date = self.reexamination_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "externalRefs": external_refs,
                "responsibleManagerId": responsible_manager_id,
                "benefitStartDate": benefit_start_date,
                "benefitEndDate": benefit_end_date,
                "lastConversationDate": last_conversation_date,
                "exemptionGround": exemption_ground,
                "exemptionEndDate": exemption_end_date,
                "basisDocumentDate": basis_document_date,
                "version": version,
            }
        )
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code
        if ladder_rung is not UNSET:
            field_dict["ladderRung"] = ladder_rung
        if reexamination_date is not UNSET:
            field_dict["reexaminationDate"] = reexamination_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ref import ExternalRef

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        external_refs = []
        _external_refs = d.pop("externalRefs")
        for external_refs_item_data in _external_refs:
            external_refs_item = ExternalRef.from_dict(external_refs_item_data)

            external_refs.append(external_refs_item)

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

        def _parse_exemption_ground(data: object) -> ClientSummaryExemptionground | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exemption_ground_type_1 = ClientSummaryExemptionground(data)

                return exemption_ground_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientSummaryExemptionground | None, data)

        exemption_ground = _parse_exemption_ground(d.pop("exemptionGround"))

        def _parse_exemption_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exemption_end_date_type_0 = datetime.date.fromisoformat(data)

                return exemption_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        exemption_end_date = _parse_exemption_end_date(d.pop("exemptionEndDate"))

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

        client_summary = cls(
            id=id,
            team_id=team_id,
            external_refs=external_refs,
            responsible_manager_id=responsible_manager_id,
            benefit_start_date=benefit_start_date,
            benefit_end_date=benefit_end_date,
            last_conversation_date=last_conversation_date,
            exemption_ground=exemption_ground,
            exemption_end_date=exemption_end_date,
            basis_document_date=basis_document_date,
            version=version,
            municipality_code=municipality_code,
            ladder_rung=ladder_rung,
            reexamination_date=reexamination_date,
        )

        client_summary.additional_properties = d
        return client_summary

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
