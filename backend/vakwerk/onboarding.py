"""Creating an organisation: one call that also seeds what every organisation starts with.

The route, the bootstrap, the demo and the tests all use ``create_organisation``, so an
organisation never exists without its settings, its decision tree (version 1, current)
and the seeded boilerplate sentence.
"""

from __future__ import annotations

from fastapi import Response
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.assessments import trees
from vakwerk.core.http import created
from vakwerk.core.policy import Grant, Op
from vakwerk.core.routing import GrantDep, SessionDep, op, router
from vakwerk.dashboard import counts as dashboard
from vakwerk.people import organisations
from vakwerk.people.models import Organisation
from vakwerk.people.schemas import OrganisationCreate, OrganisationRead

routes = router("Mensen")


async def create_organisation(session: AsyncSession, grant: Grant, name: str) -> Organisation:
    org = await organisations.create_organisation(session, grant, name)
    await trees.seed_organisation(session, org.id)
    await dashboard.seed_organisation(session, org.id)
    return org


@routes.post(
    "/organisations",
    response_model=OrganisationRead,
    status_code=201,
    summary="Organisatie aanmaken (platformbeheerder)",
    name="create_organisation",
    **op(Op.CREATE_ORGANISATION, problems=(400,)),
)
async def create_organisation_route(
    session: SessionDep, grant: GrantDep, response: Response, body: OrganisationCreate
) -> OrganisationRead:
    org = await create_organisation(session, grant, body.name)
    created(response, f"/api/v1/organisations/{org.id}", org.version)
    return OrganisationRead.model_validate(org)
