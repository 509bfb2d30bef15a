from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="BodyImportCaseload")


@_attrs_define
class BodyImportCaseload:
    """
    Attributes:
        file (File): Het exportbestand: CSV (UTF-8 of Windows-1252, ; of ,) of XLSX
        dry_run (bool | Unset): Alleen laten zien Default: False.
        strict (bool | Unset): Niets schrijven als één regel geweigerd Default: False.
        mapping (None | str | Unset): De koppeling als JSON
    """

    file: File
    dry_run: bool | Unset = False
    strict: bool | Unset = False
    mapping: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        dry_run = self.dry_run

        strict = self.strict

        mapping: None | str | Unset
        if isinstance(self.mapping, Unset):
            mapping = UNSET
        else:
            mapping = self.mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if strict is not UNSET:
            field_dict["strict"] = strict
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.dry_run, Unset):
            files.append(("dryRun", (None, str(self.dry_run).encode(), "text/plain")))

        if not isinstance(self.strict, Unset):
            files.append(("strict", (None, str(self.strict).encode(), "text/plain")))

        if not isinstance(self.mapping, Unset):
            if isinstance(self.mapping, str):
                files.append(("mapping", (None, str(self.mapping).encode(), "text/plain")))
            else:
                files.append(("mapping", (None, str(self.mapping).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        dry_run = d.pop("dryRun", UNSET)

        strict = d.pop("strict", UNSET)

        def _parse_mapping(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mapping = _parse_mapping(d.pop("mapping", UNSET))

        body_import_caseload = cls(
            file=file,
            dry_run=dry_run,
            strict=strict,
            mapping=mapping,
        )

        body_import_caseload.additional_properties = d
        return body_import_caseload

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
