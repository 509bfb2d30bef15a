// The main navigation: one entry per section, shown when visible(me) is true.
// Adding a section is one line here plus its routes in main.js.

import {
  hasAnyRole,
  hasRole,
  mayCreateCase,
  mayMaintainPhrases,
  mayReadAssessments,
  mayReadCases,
  mayReadClients,
  mayStartAssessment,
} from "./session.js";

export const SECTIONS = [
  { id: "start", label: "Start", href: "#/start", visible: () => true },
  { id: "casussen", label: "Casussen", href: "#/casussen", visible: (me) => mayReadCases(me) },
  // Consultants may read referred clients only; they get this entry once referrals exist.
  { id: "klanten", label: "Klanten", href: "#/klanten", visible: (me) => mayReadClients(me) },
  { id: "afwegingen", label: "Afwegingen", href: "#/afwegingen", visible: (me) => mayReadAssessments(me) },
  // "#/beheer" leads to the first Beheer page the user may open (kwaliteit: Standaardzinnen).
  { id: "beheer", label: "Beheer", href: "#/beheer", visible: (me) => hasRole(me, "beheerder") || mayMaintainPhrases(me) },
  { id: "mijn-gegevens", label: "Mijn gegevens", href: "#/mijn-gegevens", visible: (me) => !me.isSuperuser && hasAnyRole(me, ["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"]) },
];

/** The Beheer pages; `visible(me)` also guards their routes (main.js). */
export const BEHEER_PAGES = [
  { label: "Gebruikers", href: "#/beheer/gebruikers", visible: (me) => hasRole(me, "beheerder") },
  { label: "Teams", href: "#/beheer/teams", visible: (me) => hasRole(me, "beheerder") },
  { label: "Beslisboom", href: "#/beheer/beslisboom", visible: (me) => hasRole(me, "beheerder") },
  { label: "Standaardzinnen", href: "#/beheer/standaardzinnen", visible: (me) => mayMaintainPhrases(me) },
  { label: "Auditspoor", href: "#/beheer/auditspoor", visible: (me) => hasRole(me, "beheerder") },
];

export function visibleSections(me) {
  return me ? SECTIONS.filter((section) => section.visible(me)) : [];
}

export function beheerPages(me) {
  return me ? BEHEER_PAGES.filter((page) => page.visible(me)) : [];
}

/** The sub navigation of "Casussen" (creating cases is for klantmanagers and team leaders). */
export function casePages(me) {
  if (!mayCreateCase(me)) return [];
  return [
    { label: "Mijn casussen", href: "#/casussen" },
    { label: "Casussen van het team", href: "#/casussen/team" },
    { label: "Nieuwe casus", href: "#/casussen/nieuw" },
  ];
}

/** The sub navigation of "Afwegingen" (starting one is for klantmanagers). */
export function assessmentPages(me) {
  if (!mayStartAssessment(me)) return [];
  return [
    { label: "Afwegingen", href: "#/afwegingen" },
    { label: "Nieuwe afweging", href: "#/afwegingen/nieuw" },
  ];
}
