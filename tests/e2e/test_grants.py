"""The frontend asks the server what a user may do: grants.js answers from `GET /me`'s
`grants` (which tests/api/test_me_work.py compares with policy.py for every role) and no
file of the frontend keeps a copy of the policy table."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "frontend" / "src"
ROLE_TO_SCOPE = re.compile(
    r"(klantmanager|teamleider|kwaliteit|consulent|beheerder|\[(KM|TL|KW|CO|BH)\])\"?\s*:\s*"
    r"\"(own|team|org|referred)\""
)


def test_no_copy_of_the_policy_table_in_the_frontend() -> None:
    copies = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in SOURCES.rglob("*.js")
        if path.name != "api.js"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if ROLE_TO_SCOPE.search(line)
    ]
    assert copies == []


def _node(script: str) -> object:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    module = (SOURCES / "grants.js").as_uri()
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, module],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(result.stdout)


def test_may_answers_from_the_grants_of_me_only() -> None:
    script = """
const g = await import(process.argv[1]);
const grants = { edit_case: ["own"], read_clients: ["team"], review_referral: ["referred"] };
const me = { id: "u1", roles: ["klantmanager", "beheerder"], teamIds: ["t1"], grants };
const rolesOnly = { id: "u1", roles: ["beheerder"], teamIds: [] };
console.log(JSON.stringify([
  g.may(me, "edit_case", { ownerId: "u1", teamId: "t1" }),
  g.may(me, "edit_case", { ownerId: "u2", teamId: "t1" }),
  g.may(me, "read_clients", { teamId: "t1" }),
  g.may(me, "read_clients", { teamId: "t2" }),
  g.may(me, "review_referral", { authorId: "u1" }),
  g.may(me, "review_referral", { authorId: "u2" }),
  g.may(me, "create_case"),
  g.may(me, "manage_people"),
  g.may(rolesOnly, "manage_people"),
  g.orgWide(me, "read_clients"),
]));
"""
    assert _node(script) == [True, False, True, False, False, True, False, False, False, False]
