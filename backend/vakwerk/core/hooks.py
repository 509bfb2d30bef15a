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
    for hook in _on_organisation_created:
        hook(session, organisation_id)
