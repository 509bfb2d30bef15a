"""Who may do what: docs/domain.md §0's table as data, and the one place it is applied.

Every route declares its operation; the authorisation middleware refuses a role
or scope with "—" before any lookup or body validation, and services narrow
their queries with the ``Grant`` it produces.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from vakwerk.core.errors import Forbidden


class Scope(StrEnum):
    OWN = "own"
    TEAM = "team"
    ORG = "org"
    REFERRED = "referred"
    ANY = "any"  # the superuser's grant for the few operations it has


class Op(StrEnum):
    PUBLIC = "public"
    READ_ME = "read_me"
    LOGOUT = "logout"
    CREATE_ORGANISATION = "create_organisation"
    READ_ORGANISATIONS = "read_organisations"
    READ_ORGANISATION = "read_organisation"
    READ_PEOPLE = "read_people"
    READ_SETTINGS = "read_settings"
    UPDATE_SETTINGS = "update_settings"
    MANAGE_PEOPLE = "manage_people"
    CREATE_USER = "create_user"
    RECORD_AVAILABILITY = "record_availability"
    READ_ABSENCES = "read_absences"
    MANAGE_API_CLIENTS = "manage_api_clients"
    READ_AUDIT = "read_audit"
    READ_CLIENTS = "read_clients"
    WRITE_CLIENTS = "write_clients"
    UPSERT_CLIENT = "upsert_client"
    RECORD_DIAGNOSIS = "record_diagnosis"
    MANAGE_EXEMPTIONS = "manage_exemptions"
    CREATE_CASE = "create_case"
    READ_CASES = "read_cases"
    EDIT_CASE = "edit_case"
    READ_TREES = "read_trees"
    PUBLISH_TREE = "publish_tree"
    MAINTAIN_BOILERPLATE = "maintain_boilerplate"
    START_ASSESSMENT = "start_assessment"
    ANSWER_ASSESSMENT = "answer_assessment"
    WITHDRAW_ASSESSMENT = "withdraw_assessment"
    READ_ASSESSMENTS = "read_assessments"
    REVIEW_REFERRAL = "review_referral"
    ASSESSMENT_STATS = "assessment_stats"
    ASSESSMENT_STATS_PER_PERSON = "assessment_stats_per_person"
    # conferences
    MANAGE_SERIES = "manage_series"  # create a series, add or remove its members
    READ_SERIES = "read_series"  # series and their members
    READ_CONFERENCES = "read_conferences"  # sessions, agenda, minutes, rotation, calendar
    WRITE_MINUTES = "write_minutes"  # minutes and attendance
    EDIT_SERIES = "edit_series"  # edit a series, move or cancel sessions, the agenda
    HAND_OVER_TASK = "hand_over_task"
    RECORD_TAKEOVER = "record_takeover"
    CREATE_DILEMMA = "create_dilemma"
    CAST_VOTE = "cast_vote"
    READ_DILEMMAS = "read_dilemmas"
    READ_STANDPOINTS = "read_standpoints"
    RECORD_STANDPOINT = "record_standpoint"
    WITHDRAW_STANDPOINT = "withdraw_standpoint"
    MANAGE_CALENDAR_FEEDS = "manage_calendar_feeds"
    # dashboard and import
    READ_DASHBOARD = "read_dashboard"  # exemption figures and attention lists
    MANUAL_COUNTS = "manual_counts"  # the two counts by hand
    READ_BENCHMARKS = "read_benchmarks"  # national reference figures: read
    RECORD_BENCHMARK = "record_benchmark"  # national reference figures: record
    IMPORT_CASELOAD = "import_caseload"  # the caseload import, its mapping and records


KM, TL, KW, CO, BH = "klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"
SUPERUSER = "superuser"

ALL_ORG = {KM: Scope.ORG, TL: Scope.ORG, KW: Scope.ORG, CO: Scope.ORG, BH: Scope.ORG}
ALL_OWN = {KM: Scope.OWN, TL: Scope.OWN, KW: Scope.OWN, CO: Scope.OWN, BH: Scope.OWN}

# operation -> role -> scope.  A role missing from an entry is "—".
TABLE: dict[Op, dict[str, Scope]] = {
    Op.READ_ME: {**ALL_OWN, SUPERUSER: Scope.ANY},
    Op.LOGOUT: {**ALL_OWN, SUPERUSER: Scope.ANY},
    Op.CREATE_ORGANISATION: {SUPERUSER: Scope.ANY},
    Op.READ_ORGANISATIONS: {**ALL_ORG, SUPERUSER: Scope.ANY},
    Op.READ_ORGANISATION: {**ALL_ORG, SUPERUSER: Scope.ANY},
    Op.READ_PEOPLE: ALL_ORG,  # teams and colleagues: the superuser sees no people
    Op.READ_SETTINGS: ALL_ORG,
    Op.UPDATE_SETTINGS: {BH: Scope.ORG},
    Op.MANAGE_PEOPLE: {BH: Scope.ORG},
    # The superuser may create an organisation's beheerder and nothing else.
    Op.CREATE_USER: {BH: Scope.ORG, SUPERUSER: Scope.ANY},
    Op.RECORD_AVAILABILITY: {KM: Scope.OWN, TL: Scope.TEAM, CO: Scope.OWN, BH: Scope.ORG},
    Op.READ_ABSENCES: {KM: Scope.TEAM, TL: Scope.TEAM, CO: Scope.OWN, BH: Scope.ORG},
    Op.MANAGE_API_CLIENTS: {BH: Scope.ORG},
    Op.READ_AUDIT: {BH: Scope.ORG},
    Op.READ_CLIENTS: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG, CO: Scope.REFERRED},
    Op.WRITE_CLIENTS: {KM: Scope.TEAM, TL: Scope.TEAM},
    Op.UPSERT_CLIENT: {},
    Op.RECORD_DIAGNOSIS: {KM: Scope.TEAM, TL: Scope.TEAM},
    Op.MANAGE_EXEMPTIONS: {KM: Scope.TEAM, TL: Scope.TEAM},
    Op.CREATE_CASE: {KM: Scope.TEAM, TL: Scope.TEAM},
    # a klantmanager reads the team's cases, but a colleague's concept only when it is their own
    Op.READ_CASES: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG},
    Op.EDIT_CASE: {KM: Scope.OWN, TL: Scope.TEAM},
    Op.READ_TREES: ALL_ORG,  # decision trees and the boilerplate list
    Op.PUBLISH_TREE: {BH: Scope.ORG},
    Op.MAINTAIN_BOILERPLATE: {KW: Scope.ORG, BH: Scope.ORG},
    Op.START_ASSESSMENT: {KM: Scope.TEAM},
    Op.ANSWER_ASSESSMENT: {KM: Scope.OWN},  # answer, complete, flag twijfel
    Op.WITHDRAW_ASSESSMENT: {KM: Scope.OWN, TL: Scope.TEAM},
    Op.READ_ASSESSMENTS: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG, CO: Scope.REFERRED},
    Op.REVIEW_REFERRAL: {CO: Scope.REFERRED},  # never their own: checked in the service
    Op.ASSESSMENT_STATS: {KM: Scope.OWN, TL: Scope.TEAM, KW: Scope.ORG, CO: Scope.ORG},
    Op.ASSESSMENT_STATS_PER_PERSON: {KM: Scope.OWN, TL: Scope.TEAM, KW: Scope.ORG},
    # conferences — a klantmanager's "own" is their part in the series or session: the series
    # owner edits it, the chair or note-taker writes the minutes (checked in the service)
    Op.MANAGE_SERIES: {TL: Scope.TEAM, BH: Scope.ORG},
    # docs/domain.md §0 is silent on reading a series itself: whoever reads its sessions, and the
    # beheerder who creates and edits series
    Op.READ_SERIES: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG, BH: Scope.ORG},
    Op.READ_CONFERENCES: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG},
    Op.WRITE_MINUTES: {KM: Scope.OWN, TL: Scope.TEAM},
    Op.EDIT_SERIES: {KM: Scope.OWN, TL: Scope.TEAM, BH: Scope.ORG},
    Op.HAND_OVER_TASK: {KM: Scope.OWN, TL: Scope.TEAM},
    Op.RECORD_TAKEOVER: {KM: Scope.OWN, TL: Scope.TEAM},
    # a klantmanager creates a dilemma as the series owner; votes are cast by series members
    Op.CREATE_DILEMMA: {KM: Scope.TEAM, TL: Scope.TEAM},
    Op.CAST_VOTE: {KM: Scope.TEAM, TL: Scope.TEAM},
    Op.READ_DILEMMAS: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG},
    Op.READ_STANDPOINTS: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG},
    Op.RECORD_STANDPOINT: {KM: Scope.OWN, TL: Scope.TEAM},  # km: the dilemma session's chair
    Op.WITHDRAW_STANDPOINT: {TL: Scope.TEAM},
    Op.MANAGE_CALENDAR_FEEDS: {KM: Scope.OWN, TL: Scope.OWN, KW: Scope.OWN},
    # dashboard and import
    Op.READ_DASHBOARD: {KM: Scope.TEAM, TL: Scope.TEAM, KW: Scope.ORG},
    Op.MANUAL_COUNTS: {TL: Scope.TEAM},
    # Reference data like the decision trees: everyone in the organisation reads the figures
    # the dashboard compares with; only the beheerder records them.
    Op.READ_BENCHMARKS: ALL_ORG,
    Op.RECORD_BENCHMARK: {BH: Scope.ORG},
    Op.IMPORT_CASELOAD: {BH: Scope.ORG},
}

# operation -> the API-client scope that allows it (org-wide within its organisation).
API_SCOPE_FOR: dict[Op, str] = {
    Op.READ_CLIENTS: "clients:read",
    Op.UPSERT_CLIENT: "clients:write",
    Op.RECORD_DIAGNOSIS: "clients:write",
    Op.READ_ASSESSMENTS: "assessments:read",
    # dashboard and import
    Op.READ_DASHBOARD: "dashboard:read",
    Op.READ_BENCHMARKS: "dashboard:read",
    Op.IMPORT_CASELOAD: "imports:write",
}

# Operations that need no credentials at all.
PUBLIC_OPS = frozenset({Op.PUBLIC})


@dataclass(frozen=True)
class Actor:
    kind: str  # "user" | "api_client"
    id: uuid.UUID
    organisation_id: uuid.UUID | None
    roles: frozenset[str] = frozenset()
    team_ids: frozenset[uuid.UUID] = frozenset()
    api_scopes: frozenset[str] = frozenset()
    is_superuser: bool = False
    credential_id: uuid.UUID | None = None

    @property
    def audit_type(self) -> str:
        return self.kind


@dataclass(frozen=True)
class Grant:
    """What the actor may do for one operation: the union of its roles' scopes."""

    actor: Actor
    op: Op
    scopes: frozenset[Scope] = field(default_factory=frozenset)

    @property
    def org_wide(self) -> bool:
        return bool(self.scopes & {Scope.ORG, Scope.ANY})

    @property
    def team_wide(self) -> bool:
        return self.org_wide or Scope.TEAM in self.scopes

    def organisation_id(self) -> uuid.UUID:
        if self.actor.organisation_id is None:
            raise Forbidden()
        return self.actor.organisation_id


def scopes_for(actor: Actor, op: Op) -> frozenset[Scope]:
    entry = TABLE.get(op, {})
    if actor.kind == "api_client":
        needed = API_SCOPE_FOR.get(op)
        return frozenset({Scope.ORG}) if needed and needed in actor.api_scopes else frozenset()
    if actor.is_superuser:
        return frozenset({entry[SUPERUSER]}) if SUPERUSER in entry else frozenset()
    return frozenset(entry[role] for role in actor.roles if role in entry)


def grants_of(actor: Actor) -> dict[str, list[str]]:
    """Every operation the actor may do, with its scopes (the union over its roles), in
    the table's order: what ``GET /me`` tells the frontend, so no screen copies the table."""
    granted = {op: scopes_for(actor, op) for op in TABLE}
    return {
        op.value: sorted(scope.value for scope in found) for op, found in granted.items() if found
    }


def grant_for(actor: Actor, op: Op) -> Grant:
    """The actor's grant for another operation than the request's (e.g. the read scope
    that decides 404 before a write's 403); empty where the role has "—"."""
    return Grant(actor=actor, op=op, scopes=scopes_for(actor, op))


def authorize(actor: Actor, op: Op) -> Grant:
    """Step 2 of the check order: refuse "—" before any lookup."""
    scopes = scopes_for(actor, op)
    if not scopes:
        raise Forbidden("Uw rol geeft geen toegang tot deze handeling.")
    return Grant(actor=actor, op=op, scopes=scopes)
