from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MyWork")


@_attrs_define
class MyWork:
    """Mijn werk: per rol de aantallen op de startpagina.

    Attributes:
        my_concepts (int | None | Unset): (klantmanager) Uw eigen casussen met status concept: het totaal van GET
            /cases?ownerId=<uw id>&status=concept.
        my_cases_due_next_deadline (int | None | Unset): (klantmanager) Uw concepten voor de eerstvolgende inleverdatum
            die nog niet voorbij is: de kleinste targetSessionDate onder uw concepten waarvan de inleverdatum (die datum min
            de instelling caseDeadlineDaysBefore, om caseDeadlineHour uur, Nederlandse tijd; precies op dat moment telt nog
            als op tijd) nu of later is, en het totaal van GET /cases?ownerId=<uw
            id>&status=concept&targetSessionDate=<nextTargetSessionDate>.
        next_target_session_date (datetime.date | None | Unset): (klantmanager) De datum van het overleg waarvoor
            myCasesDueNextDeadline telt; null als u geen concept hebt met een inleverdatum die nog komt.
        team_cases_waiting (int | None | Unset): (teamleider) Ingediende casussen van uw teams die wachten op bespreking
            en uitkomst: het totaal van GET /cases?status=ingediend.
        my_open_assessments (int | None | Unset): (klantmanager) Uw open afwegingen: het totaal van GET
            /assessments?authorId=<uw id>&status=open.
        my_returned_referrals (int | None | Unset): (klantmanager) Uw verwijzingen die R&W terugmeldde en waarvoor nog
            geen latere afweging (open of afgerond, gestart na het afronden) over dezelfde klant bestaat: het totaal van GET
            /assessments?authorId=<uw id>&status=afgerond&reviewDecision=teruggemeld&superseded=false.
        referrals_to_review (int | None | Unset): (consulent) Afgeronde verwijzingen naar R&W (traject mogelijk) zonder
            beoordeling: het totaal van GET /assessments?status=afgerond&outcome=traject_mogelijk&reviewed=false.
        team_doubtful_assessments (int | None | Unset): (teamleider) Open afwegingen over klanten van uw teams die als
            twijfelgeval zijn gemarkeerd: het totaal van GET /assessments?twijfel=true&status=open.
        org_doubtful_assessments (int | None | Unset): (kwaliteit) Twijfelgevallen in de organisatie die zijn afgerond
            dit kwartaal: van de eerste dag van het lopende kalenderkwartaal tot en met vandaag (Nederlandse tijd): het
            totaal van GET /assessments?twijfel=true&status=afgerond&completedFromDate=<eerste dag van het kwartaal>.
        refusals_this_quarter (int | None | Unset): (kwaliteit) Geweigerde argumenten in de organisatie (te kort,
            standaardzin, herhaling) dit kwartaal: van de eerste dag van het lopende kalenderkwartaal tot en met vandaag
            (Nederlandse tijd): de som van totals.refusals in GET /assessment-stats?fromDate=<eerste dag van het
            kwartaal>&toDate=<vandaag>.
        return_rate_this_quarter (float | None | Unset): (kwaliteit) Het deel van de beoordeelde verwijzingen dat R&W
            terugmeldde, onder de verwijzingen die zijn afgerond dit kwartaal: van de eerste dag van het lopende
            kalenderkwartaal tot en met vandaag (Nederlandse tijd) (terugmeldingen ÷ beoordelingen, als fractie; null zonder
            beoordelingen): totals.returnRate in GET /assessment-stats?fromDate=<eerste dag van het
            kwartaal>&toDate=<vandaag>.
        my_clients_reexamination_due (int | None | Unset): (klantmanager) Klanten van wie u de verantwoordelijke
            klantmanager bent met een actieve ontheffing waarvan de herbeoordelingsdatum vandaag of eerder is: het totaal
            van GET /clients?responsibleManagerId=<uw id>&reexaminationDue=true.
        my_clients_conversation_overdue (int | None | Unset): (klantmanager) Klanten van wie u de verantwoordelijke
            klantmanager bent zonder gesprek in het afgelopen jaar (geen lastConversationDate, of een van vóór vandaag min
            een jaar): het totaal van GET /clients?responsibleManagerId=<uw id>&conversationOverdue=true.
        team_clients_conversation_overdue (int | None | Unset): (teamleider) Klanten van uw teams zonder gesprek in het
            afgelopen jaar: het totaal van GET /clients?conversationOverdue=true.
        team_clients_basis_document_expired (int | None | Unset): (teamleider) Klanten van uw teams met een actieve
            ontheffing op een keuring van meer dan twee jaar geleden: het totaal van GET /clients?basisDocumentExpired=true.
        users_without_team (int | None | Unset): (beheerder) Actieve gebruikers met een rol die in een team werkt
            (klantmanager, teamleider, consulent) die van geen team lid zijn: het totaal van GET
            /users?active=true&withoutTeam=true.
        api_clients (int | None | Unset): (beheerder) API-clients met een geldige (niet ingetrokken) sleutel: het totaal
            van GET /api-clients?active=true.
        recent_failures (int | None | Unset): (beheerder) Mislukte inlogpogingen op accounts van uw organisatie in de
            afgelopen 24 uur: de gebeurtenissen van GET /audit-events?action=login_failed&occurredFrom=<nu min 24 uur>.
            Pogingen op onbekende e-mailadressen horen bij geen organisatie en tellen niet mee.
    """

    my_concepts: int | None | Unset = UNSET
    my_cases_due_next_deadline: int | None | Unset = UNSET
    next_target_session_date: datetime.date | None | Unset = UNSET
    team_cases_waiting: int | None | Unset = UNSET
    my_open_assessments: int | None | Unset = UNSET
    my_returned_referrals: int | None | Unset = UNSET
    referrals_to_review: int | None | Unset = UNSET
    team_doubtful_assessments: int | None | Unset = UNSET
    org_doubtful_assessments: int | None | Unset = UNSET
    refusals_this_quarter: int | None | Unset = UNSET
    return_rate_this_quarter: float | None | Unset = UNSET
    my_clients_reexamination_due: int | None | Unset = UNSET
    my_clients_conversation_overdue: int | None | Unset = UNSET
    team_clients_conversation_overdue: int | None | Unset = UNSET
    team_clients_basis_document_expired: int | None | Unset = UNSET
    users_without_team: int | None | Unset = UNSET
    api_clients: int | None | Unset = UNSET
    recent_failures: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_concepts: int | None | Unset
        if isinstance(self.my_concepts, Unset):
            my_concepts = UNSET
        else:
            my_concepts = self.my_concepts

        my_cases_due_next_deadline: int | None | Unset
        if isinstance(self.my_cases_due_next_deadline, Unset):
            my_cases_due_next_deadline = UNSET
        else:
            my_cases_due_next_deadline = self.my_cases_due_next_deadline

        next_target_session_date: None | str | Unset
        if isinstance(self.next_target_session_date, Unset):
            next_target_session_date = UNSET
        elif isinstance(self.next_target_session_date, datetime.date):
            next_target_session_date = self.next_target_session_date.isoformat()
        else:
            next_target_session_date = self.next_target_session_date

        team_cases_waiting: int | None | Unset
        if isinstance(self.team_cases_waiting, Unset):
            team_cases_waiting = UNSET
        else:
            team_cases_waiting = self.team_cases_waiting

        my_open_assessments: int | None | Unset
        if isinstance(self.my_open_assessments, Unset):
            my_open_assessments = UNSET
        else:
            my_open_assessments = self.my_open_assessments

        my_returned_referrals: int | None | Unset
        if isinstance(self.my_returned_referrals, Unset):
            my_returned_referrals = UNSET
        else:
            my_returned_referrals = self.my_returned_referrals

        referrals_to_review: int | None | Unset
        if isinstance(self.referrals_to_review, Unset):
            referrals_to_review = UNSET
        else:
            referrals_to_review = self.referrals_to_review

        team_doubtful_assessments: int | None | Unset
        if isinstance(self.team_doubtful_assessments, Unset):
            team_doubtful_assessments = UNSET
        else:
            team_doubtful_assessments = self.team_doubtful_assessments

        org_doubtful_assessments: int | None | Unset
        if isinstance(self.org_doubtful_assessments, Unset):
            org_doubtful_assessments = UNSET
        else:
            org_doubtful_assessments = self.org_doubtful_assessments

        refusals_this_quarter: int | None | Unset
        if isinstance(self.refusals_this_quarter, Unset):
            refusals_this_quarter = UNSET
        else:
            refusals_this_quarter = self.refusals_this_quarter

        return_rate_this_quarter: float | None | Unset
        if isinstance(self.return_rate_this_quarter, Unset):
            return_rate_this_quarter = UNSET
        else:
            return_rate_this_quarter = self.return_rate_this_quarter

        my_clients_reexamination_due: int | None | Unset
        if isinstance(self.my_clients_reexamination_due, Unset):
            my_clients_reexamination_due = UNSET
        else:
            my_clients_reexamination_due = self.my_clients_reexamination_due

        my_clients_conversation_overdue: int | None | Unset
        if isinstance(self.my_clients_conversation_overdue, Unset):
            my_clients_conversation_overdue = UNSET
        else:
            my_clients_conversation_overdue = self.my_clients_conversation_overdue

        team_clients_conversation_overdue: int | None | Unset
        if isinstance(self.team_clients_conversation_overdue, Unset):
            team_clients_conversation_overdue = UNSET
        else:
            team_clients_conversation_overdue = self.team_clients_conversation_overdue

        team_clients_basis_document_expired: int | None | Unset
        if isinstance(self.team_clients_basis_document_expired, Unset):
            team_clients_basis_document_expired = UNSET
        else:
            team_clients_basis_document_expired = self.team_clients_basis_document_expired

        users_without_team: int | None | Unset
        if isinstance(self.users_without_team, Unset):
            users_without_team = UNSET
        else:
            users_without_team = self.users_without_team

        api_clients: int | None | Unset
        if isinstance(self.api_clients, Unset):
            api_clients = UNSET
        else:
            api_clients = self.api_clients

        recent_failures: int | None | Unset
        if isinstance(self.recent_failures, Unset):
            recent_failures = UNSET
        else:
            recent_failures = self.recent_failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if my_concepts is not UNSET:
            field_dict["myConcepts"] = my_concepts
        if my_cases_due_next_deadline is not UNSET:
            field_dict["myCasesDueNextDeadline"] = my_cases_due_next_deadline
        if next_target_session_date is not UNSET:
            field_dict["nextTargetSessionDate"] = next_target_session_date
        if team_cases_waiting is not UNSET:
            field_dict["teamCasesWaiting"] = team_cases_waiting
        if my_open_assessments is not UNSET:
            field_dict["myOpenAssessments"] = my_open_assessments
        if my_returned_referrals is not UNSET:
            field_dict["myReturnedReferrals"] = my_returned_referrals
        if referrals_to_review is not UNSET:
            field_dict["referralsToReview"] = referrals_to_review
        if team_doubtful_assessments is not UNSET:
            field_dict["teamDoubtfulAssessments"] = team_doubtful_assessments
        if org_doubtful_assessments is not UNSET:
            field_dict["orgDoubtfulAssessments"] = org_doubtful_assessments
        if refusals_this_quarter is not UNSET:
            field_dict["refusalsThisQuarter"] = refusals_this_quarter
        if return_rate_this_quarter is not UNSET:
            field_dict["returnRateThisQuarter"] = return_rate_this_quarter
        if my_clients_reexamination_due is not UNSET:
            field_dict["myClientsReexaminationDue"] = my_clients_reexamination_due
        if my_clients_conversation_overdue is not UNSET:
            field_dict["myClientsConversationOverdue"] = my_clients_conversation_overdue
        if team_clients_conversation_overdue is not UNSET:
            field_dict["teamClientsConversationOverdue"] = team_clients_conversation_overdue
        if team_clients_basis_document_expired is not UNSET:
            field_dict["teamClientsBasisDocumentExpired"] = team_clients_basis_document_expired
        if users_without_team is not UNSET:
            field_dict["usersWithoutTeam"] = users_without_team
        if api_clients is not UNSET:
            field_dict["apiClients"] = api_clients
        if recent_failures is not UNSET:
            field_dict["recentFailures"] = recent_failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_my_concepts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_concepts = _parse_my_concepts(d.pop("myConcepts", UNSET))

        def _parse_my_cases_due_next_deadline(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_cases_due_next_deadline = _parse_my_cases_due_next_deadline(
            d.pop("myCasesDueNextDeadline", UNSET)
        )

        def _parse_next_target_session_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_target_session_date_type_0 = datetime.date.fromisoformat(data)

                return next_target_session_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_target_session_date = _parse_next_target_session_date(
            d.pop("nextTargetSessionDate", UNSET)
        )

        def _parse_team_cases_waiting(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_cases_waiting = _parse_team_cases_waiting(d.pop("teamCasesWaiting", UNSET))

        def _parse_my_open_assessments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_open_assessments = _parse_my_open_assessments(d.pop("myOpenAssessments", UNSET))

        def _parse_my_returned_referrals(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_returned_referrals = _parse_my_returned_referrals(d.pop("myReturnedReferrals", UNSET))

        def _parse_referrals_to_review(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        referrals_to_review = _parse_referrals_to_review(d.pop("referralsToReview", UNSET))

        def _parse_team_doubtful_assessments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_doubtful_assessments = _parse_team_doubtful_assessments(
            d.pop("teamDoubtfulAssessments", UNSET)
        )

        def _parse_org_doubtful_assessments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        org_doubtful_assessments = _parse_org_doubtful_assessments(
            d.pop("orgDoubtfulAssessments", UNSET)
        )

        def _parse_refusals_this_quarter(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        refusals_this_quarter = _parse_refusals_this_quarter(d.pop("refusalsThisQuarter", UNSET))

        def _parse_return_rate_this_quarter(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        return_rate_this_quarter = _parse_return_rate_this_quarter(
            d.pop("returnRateThisQuarter", UNSET)
        )

        def _parse_my_clients_reexamination_due(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_clients_reexamination_due = _parse_my_clients_reexamination_due(
            d.pop("myClientsReexaminationDue", UNSET)
        )

        def _parse_my_clients_conversation_overdue(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        my_clients_conversation_overdue = _parse_my_clients_conversation_overdue(
            d.pop("myClientsConversationOverdue", UNSET)
        )

        def _parse_team_clients_conversation_overdue(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_clients_conversation_overdue = _parse_team_clients_conversation_overdue(
            d.pop("teamClientsConversationOverdue", UNSET)
        )

        def _parse_team_clients_basis_document_expired(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_clients_basis_document_expired = _parse_team_clients_basis_document_expired(
            d.pop("teamClientsBasisDocumentExpired", UNSET)
        )

        def _parse_users_without_team(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        users_without_team = _parse_users_without_team(d.pop("usersWithoutTeam", UNSET))

        def _parse_api_clients(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_clients = _parse_api_clients(d.pop("apiClients", UNSET))

        def _parse_recent_failures(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recent_failures = _parse_recent_failures(d.pop("recentFailures", UNSET))

        my_work = cls(
            my_concepts=my_concepts,
            my_cases_due_next_deadline=my_cases_due_next_deadline,
            next_target_session_date=next_target_session_date,
            team_cases_waiting=team_cases_waiting,
            my_open_assessments=my_open_assessments,
            my_returned_referrals=my_returned_referrals,
            referrals_to_review=referrals_to_review,
            team_doubtful_assessments=team_doubtful_assessments,
            org_doubtful_assessments=org_doubtful_assessments,
            refusals_this_quarter=refusals_this_quarter,
            return_rate_this_quarter=return_rate_this_quarter,
            my_clients_reexamination_due=my_clients_reexamination_due,
            my_clients_conversation_overdue=my_clients_conversation_overdue,
            team_clients_conversation_overdue=team_clients_conversation_overdue,
            team_clients_basis_document_expired=team_clients_basis_document_expired,
            users_without_team=users_without_team,
            api_clients=api_clients,
            recent_failures=recent_failures,
        )

        my_work.additional_properties = d
        return my_work

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
