"""The domain routers beyond people; each capability adds its router here."""

from __future__ import annotations

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    return []
