"""People, credentials, API clients, login throttle and the audit trail.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 13:19:45.302135
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import vakwerk.core.db

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('occurred_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('actor_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('resource_type', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('resource_id', sa.Uuid(), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.CheckConstraint("actor_type IN ('user', 'api_client', 'anonymous')", name=op.f('ck_audit_events_actor_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_actor', ['actor_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_audit_events_org_time', ['organisation_id', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_audit_events_resource', ['resource_type', 'resource_id'], unique=False)

    op.create_table('login_failures',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('occurred_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index('ix_login_failures_address', ['address', 'occurred_at'], unique=False)
        batch_op.create_index('ix_login_failures_username', ['username', 'occurred_at'], unique=False)

    op.create_table('organisations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    op.create_table('api_clients',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('key_hash', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('key_prefix', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_api_clients_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_clients')),
    sa.UniqueConstraint('key_hash', name=op.f('uq_api_clients_key_hash'))
    )
    with op.batch_alter_table('api_clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_clients_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('organisation_settings',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('arguments_required', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('argument_min_chars', sa.Integer(), nullable=False),
    sa.Column('argument_min_words', sa.Integer(), nullable=False),
    sa.Column('case_deadline_days_before', sa.Integer(), nullable=False),
    sa.Column('case_deadline_hour', sa.Integer(), nullable=False),
    sa.Column('art9a_max_years', sa.Integer(), nullable=False),
    sa.Column('small_group_threshold', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("arguments_required IN ('altijd', 'alleen_twijfel')", name=op.f('ck_organisation_settings_arguments_required')),
    sa.CheckConstraint('argument_min_chars BETWEEN 1 AND 500', name=op.f('ck_organisation_settings_argument_min_chars')),
    sa.CheckConstraint('argument_min_words BETWEEN 1 AND 100', name=op.f('ck_organisation_settings_argument_min_words')),
    sa.CheckConstraint('art9a_max_years BETWEEN 1 AND 10', name=op.f('ck_organisation_settings_art9a_max_years')),
    sa.CheckConstraint('case_deadline_days_before BETWEEN 0 AND 14', name=op.f('ck_organisation_settings_deadline_days')),
    sa.CheckConstraint('case_deadline_hour BETWEEN 0 AND 23', name=op.f('ck_organisation_settings_deadline_hour')),
    sa.CheckConstraint('small_group_threshold >= 3', name=op.f('ck_organisation_settings_small_group_threshold')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_organisation_settings_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id', name=op.f('pk_organisation_settings'))
    )
    op.create_table('teams',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('werk_inkomen', 're_integratie')", name=op.f('ck_teams_kind')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_teams_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams'))
    )
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teams_organisation_id'), ['organisation_id'], unique=False)
    op.create_index('uq_teams_organisation_name', 'teams', ['organisation_id', sa.text('lower(name)')], unique=True)

    op.create_table('users',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('is_superuser', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_users_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_organisation_id'), ['organisation_id'], unique=False)
    # E-mail addresses are unique whatever their case.
    op.create_index('uq_users_email', 'users', [sa.text('lower(email)')], unique=True)

    op.create_table('absences',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_absences_date_order')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_absences_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_absences_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absences'))
    )
    with op.batch_alter_table('absences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absences_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index('ix_absences_user_dates', ['user_id', 'start_date', 'end_date'], unique=False)

    op.create_table('credentials',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('secret_hash', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('csrf_hash', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("kind IN ('token', 'session')", name=op.f('ck_credentials_kind')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_credentials_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credentials')),
    sa.UniqueConstraint('secret_hash', name=op.f('uq_credentials_secret_hash'))
    )
    with op.batch_alter_table('credentials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credentials_user_id'), ['user_id'], unique=False)

    op.create_table('memberships',
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('working_days', sa.JSON(), nullable=False),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_memberships_team_id_teams')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_memberships_user_id_users')),
    sa.PrimaryKeyConstraint('team_id', 'user_id', name=op.f('pk_memberships'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memberships_user_id'))

    op.drop_table('memberships')
    with op.batch_alter_table('credentials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credentials_user_id'))

    op.drop_table('credentials')
    with op.batch_alter_table('absences', schema=None) as batch_op:
        batch_op.drop_index('ix_absences_user_dates')
        batch_op.drop_index(batch_op.f('ix_absences_organisation_id'))

    op.drop_table('absences')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_organisation_id'))
        batch_op.drop_index('uq_users_email')

    op.drop_table('users')
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teams_organisation_id'))
        batch_op.drop_index('uq_teams_organisation_name')

    op.drop_table('teams')
    op.drop_table('organisation_settings')
    with op.batch_alter_table('api_clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_clients_organisation_id'))

    op.drop_table('api_clients')
    op.drop_table('organisations')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_login_failures_username')
        batch_op.drop_index('ix_login_failures_address')

    op.drop_table('login_failures')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_resource')
        batch_op.drop_index('ix_audit_events_org_time')
        batch_op.drop_index('ix_audit_events_actor')

    op.drop_table('audit_events')
