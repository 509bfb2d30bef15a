from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesRead")


@_attrs_define
class SeriesRead:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        name (str):
        owner_id (UUID):
        weekday (int):
        start_time (str):
        duration_minutes (int):
        interval_weeks (int):
        first_date (datetime.date):
        rotate_dilemma_chair (bool):
        evaluation_every (int):
        active (bool):
        member_ids (list[UUID]):
        horizon_date (datetime.date | None):
        version (int):
        location (None | str | Unset):
        video_link (None | str | Unset):
    """

    id: UUID
    team_id: UUID
    name: str
    owner_id: UUID
    weekday: int
    start_time: str
    duration_minutes: int
    interval_weeks: int
    first_date: datetime.date
    rotate_dilemma_chair: bool
    evaluation_every: int
    active: bool
    member_ids: list[UUID]
    horizon_date: datetime.date | None
    version: int
    location: None | str | Unset = UNSET
    video_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        name = self.name

        owner_id = str(self.owner_id)

        weekday = self.weekday

        start_time = self.start_time

        duration_minutes = self.duration_minutes

        interval_weeks = self.interval_weeks

        first_date = self.first_date.isoformat()

        rotate_dilemma_chair = self.rotate_dilemma_chair

        evaluation_every = self.evaluation_every

        active = self.active

        member_ids = []
        for member_ids_item_data in self.member_ids:
            member_ids_item = str(member_ids_item_data)
            member_ids.append(member_ids_item)

        horizon_date: None | str
        if isinstance(self.horizon_date, datetime.date):
            horizon_date = self.horizon_date.isoformat()
        else:
            horizon_date = self.horizon_date

        version = self.version

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        video_link: None | str | Unset
        if isinstance(self.video_link, Unset):
            video_link = UNSET
        else:
            video_link = self.video_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "name": name,
                "ownerId": owner_id,
                "weekday": weekday,
                "startTime": start_time,
                "durationMinutes": duration_minutes,
                "intervalWeeks": interval_weeks,
                "firstDate": first_date,
                "rotateDilemmaChair": rotate_dilemma_chair,
                "evaluationEvery": evaluation_every,
                "active": active,
                "memberIds": member_ids,
                "horizonDate": horizon_date,
                "version": version,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if video_link is not UNSET:
            field_dict["videoLink"] = video_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        name = d.pop("name")

        owner_id = UUID(d.pop("ownerId"))

        weekday = d.pop("weekday")

        start_time = d.pop("startTime")

        duration_minutes = d.pop("durationMinutes")

        interval_weeks = d.pop("intervalWeeks")

        first_date = datetime.date.fromisoformat(d.pop("firstDate"))

        rotate_dilemma_chair = d.pop("rotateDilemmaChair")

        evaluation_every = d.pop("evaluationEvery")

        active = d.pop("active")

        member_ids = []
        _member_ids = d.pop("memberIds")
        for member_ids_item_data in _member_ids:
            member_ids_item = UUID(member_ids_item_data)

            member_ids.append(member_ids_item)

        def _parse_horizon_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                horizon_date_type_0 = datetime.date.fromisoformat(data)

                return horizon_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        horizon_date = _parse_horizon_date(d.pop("horizonDate"))

        version = d.pop("version")

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_video_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_link = _parse_video_link(d.pop("videoLink", UNSET))

        series_read = cls(
            id=id,
            team_id=team_id,
            name=name,
            owner_id=owner_id,
            weekday=weekday,
            start_time=start_time,
            duration_minutes=duration_minutes,
            interval_weeks=interval_weeks,
            first_date=first_date,
            rotate_dilemma_chair=rotate_dilemma_chair,
            evaluation_every=evaluation_every,
            active=active,
            member_ids=member_ids,
            horizon_date=horizon_date,
            version=version,
            location=location,
            video_link=video_link,
        )

        series_read.additional_properties = d
        return series_read

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
