"""Browser tests: the real server in a subprocess, scenarios in headless Chromium.

The server is started once per session (``vakwerk migrate`` then ``vakwerk serve``) on
a fresh SQLite file with the demo organisation, on a free port. Each scenario is a Node
script under ``scenarios/`` driving Debian's Chromium through playwright-core.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = Path(__file__).resolve().parent / "scenarios"
CHROMIUM = Path("/usr/bin/chromium")
STARTUP_SECONDS = 60
SCENARIO_SECONDS = 180


def _vakwerk() -> str:
    """The ``vakwerk`` command of this virtualenv."""
    for candidate in (ROOT / ".venv" / "bin" / "vakwerk", Path(sys.executable).parent / "vakwerk"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("vakwerk")
    if found is None:
        pytest.fail("the vakwerk command is not installed (make install)")
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:  # noqa: S310 - our own server
            return bool(reply.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="session")
def browser_tools() -> None:
    """Chromium and Node must be there; outside CI a missing Chromium skips."""
    missing = [
        name
        for name, ok in (
            ("chromium", CHROMIUM.exists()),
            ("node", shutil.which("node") is not None),
        )
        if not ok
    ]
    if not missing:
        return
    message = f"browser tests need {' and '.join(missing)} (make system-deps)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real server with the demo organisation, on a fresh database and a free port."""
    work = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    env = {
        **os.environ,
        "VAKWERK_DATABASE_URL": f"sqlite:///{work / 'e2e.db'}",
        "VAKWERK_DEMO": "true",
        "VAKWERK_PORT": str(port),
        "VAKWERK_HOST": "127.0.0.1",
        "VAKWERK_ENVIRONMENT": "development",
        "VAKWERK_WORKERS": "1",
    }
    vakwerk = _vakwerk()
    migrated = subprocess.run(
        [vakwerk, "migrate"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert migrated.returncode == 0, f"vakwerk migrate failed:\n{migrated.stdout}{migrated.stderr}"
    log_path = work / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [vakwerk, "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _healthy(f"{base}/api/v1/health"):
            if process.poll() is not None or time.monotonic() > deadline:
                output = log_path.read_text(errors="replace")
                pytest.fail(f"the server did not start (exit {process.poll()}):\n{output}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture()
def run_scenario(browser_tools: None, server_url: str) -> Callable[[str], None]:
    """Run scenarios/<name>.mjs against the server; its output is shown when it fails."""

    def run(name: str) -> None:
        script = SCENARIOS / f"{name}.mjs"
        started = time.monotonic()
        result = subprocess.run(
            ["node", str(script)],
            cwd=ROOT,
            env={**os.environ, "BASE_URL": server_url},
            capture_output=True,
            text=True,
            timeout=SCENARIO_SECONDS,
        )
        took = time.monotonic() - started
        output = f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
        assert result.returncode == 0, (
            f"scenario {name} failed (exit {result.returncode}, {took:.1f}s)\n{output}"
        )
        print(f"scenario {name}: {took:.1f}s\n{result.stdout}")

    return run
