"""Import every table module so SQLModel.metadata is complete (Alembic, tests)."""

from __future__ import annotations


def import_all() -> None:
    from vakwerk.assessments import models as assessments  # noqa: F401
    from vakwerk.cases import models as cases  # noqa: F401
    from vakwerk.clients import models as clients  # noqa: F401
    from vakwerk.conferences import models as conferences  # noqa: F401
    from vakwerk.core import (
        audit,  # noqa: F401
        idempotency,  # noqa: F401
    )
    from vakwerk.dashboard import models as dashboard  # noqa: F401
    from vakwerk.integrations import models as integrations  # noqa: F401
    from vakwerk.people import models  # noqa: F401
