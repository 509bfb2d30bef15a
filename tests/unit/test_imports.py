"""Every capability imports on its own, in any order: nothing depends on another module
having been imported first (no registry that fills itself, no replaced function)."""

from __future__ import annotations

import subprocess
import sys

import pytest

FIRST = [
    "vakwerk.core.edge",
    "vakwerk.people.routes",
    "vakwerk.clients.routes",
    "vakwerk.cases.routes",
    "vakwerk.assessments.routes",
    "vakwerk.conferences.rotation",
    "vakwerk.dashboard.periods",
    "vakwerk.integrations.caseload_file",
    "vakwerk.onboarding",
]


@pytest.mark.parametrize("module", FIRST)
def test_a_capability_imports_first_and_the_app_still_builds(module: str) -> None:
    code = (
        f"import {module}\n"
        "from vakwerk.core.config import Settings\n"
        "from vakwerk.main import create_app\n"
        "app = create_app(Settings(database_url='sqlite://'))\n"
        "assert app.state.setting_checks\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
