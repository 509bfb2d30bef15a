"""The caseload import's records: the column mapping per organisation, and each import.

An import record keeps who, when, the counts and the refusals (row, column as the file's
header spells it, code, reason) — never a value from the file: the reasons are written
not to repeat a cell (``integrations.cells``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

IMPORT_STATUSES = ("uitgevoerd", "niet_uitgevoerd")


class CaseloadMapping(SQLModel, table=True):
    """The column mapping the beheerder chose, kept for the next import."""

    __tablename__ = "caseload_mappings"

    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", primary_key=True)
    mapping: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    updated_by_type: str = Field(max_length=20)
    updated_by: uuid.UUID
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class CaseloadImport(SQLModel, table=True):
    """One real run (a dry run writes nothing, so it leaves no record)."""

    __tablename__ = "caseload_imports"
    __table_args__ = (
        CheckConstraint("status IN ('uitgevoerd', 'niet_uitgevoerd')", name="status"),
        CheckConstraint("file_format IN ('csv', 'xlsx')", name="file_format"),
        Index("ix_caseload_imports_org_created", "organisation_id", "created_at", "id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    actor_type: str = Field(max_length=20)
    actor_id: uuid.UUID
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    status: str = Field(max_length=20)
    strict: bool = False
    file_format: str = Field(max_length=10)
    file_size: int
    rows: int
    created: int
    updated: int
    unchanged: int
    refused_rows: int
    # [{row, column, code, reason}], the first MAX_REFUSALS of them
    refusals: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    mapping: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    duration_ms: int = 0
