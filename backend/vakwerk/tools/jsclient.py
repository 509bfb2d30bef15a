"""Generate the browser's API client from the contract (``make clients``).

Usage: ``python -m vakwerk.tools.jsclient openapi/openapi.json > frontend/src/api.js``

The output is one ES module with an exported async function per operation, named
after its operationId in camelCase (``list_users`` → ``listUsers``). A function takes
the path parameters in the order of the path, then an options object
``{query, body, headers, signal}``; ``headers`` accepts the operation's header
parameters by their camelCase name (``ifMatch`` → ``If-Match``) and any other header.
It resolves to ``{data, status, etag, location, headers}`` and rejects with an
``ApiError`` (``status``, ``problem`` with ``invalidParams``, ``etag``,
``retryAfter``). The output depends only on the contract and is sorted, so the
committed file can be checked for freshness.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JS_RESERVED = frozenset(
    [
        "await",
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "implements",
        "import",
        "in",
        "instanceof",
        "interface",
        "let",
        "new",
        "null",
        "package",
        "private",
        "protected",
        "public",
        "return",
        "static",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "arguments",
        "eval",
    ]
)
FORM_TYPE = "application/x-www-form-urlencoded"
MULTIPART_TYPE = "multipart/form-data"


def camel_case(name: str) -> str:
    """``list_users`` → ``listUsers``; ``If-Match`` → ``ifMatch``; ``userId`` stays."""
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", name) if p]
    if not parts:
        raise ValueError(f"cannot make a JavaScript name of {name!r}")
    first, rest = parts[0], parts[1:]
    first = first.lower() if first.isupper() else first[0].lower() + first[1:]
    ident = first + "".join(p[0].upper() + p[1:] for p in rest)
    if ident[0].isdigit():
        ident = "_" + ident
    return ident + "_" if ident in JS_RESERVED else ident


def _js(value: Any) -> str:
    """A JavaScript literal for JSON-compatible data, stable across runs."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _comment(text: str) -> str:
    return " ".join(text.replace("*/", "*\\/").split())


def _resolve(contract: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    ref = item.get("$ref")
    if not isinstance(ref, str):
        return item
    node: Any = contract
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return _resolve(contract, node)


def _body_type(method: str, content: dict[str, Any]) -> str:
    """The media type the client sends: merge-patch for PATCH, else JSON, form, multipart."""
    types = list(content)
    if not types:
        return "application/json"
    preference = ["application/merge-patch+json"] if method == "patch" else []
    preference += ["application/json", FORM_TYPE, MULTIPART_TYPE]
    for media in preference:
        if media in types:
            return media
    return sorted(types)[0]


def _operation(
    contract: dict[str, Any],
    path: str,
    method: str,
    shared: list[dict[str, Any]],
    operation: dict[str, Any],
) -> dict[str, Any]:
    operation_id = operation.get("operationId")
    if not operation_id:
        raise ValueError(f"{method.upper()} {path} has no operationId")
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *operation.get("parameters", [])]:
        param = _resolve(contract, raw)
        params[(param["in"], param["name"])] = param  # operation level wins
    path_names = re.findall(r"{([^}]+)}", path)
    header_names = sorted(name for where, name in params if where == "header")
    exploded = sorted(
        name
        for (where, name), param in params.items()
        if where == "query" and param.get("explode", param.get("style", "form") == "form")
    )
    query_names = sorted(name for where, name in params if where == "query")
    body = operation.get("requestBody")
    body_type = None
    if body is not None:
        body_type = _body_type(method, _resolve(contract, body).get("content", {}))
    return {
        "function": camel_case(operation_id),
        "operation_id": operation_id,
        "method": method.upper(),
        "path": path,
        "path_params": path_names,
        "query": query_names,
        "unexploded": [name for name in query_names if name not in exploded],
        "headers": {camel_case(name): name for name in header_names},
        "body_type": body_type,
        "body_required": bool(body and _resolve(contract, body).get("required")),
        "summary": operation.get("summary") or "",
    }


def operations(contract: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path, item in contract.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                found.append(_operation(contract, path, method, shared, item[method]))
    names = [op["function"] for op in found]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"operationIds collide in JavaScript: {', '.join(duplicates)}")
    return sorted(found, key=lambda op: op["function"])


RUNTIME = """\
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let baseUrl = BASE_URL;
let csrfToken = null;

/** Where the API lives; the contract's server by default. */
export function setBaseUrl(url) {
  baseUrl = String(url).replace(/\\/+$/, "");
}

/** The session's CSRF token, sent as X-CSRF-Token on every unsafe request. */
export function setCsrfToken(token) {
  csrfToken = token || null;
}

export function getCsrfToken() {
  return csrfToken;
}

/** A failed call: the HTTP status, the problem+json body and the reply's ETag. */
export class ApiError extends Error {
  constructor(status, problem, { etag = null, retryAfter = null, headers = null } = {}) {
    const body = problem && typeof problem === "object" ? problem : {};
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = {
      ...body,
      status: body.status ?? status,
      invalidParams: Array.isArray(body.invalidParams) ? body.invalidParams : [],
    };
    this.etag = etag;
    this.retryAfter = retryAfter;
    this.headers = headers;
  }

  get invalidParams() {
    return this.problem.invalidParams;
  }
}

function headerName(key, declared) {
  if (Object.prototype.hasOwnProperty.call(declared, key)) return declared[key];
  if (key.includes("-")) return key;
  const title = key.replace(/^[a-z]/, (c) => c.toUpperCase());
  return title.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c);
}

function buildUrl(path, query, unexploded) {
  const params = new URLSearchParams();
  for (const key of Object.keys(query || {}).sort()) {
    const value = query[key];
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (unexploded.includes(key)) params.append(key, value.map(String).join(","));
      else for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return baseUrl + path + (search ? `?${search}` : "");
}

function encodeBody(body, bodyType, headers) {
  if (body === undefined) return undefined;
  if (bodyType === "application/json" || bodyType === "application/merge-patch+json") {
    headers.set("Content-Type", bodyType);
    return JSON.stringify(body);
  }
  if (bodyType === "application/x-www-form-urlencoded") {
    headers.set("Content-Type", bodyType);
    return body instanceof URLSearchParams ? body : new URLSearchParams(body);
  }
  if (bodyType === "multipart/form-data") return body; // FormData sets its own boundary
  if (bodyType) headers.set("Content-Type", bodyType);
  return body;
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null;
  const type = (response.headers.get("Content-Type") || "").toLowerCase();
  const text = await response.text();
  if (!text) return null;
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return { title: "Onleesbaar antwoord", detail: text };
    }
  }
  return text;
}

async function request(method, path, operation, options) {
  const { query, body, headers: extra, signal } = options || {};
  const headers = new Headers({ Accept: operation.accept });
  for (const [key, value] of Object.entries(extra || {})) {
    if (value === undefined || value === null) continue;
    headers.set(headerName(key, operation.headers), String(value));
  }
  if (UNSAFE.has(method) && csrfToken && !headers.has("X-CSRF-Token")) {
    headers.set("X-CSRF-Token", csrfToken);
  }
  const init = { method, headers, credentials: "same-origin", signal };
  const encoded = encodeBody(body, operation.bodyType, headers);
  if (encoded !== undefined) init.body = encoded;
  let response;
  try {
    response = await fetch(buildUrl(path, query, operation.unexploded), init);
  } catch (error) {
    if (error && error.name === "AbortError") throw error;
    throw new ApiError(0, {
      title: "Geen verbinding",
      detail: "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
    });
  }
  const data = await readBody(response);
  const etag = response.headers.get("ETag");
  if (!response.ok) {
    const seconds = Number.parseInt(response.headers.get("Retry-After") || "", 10);
    const problem =
      data && typeof data === "object"
        ? data
        : { title: response.statusText, detail: data || undefined };
    throw new ApiError(response.status, problem, {
      etag,
      retryAfter: Number.isFinite(seconds) ? seconds : null,
      headers: response.headers,
    });
  }
  const location = response.headers.get("Location");
  return { data, status: response.status, etag, location, headers: response.headers };
}
"""


def _function(op: dict[str, Any]) -> str:
    args = [camel_case(name) for name in op["path_params"]]
    template = op["path"]
    for name, arg in zip(op["path_params"], args, strict=True):
        template = template.replace("{" + name + "}", "${encodeURIComponent(" + arg + ")}")
    meta = {
        "accept": "application/json, application/problem+json",
        "bodyType": op["body_type"],
        "headers": op["headers"],
        "unexploded": op["unexploded"],
    }
    doc = [
        "/**",
        f" * {_comment(op['summary'])}" if op["summary"] else None,
        f" * `{op['method']} {op['path']}` ({op['operation_id']}).",
    ]
    for arg in args:
        doc.append(f" * @param {{string}} {arg}")
    option_bits = []
    if op["query"]:
        option_bits.append("query: {" + ", ".join(op["query"]) + "}")
    if op["body_type"]:
        required = "required" if op["body_required"] else "optional"
        option_bits.append(f"body ({op['body_type']}, {required})")
    if op["headers"]:
        option_bits.append("headers: {" + ", ".join(op["headers"]) + "}")
    else:
        option_bits.append("headers")
    option_bits.append("signal")
    doc.append(" * @param {object} [options] " + "; ".join(option_bits))
    doc.append(" */")
    signature = ", ".join([*args, "options = {}"])
    return "\n".join(
        [
            *(line for line in doc if line is not None),
            f"export async function {op['function']}({signature}) {{",
            f"  return request({_js(op['method'])}, `{template}`, {_js(meta)}, options);",
            "}",
        ]
    )


def generate(contract: dict[str, Any]) -> str:
    info = contract.get("info", {})
    servers = contract.get("servers") or [{"url": ""}]
    base_url = str(servers[0].get("url", "")).rstrip("/")
    header = (
        "// GENERATED FILE — do not edit by hand.\n"
        "// Made by `python -m vakwerk.tools.jsclient openapi/openapi.json` (make clients)\n"
        f"// from the contract {_comment(info.get('title', 'API'))} "
        f"{_comment(str(info.get('version', '')))}.\n"
        "// Every function resolves to {data, status, etag, location, headers} and rejects\n"
        "// with an ApiError {status, problem: {detail, invalidParams, …}, etag, retryAfter}."
    )
    parts = [
        header,
        f"const BASE_URL = {_js(base_url)};",
        RUNTIME.rstrip("\n"),
        *(_function(op) for op in operations(contract)),
    ]
    return "\n\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m vakwerk.tools.jsclient openapi/openapi.json", file=sys.stderr)
        return 2
    contract = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    sys.stdout.write(generate(contract))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
