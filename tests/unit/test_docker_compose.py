"""docker-compose.yml is for users (no Docker engine here): check its shape instead."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_postgres_and_the_api_with_health_checks() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) >= {"db", "api"}
    assert services["db"]["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    api = services["api"]
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    env = api["environment"]
    assert env["VAKWERK_ENVIRONMENT"] == "production"
    assert env["VAKWERK_DATABASE_URL"].startswith("postgresql+psycopg://")
    # secrets must be provided, never defaulted
    assert ":?" in env["VAKWERK_SECRET_KEY"] and ":?" in env["VAKWERK_BSN_KEY"]
    assert "/api/v1/health" in " ".join(api["healthcheck"]["test"])
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "vakwerk migrate" in dockerfile and "USER vakwerk" in dockerfile
