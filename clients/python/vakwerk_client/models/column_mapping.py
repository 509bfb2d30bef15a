from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnMapping")


@_attrs_define
class ColumnMapping:
    """The beheerder's choice per organisation: only the reference column is required.

    A fact without a column is left as it is in Vakwerk; a fact with a column is set from
    the file, an empty cell meaning "the source system has no value".

        Attributes:
            external_ref (str):
            team (None | str | Unset):
            benefit_start (None | str | Unset):
            benefit_end (None | str | Unset):
            ladder_rung (None | str | Unset):
            last_conversation (None | str | Unset):
            municipality_code (None | str | Unset):
            responsible_manager (None | str | Unset):
            bsn (None | str | Unset):
            exemption_ground (None | str | Unset):
            exemption_start (None | str | Unset):
            exemption_end (None | str | Unset):
            exemption_basis_document (None | str | Unset):
            exemption_reexamination (None | str | Unset):
            exemption_youngest_child_birth (None | str | Unset):
    """

    external_ref: str
    team: None | str | Unset = UNSET
    benefit_start: None | str | Unset = UNSET
    benefit_end: None | str | Unset = UNSET
    ladder_rung: None | str | Unset = UNSET
    last_conversation: None | str | Unset = UNSET
    municipality_code: None | str | Unset = UNSET
    responsible_manager: None | str | Unset = UNSET
    bsn: None | str | Unset = UNSET
    exemption_ground: None | str | Unset = UNSET
    exemption_start: None | str | Unset = UNSET
    exemption_end: None | str | Unset = UNSET
    exemption_basis_document: None | str | Unset = UNSET
    exemption_reexamination: None | str | Unset = UNSET
    exemption_youngest_child_birth: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_ref = self.external_ref

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        benefit_start: None | str | Unset
        if isinstance(self.benefit_start, Unset):
            benefit_start = UNSET
        else:
            benefit_start = self.benefit_start

        benefit_end: None | str | Unset
        if isinstance(self.benefit_end, Unset):
            benefit_end = UNSET
        else:
            benefit_end = self.benefit_end

        ladder_rung: None | str | Unset
        if isinstance(self.ladder_rung, Unset):
            ladder_rung = UNSET
        else:
            ladder_rung = self.ladder_rung

        last_conversation: None | str | Unset
        if isinstance(self.last_conversation, Unset):
            last_conversation = UNSET
        else:
            last_conversation = self.last_conversation

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        responsible_manager: None | str | Unset
        if isinstance(self.responsible_manager, Unset):
            responsible_manager = UNSET
        else:
            responsible_manager = self.responsible_manager

        bsn: None | str | Unset
        if isinstance(self.bsn, Unset):
            bsn = UNSET
        else:
            bsn = self.bsn

        exemption_ground: None | str | Unset
        if isinstance(self.exemption_ground, Unset):
            exemption_ground = UNSET
        else:
            exemption_ground = self.exemption_ground

        exemption_start: None | str | Unset
        if isinstance(self.exemption_start, Unset):
            exemption_start = UNSET
        else:
            exemption_start = self.exemption_start

        exemption_end: None | str | Unset
        if isinstance(self.exemption_end, Unset):
            exemption_end = UNSET
        else:
            exemption_end = self.exemption_end

        exemption_basis_document: None | str | Unset
        if isinstance(self.exemption_basis_document, Unset):
            exemption_basis_document = UNSET
        else:
            exemption_basis_document = self.exemption_basis_document

        exemption_reexamination: None | str | Unset
        if isinstance(self.exemption_reexamination, Unset):
            exemption_reexamination = UNSET
        else:
            exemption_reexamination = self.exemption_reexamination

        exemption_youngest_child_birth: None | str | Unset
        if isinstance(self.exemption_youngest_child_birth, Unset):
            exemption_youngest_child_birth = UNSET
        else:
            exemption_youngest_child_birth = self.exemption_youngest_child_birth

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "externalRef": external_ref,
            }
        )
        if team is not UNSET:
            field_dict["team"] = team
        if benefit_start is not UNSET:
            field_dict["benefitStart"] = benefit_start
        if benefit_end is not UNSET:
            field_dict["benefitEnd"] = benefit_end
        if ladder_rung is not UNSET:
            field_dict["ladderRung"] = ladder_rung
        if last_conversation is not UNSET:
            field_dict["lastConversation"] = last_conversation
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code
        if responsible_manager is not UNSET:
            field_dict["responsibleManager"] = responsible_manager
        if bsn is not UNSET:
            field_dict["bsn"] = bsn
        if exemption_ground is not UNSET:
            field_dict["exemptionGround"] = exemption_ground
        if exemption_start is not UNSET:
            field_dict["exemptionStart"] = exemption_start
        if exemption_end is not UNSET:
            field_dict["exemptionEnd"] = exemption_end
        if exemption_basis_document is not UNSET:
            field_dict["exemptionBasisDocument"] = exemption_basis_document
        if exemption_reexamination is not UNSET:
            field_dict["exemptionReexamination"] = exemption_reexamination
        if exemption_youngest_child_birth is not UNSET:
            field_dict["exemptionYoungestChildBirth"] = exemption_youngest_child_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_ref = d.pop("externalRef")

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        def _parse_benefit_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        benefit_start = _parse_benefit_start(d.pop("benefitStart", UNSET))

        def _parse_benefit_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        benefit_end = _parse_benefit_end(d.pop("benefitEnd", UNSET))

        def _parse_ladder_rung(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ladder_rung = _parse_ladder_rung(d.pop("ladderRung", UNSET))

        def _parse_last_conversation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_conversation = _parse_last_conversation(d.pop("lastConversation", UNSET))

        def _parse_municipality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode", UNSET))

        def _parse_responsible_manager(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responsible_manager = _parse_responsible_manager(d.pop("responsibleManager", UNSET))

        def _parse_bsn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bsn = _parse_bsn(d.pop("bsn", UNSET))

        def _parse_exemption_ground(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_ground = _parse_exemption_ground(d.pop("exemptionGround", UNSET))

        def _parse_exemption_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_start = _parse_exemption_start(d.pop("exemptionStart", UNSET))

        def _parse_exemption_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_end = _parse_exemption_end(d.pop("exemptionEnd", UNSET))

        def _parse_exemption_basis_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_basis_document = _parse_exemption_basis_document(
            d.pop("exemptionBasisDocument", UNSET)
        )

        def _parse_exemption_reexamination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_reexamination = _parse_exemption_reexamination(
            d.pop("exemptionReexamination", UNSET)
        )

        def _parse_exemption_youngest_child_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exemption_youngest_child_birth = _parse_exemption_youngest_child_birth(
            d.pop("exemptionYoungestChildBirth", UNSET)
        )

        column_mapping = cls(
            external_ref=external_ref,
            team=team,
            benefit_start=benefit_start,
            benefit_end=benefit_end,
            ladder_rung=ladder_rung,
            last_conversation=last_conversation,
            municipality_code=municipality_code,
            responsible_manager=responsible_manager,
            bsn=bsn,
            exemption_ground=exemption_ground,
            exemption_start=exemption_start,
            exemption_end=exemption_end,
            exemption_basis_document=exemption_basis_document,
            exemption_reexamination=exemption_reexamination,
            exemption_youngest_child_birth=exemption_youngest_child_birth,
        )

        return column_mapping
