"""The ``vakwerk`` command: migrate, serve, create-admin."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
import uuid
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import func, select
from sqlmodel import col

from vakwerk.core.config import Settings, SettingsError, get_settings
from vakwerk.core.db import Database, sync_url
from vakwerk.core.errors import ApiError
from vakwerk.people import users

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", sync_url(database_url).replace("%", "%%"))
    return config


def migrate(settings: Settings, revision: str = "head") -> None:
    command.upgrade(alembic_config(settings.database_url), revision)


def uvicorn_options(settings: Settings) -> dict[str, object]:
    """How uvicorn serves Vakwerk: forwarded headers are trusted only from the addresses in
    ``VAKWERK_FORWARDED_ALLOW_IPS`` (none by default), so a caller cannot pick its own
    address for the login throttle by sending X-Forwarded-For."""
    trusted = ",".join(settings.forwarded_allow_ips)
    return {
        "proxy_headers": bool(trusted),
        "forwarded_allow_ips": trusted or None,
        "access_log": False,
    }


def serve(settings: Settings, reload: bool = False) -> None:
    import uvicorn

    from vakwerk.bootstrap import bootstrap

    async def first_start() -> None:
        database = Database(settings.database_url, pool=False)
        try:
            await bootstrap(database, settings)
        finally:
            await database.dispose()

    asyncio.run(first_start())
    print(f"Vakwerk draait op http://{settings.host}:{settings.port}", flush=True)
    uvicorn.run(
        "vakwerk.asgi:app",
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        reload=reload,
        log_level="info",
        **uvicorn_options(settings),  # type: ignore[arg-type]
    )


async def _create_admin(
    settings: Settings, email: str, organisation: str | None, password: str
) -> int:
    from vakwerk.bootstrap import system_grant
    from vakwerk.people.models import Organisation
    from vakwerk.people.schemas import UserCreate

    database = Database(settings.database_url, pool=False)
    try:
        async with database.session(write=True) as session:
            org_id = None
            if organisation:
                try:
                    found = await session.get(Organisation, uuid.UUID(organisation))
                except ValueError:
                    result = await session.execute(
                        select(Organisation).where(
                            func.lower(col(Organisation.name)) == organisation.lower()
                        )
                    )
                    found = result.scalars().first()
                if found is None:
                    print(f"Organisatie {organisation} bestaat niet.", file=sys.stderr)
                    return 1
                org_id = found.id
            try:
                if org_id is None:
                    await users.create_superuser(session, system_grant(None, True), email, password)
                else:
                    data = UserCreate(
                        email=email,
                        display_name="Beheerder",
                        password=password,
                        roles=["beheerder"],
                    )
                    await users.create_user(session, system_grant(org_id), data)
            except ApiError as error:
                print(error.detail, file=sys.stderr)
                return 1
            await session.commit()
    finally:
        await database.dispose()
    print(f"{'Beheerder' if organisation else 'Platformbeheerder'} {email} aangemaakt.")
    return 0


def create_admin(
    settings: Settings, email: str, organisation: str | None, password: str | None
) -> int:
    password = password or getpass.getpass("Wachtwoord (minstens 12 tekens): ")
    if len(password) < 12:
        print("Het wachtwoord moet minstens 12 tekens lang zijn.", file=sys.stderr)
        return 2
    return asyncio.run(_create_admin(settings, email.strip(), organisation, password))


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="vakwerk", description="Vakwerk beheer")
    sub = parser.add_subparsers(dest="command", required=True)
    p_migrate = sub.add_parser("migrate", help="database naar de nieuwste migratie")
    p_migrate.add_argument("--revision", default="head")
    p_serve = sub.add_parser("serve", help="API en frontend starten")
    p_serve.add_argument("--reload", action="store_true")
    p_admin = sub.add_parser("create-admin", help="platformbeheerder of beheerder aanmaken")
    p_admin.add_argument("--email", required=True)
    p_admin.add_argument(
        "--organisation", help="naam of id: maak een beheerder van deze organisatie"
    )
    p_admin.add_argument("--password", help="anders gevraagd op de terminal")
    args = parser.parse_args(argv)
    try:
        settings = get_settings()
        settings.check()
    except SettingsError as error:
        print(f"Vakwerk start niet: {error}", file=sys.stderr)
        return 2
    if args.command == "migrate":
        migrate(settings, args.revision)
        return 0
    if args.command == "serve":
        serve(settings, args.reload)
        return 0
    if args.command == "create-admin":
        return create_admin(settings, args.email, args.organisation, args.password)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
