from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exemption_dashboard_interval import ExemptionDashboardInterval

if TYPE_CHECKING:
    from ..models.benchmark_figure import BenchmarkFigure
    from ..models.ground_count import GroundCount
    from ..models.manual_count import ManualCount
    from ..models.new_benefits import NewBenefits
    from ..models.trend_point import TrendPoint


T = TypeVar("T", bound="ExemptionDashboard")


@_attrs_define
class ExemptionDashboard:
    """Computed figures for a team or the organisation; ``manualCounts`` beside them.

    Attributes:
        team_id (None | UUID): Leeg: alle teams binnen uw bereik
        date (datetime.date):
        from_date (datetime.date):
        to_date (datetime.date):
        interval (ExemptionDashboardInterval):
        clients_with_benefit (int):
        clients_with_exemption (int):
        rate (float | None): Een fractie: 0,2458 is 25%.
        by_ground (list[GroundCount]):
        trend (list[TrendPoint]):
        benchmark (BenchmarkFigure | None):
        new_benefits (NewBenefits):
        avoided (int): Casussen met uitkomst ontheffing_voorkomen in de periode
        avoided_through_conference (int): Daarvan besproken in een casuïstiekoverleg
        manual_counts (list[ManualCount]):
    """

    team_id: None | UUID
    date: datetime.date
    from_date: datetime.date
    to_date: datetime.date
    interval: ExemptionDashboardInterval
    clients_with_benefit: int
    clients_with_exemption: int
    rate: float | None
    by_ground: list[GroundCount]
    trend: list[TrendPoint]
    benchmark: BenchmarkFigure | None
    new_benefits: NewBenefits
    avoided: int
    avoided_through_conference: int
    manual_counts: list[ManualCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.benchmark_figure import BenchmarkFigure

        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        date = self.date.isoformat()

        from_date = self.from_date.isoformat()

        to_date = self.to_date.isoformat()

        interval = self.interval.value

        clients_with_benefit = self.clients_with_benefit

        clients_with_exemption = self.clients_with_exemption

        rate: float | None
        rate = self.rate

        by_ground = []
        for by_ground_item_data in self.by_ground:
            by_ground_item = by_ground_item_data.to_dict()
            by_ground.append(by_ground_item)

        trend = []
        for trend_item_data in self.trend:
            trend_item = trend_item_data.to_dict()
            trend.append(trend_item)

        benchmark: dict[str, Any] | None
        if isinstance(self.benchmark, BenchmarkFigure):
            benchmark = self.benchmark.to_dict()
        else:
            benchmark = self.benchmark

        new_benefits = self.new_benefits.to_dict()

        avoided = self.avoided

        avoided_through_conference = self.avoided_through_conference

        manual_counts = []
        for manual_counts_item_data in self.manual_counts:
            manual_counts_item = manual_counts_item_data.to_dict()
            manual_counts.append(manual_counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamId": team_id,
                "date": date,
                "fromDate": from_date,
                "toDate": to_date,
                "interval": interval,
                "clientsWithBenefit": clients_with_benefit,
                "clientsWithExemption": clients_with_exemption,
                "rate": rate,
                "byGround": by_ground,
                "trend": trend,
                "benchmark": benchmark,
                "newBenefits": new_benefits,
                "avoided": avoided,
                "avoidedThroughConference": avoided_through_conference,
                "manualCounts": manual_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmark_figure import BenchmarkFigure
        from ..models.ground_count import GroundCount
        from ..models.manual_count import ManualCount
        from ..models.new_benefits import NewBenefits
        from ..models.trend_point import TrendPoint

        d = dict(src_dict)

        def _parse_team_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)

                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        team_id = _parse_team_id(d.pop("teamId"))

        date = datetime.date.fromisoformat(d.pop("date"))

        from_date = datetime.date.fromisoformat(d.pop("fromDate"))

        to_date = datetime.date.fromisoformat(d.pop("toDate"))

        interval = ExemptionDashboardInterval(d.pop("interval"))

        clients_with_benefit = d.pop("clientsWithBenefit")

        clients_with_exemption = d.pop("clientsWithExemption")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        by_ground = []
        _by_ground = d.pop("byGround")
        for by_ground_item_data in _by_ground:
            by_ground_item = GroundCount.from_dict(by_ground_item_data)

            by_ground.append(by_ground_item)

        trend = []
        _trend = d.pop("trend")
        for trend_item_data in _trend:
            trend_item = TrendPoint.from_dict(trend_item_data)

            trend.append(trend_item)

        def _parse_benchmark(data: object) -> BenchmarkFigure | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                benchmark_type_0 = BenchmarkFigure.from_dict(data)

                return benchmark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BenchmarkFigure | None, data)

        benchmark = _parse_benchmark(d.pop("benchmark"))

        new_benefits = NewBenefits.from_dict(d.pop("newBenefits"))

        avoided = d.pop("avoided")

        avoided_through_conference = d.pop("avoidedThroughConference")

        manual_counts = []
        _manual_counts = d.pop("manualCounts")
        for manual_counts_item_data in _manual_counts:
            manual_counts_item = ManualCount.from_dict(manual_counts_item_data)

            manual_counts.append(manual_counts_item)

        exemption_dashboard = cls(
            team_id=team_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
            interval=interval,
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
            rate=rate,
            by_ground=by_ground,
            trend=trend,
            benchmark=benchmark,
            new_benefits=new_benefits,
            avoided=avoided,
            avoided_through_conference=avoided_through_conference,
            manual_counts=manual_counts,
        )

        exemption_dashboard.additional_properties = d
        return exemption_dashboard

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
