from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_columns_format import FileColumnsFormat

if TYPE_CHECKING:
    from ..models.column_mapping import ColumnMapping
    from ..models.mapping_suggestion import MappingSuggestion


T = TypeVar("T", bound="FileColumns")


@_attrs_define
class FileColumns:
    """The header of an uploaded file, with the mapping the import would start from.

    Attributes:
        format_ (FileColumnsFormat):
        columns (list[str]):
        suggested_mapping (MappingSuggestion): A mapping guessed from the header; any member may be missing (the
            beheerder corrects).
        stored_mapping (ColumnMapping | None):
    """

    format_: FileColumnsFormat
    columns: list[str]
    suggested_mapping: MappingSuggestion
    stored_mapping: ColumnMapping | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_mapping import ColumnMapping

        format_ = self.format_.value

        columns = self.columns

        suggested_mapping = self.suggested_mapping.to_dict()

        stored_mapping: dict[str, Any] | None
        if isinstance(self.stored_mapping, ColumnMapping):
            stored_mapping = self.stored_mapping.to_dict()
        else:
            stored_mapping = self.stored_mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "columns": columns,
                "suggestedMapping": suggested_mapping,
                "storedMapping": stored_mapping,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_mapping import ColumnMapping
        from ..models.mapping_suggestion import MappingSuggestion

        d = dict(src_dict)
        format_ = FileColumnsFormat(d.pop("format"))

        columns = cast(list[str], d.pop("columns"))

        suggested_mapping = MappingSuggestion.from_dict(d.pop("suggestedMapping"))

        def _parse_stored_mapping(data: object) -> ColumnMapping | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stored_mapping_type_0 = ColumnMapping.from_dict(data)

                return stored_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnMapping | None, data)

        stored_mapping = _parse_stored_mapping(d.pop("storedMapping"))

        file_columns = cls(
            format_=format_,
            columns=columns,
            suggested_mapping=suggested_mapping,
            stored_mapping=stored_mapping,
        )

        file_columns.additional_properties = d
        return file_columns

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
