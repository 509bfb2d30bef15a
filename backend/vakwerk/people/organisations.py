"""Organisations and their settings.

Creating an organisation here makes the record and its default settings; what other
capabilities seed for it (the decision tree, the boilerplate phrase) is added by the
composition's ``onboarding.create_organisation``, the one call everybody uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.people.models import Organisation, OrganisationSettings
from vakwerk.people.schemas import SettingsRead, SettingsUpdate

SETTINGS_FIELDS = (
    "current_tree_version_id",
    "arguments_required",
    "argument_min_chars",
    "argument_min_words",
    "case_deadline_days_before",
    "case_deadline_hour",
    "art9a_max_years",
    "small_group_threshold",
)

# setting name -> check(session, organisation_id, value): may the organisation use it?
SettingCheck = Callable[[AsyncSession, uuid.UUID, Any], Awaitable[bool]]


async def create_organisation(session: AsyncSession, grant: Grant, name: str) -> Organisation:
    refuse_bsn({"name": name})
    org = Organisation(name=name, created_at=clock.now())
    session.add(org)
    await session.flush()
    session.add(OrganisationSettings(organisation_id=org.id))
    session.add(
        audit.event(
            session,
            actor=grant.actor,
            action="create",
            resource_type="organisation",
            resource_id=org.id,
            organisation_id=org.id,
            changes={"name": {"old": None, "new": name}},
        )
    )
    await session.flush()
    return org


async def list_organisations(
    session: AsyncSession, grant: Grant, limit: int, offset: int
) -> tuple[list[Organisation], int]:
    query = select(Organisation)
    if not grant.actor.is_superuser:
        query = query.where(col(Organisation.id) == grant.actor.organisation_id)
    return await page(session, query, (col(Organisation.name), col(Organisation.id)), limit, offset)


async def get_organisation(
    session: AsyncSession, grant: Grant, organisation_id: uuid.UUID
) -> Organisation:
    org = await session.get(Organisation, organisation_id)
    if org is None or (not grant.actor.is_superuser and org.id != grant.actor.organisation_id):
        raise NotFound()
    return org


_SETTINGS_KEY = "organisation_settings"


def remember_settings(session: AsyncSession, settings: SettingsRead) -> None:
    """Keep a snapshot for this request (the credential lookup reads them anyway)."""
    session.info.setdefault(_SETTINGS_KEY, {})[settings.organisation_id] = settings


async def forget_settings(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    session.info.get(_SETTINGS_KEY, {}).pop(organisation_id, None)


async def settings_of(session: AsyncSession, organisation_id: uuid.UUID) -> SettingsRead:
    """The organisation's settings as the rules read them; within a request from the
    snapshot the credential lookup left, so a rule that needs them costs no query."""
    known: SettingsRead | None = session.info.get(_SETTINGS_KEY, {}).get(organisation_id)
    if known is not None:
        return known
    found = SettingsRead.model_validate(await settings_row(session, organisation_id))
    remember_settings(session, found)
    return found


async def settings_row(
    session: AsyncSession, organisation_id: uuid.UUID, *, for_update: bool = False
) -> OrganisationSettings:
    """The stored row, for the writes that change it (locked with ``for_update``)."""
    query = select(OrganisationSettings).where(
        col(OrganisationSettings.organisation_id) == organisation_id
    )
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def get_settings(
    session: AsyncSession, grant: Grant, organisation_id: uuid.UUID
) -> SettingsRead:
    if organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return await settings_of(session, organisation_id)


async def update_settings(
    session: AsyncSession,
    grant: Grant,
    organisation_id: uuid.UUID,
    data: SettingsUpdate,
    if_match: str | None,
    checks: Mapping[str, SettingCheck],
) -> SettingsRead:
    if organisation_id != grant.actor.organisation_id:
        raise NotFound()
    current = await settings_row(session, organisation_id, for_update=True)
    check_version(if_match, current.version)
    before = {name: getattr(current, name) for name in SETTINGS_FIELDS}
    problems: list[InvalidParam] = []
    for name, value in data.model_dump(exclude_unset=True).items():
        wire = SettingsUpdate.model_fields[name].alias or name
        if value is None:
            problems.append(InvalidParam(wire, "required", "Dit veld mag niet leeg zijn."))
            continue
        check = checks.get(name)
        if check is not None and not await check(session, organisation_id, value):
            problems.append(
                InvalidParam(wire, "not_found", "Deze waarde bestaat niet in uw organisatie.")
            )
            continue
        setattr(current, name, value)
    if problems:
        raise InvalidInput(problems)
    changes = audit.diff(before, {name: getattr(current, name) for name in SETTINGS_FIELDS})
    if changes:
        current.version += 1
        audit.by(session, grant.actor, "update", "organisation_settings", organisation_id, changes)
    await session.flush()
    found = SettingsRead.model_validate(current)
    remember_settings(session, found)
    return found
