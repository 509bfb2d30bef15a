// Shared words and helpers of the conference screens (casuïstiekoverleg).

import { h } from "../dom.js";
import { badge } from "../ui.js";

const WEEKDAY_NAMES = ["", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

const MOMENT = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Amsterdam",
});
const TIME = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" });
const PERCENT = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** "dinsdag 10 maart 2026 om 13:00" */
export function momentText(isoInstant) {
  if (!isoInstant) return "";
  const text = MOMENT.format(new Date(isoInstant));
  return text.replace(/ om | (\d{2}:\d{2})$/, (match, time) => (time ? ` om ${time}` : " om "));
}

export const timeText = (isoInstant) => (isoInstant ? TIME.format(new Date(isoInstant)) : "");
export const percentText = (value) => `${PERCENT.format(value)}%`;

/** "Elke 2 weken op dinsdag om 13:00, 30 minuten" */
export function rhythmText(series) {
  const every = series.intervalWeeks === 1 ? "Elke week" : `Elke ${series.intervalWeeks} weken`;
  return `${every} op ${WEEKDAY_NAMES[series.weekday]} om ${series.startTime}, ${series.durationMinutes} minuten`;
}

export const FORMAT_LABELS = { casus: "Casusbespreking", dilemma: "Dilemmasessie" };
export const formatLabel = (format) => FORMAT_LABELS[format] || "Nog niet bekend";

const STATUS = {
  gepland: ["Gepland", "info"],
  gehouden: ["Gehouden", "actief"],
  geannuleerd: ["Gaat niet door", "inactief"],
};

export function sessionStatusBadge(status) {
  const [text, kind] = STATUS[status] || [status, "neutraal"];
  return badge(text, kind);
}

export const ROLE_LABELS = { notulist: "Notulist", voorzitter: "Voorzitter" };
export const POSITION_LABELS = { a: "Stelling A", b: "Stelling B", anders: "Een middenweg" };

/** A session has started (or was held): its agenda is fixed, its minutes can be written. */
export function hasStarted(session) {
  return session.status === "gehouden" || new Date(session.startsAt) <= new Date();
}

/** "Jan de Vries" or "Niemand" for an empty task. */
export function nameOf(users, id, empty = "Niemand") {
  if (!id) return empty;
  const user = users.get(id);
  return user ? user.displayName : "Onbekende collega";
}

/** A link to a session, its moment as the text. */
export function sessionLink(session, text = null) {
  return h("a", { href: `#/overleg/bijeenkomst/${session.id}` }, text || momentText(session.startsAt));
}

function amsterdamOffsetMinutes(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((local - instant.getTime()) / 60000);
}

/** A date (yyyy-mm-dd) and time (hh:mm) in Amsterdam as an ISO instant. */
export function localToIso(date, time) {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  if (!y || !m || !d || Number.isNaN(hh) || Number.isNaN(mm)) return null;
  const guess = new Date(Date.UTC(y, m - 1, d, hh, mm));
  return new Date(guess.getTime() - amsterdamOffsetMinutes(guess) * 60000).toISOString();
}

/** Who chairs a session: in a case session each presenter chairs their own case (in agenda
 * order), otherwise the session's chair. */
export function sessionChairs(session) {
  const ids = session.format === "casus" ? (session.agenda || []).map((i) => i.chairId) : [session.chairId];
  return [...new Set(ids.filter(Boolean))];
}

/** The chairs by name: "Anna", or "Anna en Bram (ieder de eigen casus)". */
export function chairsText(users, session) {
  const ids = sessionChairs(session);
  if (ids.length < 2) return nameOf(users, ids[0] || session.chairId);
  const names = ids.map((id) => nameOf(users, id));
  return `${names.slice(0, -1).join(", ")} en ${names.at(-1)} (ieder de eigen casus)`;
}

/** May `me` write this session's minutes: a team leader of the team, else its note-taker,
 * a chair (each presenter of a case) or the series owner (the server decides; this only
 * hides what would be refused). */
export function writesMinutes(me, session, series, scopes) {
  const granted = scopes(me, "write_minutes");
  if (granted.includes("team") && (me.teamIds || []).includes(session.teamId)) return true;
  return granted.includes("own") && [session.noteTakerId, series.ownerId, ...sessionChairs(session)].includes(me.id);
}

/** May `me` edit the series, move or cancel its sessions and set agendas. */
export function editsSeries(me, series, scopes) {
  const granted = scopes(me, "edit_series");
  if (granted.includes("org")) return true;
  if (granted.includes("team") && (me.teamIds || []).includes(series.teamId)) return true;
  return granted.includes("own") && series.ownerId === me.id;
}
