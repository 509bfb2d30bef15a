from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.case_create_gender import CaseCreateGender
from ..models.case_create_kind import CaseCreateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseCreate")


@_attrs_define
class CaseCreate:
    """
    Attributes:
        kind (CaseCreateKind):
        client_id (None | Unset | UUID):
        question (None | str | Unset): De hulpvraag aan de collega's
        gender (CaseCreateGender | None | Unset):
        age (int | None | Unset): Leeftijd in hele jaren
        living_situation (None | str | Unset):
        education (None | str | Unset):
        work_experience (None | str | Unset):
        interests (None | str | Unset):
        attitude (None | str | Unset):
        physical_obstacles (None | str | Unset):
        psychological_obstacles (None | str | Unset):
        social_network (None | str | Unset):
        other_information (None | str | Unset):
        target_session_date (datetime.date | None | Unset):
        team_id (None | Unset | UUID):
    """

    kind: CaseCreateKind
    client_id: None | Unset | UUID = UNSET
    question: None | str | Unset = UNSET
    gender: CaseCreateGender | None | Unset = UNSET
    age: int | None | Unset = UNSET
    living_situation: None | str | Unset = UNSET
    education: None | str | Unset = UNSET
    work_experience: None | str | Unset = UNSET
    interests: None | str | Unset = UNSET
    attitude: None | str | Unset = UNSET
    physical_obstacles: None | str | Unset = UNSET
    psychological_obstacles: None | str | Unset = UNSET
    social_network: None | str | Unset = UNSET
    other_information: None | str | Unset = UNSET
    target_session_date: datetime.date | None | Unset = UNSET
    team_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        elif isinstance(self.client_id, UUID):
            client_id = str(self.client_id)
        else:
            client_id = self.client_id

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, CaseCreateGender):
            gender = self.gender.value
        else:
            gender = self.gender

        age: int | None | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

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

        target_session_date: None | str | Unset
        if isinstance(self.target_session_date, Unset):
            target_session_date = UNSET
        elif isinstance(self.target_session_date, datetime.date):
            target_session_date = self.target_session_date.isoformat()
        else:
            target_session_date = self.target_session_date

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if question is not UNSET:
            field_dict["question"] = question
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
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
        if target_session_date is not UNSET:
            field_dict["targetSessionDate"] = target_session_date
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CaseCreateKind(d.pop("kind"))

        def _parse_client_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_id_type_0 = UUID(data)

                return client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        def _parse_gender(data: object) -> CaseCreateGender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_1 = CaseCreateGender(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseCreateGender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age = _parse_age(d.pop("age", UNSET))

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

        def _parse_target_session_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_session_date_type_0 = datetime.date.fromisoformat(data)

                return target_session_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        target_session_date = _parse_target_session_date(d.pop("targetSessionDate", UNSET))

        def _parse_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)

                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        team_id = _parse_team_id(d.pop("teamId", UNSET))

        case_create = cls(
            kind=kind,
            client_id=client_id,
            question=question,
            gender=gender,
            age=age,
            living_situation=living_situation,
            education=education,
            work_experience=work_experience,
            interests=interests,
            attitude=attitude,
            physical_obstacles=physical_obstacles,
            psychological_obstacles=psychological_obstacles,
            social_network=social_network,
            other_information=other_information,
            target_session_date=target_session_date,
            team_id=team_id,
        )

        return case_create
