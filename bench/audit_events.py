"""Benchmark: the first page of the audit trail, the API against its ceiling.

    make bench            # or: .venv/bin/python -m bench.audit_events [--help]

1. a throw-away PostgreSQL cluster, migrated to head; one organisation and its
   beheerder through the services; 4,000 users and 1,000,000 audit events over 41
   organisations through COPY (the benchmarked one holds 25,000); VACUUM ANALYZE;
2. the API (``vakwerk.asgi:app``, 2 uvicorn workers) and the ceiling
   (``bench.ceiling:app``, 2 uvicorn workers: the same SQL on plain async psycopg,
   no authentication);
3. one untimed check that both answer the same page and that the cursor pages on;
4. wrk with 16 connections on loopback, API then ceiling, twice over (a warm-up
   before each timed run), each run with its connections spread evenly over the two
   workers (see ``harness.run_wrk_spread``); the ratio of their mean req/s is the
   figure of merit, with CPU used per group of processes alongside;
5. the statements each server sends PostgreSQL per request (pg_stat_statements);
6. ``bench/results/<date>.json``.

See bench/README.md for how to read the figures.
"""

from __future__ import annotations

import argparse
import glob
import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg

from bench import harness
from bench.ceiling import SQL as CEILING_SQL
from bench.seed import Seeded, fill, libpq_url
from vakwerk.cli import migrate
from vakwerk.core.config import Settings
from vakwerk.tools.pgcluster import cluster, free_port

GOAL_RATIO = 0.7
API_PATH = "/api/v1/audit-events"
CEILING_PATH = "/audit-events"
RESULTS = Path(__file__).with_name("results")

# Bulk load and serving settings; the rest are pgcluster's (fsync off and the like).
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


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.audit_events",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--users", type=int, default=4000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--organisations",
        type=int,
        default=40,
        help="other organisations besides the benchmarked one",
    )
    parser.add_argument("--events-in-organisation", type=int, default=25_000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--stagger-ms",
        type=int,
        default=150,
        help="head start of wrk's first thread, to spread connections over the workers",
    )
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per timed run")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds before each run")
    parser.add_argument("--rounds", type=int, default=2, help="API+ceiling pairs")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers per server")
    parser.add_argument(
        "--ceiling-connections", type=int, default=1, help="database connections per ceiling worker"
    )
    parser.add_argument(
        "--count-requests",
        type=int,
        default=200,
        help="requests for the statements-per-request count",
    )
    parser.add_argument(
        "--max-skew",
        type=int,
        default=2,
        help="largest difference in connections between workers for a timed run; -1: any",
    )
    parser.add_argument("--spread-tries", type=int, default=15)
    parser.add_argument("--no-write", action="store_true", help="do not write results/")
    return parser.parse_args(argv)


def _stat_statements_available() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/lib/pg_stat_statements.so"))


# --------------------------------------------------------------------------- checks


def _verify(
    api: harness.Server, ceiling: harness.Server, token: str, seeded: Seeded
) -> dict[str, Any]:
    """Untimed: 50 items and a cursor; the cursor pages on; the ceiling answers the same."""
    auth = {"Authorization": f"Bearer {token}"}
    with httpx.Client(timeout=10.0) as client:
        unauthenticated = client.get(api.base + API_PATH)
        first = client.get(api.base + API_PATH, headers=auth)
        _expect(first.status_code == 200, f"API page 1: status {first.status_code} {first.text}")
        page1 = first.json()
        cursor = page1.get("nextCursor")
        _expect(
            len(page1["items"]) == 50 and bool(cursor),
            f"API page 1: {len(page1['items'])} items, cursor {cursor!r}",
        )
        second = client.get(api.base + API_PATH, headers=auth, params={"cursor": cursor})
        _expect(second.status_code == 200, f"API page 2: status {second.status_code}")
        page2 = second.json()
        keys1 = [(i["occurredAt"], i["id"]) for i in page1["items"]]
        keys2 = [(i["occurredAt"], i["id"]) for i in page2["items"]]
        _expect(
            len(page2["items"]) == 50 and bool(page2.get("nextCursor")),
            f"API page 2: {len(page2['items'])} items",
        )
        _expect(not set(keys1) & set(keys2), "page 2 repeats events of page 1")
        # Newest first across both pages (timestamps as instants, ids as tie-breakers).
        instants = [(datetime.fromisoformat(at), eid) for at, eid in keys1 + keys2]
        _expect(instants == sorted(instants, reverse=True), "pages are not newest first")
        org = str(seeded.organisation_id)
        _expect(
            all(i["organisationId"] == org for i in page1["items"] + page2["items"]),
            "an event of another organisation",
        )
        ceiling_page = client.get(ceiling.base + CEILING_PATH).json()
        same = ceiling_page == page1
        _expect(same, "the ceiling's page differs from the API's")
    return {
        "api_items_page1": len(page1["items"]),
        "api_items_page2": len(page2["items"]),
        "cursor_pages_on": True,
        "ceiling_body_equals_api_body": same,
        "api_without_token_status": unauthenticated.status_code,
        "response_bytes": len(first.content),
    }


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"check failed: {message}")


def _plan(url: str, organisation_id: Any) -> list[str]:
    with psycopg.connect(libpq_url(url)) as conn:
        rows = conn.execute(
            "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
            + CEILING_SQL.replace("%s", f"'{organisation_id}'", 1).replace("%s", "51")
        ).fetchall()
    return [row[0] for row in rows]


# --------------------------------------------------------------------------- statements


def _statements_per_request(
    admin_url: str, db_url: str, targets: list[tuple[str, str, dict[str, str]]], count: int
) -> dict[str, Any]:
    """Statements each server sends per request, counted by pg_stat_statements."""
    found: dict[str, Any] = {}
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        dbid = admin.execute(
            "SELECT oid FROM pg_database WHERE datname = %s",
            (psycopg.conninfo.conninfo_to_dict(db_url)["dbname"],),
        ).fetchone()
        assert dbid is not None
        with httpx.Client(timeout=10.0) as client:
            for name, url, headers in targets:
                admin.execute("ALTER SYSTEM SET pg_stat_statements.track = 'top'")
                admin.execute("SELECT pg_reload_conf()")
                time.sleep(0.3)
                admin.execute("SELECT pg_stat_statements_reset()")
                for _ in range(count):
                    client.get(url, headers=headers).raise_for_status()
                rows = admin.execute(
                    "SELECT calls, total_exec_time, query FROM pg_stat_statements "
                    "WHERE dbid = %s ORDER BY calls DESC, query",
                    (dbid[0],),
                ).fetchall()
                admin.execute("ALTER SYSTEM SET pg_stat_statements.track = 'none'")
                admin.execute("SELECT pg_reload_conf()")
                statements = [
                    {
                        "per_request": round(calls / count, 2),
                        "exec_ms_per_call": round(total / calls, 3) if calls else 0.0,
                        "query": " ".join(query.split())[:120],
                    }
                    for calls, total, query in rows
                ]
                found[name] = {
                    "per_request": round(sum(r[0] for r in rows) / count, 2),
                    "server_exec_ms_per_request": round(sum(r[1] for r in rows) / count, 3),
                    "statements": statements,
                }
    return found


# --------------------------------------------------------------------------- load


@dataclass
class Target:
    name: str
    url: str
    headers: dict[str, str]
    server: harness.Server
    cpu_groups: list[str]

    @property
    def port(self) -> int:
        return int(self.server.base.rsplit(":", 1)[1])


def _load(
    targets: list[Target],
    args: argparse.Namespace,
    meter: harness.CpuMeter,
    sessions: Callable[[], int],
) -> list[dict[str, Any]]:
    """Warm-up then a timed run per target, round after round; CPU and new DB sessions too."""
    runs = []
    for round_no in range(1, args.rounds + 1):
        for target in targets:
            load = {
                "connections": args.connections,
                "threads": args.threads,
                "headers": target.headers,
                "stagger_ms": args.stagger_ms,
            }
            if args.warmup > 0:  # spread too, so that no worker starts the timed run cold
                harness.run_wrk_spread(
                    target.url,
                    seconds=args.warmup,
                    supervisor=target.server.process.pid,
                    port=target.port,
                    max_skew=args.max_skew,
                    tries=args.spread_tries,
                    **load,
                )
            opened = sessions()
            marks: dict[str, Any] = {}

            def mark(marks: dict[str, Any] = marks) -> None:
                marks["cpu"], marks["start"] = meter.snapshot(), time.perf_counter()

            result = harness.run_wrk_spread(
                target.url,
                seconds=args.duration,
                supervisor=target.server.process.pid,
                port=target.port,
                max_skew=args.max_skew,
                tries=args.spread_tries,
                before_start=mark,
                **load,
            )
            wall = time.perf_counter() - marks["start"]
            cores = harness.CpuMeter.cores(marks["cpu"], meter.snapshot(), wall, target.cpu_groups)
            opened = sessions() - opened
            errors = sum(result["errors"].values())
            run = {
                "target": target.name,
                "round": round_no,
                "rps": round(result["rps"], 1),
                "requests": result["requests"],
                "connections": args.connections,
                "errors": result["errors"],
                "latency_ms": {k: round(v / 1000, 2) for k, v in result["latency_us"].items()},
                "worker_connections": result["worker_connections"],
                "spread_tries": result["tries"],
                "cpu_cores": cores,
                "new_database_sessions": opened,
            }
            runs.append(run)
            lat = run["latency_ms"]
            split = "/".join(str(n) for n in result["worker_connections"])
            print(
                f"  {target.name:<8} round {round_no}: {run['rps']:8.1f} req/s  "
                f"p50 {lat['p50']:6.2f}  p95 {lat['p95']:6.2f}  p99 {lat['p99']:6.2f} ms"
                f"{'  ERRORS ' + str(errors) if errors else ''}  split {split}"
                f" (try {result['tries']})  cores {cores}  new db sessions {opened}",
                flush=True,
            )
    return runs


BUSY_CORES = 0.25  # CPU used by other processes during a run beyond which it is flagged


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
        # Little's law: wrk's own mean and percentiles include its correction for
        # coordinated omission, which turns one long stall into many slow samples.
        "mean_ms_from_throughput": round(
            statistics.mean(r["connections"] / r["rps"] * 1000 for r in mine), 2
        ),
        "errors": sum(sum(r["errors"].values()) for r in mine),
        "rps_per_core": round(statistics.mean(per_core), 1) if per_core else None,
        "cpu_ms_per_request": round(1000 / statistics.mean(per_core), 3) if per_core else None,
        "other_cores_max": max(r["cpu_cores"]["other"] for r in mine),
    }


def _table(
    api: dict[str, Any], ceiling: dict[str, Any], ratios: dict[str, float], args: argparse.Namespace
) -> str:
    head = (
        f"{'':<9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>9}{'max ms':>9}{'req/CPU-s':>11}"
    )
    lines = [head + "   runs (req/s)"]
    for name, s in (("API", api), ("ceiling", ceiling)):
        lines.append(
            f"{name:<9}{s['rps']:>8.1f}{s['p50_ms']:>8.2f}{s['p95_ms']:>8.2f}{s['p99_ms']:>9.2f}"
            f"{s['max_ms']:>9.1f}{s['rps_per_core'] or 0:>11.0f}   "
            f"{', '.join(f'{v:.0f}' for v in s['rps_runs'])}"
        )
    ratio = ratios["rps"]
    verdict = "meets" if ratio >= GOAL_RATIO else "below"
    lines.append(f"ratio API/ceiling req/s: {ratio:.2f} ({verdict} the goal of {GOAL_RATIO})")
    lines.append(
        f"ratio API/ceiling requests per CPU-second (server + PostgreSQL): "
        f"{ratios['rps_per_core']:.2f}"
    )
    lines.append(
        f"wrk: {args.connections} connections, {args.threads} threads, "
        f"{args.duration:.0f} s per run after {args.warmup:.0f} s warm-up, loopback; "
        "wrk, both servers and PostgreSQL share the same "
        f"{harness.machine_facts()['nproc']} cores."
    )
    lines.append(
        "Latencies are wrk's (mean of the runs; percentiles corrected for coordinated "
        "omission, so a rare long stall shows in p95/p99); req/CPU-s counts the CPU of "
        "the server's processes and PostgreSQL's."
    )
    lines.append("The ceiling has no authentication; the API checks a bearer token per request.")
    busy = max(api["other_cores_max"], ceiling["other_cores_max"])
    if busy > BUSY_CORES:
        lines.append(
            f"WARNING: other processes used up to {busy:.2f} cores during the runs; req/s "
            "and the req/s ratio are disturbed (the per-CPU-second ratio much less so)."
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    started = time.perf_counter()
    if not shutil.which("wrk"):
        print(
            "wrk is missing: install Debian's wrk (apt-get install -y wrk, or make system-deps)",
            file=sys.stderr,
        )
        return 2
    machine = harness.machine_facts()
    counting = _stat_statements_available()
    settings = {**PG_SETTINGS, **(STAT_STATEMENTS if counting else {})}

    with cluster(settings) as url:
        print("PostgreSQL cluster up; migrating …", flush=True)
        migrate(Settings(database_url=url))
        print(
            f"filling: {args.users} users, {args.events} audit events over "
            f"{args.organisations + 1} organisations …",
            flush=True,
        )
        seeded = fill(
            url,
            users=args.users,
            events=args.events,
            organisations=args.organisations,
            events_in_organisation=args.events_in_organisation,
        )
        fill_s = seeded.timings["total_s"]
        steps = ", ".join(f"{k[:-2]} {v:.1f}" for k, v in seeded.timings.items() if k != "total_s")
        print(f"fill took {fill_s:.1f} s ({steps})", flush=True)

        with psycopg.connect(libpq_url(url)) as conn:
            pg_version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
            data_dir = str(conn.execute("SHOW data_directory").fetchone()[0])  # type: ignore[index]
            counts = {
                "organisations": conn.execute("SELECT count(*) FROM organisations").fetchone()[0],  # type: ignore[index]
                "users": conn.execute("SELECT count(*) FROM users").fetchone()[0],  # type: ignore[index]
                "audit_events": conn.execute("SELECT count(*) FROM audit_events").fetchone()[0],  # type: ignore[index]
                "audit_events_in_benchmarked_organisation": conn.execute(
                    "SELECT count(*) FROM audit_events WHERE organisation_id = %s",
                    (seeded.organisation_id,),
                ).fetchone()[0],  # type: ignore[index]
                "audit_events_size_mb": round(
                    conn.execute("SELECT pg_total_relation_size('audit_events')").fetchone()[0]
                    / 2**20
                ),  # type: ignore[index]
            }
        postmaster = int(Path(data_dir, "postmaster.pid").read_text().split()[0])
        plan = _plan(url, seeded.organisation_id)

        api_port, ceiling_port = free_port(), free_port()
        api_env = {"VAKWERK_DATABASE_URL": url, "VAKWERK_DEMO": "false"}
        ceiling_env = {
            "CEILING_DSN": libpq_url(url),
            "CEILING_ORGANISATION_ID": str(seeded.organisation_id),
            "CEILING_CONNECTIONS": str(args.ceiling_connections),
        }
        with (
            harness.server(
                "api",
                harness.uvicorn_command("vakwerk.asgi:app", api_port, args.workers),
                api_port,
                api_env,
                "/api/v1/health",
            ) as api,
            harness.server(
                "ceiling",
                harness.uvicorn_command("bench.ceiling:app", ceiling_port, args.workers),
                ceiling_port,
                ceiling_env,
                "/health",
            ) as ceiling,
        ):
            checks = _verify(api, ceiling, seeded.token, seeded)
            print(f"checks passed: {checks}", flush=True)
            auth = {"Authorization": f"Bearer {seeded.token}"}
            targets = [
                Target("API", api.base + API_PATH, auth, api, ["api", "postgres"]),
                Target(
                    "ceiling", ceiling.base + CEILING_PATH, {}, ceiling, ["ceiling", "postgres"]
                ),
            ]
            meter = harness.CpuMeter(
                {"api": api.process.pid, "ceiling": ceiling.process.pid, "postgres": postmaster}
            )
            print(
                f"load: wrk -c{args.connections} -t{args.threads}, {args.rounds} rounds of "
                f"API then ceiling, {args.warmup:.0f}+{args.duration:.0f} s each",
                flush=True,
            )
            with psycopg.connect(libpq_url(url), autocommit=True) as stats:

                def sessions() -> int:
                    # Connections opened to the database so far (pool growth and churn).
                    stats.execute("SELECT pg_stat_clear_snapshot()")
                    time.sleep(1.1)  # backends report their statistics at most once a second
                    row = stats.execute(
                        "SELECT sessions FROM pg_stat_database WHERE datname = current_database()"
                    ).fetchone()
                    return int(row[0]) if row else 0

                runs = _load(targets, args, meter, sessions)
            statements = (
                _statements_per_request(
                    libpq_url(url).rsplit("/", 1)[0] + "/postgres",
                    libpq_url(url),
                    [
                        ("API", api.base + API_PATH, auth),
                        ("ceiling", ceiling.base + CEILING_PATH, {}),
                    ],
                    args.count_requests,
                )
                if counting and args.count_requests > 0
                else {}
            )

    api_s, ceiling_s = _summary(runs, "API"), _summary(runs, "ceiling")
    ratios = {
        "rps": api_s["rps"] / ceiling_s["rps"] if ceiling_s["rps"] else 0.0,
        "rps_per_core": (
            api_s["rps_per_core"] / ceiling_s["rps_per_core"]
            if api_s["rps_per_core"] and ceiling_s["rps_per_core"]
            else 0.0
        ),
    }
    total_s = time.perf_counter() - started
    print()
    print(_table(api_s, ceiling_s, ratios, args))
    for name, found in statements.items():
        parts = ", ".join(f"{s['per_request']}x {s['query'][:48]}" for s in found["statements"])
        print(f"statements per request, {name}: {found['per_request']} ({parts})")
    print(f"fill {fill_s:.1f} s; whole run {total_s:.1f} s")

    result = {
        "benchmark": "audit_events_first_page",
        "date": date.today().isoformat(),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": harness.source_revision(),
        "goal_ratio": GOAL_RATIO,
        "ratio_api_to_ceiling_rps": round(ratios["rps"], 3),
        "ratio_api_to_ceiling_rps_per_cpu_second": round(ratios["rps_per_core"], 3),
        "api": api_s,
        "ceiling": ceiling_s,
        "runs": runs,
        "checks": checks,
        "statements_per_request": statements,
        "query_plan": plan,
        "fill_seconds": {k: round(v, 2) for k, v in seeded.timings.items()},
        "total_run_seconds": round(total_s, 1),
        "rows": counts,
        "machine": machine,
        "versions": harness.versions(pg_version),
        "parameters": {
            "api": f"GET {API_PATH} (limit 50, no filters), bearer token of a beheerder",
            "ceiling": f"GET {CEILING_PATH}: bench/ceiling.py, no authentication",
            "uvicorn_workers": args.workers,
            "ceiling_connections_per_worker": args.ceiling_connections,
            "load_generator": "wrk",
            "connections": args.connections,
            "wrk_threads": args.threads,
            "wrk_stagger_ms": args.stagger_ms,
            "max_worker_skew": args.max_skew,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "rounds": args.rounds,
            "order": "API, ceiling, repeated",
            "postgres_settings": {
                **settings,
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
            },
            "users_requested": args.users,
            "events_requested": args.events,
            "other_organisations": args.organisations,
            "events_in_organisation_requested": args.events_in_organisation,
        },
    }
    if not args.no_write:
        RESULTS.mkdir(exist_ok=True)
        target = RESULTS / f"{date.today().isoformat()}.json"
        target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(f"written: bench/results/{target.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
