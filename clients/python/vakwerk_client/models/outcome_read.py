from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_read_result import OutcomeReadResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeRead")


@_attrs_define
class OutcomeRead:
    """
    Attributes:
        result (OutcomeReadResult):
        provisions (list[str]):
        decision_letter_sent_on (datetime.date | None):
        recorded_at (datetime.datetime):
        recorded_by (UUID):
        conclusion (None | str | Unset):
        plan (None | str | Unset):
        exemption_id (None | Unset | UUID):
    """

    result: OutcomeReadResult
    provisions: list[str]
    decision_letter_sent_on: datetime.date | None
    recorded_at: datetime.datetime
    recorded_by: UUID
    conclusion: None | str | Unset = UNSET
    plan: None | str | Unset = UNSET
    exemption_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        provisions = self.provisions

        decision_letter_sent_on: None | str
        if isinstance(self.decision_letter_sent_on, datetime.date):
            decision_letter_sent_on = self.decision_letter_sent_on.isoformat()
        else:
            decision_letter_sent_on = self.decision_letter_sent_on

        recorded_at = self.recorded_at.isoformat()

        recorded_by = str(self.recorded_by)

        conclusion: None | str | Unset
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        else:
            conclusion = self.conclusion

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        exemption_id: None | str | Unset
        if isinstance(self.exemption_id, Unset):
            exemption_id = UNSET
        elif isinstance(self.exemption_id, UUID):
            exemption_id = str(self.exemption_id)
        else:
            exemption_id = self.exemption_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "provisions": provisions,
                "decisionLetterSentOn": decision_letter_sent_on,
                "recordedAt": recorded_at,
                "recordedBy": recorded_by,
            }
        )
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if plan is not UNSET:
            field_dict["plan"] = plan
        if exemption_id is not UNSET:
            field_dict["exemptionId"] = exemption_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = OutcomeReadResult(d.pop("result"))

        provisions = cast(list[str], d.pop("provisions"))

        def _parse_decision_letter_sent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_letter_sent_on_type_0 = datetime.date.fromisoformat(data)

                return decision_letter_sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decision_letter_sent_on = _parse_decision_letter_sent_on(d.pop("decisionLetterSentOn"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recordedAt"))

        recorded_by = UUID(d.pop("recordedBy"))

        def _parse_conclusion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conclusion = _parse_conclusion(d.pop("conclusion", UNSET))

        def _parse_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        def _parse_exemption_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exemption_id_type_0 = UUID(data)

                return exemption_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        exemption_id = _parse_exemption_id(d.pop("exemptionId", UNSET))

        outcome_read = cls(
            result=result,
            provisions=provisions,
            decision_letter_sent_on=decision_letter_sent_on,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            conclusion=conclusion,
            plan=plan,
            exemption_id=exemption_id,
        )

        outcome_read.additional_properties = d
        return outcome_read

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
