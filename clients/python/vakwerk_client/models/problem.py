from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_param import InvalidParam


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """Foutmelding volgens RFC 9457 (problem+json).

    Attributes:
        type_ (str):
        title (str):
        status (int):
        detail (str):
        instance (str | Unset):
        invalid_params (list[InvalidParam] | Unset):
        allowed_next_states (list[str] | Unset):
        client_id (UUID | Unset):
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str | Unset = UNSET
    invalid_params: list[InvalidParam] | Unset = UNSET
    allowed_next_states: list[str] | Unset = UNSET
    client_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        invalid_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_params, Unset):
            invalid_params = []
            for invalid_params_item_data in self.invalid_params:
                invalid_params_item = invalid_params_item_data.to_dict()
                invalid_params.append(invalid_params_item)

        allowed_next_states: list[str] | Unset = UNSET
        if not isinstance(self.allowed_next_states, Unset):
            allowed_next_states = self.allowed_next_states

        client_id: str | Unset = UNSET
        if not isinstance(self.client_id, Unset):
            client_id = str(self.client_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if invalid_params is not UNSET:
            field_dict["invalidParams"] = invalid_params
        if allowed_next_states is not UNSET:
            field_dict["allowedNextStates"] = allowed_next_states
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invalid_param import InvalidParam

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        instance = d.pop("instance", UNSET)

        _invalid_params = d.pop("invalidParams", UNSET)
        invalid_params: list[InvalidParam] | Unset = UNSET
        if _invalid_params is not UNSET:
            invalid_params = []
            for invalid_params_item_data in _invalid_params:
                invalid_params_item = InvalidParam.from_dict(invalid_params_item_data)

                invalid_params.append(invalid_params_item)

        allowed_next_states = cast(list[str], d.pop("allowedNextStates", UNSET))

        _client_id = d.pop("clientId", UNSET)
        client_id: UUID | Unset
        if isinstance(_client_id, Unset):
            client_id = UNSET
        else:
            client_id = UUID(_client_id)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            invalid_params=invalid_params,
            allowed_next_states=allowed_next_states,
            client_id=client_id,
        )

        problem.additional_properties = d
        return problem

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
