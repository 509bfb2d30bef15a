// Dutch words for the API's values. Add new values here, not in the screens.

export const ROLES = [
  { value: "klantmanager", label: "Klantmanager" },
  { value: "teamleider", label: "Teamleider" },
  { value: "kwaliteit", label: "Kwaliteitsmedewerker" },
  { value: "consulent", label: "Consulent re-integratie" },
  { value: "beheerder", label: "Beheerder" },
];

export const TEAM_KINDS = [
  { value: "werk_inkomen", label: "Werk en Inkomen" },
  { value: "re_integratie", label: "Re-integratie" },
];

export const WEEKDAYS = [
  { value: 1, short: "Ma", long: "maandag" },
  { value: 2, short: "Di", long: "dinsdag" },
  { value: 3, short: "Wo", long: "woensdag" },
  { value: 4, short: "Do", long: "donderdag" },
  { value: 5, short: "Vr", long: "vrijdag" },
];

export const AUDIT_ACTIONS = [
  { value: "create", label: "Aangemaakt" },
  { value: "update", label: "Gewijzigd" },
  { value: "delete", label: "Verwijderd" },
  { value: "login", label: "Ingelogd" },
  { value: "login_failed", label: "Inloggen mislukt" },
  { value: "logout", label: "Uitgelogd" },
];

export const AUDIT_RESOURCES = [
  { value: "user", label: "Gebruiker" },
  { value: "team", label: "Team" },
  { value: "membership", label: "Teamlidmaatschap" },
  { value: "absence", label: "Afwezigheid" },
  { value: "organisation", label: "Organisatie" },
  { value: "organisation_settings", label: "Instellingen organisatie" },
  { value: "api_client", label: "API-client" },
];

export const ACTOR_TYPES = {
  user: "Gebruiker",
  api_client: "API-client",
  anonymous: "Onbekend (niet ingelogd)",
};

function lookup(list, value) {
  const found = list.find((item) => item.value === value);
  return found ? found.label : value;
}

export const roleLabel = (value) => lookup(ROLES, value);
export const teamKindLabel = (value) => lookup(TEAM_KINDS, value);
export const auditActionLabel = (value) => lookup(AUDIT_ACTIONS, value);
export const auditResourceLabel = (value) => lookup(AUDIT_RESOURCES, value);

/** "Team Oost (Re-integratie)"; just "Werk en Inkomen" when the name already says it. */
export function teamTitle(team) {
  if (!team) return "Onbekend team";
  const kind = teamKindLabel(team.kind);
  return team.name.toLowerCase().includes(kind.toLowerCase()) ? team.name : `${team.name} (${kind})`;
}

/** "ma, di en do" for [1, 2, 4]; "geen" for []. */
export function weekdaysText(days) {
  const names = WEEKDAYS.filter((d) => (days || []).includes(d.value)).map((d) => d.long);
  if (names.length === 0) return "geen";
  if (names.length === 5) return "maandag tot en met vrijdag";
  return listText(names);
}

/** "a, b en c" */
export function listText(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "2026-12-01" → "1 december 2026" */
export function formatDate(isoDate) {
  if (!isoDate) return "";
  return DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant, shown in Dutch time. */
export function formatDateTime(isoInstant) {
  if (!isoInstant) return "";
  return DATE_TIME.format(new Date(isoInstant));
}

/** Names of record fields in the audit trail's `changes` (snake_case or camelCase). */
const FIELD_LABELS = {
  display_name: "Naam",
  name: "Naam",
  email: "E-mailadres",
  password: "Wachtwoord",
  roles: "Rollen",
  active: "Actief",
  kind: "Soort werk",
  working_days: "Werkdagen",
  start_date: "Eerste dag",
  end_date: "Laatste dag",
  reason: "Reden",
  scopes: "Bevoegdheden",
  team_id: "Team",
  user_id: "Gebruiker",
};

export function fieldLabel(key) {
  const snake = String(key).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return FIELD_LABELS[snake] || key;
}
