"""grants.js answers from the roles only until /me carries grants: that copy must be the
server's policy table (and goes once /me has grants)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from vakwerk.core.policy import TABLE, Op

ROOT = Path(__file__).resolve().parents[2]
ROLES = ["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"]

SCRIPT = """
const g = await import(process.argv[1]);
const out = {};
for (const op of g.FALLBACK_OPERATIONS) {
  out[op] = {};
  for (const role of %s) out[op][role] = g.scopes({ id: "x", roles: [role], teamIds: [] }, op);
}
console.log(JSON.stringify(out));
"""


def test_the_frontend_fallback_is_the_policy_table() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    module = (ROOT / "frontend" / "src" / "grants.js").as_uri()
    result = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT % json.dumps(ROLES), module],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    fallback = json.loads(result.stdout)
    assert fallback, "grants.js lists no operations"
    for operation, per_role in fallback.items():
        entry = TABLE[Op(operation)]
        for role in ROLES:
            expected = [str(entry[role])] if role in entry else []
            got = per_role[role]
            assert got == expected, f"{operation} for {role}: {got} != {expected}"


def test_grants_from_me_win_over_the_roles() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    module = (ROOT / "frontend" / "src" / "grants.js").as_uri()
    script = """
const g = await import(process.argv[1]);
const grants = { edit_case: ["own"], publish_tree: [] };
const me = { id: "u1", roles: ["klantmanager"], teamIds: ["t1"], grants };
console.log(JSON.stringify([
  g.may(me, "edit_case", { ownerId: "u1", teamId: "t1" }),
  g.may(me, "edit_case", { ownerId: "u2", teamId: "t1" }),
  g.may(me, "create_case"),
  g.may(me, "publish_tree"),
]));
"""
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script, module],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert json.loads(result.stdout) == [True, False, False, False]
