"""Callbacks other domains register to seed per-organisation data."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlmodel import Session

OrganisationHook = Callable[[Session, uuid.UUID], None]
_on_organisation_created: list[OrganisationHook] = []


def on_organisation_created(hook: OrganisationHook) -> OrganisationHook:
    _on_organisation_created.append(hook)
    return hook


def organisation_created(session: Session, organisation_id: uuid.UUID) -> None:
    from vakwerk import domains

    domains.load()  # every capability registers its hooks on import
    for hook in _on_organisation_created:
        hook(session, organisation_id)


# setting name -> check(session, organisation_id, value) -> whether the value may be used
SettingCheck = Callable[[Session, uuid.UUID, object], bool]
setting_checks: dict[str, SettingCheck] = {}
