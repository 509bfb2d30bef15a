from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answer_write_answer import AnswerWriteAnswer
from ..models.answer_write_sources_item import AnswerWriteSourcesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.characteristic import Characteristic


T = TypeVar("T", bound="AnswerWrite")


@_attrs_define
class AnswerWrite:
    """
    Attributes:
        sources (list[AnswerWriteSourcesItem]):
        answer (AnswerWriteAnswer | None | Unset):
        characteristics (list[Characteristic] | None | Unset):
        argument (None | str | Unset):
    """

    sources: list[AnswerWriteSourcesItem]
    answer: AnswerWriteAnswer | None | Unset = UNSET
    characteristics: list[Characteristic] | None | Unset = UNSET
    argument: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.value
            sources.append(sources_item)

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, AnswerWriteAnswer):
            answer = self.answer.value
        else:
            answer = self.answer

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

        field_dict.update(
            {
                "sources": sources,
            }
        )
        if answer is not UNSET:
            field_dict["answer"] = answer
        if characteristics is not UNSET:
            field_dict["characteristics"] = characteristics
        if argument is not UNSET:
            field_dict["argument"] = argument

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.characteristic import Characteristic

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = AnswerWriteSourcesItem(sources_item_data)

            sources.append(sources_item)

        def _parse_answer(data: object) -> AnswerWriteAnswer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answer_type_1 = AnswerWriteAnswer(data)

                return answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerWriteAnswer | None | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_characteristics(data: object) -> list[Characteristic] | None | Unset:
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
                    characteristics_type_0_item = Characteristic.from_dict(
                        characteristics_type_0_item_data
                    )

                    characteristics_type_0.append(characteristics_type_0_item)

                return characteristics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Characteristic] | None | Unset, data)

        characteristics = _parse_characteristics(d.pop("characteristics", UNSET))

        def _parse_argument(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        argument = _parse_argument(d.pop("argument", UNSET))

        answer_write = cls(
            sources=sources,
            answer=answer,
            characteristics=characteristics,
            argument=argument,
        )

        return answer_write
