"""The capabilities beyond people: their routers and their hooks."""

from __future__ import annotations

from fastapi import APIRouter


def load() -> None:
    """Import every capability's service so its hooks are registered."""
    from vakwerk.assessments import service as assessments  # noqa: F401
    from vakwerk.cases import service as cases  # noqa: F401
    from vakwerk.clients import service as clients  # noqa: F401


def routers() -> list[APIRouter]:
    load()
    from vakwerk.assessments.routes import router as assessments
    from vakwerk.cases.routes import router as cases
    from vakwerk.clients.routes import router as clients

    return [clients, cases, assessments]
