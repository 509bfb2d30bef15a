"""Clients (pseudonymous), external references, diagnosis, exemptions and cases.

Seeds the reference data (source systems, legal grounds) and the case search index:
an FTS5 table kept in step by triggers on SQLite, a GIN index on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:46:56.339036
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import vakwerk.core.db

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exemption_grounds',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('temporary', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_exemption_grounds'))
    )
    op.create_table('source_systems',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_source_systems'))
    )
    op.create_table('clients',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('responsible_manager_id', sa.Uuid(), nullable=True),
    sa.Column('municipality_code', sqlmodel.sql.sqltypes.AutoString(length=6), nullable=True),
    sa.Column('benefit_start_date', sa.Date(), nullable=True),
    sa.Column('benefit_end_date', sa.Date(), nullable=True),
    sa.Column('ladder_rung', sa.Integer(), nullable=True),
    sa.Column('last_conversation_date', sa.Date(), nullable=True),
    sa.Column('bsn_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ladder_rung BETWEEN 1 AND 6', name=op.f('ck_clients_ladder_rung')),
    sa.CheckConstraint('municipality_code IS NULL OR length(municipality_code) = 6', name=op.f('ck_clients_municipality')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_clients_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['responsible_manager_id'], ['users.id'], name=op.f('fk_clients_responsible_manager_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_clients_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('organisation_id', 'bsn_hash', name=op.f('uq_clients_organisation_id_bsn_hash'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_conversation', ['organisation_id', 'last_conversation_date'], unique=False)
        batch_op.create_index('ix_clients_org_team', ['organisation_id', 'team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_responsible_manager_id'), ['responsible_manager_id'], unique=False)

    op.create_table('cases',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('age', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('living_situation', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('education', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('work_experience', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('interests', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('attitude', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('physical_obstacles', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('psychological_obstacles', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('social_network', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('other_information', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('target_session_date', sa.Date(), nullable=True),
    sa.Column('submitted_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('submitted_on_time', sa.Boolean(), nullable=True),
    sa.Column('decision_letter_sent_on', sa.Date(), nullable=True),
    sa.Column('outcome_result', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('outcome_conclusion', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('outcome_plan', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('outcome_provisions', sa.JSON(), nullable=True),
    sa.Column('outcome_details', sa.JSON(), nullable=True),
    sa.Column('outcome_recorded_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('outcome_recorded_by', sa.Uuid(), nullable=True),
    sa.Column('search_text', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('ontheffing', 'twijfelgeval', 'worst_practice', 'algemeen')", name=op.f('ck_cases_kind')),
    sa.CheckConstraint("outcome_result IS NULL OR outcome_result IN ('ontheffing_voorkomen', 'ontheffing_verleend', 'ontheffing_beeindigd', 'ontheffing_gehandhaafd', 'verwezen_rw', 'anders')", name=op.f('ck_cases_result')),
    sa.CheckConstraint("status IN ('concept', 'ingediend', 'geagendeerd', 'besproken', 'afgerond', 'ingetrokken')", name=op.f('ck_cases_status')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_cases_client_id_clients')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_cases_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['outcome_recorded_by'], ['users.id'], name=op.f('fk_cases_outcome_recorded_by_users')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_cases_owner_id_users')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_cases_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_client', ['client_id'], unique=False)
        batch_op.create_index('ix_cases_owner', ['owner_id', 'status'], unique=False)
        batch_op.create_index('ix_cases_team_created', ['organisation_id', 'team_id', 'created_at'], unique=False)

    op.create_table('client_refs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('system', sa.String(length=40), nullable=False),
    sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_refs_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_client_refs_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['system'], ['source_systems.code'], name=op.f('fk_client_refs_system_source_systems')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_refs')),
    sa.UniqueConstraint('organisation_id', 'system', 'ref', name=op.f('uq_client_refs_organisation_id_system_ref'))
    )
    with op.batch_alter_table('client_refs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_refs_client_id'), ['client_id'], unique=False)

    op.create_table('diagnosis_elements',
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('element', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('obstacle', sa.Boolean(), nullable=False),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
    sa.CheckConstraint('severity BETWEEN 0 AND 3', name=op.f('ck_diagnosis_elements_severity')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_diagnosis_elements_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'element', name=op.f('pk_diagnosis_elements'))
    )
    op.create_table('exemptions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('ground', sa.String(length=40), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('basis_document_date', sa.Date(), nullable=True),
    sa.Column('reexamination_date', sa.Date(), nullable=True),
    sa.Column('youngest_child_birth_date', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR end_date >= start_date', name=op.f('ck_exemptions_date_order')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_exemptions_client_id_clients')),
    sa.ForeignKeyConstraint(['ground'], ['exemption_grounds.code'], name=op.f('fk_exemptions_ground_exemption_grounds')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_exemptions_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exemptions'))
    )
    with op.batch_alter_table('exemptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exemptions_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_exemptions_org_ground', ['organisation_id', 'ground'], unique=False)
        batch_op.create_index('uq_exemptions_one_open', ['client_id'], unique=True, sqlite_where=sa.text('ended_on IS NULL'), postgresql_where=sa.text('ended_on IS NULL'))

    op.create_table('case_status_changes',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('from_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('to_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=False),
    sa.Column('changed_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_status_changes_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_status_changes'))
    )
    with op.batch_alter_table('case_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_status_changes_case_id'), ['case_id'], unique=False)

    op.bulk_insert(sa.table("source_systems", sa.column("code", sa.String), sa.column("name", sa.String)), [
        {"code": "civision", "name": "CiVision Samenlevingszaken (cliëntvolgsysteem)"},
        {"code": "competensys", "name": "CompetenSYS"},
    ])
    op.bulk_insert(sa.table("exemption_grounds", sa.column("code", sa.String), sa.column("label", sa.String),
                            sa.column("temporary", sa.Boolean)), [
        {"code": "art_9_lid_2", "label": "Art. 9 lid 2 Pw: dringende redenen (tijdelijk)", "temporary": True},
        {"code": "art_9_lid_5", "label": "Art. 9 lid 5 Pw: volledig en duurzaam arbeidsongeschikt", "temporary": False},
        {"code": "art_9a", "label": "Art. 9a Pw: alleenstaande ouder met de volledige zorg voor een kind onder vijf", "temporary": False},
    ])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_cases_search ON cases USING gin "
            "((to_tsvector('simple', search_text) || to_tsvector('dutch', search_text)))"
        )
    else:
        op.execute(
            "CREATE VIRTUAL TABLE cases_fts USING fts5(search_text, content='cases', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN "
            "INSERT INTO cases_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN "
            "INSERT INTO cases_fts(cases_fts, rowid, search_text) "
            "VALUES ('delete', old.rowid, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER cases_fts_update AFTER UPDATE OF search_text ON cases BEGIN "
            "INSERT INTO cases_fts(cases_fts, rowid, search_text) "
            "VALUES ('delete', old.rowid, old.search_text); "
            "INSERT INTO cases_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
        )



def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_cases_search")
    else:
        for trigger in ("cases_fts_insert", "cases_fts_delete", "cases_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS cases_fts")
    with op.batch_alter_table('case_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_status_changes_case_id'))

    op.drop_table('case_status_changes')
    with op.batch_alter_table('exemptions', schema=None) as batch_op:
        batch_op.drop_index('uq_exemptions_one_open', sqlite_where=sa.text('ended_on IS NULL'), postgresql_where=sa.text('ended_on IS NULL'))
        batch_op.drop_index('ix_exemptions_org_ground')
        batch_op.drop_index(batch_op.f('ix_exemptions_client_id'))

    op.drop_table('exemptions')
    op.drop_table('diagnosis_elements')
    with op.batch_alter_table('client_refs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_refs_client_id'))

    op.drop_table('client_refs')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_team_created')
        batch_op.drop_index('ix_cases_owner')
        batch_op.drop_index('ix_cases_client')

    op.drop_table('cases')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_responsible_manager_id'))
        batch_op.drop_index('ix_clients_org_team')
        batch_op.drop_index('ix_clients_conversation')

    op.drop_table('clients')
    op.drop_table('source_systems')
    op.drop_table('exemption_grounds')
