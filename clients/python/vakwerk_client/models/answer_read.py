from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answer_read_answer import AnswerReadAnswer
from ..models.answer_read_sources_item import AnswerReadSourcesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.characteristic_read import CharacteristicRead


T = TypeVar("T", bound="AnswerRead")


@_attrs_define
class AnswerRead:
    """
    Attributes:
        question_key (str):
        answer (AnswerReadAnswer):
        sources (list[AnswerReadSourcesItem]):
        answered_at (datetime.datetime):
        characteristics (list[CharacteristicRead] | None | Unset):
        argument (None | str | Unset):
    """

    question_key: str
    answer: AnswerReadAnswer
    sources: list[AnswerReadSourcesItem]
    answered_at: datetime.datetime
    characteristics: list[CharacteristicRead] | None | Unset = UNSET
    argument: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_key = self.question_key

        answer = self.answer.value

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.value
            sources.append(sources_item)

        answered_at = self.answered_at.isoformat()

        characteristics: list[dict[str, Any]] | None | Unset
        if isinstance(self.characteristics, Unset):
            characteristics = UNSET
        elif isinstance(self.characteristics, list):
            characteristics = []
            for characteristics_type_0_item_data in self.characteristics:
                characteristics_type_0_item = characteristics_type_0_item_data.to_dict()
                characteristics.append(characteristics_type_0_item)

        else:
            characteristics = self.characteristics

        argument: None | str | Unset
        if isinstance(self.argument, Unset):
            argument = UNSET
        else:
            argument = self.argument

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionKey": question_key,
                "answer": answer,
                "sources": sources,
                "answeredAt": answered_at,
            }
        )
        if characteristics is not UNSET:
            field_dict["characteristics"] = characteristics
        if argument is not UNSET:
            field_dict["argument"] = argument

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.characteristic_read import CharacteristicRead

        d = dict(src_dict)
        question_key = d.pop("questionKey")

        answer = AnswerReadAnswer(d.pop("answer"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = AnswerReadSourcesItem(sources_item_data)

            sources.append(sources_item)

        answered_at = datetime.datetime.fromisoformat(d.pop("answeredAt"))

        def _parse_characteristics(data: object) -> list[CharacteristicRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                characteristics_type_0 = []
                _characteristics_type_0 = data
                for characteristics_type_0_item_data in _characteristics_type_0:
                    characteristics_type_0_item = CharacteristicRead.from_dict(
                        characteristics_type_0_item_data
                    )

                    characteristics_type_0.append(characteristics_type_0_item)

                return characteristics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CharacteristicRead] | None | Unset, data)

        characteristics = _parse_characteristics(d.pop("characteristics", UNSET))

        def _parse_argument(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        argument = _parse_argument(d.pop("argument", UNSET))

        answer_read = cls(
            question_key=question_key,
            answer=answer,
            sources=sources,
            answered_at=answered_at,
            characteristics=characteristics,
            argument=argument,
        )

        answer_read.additional_properties = d
        return answer_read

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
