"""The ``vakwerk`` command: migrate, serve, create-admin."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select
from sqlmodel import Session, col

from vakwerk.core import clock
from vakwerk.core.config import Settings, SettingsError, get_settings
from vakwerk.core.db import make_engine
from vakwerk.core.security import hash_password

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def migrate(settings: Settings, revision: str = "head") -> None:
    command.upgrade(alembic_config(settings.database_url), revision)


def serve(settings: Settings, reload: bool = False) -> None:
    import uvicorn

    from vakwerk.bootstrap import bootstrap

    engine = make_engine(settings.database_url)
    bootstrap(engine, settings)
    engine.dispose()
    print(f"Vakwerk draait op http://{settings.host}:{settings.port}", flush=True)
    uvicorn.run(
        "vakwerk.asgi:app",
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        access_log=False,
        reload=reload,
        proxy_headers=True,
        log_level="info",
    )


def create_admin(
    settings: Settings, email: str, organisation: str | None, password: str | None
) -> int:
    import uuid

    from vakwerk.people.models import Organisation, User

    password = password or getpass.getpass("Wachtwoord (minstens 12 tekens): ")
    if len(password) < 12:
        print("Het wachtwoord moet minstens 12 tekens lang zijn.", file=sys.stderr)
        return 2
    engine = make_engine(settings.database_url)
    with Session(engine) as session:
        if session.execute(select(col(User.id)).where(col(User.email).ilike(email))).first():
            print(f"{email} bestaat al.", file=sys.stderr)
            return 1
        org_id = None
        if organisation:
            try:
                org_id = uuid.UUID(organisation)
                found = session.get(Organisation, org_id)
            except ValueError:
                found = session.execute(
                    select(Organisation).where(col(Organisation.name) == organisation)
                ).scalar_one_or_none()
            if found is None:
                print(f"Organisatie {organisation} bestaat niet.", file=sys.stderr)
                return 1
            org_id = found.id
        session.add(
            User(
                email=email,
                display_name="Beheerder" if org_id else "Platformbeheerder",
                password_hash=hash_password(password),
                organisation_id=org_id,
                roles=["beheerder"] if org_id else [],
                is_superuser=org_id is None,
                created_at=clock.now(),
            )
        )
        session.commit()
    print(f"{'Beheerder' if organisation else 'Platformbeheerder'} {email} aangemaakt.")
    return 0


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
