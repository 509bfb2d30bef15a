from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.outcome_write_result import OutcomeWriteResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exemption_create import ExemptionCreate
    from ..models.exemption_end_body import ExemptionEndBody


T = TypeVar("T", bound="OutcomeWrite")


@_attrs_define
class OutcomeWrite:
    """
    Attributes:
        result (OutcomeWriteResult):
        conclusion (None | str | Unset):
        plan (None | str | Unset):
        provisions (list[str] | Unset):
        decision_letter_sent_on (datetime.date | None | Unset):
        exemption (ExemptionCreate | None | Unset):
        exemption_end (ExemptionEndBody | None | Unset):
        basis_document_date (datetime.date | None | Unset):
        reexamination_date (datetime.date | None | Unset):
    """

    result: OutcomeWriteResult
    conclusion: None | str | Unset = UNSET
    plan: None | str | Unset = UNSET
    provisions: list[str] | Unset = UNSET
    decision_letter_sent_on: datetime.date | None | Unset = UNSET
    exemption: ExemptionCreate | None | Unset = UNSET
    exemption_end: ExemptionEndBody | None | Unset = UNSET
    basis_document_date: datetime.date | None | Unset = UNSET
    reexamination_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.exemption_create import ExemptionCreate
        from ..models.exemption_end_body import ExemptionEndBody

        result = self.result.value

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

        provisions: list[str] | Unset = UNSET
        if not isinstance(self.provisions, Unset):
            provisions = self.provisions

        decision_letter_sent_on: None | str | Unset
        if isinstance(self.decision_letter_sent_on, Unset):
            decision_letter_sent_on = UNSET
        elif isinstance(self.decision_letter_sent_on, datetime.date):
            decision_letter_sent_on = self.decision_letter_sent_on.isoformat()
        else:
            decision_letter_sent_on = self.decision_letter_sent_on

        exemption: dict[str, Any] | None | Unset
        if isinstance(self.exemption, Unset):
            exemption = UNSET
        elif isinstance(self.exemption, ExemptionCreate):
            exemption = self.exemption.to_dict()
        else:
            exemption = self.exemption

        exemption_end: dict[str, Any] | None | Unset
        if isinstance(self.exemption_end, Unset):
            exemption_end = UNSET
        elif isinstance(self.exemption_end, ExemptionEndBody):
            exemption_end = self.exemption_end.to_dict()
        else:
            exemption_end = self.exemption_end

        basis_document_date: None | str | Unset
        if isinstance(self.basis_document_date, Unset):
            basis_document_date = UNSET
        elif isinstance(self.basis_document_date, datetime.date):
            basis_document_date = self.basis_document_date.isoformat()
        else:
            basis_document_date = self.basis_document_date

        reexamination_date: None | str | Unset
        if isinstance(self.reexamination_date, Unset):
            reexamination_date = UNSET
        elif isinstance(self.reexamination_date, datetime.date):
            reexamination_date = self.reexamination_date.isoformat()
        else:
            reexamination_date = self.reexamination_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result": result,
            }
        )
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if plan is not UNSET:
            field_dict["plan"] = plan
        if provisions is not UNSET:
            field_dict["provisions"] = provisions
        if decision_letter_sent_on is not UNSET:
            field_dict["decisionLetterSentOn"] = decision_letter_sent_on
        if exemption is not UNSET:
            field_dict["exemption"] = exemption
        if exemption_end is not UNSET:
            field_dict["exemptionEnd"] = exemption_end
        if basis_document_date is not UNSET:
            field_dict["basisDocumentDate"] = basis_document_date
        if reexamination_date is not UNSET:
            field_dict["reexaminationDate"] = reexamination_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exemption_create import ExemptionCreate
        from ..models.exemption_end_body import ExemptionEndBody

        d = dict(src_dict)
        result = OutcomeWriteResult(d.pop("result"))

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

        provisions = cast(list[str], d.pop("provisions", UNSET))

        def _parse_decision_letter_sent_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_letter_sent_on_type_0 = datetime.date.fromisoformat(data)

                return decision_letter_sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decision_letter_sent_on = _parse_decision_letter_sent_on(
            d.pop("decisionLetterSentOn", UNSET)
        )

        def _parse_exemption(data: object) -> ExemptionCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exemption_type_0 = ExemptionCreate.from_dict(data)

                return exemption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExemptionCreate | None | Unset, data)

        exemption = _parse_exemption(d.pop("exemption", UNSET))

        def _parse_exemption_end(data: object) -> ExemptionEndBody | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exemption_end_type_0 = ExemptionEndBody.from_dict(data)

                return exemption_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExemptionEndBody | None | Unset, data)

        exemption_end = _parse_exemption_end(d.pop("exemptionEnd", UNSET))

        def _parse_basis_document_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_document_date_type_0 = datetime.date.fromisoformat(data)

                return basis_document_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        basis_document_date = _parse_basis_document_date(d.pop("basisDocumentDate", UNSET))

        def _parse_reexamination_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reexamination_date_type_0 = datetime.date.fromisoformat(data)

                return reexamination_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reexamination_date = _parse_reexamination_date(d.pop("reexaminationDate", UNSET))

        outcome_write = cls(
            result=result,
            conclusion=conclusion,
            plan=plan,
            provisions=provisions,
            decision_letter_sent_on=decision_letter_sent_on,
            exemption=exemption,
            exemption_end=exemption_end,
            basis_document_date=basis_document_date,
            reexamination_date=reexamination_date,
        )

        return outcome_write
