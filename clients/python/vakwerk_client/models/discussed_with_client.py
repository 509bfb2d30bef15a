from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussedWithClient")


@_attrs_define
class DiscussedWithClient:
    """
    Attributes:
        held (bool):
        how (None | str | Unset):
    """

    held: bool
    how: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held = self.held

        how: None | str | Unset
        if isinstance(self.how, Unset):
            how = UNSET
        else:
            how = self.how

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held": held,
            }
        )
        if how is not UNSET:
            field_dict["how"] = how

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held = d.pop("held")

        def _parse_how(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        how = _parse_how(d.pop("how", UNSET))

        discussed_with_client = cls(
            held=held,
            how=how,
        )

        return discussed_with_client
