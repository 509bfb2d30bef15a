from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consultation_read import ConsultationRead
    from ..models.discussed_with_client_read import DiscussedWithClientRead


T = TypeVar("T", bound="Completion")


@_attrs_define
class Completion:
    """
    Attributes:
        guideline_used (bool):
        consultation (ConsultationRead):
        conclusion (str):
        decisive_information (None | str | Unset):
        decided_by (None | str | Unset):
        other_professionals (None | str | Unset):
        discussed_with_client (DiscussedWithClientRead | None | Unset):
    """

    guideline_used: bool
    consultation: ConsultationRead
    conclusion: str
    decisive_information: None | str | Unset = UNSET
    decided_by: None | str | Unset = UNSET
    other_professionals: None | str | Unset = UNSET
    discussed_with_client: DiscussedWithClientRead | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discussed_with_client_read import DiscussedWithClientRead

        guideline_used = self.guideline_used

        consultation = self.consultation.to_dict()

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
        elif isinstance(self.discussed_with_client, DiscussedWithClientRead):
            discussed_with_client = self.discussed_with_client.to_dict()
        else:
            discussed_with_client = self.discussed_with_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guidelineUsed": guideline_used,
                "consultation": consultation,
                "conclusion": conclusion,
            }
        )
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
        from ..models.consultation_read import ConsultationRead
        from ..models.discussed_with_client_read import DiscussedWithClientRead

        d = dict(src_dict)
        guideline_used = d.pop("guidelineUsed")

        consultation = ConsultationRead.from_dict(d.pop("consultation"))

        conclusion = d.pop("conclusion")

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

        def _parse_discussed_with_client(data: object) -> DiscussedWithClientRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discussed_with_client_type_0 = DiscussedWithClientRead.from_dict(data)

                return discussed_with_client_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscussedWithClientRead | None | Unset, data)

        discussed_with_client = _parse_discussed_with_client(d.pop("discussedWithClient", UNSET))

        completion = cls(
            guideline_used=guideline_used,
            consultation=consultation,
            conclusion=conclusion,
            decisive_information=decisive_information,
            decided_by=decided_by,
            other_professionals=other_professionals,
            discussed_with_client=discussed_with_client,
        )

        completion.additional_properties = d
        return completion

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
