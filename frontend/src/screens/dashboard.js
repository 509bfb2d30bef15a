// Ontheffingen: het dashboard van de teamleider (percentage op een datum met het
// landelijke cijfer, verloop, gronden, nieuwe uitkeringen, voorkomen ontheffingen,
// handmatige tellingen) en de aandachtslijsten met export. Teams, nooit personen.

import { api } from "../client.js";
import { h } from "../dom.js";
import { ServerList, mount } from "../components.js";
import { teamChoicesFor } from "../data.js";
import { may, orgWide } from "../grants.js";
import { clientLabel, exemptionGroundLabel, formatDate, teamTitle, todayIso } from "../labels.js";
import { teamsByIds } from "../names.js";
import { html } from "../vendor.js";
import { BENCHMARK, NUMBER, barChart, percentText, trendChart } from "../charts.js";
import {
  announce,
  busy,
  clearFieldErrors,
  emptyRow,
  errorText,
  field,
  heading,
  reportError,
  reportFormError,
  scrollBox,
  subNav,
  teamFilterField,
} from "../ui.js";

const POINTS = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, signDisplay: "always" });

/** "+15 procentpunt" for a gap of 0.1452. */
export function gapText(gap) {
  if (gap === null || gap === undefined) return "";
  return `${POINTS.format(Math.round(gap * 1000) / 10)} procentpunt`;
}

const dateText = (iso) => (iso ? formatDate(iso) : "–");
const clientHref = (id) => `#/klanten/${encodeURIComponent(id)}`;

function pages(active) {
  return subNav(
    "Ontheffingen",
    [
      { label: "Dashboard", href: "#/dashboard" },
      { label: "Aandachtslijsten", href: "#/dashboard/aandacht" },
    ],
    active,
  );
}

// ------------------------------------------------------------------ dashboard

export async function renderDashboard(container, ctx) {
  const me = ctx.me;
  const q = ctx.query;
  container.append(pages("#/dashboard"), heading("Ontheffingen"));
  container.append(
    h("p", { class: "inleiding" }, "Het percentage klanten met een ontheffing van de arbeidsverplichting, per team of voor de hele organisatie — nooit per klantmanager."),
  );
  const wide = orgWide(me, "read_dashboard");
  const teams = await teamChoicesFor(me, "read_dashboard");
  const state = { team: q.team || "", date: q.datum || todayIso(), from: q.van || "", to: q.tot || "", interval: q.per === "kwartaal" ? "quarter" : "month" };

  const teamField = teamFilterField(teams, wide, state.team);
  const dateField = field({ name: "date", label: "Peildatum", type: "date", value: state.date, optionalMark: false });
  const fromField = field({ name: "fromDate", label: "Periode van", type: "date", value: state.from, hint: "Leeg: twaalf maanden tot de peildatum." });
  const toField = field({ name: "toDate", label: "Periode tot en met", type: "date", value: state.to, hint: "Leeg: de peildatum." });
  const intervalField = field({
    name: "interval",
    label: "Verloop per",
    optionalMark: false,
    options: [
      { value: "month", label: "maand" },
      { value: "quarter", label: "kwartaal" },
    ],
    value: state.interval,
  });
  const form = h(
    "form",
    { class: "filters", "aria-label": "Dashboard kiezen", novalidate: true },
    teamField ? teamField.wrapper : null,
    dateField.wrapper,
    fromField.wrapper,
    toField.wrapper,
    intervalField.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Cijfers tonen")),
  );
  const body = h("div", { class: "dashboard" });
  container.append(form, body);

  const query = () => ({
    teamId: teamField ? teamField.input.value : "",
    date: dateField.input.value,
    fromDate: fromField.input.value,
    toDate: toField.input.value,
    interval: intervalField.input.value,
  });

  async function show(speak) {
    clearFieldErrors(form);
    const values = query();
    ctx.replaceQuery({ team: values.teamId, datum: values.date, van: values.fromDate, tot: values.toDate, per: values.interval === "quarter" ? "kwartaal" : "" });
    body.setAttribute("aria-busy", "true");
    let data;
    try {
      ({ data } = await api.getExemptionDashboard({ query: values }));
    } catch (error) {
      body.setAttribute("aria-busy", "false");
      reportFormError(error, form);
      return;
    }
    const teamNames = await teamsByIds([...new Set(data.manualCounts.map((c) => c.teamId))]);
    body.replaceChildren(...figures(data, teamNames, me, () => show(true)));
    body.setAttribute("aria-busy", "false");
    if (speak) announce(`Cijfers op ${formatDate(data.date)}: ${percentText(data.rate)}.`);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(true);
  });
  await show(false);
  if (may(me, "manual_counts")) container.append(await manualCountForm(me, () => show(true)));
}

function figures(data, teamNames, me, refresh) {
  const headline = h(
    "section",
    { class: "kerncijfer", "aria-labelledby": "dash-nu" },
    h("h2", { id: "dash-nu" }, `Op ${formatDate(data.date)}`),
    h("p", { class: "kerncijfer-getal" }, percentText(data.rate)),
    h(
      "p",
      {},
      `${NUMBER.format(data.clientsWithExemption)} van de ${NUMBER.format(data.clientsWithBenefit)} klanten met een uitkering hebben een ontheffing.`,
    ),
    data.benchmark
      ? h(
          "p",
          { class: "kerncijfer-vergelijk" },
          `Landelijk (${data.benchmark.year}): ${BENCHMARK.format(data.benchmark.rate)}`,
          data.benchmark.gap !== null ? ` · verschil ${gapText(data.benchmark.gap)}` : "",
        )
      : h("p", { class: "hint" }, "Er is geen landelijk cijfer voor dit jaar of eerder."),
  );
  const trend = h(
    "section",
    { "aria-labelledby": "dash-verloop" },
    h("h2", { id: "dash-verloop" }, `Verloop van ${formatDate(data.fromDate)} tot en met ${formatDate(data.toDate)}`),
    trendChart({ id: "grafiek-verloop", caption: `Percentage ontheffingen per ${data.interval === "quarter" ? "kwartaal" : "maand"}`, points: data.trend, benchmark: data.benchmark }),
  );
  const grounds = h(
    "section",
    { "aria-labelledby": "dash-gronden" },
    h("h2", { id: "dash-gronden" }, "Verdeling over de gronden"),
    barChart({
      id: "grafiek-gronden",
      caption: `Ontheffingen per grond op ${formatDate(data.date)}`,
      rows: data.byGround.map((g) => ({
        label: exemptionGroundLabel(g.ground),
        value: g.count,
        text: NUMBER.format(g.count),
        share: percentText(g.share),
      })),
      valueTitle: "Klanten",
      shareTitle: "Aandeel",
    }),
  );
  const nb = data.newBenefits;
  const newer = h(
    "section",
    { "aria-labelledby": "dash-nieuw" },
    h("h2", { id: "dash-nieuw" }, "Nieuwe uitkeringen in de periode"),
    h(
      "p",
      {},
      nb.started === 0
        ? "In deze periode begon geen uitkering."
        : `Van de ${NUMBER.format(nb.started)} uitkeringen die in de periode begonnen, kregen ${NUMBER.format(nb.withExemption)} een ontheffing (${percentText(nb.rate)}).`,
    ),
  );
  const avoided = h(
    "section",
    { "aria-labelledby": "dash-voorkomen" },
    h("h2", { id: "dash-voorkomen" }, "Voorkomen ontheffingen"),
    h(
      "p",
      {},
      `${NUMBER.format(data.avoided)} ${data.avoided === 1 ? "casus" : "casussen"} met de uitkomst "ontheffing voorkomen" in de periode`,
      data.avoidedThroughConference ? `, waarvan ${NUMBER.format(data.avoidedThroughConference)} besproken in het casuïstiekoverleg.` : ".",
    ),
  );
  return [headline, trend, grounds, newer, avoided, manualCounts(data.manualCounts, teamNames, me, refresh)];
}

function manualCounts(counts, teamNames, me, refresh) {
  const editable = may(me, "manual_counts");
  const columns = ["Datum", "Team", "Met uitkering", "Met ontheffing", "Percentage", "Bron", ...(editable ? ["Acties"] : [])];
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Handmatige tellingen"),
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      {},
      counts.length
        ? counts.map((c) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, formatDate(c.date)),
              h("td", {}, teamTitle(teamNames.get(c.teamId))),
              h("td", { class: "getal" }, NUMBER.format(c.clientsWithBenefit)),
              h("td", { class: "getal" }, NUMBER.format(c.clientsWithExemption)),
              h("td", { class: "getal" }, percentText(c.rate)),
              h("td", {}, c.source || "–"),
              editable ? h("td", {}, countActions(c, refresh)) : null,
            ),
          )
        : emptyRow(columns.length, "Geen handmatige tellingen in deze periode."),
    ),
  );
  return h(
    "section",
    { "aria-labelledby": "dash-handmatig" },
    h("h2", { id: "dash-handmatig" }, "Handmatige tellingen"),
    h("p", { class: "hint" }, "Voor teams waarvan de klantgegevens niet in Vakwerk staan: los van de berekende cijfers hierboven, nooit ermee opgeteld."),
    scrollBox(table, "Handmatige tellingen"),
  );
}

function countActions(count, refresh) {
  const label = `telling van ${formatDate(count.date)}`;
  const edit = h("button", { type: "button", class: "knop knop-link" }, "Wijzigen", h("span", { class: "visueel-verborgen" }, `: ${label}`));
  const remove = h("button", { type: "button", class: "knop knop-link knop-gevaar-tekst" }, "Verwijderen", h("span", { class: "visueel-verborgen" }, `: ${label}`));
  const holder = h("div", { class: "knoppen" }, edit, remove);
  edit.addEventListener("click", () => holder.replaceWith(editForm(count, refresh)));
  remove.addEventListener("click", () =>
    busy(remove, async () => {
      try {
        await api.deleteExemptionCount(count.id);
        announce(`De ${label} is verwijderd.`, "succes");
        refresh();
      } catch (error) {
        reportError(error, { context: "Verwijderen is niet gelukt." });
      }
    }),
  );
  return holder;
}

function editForm(count, refresh) {
  const benefit = field({ name: "clientsWithBenefit", label: "Met uitkering", type: "number", min: "0", value: count.clientsWithBenefit, optionalMark: false });
  const exempted = field({ name: "clientsWithExemption", label: "Met ontheffing", type: "number", min: "0", value: count.clientsWithExemption, optionalMark: false });
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Telling opslaan");
  const form = h("form", { class: "formulier formulier-klein", "aria-label": `Telling van ${formatDate(count.date)} wijzigen`, novalidate: true }, benefit.wrapper, exempted.wrapper, h("div", { class: "knoppen" }, save));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(save, async () => {
      try {
        const { etag } = await api.getExemptionCount(count.id);
        await api.updateExemptionCount(count.id, {
          body: { clientsWithBenefit: Number(benefit.input.value), clientsWithExemption: Number(exempted.input.value) },
          headers: { ifMatch: etag },
        });
        announce("De telling is gewijzigd.", "succes");
        refresh();
      } catch (error) {
        reportFormError(error, form);
      }
    });
  });
  return form;
}

async function manualCountForm(me, refresh) {
  const teams = await teamChoicesFor(me, "manual_counts");
  const teamField = field({ name: "teamId", label: "Team", optionalMark: false, options: teams.map((t) => ({ value: t.id, label: teamTitle(t) })) });
  const dateField = field({ name: "date", label: "Datum", type: "date", value: todayIso(), optionalMark: false, max: todayIso() });
  const benefit = field({ name: "clientsWithBenefit", label: "Klanten met een uitkering", type: "number", min: "0", optionalMark: false });
  const exempted = field({ name: "clientsWithExemption", label: "Klanten met een ontheffing", type: "number", min: "0", optionalMark: false });
  const source = field({ name: "source", label: "Bron", hint: "Bijvoorbeeld: Excel-export cliëntvolgsysteem.", maxlength: "200" });
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Telling vastleggen");
  const form = h(
    "form",
    { class: "formulier", "aria-labelledby": "telling-kop", novalidate: true },
    h("h2", { id: "telling-kop" }, "Telling met de hand vastleggen"),
    teamField.wrapper,
    dateField.wrapper,
    benefit.wrapper,
    exempted.wrapper,
    source.wrapper,
    h("div", { class: "knoppen" }, save),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(save, async () => {
      clearFieldErrors(form);
      try {
        await api.createExemptionCount({
          body: {
            teamId: teamField.input.value,
            date: dateField.input.value,
            clientsWithBenefit: benefit.input.value === "" ? null : Number(benefit.input.value),
            clientsWithExemption: exempted.input.value === "" ? null : Number(exempted.input.value),
            source: source.input.value.trim() || null,
          },
        });
        announce("De telling is vastgelegd.", "succes");
        benefit.input.value = "";
        exempted.input.value = "";
        refresh();
      } catch (error) {
        reportFormError(error, form, { clientsWithBenefit: "Vul het aantal klanten met een uitkering in.", clientsWithExemption: "Vul het aantal klanten met een ontheffing in." });
      }
    });
  });
  return form;
}

// ------------------------------------------------------------------ attention lists

export const LISTS = [
  { key: "geen_gesprek", count: "geenGesprek", label: "Geen gesprek in het afgelopen jaar", due: "Gesprek verlopen sinds" },
  { key: "basis_verlopen", count: "basisVerlopen", label: "Keuring ouder dan twee jaar", due: "Keuring verlopen sinds" },
  { key: "einde_nadert", count: "eindeNadert", label: "Einde of heronderzoek nadert", due: "Einde of heronderzoek op" },
  { key: "kind_wordt_vijf", count: "kindWordtVijf", label: "Kind wordt vijf (art. 9a)", due: "Kind wordt vijf op" },
];

const DUE_REASONS = { einddatum: "einddatum", heronderzoek: "heronderzoek", gesprek: "", keuring: "", vijf_jaar: "" };

export async function renderAandacht(container, ctx) {
  const me = ctx.me;
  const q = ctx.query;
  const list = LISTS.find((l) => l.key === q.lijst) || LISTS[0];
  const weeks = Math.min(52, Math.max(1, Number.parseInt(q.weken || "8", 10) || 8));
  const teams = await teamChoicesFor(me, "read_dashboard");
  const teamId = q.team || "";
  const query = { teamId, weeks };
  const { data: counts } = await api.getAttentionCounts({ query });
  container.append(pages("#/dashboard/aandacht"), heading("Aandachtslijsten"));
  const hrefOf = (key) => `#/dashboard/aandacht?${new URLSearchParams({ lijst: key, ...(teamId ? { team: teamId } : {}), ...(weeks !== 8 ? { weken: String(weeks) } : {}) })}`;
  container.append(
    h(
      "nav",
      { class: "subnav", "aria-label": "Lijsten" },
      h(
        "ul",
        {},
        LISTS.map((l) => h("li", {}, h("a", { href: hrefOf(l.key), "aria-current": l.key === list.key ? "page" : false }, `${l.label} (${NUMBER.format(counts[l.count])})`))),
      ),
    ),
  );
  const teamField = teamFilterField(teams, orgWide(me, "read_dashboard"), teamId);
  const weeksField = field({ name: "weeks", label: "Weken vooruit", type: "number", min: "1", max: "52", value: weeks, optionalMark: false });
  const sortField = field({
    name: "sort",
    label: "Volgorde",
    optionalMark: false,
    options: [
      { value: "dueDate", label: "Meest dringend eerst" },
      { value: "-dueDate", label: "Minst dringend eerst" },
    ],
    value: q.volgorde === "-dueDate" ? "-dueDate" : "dueDate",
  });
  const exportButton = h("button", { type: "button", class: "knop" }, "Exporteren (CSV)");
  const form = h(
    "form",
    { class: "filters", "aria-label": "Lijst kiezen", novalidate: true },
    teamField ? teamField.wrapper : null,
    list.key === "einde_nadert" || list.key === "kind_wordt_vijf" ? weeksField.wrapper : null,
    sortField.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Lijst tonen"), exportButton),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = { lijst: list.key, team: teamField ? teamField.input.value : "", weken: weeksField.input.value, volgorde: sortField.input.value === "-dueDate" ? "-dueDate" : "" };
    ctx.navigate(`#/dashboard/aandacht?${new URLSearchParams(Object.entries(params).filter(([, v]) => v))}`);
  });
  const listQuery = { list: list.key, teamId, weeks, sort: sortField.input.value };
  exportButton.addEventListener("click", () => busy(exportButton, () => download(listQuery, list)));
  const host = h("div", {});
  container.append(h("p", { class: "inleiding" }, listIntro(list.key, weeks)), form, host);
  mount(
    host,
    html`<${ServerList}
      caption=${list.label}
      noun=${["klant", "klanten"]}
      pageSize=${25}
      empty="Geen klanten op deze lijst."
      errorText=${errorText}
      load=${async ({ offset, limit }) => (await api.listAttention({ query: { ...listQuery, offset, limit } })).data}
      columns=${[
        { title: "Klant", cell: (row) => html`<a href=${clientHref(row.id)}>${clientLabel(row)}</a>` },
        { title: list.due, cell: (row) => [dateText(row.dueDate), DUE_REASONS[row.dueReason] ? ` (${DUE_REASONS[row.dueReason]})` : ""] },
        { title: "Laatste gesprek", cell: (row) => dateText(row.lastConversationDate) },
        { title: "Ontheffing", cell: (row) => (row.ground ? `${exemptionGroundLabel(row.ground)}, sinds ${dateText(row.exemptionStartDate)}` : "–") },
      ]}
    />`,
  );
}

function listIntro(key, weeks) {
  const span = weeks === 1 ? "1 week" : `${weeks} weken`;
  return {
    geen_gesprek: "Klanten zonder gesprek in het afgelopen jaar: elke klant wordt minstens één keer per jaar gesproken. Precies een jaar geleden telt nog niet.",
    basis_verlopen: "Actieve ontheffingen op een keuring van meer dan twee jaar geleden: tijd voor heronderzoek.",
    einde_nadert: `Actieve ontheffingen die binnen ${span} eindigen of opnieuw onderzocht moeten worden.`,
    kind_wordt_vijf: `Ontheffingen op grond van art. 9a waarvan het jongste kind binnen ${span} vijf wordt.`,
  }[key];
}

/** The whole list as CSV (streamed by the server), saved as a file. */
async function download(query, list) {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== "" && v !== null && v !== undefined).map(([k, v]) => [k, String(v)]));
  try {
    const reply = await fetch(`/api/v1/dashboard/attention?${params}`, { headers: { Accept: "text/csv" }, credentials: "same-origin" });
    if (!reply.ok) throw Object.assign(new Error("export"), { status: reply.status });
    const blob = await reply.blob();
    const link = h("a", { href: URL.createObjectURL(blob), download: `aandachtslijst-${list.key.replaceAll("_", "-")}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(`De lijst "${list.label}" is gedownload.`, "succes");
  } catch (error) {
    reportError(error, { context: "Exporteren is niet gelukt." });
  }
}
