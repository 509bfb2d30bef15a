from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttentionCounts")


@_attrs_define
class AttentionCounts:
    """
    Attributes:
        team_id (None | UUID):
        weeks (int):
        geen_gesprek (int):
        basis_verlopen (int):
        einde_nadert (int):
        kind_wordt_vijf (int):
    """

    team_id: None | UUID
    weeks: int
    geen_gesprek: int
    basis_verlopen: int
    einde_nadert: int
    kind_wordt_vijf: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id: None | str
        if isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        weeks = self.weeks

        geen_gesprek = self.geen_gesprek

        basis_verlopen = self.basis_verlopen

        einde_nadert = self.einde_nadert

        kind_wordt_vijf = self.kind_wordt_vijf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamId": team_id,
                "weeks": weeks,
                "geenGesprek": geen_gesprek,
                "basisVerlopen": basis_verlopen,
                "eindeNadert": einde_nadert,
                "kindWordtVijf": kind_wordt_vijf,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        weeks = d.pop("weeks")

        geen_gesprek = d.pop("geenGesprek")

        basis_verlopen = d.pop("basisVerlopen")

        einde_nadert = d.pop("eindeNadert")

        kind_wordt_vijf = d.pop("kindWordtVijf")

        attention_counts = cls(
            team_id=team_id,
            weeks=weeks,
            geen_gesprek=geen_gesprek,
            basis_verlopen=basis_verlopen,
            einde_nadert=einde_nadert,
            kind_wordt_vijf=kind_wordt_vijf,
        )

        attention_counts.additional_properties = d
        return attention_counts

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
