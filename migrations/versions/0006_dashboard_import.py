"""The exemption dashboard and the caseload import; Idempotency-Key for every POST.

- ``benefit_periods``: a client's benefit periods as history (the client's own dates are
  its latest period), filled from the clients' dates;
- ``benchmarks`` (national figures per organisation and year, seeded 2020 and 2021 for
  every organisation) and ``exemption_counts`` (the two counts by hand);
- ``caseload_mappings`` and ``caseload_imports``;
- ``idempotency_keys``: the first reply per (principal, key), for 24 hours;
- indexes the dashboard's counts need on ``exemptions`` and ``cases``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 00:00:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import vakwerk.core.db

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SEEDED = {2020: 0.10, 2021: 0.095}


def upgrade() -> None:
    op.create_table(
        "benefit_periods",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_benefit_periods_date_order")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_benefit_periods_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_benefit_periods_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_periods")),
    )
    op.create_index(
        "ix_benefit_periods_org_start",
        "benefit_periods",
        ["organisation_id", "start_date", "end_date", "client_id"],
        unique=False,
    )
    op.create_index(
        "ix_benefit_periods_client",
        "benefit_periods",
        ["client_id", "start_date", "end_date"],
        unique=False,
    )

    op.create_table(
        "benchmarks",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("updated_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("rate >= 0 AND rate <= 1", name=op.f("ck_benchmarks_rate")),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_benchmarks_year")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_benchmarks_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("organisation_id", "year", name=op.f("pk_benchmarks")),
    )
    op.create_table(
        "exemption_counts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("count_date", sa.Date(), nullable=False),
        sa.Column("clients_with_benefit", sa.Integer(), nullable=False),
        sa.Column("clients_with_exemption", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "clients_with_benefit >= 0", name=op.f("ck_exemption_counts_with_benefit")
        ),
        sa.CheckConstraint(
            "clients_with_exemption >= 0 AND clients_with_exemption <= clients_with_benefit",
            name=op.f("ck_exemption_counts_with_exemption"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_exemption_counts_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_exemption_counts_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_exemption_counts_team_id_teams")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exemption_counts")),
        sa.UniqueConstraint(
            "team_id", "count_date", name=op.f("uq_exemption_counts_team_id_count_date")
        ),
    )
    op.create_index(
        "ix_exemption_counts_org_date",
        "exemption_counts",
        ["organisation_id", "count_date"],
        unique=False,
    )

    op.create_table(
        "caseload_mappings",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_by_type", sa.String(length=20), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=False),
        sa.Column("updated_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_caseload_mappings_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_caseload_mappings")),
    )
    op.create_table(
        "caseload_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("actor_type", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("strict", sa.Boolean(), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("refused_rows", sa.Integer(), nullable=False),
        sa.Column("refusals", sa.JSON(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('uitgevoerd', 'niet_uitgevoerd')", name=op.f("ck_caseload_imports_status")
        ),
        sa.CheckConstraint(
            "file_format IN ('csv', 'xlsx')", name=op.f("ck_caseload_imports_file_format")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_caseload_imports_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caseload_imports")),
    )
    op.create_index(
        "ix_caseload_imports_org_created",
        "caseload_imports",
        ["organisation_id", "created_at", "id"],
        unique=False,
    )

    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("principal_type", sa.String(length=20), nullable=False),
        sa.Column("principal_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("response_headers", sa.JSON(), nullable=True),
        sa.Column("response_body", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('running', 'done')", name=op.f("ck_idempotency_keys_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint(
            "principal_type",
            "principal_id",
            "key",
            name=op.f("uq_idempotency_keys_principal_type_principal_id_key"),
        ),
    )
    op.create_index("ix_idempotency_keys_expires", "idempotency_keys", ["expires_at"], unique=False)

    op.create_index(
        "ix_exemptions_org_start",
        "exemptions",
        ["organisation_id", "start_date", "end_date", "ended_on", "client_id", "ground", "id"],
        unique=False,
    )
    op.create_index(
        "ix_cases_outcome",
        "cases",
        ["organisation_id", "outcome_result", "outcome_recorded_at"],
        unique=False,
    )

    bind = op.get_bind()
    clients = bind.execute(
        sa.text(
            "SELECT id, organisation_id, benefit_start_date, benefit_end_date FROM clients "
            "WHERE benefit_start_date IS NOT NULL"
        ).columns(
            id=sa.Uuid(),
            organisation_id=sa.Uuid(),
            benefit_start_date=sa.Date(),
            benefit_end_date=sa.Date(),
        )
    ).all()
    periods = sa.table(
        "benefit_periods",
        sa.column("id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("client_id", sa.Uuid()),
        sa.column("start_date", sa.Date()),
        sa.column("end_date", sa.Date()),
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "organisation_id": org,
            "client_id": client,
            "start_date": start,
            "end_date": end,
        }
        for client, org, start, end in clients
    ]
    if rows:
        op.bulk_insert(periods, rows)
    benchmarks = sa.table(
        "benchmarks",
        sa.column("organisation_id", sa.Uuid()),
        sa.column("year", sa.Integer()),
        sa.column("rate", sa.Float()),
        sa.column("updated_at", vakwerk.core.db.UTCDateTime(timezone=True)),
        sa.column("version", sa.Integer()),
    )
    now = datetime.now(UTC)
    organisations = [
        row[0]
        for row in bind.execute(sa.text("SELECT id FROM organisations").columns(id=sa.Uuid())).all()
    ]
    seeds = [
        {"organisation_id": org, "year": year, "rate": rate, "updated_at": now, "version": 1}
        for org in organisations
        for year, rate in SEEDED.items()
    ]
    if seeds:
        op.bulk_insert(benchmarks, seeds)


def downgrade() -> None:
    op.drop_index("ix_cases_outcome", table_name="cases")
    op.drop_index("ix_exemptions_org_start", table_name="exemptions")
    op.drop_index("ix_idempotency_keys_expires", table_name="idempotency_keys")
    op.drop_table("idempotency_keys")
    op.drop_index("ix_caseload_imports_org_created", table_name="caseload_imports")
    op.drop_table("caseload_imports")
    op.drop_table("caseload_mappings")
    op.drop_index("ix_exemption_counts_org_date", table_name="exemption_counts")
    op.drop_table("exemption_counts")
    op.drop_table("benchmarks")
    op.drop_index("ix_benefit_periods_client", table_name="benefit_periods")
    op.drop_index("ix_benefit_periods_org_start", table_name="benefit_periods")
    op.drop_table("benefit_periods")
