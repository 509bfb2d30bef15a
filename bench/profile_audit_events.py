"""Where one audit-trail request spends its time, beyond the ceiling (cProfile, one process).

    .venv/bin/python -m bench.profile_audit_events [--requests 2000] [--top 40]

Fills a throw-away cluster as ``bench.audit_events`` does, builds the app in this
process and calls it directly as ASGI (no sockets, no uvicorn), one request at a
time, in three ways:

* as deployed: sync routes and the guard's authentication in anyio's thread pool;
* inline: the thread pool replaced by a direct call, so that cProfile (which sees
  one thread only) sees the whole request; the difference to the first way is the
  cost of the hops between the event loop and the pool;
* the ceiling app, the same way.

It prints wall and CPU microseconds per request for each, the profile's costs
grouped by stage (authentication, routing, session and pool, SQL building,
execution and fetching, ORM row handling, validation, serialisation, middleware),
and the top functions by own time. Requests run one after another, so wall time
includes every database round trip; CPU time is this process only.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread

from bench.audit_events import API_PATH, CEILING_PATH, PG_SETTINGS
from bench.seed import fill, libpq_url
from vakwerk.cli import migrate
from vakwerk.core.config import Settings
from vakwerk.tools.pgcluster import cluster

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]

# Checkpoints: (label, file fragment, function). Each prints the CPU time spent in
# that function and everything it calls, per request; they nest, so they overlap.
CHECKPOINTS: list[tuple[str, str, str]] = [
    ("guard: authentication (own session)", "core/middleware.py", "_authenticate"),
    ("  credential + user lookup", "people/service.py", "_credential_actor"),
    ("  team ids lookup", "people/service.py", "_team_ids"),
    ("guard: route match", "core/middleware.py", "_match"),
    ("fastapi: dependencies (session, grant)", "dependencies/utils.py", "solve_dependencies"),
    ("route: list_audit_events", "people/routes.py", "list_audit_events"),
    ("  service: build, execute, fetch", "people/service.py", "list_audit_events"),
    ("fastapi: response validate + JSON", "fastapi/routing.py", "serialize_response"),
    ("session dependency (open, commit, close)", "core/db.py", "get_session"),
    ("all: pool checkouts (incl. ping)", "pool/base.py", "_checkout"),
    ("all: pre-ping", "engine/default.py", "_do_ping_w_event"),
    ("all: Session.commit", "orm/session.py", "commit"),
    ("all: statement cache keys", "sql/cache_key.py", "_generate_cache_key"),
    ("all: statement compile (cached)", "sql/elements.py", "_compile_w_cache"),
    ("all: psycopg execute", "psycopg/cursor.py", "execute"),
    ("all: psycopg fetch", "psycopg/cursor.py", "fetchall"),
    ("all: ORM result rows (mappings().all())", "engine/result.py", "all"),
    ("all: pydantic model_validate", "pydantic/main.py", "model_validate"),
]


def _scope(path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"accept", b"*/*"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }


async def _call(app: App, path: str, headers: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    status, size = 0, 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, size
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            size += len(message.get("body", b""))

    await app(_scope(path, headers), receive, send)
    return status, size


async def _measure(
    app: App, path: str, headers: list[tuple[bytes, bytes]], count: int
) -> dict[str, float]:
    for _ in range(min(200, count)):  # warm caches, pools and prepared statements
        status, _ = await _call(app, path, headers)
        assert status == 200, status
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        await _call(app, path, headers)
    return {
        "wall_us": (time.perf_counter() - wall) / count * 1e6,
        "cpu_us": (time.process_time() - cpu) / count * 1e6,
    }


async def _inline_run_sync(func: Callable[..., Any], *args: Any, **_: Any) -> Any:
    return func(*args)


def _checkpoints(stats: pstats.Stats, count: int) -> list[tuple[str, float]]:
    """CPU microseconds per request spent in each checkpoint function and its callees."""
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    found = []
    for label, fragment, name in CHECKPOINTS:
        cumulative = sum(
            entry[3]
            for (filename, _, function), entry in raw.items()
            if function == name and fragment in filename
        )
        found.append((label, cumulative / count * 1e6))
    return found


async def _run(url: str, args: argparse.Namespace, token: str, organisation_id: str) -> None:
    from vakwerk.main import create_app

    os.environ["CEILING_DSN"] = libpq_url(url)
    os.environ["CEILING_ORGANISATION_ID"] = organisation_id
    from bench.ceiling import app as ceiling_app

    api = create_app(Settings(database_url=url))
    auth = [(b"authorization", f"Bearer {token}".encode())]

    deployed = await _measure(api, API_PATH, auth, args.requests)
    original = anyio.to_thread.run_sync
    anyio.to_thread.run_sync = _inline_run_sync  # type: ignore[assignment]
    try:
        inline = await _measure(api, API_PATH, auth, args.requests)
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(args.requests):
            await _call(api, API_PATH, auth)
        profiler.disable()
    finally:
        anyio.to_thread.run_sync = original  # type: ignore[assignment]
    ceiling = await _measure(ceiling_app, CEILING_PATH, [], args.requests)  # type: ignore[arg-type]

    print(f"\nper request, {args.requests} sequential requests (µs):")
    print(f"  {'':<34}{'wall':>8}{'CPU':>8}")
    for name, found in (
        ("API as deployed (thread pool)", deployed),
        ("API inline (no thread pool)", inline),
        ("ceiling", ceiling),
    ):
        print(f"  {name:<34}{found['wall_us']:>8.0f}{found['cpu_us']:>8.0f}")
    print(
        f"  thread-pool hops cost {deployed['cpu_us'] - inline['cpu_us']:.0f} µs CPU, "
        f"{deployed['wall_us'] - inline['wall_us']:.0f} µs wall per request"
    )

    stats = pstats.Stats(profiler)
    own = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    print(
        f"\nprofile (inline, CPU clock, cProfile's own overhead included): "
        f"{own / args.requests * 1e6:.0f} µs per request; checkpoints (µs, with callees):"
    )
    for label, value in _checkpoints(stats, args.requests):
        print(f"  {value:8.0f}  {label}")
    print(f"\ntop {args.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_audit_events")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=4000)
    args = parser.parse_args(argv)
    with cluster(PG_SETTINGS) as url:
        migrate(Settings(database_url=url))
        seeded = fill(
            url,
            users=args.users,
            events=args.events,
            organisations=40,
            events_in_organisation=min(25_000, args.events // 4),
        )
        try:
            import uvloop

            runner: Any = uvloop.run
        except ImportError:
            runner = asyncio.run
        runner(_run(url, args, seeded.token, str(seeded.organisation_id)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
