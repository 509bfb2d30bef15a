"""Decision-tree versions, boilerplate phrases, assessments, answers, reviews, refusals.

Every existing organisation gets its own version 1 (Leiden) and the seeded boilerplate
sentence, and that version becomes current.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:00:54.846070
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import vakwerk.core.db

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('argument_refusals',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=True),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('question_key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('refused_on', sa.Date(), nullable=False),
    sa.CheckConstraint("reason IN ('too_short', 'boilerplate', 'duplicate')", name=op.f('ck_argument_refusals_reason')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_argument_refusals_author_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_argument_refusals_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_argument_refusals_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_argument_refusals'))
    )
    with op.batch_alter_table('argument_refusals', schema=None) as batch_op:
        batch_op.create_index('ix_refusals_team_date', ['organisation_id', 'team_id', 'refused_on'], unique=False)

    op.create_table('boilerplate_phrases',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('normalised', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_boilerplate_phrases_created_by_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_boilerplate_phrases_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_boilerplate_phrases')),
    sa.UniqueConstraint('organisation_id', 'normalised', name=op.f('uq_boilerplate_phrases_organisation_id_normalised'))
    )
    with op.batch_alter_table('boilerplate_phrases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_boilerplate_phrases_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('decision_tree_versions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('published_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('published_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_decision_tree_versions_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['published_by'], ['users.id'], name=op.f('fk_decision_tree_versions_published_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_tree_versions')),
    sa.UniqueConstraint('organisation_id', 'number', name=op.f('uq_decision_tree_versions_organisation_id_number'))
    )
    with op.batch_alter_table('decision_tree_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_tree_versions_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('assessments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('team_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('tree_version_id', sa.Uuid(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('twijfel', sa.Boolean(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('outcome_explanation', sa.JSON(), nullable=True),
    sa.Column('completion', sa.JSON(), nullable=True),
    sa.Column('review_decision', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('completed_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('traject_mogelijk', 'nu_geen_traject', 'uitgesteld')", name=op.f('ck_assessments_outcome')),
    sa.CheckConstraint("status IN ('open', 'afgerond', 'ingetrokken')", name=op.f('ck_assessments_status')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_assessments_author_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_assessments_case_id_cases')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_assessments_client_id_clients')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_assessments_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_assessments_team_id_teams')),
    sa.ForeignKeyConstraint(['tree_version_id'], ['decision_tree_versions.id'], name=op.f('fk_assessments_tree_version_id_decision_tree_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_author', ['author_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_assessments_team_completed', ['organisation_id', 'team_id', 'completed_at'], unique=False)
        batch_op.create_index('uq_assessments_one_open', ['client_id'], unique=True, sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))

    op.create_table('assessment_answers',
    sa.Column('assessment_id', sa.Uuid(), nullable=False),
    sa.Column('question_key', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('answer', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('characteristics', sa.JSON(), nullable=True),
    sa.Column('argument', sa.Text(), nullable=True),
    sa.Column('argument_length', sa.Integer(), nullable=True),
    sa.Column('argument_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=False),
    sa.Column('answered_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_assessment_answers_assessment_id_assessments')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_assessment_answers_author_id_users')),
    sa.PrimaryKeyConstraint('assessment_id', 'question_key', name=op.f('pk_assessment_answers'))
    )
    with op.batch_alter_table('assessment_answers', schema=None) as batch_op:
        batch_op.create_index('ix_answers_author_argument', ['author_id', 'argument_hash'], unique=False)

    op.create_table('assessment_reviews',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('assessment_id', sa.Uuid(), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=False),
    sa.Column('decision', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('argument', sa.Text(), nullable=False),
    sa.Column('argument_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('remarks', sa.JSON(), nullable=True),
    sa.Column('reviewed_at', vakwerk.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("decision IN ('geaccepteerd', 'teruggemeld')", name=op.f('ck_assessment_reviews_decision')),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_assessment_reviews_assessment_id_assessments')),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_assessment_reviews_reviewer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_reviews')),
    sa.UniqueConstraint('assessment_id', name=op.f('uq_assessment_reviews_assessment_id'))
    )
    with op.batch_alter_table('assessment_reviews', schema=None) as batch_op:
        batch_op.create_index('ix_reviews_reviewer_argument', ['reviewer_id', 'argument_hash'], unique=False)

    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('current_tree_version_id', sa.Uuid(), nullable=True))

    _seed_existing_organisations()


def _seed_existing_organisations() -> None:
    import uuid
    from datetime import UTC, datetime

    from vakwerk.assessments.tree import LEIDEN_V1
    from vakwerk.core.text import normalise

    # frozen here: the migration must not change when the application's constant does
    SEED_PHRASE = "Er is geen reden om de klant niet aan te melden bij R&W"
    bind = op.get_bind()
    versions = sa.table("decision_tree_versions", sa.column("id", sa.Uuid), sa.column("organisation_id", sa.Uuid),
                        sa.column("number", sa.Integer), sa.column("definition", sa.JSON),
                        sa.column("published_at", vakwerk.core.db.UTCDateTime()))
    phrases = sa.table("boilerplate_phrases", sa.column("id", sa.Uuid), sa.column("organisation_id", sa.Uuid),
                       sa.column("text", sa.String), sa.column("normalised", sa.String),
                       sa.column("created_at", vakwerk.core.db.UTCDateTime()))
    settings = sa.table("organisation_settings", sa.column("organisation_id", sa.Uuid),
                        sa.column("current_tree_version_id", sa.Uuid))
    now = datetime.now(UTC)
    for (org_id,) in bind.execute(sa.text("SELECT id FROM organisations")).all():
        org_uuid = org_id if isinstance(org_id, uuid.UUID) else uuid.UUID(str(org_id))
        version_id = uuid.uuid4()
        bind.execute(versions.insert().values(id=version_id, organisation_id=org_uuid, number=1,
                                              definition=LEIDEN_V1.model_dump(by_alias=True), published_at=now))
        bind.execute(phrases.insert().values(id=uuid.uuid4(), organisation_id=org_uuid, text=SEED_PHRASE,
                                             normalised=normalise(SEED_PHRASE), created_at=now))
        bind.execute(settings.update().where(settings.c.organisation_id == org_uuid)
                     .values(current_tree_version_id=version_id))



def downgrade() -> None:
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.drop_column('current_tree_version_id')

    with op.batch_alter_table('assessment_reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_reviews_reviewer_argument')

    op.drop_table('assessment_reviews')
    with op.batch_alter_table('assessment_answers', schema=None) as batch_op:
        batch_op.drop_index('ix_answers_author_argument')

    op.drop_table('assessment_answers')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('uq_assessments_one_open', sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'"))
        batch_op.drop_index('ix_assessments_team_completed')
        batch_op.drop_index(batch_op.f('ix_assessments_client_id'))
        batch_op.drop_index('ix_assessments_author')

    op.drop_table('assessments')
    with op.batch_alter_table('decision_tree_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_tree_versions_organisation_id'))

    op.drop_table('decision_tree_versions')
    with op.batch_alter_table('boilerplate_phrases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_boilerplate_phrases_organisation_id'))

    op.drop_table('boilerplate_phrases')
    with op.batch_alter_table('argument_refusals', schema=None) as batch_op:
        batch_op.drop_index('ix_refusals_team_date')

    op.drop_table('argument_refusals')
