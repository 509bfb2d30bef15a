"""Each capability adds its demo records (clients, cases, …) through a hook here."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlmodel import Session

DemoHook = Callable[[Session, uuid.UUID, dict[str, uuid.UUID]], None]
_hooks: list[DemoHook] = []


def register(hook: DemoHook) -> DemoHook:
    _hooks.append(hook)
    return hook


def run_demo_hooks(
    session: Session, organisation_id: uuid.UUID, teams: dict[str, uuid.UUID]
) -> None:
    for hook in _hooks:
        hook(session, organisation_id, teams)
