"""Migration 0007: the case form's free-text gender and age become a choice and a number,
mapped where the text parses and left empty otherwise; and back again."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from tests.conftest import World
from vakwerk.cli import alembic_config
from vakwerk.core.db import sync_url

MIGRATION = Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0007_case_form.py"
spec = importlib.util.spec_from_file_location("case_form_migration", MIGRATION)
assert spec is not None and spec.loader is not None
case_form = importlib.util.module_from_spec(spec)
spec.loader.exec_module(case_form)

# stored text -> (gender, age) after the upgrade
STORED = {
    ("man", "42"): ("man", 42),
    ("Vrouw", "42 jaar"): ("vrouw", 42),
    (" M ", "7 jr."): ("man", 7),
    ("V.", "0"): ("vrouw", 0),
    ("x", "120"): ("anders", 120),
    ("Onbekend", "121"): ("onbekend", None),
    ("mevrouw", "ongeveer 40"): ("vrouw", None),
    ("vrouw, alleenstaand", "40-45"): (None, None),
    ("", "42,5"): (None, None),
    (None, "  65 Jaar oud "): (None, 65),
    ("mannelijk", None): ("man", None),
}


@pytest.mark.parametrize(("stored", "expected"), STORED.items())
def test_the_mapping_of_stored_text(stored: tuple[str, str], expected: tuple[str, int]) -> None:
    assert (case_form.gender_choice(stored[0]), case_form.age_years(stored[1])) == expected


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    found = create_engine(sync_url(database_url), poolclass=NullPool)
    yield found
    found.dispose()


def _insert_old_cases(engine: Engine, world: World) -> dict[uuid.UUID, tuple[str, str]]:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).replace(tzinfo=None)
    made: dict[uuid.UUID, tuple[str, str]] = {}
    with engine.begin() as conn:
        for gender, age in STORED:
            case_id = uuid.uuid4()
            made[case_id] = (gender, age)
            conn.execute(
                text(
                    "INSERT INTO cases (id, organisation_id, team_id, owner_id, kind, status, "
                    "question, gender, age, search_text, created_at, updated_at, version) "
                    "VALUES (:id, :org, :team, :owner, 'algemeen', 'concept', 'Wat nu?', "
                    ":gender, :age, :search, :at, :at, 1)"
                ),
                {
                    "id": case_id if engine.dialect.name == "postgresql" else case_id.hex,
                    "org": _id(engine, world.organisation_id),
                    "team": _id(engine, world.teams["wi1"]),
                    "owner": _id(engine, world["km"].id),
                    "gender": gender,
                    "age": age,
                    "search": f"wat nu {gender or ''} {age or ''}".lower(),
                    "at": now,
                },
            )
    return made


def _id(engine: Engine, value: uuid.UUID) -> object:
    return value if engine.dialect.name == "postgresql" else value.hex


def _cases(engine: Engine) -> dict[uuid.UUID, tuple[object, object, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, gender, age, search_text FROM cases")).all()
    return {uuid.UUID(str(r[0])): (r[1], r[2], r[3]) for r in rows}


def test_upgrade_with_data_present_and_downgrade(
    database_url: str, engine: Engine, world: World
) -> None:
    config = alembic_config(database_url)
    command.downgrade(config, "0004")
    made = _insert_old_cases(engine, world)
    command.upgrade(config, "head")
    after = _cases(engine)
    for case_id, stored in made.items():
        gender, age, search = after[case_id]
        assert (gender, age) == STORED[stored], stored
        # the search text is rebuilt from what the case holds now
        assert search == " ".join(
            part for part in ("wat nu", gender, None if age is None else str(age)) if part
        )
    # the new columns refuse what the form does not allow
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE cases SET age = 121"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE cases SET gender = 'm'"))

    command.downgrade(config, "0004")
    back = _cases(engine)
    for case_id, stored in made.items():
        gender, age = STORED[stored]
        assert back[case_id][:2] == (gender, None if age is None else str(age))
    command.upgrade(config, "head")
    assert {k: v[:2] for k, v in _cases(engine).items()} == {
        case_id: STORED[stored] for case_id, stored in made.items()
    }


def test_case_search_still_finds_migrated_cases(
    database_url: str, engine: Engine, world: World, client
) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(database_url)
    command.downgrade(config, "0004")
    _insert_old_cases(engine, world)
    command.upgrade(config, "head")
    found = client.get("/api/v1/cases", params={"q": "vrouw 42"}, headers=world["km"].auth).json()
    assert found["total"] == 1
    assert [(c["status"], c["question"]) for c in found["items"]] == [("concept", "Wat nu?")]
