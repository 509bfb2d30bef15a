"""The committed contract is what the application generates, and reads as
docs/integration.md says."""

from __future__ import annotations

import json
from pathlib import Path

from vakwerk.tools.contract import generate

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "openapi" / "openapi.json"


def test_committed_contract_is_fresh() -> None:
    assert COMMITTED.read_text() == generate(), "run `make openapi` and commit openapi/openapi.json"


def _operations(schema: dict):  # type: ignore[no-untyped-def]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                yield path, method, operation


def test_contract_follows_the_conventions() -> None:
    schema = json.loads(COMMITTED.read_text())
    assert schema["servers"] == [{"url": "/api/v1", "description": "Deze server"}]
    assert set(schema["info"]["contact"]) == {"name", "email", "url"}
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    ids = [op["operationId"] for _, _, op in _operations(schema)]
    assert len(ids) == len(set(ids))
    for path, method, operation in _operations(schema):
        assert not path.endswith("/") or path == "/"
        assert "_api_v1_" not in operation["operationId"], operation["operationId"]
        assert "422" not in operation["responses"], (path, method)
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                assert list(response["content"]) == ["application/problem+json"], (
                    path,
                    method,
                    status,
                )
            else:
                assert "API-Version" in response["headers"], (path, method, status)
        if method in ("post", "put", "patch"):
            assert "400" in operation["responses"], (path, method)
    for name in ("list_users", "create_team", "update_team", "list_audit_events", "create_token"):
        assert name in ids


def test_every_string_and_list_in_replies_is_bounded() -> None:
    schema = json.loads(COMMITTED.read_text())
    unbounded = []

    def walk(node, where):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            kinds = node.get("type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if "string" in kinds and not {"maxLength", "enum", "format", "const", "pattern"} & set(
                node
            ):
                unbounded.append(where)
            if "array" in kinds and "maxItems" not in node:
                unbounded.append(where)
            for key, value in node.items():
                walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(schema["components"]["schemas"], "schemas")
    assert unbounded == []


def _nodes(node, where="$"):  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _nodes(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{where}[{index}]")


def test_every_nullable_member_allows_null_enums_included() -> None:
    schema = json.loads(COMMITTED.read_text())
    refusing = [
        where
        for where, node in _nodes(schema)
        if isinstance(node.get("type"), list)
        and "null" in node["type"]
        and ("const" in node or ("enum" in node and None not in node["enum"]))
    ]
    assert refusing == []


def test_parameters_are_never_null() -> None:
    schema = json.loads(COMMITTED.read_text())
    for path, method, operation in _operations(schema):
        for parameter in operation.get("parameters", []):
            kinds = parameter["schema"].get("type")
            assert kinds != "null" and "null" not in (kinds or []), (path, method, parameter)
            assert {"type": "null"} not in parameter["schema"].get("anyOf", []), (path, parameter)


def test_patch_names_merge_patch_alone() -> None:
    schema = json.loads(COMMITTED.read_text())
    patches = [(p, op) for p, method, op in _operations(schema) if method == "patch"]
    assert len(patches) >= 6
    for path, operation in patches:
        assert list(operation["requestBody"]["content"]) == ["application/merge-patch+json"], path


def test_breaking_changes_raise_the_minor_version_and_are_listed() -> None:
    schema = json.loads(COMMITTED.read_text())
    version = schema["info"]["version"]
    major, minor, _ = (int(part) for part in version.split("."))
    assert (major, minor) >= (0, 2)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {version}" in changelog


def test_bounds_have_their_json_schema_names() -> None:
    schema = json.loads(COMMITTED.read_text())
    stray = [where for where, node in _nodes(schema) if {"ge", "le", "gt", "lt"} & set(node)]
    assert stray == []
    limit = next(p for p in schema["paths"]["/cases"]["get"]["parameters"] if p["name"] == "limit")
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 200)
