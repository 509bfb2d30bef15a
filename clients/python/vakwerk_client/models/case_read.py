from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_read_allowed_next_states_item import CaseReadAllowedNextStatesItem
from ..models.case_read_gender import CaseReadGender
from ..models.case_read_kind import CaseReadKind
from ..models.case_read_status import CaseReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_ref import ExternalRef
    from ..models.outcome_read import OutcomeRead


T = TypeVar("T", bound="CaseRead")


@_attrs_define
class CaseRead:
    """
    Attributes:
        id (UUID):
        kind (CaseReadKind):
        team_id (UUID):
        owner_id (UUID):
        client_id (None | UUID):
        client_refs (list[ExternalRef]): De nummers van de klant in de bronsystemen (leeg zonder klant)
        status (CaseReadStatus):
        gender (CaseReadGender | None):
        age (int | None):
        target_session_date (datetime.date | None):
        submission_deadline_at (datetime.datetime | None):
        submitted_at (datetime.datetime | None):
        submitted_on_time (bool | None):
        decision_letter_sent_on (datetime.date | None):
        outcome (None | OutcomeRead):
        allowed_next_states (list[CaseReadAllowedNextStatesItem]):
        created_at (datetime.datetime):
        version (int):
        question (None | str | Unset):
        living_situation (None | str | Unset):
        education (None | str | Unset):
        work_experience (None | str | Unset):
        interests (None | str | Unset):
        attitude (None | str | Unset):
        physical_obstacles (None | str | Unset):
        psychological_obstacles (None | str | Unset):
        social_network (None | str | Unset):
        other_information (None | str | Unset):
    """

    id: UUID
    kind: CaseReadKind
    team_id: UUID
    owner_id: UUID
    client_id: None | UUID
    client_refs: list[ExternalRef]
    status: CaseReadStatus
    gender: CaseReadGender | None
    age: int | None
    target_session_date: datetime.date | None
    submission_deadline_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    submitted_on_time: bool | None
    decision_letter_sent_on: datetime.date | None
    outcome: None | OutcomeRead
    allowed_next_states: list[CaseReadAllowedNextStatesItem]
    created_at: datetime.datetime
    version: int
    question: None | str | Unset = UNSET
    living_situation: None | str | Unset = UNSET
    education: None | str | Unset = UNSET
    work_experience: None | str | Unset = UNSET
    interests: None | str | Unset = UNSET
    attitude: None | str | Unset = UNSET
    physical_obstacles: None | str | Unset = UNSET
    psychological_obstacles: None | str | Unset = UNSET
    social_network: None | str | Unset = UNSET
    other_information: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_read import OutcomeRead

        id = str(self.id)

        kind = self.kind.value

        team_id = str(self.team_id)

        owner_id = str(self.owner_id)

        client_id: None | str
        if isinstance(self.client_id, UUID):
            client_id = str(self.client_id)
        else:
            client_id = self.client_id

        client_refs = []
        for client_refs_item_data in self.client_refs:
            client_refs_item = client_refs_item_data.to_dict()
            client_refs.append(client_refs_item)

        status = self.status.value

        gender: None | str
        if isinstance(self.gender, CaseReadGender):
            gender = self.gender.value
        else:
            gender = self.gender

        age: int | None
        age = self.age

        target_session_date: None | str
        if isinstance(self.target_session_date, datetime.date):
            target_session_date = self.target_session_date.isoformat()
        else:
            target_session_date = self.target_session_date

        submission_deadline_at: None | str
        if isinstance(self.submission_deadline_at, datetime.datetime):
            submission_deadline_at = self.submission_deadline_at.isoformat()
        else:
            submission_deadline_at = self.submission_deadline_at

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_on_time: bool | None
        submitted_on_time = self.submitted_on_time

        decision_letter_sent_on: None | str
        if isinstance(self.decision_letter_sent_on, datetime.date):
            decision_letter_sent_on = self.decision_letter_sent_on.isoformat()
        else:
            decision_letter_sent_on = self.decision_letter_sent_on

        outcome: dict[str, Any] | None
        if isinstance(self.outcome, OutcomeRead):
            outcome = self.outcome.to_dict()
        else:
            outcome = self.outcome

        allowed_next_states = []
        for allowed_next_states_item_data in self.allowed_next_states:
            allowed_next_states_item = allowed_next_states_item_data.value
            allowed_next_states.append(allowed_next_states_item)

        created_at = self.created_at.isoformat()

        version = self.version

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        living_situation: None | str | Unset
        if isinstance(self.living_situation, Unset):
            living_situation = UNSET
        else:
            living_situation = self.living_situation

        education: None | str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        else:
            education = self.education

        work_experience: None | str | Unset
        if isinstance(self.work_experience, Unset):
            work_experience = UNSET
        else:
            work_experience = self.work_experience

        interests: None | str | Unset
        if isinstance(self.interests, Unset):
            interests = UNSET
        else:
            interests = self.interests

        attitude: None | str | Unset
        if isinstance(self.attitude, Unset):
            attitude = UNSET
        else:
            attitude = self.attitude

        physical_obstacles: None | str | Unset
        if isinstance(self.physical_obstacles, Unset):
            physical_obstacles = UNSET
        else:
            physical_obstacles = self.physical_obstacles

        psychological_obstacles: None | str | Unset
        if isinstance(self.psychological_obstacles, Unset):
            psychological_obstacles = UNSET
        else:
            psychological_obstacles = self.psychological_obstacles

        social_network: None | str | Unset
        if isinstance(self.social_network, Unset):
            social_network = UNSET
        else:
            social_network = self.social_network

        other_information: None | str | Unset
        if isinstance(self.other_information, Unset):
            other_information = UNSET
        else:
            other_information = self.other_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "teamId": team_id,
                "ownerId": owner_id,
                "clientId": client_id,
                "clientRefs": client_refs,
                "status": status,
                "gender": gender,
                "age": age,
                "targetSessionDate": target_session_date,
                "submissionDeadlineAt": submission_deadline_at,
                "submittedAt": submitted_at,
                "submittedOnTime": submitted_on_time,
                "decisionLetterSentOn": decision_letter_sent_on,
                "outcome": outcome,
                "allowedNextStates": allowed_next_states,
                "createdAt": created_at,
                "version": version,
            }
        )
        if question is not UNSET:
            field_dict["question"] = question
        if living_situation is not UNSET:
            field_dict["livingSituation"] = living_situation
        if education is not UNSET:
            field_dict["education"] = education
        if work_experience is not UNSET:
            field_dict["workExperience"] = work_experience
        if interests is not UNSET:
            field_dict["interests"] = interests
        if attitude is not UNSET:
            field_dict["attitude"] = attitude
        if physical_obstacles is not UNSET:
            field_dict["physicalObstacles"] = physical_obstacles
        if psychological_obstacles is not UNSET:
            field_dict["psychologicalObstacles"] = psychological_obstacles
        if social_network is not UNSET:
            field_dict["socialNetwork"] = social_network
        if other_information is not UNSET:
            field_dict["otherInformation"] = other_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ref import ExternalRef
        from ..models.outcome_read import OutcomeRead

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = CaseReadKind(d.pop("kind"))

        team_id = UUID(d.pop("teamId"))

        owner_id = UUID(d.pop("ownerId"))

        def _parse_client_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_id_type_0 = UUID(data)

                return client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        client_id = _parse_client_id(d.pop("clientId"))

        client_refs = []
        _client_refs = d.pop("clientRefs")
        for client_refs_item_data in _client_refs:
            client_refs_item = ExternalRef.from_dict(client_refs_item_data)

            client_refs.append(client_refs_item)

        status = CaseReadStatus(d.pop("status"))

        def _parse_gender(data: object) -> CaseReadGender | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_1 = CaseReadGender(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseReadGender | None, data)

        gender = _parse_gender(d.pop("gender"))

        def _parse_age(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        age = _parse_age(d.pop("age"))

        def _parse_target_session_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_session_date_type_0 = datetime.date.fromisoformat(data)

                return target_session_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target_session_date = _parse_target_session_date(d.pop("targetSessionDate"))

        def _parse_submission_deadline_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return submission_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submission_deadline_at = _parse_submission_deadline_at(d.pop("submissionDeadlineAt"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt"))

        def _parse_submitted_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        submitted_on_time = _parse_submitted_on_time(d.pop("submittedOnTime"))

        def _parse_decision_letter_sent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_letter_sent_on_type_0 = datetime.date.fromisoformat(data)

                return decision_letter_sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decision_letter_sent_on = _parse_decision_letter_sent_on(d.pop("decisionLetterSentOn"))

        def _parse_outcome(data: object) -> None | OutcomeRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_type_0 = OutcomeRead.from_dict(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutcomeRead, data)

        outcome = _parse_outcome(d.pop("outcome"))

        allowed_next_states = []
        _allowed_next_states = d.pop("allowedNextStates")
        for allowed_next_states_item_data in _allowed_next_states:
            allowed_next_states_item = CaseReadAllowedNextStatesItem(allowed_next_states_item_data)

            allowed_next_states.append(allowed_next_states_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        version = d.pop("version")

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        def _parse_living_situation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        living_situation = _parse_living_situation(d.pop("livingSituation", UNSET))

        def _parse_education(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education = _parse_education(d.pop("education", UNSET))

        def _parse_work_experience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_experience = _parse_work_experience(d.pop("workExperience", UNSET))

        def _parse_interests(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interests = _parse_interests(d.pop("interests", UNSET))

        def _parse_attitude(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attitude = _parse_attitude(d.pop("attitude", UNSET))

        def _parse_physical_obstacles(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        physical_obstacles = _parse_physical_obstacles(d.pop("physicalObstacles", UNSET))

        def _parse_psychological_obstacles(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        psychological_obstacles = _parse_psychological_obstacles(
            d.pop("psychologicalObstacles", UNSET)
        )

        def _parse_social_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        social_network = _parse_social_network(d.pop("socialNetwork", UNSET))

        def _parse_other_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_information = _parse_other_information(d.pop("otherInformation", UNSET))

        case_read = cls(
            id=id,
            kind=kind,
            team_id=team_id,
            owner_id=owner_id,
            client_id=client_id,
            client_refs=client_refs,
            status=status,
            gender=gender,
            age=age,
            target_session_date=target_session_date,
            submission_deadline_at=submission_deadline_at,
            submitted_at=submitted_at,
            submitted_on_time=submitted_on_time,
            decision_letter_sent_on=decision_letter_sent_on,
            outcome=outcome,
            allowed_next_states=allowed_next_states,
            created_at=created_at,
            version=version,
            question=question,
            living_situation=living_situation,
            education=education,
            work_experience=work_experience,
            interests=interests,
            attitude=attitude,
            physical_obstacles=physical_obstacles,
            psychological_obstacles=psychological_obstacles,
            social_network=social_network,
            other_information=other_information,
        )

        case_read.additional_properties = d
        return case_read

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
