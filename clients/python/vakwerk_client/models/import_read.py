from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_read_actortype import ImportReadActortype
from ..models.import_read_format import ImportReadFormat
from ..models.import_read_status import ImportReadStatus

if TYPE_CHECKING:
    from ..models.column_mapping import ColumnMapping
    from ..models.refusal_read import RefusalRead


T = TypeVar("T", bound="ImportRead")


@_attrs_define
class ImportRead:
    """What an import did — or, for a dry run, would do. Never a value from the file.

    Attributes:
        id (None | UUID): Leeg bij een proefrun: die bewaart niets
        status (ImportReadStatus):
        dry_run (bool):
        strict (bool):
        created_at (datetime.datetime):
        actor_type (ImportReadActortype):
        actor_id (UUID):
        format_ (ImportReadFormat):
        file_size (int):
        rows (int):
        created (int):
        updated (int):
        unchanged (int):
        refused_rows (int):
        refused (list[RefusalRead]):
        refusals_truncated (bool): Meer weigeringen dan hier getoond
        mapping (ColumnMapping): The beheerder's choice per organisation: only the reference column is required.

            A fact without a column is left as it is in Vakwerk; a fact with a column is set from
            the file, an empty cell meaning "the source system has no value".
        duration_ms (int):
    """

    id: None | UUID
    status: ImportReadStatus
    dry_run: bool
    strict: bool
    created_at: datetime.datetime
    actor_type: ImportReadActortype
    actor_id: UUID
    format_: ImportReadFormat
    file_size: int
    rows: int
    created: int
    updated: int
    unchanged: int
    refused_rows: int
    refused: list[RefusalRead]
    refusals_truncated: bool
    mapping: ColumnMapping
    duration_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        status = self.status.value

        dry_run = self.dry_run

        strict = self.strict

        created_at = self.created_at.isoformat()

        actor_type = self.actor_type.value

        actor_id = str(self.actor_id)

        format_ = self.format_.value

        file_size = self.file_size

        rows = self.rows

        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        refused_rows = self.refused_rows

        refused = []
        for refused_item_data in self.refused:
            refused_item = refused_item_data.to_dict()
            refused.append(refused_item)

        refusals_truncated = self.refusals_truncated

        mapping = self.mapping.to_dict()

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "dryRun": dry_run,
                "strict": strict,
                "createdAt": created_at,
                "actorType": actor_type,
                "actorId": actor_id,
                "format": format_,
                "fileSize": file_size,
                "rows": rows,
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "refusedRows": refused_rows,
                "refused": refused,
                "refusalsTruncated": refusals_truncated,
                "mapping": mapping,
                "durationMs": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_mapping import ColumnMapping
        from ..models.refusal_read import RefusalRead

        d = dict(src_dict)

        def _parse_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        id = _parse_id(d.pop("id"))

        status = ImportReadStatus(d.pop("status"))

        dry_run = d.pop("dryRun")

        strict = d.pop("strict")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        actor_type = ImportReadActortype(d.pop("actorType"))

        actor_id = UUID(d.pop("actorId"))

        format_ = ImportReadFormat(d.pop("format"))

        file_size = d.pop("fileSize")

        rows = d.pop("rows")

        created = d.pop("created")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        refused_rows = d.pop("refusedRows")

        refused = []
        _refused = d.pop("refused")
        for refused_item_data in _refused:
            refused_item = RefusalRead.from_dict(refused_item_data)

            refused.append(refused_item)

        refusals_truncated = d.pop("refusalsTruncated")

        mapping = ColumnMapping.from_dict(d.pop("mapping"))

        duration_ms = d.pop("durationMs")

        import_read = cls(
            id=id,
            status=status,
            dry_run=dry_run,
            strict=strict,
            created_at=created_at,
            actor_type=actor_type,
            actor_id=actor_id,
            format_=format_,
            file_size=file_size,
            rows=rows,
            created=created,
            updated=updated,
            unchanged=unchanged,
            refused_rows=refused_rows,
            refused=refused,
            refusals_truncated=refusals_truncated,
            mapping=mapping,
            duration_ms=duration_ms,
        )

        import_read.additional_properties = d
        return import_read

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
