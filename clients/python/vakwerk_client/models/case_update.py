from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.case_update_gender import CaseUpdateGender
from ..models.case_update_kind import CaseUpdateKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseUpdate")


@_attrs_define
class CaseUpdate:
    """
    Attributes:
        client_id (None | Unset | UUID):
        question (None | str | Unset): De hulpvraag aan de collega's
        gender (CaseUpdateGender | None | Unset):
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
        kind (CaseUpdateKind | None | Unset):
        decision_letter_sent_on (datetime.date | None | Unset):
    """

    client_id: None | Unset | UUID = UNSET
    question: None | str | Unset = UNSET
    gender: CaseUpdateGender | None | Unset = UNSET
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
    kind: CaseUpdateKind | None | Unset = UNSET
    decision_letter_sent_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.gender, CaseUpdateGender):
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

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, CaseUpdateKind):
            kind = self.kind.value
        else:
            kind = self.kind

        decision_letter_sent_on: None | str | Unset
        if isinstance(self.decision_letter_sent_on, Unset):
            decision_letter_sent_on = UNSET
        elif isinstance(self.decision_letter_sent_on, datetime.date):
            decision_letter_sent_on = self.decision_letter_sent_on.isoformat()
        else:
            decision_letter_sent_on = self.decision_letter_sent_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if decision_letter_sent_on is not UNSET:
            field_dict["decisionLetterSentOn"] = decision_letter_sent_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_gender(data: object) -> CaseUpdateGender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_1 = CaseUpdateGender(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseUpdateGender | None | Unset, data)

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

        def _parse_kind(data: object) -> CaseUpdateKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_1 = CaseUpdateKind(data)

                return kind_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseUpdateKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_decision_letter_sent_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_letter_sent_on_type_0 = datetime.date.fromisoformat(data)

                return decision_letter_sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decision_letter_sent_on = _parse_decision_letter_sent_on(
            d.pop("decisionLetterSentOn", UNSET)
        )

        case_update = cls(
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
            kind=kind,
            decision_letter_sent_on=decision_letter_sent_on,
        )

        return case_update
