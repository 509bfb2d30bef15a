"""The published contract: paths relative to /api/v1, our errors, documented headers."""

from __future__ import annotations

import copy
import re
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import iter_route_contexts

from vakwerk import __version__
from vakwerk.core.errors import PROBLEM_JSON, TITLES

PREFIX = "/api/v1"
JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"

TAGS = [
    {
        "name": "Mensen",
        "description": "Inloggen, organisaties, teams, gebruikers, API-clients, auditspoor",
    },
    {"name": "Klanten", "description": "Pseudonieme klanten, diagnose en ontheffingen"},
    {
        "name": "Casussen",
        "description": "Casussen op het vaste formulier, met uitkomst en geschiedenis",
    },
    {
        "name": "Afwegingen",
        "description": "Beslisboom, afwegingen met argumenten, beoordeling door R&W",
    },
    {
        "name": "Casuïstiekoverleg",
        "description": "Reeksen, bijeenkomsten, rooster, notulen, dilemma's en standpunten",
    },
    {
        "name": "Dashboard",
        "description": "Ontheffingendashboard, handmatige tellingen, landelijke cijfers, "
        "aandachtslijsten",
    },
    {
        "name": "Koppelingen",
        "description": "Import van het klantenbestand uit het cliëntvolgsysteem",
    },
    {"name": "Systeem", "description": "Gezondheid van de dienst"},
]

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Foutmelding volgens RFC 9457 (problem+json).",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri-reference", "maxLength": 200},
        "title": {"type": "string", "maxLength": 200},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "maxLength": 2000},
        "instance": {"type": "string", "maxLength": 2000},
        "invalidParams": {
            "type": "array",
            "maxItems": 500,
            "items": {"$ref": "#/components/schemas/InvalidParam"},
        },
        "allowedNextStates": {
            "type": "array",
            "maxItems": 20,
            "items": {"type": "string", "maxLength": 40},
        },
        "clientId": {"type": "string", "format": "uuid"},
    },
}
INVALID_PARAM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["name", "code", "reason"],
    "properties": {
        "name": {
            "type": "string",
            "maxLength": 200,
            "description": "Naam van het veld op de draad",
        },
        "code": {"type": "string", "maxLength": 40, "description": "Vaste code, bijv. max_length"},
        "reason": {"type": "string", "maxLength": 1000, "description": "Uitleg in het Nederlands"},
    },
}
IDEMPOTENCY_KEY: dict[str, Any] = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": (
        "Een sleutel naar keuze (bijvoorbeeld een UUID), 24 uur bewaard per gebruiker of "
        "API-client: hetzelfde verzoek met dezelfde sleutel geeft het eerste antwoord "
        "opnieuw (met `Idempotent-Replayed: true`); een ander verzoek met die sleutel geeft "
        "409 `idempotency_key_reused`; zolang het eerste loopt 409 `idempotency_in_progress` "
        "met `Retry-After`."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~]{1,200}$"},
}
API_VERSION_HEADER = {
    "description": "De volledige versie van de API (semver).",
    "required": True,
    "schema": {"type": "string", "maxLength": 40, "example": __version__},
}
LOCATION_HEADER = {
    "description": "Het adres van het nieuwe record.",
    "required": True,
    "schema": {"type": "string", "format": "uri-reference", "maxLength": 2000},
}
ETAG_HEADER = {
    "description": 'De versie van het record als ETag, bijvoorbeeld `"3"`: stuur die mee in '
    "If-Match wanneer u het record wijzigt.",
    "schema": {"type": "string", "pattern": '^"[0-9]{1,12}"$', "maxLength": 14},
}
RETRY_AFTER_HEADER = {
    "description": "Na hoeveel seconden u het opnieuw kunt proberen.",
    "required": True,
    "schema": {"type": "string", "pattern": "^[0-9]{1,10}$", "maxLength": 10},
}
WWW_AUTHENTICATE_HEADER = {
    "description": "Hoe u zich aanmeldt (Bearer).",
    "required": True,
    "schema": {"type": "string", "maxLength": 200},
}
SECURITY_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "description": "Token uit POST /auth/token"},
    "apiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "Sleutel van een API-client (integraties)",
    },
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": "vakwerk_session",
        "description": "Sessie van de browser-app; schrijfverzoeken sturen X-CSRF-Token",
    },
    "oauth2": {
        "type": "oauth2",
        "flows": {"password": {"tokenUrl": f"{PREFIX}/auth/token", "scopes": {}}},
    },
}


def _problem(status: int, description: str | None = None) -> dict[str, Any]:
    return {
        "description": description or TITLES.get(status, "Fout"),
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def build(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title="Vakwerk API",
        version=__version__,
        summary="Methodisch werken voor klantmanagers Werk en Inkomen.",
        description=(
            "JSON-API van Vakwerk: casussen, afwegingen met argumenten, casuïstiekoverleg, "
            "enquêtes, het ontheffingendashboard en koppelingen (CompetenSYS, "
            "cliëntvolgsysteem). Fouten zijn application/problem+json (RFC 9457) met "
            "`invalidParams` voor veldfouten. Wijzigingen vragen `If-Match` met de ETag."
        ),
        routes=app.routes,
        servers=[{"url": PREFIX, "description": "Deze server"}],
        contact={
            "name": "Vakwerk-ontwikkelteam",
            "email": "api@vakwerk.example",
            "url": "https://vakwerk.example/contact",
        },
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
    )
    routes = {
        # a path convertor (``{id:uuid}``) is not part of the contract's path
        (
            re.sub(r"\{(\w+):\w+\}", r"{\1}", context.path or ""),
            method.lower(),
        ): context.original_route
        for context in iter_route_contexts(app.routes)
        for method in context.methods or set()
    }
    paths: dict[str, Any] = {}
    for path, item in schema.get("paths", {}).items():
        relative = path[len(PREFIX) :] if path.startswith(PREFIX) else path
        for method, operation in item.items():
            route = routes.get((path, method))
            _shape_operation(method, operation, getattr(route, "openapi_extra", None) or {})
        paths[relative or "/"] = item
    schema["paths"] = paths
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Problem"] = copy.deepcopy(PROBLEM_SCHEMA)
    schemas["InvalidParam"] = copy.deepcopy(INVALID_PARAM_SCHEMA)
    components["securitySchemes"] = SECURITY_SCHEMES
    schema["tags"] = TAGS
    schema = _standard_bounds(_flatten_nullable(schema))
    versioned = {
        name
        for name, component in schema["components"]["schemas"].items()
        if "version" in component.get("properties", {})
    }
    for item in schema["paths"].values():
        for operation in item.values():
            for code, response in operation["responses"].items():
                body = response.get("content", {}).get("application/json", {}).get("schema", {})
                if code.startswith("2") and body.get("$ref", "").rsplit("/", 1)[-1] in versioned:
                    response["headers"]["ETag"] = copy.deepcopy(ETAG_HEADER)
            for parameter in operation.get("parameters", []):
                parameter["schema"] = _not_null(parameter["schema"])
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                if media == FORM:
                    _form_fields_not_null(schema["components"]["schemas"], content["schema"])
    # Inputs take no control characters; a problem reply may echo what was sent.
    problems = {name: schemas.pop(name) for name in ("Problem", "InvalidParam")}
    schema = _forbid_controls(schema)
    schema["components"]["schemas"].update(problems)
    return schema


def _flatten_nullable(node: Any) -> Any:
    """``anyOf: [{type: string, format: date}, {type: null}]`` → one schema with a type list.

    Linters look for ``format`` on the property itself; the meaning is unchanged. An
    ``enum`` (or ``const``) then lists ``null`` too, or JSON Schema would refuse the
    ``null`` the type list allows — and the server sends.
    """
    if isinstance(node, list):
        return [_flatten_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _flatten_nullable(value) for key, value in node.items()}
    options = node.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        other = next(option for option in options if option != {"type": "null"})
        if "$ref" not in other and isinstance(other.get("type"), str) and "anyOf" not in other:
            merged = {key: value for key, value in node.items() if key != "anyOf"}
            merged.update(other)
            merged["type"] = [other["type"], "null"]
            if "const" in merged:
                merged["enum"] = [merged.pop("const")]
            if "enum" in merged and None not in merged["enum"]:
                merged["enum"] = [*merged["enum"], None]
            return merged
    return node


# What the request edge refuses (400 invalid_character): C0 controls but tab, line feed
# and carriage return; DEL; C1. Stated in the contract so clients and fuzzers know.
NO_CONTROLS = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"


def _forbid_controls(node: Any) -> Any:
    """Every free string (no pattern, format or enum of its own) says it takes no controls."""
    if isinstance(node, list):
        return [_forbid_controls(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _forbid_controls(value) for key, value in node.items()}
    kinds = node.get("type")
    is_string = kinds == "string" or (isinstance(kinds, list) and "string" in kinds)
    if is_string and node.get("contentMediaType") == "application/octet-stream":
        # an uploaded file: bytes, not text. ``format: binary`` as well, the form OpenAPI
        # 3.0 tools (and openapi-python-client, which then sends a file part) understand.
        node["format"] = "binary"
    elif is_string and not ({"pattern", "format", "enum", "const"} & set(node)):
        node["pattern"] = NO_CONTROLS
    return node


BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _standard_bounds(node: Any) -> Any:
    """Bounds under their JSON Schema names.

    Pydantic writes ``ge``/``le``/``gt``/``lt`` as they are when it applies them after a
    validator function (``Annotated[QueryInt, Query(ge=1)]``, ``Int | None = Field(ge=1)``);
    clients and the fuzzer only know ``minimum`` and friends.
    """
    if isinstance(node, list):
        return [_standard_bounds(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _standard_bounds(value) for key, value in node.items()}
    kinds = node.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if any(kind in ("integer", "number") for kind in kinds if isinstance(kind, str)):
        for short, name in BOUNDS.items():
            if isinstance(node.get(short), int | float) and not isinstance(node[short], bool):
                node[name] = node.pop(short)
    return node


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query, path, header or form value is text: absent or a value, never ``null``."""
    schema = dict(schema)
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        rest = [kind for kind in kinds if kind != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest
        if "enum" in schema:
            schema["enum"] = [value for value in schema["enum"] if value is not None]
    options = schema.get("anyOf")
    if isinstance(options, list) and {"type": "null"} in options:
        rest_options = [option for option in options if option != {"type": "null"}]
        del schema["anyOf"]
        if len(rest_options) == 1:
            schema.update(rest_options[0])
        else:
            schema["anyOf"] = rest_options
    if "default" in schema and schema["default"] is None:
        del schema["default"]
    return schema


def _form_fields_not_null(schemas: dict[str, Any], body: dict[str, Any]) -> None:
    """Form fields are text too: an optional field is left out, never ``null``."""
    ref = body.get("$ref", "")
    target: dict[str, Any] = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else body
    fields: dict[str, Any] = target.get("properties", {})
    for name, field in fields.items():
        fields[name] = _not_null(field)


def _shape_operation(method: str, operation: dict[str, Any], extra: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    responses.pop("422", None)
    public = extra.get("x-operation") == "public"
    has_params = bool(operation.get("parameters"))
    has_path_params = any(p.get("in") == "path" for p in operation.get("parameters", []))
    has_body = "requestBody" in operation
    # 503: every operation reaches the database (the guard authenticates through it).
    statuses: set[int] = {406, 503}
    if has_params or has_body or method in ("post", "put", "patch"):
        statuses.add(400)
    if not public:
        statuses |= {401, 403}
        operation["security"] = [{"bearer": []}, {"apiKey": []}, {"session": []}, {"oauth2": []}]
    else:
        operation["security"] = []
    if has_path_params:
        statuses.add(404)
    if has_body:
        statuses.add(415)
        consumes = extra.get("x-consumes") or ["application/json"]
        if method == "patch" and MERGE_PATCH in consumes:
            # The contract names one request type, so generated clients handle it; the
            # request guard still accepts application/json with the same merge semantics.
            consumes = [MERGE_PATCH]
        content: dict[str, Any] = operation["requestBody"].get("content", {})
        first: dict[str, Any] = next(iter(content.values()), {})
        body_schema = first.get("schema")
        if body_schema is not None:
            operation["requestBody"]["content"] = {
                media: {"schema": copy.deepcopy(body_schema)} for media in consumes
            }
    statuses |= set(extra.get("x-problems") or [])
    if method == "post" and not public:
        # Every POST honours Idempotency-Key (core.idempotency): the same key replays.
        operation.setdefault("parameters", []).append(copy.deepcopy(IDEMPOTENCY_KEY))
        statuses.add(409)
    if has_body or method in ("post", "put", "patch") or extra.get("x-max-body-setting"):
        # The edge counts every body as it arrives: over 1 MiB (an upload: its setting) → 413.
        statuses.add(413)
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "header" and parameter.get("name") == "If-Match":
            # Required by the contract; a request without it is answered 428 (check order step 6).
            parameter["required"] = True
            parameter["schema"] = {
                "type": "string",
                "maxLength": 40,
                "pattern": '^(W/)?"[0-9]{1,12}"$',
            }
    for status in sorted(statuses):
        responses.setdefault(str(status), _problem(status))
    for code, response in responses.items():
        headers = response.setdefault("headers", {})
        if code.startswith(("2", "3")):
            headers["API-Version"] = copy.deepcopy(API_VERSION_HEADER)
        if code == "201":
            headers["Location"] = copy.deepcopy(LOCATION_HEADER)
        if code == "401":
            headers["WWW-Authenticate"] = copy.deepcopy(WWW_AUTHENTICATE_HEADER)
        if code == "429":
            headers["Retry-After"] = copy.deepcopy(RETRY_AFTER_HEADER)
        if not headers:
            del response["headers"]
    for key in ("x-problems", "x-consumes", "x-produces", "x-personal-data", "x-max-body-setting"):
        operation.pop(key, None)
    operation.setdefault("tags", ["Systeem"])
    if not operation.get("description"):
        operation["description"] = _who_may(extra.get("x-operation"))


SCOPE_WORDS = {
    "own": "eigen",
    "team": "eigen teams",
    "org": "hele organisatie",
    "referred": "doorverwezen klanten",
    "any": "platform",
}


def _who_may(operation: str | None) -> str:
    """The policy table's row for this operation, as documentation (docs/domain.md §0)."""
    from vakwerk.core.policy import API_SCOPE_FOR, TABLE, Op

    if operation in (None, "public"):
        return "Toegang: zonder inloggen."
    op = Op(operation)
    parts = [f"{role} ({SCOPE_WORDS[scope.value]})" for role, scope in TABLE.get(op, {}).items()]
    if op in API_SCOPE_FOR:
        parts.append(f"API-client met scope {API_SCOPE_FOR[op]}")
    return "Toegang: " + (", ".join(parts) if parts else "niemand") + "."
