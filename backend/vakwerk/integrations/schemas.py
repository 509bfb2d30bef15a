"""Wire shapes of the caseload import: the mapping, the report, the records."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from vakwerk.core.schema import Read
from vakwerk.integrations.caseload_mapping import ColumnMapping, MappingSuggestion

Count = Field(ge=0, le=10_000_000)


class RefusalRead(Read):
    row: int = Field(ge=1, le=10_000_000, description="Regelnummer zoals de spreadsheet het toont")
    column: str | None = Field(
        default=None, max_length=200, description="Kolomnaam uit het bestand"
    )
    code: str = Field(max_length=40)
    reason: str = Field(max_length=1000)


class ImportRead(Read):
    """What an import did — or, for a dry run, would do. Never a value from the file."""

    id: uuid.UUID | None = Field(description="Leeg bij een proefrun: die bewaart niets")
    status: Literal["proef", "uitgevoerd", "niet_uitgevoerd"]
    dry_run: bool
    strict: bool
    created_at: datetime
    actor_type: Literal["user", "api_client"]
    actor_id: uuid.UUID
    format: Literal["csv", "xlsx"]
    file_size: int = Field(ge=0, le=1 << 40)
    rows: int = Count
    created: int = Count
    updated: int = Count
    unchanged: int = Count
    refused_rows: int = Count
    refused: list[RefusalRead] = Field(max_length=1000)
    refusals_truncated: bool = Field(description="Meer weigeringen dan hier getoond")
    mapping: ColumnMapping
    duration_ms: int = Field(ge=0, le=10_000_000)


class ImportSummary(Read):
    id: uuid.UUID
    status: Literal["uitgevoerd", "niet_uitgevoerd"]
    strict: bool
    created_at: datetime
    actor_type: Literal["user", "api_client"]
    actor_id: uuid.UUID
    format: Literal["csv", "xlsx"]
    rows: int = Count
    created: int = Count
    updated: int = Count
    unchanged: int = Count
    refused_rows: int = Count


class MappingRead(Read):
    mapping: ColumnMapping | None = Field(description="Leeg zolang er geen koppeling is gekozen")
    updated_at: datetime | None
    version: int = Field(ge=0)


class FileColumns(Read):
    """The header of an uploaded file, with the mapping the import would start from."""

    format: Literal["csv", "xlsx"]
    columns: list[str] = Field(max_length=500)
    suggested_mapping: MappingSuggestion
    stored_mapping: ColumnMapping | None
