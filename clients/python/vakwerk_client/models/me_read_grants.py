from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.me_read_grants_additional_property_item import MeReadGrantsAdditionalPropertyItem

T = TypeVar("T", bound="MeReadGrants")


@_attrs_define
class MeReadGrants:
    """Wat u mag: per handeling uit de autorisatietabel de reikwijdte (own: uw eigen records, team: die van uw teams, org:
    de hele organisatie, referred: verwezen naar R&W, any: platformbeheer), samengevoegd over uw rollen. Een handeling
    die ontbreekt, mag u niet.

    """

    additional_properties: dict[str, list[MeReadGrantsAdditionalPropertyItem]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.value
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        me_read_grants = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = MeReadGrantsAdditionalPropertyItem(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        me_read_grants.additional_properties = additional_properties
        return me_read_grants

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[MeReadGrantsAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[MeReadGrantsAdditionalPropertyItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
