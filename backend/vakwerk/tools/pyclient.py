"""Generate the Python client from the contract (``make clients``).

Usage: ``python -m vakwerk.tools.pyclient openapi/openapi.json``

The generator is openapi-python-client, pinned in ``requirements.lock`` (its
dependencies agree with ours, so it lives in the project's virtualenv) and run from the
environment of this interpreter. It writes ``clients/python/vakwerk_client``; ruff then
applies its fixes and formatting with the project's ``pyproject.toml``, so the
committed code is ruff-clean and the output depends only on the contract (the
freshness test generates into a temporary project and compares).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CLIENT_DIR = Path("clients") / "python"
PACKAGE = "vakwerk_client"
CONFIG = CLIENT_DIR / "openapi-python-client.yaml"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run `make install`")
    return found


def generate(contract: Path, root: Path = ROOT) -> Path:
    """Write ``<root>/clients/python/vakwerk_client``; ``root`` holds the pyproject.toml."""
    out = root / CLIENT_DIR / PACKAGE
    command = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(contract),
        "--meta",
        "none",
        "--config",
        str(ROOT / CONFIG),
        "--output-path",
        str(out),
        "--overwrite",
        "--fail-on-warning",
    ]
    subprocess.run(command, check=True, capture_output=True, text=True, cwd=root)  # noqa: S603
    ruff = _tool("ruff")
    target = str(out.relative_to(root))
    for step in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run([ruff, *step, target], check=True, cwd=root)  # noqa: S603
    return out


if __name__ == "__main__":
    generate(
        Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "openapi" / "openapi.json").resolve()
    )
