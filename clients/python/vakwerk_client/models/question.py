from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice import Choice


T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """
    Attributes:
        key (str):
        text (str):
        help_text (str | Unset):  Default: ''.
        tips_yes (list[str] | Unset):
        tips_no (list[str] | Unset):
        answers (list[Choice] | None | Unset):
        characteristics (list[Choice] | None | Unset):
    """

    key: str
    text: str
    help_text: str | Unset = ""
    tips_yes: list[str] | Unset = UNSET
    tips_no: list[str] | Unset = UNSET
    answers: list[Choice] | None | Unset = UNSET
    characteristics: list[Choice] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        text = self.text

        help_text = self.help_text

        tips_yes: list[str] | Unset = UNSET
        if not isinstance(self.tips_yes, Unset):
            tips_yes = self.tips_yes

        tips_no: list[str] | Unset = UNSET
        if not isinstance(self.tips_no, Unset):
            tips_no = self.tips_no

        answers: list[dict[str, Any]] | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        elif isinstance(self.answers, list):
            answers = []
            for answers_type_0_item_data in self.answers:
                answers_type_0_item = answers_type_0_item_data.to_dict()
                answers.append(answers_type_0_item)

        else:
            answers = self.answers

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "text": text,
            }
        )
        if help_text is not UNSET:
            field_dict["helpText"] = help_text
        if tips_yes is not UNSET:
            field_dict["tipsYes"] = tips_yes
        if tips_no is not UNSET:
            field_dict["tipsNo"] = tips_no
        if answers is not UNSET:
            field_dict["answers"] = answers
        if characteristics is not UNSET:
            field_dict["characteristics"] = characteristics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice import Choice

        d = dict(src_dict)
        key = d.pop("key")

        text = d.pop("text")

        help_text = d.pop("helpText", UNSET)

        tips_yes = cast(list[str], d.pop("tipsYes", UNSET))

        tips_no = cast(list[str], d.pop("tipsNo", UNSET))

        def _parse_answers(data: object) -> list[Choice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answers_type_0 = []
                _answers_type_0 = data
                for answers_type_0_item_data in _answers_type_0:
                    answers_type_0_item = Choice.from_dict(answers_type_0_item_data)

                    answers_type_0.append(answers_type_0_item)

                return answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Choice] | None | Unset, data)

        answers = _parse_answers(d.pop("answers", UNSET))

        def _parse_characteristics(data: object) -> list[Choice] | None | Unset:
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
                    characteristics_type_0_item = Choice.from_dict(characteristics_type_0_item_data)

                    characteristics_type_0.append(characteristics_type_0_item)

                return characteristics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Choice] | None | Unset, data)

        characteristics = _parse_characteristics(d.pop("characteristics", UNSET))

        question = cls(
            key=key,
            text=text,
            help_text=help_text,
            tips_yes=tips_yes,
            tips_no=tips_no,
            answers=answers,
            characteristics=characteristics,
        )

        return question
