from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_read_format import SessionReadFormat
from ..models.session_read_status import SessionReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_read import AgendaItemRead


T = TypeVar("T", bound="SessionRead")


@_attrs_define
class SessionRead:
    """
    Attributes:
        id (UUID):
        series_id (UUID):
        team_id (UUID):
        date (datetime.date):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        deadline_at (datetime.datetime):
        status (SessionReadStatus):
        moved (bool):
        format_ (None | SessionReadFormat):
        chair_id (None | UUID): Wie de bijeenkomst opent: bij een casusbespreking de casusinbrenger van de eerste casus
            (elke casus zit zijn eigen inbrenger voor, zie agenda[].chairId), bij een dilemmasessie de voorzitter; nog
            onbeslist: wie bij een dilemma voorzit.
        note_taker_id (None | UUID):
        case_ids (list[UUID]):
        dilemma_id (None | UUID):
        agenda (list[AgendaItemRead]):
        evaluation_due (bool): Na deze bijeenkomst evalueert de eigenaar met de leden wat zij van het overleg nodig
            hebben: elke evaluationEvery-ste bijeenkomst die doorgaat.
        has_minutes (bool):
        version (int):
        cancel_reason (None | str | Unset):
    """

    id: UUID
    series_id: UUID
    team_id: UUID
    date: datetime.date
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    deadline_at: datetime.datetime
    status: SessionReadStatus
    moved: bool
    format_: None | SessionReadFormat
    chair_id: None | UUID
    note_taker_id: None | UUID
    case_ids: list[UUID]
    dilemma_id: None | UUID
    agenda: list[AgendaItemRead]
    evaluation_due: bool
    has_minutes: bool
    version: int
    cancel_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        series_id = str(self.series_id)

        team_id = str(self.team_id)

        date = self.date.isoformat()

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        deadline_at = self.deadline_at.isoformat()

        status = self.status.value

        moved = self.moved

        format_: None | str
        if isinstance(self.format_, SessionReadFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        chair_id: None | str
        if isinstance(self.chair_id, UUID):
            chair_id = str(self.chair_id)
        else:
            chair_id = self.chair_id

        note_taker_id: None | str
        if isinstance(self.note_taker_id, UUID):
            note_taker_id = str(self.note_taker_id)
        else:
            note_taker_id = self.note_taker_id

        case_ids = []
        for case_ids_item_data in self.case_ids:
            case_ids_item = str(case_ids_item_data)
            case_ids.append(case_ids_item)

        dilemma_id: None | str
        if isinstance(self.dilemma_id, UUID):
            dilemma_id = str(self.dilemma_id)
        else:
            dilemma_id = self.dilemma_id

        agenda = []
        for agenda_item_data in self.agenda:
            agenda_item = agenda_item_data.to_dict()
            agenda.append(agenda_item)

        evaluation_due = self.evaluation_due

        has_minutes = self.has_minutes

        version = self.version

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seriesId": series_id,
                "teamId": team_id,
                "date": date,
                "startsAt": starts_at,
                "endsAt": ends_at,
                "deadlineAt": deadline_at,
                "status": status,
                "moved": moved,
                "format": format_,
                "chairId": chair_id,
                "noteTakerId": note_taker_id,
                "caseIds": case_ids,
                "dilemmaId": dilemma_id,
                "agenda": agenda,
                "evaluationDue": evaluation_due,
                "hasMinutes": has_minutes,
                "version": version,
            }
        )
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_read import AgendaItemRead

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        series_id = UUID(d.pop("seriesId"))

        team_id = UUID(d.pop("teamId"))

        date = datetime.date.fromisoformat(d.pop("date"))

        starts_at = datetime.datetime.fromisoformat(d.pop("startsAt"))

        ends_at = datetime.datetime.fromisoformat(d.pop("endsAt"))

        deadline_at = datetime.datetime.fromisoformat(d.pop("deadlineAt"))

        status = SessionReadStatus(d.pop("status"))

        moved = d.pop("moved")

        def _parse_format_(data: object) -> None | SessionReadFormat:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_1 = SessionReadFormat(data)

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionReadFormat, data)

        format_ = _parse_format_(d.pop("format"))

        def _parse_chair_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chair_id_type_0 = UUID(data)

                return chair_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chair_id = _parse_chair_id(d.pop("chairId"))

        def _parse_note_taker_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                note_taker_id_type_0 = UUID(data)

                return note_taker_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        note_taker_id = _parse_note_taker_id(d.pop("noteTakerId"))

        case_ids = []
        _case_ids = d.pop("caseIds")
        for case_ids_item_data in _case_ids:
            case_ids_item = UUID(case_ids_item_data)

            case_ids.append(case_ids_item)

        def _parse_dilemma_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dilemma_id_type_0 = UUID(data)

                return dilemma_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        dilemma_id = _parse_dilemma_id(d.pop("dilemmaId"))

        agenda = []
        _agenda = d.pop("agenda")
        for agenda_item_data in _agenda:
            agenda_item = AgendaItemRead.from_dict(agenda_item_data)

            agenda.append(agenda_item)

        evaluation_due = d.pop("evaluationDue")

        has_minutes = d.pop("hasMinutes")

        version = d.pop("version")

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancelReason", UNSET))

        session_read = cls(
            id=id,
            series_id=series_id,
            team_id=team_id,
            date=date,
            starts_at=starts_at,
            ends_at=ends_at,
            deadline_at=deadline_at,
            status=status,
            moved=moved,
            format_=format_,
            chair_id=chair_id,
            note_taker_id=note_taker_id,
            case_ids=case_ids,
            dilemma_id=dilemma_id,
            agenda=agenda,
            evaluation_due=evaluation_due,
            has_minutes=has_minutes,
            version=version,
            cancel_reason=cancel_reason,
        )

        session_read.additional_properties = d
        return session_read

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
