from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outcomes import Outcomes
    from ..models.refusals import Refusals


T = TypeVar("T", bound="StatsRow")


@_attrs_define
class StatsRow:
    """
    Attributes:
        assessments (int):
        outcomes (Outcomes): Keys are the outcome values themselves.
        twijfel (int):
        referrals (int):
        reviews (int):
        returns (int):
        refusals (Refusals): Keys are the reason codes themselves.
        team_id (None | Unset | UUID):
        user_id (None | Unset | UUID):
        return_rate (float | None | Unset):
        median_argument_length (float | None | Unset):
    """

    assessments: int
    outcomes: Outcomes
    twijfel: int
    referrals: int
    reviews: int
    returns: int
    refusals: Refusals
    team_id: None | Unset | UUID = UNSET
    user_id: None | Unset | UUID = UNSET
    return_rate: float | None | Unset = UNSET
    median_argument_length: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessments = self.assessments

        outcomes = self.outcomes.to_dict()

        twijfel = self.twijfel

        referrals = self.referrals

        reviews = self.reviews

        returns = self.returns

        refusals = self.refusals.to_dict()

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        return_rate: float | None | Unset
        if isinstance(self.return_rate, Unset):
            return_rate = UNSET
        else:
            return_rate = self.return_rate

        median_argument_length: float | None | Unset
        if isinstance(self.median_argument_length, Unset):
            median_argument_length = UNSET
        else:
            median_argument_length = self.median_argument_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessments": assessments,
                "outcomes": outcomes,
                "twijfel": twijfel,
                "referrals": referrals,
                "reviews": reviews,
                "returns": returns,
                "refusals": refusals,
            }
        )
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if return_rate is not UNSET:
            field_dict["returnRate"] = return_rate
        if median_argument_length is not UNSET:
            field_dict["medianArgumentLength"] = median_argument_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcomes import Outcomes
        from ..models.refusals import Refusals

        d = dict(src_dict)
        assessments = d.pop("assessments")

        outcomes = Outcomes.from_dict(d.pop("outcomes"))

        twijfel = d.pop("twijfel")

        referrals = d.pop("referrals")

        reviews = d.pop("reviews")

        returns = d.pop("returns")

        refusals = Refusals.from_dict(d.pop("refusals"))

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

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        def _parse_return_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        return_rate = _parse_return_rate(d.pop("returnRate", UNSET))

        def _parse_median_argument_length(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        median_argument_length = _parse_median_argument_length(d.pop("medianArgumentLength", UNSET))

        stats_row = cls(
            assessments=assessments,
            outcomes=outcomes,
            twijfel=twijfel,
            referrals=referrals,
            reviews=reviews,
            returns=returns,
            refusals=refusals,
            team_id=team_id,
            user_id=user_id,
            return_rate=return_rate,
            median_argument_length=median_argument_length,
        )

        stats_row.additional_properties = d
        return stats_row

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
