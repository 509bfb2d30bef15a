from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Consultation")


@_attrs_define
class Consultation:
    """
    Attributes:
        held (bool):
        with_whom (None | str | Unset):
        explanation (None | str | Unset):
    """

    held: bool
    with_whom: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held = self.held

        with_whom: None | str | Unset
        if isinstance(self.with_whom, Unset):
            with_whom = UNSET
        else:
            with_whom = self.with_whom

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held": held,
            }
        )
        if with_whom is not UNSET:
            field_dict["withWhom"] = with_whom
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held = d.pop("held")

        def _parse_with_whom(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        with_whom = _parse_with_whom(d.pop("withWhom", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        consultation = cls(
            held=held,
            with_whom=with_whom,
            explanation=explanation,
        )

        return consultation
