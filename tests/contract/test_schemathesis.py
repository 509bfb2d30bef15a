"""Schemathesis against the running app, per role, all checks, stateful phase included.

Each role runs with a seeded organisation (tests/factories.py). The statuses business
rules give to schema-valid input (a stale If-Match, an id in a query that names
nothing, dates that contradict each other, a state conflict) are declared per
operation by its route (``problems``) and handed to schemathesis as per-operation
expectations; anything else — a 5xx, an undocumented status, a reply that does not
match its schema, a wrong Allow header, invalid input accepted — fails the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts

from tests.conftest import LiveServer

ST = Path(sys.executable).with_name("schemathesis")
# Logging out ends the credential the run itself uses: tested in tests/api/test_auth.py.
EXCLUDED = ["revoke_token", "delete_session"]
ROLES = ["bh", "km", "tl", "kw", "co", "su", "api_key"]
# The budget (CI stays under 20 minutes): the roles that reach most operations' rules get
# every phase; the others, refused with 403 before any input check on most operations, get
# a short fuzzing and the stateful phase, which still try every operation they may do.
WIDE = {"bh", "km", "tl"}
MAX_EXAMPLES = os.environ.get("VAKWERK_SCHEMATHESIS_EXAMPLES", "10")
NARROW_EXAMPLES = os.environ.get("VAKWERK_SCHEMATHESIS_NARROW_EXAMPLES", "5")
POSITIVE_DEFAULT = ["2xx", "401", "403", "404", "409", "429"]
MISSING_HEADER_DEFAULT = ["400", "401", "403", "406", "415"]


def business_rule_config(app) -> str:  # type: ignore[no-untyped-def]
    """One [[operations]] block per route that declares business-rule statuses."""
    blocks = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        problems = sorted((getattr(route, "openapi_extra", None) or {}).get("x-problems") or [])
        if not problems or not getattr(route, "include_in_schema", False):
            continue
        positive = POSITIVE_DEFAULT + [str(p) for p in problems if str(p) not in POSITIVE_DEFAULT]
        missing = MISSING_HEADER_DEFAULT + (["428"] if 428 in problems else [])
        blocks.append(
            "[[operations]]\n"
            f'include-operation-id = "{route.name}"\n'
            f"checks.positive_data_acceptance.expected-statuses = {positive!r}\n"
            f"checks.missing_required_header.expected-statuses = {missing!r}\n"
        )
    return "\n".join(blocks).replace("'", '"')


def _auth(server: LiveServer, role: str) -> str:
    if role == "api_key":
        return f"X-API-Key: {server.world.api_keys['clients:read']}"
    return f"Authorization: Bearer {server.world[role].token}"


@pytest.mark.parametrize("role", ROLES)
def test_contract_holds_for_role(
    live_server: LiveServer,
    app,
    role: str,
    backend: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    if backend == "postgresql" and role != "km":
        pytest.skip("every role runs on SQLite; PostgreSQL runs the role that reaches most rules")
    config = tmp_path / "schemathesis.toml"
    config.write_text(business_rule_config(app))
    command = [
        str(ST),
        "--config-file",
        str(config),
        "run",
        f"{live_server.url}/api/v1/openapi.json",
        "--header",
        _auth(live_server, role),
        "--checks",
        "all",
        "--max-examples",
        MAX_EXAMPLES if role in WIDE else NARROW_EXAMPLES,
        *([] if role in WIDE else ["--phases", "fuzzing,stateful"]),
        "--generation-deterministic",
        "--no-color",
        *[arg for op in EXCLUDED for arg in ("--exclude-operation-id", op)],
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=900, cwd=tmp_path, check=False
    )
    report = result.stdout[-20000:] + result.stderr[-5000:]
    assert result.returncode == 0, report
    assert "Stateful" in result.stdout
