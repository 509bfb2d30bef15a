// Casussen: "Mijn casussen" (eigen casussen) en "Casussen van het team", met filters,
// zoeken (q) en paginering.

import * as api from "../api.js";
import { append, h, uid } from "../dom.js";
import { fetchAll, usersById } from "../data.js";
import { casePages } from "../nav.js";
import {
  CASE_KINDS,
  CASE_STATUSES,
  caseKindLabel,
  caseStatusLabel,
  formatShortDate,
  formatShortDay,
  outcomeResultLabel,
} from "../labels.js";
import { hasRole, mayCreateCase } from "../session.js";
import { announce, badge, emptyRow, fetchListPage, field, teamFilterField, heading, scrollBox, subNav } from "../ui.js";

/** Append children to a node, skipping null (Node.append would write "null"). */
const put = (node, ...children) => append(node, children);

const PAGE_SIZE = 20;

/** The sub navigation above every Casussen screen (nothing for a read-only role). */
export function caseNav(ctx, activeHref) {
  const pages = casePages(ctx.me);
  return pages.length ? subNav("Casussen", pages, activeHref) : null;
}

const STATUS_KIND = {
  concept: "neutraal",
  ingediend: "info",
  geagendeerd: "info",
  besproken: "info",
  afgerond: "actief",
  ingetrokken: "inactief",
};

export function statusBadge(status) {
  return badge(caseStatusLabel(status), STATUS_KIND[status] || "neutraal");
}

/** "Op tijd" / "Te laat" for a submitted case; null when there is nothing to say. */
export function onTimeBadge(submittedOnTime) {
  if (submittedOnTime === true) return badge("Op tijd", "actief");
  if (submittedOnTime === false) return badge("Te laat", "waarschuwing");
  return null;
}

export function excerpt(text, length = 110) {
  const flat = String(text || "").replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, length).replace(/\s+\S*$/, "")}…`;
}

/** The question as the case's name in lists and headings. */
export function caseName(item, length = 110) {
  return item.question && item.question.trim() ? excerpt(item.question, length) : "Casus zonder hulpvraag";
}

function submittedCell(item) {
  if (!item.submittedAt) return "–";
  return [
    h("time", { datetime: item.submittedAt, class: "nowrap" }, formatShortDay(item.submittedAt)),
    onTimeBadge(item.submittedOnTime) ? [" ", onTimeBadge(item.submittedOnTime)] : null,
  ];
}

/**
 * One list screen for both: `mine` shows the user's own cases (ownerId = me), else the
 * cases of the user's teams (or of the organisation for a quality officer).
 */
async function renderCaseList(container, ctx, { mine }) {
  const me = ctx.me;
  const orgWide = hasRole(me, "kwaliteit");
  const title = mine ? "Mijn casussen" : orgWide && !mayCreateCase(me) ? "Casussen" : "Casussen van het team";
  ctx.setTitle(title);
  const state = {
    offset: Math.max(0, (Number.parseInt(ctx.query.pagina || "1", 10) - 1) * PAGE_SIZE) || 0,
    status: ctx.query.status || "",
    kind: ctx.query.soort || "",
    q: ctx.query.zoek || "",
    team: ctx.query.team || "",
  };

  const [people, teams] = await Promise.all([
    usersById().catch((error) => {
      if (error.status === 401) throw error;
      return new Map(); // names are a convenience
    }),
    fetchAll(api.listTeams),
  ]);
  const teamChoices = orgWide ? teams : teams.filter((t) => (me.teamIds || []).includes(t.id));

  // Filters
  const statusField = field({
    name: "status",
    label: "Status",
    optionalMark: false,
    options: [{ value: "", label: "Alle statussen" }, ...CASE_STATUSES],
    value: state.status,
  });
  const kindField = field({
    name: "kind",
    label: "Soort",
    optionalMark: false,
    options: [{ value: "", label: "Alle soorten" }, ...CASE_KINDS],
    value: state.kind,
  });
  const teamField = teamFilterField(teamChoices, orgWide, state.team);
  const searchField = field({
    name: "q",
    label: "Zoeken",
    type: "search",
    optionalMark: false,
    maxlength: "200",
    value: state.q,
    autocomplete: "off",
    hint: "In de hulpvraag, de beschrijving en de uitkomst. Elk woord moet voorkomen.",
  });
  const filterForm = h(
    "form",
    { class: "filters", role: "search", "aria-label": `${title} zoeken en filteren`, novalidate: true },
    searchField.wrapper,
    statusField.wrapper,
    kindField.wrapper,
    teamField ? teamField.wrapper : null,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Zoeken")),
  );
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    state.status = statusField.input.value;
    state.kind = kindField.input.value;
    state.q = searchField.input.value.trim();
    state.team = teamField ? teamField.input.value : "";
    state.offset = 0;
    load(true);
  });

  // Table
  const columns = ["Hulpvraag", "Soort", "Status", "Datum overleg", "Ingediend", ...(mine ? [] : ["Inbrenger"]), "Uitkomst"];
  const count = h("p", { class: "telling", id: uid("telling") });
  const body = h("tbody");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, title),
    h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
    body,
  );
  const previous = h("button", { type: "button", class: "knop" }, "Vorige pagina");
  const next = h("button", { type: "button", class: "knop" }, "Volgende pagina");
  const pageText = h("span", { class: "pagina-tekst" });
  const pager = h("nav", { class: "paginering", "aria-label": `Paginering ${title.toLowerCase()}` }, previous, pageText, next);
  previous.addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE);
    load(true);
  });
  next.addEventListener("click", () => {
    state.offset += PAGE_SIZE;
    load(true);
  });

  function row(item) {
    const owner = people.get(item.ownerId);
    return h(
      "tr",
      {},
      h("th", { scope: "row", class: "kolom-breed" }, h("a", { href: `#/casussen/${encodeURIComponent(item.id)}` }, caseName(item))),
      h("td", {}, caseKindLabel(item.kind)),
      h("td", {}, statusBadge(item.status)),
      h("td", { class: "nowrap" }, item.targetSessionDate ? h("time", { datetime: item.targetSessionDate }, formatShortDate(item.targetSessionDate)) : "–"),
      h("td", {}, submittedCell(item)),
      mine ? null : h("td", {}, owner ? owner.displayName : "Onbekend"),
      h("td", {}, item.outcomeResult ? outcomeResultLabel(item.outcomeResult) : "–"),
    );
  }

  async function load(announceResult = false) {
    const query = {
      limit: PAGE_SIZE,
      offset: state.offset,
      status: state.status,
      kind: state.kind,
      q: state.q,
      teamId: state.team,
      ownerId: mine ? me.id : "",
    };
    const data = await fetchListPage(() => api.listCases({ query }), {
      state,
      pageSize: PAGE_SIZE,
      context: "De casussen konden niet worden geladen.",
      retry: () => load(announceResult),
    });
    if (!data) return;
    ctx.replaceQuery({
      pagina: state.offset ? String(state.offset / PAGE_SIZE + 1) : "",
      status: state.status,
      soort: state.kind,
      zoek: state.q,
      team: state.team,
    });
    const filtered = state.status || state.kind || state.q || state.team;
    const none = mine && !filtered ? "U hebt nog geen casussen ingebracht." : "Geen casussen gevonden.";
    body.replaceChildren(...(data.items.length ? data.items.map(row) : [emptyRow(columns.length, none)]));
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    const page = Math.floor(state.offset / PAGE_SIZE) + 1;
    const first = data.total ? state.offset + 1 : 0;
    const last = state.offset + data.items.length;
    count.textContent =
      (data.total === 1 ? "1 casus" : `${data.total} casussen`) + (data.total > PAGE_SIZE ? `, ${first}–${last} getoond` : "");
    pageText.textContent = `Pagina ${page} van ${pages}`;
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    pager.hidden = pages <= 1;
    if (announceResult) announce(`${count.textContent}. Pagina ${page} van ${pages}.`);
  }

  const intro = mine
    ? "De casussen die u hebt ingebracht, nieuwste eerst. Concepten ziet alleen u."
    : orgWide && !mayCreateCase(me)
      ? "Alle casussen in uw organisatie, nieuwste eerst."
      : "De casussen van uw team, nieuwste eerst. Concepten van collega's ziet u niet.";
  put(
    container,
    caseNav(ctx, mine ? "#/casussen" : "#/casussen/team"),
    heading(title),
    h("p", { class: "inleiding" }, intro),
    mayCreateCase(me) ? h("p", {}, h("a", { class: "knop knop-primair", href: "#/casussen/nieuw" }, "Nieuwe casus inbrengen")) : null,
    filterForm,
    count,
    scrollBox(table, title),
    pager,
  );
  await load();
}

/** #/casussen: one's own cases for those who bring them in, else the team's (or all). */
export function renderCasussen(container, ctx) {
  return renderCaseList(container, ctx, { mine: mayCreateCase(ctx.me) });
}

export function renderTeamCasussen(container, ctx) {
  return renderCaseList(container, ctx, { mine: false });
}
