"""The committed browser API client is what the generator makes of the committed contract."""

from __future__ import annotations

import json
from pathlib import Path

from vakwerk.tools import jsclient

ROOT = Path(__file__).resolve().parents[2]


def test_committed_js_client_is_fresh() -> None:
    contract = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    committed = (ROOT / "frontend" / "src" / "api.js").read_text(encoding="utf-8")
    assert committed == jsclient.generate(contract), (
        "frontend/src/api.js is stale: run `make clients` and commit the result"
    )


def test_client_covers_every_operation() -> None:
    contract = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    names = [op["function"] for op in jsclient.operations(contract)]
    assert names == sorted(set(names))
    assert "listUsers" in names and "updateUser" in names
    assert len(names) == sum(
        1 for item in contract["paths"].values() for method in item if method in jsclient.METHODS
    )


def test_names_are_camel_case() -> None:
    assert jsclient.camel_case("list_users") == "listUsers"
    assert jsclient.camel_case("If-Match") == "ifMatch"
    assert jsclient.camel_case("userId") == "userId"
    assert jsclient.camel_case("delete") == "delete_"
