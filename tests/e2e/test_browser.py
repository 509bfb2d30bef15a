"""Browser scenarios (scenarios/*.mjs) against the real server; axe-core on every screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.e2e

Run = Callable[[str], None]


def test_beheerder_manages_users_teams_and_audit(run_scenario: Run) -> None:
    """(a) Inloggen als beheerder, Beheer → Gebruikers/Teams/Auditspoor, uitloggen."""
    run_scenario("beheerder")


def test_wrong_password_shows_dutch_error(run_scenario: Run) -> None:
    """(b) Een fout wachtwoord: Nederlandse foutmelding, geen navigatie; 429 met wachttijd."""
    run_scenario("inlogfout")


def test_klantmanager_records_absence(run_scenario: Run) -> None:
    """(c) Een klantmanager ziet geen Beheer en legt afwezigheid vast op Mijn gegevens."""
    run_scenario("klantmanager")


def test_klantmanager_brings_in_and_completes_a_case(run_scenario: Run) -> None:
    """(d) Casus inbrengen (tekenteller, inleverdatum, BSN geweigerd), indienen, uitkomst
    vastleggen (409 eerst), afgerond met geschiedenis; zoeken; klanten en ontheffingen."""
    run_scenario("casus")


def test_klantmanager_walks_an_assessment_and_rw_returns_it(run_scenario: Run) -> None:
    """(e) Afweging starten vanaf de klant, standaardzin geweigerd met de reden, kenmerken,
    voorlopige uitkomst met expliciet label, afronden met alle gaten tegelijk, de volledige
    argumentatie (ook afgedrukt) en de CompetenSYS-tekst; R&W meldt terug; de klantmanager
    ziet het; kwaliteit ziet het twijfelgeval en beheert de standaardzinnen."""
    run_scenario("afweging")


def test_phone_pass_with_bounded_requests(run_scenario: Run) -> None:
    """(f) 390×844 over the main screens of four roles (compact header, tables as cards,
    nothing wider than the screen, the team leader's counts); every API request recorded:
    none asks for more than 100 rows or follows pages to the end."""
    run_scenario("telefoon")


def test_every_start_page_counts_what_its_lists_show(run_scenario: Run) -> None:
    """(g) Mijn werk for all five roles at desktop size (the team leader's among them):
    every tile's count is what the list it links to shows."""
    run_scenario("startpaginas")


def test_a_session_runs_from_agenda_to_printed_minutes_and_a_vote_is_cast(
    run_scenario: Run,
) -> None:
    """(g) Casuïstiekoverleg: agenda, live agenda met tijd en notulen, afdrukken, stemmen."""
    run_scenario("overleg")


def test_team_leader_dashboard_and_a_caseload_import(run_scenario: Run) -> None:
    """(g) Start page figures, Best's 30 Jan 2023 on the dashboard with charts and tables,
    an attention list to the client; the beheerder's import from dry run to result."""
    run_scenario("dashboard")
