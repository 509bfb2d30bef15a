from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesUpdate")


@_attrs_define
class SeriesUpdate:
    """
    Attributes:
        name (None | str | Unset):
        owner_id (None | Unset | UUID):
        weekday (int | None | Unset): ISO-weekdag, 1 = maandag … 5 = vrijdag
        start_time (None | str | Unset): Begintijd UU:MM, Europe/Amsterdam
        duration_minutes (int | None | Unset): Duur in minuten
        interval_weeks (int | None | Unset): Om de hoeveel weken
        location (None | str | Unset):
        video_link (None | str | Unset):
        rotate_dilemma_chair (bool | None | Unset):
        evaluation_every (int | None | Unset): Evaluatie na zoveel bijeenkomsten
        active (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    weekday: int | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    duration_minutes: int | None | Unset = UNSET
    interval_weeks: int | None | Unset = UNSET
    location: None | str | Unset = UNSET
    video_link: None | str | Unset = UNSET
    rotate_dilemma_chair: bool | None | Unset = UNSET
    evaluation_every: int | None | Unset = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        weekday: int | None | Unset
        if isinstance(self.weekday, Unset):
            weekday = UNSET
        else:
            weekday = self.weekday

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        duration_minutes: int | None | Unset
        if isinstance(self.duration_minutes, Unset):
            duration_minutes = UNSET
        else:
            duration_minutes = self.duration_minutes

        interval_weeks: int | None | Unset
        if isinstance(self.interval_weeks, Unset):
            interval_weeks = UNSET
        else:
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

        rotate_dilemma_chair: bool | None | Unset
        if isinstance(self.rotate_dilemma_chair, Unset):
            rotate_dilemma_chair = UNSET
        else:
            rotate_dilemma_chair = self.rotate_dilemma_chair

        evaluation_every: int | None | Unset
        if isinstance(self.evaluation_every, Unset):
            evaluation_every = UNSET
        else:
            evaluation_every = self.evaluation_every

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
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
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_weekday(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekday = _parse_weekday(d.pop("weekday", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_duration_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_minutes = _parse_duration_minutes(d.pop("durationMinutes", UNSET))

        def _parse_interval_weeks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_weeks = _parse_interval_weeks(d.pop("intervalWeeks", UNSET))

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

        def _parse_rotate_dilemma_chair(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        rotate_dilemma_chair = _parse_rotate_dilemma_chair(d.pop("rotateDilemmaChair", UNSET))

        def _parse_evaluation_every(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evaluation_every = _parse_evaluation_every(d.pop("evaluationEvery", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        series_update = cls(
            name=name,
            owner_id=owner_id,
            weekday=weekday,
            start_time=start_time,
            duration_minutes=duration_minutes,
            interval_weeks=interval_weeks,
            location=location,
            video_link=video_link,
            rotate_dilemma_chair=rotate_dilemma_chair,
            evaluation_every=evaluation_every,
            active=active,
        )

        return series_update
