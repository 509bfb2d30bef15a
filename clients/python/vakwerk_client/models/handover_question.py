from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handover_question_answer import HandoverQuestionAnswer
from ..models.handover_question_sources_item import HandoverQuestionSourcesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.handover_characteristic import HandoverCharacteristic


T = TypeVar("T", bound="HandoverQuestion")


@_attrs_define
class HandoverQuestion:
    """
    Attributes:
        question_key (str):
        question (str):
        answer (HandoverQuestionAnswer):
        answer_label (str):
        characteristics (list[HandoverCharacteristic]):
        sources (list[HandoverQuestionSourcesItem]):
        argument (None | str | Unset):
    """

    question_key: str
    question: str
    answer: HandoverQuestionAnswer
    answer_label: str
    characteristics: list[HandoverCharacteristic]
    sources: list[HandoverQuestionSourcesItem]
    argument: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question_key = self.question_key

        question = self.question

        answer = self.answer.value

        answer_label = self.answer_label

        characteristics = []
        for characteristics_item_data in self.characteristics:
            characteristics_item = characteristics_item_data.to_dict()
            characteristics.append(characteristics_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.value
            sources.append(sources_item)

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
                "question": question,
                "answer": answer,
                "answerLabel": answer_label,
                "characteristics": characteristics,
                "sources": sources,
            }
        )
        if argument is not UNSET:
            field_dict["argument"] = argument

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.handover_characteristic import HandoverCharacteristic

        d = dict(src_dict)
        question_key = d.pop("questionKey")

        question = d.pop("question")

        answer = HandoverQuestionAnswer(d.pop("answer"))

        answer_label = d.pop("answerLabel")

        characteristics = []
        _characteristics = d.pop("characteristics")
        for characteristics_item_data in _characteristics:
            characteristics_item = HandoverCharacteristic.from_dict(characteristics_item_data)

            characteristics.append(characteristics_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = HandoverQuestionSourcesItem(sources_item_data)

            sources.append(sources_item)

        def _parse_argument(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        argument = _parse_argument(d.pop("argument", UNSET))

        handover_question = cls(
            question_key=question_key,
            question=question,
            answer=answer,
            answer_label=answer_label,
            characteristics=characteristics,
            sources=sources,
            argument=argument,
        )

        handover_question.additional_properties = d
        return handover_question

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
