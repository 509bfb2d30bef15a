from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attention_row_duereason import AttentionRowDuereason
from ..models.attention_row_ground import AttentionRowGround

if TYPE_CHECKING:
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="AttentionRow")


@_attrs_define
class AttentionRow:
    """
    Attributes:
        id (UUID): De klant
        team_id (UUID):
        external_refs (list[ExternalRef]):
        responsible_manager_id (None | UUID):
        last_conversation_date (datetime.date | None):
        exemption_id (None | UUID):
        ground (AttentionRowGround | None):
        exemption_start_date (datetime.date | None):
        end_date (datetime.date | None):
        basis_document_date (datetime.date | None):
        reexamination_date (datetime.date | None):
        youngest_child_birth_date (datetime.date | None):
        due_date (datetime.date | None): Waarom de klant op de lijst staat: gesprek of keuring verlopen sinds, einde of
            heronderzoek op, vijfde verjaardag op
        due_reason (AttentionRowDuereason):
    """

    id: UUID
    team_id: UUID
    external_refs: list[ExternalRef]
    responsible_manager_id: None | UUID
    last_conversation_date: datetime.date | None
    exemption_id: None | UUID
    ground: AttentionRowGround | None
    exemption_start_date: datetime.date | None
    end_date: datetime.date | None
    basis_document_date: datetime.date | None
    reexamination_date: datetime.date | None
    youngest_child_birth_date: datetime.date | None
    due_date: datetime.date | None
    due_reason: AttentionRowDuereason
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

        last_conversation_date: None | str
        if isinstance(self.last_conversation_date, datetime.date):
            last_conversation_date = self.last_conversation_date.isoformat()
        else:
            last_conversation_date = self.last_conversation_date

        exemption_id: None | str
        if isinstance(self.exemption_id, UUID):
            exemption_id = str(self.exemption_id)
        else:
            exemption_id = self.exemption_id

        ground: None | str
        if isinstance(self.ground, AttentionRowGround):
            ground = self.ground.value
        else:
            ground = self.ground

        exemption_start_date: None | str
        if isinstance(self.exemption_start_date, datetime.date):
            exemption_start_date = self.exemption_start_date.isoformat()
        else:
            exemption_start_date = self.exemption_start_date

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

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_reason = self.due_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "externalRefs": external_refs,
                "responsibleManagerId": responsible_manager_id,
                "lastConversationDate": last_conversation_date,
                "exemptionId": exemption_id,
                "ground": ground,
                "exemptionStartDate": exemption_start_date,
                "endDate": end_date,
                "basisDocumentDate": basis_document_date,
                "reexaminationDate": reexamination_date,
                "youngestChildBirthDate": youngest_child_birth_date,
                "dueDate": due_date,
                "dueReason": due_reason,
            }
        )

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

        def _parse_exemption_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exemption_id_type_0 = UUID(data)

                return exemption_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        exemption_id = _parse_exemption_id(d.pop("exemptionId"))

        def _parse_ground(data: object) -> AttentionRowGround | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ground_type_1 = AttentionRowGround(data)

                return ground_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttentionRowGround | None, data)

        ground = _parse_ground(d.pop("ground"))

        def _parse_exemption_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exemption_start_date_type_0 = datetime.date.fromisoformat(data)

                return exemption_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        exemption_start_date = _parse_exemption_start_date(d.pop("exemptionStartDate"))

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

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("dueDate"))

        due_reason = AttentionRowDuereason(d.pop("dueReason"))

        attention_row = cls(
            id=id,
            team_id=team_id,
            external_refs=external_refs,
            responsible_manager_id=responsible_manager_id,
            last_conversation_date=last_conversation_date,
            exemption_id=exemption_id,
            ground=ground,
            exemption_start_date=exemption_start_date,
            end_date=end_date,
            basis_document_date=basis_document_date,
            reexamination_date=reexamination_date,
            youngest_child_birth_date=youngest_child_birth_date,
            due_date=due_date,
            due_reason=due_reason,
        )

        attention_row.additional_properties = d
        return attention_row

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
