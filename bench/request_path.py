"""Benchmark: three product endpoints, each against the ceiling of the statements it needs.

    make bench            # or: .venv/bin/python -m bench.request_path [--help]

1. a throw-away PostgreSQL cluster, migrated to head; the benchmarked organisation,
   its W&I team, a beheerder and a klantmanager through the services; then COPY adds
   4,000 users, a team per other organisation, 1,000,000 audit events (25,000 in the
   benchmarked organisation) and 200,000 cases (20,000 in the benchmarked team, a
   tenth of them the klantmanager's own); VACUUM ANALYZE;
2. the API (``vakwerk.asgi:app``) and the ceiling (``bench.ceiling:app``: the same
   statements on plain async psycopg), 2 uvicorn workers each;
3. untimed checks per endpoint: the API and the ceiling answer the same;
4. per endpoint, wrk with 16 connections on loopback, API then ceiling, twice over (a
   warm-up before each timed run, connections spread over the workers):
   * ``audit`` — ``GET /audit-events`` (page of 50, newest first), the beheerder;
   * ``cases`` — ``GET /cases`` (page of 50 of the team's cases, with the total), the
     klantmanager;
   * ``patch`` — ``PATCH /cases/{id}`` with ``If-Match``, the klantmanager's own cases
     in turn (``bench/patch.lua``), every request the current version;
5. the statements each server sends PostgreSQL per request (pg_stat_statements);
6. ``bench/results/<date>.json``.

The figures of merit are the ratios API/ceiling in req/s and in requests per
CPU-second (servers plus PostgreSQL); the goal is 0.7. A run "stalls" when its
slowest request took more than 10 × its median, or its p99 more than 3 × its p50.
See bench/README.md for how to read the figures.
"""

from __future__ import annotations

import argparse
import glob
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from tests.support.pgcluster import cluster, free_port

from bench import harness
from bench.ceiling import AUDIT_SQL
from bench.seed import Seeded, fill, libpq_url
from vakwerk.cli import migrate
from vakwerk.core.config import Settings

GOAL_RATIO = 0.7
STALL_MAX_OVER_MEDIAN = 10
STALL_P99_OVER_P50 = 3
RESULTS = Path(__file__).with_name("results")
PATCH_LUA = Path(__file__).with_name("patch.lua")

PG_SETTINGS = {
    "shared_buffers": "'512MB'",
    "maintenance_work_mem": "'256MB'",
    "max_wal_size": "'4GB'",
    "checkpoint_timeout": "'30min'",
}
STAT_STATEMENTS = {
    "shared_preload_libraries": "'pg_stat_statements'",
    "pg_stat_statements.track": "'none'",  # switched on only for the counting step
}


@dataclass
class Endpoint:
    key: str
    title: str
    api_path: str
    ceiling_path: str
    who: str  # "beheerder" | "klantmanager"
    patch: bool = False


ENDPOINTS = {
    e.key: e
    for e in (
        Endpoint("audit", "GET /audit-events (page of 50)", "/api/v1/audit-events",
                 "/audit-events", "beheerder"),
        Endpoint("cases", "GET /cases (page of 50 of the team's)", "/api/v1/cases", "/cases",
                 "klantmanager"),
        Endpoint("patch", "PATCH /cases/{id} with If-Match", "/api/v1/cases/", "/cases/",
                 "klantmanager", patch=True),
    )
}  # fmt: skip


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.request_path",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--endpoints", default="audit,cases,patch", help="comma-separated")
    parser.add_argument("--users", type=int, default=4000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--organisations", type=int, default=40, help="besides the benchmarked")
    parser.add_argument("--events-in-organisation", type=int, default=25_000)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--cases-in-team", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--stagger-ms", type=int, default=150)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per timed run")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds before each run")
    parser.add_argument("--rounds", type=int, default=2, help="API+ceiling pairs per endpoint")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers per server")
    parser.add_argument("--ceiling-connections", type=int, default=2, help="per ceiling worker")
    parser.add_argument("--count-requests", type=int, default=200)
    parser.add_argument("--max-skew", type=int, default=2)
    parser.add_argument("--spread-tries", type=int, default=15)
    parser.add_argument("--no-write", action="store_true", help="do not write results/")
    return parser.parse_args(argv)


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"check failed: {message}")


# --------------------------------------------------------------------------- the PATCH pool


@dataclass
class PatchPool:
    """The klantmanager's editable cases, with a fresh version base before every run.

    Each reset sets every version to a new base (1000, 2000, …) and tells the wrk script
    (``env["BENCH_BASE"]``); a request of a stopped wrk that the server finishes after
    the reset carries an old version and is refused, so it cannot spoil the next run.
    """

    url: str
    ids: list[Any]
    base: int = 0
    env: dict[str, str] = field(default_factory=dict)
    file: Path = field(init=False)

    def __post_init__(self) -> None:
        with tempfile.NamedTemporaryFile(
            "w", prefix="vakwerk-bench-ids-", suffix=".txt", delete=False
        ) as handle:
            handle.write("".join(f"{case_id}\n" for case_id in self.ids))
        self.file = Path(handle.name)

    def reset(self) -> int:
        self.base += 1000
        with psycopg.connect(libpq_url(self.url), autocommit=True) as conn:
            conn.execute("UPDATE cases SET version = %s WHERE id = ANY(%s)", (self.base, self.ids))
        self.env["BENCH_BASE"] = str(self.base)
        return self.base


def _patch_body(n: int) -> bytes:
    return json.dumps({"question": f"Wat is de volgende stap, controle {n}?"}).encode()


def _patch(client: httpx.Client, url: str, token: str, version: int, n: int = 0) -> httpx.Response:
    return client.patch(
        url,
        content=_patch_body(n),
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/merge-patch+json",
            "If-Match": f'"{version}"',
        },
    )


# --------------------------------------------------------------------------- checks


def _check_audit(api: str, ceiling: str, seeded: Seeded) -> dict[str, Any]:
    auth = {"Authorization": f"Bearer {seeded.token}"}
    with httpx.Client(timeout=10.0) as client:
        unauthenticated = client.get(api + ENDPOINTS["audit"].api_path)
        first = client.get(api + ENDPOINTS["audit"].api_path, headers=auth)
        _expect(first.status_code == 200, f"API audit page: {first.status_code} {first.text}")
        page1 = first.json()
        cursor = page1.get("nextCursor")
        _expect(len(page1["items"]) == 50 and bool(cursor), "API audit page: 50 and a cursor")
        second = client.get(
            api + ENDPOINTS["audit"].api_path, headers=auth, params={"cursor": cursor}
        ).json()
        keys1 = [(i["occurredAt"], i["id"]) for i in page1["items"]]
        keys2 = [(i["occurredAt"], i["id"]) for i in second["items"]]
        _expect(not set(keys1) & set(keys2), "audit page 2 repeats page 1")
        instants = [(datetime.fromisoformat(at), eid) for at, eid in keys1 + keys2]
        _expect(instants == sorted(instants, reverse=True), "audit pages are not newest first")
        org = str(seeded.organisation_id)
        _expect(all(i["organisationId"] == org for i in page1["items"]), "another organisation")
        same = client.get(ceiling + ENDPOINTS["audit"].ceiling_path, headers=auth).json() == page1
        _expect(same, "the ceiling's audit page differs from the API's")
    return {
        "api_without_token_status": unauthenticated.status_code,
        "cursor_pages_on": True,
        "ceiling_body_equals_api_body": same,
        "response_bytes": len(first.content),
    }


def _check_cases(api: str, ceiling: str, seeded: Seeded) -> dict[str, Any]:
    auth = {"Authorization": f"Bearer {seeded.klantmanager_token}"}
    with httpx.Client(timeout=10.0) as client:
        reply = client.get(api + ENDPOINTS["cases"].api_path, headers=auth)
        _expect(reply.status_code == 200, f"API cases page: {reply.status_code} {reply.text}")
        page = reply.json()
        _expect(len(page["items"]) == 50, "API cases page: 50 items")
        team = str(seeded.team_id)
        _expect(all(i["teamId"] == team for i in page["items"]), "a case of another team")
        km = str(seeded.klantmanager_id)
        _expect(
            all(i["status"] != "concept" or i["ownerId"] == km for i in page["items"]),
            "a colleague's concept in the klantmanager's list",
        )
        same = client.get(ceiling + ENDPOINTS["cases"].ceiling_path, headers=auth).json() == page
        _expect(same, "the ceiling's case page differs from the API's")
    return {
        "total": page["total"],
        "ceiling_body_equals_api_body": same,
        "response_bytes": len(reply.content),
    }


def _check_patch(api: str, ceiling: str, seeded: Seeded, pool: PatchPool) -> dict[str, Any]:
    token = seeded.klantmanager_token
    first, second = pool.ids[0], pool.ids[1]
    with httpx.Client(timeout=10.0) as client:
        won = _patch(client, f"{api}{ENDPOINTS['patch'].api_path}{first}", token, 1)
        _expect(won.status_code == 200, f"API PATCH: {won.status_code} {won.text}")
        _expect(won.headers.get("etag") == '"2"', f"API PATCH ETag {won.headers.get('etag')}")
        stale = _patch(client, f"{api}{ENDPOINTS['patch'].api_path}{first}", token, 1)
        _expect(stale.status_code == 412, f"API stale PATCH: {stale.status_code}")
        for version in (2, 3):
            again = _patch(
                client, f"{api}{ENDPOINTS['patch'].api_path}{first}", token, version, version
            )
            _expect(
                again.headers.get("etag") == f'"{version + 1}"',
                f"API PATCH of version {version}: {again.status_code} {again.headers}",
            )
        theirs = _patch(client, f"{ceiling}{ENDPOINTS['patch'].ceiling_path}{second}", token, 1)
        _expect(theirs.status_code == 200, f"ceiling PATCH: {theirs.status_code}")
        ceiling_stale = _patch(
            client, f"{ceiling}{ENDPOINTS['patch'].ceiling_path}{second}", token, 1
        )
        _expect(ceiling_stale.status_code == 412, "ceiling stale PATCH")
        ours, other = won.json(), theirs.json()
        _expect(set(ours) == set(other), f"reply members differ: {set(ours) ^ set(other)}")
    pool.reset()
    return {
        "api_stale_status": stale.status_code,
        "ceiling_stale_status": ceiling_stale.status_code,
        "same_members": True,
        "response_bytes": len(won.content),
    }


# --------------------------------------------------------------------------- statements


def _stat_statements_available() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/lib/pg_stat_statements.so"))


def _count_statements(
    admin_url: str, db_url: str, send: Callable[[httpx.Client, int], httpx.Response], count: int
) -> dict[str, Any]:
    """Statements per request while ``send`` makes ``count`` requests one after another."""
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        dbid = admin.execute(
            "SELECT oid FROM pg_database WHERE datname = %s",
            (psycopg.conninfo.conninfo_to_dict(db_url)["dbname"],),
        ).fetchone()
        assert dbid is not None
        admin.execute("ALTER SYSTEM SET pg_stat_statements.track = 'top'")
        admin.execute("SELECT pg_reload_conf()")
        time.sleep(0.3)
        admin.execute("SELECT pg_stat_statements_reset()")
        with httpx.Client(timeout=10.0) as client:
            for n in range(count):
                reply = send(client, n)
                _expect(reply.status_code < 300, f"counting: {reply.status_code} {reply.text}")
        rows = admin.execute(
            "SELECT calls, total_exec_time, query FROM pg_stat_statements "
            "WHERE dbid = %s ORDER BY calls DESC, query",
            (dbid[0],),
        ).fetchall()
        admin.execute("ALTER SYSTEM SET pg_stat_statements.track = 'none'")
        admin.execute("SELECT pg_reload_conf()")
    return {
        "per_request": round(sum(r[0] for r in rows) / count, 2),
        "server_exec_ms_per_request": round(sum(r[1] for r in rows) / count, 3),
        "statements": [
            {
                "per_request": round(calls / count, 2),
                "exec_ms_per_call": round(total / calls, 3) if calls else 0.0,
                "query": " ".join(query.split())[:120],
            }
            for calls, total, query in rows
        ],
    }


# --------------------------------------------------------------------------- load


@dataclass
class Target:
    name: str  # "API" | "ceiling"
    endpoint: Endpoint
    url: str
    headers: dict[str, str]
    server: harness.Server
    cpu_groups: list[str]

    @property
    def port(self) -> int:
        return int(self.server.base.rsplit(":", 1)[1])


def _run(
    target: Target,
    args: argparse.Namespace,
    meter: harness.CpuMeter,
    pool: PatchPool | None,
    seconds: float,
) -> dict[str, Any]:
    load: dict[str, Any] = {
        "connections": args.connections,
        "threads": args.threads,
        "headers": target.headers,
        "stagger_ms": args.stagger_ms,
        "supervisor": target.server.process.pid,
        "port": target.port,
        "max_skew": args.max_skew,
        "tries": args.spread_tries,
    }
    if pool is not None:
        load["script"] = _patch_script()
        load["env"] = pool.env  # BENCH_BASE changes with every reset, before each attempt
        pool.env |= {
            "BENCH_IDS": str(pool.file),
            "BENCH_PREFIX": (
                target.endpoint.api_path if target.name == "API" else target.endpoint.ceiling_path
            ),
            "BENCH_THREADS": str(args.threads),
        }
    marks: dict[str, Any] = {}

    def before() -> None:
        if pool is not None:
            pool.reset()
        marks["cpu"], marks["start"] = meter.snapshot(), time.perf_counter()

    base = target.url if pool is None else target.server.base
    result = harness.run_wrk_spread(base, seconds=seconds, before_start=before, **load)
    wall = time.perf_counter() - marks["start"]
    result["cpu_cores"] = harness.CpuMeter.cores(
        marks["cpu"], meter.snapshot(), wall, target.cpu_groups
    )
    return result


_SCRIPT: dict[str, Path] = {}


def _patch_script() -> Path:
    """report.lua (the summary line, the stagger) followed by patch.lua (the requests)."""
    if "path" not in _SCRIPT:
        with tempfile.NamedTemporaryFile(
            "w", prefix="vakwerk-bench-", suffix=".lua", delete=False
        ) as handle:
            handle.write(harness.LUA.read_text() + "\n" + PATCH_LUA.read_text())
        _SCRIPT["path"] = Path(handle.name)
    return _SCRIPT["path"]


def _load(
    targets: list[Target], args: argparse.Namespace, meter: harness.CpuMeter, pool: PatchPool | None
) -> list[dict[str, Any]]:
    runs = []
    for round_no in range(1, args.rounds + 1):
        for target in targets:
            if args.warmup > 0:
                _run(target, args, meter, pool, args.warmup)
            result = _run(target, args, meter, pool, args.duration)
            lat = {k: round(v / 1000, 2) for k, v in result["latency_us"].items()}
            stall = lat["max"] > STALL_MAX_OVER_MEDIAN * lat["p50"] or (
                lat["p99"] > STALL_P99_OVER_P50 * lat["p50"]
            )
            run = {
                "endpoint": target.endpoint.key,
                "target": target.name,
                "round": round_no,
                "rps": round(result["rps"], 1),
                "requests": result["requests"],
                "connections": args.connections,
                "errors": result["errors"],
                "statuses_other_than_200": result.get("statuses", {}),
                "latency_ms": lat,
                "stalled": stall,
                "worker_connections": result["worker_connections"],
                "spread_tries": result["tries"],
                "cpu_cores": result["cpu_cores"],
            }
            runs.append(run)
            errors = sum(result["errors"].values())
            split = "/".join(str(n) for n in result["worker_connections"])
            print(
                f"  {target.endpoint.key:<6}{target.name:<8} round {round_no}: "
                f"{run['rps']:8.1f} req/s  p50 {lat['p50']:6.2f}  p99 {lat['p99']:6.2f}  "
                f"max {lat['max']:7.1f} ms{'  STALL' if stall else ''}"
                f"{'  ERRORS ' + str(errors) if errors else ''}"
                f"{' ' + str(run['statuses_other_than_200']) if errors else ''}  split {split}  "
                f"cores {run['cpu_cores']}",
                flush=True,
            )
    return runs


BUSY_CORES = 0.25


def _summary(runs: list[dict[str, Any]], name: str) -> dict[str, Any]:
    mine = [r for r in runs if r["target"] == name]
    server = "api" if name == "API" else "ceiling"
    per_core = [
        r["rps"] / (r["cpu_cores"][server] + r["cpu_cores"]["postgres"])
        for r in mine
        if r["cpu_cores"][server] + r["cpu_cores"]["postgres"] > 0
    ]
    return {
        "rps": round(statistics.mean(r["rps"] for r in mine), 1),
        "rps_runs": [r["rps"] for r in mine],
        **{
            f"{p}_ms": round(statistics.mean(r["latency_ms"][p] for r in mine), 2)
            for p in ("p50", "p95", "p99")
        },
        "max_ms": max(r["latency_ms"]["max"] for r in mine),
        "stalled_runs": sum(1 for r in mine if r["stalled"]),
        "errors": sum(sum(r["errors"].values()) for r in mine),
        "rps_per_core": round(statistics.mean(per_core), 1) if per_core else None,
        "cpu_ms_per_request": round(1000 / statistics.mean(per_core), 3) if per_core else None,
        "other_cores_max": max(r["cpu_cores"]["other"] for r in mine),
    }


def _table(endpoint: Endpoint, result: dict[str, Any]) -> str:
    api, ceiling, ratios = result["api"], result["ceiling"], result["ratios"]
    head = f"{'':<9}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>9}{'max ms':>9}{'req/CPU-s':>11}"
    lines = [f"{endpoint.title}", head + "   stalled runs   statements/request"]
    for name, s in (("API", api), ("ceiling", ceiling)):
        stmts = result["statements"].get(name, {}).get("per_request", "-")
        lines.append(
            f"{name:<9}{s['rps']:>8.1f}{s['p50_ms']:>8.2f}{s['p99_ms']:>9.2f}{s['max_ms']:>9.1f}"
            f"{s['rps_per_core'] or 0:>11.0f}   {s['stalled_runs']:>12}   {stmts:>18}"
        )
    verdict = "meets" if min(ratios.values()) >= GOAL_RATIO else "below"
    lines.append(
        f"ratio API/ceiling: {ratios['rps']:.2f} in req/s, {ratios['rps_per_core']:.2f} per "
        f"CPU-second ({verdict} the goal of {GOAL_RATIO})"
    )
    busy = max(api["other_cores_max"], ceiling["other_cores_max"])
    if busy > BUSY_CORES:
        lines.append(
            f"WARNING: other processes used up to {busy:.2f} cores; req/s is disturbed "
            "(the per-CPU-second ratio much less so)."
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    chosen = [ENDPOINTS[key] for key in args.endpoints.split(",")]
    started = time.perf_counter()
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install -y wrk (or make bench-deps)", file=sys.stderr)
        return 2
    machine = harness.machine_facts()
    counting = _stat_statements_available()
    settings = {**PG_SETTINGS, **(STAT_STATEMENTS if counting else {})}
    results: dict[str, Any] = {}

    with cluster(settings) as url:
        print("PostgreSQL cluster up; migrating …", flush=True)
        migrate(Settings(database_url=url))
        print(
            f"filling: {args.users} users, {args.events} audit events, {args.cases} cases "
            f"over {args.organisations + 1} organisations …",
            flush=True,
        )
        seeded = fill(
            url,
            users=args.users,
            events=args.events,
            organisations=args.organisations,
            events_in_organisation=args.events_in_organisation,
            cases=args.cases,
            cases_in_team=args.cases_in_team,
        )
        steps = ", ".join(f"{k[:-2]} {v:.1f}" for k, v in seeded.timings.items() if k != "total_s")
        print(f"fill took {seeded.timings['total_s']:.1f} s ({steps})", flush=True)
        pool = PatchPool(url, seeded.editable_case_ids)
        with psycopg.connect(libpq_url(url)) as conn:
            pg_version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
            data_dir = str(conn.execute("SHOW data_directory").fetchone()[0])  # type: ignore[index]
            plan = [
                row[0]
                for row in conn.execute(
                    "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
                    + AUDIT_SQL.replace("%s", f"'{seeded.organisation_id}'", 1).replace("%s", "51")
                ).fetchall()
            ]
        postmaster = int(Path(data_dir, "postmaster.pid").read_text().split()[0])

        api_port, ceiling_port = free_port(), free_port()
        with (
            harness.server(
                "api",
                harness.uvicorn_command("vakwerk.asgi:app", api_port, args.workers),
                api_port,
                {"VAKWERK_DATABASE_URL": url, "VAKWERK_DEMO": "false"},
                "/api/v1/health",
            ) as api,
            harness.server(
                "ceiling",
                harness.uvicorn_command("bench.ceiling:app", ceiling_port, args.workers),
                ceiling_port,
                {
                    "CEILING_DSN": libpq_url(url),
                    "CEILING_CONNECTIONS": str(args.ceiling_connections),
                },
                "/health",
            ) as ceiling,
        ):
            meter = harness.CpuMeter(
                {"api": api.process.pid, "ceiling": ceiling.process.pid, "postgres": postmaster}
            )
            tokens = {"beheerder": seeded.token, "klantmanager": seeded.klantmanager_token}
            admin_url = libpq_url(url).rsplit("/", 1)[0] + "/postgres"
            for endpoint in chosen:
                if endpoint.key == "audit":
                    checks = _check_audit(api.base, ceiling.base, seeded)
                elif endpoint.key == "cases":
                    checks = _check_cases(api.base, ceiling.base, seeded)
                else:
                    checks = _check_patch(api.base, ceiling.base, seeded, pool)
                print(f"{endpoint.key}: checks passed: {checks}", flush=True)
                auth = {"Authorization": f"Bearer {tokens[endpoint.who]}"}
                targets = [
                    Target("API", endpoint, api.base + endpoint.api_path, auth, api,
                           ["api", "postgres"]),
                    Target("ceiling", endpoint, ceiling.base + endpoint.ceiling_path, auth,
                           ceiling, ["ceiling", "postgres"]),
                ]  # fmt: skip
                runs = _load(targets, args, meter, pool if endpoint.patch else None)
                statements: dict[str, Any] = {}
                if counting and args.count_requests > 0:
                    for target in targets:
                        if endpoint.patch:
                            base = pool.reset()
                            ids = pool.ids[: args.count_requests]

                            def send(
                                client: httpx.Client,
                                n: int,
                                target: Target = target,
                                ids: list[Any] = ids,
                                base: int = base,
                            ) -> httpx.Response:
                                return _patch(
                                    client, f"{target.url}{ids[n]}", tokens["klantmanager"], base, n
                                )
                        else:

                            def send(
                                client: httpx.Client, n: int, target: Target = target
                            ) -> httpx.Response:
                                return client.get(target.url, headers=target.headers)

                        statements[target.name] = _count_statements(
                            admin_url, libpq_url(url), send, args.count_requests
                        )
                api_s, ceiling_s = _summary(runs, "API"), _summary(runs, "ceiling")
                ratios = {
                    "rps": round(api_s["rps"] / ceiling_s["rps"], 3) if ceiling_s["rps"] else 0.0,
                    "rps_per_core": round(api_s["rps_per_core"] / ceiling_s["rps_per_core"], 3)
                    if api_s["rps_per_core"] and ceiling_s["rps_per_core"]
                    else 0.0,
                }
                results[endpoint.key] = {
                    "title": endpoint.title,
                    "api": api_s,
                    "ceiling": ceiling_s,
                    "ratios": ratios,
                    "checks": checks,
                    "statements": statements,
                    "runs": runs,
                }
                print(_table(endpoint, results[endpoint.key]), flush=True)

    total_s = time.perf_counter() - started
    print()
    for endpoint in chosen:
        print(_table(endpoint, results[endpoint.key]))
        for name, found in results[endpoint.key]["statements"].items():
            parts = "; ".join(f"{s['per_request']}x {s['query'][:60]}" for s in found["statements"])
            print(f"  statements per request, {name}: {found['per_request']} ({parts})")
        print()
    print(
        f"wrk: {args.connections} connections, {args.threads} threads, {args.duration:.0f} s "
        f"per run after {args.warmup:.0f} s warm-up; wrk, both servers and PostgreSQL share "
        f"the same {machine['nproc']} cores. fill {seeded.timings['total_s']:.1f} s; "
        f"whole run {total_s:.1f} s"
    )
    result = {
        "benchmark": "request_path",
        "date": date.today().isoformat(),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": harness.source_revision(),
        "goal_ratio": GOAL_RATIO,
        "endpoints": results,
        "audit_query_plan": plan,
        "fill_seconds": {k: round(v, 2) for k, v in seeded.timings.items()},
        "total_run_seconds": round(total_s, 1),
        "rows": {
            "organisations": seeded.organisations,
            "users": seeded.users,
            "audit_events": seeded.events,
            "audit_events_in_organisation": seeded.events_in_organisation,
            "cases": seeded.cases,
            "cases_in_team": seeded.cases_in_team,
            "editable_cases_of_the_klantmanager": len(seeded.editable_case_ids),
        },
        "machine": machine,
        "versions": harness.versions(pg_version),
        "parameters": {
            "uvicorn_workers": args.workers,
            "ceiling_connections_per_worker": args.ceiling_connections,
            "connections": args.connections,
            "wrk_threads": args.threads,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "rounds": args.rounds,
            "postgres_settings": {**settings, "fsync": "off", "synchronous_commit": "off"},
        },
    }
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        target_file = RESULTS / f"{date.today().isoformat()}.json"
        target_file.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(f"written: bench/results/{target_file.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
