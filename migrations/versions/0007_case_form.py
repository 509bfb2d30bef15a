"""The case form's gender as a choice and age as an integer; the client search index.

- ``cases.gender`` becomes one of ``man | vrouw | anders | onbekend`` and ``cases.age`` an
  integer 0-120 (docs/domain.md §1), each with a CHECK. The stored free text is mapped where it
  parses (``gender_choice`` and ``age_years`` below: case, surrounding spaces and a final
  full stop ignored) and left empty (NULL) otherwise; the case's search text is rebuilt
  from what remains. The downgrade writes the choice and the number back as text.
- ``ix_client_refs_ref_prefix``: ``(organisation_id, lower(ref))`` in byte order
  (``COLLATE "C"`` on PostgreSQL) for ``GET /clients?q=`` (``clients.refs``).

No table is rebuilt on SQLite (its FTS5 search index is keyed by the cases' rowids):
columns are renamed, added and dropped in place (SQLite 3.35+).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

from vakwerk.core.text import normalise

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENDERS = ("man", "vrouw", "anders", "onbekend")
# What was typed in the free-text box, normalised (lower case, spaces collapsed, one
# final full stop dropped) -> the choice. Anything else is left empty.
GENDER_WORDS = {
    "man": "man",
    "m": "man",
    "mannelijk": "man",
    "male": "man",
    "heer": "man",
    "meneer": "man",
    "dhr": "man",
    "vrouw": "vrouw",
    "v": "vrouw",
    "vrouwelijk": "vrouw",
    "female": "vrouw",
    "f": "vrouw",
    "mevrouw": "vrouw",
    "mevr": "vrouw",
    "mw": "vrouw",
    "anders": "anders",
    "x": "anders",
    "non-binair": "anders",
    "non binair": "anders",
    "nonbinair": "anders",
    "non-binary": "anders",
    "divers": "anders",
    "onbekend": "onbekend",
    "niet bekend": "onbekend",
    "onb": "onbekend",
    "?": "onbekend",
    "n.b": "onbekend",
    "nb": "onbekend",
}
# A whole number of years, optionally followed by "jaar", "jaar oud", "jr" or "j".
AGE = re.compile(r"^(\d{1,3})(?:\s*(?:jaar(?:\s+oud)?|jr|j))?$")
FREE_TEXT = (
    "living_situation",
    "education",
    "work_experience",
    "interests",
    "attitude",
    "physical_obstacles",
    "psychological_obstacles",
    "social_network",
    "other_information",
)


def _plain(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower()).removesuffix(".").strip()


def gender_choice(text: str | None) -> str | None:
    return GENDER_WORDS.get(_plain(text))


def age_years(text: str | None) -> int | None:
    found = AGE.match(_plain(text))
    if found is None:
        return None
    years = int(found.group(1))
    return years if 0 <= years <= 120 else None


def _search_text(row: sa.Row, gender: str | None, age: int | None) -> str:
    parts = [row.question, gender, None if age is None else str(age)]
    parts += [getattr(row, name) for name in FREE_TEXT]
    parts += [row.outcome_conclusion, row.outcome_plan]
    return " ".join(normalise(part) for part in parts if part)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IS NULL OR {column} IN ({', '.join(repr(v) for v in values)})"


def _add_person_columns(sqlite: bool) -> None:
    gender_check = _in("gender", GENDERS)
    age_check = "age IS NULL OR age BETWEEN 0 AND 120"
    if sqlite:  # a CHECK of the column itself: SQLite cannot add a table constraint
        op.execute(
            "ALTER TABLE cases ADD COLUMN gender VARCHAR(20) "
            f"CONSTRAINT ck_cases_gender CHECK ({gender_check})"
        )
        op.execute(
            f"ALTER TABLE cases ADD COLUMN age INTEGER CONSTRAINT ck_cases_age CHECK ({age_check})"
        )
        return
    op.add_column("cases", sa.Column("gender", sa.String(length=20), nullable=True))
    op.add_column("cases", sa.Column("age", sa.Integer(), nullable=True))
    op.create_check_constraint(op.f("ck_cases_gender"), "cases", gender_check)
    op.create_check_constraint(op.f("ck_cases_age"), "cases", age_check)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.execute("ALTER TABLE cases RENAME COLUMN gender TO gender_text")
    op.execute("ALTER TABLE cases RENAME COLUMN age TO age_text")
    _add_person_columns(sqlite)
    rows = bind.execute(
        sa.text(
            "SELECT id, gender_text, age_text, question, outcome_conclusion, outcome_plan, "
            f"{', '.join(FREE_TEXT)} FROM cases "
            "WHERE gender_text IS NOT NULL OR age_text IS NOT NULL"
        )
    ).all()
    # the id goes back as the driver returned it (text on SQLite, a UUID on PostgreSQL)
    update = sa.text(
        "UPDATE cases SET gender = :gender, age = :age, search_text = :search WHERE id = :id"
    )
    for row in rows:
        gender, age = gender_choice(row.gender_text), age_years(row.age_text)
        bind.execute(
            update,
            {"id": row.id, "gender": gender, "age": age, "search": _search_text(row, gender, age)},
        )
    op.execute("ALTER TABLE cases DROP COLUMN gender_text")
    op.execute("ALTER TABLE cases DROP COLUMN age_text")

    if sqlite:
        op.execute(
            "CREATE INDEX ix_client_refs_ref_prefix ON client_refs (organisation_id, lower(ref))"
        )
    else:
        op.execute(
            "CREATE INDEX ix_client_refs_ref_prefix ON client_refs "
            '(organisation_id, (lower(ref) COLLATE "C"))'
        )


def downgrade() -> None:
    op.execute("DROP INDEX ix_client_refs_ref_prefix")
    op.execute("ALTER TABLE cases RENAME COLUMN gender TO gender_choice")
    op.execute("ALTER TABLE cases RENAME COLUMN age TO age_years")
    op.add_column("cases", sa.Column("gender", sa.String(length=2000), nullable=True))
    op.add_column("cases", sa.Column("age", sa.String(length=2000), nullable=True))
    op.execute(
        "UPDATE cases SET gender = gender_choice, age = CAST(age_years AS VARCHAR(2000)) "
        "WHERE gender_choice IS NOT NULL OR age_years IS NOT NULL"
    )
    op.execute("ALTER TABLE cases DROP COLUMN gender_choice")
    op.execute("ALTER TABLE cases DROP COLUMN age_years")
