// Klanten (pseudoniem): lijst met filters en Klantdetail met gegevens, diagnose,
// actieve ontheffing, ontheffingsgeschiedenis, ontheffing verlenen en beëindigen.

import { api } from "../client.js";
import { hasRole, may, orgWide } from "../grants.js";
import { append, h, put, uid } from "../dom.js";
import { Badge, ServerList, mount } from "../components.js";
import { firstPage, teamChoicesFor } from "../data.js";
import { teamById, userById, userName, usersByIds } from "../names.js";
import { html } from "../vendor.js";
import {
  DIAGNOSIS_ELEMENTS,
  EXEMPTION_GROUNDS,
  addYears,
  caseKindLabel,
  clientLabel,
  endReasonText,
  exemptionGroundLabel,
  exemptionStatusLabel,
  formatDate,
  ladderRungLabel,
  teamTitle,
  todayIso,
} from "../labels.js";
import { exemptionFields } from "../ontheffing.js";
import {
  badge,
  busy,
  checkboxGroup,
  clearFieldErrors,
  emptyRow,
  errorText,
  field,
  heading,
  reportFormError,
  scrollBox,
  showFieldErrors,
  teamFilterField,
} from "../ui.js";
import { caseName, statusBadge } from "./casussen.js";
import { assessmentsOfClient } from "./afwegingen.js";


const PAGE_SIZE = 25;

const clientHref = (id) => `#/klanten/${encodeURIComponent(id)}`;

/** No conversation for over a year: none at all, or before today minus one year. */
function conversationOverdue(lastConversationDate) {
  return !lastConversationDate || lastConversationDate < addYears(todayIso(), -1);
}

/** An exemption resting on an assessment older than two years. */
function basisExpired(basisDocumentDate) {
  return Boolean(basisDocumentDate) && basisDocumentDate < addYears(todayIso(), -2);
}

function dateOrDash(isoDate) {
  return isoDate ? h("time", { datetime: isoDate, class: "nowrap" }, formatDate(isoDate)) : "–";
}

function lastConversation(isoDate) {
  return [
    isoDate ? dateOrDash(isoDate) : "Geen gesprek vastgelegd",
    conversationOverdue(isoDate) ? [" ", badge("Langer dan een jaar geleden", "waarschuwing")] : null,
  ];
}

function basisDate(isoDate) {
  if (!isoDate) return "–";
  return [dateOrDash(isoDate), basisExpired(isoDate) ? [" ", badge("Ouder dan twee jaar", "waarschuwing")] : null];
}

// ------------------------------------------------------------------ list

export async function renderKlanten(container, ctx) {
  const me = ctx.me;
  const wide = orgWide(me, "read_clients");
  const q = ctx.query;
  // "Mijn klanten" first, for whoever is a client's responsible manager.
  const mineByDefault = hasRole(me, "klantmanager");
  const state = {
    offset: Math.max(0, (Number.parseInt(q.pagina || "1", 10) - 1) * PAGE_SIZE) || 0,
    team: q.team || "",
    manager: q.klantmanager === "alle" ? "" : q.klantmanager || (mineByDefault ? me.id : ""),
    status: q.ontheffing || "",
    ground: q.grond || "",
    overdue: q.gesprek === "ja",
    expired: q.keuring === "ja",
    due: q.herbeoordeling === "ja",
    q: q.zoek || "",
  };
  const [teamChoices, managers] = await Promise.all([teamChoicesFor(me, "read_clients"), managerChoices(me, wide)]);

  // Filters
  const searchField = field({
    name: "q",
    label: "Klantnummer",
    type: "search",
    optionalMark: false,
    maxlength: "100",
    autocomplete: "off",
    value: state.q,
    hint: "Het begin van het nummer in CiVision of CompetenSYS, bijvoorbeeld 1043 of cs-12. Hoofdletters maken niet uit.",
  });
  const teamField = teamFilterField(teamChoices, wide, state.team);
  const managerField = field({
    name: "responsibleManagerId",
    label: "Klantmanager",
    optionalMark: false,
    options: [
      { value: "", label: "Alle klantmanagers" },
      ...(managers.some((u) => u.id === me.id) || !mineByDefault ? [] : [{ value: me.id, label: "Mijn klanten" }]),
      ...managers.map((u) => ({ value: u.id, label: u.id === me.id ? "Mijn klanten" : u.displayName })),
    ],
    value: state.manager,
  });
  const statusField = field({
    name: "exemptionStatus",
    label: "Ontheffing",
    optionalMark: false,
    options: [
      { value: "", label: "Met en zonder ontheffing" },
      { value: "actief", label: "Met een actieve ontheffing" },
      { value: "geen", label: "Zonder actieve ontheffing" },
    ],
    value: state.status,
  });
  const groundField = field({
    name: "exemptionGround",
    label: "Grond",
    optionalMark: false,
    options: [{ value: "", label: "Alle gronden" }, ...EXEMPTION_GROUNDS],
    value: state.ground,
  });
  const attention = checkboxGroup({
    name: "aandacht",
    legend: "Vraagt aandacht",
    options: [
      { value: "gesprek", label: "Geen gesprek in het afgelopen jaar" },
      { value: "keuring", label: "Keuring ouder dan twee jaar" },
      { value: "herbeoordeling", label: "Ontheffing toe aan herbeoordeling" },
    ],
    checked: [state.overdue ? "gesprek" : null, state.expired ? "keuring" : null, state.due ? "herbeoordeling" : null].filter(Boolean),
  });
  const filterForm = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Klanten zoeken en filteren", novalidate: true },
    searchField.wrapper,
    teamField ? teamField.wrapper : null,
    managerField.wrapper,
    statusField.wrapper,
    groundField.wrapper,
    attention,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Filter toepassen")),
  );
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    state.team = teamField ? teamField.input.value : "";
    state.manager = managerField.input.value;
    state.status = statusField.input.value;
    state.ground = groundField.input.value;
    const checked = [...attention.querySelectorAll("input:checked")].map((i) => i.value);
    state.overdue = checked.includes("gesprek");
    state.expired = checked.includes("keuring");
    state.due = checked.includes("herbeoordeling");
    state.q = searchField.input.value.trim();
    state.offset = 0;
    show(true);
  });

  const columns = [
    { title: "Klant", className: "nowrap", cell: (client) => html`<a href=${clientHref(client.id)}>${clientLabel(client)}</a>` },
    { title: "Klantmanager", cell: (client, people) => (client.responsibleManagerId ? userName(people, client.responsibleManagerId, "–") : "–") },
    {
      title: "Laatste gesprek",
      cell: (client) =>
        html`${client.lastConversationDate ? html`<time datetime=${client.lastConversationDate} class="nowrap">${formatDate(client.lastConversationDate)}</time>` : "Geen gesprek vastgelegd"}${conversationOverdue(client.lastConversationDate)
          ? html` <${Badge} kind="waarschuwing">Langer dan een jaar geleden<//>`
          : null}`,
    },
    {
      title: "Ontheffing",
      cell: (client) =>
        client.exemptionGround
          ? html`${exemptionGroundLabel(client.exemptionGround)}${client.exemptionEndDate ? html`<br />tot en met ${formatDate(client.exemptionEndDate)}` : null}`
          : "Geen",
    },
    {
      title: "Keuring",
      cell: (client) =>
        client.basisDocumentDate
          ? html`<time datetime=${client.basisDocumentDate} class="nowrap">${formatDate(client.basisDocumentDate)}</time>${basisExpired(client.basisDocumentDate)
              ? html` <${Badge} kind="waarschuwing">Ouder dan twee jaar<//>`
              : null}`
          : "–",
    },
    { title: "Trede", cell: (client) => (client.ladderRung ? String(client.ladderRung) : "–") },
  ];

  const host = h("div", { class: "lijst-houder" });
  function show(speak) {
    const query = {
      teamId: state.team,
      responsibleManagerId: state.manager,
      exemptionStatus: state.status,
      exemptionGround: state.ground,
      conversationOverdue: state.overdue ? "true" : "",
      basisDocumentExpired: state.expired ? "true" : "",
      reexaminationDue: state.due ? "true" : "",
      q: state.q,
    };
    mount(
      host,
      html`<${ServerList}
        key=${JSON.stringify(query)}
        caption="Klanten"
        columns=${columns}
        pageSize=${PAGE_SIZE}
        offset=${state.offset}
        noun=${["klant", "klanten"]}
        empty="Geen klanten gevonden."
        announceOnLoad=${speak}
        errorText=${(error) => `De klanten konden niet worden geladen. ${errorText(error)}`}
        load=${async ({ offset, limit }) => {
          const { data } = await api.listClients({ query: { ...query, limit, offset } });
          return { ...data, extra: await usersByIds(data.items.map((c) => c.responsibleManagerId)) };
        }}
        onPage=${(offset) => {
          state.offset = offset;
          ctx.replaceQuery({
            pagina: offset ? String(offset / PAGE_SIZE + 1) : "",
            team: state.team,
            klantmanager: state.manager === (mineByDefault ? me.id : "") ? "" : state.manager || "alle",
            ontheffing: state.status,
            grond: state.ground,
            gesprek: state.overdue ? "ja" : "",
            keuring: state.expired ? "ja" : "",
            herbeoordeling: state.due ? "ja" : "",
            zoek: state.q,
          });
        }}
      />`,
    );
  }

  put(
    container,
    heading("Klanten"),
    h(
      "p",
      { class: "inleiding" },
      "Vakwerk kent klanten zonder naam, adres of BSN: u herkent ze aan het nummer in het bronsysteem (of een kort Vakwerk-nummer).",
    ),
    filterForm,
    host,
  );
  show(false);
}

/** The klantmanagers of one's teams (or the organisation) for the filter: one page. */
async function managerChoices(me, wide) {
  try {
    const users = await firstPage(api.listUsers, { role: "klantmanager", active: true, teamId: !wide && (me.teamIds || []).length === 1 ? me.teamIds[0] : "" });
    return users
      .filter((u) => wide || u.teamIds.some((id) => (me.teamIds || []).includes(id)))
      .sort((a, b) => (a.id === me.id ? -1 : b.id === me.id ? 1 : a.displayName.localeCompare(b.displayName, "nl")));
  } catch {
    return [];
  }
}

// ------------------------------------------------------------------ detail

function exemptionFacts(exemption) {
  return h(
    "dl",
    { class: "gegevens" },
    h("dt", {}, "Grond"),
    h("dd", {}, EXEMPTION_GROUNDS.find((g) => g.value === exemption.ground)?.long || exemption.ground),
    h("dt", {}, "Ingangsdatum"),
    h("dd", {}, dateOrDash(exemption.startDate)),
    h("dt", {}, "Einddatum"),
    h("dd", {}, exemption.endDate ? dateOrDash(exemption.endDate) : "Geen einddatum"),
    exemption.ground === "art_9a"
      ? [h("dt", {}, "Geboortedatum jongste kind"), h("dd", {}, dateOrDash(exemption.youngestChildBirthDate))]
      : [
          h("dt", {}, "Datum keuring"),
          h("dd", {}, basisDate(exemption.basisDocumentDate)),
          h("dt", {}, "Datum herbeoordeling"),
          h("dd", {}, dateOrDash(exemption.reexaminationDate)),
        ],
  );
}

function historyTable(items) {
  const columns = ["Grond", "Ingangsdatum", "Einddatum", "Keuring", "Status", "Beëindigd op", "Reden"];
  return scrollBox(
    h(
      "table",
      { class: "tabel" },
      h("caption", { class: "visueel-verborgen" }, "Ontheffingen, nieuwste eerst"),
      h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        items.length
          ? items.map((e) =>
              h(
                "tr",
                {},
                h("th", { scope: "row", class: "nowrap" }, exemptionGroundLabel(e.ground)),
                h("td", {}, dateOrDash(e.startDate)),
                h("td", {}, dateOrDash(e.endDate)),
                h("td", {}, e.ground === "art_9a" ? "Niet van toepassing" : dateOrDash(e.basisDocumentDate)),
                h("td", {}, badge(exemptionStatusLabel(e.status), e.status === "actief" ? "actief" : "inactief")),
                h("td", {}, dateOrDash(e.endedOn)),
                h("td", {}, endReasonText(e.endReason) || "–"),
              ),
            )
          : emptyRow(columns.length, "Deze klant heeft nooit een ontheffing gehad."),
      ),
    ),
    "Ontheffingen",
  );
}

function diagnosisTable(diagnosis) {
  const rated = new Map((diagnosis.elements || []).map((e) => [e.element, e]));
  if (!rated.size) return h("p", {}, "De diagnose is nog niet ingevuld.");
  const columns = ["Onderdeel", "Belemmering", "Ernst", "Toelichting"];
  return scrollBox(
    h(
      "table",
      { class: "tabel" },
      h("caption", { class: "visueel-verborgen" }, "Diagnose (CompetenSYS)"),
      h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        DIAGNOSIS_ELEMENTS.map((element) => {
          const e = rated.get(element.value);
          return h(
            "tr",
            {},
            h("th", { scope: "row" }, element.label),
            h("td", {}, e ? (e.obstacle ? "Ja" : "Nee") : "Niet beoordeeld"),
            h("td", {}, e ? `${e.severity} van 3` : "–"),
            h("td", { class: "vrije-tekst" }, e && e.note ? e.note : "–"),
          );
        }),
      ),
    ),
    "Diagnose",
  );
}

/** A button that opens a form below it (aria-expanded), and closes it again. */
function disclosure(label, form, { primary = false, onOpen = null } = {}) {
  const id = form.id || uid("uitklap");
  form.id = id;
  form.hidden = true;
  const toggle = h(
    "button",
    { type: "button", class: primary ? "knop knop-primair" : "knop", "aria-expanded": "false", "aria-controls": id },
    label,
  );
  const open = (show) => {
    form.hidden = !show;
    toggle.setAttribute("aria-expanded", String(show));
    if (show && onOpen) onOpen();
    if (!show) {
      clearFieldErrors(form);
      toggle.focus();
    }
  };
  toggle.addEventListener("click", () => open(form.hidden));
  return { toggle, open };
}

function grantForm(ctx, client) {
  const fields = exemptionFields({ legendGround: "Grond" });
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Ontheffing verlenen");
  const cancel = h("button", { type: "button", class: "knop" }, "Annuleren");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "ontheffing-verlenen-kop" },
    h("h3", { id: "ontheffing-verlenen-kop" }, "Ontheffing verlenen"),
    h("p", { class: "hint" }, "Meestal legt u een ontheffing vast als uitkomst van een casus. Hier kan het ook rechtstreeks."),
    fields.element,
    h("div", { class: "knoppen" }, save, cancel),
  );
  const { toggle, open } = disclosure("Ontheffing verlenen", form, { primary: true, onOpen: () => fields.focusFirst() });
  cancel.addEventListener("click", () => open(false));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const body = fields.body();
    if (!body.ground) {
      showFieldErrors(form, [{ name: "ground", code: "required", reason: "Kies de grond van de ontheffing." }]);
      return;
    }
    await busy(save, async () => {
      try {
        await api.createExemption(client.id, { body });
      } catch (error) {
        if (error.status === 409) {
          showFieldErrors(form, [{ name: "ground", code: "conflict", reason: errorText(error) }]);
          return;
        }
        reportFormError(error, form);
        return;
      }
      ctx.navigate(window.location.hash, { text: `De ontheffing (${exemptionGroundLabel(body.ground)}) is vastgelegd.`, kind: "succes" });
    });
  });
  return h("div", { class: "nieuw" }, toggle, form);
}

function endForm(ctx, exemption) {
  const endedOn = field({ name: "endedOn", label: "Laatste dag van de ontheffing", type: "date", required: true, value: todayIso() });
  const reason = field({ name: "endReason", label: "Reden", required: true, maxlength: "500", hint: "Bijvoorbeeld: klant is hersteld. Zonder naam of BSN." });
  const save = h("button", { type: "submit", class: "knop knop-gevaar" }, "Ontheffing beëindigen");
  const cancel = h("button", { type: "button", class: "knop" }, "Annuleren");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "ontheffing-einde-kop" },
    h("h3", { id: "ontheffing-einde-kop" }, "Ontheffing beëindigen"),
    h("p", { class: "hint" }, "De ontheffing blijft zichtbaar in de geschiedenis."),
    endedOn.wrapper,
    reason.wrapper,
    h("div", { class: "knoppen" }, save, cancel),
  );
  const { toggle, open } = disclosure("Ontheffing beëindigen", form, { onOpen: () => endedOn.input.focus() });
  cancel.addEventListener("click", () => open(false));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const problems = [];
    if (!endedOn.input.value) problems.push({ name: "endedOn", code: "required", reason: "Vul de laatste dag in." });
    if (!reason.input.value.trim()) problems.push({ name: "endReason", code: "required", reason: "Geef de reden." });
    if (problems.length) {
      showFieldErrors(form, problems);
      return;
    }
    await busy(save, async () => {
      try {
        await api.endExemption(exemption.id, { body: { endedOn: endedOn.input.value, endReason: reason.input.value.trim() } });
      } catch (error) {
        if (error.status === 409) {
          ctx.navigate(window.location.hash, { text: errorText(error), kind: "fout" });
          return;
        }
        reportFormError(error, form);
        return;
      }
      ctx.navigate(window.location.hash, { text: `De ontheffing is beëindigd per ${formatDate(endedOn.input.value)}.`, kind: "succes" });
    });
  });
  return h("div", { class: "nieuw" }, toggle, form);
}

async function casesOfClient(ctx, client) {
  const section = h("section", { "aria-labelledby": "klant-casussen" }, h("h2", { id: "klant-casussen" }, "Casussen over deze klant"));
  let items = [];
  try {
    items = (await api.listCases({ query: { clientId: client.id, limit: 50 } })).data.items;
  } catch (error) {
    section.append(h("p", { class: "fout-tekst" }, `De casussen konden niet worden geladen. ${errorText(error)}`));
    return section;
  }
  section.append(
    items.length
      ? h(
          "ul",
          { class: "lijst" },
          items.map((c) =>
            h("li", {}, h("a", { href: `#/casussen/${encodeURIComponent(c.id)}` }, caseName(c)), ` (${caseKindLabel(c.kind)}) `, statusBadge(c.status)),
          ),
        )
      : h("p", {}, "Er zijn (voor u zichtbaar) geen casussen over deze klant."),
  );
  if (may(ctx.me, "create_case", { teamId: client.teamId })) {
    section.append(h("p", {}, h("a", { class: "knop", href: `#/casussen/nieuw?klant=${encodeURIComponent(client.id)}` }, "Casus inbrengen over deze klant")));
  }
  return section;
}

export async function renderKlant(container, ctx) {
  const me = ctx.me;
  const { data: client } = await api.getClient(ctx.params.id);
  const [history, team, manager] = await Promise.all([
    firstPage(api.listClientExemptions, {}, client.id),
    teamById(client.teamId),
    userById(client.responsibleManagerId),
  ]);
  const name = clientLabel(client);
  ctx.setTitle(`${name} – Klanten`);
  const writable = may(me, "manage_exemptions", client);

  put(
    container,
    h("p", { class: "terug" }, h("a", { href: "#/klanten" }, "Terug naar alle klanten")),
    heading(name),
    h("p", { class: "inleiding" }, "Vakwerk bewaart van klanten geen naam, adres of BSN in leesbare vorm."),
    h(
      "section",
      { "aria-labelledby": "klant-gegevens" },
      h("h2", { id: "klant-gegevens" }, "Gegevens"),
      h(
        "dl",
        { class: "gegevens" },
        h("dt", {}, "Nummers in bronsystemen"),
        h("dd", {}, client.externalRefs.length ? client.externalRefs.map((r) => `${r.system} ${r.ref}`).join(", ") : "Geen"),
        h("dt", {}, "Vakwerk-nummer"),
        h("dd", { class: "id" }, client.id),
        h("dt", {}, "Team"),
        h("dd", {}, team ? teamTitle(team) : "–"),
        h("dt", {}, "Klantmanager"),
        h("dd", {}, manager ? manager.displayName : "Niet toegewezen"),
        h("dt", {}, "Gemeente (CBS-code)"),
        h("dd", {}, client.municipalityCode || "–"),
        h("dt", {}, "Uitkering"),
        h(
          "dd",
          {},
          client.benefitStartDate ? ["sinds ", dateOrDash(client.benefitStartDate)] : "Begindatum onbekend",
          client.benefitEndDate ? [", tot en met ", dateOrDash(client.benefitEndDate)] : null,
        ),
        h("dt", {}, "Trede participatieladder"),
        h("dd", {}, client.ladderRung ? ladderRungLabel(client.ladderRung) : "–"),
        h("dt", {}, "Laatste gesprek"),
        h("dd", {}, lastConversation(client.lastConversationDate)),
        h("dt", {}, "BSN bekend"),
        h("dd", {}, client.bsnKnown ? "Ja (versleuteld, niet zichtbaar)" : "Nee"),
      ),
    ),
  );

  // Exemption now
  const now = h("section", { "aria-labelledby": "klant-ontheffing" }, h("h2", { id: "klant-ontheffing" }, "Actieve ontheffing"));
  if (client.activeExemption) {
    now.append(exemptionFacts(client.activeExemption));
    if (writable) now.append(endForm(ctx, client.activeExemption));
  } else {
    now.append(h("p", {}, "Deze klant heeft geen actieve ontheffing."));
    if (writable) now.append(grantForm(ctx, client));
  }
  put(
    container,
    now,
    h(
      "section",
      { "aria-labelledby": "klant-ontheffingen" },
      h("h2", { id: "klant-ontheffingen" }, "Geschiedenis van ontheffingen"),
      historyTable(history),
    ),
    h("section", { "aria-labelledby": "klant-diagnose" }, h("h2", { id: "klant-diagnose" }, "Diagnose"), diagnosisTable(client.diagnosis)),
  );
  if (may(me, "read_cases")) put(container, await casesOfClient(ctx, client));
  if (may(me, "read_assessments")) put(container, await assessmentsOfClient(ctx, client));
}
