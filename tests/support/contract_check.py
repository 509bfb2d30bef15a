"""Every reply checked strictly against the committed contract (issue 11).

``check_reply`` finds the operation a request went to (method and URL path → the
contract's path template), the response the contract declares for the status, and
validates what came back with a JSON Schema 2020-12 validator with formats asserted
(``uuid``, ``date``, ``date-time`` with an offset, ``email``, ``uri-reference``),
``$ref``s resolved in the contract itself: the media type, the body (problem+json
included, text bodies as strings) and the response headers the contract documents.
A reply the contract does not describe raises ``ContractMismatch``, an
``AssertionError``, so the test that made the request fails.

It reads ``openapi/openapi.json`` only and imports nothing from ``vakwerk``, so the
generated-client test can use it too. Hook it into an httpx client (the TestClient
is one; an ``httpx.AsyncClient`` on an ASGI transport works too) with ``attach(client)``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "openapi" / "openapi.json"
PREFIX = "/api/v1"
URI = "urn:vakwerk:openapi"
METHODS = ("get", "put", "post", "patch", "delete")
JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")

FORMATS = FormatChecker()
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]([0-9]{2}:[0-9]{2}:[0-9]{2})(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@FORMATS.checks("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.fullmatch(value))


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(_DATE.fullmatch(value) and date.fromisoformat(value))


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    """RFC 3339 ``date-time``: the offset is required (a local time is not an instant)."""
    if not isinstance(value, str):
        return True
    found = _DATE_TIME.fullmatch(value)
    if not found:
        return False
    day, time, fraction, offset = found.groups()
    zone = "+00:00" if offset in ("Z", "z") else offset
    datetime.fromisoformat(f"{day}T{time}{(fraction or '')[:7]}{zone}")
    return True


@FORMATS.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.fullmatch(value))


@FORMATS.checks("uri-reference")
def _is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or quote(value, safe="!#$%&'()*+,-./:;=?@[]_~") == value


class ContractMismatch(AssertionError):
    """A reply the committed contract does not describe."""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pointer: str  # JSON pointer to the operation in the contract

    def __getitem__(self, key: str) -> Any:
        return contract().resolve(self.pointer)[key]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Contract:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            URI, DRAFT202012.create_resource(document)
        )
        routes = []
        for template, item in document["paths"].items():
            literal = [part for part in template.split("/") if part and "{" not in part]
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
            routes.append((len(literal), template, re.compile(f"{pattern}"), item))
        # Literal segments win over templated ones, as the router's order does for ours.
        self.routes = sorted(routes, key=lambda route: -route[0])
        self._validators: dict[str, Draft202012Validator] = {}

    @property
    def operation_ids(self) -> set[str]:
        return {
            operation["operationId"]
            for item in self.document["paths"].values()
            for method, operation in item.items()
            if method in METHODS
        }

    def resolve(self, pointer: str) -> Any:
        node: Any = self.document
        for token in pointer.lstrip("/").split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def match(self, path: str) -> tuple[str, dict[str, Any]] | None:
        """The path template (and its path item) a URL path below /api/v1 names."""
        if not path.startswith(PREFIX + "/"):
            return None
        relative = path[len(PREFIX) :]
        for _, template, pattern, item in self.routes:
            if pattern.fullmatch(relative):
                return template, item
        return None

    def operation(self, method: str, path: str) -> Operation | None:
        found = self.match(path)
        if found is None:
            return None
        template, item = found
        spec = item.get(method.lower())
        if spec is None:
            return None
        return Operation(
            spec["operationId"],
            method.lower(),
            template,
            f"/paths/{_escape(template)}/{method.lower()}",
        )

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": f"{URI}#{pointer}"}, registry=self.registry, format_checker=FORMATS
            )
        return self._validators[pointer]

    def errors(self, pointer: str, instance: Any) -> list[str]:
        found = sorted(
            self.validator(pointer).iter_errors(instance), key=lambda e: list(e.absolute_path)
        )
        return [f"at {e.json_path}: {e.message}"[:400] for e in found[:10]]

    def problems(self, response: httpx.Response) -> tuple[Operation | None, list[str]]:
        """What in this reply the contract does not describe (empty: it matches)."""
        request = response.request
        path = request.url.path
        operation = self.operation(request.method, path)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if operation is None:
            # Not an operation of the contract (unknown path, a method the path does not
            # serve, the docs page): an error reply is still a problem document.
            if self.match(path) is not None or (
                path.startswith(PREFIX + "/") and response.status_code >= 400
            ):
                if media != "application/problem+json":
                    return None, [f"an error reply is {media or 'untyped'}, not problem+json"]
                body = _json(response)
                return None, self.errors("/components/schemas/Problem", body)
            return None, []
        responses = operation["responses"]
        status = str(response.status_code)
        key = next(
            (k for k in (status, f"{status[0]}XX", "default") if k in responses),
            None,
        )
        if key is None:
            return operation, [f"status {status} is not declared (declared: {sorted(responses)})"]
        pointer = f"{operation.pointer}/responses/{key}"
        declared = self.resolve(pointer)
        problems = self._header_problems(pointer, declared, response)
        content: dict[str, Any] = declared.get("content") or {}
        body = response.content
        if not content:
            if body:
                problems.append(f"a body of {len(body)} bytes where the contract declares none")
            return operation, problems
        if media not in content:
            problems.append(f"media type {media or '(none)'} is not declared ({sorted(content)})")
            return operation, problems
        if "schema" not in content[media]:
            return operation, problems
        schema_pointer = f"{pointer}/content/{_escape(media)}/schema"
        if JSON_MEDIA.match(media):
            try:
                instance: Any = json.loads(body)
            except ValueError:
                return operation, [*problems, "the body is not JSON"]
        elif media.startswith("text/"):
            instance = response.text
        else:
            return operation, problems
        problems += self.errors(schema_pointer, instance)
        return operation, problems

    def _header_problems(
        self, pointer: str, declared: dict[str, Any], response: httpx.Response
    ) -> list[str]:
        problems = []
        for name, header in (declared.get("headers") or {}).items():
            value = response.headers.get(name)
            if value is None:
                if header.get("required"):
                    problems.append(f"the required header {name} is missing")
                continue
            if "schema" in header:
                header_pointer = f"{pointer}/headers/{_escape(name)}/schema"
                problems += [f"header {name} {p}" for p in self.errors(header_pointer, value)]
        return problems


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


@cache
def contract() -> Contract:
    return Contract(json.loads(CONTRACT.read_text(encoding="utf-8")))


def check_reply(response: httpx.Response) -> Operation | None:
    """Raise ContractMismatch when the contract does not describe this reply."""
    response.read()
    operation, problems = contract().problems(response)
    if problems:
        request = response.request
        where = operation.operation_id if operation else "no operation"
        raise ContractMismatch(
            f"{request.method} {request.url.path} → {response.status_code} does not match "
            f"the contract ({where}):\n  " + "\n  ".join(problems)
        )
    return operation


async def check_reply_async(response: httpx.Response) -> Operation | None:
    """The same for an ``httpx.AsyncClient`` (its hooks are awaited)."""
    await response.aread()
    return check_reply(response)


def attach(client: httpx.Client | httpx.AsyncClient) -> Any:
    """Check every reply this client (sync or async) receives; returns the client."""
    hook: Any = check_reply_async if isinstance(client, httpx.AsyncClient) else check_reply
    hooks = client.event_hooks
    client.event_hooks = {**hooks, "response": [*hooks.get("response", []), hook]}
    return client
