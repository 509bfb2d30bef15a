"""Roles as rows, the referred flag on clients, list indexes that serve the order.

- ``user_roles``: a user's roles as rows, so ``GET /users?role=`` filters with an index
  instead of a LIKE over JSON text (``users.roles`` keeps the copy authentication reads).
- ``clients.referred``: the client has a completed ``traject_mogelijk`` assessment, so
  R&W consultants may read it (set by the assessments capability from now on).
- the case and client lists page newest first with ``id`` as tie-breaker in the same
  direction, so one index serves filter, order and (on PostgreSQL, with the included
  columns) the count.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

ROLES = "'klantmanager', 'teamleider', 'kwaliteit', 'consulent', 'beheerder'"


def upgrade() -> None:
    op.create_table(
        'user_roles',
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.CheckConstraint(f"role IN ({ROLES})", name=op.f('ck_user_roles_role')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users')),
        sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles')),
    )
    op.create_index('ix_user_roles_role', 'user_roles', ['role', 'user_id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.execute(
            "INSERT INTO user_roles (user_id, role) "
            "SELECT id, json_array_elements_text(roles) FROM users"
        )
    else:
        op.execute(
            "INSERT INTO user_roles (user_id, role) "
            "SELECT users.id, je.value FROM users, json_each(users.roles) AS je"
        )

    op.add_column(
        'clients', sa.Column('referred', sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute(
        "UPDATE clients SET referred = TRUE WHERE id IN (SELECT client_id FROM assessments "
        "WHERE status = 'afgerond' AND outcome = 'traject_mogelijk')"
    )

    op.drop_index('ix_cases_team_created', table_name='cases')
    op.create_index(
        'ix_cases_team_created',
        'cases',
        ['organisation_id', 'team_id', 'created_at', 'id'],
        unique=False,
        postgresql_include=['status', 'owner_id'],
    )
    op.drop_index('ix_clients_org_team', table_name='clients')
    op.create_index(
        'ix_clients_team_created',
        'clients',
        ['organisation_id', 'team_id', 'created_at', 'id'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_clients_team_created', table_name='clients')
    op.create_index('ix_clients_org_team', 'clients', ['organisation_id', 'team_id'], unique=False)
    op.drop_index('ix_cases_team_created', table_name='cases')
    op.create_index(
        'ix_cases_team_created', 'cases', ['organisation_id', 'team_id', 'created_at'], unique=False
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_column('referred')
    op.drop_index('ix_user_roles_role', table_name='user_roles')
    op.drop_table('user_roles')
