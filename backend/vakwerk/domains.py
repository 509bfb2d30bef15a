"""The domain routers beyond people; each capability adds its router here."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from vakwerk.cases.routes import router as cases
    from vakwerk.clients.routes import router as clients

    return [clients, cases]
