from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesCreate")


@_attrs_define
class SeriesCreate:
    """
    Attributes:
        team_id (UUID):
        name (str):
        owner_id (UUID):
        weekday (int): ISO-weekdag, 1 = maandag … 5 = vrijdag
        start_time (str): Begintijd UU:MM, Europe/Amsterdam
        first_date (datetime.date):
        duration_minutes (int | Unset): Duur in minuten Default: 30.
        interval_weeks (int | Unset): Om de hoeveel weken Default: 2.
        location (None | str | Unset):
        video_link (None | str | Unset):
        rotate_dilemma_chair (bool | Unset):  Default: False.
        evaluation_every (int | Unset): Evaluatie na zoveel bijeenkomsten Default: 4.
        member_ids (list[UUID] | Unset):
    """

    team_id: UUID
    name: str
    owner_id: UUID
    weekday: int
    start_time: str
    first_date: datetime.date
    duration_minutes: int | Unset = 30
    interval_weeks: int | Unset = 2
    location: None | str | Unset = UNSET
    video_link: None | str | Unset = UNSET
    rotate_dilemma_chair: bool | Unset = False
    evaluation_every: int | Unset = 4
    member_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        team_id = str(self.team_id)

        name = self.name

        owner_id = str(self.owner_id)

        weekday = self.weekday

        start_time = self.start_time

        first_date = self.first_date.isoformat()

        duration_minutes = self.duration_minutes

        interval_weeks = self.interval_weeks

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

        rotate_dilemma_chair = self.rotate_dilemma_chair

        evaluation_every = self.evaluation_every

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = []
            for member_ids_item_data in self.member_ids:
                member_ids_item = str(member_ids_item_data)
                member_ids.append(member_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "teamId": team_id,
                "name": name,
                "ownerId": owner_id,
                "weekday": weekday,
                "startTime": start_time,
                "firstDate": first_date,
            }
        )
        if duration_minutes is not UNSET:
            field_dict["durationMinutes"] = duration_minutes
        if interval_weeks is not UNSET:
            field_dict["intervalWeeks"] = interval_weeks
        if location is not UNSET:
            field_dict["location"] = location
        if video_link is not UNSET:
            field_dict["videoLink"] = video_link
        if rotate_dilemma_chair is not UNSET:
            field_dict["rotateDilemmaChair"] = rotate_dilemma_chair
        if evaluation_every is not UNSET:
            field_dict["evaluationEvery"] = evaluation_every
        if member_ids is not UNSET:
            field_dict["memberIds"] = member_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = UUID(d.pop("teamId"))

        name = d.pop("name")

        owner_id = UUID(d.pop("ownerId"))

        weekday = d.pop("weekday")

        start_time = d.pop("startTime")

        first_date = datetime.date.fromisoformat(d.pop("firstDate"))

        duration_minutes = d.pop("durationMinutes", UNSET)

        interval_weeks = d.pop("intervalWeeks", UNSET)

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

        rotate_dilemma_chair = d.pop("rotateDilemmaChair", UNSET)

        evaluation_every = d.pop("evaluationEvery", UNSET)

        _member_ids = d.pop("memberIds", UNSET)
        member_ids: list[UUID] | Unset = UNSET
        if _member_ids is not UNSET:
            member_ids = []
            for member_ids_item_data in _member_ids:
                member_ids_item = UUID(member_ids_item_data)

                member_ids.append(member_ids_item)

        series_create = cls(
            team_id=team_id,
            name=name,
            owner_id=owner_id,
            weekday=weekday,
            start_time=start_time,
            first_date=first_date,
            duration_minutes=duration_minutes,
            interval_weeks=interval_weeks,
            location=location,
            video_link=video_link,
            rotate_dilemma_chair=rotate_dilemma_chair,
            evaluation_every=evaluation_every,
            member_ids=member_ids,
        )

        return series_create
