"""Pieces the benchmarks share: servers as subprocesses, wrk, CPU accounting, machine facts."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("report.lua")
TICKS = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------- servers


@dataclass
class Server:
    name: str
    base: str
    process: subprocess.Popen[bytes]
    log: Path

    def tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def uvicorn_command(app: str, port: int, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--workers",
        str(workers),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]


@contextlib.contextmanager
def server(
    name: str, command: list[str], port: int, env: Mapping[str, str], health: str
) -> Iterator[Server]:
    """Start a server in its own process group; stop that group on the way out."""
    logdir = Path(tempfile.mkdtemp(prefix="vakwerk-bench-"))
    log = logdir / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    srv = Server(name, f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_healthy(srv, health)
        yield srv
    finally:
        _stop(process)
        shutil.rmtree(logdir, ignore_errors=True)


def _wait_healthy(srv: Server, path: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if srv.process.poll() is not None:
            raise RuntimeError(f"{srv.name} exited early:\n{srv.tail()}")
        try:
            if httpx.get(srv.base + path, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{srv.name} did not answer {path} within {timeout:.0f} s:\n{srv.tail()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


# --------------------------------------------------------------------------- CPU accounting


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree(root: int, tree: dict[int, list[int]]) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def _ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])
    return total - idle, total


class CpuMeter:
    """CPU seconds spent by process trees (servers, PostgreSQL), the load generator and others."""

    def __init__(self, roots: Mapping[str, int]) -> None:
        self.roots = dict(roots)

    def snapshot(self) -> dict[str, float]:
        tree = _children()
        shot = {
            name: sum(_ticks(pid) for pid in _tree(root, tree)) / TICKS
            for name, root in self.roots.items()
        }
        busy, total = _machine_ticks()
        shot["_busy"] = busy / TICKS
        shot["_total"] = total / TICKS
        shot["_children"] = (
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
            + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime
        )
        return shot

    @staticmethod
    def cores(
        before: dict[str, float], after: dict[str, float], wall: float, names: list[str]
    ) -> dict[str, float]:
        """Average cores each group used over ``wall`` seconds; 'wrk' and 'other' included."""
        used = {name: (after[name] - before[name]) / wall for name in names}
        used["wrk"] = (after["_children"] - before["_children"]) / wall
        busy = (after["_busy"] - before["_busy"]) / wall
        used["other"] = max(0.0, busy - sum(used.values()))
        return {k: round(v, 2) for k, v in used.items()}


# --------------------------------------------------------------------------- wrk


def wrk_version() -> str:
    found = shutil.which("wrk")
    if not found:
        return ""
    out = subprocess.run([found, "-v"], capture_output=True, text=True, check=False)
    match = re.search(r"wrk (\S+)", out.stdout + out.stderr)
    return match.group(1) if match else "unknown"


def _wrk_command(
    url: str,
    connections: int,
    threads: int,
    seconds: float,
    headers: Mapping[str, str],
    script: Path | None = None,
) -> list[str]:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "5s",
        "-s",
        str(script or LUA),
    ]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    command.append(url)
    return command


def _wrk_result(stdout: str, stderr: str) -> dict[str, Any]:
    statuses: dict[str, int] = {}
    for line in stdout.splitlines():
        if line.startswith("BENCH_STATUS "):
            _, status, count = line.split()
            statuses[status] = statuses.get(status, 0) + int(count)
    for line in stdout.splitlines():
        if line.startswith("WRK_JSON "):
            result: dict[str, Any] = json.loads(line[len("WRK_JSON ") :])
            result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
            result["statuses"] = statuses
            return result
    raise RuntimeError(f"wrk printed no result:\n{stdout}\n{stderr}")


def _wrk_env(stagger_ms: int) -> dict[str, str]:
    return {**os.environ, "WRK_STAGGER_MS": str(stagger_ms)}


def run_wrk(
    url: str,
    *,
    connections: int,
    threads: int,
    seconds: float,
    headers: Mapping[str, str],
    stagger_ms: int = 0,
) -> dict[str, Any]:
    command = _wrk_command(url, connections, threads, seconds, headers)
    out = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
        env=_wrk_env(stagger_ms),
    )
    return _wrk_result(out.stdout, out.stderr)


def run_wrk_spread(
    url: str,
    *,
    connections: int,
    threads: int,
    seconds: float,
    headers: Mapping[str, str],
    supervisor: int,
    port: int,
    max_skew: int,
    tries: int,
    stagger_ms: int = 0,
    before_start: Callable[[], None] = lambda: None,
    script: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Run wrk once its connections are spread over the workers (within ``max_skew``).

    uvicorn's workers share one listening socket and each accepts every connection
    that is waiting when it wakes, so wrk's 16 connections, opened at once, often
    land on one worker (16/0, 13/3). A run is restarted, at most ``tries`` times,
    until the split is even enough; the split and the tries are part of the result.
    ``max_skew < 0`` takes the first split whatever it is. With several wrk threads,
    ``stagger_ms`` starts each thread after the first that much later (see report.lua),
    which makes an even split likely at the first try; the requests the first thread
    sends during that head start count too (about stagger/duration/threads extra).
    """
    command = _wrk_command(url, connections, threads, seconds, headers, script)
    split: list[int] = []
    for attempt in range(1, tries + 1):
        before_start()
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**_wrk_env(stagger_ms), **(env or {})},
        )
        deadline = time.monotonic() + 2.0 + stagger_ms / 1000 * threads
        while time.monotonic() < deadline:
            time.sleep(0.05)
            split = worker_connections(supervisor, port)
            if sum(split) >= connections:
                break
        last = attempt == tries
        if max_skew < 0 or last or (split and max(split) - min(split) <= max_skew):
            stdout, stderr = process.communicate(timeout=seconds + 60)
            if process.returncode != 0:
                raise RuntimeError(f"wrk failed ({process.returncode}): {stderr}")
            result = _wrk_result(stdout, stderr)
            result["worker_connections"] = split
            result["tries"] = attempt
            return result
        process.terminate()
        process.communicate(timeout=10)
        time.sleep(0.3)  # let the server notice the closed connections
    raise AssertionError("unreachable")


def _workers(supervisor: int) -> list[int]:
    """uvicorn's worker processes (spawned children; not the resource tracker)."""
    found = []
    for pid in _children().get(supervisor, []):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            found.append(pid)
    return sorted(found)


def worker_connections(supervisor: int, port: int) -> list[int]:
    """Established client connections each worker holds on ``port``, in worker order."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                local_port = int(fields[1].rsplit(":", 1)[1], 16)
                if local_port == port and fields[3] == "01":
                    inodes.add(fields[9])
    counts = []
    for pid in _workers(supervisor):
        count = 0
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if target.startswith("socket:[") and target[8:-1] in inodes:
                        count += 1
        counts.append(count)
    return counts


# --------------------------------------------------------------------------- facts


def machine_facts() -> dict[str, Any]:
    meminfo = Path("/proc/meminfo").read_text()
    match = re.search(r"MemTotal:\s+(\d+) kB", meminfo)
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(int(match.group(1)) / 1024 / 1024, 1) if match else None,
        "cpu_model": model,
        "kernel": platform.release(),
        "load_average_at_start": [round(v, 2) for v in os.getloadavg()],
    }


def versions(postgres: str) -> dict[str, str]:
    found = {"python": platform.python_version(), "postgres": postgres, "wrk": wrk_version()}
    for name in (
        "fastapi",
        "starlette",
        "pydantic",
        "sqlalchemy",
        "sqlmodel",
        "psycopg",
        "uvicorn",
        "uvloop",
        "httptools",
    ):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "absent"
    return found


def source_revision() -> str:
    """The commit measured, with "+changes" when backend/ differs from it (or BENCH_SOURCE)."""
    if os.environ.get("BENCH_SOURCE"):
        return os.environ["BENCH_SOURCE"]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "backend", "migrations"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + ("+changes" if dirty else "")
