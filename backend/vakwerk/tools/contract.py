"""Print the contract as the application generates it (``make openapi``)."""

from __future__ import annotations

import json
import sys

from vakwerk.core.config import Settings


def generate() -> str:
    from vakwerk.main import create_app

    app = create_app(Settings(database_url="sqlite://"))
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate())
