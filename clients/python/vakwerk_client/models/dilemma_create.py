from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DilemmaCreate")


@_attrs_define
class DilemmaCreate:
    """
    Attributes:
        session_id (UUID):
        title (str):
        case_text (str):
        statement_a (str):
        statement_b (str):
        series_id (None | Unset | UUID):
    """

    session_id: UUID
    title: str
    case_text: str
    statement_a: str
    statement_b: str
    series_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        title = self.title

        case_text = self.case_text

        statement_a = self.statement_a

        statement_b = self.statement_b

        series_id: None | str | Unset
        if isinstance(self.series_id, Unset):
            series_id = UNSET
        elif isinstance(self.series_id, UUID):
            series_id = str(self.series_id)
        else:
            series_id = self.series_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sessionId": session_id,
                "title": title,
                "caseText": case_text,
                "statementA": statement_a,
                "statementB": statement_b,
            }
        )
        if series_id is not UNSET:
            field_dict["seriesId"] = series_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("sessionId"))

        title = d.pop("title")

        case_text = d.pop("caseText")

        statement_a = d.pop("statementA")

        statement_b = d.pop("statementB")

        def _parse_series_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                series_id_type_0 = UUID(data)

                return series_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        series_id = _parse_series_id(d.pop("seriesId", UNSET))

        dilemma_create = cls(
            session_id=session_id,
            title=title,
            case_text=case_text,
            statement_a=statement_a,
            statement_b=statement_b,
            series_id=series_id,
        )

        return dilemma_create
