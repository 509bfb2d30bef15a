// The main navigation: one entry per section, shown when visible(me) is true.
// Adding a section is one line here plus its routes in main.js. Who sees what is
// asked of grants.js.

import { may } from "./grants.js";

export const SECTIONS = [
  { id: "start", label: "Start", href: "#/start", visible: () => true },
  { id: "casussen", label: "Casussen", href: "#/casussen", visible: (me) => may(me, "read_cases") },
  { id: "klanten", label: "Klanten", href: "#/klanten", visible: (me) => may(me, "read_clients") },
  { id: "afwegingen", label: "Afwegingen", href: "#/afwegingen", visible: (me) => may(me, "read_assessments") },
  { id: "overleg", label: "Overleg", href: "#/overleg", visible: (me) => may(me, "read_series") },
  { id: "dashboard", label: "Ontheffingen", href: "#/dashboard", visible: (me) => may(me, "read_dashboard") },
  // "#/beheer" leads to the first Beheer page the user may open (kwaliteit: Standaardzinnen).
  { id: "beheer", label: "Beheer", href: "#/beheer", visible: (me) => beheerPages(me).length > 0 },
  { id: "mijn-gegevens", label: "Mijn gegevens", href: "#/mijn-gegevens", visible: (me) => Boolean(me.organisationId) && !me.isSuperuser },
];

/** The Beheer pages; `visible(me)` also guards their routes (main.js). */
export const BEHEER_PAGES = [
  { label: "Gebruikers", href: "#/beheer/gebruikers", visible: (me) => may(me, "manage_people") },
  { label: "Teams", href: "#/beheer/teams", visible: (me) => may(me, "manage_people") },
  { label: "Beslisboom", href: "#/beheer/beslisboom", visible: (me) => may(me, "publish_tree") },
  { label: "Standaardzinnen", href: "#/beheer/standaardzinnen", visible: (me) => may(me, "maintain_boilerplate") },
  { label: "Auditspoor", href: "#/beheer/auditspoor", visible: (me) => may(me, "read_audit") },
  { label: "Klantenbestand", href: "#/beheer/import", visible: (me) => may(me, "import_caseload") },
  { label: "Landelijke cijfers", href: "#/beheer/landelijk", visible: (me) => may(me, "record_benchmark") },
];

export function visibleSections(me) {
  return me ? SECTIONS.filter((section) => section.visible(me)) : [];
}

export function beheerPages(me) {
  return me ? BEHEER_PAGES.filter((page) => page.visible(me)) : [];
}

/** The sub navigation of "Casussen" (for those who bring cases in). */
export function casePages(me) {
  if (!may(me, "create_case")) return [];
  return [
    { label: "Mijn casussen", href: "#/casussen" },
    { label: "Casussen van het team", href: "#/casussen/team" },
    { label: "Nieuwe casus", href: "#/casussen/nieuw" },
  ];
}

/** The sub navigation of "Afwegingen" (for those who start them). */
export function assessmentPages(me) {
  if (!may(me, "start_assessment")) return [];
  return [
    { label: "Afwegingen", href: "#/afwegingen" },
    { label: "Nieuwe afweging", href: "#/afwegingen/nieuw" },
  ];
}

/** The sub navigation of "Overleg" (casuïstiekoverleg). */
export function conferencePages(me) {
  const pages = [{ label: "Overleg", href: "#/overleg" }];
  if (may(me, "read_standpoints")) pages.push({ label: "Standpunten", href: "#/overleg/standpunten" });
  return pages;
}
