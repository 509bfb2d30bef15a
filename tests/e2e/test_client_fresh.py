"""The committed API clients (browser and Python) are what the generators make of the contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from vakwerk.tools import jsclient, pyclient

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


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_committed_python_client_is_fresh(tmp_path: Path) -> None:
    # A temporary project with our ruff settings, so the output is formatted as `make clients`.
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    fresh = pyclient.generate(ROOT / "openapi" / "openapi.json", tmp_path)
    committed = _tree(ROOT / "clients" / "python" / pyclient.PACKAGE)
    regenerated = _tree(fresh)
    stale = sorted(
        name
        for name in committed.keys() | regenerated.keys()
        if committed.get(name) != regenerated.get(name)
    )
    assert stale == [], "clients/python is stale: run `make clients` and commit the result"


def test_python_client_package_carries_the_contract_version() -> None:
    contract = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    meta = (ROOT / "clients" / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{contract["info"]["version"]}"' in meta
