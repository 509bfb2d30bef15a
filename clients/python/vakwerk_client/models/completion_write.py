from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consultation import Consultation
    from ..models.discussed_with_client import DiscussedWithClient


T = TypeVar("T", bound="CompletionWrite")


@_attrs_define
class CompletionWrite:
    """The completion as sent: required members are checked with the open questions, so one
    reply names every gap (docs/domain.md §2 rule 6).

        Attributes:
            guideline_used (bool | None | Unset): Verplicht
            consultation (Consultation | None | Unset): Verplicht
            conclusion (None | str | Unset): Verplicht
            decisive_information (None | str | Unset):
            decided_by (None | str | Unset):
            other_professionals (None | str | Unset):
            discussed_with_client (DiscussedWithClient | None | Unset):
    """

    guideline_used: bool | None | Unset = UNSET
    consultation: Consultation | None | Unset = UNSET
    conclusion: None | str | Unset = UNSET
    decisive_information: None | str | Unset = UNSET
    decided_by: None | str | Unset = UNSET
    other_professionals: None | str | Unset = UNSET
    discussed_with_client: DiscussedWithClient | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.consultation import Consultation
        from ..models.discussed_with_client import DiscussedWithClient

        guideline_used: bool | None | Unset
        if isinstance(self.guideline_used, Unset):
            guideline_used = UNSET
        else:
            guideline_used = self.guideline_used

        consultation: dict[str, Any] | None | Unset
        if isinstance(self.consultation, Unset):
            consultation = UNSET
        elif isinstance(self.consultation, Consultation):
            consultation = self.consultation.to_dict()
        else:
            consultation = self.consultation

        conclusion: None | str | Unset
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        else:
            conclusion = self.conclusion

        decisive_information: None | str | Unset
        if isinstance(self.decisive_information, Unset):
            decisive_information = UNSET
        else:
            decisive_information = self.decisive_information

        decided_by: None | str | Unset
        if isinstance(self.decided_by, Unset):
            decided_by = UNSET
        else:
            decided_by = self.decided_by

        other_professionals: None | str | Unset
        if isinstance(self.other_professionals, Unset):
            other_professionals = UNSET
        else:
            other_professionals = self.other_professionals

        discussed_with_client: dict[str, Any] | None | Unset
        if isinstance(self.discussed_with_client, Unset):
            discussed_with_client = UNSET
        elif isinstance(self.discussed_with_client, DiscussedWithClient):
            discussed_with_client = self.discussed_with_client.to_dict()
        else:
            discussed_with_client = self.discussed_with_client

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if guideline_used is not UNSET:
            field_dict["guidelineUsed"] = guideline_used
        if consultation is not UNSET:
            field_dict["consultation"] = consultation
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if decisive_information is not UNSET:
            field_dict["decisiveInformation"] = decisive_information
        if decided_by is not UNSET:
            field_dict["decidedBy"] = decided_by
        if other_professionals is not UNSET:
            field_dict["otherProfessionals"] = other_professionals
        if discussed_with_client is not UNSET:
            field_dict["discussedWithClient"] = discussed_with_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consultation import Consultation
        from ..models.discussed_with_client import DiscussedWithClient

        d = dict(src_dict)

        def _parse_guideline_used(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        guideline_used = _parse_guideline_used(d.pop("guidelineUsed", UNSET))

        def _parse_consultation(data: object) -> Consultation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                consultation_type_0 = Consultation.from_dict(data)

                return consultation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Consultation | None | Unset, data)

        consultation = _parse_consultation(d.pop("consultation", UNSET))

        def _parse_conclusion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conclusion = _parse_conclusion(d.pop("conclusion", UNSET))

        def _parse_decisive_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decisive_information = _parse_decisive_information(d.pop("decisiveInformation", UNSET))

        def _parse_decided_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by = _parse_decided_by(d.pop("decidedBy", UNSET))

        def _parse_other_professionals(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_professionals = _parse_other_professionals(d.pop("otherProfessionals", UNSET))

        def _parse_discussed_with_client(data: object) -> DiscussedWithClient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discussed_with_client_type_0 = DiscussedWithClient.from_dict(data)

                return discussed_with_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussedWithClient | None | Unset, data)

        discussed_with_client = _parse_discussed_with_client(d.pop("discussedWithClient", UNSET))

        completion_write = cls(
            guideline_used=guideline_used,
            consultation=consultation,
            conclusion=conclusion,
            decisive_information=decisive_information,
            decided_by=decided_by,
            other_professionals=other_professionals,
            discussed_with_client=discussed_with_client,
        )

        return completion_write
