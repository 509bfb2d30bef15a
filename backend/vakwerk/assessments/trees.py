"""Decision-tree versions and the boilerplate list, and what every organisation starts with.

Published versions are immutable; publishing makes the new version current in the same
transaction; setting an older one current (the organisation setting) is the rollback.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.models import BoilerplatePhrase, TreeVersion
from vakwerk.assessments.schemas import TreeVersionRead, TreeVersionSummary
from vakwerk.assessments.tree import LEIDEN_V1, TreeDefinition
from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Conflict, InvalidInput, NotFound
from vakwerk.core.pagination import page
from vakwerk.core.policy import Grant
from vakwerk.core.text import normalise
from vakwerk.people import organisations

SEED_PHRASE = "Er is geen reden om de klant niet aan te melden bij R&W"


async def seed_organisation(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Every organisation starts with its own version 1 (current) and the seeded sentence."""
    version = TreeVersion(
        organisation_id=organisation_id,
        number=1,
        definition=LEIDEN_V1.model_dump(by_alias=True),
        published_at=clock.now(),
    )
    session.add(version)
    session.add(
        BoilerplatePhrase(
            organisation_id=organisation_id,
            text=SEED_PHRASE,
            normalised=normalise(SEED_PHRASE),
            created_at=clock.now(),
        )
    )
    await session.flush()
    settings = await organisations.settings_row(session, organisation_id)
    settings.current_tree_version_id = version.id
    await session.flush()


async def version_in_organisation(
    session: AsyncSession, organisation_id: uuid.UUID, value: object
) -> bool:
    """The setting ``currentTreeVersionId`` may name only a version of the organisation."""
    version = await session.get(TreeVersion, value) if isinstance(value, uuid.UUID) else None
    return version is not None and version.organisation_id == organisation_id


async def current_version_id(session: AsyncSession, organisation_id: uuid.UUID) -> uuid.UUID:
    settings = await organisations.settings_of(session, organisation_id)
    assert settings.current_tree_version_id is not None
    return settings.current_tree_version_id


async def _current(session: AsyncSession, organisation_id: uuid.UUID) -> uuid.UUID | None:
    settings = await organisations.settings_of(session, organisation_id)
    return settings.current_tree_version_id


async def list_trees(
    session: AsyncSession, grant: Grant, limit: int, offset: int
) -> tuple[list[TreeVersionSummary], int]:
    org_id = grant.organisation_id()
    query = select(TreeVersion).where(col(TreeVersion.organisation_id) == org_id)
    rows, total = await page(session, query, (col(TreeVersion.number).desc(),), limit, offset)
    current = await _current(session, org_id)
    items = [
        TreeVersionSummary.model_validate({**v.model_dump(), "current": v.id == current})
        for v in rows
    ]
    return items, total


async def tree_read(session: AsyncSession, version: TreeVersion) -> TreeVersionRead:
    current = await _current(session, version.organisation_id)
    return TreeVersionRead.model_validate(
        {**version.model_dump(), "current": version.id == current}
    )


async def get_tree(session: AsyncSession, grant: Grant, version_id: uuid.UUID) -> TreeVersion:
    version = await session.get(TreeVersion, version_id)
    if version is None or version.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return version


async def publish_tree(
    session: AsyncSession, grant: Grant, definition: TreeDefinition
) -> TreeVersion:
    definition.check()
    org_id = grant.organisation_id()
    settings = await organisations.settings_row(session, org_id, for_update=True)
    latest = await session.execute(
        select(func.max(TreeVersion.number)).where(col(TreeVersion.organisation_id) == org_id)
    )
    number = (latest.scalar_one() or 0) + 1
    version = TreeVersion(
        organisation_id=org_id,
        number=number,
        definition=definition.model_dump(by_alias=True),
        published_at=clock.now(),
        published_by=grant.actor.id,
    )
    session.add(version)
    await session.flush()
    previous = settings.current_tree_version_id
    settings.current_tree_version_id = version.id  # publishing makes it current, at once
    settings.version += 1
    await organisations.forget_settings(session, org_id)
    changes = {"number": {"old": None, "new": number}}
    audit.by(session, grant.actor, "create", "decision_tree_version", version.id, changes)
    current_changes = {
        "currentTreeVersionId": {"old": str(previous) if previous else None, "new": str(version.id)}
    }
    audit.by(session, grant.actor, "update", "organisation_settings", org_id, current_changes)
    await session.flush()
    return version


# --------------------------------------------------------------------------- boilerplate


async def list_phrases(
    session: AsyncSession, grant: Grant, limit: int, offset: int
) -> tuple[list[BoilerplatePhrase], int]:
    query = select(BoilerplatePhrase).where(
        col(BoilerplatePhrase.organisation_id) == grant.organisation_id()
    )
    order = (col(BoilerplatePhrase.created_at), col(BoilerplatePhrase.id))
    return await page(session, query, order, limit, offset)


async def phrases_of(session: AsyncSession, organisation_id: uuid.UUID) -> list[str]:
    """The organisation's phrases, normalised, for the argument check."""
    result = await session.execute(
        select(col(BoilerplatePhrase.normalised)).where(
            col(BoilerplatePhrase.organisation_id) == organisation_id
        )
    )
    return list(result.scalars())


async def get_phrase(
    session: AsyncSession, grant: Grant, phrase_id: uuid.UUID
) -> BoilerplatePhrase:
    phrase = await session.get(BoilerplatePhrase, phrase_id)
    if phrase is None or phrase.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return phrase


async def create_phrase(session: AsyncSession, grant: Grant, text: str) -> BoilerplatePhrase:
    normalised = normalise(text)
    if not normalised:
        raise InvalidInput.one("text", "no_words", "Een standaardzin bevat minstens één woord.")
    org_id = grant.organisation_id()
    exists = await session.execute(
        select(col(BoilerplatePhrase.id)).where(
            col(BoilerplatePhrase.organisation_id) == org_id,
            col(BoilerplatePhrase.normalised) == normalised,
        )
    )
    if exists.first():
        raise Conflict("Deze standaardzin staat al op de lijst.")
    refuse_bsn({"text": text})
    phrase = BoilerplatePhrase(
        organisation_id=org_id,
        text=text.strip(),
        normalised=normalised,
        created_by=grant.actor.id,
        created_at=clock.now(),
    )
    session.add(phrase)
    await session.flush()
    changes = {"text": audit.CHANGED}
    audit.by(session, grant.actor, "create", "boilerplate_phrase", phrase.id, changes)
    return phrase


async def delete_phrase(session: AsyncSession, grant: Grant, phrase_id: uuid.UUID) -> None:
    phrase = await get_phrase(session, grant, phrase_id)
    await session.delete(phrase)
    audit.by(session, grant.actor, "delete", "boilerplate_phrase", phrase.id)
    await session.flush()
