// Casussen: "Mijn casussen" (eigen casussen) en "Casussen van het team", met filters,
// zoeken (q) en paginering.

import { h, put } from "../dom.js";
import { api } from "../client.js";
import { Badge, ServerList, mount } from "../components.js";
import { teamChoicesFor } from "../data.js";
import { may, orgWide } from "../grants.js";
import { userName, usersByIds } from "../names.js";
import { html } from "../vendor.js";
import { casePages } from "../nav.js";
import {
  CASE_KINDS,
  CASE_STATUSES,
  caseKindLabel,
  caseStatusLabel,
  clientLabel,
  formatDate,
  formatShortDate,
  formatShortDay,
  outcomeResultLabel,
} from "../labels.js";
import { badge, errorText, field, heading, subNav, teamFilterField } from "../ui.js";


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
  const onTime =
    item.submittedOnTime === true ? html` <${Badge} kind="actief">Op tijd<//>` : item.submittedOnTime === false ? html` <${Badge} kind="waarschuwing">Te laat<//>` : null;
  return html`<time datetime=${item.submittedAt} class="nowrap">${formatShortDay(item.submittedAt)}</time>${onTime}`;
}

/** The status as a badge, in a component. */
export function StatusBadge({ status }) {
  return html`<${Badge} kind=${STATUS_KIND[status] || "neutraal"}>${caseStatusLabel(status)}<//>`;
}

/**
 * One list screen for both: `mine` shows the user's own cases (ownerId = me), else the
 * cases of the user's teams (or of the organisation for a quality officer).
 */
async function renderCaseList(container, ctx, { mine }) {
  const me = ctx.me;
  const wide = orgWide(me, "read_cases");
  const creates = may(me, "create_case");
  const title = mine ? "Mijn casussen" : wide && !creates ? "Casussen" : "Casussen van het team";
  ctx.setTitle(title);
  const state = {
    offset: Math.max(0, (Number.parseInt(ctx.query.pagina || "1", 10) - 1) * PAGE_SIZE) || 0,
    status: ctx.query.status || "",
    kind: ctx.query.soort || "",
    q: ctx.query.zoek || "",
    team: ctx.query.team || "",
    session: /^\d{4}-\d{2}-\d{2}$/.test(ctx.query.overleg || "") ? ctx.query.overleg : "",
  };
  const teamChoices = await teamChoicesFor(me, "read_cases");

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
  const teamField = teamFilterField(teamChoices, wide, state.team);
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
    show(true);
  });

  const columns = [
    { title: "Hulpvraag", className: "kolom-breed", cell: (item) => html`<a href=${`#/casussen/${encodeURIComponent(item.id)}`}>${caseName(item)}</a>` },
    { title: "Soort", cell: (item) => caseKindLabel(item.kind) },
    { title: "Klant", cell: (item) => (item.clientId ? clientLabel({ id: item.clientId, externalRefs: item.clientRefs }) : "–") },
    { title: "Status", cell: (item) => html`<${StatusBadge} status=${item.status} />` },
    {
      title: "Datum overleg",
      className: "nowrap",
      cell: (item) => (item.targetSessionDate ? html`<time datetime=${item.targetSessionDate}>${formatShortDate(item.targetSessionDate)}</time>` : "–"),
    },
    { title: "Ingediend", cell: submittedCell },
    ...(mine ? [] : [{ title: "Inbrenger", cell: (item, owners) => userName(owners, item.ownerId) }]),
    { title: "Uitkomst", cell: (item) => (item.outcomeResult ? outcomeResultLabel(item.outcomeResult) : "–") },
  ];

  // From the start page: only the cases for one session ("Alle datums" undoes it).
  const sessionNote = h("p", { class: "hint" });
  function noteSession() {
    sessionNote.hidden = !state.session;
    if (!state.session) return;
    const all = h("a", { href: "#" }, "Toon alle datums");
    all.addEventListener("click", (event) => {
      event.preventDefault();
      state.session = "";
      state.offset = 0;
      noteSession();
      show(true);
    });
    sessionNote.replaceChildren(`Alleen casussen voor het overleg van ${formatDate(state.session)}. `, all);
  }
  noteSession();

  const host = h("div", { class: "lijst-houder" });
  function show(speak) {
    const query = {
      status: state.status,
      kind: state.kind,
      q: state.q,
      teamId: state.team,
      ownerId: mine ? me.id : "",
      targetSessionDate: state.session,
    };
    const filtered = state.status || state.kind || state.q || state.team || state.session;
    mount(
      host,
      html`<${ServerList}
        key=${JSON.stringify(query)}
        caption=${title}
        columns=${columns}
        pageSize=${PAGE_SIZE}
        offset=${state.offset}
        noun=${["casus", "casussen"]}
        empty=${mine && !filtered ? "U hebt nog geen casussen ingebracht." : "Geen casussen gevonden."}
        announceOnLoad=${speak}
        errorText=${(error) => `De casussen konden niet worden geladen. ${errorText(error)}`}
        load=${async ({ offset, limit }) => {
          const { data } = await api.listCases({ query: { ...query, limit, offset } });
          const owners = mine ? new Map() : await usersByIds(data.items.map((c) => c.ownerId));
          return { ...data, extra: owners };
        }}
        onPage=${(offset) => {
          state.offset = offset;
          ctx.replaceQuery({
            pagina: offset ? String(offset / PAGE_SIZE + 1) : "",
            status: state.status,
            soort: state.kind,
            zoek: state.q,
            team: state.team,
            overleg: state.session,
          });
        }}
      />`,
    );
  }

  const intro = mine
    ? "De casussen die u hebt ingebracht, nieuwste eerst. Concepten ziet alleen u."
    : wide && !creates
      ? "Alle casussen in uw organisatie, nieuwste eerst."
      : "De casussen van uw team, nieuwste eerst. Concepten van collega's ziet u niet.";
  put(
    container,
    caseNav(ctx, mine ? "#/casussen" : "#/casussen/team"),
    heading(title),
    h("p", { class: "inleiding" }, intro),
    creates ? h("p", {}, h("a", { class: "knop knop-primair", href: "#/casussen/nieuw" }, "Nieuwe casus inbrengen")) : null,
    filterForm,
    sessionNote,
    host,
  );
  show(false);
}

/** #/casussen: one's own cases for those who bring them in, else the team's (or all). */
export function renderCasussen(container, ctx) {
  return renderCaseList(container, ctx, { mine: may(ctx.me, "create_case") });
}

export function renderTeamCasussen(container, ctx) {
  return renderCaseList(container, ctx, { mine: false });
}
