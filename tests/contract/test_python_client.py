"""The generated Python client (clients/python), used for real against a live server.

One walk per database drives the server on loopback through ``vakwerk_client`` only:
every operation of the contract at least once on its happy path, in an order that
builds the records the next step needs, and the problem replies (400 with
``invalidParams``, 401, 404, 412 on a stale ``If-Match``) parsed into the client's
``Problem``. Every reply is also checked strictly against the contract
(tests/support/contract_check.py), and an operation of the contract that the walk
does not reach fails the test: a new operation needs a step here.

Nothing from ``vakwerk`` is imported by the walk: it knows the server only through the
generated client, the seeded people (tokens, API keys, ids) and their password.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from vakwerk_client import AuthenticatedClient, Client
from vakwerk_client.api.afwegingen import (
    complete_assessment,
    create_assessment_review,
    create_boilerplate_phrase,
    delete_boilerplate_phrase,
    get_assessment,
    get_assessment_handover,
    get_assessment_stats,
    get_boilerplate_phrase,
    get_decision_tree,
    list_assessment_reviews,
    list_assessments,
    list_boilerplate_phrases,
    list_decision_trees,
    publish_decision_tree,
    put_assessment_answer,
    start_assessment,
    update_assessment,
    withdraw_assessment,
)
from vakwerk_client.api.casu_ï_stiekoverleg import (
    cast_dilemma_vote,
    create_calendar_feed,
    create_conference_series,
    create_dilemma,
    create_handover,
    create_standpoint,
    delete_calendar_feed,
    delete_conference_series_member,
    get_conference_rotation,
    get_conference_series,
    get_conference_series_calendar,
    get_conference_session,
    get_dilemma,
    get_dilemma_results,
    get_member_calendar,
    get_minutes,
    get_standpoint,
    list_calendar_feeds,
    list_conference_series,
    list_conference_series_members,
    list_conference_sessions,
    list_dilemmas,
    list_handovers,
    list_standpoints,
    put_conference_series_member,
    put_minutes,
    set_session_cases,
    update_conference_series,
    update_conference_session,
    withdraw_standpoint,
)
from vakwerk_client.api.casussen import (
    create_case,
    get_case,
    get_case_history,
    list_cases,
    record_case_outcome,
    submit_case,
    update_case,
    withdraw_case,
)
from vakwerk_client.api.dashboard import (
    create_exemption_count,
    delete_exemption_count,
    get_attention_counts,
    get_benchmark,
    get_exemption_count,
    get_exemption_dashboard,
    list_attention,
    list_benchmarks,
    list_exemption_counts,
    put_benchmark,
    update_exemption_count,
)
from vakwerk_client.api.klanten import (
    create_client,
    create_exemption,
    end_exemption,
    get_client,
    get_exemption,
    list_client_exemptions,
    list_clients,
    put_client_diagnosis,
    update_client,
    upsert_client_by_ref,
)
from vakwerk_client.api.koppelingen import (
    get_caseload_mapping,
    get_import,
    import_caseload,
    list_imports,
    put_caseload_mapping,
    read_caseload_columns,
)
from vakwerk_client.api.mensen import (
    create_absence,
    create_api_client,
    create_organisation,
    create_session,
    create_team,
    create_token,
    create_user,
    delete_absence,
    delete_session,
    delete_team_member,
    get_absence,
    get_organisation,
    get_organisation_settings,
    get_team,
    get_user,
    list_absences,
    list_api_clients,
    list_audit_events,
    list_organisations,
    list_team_members,
    list_teams,
    list_users,
    put_team_member,
    read_me,
    read_my_work,
    revoke_api_client,
    revoke_token,
    update_organisation_settings,
    update_team,
    update_user,
)
from vakwerk_client.api.systeem import get_health
from vakwerk_client.models import (
    AbsenceCreate,
    AgendaWrite,
    AnswerWrite,
    AnswerWriteAnswer,
    AnswerWriteSourcesItem,
    ApiClientCreate,
    ApiClientCreateScopesItem,
    AssessmentCreate,
    AssessmentUpdate,
    BenchmarkWrite,
    BodyCreateToken,
    BodyImportCaseload,
    BodyReadCaseloadColumns,
    CaseCreate,
    CaseCreateKind,
    CaseUpdate,
    Characteristic,
    ClientCreate,
    ClientUpdate,
    ClientUpsert,
    ColumnMapping,
    CompletionWrite,
    Consultation,
    CountCreate,
    CountUpdate,
    DiagnosisItem,
    DiagnosisItemElement,
    DiagnosisWrite,
    DilemmaCreate,
    ExemptionCreate,
    ExemptionCreateGround,
    ExemptionEnd,
    GetAssessmentStatsGroupby,
    HandoverWrite,
    HandoverWriteRole,
    ListAttentionList,
    MemberWrite,
    MinutesItem,
    MinutesWrite,
    OrganisationCreate,
    OutcomeWrite,
    OutcomeWriteResult,
    PhraseCreate,
    Problem,
    ReviewCreate,
    ReviewCreateDecision,
    ReviewCreateRemarks,
    SeriesCreate,
    SeriesUpdate,
    SessionLogin,
    SessionUpdate,
    SettingsUpdate,
    StandpointCreate,
    StandpointCreatePosition,
    TeamCreate,
    TeamCreateKind,
    TeamUpdate,
    TreeVersionCreate,
    UserCreate,
    UserCreateRolesItem,
    UserUpdate,
    VoteWrite,
    VoteWriteChoice,
)
from vakwerk_client.types import File, Response, Unset

from tests.conftest import PASSWORD, LiveServer, MovableClock
from tests.support import contract_check


@dataclass
class Walk:
    """The clients of one walk, and the operations the server answered."""

    base: str
    exercised: set[str] = field(default_factory=set)

    def _record(self, response: httpx.Response) -> None:
        operation = contract_check.check_reply(response)
        if operation is not None:
            self.exercised.add(operation.operation_id)

    def _args(self) -> dict[str, Any]:
        return {
            "base_url": self.base,
            "raise_on_unexpected_status": True,
            "timeout": httpx.Timeout(20),
            "httpx_args": {"event_hooks": {"response": [self._record]}},
        }

    def as_user(self, token: str) -> AuthenticatedClient:
        return AuthenticatedClient(token=token, **self._args())

    def anonymous(self, **kwargs: Any) -> Client:
        return Client(**self._args(), **kwargs)

    def as_api_key(self, key: str) -> Client:
        # The generator types secured operations for AuthenticatedClient (bearer) only; a
        # Client with the X-API-Key header (or the session cookie) works the same.
        return self.anonymous(headers={"X-API-Key": key})


def ok(response: Response[Any], status: int = 200) -> Any:
    """The parsed reply of a successful call (the status as the contract says)."""
    assert response.status_code == status, (response.status_code, response.content[:600])
    assert not isinstance(response.parsed, Problem)
    return response.parsed


def problem(response: Response[Any], status: int) -> Problem:
    assert response.status_code == status, (response.status_code, response.content[:600])
    assert isinstance(response.parsed, Problem), response.parsed
    assert response.parsed.status == status
    assert response.headers["content-type"] == "application/problem+json"
    return response.parsed


def if_match(record: Any) -> str:
    return f'"{record.version}"'


def argument(topic: str, n: int) -> str:
    return (
        f"In gesprek {n} over {topic} vertelde de klant concreet wat er speelt; "
        f"de klantmanager noteerde dat het beeld {n} keer bevestigd werd."
    )


def test_every_operation_through_the_generated_client(
    live_server: LiveServer, movable_clock: MovableClock
) -> None:
    world = live_server.world
    walk = Walk(f"{live_server.url}/api/v1")
    bh = walk.as_user(world["bh"].token)
    km = walk.as_user(world["km"].token)
    co = walk.as_user(world["co"].token)
    su = walk.as_user(world["su"].token)
    integration = walk.as_api_key(world.api_keys["clients:write"])
    org_id = world.organisation_id
    wi1 = world.teams["wi1"]
    today = datetime.now(ZoneInfo("Europe/Amsterdam")).date()  # the server's today

    # ------------------------------------------------------------------ system, logins
    assert ok(get_health.sync_detailed(client=walk.anonymous())).status == "ok"
    anonymous = walk.anonymous()
    login = BodyCreateToken(username=world["km"].email, password=PASSWORD)
    token = ok(create_token.sync_detailed(client=anonymous, body=login))
    assert token.token_type == "bearer" and token.expires_in > 0
    ok(revoke_token.sync_detailed(client=walk.as_user(token.access_token)), 204)
    problem(read_me.sync_detailed(client=walk.as_user(token.access_token)), 401)
    browser = walk.anonymous()
    session = ok(
        create_session.sync_detailed(
            client=browser, body=SessionLogin(username=world["km"].email, password=PASSWORD)
        )
    )
    assert session.expires_at > datetime.now(UTC)
    # The session cookie the browser client received, and its CSRF token on the way out.
    cookie = browser.get_httpx_client().cookies["vakwerk_session"]
    in_browser = walk.anonymous(
        cookies={"vakwerk_session": cookie}, headers={"X-CSRF-Token": session.csrf_token}
    )
    ok(delete_session.sync_detailed(client=in_browser), 204)
    me = ok(read_me.sync_detailed(client=km))
    assert me.id == world["km"].id and wi1 in me.team_ids
    mine = ok(read_my_work.sync_detailed(client=km))
    assert isinstance(mine.my_concepts, int) and isinstance(mine.users_without_team, Unset)

    # ------------------------------------------------------------------ organisations
    created_org = ok(
        create_organisation.sync_detailed(client=su, body=OrganisationCreate(name="Gemeente Walk")),
        201,
    )
    assert created_org.id in {o.id for o in ok(list_organisations.sync_detailed(client=su)).items}
    assert ok(get_organisation.sync_detailed(org_id, client=bh)).id == org_id
    settings = ok(get_organisation_settings.sync_detailed(org_id, client=bh))
    changed = ok(
        update_organisation_settings.sync_detailed(
            org_id,
            client=bh,
            body=SettingsUpdate(case_deadline_hour=16),
            if_match=if_match(settings),
        )
    )
    assert changed.case_deadline_hour == 16 and changed.version == settings.version + 1

    # ------------------------------------------------------------------ teams and people
    team = ok(
        create_team.sync_detailed(
            client=bh, body=TeamCreate(name="W&I Walk", kind=TeamCreateKind.WERK_INKOMEN)
        ),
        201,
    )
    assert ok(get_team.sync_detailed(team.id, client=bh)).name == "W&I Walk"
    renamed = ok(
        update_team.sync_detailed(
            team.id, client=bh, body=TeamUpdate(name="W&I West"), if_match=if_match(team)
        )
    )
    assert renamed.name == "W&I West"
    assert team.id in {t.id for t in ok(list_teams.sync_detailed(client=bh, limit=200)).items}
    km2 = world["km2"].id
    member = ok(put_team_member.sync_detailed(team.id, km2, client=bh, body=MemberWrite()), 201)
    assert member.working_days == [1, 2, 3, 4, 5]
    part_time = ok(
        put_team_member.sync_detailed(
            team.id, km2, client=bh, body=MemberWrite(working_days=[1, 3])
        )
    )
    assert part_time.working_days == [1, 3]
    members = ok(list_team_members.sync_detailed(team.id, client=bh)).items
    assert [m.user_id for m in members] == [km2]
    ok(delete_team_member.sync_detailed(team.id, km2, client=bh), 204)
    user = ok(
        create_user.sync_detailed(
            client=bh,
            body=UserCreate(
                email="walk@a.example",
                display_name="Wandelaar",
                password="een-lang-wachtwoord",
                roles=[UserCreateRolesItem.KLANTMANAGER],
            ),
        ),
        201,
    )
    assert ok(get_user.sync_detailed(user.id, client=bh)).email == "walk@a.example"
    updated_user = ok(
        update_user.sync_detailed(
            user.id,
            client=bh,
            body=UserUpdate(display_name="Wandelaar Twee"),
            if_match=if_match(user),
        )
    )
    assert updated_user.display_name == "Wandelaar Twee"
    assert user.id in {u.id for u in ok(list_users.sync_detailed(client=bh, limit=200)).items}
    absence = ok(
        create_absence.sync_detailed(
            world["km"].id,
            client=km,
            body=AbsenceCreate(
                start_date=today + timedelta(days=7),
                end_date=today + timedelta(days=9),
                reason="Verlof",
            ),
        ),
        201,
    )
    read_absence = ok(get_absence.sync_detailed(world["km"].id, absence.id, client=km))
    assert read_absence.start_date == today + timedelta(days=7)
    listed = ok(list_absences.sync_detailed(world["km"].id, client=km, from_date=today)).items
    assert [a.id for a in listed] == [absence.id]
    ok(delete_absence.sync_detailed(world["km"].id, absence.id, client=km), 204)
    api_client = ok(
        create_api_client.sync_detailed(
            client=bh,
            body=ApiClientCreate(name="Scripts", scopes=[ApiClientCreateScopesItem.CLIENTSREAD]),
        ),
        201,
    )
    assert api_client.key
    assert api_client.id in {c.id for c in ok(list_api_clients.sync_detailed(client=bh)).items}
    ok(revoke_api_client.sync_detailed(api_client.id, client=bh), 204)
    problem(list_clients.sync_detailed(client=walk.as_api_key(api_client.key)), 401)

    # ------------------------------------------------------------------ clients
    upserted = ok(
        upsert_client_by_ref.sync_detailed(
            "civision",
            "CV-WALK-1",
            client=integration,
            body=ClientUpsert(
                team_id=wi1, bsn="111222333", municipality_code="GM0753", ladder_rung=2
            ),
        ),
        201,
    )
    assert upserted.bsn_known is True and upserted.external_refs[0].ref == "CV-WALK-1"
    again = ok(
        upsert_client_by_ref.sync_detailed(
            "civision",
            "CV-WALK-1",
            client=integration,
            body=ClientUpsert(team_id=wi1, bsn="111222333", ladder_rung=3),
        )
    )
    assert again.id == upserted.id and again.ladder_rung == 3
    person = ok(
        create_client.sync_detailed(
            client=km,
            body=ClientCreate(
                benefit_start_date=date(2025, 1, 1), last_conversation_date=today, ladder_rung=1
            ),
        ),
        201,
    )
    assert ok(get_client.sync_detailed(person.id, client=km)).diagnosis.elements == []
    person = ok(
        update_client.sync_detailed(
            person.id, client=km, body=ClientUpdate(ladder_rung=2), if_match=if_match(person)
        )
    )
    diagnosed = ok(
        put_client_diagnosis.sync_detailed(
            person.id,
            client=km,
            body=DiagnosisWrite(
                elements=[
                    DiagnosisItem(
                        element=DiagnosisItemElement.WERKERVARING,
                        obstacle=False,
                        severity=1,
                        note="Jaren in de bouw gewerkt",
                    )
                ]
            ),
        )
    )
    assert diagnosed.diagnosis.elements[0].severity == 1
    exemption = ok(
        create_exemption.sync_detailed(
            person.id,
            client=km,
            body=ExemptionCreate(
                ground=ExemptionCreateGround.ART_9_LID_2,
                start_date=today,
                end_date=today + timedelta(days=180),
                basis_document_date=today - timedelta(days=30),
            ),
        ),
        201,
    )
    assert ok(get_exemption.sync_detailed(exemption.id, client=km)).status.value == "actief"
    ended = ok(
        end_exemption.sync_detailed(
            exemption.id, client=km, body=ExemptionEnd(end_reason="Klant is aan het werk")
        )
    )
    assert ended.ended_on == today
    exemptions = ok(list_client_exemptions.sync_detailed(person.id, client=km)).items
    assert [e.id for e in exemptions] == [exemption.id]
    summaries = ok(list_clients.sync_detailed(client=km, team_id=wi1, limit=200)).items
    # A nullable enum read as None: the generated client failed on it before 0.2.0.
    assert {s.id: s.exemption_ground for s in summaries}[person.id] is None

    # ------------------------------------------------------------------ cases
    case = ok(
        create_case.sync_detailed(
            client=km,
            body=CaseCreate(
                kind=CaseCreateKind.ALGEMEEN,
                client_id=person.id,
                target_session_date=today + timedelta(days=14),
            ),
        ),
        201,
    )
    assert ok(get_case.sync_detailed(case.id, client=km)).status.value == "concept"
    case = ok(
        update_case.sync_detailed(
            case.id,
            client=km,
            body=CaseUpdate(question="Hoe helpen we deze klant verder?"),
            if_match=if_match(case),
        )
    )
    case = ok(submit_case.sync_detailed(case.id, client=km))
    assert case.status.value == "ingediend" and case.submitted_at is not None
    case = ok(
        record_case_outcome.sync_detailed(
            case.id,
            client=km,
            body=OutcomeWrite(result=OutcomeWriteResult.ANDERS, conclusion="Eerst een gesprek."),
            if_match=if_match(case),
        )
    )
    assert case.status.value == "afgerond" and case.outcome is not None
    history = ok(get_case_history.sync_detailed(case.id, client=km)).items
    assert history[0].from_status is None  # a nullable enum again
    dropped = ok(
        create_case.sync_detailed(client=km, body=CaseCreate(kind=CaseCreateKind.WORST_PRACTICE)),
        201,
    )
    assert ok(withdraw_case.sync_detailed(dropped.id, client=km)).status.value == "ingetrokken"
    rows = ok(list_cases.sync_detailed(client=km, client_id=person.id)).items
    assert [r.id for r in rows] == [case.id]
    assert rows[0].outcome_result is not None

    # ------------------------------------------------------------------ assessments
    trees = ok(list_decision_trees.sync_detailed(client=km)).items
    current = next(t for t in trees if t.current)
    tree = ok(get_decision_tree.sync_detailed(current.id, client=km))
    assessment = ok(
        start_assessment.sync_detailed(client=km, body=AssessmentCreate(client_id=upserted.id)),
        201,
    )
    assert assessment.outcome is None and assessment.review_decision is None
    assessment = ok(
        update_assessment.sync_detailed(
            assessment.id,
            client=km,
            body=AssessmentUpdate(twijfel=True),
            if_match=if_match(assessment),
        )
    )
    assert assessment.twijfel is True
    for n, question in enumerate(tree.definition.questions, 1):
        if question.characteristics:
            body = AnswerWrite(
                characteristics=[
                    Characteristic(key=c.key, obstacle=False) for c in question.characteristics
                ],
                argument=argument(question.key, n),
                sources=[AnswerWriteSourcesItem.KLANT],
            )
        else:
            choice = "nee" if question.key == tree.definition.outcome_rule.question_key else "ja"
            body = AnswerWrite(
                answer=AnswerWriteAnswer(choice),
                argument=argument(question.key, n),
                sources=[AnswerWriteSourcesItem.EIGEN_INSCHATTING],
            )
        assessment = ok(
            put_assessment_answer.sync_detailed(assessment.id, question.key, client=km, body=body)
        )
    completion = CompletionWrite(
        guideline_used=True,
        consultation=Consultation(held=True, with_whom="Consulent R&W", explanation="Driegesprek"),
        conclusion="Aanmelden bij R&W voor een werkstage met taalles.",
    )
    assessment = ok(complete_assessment.sync_detailed(assessment.id, client=km, body=completion))
    assert assessment.status.value == "afgerond" and assessment.outcome.value == "traject_mogelijk"
    assert assessment.id in {a.id for a in ok(list_assessments.sync_detailed(client=km)).items}
    handover = ok(get_assessment_handover.sync_detailed(assessment.id, client=km))
    assert handover.assessment_id == assessment.id and handover.review_decision is None
    # The text form: the generated function reads JSON only, so ask its httpx client.
    text = km.get_httpx_client().get(
        f"/assessments/{assessment.id}/handover", headers={"Accept": "text/plain"}
    )
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
    review = ok(
        create_assessment_review.sync_detailed(
            assessment.id,
            client=co,
            body=ReviewCreate(
                decision=ReviewCreateDecision.GEACCEPTEERD,
                argument="De klant is gemotiveerd en de belemmeringen zijn beheersbaar; "
                "R&W start met een werkstage.",
                remarks=ReviewCreateRemarks.from_dict({"q3": "Goed onderbouwd"}),
            ),
        ),
        201,
    )
    assert review.reviewer_id == world["co"].id
    reviews = ok(list_assessment_reviews.sync_detailed(assessment.id, client=km)).items
    assert [r.id for r in reviews] == [review.id]
    open_one = ok(
        start_assessment.sync_detailed(client=km, body=AssessmentCreate(client_id=person.id)), 201
    )
    withdrawn = ok(withdraw_assessment.sync_detailed(open_one.id, client=km))
    assert withdrawn.status.value == "ingetrokken"
    assert ok(get_assessment.sync_detailed(open_one.id, client=km)).status.value == "ingetrokken"
    stats = ok(
        get_assessment_stats.sync_detailed(
            client=km, group_by=GetAssessmentStatsGroupby.PERSON, from_date=date(2026, 1, 1)
        )
    )
    assert stats.totals.assessments >= 1
    published = ok(
        publish_decision_tree.sync_detailed(
            client=bh, body=TreeVersionCreate(definition=tree.definition)
        ),
        201,
    )
    assert published.number == current.number + 1 and published.current

    # ------------------------------------------------------------------ boilerplate, audit
    phrase = ok(
        create_boilerplate_phrase.sync_detailed(
            client=bh, body=PhraseCreate(text="De klant is gemotiveerd.")
        ),
        201,
    )
    assert ok(get_boilerplate_phrase.sync_detailed(phrase.id, client=km)).text == phrase.text
    phrases = ok(list_boilerplate_phrases.sync_detailed(client=km, limit=200)).items
    assert phrase.id in {p.id for p in phrases}
    ok(delete_boilerplate_phrase.sync_detailed(phrase.id, client=bh), 204)
    events = ok(list_audit_events.sync_detailed(client=bh, resource_id=case.id)).items
    assert events and all(e.resource_id == case.id for e in events)

    _dashboard_and_import(walk, live_server)
    _conferences(walk, live_server, movable_clock)

    # ------------------------------------------------------------------ problem replies
    refused = problem(
        create_team.sync_detailed(
            client=bh, body=TeamCreate(name="", kind=TeamCreateKind.WERK_INKOMEN)
        ),
        400,
    )
    assert [p.name for p in refused.invalid_params] == ["name"]
    assert refused.invalid_params[0].code and refused.invalid_params[0].reason
    missing = problem(get_team.sync_detailed(uuid.uuid4(), client=bh), 404)
    assert missing.detail
    stale = problem(
        update_team.sync_detailed(team.id, client=bh, body=TeamUpdate(name="Oud"), if_match='"1"'),
        412,
    )
    assert stale.title

    unexercised = contract_check.contract().operation_ids - walk.exercised
    assert unexercised == set(), f"operations the client walk does not reach: {sorted(unexercised)}"


def _dashboard_and_import(walk: Walk, live_server: LiveServer) -> None:
    """A caseload import as the tracking system sends it (dry run, then for real), the
    figures it feeds, a manual count and a national figure."""
    world = live_server.world
    tl, bh = walk.as_user(world["tl"].token), walk.as_user(world["bh"].token)
    importer = walk.as_api_key(world.api_keys["imports:write"])
    wi1 = world.teams["wi1"]
    export = (
        "Nr;Afdeling;Begin;Laatste gesprek\r\n"
        "PY-1;W&I Noord;01-02-2022;2024-05-01\r\n"
        "PY-2;W&I Noord;2022-03-01;\r\n"
    ).encode("cp1252")

    def upload() -> File:
        return File(payload=io.BytesIO(export), file_name="export.csv", mime_type="text/csv")

    columns = ok(
        read_caseload_columns.sync_detailed(
            client=importer, body=BodyReadCaseloadColumns(file=upload())
        )
    )
    assert columns.columns == ["Nr", "Afdeling", "Begin", "Laatste gesprek"]
    mapping = ColumnMapping(
        external_ref="Nr",
        team="Afdeling",
        benefit_start="Begin",
        last_conversation="Laatste gesprek",
    )
    kept = ok(put_caseload_mapping.sync_detailed(client=bh, body=mapping))
    assert ok(get_caseload_mapping.sync_detailed(client=bh)).version == kept.version
    dry = ok(
        import_caseload.sync_detailed(
            client=importer, body=BodyImportCaseload(file=upload(), dry_run=True)
        )
    )
    assert (dry.dry_run, dry.created) == (True, 2)
    done = ok(
        import_caseload.sync_detailed(client=importer, body=BodyImportCaseload(file=upload())), 201
    )
    assert (done.dry_run, done.created, done.refused) == (False, 2, [])
    assert done.id in {i.id for i in ok(list_imports.sync_detailed(client=bh)).items}
    assert ok(get_import.sync_detailed(done.id, client=bh)).rows == 2

    figures = ok(get_exemption_dashboard.sync_detailed(client=tl, team_id=wi1))
    assert figures.clients_with_benefit >= 2
    overdue = ok(
        list_attention.sync_detailed(client=tl, list_=ListAttentionList.GEEN_GESPREK, team_id=wi1)
    )
    counts = ok(get_attention_counts.sync_detailed(client=tl, team_id=wi1))
    assert counts.geen_gesprek == overdue.total >= 1  # PY-1, spoken to in May 2024
    count = ok(
        create_exemption_count.sync_detailed(
            client=tl,
            body=CountCreate(
                team_id=wi1,
                date=date(2023, 1, 30),
                clients_with_benefit=480,
                clients_with_exemption=118,
            ),
        ),
        201,
    )
    assert count.rate == 0.2458
    assert [c.id for c in ok(list_exemption_counts.sync_detailed(client=tl)).items] == [count.id]
    assert ok(get_exemption_count.sync_detailed(count.id, client=tl)).clients_with_benefit == 480
    count = ok(
        update_exemption_count.sync_detailed(
            count.id,
            client=tl,
            body=CountUpdate(clients_with_benefit=481, clients_with_exemption=118),
            if_match=if_match(count),
        )
    )
    assert count.clients_with_benefit == 481
    ok(delete_exemption_count.sync_detailed(count.id, client=tl), 204)
    assert {b.year for b in ok(list_benchmarks.sync_detailed(client=tl)).items} >= {2020, 2021}
    ok(put_benchmark.sync_detailed(2023, client=bh, body=BenchmarkWrite(rate=0.09)), 201)
    assert ok(get_benchmark.sync_detailed(2023, client=tl)).rate == 0.09


def _conferences(walk: Walk, live_server: LiveServer, movable_clock: MovableClock) -> None:
    """A series from creation to minutes, a dilemma with its votes and a standpoint, and a
    calendar feed. The sessions must have started for minutes and standpoints, so the
    server's clock is set a month back and walked forward (the tokens stay valid)."""
    world = live_server.world
    km, km2, tl = (walk.as_user(world[n].token) for n in ("km", "km2", "tl"))
    wi1 = world.teams["wi1"]
    start = datetime.now(UTC) - timedelta(days=40)
    movable_clock.set(start)
    first_date = start.date() + timedelta(days=10)
    while first_date.isoweekday() > 5:
        first_date += timedelta(days=1)
    series = ok(
        create_conference_series.sync_detailed(
            client=tl,
            body=SeriesCreate(
                team_id=wi1,
                name="Casuïstiek Noord",
                owner_id=world["km"].id,
                weekday=first_date.isoweekday(),
                start_time="13:00",
                first_date=first_date,
                member_ids=[world["km2"].id, world["tl"].id],
            ),
        ),
        201,
    )
    listed = ok(list_conference_series.sync_detailed(client=km, team_id=wi1, active=True))
    assert [s.id for s in listed.items] == [series.id]
    assert ok(get_conference_series.sync_detailed(series.id, client=km)).name == series.name
    series = ok(
        update_conference_series.sync_detailed(
            series.id, client=km, body=SeriesUpdate(location="Zaal 3"), if_match=if_match(series)
        )
    )
    assert series.location == "Zaal 3"
    ok(delete_conference_series_member.sync_detailed(series.id, world["km2"].id, client=tl), 204)
    ok(put_conference_series_member.sync_detailed(series.id, world["km2"].id, client=tl), 201)
    members = ok(list_conference_series_members.sync_detailed(series.id, client=km)).items
    assert {m.user_id for m in members} == {world[n].id for n in ("km", "km2", "tl")}
    assert ok(get_conference_rotation.sync_detailed(series.id, client=km)).items
    feed = get_conference_series_calendar.sync_detailed(series.id, client=km)
    assert feed.status_code == 200 and b"BEGIN:VCALENDAR" in feed.content
    sessions = ok(list_conference_sessions.sync_detailed(client=km, series_id=series.id)).items
    first, second, third = sessions[:3]
    assert first.date == first_date
    ok(
        set_session_cases.sync_detailed(
            third.id, client=km, body=AgendaWrite(case_ids=[]), if_match=if_match(third)
        )
    )
    moved_to = second.starts_at + timedelta(hours=1)
    second = ok(
        update_conference_session.sync_detailed(
            second.id, client=km, body=SessionUpdate(starts_at=moved_to), if_match=if_match(second)
        )
    )
    assert second.starts_at == moved_to
    takers = {world["km2"].id: km2, world["tl"].id: tl}
    holder = takers[first.note_taker_id]
    other = next(user_id for user_id in takers if user_id != first.note_taker_id)
    handed = ok(
        create_handover.sync_detailed(
            first.id,
            client=holder,
            body=HandoverWrite(role=HandoverWriteRole.NOTULIST, to_user_id=other, reason="Cursus"),
        ),
        201,
    )
    assert handed.to_user_id == other
    assert [h.id for h in ok(list_handovers.sync_detailed(first.id, client=km)).items] == [
        handed.id
    ]

    dilemma = ok(
        create_dilemma.sync_detailed(
            client=km,
            body=DilemmaCreate(
                session_id=second.id,
                title="Taalcursus of werkstage?",
                case_text="Een fictieve klant wil direct aan het werk, zonder taalcursus.",
                statement_a="Eerst de taalcursus.",
                statement_b="Eerst de werkstage.",
            ),
        ),
        201,
    )
    assert ok(get_dilemma.sync_detailed(dilemma.id, client=km)).title == dilemma.title
    found = ok(list_dilemmas.sync_detailed(client=km, series_id=series.id)).items
    assert [d.id for d in found] == [dilemma.id]
    for voter in (km, km2, tl):
        receipt = ok(
            cast_dilemma_vote.sync_detailed(
                dilemma.id, client=voter, body=VoteWrite(choice=VoteWriteChoice.A)
            ),
            201,
        )
        assert receipt.has_voted
    results = ok(get_dilemma_results.sync_detailed(dilemma.id, client=km))
    assert results.voted == 3

    movable_clock.set(first.deadline_at + timedelta(seconds=1))  # the agenda is filled
    first = ok(get_conference_session.sync_detailed(first.id, client=km))
    movable_clock.set(first.starts_at + timedelta(minutes=20))  # the session runs
    minutes = ok(
        put_minutes.sync_detailed(
            first.id,
            client=km,  # the series' owner
            body=MinutesWrite(
                present_ids=[world["km"].id, other],
                items=[
                    MinutesItem(key=item.key, case_id=item.case_id, notes="Besproken.")
                    for item in first.agenda
                    if not isinstance(item.case_id, Unset) and item.case_id is not None
                ],
                conclusion="Eerst een werkstage.",
            ),
            if_match='"0"',
        )
    )
    assert minutes.version == 1
    assert ok(get_minutes.sync_detailed(first.id, client=tl)).conclusion == "Eerst een werkstage."

    movable_clock.set(second.starts_at + timedelta(minutes=20))  # the dilemma session runs
    standpoint = ok(
        create_standpoint.sync_detailed(
            client=km,
            body=StandpointCreate(
                dilemma_id=dilemma.id,
                title="Werk eerst",
                position=StandpointCreatePosition.B,
                reasoning="De motivatie is nu het grootst.",
            ),
        ),
        201,
    )
    assert ok(get_standpoint.sync_detailed(standpoint.id, client=km2)).title == "Werk eerst"
    found_standpoints = ok(list_standpoints.sync_detailed(client=km, q="motivatie")).items
    assert standpoint.id in {s.id for s in found_standpoints}
    withdrawn = ok(withdraw_standpoint.sync_detailed(standpoint.id, client=tl))
    assert withdrawn.status.value == "ingetrokken"

    made = ok(create_calendar_feed.sync_detailed(client=km), 201)
    assert [f.id for f in ok(list_calendar_feeds.sync_detailed(client=km)).items] == [made.id]
    secret = str(made.url).rsplit("/", 1)[1]
    personal = get_member_calendar.sync_detailed(secret, client=walk.anonymous())
    assert personal.status_code == 200 and b"BEGIN:VCALENDAR" in personal.content
    ok(delete_calendar_feed.sync_detailed(str(made.id), client=km), 204)
