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

// ------------------------------------------------------------------ cases and clients

export const CASE_KINDS = [
  { value: "ontheffing", label: "Ontheffing", hint: "U overweegt een klant te ontheffen van de arbeidsverplichting." },
  { value: "twijfelgeval", label: "Twijfelgeval", hint: "U twijfelt of de klant naar Re-integratie en Werkgeversdiensten (R&W) kan." },
  { value: "worst_practice", label: "Worst practice", hint: "Er ging iets mis. Wat leren we ervan?" },
  { value: "algemeen", label: "Algemeen", hint: "Een vraag aan collega's die niet over één klant gaat." },
];

export const CASE_STATUSES = [
  { value: "concept", label: "Concept" },
  { value: "ingediend", label: "Ingediend" },
  { value: "geagendeerd", label: "Geagendeerd" },
  { value: "besproken", label: "Besproken" },
  { value: "afgerond", label: "Afgerond" },
  { value: "ingetrokken", label: "Ingetrokken" },
];

export const OUTCOME_RESULTS = [
  { value: "ontheffing_voorkomen", label: "Ontheffing voorkomen", hint: "Een ontheffing is overwogen, maar is niet nodig." },
  { value: "ontheffing_verleend", label: "Ontheffing verleend", hint: "De gekoppelde klant krijgt een ontheffing." },
  { value: "ontheffing_beeindigd", label: "Ontheffing beëindigd", hint: "De actieve ontheffing van de gekoppelde klant stopt." },
  { value: "ontheffing_gehandhaafd", label: "Ontheffing gehandhaafd", hint: "De actieve ontheffing van de gekoppelde klant blijft." },
  { value: "verwezen_rw", label: "Verwezen naar R&W", hint: "De gekoppelde klant gaat naar Re-integratie en Werkgeversdiensten." },
  { value: "anders", label: "Anders", hint: "Iets anders. Beschrijf het in de conclusie." },
];

/** `gender` on the case form (docs/domain.md §1). */
export const GENDERS = [
  { value: "man", label: "Man" },
  { value: "vrouw", label: "Vrouw" },
  { value: "anders", label: "Anders" },
  { value: "onbekend", label: "Onbekend" },
];

/** The eleven descriptive fields of the Best case form, in the form's order. */
export const CASE_FIELDS = [
  { name: "gender", label: "Geslacht" },
  { name: "age", label: "Leeftijd" },
  { name: "livingSituation", label: "Woonsituatie" },
  { name: "education", label: "Opleiding" },
  { name: "workExperience", label: "Werkervaring" },
  { name: "interests", label: "Interesses" },
  { name: "attitude", label: "Houding" },
  { name: "physicalObstacles", label: "Fysieke belemmeringen" },
  { name: "psychologicalObstacles", label: "Psychische belemmeringen" },
  { name: "socialNetwork", label: "Sociaal netwerk" },
  { name: "otherInformation", label: "Overige informatie" },
];

export const EXEMPTION_GROUNDS = [
  { value: "art_9_lid_2", label: "Art. 9 lid 2", long: "Art. 9 lid 2 – dringende redenen (tijdelijk)" },
  { value: "art_9_lid_5", label: "Art. 9 lid 5", long: "Art. 9 lid 5 – volledig arbeidsongeschikt" },
  { value: "art_9a", label: "Art. 9a", long: "Art. 9a – alleenstaande ouder met de volledige zorg voor een kind onder de vijf" },
];

export const EXEMPTION_STATUSES = [
  { value: "actief", label: "Actief" },
  { value: "beeindigd", label: "Beëindigd" },
];

export const DIAGNOSIS_ELEMENTS = [
  { value: "houding_motivatie", label: "Houding en motivatie" },
  { value: "opleidingsachtergrond", label: "Opleidingsachtergrond" },
  { value: "werkervaring", label: "Werkervaring" },
  { value: "zelfredzaamheid", label: "Zelfredzaamheid" },
  { value: "beschikbaarheid", label: "Beschikbaarheid" },
  { value: "vervoersmogelijkheden", label: "Vervoersmogelijkheden" },
  { value: "affiniteiten", label: "Affiniteiten" },
];

/** The participation ladder ("participatieladder"). */
export const LADDER_RUNGS = [
  { value: 1, label: "1 – geïsoleerd" },
  { value: 2, label: "2 – sociale contacten buiten de deur" },
  { value: 3, label: "3 – deelname aan georganiseerde activiteiten" },
  { value: 4, label: "4 – onbetaald werk" },
  { value: 5, label: "5 – betaald werk met ondersteuning" },
  { value: 6, label: "6 – betaald werk" },
];

const END_REASONS = { einddatum_bereikt: "Einddatum bereikt", einde_volgens_regel: "Einde volgens de regel" };

export const caseKindLabel = (value) => lookup(CASE_KINDS, value);
export const caseStatusLabel = (value) => lookup(CASE_STATUSES, value);
export const outcomeResultLabel = (value) => lookup(OUTCOME_RESULTS, value);
export const exemptionGroundLabel = (value) => lookup(EXEMPTION_GROUNDS, value);
export const exemptionStatusLabel = (value) => lookup(EXEMPTION_STATUSES, value);
export const diagnosisElementLabel = (value) => lookup(DIAGNOSIS_ELEMENTS, value);
export const ladderRungLabel = (value) => lookup(LADDER_RUNGS, value);
export const endReasonText = (value) => END_REASONS[value] || value || "";

/** The first eight characters of an id: enough to tell records apart on a screen. */
export function shortId(id) {
  return String(id || "").slice(0, 8);
}

/**
 * Clients have no names: "civision 12345 · competensys A-7" by their references, or
 * "Klant 1a2b3c4d" by a short id when no source system knows them (yet).
 */
export function clientLabel(client) {
  const refs = client && Array.isArray(client.externalRefs) ? client.externalRefs : [];
  if (refs.length) return refs.map((r) => `${r.system} ${r.ref}`).join(" · ");
  return `Klant ${shortId(client && client.id)}`;
}

const DEADLINE_PARTS = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Amsterdam",
});

/** "woensdag 4 maart 17:00" (with the year when it is not this year), in Dutch time. */
export function formatDeadline(isoInstant) {
  if (!isoInstant) return "";
  const when = new Date(isoInstant);
  const part = Object.fromEntries(DEADLINE_PARTS.formatToParts(when).map((p) => [p.type, p.value]));
  const thisYear = Object.fromEntries(DEADLINE_PARTS.formatToParts(new Date()).map((p) => [p.type, p.value])).year;
  const year = part.year === thisYear ? "" : ` ${part.year}`;
  return `${part.weekday} ${part.day} ${part.month}${year} ${part.hour}:${part.minute}`;
}

/** The offset of Europe/Amsterdam from UTC at an instant, in minutes. */
function amsterdamOffset(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((local - instant.getTime()) / 60000);
}

/**
 * The submission deadline for a session date as the server computes it: `daysBefore`
 * days earlier at `hour`:00 Europe/Amsterdam. Returns an ISO instant.
 */
export function deadlineFor(sessionDate, daysBefore = 6, hour = 17) {
  const [y, m, d] = sessionDate.split("-").map(Number);
  if (!y || !m || !d) return null;
  const guess = new Date(Date.UTC(y, m - 1, d - daysBefore, hour, 0));
  const offset = amsterdamOffset(guess);
  return new Date(guess.getTime() - offset * 60000).toISOString();
}

/** Today's date (yyyy-mm-dd) in Europe/Amsterdam. */
export function todayIso() {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}

/** yyyy-mm-dd plus a number of years (29 February becomes 28 February). */
export function addYears(isoDate, years) {
  const [y, m, d] = isoDate.split("-").map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

const SHORT_DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const SHORT_DAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Amsterdam" });

/** "2026-12-15" → "15 dec 2026" (for tables). */
export function formatShortDate(isoDate) {
  if (!isoDate) return "";
  return SHORT_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The Dutch calendar day of an instant, short: "23 nov 2026". */
export function formatShortDay(isoInstant) {
  if (!isoInstant) return "";
  return SHORT_DAY.format(new Date(isoInstant));
}

// ------------------------------------------------------------------ assessments (afwegingskader)

export const ASSESSMENT_STATUSES = [
  { value: "open", label: "Open" },
  { value: "afgerond", label: "Afgerond" },
  { value: "ingetrokken", label: "Ingetrokken" },
];

/**
 * The outcomes with their explicit labels. CompetenSYS pairs "Ja/Nee" with whether a
 * trajectory is possible, the other way round from question 3: never show a bare ja/nee.
 */
export const ASSESSMENT_OUTCOMES = [
  { value: "traject_mogelijk", label: "Ja, er is wel een traject mogelijk bij R&W" },
  { value: "nu_geen_traject", label: "Nee, er is (nu) geen traject mogelijk bij R&W" },
  { value: "uitgesteld", label: "Uitgesteld: wacht op oordeel externe deskundige" },
];

export const REVIEW_DECISIONS = [
  { value: "geaccepteerd", label: "Geaccepteerd", hint: "De klant kan een traject volgen bij R&W." },
  { value: "teruggemeld", label: "Teruggemeld", hint: "De klant gaat terug naar de klantmanager. Leg uit waarom." },
];

export const ARGUMENT_SOURCES = [
  { value: "klant", label: "Klant" },
  { value: "eigen_inschatting", label: "Eigen inschatting" },
  { value: "wetenschap", label: "Wetenschappelijk inzicht" },
  { value: "competensys", label: "CompetenSYS" },
  { value: "andere_deskundige", label: "Andere deskundige" },
];

export const TRENDS = [
  { value: "verbeterd", label: "Verbeterd" },
  { value: "stabiel", label: "Stabiel" },
  { value: "verslechterd", label: "Verslechterd" },
  { value: "terugval_mogelijk", label: "Terugval mogelijk" },
];

export const assessmentStatusLabel = (value) => lookup(ASSESSMENT_STATUSES, value);
export const assessmentOutcomeLabel = (value) => lookup(ASSESSMENT_OUTCOMES, value);
export const reviewDecisionLabel = (value) => lookup(REVIEW_DECISIONS, value);
export const sourceLabel = (value) => lookup(ARGUMENT_SOURCES, value);
export const trendLabel = (value) => lookup(TRENDS, value);
