// The main navigation: one entry per section, shown when visible(me) is true.
// Adding a section is one line here plus its routes in main.js.

import { hasAnyRole, hasRole, mayCreateCase, mayReadCases, mayReadClients } from "./session.js";

export const SECTIONS = [
  { id: "start", label: "Start", href: "#/start", visible: () => true },
  { id: "casussen", label: "Casussen", href: "#/casussen", visible: (me) => mayReadCases(me) },
  // Consultants may read referred clients only; they get this entry once referrals exist.
  { id: "klanten", label: "Klanten", href: "#/klanten", visible: (me) => mayReadClients(me) },
  { id: "beheer", label: "Beheer", href: "#/beheer/gebruikers", visible: (me) => hasRole(me, "beheerder") },
  { id: "mijn-gegevens", label: "Mijn gegevens", href: "#/mijn-gegevens", visible: (me) => !me.isSuperuser && hasAnyRole(me, ["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"]) },
];

export const BEHEER_PAGES = [
  { label: "Gebruikers", href: "#/beheer/gebruikers" },
  { label: "Teams", href: "#/beheer/teams" },
  { label: "Auditspoor", href: "#/beheer/auditspoor" },
];

export function visibleSections(me) {
  return me ? SECTIONS.filter((section) => section.visible(me)) : [];
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
