from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_summary_actortype import ImportSummaryActortype
from ..models.import_summary_format import ImportSummaryFormat
from ..models.import_summary_status import ImportSummaryStatus

T = TypeVar("T", bound="ImportSummary")


@_attrs_define
class ImportSummary:
    """
    Attributes:
        id (UUID):
        status (ImportSummaryStatus):
        strict (bool):
        created_at (datetime.datetime):
        actor_type (ImportSummaryActortype):
        actor_id (UUID):
        format_ (ImportSummaryFormat):
        rows (int):
        created (int):
        updated (int):
        unchanged (int):
        refused_rows (int):
    """

    id: UUID
    status: ImportSummaryStatus
    strict: bool
    created_at: datetime.datetime
    actor_type: ImportSummaryActortype
    actor_id: UUID
    format_: ImportSummaryFormat
    rows: int
    created: int
    updated: int
    unchanged: int
    refused_rows: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        strict = self.strict

        created_at = self.created_at.isoformat()

        actor_type = self.actor_type.value

        actor_id = str(self.actor_id)

        format_ = self.format_.value

        rows = self.rows

        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        refused_rows = self.refused_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "strict": strict,
                "createdAt": created_at,
                "actorType": actor_type,
                "actorId": actor_id,
                "format": format_,
                "rows": rows,
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "refusedRows": refused_rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = ImportSummaryStatus(d.pop("status"))

        strict = d.pop("strict")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        actor_type = ImportSummaryActortype(d.pop("actorType"))

        actor_id = UUID(d.pop("actorId"))

        format_ = ImportSummaryFormat(d.pop("format"))

        rows = d.pop("rows")

        created = d.pop("created")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        refused_rows = d.pop("refusedRows")

        import_summary = cls(
            id=id,
            status=status,
            strict=strict,
            created_at=created_at,
            actor_type=actor_type,
            actor_id=actor_id,
            format_=format_,
            rows=rows,
            created=created,
            updated=updated,
            unchanged=unchanged,
            refused_rows=refused_rows,
        )

        import_summary.additional_properties = d
        return import_summary

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
