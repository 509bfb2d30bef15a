// Beheer → Auditspoor: nieuwste eerst, filters, "Meer laden" met nextCursor.

import { api } from "../client.js";
import { h } from "../dom.js";
import { MAX_ROWS } from "../components.js";
import { teamsByIds, usersByIds } from "../names.js";
import {
  ACTOR_TYPES,
  AUDIT_ACTIONS,
  AUDIT_RESOURCES,
  auditActionLabel,
  auditResourceLabel,
  fieldLabel,
  formatDate,
  formatDateTime,
  listText,
  roleLabel,
  teamKindLabel,
  weekdaysText,
} from "../labels.js";
import {
  announce,
  busy,
  clearFieldErrors,
  emptyRow,
  field,
  heading,
  reportError,
  reportFormError,
  scrollBox,
  showFieldErrors,
} from "../ui.js";

const PAGE_SIZE = 50; // per "Meer laden"; #/beheer/auditspoor?aantal=N asks for another number
const SYSTEM_ACTOR = "00000000-0000-0000-0000-000000000000";

/** A local calendar date (yyyy-mm-dd) plus days, as an instant in the browser's time zone. */
function startOfDay(isoDate, plusDays = 0) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

function plainText(value) {
  if (value === null || value === undefined || value === "") return "leeg";
  if (value === true) return "ja";
  if (value === false) return "nee";
  if (Array.isArray(value)) return value.length ? value.map(plainText).join(", ") : "leeg";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Show a changed value in Dutch: names for ids, Dutch words for codes. */
function valueText(key, value, names) {
  const field = String(key).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (value === null || value === undefined) return "leeg";
  if (field === "kind") return teamKindLabel(value);
  if (field === "roles" && Array.isArray(value)) return listText(value.map(roleLabel)) || "geen";
  if (field === "working_days" && Array.isArray(value)) return weekdaysText(value);
  if (field === "team_id") return names.teams.get(value) || value;
  if (field === "user_id") return names.people.get(value) || value;
  if (field.endsWith("_date") && typeof value === "string") return formatDate(value);
  return plainText(value);
}

function changesList(changes, names) {
  if (!changes || typeof changes !== "object" || !Object.keys(changes).length) return "–";
  return h(
    "ul",
    { class: "wijzigingen" },
    Object.entries(changes).map(([key, change]) => {
      let text;
      if (change && typeof change === "object" && !Array.isArray(change) && "new" in change) {
        text =
          change.old === null || change.old === undefined
            ? valueText(key, change.new, names)
            : `${valueText(key, change.old, names)} → ${valueText(key, change.new, names)}`;
      } else {
        text = valueText(key, change, names);
      }
      return h("li", {}, h("span", { class: "veldnaam" }, `${fieldLabel(key)}: `), text);
    }),
  );
}

export async function renderAuditspoor(container, ctx) {
  const pageSize = Math.min(MAX_ROWS, Math.max(1, Number.parseInt(ctx.query.aantal || "", 10) || PAGE_SIZE));
  // Names for the ids on the rows shown, looked up per id (never every user and team).
  const people = new Map();
  const teams = new Map();
  async function learnNames(events) {
    const userIds = new Set();
    const teamIds = new Set();
    for (const e of events) {
      if (e.actorType === "user" && e.actorId !== SYSTEM_ACTOR) userIds.add(e.actorId);
      if (e.resourceType === "team") teamIds.add(e.resourceId);
      if (["user", "membership"].includes(e.resourceType)) userIds.add(e.resourceId);
      for (const [key, change] of Object.entries(e.changes || {})) {
        const values = change && typeof change === "object" && "new" in change ? [change.old, change.new] : [change];
        if (/team_?id$/i.test(key)) values.forEach((v) => typeof v === "string" && teamIds.add(v));
        if (/user_?id$/i.test(key)) values.forEach((v) => typeof v === "string" && userIds.add(v));
      }
    }
    const [users, teamMap] = await Promise.all([usersByIds([...userIds].filter((id) => !people.has(id))), teamsByIds([...teamIds].filter((id) => !teams.has(id)))]);
    for (const [id, user] of users) if (user) people.set(id, user.displayName);
    for (const [id, team] of teamMap) if (team) teams.set(id, team.name);
  }

  const action = field({
    name: "action",
    label: "Actie",
    optionalMark: false,
    options: [{ value: "", label: "Alle acties" }, ...AUDIT_ACTIONS],
  });
  const resource = field({
    name: "resourceType",
    label: "Soort record",
    optionalMark: false,
    options: [{ value: "", label: "Alle soorten" }, ...AUDIT_RESOURCES],
  });
  const from = field({ name: "occurredFrom", label: "Van", type: "date", optionalMark: false });
  const to = field({ name: "occurredTo", label: "Tot en met", type: "date", optionalMark: false });
  const search = h("button", { type: "submit", class: "knop knop-primair" }, "Zoeken");
  const filterForm = h(
    "form",
    { class: "filters", novalidate: true, "aria-labelledby": "audit-filters" },
    h("h2", { id: "audit-filters", class: "visueel-verborgen" }, "Filters"),
    action.wrapper,
    resource.wrapper,
    from.wrapper,
    to.wrapper,
    h("div", { class: "knoppen" }, search),
  );

  const body = h("tbody");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Gebeurtenissen, nieuwste eerst"),
    h(
      "thead",
      {},
      h("tr", {}, ["Tijdstip", "Actie", "Soort record", "Record", "Door", "Wijzigingen", "Toelichting"].map((t) => h("th", { scope: "col" }, t))),
    ),
    body,
  );
  const count = h("p", { class: "telling" });
  const more = h("button", { type: "button", class: "knop", hidden: true }, "Meer laden");

  let cursor = null;
  let shown = 0;
  // From the start page: ?actie=login_failed&vanaf=<instant> (the last 24 hours).
  const linkedAction = AUDIT_ACTIONS.some((a) => a.value === ctx.query.actie) ? ctx.query.actie : "";
  const linkedFrom = ctx.query.vanaf && !Number.isNaN(Date.parse(ctx.query.vanaf)) ? new Date(ctx.query.vanaf).toISOString() : "";
  let query = { action: linkedAction, occurredFrom: linkedFrom };
  action.input.value = linkedAction;

  function who(event) {
    if (event.actorType === "user") {
      if (event.actorId === SYSTEM_ACTOR) return "Systeem";
      return people.get(event.actorId) || "Gebruiker (onbekend)";
    }
    return ACTOR_TYPES[event.actorType] || event.actorType;
  }

  function recordName(event) {
    if (!event.resourceId) return "–";
    if (event.resourceType === "team") return teams.get(event.resourceId) || event.resourceId;
    if (["user", "membership"].includes(event.resourceType)) return people.get(event.resourceId) || event.resourceId;
    return h("span", { class: "id" }, event.resourceId);
  }

  function row(event) {
    return h(
      "tr",
      {},
      h("td", { class: "nowrap" }, h("time", { datetime: event.occurredAt }, formatDateTime(event.occurredAt))),
      h("td", {}, auditActionLabel(event.action)),
      h("td", {}, auditResourceLabel(event.resourceType)),
      h("td", {}, recordName(event)),
      h("td", {}, who(event)),
      h("td", {}, changesList(event.changes, { people, teams })),
      h("td", {}, event.reason || "–"),
    );
  }

  async function load(reset) {
    const { data } = await api.listAuditEvents({ query: { ...query, limit: pageSize, cursor: reset ? null : cursor } });
    await learnNames(data.items);
    if (reset) {
      body.replaceChildren();
      shown = 0;
    }
    body.append(...data.items.map(row));
    shown += data.items.length;
    if (shown === 0) body.replaceChildren(emptyRow(7, "Geen gebeurtenissen gevonden."));
    cursor = data.nextCursor || null;
    more.hidden = !cursor;
    count.textContent = `${shown} ${shown === 1 ? "gebeurtenis" : "gebeurtenissen"} getoond${cursor ? "; er zijn er meer" : ""}.`;
    return data.items.length;
  }

  filterForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(filterForm);
    if (from.input.value && to.input.value && from.input.value > to.input.value) {
      showFieldErrors(filterForm, [{ name: "occurredTo", code: "before_start", reason: "Deze datum ligt voor de datum bij Van." }]);
      return;
    }
    query = {
      action: action.input.value,
      resourceType: resource.input.value,
      occurredFrom: from.input.value ? startOfDay(from.input.value) : "",
      occurredTo: to.input.value ? startOfDay(to.input.value, 1) : "",
    };
    await busy(search, async () => {
      try {
        await load(true);
        announce(count.textContent);
      } catch (error) {
        reportFormError(error, filterForm);
      }
    });
  });

  more.addEventListener("click", async () => {
    const firstNew = body.rows.length;
    await busy(more, async () => {
      try {
        const added = await load(false);
        announce(`${added} ${added === 1 ? "gebeurtenis" : "gebeurtenissen"} erbij geladen.`);
        if (more.hidden && body.rows[firstNew]) {
          // The button is gone: put focus on the first new row's time.
          const cell = body.rows[firstNew].cells[0];
          cell.setAttribute("tabindex", "-1");
          cell.focus();
        }
      } catch (error) {
        reportError(error);
      }
    });
  });

  container.append(
    heading("Auditspoor"),
    h("p", { class: "inleiding" }, "Wie wat wanneer heeft gedaan in uw organisatie. Nieuwste eerst."),
    ...(linkedFrom ? [h("p", { class: "hint" }, `Vanaf ${formatDateTime(linkedFrom)}. Kies Zoeken voor andere data.`)] : []),
    filterForm,
    count,
    scrollBox(table, "Gebeurtenissen"),
    h("div", { class: "knoppen" }, more),
  );
  await load(true);
}
