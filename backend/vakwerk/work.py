"""'Mijn werk' (``GET /me/work``): the start page's counts per role, from every capability.

A capability adds its items with one ``core.work.Source`` in its own package
(``<capability>/work.py``: the items with their meaning, and the SQL that counts them)
and one line in ``SOURCES`` below; the reply's schema, the contract's descriptions and
the single counting statement follow from that list.
"""

from __future__ import annotations

from typing import Any

from vakwerk.assessments.work import WORK as ASSESSMENTS
from vakwerk.cases.work import WORK as CASES
from vakwerk.clients.work import WORK as CLIENTS
from vakwerk.core.policy import Op
from vakwerk.core.routing import GrantDep, SessionDep, op, router
from vakwerk.core.work import Source, my_work, reply_model
from vakwerk.people.work import WORK as PEOPLE

SOURCES: tuple[Source, ...] = (CASES, ASSESSMENTS, CLIENTS, PEOPLE)

MyWork = reply_model(SOURCES)
routes = router("Mensen")


@routes.get(
    "/me/work",
    response_model=MyWork,
    response_model_exclude_unset=True,
    summary="Mijn werk: de aantallen op mijn startpagina",
    description=(
        "Per rol van de aanvrager de aantallen die de startpagina toont, elk het totaal van "
        "de lijst waarnaar de pagina verwijst (zie de beschrijving per veld). Alleen de "
        "velden van uw rollen staan in het antwoord. Geteld in één databasevraag; telt "
        "alleen wat u mag lezen."
    ),
    **op(Op.READ_ME),
)
async def read_my_work(session: SessionDep, grant: GrantDep) -> Any:
    return MyWork.model_validate(await my_work(session, grant.actor, SOURCES))
